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
from kutip.attribute.mention import (
    NOUN_FORM_LENGTH,
    Mention,
    apposed_role,
    describe,
    name_evidence_of,
    noun_form,
    words_before_name,
)
from kutip.attribute.people import ArticlePeople
from kutip.attribute.roles import role_data
from kutip.deadline import Deadline
from kutip.doc import Quote, Span, Speaker
from kutip.lang import Language
from kutip.quotes.candidate import Candidate
from kutip.quotes.phrases import looks_like_verb
from kutip.segment.article import Article
from kutip.segment.offsets import first_after, first_at_or_after

HUMAN: Final = ("person", "unnamed")
AGE: Final = re.compile(r"\s*\(\d{1,3}\)")
ASIDE: Final = re.compile(r"\s*\(([^()]{1,40})\)")


def register(people: ArticlePeople, mentions: list[Mention], lang: Language) -> None:
    """Add every named person (and every alias in parentheses) of ``mentions`` to ``people``."""
    for m in mentions:
        if m.kind == "person" and m.name:
            weak = name_evidence_of(m.name.split()[0], lang) < 2
            people.add(m.name, "person", m.role, m.start, weak, m.rank)
        if m.alias and m.name:
            people.add_alias(m.alias, m.name, m.kind, m.role, m.start)
            title, _, rest = m.alias.partition(" ")
            if rest and title.casefold() in lang.honorifics:  # "Gus Dur" is read "Dur" where it is named
                people.add_alias(rest, m.name, m.kind, m.role, m.start)


def _apposed_roles(art: Article, mentions: list[Mention], people: ArticlePeople) -> None:
    """Give each person the role the article sets off by a comma beside their name ("Ketua APGRI, Jakfar
    Sodikin mengatakan"), so that a quote cued by "kata Jakfar" carries it too."""
    for m in mentions:
        if m.kind != "person" or not m.name or m.role or art.quoted.inside(m.start):
            continue
        role = apposed_role(art, m.start, m.end)
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
    kind = _place_speaker_kind(m, lang) if m.kind == "place" else m.kind
    return Speaker(m.name or m.text, kind, m.role, m.text, m.start, m.end, m.rank, list(m.aliases))


def _place_speaker_kind(m: Mention, lang: Language) -> str:
    """A place that speaks: a country ("Rusia", "Ukraine") or a capital standing for its government
    ("Pyongyang", "Washington": the language lists capitals with the countries), else the body the place
    names ("Harvard", "Gedung Sate"): an organisation."""
    name = (m.name or m.text).casefold()
    return "country" if name in lang.countries or name in lang.capitals else "organization"


def _refer(focus: list[Speaker], m: Mention | None) -> list[Speaker]:
    if m is None:
        return [Speaker(s.name, s.kind, s.role, rank=s.rank, aliases=list(s.aliases)) for s in focus]
    return [Speaker(s.name, s.kind, s.role, m.text, m.start, m.end, s.rank, list(s.aliases)) for s in focus]


def _points_at_bodies(m: Mention, lang: Language) -> bool:
    """A pronoun that may point back at an organisation just named: "mereka", "they", "it"."""
    return m.kind == "pronoun" and lang.pronouns.get(m.text.casefold()) in ("plural", "body")


