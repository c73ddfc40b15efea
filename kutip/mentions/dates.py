"""Dates: "Kamis (24/10/2024)", "24 Oktober 2024", "Oktober 2024", and "kemarin" / "Senin lalu" against the
article's date when it is known."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from kutip.doc import DateMention, Span
from kutip.lang import Language, word_pattern


@cache
def _patterns(lang: Language) -> dict[str, re.Pattern[str]]:
    months = word_pattern(lang.months)
    days = word_pattern(lang.weekdays)
    rel = word_pattern(lang.relative_days)
    return {
        "numeric": re.compile(rf"(?:\b(?P<wd>{days})\s*,?\s*\(?)?\b(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}})\)?", re.I),
        "long": re.compile(rf"(?:\b(?P<wd>{days})\s*,?\s*)?\b(?P<d>\d{{1,2}})\s+(?P<m>{months})\.?(?:\s+(?P<y>\d{{4}}))?\b", re.I),
        "month_year": re.compile(rf"\b(?P<m>{months})\s+(?P<y>\d{{4}})\b", re.I),
        "weekday": re.compile(rf"\b(?P<wd>{days})\b(?:\s+(?P<last>lalu|kemarin|depan|ini))?", re.I),
        "relative": re.compile(rf"\b(?P<rel>{rel})\b", re.I),
    }


def parse_article_date(raw: str | None) -> date | None:
    """The article's own date: ISO 8601, or the month/day/year form of portal exports."""
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})", raw)
    if m:
        a, b, y = (int(x) for x in m.groups())
        month, day = (a, b) if a <= 12 else (b, a)
        try:
            return date(y, month, day)
        except ValueError:
            return None
    return None


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str, paras: list[Span], lang: Language, article_date: str | None) -> list[DateMention]:
    ref = parse_article_date(article_date)
    pats = _patterns(lang)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    def add(s: int, e: int, value: str | None, relative: bool) -> None:
        out.append(DateMention(s, e, text[s:e], value, relative))
        taken.append((s, e))

    for para in paras:
        for m in pats["numeric"].finditer(text, para.start, para.end):
            add(m.start(), m.end(), _iso(int(m["y"]), int(m["m"]), int(m["d"])), False)
        for m in pats["long"].finditer(text, para.start, para.end):
            if not free(m.start(), m.end()):
                continue
            year = int(m["y"]) if m["y"] else (ref.year if ref else None)
            month = lang.months[m["m"].casefold()]
            add(m.start(), m.end(), _iso(year, month, int(m["d"])) if year else None, not m["y"])
        for m in pats["month_year"].finditer(text, para.start, para.end):
            if free(m.start(), m.end()):
                add(m.start(), m.end(), f"{int(m['y']):04d}-{lang.months[m['m'].casefold()]:02d}", False)
        for m in pats["relative"].finditer(text, para.start, para.end):
            if free(m.start(), m.end()):
                offset = lang.relative_days[m["rel"].casefold()]
                add(m.start(), m.end(), (ref + timedelta(days=offset)).isoformat() if ref else None, True)
        for m in pats["weekday"].finditer(text, para.start, para.end):
            if not free(m.start(), m.end()):
                continue
            value = None
            if ref:
                back = (ref.weekday() - lang.weekdays[m["wd"].casefold()]) % 7
                last = (m["last"] or "").casefold()
                if last == "depan":
                    value = (ref + timedelta(days=(7 - back) % 7 or 7)).isoformat()
                else:
                    if last in ("lalu", "kemarin") and back == 0:
                        back = 7
                    value = (ref - timedelta(days=back)).isoformat()
            add(m.start(), m.end(), value, True)
    out.sort(key=lambda d: d.start)
    return out
