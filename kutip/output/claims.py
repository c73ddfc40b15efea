"""Claims as a fact-checker reads them: a list of propositions, or one claim with its two sides next to each
other, the figures its sources give, and where the same words were carried again.

The rows are the store's typed rows (``kutip.store.claim_queries``); JSON is their ``to_dict()``.
"""

from __future__ import annotations

import json
import shutil
import textwrap
from collections.abc import Iterable
from itertools import zip_longest
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from kutip.store.claim_queries import ClaimDetail, ClaimRow, FigureRow, StatementRow

UNKNOWN_DATE = "date unknown"
GAP = " | "
LABEL_LINES = 2  # lines of a claim's label in the list; `claims show` has it all
WORDS_SHOWN = 180  # characters of a statement shown in a column; the JSON form has them all


def width() -> int:
    return max(80, min(shutil.get_terminal_size((120, 24)).columns, 160))


def number(value: float) -> str:
    """3000.0 -> "3,000"; 2.15 -> "2.15"."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def figure(value: float, upper: float | None, unit: str | None) -> str:
    """A figure as written for a reader: "3,000 troops", "4.7–5.5 percent"."""
    shown = number(value) + (f"–{number(upper)}" if upper is not None else "")
    return f"{shown} {unit}" if unit else shown


def dates(first: str | None, last: str | None) -> str:
    if first is None and last is None:
        return UNKNOWN_DATE
    return first if first == last else f"{first or UNKNOWN_DATE} to {last or UNKNOWN_DATE}"


def write_claims(rows: Iterable[ClaimDetail], out: TextIO, fmt: str) -> int:
    """Write a list of claims (each in full for JSON); the number written."""
    n = 0
    if fmt == "json":
        out.write("[")
    for detail in rows:
        if fmt == "jsonl":
            out.write(json.dumps(detail.to_dict(), ensure_ascii=False) + "\n")
        elif fmt == "json":
            out.write(("," if n else "") + "\n" + json.dumps(detail.to_dict(), ensure_ascii=False))
        else:
            _claim_line(detail.claim, out)
        n += 1
    if fmt == "json":
        out.write("\n]\n" if n else "]\n")
    out.flush()
    return n


def _claim_line(c: ClaimRow, out: TextIO) -> None:
    sides = f"supports {c.supports} · disputes {c.disputes} · neutral {c.neutral}"
    conflict = "  FIGURE CONFLICT" if c.figure_conflict else ""
    out.write(
        f"#{c.id}  {dates(c.first_date, c.last_date)}  {c.articles} articles · {c.outlets} outlets · "
        f"{' '.join(c.languages)}  {sides}{conflict}\n"
    )
    for line in textwrap.wrap(c.label, width() - 6, max_lines=LABEL_LINES, placeholder=" …"):
        out.write("      " + line + "\n")


def write_claim(detail: ClaimDetail, out: TextIO, fmt: str) -> None:
    """One claim in full: as JSON, or as a fact-checker reads it."""
    if fmt == "json":
        out.write(json.dumps(detail.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        for line in claim_lines(detail, width()):
            out.write(line.rstrip() + "\n")
    out.flush()


def claim_lines(detail: ClaimDetail, total: int) -> list[str]:
    """The proposition; supports | disputes side by side; neutral below; figures, conflict, outlets, dates."""
    c = detail.claim
    lines = [f"claim {c.id}: {c.label}"]
    lines.append(
        f"  {c.statements} statements in {c.articles} articles · {c.outlets} outlets · "
        f"{' '.join(c.languages)} · {c.speakers} speakers"
    )
    lines += ["", *_two_columns(detail, total)]
    neutral = detail.side("neutral")
    if neutral:
        lines += ["", f"NEUTRAL ({len(neutral)})"]
        for s in neutral:
            lines += _entry(s, total)
    lines += _figure_lines(detail)
    lines += _utterance_lines(detail, total)
    lines.append("outlets: " + (", ".join(detail.outlet_names) or "none named"))
    lines.append(f"first: {c.first_date or UNKNOWN_DATE} · last: {c.last_date or UNKNOWN_DATE}")
    return lines


def _two_columns(detail: ClaimDetail, total: int) -> list[str]:
    column = (total - len(GAP)) // 2
    sides = []
    for stance in ("supports", "disputes"):
        statements = detail.side(stance)
        block = [f"{stance.upper()} ({len(statements)})"]
        for s in statements:
            block += _entry(s, column)
        sides.append(block)
    return [f"{left:<{column}}{GAP}{right}" for left, right in zip_longest(*sides, fillvalue="")]


def _entry(s: StatementRow, column: int) -> list[str]:
    """A statement in a column: who, where, when, in which language; then its words, shortened."""
    where = s.outlet or s.doc_id
    head = f"{s.speaker or '(unknown)'} · {where} · {s.date or UNKNOWN_DATE} · {s.lang}"
    lines = textwrap.wrap(head, column, subsequent_indent="  ")
    words = textwrap.shorten(s.text, WORDS_SHOWN, placeholder=" …")
    lines += textwrap.wrap(f"“{words}”", column, initial_indent="  ", subsequent_indent="  ")
    if s.stance_cue:
        lines.append("  " + textwrap.shorten(f"({s.stance_cue})", column - 2, placeholder="…)"))
    return lines


def _figure_lines(detail: ClaimDetail) -> list[str]:
    if not detail.figures:
        return []
    lines = ["", f"figures ({detail.claim.figure_unit}):"]
    for f in detail.figures:
        n = f"{f.statements} statement{'s' if f.statements != 1 else ''}"
        who = ", ".join(f.speakers)
        shown = figure(f.value, f.upper, f.unit)
        lines.append(f"  {shown:<20} {n:<13} first {f.first_date or UNKNOWN_DATE:<12}  {who}")
    if detail.claim.figure_conflict and len(detail.figures) > 1:
        lines.append(conflict_line(detail))
    return lines


def conflict_line(detail: ClaimDetail) -> str:
    """ "figure conflict: 3,000 troops (Kirby, 2024-10-23) vs 10,000 troops (...)" """
    kinds = {s.speaker: s.kind for s in detail.statements}
    return "figure conflict: " + " vs ".join(_figure_given(f, kinds) for f in detail.figures)


def _figure_given(f: FigureRow, kinds: dict[str | None, str | None]) -> str:
    name = f.speakers[0] if f.speakers else "(unknown)"
    if kinds.get(name) == "person" and len(name.split()) > 1:
        name = name.split()[-1]  # a person by the surname, as reports do
    else:
        name = textwrap.shorten(name, 40, placeholder="…")
    return f"{figure(f.value, f.upper, f.unit)} ({name}, {f.first_date or UNKNOWN_DATE})"


def _utterance_lines(detail: ClaimDetail, total: int) -> list[str]:
    """The same words in two or more articles: first where and when, then who repeated them."""
    if not detail.utterances:
        return []
    lines = ["", "repeated words:"]
    for u in detail.utterances:
        words = textwrap.shorten(u.text, max(30, total - 10), placeholder=" …")
        lines.append(f"  “{words}”")
        first = f"{u.first_outlet or u.first_doc_id}, {u.first_date or UNKNOWN_DATE}"
        lines.append(f"    first: {first}; repeated by {', '.join(u.repeated_by)} ({u.articles} articles)")
    lines.append("")
    return lines
