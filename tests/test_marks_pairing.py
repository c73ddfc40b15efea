"""Quotation-mark pairing: every typography Indonesian portals use, and broken input that must not crash."""

import pytest

from kutip.doc import Span
from kutip.quotes.marks import pair_quotations


def pair(text: str):
    paras, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            paras.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return [(text[q.start : q.end], q.closed) for q in pair_quotations(text, paras)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Kami siap,” kata Budi.", [("Kami siap", True)]),
        ('"Kami siap," kata Budi.', [("Kami siap", True)]),
        ("”Kami siap,” kata Budi.", [("Kami siap", True)]),  # Kompas opens with the closing mark
        ("‘Kami siap,’ kata Budi.", [("Kami siap", True)]),
        ("«Kami siap,» kata Budi.", [("Kami siap", True)]),
    ],
)
def test_marks_pairing_typographies(text, expected):
    assert pair(text) == expected


def test_marks_pairing_split_quote_gives_two_quotations():
    assert pair("“Harga naik,” kata Sari. “Kami rugi.”") == [("Harga naik", True), ("Kami rugi.", True)]


def test_marks_pairing_multi_paragraph_quotation_is_one():
    text = "“Paragraf pertama tanpa penutup.\n“Paragraf kedua ditutup,” ujar Dewi."
    got = pair(text)
    assert len(got) == 1
    assert got[0][0].startswith("Paragraf pertama") and got[0][0].endswith("ditutup")


def test_marks_pairing_apostrophes_are_not_marks():
    assert pair("Salat Jum'at dan Qur’an dibahas, “itu penting,” kata Ali.") == [("itu penting", True)]


def test_marks_pairing_unbalanced_mark_keeps_other_quotes():
    text = "“Ini kalimat tanpa penutup.\nBerita biasa di sini.\n“Ini utuh,” kata Rudi."
    got = pair(text)
    assert ("Ini utuh", True) in got
    assert ("Ini kalimat tanpa penutup.", False) in got


def test_marks_pairing_nested_single_marks_stay_inside():
    assert pair("“Dia bilang ‘tunggu dulu’ kepada kami,” kata Nina.") == [
        ("Dia bilang ‘tunggu dulu’ kepada kami", True)
    ]


@pytest.mark.parametrize("text", ["“", "”", '"""', "‘’‘", "“a” ” “", "'\"'\"'", "” kata Budi"])
def test_marks_pairing_garbage_never_crashes(text):
    pair(text)
