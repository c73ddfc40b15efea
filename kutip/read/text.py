"""Plain text: one file is one article; its name is its ``doc_id``.

At most enough bytes are read to know whether the article fits: a 2 GB dump is refused after 4 MB.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kutip.read.decode import BINARY, SNIFF_BYTES, bom, decode, looks_binary
from kutip.read.errors import MAX_ARTICLE_CHARS, Format, ReadError, Record, check_text
from kutip.read.streams import read_upto

# no encoding Kutip reads spends more than 4 bytes on a character (plus a byte-order mark)
MAX_TEXT_BYTES = 4 * MAX_ARTICLE_CHARS + 4


def read_text(name: str, fh: BinaryIO) -> Iterator[Record | ReadError]:
    data = read_upto(fh, MAX_TEXT_BYTES + 1)
    if not data:
        yield ReadError(name, None, "empty file")
        return
    problem = too_long(data, MAX_TEXT_BYTES)
    text = None
    if problem is None:
        text, problem = decode(data)
    if text is None:
        yield ReadError(name, None, problem or "unreadable")
        return
    problem = check_text(text)
    if problem:
        yield ReadError(name, None, problem)
        return
    yield Record(Path(name).name if name != "<stdin>" else "stdin", text, name)


def too_long(data: bytes, limit: int) -> str | None:
    """Why a read that reached past ``limit`` bytes is refused: binary data, or too long for an article."""
    if len(data) <= limit:
        return None
    if bom(data)[0] is None and looks_binary(data[:SNIFF_BYTES]):
        return BINARY
    return (
        f"article is more than {limit:,} bytes (at least {MAX_ARTICLE_CHARS + 1:,} characters), "
        f"over the {MAX_ARTICLE_CHARS:,} limit for one article"
    )


FORMAT = Format(read_text, (".txt", ".text", ".md"))