class _Bodies:
    """The organisations named outside quotations, asked "which was named last in this sentence or the one
    before, ahead of this mention?" (a plural pronoun points back at it: "... dari JPPI. Mereka mencatat"),
    and the people named there, for two named together ("A dan B. Keduanya meminta ...")."""

    def __init__(self, art: Article, mentions: list[Mention]) -> None:
        index = art.quoted
        self.orgs = [m for m in mentions if m.kind == "organization" and m.name and not index.inside(m.start)]
        self.ends = [m.end for m in self.orgs]
        self.sent_starts = [s.start for s in art.sentences]
        self.people = [m for m in mentions if m.kind == "person" and m.name and not index.inside(m.start)]
        self.person_ends = [m.end for m in self.people]
        self.text = art.text
        self.joins = art.lang.grammar.conjunctions

    def _since(self, m: Mention) -> int:
        """Where the sentence before the one holding ``m`` begins (-1 when ``m`` stands before the first)."""
        k = first_after(self.sent_starts, m.start) - 1  # the sentence that holds the mention
        return -1 if k < 0 else self.sent_starts[max(0, k - 1)]

    def before(self, m: Mention) -> Mention | None:
        since = self._since(m)
        if since < 0:
            return None
        i = first_after(self.ends, m.start) - 1
        return self.orgs[i] if i >= 0 and self.orgs[i].start >= since else None

    def pair_before(self, m: Mention) -> list[Mention]:
        """Two people named together ("Michelle Bowman dan Christopher Waller") in this sentence or the one
        before, ahead of ``m``: whom "keduanya" points back at; [] when none are."""
        since = self._since(m)
        i = first_after(self.person_ends, m.start) - 1
        while since >= 0 and i > 0 and self.people[i - 1].start >= since:
            a, b = self.people[i - 1], self.people[i]
            # (two people of one phrase share its span: "Menteri A dan Gubernur B")
            joined = a.start == b.start or self.text[a.end : b.start].strip(" ,").casefold() in self.joins
            if joined and a.name != b.name:
                return [a, b]
            i -= 1
        return []

    def headed(self, m: Mention, head: str) -> Mention | None:
        """The body named last in this sentence or the one before whose name opens with ``head``
        ("Kementerian tersebut": the ministry, not a body named after it), else the one named last."""
        since = self._since(m)
        i = first_after(self.ends, m.start) - 1
        k = i
        while since >= 0 and k >= 0 and self.orgs[k].start >= since:
            if (self.orgs[k].name or "").casefold().startswith(head):
                return self.orgs[k]
            k -= 1
        return self.orgs[i] if since >= 0 and i >= 0 and self.orgs[i].start >= since else None


def _names_body(m: Mention, lang: Language) -> bool:
    """Does a description point back at an organisation ("the education watchdog", "badan kesehatan global
    tersebut": its head word, last in English, first in Indonesian)?"""
    words = (m.role or "").casefold().split()
    if m.kind != "anaphor" or not words:
        return False
    return (words[-1] if lang.grammar.head_final else words[0]) in lang.body_anaphors


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
MAX_APPOSITION: Final = 120  # the longest role read in apposition after a name
ADJUNCT_WORDS: Final = 4  # the words of an adjunct read between a subject and its verb


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

    # What ``_after_passive`` and ``_opens_sentence`` ask, counted from the name back (so that ``_Tail`` can
    # answer most of it without splitting all the words):

    def at_least(self, k: int) -> bool:
        """Are there ``k`` words or more?"""
        return self.count >= k

    def last(self, k: int) -> str:
        """The ``k``-th word from the name back (0: the one right before it); there must be more than k."""
        return self.word(self.count - 1 - k)

    def opener(self) -> str:
        """The first word after the last comma ("" when none follows it): the subject, if the sentence
        opens with one."""
        first = self.last_comma() + 1
        return self.word(first) if first < self.count else ""

    def verb_after_comma(self) -> bool:
        """Is one of the words after the last comma verb-like?"""
        return self.any_verb(self.last_comma() + 1, self.count)

    def verb_before_last(self, k: int) -> bool:
        """Is one of the words but the last ``k`` verb-like?"""
        return self.any_verb(0, self.count - k)


