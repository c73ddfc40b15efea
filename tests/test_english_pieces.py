"""English statements in pieces and around quotations, on news sentences written for these tests: a
report that interrupts its statement with any clause cue and a time or place ("The shortfall, the
treasurer warned on Monday, will grow"), the doubled apostrophe some papers close quotations with, a
time phrase before the speaker, a trailer after a quoted fragment, and the second piece of a quote after
"but" or a participle."""

import kutip


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    """(statement, speaker mention, cue) of every quote, in text order."""
    doc = kutip.extract(text, lang="en")
    out = []
    for q in sorted(doc.quotes, key=lambda q: q.start):
        mention = q.speakers[0].mention if q.speakers else None
        out.append((q.text, mention, q.cue or ""))
    return out


def test_any_clause_cue_interrupts_a_statement_into_two_pieces():
    text = "The shortfall in the pension fund, the treasurer warned, will grow unless the council acts."
    assert _quotes(text) == [
        ("The shortfall in the pension fund", "the treasurer", "warned"),
        ("will grow unless the council acts", "the treasurer", "warned"),
    ]


def test_an_opening_clause_before_an_interrupting_cue_is_a_piece():
    text = "If the levy fails to pass, Ms. Okafor argued, the district will close two schools."
    assert _quotes(text) == [
        ("If the levy fails to pass", "Ms. Okafor", "argued"),
        ("the district will close two schools", "Ms. Okafor", "argued"),
    ]


def test_an_object_cue_does_not_interrupt_a_statement():
    text = "The new rules, the union accused, were written by the airlines themselves."
    assert _quotes(text) == [("were written by the airlines themselves", "the union", "accused")]


def test_an_interrupting_cue_may_carry_its_time_place_or_hearer():
    text = (
        "The difference this year, he told me on Thursday, is that the farmers have stopped waiting.\n\n"
        "The real test, she said in a radio interview, will come when the rains stop."
    )
    assert _quotes(text) == [
        ("The difference this year", "he", "told"),
        ("is that the farmers have stopped waiting", "he", "told"),
        ("The real test", "she", "said"),
        ("will come when the rains stop", "she", "said"),
    ]


def test_a_place_phrase_after_the_cue_is_not_the_statement():
    text = "Ms. Rivera said at a rally in Dayton, Ohio, that the plant would stay open."
    assert _quotes(text) == [("the plant would stay open", "Ms. Rivera", "said")]


def test_a_place_phrase_before_a_later_cue_stays_in_the_statement():
    text = "In Dayton, volunteers handed out 400 meals on Sunday, the food bank reported."
    statement = "In Dayton, volunteers handed out 400 meals on Sunday"
    assert _quotes(text) == [(statement, "the food bank", "reported")]


def test_doubled_apostrophes_close_a_quoted_fragment_before_its_trailer():
    text = "Still, small farms are ''barely breaking even,'' Mr. Halvorsen said on Tuesday."
    assert _quotes(text) == [("Still, small farms are ''barely breaking even,''", "Mr. Halvorsen", "said")]


def test_a_time_phrase_opening_the_sentence_is_not_the_speaker():
    text = (
        "On Tuesday night he said the bridge would reopen in May.\n\n"
        "Last night Mayor Ellen Brandt said the budget was balanced."
    )
    assert _quotes(text) == [
        ("the bridge would reopen in May", "he", "said"),
        ("the budget was balanced", "Mayor Ellen Brandt", "said"),
    ]


def test_a_trailer_after_a_quoted_fragment_names_its_own_speaker():
    text = 'The county missed two warnings and "should have acted far sooner," said Dana Ruiz, the auditor.'
    assert _quotes(text) == [
        ('The county missed two warnings and "should have acted far sooner,"', "Dana Ruiz", "said"),
    ]


def test_a_participle_after_a_quoted_comma_reports_for_the_subject():
    text = 'The governor gave a spirited defense of "rural values," saying the state owed its farmers more.'
    assert _quotes(text) == [("the state owed its farmers more", "The governor", "saying")]


