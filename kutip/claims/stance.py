"""Which way a statement leans on what it reports, from its words and its speech act.

A statement's *polarity* is its own: 1 when it affirms what it reports, -1 when it negates, denies or asks
to stop it ("tidak", "hoaks", "no evidence", "hentikan", a ``deny`` speech act), 0 when it leaves it open
("jika memang", "whether"). A negator inside a subordinate clause ("... yang tidak menjalankan SOP") does not
count, and a call to stop that is itself negated or called false ("tidak perlu dihentikan", "no plans to stop
it") affirms that the thing goes on. Its *stance* towards a claim compares that polarity with the claim's:
most statements of a claim report it one way, and those of the other polarity dispute it.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache

from kutip.lang.stance import StanceWords, stance_words

SUPPORTS, DISPUTES, NEUTRAL = "supports", "disputes", "neutral"
NEGATING_ACTS = frozenset({"deny"})  # the speech act a denial cue gives (schema: "deny")
SENTENCE = re.compile(r"(?<=[.!?;])\s+")
CLAUSE_REACH = 5  # words after "yang", "because" read as the subordinate clause they open
NEGATION_REACH = 6  # words before a call to stop that can negate it
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


def polarity(text: str, lang: str, speech_act: str | None = None, cue: str | None = None) -> Polarity:
    """The polarity of a statement's words (see the module's docstring) and the cue that decided it."""
    tokens = words(text)
    data: StanceWords = stance_words(lang)
    found = [item for item in _phrases(lang) if _said(tokens, item[0], item[1], lang)]
    if found:
        _, kind, written = found[0]
        if kind == "undecided":
            return Polarity(0, written)
        stop = next((f for f in found if f[1] == "stops"), None)
        if stop is not None and _negated(text, lang, stop[0]):
            return Polarity(1, stop[2])  # "tidak perlu dihentikan", "no plans to stop it": it goes on
        return Polarity(-1, written)
    additive = _words_of(lang, "NOT_ONLY")
    main = _main_clauses(text, lang)
    negator = next((t for t, after in main if t in data.negators and after not in additive), None)
    if negator is not None:
        return Polarity(-1, negator)
    if speech_act in NEGATING_ACTS:
        return Polarity(-1, cue)  # "membantah kabar tersebut": the denial is the cue's
    return Polarity(1, None)


def _negated(text: str, lang: str, phrase: tuple[str, ...]) -> bool:
    """Is a call to stop negated or called false in its own sentence, before it ("tidak perlu dihentikan",
    "there are no plans to stop it", "calls to halt it are baseless" read the other way round)?"""
    data = stance_words(lang)
    denials = [tuple(words(p)) for p in data.disputes]
    for sentence in SENTENCE.split(text):
        tokens = words(sentence)
        at = _find(tokens, phrase)
        if at < 0:
            continue
        main = _in_main_clause(tokens, lang)  # "tidak perlu dihentikan", not "yang tidak ... ditutup"
        before = [t for i, t in enumerate(tokens[:at]) if i >= at - NEGATION_REACH and main[i]]
        return any(t in data.negators for t in before) or any(_find(tokens, d) >= 0 for d in denials)
    return False


def _said(tokens: list[str], phrase: tuple[str, ...], kind: str, lang: str) -> bool:
    """Does ``phrase`` occur in ``tokens`` as a stance? A stop right after "pasca", "setelah", "after" dates
    something by an event ("pasca penutupan sebagian SPPG") and asks for nothing."""
    events = _words_of(lang, "EVENT_MARKERS") if kind == "stops" else frozenset()
    n = len(phrase)
    for i in range(len(tokens) - n + 1):
        if tuple(tokens[i : i + n]) == phrase and not events.intersection(tokens[max(0, i - 2) : i]):
            return True
    return False


@cache
def _words_of(lang: str, name: str) -> frozenset[str]:
    """A word list ``name`` of ``lang``'s stance file (``SUBORDINATORS`` ...), empty when it has none."""
    try:
        module = importlib.import_module(f"kutip.lang.{lang}.stance")
    except ImportError:
        return frozenset()
    return frozenset(getattr(module, name, ()))


def _main_clauses(text: str, lang: str) -> list[tuple[str, str]]:
    """The words of each sentence outside its subordinate clauses, a clause being the ``CLAUSE_REACH`` words
    after "yang", "karena", "which", "because": a negator there describes something the statement names
    ("dapur yang tidak menjalankan SOP"), not what the statement asserts; each with the word after it."""
    out: list[tuple[str, str]] = []
    for sentence in SENTENCE.split(text):
        tokens = words(sentence)
        for i, main in enumerate(_in_main_clause(tokens, lang)):
            if main:
                out.append((tokens[i], tokens[i + 1] if i + 1 < len(tokens) else ""))
    return out


def _in_main_clause(tokens: list[str], lang: str) -> list[bool]:
    """For each word: is it outside the ``CLAUSE_REACH`` words after a subordinator?"""
    subordinators = _words_of(lang, "SUBORDINATORS")
    return [not subordinators.intersection(tokens[max(0, i - CLAUSE_REACH) : i]) for i in range(len(tokens))]


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
