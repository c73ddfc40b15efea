"""The article as every finder reads it: its text, tokenised once, and the segments found so far.

The pipeline builds one ``Article`` per document and fills it as the stages run (paragraphs, then the
quotations, then the sentences); the quote, speaker and mention finders receive it instead of the text, the
language and the spans one by one. Every token range a finder asks for is a slice of the one token stream,
so no stage tokenises again, and a finder that needs the quotations or the sentences finds them here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kutip.quotes.marks import Quotation, QuotationIndex
from kutip.segment.tokens import BLOCK_BITS, Token, tokenize

if TYPE_CHECKING:
    from mypy_extensions import i64  # a machine integer when compiled (only annotations name it)

    from kutip.doc import Span
    from kutip.lang import Language


class Article:
    """One article's text and language, its token stream, and its paragraphs, quotations and sentences."""

    __slots__ = (
        "blocks", "lang", "numbered", "paragraphs", "quotations", "quoted", "sentences", "text", "toks",
    )  # fmt: skip

    def __init__(self, text: str, lang: Language) -> None:
        self.text = text
        self.lang = lang
        self.toks, self.blocks = tokenize(text, lang)  # (the first token of each block of the text)
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
        toks = self.toks
        i = self.first_token(start)
        j = self.first_token(end) if end > start else i
        while j > i and toks[j - 1].end > end:
            j -= 1
        return i, j

    def first_token(self, pos: int) -> int:
        """The index of the first token that starts at or after ``pos`` (``bisect_left`` of their starts):
        from the first token of the text block ``pos`` falls in, a step or two forward. The finders ask
        for tens of thousands of token ranges per article; a binary search over the whole article for
        each cost several times more."""
        toks, blocks = self.toks, self.blocks
        block = pos >> BLOCK_BITS
        if pos <= 0:
            return 0
        if block >= len(blocks):
            return len(toks)  # past the end of the text
        i: i64 = blocks[block]  # (machine integers: compiled, no tagged arithmetic in the steps)
        count: i64 = len(toks)
        while i < count and toks[i].start < pos:
            i += 1
        return i

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
