"""English statements whose cue comes after them, on sentences written for these tests: a closing
attribution whose tail holds a noun cue ("in a March report") or a second part that tells what the speaker
did ("and had passed ..."), and a closing "according to" source followed by a contrasting clause or
standing as a longer noun phrase ("a company filing")."""

from conftest import reports_of


def test_noun_cue_in_the_tail_of_a_closing_attribution():
    text = "The harbour had no spare cranes, the port authority said in a March report."
    assert reports_of(text) == [("indirect", "The harbour had no spare cranes", "the port authority")]


def test_second_part_with_the_speaker_as_its_subject():
    text = "The pilot had flown the route for years, the airline said on Friday, and had passed every check."
    assert reports_of(text) == [("indirect", "The pilot had flown the route for years", "the airline")]


def test_second_part_with_a_subject_of_its_own_stays_a_statement():
    text = "The ferry will run again in May, the operator said on Friday, and its crews will be rehired."
    assert reports_of(text) == [
        ("indirect", "The ferry will run again in May", "the operator"),  # the first piece
        ("indirect", "and its crews will be rehired", "the operator"),
    ]


def test_according_to_before_a_contrasting_clause():
    text = (
        "The mill lost two million dollars last year, according to Jo Hale, but its owners expect a profit."
    )
    assert reports_of(text) == [("indirect", "The mill lost two million dollars last year", "Jo Hale")]


def test_according_to_a_source_noun_phrase():
    text = (
        "The mill lost two million dollars last year, according to a company filing, but it kept its staff."
    )
    assert reports_of(text) == [("indirect", "The mill lost two million dollars last year", "company filing")]


def test_long_place_phrase_after_a_closing_said():
    text = "The plant will reopen in the spring, she said in a video message to the county council."
    assert reports_of(text) == [("indirect", "The plant will reopen in the spring", "she")]


def test_long_tail_that_opens_the_statement_is_no_closing_attribution():
    text = "After the vote, the mayor said in a letter to the residents that the town would sell its bonds."
    assert reports_of(text) == [("indirect", "the town would sell its bonds", "the mayor")]


def test_according_source_followed_by_a_participle_phrase():
    text = (
        "The governor would beat the senator, according to three new polls, including one released on Friday."
    )
    assert reports_of(text) == [("indirect", "The governor would beat the senator", "three new polls")]


def test_pronoun_after_said_opens_a_clause_not_an_inverted_trailer():
    text = "Four papers in the state, including the Harbor Ledger, said he isn't fit to be governor."
    assert all(speaker != "he isn't fit" for _, _, speaker in reports_of(text))
    assert not any(content.startswith("Four papers") for _, content, _ in reports_of(text))


def test_a_capitalised_word_of_a_title_is_no_cue_of_an_inverted_trailer():
    text = '"The embassy will stay open," Secretary of State Dana Whitfield said on Tuesday.'
    assert reports_of(text) == [("direct", "The embassy will stay open", "Secretary of State Dana Whitfield")]


def test_a_cue_the_page_capitalised_still_ends_an_inverted_trailer():
    text = '"Not our plane, but we like the message!" Ruiz, the head of Forward Ohio, Tweeted on Friday.'
    assert [speaker for *_, speaker in reports_of(text)][:1] == ["Ruiz"]


def test_retired_and_outgoing_open_a_speaker_phrase():
    for role in ("retired Air Force general", "outgoing Mayor"):
        text = f'"The base will not close while I have a say," {role} Lena Marsh said.'
        assert reports_of(text) == [
            ("direct", "The base will not close while I have a say", f"{role} Lena Marsh")
        ]


def test_a_long_apposition_closed_by_a_comma_reaches_its_cue():
    text = (
        '"The plan is fiscally responsible," Owen T. Park, director of the Harbor Institute for Budget '
        "Studies and a professor at the state university in Dayton, said of the proposal."
    )
    assert [speaker for *_, speaker in reports_of(text)] == ["Owen T. Park"]


def test_a_firm_name_with_an_ampersand_in_the_apposition():
    text = (
        '"Rates will fall by spring," Maya Ortiz, an analyst at Bell Harbor Research & Trading, wrote to '
        "clients."
    )
    assert reports_of(text) == [("direct", "Rates will fall by spring", "Maya Ortiz")]


def test_a_quoted_predicate_keeps_its_subject_in_a_mixed_quote():
    text = 'Delgado "is the only candidate with a plan for the port," retired Admiral Ken Ito said.'
    assert reports_of(text) == [
        ("mixed", 'Delgado "is the only candidate with a plan for the port,"', "retired Admiral Ken Ito")
    ]
    text = 'Lindqvist "has ignored the flood maps for a decade," said Rosa Lind, who lives by the river.'
    assert reports_of(text) == [
        ("mixed", 'Lindqvist "has ignored the flood maps for a decade,"', "Rosa Lind")
    ]


def test_a_quoted_noun_phrase_after_a_conjunction_stays_a_direct_quote():
    text = 'But "the bigger question," Mr. Ames added, "is whether the mill can stay open."'
    found = reports_of(text)
    assert found and all(kind == "direct" for kind, *_ in found)
    assert not any(content.startswith("But") for _, content, _ in found)


def test_the_hearer_and_its_time_after_told_are_no_part_of_the_statement():
    text = "The real change, she told us on Tuesday, is that the mill has a buyer."
    pieces = ["The real change", "is that the mill has a buyer"]
    assert [content for _, content, _ in reports_of(text)] == pieces


def test_that_after_a_subordinator_is_a_demonstrative_of_the_first_part():
    text = "Though that merger was relatively smooth, he said, the next one would be much harder."
    assert ("indirect", "Though that merger was relatively smooth", "he") in reports_of(text)


def test_a_short_subject_before_an_interrupting_speaker_stays_with_its_predicate():
    text = "The bridge, the mayor said, would reopen to trucks by the end of March."
    assert reports_of(text) == [
        ("indirect", "The bridge, the mayor said, would reopen to trucks by the end of March", "the mayor")
    ]
    text = "In contrast, the mayor said, the ferry would stop running in April."
    assert [content for _, content, _ in reports_of(text)] == ["the ferry would stop running in April"]
