"""Word tokens with offsets, for the small phrase grammars of the quote and speaker finders."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\w(?:[\w'’-]*\w)?\.?(?<=\w\.)(?=[\s,)])|\w(?:[\w'’.-]*\w)?|[^\w\s]")


@dataclass(slots=True, frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.casefold()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)]