class _Tail(_Words):
    """The words before a name, split only after the last comma: what stands before it (an opener clause)
    is read only when a question reaches back over it. The indices are those of the comma and the words
    after it (the comma is word 0); ``any_verb`` from word 0 reads the words before the comma too. Splitting
    the whole prefix for every name of a sentence was most of the cost of finding its subject; the words
    after the comma are split only when a question needs more than the last two of them or the first."""

    def __init__(self, text: str, start: int, pos: int, lang: Language) -> None:
        comma = text.rfind(",", start, pos)
        super().__init__([], lang)
        self.text = text
        self.start = start
        self.comma = comma  # -1: no comma, the words are all the words
        self.tail = text[comma + 1 if comma >= 0 else start : pos]
        self.split = False  # ``words`` and ``count`` hold all the words (else only ``ends`` is read)
        # the last two words of the tail, after what stands before them (when there is more): most names
        # are settled by the words right before them, without splitting the rest
        self.ends = self.tail.rsplit(None, 2)

    def _all(self) -> None:
        """Split all the words after the comma."""
        if not self.split:
            tail = self.tail.split()
            self.words = [",", *tail] if self.comma >= 0 else tail
            self.count = len(self.words)
            self.split = True

    def word(self, i: int) -> str:
        self._all()
        return self.words[i]

    def last_comma(self) -> int:
        return 0 if self.comma >= 0 else -1

    def at_least(self, k: int) -> bool:
        known = len(self.ends) + (1 if self.comma >= 0 else 0)  # (all of them unless ``ends`` is full)
        if k <= known or len(self.ends) < 3:
            return k <= known
        self._all()
        return self.count >= k

    def last(self, k: int) -> str:
        n = len(self.ends)
        if k < 2 and (n == 3 or k < n):
            return self.ends[n - 1 - k]
        if k == n < 3 and self.comma >= 0:
            return ","
        self._all()
        return self.words[self.count - 1 - k]

    def opener(self) -> str:
        first = self.tail.split(None, 1)
        return first[0] if first else ""

    def verb_after_comma(self) -> bool:
        self._all()
        return super().verb_after_comma()

    def verb_before_last(self, k: int) -> bool:
        self._all()
        return super().verb_before_last(k)

    def any_verb(self, a: int, b: int) -> bool:
        """Is one of the words ``a`` to ``b - 1`` verb-like (from word 0: or one before the comma)?"""
        if a == 0 and self.comma >= 0 and self._verb_before_comma():
            return True
        return super().any_verb(a, b)

    def _verb_before_comma(self) -> bool:
        head = self.text[self.start : self.comma].replace(",", " , ").split()
        return any(_verb_like(w, self.lang) for w in head)


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
    k = 0  # the words after the verb: an agent marker ("oleh")
    if words.at_least(1) and words.last(0).casefold() in lang.grammar.agent_markers:
        k = 1
    if not words.at_least(k + 1):
        return False
    prev = words.last(k).casefold()
    return prev in lang.passive_cues and not words.verb_before_last(k + 1)


def _opens_sentence(words: _Words, lang: Language) -> bool:
    """Is the name after ``words`` the subject the sentence opens with (after an opener and a comma)?"""
    prev = words.last(0).casefold() if words.at_least(1) else ""
    if prev in lang.grammar.object_markers:
        return False
    word = words.opener()  # what precedes a comma is an opener clause
    if word:
        low = word.casefold()
        if not (word[0].isupper() or low in lang.titles or low in lang.unnamed_heads):
            return False  # (tested before the verbs, which cost more to look up)
    return not words.verb_after_comma()


def _verb_like(word: str, lang: Language) -> bool:
    return word[:1].islower() and looks_like_verb(word.strip(","), lang)


def _past_space(text: str, pos: int, limit: int) -> int:
    """The first offset from ``pos`` (up to ``limit``) that is no white space."""
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos


def _word_end(text: str, pos: int, limit: int) -> int:
    """The end of the word at ``pos`` as ``_WORD`` reads it (a comma, or a run of neither space nor
    comma, cut at ``limit``), or -1 when there is none."""
    if pos >= limit:
        return -1
    if text[pos] == ",":
        return pos + 1
    end = pos
    while end < limit and text[end] != "," and not text[end].isspace():
        end += 1
    return end if end > pos else -1


