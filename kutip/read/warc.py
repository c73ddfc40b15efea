"""WARC(.gz) web crawls, read record by record: every HTML response becomes an article through trafilatura.

Kutip frames the records itself (header, ``Content-Length`` bytes of block, the blank lines that end a record)
so that damage is seen where it is: a record cut short, a ``Content-Length`` that does not end at the record's
end, a garbled header or a broken gzip member is a ``ReadError`` naming the file, the record's number
(counted from 1 over all records) and its URL, and reading resumes at the next record (the next ``WARC/1.x``
line, or the next gzip member) so later intact records are still read. A record's block is held only up to
``MAX_PAGE_BYTES``; warcio parses the HTTP headers and decodes the payload of each page.

Records that are not pages (requests, metadata, warcinfo, revisits) are crawl structure and pass silently; a
response that is not an article (an image, a PDF, a page with no article text) is a ``ReadError``.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from kutip.read.errors import Format, ReadError, Record
from kutip.read.html import MAX_PAGE_BYTES, page_record
from kutip.read.streams import CHUNK, GZIP_MAGIC, BrokenStream, GzipMembers, with_head

PAGE_TYPES = ("text/html", "application/xhtml")
ARTICLE_RECORDS = ("response", "resource")
MAX_HEADER_BYTES = 1 << 16
TERMINATOR = b"\r\n\r\n"
BROKEN = "broken WARC: "  # every damaged record's reason starts so (the run's summary groups by it)


class _Source:
    """The crawl's (decompressed) bytes with a push-back buffer, so a resynchronisation can hand back the
    part of a block that turned out to hold the next record."""

    def __init__(self, raw: BinaryIO | GzipMembers, members: GzipMembers | None) -> None:
        self._raw = raw
        self._members = members
        self._buf = b""
        self._pos = 0
        self.deferred: BrokenStream | None = None  # a break found while checking a finished record

    @property
    def member(self) -> int:
        """The gzip member being read (0 for a plain WARC)."""
        return self._members.member if self._members else 0

    def _fill(self) -> bool:
        chunk = self._raw.read(CHUNK)
        if not chunk:
            return False
        self._buf = self._buf[self._pos :] + chunk
        self._pos = 0
        return True

    def readline(self, limit: int = CHUNK) -> bytes:
        """One line (or ``limit`` bytes of a longer one); b"" at the end."""
        while True:
            end = self._buf.find(b"\n", self._pos, self._pos + limit)
            if end >= 0 or len(self._buf) - self._pos >= limit or not self._fill():
                stop = end + 1 if end >= 0 else min(len(self._buf), self._pos + limit)
                line = self._buf[self._pos : stop]
                self._pos = stop
                return line

    def read(self, n: int) -> bytes:
        """``n`` bytes, fewer only at the end (gathered in parts: a 30 MB block is not copied 500 times)."""
        data = self._buf[self._pos : self._pos + n]
        self._pos += len(data)
        parts, got = [data], len(data)
        while got < n and (part := self._raw.read(min(n - got, 16 * CHUNK))):
            parts.append(part)
            got += len(part)
        return b"".join(parts) if len(parts) > 1 else data

    def skip(self, n: int) -> int:
        """Read past ``n`` bytes without holding them; the number skipped."""
        skipped = 0
        while skipped < n and (part := self.read(min(CHUNK, n - skipped))):
            skipped += len(part)
        return skipped

    def unread(self, data: bytes) -> None:
        self._buf = data + self._buf[self._pos :]
        self._pos = 0

    def next_line(self) -> bytes | None:
        """The next non-blank line (a record should start there), or None at the end."""
        if self.deferred:
            err, self.deferred = self.deferred, None
            raise err
        while line := self.readline():
            if line.strip():
                return line
        return None

    def finish_member(self) -> None:
        """In a gzip crawl, read one byte past a record so a damaged member trailer shows now, not later."""
        if self._members is None or self._pos < len(self._buf):
            return
        member = self.member
        try:
            self.unread(self.read(1))
        except BrokenStream as err:
            if self.member == member:
                raise
            self.deferred = err  # the next member is damaged: that is the next record's loss

    def resync(self, taken: bytes) -> bool:
        """After a framing error: go to the next line that starts a record, looking first through ``taken``
        (the bytes read as this record's block, where a too-long Content-Length hides the next records).
        False at the end."""
        self.unread(taken)
        start = True
        while line := self.readline():
            if start and _is_record_line(line):
                self.unread(line)
                return True
            start = line.endswith(b"\n")
        return False

    def next_member(self) -> bool:
        """After a broken gzip member: go to the next member. False at the end."""
        self._buf, self._pos = b"", 0
        return self._members is not None and self._members.next_member()


def _is_record_line(line: bytes) -> bool:
    return line.startswith(b"WARC/") and line[5:6].isdigit()


@dataclass(slots=True)
class _Header:
    """A WARC record header as read: its raw bytes (warcio parses them again with the block)."""

    number: int
    raw: bytes
    fields: dict[str, str]
    problem: str | None = None
    broken: BrokenStream | None = None

    @property
    def url(self) -> str | None:
        return self.fields.get("warc-target-uri", "").strip("<>") or None

    @property
    def rec_type(self) -> str:
        return self.fields.get("warc-type", "").casefold()

    @property
    def length(self) -> int:
        return int(self.fields["content-length"])


def _read_header(src: _Source, number: int, first: bytes) -> _Header:
    """The header that begins with ``first``, read up to its blank line; ``problem`` says if it is garbled or
    cut, ``broken`` if a gzip member broke inside it (its fields so far still name the record)."""
    lines, size, problem, broken = [first], len(first), None, None
    if not _is_record_line(first):
        found = first[:40].decode("utf-8", "replace").strip()
        problem = f"garbled record header ({found!r} where a WARC/1.x line should start the record)"
    try:
        while (line := src.readline()).strip():
            lines.append(line)
            size += len(line)
            if size > MAX_HEADER_BYTES:
                problem = problem or f"garbled record header (no end in its first {MAX_HEADER_BYTES:,} bytes)"
                break
    except BrokenStream as err:
        line, broken = b"", err
    lines.append(line)
    fields, bad = _fields(lines[1:])
    if not line and not problem:
        problem = "record cut short inside its header (the file ends there)"
    problem = problem or bad
    if not problem and not fields.get("content-length", "").isdigit():
        problem = "garbled record header (no valid Content-Length)"
    return _Header(number, b"".join(lines), fields, problem, broken)


def _fields(lines: list[bytes]) -> tuple[dict[str, str], str | None]:
    """Header fields by lower-cased name (continuation lines joined), and the first line that is no field."""
    fields: dict[str, str] = {}
    bad, last = None, ""
    for raw in lines:
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if not line.strip():
            continue
        if line[:1] in " \t" and last:
            fields[last] += " " + line.strip()
            continue
        name, colon, value = line.partition(":")
        if not colon or not name.strip():
            bad = bad or f"garbled record header (line {line[:40]!r} is not a field)"
            continue
        last = name.strip().casefold()
        fields[last] = value.strip()
    return fields, bad


def read_warc(name: str, fh: BinaryIO) -> Iterator[Record | ReadError]:
    head, fh = with_head(fh)
    members = GzipMembers(fh) if head[:2] == GZIP_MAGIC else None
    src = _Source(members or fh, members)
    n = 0
    while True:
        try:
            first = src.next_line()
        except BrokenStream as err:  # between records: the next one is lost
            yield ReadError(name, None, f"{BROKEN}{err}; the record is lost", record=n + 1)
            n += 1
            if not src.next_member():
                return
            continue
        if first is None:
            if n == 0:
                yield ReadError(name, None, "empty file: no WARC records")
            return
        if n == 0 and first.startswith(b"filedesc://"):
            yield from _read_arc(name, src, first)
            return
        n += 1
        yield from _one_record(name, src, n, first)


def _one_record(name: str, src: _Source, n: int, first: bytes) -> Iterator[Record | ReadError]:
    """The article of record ``n`` (or nothing for crawl structure), or the error that names its loss."""
    header = _read_header(src, n, first)
    try:
        if header.broken:
            raise header.broken
        framed = _frame(src, header)
        if isinstance(framed, str):
            yield _error(name, header, BROKEN + framed)
            return
        block, size = framed
        src.finish_member()
    except BrokenStream as err:
        yield _error(name, header, f"{BROKEN}{err}; the record is lost")
        src.next_member()
        return
    if header.rec_type in ARTICLE_RECORDS:
        yield _article(name, header, block, size)


def _frame(src: _Source, header: _Header) -> tuple[bytes, int] | str:
    """The record's block (held up to MAX_PAGE_BYTES) and its full size, or why the framing is wrong (after
    which ``src`` stands at the next record)."""
    if header.problem:
        src.resync(b"")
        return header.problem
    length = header.length
    block = src.read(min(length, MAX_PAGE_BYTES))
    size = len(block) + (src.skip(length - len(block)) if len(block) == MAX_PAGE_BYTES else 0)
    if size < length:
        src.resync(block)
        return (
            f"record cut short: the file ends after {size:,} of the {length:,} bytes its Content-Length "
            "declares (a cut file, or a wrong Content-Length)"
        )
    end = src.read(len(TERMINATOR))
    if end == TERMINATOR or (len(end) < len(TERMINATOR) and TERMINATOR.startswith(end)):
        return block, size
    if end.startswith(b"\n\n"):  # a writer that ends records with bare newlines
        src.unread(end[2:])
        return block, size
    src.resync(block + end)
    return f"wrong Content-Length ({length:,}): the record does not end where it says"


def _error(name: str, header: _Header | None, reason: str, n: int | None = None) -> ReadError:
    number = header.number if header else n
    return _named(name, number, header.url if header else None, reason)


def _named(name: str, number: int | None, url: str | None, reason: str) -> ReadError:
    return ReadError(name, None, reason, url or (f"{name}#{number}" if number else None), number, url)


def _article(name: str, header: _Header, block: bytes, size: int) -> Record | ReadError:
    """The article of a response or resource record whose framing is sound."""
    from warcio.recordloader import ArcWarcRecordLoader

    try:
        record = ArcWarcRecordLoader(verify_http=False, arc2warc=False).parse_record_stream(
            io.BytesIO(header.raw + block), known_format="warc"
        )
    except Exception as err:  # warcio's own errors on a malformed HTTP header
        return _error(name, header, f"unreadable record: {type(err).__name__}: {err}")
    return _page(name, header.number, header.url, record, size > len(block))


def _page(name: str, n: int, url: str | None, record: Any, too_large: bool) -> Record | ReadError:
    """The article of a parsed response: a page's text, or why there is none."""
    try:
        ctype = _content_type(record)
        if not ctype.startswith(PAGE_TYPES):
            return _named(name, n, url, f"not an article page (content type {ctype or 'unknown'!r})")
        if too_large:
            return _named(name, n, url, f"page is over {MAX_PAGE_BYTES >> 20} MB, not one article page")
        body = record.content_stream().read(MAX_PAGE_BYTES + 1)
    except Exception as err:  # a malformed payload encoding (chunked, gzip) of this record only
        return _named(name, n, url, f"unreadable record: {type(err).__name__}: {err}")
    if getattr(record.raw_stream, "limit", 0) > 0:
        return _named(name, n, url, f"{BROKEN}record cut short: the file ends before its declared length")
    source = f"{name} record {n}" + (f" ({url})" if url else "")
    result = page_record(body, url or f"{name}#{n}", source, url)
    return result if isinstance(result, Record) else _named(name, n, url, result)


