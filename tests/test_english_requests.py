"""English reported speech in shapes of US political news, on sentences written for these tests: a request
told to a hearer ("told his aides to ..."), and a statement whose subject is cut off from its verb by the cue
("The harder part, she said, is ...")."""

from conftest import reports_of

import kutip


def test_told_with_a_hearer_and_an_infinitive_is_a_request():
    text = "Governor Ellison told his campaign staff to stop running attack ads in the final week."
    found = kutip.extract(text, lang="en").quotes
    assert [(q.text, q.speech_act) for q in found] == [
        ("his campaign staff to stop running attack ads in the final week", "request")
    ]
    assert found[0].speaker is not None and found[0].speaker.mention == "Governor Ellison"


def test_subject_cut_off_from_its_verb_by_the_cue_is_a_piece():
    text = "The harder part of the bill, the senator said, is finding the money to pay for it."
    found = reports_of(text)
    assert [f[1] for f in found] == ["The harder part of the bill", "is finding the money to pay for it"]
    assert all(f[2] == "the senator" for f in found)


def test_statement_before_an_according_source_with_a_place_after_it():
    text = (
        "Governor Ruiz will skip the state party dinner next month, according to a report Friday from KXLT, "
        "the NBC station in Tulsa, Oklahoma."
    )
    found = reports_of(text)
    assert [f[1] for f in found] == ["Governor Ruiz will skip the state party dinner next month"]


def test_share_written_with_a_percent_sign_is_the_speaker():
    text = "On trade, 38% say the new tariffs will raise prices at the grocery store."
    found = reports_of(text)
    assert [f[1] for f in found] == ["the new tariffs will raise prices at the grocery store"]
    assert found[0][2] is not None and found[0][2].startswith("38")


def test_share_in_fourths_is_the_speaker():
    text = "On roads, three-fourths say the state should spend more on highways."
    assert reports_of(text) == [("indirect", "the state should spend more on highways", "three-fourths")]


def test_quotation_after_a_participle_when_a_time_phrase_opens_the_sentence():
    text = 'After the hearing, Sheriff Ana Brooks defended the patrols, saying, "We answer to the voters."'
    found = kutip.extract(text, lang="en").quotes
    assert [(q.type, q.text) for q in found] == [("direct", "We answer to the voters.")]
    assert found[0].speaker is not None and found[0].speaker.mention == "Sheriff Ana Brooks"


def test_first_piece_of_a_statement_whose_second_piece_is_a_quotation():
    text = 'The cost of the new bridge, the mayor said, "will be paid by the state, not by our taxpayers."'
    found = reports_of(text)
    assert ("indirect", "The cost of the new bridge", "the mayor") in found
    assert ("direct", "will be paid by the state, not by our taxpayers.", "the mayor") in found


def test_scene_before_an_interrupting_cue_is_no_piece():
    text = 'As the crowd booed, the senator said, "We will not back down."'
    assert reports_of(text) == [("direct", "We will not back down.", "the senator")]


def test_cue_of_a_headline_in_title_case():
    text = "Governor Ruiz Says State Will Close Two Prisons By Next Summer"
    assert reports_of(text) == [("indirect", "State Will Close Two Prisons By Next Summer", "Governor Ruiz")]


def test_examples_after_the_subject_are_no_speaker():
    text = "Several mayors, including Rita Gomez of Tucson, said the new water rules came far too late."
    found = reports_of(text)
    assert [f[1] for f in found] == ["the new water rules came far too late"]
    assert found[0][2] is not None and "mayors" in found[0][2]


def test_as_with_a_particle_cue_opens_a_report():
    text = "As the county clerk pointed out, turnout in the spring primary was the lowest in decades."
    assert reports_of(text) == [
        ("indirect", "turnout in the spring primary was the lowest in decades", "the county clerk")
    ]


def test_as_after_a_comma_and_a_conjunction_opens_a_report():
    text = "The audit found no fraud, and as the auditor noted, every ballot in the county was counted twice."
    found = reports_of(text)
    assert ("indirect", "every ballot in the county was counted twice", "the auditor") in found


def test_as_with_an_auxiliary_before_the_cue_opens_a_report():
    text = "As several budget analysts have pointed out, the county cannot cover the pension gap by 2030."
    assert reports_of(text) == [
        ("indirect", "the county cannot cover the pension gap by 2030", "budget analysts")
    ]


def test_as_with_examples_after_the_subject_opens_a_report():
    text = "As many planners, including Mr. Osei, have noted, the new rail line will miss the airport."
    assert [f[:2] for f in reports_of(text)] == [("indirect", "the new rail line will miss the airport")]


def test_as_with_a_noun_before_the_cue_opens_a_report():
    text = "As the inspector's report noted, the bridge had not been painted since 1994."
    assert reports_of(text) == [
        ("indirect", "the bridge had not been painted since 1994", "inspector's report")
    ]


def test_as_with_a_statement_that_opens_with_a_relative_noun():
    text = "Still, as the Ledger has reported, cases that went to trial had far more evidence."
    assert reports_of(text) == [("indirect", "cases that went to trial had far more evidence", "Ledger")]


def test_as_with_a_progressive_tells_a_time_not_a_source():
    text = "Even as the mayor was criticizing the council, however, she came under fire from her own party."
    assert reports_of(text) == []


def test_focus_adverb_before_the_subject_is_no_part_of_it():
    text = "Even Dana Whitfield, a longtime ally of the governor, said the plan went too far."
    assert reports_of(text) == [("indirect", "the plan went too far", "Dana Whitfield")]


def test_negated_say_with_an_open_question_is_reported():
    text = "The governor would not say whether she plans to sign the budget before the holiday."
    assert reports_of(text) == [
        ("indirect", "whether she plans to sign the budget before the holiday", "The governor")
    ]


def test_participle_after_a_quotation_that_holds_the_comma():
    text = 'The senator said the farm bill was "a giveaway to big growers," adding that she would vote no.'
    found = reports_of(text)
    assert [f[1] for f in found] == ['the farm bill was "a giveaway to big growers,"', "she would vote no"]
    assert all(f[2] == "The senator" for f in found)


def test_hearer_of_told_is_no_part_of_the_statement():
    text = "Mayor Ortiz told The Tribune Herald she was not ready to endorse anyone yet."
    assert reports_of(text) == [("indirect", "she was not ready to endorse anyone yet", "Mayor Ortiz")]


def test_called_asks_only_with_its_particle():
    text = (
        "The mayor called for a ban on plastic bags at city markets.\n\n"
        'Rep. Dan Whitaker, the top Republican on the panel, called it "a mandate without money."'
    )
    found = kutip.extract(text, lang="en").quotes
    assert [q.speech_act for q in found] == ["request", "opinion"]
