"""English statements reported through a noun, not a verb, on sentences written for these tests: a claim noun
with its owner and "that" ("the mayor's claim that A", "his warning that A", "a Boston Globe report that
A"), and a message noun with a participle ("issued a statement saying A"); and what stays no statement: a
claim with no owner, a relative clause after the noun, a thought noun ("the idea that A"), and a message
that only names its object ("a series of posts criticizing X")."""

from conftest import reports_of

import kutip


def test_possessive_claim_is_the_owners_statement():
    text = "Auditors examined Mayor Lena Ortiz's claim that the city had balanced its budget for six years."
    assert reports_of(text) == [
        ("indirect", "the city had balanced its budget for six years", "Mayor Lena Ortiz")
    ]


def test_claim_statement_ends_where_the_main_clause_goes_on():
    text = "Despite Mr. Harlow's claims that his fortune tops $4 billion, rating firms put him far lower."
    assert reports_of(text) == [("indirect", "his fortune tops $4 billion", "Mr. Harlow")]


def test_owner_with_a_modifier_before_the_noun():
    text = "The footage contradicts the county police's earlier claim that the driver had refused to stop."
    found = reports_of(text)
    assert [(kind, said) for kind, said, _ in found] == [("indirect", "the driver had refused to stop")]
    assert found[0][2] is not None and "police" in found[0][2]


def test_speaker_name_leaves_the_possessive_out():
    text = (
        "Governor Dana Whitcomb toured the flooded valley on Monday. Engineers questioned Whitcomb's claim "
        "that the levees would hold through the spring."
    )
    doc = kutip.extract(text, lang="en")
    noun = [q for q in doc.quotes if q.text.startswith("the levees")]
    assert len(noun) == 1 and noun[0].speaker is not None
    assert noun[0].speaker.name == "Dana Whitcomb"
    assert noun[0].speech_act == "claim"


def test_his_warning_belongs_to_the_subject_of_the_clause():
    text = "Governor Pell repeated his warning that the reservoir would run dry by August."
    assert reports_of(text) == [("indirect", "the reservoir would run dry by August", "Governor Pell")]


def test_her_claim_after_a_pronoun_subject():
    text = (
        "The senator was at it again on Tuesday, as she doubled down on her claim that the mill had closed."
    )
    found = reports_of(text)
    assert found == [("indirect", "the mill had closed", "she")]


def test_named_report_after_an_article():
    text = "The mayor seized on a Boston Globe report that the contractor lost $40 million in 2019."
    assert reports_of(text) == [("indirect", "the contractor lost $40 million in 2019", "Boston Globe")]


def test_statement_saying_is_said_by_the_subject():
    text = "The Lions Club issued a statement saying it had cancelled the parade because of the storm."
    assert reports_of(text) == [
        ("indirect", "it had cancelled the parade because of the storm", "Lions Club")
    ]


def test_message_after_a_time_and_with_that():
    text = (
        "Later, the Ruiz campaign sent its donors an email on Wednesday saying that the race was now a tie."
    )
    found = reports_of(text)
    assert [(kind, said) for kind, said, _ in found] == [("indirect", "the race was now a tie")]
    assert "Ruiz campaign" in (found[0][2] or "")


def test_claim_without_an_owner_is_no_statement():
    text = "The claim that the bridge was unsafe spread quickly across the county."
    assert reports_of(text) == []


def test_relative_clause_after_a_claim_noun_is_no_statement():
    text = "It was Mr. Bale's claim that started the feud between the two families."
    assert reports_of(text) == []


def test_thought_nouns_report_nothing():
    text = "The mayor's idea that the tram should be sold won few friends in the county."
    assert reports_of(text) == []


def test_message_that_names_only_its_object_is_no_statement():
    text = "The coach posted a series of posts criticizing the referee and the league."
    assert reports_of(text) == []
