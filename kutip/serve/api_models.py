"""The shapes the HTTP API answers in, as Pydantic models: FastAPI checks every answer against them and
describes them in the OpenAPI document that clients and the schema-driven fuzzer read.

The two shapes Kutip already documents as JSON Schema, the document (``kutip extract``) and the claim in
full (``kutip claims --format json``), are not written twice: ``json_schema_components`` lends the files in
``kutip/schema`` to the OpenAPI document as they are.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from kutip.doc import SPEECH_ACTS
from kutip.lang import ALIASES, available
from kutip.read.errors import MAX_ARTICLE_CHARS

SpeechAct = Literal[SPEECH_ACTS]  # type: ignore[valid-type]
QuoteType = Literal["direct", "indirect", "mixed"]
Language = Literal[tuple(available())]  # type: ignore[valid-type]
ExtractLanguage = Literal[(*available(), *ALIASES, "auto")]  # type: ignore[valid-type]
DOCUMENT = "Document"  # the component names of kutip/schema's files
CLAIM = "Claim"


class ErrorDetail(BaseModel):
    status: int = Field(description="the HTTP status, repeated for clients that only keep the body")
    message: str = Field(description="what was wrong, in one line")


class ErrorBody(BaseModel):
    """Every error of the API: a status and one line, never a traceback."""

    error: ErrorDetail


class CoSpeaker(BaseModel):
    name: str
    speaker_id: int | None
    kind: str | None


class Quote(BaseModel):
    """A stored quote with its article's facts and its speaker (offsets into the article's text)."""

    id: int
    article_id: int
    doc_id: str
    date: str | None
    lang: str
    outlet: str | None
    url: str | None
    n: int = Field(description="its place in its article, from 0")
    type: QuoteType
    speech_act: str
    text: str
    start: int
    end: int
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: str | None = Field(description="the registry name, else the words of an unnamed source")
    speaker_id: int | None
    kind: str | None
    speaker_name: str | None = Field(description="the speaker's name as this article writes it")
    role: str | None
    rank: str | None
    mention: str | None
    mention_start: int | None
    mention_end: int | None
    confidence: float
    rule: str | None = Field(description="the attribution rule that chose the speaker")
    co_speakers: list[CoSpeaker]


class Alias(BaseModel):
    alias: str
    reason: str = Field(description="why this name is this speaker")
    manual: bool = Field(description="set by hand (merge, split, confirm): the rules never undo it")


class Role(BaseModel):
    role: str
    first_date: str | None
    last_date: str | None
    quotes: int


class CanonicalRole(BaseModel):
    role: str = Field(description="one office in its canonical form")
    written: list[str] = Field(description="as the articles wrote it, most quoted first")
    first_date: str | None
    last_date: str | None
    quotes: int


class Speaker(BaseModel):
    """A registry speaker in the list, most quoted first."""

    id: int
    name: str
    kind: str
    quotes: int
    articles: int
    aliases: list[Alias]
    roles: list[Role]
    canonical_roles: list[CanonicalRole]


class SpeakerArticle(BaseModel):
    doc_id: str
    date: str | None
    title: str | None
    quotes: int


class SpeakerSide(BaseModel):
    """A claim the speaker made statements in, and how many of them take each side."""

    claim_id: int
    label: str
    last_date: str | None
    supports: int
    disputes: int
    neutral: int


class SpeakerDetail(Speaker):
    acts: dict[str, int] = Field(description="speech act -> quotes, the most used first")
    quoted_in: list[SpeakerArticle] = Field(description="the articles it is quoted in, newest first")
    claims: list[SpeakerSide] = Field(description="the claims it took a side on, most recent first")


class Article(BaseModel):
    """An article in the list (its text and findings: ``GET /articles/{id}``)."""

    id: int
    doc_id: str
    title: str | None
    date: str | None
    lang: str
    outlet: str | None
    url: str | None
    quotes: int


class ClaimSummary(BaseModel):
    """A claim in the list (its statements: ``GET /claims/{id}``)."""

    claim_id: int
    label: str
    label_quote_id: int | None
    first_date: str | None
    last_date: str | None
    languages: list[str]
    articles: int
    outlets: int
    speakers: int
    statement_count: int
    supports: int
    disputes: int
    neutral: int
    figure_unit: str | None
    figure_conflict: bool


class QuotePage(BaseModel):
    items: list[Quote]
    next: str | None = Field(description="pass as `after` for the next page; null on the last page")


class SpeakerPage(BaseModel):
    items: list[Speaker]
    next: str | None


class ArticlePage(BaseModel):
    items: list[Article]
    next: str | None


class ClaimPage(BaseModel):
    items: list[ClaimSummary]
    next: str | None


class ExtractRequest(BaseModel):
    """An article to extract: its plain ``text`` or an ``html`` page, not both."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, max_length=MAX_ARTICLE_CHARS, description="the article as plain text")
    html: str | None = Field(None, description="an article page: its main text is extracted first")
    lang: ExtractLanguage = Field("auto", description="the language to read it in; auto detects it")
    title: str | None = Field(None, max_length=1000)
    date: str | None = Field(None, max_length=100, description="its date as the source gives it")
    url: str | None = Field(None, max_length=2000)
    doc_id: str = Field("request", min_length=1, max_length=200, description="the name the answer gives it")

    @field_validator("text", "html", "title", "date", "url", "doc_id")
    @classmethod
    def no_lone_surrogates(cls, value: str | None) -> str | None:
        """JSON can carry half of a UTF-16 pair ("\\ud800"), which no UTF-8 answer can carry back."""
        if value is not None and _SURROGATE.search(value):
            raise ValueError("holds a lone UTF-16 surrogate, not text")
        return value

    @model_validator(mode="after")
    def text_or_html(self) -> ExtractRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give the article as `text` or as `html`, one of them")
        return self


_SURROGATE = re.compile("[\ud800-\udfff]")


@cache
def json_schema_components() -> dict[str, Any]:
    """``kutip/schema``'s document and claim schemas as OpenAPI components: each file's ``$defs`` become
    components of their own (``Document_quote``), and the references follow them."""
    out: dict[str, Any] = {}
    for name, file in ((DOCUMENT, "document.schema.json"), (CLAIM, "claim.schema.json")):
        schema = json.loads(resources.files("kutip").joinpath(f"schema/{file}").read_text(encoding="utf-8"))
        text = json.dumps(schema).replace('"#/$defs/', f'"#/components/schemas/{name}_')
        schema = json.loads(text)
        for key in ("$schema", "$id"):
            schema.pop(key, None)
        for sub, part in schema.pop("$defs", {}).items():
            out[f"{name}_{sub}"] = part
        out[name] = schema
    return out


def schema_ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}