def _predicate_follows(text: str, end: int, limit: int, lang: Language) -> bool:
    """Does the clause go on after the name ("Dewi menjelaskan", "Yusuf tetap berharap", "Rina, yang
    ...", "Hadi angkat bicara") rather than a list ("Cibubur, Bekasi, dan Depok") or a place
    ("Pasar Raya di Padang")? (Only the next two words are read.)"""
    first_start = _past_space(text, end, limit)
    first_end = _word_end(text, first_start, limit)
    if first_end < 0:
        return False
    word = text[first_start:first_end]
    if word == ",":
        second_start = _past_space(text, first_end, limit)
        second_end = _word_end(text, second_start, limit)
        if second_end < 0:
            return False
        word = text[second_start:second_end]
        if word[0].isupper() and word.casefold() in lang.titles and not lang.grammar.head_final:
            # "Kisran Makati, Ketua Puspaham Sultra, menjabarkan": a role in apposition, then the verb
            return _verb_after_apposition(text, second_end, limit, lang)
        if word[0].isupper() or word.casefold() in lang.grammar.list_words:
            return False
    low = word.casefold()
    if low in lang.grammar.place_words and not lang.grammar.head_final:
        return _verb_after_adjunct(text, first_end, limit, lang)  # "X dalam sambutannya mengharapkan"
    return (
        word[0].islower()
        and low not in lang.grammar.list_words
        and low not in lang.grammar.place_words
        and low not in lang.grammar.opinion_passives  # "Zulkifli diyakini mampu ...": talked about
    )


def _verb_after_apposition(text: str, pos: int, limit: int, lang: Language) -> bool:
    """Does a verb follow the comma that closes an apposition opened before ``pos`` ("..., Ketua Puspaham
    Sultra, menjabarkan"; not "..., Ketua Umum Gerindra, yang terus didorong": a relative clause)?"""
    comma = text.find(",", pos, min(limit, pos + MAX_APPOSITION))
    if comma < 0:
        return False
    start = _past_space(text, comma + 1, limit)
    end = _word_end(text, start, limit)
    word = text[start:end] if end > 0 else ""
    return _verb_like(word, lang) or word in lang.subject_skips  # ("..., turut menyuarakan")


def _verb_after_adjunct(text: str, pos: int, limit: int, lang: Language) -> bool:
    """Does a verb follow within a few lower-case words from ``pos`` ("[dalam] sambutannya mengharapkan"),
    before a capital, a comma or a relative ("Pasar Raya [di] Padang", "Agus [dari] desa yang ...")?"""
    for _ in range(ADJUNCT_WORDS):
        start = _past_space(text, pos, limit)
        pos = _word_end(text, start, limit)
        if pos < 0:
            return False
        word = text[start:pos]
        if not word[0].islower() or word.casefold() in lang.grammar.relatives:
            return False
        if _verb_like(word, lang):
            return True
    return False


class _SentenceWords:
    """The words of one sentence before each name in it, as ``_opens_sentence`` and ``_after_passive`` read
    them: split afresh for a name near the sentence start, read once (``_Before``) for the rest."""

    def __init__(self, art: Article, start: int, first_cue: int) -> None:
        self.art = art
        self.start = start
        self.first_cue = first_cue
        self.long: _Before | None = None  # the words of a long sentence, read when a name needs them

    def before(self, pos: int) -> _Words:
        """The words from the sentence start to ``pos``."""
        text = self.art.text
        if pos - self.start <= SHORT_PREFIX:
            return _Tail(text, self.start, pos, self.art.lang)
        if self.long is None:  # (no name after the cue is read)
            self.long = _Before(text, self.start, self.first_cue, self.art.lang)
        self.long.at(pos)
        return self.long


def _first_cue(art: Article, start: int, end: int) -> int:
    """Where the first reporting verb of ``text[start:end]`` begins, or ``end`` when there is none; after
    "Menurut dia," what was said begins at the comma ("Menurut dia, W kerap ...": W is no subject)."""
    i, j = art.token_range(start, end)
    verbs, according = art.lang.reporting_verbs, art.lang.according_to
    toks = art.toks
    for k in range(i, j):
        tok = toks[k]
        if tok.lower in verbs:
            return tok.start
        if tok.lower in according and _pronoun_source(art, k + 1, j):
            return toks[k + 1].start if toks[k + 1].text == "," else toks[k + 2].start
    return end


def _pronoun_source(art: Article, k: int, j: int) -> bool:
    """Do the tokens from ``k`` (before ``j``) read "," or "dia ,": the source of an according cue is a
    pronoun, and what was said begins at the comma ("Menurut dia, W kerap ...", "Menurutnya, ...")?"""
    toks = art.toks
    if k < j and toks[k].text == ",":
        return True
    return k + 1 < j and toks[k].lower in art.lang.pronouns and toks[k + 1].text == ","


