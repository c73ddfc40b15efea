"""Properties over the whole pipeline, found by hypothesis: any text at all, in either language, gives a
document and never an exception; every span it reports lies inside the text and equals its slice."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kutip

NEWS_PIECES = [
    "“",
    "”",
    '"',
    "‘",
    "’",
    "«",
    "»",
    " kata ",
    " ujarnya",
    ", ujarnya.",
    " mengatakan ",
    " menegaskan bahwa ",
    " membantah ",
    " Menurut ",
    " Baca Juga: ",
    " Rp 3,5 juta ",
    " 4,7-5,5% ",
    " 30 persen ",
    " (52) ",
    " pukul 14.30 WIB ",
    " Kamis (24/10/2024) ",
    "JAKARTA, KOMPAS.com - ",
    "Presiden ",
    " Prabowo Subianto",
    " ia ",
    " beliau ",
    " dan ",
    "\n",
    "\n\n",
    " said ",
    " he said",
    ", she added.",
    " denied ",
    " 3,000 troops ",
    " $1.2 billion ",
    " U.S. ",
    " Mr. ",
    " covid-19 ",
    "\xa0",
    "\u200b",
    "\ufffd",
    "🙂",
    "\t",
    " 1. ",
    " Pasal 27 ",
]

texts = st.lists(
    st.one_of(st.sampled_from(NEWS_PIECES), st.text(min_size=1, max_size=12)), min_size=0, max_size=60
).map("".join)


def _check(doc, text: str) -> None:
    assert doc.text == text
    for q in doc.quotes:
        assert 0 <= q.start <= q.end <= len(text) and text[q.start : q.end] == q.text
        if q.cue_start is not None:
            assert text[q.cue_start : q.cue_end] == q.cue
        for s in q.speakers:
            if s.mention_start is not None:
                assert text[s.mention_start : s.mention_end] == s.mention
    for item in [*doc.removed, *doc.entities, *doc.quantities, *doc.dates]:
        assert 0 <= item.start <= item.end <= len(text) and text[item.start : item.end] == item.text
    for x in doc.quantities:
        assert math.isfinite(x.value)
    doc.to_dict()  # serialisable as the JSON form says


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["id", "en"]))
def test_fuzz_any_text_gives_a_document_whose_spans_hold(text, lang):
    _check(kutip.extract(text, lang=lang, date="2024-10-25"), text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(NEWS_PIECES), min_size=50, max_size=400).map("".join))
def test_fuzz_long_runs_of_news_furniture_give_a_document_whose_spans_hold(text):
    _check(kutip.extract(text, lang="id"), text)
