"""The document model: one canonical text and spans that are character offsets into it.

Every field the pipeline finds (quote, cue, speaker mention, entity, number, date, removed insert) is a
``[start, end)`` range into ``Document.text``, Python string indices, so a reader can always go back to
the words the article printed. Spans may overlap (a quote, its cue and the speaker mention inside a
mixed quote); nothing here copies or re-types text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Final

SCHEMA_VERSION: Final = "1.0"

SPEECH_ACTS: Final = (
    "say",
    "assert",
    "deny",
    "claim",
    "accuse",
    "admit",
    "warn",
    "request",
    "opinion",
    "promise",
    "other",
)
QUOTE_TYPES: Final = ("direct", "indirect", "mixed")
SPEAKER_KINDS: Final = ("person", "organization", "country", "unnamed", "unknown")


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def as_dict(obj: Any) -> dict[str, Any]:
    """A flat dataclass as a dict (``dataclasses.asdict`` deep-copies, which is slow on every quote)."""
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in fields(obj))
    return {name: getattr(obj, name) for name in names}


@dataclass(slots=True)
class Span:
    """A range of the document text."""

    start: int
    end: int


@dataclass(slots=True)
class Speaker:
    """Who a quote is attributed to, and the words of this article that say so."""

    name: str | None
    kind: str = "unknown"
    role: str | None = None
    mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    rank: str | None = None  # police or military rank or academic title ("AKBP", "Prof"), never in role
    aliases: list[str] = field(default_factory=list)  # other names the article gives ("Gus Ipul", "BPS")


@dataclass(slots=True)
class Quote:
    """One attributed statement. ``start``/``end`` exclude the quotation marks of a direct quote."""

    type: str
    start: int
    end: int
    text: str
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speech_act: str = "say"
    speakers: list[Speaker] = field(default_factory=list)
    confidence: float = 0.5
    rule: str = ""  # which attribution rule decided the speaker, for explanation and error analysis

    @property
    def speaker(self) -> Speaker | None:
        return self.speakers[0] if self.speakers else None

    def to_dict(self) -> dict[str, Any]:
        speakers = [as_dict(s) for s in self.speakers]
        out: dict[str, Any] = {
            "type": self.type,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "speech_act": self.speech_act,
            "speaker": speakers[0] if speakers else None,
        }
        if len(speakers) > 1:
            out["speakers"] = speakers
        out["confidence"] = round(self.confidence, 3)
        out["rule"] = self.rule
        return out


@dataclass(slots=True)
class Removed:
    """Page furniture left out of extraction: an insert ("Baca Juga: ..."), an advert, a promo."""

    kind: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    """A person, organisation or place mention with the article's canonical form of it."""

    label: str
    start: int
    end: int
    text: str
    canonical: str

    def to_dict(self) -> dict[str, Any]:
        # spelled out rather than ``as_dict``: an article has dozens, and compiled code reads fields directly
        return {
            "label": self.label, "start": self.start, "end": self.end, "text": self.text,
            "canonical": self.canonical,
        }  # fmt: skip


@dataclass(slots=True)
class Quantity:
    """A figure found in the text with its value and unit ("3.000 tentara" -> 3000, "troops"). The unit has
    one name across languages (``kutip/lang/*/numbers.py``), so that figures compare; a range ("10-15
    persen") keeps its lower end in ``value`` and its upper end in ``upper``."""

    start: int
    end: int
    text: str
    value: int | float  # an int when whole ("3000"), so JSON writes no ".0"
    unit: str | None = None
    upper: int | float | None = None  # the upper end of a range, None for a single figure

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "value": self.value, "unit": self.unit,
            "upper": self.upper,
        }  # fmt: skip


@dataclass(slots=True)
class DateMention:
    """A date found in the text, normalised to ISO 8601 when it can be ("Kamis (24/10/2024)")."""

    start: int
    end: int
    text: str
    value: str | None
    relative: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "value": self.value,
            "relative": self.relative,
        }  # fmt: skip


@dataclass(slots=True)
class Dateline:
    place: str | None
    outlet: str | None
    start: int
    end: int


@dataclass(slots=True)
class Document:
    """An article and everything Kutip found in it."""

    doc_id: str
    text: str
    lang: str = "id"
    title: str | None = None
    url: str | None = None
    date: str | None = None
    dateline: Dateline | None = None
    # where ``date`` came from: "metadata" (the input gave it), "text" (the article's own dateline date,
    # when the input gave none), None (no date)
    date_source: str | None = None
    source_credit: str | None = None
    removed: list[Removed] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    # working data of the pipeline, not serialised: paragraph and sentence spans of the kept text
    paragraphs: list[Span] = field(default_factory=list, repr=False)
    sentences: list[Span] = field(default_factory=list, repr=False)

    @property
    def outlet(self) -> str | None:
        return self.dateline.outlet if self.dateline else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form described by ``kutip/schema/document.schema.json``."""
        return {
            "schema_version": SCHEMA_VERSION,
            "doc_id": self.doc_id,
            "lang": self.lang,
            "title": self.title,
            "url": self.url,
            "date": self.date,
            "date_source": self.date_source,
            "text": self.text,
            "dateline": as_dict(self.dateline) if self.dateline else None,
            "outlet": self.outlet,
            "source_credit": self.source_credit,
            "removed": [as_dict(r) for r in self.removed],
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [e.to_dict() for e in self.entities],
            "quantities": [q.to_dict() for q in self.quantities],
            "dates": [d.to_dict() for d in self.dates],
        }
