"""Quantities: numbers with their value and unit ("3.000 tentara", "Rp 3,5 juta", "2,65%")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Final

from kutip.doc import Quantity, Span
from kutip.lang import Language, word_pattern
from kutip.segment.tokens import tokens

YEAR: Final = re.compile(r"1[89]\d\d|20\d\d|2100")


@cache
def _pattern(lang: Language) -> re.Pattern[str]:
    currencies = word_pattern({c for c in lang.currencies if not c.isalpha()} | {"Rp", "IDR", "USD", "US$"})
    scales = word_pattern({s for s in lang.scales if len(s) > 1})
    words = word_pattern({w for w in lang.number_words if len(w) > 2})
    sep, dec = (r"\.", ",") if lang.decimal_comma else (",", r"\.")
    number = rf"\d{{1,3}}(?:{sep}\d{{3}})+(?:{dec}\d+)?|\d+(?:{dec}\d+)?"
    return re.compile(
        rf"(?<![\w/.,])(?:(?P<cur>{currencies})\.?\s?)?(?:(?P<num>{number})|(?P<word>{words}))"
        rf"(?:\s?(?P<scale>{scales})\b)?(?:\s?(?P<pct>%|persen\b))?(?:\s(?P<unit>[^\W\d_][\w-]*))?(?![\w/])",
        re.I,
    )


def parse_number(raw: str, decimal_comma: bool) -> float:
    """ "3.000" -> 3000, "3,5" -> 3.5 (decimal comma); "3,000" -> 3000, "3.5" -> 3.5 otherwise."""
    thousands, decimal = (".", ",") if decimal_comma else (",", ".")
    if raw.count(thousands) == 1 and decimal not in raw and len(raw.split(thousands)[1]) != 3:
        return float(raw.replace(thousands, "."))  # "3.5" written with the other convention
    return float(raw.replace(thousands, "").replace(decimal, "."))


def _value(m: re.Match[str], lang: Language) -> float | None:
    bare = not (m.group("scale") or m.group("pct") or m.group("cur"))
    counted = (m.group("unit") or "").casefold() in lang.units
    if m.group("num"):
        value = parse_number(m.group("num"), lang.decimal_comma)
        if bare and not counted and YEAR.fullmatch(m.group("num")):
            return None  # "by 2030", "tahun 2024", "its 2019 survey": a year, not an amount
    else:
        value = float(lang.number_words[m.group("word").casefold()])
        if bare and not counted:
            return None  # "satu" alone is rarely a figure worth listing
    if m.group("scale"):
        value *= lang.scales[m.group("scale").casefold()]
    return value


def _unit(m: re.Match[str], lang: Language) -> tuple[str | None, int]:
    """The unit of a matched figure and where the quantity's text ends."""
    number_end = m.end("scale") if m.group("scale") else m.end("num") if m.group("num") else m.end("word")
    if m.group("cur"):
        return lang.currencies.get(m.group("cur").casefold(), m.group("cur").upper()), number_end
    if m.group("pct"):
        return "%", m.end("pct")
    word = m.group("unit")
    if word:
        low = word.casefold()
        if low in lang.currencies:
            return lang.currencies[low], m.end()  # "1,3 miliar dollar"
        if low in lang.units or (word.islower() and low not in lang.stop_words and low not in lang.months):
            return low, m.end()
    return None, number_end


@cache
def _starters(lang: Language) -> frozenset[str]:
    """Words that may begin a figure besides numbers: number words, currency names, "$"."""
    currencies = {c.rstrip("$") for c in lang.currencies if c.rstrip("$").isalpha()}
    return frozenset(currencies | set(lang.number_words) | {"$"})


def find_quantities(
    text: str, paras: list[Span], lang: Language, skip: Sequence[Span] = ()
) -> list[Quantity]:
    """Figures of the paragraphs, leaving out the ``skip`` ranges (dates are not quantities)."""
    pat = _pattern(lang)
    starters = _starters(lang)
    out: list[Quantity] = []
    for para in paras:
        taken_to = para.start
        for tok in [t for t in tokens(text, para.start, para.end, lang) if t.is_num or t.lower in starters]:
            if tok.start < taken_to:
                continue
            m = pat.match(text, tok.start, para.end)
            if m is None:
                continue
            ms, me = m.span()
            if any(d.start < me and ms < d.end for d in skip):
                continue
            taken_to = m.end()
            value = _value(m, lang)
            if value is None:
                continue
            unit, end = _unit(m, lang)
            value = round(value, 6)
            out.append(
                Quantity(
                    m.start(), end, text[m.start() : end], int(value) if value.is_integer() else value, unit
                )
            )
    return out
