"""A quote as the finders see it: the span, the cue, and where the words about its speaker stand."""

from __future__ import annotations

from dataclasses import dataclass

from kutip.doc import Quote


@dataclass(slots=True)
class Candidate:
    """A found quote before attribution. ``mention`` is the speaker phrase the grammar pointed at;
    ``via`` names the rule that found it (trailer, lead, inverted, subject, according, continuation)."""

    quote: Quote
    mention: tuple[int, int] | None
    via: str
    para: int
