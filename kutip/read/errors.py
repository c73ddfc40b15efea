"""What readers produce: an article record, or an error that names where the input went wrong."""

from __future__ import annotations

from dataclasses import dataclass

MAX_ARTICLE_CHARS = 1_000_000  # the longest news article Kutip accepts; books and dumps are not articles


@dataclass(slots=True)
class Record:
    """One article to extract."""

    doc_id: str
    text: str
    source: str  # "file" or "file:line", for messages
    title: str | None = None
    url: str | None = None
    date: str | None = None
    lang: str | None = None


@dataclass(slots=True)
class ReadError:
    """An input that could not become an article."""

    file: str
    line: int | None
    reason: str
    doc_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.reason}"


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) or (None, reason) for raw bytes: refuses binary data and invalid UTF-8."""
    if b"\x00" in data[:65536]:
        return None, "binary file (NUL bytes), not text"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return (
            None,
            f"invalid UTF-8 at byte {err.start} ({data[err.start : err.start + 1]!r}); "
            "re-encode the file as UTF-8",
        )
    return text, None


def check_text(text: str) -> str | None:
    """Why ``text`` is not an article (empty, too long), or None."""
    if not text.strip():
        return "empty article: no text"
    if len(text) > MAX_ARTICLE_CHARS:
        return f"article is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} limit for one article"
    return None
