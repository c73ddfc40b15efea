"""A quote as the finders see it: the span, the cue, and where the words about its speaker stand."""

from __future__ import annotations

from kutip.doc import Quote


class Candidate:
    """A found quote before attribution. ``mention`` is the speaker phrase the grammar pointed at;
    ``via`` names the rule that found it (trailer, lead, inverted, subject, according, continuation).
    (A plain class: compiled, a dataclass's ``__init__`` runs interpreted; ``__eq__`` is a dataclass's.)"""

    __slots__ = ("mention", "para", "quote", "via")

    def __init__(self, quote: Quote, mention: tuple[int, int] | None, via: str, para: int) -> None:
        self.quote = quote
        self.mention = mention
        self.via = via
        self.para = para

    def __eq__(self, other: object) -> bool:
        return type(other) is Candidate and (self.quote, self.mention, self.via, self.para) == (
            other.quote, other.mention, other.via, other.para
        )  # fmt: skip

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"Candidate(quote={self.quote!r}, mention={self.mention!r}, via={self.via!r}, para={self.para!r})"
        )
