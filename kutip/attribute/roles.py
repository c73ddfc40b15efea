"""Roles: cut exactly from the words around a name, ranks kept apart, and one canonical form to compare.

A role as an article writes it ("Kapolres Tasikmalaya Kota", "Menteri Keuangan (Menkeu)") is kept as written
in a speaker's ``role``; ``canonical_role`` spells it out ("Kepala Kepolisian Resor Tasikmalaya Kota",
"Menteri Keuangan") so that the store and the registry can tell two roles apart or the same. The words are
language data (``kutip/lang/<code>/roles.py``); this module only applies them.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType
from typing import Final

_PARENS: Final = re.compile(r"\s*\([^)]*\)")
_SPACE: Final = re.compile(r"\s+")
_COVID: Final = re.compile(r"\bcovid\s*-?\s*19\b", re.IGNORECASE)
_TRAILING: Final = ",.;:"


class RoleData:
    """The role words of one language, read once: lower-case sets and tables."""

    def __init__(self, module: ModuleType | None) -> None:
        ranks = _strings(module, "RANKS")
        # ranks as word tuples, longest first, so that "inspektur jenderal" wins over "inspektur"
        self.ranks: tuple[tuple[str, ...], ...] = tuple(
            sorted({tuple(r.split()) for r in ranks}, key=len, reverse=True)
        )
        self.rank_words: frozenset[str] = frozenset(w for r in self.ranks for w in r)
        self.ranks_by_first: dict[str, list[tuple[str, ...]]] = _by_first_word(self.ranks)
        self.rank_tails: frozenset[str] = frozenset(_strings(module, "RANK_TAILS"))
        self.role_starts: frozenset[str] = frozenset(_strings(module, "ROLE_STARTS"))
        self.role_trailers: frozenset[str] = frozenset(_strings(module, "ROLE_TRAILERS"))
        self.role_prefixes: frozenset[str] = frozenset(_strings(module, "ROLE_PREFIXES"))
        table: dict[str, str] = _table(module, "ABBREVIATIONS")
        self.abbreviations: dict[tuple[str, ...], str] = {tuple(k.split()): v for k, v in table.items()}
        self.longest_key = max((len(k) for k in self.abbreviations), default=1)
        self.misspellings: dict[str, str] = _table(module, "MISSPELLINGS")
        self.completions: dict[str, str] = _table(module, "COMPLETIONS")
        markers = _strings(module, "ALIAS_MARKERS")
        self.alias_markers: tuple[tuple[str, ...], ...] = tuple(
            sorted((tuple(m.split()) for m in markers), key=len, reverse=True)
        )
        self.alias_marker_starts: frozenset[str] = frozenset(m[0] for m in self.alias_markers if m)
        self.nickname_markers: frozenset[str] = frozenset(_strings(module, "NICKNAME_MARKERS"))
        self.nickname_openers: frozenset[str] = frozenset(_strings(module, "NICKNAME_OPENERS"))
        self.name_titles: frozenset[str] = frozenset(_strings(module, "NAME_TITLES"))
        self.role_tail_words: frozenset[str] = frozenset(_strings(module, "ROLE_TAIL_WORDS"))
        self.standalone_bodies: frozenset[str] = frozenset(_strings(module, "STANDALONE_BODIES"))
        self.name_endings: tuple[str, ...] = _strings(module, "NAME_ENDINGS")
        self.numbered_units: frozenset[str] = frozenset(_strings(module, "NUMBERED_UNITS"))
        self.dropped_links: frozenset[str] = frozenset(_strings(module, "DROPPED_LINKS"))
        self.lower_role_heads: frozenset[str] = frozenset(_strings(module, "LOWER_ROLE_HEADS"))
        self.relation_tails: tuple[str, ...] = _strings(module, "RELATION_TAILS")
        self.relational_roles: frozenset[str] = frozenset(_strings(module, "RELATIONAL_ROLES"))
        self.event_breaks: frozenset[str] = frozenset(_strings(module, "EVENT_BREAKS"))
        self.courtesy_titles: frozenset[str] = frozenset(_strings(module, "COURTESY_TITLES"))
        self.regional_titles: frozenset[str] = frozenset(_strings(module, "REGIONAL_TITLES"))


def _by_first_word(ranks: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """The ranks by their first word without its period, longest first: ``rank_at`` runs for every word of
    every role, and trying all the ranks there was most of the time spent describing speakers."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for rank in ranks:
        if rank:
            found.setdefault(rank[0].rstrip("."), []).append(rank)
    return found


