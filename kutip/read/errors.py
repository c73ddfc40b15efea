"""What readers produce (an article record, or an error that names where the input went wrong) and the
contract a reader module meets to be registered."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, NamedTuple

MAX_ARTICLE_CHARS = 1_000_000  # the longest news article Kutip accepts; books and dumps are not articles


@dataclass(slots=True)
class Record:
    """One article to extract."""

    doc_id: str
    text: str
    source: str  # "file", "file:line" or "file record N (url)", for messages
    title: str | None = None
    url: str | None = None
    date: str | None = None
    lang: str | None = None


@dataclass(slots=True)
class ReadError:
    """An input that could not become an article: the file, and the line (JSONL) or record (WARC) in it."""

    file: str
    line: int | None
    reason: str
    doc_id: str | None = None
    record: int | None = None  # the record's number in a crawl (WARC), counted from 1
    url: str | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"

    @property
    def where(self) -> str:
        if self.line is not None:
            return f"{self.file}:{self.line}"
        if self.record is not None:
            return f"{self.file} record {self.record}" + (f" ({self.url})" if self.url else "")
        return self.file


Reader = Callable[[str, BinaryIO], Iterator["Record | ReadError"]]


class Format(NamedTuple):
    """A registered input format: its reader (given a name and a binary stream at its start), the file
    endings it claims, and a test on the first bytes of an unnamed input (standard input, a bare file)."""

    reader: Reader
    endings: tuple[str, ...]
    sniff: Callable[[bytes], bool] | None = None


def check_text(text: str) -> str | None:
    """Why ``text`` is not an article (empty, too long), or None."""
    if not text.strip():
        return "empty article: no text"
    if len(text) > MAX_ARTICLE_CHARS:
        return f"article is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} limit for one article"
    return None
