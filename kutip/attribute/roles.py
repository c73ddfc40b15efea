"""Roles: cut exactly from the words around a name, ranks kept apart, and one canonical form to compare.

A role as an article writes it ("Kapolres Tasikmalaya Kota", "Menteri Keuangan (Menkeu)") is kept as written
in a speaker's ``role``; ``canonical_role`` spells it out ("Kepala Kepolisian Resor Tasikmalaya Kota",
"Menteri Keuangan") so that the store and the registry can tell two roles apart or the same. The words are
language data (``kutip/lang/<code>/roles.py``); this module only applies them.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from types import ModuleType
from typing import Final

_PARENS: Final = re.compile(r"\s*\([^)]*\)")
_SPACE: Final = re.compile(r"\s+")
_COVID: Final = re.compile(r"\bcovid\s*-?\s*19\b", re.IGNORECASE)
_TRAILING: Final = ",.;:"


class RoleData:
    """The role words of one language, read once: lower-case sets and tables."""

    def __init__(self, module: ModuleType | None) -> None:
        def get(name: str, default: object) -> object:
            return getattr(module, name, default) if module is not None else default

        ranks = tuple(get("RANKS", ()))  # type: ignore[arg-type]
        # ranks as word tuples, longest first, so that "inspektur jenderal" wins over "inspektur"
        self.ranks: tuple[tuple[str, ...], ...] = tuple(
            sorted({tuple(r.split()) for r in ranks}, key=len, reverse=True)
        )
        self.rank_words: frozenset[str] = frozenset(w for r in self.ranks for w in r)
        self.rank_tails: frozenset[str] = frozenset(get("RANK_TAILS", frozenset()))  # type: ignore[arg-type]
        self.role_starts: frozenset[str] = frozenset(get("ROLE_STARTS", frozenset()))  # type: ignore[arg-type]
        self.role_trailers: frozenset[str] = frozenset(get("ROLE_TRAILERS", frozenset()))  # type: ignore[arg-type]
        self.role_prefixes: frozenset[str] = frozenset(get("ROLE_PREFIXES", frozenset()))  # type: ignore[arg-type]
        table: dict[str, str] = dict(get("ABBREVIATIONS", {}))  # type: ignore[call-overload]
        self.abbreviations: dict[tuple[str, ...], str] = {tuple(k.split()): v for k, v in table.items()}
        self.longest_key = max((len(k) for k in self.abbreviations), default=1)
        self.misspellings: dict[str, str] = dict(get("MISSPELLINGS", {}))  # type: ignore[call-overload]
        self.completions: dict[str, str] = dict(get("COMPLETIONS", {}))  # type: ignore[call-overload]
        markers = tuple(get("ALIAS_MARKERS", ()))  # type: ignore[arg-type]
        self.alias_markers: tuple[tuple[str, ...], ...] = tuple(
            sorted((tuple(m.split()) for m in markers), key=len, reverse=True)
        )
        self.name_titles: frozenset[str] = frozenset(get("NAME_TITLES", frozenset()))  # type: ignore[arg-type]
        self.role_tail_words: frozenset[str] = frozenset(get("ROLE_TAIL_WORDS", frozenset()))  # type: ignore[arg-type]
        self.standalone_bodies: frozenset[str] = frozenset(get("STANDALONE_BODIES", frozenset()))  # type: ignore[arg-type]
        self.name_endings: tuple[str, ...] = tuple(get("NAME_ENDINGS", ()))  # type: ignore[arg-type]
        self.numbered_units: frozenset[str] = frozenset(get("NUMBERED_UNITS", frozenset()))  # type: ignore[arg-type]


@cache
def role_data(lang: str) -> RoleData:
    """The role data of language ``lang`` (empty for a language that has none)."""
    try:
        module: ModuleType | None = importlib.import_module(f"kutip.lang.{lang}.roles")
    except ImportError:
        module = None
    return RoleData(module)


def _key(word: str) -> str:
    return word.casefold().rstrip(",;:")


def rank_at(words: list[str], i: int, data: RoleData) -> int:
    """The number of words of a rank that starts at ``words[i]`` ("Jenderal (Pol)" is two), 0 if none."""
    low = [_key(w) for w in words[i : i + 4]]
    for rank in data.ranks:
        n = len(rank)
        if tuple(low[:n]) == rank or tuple(w.rstrip(".") for w in low[:n]) == tuple(
            r.rstrip(".") for r in rank
        ):
            while i + n < len(words):
                if _key(words[i + n]) in data.rank_tails:
                    n += 1  # "Brigjen TNI"
                elif (
                    words[i + n] == "("
                    and i + n + 2 < len(words)
                    and words[i + n + 2] == ")"
                    and (f"({_key(words[i + n + 1])})" in data.rank_tails)
                ):
                    n += 3  # "Jenderal (Pol)", tokenised as "(", "Pol", ")"
                else:
                    break
            return n
    return 0


def trim_role(role: str) -> str:
    """The role without spaces and trailing punctuation ("Kapolres Tasikmalaya Kota," -> "... Kota")."""
    return role.strip().rstrip(_TRAILING).strip()


def canonical_role(role: str, lang: str) -> str:
    """``role`` in one normal, spelled-out form for comparing roles across articles: parenthesised acronyms
    dropped, abbreviated titles, units and regions written in full ("Jubir KPK" -> "Juru Bicara KPK",
    "Kapolres Bogor" -> "Kepala Kepolisian Resor Bogor"); other bodies kept as the article names them."""
    data = role_data(lang)
    text = _COVID.sub("Covid-19", _PARENS.sub("", role))
    text = _SPACE.sub(" ", text.replace(" / ", "/")).strip().rstrip(_TRAILING).strip()
    parts = [_expand(p.strip(), data) for p in text.split("/")]
    out = "/".join(p for p in parts if p)
    return out[:1].upper() + out[1:]


def _expand(text: str, data: RoleData) -> str:
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(data.longest_key, len(words) - i), 0, -1):
            key = tuple(_key(w) for w in words[i : i + n])
            full = data.abbreviations.get(key)
            if full is not None:
                out += full.split()
                i += n
                break
        else:
            word = words[i]
            fixed = data.misspellings.get(_key(word))
            out.append(fixed if fixed is not None else word)
            i += 1
    # "Menko Bidang Pangan" -> "Menteri Koordinator Bidang Bidang Pangan": the word said twice once
    deduped = [
        w for k, w in enumerate(out) if k == 0 or w.casefold() != out[k - 1].casefold() or w != "Bidang"
    ]
    joined = " ".join(deduped)
    return data.completions.get(joined.casefold(), joined)
