"""A who-said-what table for the terminal: speaker, role, speech act, cue and the words said."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Iterable
from typing import TextIO

from kutip.doc import Document, Quote

ACT_MARK = {
    "deny": "DENIES",
    "assert": "ASSERTS",
    "claim": "CLAIMS",
    "accuse": "ACCUSES",
    "admit": "ADMITS",
    "warn": "WARNS",
    "request": "REQUESTS",
    "opinion": "OPINES",
    "promise": "PROMISES",
    "say": "says",
    "other": "other",
}


def _who(q: Quote) -> str:
    parts = []
    for s in q.speakers or []:
        label = s.name or "?"
        if s.role:
            label += f" ({s.role})"
        parts.append(label)
    return " + ".join(parts) or "(unknown)"


def _header(doc: Document) -> str:
    bits = [doc.doc_id, f"lang={doc.lang}"]
    if doc.dateline:
        bits.append(f"dateline={doc.dateline.place or '-'}, {doc.dateline.outlet or '-'}")
    if doc.source_credit:
        bits.append(f"source={doc.source_credit}")
    if doc.removed:
        bits.append(f"set aside={len(doc.removed)} ({', '.join(sorted({r.kind for r in doc.removed}))})")
    return " · ".join(bits)


def write_table(docs: Iterable[Document], out: TextIO) -> None:
    width = max(60, min(shutil.get_terminal_size((120, 24)).columns, 160))
    for doc in docs:
        out.write("=" * width + "\n" + _header(doc) + "\n" + "-" * width + "\n")
        if not doc.quotes:
            out.write("  (no quotes found)\n")
        for n, q in enumerate(doc.quotes, start=1):
            head = f"{n:>3}. {_who(q)}  {ACT_MARK.get(q.speech_act, q.speech_act)}  [{q.type}"
            head += f", cue '{q.cue}'" if q.cue else ""
            mention = q.speaker.mention if q.speaker else None
            head += f", via '{mention}'" if mention and q.speaker and mention != q.speaker.name else ""
            head += f", {q.start}-{q.end}]"
            out.write(head + "\n")
            body = q.text if len(q.text) <= 400 else q.text[:397] + "..."
            mark = "“{}”" if q.type == "direct" else "{}"
            for line in textwrap.wrap(mark.format(body), width - 7):
                out.write("       " + line + "\n")
        figures = [f"{x.text} = {x.value:,}{' ' + x.unit if x.unit else ''}" for x in doc.quantities]
        if figures:
            out.write("  numbers: " + "; ".join(figures) + "\n")
        dates = [f"{d.text} = {d.value}" for d in doc.dates if d.value]
        if dates:
            out.write("  dates: " + "; ".join(dates) + "\n")
    out.flush()
