"""English reports that the subject reading alone missed, on sentences written for these tests: the end of a
long subject or a pronoun after a colon before "said", an adverb between subject and verb ("has long
said"), a noun phrase after a speech verb ("announced a series of measures"), a question word after it
("explained why ..."), a participle after "before" or "while", "pointed out" / "points to", and a clause with
an irregular verb after "say"; and what stays no report: data that "shows", "demand" as a noun, a pointing
hand, a direct quote's trailer before "adding"."""

from conftest import reports_of


def test_pronoun_after_a_colon_is_the_subject():
    text = "Prices are climbing again: She said the shortage would last into spring."
    assert reports_of(text) == [("indirect", "the shortage would last into spring", "She")]


def test_the_end_of_a_long_subject_before_say():
    text = "The harbor is now the place where port officials say the new terminal will stand."
    assert reports_of(text) == [("indirect", "the new terminal will stand", "port officials")]


def test_adverb_between_subject_and_said():
    text = "Governor Dana Whitfield has long said that the tax would never pass."
    assert reports_of(text) == [("indirect", "the tax would never pass", "Governor Dana Whitfield")]


def test_noun_phrase_after_announced_and_mentioned():
    text = "Mayor Oren Castell announced a series of new measures to cut traffic downtown."
    assert reports_of(text) == [
        ("indirect", "a series of new measures to cut traffic downtown", "Mayor Oren Castell")
    ]
    text = "The councilwoman also mentioned the flooding in her home district."
    assert reports_of(text) == [("indirect", "the flooding in her home district", "The councilwoman")]


def test_denounced_is_an_accusation_with_its_object():
    text = "Senator Ruth Alden denounced the agreement as a giveaway to insurers."
    assert reports_of(text) == [("indirect", "the agreement as a giveaway to insurers", "Senator Ruth Alden")]


def test_question_word_opens_a_reported_clause():
    text = "The minister explained why the plant had been closed for a month."
    assert reports_of(text) == [("indirect", "why the plant had been closed for a month", "The minister")]


def test_participle_after_before_reports_the_clause_subject():
    text = "Okafor defended the budget before adding that it was sound."
    assert reports_of(text) == [("indirect", "it was sound", "Okafor")]


def test_trailer_of_a_direct_quote_leaves_the_participle_its_statement():
    text = '"We are ready for the vote," she said, adding that the count would start at noon.'
    assert ("indirect", "the count would start at noon", "she") in reports_of(text)


def test_pointed_out_and_points_to_report_what_follows():
    text = "The mayor pointed out that the bridge had been closed twice."
    assert reports_of(text) == [("indirect", "the bridge had been closed twice", "The mayor")]
    text = "Harlan points to the jobs report as proof of a recovery."
    assert reports_of(text) == [("indirect", "the jobs report as proof of a recovery", "Harlan")]


def test_pointing_without_its_particle_or_as_an_aside_is_no_report():
    assert reports_of("The guard pointed at the crowd.") == []
    assert reports_of("The port, as the mayor pointed out, has lost half its ships.") == []


def test_irregular_verb_makes_the_words_after_say_a_clause():
    text = "Dairy farmers in the valley say the aid came too late."
    assert [(t, c) for t, c, _ in reports_of(text)] == [("indirect", "the aid came too late")]


def test_data_that_shows_and_a_demand_as_a_noun_are_no_reports():
    assert reports_of("Surveys of shoppers show that prices rose in March.") == []
    assert reports_of("The union issued a demand that the plant stay open.") == []


def test_that_far_after_told_makes_the_words_before_a_speaker():
    text = "A producer for the studio told The Daily Ledger on Tuesday that the interview had been canceled."
    assert [(t, c) for t, c, _ in reports_of(text)] == [("indirect", "the interview had been canceled")]
