"""Input: turn paths into article records, one reader module per format.

A reader is a function ``read(path, data) -> Iterator[Record | ReadError]`` registered in ``READERS`` under
its format name with the file endings it claims; ``-`` reads standard input and sniffs the format. Every
failure is a ``ReadError`` naming the file (and line or record), never an exception that stops the run.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from kutip.read.errors import ReadError, Record, check_text
from kutip.read.html import read_html
from kutip.read.jsonl import read_jsonl
from kutip.read.text import read_text
from kutip.read.warc import read_warc

Reader = Callable[[str, bytes], Iterator["Record | ReadError"]]

READERS: dict[str, tuple[Reader, tuple[str, ...]]] = {
    "jsonl": (read_jsonl, (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")),
    "html": (read_html, (".html", ".htm", ".xhtml")),
    "warc": (read_warc, (".warc", ".warc.gz", ".arc.gz")),
    "text": (read_text, (".txt", ".text", ".md")),
}
MAX_FILE_BYTES = 2 * 1024**3


def format_of(name: str, data: bytes) -> str:
    """The reader for a file: by its ending, else by its first bytes."""
    low = name.casefold()
    for fmt, (_, endings) in READERS.items():
        if low.endswith(endings):
            return fmt
    head = data[:512].lstrip()
    if head.startswith(b"WARC/") or (data[:2] == b"\x1f\x8b" and b"WARC/" in _gunzip_head(data)):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if head[:1] == b"<" and (b"<html" in data[:2048].lower() or b"<!doctype" in head[:20].lower()):
        return "html"
    return "text"


def _gunzip_head(data: bytes) -> bytes:
    import zlib

    try:
        return zlib.decompressobj(31).decompress(data[:4096], 64)
    except zlib.error:
        return b""


def read_paths(paths: list[str], fmt: str | None = None) -> Iterator[Record | ReadError]:
    """Records (or errors) from every path, in order; folders are read recursively, sorted."""
    for path in paths:
        if path == "-":
            data = sys.stdin.buffer.read()
            yield from _read_one("<stdin>", data, fmt)
            continue
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
            if not files:
                yield ReadError(path, None, "folder holds no files")
            for f in files:
                yield from _read_file(f, fmt)
        else:
            yield from _read_file(p, fmt)


def _read_file(p: Path, fmt: str | None) -> Iterator[Record | ReadError]:
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            yield ReadError(
                str(p), None, f"file is {size / 1024**2:.0f} MB, over the {MAX_FILE_BYTES >> 20} MB limit"
            )
            return
        data = p.read_bytes()
    except OSError as err:
        yield ReadError(str(p), None, err.strerror or str(err))
        return
    yield from _read_one(str(p), data, fmt)


def _read_one(name: str, data: bytes, fmt: str | None) -> Iterator[Record | ReadError]:
    reader = READERS[fmt or format_of(name, data)][0]
    yield from reader(name, data)


__all__ = ["READERS", "ReadError", "Record", "check_text", "format_of", "read_paths"]
