"""Resolve each quote's speaker: full name, role and kind, through pronouns, -nya cues and short names.

The text is read in order while a *focus* is kept: the speakers of the last quote, or the person the last
sentence opens with when the article names that person elsewhere too ("Rina pun mengatakan ...").
A pronoun or "ujarnya" points at the last human in focus, so it follows the speaker the text has moved on
to rather than the last full name printed; a quote with no cue continues the last speaker of any kind.
Names inside a quotation never move the focus. Short names and aliases resolve to the fullest name.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Final

from kutip.attribute.article_roles import (
    anaphor_role,
    name_settled,
    opens_role,
    relational,
    short_names,
    widened,
)
from kutip.attribute.mention import Mention, apposed_role, describe, name_evidence_of
from kutip.attribute.people import ArticlePeople
from kutip.deadline import Deadline
from kutip.doc import Quote, Span, Speaker
from kutip.lang import Language
from kutip.quotes.candidate import Candidate
from kutip.quotes.marks import Quotation, QuotationIndex
from kutip.quotes.phrases import looks_like_verb
from kutip.segment.offsets import first_after, first_at_or_after
from kutip.segment.tokens import tokens

HUMAN: Final = ("person", "unnamed")
AGE: Final = re.compile(r"\s*\(\d{1,3}\)")


def register(people: ArticlePeople, mentions: list[Mention], lang: Language) -> None:
    """Add every named person (and every alias in parentheses) of ``mentions`` to ``people``."""
    for m in mentions:
        if m.kind == "person" and m.name:
            weak = name_evidence_of(m.name.split()[0], lang) < 2
            people.add(m.name, "person", m.role, m.start, weak, m.rank)
        if m.alias and m.name:
            people.add_alias(m.alias, m.name, m.kind, m.role, m.start)


def _apposed_roles(
    text: str, quotations: list[Quotation], mentions: list[Mention], people: ArticlePeople, lang: Language
) -> None:
    """Give each person the role the article sets off by a comma beside their name ("Ketua APGRI, Jakfar
    Sodikin mengatakan"), so that a quote cued by "kata Jakfar" carries it too."""
    index = QuotationIndex(quotations)
    for m in mentions:
        if m.kind != "person" or not m.name or m.role or index.inside(m.start):
            continue
        role = apposed_role(text, m.start, m.end, lang)
        if role:
            people.add(m.name, "person", role, m.start)


def _speaker(m: Mention, people: ArticlePeople, lang: Language) -> Speaker:
    if m.name:
        person = people.resolve(m.name, near=m.start)
        if person is not None:
            role = m.role or people.role_near(person, m.start, partial(opens_role, lang=lang))
            rank = m.rank or people.rank_of(person)
            return Speaker(
                person.name, person.kind, role, m.text, m.start, m.end, rank, people.aliases_of(person)
            )
    if m.kind == "person":
        return Speaker(m.name, "person", m.role, m.text, m.start, m.end, m.rank, list(m.aliases))
    if m.kind in ("unnamed", "organization") and m.text.split()[0].casefold() in lang.titles:
        person = people.by_role(m.text, near=m.start)
        if person is not None:
            role = people.role_of(person) or m.text
            rank = people.rank_of(person)
            return Speaker(
                person.name, "person", role, m.text, m.start, m.end, rank, people.aliases_of(person)
            )
    kind = "country" if m.kind == "place" else m.kind  # a place speaks for its government: "Pyongyang"
    return Speaker(m.name or m.text, kind, m.role, m.text, m.start, m.end, m.rank, list(m.aliases))


def _refer(focus: list[Speaker], m: Mention | None) -> list[Speaker]:
    if m is None:
        return [Speaker(s.name, s.kind, s.role, rank=s.rank, aliases=list(s.aliases)) for s in focus]
    return [Speaker(s.name, s.kind, s.role, m.text, m.start, m.end, s.rank, list(s.aliases)) for s in focus]


def _is_plural(m: Mention, lang: Language) -> bool:
    return m.kind == "pronoun" and lang.pronouns.get(m.text.casefold()) == "plural"


class _Bodies:
    """The organisations named outside quotations, asked "which was named last in this sentence or the one
    before, ahead of this mention?" (a plural pronoun points back at it: "... dari JPPI. Mereka mencatat")."""

    def __init__(
        self, sentences: list[tuple[int, Span]], quotations: list[Quotation], mentions: list[Mention]
    ) -> None:
        index = QuotationIndex(quotations)
        self.orgs = [m for m in mentions if m.kind == "organization" and m.name and not index.inside(m.start)]
        self.ends = [m.end for m in self.orgs]
        self.sent_starts = [s.start for _, s in sentences]

    def before(self, m: Mention) -> Mention | None:
        k = first_after(self.sent_starts, m.start) - 1  # the sentence that holds the mention
        if k < 0:
            return None
        since = self.sent_starts[max(0, k - 1)]
        i = first_after(self.ends, m.start) - 1
        return self.orgs[i] if i >= 0 and self.orgs[i].start >= since else None


def _names_body(m: Mention, lang: Language) -> bool:
    """Does a description point back at an organisation ("the education watchdog")?"""
    words = (m.role or "").casefold().split()
    return m.kind == "anaphor" and bool(words) and words[-1] in lang.body_anaphors


def _unresolved(m: Mention, lang: Language) -> list[Speaker]:
    """A pronoun or a person described ("the gambling tycoon") with nobody named before it: the speaker is
    kept as its words, unnamed; a description of a thing ("Pola ini") is no speaker at all."""
    if m.kind == "pronoun":
        return [Speaker(None, "unknown", None, m.text, m.start, m.end)]
    words = (m.role or "").casefold().split()
    people = lang.titles | lang.unnamed_heads | lang.generic_persons
    definite = m.text.split()[0].casefold() in lang.grammar.definite_articles  # "the gambling tycoon"
    if words and (definite or words[-1] in people or words[0] in people):
        return [Speaker(m.role, "unnamed", m.role, m.text, m.start, m.end)]
    return []


# a word as ``text.replace(",", " , ").split()`` reads it: a comma, or a run of neither space nor comma
_WORD: Final = re.compile(r"[^\s,]+|,")


# how far into its sentence a name may stand for the words before it to be split afresh (at C speed): beyond,
# the words are read once for the whole sentence (``_Before``)
SHORT_PREFIX: Final = 1000


class _Words:
    """The words of a sentence before a name, as ``text[start:pos].replace(",", " , ").split()`` gives
    them."""

    def __init__(self, words: list[str], lang: Language) -> None:
        self.words = words
        self.lang = lang
        self.count = len(words)

    def word(self, i: int) -> str:
        return self.words[i]

    def last_comma(self) -> int:
        """The index of the last comma before the name, or -1."""
        for i in range(self.count - 1, -1, -1):
            if self.words[i] == ",":
                return i
        return -1

    def any_verb(self, a: int, b: int) -> bool:
        """Is one of the words ``a`` to ``b - 1`` verb-like?"""
        return any(_verb_like(self.words[i], self.lang) for i in range(a, b))


class _Before(_Words):
    """The words of a long sentence before a name, for names at growing ``pos``: found once per sentence,
    and whether one is verb-like looked up once per word. A sentence of thousands of names ("Rina, Rina,
    ... mengatakan") took time growing with the square of its length when each name split it again."""

    def __init__(self, text: str, start: int, end: int, lang: Language) -> None:
        super().__init__([], lang)
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.commas: list[int] = []  # indices of the words that are commas
        for m in _WORD.finditer(text, start, end):
            if m.end() - m.start() == 1 and text[m.start()] == ",":
                self.commas.append(len(self.starts))
            self.starts.append(m.start())
            self.ends.append(m.end())
        self._verbs: list[int] = [-1] * len(self.starts)  # -1 not looked up yet, 0 no, 1 verb-like
        # from a word on: (words read so far without a verb-like one, or the first verb-like word; found)
        self._from: dict[int, tuple[int, bool]] = {}
        self.count = 0  # words before ``pos``, the last one perhaps cut by ``pos``
        self.whole = 0  # of which whole words
        self.cut = ""  # the word cut by ``pos`` ("" when none)

    def at(self, pos: int) -> None:
        """Read the words before ``pos``."""
        self.whole = first_after(self.ends, pos)
        cut = self.whole < len(self.starts) and self.starts[self.whole] < pos
        self.cut = self.text[self.starts[self.whole] : pos] if cut else ""
        self.count = self.whole + (1 if cut else 0)

    def word(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]] if i < self.whole else self.cut

    def last_comma(self) -> int:
        """The index of the last comma before ``pos``, or -1."""
        k = first_at_or_after(self.commas, self.whole)
        return self.commas[k - 1] if k else -1

    def _verb_at(self, i: int) -> bool:
        if i >= self.whole:
            return _verb_like(self.cut, self.lang)
        flag = self._verbs[i]
        if flag < 0:
            flag = self._verbs[i] = 1 if _verb_like(self.word(i), self.lang) else 0
        return flag == 1

    def any_verb(self, a: int, b: int) -> bool:
        """Is one of the words ``a`` to ``b - 1`` verb-like?"""
        whole_end = min(b, self.whole)
        read, found = self._from.get(a, (a, False))
        if found:
            if read < whole_end:
                return True
        else:
            i = read
            while i < whole_end and not self._verb_at(i):
                i += 1
            self._from[a] = (i, i < whole_end)
            if i < whole_end:
                return True
        return b > self.whole and self.count > self.whole and a <= self.whole and self._verb_at(self.whole)


