"""Direct quotes a reader of English news sees, and quotations that are not speech (titles, headlines,
passages shown after a colon with no cue), on news text written for these tests."""

import kutip


def _direct(text: str, lang: str = "en") -> list[str]:
    doc = kutip.extract(text, lang=lang)
    return [q.text for q in doc.quotes if q.type == "direct"]


def test_a_show_title_after_a_lead_cue_is_not_a_quote():
    text = (
        'Senator Dana Whitcomb said on ABC\'s "This Week With Martha Reyes" that the bill would pass.\n\n'
        "The governor told \u201cFace the Nation\u201d on Sunday that he would sign it."
    )
    assert _direct(text) == []


def test_a_headline_in_title_case_is_not_a_quote():
    text = (
        "Whitcomb: \u2018We Will Not Back Down On The Budget.\u2019\n\n"
        "Senator Dana Whitcomb vowed on Tuesday to keep fighting for the spending plan."
    )
    assert _direct(text) == []


def test_a_title_case_opening_of_a_split_quote_keeps_both_halves():
    text = '"As Governor," she said, "I will veto any bill that raises the sales tax."'
    doc = kutip.extract(text, lang="en")
    direct = [q for q in doc.quotes if q.type == "direct"]
    assert [q.text for q in direct][-1] == "I will veto any bill that raises the sales tax."
    assert direct[-1].speaker is not None and direct[-1].cue == "said"


def test_a_quoted_sentence_with_names_is_still_speech():
    text = '"Ridgefield is not Oakland," Mayor Tom Alvarez said on Monday.'
    doc = kutip.extract(text, lang="en")
    assert [(q.text, q.speaker.name) for q in doc.quotes] == [("Ridgefield is not Oakland", "Tom Alvarez")]


def test_a_passage_after_a_colon_with_no_cue_is_not_a_direct_quote():
    text = (
        "The ruling was short.\n\n"
        "Article 12 of the county charter is clear on the matter: \u201cNo officer shall hold two "
        "elected posts at the same time.\u201d"
    )
    assert _direct(text) == []


def test_a_quotation_after_a_cue_and_a_colon_is_a_direct_quote():
    text = (
        "Mayor Tom Alvarez spoke to reporters on Monday, adding: \u201cWe will rebuild the bridge before "
        "the winter comes.\u201d"
    )
    doc = kutip.extract(text, lang="en")
    direct = [q for q in doc.quotes if q.type == "direct"]
    assert [q.text for q in direct] == ["We will rebuild the bridge before the winter comes."]
    assert direct[0].speaker.name == "Tom Alvarez"


def test_a_title_after_mr_in_the_lead_does_not_hide_the_cue():
    text = (
        "Ana Ruiz, a former aide, said of Mr. Alvarez: \u201cHe listens to every caller and answers "
        "every letter.\u201d"
    )
    direct = _direct(text)
    assert direct == ["He listens to every caller and answers every letter."]


def test_indonesian_quote_with_a_trailer_cue_is_kept():
    text = "\u201cStok beras aman sampai akhir tahun,\u201d kata Menteri Perdagangan Budi Santoso."
    assert _direct(text, lang="id") == ["Stok beras aman sampai akhir tahun"]


def test_a_word_quoted_after_called_is_a_term_not_a_direct_quote():
    text = (
        "Governor Ellen Marsh called the new tariff \u201cruinous.\u201d Senator Dana Whitcomb said the "
        "state would appeal.\n\n"
        "The mayor called the plan \u201cunworkable\u201d on Monday."
    )
    assert _direct(text) == []


def test_the_cue_of_the_next_sentence_does_not_claim_a_fragment():
    text = (
        "Governor Ellen Marsh said on Tuesday that the budget vote was \u201ca betrayal of every family "
        "in this state.\u201d Senator Dana Whitcomb said the state would appeal."
    )
    doc = kutip.extract(text, lang="en")
    assert not [
        q for q in doc.quotes if q.type == "direct" and q.speaker and q.speaker.name == "Dana Whitcomb"
    ]


def test_a_full_sentence_after_a_lead_comma_is_still_a_direct_quote():
    text = 'Governor Ellen Marsh said, "Enough."\n\nShe told reporters, "We will appeal the ruling."'
    direct = _direct(text)
    assert direct == ["Enough.", "We will appeal the ruling."]


def test_quoted_predicate_after_its_subject_is_a_mixed_quote():
    from conftest import reports_of

    text = (
        'Bupati "tidak pernah menerima laporan soal pungutan itu," kata Kepala Dinas Pendidikan Yusuf '
        "Harahap."
    )
    assert reports_of(text, "id") == [
        (
            "mixed",
            'Bupati "tidak pernah menerima laporan soal pungutan itu,"',
            "Kepala Dinas Pendidikan Yusuf Harahap",
        )
    ]