def _stands_as_subject(art: Article, sent: Span, m: Mention, words: _SentenceWords) -> bool:
    """Is the name ``m`` what its sentence is about: the subject it opens with, or the agent of a passive
    speech verb? ("bersama Presiden X", "keputusan soal X": X is not.)"""
    if _owned_by_noun(art.text, m, art.lang):
        return False
    before = words.before(m.start)
    # (the two words after the name are read first: they cost less than the verbs before it)
    opens = _predicate_follows(art.text, m.end, sent.end, art.lang) and _opens_sentence(before, art.lang)
    return opens or _after_passive(before, art.lang)


def _owned_by_noun(text: str, m: Mention, lang: Language) -> bool:
    """Does the mention open with a noun made of a verb that the name completes ("Keberadaan Zulkifli",
    "Penangkapan Budi"): the name is talked about, not the subject?"""
    head = words_before_name(text, m)
    return len(head) == 1 and len(head[0]) >= NOUN_FORM_LENGTH and noun_form(head[0].casefold(), lang)


class _Introduced:
    """The person mentions that introduce someone (``_introduced``), read once per article: where they
    stand, and the names so introduced (a later mention of the name is someone the article knows)."""

    def __init__(self, art: Article, mentions: list[Mention]) -> None:
        found = [m for m in mentions if m.kind == "person" and m.name and _introduced(art, m)]
        self.at = {m.start for m in found}
        self.names = {m.name for m in found}


def _introduced(art: Article, m: Mention) -> bool:
    """Is the name introduced as someone new: with an age ("Joko (24)"), a description ("Noval, salah satu
    pengunjung,") or as a pseudonym ("Arya (bukan nama sebenarnya)")?"""
    text = art.text
    if text.startswith(", ", m.end) and text.startswith(art.lang.apposed_introductions, m.end + 2):
        return True  # "Noval, salah satu pengunjung, duduk ...": someone new, introduced
    if not _opens_bracket(text, m.end):
        return False  # most names: no parenthesis follows, and neither pattern need be tried
    if AGE.match(text, m.end) is not None:
        return True
    aside = ASIDE.match(text, m.end)
    return aside is not None and aside.group(1).strip().casefold() in art.lang.pseudonym_notes


def _opens_bracket(text: str, pos: int) -> bool:
    """Does "(" follow ``pos``, after white space (where ``AGE`` and ``ASIDE`` can match)?"""
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    return pos < n and text[pos] == "("


def _subject_of(
    art: Article, sent: Span, mentions: list[Mention], first: int, people: ArticlePeople, new: _Introduced
) -> Mention | None:
    """The person sentence ``sent`` is about, among ``mentions[first:]``; None when it names nobody so."""
    index = art.quoted
    # names after a quotation belong to its cue ('"...," kata dia dalam acara X'), not the sentence
    limit = index.first_open(sent.start, sent.end)
    first_cue = -1  # looked for at the first name that may be the subject (most sentences hold none)
    words: _SentenceWords | None = None
    j = first
    while j < len(mentions) and mentions[j].start < limit:
        m = mentions[j]
        j += 1
        if m.kind != "person" or not m.name or index.inside(m.start):
            continue
        if words is None:
            first_cue = _first_cue(art, sent.start, limit)
            words = _SentenceWords(art, sent.start, first_cue)
        if m.start > first_cue:
            break  # "Ia menegaskan, Putin ...": a name after the cue belongs to what was said
        introduced = m.start in new.at  # "Warga lain seperti Joko (24), ...": someone new
        if not introduced and not _stands_as_subject(art, sent, m, words):
            continue
        person = people.resolve(m.name, near=m.start)
        if person and (person.role or len(person.tokens) >= 2 or introduced or m.name in new.names):
            return m
    return None


