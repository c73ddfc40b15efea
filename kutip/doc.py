"""The document model: one canonical text and spans that are character offsets into it.

Every field the pipeline finds (quote, cue, speaker mention, entity, number, date, removed insert) is a
``[start, end)`` range into ``Document.text``, Python string indices, so a reader can always go back to
the words the article printed. Spans may overlap (a quote, its cue and the speaker mention inside a
mixed quote); nothing here copies or re-types text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Final, cast

from kutip.native import mypyc_attr

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


_FIELD_NAMES: Final[dict[type, tuple[str, ...]]] = {}


# The JSON line of a document is written here rather than by ``json.dumps(doc.to_dict())``: compiled, with
# its keys as constants, it builds no dicts and encodes no key, and that was a sixth of a run's instructions.
# Every value is encoded as ``json.dumps(..., ensure_ascii=False)`` would (``tests/test_schema_output.py``).
_STRING: Final[Callable[[str], str]] = json.encoder.encode_basestring  # the encoder's own, in C
_ANY: Final = json.JSONEncoder(ensure_ascii=False, check_circular=False)
_INTS: Final[list[str | None]] = []  # the text of i at [i], once met: offsets repeat across an article
_INTS_MAX: Final = 1 << 17
_CONFIDENCES: Final[dict[float, str]] = {}
_CONFIDENCES_MAX: Final = 1024


def json_value(v: object) -> str:
    """``v`` as ``json.dumps(v, ensure_ascii=False)`` writes it: the common types here, the rest by json."""
    if v is None:
        return "null"
    t = type(v)
    if t is str:
        return _STRING(cast(str, v))
    if t is int:  # not bool: its type is bool
        return _int_text(cast(int, v))
    if t is float and math.isfinite(cast(float, v)):
        return repr(v)
    if t is list:
        return "[" + ", ".join([json_value(x) for x in cast(list[object], v)]) + "]"
    return _ANY.encode(v)


def _int_text(i: int) -> str:
    """``str(i)``, kept for the offsets of an article's length: compiled, that is a list read."""
    if i < 0 or i >= _INTS_MAX:
        return str(i)
    if i >= len(_INTS):
        _INTS.extend([None] * (i + 1 - len(_INTS)))
    known = _INTS[i]
    if known is None:
        known = _INTS[i] = str(i)
    return known


def _confidence_text(c: float) -> str:
    """``json_value(round(c, 3))``, kept per value: a quote's confidence is one of a handful of values, and
    rounding and writing a float costs more than the rest of the quote's line."""
    known = _CONFIDENCES.get(c)
    if known is None:
        known = json_value(round(c, 3))
        if c != 0.0 and len(_CONFIDENCES) < _CONFIDENCES_MAX:  # -0.0 == 0.0 as a key, not as text
            _CONFIDENCES[c] = known
    return known


def _text(v: str | None) -> str:
    """``json_value`` of a field typed as a string or None: no dispatch by type, and compiled, no call."""
    return "null" if v is None else _STRING(v)


def _number(v: int | None) -> str:
    """``json_value`` of a field typed as an integer or None: compiled, the integer is never boxed."""
    return "null" if v is None else _int_text(v)


def _strings(values: list[str]) -> str:
    """``json_value`` of a list of strings."""
    return "[" + ", ".join([_STRING(v) for v in values]) + "]"


def _repr(name: str, values: dict[str, Any]) -> str:
    """``name(field=value, ...)``, as a dataclass shows itself."""
    return name + "(" + ", ".join(f"{k}={v!r}" for k, v in values.items()) + ")"


def as_dict(obj: Any) -> dict[str, Any]:
    """A flat dataclass as a dict (``dataclasses.asdict`` deep-copies, which is slow on every quote)."""
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in fields(obj))
    return {name: getattr(obj, name) for name in names}


