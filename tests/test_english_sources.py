"""English sources and statements in shapes the news writes them, on sentences written for these tests: an
aside before "that", a titled group with its place, a verb after an apposition, "according to" sources that
close the sentence or follow a colon, people counted or polled ("voters who said", "a quarter said"), a
pronoun after a quoted term, an unnamed subject without an article, and a report after a closed quotation."""

from conftest import reports_of


def test_aside_between_commas_before_that_is_not_the_statement():
    text = "The senator claimed, without offering proof, that the count had been rigged."
    assert reports_of(text) == [("indirect", "the count had been rigged", "The senator")]


def test_plural_title_with_its_place_is_the_subject():
    text = "Ministers from Spain and Italy said the treaty was dead."
    assert reports_of(text) == [("indirect", "the treaty was dead", "Ministers from Spain and Italy")]


def test_past_verb_after_an_apposition_is_the_main_verb():
    text = "The bloc's foreign policy chief, Marta Lindqvist, urged both governments to return to talks."
    assert [(t, m) for t, _, m in reports_of(text)] == [("indirect", "Marta Lindqvist")]


def test_past_participle_after_one_comma_reports_nothing():
    text = "The scheme, called Harbor Bonds, lets small savers lend to the port authority."
    assert reports_of(text) == []


def test_according_to_a_source_that_closes_the_sentence():
    text = "The campaign has booked airtime in six states, according to people briefed on the plans."
    assert [(t, c) for t, c, _ in reports_of(text)] == [
        ("indirect", "The campaign has booked airtime in six states")
    ]


def test_according_to_a_source_with_a_description_after_it():
    text = (
        "Donations from teachers doubled last year, according to an analysis by Fundwatch, a nonprofit "
        "research group."
    )
    assert [(t, c) for t, c, _ in reports_of(text)] == [
        ("indirect", "Donations from teachers doubled last year")
    ]


def test_according_to_after_a_colon():
    text = "The shift is plain: according to recent surveys, the mayor trails by nine points."
    assert reports_of(text) == [("indirect", "the mayor trails by nine points", "recent surveys")]


def test_people_who_said_are_the_speakers():
    text = "The governor won by 20 points among the voters who said taxes were too high."
    assert reports_of(text) == [("indirect", "taxes were too high", "voters who")]


def test_who_said_in_an_opening_phrase_ends_at_its_comma():
    text = "Among those who said they trusted neither party, most stayed home."
    assert reports_of(text) == [("indirect", "they trusted neither party", "those who")]


def test_people_who_did_something_else_are_not_speakers():
    text = "The council thanked the volunteers who called the hotline every night."
    assert reports_of(text) == []


def test_fraction_of_people_is_the_speaker():
    text = "Nearly two-thirds of voters said the subsidy was too small."
    assert reports_of(text) == [("indirect", "the subsidy was too small", "Nearly two-thirds of voters")]


def test_pronoun_after_a_quoted_term_is_the_speaker():
    text = (
        'Granting that a truce was possible "in the long run" she cautioned: "Nobody should expect it soon."'
    )
    assert reports_of(text) == [("direct", "Nobody should expect it soon.", "she")]


def test_pronoun_after_a_closed_statement_is_no_lead():
    text = '"We are ready for the vote," she said, adding that the count would start at noon.'
    assert ("indirect", "the count would start at noon", "she") in reports_of(text)


def test_unnamed_subject_without_an_article():
    text = "Without a clear plan, average voters may wait and conclude that the reform has failed."
    assert reports_of(text) == [("indirect", "the reform has failed", "average voters")]


def test_report_after_a_closed_quotation_is_not_its_trailer():
    text = (
        'The coach spoke after the match. "We were not good enough." He added that two players were injured.'
    )
    reports = reports_of(text)
    assert ("indirect", "two players were injured", "He") in reports
    assert all(t != "direct" or m is None for t, _, m in reports)


def test_relative_which_after_a_report_is_not_its_trailer():
    text = (
        "After he won the primary, Ortiz announced on radio that he would hold a rally and asked for $20, "
        "which he described as the average gift."
    )
    assert next((t, m) for t, _, m in reports_of(text)) == ("indirect", "Ortiz")


def test_two_joined_verbs_are_no_statement():
    text = "Would you trust a candidate, who said and did such things?"
    assert reports_of(text) == []


def test_capitalised_preposition_is_no_speaker():
    text = "Without a clear plan, ordinary families may wait and conclude that the reform has failed."
    assert all(m != "Without" for _, _, m in reports_of(text))
