"""The Article context: one token stream per article, every range a slice of it (issue 13)."""

from __future__ import annotations

import random

from kutip.doc import Document
from kutip.lang import get_language
from kutip.pipeline import segment
from kutip.segment.article import Article
from kutip.segment.tokens import tokenize

TEXT = (
    "JAKARTA, KOMPAS.com - Menteri Perdagangan Budi Santoso (52) menegaskan stok beras aman. "
    "“Kami tidak akan impor lagi tahun ini,” ujar Budi di Jakarta, Senin (3/3/2025).\n\n"
    "Sen. Ron Wyden said the deal was dead."
)


def test_ranges_are_slices_of_the_one_stream():
    lang = get_language("id")
    art = Article(TEXT, lang)
    every, _ = tokenize(TEXT, lang)
    assert [t.text for t in art.toks] == [t.text for t in every]
    rng = random.Random(3)
    for _ in range(500):
        a = rng.randint(0, len(TEXT))
        b = rng.randint(a, len(TEXT))
        inside = [t for t in art.toks if t.start >= a and t.end <= b]
        got = art.tokens(a, b)
        assert [(t.start, t.end) for t in got] == [(t.start, t.end) for t in inside]
        assert all(x is y for x, y in zip(got, inside, strict=True))  # the same objects: nothing built again
        assert art.first_tokens(a, b, 3) == inside[:3]
        assert art.last_tokens(a, b, 2) == inside[-2:]


def test_segment_fills_paragraphs_quotations_and_sentences():
    lang = get_language("id")
    doc = Document("d1", TEXT, "id")
    art = segment(doc, lang)
    assert len(art.paragraphs) == 2 and doc.paragraphs == art.paragraphs
    (quotation,) = art.quotations
    assert TEXT[quotation.start : quotation.end].startswith("Kami tidak akan impor")
    assert art.quoted.inside(quotation.start + 3) and not art.quoted.inside(0)
    assert [p for p, _ in art.numbered] == [0, 0, 1]
    # no sentence ends inside the quotation, though it holds a comma and the sentence a full stop
    for s in art.sentences:
        assert not (quotation.start < s.end < quotation.end)
    assert art.sentences == doc.sentences