def _after_passive(words: _Words, lang: Language) -> bool:
    """Is the name after ``words`` the agent of a passive speech verb ("Hal itu disampaikan X")? Only speech
    verbs: "sebagaimana diperintahkan oleh Presiden X" does not make the president the one speaking."""
    n = words.count
    if n and words.word(n - 1).casefold() in lang.grammar.agent_markers:
        n -= 1
    if not n:
        return False
    prev = words.word(n - 1).casefold()
    return prev in lang.passive_cues and not words.any_verb(0, n - 1)


def _opens_sentence(words: _Words, lang: Language) -> bool:
    """Is the name after ``words`` the subject the sentence opens with (after an opener and a comma)?"""
    n = words.count
    prev = words.word(n - 1).casefold() if n else ""
    first = words.last_comma() + 1  # what precedes a comma is an opener clause
    if prev in lang.grammar.object_markers:
        return False
    if first < n:
        word = words.word(first)
        low = word.casefold()
        if not (word[0].isupper() or low in lang.titles or low in lang.unnamed_heads):
            return False  # (tested before the verbs, which cost more to look up)
    return not words.any_verb(first, n)


def _verb_like(word: str, lang: Language) -> bool:
    return word[:1].islower() and looks_like_verb(word.strip(","), lang)


def _predicate_follows(text: str, end: int, limit: int, lang: Language) -> bool:
    """Does the clause go on after the name ("Dewi menjelaskan", "Yusuf tetap berharap", "Rina, yang
    ...", "Hadi angkat bicara") rather than a list ("Cibubur, Bekasi, dan Depok") or a place
    ("Pasar Raya di Padang")? (Only the next two words are read.)"""
    after = _WORD.finditer(text, end, limit)
    first = next(after, None)
    if first is None:
        return False
    word = first.group()
    if word == ",":
        second = next(after, None)
        if second is None:
            return False
        word = second.group()
        if word[0].isupper() or word.casefold() in lang.grammar.list_words:
            return False
    return (
        word[0].islower()
        and word.casefold() not in lang.grammar.list_words
        and word.casefold() not in lang.grammar.place_words
    )