class _Record:
    """Equality and ``repr`` by field values, as a dataclass has them, for the plain record classes below."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def json_into(self, out: list[str]) -> None:
        """Append the pieces of ``to_json()`` to ``out``: a document joins all of its pieces once, rather
        than each record, list and field joining its own."""
        raise NotImplementedError

    def to_json(self) -> str:
        """``to_dict()`` as a JSON object (see ``json_value``)."""
        out: list[str] = []
        self.json_into(out)
        return "".join(out)

    def _fields(self) -> dict[str, Any]:
        """The values that make two records equal (``to_dict()`` unless a record says otherwise)."""
        return self.to_dict()

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and isinstance(other, _Record) and self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # equal by value and mutable, as a dataclass would be

    def __repr__(self) -> str:
        return _repr(type(self).__name__, self._fields())


@mypyc_attr(acyclic=True)  # two numbers: compiled, the garbage collector need not track it
class Span:
    """A range of the document text. (Plain classes with their own ``__init__`` here, not dataclasses:
    compiled, a dataclass's generated ``__init__`` still runs as interpreted code, and an article makes
    hundreds of these. ``__eq__`` and ``__repr__`` are a dataclass's.)"""

    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end

    def __eq__(self, other: object) -> bool:
        return type(other) is Span and self.start == other.start and self.end == other.end

    __hash__ = None  # type: ignore[assignment]  # equal by value and mutable, as a dataclass would be

    def __repr__(self) -> str:
        return f"Span(start={self.start!r}, end={self.end!r})"


class Speaker(_Record):
    """Who a quote is attributed to, and the words of this article that say so."""

    __slots__ = ("aliases", "kind", "mention", "mention_end", "mention_start", "name", "rank", "role")

    def __init__(
        self,
        name: str | None,
        kind: str = "unknown",
        role: str | None = None,
        mention: str | None = None,
        mention_start: int | None = None,
        mention_end: int | None = None,
        rank: str | None = None,  # police or military rank or academic title ("AKBP", "Prof"), never in role
        aliases: list[str] | None = None,  # other names the article gives ("Gus Ipul", "BPS")
    ) -> None:
        self.name = name
        self.kind = kind
        self.role = role
        self.mention = mention
        self.mention_start = mention_start
        self.mention_end = mention_end
        self.rank = rank
        self.aliases: list[str] = [] if aliases is None else aliases

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "kind": self.kind, "role": self.role, "mention": self.mention,
            "mention_start": self.mention_start, "mention_end": self.mention_end, "rank": self.rank,
            "aliases": self.aliases,
        }  # fmt: skip

    def json_into(self, out: list[str]) -> None:
        out.extend([
            '{"name": ', _text(self.name), ', "kind": ', _STRING(self.kind), ', "role": ', _text(self.role),
            ', "mention": ', _text(self.mention), ', "mention_start": ', _number(self.mention_start),
            ', "mention_end": ', _number(self.mention_end), ', "rank": ', _text(self.rank), ', "aliases": ',
            _strings(self.aliases), "}",
        ])  # fmt: skip


class Quote(_Record):
    """One attributed statement. ``start``/``end`` exclude the quotation marks of a direct quote."""

    __slots__ = (
        "confidence", "cue", "cue_end", "cue_start", "end", "rule", "speakers", "speech_act", "start", "text",
        "type",
    )  # fmt: skip

    def __init__(
        self,
        type: str,
        start: int,
        end: int,
        text: str,
        cue: str | None = None,
        cue_start: int | None = None,
        cue_end: int | None = None,
        speech_act: str = "say",
        speakers: list[Speaker] | None = None,
        confidence: float = 0.5,
        rule: str = "",  # which attribution rule decided the speaker, for explanation and error analysis
    ) -> None:
        self.type = type
        self.start = start
        self.end = end
        self.text = text
        self.cue = cue
        self.cue_start = cue_start
        self.cue_end = cue_end
        self.speech_act = speech_act
        self.speakers: list[Speaker] = [] if speakers is None else speakers
        self.confidence = confidence
        self.rule = rule

    def _fields(self) -> dict[str, Any]:
        return {
            "type": self.type, "start": self.start, "end": self.end, "text": self.text, "cue": self.cue,
            "cue_start": self.cue_start, "cue_end": self.cue_end, "speech_act": self.speech_act,
            "speakers": self.speakers, "confidence": self.confidence, "rule": self.rule,
        }  # fmt: skip

    @property
    def speaker(self) -> Speaker | None:
        return self.speakers[0] if self.speakers else None

    def to_dict(self) -> dict[str, Any]:
        speakers = [s.to_dict() for s in self.speakers]
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

    def json_into(self, out: list[str]) -> None:
        out.extend([
            '{"type": ', _STRING(self.type), ', "text": ', _STRING(self.text), ', "start": ',
            _int_text(self.start), ', "end": ', _int_text(self.end), ', "cue": ', _text(self.cue),
            ', "cue_start": ', _number(self.cue_start), ', "cue_end": ', _number(self.cue_end),
            ', "speech_act": ', _STRING(self.speech_act), ', "speaker": ',
        ])  # fmt: skip
        speakers = self.speakers
        if speakers:
            speakers[0].json_into(out)
        else:
            out.append("null")
        if len(speakers) > 1:
            out.append(', "speakers": ')
            _array_into(out, speakers)
        out.extend(
            [', "confidence": ', _confidence_text(self.confidence), ', "rule": ', _STRING(self.rule), "}"]
        )


@dataclass(slots=True)
class Removed:
    """Page furniture left out of extraction: an insert ("Baca Juga: ..."), an advert, a promo."""

    kind: str
    start: int
    end: int
    text: str


