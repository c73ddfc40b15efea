"""Quantities: figures with their value, unit and, for a range, upper end ("3.000 tentara", "Rp 3,5 juta",
"4,7-5,5%").

The claim map compares figures across articles and languages, so a unit has one name in every language
("30 persen" and "30 percent" are both "percent", "Rp" and "rupiah" are "IDR", "orang" and "people" are
"people"); the names live in the language data (``kutip/lang/*/numbers.py``), not here. And a number that
is no amount is not reported (issue 9: a third of the figures had no unit, most of them such numbers): a
year ("tahun 2024"), an age ("Budi (52)", "berusia 52 tahun", "52-year-old"), a clock time ("pukul 14.30
WIB", "3 p.m."), a list marker ("1.", "2)"), the number of an article, a law or a neighbourhood ("Pasal 27
ayat (3)", "UU Nomor 11", "RT 03"), an ordinal ("ke-7"), a label after a name ("SMPN 33"), a code ("0812").
A bare number that is none of these ("korban bertambah menjadi 12") stays, with no unit.

Matching starts only at tokens that can begin a figure (a number, a number word, a currency sign).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from math import isfinite
from typing import TYPE_CHECKING, Final

from kutip.doc import Quantity, Span
from kutip.lang import Language, word_pattern
from kutip.mentions.dates import starter_words
from kutip.segment.offsets import first_at_or_after
from kutip.segment.tokens import Token, ascii_word

if TYPE_CHECKING:
    from mypy_extensions import i64  # a machine integer when compiled (only annotations name it)

    from kutip.segment.article import Article

YEAR: Final = re.compile(r"1[89]\d\d|20\d\d|2100")
PERCENT: Final = "percent"  # the unit of every percent word of every language
DASHES: Final = "-–—"
DIGITS: Final = "0123456789"
LIST_OPENERS: Final = ".!?:;•*" + DASHES  # what may stand before a list marker ("dasar: 1. Kebijakan")
NEVER: Final = re.compile("(?!)")
LABELS: Final = ("reference", "ordinal", "label")  # a list of these goes on: "Pasal 310 dan 311"
VERSION: Final = re.compile(r"\d{1,2}\.0")  # "Industri 4.0", "Web 3.0"
AGE_UNITS: Final = frozenset({"years", "months", "weeks", "days"})  # "berusia 5 bulan"
SENTENCE_STARTS: Final = ("", ".", "!", "?", '"', "“", "”", ":")  # what stands before a sentence's first word


class _Figure:
    """One number (or range) as written: where it starts and ends, its value and unit."""

    __slots__ = (
        "counted", "currency", "digits", "end", "num_end", "scaled", "start", "unit", "upper", "value",
        "word",
    )  # fmt: skip

    def __init__(
        self, start: int, num_end: int, end: int, value: float, unit: str | None, digits: str
    ) -> None:
        self.start = start
        self.num_end = num_end  # end of the digits and scale: all that a number found to be no amount takes
        self.end = end  # end of the unit
        self.value = value
        self.upper: float | None = None
        self.unit = unit
        self.counted = False  # the unit is one of the language data's, or follows a classifier
        self.digits = digits  # the digits as written ("3.000"), "" for a number word
        self.currency = False  # written after a sign ("Rp", "$")
        self.scaled = False  # "juta", "billion"
        self.word = not digits  # a number word ("tiga")


_PATTERNS: Final[dict[Language, dict[str, re.Pattern[str]]]] = {}
_FIGURE_OR_DATE_WORDS: Final[dict[Language, frozenset[str]]] = {}
_FORMS: Final[dict[Language, tuple[dict[str, str], frozenset[str]]]] = {}
_RANGE_HEADS: Final[dict[Language, frozenset[str]]] = {}
_SIGN_HEADS: Final[dict[Language, dict[str, str]]] = {}
_STARTERS: Final[dict[Language, frozenset[str]]] = {}
_SCANS: Final[dict[Language, tuple[str, str, frozenset[str], frozenset[str]]]] = {}
_SUFFIX_FIRSTS: Final[dict[Language, str | None]] = {}
_SIGNS: Final[dict[Language, dict[str, tuple[str, ...]] | None]] = {}


def _patterns(lang: Language) -> dict[str, re.Pattern[str]]:
    """The patterns for ``lang``, built once. Memos here are plain dicts, not ``functools.cache``: these
    are read several times per figure, and compiled code reads a dict far faster than it calls a cache."""
    found = _PATTERNS.get(lang)
    if found is None:
        found = _PATTERNS[lang] = _build_patterns(lang)
    return found


def _build_patterns(lang: Language) -> dict[str, re.Pattern[str]]:
    symbols = word_pattern(lang.currency_symbols)
    scales = word_pattern({s for s in lang.scales if len(s) > 1})
    words = word_pattern({w for w in lang.number_words if len(w) > 2})
    sep, dec = (r"\.", ",") if lang.decimal_comma else (",", r"\.")
    number = rf"\d{{1,3}}(?:{sep}\d{{3}})+(?:{dec}\d+)?|\d+(?:[.,]\d+)?"
    ranges = word_pattern(lang.range_words | lang.range_ands)
    joins = word_pattern(lang.number_joins) or "(?!)"
    links = word_pattern(lang.count_links)
    suffixes = word_pattern(lang.clock_suffixes)
    never = NEVER
    figure = re.compile(
        rf"(?<![\w/.,])(?:(?P<cur>{symbols})\.?\s?)?(?:(?P<num>{number})(?!\d|[.,]\d)|(?P<word>{words})\b)"
        rf"(?:\s?(?P<scale>{scales})\b)?",
        re.I,
    )
    # the same at a digit, where no sign and no number word begins: the long alternations of signs and
    # words are not tried (the groups ``cur`` and ``word`` are there, and never take part: written as a
    # branch that fails and an empty one, as an optional group costs the engine a repeat context)
    digits = re.compile(
        rf"(?<![\w/.,])(?P<num>{number})(?!\d|[.,]\d)(?:\s?{_first_letter(scales)}(?P<scale>{scales})\b)?"
        r"(?:(?P<cur>(?!))|)(?:(?P<word>(?!))|)",
        re.I,
    )
    if any(w[:1].isdigit() for w in [*lang.currency_symbols, *lang.number_words]):
        digits = figure
    return {
        "figure": figure,
        "digits": digits,
        "spelled": re.compile(r"\s?\([^\W\d_]+(?:[\s-][^\W\d_]+)?\)"),  # "5 (lima) tahun"
        "link": re.compile(rf"\s(?:{links})(?=\s)", re.I) if links else never,
        "clock": re.compile(r"(?P<h>\d{1,2})(?P<sep>[:.])(?P<m>\d{2})(?!\d|[.,]\d)"),
        "suffix": re.compile(rf"\s?(?:{suffixes})(?!\w)", re.I) if suffixes else never,
        "dash": re.compile(rf"\s?[{DASHES}]\s?"),
        "to_date": re.compile(rf"\s*(?P<join>[{DASHES}]|(?:{ranges}|{joins})(?=\s))?\s*", re.I),
        "range_word": re.compile(rf"\s+(?P<w>{ranges})\s+", re.I) if ranges else never,
        "joins": re.compile(rf"(?:[{DASHES}\s,;&()/]|(?<!\w)(?:{joins})(?!\w))*", re.I),
    }


def _first_letter(alternation: str) -> str:
    """A lookahead for the first letters of the words of ``alternation`` (built by ``word_pattern``): the
    engine then tries the words only where one may begin ("3.000 orang" tries no "juta", "ribu" ...)."""
    words = [w for w in alternation.split("|") if w]
    if not words or any(w[0] == "\\" for w in words):
        return ""  # (an escaped first character: no gate)
    return "(?=[" + re.escape("".join(sorted({w[0] for w in words}))) + "])"


class _Found:
    """A match of the "figure" pattern: its span and groups, read once (compiled, an attribute is read far
    faster than a group is asked of a ``re.Match``)."""

    __slots__ = ("cur", "end", "num", "scale", "start", "word")

    def __init__(
        self, start: int, end: int, num: str | None, word: str | None, scale: str | None, cur: str | None
    ) -> None:
        self.start = start
        self.end = end
        self.num = num
        self.word = word
        self.scale = scale
        self.cur = cur


def _figure_match(text: str, pos: int, end: int, lang: Language) -> _Found | None:
    """The "figure" pattern matched at ``pos``: a number or a number word read by hand where it can be
    (``_read_at``); else, at an ASCII digit, the pattern without signs and number words, which finds the
    same far faster (no sign or number word of any language begins with a digit)."""
    o = ord(text[pos]) if pos < end else 0
    digit = 48 <= o <= 57
    if digit or 97 <= o <= 122 or 65 <= o <= 90:
        sure, found = _read_at(text, pos, end, lang, digit)
        if sure:
            return found
    m = _patterns(lang)["digits" if digit else "figure"].match(text, pos, end)
    if m is None:
        return None
    num, word, scale, cur = m.group("num", "word", "scale", "cur")
    return _Found(m.start(), m.end(), num, word, scale, cur)


def _read_at(text: str, pos: int, end: int, lang: Language, digit: bool) -> tuple[bool, _Found | None]:
    """The "figure" pattern at the ASCII digit or letter at ``pos``, read by hand: (True, its match or
    None); (False, None) where only the pattern can tell (a word that is no plain number word, a letter
    beyond ASCII, a language ``_scan`` cannot read). Most figures are numbers: this spares each a regex
    call, and a sign ("Rp 5") or a number word ("satu", "dua") the long alternations of signs and words."""
    sep, dec, scales, words = _scan(lang)
    if not sep:
        return False, None
    if pos > 0 and _before_number(text, pos - 1):
        return True, None  # (?<![\w/.,])
    if digit:
        num_end = _number_end(text, pos, end, sep, dec)
        if num_end < 0:
            return True, None
        found = _Found(pos, num_end, text[pos:num_end], None, None, None)
    else:
        sure, signed = _signed_at(text, pos, end, lang, sep, dec)
        if not sure:
            return False, None
        num_end = _ascii_word_end(text, pos, end) if signed is None else pos
        if signed is not None:
            found = signed
        elif num_end < 0 or text[pos:num_end].lower() not in words:
            return False, None
        else:
            found = _Found(pos, num_end, None, text[pos:num_end], None, None)
    if not _extend_over_scale(text, found, end, scales):
        return False, None
    return True, found


def _extend_over_scale(text: str, found: _Found, end: int, scales: frozenset[str]) -> bool:
    """Extend ``found`` over the scale word after it (``(?:\\s?(?P<scale>...)\\b)?``); False where only the
    pattern can tell (a word character beyond ASCII)."""
    num_end = found.end
    start = num_end + 1 if num_end < end and text[num_end].isspace() else num_end  # \s?
    stop = _ascii_word_end(text, start, end)
    if stop < 0:
        return False
    scale = text[start:stop] if stop - start > 1 else ""
    if scale and scale.lower() in scales:
        found.scale, found.end = scale, stop
    return True


def _signed_at(
    text: str, pos: int, end: int, lang: Language, sep: str, dec: str
) -> tuple[bool, _Found | None]:
    """A currency sign at the ASCII letter at ``pos`` and the number after it ("Rp 5", "Rp. 5", "US$5"), as
    the "figure" pattern reads them: the signs tried longest first, then ``\\.?\\s?`` and a number (taking
    no dot or space leaves none to read). (True, the match without its scale), (True, None) when no sign
    begins a figure here, (False, None) where only the pattern can tell (a number word after the sign, a
    character beyond ASCII)."""
    signs = _signs(lang)
    if signs is None:
        return False, None
    for sign in signs.get(chr(ord(text[pos]) | 32), ()):
        stop = pos + len(sign)
        written = text[pos:stop] if stop <= end else ""
        if written.lower() != sign:
            if not written.isascii():
                return False, None  # "ſ" matches "s" without case
            continue
        j = stop + 1 if stop < end and text[stop] == "." else stop
        j = j + 1 if j < end and text[j].isspace() else j
        o = ord(text[j]) if j < end else 0
        if o > 127 or 97 <= (o | 32) <= 122:
            return False, None
        num_end = _number_end(text, j, end, sep, dec) if 48 <= o <= 57 else -1
        if num_end >= 0:
            return True, _Found(pos, num_end, text[j:num_end], None, None, written)
    return True, None


def _signs(lang: Language) -> dict[str, tuple[str, ...]] | None:
    """The currency signs that begin with an ASCII letter, lower-cased, by that letter, longest first (the
    order of the pattern's alternation); None when a sign holds a letter beyond ASCII, which may match an
    ASCII one without case ("ſ", the Kelvin sign)."""
    if lang not in _SIGNS:
        _SIGNS[lang] = _build_signs(lang)
    return _SIGNS[lang]


def _build_signs(lang: Language) -> dict[str, tuple[str, ...]] | None:
    """``_SIGNS``' entry for a language: its currency signs by first character, longest first; None when a
    sign has a cased letter beyond ASCII (then the figure pattern alone reads signs)."""
    signs = [s.casefold() for s in lang.currency_symbols]
    if any(not c.isascii() and (c.lower() != c or c.upper() != c) for s in signs for c in s):
        return None
    out: dict[str, list[str]] = {}
    for sign in sorted(signs, key=len, reverse=True):
        if sign[:1].isascii() and sign[:1].isalpha() and sign not in out.get(sign[0], []):
            out.setdefault(sign[0], []).append(sign)
    return {first: tuple(signs) for first, signs in out.items()}


def _scan(lang: Language) -> tuple[str, str, frozenset[str], frozenset[str]]:
    """(thousands separator, decimal mark, scale words, number words) for ``_read_at``, lower-cased;
    ("", "", empty, empty) when it cannot read the language's numbers."""
    found = _SCANS.get(lang)
    if found is None:
        found = _SCANS[lang] = _build_scan(lang)
    return found


def _build_scan(lang: Language) -> tuple[str, str, frozenset[str], frozenset[str]]:
    """Read by hand only scales that are plain ASCII words, and only number words that are, that begin no
    longer number word and no currency sign and that no sign begins ("rp", "s$"): where one of those stands,
    the pattern may read the sign, or a longer word, and is asked."""
    scales = frozenset(s for s in lang.scales if len(s) > 1)  # those the patterns read
    plain = bool(scales) and all(s.isascii() and s.isalpha() and s.islower() for s in scales)
    if not plain or any(w[:1].isdigit() for w in [*lang.currency_symbols, *lang.number_words]):
        return "", "", frozenset(), frozenset()
    sep, dec = (".", ",") if lang.decimal_comma else (",", ".")
    signs = [s.casefold() for s in lang.currency_symbols]
    every = [w.casefold() for w in lang.number_words if len(w) > 2]  # those the "figure" pattern reads
    words = frozenset(
        w
        for w in every
        if w.isascii() and w.isalpha()
        and not any(o != w and o.startswith(w) for o in every)
        and not any(s.startswith(w) or w.startswith(s) for s in signs)
    )  # fmt: skip
    return sep, dec, scales, words


def _number_end(text: str, pos: int, end: int, sep: str, dec: str) -> int:
    """End of the number at the digit at ``pos`` as the patterns read it, -1 when they read none: digits in
    groups of three (``\\d{1,3}(?:SEP\\d{3})+(?:DEC\\d+)?``) or plain (``\\d+(?:[.,]\\d+)?``), then neither a
    digit nor a mark before one. Read greedily, as the regex engine would backtrack into no other match
    (every shorter reading leaves a digit, or a mark before one, next)."""
    run = _digits_end(text, pos, end)
    if run - pos <= 3:
        grouped = _grouped_end(text, run, end, sep, dec)
        if grouped > run and _number_stops(text, grouped, end):
            return grouped
    j = run
    if j + 1 < end and (text[j] == "." or text[j] == ",") and _is_digit(text, j + 1):
        j = _digits_end(text, j + 1, end)
    return j if _number_stops(text, j, end) else -1


def _grouped_end(text: str, j: int, end: int, sep: str, dec: str) -> int:
    """End of the groups of three digits after ``sep`` from ``j`` ("3[.000.000]") and the decimal part
    after them; ``j`` when no group follows."""
    start = j
    while j + 3 < end and text[j] == sep and _is_digit(text, j + 1) and _is_digit(text, j + 2):
        if not _is_digit(text, j + 3):
            break
        j += 4
    if j > start and j + 1 < end and text[j] == dec and _is_digit(text, j + 1):
        j = _digits_end(text, j + 1, end)
    return j


def _digits_end(text: str, j: int, end: int) -> int:
    while j < end and _is_digit(text, j):
        j += 1
    return j


def _is_digit(text: str, i: int) -> bool:
    """``\\d`` at ``i``: a decimal digit of any script, ASCII by code point."""
    o = ord(text[i])
    return 48 <= o <= 57 or (o > 127 and text[i].isdecimal())


def _number_stops(text: str, j: int, end: int) -> bool:
    """``(?!\\d|[.,]\\d)`` at ``j``."""
    if j < end and _is_digit(text, j):
        return False
    return not (j + 1 < end and (text[j] == "." or text[j] == ",") and _is_digit(text, j + 1))


def _before_number(text: str, i: int) -> bool:
    """Does the character at ``i`` keep a number from starting after it (``[\\w/.,]``)?"""
    o = ord(text[i])
    if o < 128:
        return ascii_word(o) or o == 47 or o == 46 or o == 44
    return text[i].isalnum()


def _ascii_word_end(text: str, j: int, end: int) -> int:
    """End of the run of ``\\w`` from ``j``; -1 when a word character beyond ASCII is in it (a scale word
    matched without case may be written with one: "ſ" of "s")."""
    while j < end:
        o = ord(text[j])
        if o < 128:
            if not ascii_word(o):
                break
        elif text[j].isalnum():
            return -1
        else:
            break
        j += 1
    return j


def _starters(lang: Language) -> frozenset[str]:
    """Token texts that may begin a figure besides numbers: number words, and currency signs or the word
    they begin with ("rp", "us" of "US$", "$"). (A plain dict, as for the patterns: read per paragraph.)"""
    found = _STARTERS.get(lang)
    if found is None:
        found = _STARTERS[lang] = _build_starters(lang)
    return found


def _build_starters(lang: Language) -> frozenset[str]:
    words: set[str] = set()
    for sym in lang.currency_symbols:
        m = re.match(r"[^\W\d_]+", sym)
        words.add(m.group() if m else sym[0])
    return frozenset(words | set(lang.number_words))


def _sign_heads(lang: Language) -> dict[str, str]:
    """The starters that begin a figure only as the first letters of a currency sign ("a" of "A$", "us"
    of "US$", "usd"), each with the characters that follow them in a sign ("$", "d")."""
    found = _SIGN_HEADS.get(lang)
    if found is None:
        found = _SIGN_HEADS[lang] = _build_sign_heads(lang)
    return found


def _build_sign_heads(lang: Language) -> dict[str, str]:
    symbols = [s.casefold() for s in lang.currency_symbols]
    words = [w.casefold() for w in lang.number_words if len(w) > 2]  # those the "figure" pattern reads
    out: dict[str, str] = {}
    for head in _starters(lang):
        if not (head.isascii() and head.isalpha()) or head in symbols:
            continue
        if any(w.startswith(head) for w in words):
            continue
        out[head] = "".join(s[len(head)] for s in symbols if s.startswith(head) and len(s) > len(head))
    return out


def _sign_may_follow(text: str, tok: Token, heads: dict[str, str]) -> bool:
    """False when ``tok`` is the head of a currency sign and the rest of no sign follows it ("a" in "a
    lot", "us" in "told us"): the "figure" pattern cannot match there, and is not tried."""
    follows = heads.get(tok.lower)
    if follows is None or not tok.text.isascii():
        return True
    after = text[tok.end : tok.end + 1]
    return after == "" or after.isalnum() or after in follows


def parse_number(raw: str, decimal_comma: bool) -> float:
    """ "3.000" -> 3000, "3,5" -> 3.5 (decimal comma); "3,000" -> 3000, "3.5" -> 3.5 otherwise."""
    if raw.isdigit():
        return float(raw)  # (no mark: the common case, spared the counting and replacing)
    thousands, decimal = (".", ",") if decimal_comma else (",", ".")
    if raw.count(thousands) == 1 and decimal not in raw and len(raw.split(thousands)[1]) != 3:
        return float(raw.replace(thousands, "."))  # "3.5" written with the other convention
    return float(raw.replace(thousands, "").replace(decimal, "."))


def _unit_forms(lang: Language) -> tuple[dict[str, str], frozenset[str]]:
    """Every unit form of the language data, lower-cased, -> its shared name ("" for a classifier that is
    no unit by itself), and the word sequences that begin a longer form ("dolar", "dolar amerika")."""
    found = _FORMS.get(lang)
    if found is None:
        found = _FORMS[lang] = _build_unit_forms(lang)
    return found


def _build_unit_forms(lang: Language) -> tuple[dict[str, str], frozenset[str]]:
    forms = {c: "" for c in lang.classifiers}
    forms.update(lang.units)
    forms.update(lang.currencies)
    forms.update(dict.fromkeys(lang.percent_words, PERCENT))
    words = [f.split() for f in forms]
    return forms, frozenset(" ".join(w[:i]) for w in words for i in range(1, len(w)))


def _known_unit(text: str, pos: int, end: int, lang: Language) -> tuple[str | None, int]:
    """A unit of the language data written at ``pos`` ("orang", "dolar AS", "ekor sapi", "%"), by its
    shared name, and where it ends; (None, pos) when there is none."""
    percent = _percent_end(text, pos)
    if percent > 0:
        return PERCENT, percent
    start, stop, _ = _word_after(text, pos, end)
    if stop == start:
        return None, pos
    return _known_from(text, text[start:stop], stop, end, lang, pos)


def _known_from(text: str, word: str, at: int, end: int, lang: Language, pos: int) -> tuple[str | None, int]:
    """The longest unit of the language data that begins with ``word`` (ending at ``at``), by its shared
    name, and where it ends; (None, pos) when there is none. Dictionary look-ups, word by word: compiled,
    far faster than a regex of every form."""
    forms, prefixes = _unit_forms(lang)
    key = word.casefold()
    form, form_end = (key, at) if key in forms else ("", -1)
    while key in prefixes:  # "dolar" -> "dolar as", "dolar amerika serikat"
        stop = _next_word(text, at, end)
        if stop == at:
            break
        key, at = f"{key} {text[at + 1 : stop].casefold()}", stop
        if key in forms:
            form, form_end = key, at
    if form_end < 0:
        return None, pos
    if form in lang.classifiers:
        counted, after, _ = _written_unit(text, form_end, end, lang)
        if counted is not None:
            return counted, after  # "lima ekor sapi": sapi
    if form in lang.currencies and _figure_match(text, form_end + 1, end, lang):
        return None, pos  # "2024 USD 5 juta": the sign of the next figure
    return forms[form] or form, form_end


def _written_unit(text: str, pos: int, end: int, lang: Language) -> tuple[str | None, int, bool]:
    """The unit right after a number at ``pos``, where it ends, and whether the language data counts with
    it: a unit of the language data by its shared name (also after a classifier: "lima ekor sapi"), else
    a lower-case noun as written ("12 talenta"; not a verb or adjective of the trained lexicon) or an
    acronym ("159 SPPG"); (None, pos, False) when none. Where modifiers come first (English: "3,000 North
    Korean troops"), a known unit up to two words on wins over the first word."""
    if lang.count_links:
        link = _patterns(lang)["link"].match(text, pos, end)  # "thousands of people"
        pos = link.end() if link else pos
    percent = _percent_end(text, pos)
    if percent > 0:
        return PERCENT, percent, True
    start, stop, spaced = _word_after(text, pos, end)
    if stop == start:
        return None, pos, False
    word = text[start:stop]
    unit, unit_end = _known_from(text, word, stop, end, lang, pos)
    if unit is not None:
        return unit, unit_end, True
    low = word.casefold()
    if not spaced or low in lang.stop_words or low in lang.rate_words:
        return None, pos, False  # "Rp 5.000 per kg": what follows "per" is the denominator
    if low in lang.months or low in lang.weekdays or low in lang.clock_suffixes:
        return None, pos, False
    if lang.grammar.head_final:
        at = stop
        for _ in range(2):
            later = _next_word(text, at, end)
            if later == at or text[at + 1 : later].casefold() in lang.stop_words:
                break
            unit, unit_end = _known_from(text, text[at + 1 : later], later, end, lang, pos)
            if unit is not None:
                return unit, unit_end, True
            at = later
    if word.islower() and low not in lang.predicates:  # "1,27 turun": a verb, not what is counted
        return low, stop, False
    if word.isupper() and 2 <= len(word) <= 6 and low not in lang.reference_words:
        return word, stop, False
    return None, pos, False


def _percent_end(text: str, pos: int) -> int:
    """End of a "%" or " %" at ``pos``, -1 when none stands there (``text.startswith`` at a position is a
    method call when compiled; a code point is read inline)."""
    n = len(text)
    j = pos + 1 if pos + 1 < n and ord(text[pos]) == 32 else pos
    return j + 1 if j < n and ord(text[j]) == 37 else -1


def _word_end(text: str, pos: int, end: int) -> int:
    """End of the word that starts at ``pos``, or ``pos`` when none does: a letter, then letters, digits,
    "²" and inner "'", "’", "-" ("orang", "luka-luka", "m²", "Jum'at"; "partai'" ends before the mark).
    A loop, not a regex: compiled, it is several times faster, and it runs for every figure."""
    if pos >= end or not _alpha_at(text, pos):
        return pos
    j = last = pos + 1
    while j < end:
        o = ord(text[j])
        if (o < 128 and ascii_word(o) and o != 95) or (o > 127 and (text[j].isalnum() or o == 0xB2)):
            j += 1  # a letter, a digit or "²"
            last = j
        elif (o == 39 or o == 0x2019 or o == 45) and not (o == 45 and j + 1 < end and text[j + 1].isdigit()):
            j += 1  # a mark that may stand inside a word: "'", "’", "-"
        else:  # ("5 persen-6 persen": the word ends before a dash that leads to a number)
            break
    return last


def _alpha_at(text: str, i: int) -> bool:
    """``text[i].isalpha()``, ASCII read by code point."""
    o = ord(text[i])
    return 97 <= (o | 32) <= 122 if o < 128 else text[i].isalpha()


def _word_after(text: str, pos: int, end: int) -> tuple[int, int, bool]:
    """Start and end of the word right after a number at ``pos`` ("5 orang", "3-day", "5km"), and whether
    a space stands before it; start == end when there is none."""
    c = text[pos : pos + 1]
    start = pos + 1 if c and (c.isspace() or c == "-") else pos
    return start, _word_end(text, start, end), start > pos and c.isspace()


def _next_word(text: str, pos: int, end: int) -> int:
    """End of the word after the whitespace at ``pos`` ("5 [dolar] [AS]"), or ``pos`` when there is none."""
    if not text[pos : pos + 1].isspace():
        return pos
    stop = _word_end(text, pos + 1, end)
    return stop if stop > pos + 1 else pos


def _word_goes_on(text: str, pos: int, end: int) -> bool:
    """Whether a period or an apostrophe at ``pos`` goes on into a word that starts no sentence
    ("20.detik.com", "7308.XX", "the 90’s")."""
    if text[pos] not in ".'’" or pos + 1 >= end or not text[pos + 1].isalpha():
        return False
    return text[pos] != "." or text[pos + 1].islower() or text[pos + 2 : pos + 3].isupper()


def _years(digits: str) -> bool:
    """Whether ``digits`` are two years written with a comma and no space ("1979,1980")."""
    if len(digits) != 9 or digits[4] not in ",.":
        return False
    return YEAR.fullmatch(digits[:4]) is not None and YEAR.fullmatch(digits[5:]) is not None


def _year(text: str, m: _Found, end: int, lang: Language) -> bool:
    """Whether a match of the "figure" pattern is a year alone ("tahun 2024", "pada 2024 Rp 18 triliun"):
    four digits with no sign, scale or percent."""
    digits = m.num
    if not digits or len(digits) != 4:
        return False
    if m.cur or m.scale or not _year_digits(digits):
        return False
    after = m.end
    if _percent_end(text, after) > 0:
        return False
    start, stop, _ = _word_after(text, after, end)
    return text[start:stop].casefold() not in lang.percent_words


def _year_digits(digits: str) -> bool:
    """``YEAR.fullmatch(digits)``, for four ASCII digits without the regex call."""
    if not digits.isascii():
        return YEAR.fullmatch(digits) is not None
    return digits.isdigit() and ("1800" <= digits <= "2099" or digits == "2100")


def _figure(m: _Found, text: str, end: int, lang: Language) -> _Figure | None:
    """The figure of a match of the "figure" pattern, with its unit; None for a number that a word goes on
    from ("10th", "17an")."""
    word, scale, cur = m.word or "", m.scale, m.cur
    digits = m.num or ""
    value = parse_number(digits, lang.decimal_comma) if digits else float(lang.number_words[word.casefold()])
    if scale:
        value *= lang.scales[scale.casefold()]
    if not isfinite(value):
        return None  # four hundred nines: no figure
    start, num_end = m.start, m.end
    if cur:
        fig = _Figure(start, num_end, num_end, value, lang.currency_symbols[cur.casefold()], digits)
        fig.currency = fig.counted = True
        after, after_end = _known_unit(text, num_end, end, lang)
        if after == fig.unit:
            fig.end = after_end  # "Rp 5 juta rupiah"
    else:
        spelled = None
        if "(" in text[num_end : num_end + 2]:
            spelled = _patterns(lang)["spelled"].match(text, num_end, end)
        unit, unit_end, counted = _written_unit(text, spelled.end() if spelled else num_end, end, lang)
        if unit is None and num_end < end and (text[num_end].isalpha() or _word_goes_on(text, num_end, end)):
            return None  # "10th", "17an", "20.detik.com", "the 90’s"
        fig = _Figure(start, num_end, unit_end if unit else num_end, value, unit, digits)
        fig.counted = counted
    fig.scaled = bool(scale)
    return fig


def _range_heads(lang: Language) -> frozenset[str]:
    """First words of the words that join the two ends of a range ("hingga", "s" of "s.d.", "between")."""
    found = _RANGE_HEADS.get(lang)
    if found is None:
        words = lang.range_words | lang.range_ands
        found = _RANGE_HEADS[lang] = frozenset(w[: _word_end(w, 0, len(w))].casefold() for w in words)
    return found


def _range(text: str, low: _Figure, end: int, lang: Language, opener: str) -> _Figure | None:
    """``low`` and the figure after it as one range ("4,7-5,5%", "10 hingga 15 persen", "between 3,000 and
    5,000 troops", "Rp 10 juta-Rp 15 juta"), or None. ``opener`` is the word before ``low``; after "dari" /
    "from", two numbers are a change, not a range, and a bare first one takes the second one's unit."""
    link, change = _range_link(text, low, end, lang, opener)
    if link is None:
        return None
    m = _figure_match(text, link.end(), end, lang)
    high = _figure(m, text, end, lang) if m else None
    if m is None or high is None or high.word != low.word:
        return None
    if high.digits[:1] == "0" and len(high.digits) > 1:
        return None
    if change:  # "rose from 3 to 5 percent": two values, the first in the unit of the second
        if low.unit is None and high.unit is not None and not high.currency:
            low.unit, low.counted = high.unit, high.counted
        return None
    return _joined_range(low, high, m, lang)


def _range_link(
    text: str, low: _Figure, end: int, lang: Language, opener: str
) -> tuple[re.Match[str] | None, bool]:
    """The dash or range word after ``low`` that may join a second figure ("-", "hingga", "to"), and
    whether the two are a change rather than a range ("dari 3 menjadi 5", "from 3 to 5")."""
    pats = _patterns(lang)
    first, second = text[low.end : low.end + 1], text[low.end + 1 : low.end + 2]
    if (first and first in DASHES) or (first == " " and second and second in DASHES):
        return pats["dash"].match(text, low.end, end), False
    if not (first.isspace() and second and _alpha_at(second, 0)):
        return None, False
    stop = _next_word(text, low.end, end)
    if text[low.end + 1 : stop].casefold() not in _range_heads(lang):
        return None, False  # the cheap test first: most figures are followed by a word that joins nothing
    j = pats["range_word"].match(text, low.end, end)
    if j is None or (j["w"].casefold() in lang.range_ands and opener not in lang.range_openers):
        return None, False
    return j, opener in lang.change_openers


def _joined_range(low: _Figure, high: _Figure, m: _Found, lang: Language) -> _Figure | None:
    """One figure from ``low`` to ``high`` in one unit, or None when the two are no range ("5 orang hingga
    10 tahun", "skor 3-1")."""
    if low.currency and not high.currency and high.unit is not None and not high.counted:
        high.unit, high.end = None, high.num_end  # "Rp 10-15 juta per orang", "Rp 10-15 juta ribu"
    unit = low.unit or high.unit
    if low.unit is not None and high.unit != low.unit and not (high.unit is None and low.currency):
        return None  # "5 orang hingga 10 tahun", "naik 5 persen hingga 2026"
    value = low.value
    if high.scaled and not low.scaled:
        scale = lang.scales[(m.scale or "").casefold()]
        if value * scale <= high.value:
            value *= scale  # "10-15 juta": ten million to fifteen million
    if value > high.value:
        return None  # "skor 3-1": a score
    out = _Figure(low.start, high.num_end, high.end, value, unit, low.digits)
    out.upper = high.value
    out.currency, out.scaled, out.counted = low.currency, high.scaled, low.counted or high.counted
    return out


def _word_before(text: str, pos: int, lo: int) -> tuple[str, int]:
    """The word that ends just before ``pos`` (over spaces, "(" and a period), lower-cased, and its start."""
    i = pos
    while i > lo and _skipped_before_word(ord(text[i - 1])):
        i -= 1
    j = i
    ascii_only = True
    while j > lo and _word_character(text, j - 1):
        j -= 1
        ascii_only = ascii_only and ord(text[j]) < 128
    word = text[j:i]
    return (word.lower() if ascii_only else word.casefold()), j  # the same for ASCII; lower() is inline


def _skipped_before_word(o: i64) -> bool:
    """A space, a tab, "(" or "." (by code point, as ``_word_before`` reads every character so)."""
    return o == 32 or o == 9 or o == 40 or o == 46


def _word_character(text: str, i: i64) -> bool:
    """``text[i].isalnum() or text[i] in "-'’"``, ASCII read by code point."""
    o: i64 = ord(text[i])
    if o < 128:
        return 97 <= o <= 122 or 65 <= o <= 90 or 48 <= o <= 57 or o == 45 or o == 39
    return o == 0x2019 or text[i].isalnum()


def _char_before(text: str, pos: int, lo: int) -> str:
    """The last non-space character before ``pos`` in the paragraph, "" at its start."""
    i = pos
    while i > lo and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > lo else ""


def _char_after(text: str, pos: int, hi: int) -> str:
    i = pos
    while i < hi and text[i].isspace():
        i += 1
    return text[i] if i < hi else ""


def _in_code(text: str, fig: _Figure, para: Span) -> bool:
    """Whether a bare number is a piece of a code, a ratio or a phone number: glued to "/", "+" or ":"
    and another number, or one of digit groups written with spaces."""
    start, end = fig.start, fig.num_end
    after = text[end : end + 2]
    if after[:1] == "/" or (after[:1] in "+:" and after[1:].isdigit()):
        return True
    before = text[max(para.start, start - 2) : start]
    return before[-1:] == "+" or (before[-1:] in ": " and before[:1].isdigit())


def _after_age_word(text: str, fig: _Figure, word: str, pos: int, lo: int, lang: Language) -> bool:
    """Whether ``word`` (starting at ``pos``) or one of the two words before it is an age word ("berusia
    sekitar 40 tahun") before a bare number or a span of time."""
    if fig.counted and fig.unit not in AGE_UNITS:
        return False
    for _ in range(2):
        if not word or word in lang.age_words:
            return bool(word)
        word, pos = _word_before(text, pos, lo)
    return word in lang.age_words


def _capitalised_before(text: str, pos: int, lo: int) -> bool:
    """Whether a capitalised word stands before the comma before ``pos`` ("John Smith, 52,")."""
    i = pos
    while i > lo and text[i - 1] in " ,":
        i -= 1
    word, start = _word_before(text, i, lo)
    return bool(word) and text[start].isupper()


def _clock_end(text: str, pos: int, lo: int, end: int, lang: Language) -> int:
    """End of a clock time at ``pos`` ("14.30", "10.00 WIB", "10:30 a.m."), 0 when there is none. "10:30"
    is a time; "14.30" is one with a decimal comma when a clock word or time zone goes with it ("pukul
    10.17", "16.00-19.00 WIB") or when it is written like one ("09.30", "10.00"), while "1.26" may be a
    decimal written the English way."""
    pats = _patterns(lang)
    m = pats["clock"].match(text, pos, end)
    if m is None or int(m["h"]) > 24 or int(m["m"]) > 59:
        return 0
    suffix = _clock_suffix_end(text, m.end(), end, lang)
    if suffix > 0:
        return suffix
    if m["sep"] == ":":
        return m.end()
    if not lang.decimal_comma or _written_unit(text, m.end(), end, lang)[0] is not None:
        return 0
    after = pats["dash"].match(text, m.end(), end)
    later = pats["clock"].match(text, after.end(), end) if after else None
    if later and _clock_suffix_end(text, later.end(), end, lang) > 0:
        return m.end()  # "16.00-19.00 WIB"
    if _word_before(text, pos, lo)[0] in lang.clock_words or m["h"][0] == "0" or m["m"] == "00":
        return m.end()
    return 0


def _clock_suffix_end(text: str, pos: int, end: int, lang: Language) -> int:
    """End of the time zone or clock suffix at ``pos`` ("WIB", " p.m."), -1 when none: the "suffix" pattern,
    asked only where the character after an optional space may begin a suffix (most figures have none)."""
    firsts = _suffix_firsts(lang)
    j = pos + 1 if pos < end and text[pos].isspace() else pos  # \s?
    if firsts is not None and (j >= end or (ord(text[j]) < 128 and text[j] not in firsts)):
        return -1
    m = _patterns(lang)["suffix"].match(text, pos, end)
    return m.end() if m else -1


def _suffix_firsts(lang: Language) -> str | None:
    """The first characters of the clock suffixes in both cases ("wWuUgG"); None where that tells nothing
    (a suffix that begins beyond ASCII, or with a space, which the pattern's ``\\s?`` may take)."""
    if lang not in _SUFFIX_FIRSTS:
        firsts = [s[:1] for s in lang.clock_suffixes]
        plain = all(f and f.isascii() and not f.isspace() for f in firsts)
        _SUFFIX_FIRSTS[lang] = "".join(f.lower() + f.upper() for f in firsts) if plain else None
    return _SUFFIX_FIRSTS[lang]


def _not_an_amount(
    text: str, fig: _Figure, word: str, word_start: int, para: Span, lang: Language
) -> str | None:
    """Why ``fig`` is no amount ("year", "age", "clock", "list", "reference", "ordinal", "label", "code",
    "score", "word"), or None when it is one. ``word`` is the word before it, starting at ``word_start``."""
    if fig.currency or fig.unit == PERCENT:
        return None  # money and shares are amounts, whatever stands around them
    if _after_age_word(text, fig, word, word_start, para.start, lang):
        return "age"  # "berusia 52 tahun", "berusia minimal 17 tahun", "aged 52"
    if any(text[fig.num_end : fig.num_end + len(s)].casefold() == s for s in lang.age_suffixes):
        return "age"  # "52-year-old"
    if word in lang.clock_words or _clock_suffix_end(text, fig.num_end, para.end, lang) > 0:
        return "clock"  # "3 p.m.", "pukul 9 pagi"
    if fig.word and not fig.counted and not fig.scaled:
        return "word"  # "satu" alone, "dua arah": rarely a figure worth listing
    number = text[fig.start : _word_end(text, fig.start, fig.num_end)].casefold() if fig.word else ""
    if number and f"{word} {number}" in lang.not_counting:
        return "word"  # "salah satu pelaku": one of them
    if not fig.scaled and ((len(fig.digits) == 4 and _year_digits(fig.digits)) or _years(fig.digits)):
        return "year"  # "by 2030", "tahun 2024", "2019 silam", "2019 dan 2024 pemilih", "1979,1980"
    if word in lang.reference_words:
        return "reference"  # "Pasal 27 ayat (3)", "UU Nomor 11", "RT 03"
    if any(text[fig.start - len(p) : fig.start].casefold() == p for p in lang.ordinal_prefixes):
        return "ordinal"  # "ke-7"
    if not fig.counted and _after_ordinal(text, fig.start, para.start, lang):
        return "ordinal"  # "ke-7 dan 8"
    if fig.unit is not None and fig.unit != "years":
        return None
    before, after = _char_before(text, fig.start, para.start), _char_after(text, fig.end, para.end)
    if before == "(" and after == ")" and fig.digits.isdigit():
        return "age"  # "Budi (52)", "(52 tahun)"; also "ayat (2)", "(3)"
    if fig.unit is not None or fig.upper is not None:
        return None
    return _bare_reason(text, fig, word, word_start, para, lang)


def _bare_reason(
    text: str, fig: _Figure, word: str, word_start: int, para: Span, lang: Language
) -> str | None:
    """Why a bare number (no unit) is no amount, or None. ``word`` is the word before it."""
    before, after = _char_before(text, fig.start, para.start), _char_after(text, fig.end, para.end)
    digits, end = fig.digits, fig.num_end
    mark = text[end : end + 2]
    marker = digits.isdigit() and len(digits) <= 2 and mark[:1] in (".", ")") and not mark[1:2].strip()
    if marker and (before == "" or before in LIST_OPENERS or (mark[0] == ")" and before != "(")):
        return "list"  # "1. Kebijakan", "dasar: 2. ...", "syarat 1) ..."
    leading_zero = len(digits) > 1 and digits[0] == "0" and digits[1].isdigit()
    if leading_zero or (digits.isdigit() and len(digits) > 6):
        return "code"  # "RT 03", "0812-...", an ID or a timestamp ("1474387200"): amounts have separators
    if _in_code(text, fig, para):
        return "code"  # "12/PUU-XVIII/2020", "1/2", "+62", "17+8", "1:9", "+61 450 475 094"
    if before == after == "," and fig.value < 120 and _capitalised_before(text, fig.start, para.start):
        return "age"  # "John Smith, 52, said"
    if _joined_to_number(text, end, para.end, lang):
        return "score"  # "skor 3-1", "a 3 to 1 margin", "021-5550": two numbers, no range
    return _label(text, fig, word, word_start, before, para, lang)


def _joined_to_number(text: str, pos: int, end: int, lang: Language) -> bool:
    """Whether a dash or a range word joins the number ending at ``pos`` to another number."""
    return _joined_number_end(text, pos, end, lang) > pos


def _joined_number_end(text: str, pos: int, end: int, lang: Language) -> int:
    """The end of the number a dash or a range word joins to the number ending at ``pos`` ("3 to 1"), or
    ``pos`` when none is joined."""
    pats = _patterns(lang)
    joined = pats["dash"].match(text, pos, end) or pats["range_word"].match(text, pos, end)
    if joined is None or joined.group().strip().casefold() in lang.range_ands:
        return pos
    j = joined.end()
    if not text[j : j + 1].isdigit():
        return pos
    while j < end and (text[j].isdigit() or (text[j] in ".," and text[j + 1 : j + 2].isdigit())):
        j += 1
    return j


def _label(
    text: str, fig: _Figure, word: str, word_start: int, before: str, para: Span, lang: Language
) -> str | None:
    """ "label" for a small number that is part of a name ("SMPN 33", "Boarding 3", "October 12",
    "Industri 4.0", "Covid - 19"), "ordinal" for "ke - 57"; None otherwise. ``word`` is the word before."""
    digits = fig.digits
    label = (digits.isdigit() and len(digits) <= 3) or VERSION.fullmatch(digits) is not None
    if before and before in DASHES:  # "Covid - 19", "SJ - 182", "ke - 57" (detokenized texts space dashes)
        i = fig.start
        while i > para.start and (text[i - 1].isspace() or text[i - 1] in DASHES):
            i -= 1
        word, word_start = _word_before(text, i, para.start)
        if word + "-" in lang.ordinal_prefixes:
            return "ordinal"
        label = digits.isdigit()
    capitalised = bool(word) and text[word_start].isupper() and word not in lang.stop_words
    if label and capitalised and _char_before(text, word_start, para.start) not in SENTENCE_STARTS:
        return "label"  # after a capitalised word that starts no sentence
    return None


def _after_ordinal(text: str, start: int, lo: int, lang: Language) -> bool:
    """Whether the number at ``start`` goes on a list that an ordinal opened ("ke-7 dan 8", "ke-7, 8")."""
    i = start
    while i > lo and text[i - 1] in " ,":
        i -= 1
    word, word_start = _word_before(text, i, lo)
    if word in lang.number_joins:
        i = word_start
        while i > lo and text[i - 1] in " ,":
            i -= 1
        word = _word_before(text, i, lo)[0]
    return _ordinal(word, lang)


def _ordinal(word: str, lang: Language) -> bool:
    """Whether a word is an ordinal written with a prefix ("ke-7")."""
    return any(word.startswith(p) and word[len(p) : len(p) + 1].isdigit() for p in lang.ordinal_prefixes)


def find_quantities(
    art: Article, skip: Sequence[Span] = (), starts: list[int] | None = None
) -> list[Quantity]:
    """Figures of the article's paragraphs, leaving out the ``skip`` ranges (dates are not quantities).
    ``starts`` (indices of tokens, in order) holds every token a figure may begin at, and may hold others
    (see ``figure_starts``)."""
    dates = _Dates(skip)
    if starts is None:
        starts = figure_starts(art)
    out: list[Quantity] = []
    for para in art.paragraphs:
        out.extend(_paragraph_quantities(art, para, dates, starts))
    return out


def figure_starts(art: Article) -> list[int]:
    """The indices of the tokens at which a figure (``_may_begin``) or a date (``dates.starter_words``) may
    begin: one pass over the article with one set look-up per token, for both finders, which then visit
    only these tokens rather than test every one against their own words."""
    lang = art.lang
    words = _FIGURE_OR_DATE_WORDS.get(lang)
    if words is None:
        words = _FIGURE_OR_DATE_WORDS[lang] = _starters(lang) | starter_words(lang)
    return [  # ``_may_begin`` spelled out: a call per token costs more than its test
        k
        for k, tok in enumerate(art.toks)
        if tok.is_num or tok.lower in words or (tok.is_cap and 48 <= ord(tok.text[-1]) <= 57)  # in DIGITS
    ]


def _paragraph_quantities(art: Article, para: Span, dates: _Dates, starts: list[int]) -> list[Quantity]:
    """The figures of one paragraph, read left to right: a number taken by a clock time, a year, a range
    or a label is not read again, and a list a label opened ("Pasal 310 dan 311") goes on."""
    text, lang = art.text, art.lang
    starters, heads = _starters(lang), _sign_heads(lang)
    toks = art.toks
    first, stop = art.token_range(para.start, para.end)
    out: list[Quantity] = []
    taken_to = para.start
    list_end = -1  # end of the last label or article number: "Pasal 310 dan 311" goes on from it
    n = len(starts)
    p = first_at_or_after(starts, first)
    while p < n and starts[p] < stop:
        tok = toks[starts[p]]
        p += 1
        if tok.start < taken_to or not _may_begin(tok, starters) or not _sign_may_follow(text, tok, heads):
            continue
        fig, skip_to = _figure_at(text, tok, para, lang)
        if fig is None:
            taken_to = max(taken_to, skip_to)
            continue
        if _overlaps(dates, fig.start, fig.end):
            continue
        fig, reason = _judged(text, fig, para, dates, lang, list_end)
        if reason is None:
            list_end = -1
            out.append(_quantity(text, fig))
            taken_to = fig.end
            continue
        if reason in LABELS:
            list_end = fig.num_end
        taken_to = fig.num_end  # only the number: "pada 2024 Rp 18 triliun" keeps its currency
        if reason == "score":  # both numbers: "a 7 to 2 vote" has no figure "2 vote"
            taken_to = _joined_number_end(text, fig.num_end, para.end, lang)
    return out


def _may_begin(tok: Token, starters: frozenset[str]) -> bool:
    """Whether a figure may begin at ``tok``: a number, a number word or a sign, or a sign glued to a
    number ("Rp10.000"); the is_cap test first, as this runs for every word."""
    return tok.is_num or tok.lower in starters or (tok.is_cap and tok.text[-1] in DIGITS)


def _figure_at(text: str, tok: Token, para: Span, lang: Language) -> tuple[_Figure | None, int]:
    """The figure that starts at ``tok``, or None and where reading goes on (past a clock time "09.30", a
    year, a number that is no figure)."""
    if tok.is_num and ("." in tok.text or (tok.end < len(text) and ord(text[tok.end]) == 58)):  # ":"
        clock = _clock_end(text, tok.start, para.start, para.end, lang)
        if clock:
            return None, clock
    m = _figure_match(text, tok.start, para.end, lang)
    if m is None:
        return None, tok.start
    if _year(text, m, para.end, lang):
        return None, m.end  # the most common number that is no amount; the unit test can wait
    fig = _figure(m, text, para.end, lang)
    return (fig, fig.end) if fig is not None else (None, m.end)


def _judged(
    text: str, fig: _Figure, para: Span, dates: _Dates, lang: Language, list_end: int
) -> tuple[_Figure, str | None]:
    """The figure with the range it opens, and why it is no amount (a date's day, a year, an age, a label,
    a reference going on from ``list_end``...), or None when it is one."""
    word, word_start = _word_before(text, fig.start, para.start)
    whole = _range(text, fig, para.end, lang, word)
    date = _day_of_date(text, fig, para.end, dates, lang)  # "20 - 25 Oktober 2025"
    if not date and whole is not None:
        fig = whole
        date = _day_of_date(text, fig, para.end, dates, lang)  # "20-25 Oktober 2025"
    if date:
        return fig, "date"
    reason = _not_an_amount(text, fig, word, word_start, para, lang)
    joins = _patterns(lang)["joins"]
    if reason is None and list_end >= 0 and not fig.counted and joins.fullmatch(text, list_end, fig.start):
        reason = "reference"  # "Pasal 310 dan 311", "desil 1, 2, 3"
    return fig, reason


class _Dates:
    """The dates of the article (spans in text order, none overlapping), looked up by bisection: an article
    may hold thousands of numbers and dates."""

    __slots__ = ("ends", "spans", "starts")

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = sorted(spans, key=lambda d: d.start)
        self.starts = [d.start for d in self.spans]
        self.ends = [d.end for d in self.spans]


def _overlaps(dates: _Dates, start: int, end: int) -> bool:
    i = bisect_left(dates.starts, end)  # dates[:i] start before ``end``
    return i > 0 and dates.ends[i - 1] > start


def _day_of_date(text: str, fig: _Figure, end: int, dates: _Dates, lang: Language) -> bool:
    """Whether a bare ``fig`` is a day of a date next to it: "20-25 Oktober 2025" (the date found is
    "Oktober 2025"), "20 - 25 Oktober 2025", "1 dan 2 Oktober 2025", "Sept. 19 to 22"."""
    if fig.unit is not None or not dates.spans:
        return False
    pats = _patterns(lang)
    i = bisect_left(dates.starts, fig.num_end)  # the first date after ``fig``
    m = pats["to_date"].match(text, fig.num_end, end) if i < len(dates.starts) else None
    if m is not None and dates.starts[i] == m.end():
        d = dates.spans[i]
        first = text[d.start : d.end].split()[0].rstrip(".,").casefold()
        return bool(m.group("join")) or first in lang.months
    i = bisect_right(dates.ends, fig.start) - 1  # the last date that ends before ``fig``
    if i >= 0 and fig.start - dates.ends[i] < 12:
        back = pats["to_date"].fullmatch(text, dates.ends[i], fig.start)
        return back is not None and bool(back.group("join"))  # "Sept. 19 to 22", "16 - 19"
    return False


def _number(value: float) -> int | float:
    """``value`` as JSON should write it: an int when whole ("3000", no ".0"), else rounded to 6 places."""
    if not value.is_integer():
        value = round(value, 6)
    return int(value) if value.is_integer() else value


def _quantity(text: str, fig: _Figure) -> Quantity:
    upper = _number(fig.upper) if fig.upper is not None else None
    return Quantity(fig.start, fig.end, text[fig.start : fig.end], _number(fig.value), fig.unit, upper)
