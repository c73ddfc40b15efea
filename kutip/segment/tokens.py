"""Word tokens with offsets, for the small phrase grammars of the quote and speaker finders.

A document's text is tokenised once; asking for the tokens of a range slices that list (the finders ask
for thousands of small ranges of the same text). A language may name title abbreviations that keep their
period as part of the token ("Mr.", "Sen."), so that "Sen. Ted Cruz" reads as one phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kutip.lang import Language

# an initial keeps its period ("M. Fadil"); words may hold ' ’ - and inner periods ("KOMPAS.TV", "3.000")
_TOKEN = re.compile(r"\b[A-Z]\.(?=\s)|\w(?:[\w'’.-]*\w)?|[^\w\s]")


@dataclass(slots=True, eq=False)
class Token:
    text: str
    start: int
    end: int
    lower: str
    is_word: bool
    is_cap: bool
    is_num: bool  # begins with a digit ("3.000", "24")


_WORD_CACHE: dict[str, tuple[str, bool, bool, bool]] = {}


def _tokenize(text: str, abbreviations: frozenset[str]) -> tuple[list[Token], list[int]]:
    toks: list[Token] = []
    starts = []
    cache = _WORD_CACHE
    if len(cache) > 200_000:
        cache.clear()
    for m in _TOKEN.finditer(text):
        w = m.group()
        start = m.start()
        if w == "." and abbreviations and toks:
            prev = toks[-1]
            if prev.end == start and prev.lower in abbreviations and text[start + 1 : start + 2].isspace():
                word = prev.text + "."
                toks[-1] = Token(word, prev.start, start + 1, word.casefold(), True, prev.is_cap, False)
                continue  # "Sen." before "Ted Cruz": the title keeps its period
        info = cache.get(w)
        if info is None:
            info = cache[w] = (w.casefold(), w[0].isalnum(), w[0].isupper(), w[0].isdigit())
        toks.append(Token(w, start, start + len(w), *info))
        starts.append(start)
    return toks, starts


# The text asked about last, its tokens and their starts. One tuple, swapped whole, so a thread that finds
# another thread's text there only tokenises again: never a wrong answer.
_last: tuple[str | None, frozenset[str] | None, list[Token], list[int]] = (None, None, [], [])
_NONE: frozenset[str] = frozenset()


def tokens(text: str, start: int = 0, end: int | None = None, lang: Language | None = None) -> list[Token]:
    """Tokens that lie inside ``text[start:end]``, with offsets into ``text``, as ``lang`` splits them."""
    global _last
    abbreviations = lang.title_abbreviations if lang else _NONE
    last = _last
    if last[0] is not text or last[1] is not abbreviations:
        last = _last = (text, abbreviations, *_tokenize(text, abbreviations))
    _, _, toks, starts = last
    stop = len(text) if end is None else end
    i = bisect_left(starts, start)
    j = bisect_left(starts, stop, i)
    while j > i and toks[j - 1].end > stop:
        j -= 1
    return toks[i:j]
