"""Statements the claim map needs (issue 10, item 8): reported speech in the forms of wire copy and of
Indonesian portals. The sentences are written for these tests in the style of news reports."""

from __future__ import annotations

import pytest

import kutip


def _quotes(text: str, lang: str) -> list[tuple[str, str, str | None, str]]:
    doc = kutip.extract(text, lang=lang)
    return [(q.text, q.speech_act, q.speaker.name if q.speaker else None, q.cue or "") for q in doc.quotes]


def _found(text: str, lang: str, content: str) -> tuple[str, str, str | None, str]:
    for q in _quotes(text, lang):
        if q[0].startswith(content):
            return q
    raise AssertionError(f"no quote starting {content!r} in {_quotes(text, lang)}")


@pytest.mark.parametrize(
    ("text", "content", "act", "speaker"),
    [
        (
            "Health groups on Monday (Sep 22) urged the government to halt the school meals scheme.",
            "the government to halt",
            "request",
            "Health groups",
        ),
        ("Local charities have called for the suspension of the scheme.", "the suspension", "request", None),
        (
            "The union cited figures from the Rural Health Network (RHN), which recorded 4,210 cases of "
            "poisoning.",
            "4,210 cases",
            "say",
            "Rural Health Network",
        ),
        (
            "The head of the agency Maria Lopez said on Wednesday the outbreak in Bandung was the result of "
            "an error by the kitchen.",
            "the outbreak in Bandung",
            "say",
            "Maria Lopez",
        ),
        (
            "Dinda Putri, Jakarta – The Teachers Union is urging the President to stop the meal program.",
            "the President to stop",
            "request",
            "Teachers Union",
        ),
    ],
)
def test_claim_statements_english_forms(text: str, content: str, act: str, speaker: str | None) -> None:
    _, got_act, got_speaker, _ = _found(text, "en", content)
    assert got_act == act
    if speaker is not None:
        assert got_speaker == speaker


def test_claim_statements_participle_adds_a_second_statement() -> None:
    text = "The Teachers Union believes that the audit was rushed, claiming that two kitchens were skipped."
    assert _found(text, "en", "the audit was rushed")[0] == "the audit was rushed"
    assert _found(text, "en", "two kitchens")[1] == "claim"
    text = "Mild fevers were the most common symptom, she said, adding that the clinic would stay open."
    assert _found(text, "en", "Mild fevers")[0] == "Mild fevers were the most common symptom"


def test_claim_statements_data_shows_but_polls_do_not() -> None:
    text = "Nearly 900 pupils fell ill in the first month, government data showed, including 40 teachers."
    assert _found(text, "en", "Nearly 900 pupils")[3] == "showed"
    assert _quotes("Polls show the senator ahead by three points in the state.", "en") == []


def test_claim_statements_english_noun_uses_are_no_cues() -> None:
    assert _quotes("Mr. Lee's record on housing has been mixed since he took office.", "en") == []
    assert _quotes("The council established a policy urging employees to report abuse.", "en") == []


@pytest.mark.parametrize(
    ("text", "content", "act"),
    [
        ("Menteri Keuangan Rudi Santoso menegaskan penolakannya terhadap penggunaan APBN untuk proyek itu.",
         "penolakannya", "assert"),
        ("Sementara itu, Rudi Santoso menolak keras penggunaan APBN untuk membayar utang proyek itu.",
         "penggunaan APBN", "deny"),
        ("Rudi Santoso menghadiri rapat itu. Dia bilang tidak ada masalah antara dirinya dengan Wamen.",
         "tidak ada masalah", "say"),
        ("Kepala Dinas Kesehatan, Siti Aminah mencatat 103 kejadian luar biasa di 28 provinsi.",
         "103 kejadian", "say"),
        ("Rudi Santoso membuka rapat. Justru menurutnya agak janggal apabila utang itu dibayar dari APBN.",
         "agak janggal", "say"),
        ("Berdasarkan data Kementerian Kesehatan hingga akhir bulan, tercatat 60 kejadian luar biasa.",
         "tercatat 60", "say"),
        ("Rudi Santoso hadir di sana. Ia mempersilakan DPR untuk membentuk panitia sendiri.",
         "DPR untuk membentuk", "request"),
        ("Namun, Kepala Sekolah Sumiyati membantah hal tersebut.", "hal tersebut", "deny"),
    ],
)  # fmt: skip
def test_claim_statements_indonesian_forms(text: str, content: str, act: str) -> None:
    assert _found(text, "id", content)[1] == act


def test_claim_statements_indonesian_speakers() -> None:
    text = '"Kita jalan terus," kata Rudi Santoso secara daring dalam acara itu, Jumat (10/10/2025).'
    assert _found(text, "id", "Kita jalan terus")[2] == "Rudi Santoso"
    text = "Sumiyati dengan tegas menyebutkan bahwa siswanya tidak ada yang sakit karena makanan itu."
    assert _found(text, "id", "siswanya")[2] == "Sumiyati"
    text = ("Versi Kemenkes, lewat Juru Bicara Kemenkes Siti Aminah, menyebut jumlah korban sampai akhir "
            "bulan adalah 640 orang.")  # fmt: skip
    assert "Aminah" in (_found(text, "id", "jumlah korban")[2] or "")


def test_claim_statements_mencatat_needs_a_figure() -> None:
    assert _quotes("Prasetyo mencatat skor 77 persen dalam survei itu.", "id") == []