def _strings(module: ModuleType | None, name: str) -> tuple[str, ...]:
    """The words of a language's set or tuple ``name`` (none when the language lacks it)."""
    value = getattr(module, name, ()) if module is not None else ()
    return tuple(str(v) for v in value)


def _table(module: ModuleType | None, name: str) -> dict[str, str]:
    """A language's table ``name`` (empty when the language lacks it)."""
    value = getattr(module, name, {}) if module is not None else {}
    return {str(k): str(v) for k, v in dict(value).items()}


_ROLE_DATA: Final[dict[str, RoleData]] = {}


def role_data(lang: str) -> RoleData:
    """The role data of language ``lang`` (empty for a language that has none), read once. Remembered in a
    plain dict: compiled code reads one far faster than it calls through ``functools.cache``, and the
    speaker phrases ask for it thousands of times per article."""
    data = _ROLE_DATA.get(lang)
    if data is None:
        data = _ROLE_DATA[lang] = _read_role_data(lang)
    return data


def _read_role_data(lang: str) -> RoleData:
    """The role data of language ``lang`` from its module (empty for a language that has none)."""
    try:
        module: ModuleType | None = importlib.import_module(f"kutip.lang.{lang}.roles")
    except ImportError:
        module = None
    return RoleData(module)


def _key(word: str) -> str:
    return word.casefold().rstrip(",;:")


def rank_at(words: list[str], i: int, data: RoleData) -> int:
    """The number of words of a rank that starts at ``words[i]`` ("Jenderal (Pol)" is two), 0 if none."""
    if i >= len(words):
        return 0
    candidates = data.ranks_by_first.get(_key(words[i]).rstrip("."))
    if candidates is None:
        return 0
    low = [_key(w) for w in words[i : i + 4]]
    for rank in candidates:
        n = len(rank)
        if tuple(low[:n]) == rank or tuple(w.rstrip(".") for w in low[:n]) == tuple(
            r.rstrip(".") for r in rank
        ):
            return n + _rank_tail(words, i + n, data)
    return 0


def _rank_tail(words: list[str], at: int, data: RoleData) -> int:
    """The number of words after a rank that belong to it: "Brigjen TNI", "Jenderal (Pol)"."""
    n = 0
    while at + n < len(words):
        if _key(words[at + n]) in data.rank_tails:
            n += 1  # "Brigjen TNI"
        elif (
            words[at + n] == "("
            and at + n + 2 < len(words)
            and words[at + n + 2] == ")"
            and (f"({_key(words[at + n + 1])})" in data.rank_tails)
        ):
            n += 3  # "Jenderal (Pol)", tokenised as "(", "Pol", ")"
        else:
            break
    return n


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
    words = [data.misspellings.get(_key(w), w) for w in words]  # "Koodirnator" before the table is read
    words = [
        w for k, w in enumerate(words)
        if not (w in data.dropped_links and 0 < k < len(words) - 1 and words[k + 1][:1].isupper())
    ]  # fmt: skip
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
        w
        for k, w in enumerate(out)
        if k == 0 or w.casefold() != out[k - 1].casefold() or w.casefold() != "bidang"
    ]
    joined = " ".join(deduped)
    return data.completions.get(joined.casefold(), joined)
