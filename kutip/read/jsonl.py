"""JSONL(.gz), one article per line: ``doc_id``, ``text``, optional ``title``, ``url``, ``date``, ``lang``.

Read a line at a time from the stream (gzip decompressed as it is read), so memory does not grow with the
file. Every line that cannot become an article is an error naming its number; when a gzip stream breaks
(a cut download), every complete line before the break is kept and one error names the line it broke after.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from kutip.read.decode import bom, clean, invalid, looks_binary
from kutip.read.errors import MAX_ARTICLE_CHARS, Format, ReadError, Record, check_text
from kutip.read.streams import BrokenStream, Prefixed, decompressed, gunzip_head, with_head

# JSON may spend 12 bytes on one character ("\ud83d\ude00"); a longer line is not one article
MAX_LINE_BYTES = 12 * MAX_ARTICLE_CHARS + 65536
FIELDS = ("title", "url", "date", "lang")


def read_jsonl(name: str, fh: BinaryIO) -> Iterator[Record | ReadError]:
    head, fh = with_head(fh)
    stream, members = decompressed(fh, head)
    inner = gunzip_head(head) if members else head
    if bom(inner)[0] is None and looks_binary(inner):
        yield ReadError(name, None, "binary file (NUL bytes), not JSONL")
        return
    stem = Path(name).name.split(".")[0]
    n, seen = 0, False
    try:
        first = stream.readline(MAX_LINE_BYTES + 1)
        encoding, skip = bom(first)
        if encoding in (None, "utf-8"):
            lines = _byte_lines(first[skip:], stream, skip)
        else:
            lines = _text_lines(first, stream, encoding)
        for n, line, offset in lines:
            seen = seen or line is None or len(line) > 0
            if line is None:
                yield ReadError(name, n, f"line is over {MAX_LINE_BYTES:,} bytes: not one article")
            elif line:
                yield _record(name, stem, n, line, offset)
    except BrokenStream as err:
        yield ReadError(name, n + 1, f"gzip stream broke after line {n}: {err}; the rest of the file is lost")
        return
    except UnicodeDecodeError as err:  # a UTF-16 file cut inside a character
        yield ReadError(name, n + 1, f"invalid {err.encoding.upper()} after line {n}: {err.reason}")
        return
    if not seen:
        yield ReadError(name, None, "empty file")


# (number, content, byte offset): content is "" for a blank line, None for one too long to be an article
Line = tuple[int, "str | bytes | None", int]


def _byte_lines(first: bytes, stream: BinaryIO, offset: int) -> Iterator[Line]:
    """Lines of UTF-8 JSONL, ``first`` already read; a line over the limit is skipped, not held."""
    n, raw = 0, first
    while raw:
        n += 1
        start, offset = offset, offset + len(raw)
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            offset += _skip_line(stream)
            yield n, None, start
        else:
            yield n, raw if raw.strip() else b"", start
        raw = stream.readline(MAX_LINE_BYTES + 1)


def _text_lines(first: bytes, stream: BinaryIO, encoding: str) -> Iterator[Line]:
    """Lines of UTF-16/32 JSONL (announced by a byte-order mark), decoded as they are read."""
    codec = encoding.removesuffix("-le").removesuffix("-be")  # the codec reads and drops the mark
    raw = io.BufferedReader(Prefixed(first, stream), 1 << 20)
    text = io.TextIOWrapper(raw, codec, errors="surrogatepass", newline="\n")
    n = 0
    while line := text.readline(MAX_LINE_BYTES + 1):
        n += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith("\n"):
            while (more := text.readline(1 << 20)) and not more.endswith("\n"):
                pass
            yield n, None, -1
        else:
            yield n, line if line.strip() else "", -1


def _skip_line(stream: BinaryIO) -> int:
    """Read past the rest of an overlong line without holding it; the bytes skipped."""
    skipped = 0
    while more := stream.readline(1 << 20):
        skipped += len(more)
        if more.endswith(b"\n"):
            break
    return skipped


_DECODE = json.JSONDecoder(strict=False).decode  # raw tabs and control characters in strings are kept


def _record(name: str, stem: str, n: int, line: str | bytes, offset: int) -> Record | ReadError:
    risky = True
    if isinstance(line, bytes):
        raw, risky = line, _risky(line)
        try:
            line = raw.decode("utf-8", "surrogatepass")  # an encoded lone surrogate is cleaned below
        except UnicodeDecodeError as err:
            where = f" of the line (byte {offset + err.start:,} of the file)"
            return ReadError(name, n, invalid("utf-8", raw, err.start, where))
    try:
        obj = _DECODE(line)
    except json.JSONDecodeError as err:
        return ReadError(name, n, f"malformed JSON: {err.msg} at column {err.colno}")
    except (ValueError, RecursionError) as err:  # an over-long number, nesting too deep
        return ReadError(name, n, f"malformed JSON: {type(err).__name__}: {str(err)[:200]}")
    if not isinstance(obj, dict):
        return ReadError(name, n, f"expected a JSON object, got {type(obj).__name__}")
    fix = clean if risky else str
    doc_id = fix(str(obj.get("doc_id") or obj.get("id") or f"{stem}:{n}"))
    text = obj.get("text")
    if not isinstance(text, str):
        return ReadError(name, n, 'no "text" string in the record', doc_id)
    text = fix(text)
    problem = check_text(text)
    if problem:
        return ReadError(name, n, problem, doc_id)
    title, url, date, lang = (_opt(obj.get(key), fix) for key in FIELDS)
    return Record(doc_id, text, f"{name}:{n}", title, url, date, lang)


def _risky(line: bytes) -> bool:
    """Whether a raw line can hold a NUL or a lone surrogate once parsed: a NUL byte, the escapes \\u0000
    and \\udXXX, or the UTF-8 form of a surrogate (ED A0-BF). Most lines hold none: not scanned again."""
    if b"\x00" in line or b"\xed" in line:
        return True
    return b"\\u" in line and (b"\\u0000" in line or b"\\ud" in line or b"\\uD" in line)


def _opt(value: object, fix: Callable[[str], str]) -> str | None:
    return fix(str(value)) if value not in (None, "") else None


def sniff(head: bytes) -> bool:
    """One JSON object per line."""
    return head.lstrip().startswith(b"{")


FORMAT = Format(read_jsonl, (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"), sniff)
