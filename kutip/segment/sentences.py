"""Sentences inside a paragraph, never split inside a quotation."""

from __future__ import annotations

import re
from typing import Final

from kutip.doc import Span
from kutip.lang import Language
from kutip.segment.tokens import tokens

# a sentence ends at . ! ? (and any closing marks after it) before white space and a sentence start
_END: Final = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“”‘'(\[]?[A-Z0-9])")
_WORD_BEFORE: Final = re.compile(r"([A-Za-z]+)\.?$")


def sentences(text: str, para: Span, lang: Language, protected: list[Span] | None = None) -> list[Span]:
    """Split ``text[para.start:para.end]`` into sentence spans; ``protected`` spans are never cut."""
    guards = protected or []
    out: list[Span] = []
    start = taken_to = para.start
    for tok in tokens(text, para.start, para.end, lang):
        # an end can only begin at a . ! ? that stands alone or closes an initial ("M."): try the pattern
        # there, rather than scanning every character of the paragraph with it
        at = tok.end - 1
        if at < taken_to or text[at] not in ".!?":
            continue
        m = _END.match(text, at, para.end)
        if m is None:
            continue
        cut = taken_to = m.end()
        if any(g.start < m.start() < g.end - 1 for g in guards):
            continue
        if not _is_boundary(text, m.start(), lang):
            continue
        out.append(Span(start, cut))
        start = cut
        while start < para.end and text[start].isspace():
            start += 1
    if start < para.end:
        out.append(Span(start, para.end))
    return out


def _is_boundary(text: str, dot: int, lang: Language) -> bool:
    """False where the period belongs to an abbreviation, an initial or a number."""
    if text[dot] != ".":
        return True
    before = text[max(0, dot - 12) : dot]
    m = _WORD_BEFORE.search(before)
    if m:
        word = m.group(1)
        if len(word) == 1 and word.isupper():
            return False  # an initial: "M. Fadil"
        if word.casefold() in lang.abbreviations:
            return False
    return True
