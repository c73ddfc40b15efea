"""Word tokens with offsets, for the small phrase grammars of the quote and speaker finders.

A document's text is tokenised once; asking for the tokens of a range slices that list (the finders ask
for thousands of small ranges of the same text).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from dataclasses import dataclass

# an initial keeps its period ("M. Fadil"); words may hold ' ’ - and inner periods ("KOMPAS.TV", "3.000")
_TOKEN = re.compile(r"\b[A-Z]\.(?=\s)|\w(?:[\w'’.-]*\w)?|[^\w\s]")


@dataclass(slots=True, frozen=True)
class Token:
    text: str
    start: int
    end: int
    lower: str
    is_word: bool
    is_cap: bool


def _tokenize(text: str) -> tuple[list[Token], list[int]]:
    toks = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        toks.append(Token(w, m.start(), m.end(), w.casefold(), w[0].isalnum(), w[0].isupper()))
    return toks, [t.start for t in toks]


_last = threading.local()  # per thread: the text asked about last, its tokens and their starts


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens that lie inside ``text[start:end]``, with offsets into ``text``."""
    if getattr(_last, "text", None) is not text:
        _last.toks, _last.starts = _tokenize(text)
        _last.text = text
    stop = len(text) if end is None else end
    toks = _last.toks
    i = bisect_left(_last.starts, start)
    j = bisect_left(_last.starts, stop, i)
    while j > i and toks[j - 1].end > stop:
        j -= 1
    return toks[i:j]