def _sentence_subjects(
    text: str,
    sentences: list[tuple[int, Span]],
    quotations: list[Quotation],
    mentions: list[Mention],
    people: ArticlePeople,
    lang: Language,
    deadline: Deadline | None = None,
) -> list[tuple[int, Mention]]:
    """The person each sentence is about: its first person mention outside quotations that is not the
    object of a preposition or a verb. These move the focus. A single name counts only when the article
    gives that person in full, with a role, or with an age ("Ivanka (25)")."""
    out = []
    mi = 0
    index = QuotationIndex(quotations)
    for _, sent in sentences:
        if deadline is not None:
            deadline.check()
        while mi < len(mentions) and mentions[mi].start < sent.start:
            mi += 1
        # names after a quotation belong to its cue ('"...," kata dia dalam acara X'), not the sentence
        limit = index.first_open(sent.start, sent.end)
        cues = [t.start for t in tokens(text, sent.start, limit, lang) if t.lower in lang.reporting_verbs]
        first_cue = cues[0] if cues else limit
        before: _Before | None = None  # the words of a long sentence, read when a name needs them
        j = mi
        while j < len(mentions) and mentions[j].start < limit:
            m = mentions[j]
            j += 1
            if m.kind != "person" or not m.name or index.inside(m.start):
                continue
            if m.start > first_cue:
                break  # "Ia menegaskan, Putin ...": a name after the cue belongs to what was said
            introduced = AGE.match(text, m.end)  # "Warga lain seperti Joko (24), ...": someone new
            if not introduced:
                words: _Words
                if m.start - sent.start <= SHORT_PREFIX:
                    words = _Words(text[sent.start : m.start].replace(",", " , ").split(), lang)
                else:
                    if before is None:
                        before = _Before(text, sent.start, first_cue, lang)  # (no name after the cue is read)
                    before.at(m.start)
                    words = before
                opens = _opens_sentence(words, lang) and _predicate_follows(text, m.end, sent.end, lang)
                if not (opens or _after_passive(words, lang)):
                    continue  # "bersama Presiden X", "keputusan soal X": X is not what the sentence is about
            person = people.resolve(m.name, near=m.start)
            if person and (person.role or len(person.tokens) >= 2 or introduced):
                out.append((sent.start, m))
                break
    return out


