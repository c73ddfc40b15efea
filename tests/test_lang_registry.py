"""Languages are packages under kutip.lang: data apart from algorithms, loaded by code."""

import pytest

from kutip.lang import available, get_language


def test_lang_registry_indonesian_and_malay():
    id_ = get_language("id")
    assert get_language("ms") is id_
    assert id_.reporting_verbs["membantah"] == "deny"
    assert id_.trailer_cues["ujarnya"] == "say"
    assert "ujarnya" in id_.reference_cues
    assert "id" in available()


def test_lang_registry_unknown_language_says_what_exists():
    with pytest.raises(LookupError, match="no language data for 'xx'"):
        get_language("xx")


def test_lang_registry_speech_acts_are_the_eleven_labels():
    from kutip.doc import SPEECH_ACTS

    acts = set(get_language("id").all_cues.values())
    assert acts <= set(SPEECH_ACTS)


def test_lang_registry_lexicon_is_trained_data():
    lex = get_language("id").lexicon
    assert len(lex) > 5000
    assert all(len(v) == 4 for v in list(lex.values())[:100])