def _sentence_subjects(
    art: Article,
    mentions: list[Mention],
    people: ArticlePeople,
    until: int,
    deadline: Deadline | None = None,
) -> list[tuple[int, Mention]]:
    """The person each sentence is about: its first person mention outside quotations that is not the
    object of a preposition or a verb. These move the focus. A single name counts only when the article
    gives that person in full, with a role, or with an age or as a pseudonym ("Ivanka (25)", there or
    before). Sentences that start after ``until`` (the last quote's start) are not read: no quote's focus
    moves to them."""
    out: list[tuple[int, Mention]] = []
    mi = 0
    new = _Introduced(art, mentions)
    for _, sent in art.numbered:
        if sent.start > until:
            break
        if deadline is not None:
            deadline.check()
        while mi < len(mentions) and mentions[mi].start < sent.start:
            mi += 1
        m = _subject_of(art, sent, mentions, mi, people, new)
        if m is not None:
            out.append((sent.start, m))
    return out


class _Focus:
    """Who the text is about as the quotes are read in order: the speakers of the last quote (of any kind),
    the last person or unnamed human source, the last organisation; a sentence's subject moves it too."""

    def __init__(self, subjects: list[tuple[int, Mention]], people: ArticlePeople, lang: Language) -> None:
        self.subjects = subjects
        self.next = 0  # the first subject not yet read
        self.people = people
        self.lang = lang
        self.last: list[Speaker] = []  # speakers of the last quote, of any kind
        self.human: list[Speaker] = []  # the last person (or unnamed human source) in focus
        self.body: list[Speaker] = []  # the last organisation in focus ("the watchdog" points back at it)

    def move_to(self, anchor: int) -> None:
        """Read the sentence subjects up to ``anchor``: each is the last in focus, a person (or unnamed
        source) the person in focus, an organisation the body in focus."""
        while self.next < len(self.subjects) and self.subjects[self.next][0] <= anchor:
            subject = _speaker(self.subjects[self.next][1], self.people, self.lang)
            self.last = [subject]
            if subject.kind in HUMAN:
                self.human = [subject]
            elif subject.kind == "organization":
                self.body = [subject]
            self.next += 1

    def now(self) -> list[Speaker]:
        """Whom a person's pronoun points at: the last human in focus, else the last speakers."""
        return self.human or self.last

    def pointed(self, m: Mention) -> list[Speaker]:
        """Whom pronoun ``m`` points at: "it" the body in focus, a pronoun of either ("pihaknya") whoever
        was last in focus, a person's pronoun ("dia", "she") the last human — never a ministry named in
        between ("Kemnaker menyebut ... Dia mengatakan")."""
        kind = self.lang.pronouns.get(m.text.casefold()) if m.kind == "pronoun" else None
        if kind == "writer":
            return []  # "If, as I have suggested, ...": the columnist, whom the text does not name
        if kind == "body":
            return self.body or self.last
        if kind == "any":
            return self.last or self.human
        now = self.now()
        if m.kind == "anaphor" and not any(s.kind == "person" for s in now):
            return []  # "CNN reported that the senator said", "Critics said ... The judge ruled": a network
            # or an unnamed group is not who "the senator" or "the judge" is
        return now

    def follow(self, speakers: list[Speaker]) -> None:
        """A quote's resolved speakers become the focus."""
        self.last = speakers
        if all(s.kind in HUMAN for s in speakers):
            self.human = speakers
        elif all(s.kind == "organization" for s in speakers):
            self.body = speakers


def _learn_anaphor_role(m: Mention, focus: _Focus, people: ArticlePeople, lang: Language) -> None:
    """A cue that names the person in focus by a role ("kata Ketua ... ini") gives them that role."""
    said = anaphor_role(m, lang)
    now = focus.now()
    if said and len(now) == 1 and now[0].kind == "person" and now[0].name:
        people.add(now[0].name, "person", said, m.start)


def _learn_alias(m: Mention, speakers: list[Speaker], people: ArticlePeople) -> None:
    """A description that gives the name the person goes by ("kata perempuan yang biasa dipanggil Anne
    Purba itu") makes that name an alias of the person it points at: a later "Anne Purba" is her."""
    if m.kind == "anaphor" and m.alias and len(speakers) == 1 and speakers[0].kind == "person":
        name = speakers[0].name
        if name:
            people.add_alias(m.alias, name, "person", speakers[0].role, m.start)


