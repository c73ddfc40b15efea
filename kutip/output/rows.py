"""Query results (quotes, speakers, an article) as a terminal table, JSON lines or CSV.

The rows are the store's typed rows (``kutip.store.queries``); JSON lines are their ``to_dict()`` as they
are. CSV is read by spreadsheets, which run a cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return as a formula (a quote "=HYPERLINK(...)" from a hostile page would): such a cell is written
with a leading ``'``, which spreadsheets show as text.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from kutip.store.queries import ArticleRow, QuoteRow, ReviewRow, SpeakerRow

# the first eleven as before, so that CSV readers written for them keep working
QUOTE_COLUMNS = (
    "date", "speaker", "speech_act", "type", "text", "doc_id", "role", "mention", "cue", "start", "end",
    "co_speakers", "lang", "rule", "url", "rank",
)  # fmt: skip
SPEAKER_COLUMNS = ("name", "kind", "quotes", "articles", "aliases", "roles")
REVIEW_COLUMNS = ("speaker", "kind", "alias", "reason", "quotes", "confirm", "split")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell that no spreadsheet runs as a formula; None is an empty cell."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_cell(v) for v in values]


def speakers_of(row: QuoteRow) -> str:
    """The quote's speakers as one phrase: "Rusia, Korea Utara"; the role goes with the first."""
    who = row.speaker or "(unknown)"
    if row.role:
        who += f" ({row.role})"
    return ", ".join([who, *(c.name for c in row.co_speakers)])


def quote_lines(rows: Iterable[QuoteRow], fmt: str) -> Iterator[str]:
    """Quote rows as JSONL or CSV (a header first, cells that look like formulas quoted), a line at a time:
    what ``kutip quotes`` writes and the web app's downloads stream."""
    if fmt == "jsonl":
        for row in rows:
            yield json.dumps(row.to_dict(), ensure_ascii=False) + "\n"
        return
    buf = io.StringIO()
    w = csv.writer(buf)

    def line(cells: Iterable[Any]) -> str:
        buf.seek(0)
        buf.truncate()
        w.writerow(cells)
        return buf.getvalue()

    yield line(QUOTE_COLUMNS)
    for row in rows:
        cells = {name: getattr(row, name) for name in QUOTE_COLUMNS if name != "co_speakers"}
        cells["co_speakers"] = "; ".join(c.name for c in row.co_speakers)
        yield line(_csv_row(cells[name] for name in QUOTE_COLUMNS))


def write_quotes(rows: Iterable[QuoteRow], out: TextIO, fmt: str) -> int:
    """Write quote rows; the number written."""
    n = 0
    if fmt in ("jsonl", "csv"):
        lines = quote_lines(rows, fmt)
        if fmt == "csv":
            out.write(next(lines))  # the header
        for line in lines:
            out.write(line)
            n += 1
    else:
        width = max(60, min(shutil.get_terminal_size((120, 24)).columns, 160))
        for row in rows:
            n += 1
            date = row.date or "----------"
            out.write(f"{date}  {speakers_of(row)}  {row.speech_act.upper()}  [{row.type}, {row.doc_id}]\n")
            for line in textwrap.wrap(row.text, width - 6):
                out.write("      " + line + "\n")
    out.flush()
    return n


def write_speakers(rows: Iterable[SpeakerRow], out: TextIO, fmt: str) -> int:
    """Write speaker rows; the number written."""
    n = 0
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(SPEAKER_COLUMNS)
    for r in rows:
        n += 1
        if fmt == "jsonl":
            out.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
        elif fmt == "csv":
            aliases = "; ".join(a.alias for a in r.aliases)
            roles = "; ".join(x.role for x in r.roles)
            w.writerow(_csv_row([r.name, r.kind, r.quotes, r.articles, aliases, roles]))
        else:
            others = [a.alias for a in r.aliases if a.alias != r.name]
            held = r.canonical_roles[:3]
            roles = "; ".join(f"{x.role} ({x.first_date or '?'}..{x.last_date or '?'})" for x in held)
            out.write(f"{r.quotes:>6} quotes {r.articles:>5} articles  {r.name} [{r.kind}]\n")
            if others:
                out.write(f"{'':>27}also: {', '.join(others)}\n")
            if roles:
                out.write(f"{'':>27}roles: {roles}\n")
    out.flush()
    return n


