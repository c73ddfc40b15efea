"""Input: turn paths into article records, one reader module per format.

A reader is a function ``read(name, stream) -> Iterator[Record | ReadError]`` that pulls from an open binary
stream (a line or a record at a time, so memory stays flat in file size). Each reader module declares a
``FORMAT`` (reader, file endings, an optional test on the first bytes) and is registered below; a new format
is one new module and one line here. ``-`` reads standard input and sniffs the format. Every failure is a
``ReadError`` naming the file (and line or record), never an exception that stops the run.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kutip.read import html, jsonl, text, warc
from kutip.read.errors import MAX_ARTICLE_CHARS, Format, Reader, ReadError, Record, check_text
from kutip.read.streams import GZIP_MAGIC, gunzip_head, with_head

# in sniffing order; a file no format claims is read as text
READERS: dict[str, Format] = {
    "warc": warc.FORMAT,
    "jsonl": jsonl.FORMAT,
    "html": html.FORMAT,
    "text": text.FORMAT,
}
FALLBACK = "text"


def format_of(name: str, head: bytes) -> str:
    """The reader for a file: by its ending, else by its first bytes (``head``; looked into if gzip)."""
    low = name.casefold()
    for fmt, spec in READERS.items():
        if low.endswith(spec.endings):
            return fmt
    if head[:2] == GZIP_MAGIC:
        head = gunzip_head(head)
    for fmt, spec in READERS.items():
        if spec.sniff is not None and spec.sniff(head):
            return fmt
    return FALLBACK


def read_paths(
    paths: Iterable[str], fmt: str | None = None, exclude: Iterable[str | os.PathLike[str]] = ()
) -> Iterator[Record | ReadError]:
    """Records (or errors) from every path, in order; folders are read recursively in sorted order, skipping
    dot-files and dot-folders. Paths in ``exclude`` (the store's own database and its -wal, -shm, -journal
    files) are never read: a folder walk passes them by, a path naming one directly is an error."""
    skip = frozenset(os.path.realpath(p) for p in exclude)
    for path in paths:
        if path == "-":
            yield from read_stream("<stdin>", sys.stdin.buffer, fmt)
        elif os.path.realpath(path) in skip:
            yield ReadError(path, None, "not read: excluded (Kutip writes this file)")
        elif os.path.isdir(path):
            yield from _read_folder(Path(path), fmt, skip)
        else:
            yield from _read_file(Path(path), fmt)


def _read_folder(folder: Path, fmt: str | None, skip: frozenset[str]) -> Iterator[Record | ReadError]:
    found = False
    for item in _walk(folder, skip):
        if isinstance(item, ReadError):
            yield item
            continue
        found = True
        yield from _read_file(item, fmt)
    if not found:
        yield ReadError(str(folder), None, "folder holds no files")


def _walk(folder: Path, skip: frozenset[str]) -> Iterator[Path | ReadError]:
    """Files under ``folder`` in sorted path order; a folder that cannot be listed is an error naming it."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
        real = os.path.realpath(folder)
    except OSError as err:
        yield ReadError(str(folder), None, f"folder not read: {err.strerror or err}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path, skip)
            elif entry.is_file():
                link = entry.is_symlink()
                if (os.path.realpath(path) if link else os.path.join(real, entry.name)) not in skip:
                    yield path
            elif entry.is_symlink() and not os.path.exists(path):
                yield ReadError(str(path), None, "not read: a link to nothing (its target is gone)")
        except OSError as err:
            yield ReadError(str(path), None, f"not read: {err.strerror or err}")


def _read_file(path: Path, fmt: str | None) -> Iterator[Record | ReadError]:
    try:
        fh = path.open("rb")
    except OSError as err:
        yield ReadError(str(path), None, err.strerror or str(err))
        return
    with fh:
        yield from read_stream(str(path), fh, fmt)


def read_stream(name: str, fh: BinaryIO, fmt: str | None = None) -> Iterator[Record | ReadError]:
    """Records (or errors) from one open binary stream; the format is forced, or by name, or sniffed."""
    try:
        head, fh = with_head(fh)
        yield from READERS[fmt or format_of(name, head)].reader(name, fh)
    except OSError as err:  # the disk or the pipe failed under us
        yield ReadError(name, None, f"read failed: {err.strerror or err}")


__all__ = [
    "MAX_ARTICLE_CHARS",
    "READERS",
    "Format",
    "ReadError",
    "Reader",
    "Record",
    "check_text",
    "format_of",
    "read_paths",
    "read_stream",
]
