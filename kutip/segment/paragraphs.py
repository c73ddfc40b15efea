"""Paragraphs: the non-blank lines of the text that clean-up did not set aside."""

from __future__ import annotations

from kutip.doc import Document, Span


def paragraphs(doc: Document) -> list[Span]:
    """Spans of the article's own paragraphs, whitespace trimmed, in text order."""
    removed = {(r.start, r.end) for r in doc.removed}
    # the removed ranges by start, to ask "does one that starts at or before s reach e?" while walking the
    # lines in order (a pass over all of them for every line grew with the square of the line count)
    ranges = sorted((r.start, r.end) for r in doc.removed)
    ri = 0
    reach = -1  # the furthest end of the removed ranges that start at or before the line
    skip_to = doc.dateline.end if doc.dateline else 0
    out: list[Span] = []
    pos = 0
    text = doc.text
    n = len(text)
    while pos <= n:
        newline = text.find("\n", pos)
        end = newline if newline >= 0 else n
        start = max(pos, skip_to) if pos <= skip_to < end else pos
        if skip_to < end:
            s, e = _trimmed(text, start, end)
            while ri < len(ranges) and ranges[ri][0] <= s:
                reach = max(reach, ranges[ri][1])
                ri += 1
            if e > s and (s, e) not in removed and reach < e:
                out.append(Span(s, e))
        pos = end + 1
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without the white space at its ends, as offsets (no copy of the line is made)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
