"""Plain SVG charts drawn on the server: no script, no library, readable by a screen reader.

Every chart is an ``<svg role="img">`` with a ``<title>`` and a ``<desc>`` (its text alternative), and a
``<title>`` on each bar or dot that says what it counts; every piece of text is escaped here, so a speech
act or a speaker's name can never become markup. Colours come from the page's CSS classes, so the charts
follow Kutip's palette and a high-contrast or dark theme.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape

from markupsafe import Markup

BAR_HEIGHT = 22
BAR_GAP = 6
LABEL_WIDTH = 110
CHART_WIDTH = 480
WEEK_WIDTH = 14
TIMELINE_HEIGHT = 120
LANE_HEIGHT = 34
STANCES = ("supports", "disputes", "neutral")


def _svg(chart_id: str, width: int, height: int, title: str, desc: str, body: Iterable[str]) -> Markup:
    """The frame every chart shares: its size scales down on a phone, its title and description are what a
    screen reader says."""
    head = (
        f'<svg id="{escape(chart_id)}" class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" preserveAspectRatio="xMinYMin meet" '
        f'aria-labelledby="{escape(chart_id)}-title {escape(chart_id)}-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>'
        f'<desc id="{escape(chart_id)}-desc">{escape(desc)}</desc>'
    )
    return Markup(head + "".join(body) + "</svg>")


def bar_chart(chart_id: str, title: str, counts: Sequence[tuple[str, int]], unit: str = "quotes") -> Markup:
    """Horizontal bars, one per label, longest first as given: the speech acts of a speaker."""
    top = max((n for _, n in counts), default=0) or 1
    span = CHART_WIDTH - LABEL_WIDTH - 50
    body = []
    for i, (label, n) in enumerate(counts):
        y = i * (BAR_HEIGHT + BAR_GAP)
        w = max(1, round(span * n / top))
        body.append(
            f'<g class="bar"><title>{escape(label)}: {n} {escape(unit)}</title>'
            f'<text class="label" x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">{escape(label)}</text>'
            f'<rect class="bar-fill act-{escape(label)}" x="{LABEL_WIDTH}" y="{y}" width="{w}" '
            f'height="{BAR_HEIGHT}"/>'
            f'<text class="value" x="{LABEL_WIDTH + w + 4}" y="{y + 15}">{n}</text></g>'
        )
    height = max(BAR_HEIGHT, len(counts) * (BAR_HEIGHT + BAR_GAP))
    desc = "; ".join(f"{label}: {n}" for label, n in counts) or f"no {unit}"
    return _svg(chart_id, CHART_WIDTH, height, title, desc, body)


def parse_date(value: str | None) -> dt.date | None:
    """An article's ISO date (or the date part of a timestamp); None when it has none or it is no date."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def week_of(day: dt.date) -> dt.date:
    """The Monday that begins ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def weekly_counts(days: Iterable[tuple[str | None, int]]) -> list[tuple[dt.date, int]]:
    """Quotes per week, from (day, quotes that day), from the first dated week to the last, empty weeks
    included (a gap is news too)."""
    weeks: Counter[dt.date] = Counter()
    for day, n in days:
        date = parse_date(day)
        if date is not None:
            weeks[week_of(date)] += n
    if not weeks:
        return []
    first, last = min(weeks), max(weeks)
    out = []
    week = first
    while week <= last:
        out.append((week, weeks.get(week, 0)))
        week += dt.timedelta(days=7)
    return out


def week_chart(chart_id: str, title: str, weeks: Sequence[tuple[dt.date, int]]) -> Markup:
    """Vertical bars, one per week, labelled with the first and last week and each bar's count."""
    top = max((n for _, n in weeks), default=0) or 1
    width = max(CHART_WIDTH, 40 + len(weeks) * WEEK_WIDTH)
    base = TIMELINE_HEIGHT - 22
    body = [f'<line class="axis" x1="30" y1="{base}" x2="{width - 4}" y2="{base}"/>']
    for i, (week, n) in enumerate(weeks):
        h = round((base - 14) * n / top)
        x = 32 + i * WEEK_WIDTH
        body.append(
            f'<g class="bar"><title>week of {week.isoformat()}: {n} quote{"s" if n != 1 else ""}</title>'
            f'<rect class="bar-fill" x="{x}" y="{base - h}" width="{WEEK_WIDTH - 3}" height="{h}"/></g>'
        )
    body.append(f'<text class="value" x="2" y="14">{top}</text>')
    if weeks:
        body.append(f'<text class="label" x="32" y="{TIMELINE_HEIGHT - 6}">{weeks[0][0].isoformat()}</text>')
        if len(weeks) > 1:
            x = width - 4  # at the chart's right edge: under a few weeks' bars the two dates would overlap
            body.append(
                f'<text class="label" x="{x}" y="{TIMELINE_HEIGHT - 6}" text-anchor="end">'
                f"{weeks[-1][0].isoformat()}</text>"
            )
    total = sum(n for _, n in weeks)
    desc = (
        f"{total} dated quotes over {len(weeks)} weeks, from the week of {weeks[0][0]} to that of "
        f"{weeks[-1][0]}; the busiest week had {top}"
        if weeks
        else "no dated quotes"
    )
    return _svg(chart_id, width, TIMELINE_HEIGHT, title, desc, body)


def stance_timeline(chart_id: str, title: str, points: Sequence[tuple[str | None, str, str]]) -> Markup:
    """One lane per side (supports, disputes, neutral), a dot per dated statement on a day axis; the dot's
    ``<title>`` names who said it and when. ``points`` are (date, stance, speaker)."""
    dated = [(d, stance, who) for d, stance, who in ((parse_date(d), s, w) for d, s, w in points) if d]
    width = CHART_WIDTH
    left, right = LABEL_WIDTH, width - 16
    height = LANE_HEIGHT * len(STANCES) + 28
    body = []
    for i, stance in enumerate(STANCES):
        y = i * LANE_HEIGHT + LANE_HEIGHT // 2
        body.append(
            f'<text class="label" x="{left - 8}" y="{y + 4}" text-anchor="end">{stance}</text>'
            f'<line class="lane" x1="{left}" y1="{y}" x2="{right}" y2="{y}"/>'
        )
    if dated:
        first = min(d for d, _, _ in dated)
        last = max(d for d, _, _ in dated)
        days = max((last - first).days, 1)
        stacked: Counter[tuple[dt.date, str]] = Counter()
        for day, stance, who in sorted(dated, key=lambda p: p[0]):
            lane = STANCES.index(stance) if stance in STANCES else 2
            x = left + 6 + round((right - left - 12) * (day - first).days / days)
            y = lane * LANE_HEIGHT + LANE_HEIGHT // 2 - 6 * stacked[(day, stance)]
            stacked[(day, stance)] += 1
            body.append(
                f'<circle class="dot {escape(stance)}" cx="{x}" cy="{y}" r="5">'
                f"<title>{escape(who)}, {day.isoformat()}: {escape(stance)}</title></circle>"
            )
        axis = LANE_HEIGHT * len(STANCES) + 18
        body.append(f'<text class="label" x="{left}" y="{axis}">{first.isoformat()}</text>')
        body.append(f'<text class="label" x="{right}" y="{axis}" text-anchor="end">{last.isoformat()}</text>')
    count = Counter(stance for _, stance, _ in dated)
    desc = ", ".join(f"{count[s]} {s}" for s in STANCES) + " among the dated statements"
    return _svg(chart_id, width, height, title, desc, body)