def attribute(
    text: str,
    candidates: list[Candidate],
    sentences: list[tuple[int, Span]],
    quotations: list[Quotation],
    entity_mentions: list[Mention],
    people: ArticlePeople,
    lang: Language,
    deadline: Deadline | None = None,
) -> list[Quote]:
    """Fill ``speakers`` of every candidate's quote and return the quotes in text order. ``people`` holds
    the article's names (from ``entity_mentions``); the speaker phrases of the quotes are added to it."""
    described: dict[int, list[Mention]] = {}
    for i, c in enumerate(candidates):
        if c.mention:
            described[i] = [widened(text, m, lang) for m in describe(text, c.mention[0], c.mention[1], lang)]
    entity_mentions = _read_again(text, entity_mentions, people, lang)
    firsts, names = short_names([m for ms in described.values() for m in ms])
    for i, ms in described.items():
        described[i] = [_relation_of(text, name_settled(m, firsts, names, lang), people, lang) for m in ms]
        register(people, described[i], lang)
    entity_mentions = _settled(entity_mentions, firsts, names, people, lang)
    _apposed_roles(text, quotations, entity_mentions, people, lang)
    subjects = _sentence_subjects(text, sentences, quotations, entity_mentions, people, lang, deadline)
    bodies = _Bodies(sentences, quotations, entity_mentions)
    order = sorted(range(len(candidates)), key=lambda i: candidates[i].quote.start)
    last: list[Speaker] = []  # speakers of the last quote, of any kind
    human: list[Speaker] = []  # the last person (or unnamed human source) in focus
    body: list[Speaker] = []  # the last organisation in focus ("the watchdog" points back at it)
    si = 0
    quotes: list[Quote] = []
    for i in order:
        if deadline is not None:
            deadline.check()
        c = candidates[i]
        q = c.quote
        anchor = min(q.start, c.mention[0]) if c.mention else q.start
        while si < len(subjects) and subjects[si][0] <= anchor:
            human = last = [_speaker(subjects[si][1], people, lang)]
            si += 1
        mentions = described.get(i, [])
        said = anaphor_role(mentions[0], lang) if mentions else None
        focus_now = human or last
        if said and len(focus_now) == 1 and focus_now[0].kind == "person" and focus_now[0].name:
            people.add(focus_now[0].name, "person", said, mentions[0].start)  # "kata Ketua ... ini"
        if mentions and not mentions[0].is_reference:
            q.speakers = [_speaker(m, people, lang) for m in mentions]
            q.rule = c.via
        elif mentions:
            named = bodies.before(mentions[0]) if _is_plural(mentions[0], lang) else None
            if named is not None:  # "... data dari JPPI. Mereka mencatat, ...": the body just named
                q.speakers = _refer([_speaker(named, people, lang)], mentions[0])
            else:
                focus = body if body and _names_body(mentions[0], lang) else human or last
                q.speakers = _refer(focus, mentions[0])
            q.rule = f"{c.via}+{mentions[0].kind}"
            if not q.speakers:  # nobody to point back at: keep the words ("she", "the tycoon") unresolved
                q.speakers = _unresolved(mentions[0], lang)
                q.confidence *= 0.5
                quotes.append(q)
                continue
        else:
            q.speakers = _refer(last, None)
            q.rule = c.via
        if not q.speakers:
            q.confidence *= 0.5
        else:
            last = q.speakers
            if all(s.kind in HUMAN for s in q.speakers):
                human = q.speakers
            elif all(s.kind == "organization" for s in q.speakers):
                body = q.speakers
        quotes.append(q)
    _fill_roles(quotes, people, lang)
    return quotes


