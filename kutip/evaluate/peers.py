"""Peers scored beside Kutip on the same gold sets. Each runner is imported lazily: a peer whose library is
missing drops its row, not the run.

- ``marks-baseline``: what a system without language knowledge gets: every quotation of three words or more
  is a direct quote, said by the nearest capitalised name after it in the same paragraph (else before it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kutip.doc import Span
from kutip.quotes.marks import pair_quotations

NAME = re.compile(r"(?:[A-Z][a-z]+)(?: [A-Z][a-z]+)*")


def _paragraphs(text: str) -> list[Span]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append(Span(pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def marks_baseline(doc: dict) -> dict:
    text = doc["text"]
    paras = _paragraphs(text)
    quotes = []
    for q in pair_quotations(text, paras):
        if len(text[q.start : q.end].split()) < 3:
            continue
        para = paras[q.last_para]
        after = NAME.search(text, q.close + 1, para.end)
        before = [m for m in NAME.finditer(text, paras[q.first_para].start, q.open)]
        name = after.group() if after else (before[-1].group() if before else None)
        quotes.append({"type": "direct", "start": q.start, "end": q.end, "speaker": {"name": name}})
    return {"doc_id": doc["doc_id"], "quotes": quotes}


PEERS: dict[str, Callable[[dict], dict]] = {"marks-baseline": marks_baseline}
