"""Sentences inside a paragraph, never split inside a quotation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from kutip.doc import Span
from kutip.lang import Language
from kutip.segment.offsets import first_at_or_after
from kutip.segment.tokens import Token

if TYPE_CHECKING:
    from kutip.segment.article import Article

# a sentence ends at . ! ? (and any closing marks after it) before white space and a sentence start: the
# regex ``[.!?]+["”’')\]]*(?=\s+[(\[]?(?:''|["“”‘'])?[A-Z0-9])``, read by ``_end_at`` ('' opens NYT quotes;
# a bracket may come before the mark: '... agreed. (''We have ...,'' he said.)')
END_MARKS: Final = ".!?"
CLOSERS: Final = "\"”’')]"
BRACKETS: Final = "(["
QUOTE_OPENERS: Final = "\"“”‘'"
WORD_REACH: Final = 12  # how far before a period its word is read (an abbreviation is short)
_NEXT_WORD: Final = re.compile(r"[\"”’')\]]*\s+[(\[]?(?:''|[\"“”‘'])?([A-Za-z]+)")


def sentences(art: Article, para: Span, protected: list[Span] | None = None) -> list[Span]:
    """Split the paragraph ``para`` of the article into sentence spans; ``protected`` spans are never cut."""
    text = art.text
    guards = _Guards(protected) if protected else None
    out: list[Span] = []
    start = taken_to = para.start
    failed = -1  # where the pattern last failed
    for tok in art.tokens(para.start, para.end):
        # an end can only begin at a . ! ? that stands alone or closes an initial ("M."): try the pattern
        # there, rather than scanning every character of the paragraph with it
        at = tok.end - 1
        if at < taken_to:
            continue
        mark = ord(text[at])  # by code point: compiled, that makes no string of each token's last character
        if mark != 46 and mark != 33 and mark != 63:  # . ! ?
            continue
        if failed == at - 1 and text[failed] in ".!?":
            failed = at  # "!!!!...": it failed on the mark before, whose tries include every one from here
            continue
        cut = _end_at(text, at, para.end)
        if cut < 0 and _glued_end(text, tok, para.end):
            cut = at + 1  # "... APBN.Menurut dia": the tokeniser split the glued sentences at the period
        if cut < 0:
            failed = at
            continue
        taken_to = cut
        if guards is not None and guards.inside(at):
            continue
        if not _is_boundary(text, at, art.lang):
            continue
        out.append(Span(start, cut))
        start = cut
        while start < para.end and text[start].isspace():
            start += 1
    if start < para.end:
        out.append(Span(start, para.end))
    return out


def _end_at(text: str, at: int, limit: int) -> int:
    """Where the sentence end that begins at ``at`` (before ``limit``) stops: its marks . ! ?, then any
    closing marks, when white space and a sentence start follow (a capital or a digit, maybe after an
    opening mark); -1 when there is none. Read by hand: every period of the article is tried, and a regex
    call costs more than the whole test."""
    i = at
    while i < limit and text[i] in END_MARKS:
        i += 1
    if i == at:
        return -1
    while i < limit and text[i] in CLOSERS:
        i += 1
    cut = i
    if i >= limit or not text[i].isspace():
        return -1
    while i < limit and text[i].isspace():
        i += 1
    if i < limit and text[i] in BRACKETS:
        i += 1
    if i + 1 < limit and text[i] == "'" and text[i + 1] == "'":
        i += 2  # NYT's ''
    elif i < limit and text[i] in QUOTE_OPENERS:
        i += 1
    return cut if i < limit and _sentence_start(ord(text[i])) else -1


def _sentence_start(o: int) -> bool:
    """An ASCII capital or digit (by code point)."""
    return 65 <= o <= 90 or 48 <= o <= 57


def _glued_end(text: str, tok: Token, limit: int) -> bool:
    """Is ``tok`` a period the tokeniser cut off a word because a sentence follows it with no space
    ("APBN.Menurut", see ``kutip/segment/tokens.py``)?"""
    return (
        tok.text == "."
        and tok.start > 0
        and text[tok.start - 1].isalpha()
        and tok.end < limit
        and text[tok.end].isupper()
    )


class _Guards:
    """The protected spans of a paragraph (in text order), asked "is this offset strictly inside one?" by
    binary search rather than by a pass over all of them at every sentence end."""

    def __init__(self, spans: list[Span]) -> None:
        spans = sorted(spans, key=lambda g: g.start)
        self.starts = [g.start for g in spans]
        self.reach: list[int] = []  # the furthest ``end - 1`` of the spans up to each one
        furthest = -1
        for g in spans:
            furthest = max(furthest, g.end - 1)
            self.reach.append(furthest)

    def inside(self, pos: int) -> bool:
        """``any(g.start < pos < g.end - 1 for g in spans)``."""
        i = first_at_or_after(self.starts, pos)  # the spans before ``i`` start before ``pos``
        return i > 0 and self.reach[i - 1] > pos


def _is_boundary(text: str, dot: int, lang: Language) -> bool:
    """False where the period belongs to an abbreviation, an initial or a number."""
    if text[dot] != ".":
        return True
    start, end = _word_before(text, dot)
    if end > start:
        word = text[start:end]
        if len(word) == 1 and word.isupper():
            if start >= 2 and text[start - 1] == "." and text[start - 2].isupper():
                return _opens_with_pronoun(text, dot, lang)  # "in the U.S. He said", not "U.S. Rep. X"
            return False  # an initial: "M. Fadil"
        if word.casefold() in lang.numeral_abbreviations and not _number_follows(text, dot):
            return True  # "She said no. But ...": not "No. 2"
        if word.casefold() in lang.abbreviations:
            return _opens_with_pronoun(text, dot, lang)  # "Sen. Ted Cruz", but "... Jr. He left."
    return True


def _word_before(text: str, dot: int) -> tuple[int, int]:
    """The span of the ASCII letters that end right before ``dot`` (or before a period there: "S.H."),
    within the 12 characters before it; an empty span when there are none. Read backward by code point:
    a regex searched from each of the 12 positions cost a hundred times more."""
    low = max(0, dot - WORD_REACH)
    end = dot
    if end - 1 >= low and text[end - 1] == "\n":
        end -= 1  # the word may end the line before (as the regex ``$`` this replaces read it)
    if end - 1 >= low and text[end - 1] == ".":
        end -= 1
    start = end
    while start > low and _ascii_letter(ord(text[start - 1])):
        start -= 1
    return start, end


def _ascii_letter(o: int) -> bool:
    return 97 <= o <= 122 or 65 <= o <= 90


def _number_follows(text: str, dot: int) -> bool:
    """Does a number follow the period at ``dot`` over spaces ("No. 2", "no. 10")?"""
    k = dot + 1
    while k < len(text) and text[k] == " ":
        k += 1
    return k < len(text) and text[k].isdigit()


def _opens_with_pronoun(text: str, dot: int, lang: Language) -> bool:
    """Does the next sentence open with a pronoun or a determiner ("Smith Jr. He said", "Acme Inc. The
    company")? No name begins with one, so the abbreviation's period ends the sentence too."""
    m = _NEXT_WORD.match(text, dot + 1)
    if m is None:
        return False
    low = m.group(1).casefold()
    return low in lang.pronouns or low in lang.grammar.determiners
