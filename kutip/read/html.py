"""HTML pages: the main text and metadata through trafilatura; ``text`` is the extracted text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kutip.read.errors import ReadError, Record, check_text

MIN_ARTICLE_CHARS = 80


def read_html(name: str, data: bytes) -> Iterator[Record | ReadError]:
    if not data.strip():
        yield ReadError(name, None, "empty file")
        return
    if b"\x00" in data[:65536]:
        yield ReadError(name, None, "binary file (NUL bytes), not HTML")
        return
    import trafilatura

    doc = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.strip()) < MIN_ARTICLE_CHARS:
        yield ReadError(name, None, "no article text found in the HTML page")
        return
    problem = check_text(text)
    if problem:
        yield ReadError(name, None, problem)
        return
    yield Record(
        Path(name).stem,
        text,
        name,
        getattr(doc, "title", None),
        getattr(doc, "url", None),
        getattr(doc, "date", None),
        getattr(doc, "language", None),
    )
