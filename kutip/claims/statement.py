"""A stored quote seen as a claim statement: the words to embed, what it names, its figures and polarity.

Not every quote can take a side on a claim: a two-word fragment cannot, unless it is the object of a denial
("membantah hal tersebut"). A short statement, or one that points outside itself ("kabar tersebut", "the
reports"), is embedded with its article's headline, which says what it points at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kutip.claims.encoder import text_key
from kutip.claims.figures import Figure, figures_in
from kutip.claims.stance import NEGATING_ACTS, Polarity, polarity, words
from kutip.lang.concepts import concept_of
from kutip.lang.stance import stance_words
from kutip.store.registry import name_key, shipped_aliases

MIN_WORDS = 3  # fewer words are a fragment, not a proposition (a denial's object excepted)
SHORT = 8  # a statement of fewer words is read with its headline
# the encoder's cost grows with length and a proposition is stated in its first words: only these are read
EMBED_WORDS = 40
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")
PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{3,}\b")
RARE_LENGTH = 5  # content words this long or longer are keys


@dataclass
class Statement:
    quote_id: int
    article_id: int
    lang: str
    text: str
    speaker_id: int | None
    short: bool  # read with its headline; the same short words are one remark only from one speaker
    embed_text: str
    text_key: str  # of the words embedded: the key of its vector
    words_key: str  # of its own words: the same remark printed by another outlet
    keys: list[str]  # what its own words name
    context: list[str]  # what its headline names
    figures: list[Figure]
    polarity: Polarity


def is_statement(text: str, speech_act: str) -> bool:
    return len(words(text)) >= MIN_WORDS or (speech_act in NEGATING_ACTS and bool(text.strip()))


def _entity_key(name: str) -> str:
    key = name_key(name)
    return "e:" + name_key(shipped_aliases().get(key, name))


def keys_of(
    text: str, lang: str, mentions: Sequence[dict[str, Any]] = (), figures: Sequence[Figure] = ()
) -> list[str]:
    """What a span of text names, as keys alike across languages: entities (through the cross-language
    aliases: "Korea Utara" is "North Korea"), acronyms, figures with their unit, the concepts its words name
    ("dihentikan" and "halted": halt), and its other longer words."""
    data = stance_words(lang)
    found = {_entity_key(m["canonical"]) for m in mentions}
    found |= {"a:" + a for a in ACRONYM.findall(text)}
    found |= {_entity_key(p) for p in PROPER.findall(text) if p.casefold() not in data.stopwords}
    found |= {f"n:{f.value:g}:{f.unit}" for f in figures}
    concepts = concept_of(lang)
    for w in words(text):
        if w in concepts:
            found.add("c:" + concepts[w])
        elif len(w) >= RARE_LENGTH and w not in data.stopwords and w.isalpha():
            found.add("w:" + w)
    return sorted(k for k in found if len(k) > 3)


@dataclass(frozen=True)
class QuoteFields:
    """What a statement is made of, of one quote: the same whether it is read from a stored row or from an
    extracted document not stored yet (a cluster worker), so both give the same statement and text key."""

    quote_id: int
    article_id: int
    text: str
    start: int
    end: int
    speech_act: str
    speaker_id: int | None
    cue: str | None


def statement_of(quote: Any, article: dict[str, Any]) -> Statement | None:
    """The claim statement of a stored quote row (see ``claim_store.pending_quotes``), or None when the
    quote cannot take a side on a claim."""
    quote_id, article_id, _type, text, start, end, speech_act, speaker_id, _speaker, cue = quote
    fields = QuoteFields(quote_id, article_id, text, start, end, speech_act, speaker_id, cue)
    return make_statement(fields, article)


def make_statement(quote: QuoteFields, article: dict[str, Any]) -> Statement | None:
    """The claim statement of ``quote`` in ``article`` (its ``lang``, ``title``, ``quantities`` and
    ``mentions``: dicts with ``start``, ``end``, and ``value``/``unit`` or ``canonical``), or None when the
    quote cannot take a side on a claim."""
    text, start, end = quote.text, quote.start, quote.end
    if not is_statement(text, quote.speech_act):
        return None
    lang = article["lang"]
    figures = figures_in(article["quantities"], start, end)
    inside = [m for m in article["mentions"] if m["start"] >= start and m["end"] <= end]
    title = article.get("title") or ""
    n_words = len(words(text))
    anaphoric = any(w in stance_words(lang).anaphors for w in words(text)[:4])
    with_headline = bool(title) and (n_words < SHORT or anaphoric)
    embed_text = f"{title}: {text}" if with_headline else text
    embed_text = " ".join(embed_text.split()[:EMBED_WORDS])
    keys = keys_of(text, lang, inside, figures)
    if with_headline:  # "benar" of "Itu tidak benar" says nothing of what it is about: its headline does
        keys = [k for k in keys if not k.startswith("w:")]
    return Statement(
        quote_id=quote.quote_id,
        article_id=quote.article_id,
        lang=lang,
        text=text,
        speaker_id=quote.speaker_id,
        short=n_words < SHORT,
        embed_text=embed_text,
        text_key=text_key(f"{lang}\n{embed_text}"),  # vectors are centred per language
        words_key="u:" + text_key(text),
        keys=keys,
        context=keys_of(title, lang) if title else [],
        figures=figures,
        polarity=polarity(text, lang, quote.speech_act, quote.cue),
    )
