"""English statements after a participle cue ("..., saying that A", "..., pointing out that A"), on sentences
written for these tests: after a main clause that reports nothing, after a direct quote's trailer with a named
speaker, with a particle cue, and with a quoted phrase that opens the statement (a mixed quote, not a direct
one); a second report joined by "and" or "although" with a subject of its own; people named by their
trade; and what stays no statement: a quoted object of a verb that is not speech."""

from conftest import reports_of


def test_participle_after_a_clause_that_reports_nothing():
    text = "Senator Mara Quist has taken aim at the transit plan, saying that the fares would double by 2030."
    assert reports_of(text) == [("indirect", "the fares would double by 2030", "Senator Mara Quist")]


def test_particle_participle_after_a_clause():
    text = (
        "Coach Delmar Pruitt went with the favourites, pointing out that the home side had won nine straight."
    )
    assert reports_of(text) == [("indirect", "the home side had won nine straight", "Coach Delmar Pruitt")]


def test_named_trailer_of_a_direct_quote_gives_the_participle_its_speaker():
    text = '"The harbour is safe," the port director said, arguing that the new cranes "changed everything."'
    found = reports_of(text)
    assert found[0][:2] == ("direct", "The harbour is safe")
    assert found[1] == ("mixed", 'the new cranes "changed everything."', "port director")
    assert len(found) == 2


def test_statement_that_opens_with_a_quoted_phrase_is_mixed():
    text = (
        'Councillor Ines Roa criticised the budget, saying "reckless promises" had emptied the reserve fund.'
    )
    assert reports_of(text) == [
        ("mixed", '"reckless promises" had emptied the reserve fund', "Councillor Ines Roa")
    ]


def test_quoted_object_of_a_verb_that_is_no_speech_stays_out():
    text = 'The minister walked into the hearing, showing "respect" to the committee and its chair.'
    assert reports_of(text) == []


def test_contrast_with_a_report_of_its_own_ends_the_first_statement():
    text = (
        "Economists estimate that rents will rise by 4 percent, although Governor Lena Marsh said the rise"
        " would be smaller."
    )
    assert reports_of(text) == [
        ("indirect", "rents will rise by 4 percent", "Economists"),
        ("indirect", "the rise would be smaller", "Governor Lena Marsh"),
    ]


def test_joined_clause_with_a_described_subject_has_its_own_speaker():
    text = (
        "Members of the Dockers Guild met on Monday, and its director, Paul Kim, denied that a strike had"
        " been called."
    )
    assert reports_of(text) == [("indirect", "a strike had been called", "Paul Kim")]


def test_words_of_a_listed_name_are_no_second_clause():
    text = "The Bureau of Meteorology, Climatology, and Geophysics warned the waves could reach four metres."
    assert reports_of(text)[0][1] == "the waves could reach four metres"


def test_people_named_by_their_trade_with_a_place():
    text = "Several nurses at the county clinic said the night shifts were too long."
    assert reports_of(text) == [("indirect", "the night shifts were too long", "nurses at the county clinic")]


def test_participle_after_an_adverb_before_a_short_verb():
    text = "The teacher later sued, claiming the transfer violated her contract."
    assert reports_of(text) == [("indirect", "the transfer violated her contract", "The teacher")]


def test_participle_after_an_aside_between_commas():
    text = "Mayor Ruth Adeyemi, at a briefing on Monday, barely dwelled on a strike, saying it would wait."
    assert reports_of(text) == [("indirect", "it would wait", "Mayor Ruth Adeyemi")]


def test_participle_after_an_inverted_trailer():
    text = '"The mood has changed," said Tomas Reyes, suggesting that the next vote would be calmer.'
    found = reports_of(text)
    assert found[-1] == ("indirect", "the next vote would be calmer", "Tomas Reyes")


def test_quotation_introduced_by_that_is_a_mixed_statement():
    text = 'Senator Hal Brandt spoke at the rally, adding that "we have fought for these jobs for ten years."'
    assert reports_of(text) == [
        ("mixed", '"we have fought for these jobs for ten years."', "Senator Hal Brandt")
    ]
