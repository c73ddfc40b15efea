"""English reported speech in the shapes news prose writes it, on sentences written for these tests: a
report after a quotation that closes a sentence, a speaker in a subordinate or relative clause, a name with a
description after it, and a statement interrupted by its cue ("A, X said, B")."""

from conftest import reports_of

import kutip


def test_report_after_a_quotation_that_closes_a_sentence():
    text = (
        'The governor\'s office said, "We will not raise the fuel tax this year." She added that the budget '
        "office would publish new figures in March."
    )
    assert ("indirect", "the budget office would publish new figures in March", "She") in reports_of(text)


def test_report_after_a_wire_quotation_that_closes_a_sentence():
    text = (
        "The mayor told the council, ''Our roads are a disgrace.'' He said the city would borrow to repair "
        "them."
    )
    assert ("indirect", "the city would borrow to repair them", "He") in reports_of(text)


def test_speaker_of_a_subordinate_clause_at_the_end():
    text = "The talks stalled on Friday after the union said the offer was far too low."
    [found] = reports_of(text)
    assert found[1] == "the offer was far too low"
    assert found[2] is not None and "union" in found[2] and "talks" not in found[2]


def test_report_in_an_opening_subordinate_clause_ends_at_the_main_clause():
    text = "When the senator said the deal was dead, the markets fell sharply."
    assert reports_of(text) == [("indirect", "the deal was dead", "the senator")]


def test_deed_in_a_subordinate_clause_is_no_report():
    text = "Donors grew angry after the president blamed the banks for the slump in home prices."
    assert reports_of(text) == []


def test_relative_clause_on_an_unnamed_source():
    text = "The plan was presented to county officials, who said it would cost far more than promised."
    [found] = reports_of(text)
    assert found[1] == "it would cost far more than promised"
    assert found[2] is not None and "officials" in found[2]


def test_name_with_a_description_after_it_is_the_subject():
    text = (
        "Senator Maria Delgado of Nevada, the top Democrat on the panel, said the hearing would resume "
        "next week."
    )
    assert reports_of(text) == [
        ("indirect", "the hearing would resume next week", "Senator Maria Delgado of Nevada")
    ]


def test_statement_interrupted_by_its_cue_has_two_pieces():
    text = "In most rural counties, the governor said, clinics have lost a third of their nurses."
    found = reports_of(text)
    assert [f[1] for f in found] == ["In most rural counties", "clinics have lost a third of their nurses"]
    assert all(f[2] == "the governor" for f in found)


def test_indonesian_opener_before_an_interrupting_cue_is_no_statement():
    text = "Sementara itu, Budi mengatakan, harga beras di pasar sudah mulai turun sejak pekan lalu."
    found = kutip.extract(text, lang="id").quotes
    assert [q.text for q in found] == ["harga beras di pasar sudah mulai turun sejak pekan lalu"]


def test_report_joined_to_a_deed_by_and():
    text = "The mayor declared victory on Tuesday and said that the city would hire 200 new teachers."
    assert reports_of(text) == [("indirect", "the city would hire 200 new teachers", "The mayor")]


def test_report_joined_to_a_deed_over_an_auxiliary_and_an_adverb():
    text = "The governor vetoed the first version but has since said she would sign a narrower bill."
    assert reports_of(text) == [("indirect", "she would sign a narrower bill", "The governor")]


def test_second_report_joined_after_a_comma_ends_the_first():
    text = "On Monday, Mayor Ruth Olsen said the budget was balanced, and warned that the council would act."
    assert reports_of(text) == [
        ("indirect", "the budget was balanced", "Mayor Ruth Olsen"),
        ("indirect", "the council would act", "Mayor Ruth Olsen"),
    ]
    text = "Senator Pia Lund admitted that the bill was flawed, but said she would vote for it anyway."
    assert reports_of(text) == [
        ("indirect", "the bill was flawed", "Senator Pia Lund"),
        ("indirect", "she would vote for it anyway", "Senator Pia Lund"),
    ]
    text = "He said the plan, and the money behind it, would help us."  # no verb after "and"
    assert reports_of(text) == [("indirect", "the plan, and the money behind it, would help us", "He")]


def test_no_ends_a_sentence_unless_a_number_follows():
    text = "Asked if she would quit, the mayor said no. But she said the audit was unfair to her staff."
    assert reports_of(text) == [("indirect", "the audit was unfair to her staff", "she")]
    text = "The council passed Bill No. 12 in March. Reyes said the bill was weak."
    assert reports_of(text) == [("indirect", "the bill was weak", "Reyes")]


def test_sentence_ends_before_a_bracketed_quotation():
    text = (
        "Ms. Ortiz said she signed the deal only because the union backed it."
        " (''We had no other offer,'' she said.)"
    )
    assert reports_of(text) == [
        ("indirect", "she signed the deal only because the union backed it", "Ms. Ortiz"),
        ("direct", "We had no other offer", "she"),
    ]
