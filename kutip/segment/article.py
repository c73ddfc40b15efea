"""The article as every finder reads it: its text, tokenised once, and the segments found so far.

The pipeline builds one ``Article`` per document and fills it as the stages run (paragraphs, then the
quotations, then the sentences); the quote, speaker and mention finders receive it instead of the text, the
language and the spans one by one. Every token range a finder asks for is a slice of the one token stream,
so no stage tokenises again, and a finder that needs the quotations or the sentences finds them here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kutip.quotes.marks import Quotation, QuotationIndex
from kutip.segment.offsets import first_at_or_after, first_at_or_after_near
from kutip.segment.tokens import Token, tokenize

if TYPE_CHECKING:
    from kutip.doc import Span
    from kutip.lang import Language


class Article:
    """One article's text and language, its token stream, and its paragraphs, quotations and sentences."""

    __slots__ = (
        "lang", "numbered", "paragraphs", "quotations", "quoted", "sentences", "starts", "text", "toks",
    )  # fmt: skip

    def __init__(self, text: str, lang: Language) -> None:
        self.text = text
        self.lang = lang
        self.toks, self.starts = tokenize(text, lang)
        self.paragraphs: list[Span] = []
        self.quotations: list[Quotation] = []
        self.quoted = QuotationIndex([])
        self.numbered: list[tuple[int, Span]] = []  # (paragraph index, sentence span), in text order
        self.sentences: list[Span] = []

    def set_quotations(self, quotations: list[Quotation]) -> None:
        """The paired quotation marks, and the index that answers "is this offset quoted?"."""
        self.quotations = quotations
        self.quoted = QuotationIndex(quotations)

    def set_sentences(self, numbered: list[tuple[int, Span]]) -> None:
        self.numbered = numbered
        self.sentences = [s for _, s in numbered]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """The index range ``[i, j)`` of the tokens that lie inside ``text[start:end]``."""
        toks, starts = self.toks, self.starts
        i = first_at_or_after(starts, start)
        j = first_at_or_after_near(starts, end, i)
        while j > i and toks[j - 1].end > end:
            j -= 1
        return i, j

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens inside ``text[start:end]``."""
        i, j = self.token_range(start, end)
        return self.toks[i:j]

    def first_tokens(self, start: int, end: int, count: int) -> list[Token]:
        """The first ``count`` tokens of ``text[start:end]``: a phrase read forward from a cue never needs
        more, and copying the rest of a long paragraph for every cue would grow with its square."""
        i, j = self.token_range(start, end)
        return self.toks[i : min(j, i + count)]

    def last_tokens(self, start: int, end: int, count: int) -> list[Token]:
        """The last ``count`` tokens of ``text[start:end]`` (a subject read backward from its verb)."""
        i, j = self.token_range(start, end)
        return self.toks[max(i, j - count) : j]
