"""HTML pages: the main text and metadata through trafilatura; ``text`` is the extracted text.

A page is read with a bound (``MAX_PAGE_BYTES``): a larger file is refused after that many bytes. Offsets
refer to the extracted text, so a NUL byte in the page becomes the entity for U+FFFD before parsing (lxml
stops at a raw NUL) and the extracted text is cleaned like any other.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kutip.read.decode import SNIFF_BYTES, bom, clean, looks_binary
from kutip.read.errors import Format, ReadError, Record, check_text
from kutip.read.streams import read_upto

MIN_ARTICLE_CHARS = 80
MAX_PAGE_BYTES = 32 * 1024**2  # news pages are well under 5 MB; larger ones are dumps or inline media


def read_html(name: str, fh: BinaryIO) -> Iterator[Record | ReadError]:
    data = read_upto(fh, MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        yield ReadError(name, None, f"page is over {MAX_PAGE_BYTES >> 20} MB, not one article page")
        return
    result = page_record(data, Path(name).stem, name)
    yield result if isinstance(result, Record) else ReadError(name, None, result)


def page_record(data: bytes, doc_id: str, source: str, url: str | None = None) -> Record | str:
    """The article of one HTML page (a file, or a record of a web crawl), or why there is none."""
    if not data.strip():
        return "empty page"
    encoding = bom(data)[0]  # UTF-16/32 pages (with a mark) are full of NUL bytes and fine
    if encoding is None and looks_binary(data[:SNIFF_BYTES]):
        return "binary content (NUL bytes), not HTML"
    if encoding in (None, "utf-8"):
        data = data.replace(b"\x00", b"&#xFFFD;")
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except Exception as err:  # the parser's own failure on hostile markup: this page only
        return f"HTML page could not be parsed: {type(err).__name__}: {err}"
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.strip()) < MIN_ARTICLE_CHARS:
        return "no article text found in the HTML page"
    text = clean(text)
    problem = check_text(text)
    if problem:
        return problem
    return Record(
        doc_id,
        text,
        source,
        _meta(doc, "title"),
        _meta(doc, "url") or url,
        _meta(doc, "date"),
        _meta(doc, "language"),
    )


def _meta(doc: object, key: str) -> str | None:
    value = getattr(doc, key, None)
    return clean(str(value)) if value else None


def sniff(head: bytes) -> bool:
    """A page: starts with a tag and names itself HTML early on."""
    head = head.lstrip()
    return head[:1] == b"<" and (b"<html" in head[:2048].lower() or b"<!doctype" in head[:20].lower())


FORMAT = Format(read_html, (".html", ".htm", ".xhtml"), sniff)
