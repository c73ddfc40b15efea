"""English direct quotes: which quotation-mark spans are someone's speech, and whose (sentences written for
these tests in the style of news)."""

import kutip


def _direct(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker name) of each direct quote Kutip finds in ``text``."""
    doc = kutip.extract(text, lang="en")
    return [(q.text, q.speaker.name if q.speaker else None) for q in doc.quotes if q.type == "direct"]


def test_a_title_running_on_into_its_sentence_takes_no_inverted_trailer():
    text = (
        'The campaign released a new ad on Monday. The "Clear Choice" ad contrasts Mayor Dana Whitfield\'s '
        "record with her rival's."
    )
    assert _direct(text) == []


def test_a_show_title_before_the_speakers_own_quote_is_not_speech():
    text = 'On NBC\'s "Morning Desk" Tuesday, Senator Paul Okafor said, "I never promised that."'
    assert _direct(text) == [("I never promised that.", "Paul Okafor")]


def test_a_statement_set_off_by_its_comma_or_question_mark_keeps_the_inverted_trailer():
    text = (
        '"We are not done yet," Councilwoman Irene Castillo said.\n\n'
        '"Who pays for it?" Castillo asked reporters.\n\n'
        '"Not one cent" was all the treasurer Omar Haddad would say.'
    )
    found = _direct(text)
    assert found[:2] == [("We are not done yet", "Irene Castillo"), ("Who pays for it?", "Irene Castillo")]


def test_a_participle_cue_after_a_comma_takes_the_sentences_subject():
    text = 'Governor Ellen Marsh attacked the spending plan on Monday, saying, "It is reckless and unfair."'
    assert _direct(text) == [("It is reckless and unfair.", "Ellen Marsh")]


def test_a_cue_joined_by_and_takes_the_sentences_subject():
    text = 'Mayor Victor Lund laughed and said, "I have never believed in that poll."'
    assert _direct(text) == [("I have never believed in that poll.", "Victor Lund")]


def test_a_participle_reporting_a_that_clause_leaves_the_fragment_to_the_mixed_quote():
    text = 'Senator Ruth Abara criticized the bill, saying that "the poor pay too much" under the new rates.'
    assert _direct(text) == []


def test_a_quotation_dash_names_the_speaker_of_an_epigraph():
    text = '"Nobody here wants the plant to close. We will fight it." ― Marta Ruiz'
    assert _direct(text) == [("Nobody here wants the plant to close. We will fight it.", "Marta Ruiz")]


def test_the_shared_subject_leaves_out_an_adverb_and_an_auxiliary():
    text = (
        'Mayor Ada Kern immediately posted a comment of her own, saying, "We are so pleased."\n\n'
        'Councilman Rudi Voss didn\'t seem impressed on Tuesday, telling reporters, "It is too little."'
    )
    assert _direct(text) == [("We are so pleased.", "Ada Kern"), ("It is too little.", "Rudi Voss")]


def test_a_phrase_between_the_cue_and_the_comma_before_the_mark():
    for phrase in ("in a statement on Monday", "on the other hand", "at the county fair"):
        text = f"Mayor Ana Cole said {phrase}, “We will rebuild the bridge before the first snow.”"
        assert _direct(text) == [("We will rebuild the bridge before the first snow.", "Ana Cole")]
    text = "Paula Reyes told reporters at the scene, “Nobody was hurt, and the fire is out.”"
    assert _direct(text) == [("Nobody was hurt, and the fire is out.", "Paula Reyes")]


def test_a_clause_between_the_cue_and_the_mark_is_no_phrase():
    text = "Reyes said in her memo to staff that the “reforms” were a sham, and the board agreed."
    assert _direct(text) == []


def test_a_named_hearer_with_its_article_before_the_comma():
    text = "Lena Marsh told the Harbor Gazette, “We never had a plan for the flood. We do now.”"
    assert _direct(text) == [("We never had a plan for the flood. We do now.", "Lena Marsh")]
    text = "Marsh told the crowd, “Some of you waited six hours to get in, and I thank you.”"
    assert _direct(text) == [("Some of you waited six hours to get in, and I thank you.", "Marsh")]
