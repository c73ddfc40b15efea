"""Language data, kept apart from the algorithms that use it.

Each language is a package ``kutip.lang.<code>`` whose ``__init__`` exposes ``LANGUAGE``, a
:class:`Language` filled from small data modules (cue verbs, titles, pronouns, number words, dates,
portal furniture). Adding a language means adding one such package; nothing else changes.
"""

from __future__ import annotations

import importlib
from functools import cache

from kutip.errors import InputError
from kutip.lang.model import Grammar, Language, grammar_from, language_from, word_pattern

__all__ = [
    "Grammar", "Language", "UnknownLanguage", "available", "get_language", "grammar_from", "language_from",
    "word_pattern",
]  # fmt: skip


LANGUAGE_CODES = ("id", "en")
ALIASES = {"ms": "id", "ind": "id", "eng": "en", "msa": "id"}


class UnknownLanguage(InputError, LookupError):
    """No language data for a code. An input problem (a record's ``lang``), so a run reports that article
    and goes on; still a ``LookupError``, which callers caught before there was ``InputError``."""


@cache
def get_language(code: str) -> Language:
    """Load the language package for ``code`` (``ms`` is handled as Indonesian)."""
    code = ALIASES.get(code, code)
    try:
        module = importlib.import_module(f"kutip.lang.{code}")
    except ModuleNotFoundError:
        module = None
    if module is None or not hasattr(module, "LANGUAGE"):  # "model", "id.cues": modules, not languages
        raise UnknownLanguage(f"no language data for {code!r}; available: {', '.join(available())}")
    return module.LANGUAGE


def available() -> list[str]:
    """Language codes whose package defines ``LANGUAGE``."""
    out = []
    for code in LANGUAGE_CODES:
        try:
            module = importlib.import_module(f"kutip.lang.{code}")
        except ModuleNotFoundError:
            continue
        if hasattr(module, "LANGUAGE"):
            out.append(code)
    return out
