"""Paragraphs: the non-blank lines of the text that clean-up did not set aside."""

from __future__ import annotations

from kutip.doc import Document, Span


def paragraphs(doc: Document) -> list[Span]:
    """Spans of the article's own paragraphs, whitespace trimmed, in text order."""
    removed = {(r.start, r.end) for r in doc.removed}
    skip_to = doc.dateline.end if doc.dateline else 0
    out: list[Span] = []
    pos = 0
    text = doc.text
    for line in text.split("\n"):
        end = pos + len(line)
        start = max(pos, skip_to) if pos <= skip_to < end else pos
        if skip_to < end:
            chunk = text[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            s, e = start + lead, start + len(chunk.rstrip())
            if e > s and (s, e) not in removed and not _inside(s, e, doc):
                out.append(Span(s, e))
        pos = end + 1
    return out


def _inside(s: int, e: int, doc: Document) -> bool:
    return any(r.start <= s and e <= r.end for r in doc.removed)
