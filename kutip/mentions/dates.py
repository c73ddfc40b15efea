"""Dates: "Kamis (24/10/2024)", "24 Oktober 2024", "Oct. 24, 2024", "Oktober 2024", and "kemarin" / "Senin
lalu" against the article's date when it is known; and the article's own date as its text prints it, for an
article that comes without one (a ``.txt`` file).

Matching starts only at tokens that can begin a date (a number, a month, a weekday, a relative word), so
the patterns are tried a few times per article rather than at every character.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Final

from kutip.doc import DateMention, Span
from kutip.lang import Language, word_pattern
from kutip.segment.offsets import first_at_or_after
from kutip.segment.tokens import Token, ascii_word

if TYPE_CHECKING:
    from kutip.segment.article import Article


# Per-language tables, built once. Plain dicts, not ``functools.cache``: these are read for every token that
# may begin a date, and compiled code reads a dict far faster than it calls through a cache.
_PATTERNS: Final[dict[Language, dict[str, re.Pattern[str]]]] = {}
_MONTH_FIRSTS: Final[dict[Language, frozenset[str] | None]] = {}
_STARTERS: Final[dict[Language, frozenset[str]]] = {}
_RELATIVE_PHRASES: Final[dict[Language, dict[str, list[tuple[str, bool]]]]] = {}
_RELATIVE_FIRSTS: Final[dict[Language, frozenset[str]]] = {}
_ISO: Final[dict[int, str | None]] = {}  # ``_iso``'s memo, cleared when it holds _ISO_MAX days
_ISO_MAX: Final = 4096


def _patterns(lang: Language) -> dict[str, re.Pattern[str]]:
    found = _PATTERNS.get(lang)
    if found is None:
        found = _PATTERNS[lang] = _build_patterns(lang)
    return found


def _month_firsts(lang: Language) -> frozenset[str] | None:
    if lang not in _MONTH_FIRSTS:
        _MONTH_FIRSTS[lang] = _build_month_firsts(lang)
    return _MONTH_FIRSTS[lang]


def starter_words(lang: Language) -> frozenset[str]:
    """The words besides numbers a date may begin with (``_build_starters``)."""
    found = _STARTERS.get(lang)
    if found is None:
        found = _STARTERS[lang] = _build_starters(lang)
    return found


def _relative_phrases(lang: Language) -> dict[str, list[tuple[str, bool]]]:
    found = _RELATIVE_PHRASES.get(lang)
    if found is None:
        found = _RELATIVE_PHRASES[lang] = _build_relative_phrases(lang)
    return found


def _relative_firsts(lang: Language) -> frozenset[str]:
    found = _RELATIVE_FIRSTS.get(lang)
    if found is None:
        found = _RELATIVE_FIRSTS[lang] = _build_relative_firsts(lang)
    return found


def _build_patterns(lang: Language) -> dict[str, re.Pattern[str]]:
    months = word_pattern(lang.months)
    days = word_pattern(lang.weekdays)
    return {
        "numeric": re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\)?"),
        "short": re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})\)"),  # "(30/7)": this year's day and month
        "long": re.compile(rf"(?P<d>\d{{1,2}})\s+(?P<m>{months})\b(?:\s+(?P<y>\d{{4}})\b)?", re.I),
        "month_year": re.compile(rf"(?P<m>{months})\s+(?P<y>\d{{4}})\b", re.I),
        # "Oct. 24, 2024", "September 23, 2025", "October 12" (the last only where the month comes first)
        "month_day": re.compile(
            rf"(?P<m>{months})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\.\d|,\d)"
            rf"(?:,?\s+(?P<y>\d{{4}})\b)?",
            re.I,
        ),
        "iso": re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        # "Kamis (24/10/2024)", "Kamis, 24 Oktober 2024", "Senin lalu", "Rabu"
        "weekday": re.compile(
            rf"(?P<wd>{days})\b\s*,?\s*\(?\s*(?:(?=\d)|(?P<last>{word_pattern(lang.weekday_modifiers)})\b)?",
            re.I,
        ),
    }


# The month/day/year form of portal exports ("10/21/2025 20:43").
_SLASHED: Final = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_article_date(raw: str | None) -> date | None:
    """The article's own date: ISO 8601, or the month/day/year form of portal exports. The slashed form is
    tried first: ISO 8601 begins with a four-digit year, so it cannot read one, and trying it first raised
    and caught an error for every such article."""
    if not raw:
        return None
    m = _SLASHED.match(raw)
    if m:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        month, day = (a, b) if a <= 12 else (b, a)
        try:
            return date(y, month, day)
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _iso(y: int | None, m: int, d: int) -> str | None:
    """The ISO form of a day, None when there is no such day; remembered (a few thousand days at most), as
    building a ``date`` costs far more than a look-up."""
    if y is None:
        return None
    key = (y * 100 + m) * 100 + d  # (day and month have one or two digits)
    found = _ISO.get(key, "")
    if found == "":
        if len(_ISO) >= _ISO_MAX:
            _ISO.clear()
        found = _ISO[key] = _iso_of(y, m, d)
    return found


def _iso_of(y: int, m: int, d: int) -> str | None:
    """The ISO form of a day, None when the calendar has no such day ("31/2")."""
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _explicit(text: str, pos: int, lang: Language, ref: date | None) -> tuple[int, str | None, bool] | None:
    """(end, ISO value, relative) of a numeric or written date starting at ``pos``."""
    if not _digit_at(text, pos):
        return _month_day(text, pos, lang, ref)  # "Thursday, Oct. 24, 2024"
    if _code_at(text, pos + 1) == 47 or _code_at(text, pos + 2) == 47:  # "/"
        end, day, month, year = _slashed(text, pos)
        if end >= 0:
            if year >= 0:
                return end, _iso(year, month, day), False
            return end, _iso(ref.year if ref else None, month, day), True
    m = _patterns(lang)["long"].match(text, pos) if _may_name_month(text, pos, lang) else None
    if m:
        written = int(m["y"]) if m["y"] else (ref.year if ref else None)
        return m.end(), _iso(written, lang.months[m["m"].casefold()], int(m["d"])), not m["y"]
    if _code_at(text, pos + 4) == 45:  # "-"
        m = _patterns(lang)["iso"].match(text, pos)
        if m:
            return m.end(), _iso(int(m["y"]), int(m["m"]), int(m["d"])), False
    return None


def _code_at(text: str, i: int) -> int:
    """The code point at ``i``, 0 past the end: one character tested inline, where a slice or
    ``startswith`` at a position would be a call when compiled."""
    return ord(text[i]) if i < len(text) else 0


def _digit_at(text: str, i: int) -> bool:
    """``text[i : i + 1].isdigit()``, ASCII read by code point."""
    o = _code_at(text, i)
    return 48 <= o <= 57 if o < 128 else text[i].isdigit()


def _slashed(text: str, pos: int) -> tuple[int, int, int, int]:
    """(end, day, month, year) of "24/10/2024" or "(24/10/2024)" at ``pos`` as the "numeric" pattern reads
    it, year -1 for "30/7)" ("short", this year's day); end -1 when neither reads one. Read by hand: a
    regex call and the reading of its groups cost more than the whole test."""
    day_end = _digits_to(text, pos, pos + 2)
    if day_end == pos or _code_at(text, day_end) != 47:  # "/"
        return -1, 0, 0, 0
    month_end = _digits_to(text, day_end + 1, day_end + 3)
    if month_end == day_end + 1:
        return -1, 0, 0, 0
    day, month = int(text[pos:day_end]), int(text[day_end + 1 : month_end])
    if _code_at(text, month_end) == 47 and _digits_to(text, month_end + 1, month_end + 5) == month_end + 5:
        end = month_end + 5
        year = int(text[month_end + 1 : end])
        return (end + 1 if _code_at(text, end) == 41 else end), day, month, year  # ")"
    if _code_at(text, month_end) == 41:
        return month_end + 1, day, month, -1
    return -1, 0, 0, 0


def _digits_to(text: str, i: int, stop: int) -> int:
    """End of the decimal digits (``\\d``, of any script) from ``i``, read no further than ``stop``."""
    stop = min(stop, len(text))
    while i < stop:
        o = ord(text[i])
        if not (48 <= o <= 57 or (o > 127 and text[i].isdecimal())):
            break
        i += 1
    return i


def _may_name_month(text: str, pos: int, lang: Language) -> bool:
    """Can a day and a written month ("24 Oktober") begin at the digit at ``pos``: one or two digits, white
    space, then a letter some month begins with, and a whole word that names a month? A test of a few
    characters that spares most numbers ("3 orang", "5 anak") the month pattern; where it cannot tell (a
    letter beyond ASCII), it says yes."""
    n = len(text)
    k = pos + 1
    if k < n and text[k].isdigit():
        k += 1
    if not (k < n and text[k].isspace()):
        return False
    while k < n and text[k].isspace():
        k += 1
    if k >= n:
        return False
    c = text[k]
    firsts = _month_firsts(lang)
    if firsts is None or ord(c) > 127:
        return True
    return c.lower() in firsts and _month_word(text, k, n, lang)


def _month_word(text: str, k: int, n: int, lang: Language) -> bool:
    """Is the word at ``k`` a month's name, as the month pattern reads it (a name, then a word boundary)?
    Yes when the word holds a character beyond ASCII, which the pattern may read in any case ("ſ" of "s").
    (The months are then plain ASCII letters: ``_build_month_firsts``.)"""
    stop = k
    while stop < n:
        o = ord(text[stop])
        if o > 127:
            return True
        if not ascii_word(o):
            break
        stop += 1
    return text[k:stop].lower() in lang.months


def _build_month_firsts(lang: Language) -> frozenset[str] | None:
    """The lower-cased first letters of the language's months, or None when a month is not written in ASCII
    letters alone (then the month pattern is always tried)."""
    firsts = [m[:1].lower() for m in lang.months]
    if not all(m.isascii() and m.isalpha() and m.islower() for m in lang.months):
        return None
    return frozenset(firsts)


def _month_day(text: str, pos: int, lang: Language, ref: date | None) -> tuple[int, str | None, bool] | None:
    """ "Oct. 24, 2024" at ``pos``; "October 12" without a year only where the month comes first (English:
    in Indonesian "Oktober 2 tahun lalu" is no date)."""
    m = _patterns(lang)["month_day"].match(text, pos)
    if m is None or not (m["y"] or lang.month_first) or not text[pos].isupper():
        return None
    year = int(m["y"]) if m["y"] else (ref.year if ref else None)
    return m.end(), _iso(year, lang.months[m["m"].casefold()], int(m["d"])), not m["y"]


def _weekday(m: re.Match[str], lang: Language, ref: date | None) -> str | None:
    if ref is None:
        return None
    back = (ref.weekday() - lang.weekdays[m["wd"].casefold()]) % 7
    direction = lang.weekday_modifiers.get((m["last"] or "").casefold(), 0)
    if direction > 0:  # "Senin depan": the next Monday
        return (ref + timedelta(days=(7 - back) % 7 or 7)).isoformat()
    if direction < 0 and back == 0:  # "Senin lalu" said on a Monday: a week ago
        back = 7
    return (ref - timedelta(days=back)).isoformat()


def _relative(text: str, tok: Token, lang: Language, ref: date | None) -> tuple[int, str | None, bool] | None:
    """ "kemarin", "pekan lalu", "bulan depan" starting at ``tok``."""
    candidates = _relative_phrases(lang).get(tok.lower)
    if candidates is None:
        return None
    for phrase, months in candidates:
        if text[tok.start : tok.start + len(phrase)].casefold() != phrase:
            continue
        end = tok.start + len(phrase)
        if end < len(text) and text[end].isalnum():
            continue
        if ref is None:
            return end, None, True
        if months:
            index = ref.year * 12 + ref.month - 1 + lang.relative_months[phrase]
            return end, f"{index // 12:04d}-{index % 12 + 1:02d}", True
        return end, (ref + timedelta(days=lang.relative_days[phrase])).isoformat(), True
    return None


def find_dates(art: Article, article_date: str | None, starts: list[int] | None = None) -> list[DateMention]:
    """The dates of the article's paragraphs, with their ISO value where it can be known; a relative one
    ("kemarin", "last week") is read against ``article_date``. ``starts`` (indices of tokens, in order)
    holds every token that may begin a date, and may hold others (``quantities.figure_starts``)."""
    if starts is None:
        starts = date_starts(art, 0, len(art.toks))
    return _dates_in(art, art.paragraphs, parse_article_date(article_date), starts)


def date_starts(art: Article, first: int, stop: int) -> list[int]:
    """The indices in ``[first, stop)`` of the tokens that may begin a date: a number or a starter word."""
    starters = starter_words(art.lang)
    toks = art.toks
    return [k for k in range(first, stop) if toks[k].is_num or toks[k].lower in starters]


def _dates_in(art: Article, spans: list[Span], ref: date | None, starts: list[int]) -> list[DateMention]:
    """The dates in ``spans`` of the article, each read from the first token that may open one; only the
    tokens of ``starts`` are looked at."""
    text, lang = art.text, art.lang
    starters = starter_words(lang)
    out: list[DateMention] = []
    toks = art.toks
    n = len(starts)
    for para in spans:
        taken_to = para.start
        first, stop = art.token_range(para.start, para.end)
        p = first_at_or_after(starts, first)
        while p < n and starts[p] < stop:
            tok = toks[starts[p]]
            p += 1
            if tok.start < taken_to or not (tok.is_num or tok.lower in starters):
                continue
            found = _date_at(text, tok, lang, ref)
            if found:
                end, value, relative = found
                if text[end - 1] == ")" and "(" not in text[tok.start : end]:
                    end -= 1
                out.append(DateMention(tok.start, end, text[tok.start : end], value, relative))
                taken_to = end
    return out


def _build_starters(lang: Language) -> frozenset[str]:
    """The words a date may begin with besides a number: a relative date's first word, a weekday, a month."""
    return _relative_firsts(lang) | frozenset(lang.weekdays) | frozenset(lang.months)


def _build_relative_phrases(lang: Language) -> dict[str, list[tuple[str, bool]]]:
    """The relative dates by their first word, in the order they are tried: the days, then the months
    (True), the longest first within each. Built once, rather than every phrase split at every word."""
    out: dict[str, list[tuple[str, bool]]] = {}
    for phrases, months in ((lang.relative_days, False), (lang.relative_months, True)):
        for phrase in sorted(phrases, key=len, reverse=True):
            out.setdefault(phrase.split()[0], []).append((phrase, months))
    return out


def _build_relative_firsts(lang: Language) -> frozenset[str]:
    """First words of the language's relative dates ("minggu" of "minggu lalu", "last" of "last week")."""
    return frozenset(r.split()[0] for r in [*lang.relative_days, *lang.relative_months])


def _date_at(text: str, tok: Token, lang: Language, ref: date | None) -> tuple[int, str | None, bool] | None:
    """The date that starts at ``tok`` as (end, ISO value, relative), or None: a relative phrase, a number
    ("24/10/2024", "24 Oktober"), a weekday with or without its date, a month ("Oktober 2024")."""
    low = tok.lower
    relative_first = _relative_firsts(lang)
    found: tuple[int, str | None, bool] | None = None
    if low in relative_first and not tok.is_cap:
        found = _relative(text, tok, lang, ref)  # "minggu lalu" is last week, "Minggu" a Sunday
    if found is not None:
        return found
    if tok.is_num:
        return _explicit(text, tok.start, lang, ref)
    if low in lang.weekdays:
        return _weekday_date(text, tok, lang, ref)
    if low in lang.months:
        found = _month_day(text, tok.start, lang, ref)
        m = _patterns(lang)["month_year"].match(text, tok.start) if found is None else None
        if m:
            found = (m.end(), f"{int(m['y']):04d}-{lang.months[m['m'].casefold()]:02d}", False)
        return found
    if low in relative_first:
        return _relative(text, tok, lang, ref)
    return None


def _weekday_date(
    text: str, tok: Token, lang: Language, ref: date | None
) -> tuple[int, str | None, bool] | None:
    """A weekday and the date written after it ("Kamis (24/10/2024)"), or the weekday alone, which the
    article's date places ("Kamis", "last Friday")."""
    m = _patterns(lang)["weekday"].match(text, tok.start)
    if not m:
        return None
    inner = _explicit(text, m.end(), lang, ref) if not m["last"] else None
    if inner:
        return inner
    if m["last"]:
        return (m.end(), _weekday(m, lang, ref), True)
    return (tok.end, _weekday(m, lang, ref), True)


HEAD_LINES: Final = 12  # lines looked at for a date line before the first paragraph of prose
PROSE_ENDS: Final = ".!?…\"”’'"
EARLIEST: Final = 1990  # a date before it in an opening sentence is history recalled, not the day of writing


def article_date(art: Article) -> str | None:
    """The article's date as its text prints it ("YYYY-MM-DD"), or None: the first full date in its opening
    lines (a dateline "JAKARTA, KOMPAS.com - Kamis (24/10/2024)", a date line "Senin, 14 April 2025 |
    10.15 WIB" under the headline) or in the opening sentence of its first paragraph of prose. A date later
    in the body is the date of something reported, not of the article; so is the end of a period or a day
    ahead ("hingga 6 November 2025", "besok, Selasa, 21 Oktober 2025")."""
    text, lang, sentences = art.text, art.lang, art.sentences
    end = 0
    for para in art.paragraphs[:HEAD_LINES]:
        line = text[para.start : para.end].rstrip()
        end = para.end
        if (line and line[-1] in PROSE_ENDS) or len(line.split()) >= 30:
            first = next((s for s in sentences if para.start <= s.start < para.end), None)
            end = first.end if first else para.end
            break
    lo, hi = art.token_range(0, end)
    for found in _dates_in(art, [Span(0, end)], None, date_starts(art, lo, hi)):
        value = found.value
        if value is None or len(value) != 10 or found.relative or int(value[:4]) < EARLIEST:
            continue
        before = text[max(0, found.start - 24) : found.start].replace(",", " ").split()
        word = before[-1].casefold() if before else ""
        if word in lang.range_words or word in lang.relative_days:
            continue  # "dibuka hingga 6 November 2025", "besok, Selasa, 21 Oktober 2025": not today
        return value
    return None
