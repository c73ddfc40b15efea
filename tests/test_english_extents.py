"""Where English reported content begins and ends around its speaker, on sentences written for these tests:
the description after a closing "said X," is the speaker's, not a statement; the statement after it is;
a cue inside a clause has no speaker after it; the time or place that opens a clause, or a name with its
description, is no statement of the cue that follows."""

from conftest import reports_of


def test_title_after_a_closing_speaker_describes_the_speaker():
    text = (
        "The new tariffs will hurt farmers in the Midwest, said Dana Whitfield, senior economist at the "
        "Prairie Policy Institute."
    )
    assert reports_of(text) == [
        ("indirect", "The new tariffs will hurt farmers in the Midwest", "Dana Whitfield")
    ]


def test_relative_clause_after_a_closing_speaker_describes_the_speaker():
    text = (
        "The plan would cut costs for small towns, said Mr. Ortega, whom the governor appointed to the board "
        "last spring."
    )
    assert reports_of(text) == [("indirect", "The plan would cut costs for small towns", "Mr. Ortega")]


def test_age_and_role_after_a_closing_speaker_describe_the_speaker():
    text = (
        "The bridge will close for repairs in May, said Rita Osei, 52, a spokeswoman for the transit agency."
    )
    assert reports_of(text) == [("indirect", "The bridge will close for repairs in May", "Rita Osei")]


def test_statement_after_the_description_of_an_interrupting_speaker():
    text = (
        "Rather than raising fees, said Ana Ruiz, vice president for finance, the county will sell bonds "
        "next year."
    )
    assert reports_of(text) == [("indirect", "the county will sell bonds next year", "Ana Ruiz")]


def test_cue_inside_a_clause_has_no_speaker_after_it():
    assert reports_of("Soon she would have to tell Ms. Lindqvist, who would surely object to the plan.") == []
    assert (
        reports_of("Clinton extended her lead in pledged delegates, helping her claim the nomination.") == []
    )


def test_opening_phrase_is_no_statement_of_the_cue_after_it():
    assert reports_of("On his campaign website, Mr. Drummond promises to lower the sales tax.") == []


def test_two_word_opening_of_an_interrupted_statement_is_no_piece():
    text = "In 2012, Mr. Halvorsen said, the council approved a smaller budget."
    assert reports_of(text) == [("indirect", "the council approved a smaller budget", "Mr. Halvorsen")]


def test_a_description_of_a_person_does_not_point_back_at_an_unnamed_group():
    import kutip

    doc = kutip.extract(
        "Several workers said they had not been paid since March.\n\n"
        "The inspector rejected that complaint at a hearing on Friday.",
        lang="en",
    )
    spoken = [q for q in doc.quotes if q.speaker is not None and q.speaker.mention == "The inspector"]
    assert spoken, [(q.text, q.speaker) for q in doc.quotes]
    assert all("workers" not in (q.speaker.name or "") for q in spoken)


def test_statement_ends_at_a_semicolon_before_a_new_clause():
    text = "Officials said the timing was not intentional; they learned of the deal only on Friday."
    assert reports_of(text) == [("indirect", "the timing was not intentional", "Officials")]
    text = "She said the women had spoken at hearings; marched in rallies; and written to the council."
    assert reports_of(text)[0][1].endswith("written to the council")


def test_statement_ends_before_a_contrast_with_a_new_subject():
    text = "North Korea said the test was its biggest yet, although it may take days to measure its power."
    assert reports_of(text) == [("indirect", "the test was its biggest yet", "North Korea")]


def test_relative_clause_on_an_object_is_the_reporters():
    text = "Senator Ruth Vale denounced the new levy, which the council passed in March."
    assert reports_of(text) == [("indirect", "the new levy", "Senator Ruth Vale")]
    text = "Officials said the decision, which came late on Friday, would stand."
    assert reports_of(text)[0][1] == "the decision, which came late on Friday, would stand"


def test_hearer_of_told_is_not_the_statement():
    text = (
        "Rep. Alan Fisk told reporters prices would rise again next spring. Councilwoman Dee Marsh told The "
        "Harbor Gazette the ferry would stop running in June. Treasurer Omar Bell told lawmakers on Monday "
        "the reserve fund was nearly empty. Mayor Lina Ortiz made her case, telling them Harbor Line was "
        "worth saving."
    )
    assert [(t, s) for _, t, s in reports_of(text)] == [
        ("prices would rise again next spring", "Rep. Alan Fisk"),
        ("the ferry would stop running in June", "Councilwoman Dee Marsh"),
        ("the reserve fund was nearly empty", "Treasurer Omar Bell"),
        ("Harbor Line was worth saving", "Mayor Lina Ortiz"),
    ]


def test_told_with_an_infinitive_keeps_its_hearer_and_an_opening_phrase_stays():
    text = (
        "The county health officer told Pine Hollow residents not to drink tap water until Friday. "
        'Assessor Ray Dunn told The Courier: "With that ruling behind us, the appeals can go ahead."'
    )
    contents = [t for _, t, _ in reports_of(text)]
    assert contents[0] == "Pine Hollow residents not to drink tap water until Friday"
    assert any(t.startswith("With that ruling behind us") for t in contents)
