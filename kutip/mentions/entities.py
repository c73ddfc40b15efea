"""Entity mentions: runs of capitalised words typed person, organisation or place.

A run is read with the same speaker-phrase reader as quotes ("Presiden Belarusia Alexander Lukashenko"
gives the person "Alexander Lukashenko" with role "Presiden Belarusia"), so the entity list and the
speakers agree; each entity carries the article's canonical form of its name.
"""

from __future__ import annotations

from typing import Final

from kutip.attribute.mention import Mention, describe
from kutip.attribute.people import ArticlePeople
from kutip.deadline import Deadline
from kutip.doc import Entity, Span
from kutip.lang import Language
from kutip.segment.tokens import Token, tokens

LABELS: Final = {"person": "person", "organization": "organization", "country": "place", "place": "place"}


def _runs(text: str, para: Span, lang: Language) -> list[tuple[int, int]]:
    """Spans of capitalised word runs (with initials, name particles and short parentheses inside)."""
    toks = tokens(text, para.start, para.end, lang)
    runs: list[tuple[int, int]] = []
    cur: list[Token] = []

    i = 0
    while i < len(toks):
        t = toks[i]
        if (t.is_word and t.is_cap) or (
            cur
            and (
                t.lower in lang.name_particles
                or t.lower in lang.grammar.conjunctions
                or t.lower in lang.honorifics
            )
            and i + 1 < len(toks)
            and toks[i + 1].is_cap
        ):
            cur.append(t)
        elif cur and t.text == "(" and i + 2 < len(toks) and toks[i + 1].is_cap and toks[i + 2].text == ")":
            cur.extend(toks[i : i + 3])
            i += 2
        elif cur:
            _flush(cur, runs, lang)
        i += 1
    _flush(cur, runs, lang)
    return runs


def _flush(cur: list[Token], runs: list[tuple[int, int]], lang: Language) -> None:
    """End the run in ``cur``: trim marks, particles and stop words from its edges, keep what is left."""
    while cur and ((not cur[-1].is_word and cur[-1].text != ")") or cur[-1].lower in lang.name_particles):
        cur.pop()
    first = 0
    while first < len(cur) and cur[first].lower in lang.stop_words:
        first += 1  # (counted, not popped one by one from the front: a run may be thousands of words)
    if first < len(cur):
        runs.append((cur[first].start, cur[-1].end))
    cur.clear()


def find_entity_mentions(
    text: str, paras: list[Span], lang: Language, deadline: Deadline | None = None
) -> list[Mention]:
    """Every person, organisation and place mention of the paragraphs, in text order."""
    out: list[Mention] = []
    for para in paras:
        if deadline is not None:
            deadline.check()
        for s, e in _runs(text, para, lang):
            for m in describe(text, s, e, lang):
                if m.kind in LABELS and m.name:
                    out.append(m)
    return out


def to_entities(mentions: list[Mention], people: ArticlePeople) -> list[Entity]:
    """Entities with the article's canonical name (the fullest form of a person's name)."""
    out = []
    for m in mentions:
        if m.kind == "person":
            person = people.resolve(m.name or m.text, near=m.start)
            canonical = person.name if person else (m.name or m.text)
            s, e = m.name_start or m.start, m.name_end or m.end
        else:
            canonical, s, e = m.name or m.text, m.start, m.end
        out.append(Entity(LABELS[m.kind], s, e, m.text[s - m.start : e - m.start], canonical))
    return out