def test_the_main_cue_after_a_relative_clause_reports():
    text = (
        "Mr. Osei, who called the proposal a giveaway, said rents would rise.\n\n"
        "Ms. Lind, who called the proposal a gift to landlords, said rents would rise."
    )
    assert _quotes(text) == [
        ("rents would rise", "Mr. Osei", "said"),
        ("the proposal a gift to landlords", "Ms. Lind, who", "called"),
        ("rents would rise", "Ms. Lind", "said"),
    ]


def test_a_statement_may_open_with_a_quoted_phrase_and_go_on():
    text = 'She said "new tariffs" and a weaker currency would push prices up.'
    assert _quotes(text) == [('"new tariffs" and a weaker currency would push prices up', "She", "said")]


def test_the_second_piece_of_a_quote_after_but_keeps_its_speaker():
    text = '"I respect the chief," the mayor said, but "the department has lost the trust of this city."'
    assert _quotes(text) == [
        ("I respect the chief", "the mayor", "said"),
        ("the department has lost the trust of this city.", "the mayor", "said"),
    ]


def test_a_participle_after_a_report_that_points_back_or_leads_a_quotation():
    text = (
        "Senator Hale said as much in a radio interview, arguing that the bill would raise costs.\n\n"
        'The company said: "We met every deadline," adding that its sales doubled last year.'
    )
    assert _quotes(text) == [
        ("the bill would raise costs", "Senator Hale", "arguing"),
        ("We met every deadline", "The company", "said"),
        ("its sales doubled last year", "The company", "adding"),
    ]


def test_the_hearer_of_told_may_carry_a_time():
    text = "The president told supporters this weekend he would campaign in every county."
    assert _quotes(text) == [("he would campaign in every county", "The president", "told")]


def test_said_reports_a_clause_whose_verb_has_no_ending():
    text = "The longtime organizer said voters misunderstand Mayor Brandt."
    assert _quotes(text) == [("voters misunderstand Mayor Brandt", "The longtime organizer", "said")]


def test_a_quotation_after_that_inside_a_longer_clause_is_a_mixed_quote():
    text = 'The chairman said that "we need more data" about how the board reached its decision.'
    doc = kutip.extract(text, lang="en")
    assert [(q.type, q.text) for q in doc.quotes] == [
        ("mixed", '"we need more data" about how the board reached its decision'),
    ]


def test_a_quotation_that_ends_its_sentence_after_that_stays_direct():
    text = 'Some cheer when she insists that "the mill will reopen." Others walk out.'
    doc = kutip.extract(text, lang="en")
    assert [(q.type, q.text) for q in doc.quotes] == [("direct", "the mill will reopen.")]


def test_after_the_hearer_of_told_a_time_phrase_with_a_noun_leads_to_that():
    text = "The mayor told reporters after the meeting that the deal was dead."
    assert _quotes(text) == [("the deal was dead", "The mayor", "told")]


def test_the_hearer_of_told_followed_by_the_reporters_clause_is_no_statement():
    text = "The governor told his staff as he packed his office that night."
    assert _quotes(text) == []


def test_a_relative_that_after_a_noun_does_not_open_the_statement():
    text = "The minister told a forum on the floods that hit the coast that the dams would be rebuilt."
    assert _quotes(text) == [("the dams would be rebuilt", "The minister", "told")]


def test_a_dateline_before_an_interrupted_statement_is_not_its_first_piece():
    text = (
        "DAYTON, Ohio (AP) — The budget gap, Superintendent Maria Okafor warned on Monday, "
        "will reach $14 million."
    )
    assert _quotes(text) == [
        ("The budget gap", "Superintendent Maria Okafor", "warned"),
        ("will reach $14 million", "Superintendent Maria Okafor", "warned"),
    ]


def test_a_time_phrase_before_a_title_is_not_part_of_the_role():
    doc = kutip.extract(
        "On Tuesday night board president Daniel Reyes said the numbers were grim.", lang="en"
    )
    assert [(s.name, s.role) for q in doc.quotes for s in q.speakers] == [("Daniel Reyes", "board president")]
