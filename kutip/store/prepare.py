"""What the store's writer reads from one document alone, worked out apart from the writing.

The writer is one process and its work is in input order (the registry depends on it). Much of what it
reads from a document does not depend on the order: the names the article gives its people
(``ArticleNames``), the role words and standing written around each person it quotes, the names the
registry will look up, and for PostgreSQL the words its full-text tables hold (``search.words_vector``). An
ingest's workers work these out next to the extraction (``attach``) and hand them over with the document;
the writer takes them (``take``), or works them out itself for a document that comes without (a serial
ingest, ``kutip load``). Either way the store ends the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kutip.lang import get_language
from kutip.store.names import (
    ArticleNames,
    article_names,
    context_words,
    mention_standing,
    name_key,
    person_words,
)
from kutip.store.registry import KIND_GROUP, shipped_aliases
from kutip.store.search import article_words, words_vector

# the key under which a worker hands a document's ``Prepared`` to the writer, inside the document's JSON
# form; the writer takes it out before anything else reads the document
PREPARED = "_prepared"

Around = tuple[frozenset[str], str | None]  # the role words around a person's name, and their standing
SearchWords = tuple[str, tuple[str, ...]]  # the ``words_vector`` of an article, and of each of its quotes


@dataclass(frozen=True, slots=True)
class Prepared:
    """One document's part of the writer's work that depends on the document alone."""

    names: ArticleNames
    around: dict[tuple[str, str | None], Around]  # (a quoted person's name, their role) -> what is around
    wanted: frozenset[tuple[str, str]]  # the names (key, group) the registry will look up for it
    words: SearchWords | None = None  # for PostgreSQL's full-text tables

    def search_words(self, doc: dict[str, Any]) -> SearchWords:
        """The words the article and each of its quotes are found by (worked out now if not prepared)."""
        return self.words if self.words is not None else search_words(doc)

    def around_of(self, doc: dict[str, Any], name: str, role: str | None) -> Around:
        """What is around ``name`` written with ``role`` (worked out now for a pair not prepared)."""
        found = self.around.get((name, role))
        return found if found is not None else _around(doc, name, role)


def prepare(doc: dict[str, Any], dialect: str | None = None) -> Prepared:
    """``doc``'s (an extracted document's JSON form) part of the writer's work for a store of ``dialect``
    ("postgresql": with the words of its full-text tables)."""
    around: dict[tuple[str, str | None], Around] = {}
    near: dict[str, frozenset[str]] = {}  # the words around a name depend on the name alone
    titles = role_titles(doc["lang"])
    for q in doc["quotes"]:
        for position, s in enumerate(speakers_of(q)):
            name = s.get("name")
            if not name or s.get("kind", "unknown") != "person":
                continue
            role = s.get("role") if position == 0 and is_role(s.get("role"), titles) else None
            if (name, role) not in around:
                if name not in near:
                    near[name] = context_words(doc["text"], name, doc.get("title"))
                around[name, role] = near[name], mention_standing(doc["text"], name, role, doc["lang"])
    names = article_names(doc)
    words = search_words(doc) if dialect == "postgresql" else None
    return Prepared(names, around, frozenset(_names_wanted(doc, names)), words)


def search_words(doc: dict[str, Any]) -> SearchWords:
    """The words ``doc`` and each of its quotes are found by in a PostgreSQL store."""
    return article_words(doc.get("title"), doc["text"]), tuple(words_vector(q["text"]) for q in doc["quotes"])


def attach(doc: dict[str, Any], dialect: str | None = None) -> dict[str, Any]:
    """``doc`` with its ``Prepared`` (for a store of ``dialect``) under ``PREPARED``: in a worker, for the
    writer."""
    doc[PREPARED] = prepare(doc, dialect)
    return doc


def take(doc: dict[str, Any]) -> Prepared:
    """The ``Prepared`` a worker attached to ``doc`` (taken out of it), or ``doc``'s worked out now."""
    prepared = doc.pop(PREPARED, None)
    return prepared if isinstance(prepared, Prepared) else prepare(doc)


def drop(doc: dict[str, Any]) -> None:
    """Take out of ``doc`` the ``Prepared`` a worker attached, unread (the document was stored before)."""
    doc.pop(PREPARED, None)


def speakers_of(quote: dict[str, Any]) -> list[dict[str, Any]]:
    """A quote's speakers, the first one first (a quote of one speaker may give only ``speaker``)."""
    return quote.get("speakers") or ([quote["speaker"]] if quote.get("speaker") else [])


@cache
def role_titles(lang: str) -> frozenset[str]:
    try:
        return get_language(lang).titles
    except LookupError:
        return frozenset()


def is_role(role: str | None, titles: frozenset[str]) -> bool:
    """Is ``role`` a title or office ("Menteri Keuangan", "Juru Bicara KPK"), not a stray word ("Pesan")?"""
    if not role:
        return False
    words = [w.strip("().,").casefold() for w in role.split()]
    if len(words) == 1:
        return words[0] in titles and len(words[0]) > 3
    return any(w in titles for w in words)


def title_forms(title: str, name: str) -> list[str]:
    """The fuller names a one-word name may be short for as the headline writes it: "Erick Thohir" of
    "Erick" in "Panggil Erick Thohir Soal Timnas", longest first (a known one is the name)."""
    if " " in name.strip() or name not in title:  # most names are not in the title
        return []
    out = []
    for m in re.finditer(rf"\b{re.escape(name)}((?:\s+[A-Z][\w'-]+){{1,2}})", title):
        words = m.group(0).split()
        out += [" ".join(words[:n]) for n in (len(words), 2)]
    return out


def _around(doc: dict[str, Any], name: str, role: str | None) -> Around:
    """The role words written around a person's name in the article, and their standing in it."""
    text = doc["text"]
    return context_words(text, name, doc.get("title")), mention_standing(text, name, role, doc["lang"])


def _names_wanted(doc: dict[str, Any], names: ArticleNames) -> set[tuple[str, str]]:
    """The names (key, group) the registry will look up for ``doc``: each speaker's and entity's, the other
    names given with a speaker, the fuller names the article or its headline gives for a short one, the
    words of a person's name (a one-word speaker it may be the full form of), and the shipped other names of
    a body."""
    named = [(e["canonical"], e["label"]) for e in doc["entities"]]
    for q in doc["quotes"]:
        for s in speakers_of(q):
            kind = s.get("kind")
            named += [(n, kind) for n in [s.get("name"), *(s.get("aliases") or [])] if n]
            if kind == "person" and s.get("name"):
                named += [(full, kind) for full in title_forms(doc.get("title") or "", s["name"])]
    named += [(full, "person") for full in names.fuller.values()]
    for other, full in names.given.items():
        kind = "person" if full in names.people else "organization"
        named += [(other, kind), (full, kind)]
    out: set[tuple[str, str]] = set()
    for name, kind in named:
        group = KIND_GROUP.get(kind or "")
        if group is None:
            continue
        key = name_key(name)
        out.add((key, group))
        if group == "person":
            out.update((word, "person") for word in person_words(name))
        elif key in shipped_aliases():  # the other names of the same body (``Registry._shipped_body``)
            body = shipped_aliases()[key]
            out.update((other, "body") for other, same in shipped_aliases().items() if same == body)
    return out
