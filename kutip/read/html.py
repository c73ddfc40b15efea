"""HTML pages: the main text and metadata through trafilatura; ``text`` is the extracted text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kutip.read.errors import ReadError, Record, check_text

MIN_ARTICLE_CHARS = 80


def read_html(name: str, data: bytes) -> Iterator[Record | ReadError]:
    yield page_record(name, data)


def page_record(
    name: str, data: bytes, url: str | None = None, doc_id: str | None = None
) -> Record | ReadError:
    """The article of one HTML page (a file, or a record of a web crawl), or why there is none."""
    if not data.strip():
        return ReadError(name, None, "empty page", doc_id)
    if b"\x00" in data[:65536]:
        return ReadError(name, None, "binary content (NUL bytes), not HTML", doc_id)
    import trafilatura

    doc = trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.strip()) < MIN_ARTICLE_CHARS:
        return ReadError(name, None, "no article text found in the HTML page", doc_id)
    problem = check_text(text)
    if problem:
        return ReadError(name, None, problem, doc_id)
    return Record(
        doc_id or Path(name).stem,
        text,
        name,
        getattr(doc, "title", None),
        getattr(doc, "url", None) or url,
        getattr(doc, "date", None),
        getattr(doc, "language", None),
    )