def _referred(
    m: Mention, focus: _Focus, bodies: _Bodies, people: ArticlePeople, lang: Language
) -> list[Speaker]:
    """The speakers a pronoun or a description points back at: the body just named for a plural pronoun
    ("... data dari JPPI. Mereka mencatat") or a body's description ("Kementerian tersebut": the ministry
    named last), the organisation in focus for "the watchdog", else the person in focus."""
    pair = bodies.pair_before(m) if m.kind == "pronoun" and m.text.casefold() in lang.pair_pronouns else []
    if pair:
        return _refer([_speaker(p, people, lang) for p in pair], m)  # "Keduanya meminta ...": both
    body = _names_body(m, lang)
    if body and not lang.grammar.head_final:
        named = bodies.headed(m, (m.role or "").casefold().split()[0])
    else:
        named = bodies.before(m) if body or _points_at_bodies(m, lang) else None
    if named is not None:
        return _refer([_speaker(named, people, lang)], m)
    return _holder_of_office(
        m, _refer(focus.body if focus.body and body else focus.pointed(m), m), people, lang
    )


def _holder_of_office(
    m: Mention, speakers: list[Speaker], people: ArticlePeople, lang: Language
) -> list[Speaker]:
    """An anaphor that names an office ("the governor", "Gubernur itu") points at the person in focus only
    if the article gave them no other office: after Senator Jane Morris, "the governor" is the governor the
    article named, or, with none named, someone it does not name."""
    office = _anaphor_office(m, lang)
    if office is None or len(speakers) != 1 or speakers[0].kind != "person":
        return speakers
    held = _offices_in(speakers[0].role, lang)
    if not held or office in held:
        return speakers
    holder = people.by_role(office, near=m.start)
    if holder is None or holder.kind != "person" or office not in _offices_in(holder.role, lang):
        return []
    role = people.role_of(holder)
    rank, aliases = people.rank_of(holder), people.aliases_of(holder)
    return [Speaker(holder.name, "person", role, m.text, m.start, m.end, rank, aliases)]


def _anaphor_office(m: Mention, lang: Language) -> str | None:
    """The office a bare anaphor names ("the governor", "the former mayor", "Gubernur itu"); None for any
    other, and for one that writes a whole role ("kata Ketua Kebun Raya Indonesia ini": it teaches one)."""
    if m.kind != "anaphor" or not m.role or anaphor_role(m, lang) is not None:
        return None
    words = m.role.casefold().split()
    if any(w in role_data(lang.code).role_prefixes for w in words):
        return None  # "the former congressman" may well be the senator in focus
    return lang.offices.get(words[-1] if lang.grammar.head_final else words[0])


def _offices_in(role: str | None, lang: Language) -> set[str]:
    """The offices a role names ("Senator", "Gubernur Jawa Barat", "former governor and now senator")."""
    words = (role or "").casefold().replace("(", " ").replace(")", " ").replace(",", " ").split()
    return {lang.offices[w] for w in words if w in lang.offices}


def _attribute_one(
    c: Candidate,
    mentions: list[Mention],
    focus: _Focus,
    bodies: _Bodies,
    people: ArticlePeople,
    lang: Language,
) -> Quote:
    """Fill the speakers of candidate ``c`` (its cue's ``mentions``, described) and move the focus."""
    q = c.quote
    focus.move_to(min(q.start, c.mention[0]) if c.mention else q.start)
    if mentions:
        _learn_anaphor_role(mentions[0], focus, people, lang)
    if not mentions:  # no cue: the last speaker goes on
        q.speakers = _refer(focus.last, None)
        q.rule = c.via
    elif not mentions[0].is_reference:
        q.speakers = [_speaker(m, people, lang) for m in mentions]
        q.rule = c.via
    else:
        q.speakers = _referred(mentions[0], focus, bodies, people, lang)
        q.rule = f"{c.via}+{mentions[0].kind}"
        _learn_alias(mentions[0], q.speakers, people)
        if not q.speakers:  # nobody to point back at: keep the words ("she", "the tycoon") unresolved
            q.speakers = _unresolved(mentions[0], lang)
            q.confidence *= 0.5
            return q
    if q.speakers and not _cites_a_text(mentions, lang):
        focus.follow(q.speakers)
    elif not q.speakers:
        q.confidence *= 0.5
    return q


