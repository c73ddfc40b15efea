"""Which way a statement leans on what it reports, from its words and its speech act.

A statement's *polarity* is its own: 1 when it affirms what it reports, -1 when it negates, denies or asks
to stop it ("tidak", "hoaks", "no evidence", "hentikan", a ``denies`` speech act), 0 when it leaves it open
("jika memang", "whether"). Its *stance* towards a claim compares that polarity with the claim's: most
statements of a claim report it one way, and those of the other polarity dispute it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kutip.lang.stance import StanceWords, stance_words

SUPPORTS, DISPUTES, NEUTRAL = "supports", "disputes", "neutral"
NEGATING_ACTS = frozenset({"deny"})  # the speech act a denial cue gives (schema: "deny")
WORD = re.compile(r"\w+(?=n't\b)|n't|\w+(?:[-']\w+)*", re.UNICODE)  # "isn't": "is", "n't"


@dataclass(frozen=True)
class Polarity:
    value: int  # 1, -1 or 0
    cue: str | None  # the words that decided it, as written


def words(text: str) -> list[str]:
    """Lower-case words, with "don't" giving "do" and "n't" as English negation reads."""
    return [w.casefold() for w in WORD.findall(text.replace("n’t", "n't"))]


@cache
def _phrases(lang: str) -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """(words, kind, phrase) of every phrase of ``lang``, longest first so "tidak benar" wins over "tidak";
    a phrase's words are read as a statement's are ("don't know": "do", "n't", "know")."""
    data = stance_words(lang)
    found = [(tuple(words(p)), "undecided", p) for p in data.undecided]
    found += [(tuple(words(p)), "disputes", p) for p in data.disputes]
    found += [(tuple(words(p)), "stops", p) for p in data.stops]
    return tuple(sorted(found, key=lambda item: -len(item[0])))


def _find(tokens: list[str], phrase: tuple[str, ...]) -> int:
    n = len(phrase)
    for i in range(len(tokens) - n + 1):
        if tuple(tokens[i : i + n]) == phrase:
            return i
    return -1


def polarity(text: str, lang: str, speech_act: str | None = None) -> Polarity:
    """The polarity of a statement's words (see the module's docstring) and the cue that decided it."""
    tokens = words(text)
    data: StanceWords = stance_words(lang)
    for phrase, kind, written in _phrases(lang):
        if _find(tokens, phrase) >= 0:
            return Polarity(0 if kind == "undecided" else -1, written)
    negator = next((t for t in tokens if t in data.negators), None)
    if negator is not None:
        return Polarity(-1, negator)
    if speech_act in NEGATING_ACTS:
        return Polarity(-1, None)
    return Polarity(1, None)


def claim_polarity(polarities: list[int]) -> int:
    """The way a claim is reported: the polarity most of its statements have (the first one's on a tie)."""
    total = sum(polarities)
    if total:
        return 1 if total > 0 else -1
    first = next((p for p in polarities if p), 1)
    return first


def stance(statement_polarity: int, of_claim: int) -> str:
    if statement_polarity == 0:
        return NEUTRAL
    return SUPPORTS if statement_polarity == of_claim else DISPUTES
