"""Pair quotation marks into quotation spans, across paragraphs, without ever failing on bad pairs.

Handles “…”, ”…” (Kompas opens with the closing mark), "…", ‘…’, '…', «…» and the typewriter pairs
``…'' and ''…'' of wire copy; a quotation that runs over
several paragraphs (each opening with a mark, only the last one closed); nested single marks inside double
ones; and apostrophes (Jum'at, voters’). A mark left open ends its quotation at the paragraph's end and
the quotation is flagged ``closed=False``: the other quotations of the article are unaffected.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from kutip.doc import Span
from kutip.segment.offsets import first_after, first_at_or_after

if TYPE_CHECKING:
    from kutip.segment.tokens import Token

DOUBLE_OPENERS: Final = "“«„"
DOUBLE_CLOSERS: Final = "”»"
SINGLE_OPENERS: Final = "‘‹"
SINGLE_CLOSERS: Final = "’›"
ALL_MARKS: Final = set(DOUBLE_OPENERS + DOUBLE_CLOSERS + SINGLE_OPENERS + SINGLE_CLOSERS + "\"'")
# the characters a mark is made of (a lone ` is found too, and skipped; two of ' or ` make one mark)
MARK_CHARS: Final = "".join(sorted(ALL_MARKS)) + "`"
DOUBLED: Final = "'`"
LEFT_OPEN: Final = set("([{—–-/")
RIGHT_CLOSE: Final = set(".,;:!?)]}…-—–/")


@dataclass(slots=True)
class Quotation:
    """Quotation marks paired: ``open`` and ``close`` are the marks' offsets (``close`` may be the
    paragraph end when the mark was never closed); ``start``/``end`` is the content inside."""

    open: int
    close: int
    start: int
    end: int
    family: str  # "double" | "single"
    closed: bool
    first_para: int
    last_para: int


def _family(c: str) -> str:
    return "single" if c in SINGLE_OPENERS + SINGLE_CLOSERS + "'" else "double"


def _role(text: str, i: int, para: Span, width: int = 1) -> str:
    """'open', 'close', 'either' or 'none' for the mark at ``i`` (``width`` characters long)."""
    c = text[i : i + width] if width > 1 else text[i]
    prev = text[i - 1] if i > para.start else " "
    nxt = text[i + width] if i + width < para.end else " "
    if c == "``":
        return "open"
    if c == "''":
        c = '"'  # read like a straight double mark
    left = prev.isspace() or prev in LEFT_OPEN or prev in ALL_MARKS
    right = nxt.isspace() or nxt in RIGHT_CLOSE or nxt in ALL_MARKS
    if c in DOUBLE_OPENERS or c in SINGLE_OPENERS:
        return "open"
    if c in DOUBLE_CLOSERS or c == '"':
        if left and not right:
            return "open"
        if right and not left:
            return "close"
        return "either" if c == '"' or left == right else "close"
    # ’ and ': between two letters it is an apostrophe
    if prev.isalnum() and nxt.isalnum():
        return "none"
    if left and not right:
        return "open" if c == "'" else "none"
    if right and not left:
        return "close"
    return "none"


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim white space, and a comma that stands just before the closing mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def pair_quotations(text: str, paras: list[Span]) -> list[Quotation]:
    """All quotations of the paragraphs ``paras`` (in order), outermost only."""
    pairing = _Pairing(text)
    offsets = _mark_offsets(text)
    for pi, para in enumerate(paras):
        skip = pairing.carry_over(paras, pi)
        k = first_at_or_after(offsets, para.start)
        while k < len(offsets) and offsets[k] < para.end:
            i = offsets[k]
            width = _mark_width(text, i, para.end)
            k += width  # (the second character of a doubled mark is in ``offsets`` too)
            c = text[i : i + width]
            if i != skip and c != "`":
                pairing.mark(i, c, para, pi)
    if pairing.open_at is not None and paras:
        pairing.finish(paras[-1].end, paras[-1].end, False, len(paras) - 1)
    return pairing.out


def _mark_offsets(text: str) -> list[int]:
    """The offsets of every mark character of the text, in order: found by ``str.find``, one character
    after another, which skips the text at C speed (a regex tried at every character cost far more)."""
    found: list[int] = []
    for c in MARK_CHARS:
        i = text.find(c)
        while i >= 0:
            found.append(i)
            i = text.find(c, i + 1)
    found.sort()
    return found


def _mark_width(text: str, i: int, end: int) -> int:
    """2 for a doubled ' or ` (the typewriter marks ``...'' of wire copy) that ends before ``end``, else 1."""
    c = text[i]
    return 2 if i + 1 < end and c in DOUBLED and text[i + 1] == c else 1


