"""English verbs that report speech only with a clause ("maintained that ...", "stressed he would ..."):
with a bare noun object they report an act ("maintains a wide lead", "continued his attacks"), not a
statement. On sentences written for these tests."""

from conftest import reports_of


def test_maintains_a_lead_is_no_statement():
    text = "Governor Alma Reyes still maintains a comfortable lead in union endorsements across the state."
    assert reports_of(text) == []


def test_maintained_that_is_a_statement():
    text = "Governor Alma Reyes has always maintained that the pension fund was never at risk."
    assert reports_of(text) == [("indirect", "the pension fund was never at risk", "Governor Alma Reyes")]


def test_continued_his_attacks_is_no_statement():
    text = "Senator Paul Drake continued his attacks against the trade pact on Tuesday."
    assert reports_of(text) == []
    text = "Senator Paul Drake continued to raise money from small donors in the spring."
    assert reports_of(text) == []


def test_stressed_a_clause_is_a_statement_but_not_a_noun():
    text = "Defense Secretary Lena Ortiz stressed the alliance would stay in the region for years."
    assert reports_of(text) == [
        ("indirect", "the alliance would stay in the region for years", "Defense Secretary Lena Ortiz")
    ]
    text = "Defense Secretary Lena Ortiz stressed broad support for the new base in the region."
    assert reports_of(text) == []


def test_recalled_an_incident_and_complained_about_a_topic():
    text = "The actress Mara Quinn recalled an incident at a theater in Chicago last winter."
    assert reports_of(text) == []
    text = "Mayor Tom Hale complained about the tone of the budget debate in the council."
    assert reports_of(text) == []
    text = "Mayor Tom Hale complained that the budget debate had turned into a shouting match."
    assert reports_of(text) == [
        ("indirect", "the budget debate had turned into a shouting match", "Mayor Tom Hale")
    ]


def test_revealed_with_a_pronoun_subject_is_a_statement():
    text = "Senator Iris Vane revealed she would not seek another term in the Senate."
    assert reports_of(text) == [
        ("indirect", "she would not seek another term in the Senate", "Senator Iris Vane")
    ]


def test_continues_to_insist_reports_what_follows():
    text = "The senator continues to insist that the audit has nothing to do with his taxes."
    (report,) = reports_of(text)
    assert report[1].endswith("that the audit has nothing to do with his taxes")
    assert report[2] == "The senator"


def test_a_subject_with_an_apposition_before_its_verb():
    text = "Police Chief Dan Mercer revealed the drug, a synthetic opioid, was found in the car."
    assert reports_of(text) == [
        ("indirect", "the drug, a synthetic opioid, was found in the car", "Police Chief Dan Mercer")
    ]


def test_a_hearer_or_a_place_before_that():
    text = "Mayor Tom Hale complained to reporters that the budget debate had turned into a shouting match."
    assert [r[1] for r in reports_of(text)] == ["the budget debate had turned into a shouting match"]
    text = "Mayor Tom Hale stressed in his speech that the city would not raise taxes."
    assert [r[1] for r in reports_of(text)] == ["the city would not raise taxes"]


def test_insisted_on_reports_what_was_demanded():
    text = "The minister insisted on keeping the school meal program running through the summer."
    assert [r[1] for r in reports_of(text)] == [
        "on keeping the school meal program running through the summer"
    ]


def test_when_asked_is_a_passive_not_a_question():
    text = "Senator Ruth Alden, when asked about the delay, said the bill would pass in June."
    assert reports_of(text) == [("indirect", "the bill would pass in June", "Senator Ruth Alden")]
    text = "Mayor Tom Hale was once asked which of his rivals he feared most."
    assert reports_of(text) == []


def test_a_group_called_by_a_name_is_no_call():
    text = "A new group called Parents for Safer Streets is trying to raise money for crossing guards."
    assert reports_of(text) == []
    text = "Senator Ruth Alden called the plan a giveaway to insurers."
    assert [r[2] for r in reports_of(text)] == ["Senator Ruth Alden"]