def _content_type(record: Any) -> str:
    if record.http_headers is not None:
        return (record.http_headers.get_header("Content-Type") or "").casefold()
    if record.rec_type == "resource":
        return (record.rec_headers.get_header("Content-Type") or "").casefold()
    return ""


def _read_arc(name: str, src: _Source, first: bytes) -> Iterator[Record | ReadError]:
    """The older ARC format (pre-2009 crawls): through warcio, streamed; a cut record is named."""
    from warcio.archiveiterator import ArchiveIterator

    src.unread(first)
    n, url = 0, None
    try:
        for record in ArchiveIterator(_Reads(src), arc2warc=True):
            n += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            if record.rec_type in ARTICLE_RECORDS:
                yield _page(name, n, url, record, False)
    except Exception as err:  # warcio stops at a damaged ARC record
        yield _named(name, n + 1, None, f"broken ARC after record {n}: {type(err).__name__}: {err}")


class _Reads:
    """``read`` over a ``_Source``, for warcio."""

    def __init__(self, src: _Source) -> None:
        self._src = src

    def read(self, n: int = -1) -> bytes:
        return self._src.read(n if n >= 0 else CHUNK)


def sniff(head: bytes) -> bool:
    """A crawl: starts with a WARC version line or an ARC file description (``head`` is gunzipped)."""
    return head.lstrip().startswith((b"WARC/", b"filedesc://"))


FORMAT = Format(read_warc, (".warc", ".warc.gz", ".arc", ".arc.gz"), sniff)