def write_speaker(r: SpeakerRow, out: TextIO, fmt: str) -> None:
    """One speaker in full: every alias with the reason it was joined, every role with its dates."""
    if fmt != "table":
        write_speakers([r], out, fmt)
        return
    out.write(f"{r.name} [{r.kind}] · {r.quotes} quote(s) in {r.articles} article(s)\n")
    if r.aliases:
        out.write("names:\n")
        for a in r.aliases:
            out.write(f"  {a.alias}  ({a.reason}{', by hand' if a.manual else ''})\n")
    if r.roles:
        out.write("roles:\n")
        for c in r.canonical_roles:
            out.write(f"  {c.role}  ({c.first_date or '?'}..{c.last_date or '?'}, {c.quotes} quote(s))\n")
            if c.written != (c.role,):
                out.write(f"    written: {'; '.join(c.written)}\n")
    if r.acts:
        out.write("acts: " + ", ".join(f"{act} {n}" for act, n in r.acts) + "\n")
    if r.quoted_in:
        out.write("articles:\n")
        for a in r.quoted_in:
            title = f"  {a.title}" if a.title else ""
            out.write(f"  {a.date or '----------'}  {a.doc_id}  {a.quotes} quote(s){title}\n")
    out.flush()


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '\\"') + '"'


def review_commands(r: ReviewRow) -> tuple[str, str]:
    """The commands that confirm a rule-made name, and that undo it (for a namesake kept apart: join it)."""
    if "namesake of" in r.reason:  # kept apart: its own key is the name and its number
        return f"kutip speakers merge {_quoted(f'{r.alias} #{r.speaker_id}')} {_quoted(r.alias)}", ""
    return f"kutip speakers confirm {_quoted(r.alias)}", f"kutip speakers split {_quoted(r.alias)}"


def write_review(rows: Iterable[ReviewRow], out: TextIO, fmt: str) -> int:
    """Write the names to review, least sure first, with the commands to confirm or split each."""
    n = 0
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(REVIEW_COLUMNS)
    for r in rows:
        n += 1
        keep, undo = review_commands(r)
        if fmt == "jsonl":
            out.write(json.dumps({**r.to_dict(), "confirm": keep, "split": undo}, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            w.writerow(_csv_row([r.speaker, r.kind, r.alias, r.reason, r.quotes, keep, undo]))
        else:
            out.write(f"{r.alias!r} is {r.speaker} [{r.kind}, {r.quotes} quote(s)]: {r.reason}\n")
            out.write(f"    {keep}\n" + (f"    {undo}\n" if undo else ""))
    out.flush()
    return n


def write_article(art: ArticleRow, out: TextIO, color: bool) -> None:
    """The article's text with its quotes, cues and speaker mentions marked (colours on a terminal)."""
    text = art.text
    marks: list[tuple[int, int, str]] = []
    for q in art.quotes:
        marks.append((q.start, 0, "quote"))
        marks.append((q.end, 1, "/quote"))
        if q.cue_start is not None and q.cue_end is not None:
            marks += [(q.cue_start, 0, "cue"), (q.cue_end, 1, "/cue")]
        if q.mention_start is not None and q.mention_end is not None:
            marks += [(q.mention_start, 0, "who"), (q.mention_end, 1, "/who")]
    codes = {"quote": "\x1b[33m", "cue": "\x1b[1;36m", "who": "\x1b[1;32m"} if color else {}
    plain = {"quote": "[", "/quote": "]", "cue": "<", "/cue": ">", "who": "{", "/who": "}"}
    pieces, pos = [], 0
    for at, _, tag in sorted(marks):
        pieces.append(text[pos:at])
        pos = at
        if color:
            pieces.append("\x1b[0m" if tag.startswith("/") else codes[tag])
        else:
            pieces.append(plain[tag])
    pieces.append(text[pos:])
    out.write(f"{art.doc_id} · {art.date or 'no date'} · {art.lang} · {art.outlet or ''}\n\n")
    out.write("".join(pieces) + ("\x1b[0m" if color else "") + "\n\n")
    for n, q in enumerate(art.quotes, 1):
        who = ", ".join([q.speaker or q.speaker_name or "(unknown)", *(c.name for c in q.co_speakers)])
        out.write(f"{n:>3}. {who} {q.speech_act} [{q.type}]\n")
    if not color:
        out.write("\n[quote]  <cue>  {speaker}\n")
    out.flush()