def _read_again(text: str, mentions: list[Mention], people: ArticlePeople, lang: Language) -> list[Mention]:
    """The article's person mentions read again where a run of capitalised words began inside a role
    ("Kepala BPN Hadi Tjahjanto" after "Menteri ATR /") or a relation names the next person ("Pengacara
    Ridwan Kamil, Muslim Jaya"); the people learn the roles so found."""
    out: list[Mention] = []
    skip = -1
    for k, m in enumerate(mentions):
        if k == skip:
            continue
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        rel = relational(text, m, lang, after) if after is not None else None
        if rel is not None and m.name and m.role and rel.name:
            people.withdraw_role(m.name, m.role)
            people.add(rel.name, "person", rel.role, rel.start, rank=rel.rank)
            out.append(rel)
            skip = k + 1
            continue
        wide = widened(text, m, lang)
        if wide is not m and wide.name:
            people.add(wide.name, "person", wide.role, wide.start, rank=wide.rank)
        out.append(wide)
    return out


def _relation_of(text: str, m: Mention, people: ArticlePeople, lang: Language) -> Mention:
    """A quote's speaker phrase that ends on a relation ("kata pengacara Jokowi, Yakup Hasibuan"): the
    person after the comma."""
    rel = relational(text, m, lang)
    if rel is None or not m.name or not m.role:
        return m
    people.withdraw_role(m.name, m.role)
    return rel


def _settled(
    mentions: list[Mention],
    firsts: frozenset[str],
    names: frozenset[str],
    people: ArticlePeople,
    lang: Language,
) -> list[Mention]:
    """The mentions with role and name parted where the article's short names say; a name that was a
    misreading no longer stands for anyone."""
    out: list[Mention] = []
    for m in mentions:
        fixed = name_settled(m, firsts, names, lang)
        if fixed is not m and fixed.name and m.name:
            if len(fixed.name.split()) > len(m.name.split()):
                people.withdraw_role(m.name, m.role or "")  # "Baskara Aji" was "Kadarmanta Baskara Aji"
            else:
                people.retire(m.name)  # "Gambut Iola Abas" was "Iola Abas"
            people.add(fixed.name, "person", fixed.role, fixed.start, rank=fixed.rank)
        out.append(fixed)
    return out


def _fill_roles(quotes: list[Quote], people: ArticlePeople, lang: Language) -> None:
    """A person quoted without a role before the article gave one ("kata Ketua ... ini" further on): the
    role the article gives them."""
    for q in quotes:
        for s in q.speakers:
            if s.kind == "person" and s.name and not s.role:
                person = people.resolve(s.name, near=s.mention_start)
                if person is not None and person.name == s.name:
                    s.role = people.role_near(person, s.mention_start, partial(opens_role, lang=lang))
