"""Plain text: one file is one article; its name is its ``doc_id``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kutip.read.errors import ReadError, Record, check_text, decode


def read_text(name: str, data: bytes) -> Iterator[Record | ReadError]:
    if not data:
        yield ReadError(name, None, "empty file")
        return
    text, problem = decode(data)
    if text is None:
        yield ReadError(name, None, problem or "unreadable")
        return
    problem = check_text(text)
    if problem:
        yield ReadError(name, None, problem)
        return
    yield Record(Path(name).name if name != "<stdin>" else "stdin", text, name)
