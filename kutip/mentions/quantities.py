"""Quantities: numbers with their value and unit ("3.000 tentara", "Rp 3,5 juta", "2,65%")."""

from __future__ import annotations

import re
from functools import cache

from kutip.doc import Quantity, Span
from kutip.lang import Language, word_pattern


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
    """"3.000" -> 3000, "3,5" -> 3.5 (decimal comma); "3,000" -> 3000, "3.5" -> 3.5 otherwise."""
    thousands, decimal = (".", ",") if decimal_comma else (",", ".")
    if raw.count(thousands) == 1 and decimal not in raw and len(raw.split(thousands)[1]) != 3:
        return float(raw.replace(thousands, "."))  # "3.5" written with the other convention
    return float(raw.replace(thousands, "").replace(decimal, "."))


def find_quantities(text: str, paras: list[Span], lang: Language) -> list[Quantity]:
    pat = _pattern(lang)
    out: list[Quantity] = []
    for para in paras:
        for m in pat.finditer(text, para.start, para.end):
            if m.group("num"):
                value = parse_number(m.group("num"), lang.decimal_comma)
            else:
                value = float(lang.number_words[m.group("word").casefold()])
                if not (m.group("scale") or m.group("pct") or m.group("cur")):
                    unit = (m.group("unit") or "").casefold()
                    if unit not in lang.units:
                        continue  # "satu" alone is rarely a figure worth listing
            if m.group("scale"):
                value *= lang.scales[m.group("scale").casefold()]
            end = m.end()
            unit = None
            if m.group("cur"):
                unit = lang.currencies.get(m.group("cur").casefold(), m.group("cur").upper())
                end = m.end("scale") if m.group("scale") else m.end("num") if m.group("num") else m.end("word")
            elif m.group("pct"):
                unit, end = "%", m.end("pct")
            elif m.group("unit"):
                word = m.group("unit")
                if word.casefold() in lang.units or (word.islower() and word.casefold() not in lang.stop_words
                                                     and word.casefold() not in lang.months):
                    unit = word.casefold()
                else:
                    end = m.end("scale") if m.group("scale") else m.end("num") if m.group("num") else m.end("word")
            start = m.start()
            out.append(Quantity(start, end, text[start:end], int(value) if value.is_integer() else value, unit))
    return out
