"""WARC(.gz) web crawls: every HTML response record becomes an article through trafilatura.

Records that are not pages (requests, metadata, warcinfo) are crawl structure and pass silently; a response
that is not an article (an image, a PDF, a page with no article text) or a record that cannot be read is a
``ReadError`` naming the file and the record's number and URL, and the crawl goes on.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from kutip.read.errors import ReadError, Record
from kutip.read.html import page_record

PAGE_TYPES = ("text/html", "application/xhtml")


def read_warc(name: str, data: bytes) -> Iterator[Record | ReadError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type not in ("response", "resource"):
                continue
            n += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{name} record {n}" + (f" ({url})" if url else "")
            ctype = ""
            if record.http_headers is not None:
                ctype = (record.http_headers.get_header("Content-Type") or "").casefold()
            elif record.rec_type == "resource":
                ctype = (record.rec_headers.get_header("Content-Type") or "").casefold()
            if not ctype.startswith(PAGE_TYPES):
                yield ReadError(where, None, f"not an article page (content type {ctype or 'unknown'!r})")
                continue
            try:
                body = record.content_stream().read()
            except Exception as err:  # a truncated or corrupt payload: this record only
                yield ReadError(where, None, f"unreadable record: {type(err).__name__}: {err}")
                continue
            yield page_record(where, body, url, doc_id=url or f"{name}#{n}")
    except ArchiveLoadFailed as err:
        yield ReadError(name, None, f"broken WARC after record {n}: {err}")
    except Exception as err:  # warcio raises plain errors on damaged gzip members
        yield ReadError(name, None, f"broken WARC after record {n}: {type(err).__name__}: {err}")
