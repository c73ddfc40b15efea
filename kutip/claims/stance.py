"""Which way a statement leans on what it reports, from its words and its speech act.

A statement's *polarity* is its own: 1 when it affirms what it reports, -1 when it negates, denies or asks
to stop it ("tidak", "hoaks", "no evidence", "hentikan", a ``deny`` speech act), 0 when it leaves it open
("jika memang", "whether"). What does not count:

- a negator inside a subordinate clause ("... yang tidak menjalankan SOP"), and any stance word inside a
  clause that gives a reason ("karena ...", "because ..."): it explains, it does not assert;
- a negator that affirms ("tidak ada masalah", "bukan tanpa kekurangan", "if I'm not mistaken");
- a call to stop that is itself negated or called false ("tidak perlu dihentikan", "no plans to stop it"), or
  that comes after the statement says the thing goes on ("keeping it running and will close some kitchens").

An open statement takes a side after all when it goes on with a contrast ("belum memastikan ..., tetapi
dugaan awal ...") or when a later sentence denies ("Penyebabnya tidak tahu ... Itu bukan dari MBG").

Its *stance* towards a claim compares that polarity with the claim's: most statements of a claim report it
one way, and those of the other polarity dispute it.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache

from kutip.lang.stance import stance_words

SUPPORTS, DISPUTES, NEUTRAL = "supports", "disputes", "neutral"
NEGATING_ACTS = frozenset({"deny"})  # the speech act a denial cue gives (schema: "deny")
SENTENCE = re.compile(r"(?<=[.!?;])\s+")
PAUSE = re.compile(r"[,:]")  # a clause a subordinator opens ends here at the latest
CLAUSE_REACH = 5  # words after "yang", "which" read as the subordinate clause they open
NEGATION_REACH = 6  # words before a call to stop that can negate it
GAP = "…"  # in a phrase: up to GAP_REACH words ("keep … running")
GAP_REACH = 6
MASK = ""  # stands for the words of a negator that affirms: they match nothing
WORD = re.compile(r"\w+(?=n't\b)|n't|\w+(?:[-']\w+)*", re.UNICODE)  # "isn't": "is", "n't"


@dataclass(frozen=True)
class Polarity:
    value: int  # 1, -1 or 0
    cue: str | None  # the words that decided it, as written


@dataclass(frozen=True)
class Sentence:
    """One sentence's words, with what each word is inside of."""

    words: list[str]
    main: list[bool]  # outside every subordinate clause: its negators assert
    reason: list[bool]  # inside a clause giving a reason: none of its stance words assert


Phrase = tuple[tuple[str, ...], str, str]  # (words, kind, as written)


def words(text: str) -> list[str]:
    """Lower-case words, with "don't" giving "do" and "n't" as English negation reads."""
    return [w.casefold() for w in WORD.findall(text.replace("n’t", "n't"))]


def _phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase's words as a statement's are read, with ``GAP`` kept where words may come between."""
    out: list[str] = []
    for i, part in enumerate(phrase.split(GAP)):
        out += ([GAP] if i else []) + words(part)
    return tuple(out)


@cache
def _phrases(lang: str) -> tuple[Phrase, ...]:
    """(words, kind, phrase) of every stance phrase of ``lang``, longest first so "tidak benar" wins over
    "tidak"; a phrase's words are read as a statement's are ("don't know": "do", "n't", "know")."""
    data = stance_words(lang)
    found = [(_phrase_words(p), "undecided", p) for p in data.undecided]
    found += [(_phrase_words(p), "disputes", p) for p in data.disputes]
    found += [(_phrase_words(p), "stops", p) for p in data.stops]
    return tuple(sorted(found, key=lambda item: -len(item[0])))


def _spans(tokens: list[str], phrase: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each place ``phrase`` occurs in ``tokens``; a ``GAP`` skips up to ``GAP_REACH``
    words."""
    if GAP not in phrase:
        n = len(phrase)
        return [(i, i + n) for i in range(len(tokens) - n + 1) if tuple(tokens[i : i + n]) == phrase]
    cut = phrase.index(GAP)
    head, tail = phrase[:cut], phrase[cut + 1 :]
    out = []
    for start, end in _spans(tokens, head):
        window = tokens[end : end + GAP_REACH + len(tail)]
        after = _spans(window, tail)
        if after:
            out.append((start, end + after[0][1]))
    return out


def _find(tokens: list[str], phrase: tuple[str, ...]) -> int:
    found = _spans(tokens, phrase)
    return found[0][0] if found else -1


@cache
def _words_of(lang: str, name: str) -> frozenset[str]:
    """A word list ``name`` of ``lang``'s stance file (``SUBORDINATORS`` ...), empty when it has none."""
    try:
        module = importlib.import_module(f"kutip.lang.{lang}.stance")
    except ImportError:
        return frozenset()
    return frozenset(getattr(module, name, ()))


def _masked(tokens: list[str], lang: str) -> list[str]:
    """``tokens`` with the words of each negator that affirms ("tidak ada masalah", "not without") masked:
    its negator neither negates nor starts a phrase."""
    out = list(tokens)
    for phrase in stance_words(lang).affirms:
        for start, end in _spans(out, _phrase_words(phrase)):
            out[start:end] = [MASK] * (end - start)
    return out


