"""The shape of a language's stance words (``kutip/lang/<code>/stance.py``), read by the claim map.

Kept out of ``model.py``: the claim map is a corpus stage and is not compiled. A language without a
stance file still joins claims; its statements then take a side only from their speech act.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class StanceWords:
    """Words that turn a statement against what it reports, or leave it undecided. Lower case; a
    phrase of several words matches as written, word by word."""

    negators: frozenset[str]  # "tidak", "not": one turns the statement against what it reports
    disputes: tuple[str, ...]  # "hoaks", "no evidence", "rubbish": calls the report false
    stops: tuple[str, ...]  # "hentikan", "halt": asks that something no longer go on
    undecided: tuple[str, ...]  # "jika memang", "whether", "belum tahu": takes no side
    anaphors: frozenset[str]  # "tersebut", "this": the statement points at words outside itself
    stopwords: frozenset[str]  # words too common to say what a statement is about
    # a negator that affirms: "tidak ada masalah", "bukan tanpa", "not without", "if I'm not mistaken"
    affirms: tuple[str, ...] = ()
    # says that something goes on ("tetap berjalan", "keep ... running"): a stop after it is restricted
    continues: tuple[str, ...] = ()


NONE = StanceWords(frozenset(), (), (), (), frozenset(), frozenset())


@cache
def stance_words(lang: str) -> StanceWords:
    """The stance words of ``lang``, or none when the language has no stance file."""
    try:
        module = importlib.import_module(f"kutip.lang.{lang}.stance")
    except ImportError:
        return NONE
    return module.STANCE
