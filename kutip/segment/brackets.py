"""Parentheses in a token range: how deep each token sits, and the small groups news writes in them.

A speaker phrase carries its asides in parentheses ("Rep. Jim Jordan (R-Ohio)", "Budi (52)", "Badan Gizi
Nasional (BGN)"); a grammar that splits on commas or stops at punctuation must not split or stop inside
them. Every finder reads the depth from here rather than counting brackets itself.
"""

from __future__ import annotations

from typing import Final

from kutip.segment.tokens import Token

OPEN: Final = "("  # (Final: compiled, a constant, not a look-up in the module's dict per token)
CLOSE: Final = ")"


def depths(toks: list[Token], clamp: bool = False) -> list[int]:
    """The parenthesis depth after each token: an opening "(" is counted inside its group, a closing ")"
    outside. A ")" that closes nothing gives -1 (the phrase it ends began before ``toks``), or, with
    ``clamp``, is ignored."""
    out: list[int] = []
    depth = 0
    for t in toks:
        if t.text == OPEN:
            depth += 1
        elif t.text == CLOSE:
            depth = max(0, depth - 1) if clamp else depth - 1
        out.append(depth)
    return out


def is_bracket(tok: Token) -> bool:
    return tok.text == OPEN or tok.text == CLOSE


def last_open(toks: list[Token]) -> int:
    """The index of the last "(" of ``toks``, or -1."""
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].text == OPEN:
            return i
    return -1


def matching_open(toks: list[Token]) -> int:
    """The index of the "(" that the ")" ending ``toks`` closes ("(D-Wis. (2nd district))" opens at the
    first), or -1 when ``toks`` does not end in a group."""
    if not toks or toks[-1].text != CLOSE:
        return -1
    depth = 0
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].text == CLOSE:
            depth += 1
        elif toks[i].text == OPEN:
            depth -= 1
            if depth == 0:
                return i
    return -1


def trailing_group(toks: list[Token], end: int | None = None) -> Token | None:
    """The one token of a group "( X )" that ends ``toks[:end]`` ("(52)", "(BGN)"), else None."""
    stop = len(toks) if end is None else end
    if stop < 3 or toks[stop - 1].text != CLOSE or toks[stop - 3].text != OPEN:
        return None
    return toks[stop - 2]


def ends_in_age(toks: list[Token]) -> bool:
    """Does a name with its age end ``toks`` ("Sutrisno (52)", "warga Bekasi, Harapan (35)")?"""
    group = trailing_group(toks)
    return len(toks) >= 4 and group is not None and group.text.isdigit()


def without_trailing_group(toks: list[Token]) -> list[Token]:
    """ "Rep. Gwen Moore (D-Wis.)" -> "Rep. Gwen Moore": the tokens before a parenthesis that ends them."""
    opened = matching_open(toks)
    return toks[:opened] if opened >= 0 else toks