def _sentence(text: str, lang: str) -> Sentence:
    """The words of one sentence and the clauses they are in: a subordinator ("yang", "which") opens a
    clause of ``CLAUSE_REACH`` words, a reason ("karena", "because") one to the next comma; both end at a
    comma."""
    subordinators = _words_of(lang, "SUBORDINATORS") | _words_of(lang, "REASONS")
    reasons = _words_of(lang, "REASONS")
    tokens: list[str] = []
    main: list[bool] = []
    reason: list[bool] = []
    for piece in PAUSE.split(text):
        opened: tuple[int, bool] | None = None  # where the clause was opened, and whether by a reason
        for w in words(piece):
            i = len(tokens)
            inside = opened is not None and (opened[1] or i - opened[0] <= CLAUSE_REACH)
            tokens.append(w)
            main.append(not inside)
            reason.append(inside and opened is not None and opened[1])
            if w in subordinators and not (inside and opened is not None and opened[1]):
                opened = (i, w in reasons)
    return Sentence(_masked(tokens, lang), main, reason)


def _sentences(text: str, lang: str) -> list[Sentence]:
    return [_sentence(s, lang) for s in SENTENCE.split(text)]


def polarity(text: str, lang: str, speech_act: str | None = None, cue: str | None = None) -> Polarity:
    """The polarity of a statement's words (see the module's docstring) and the cue that decided it."""
    sentences = _sentences(text, lang)
    open_at = _undecided(sentences, lang)
    if open_at is not None:
        return _settled(sentences, open_at, lang)
    found = _definite(sentences, lang)
    if found is not None:
        return found
    if speech_act in NEGATING_ACTS:
        return Polarity(-1, cue)  # "membantah kabar tersebut": the denial is the cue's
    return Polarity(1, None)


def _undecided(sentences: list[Sentence], lang: str) -> tuple[int, int, str] | None:
    """(sentence, word, phrase) of the first phrase that leaves the statement open, if any."""
    for k, sentence in enumerate(sentences):
        for phrase, kind, written in _phrases(lang):
            if kind == "undecided" and (at := _find(sentence.words, phrase)) >= 0:
                return k, at, written
    return None


def _settled(sentences: list[Sentence], open_at: tuple[int, int, str], lang: str) -> Polarity:
    """An open statement, unless it denies in a later sentence, or goes on with a contrast that asserts
    ("belum memastikan ... tetapi dugaan awal ..."): then that decides."""
    k, at, written = open_at
    later = _definite(sentences[k + 1 :], lang)
    if later is not None and later.value < 0:
        return later
    contrast = _contrast(sentences[k], at, lang)
    if contrast is not None and _undecided([contrast], lang) is None:
        return _definite([contrast], lang) or Polarity(1, None)
    return Polarity(0, written)


def _contrast(sentence: Sentence, after: int, lang: str) -> Sentence | None:
    """What follows the first "tetapi", "but" after word ``after`` of ``sentence``, if one does."""
    contrasts = _words_of(lang, "CONTRASTS")
    at = next((i for i in range(after + 1, len(sentence.words)) if sentence.words[i] in contrasts), None)
    if at is None:
        return None
    return Sentence(sentence.words[at + 1 :], sentence.main[at + 1 :], sentence.reason[at + 1 :])


def _definite(sentences: list[Sentence], lang: str) -> Polarity | None:
    """-1 for a denial, a call to stop or a negator in the main clause; 1 for a call to stop negated; None
    when none of them is said."""
    found = [(p, s) for p in _phrases(lang) if p[1] != "undecided" for s in sentences if _said(s, p, lang)]
    if found:
        stop = next((item for item in found if item[0][1] == "stops"), None)
        if stop is not None and _negated(stop[1], lang, stop[0][0]):
            return Polarity(1, stop[0][2])  # "tidak perlu dihentikan", "no plans to stop it": it goes on
        return Polarity(-1, found[0][0][2])
    negators = stance_words(lang).negators
    additive = _words_of(lang, "NOT_ONLY")
    for s in sentences:
        for i, w in enumerate(s.words):
            after = s.words[i + 1] if i + 1 < len(s.words) else ""
            if w in negators and s.main[i] and after not in additive:
                return Polarity(-1, w)
    return None


def _said(sentence: Sentence, phrase: Phrase, lang: str) -> bool:
    """Does ``phrase`` occur in ``sentence`` as a stance? Not inside a clause giving a reason; and a stop
    neither right after "pasca", "setelah", "after" (it dates something by an event: "pasca penutupan
    sebagian SPPG") nor after the sentence says the thing goes on ("tetap berjalan, hanya dapur ...
    ditutup")."""
    tokens, kind = sentence.words, phrase[1]
    events = _words_of(lang, "EVENT_MARKERS") if kind == "stops" else frozenset()
    goes_on = _goes_on(tokens, lang) if kind == "stops" else len(tokens)
    for start, _ in _spans(tokens, phrase[0]):
        if sentence.reason[start] or events.intersection(tokens[max(0, start - 2) : start]):
            continue
        if start < goes_on:
            return True
    return False


def _goes_on(tokens: list[str], lang: str) -> int:
    """Where the sentence first says that something goes on ("tetap berjalan"), or its length."""
    starts = [_find(tokens, _phrase_words(p)) for p in stance_words(lang).continues]
    return min((s for s in starts if s >= 0), default=len(tokens))


def _negated(sentence: Sentence, lang: str, phrase: tuple[str, ...]) -> bool:
    """Is a call to stop negated or called false in its own sentence, before it ("tidak perlu dihentikan",
    "there are no plans to stop it", "calls to halt it are baseless" read the other way round)?"""
    data = stance_words(lang)
    tokens = sentence.words
    at = _find(tokens, phrase)
    if at < 0:
        return False
    before = [t for i, t in enumerate(tokens[:at]) if i >= at - NEGATION_REACH and sentence.main[i]]
    denials = [_phrase_words(p) for p in data.disputes]
    return any(t in data.negators for t in before) or any(_find(tokens, d) >= 0 for d in denials)


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