def _cites_a_text(mentions: list[Mention], lang: Language) -> bool:
    """Is the source a law or a programme cited ("menurut Peraturan Menteri Kesehatan Nomor 9"): no one
    who speaks, so whoever cites it stays in focus?"""
    words = (mentions[0].name or "").split() if mentions and mentions[0].kind == "unnamed" else []
    return len(words) > 1 and words[0].casefold() in lang.thing_heads  # ("Uu" alone is a person's name)


def _described(art: Article, candidates: list[Candidate]) -> dict[int, list[Mention]]:
    """The speaker phrase of each candidate with a cue (by candidate index), read as mentions, each widened
    to where its role begins."""
    described: dict[int, list[Mention]] = {}
    for i, c in enumerate(candidates):
        if c.mention:
            described[i] = [widened(art, m) for m in describe(art, c.mention[0], c.mention[1])]
    return described


def _settle_names(
    art: Article, described: dict[int, list[Mention]], mentions: list[Mention], people: ArticlePeople
) -> list[Mention]:
    """The article's mentions read again, and the speaker phrases and mentions settled by the short names
    the speaker phrases use ("kata Neta"); the people learn every name and role so found."""
    lang = art.lang
    mentions = _read_again(art, mentions, people)
    firsts, names = short_names([m for ms in described.values() for m in ms])
    for i, ms in described.items():
        described[i] = [_relation_of(art, name_settled(m, firsts, names, lang), people) for m in ms]
        register(people, described[i], lang)
    return _settled(mentions, firsts, names, people, lang)


def attribute_article(
    art: Article,
    candidates: list[Candidate],
    entity_mentions: list[Mention],
    people: ArticlePeople,
    deadline: Deadline | None = None,
) -> list[Quote]:
    """Fill ``speakers`` of every candidate's quote and return the quotes in text order. ``people`` holds
    the article's names (from ``entity_mentions``); the speaker phrases of the quotes are added to it."""
    described = _described(art, candidates)
    entity_mentions = _settle_names(art, described, entity_mentions, people)
    _apposed_roles(art, entity_mentions, people)
    last_start = max((c.quote.start for c in candidates), default=-1)
    focus = _Focus(_sentence_subjects(art, entity_mentions, people, last_start, deadline), people, art.lang)
    bodies = _Bodies(art, entity_mentions)
    quotes: list[Quote] = []
    for i in sorted(range(len(candidates)), key=lambda i: candidates[i].quote.start):
        if deadline is not None:
            deadline.check()
        quotes.append(_attribute_one(candidates[i], described.get(i, []), focus, bodies, people, art.lang))
    _fill_roles(quotes, people, art.lang)
    return quotes


def _read_again(art: Article, mentions: list[Mention], people: ArticlePeople) -> list[Mention]:
    """The article's person mentions read again where a run of capitalised words began inside a role
    ("Kepala BPN Hadi Tjahjanto" after "Menteri ATR /") or a relation names the next person ("Pengacara
    Ridwan Kamil, Muslim Jaya"); the people learn the roles so found."""
    out: list[Mention] = []
    skip = -1
    for k, m in enumerate(mentions):
        if k == skip:
            continue
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        rel = relational(art, m, after) if after is not None else None
        if rel is not None and m.name and m.role and rel.name:
            people.withdraw_role(m.name, m.role)
            people.add(rel.name, "person", rel.role, rel.start, rank=rel.rank)
            out.append(rel)
            skip = k + 1
            continue
        wide = widened(art, m)
        if wide is not m and wide.name:
            people.add(wide.name, "person", wide.role, wide.start, rank=wide.rank)
        out.append(wide)
    return out


def _relation_of(art: Article, m: Mention, people: ArticlePeople) -> Mention:
    """A quote's speaker phrase that ends on a relation ("kata pengacara Jokowi, Yakup Hasibuan"): the
    person after the comma."""
    rel = relational(art, m)
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
