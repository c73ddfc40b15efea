"""Query results (quotes, speakers) as a terminal table, JSON lines or CSV."""

from __future__ import annotations

import csv
import json
import shutil
import textwrap
from collections.abc import Iterable
from typing import Any, TextIO

QUOTE_COLUMNS = (
    "date",
    "speaker",
    "speech_act",
    "type",
    "text",
    "doc_id",
    "role",
    "mention",
    "cue",
    "start",
    "end",
)


def write_quotes(rows: Iterable[dict[str, Any]], out: TextIO, fmt: str) -> int:
    """Write quote rows; the number written."""
    n = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=QUOTE_COLUMNS, extrasaction="ignore")
        w.writeheader()
        for row in rows:
            w.writerow(row)
            n += 1
    else:
        width = max(60, min(shutil.get_terminal_size((120, 24)).columns, 160))
        for row in rows:
            n += 1
            who = row["speaker"] or "(unknown)"
            if row.get("role"):
                who += f" ({row['role']})"
            date = row["date"] or "----------"
            out.write(f"{date}  {who}  {row['speech_act'].upper()}  [{row['type']}, {row['doc_id']}]\n")
            for line in textwrap.wrap(row["text"], width - 6):
                out.write("      " + line + "\n")
    out.flush()
    return n


def write_speakers(rows: list[dict[str, Any]], out: TextIO, fmt: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        w = csv.writer(out)
        w.writerow(["name", "kind", "quotes", "articles", "aliases", "roles"])
        for r in rows:
            aliases = "; ".join(a["alias"] for a in r["aliases"])
            w.writerow(
                [
                    r["name"],
                    r["kind"],
                    r["quotes"],
                    r["articles"],
                    aliases,
                    "; ".join(x["role"] for x in r["roles"]),
                ]
            )
    else:
        for r in rows:
            others = [a["alias"] for a in r["aliases"] if a["alias"] != r["name"]]
            roles = [
                f"{x['role']} ({x['first_date'] or '?'}..{x['last_date'] or '?'})" for x in r["roles"][:3]
            ]
            out.write(f"{r['quotes']:>6} quotes {r['articles']:>5} articles  {r['name']} [{r['kind']}]\n")
            if others:
                out.write(f"{'':>27}also: {', '.join(others)}\n")
            if roles:
                out.write(f"{'':>27}roles: {'; '.join(roles)}\n")
    out.flush()


def write_article(art: dict[str, Any], out: TextIO, color: bool) -> None:
    """The article's text with its quotes, cues and speaker mentions marked (colours on a terminal)."""
    text = art["text"]
    marks: list[tuple[int, int, str]] = []
    for q in art["quotes"]:
        marks.append((q["start"], 0, "quote"))
        marks.append((q["end"], 1, "/quote"))
        if q["cue_start"] is not None:
            marks += [(q["cue_start"], 0, "cue"), (q["cue_end"], 1, "/cue")]
        if q["mention_start"] is not None:
            marks += [(q["mention_start"], 0, "who"), (q["mention_end"], 1, "/who")]
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
    out.write(f"{art['doc_id']} · {art['date'] or 'no date'} · {art['lang']} · {art['outlet'] or ''}\n\n")
    out.write("".join(pieces) + ("\x1b[0m" if color else "") + "\n\n")
    for n, q in enumerate(art["quotes"], 1):
        out.write(
            f"{n:>3}. {q['speaker'] or q['speaker_name'] or '(unknown)'} {q['speech_act']} [{q['type']}]\n"
        )
    if not color:
        out.write("\n[quote]  <cue>  {speaker}\n")
    out.flush()