class Entity(_Record):
    """A person, organisation or place mention with the article's canonical form of it."""

    __slots__ = ("canonical", "end", "label", "start", "text")

    def __init__(self, label: str, start: int, end: int, text: str, canonical: str) -> None:
        self.label = label
        self.start = start
        self.end = end
        self.text = text
        self.canonical = canonical

    def to_dict(self) -> dict[str, Any]:
        # spelled out: an article has dozens, and compiled code reads fields directly
        return {
            "label": self.label, "start": self.start, "end": self.end, "text": self.text,
            "canonical": self.canonical,
        }  # fmt: skip

    def json_into(self, out: list[str]) -> None:
        out.extend([
            '{"label": ', _STRING(self.label), ', "start": ', _int_text(self.start), ', "end": ',
            _int_text(self.end), ', "text": ', _STRING(self.text), ', "canonical": ', _STRING(self.canonical),
            "}",
        ])  # fmt: skip


class Quantity(_Record):
    """A figure found in the text with its value and unit ("3.000 tentara" -> 3000, "troops"). The unit has
    one name across languages (``kutip/lang/*/numbers.py``), so that figures compare; a range ("10-15
    persen") keeps its lower end in ``value`` and its upper end in ``upper``."""

    __slots__ = ("end", "start", "text", "unit", "upper", "value")

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        value: int | float,  # an int when whole ("3000"), so JSON writes no ".0"
        unit: str | None = None,
        upper: int | float | None = None,  # the upper end of a range, None for a single figure
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.unit = unit
        self.upper = upper

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "value": self.value, "unit": self.unit,
            "upper": self.upper,
        }  # fmt: skip

    def json_into(self, out: list[str]) -> None:
        out.extend([
            '{"start": ', _int_text(self.start), ', "end": ', _int_text(self.end), ', "text": ',
            _STRING(self.text), ', "value": ', json_value(self.value), ', "unit": ', _text(self.unit),
            ', "upper": ', json_value(self.upper), "}",
        ])  # fmt: skip


class DateMention(_Record):
    """A date found in the text, normalised to ISO 8601 when it can be ("Kamis (24/10/2024)")."""

    __slots__ = ("end", "relative", "start", "text", "value")

    def __init__(self, start: int, end: int, text: str, value: str | None, relative: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.relative = relative

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "value": self.value,
            "relative": self.relative,
        }  # fmt: skip

    def json_into(self, out: list[str]) -> None:
        out.extend([
            '{"start": ', _int_text(self.start), ', "end": ', _int_text(self.end), ', "text": ',
            _STRING(self.text), ', "value": ', _text(self.value), ', "relative": ',
            "true" if self.relative else "false", "}",
        ])  # fmt: skip


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

    def to_json(self) -> str:
        """``json.dumps(self.to_dict(), ensure_ascii=False)``, built without dicts (see ``json_value``)."""
        out = [
            '{"schema_version": ', json_value(SCHEMA_VERSION), ', "doc_id": ', json_value(self.doc_id),
            ', "lang": ', json_value(self.lang), ', "title": ', json_value(self.title), ', "url": ',
            json_value(self.url), ', "date": ', json_value(self.date), ', "date_source": ',
            json_value(self.date_source), ', "text": ', json_value(self.text), ', "dateline": ',
            _dateline_json(self.dateline), ', "outlet": ',
            json_value(self.outlet), ', "source_credit": ', json_value(self.source_credit), ', "removed": [',
            ", ".join([_removed_json(r) for r in self.removed]), '], "quotes": ',
        ]  # fmt: skip
        _array_into(out, self.quotes)
        out.append(', "entities": ')
        _array_into(out, self.entities)
        out.append(', "quantities": ')
        _array_into(out, self.quantities)
        out.append(', "dates": ')
        _array_into(out, self.dates)
        out.append("}")
        return "".join(out)


def _array_into(out: list[str], items: Sequence[_Record]) -> None:
    """Append the pieces of ``items`` as a JSON array to ``out``."""
    out.append("[")
    first = True
    for item in items:
        if not first:
            out.append(", ")
        first = False
        item.json_into(out)
    out.append("]")


def _dateline_json(d: Dateline | None) -> str:
    """``json_value(as_dict(d))``, built without a dict and the general encoder."""
    if d is None:
        return "null"
    return "".join([
        '{"place": ', _text(d.place), ', "outlet": ', _text(d.outlet), ', "start": ', _int_text(d.start),
        ', "end": ', _int_text(d.end), "}",
    ])  # fmt: skip


def _removed_json(r: Removed) -> str:
    """``json_value(as_dict(r))``, built without a dict and the general encoder."""
    return "".join([
        '{"kind": ', _STRING(r.kind), ', "start": ', _int_text(r.start), ', "end": ', _int_text(r.end),
        ', "text": ', _STRING(r.text), "}",
    ])  # fmt: skip
