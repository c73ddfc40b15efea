"""Language identification, restricted to the languages Kutip reads (Malay is read as Indonesian)."""

from __future__ import annotations

from functools import cache

DEFAULT = "id"


@cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.INDONESIAN, Language.MALAY, Language.ENGLISH
    ).build()


def detect(text: str) -> str:
    """ "id" or "en" for ``text`` (its first 2,000 characters); "id" when undecided."""
    from lingua import Language

    found = _detector().detect_language_of(text[:2000])
    if found == Language.ENGLISH:  # lingua's members are not singletons: compare by value
        return "en"
    return DEFAULT