class _Pairing:
    """The walk over an article's marks: the quotation open so far (its mark, family and paragraph) and
    the quotations closed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[Quotation] = []
        self.open_at: int | None = None
        self.family = ""
        self.first_para = 0
        self.width = 1  # of the opening mark

    def open(self, i: int, family: str, pi: int, width: int) -> None:
        self.open_at, self.family, self.first_para, self.width = i, family, pi, width

    def finish(self, close: int, end: int, closed: bool, last_para: int) -> None:
        """Close the open quotation: its mark ``close``, its content up to ``end``."""
        opened = self.open_at
        if opened is None:
            return
        s, e = _content(self.text, opened + self.width, end)
        if e > s:
            self.out.append(Quotation(opened, close, s, e, self.family, closed, self.first_para, last_para))
        self.open_at = None

    def carry_over(self, paras: list[Span], pi: int) -> int:
        """At the start of paragraph ``pi``: the offset of the mark that carries the open quotation on into
        it (a multi-paragraph quote), or -1; a quotation not carried on ends, unclosed, with the paragraph
        before."""
        if self.open_at is None:
            return -1
        para = paras[pi]
        first = self.text[para.start]
        if (
            first in ALL_MARKS
            and _family(first) == self.family
            and _role(self.text, para.start, para) == "open"
        ):
            return para.start
        prev = paras[pi - 1]
        self.finish(prev.end, prev.end, False, pi - 1)
        return -1

    def mark(self, i: int, c: str, para: Span, pi: int) -> None:
        """Read the mark ``c`` at ``i``: it opens a quotation, closes the open one, or (of the other family,
        nested) belongs to it; a stray single mark gives way to a double one."""
        size = len(c)
        fam = "double" if size > 1 else _family(c)
        role = _role(self.text, i, para, size)
        if role == "none":
            return
        if self.open_at is None:
            if role in ("open", "either"):
                self.open(i, fam, pi, size)
            return
        if fam != self.family:
            if self.family == "single" and role in ("open", "either"):
                self.open(i, fam, pi, size)
            return  # nested marks of the other family belong to the quotation
        if role in ("close", "either"):
            self.finish(i + size - 1, i, True, pi)
        elif c in DOUBLE_OPENERS or c in SINGLE_OPENERS or c == "``":
            # a second unambiguous opener: the first quotation was never closed
            self.finish(i, i, False, pi)
            self.open(i, self.family, pi, size)


class QuotationIndex:
    """The article's quotations with a fast "is this offset inside one?" test."""

    def __init__(self, quotations: list[Quotation]) -> None:
        self.spans = sorted(quotations, key=lambda q: q.open)
        self._opens = [q.open for q in self.spans]
        self._least_close: list[int] | None = None  # from each span on, the least ``close`` (when asked)

    def opening_at(self, pos: int) -> Quotation | None:
        """The quotation whose opening mark stands at ``pos``, if any."""
        i = first_at_or_after(self._opens, pos)
        return self.spans[i] if i < len(self._opens) and self._opens[i] == pos else None

    def overlaps(self, start: int, end: int) -> bool:
        """Does any quotation touch ``[start, end)``?"""
        i = first_after(self._opens, end - 1) - 1
        return i >= 0 and self.spans[i].close >= start

    def first_open(self, start: int, end: int) -> int:
        """Where the first quotation that opens in ``[start, end)`` opens, else ``end``."""
        i = first_at_or_after(self._opens, start)
        return self._opens[i] if i < len(self._opens) and self._opens[i] < end else end

    def any_within(self, start: int, end: int) -> bool:
        """Does a whole quotation lie in ``[start, end]`` (opens at or after ``start``, closes at or before
        ``end``)? A binary search, not a pass over every quotation of the article for every clause."""
        least = self._least_close
        if least is None:
            least = [0] * len(self.spans)
            low = -1
            for i in range(len(self.spans) - 1, -1, -1):
                close = self.spans[i].close
                low = close if low < 0 or close < low else low
                least[i] = low
            self._least_close = least
        i = first_at_or_after(self._opens, start)
        return i < len(least) and least[i] <= end

    def inside(self, pos: int) -> bool:
        i = first_after(self._opens, pos) - 1
        return i >= 0 and pos <= self.spans[i].close

    def outside(self, toks: list[Token]) -> list[Token]:
        """The tokens (in text order) that start inside no quotation, as ``inside`` tells: between two
        quotation opens, those after the first one's close. The bounds are binary searches in the tokens,
        and the tokens between them are copied as one slice, not tested one by one."""
        opens, spans = self._opens, self.spans
        out: list[Token] = []
        n = len(toks)
        i = first_after(opens, toks[0].start) - 1 if toks else -1  # the last quotation open so far
        k = 0
        while k < n:
            j = n if i + 1 >= len(opens) else _first_starting(toks, k, n, opens[i + 1])  # the next open
            if i >= 0:
                k = _first_starting(toks, k, j, spans[i].close + 1)  # (the tokens inside are left out)
            out.extend(toks[k:j])
            k, i = j, i + 1
        return out


def _first_starting(toks: list[Token], lo: int, hi: int, pos: int) -> int:
    """The index of the first of ``toks[lo:hi]`` that starts at or after ``pos``, ``hi`` when none does."""
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo
