"""Concepts shared across languages (``kutip/lang/<code>/concepts.py``): "dihentikan" and "halted" are both
*halt*, "keracunan" and "poisoning" both *poisoning*. The claim map compares statements of two languages by
the concepts they name; a language without a concepts file is compared by its vectors and names alone.
"""

from __future__ import annotations

import importlib
from functools import cache


@cache
def concept_of(lang: str) -> dict[str, str]:
    """word form (lower case) -> concept id, for ``lang``; empty when the language has no concepts file."""
    try:
        module = importlib.import_module(f"kutip.lang.{lang}.concepts")
    except ImportError:
        return {}
    return {form: concept for concept, forms in module.CONCEPTS.items() for form in forms}
