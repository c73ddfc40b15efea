"""Indirect and mixed quotes: reported speech in a sentence, with its cue and speaker phrase.

Four shapes, tried in order on each clause outside quotation marks (a sentence is cut before ", and he
noted ..." / ", dan ia menambahkan ...", a second statement with its own subject and cue):
- according: "Menurut X, A." / "Menurutnya, A." / "A, menurut X." / "According to X, A."
- a closing attribution: "A, the source said." / "A, Budi menambahkan." (it reports the whole sentence)
- subject + verb: "X mengatakan (bahwa) A." / "Ia menegaskan A." / "X membantah kabar tersebut." / "X told
  reporters that A." / "X rejected the audit, saying A." (a participle reports its clause's subject)
- trailing cue without marks: "A, kata X." / "Padahal kata jaksa, A."
A clause that holds a quoted fragment ('X menyebut langkah itu "tidak adil"') is one mixed quote.
"""

from __future__ import annotations

import re
from itertools import islice, takewhile
from typing import Final

from kutip.attribute.mention import is_party_tag
from kutip.deadline import Deadline
from kutip.doc import Quote, Span
from kutip.lang import Language
from kutip.quotes.candidate import Candidate
from kutip.quotes.phrases import (
    DASHES,
    NEGATED_CONTRACTIONS,
    SUBJECT_WINDOW,
    in_name,
    is_possessive,
    looks_like_verb,
    lost_capital,
    manner_adverb,
    opener_pattern,
    speaker_after,
    subject_before,
    verb_like,
)
from kutip.segment.article import Article
from kutip.segment.offsets import first_after
from kutip.segment.tokens import Token, has_words

MIN_CLAUSE_WORDS: Final = 3
MAX_PHRASE_WORDS: Final = 6  # words of a noun phrase before "to" ("led health groups to call for")
OBJECT_REACH: Final = 6  # how far into an object a figure may stand ("recorded some 8,649 cases")
# how far an infinitive may stand after a request cue: "urging President X and the Agency (BGN) to halt"
INFINITIVE_REACH: Final = 16
COLON_REACH: Final = 12  # tokens from a colon cue to its colon ("identified four factors to the cases:")
SOURCE_REACH: Final = 12  # tokens from a source noun to "dari" ("Data per 27 September 2025 dari JPPI")
# how far after a clause-only cue its clause's verb may stand ("revealed the drug, a synthetic opioid, was")
CLAUSE_VERB_REACH: Final = 10
OPENING_MARKS: Final = frozenset("\"“‘'")  # a name in quotation marks after "called"
NAMING_ARTICLE_REACH: Final = (
    4  # words from "a" to the noun a name is given ("a civil rights advocacy group")
)
COMPLEMENT_REACH: Final = 3  # how far after a cue "that" / "bahwa" may stand ("told police officials that")
NESTED_SUBJECT_TOKENS: Final = 6  # tokens of the subject of a report inside a report ("the senator said")
SOURCE_PHRASE_TOKENS: Final = 18  # tokens of a source after "according to" up to its comma
HEARER_TOKENS: Final = 8  # tokens of a hearer after "told" with its time or place ("me on Friday,")
CUE_LOOKBACK: Final = 30  # characters before a statement in which its cue word may end
ADJUNCT_TOKENS: Final = 8  # tokens of a place or time after a cue (", she said in an interview,")
COMPLEMENT_FAR: Final = 10  # ... after a hearer or a place ("told The New York Times Tuesday morning that")
AS_REACH: Final = 3  # where "as" may open a sentence ("But as Clyburn noted, ...")
AS_TAIL: Final = 7  # tokens from the cue to its comma ("as the Global Times noted in an op-ed Thursday,")
PERSON_PRONOUNS: Final = frozenset({"male", "female"})  # "he", "she": a person, not "it" or "we"
QUOTE_MARKS: Final = "\"“”‘’«»'"
# tokens of a closing attribution's subject: "A, Network for Education Watch (JPPI) head Rina Sari told"
TRAILER_SUBJECT_TOKENS: Final = 12
TRAILER_OPENING: Final = 2  # how far into a clause an inverted cue may stand ("Padahal kata jaksa, A")
# words of the first piece of "A, X said, B": "In the end, X said, ..." is an opening, no piece of its own
HEAD_WORDS: Final = 3
# words of a place-or-manner phrase after a closing cue ("said in a video message to the convention")
ADVERBIAL_TAIL: Final = 12
HEARER_CLAUSE: Final = 4  # "told reporters prices would rise": the words after a hearer that must hold a verb


OTHER_SUBJECT_TOKENS: Final = 6  # "and more than 4 in 10 said": the words of a second report's subject
JOINED_SUBJECT_TOKENS: Final = 12  # ", and its director, Paul Kim, denied": the subject before the cue
CLAUSE_MARKS: Final = frozenset({",", ";", "-", "–", "—"})  # marks a second clause of a sentence follows


def _content(art: Article, start: int, end: int, reach: int = COMPLEMENT_REACH) -> tuple[int, int]:
    """Trim the clause: leading punctuation and "bahwa" (up to ``reach`` words in), the final period."""
    text, lang = art.text, art.lang
    toks = art.tokens(start, end)
    i = _after_aside(toks, lang)
    for k, t in enumerate(toks[: reach + 1] if i == 0 else ()):
        if t.lower in lang.complementizers and 0 < k <= reach and not _determiner_that(toks, k, lang):
            if _describing_that(art, toks, k):
                continue  # "a forum on the floods that hit the coast that ...": "that" describes the noun
            i = k  # "told reporters that ...", "noted Friday that ...": the statement starts after "that"
            break
        noun = k > 0 and toks[k - 1].lower in lang.grammar.determiners  # "after the meeting that ..."
        if not t.is_word or (verb_like(t, lang) and not noun) or t.lower in lang.clause_markers:
            break  # (a capital is a name: "told The Post and Courier that")
    if i == 0:
        i = _after_place(art, toks, _after_time(toks, _after_adverbs(toks, 0, lang), lang))
        if i and i < len(toks) and toks[i].lower in lang.complementizers:
            i += 1  # "said on Friday that ..."
    if i == 0:
        i = _after_hearer(art, toks)
    while i < len(toks) and (toks[i].text in ",:;-–—" or toks[i].lower in lang.complementizers):
        i += 1
    if i >= len(toks):
        return end, end
    s = toks[i].start
    e = end
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:"):
        e -= 1
    return s, e


def _after_place(art: Article, toks: list[Token], i: int) -> int:
    """Past a phrase of where or how that a comma closes right after a cue, when a clause follows it ("said
    in an interview afterward, that ...", "said at a stop in Toledo, Ohio, that ..."); ``i`` itself when
    none stands there."""
    lang = art.lang
    if i >= len(toks) or toks[i].lower not in lang.grammar.tail_prepositions:
        return i
    cue = art.last_tokens(max(0, toks[0].start - CUE_LOOKBACK), toks[0].start, 1)
    if not cue or cue[0].lower not in lang.all_cues:
        return i  # ("In Chicago, organizers added ...": a statement before its cue keeps its opening phrase)
    comma = next((m for m in range(i + 1, min(len(toks), i + ADJUNCT_TOKENS)) if toks[m].text == ","), None)
    if comma is None or not _adverbial_tail([t.text for t in toks[i:comma]], lang):
        return i
    while comma + 2 < len(toks) and toks[comma + 1].is_cap and toks[comma + 2].text == ",":
        comma += 2  # "in Toledo, Ohio,"
    k = comma + 1
    if k < len(toks) and toks[k].lower in lang.complementizers:
        k += 1
    if (
        k >= len(toks)
        or toks[k].lower in lang.grammar.subordinators
        or toks[k].lower in lang.grammar.conjunctions
    ):
        return i  # "riot cautions in Ferguson, because of ...", "to say on these topics, and perhaps others"
    return comma if _is_clause(art, toks[k].start, toks[-1].end) else i


def _after_hearer(art: Article, toks: list[Token]) -> int:
    """Past the hearer of "told" when no "that" follows it ("told reporters prices would rise", "told The
    Washington Post the vote was delayed"): where the clause after the hearer begins, else 0. The clause must
    show its verb within a few words ("told Fox host Megyn Kelly on Friday how ..." is left as it is), and an
    infinitive there makes a request, which keeps its hearer ("told residents not to drink the water")."""
    lang = art.lang
    if not lang.addressee_cues:
        return 0  # (a language without "told")
    k = _hearer_end(toks, 0, lang)
    if k == 0 or k >= len(toks):
        return 0
    cue = art.last_tokens(max(0, toks[0].start - CUE_LOOKBACK), toks[0].start, 1)
    if not cue or (cue[0].lower not in lang.addressee_cues and cue[0].lower not in lang.hearer_request_cues):
        return 0  # (the second holds "telling")
    k = _after_time(toks, k, lang)  # "told The Times on Tuesday the vote ..."
    if k + 2 < len(toks) and _modified_time(toks[k], toks[k + 1], lang):
        k += 2  # "told African-Americans this weekend he would ..."
    if k < len(toks) and toks[k].lower in lang.complementizers:
        return k + 1  # "told The New York Times Tuesday that ..."
    if k >= len(toks) or not toks[k].is_word or toks[k].lower in lang.grammar.prepositions:
        return 0
    window = toks[k : k + HEARER_CLAUSE]
    if any(t.lower in lang.grammar.infinitive_markers for t in window):
        return 0
    return k if _is_clause(art, window[0].start, window[-1].end) else 0


def _hearer_end(toks: list[Token], i: int, lang: Language) -> int:
    """Where the hearer of "told" that starts at ``toks[i]`` ends: after "me" or "reporters" (the whole
    hearer), or after a name ("The Washington Post"); ``i`` itself when none starts there."""
    if i < len(toks) and toks[i].lower in lang.hearer_words:
        return i + 1
    while i < len(toks) and _hearer_name_word(toks[i], lang):
        i += 1
    return i


def _modified_time(word: Token, head: Token, lang: Language) -> bool:
    """A time word after its link ("this weekend", "last month"): a time phrase, not the statement."""
    return word.lower in lang.grammar.time_links and not head.is_num and _is_time_word(head, lang)


def _hearer_name_word(tok: Token, lang: Language) -> bool:
    """A capitalised word of a hearer's name ("The Washington Post"), not a day ("Tuesday") nor a word
    that opens the statement itself ("With that issue unresolved", "Though that transition")."""
    grammar, low = lang.grammar, tok.lower
    return (
        tok.is_cap
        and not _is_day(tok, lang)
        and low not in grammar.prepositions
        and low not in grammar.subordinators
        and low not in grammar.clause_starts
    )


def _determiner_that(toks: list[Token], k: int, lang: Language) -> bool:
    """Is the complementizer form ``toks[k]`` a demonstrative after a preposition or a subordinator and
    before its noun ("In that last step, ...", "Though that transition was seamless, he said, ..."), not
    the "that" that opens a statement?"""
    grammar = lang.grammar
    before = toks[k - 1].lower
    return (
        (before in grammar.prepositions or before in grammar.subordinators or before in grammar.clause_starts)
        and k + 1 < len(toks)
        and toks[k + 1].is_word
        and toks[k + 1].lower not in lang.pronouns
    )


def _describing_that(art: Article, toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` ("that") a relative after a common noun ("the attacks that killed", ``_relative_that``),
    not the complementizer after a hearer ("told reporters that ...") or a name?"""
    before = toks[k - 1]
    return not before.is_cap and before.lower not in art.lang.hearer_words and _relative_that(art, toks, k)


def _after_aside(toks: list[Token], lang: Language) -> int:
    """Past an aside between commas before "that": "claimed, without evidence, that ...", "said, however,
    that ..." (the words between the commas are the reporter's, not the statement)."""
    if not toks or toks[0].text != ",":
        return 0
    for k in range(2, min(len(toks) - 1, COMPLEMENT_REACH + 2)):
        if toks[k].text == ",":
            return k + 1 if toks[k + 1].lower in lang.complementizers else 0
    return 0


def _after_adverbs(toks: list[Token], i: int, lang: Language) -> int:
    """Past the adverbs that may stand between a cue and what was said ("menolak keras", "said again")."""
    while i < len(toks) - 1 and toks[i].lower in lang.cue_adverbs:
        i += 1
    return i


def _is_day(tok: Token, lang: Language) -> bool:
    """A weekday, a month or a relative day ("kemarin", "yesterday")."""
    return tok.lower in lang.weekdays or tok.lower in lang.relative_days or tok.lower in lang.months


def _is_time_word(tok: Token, lang: Language) -> bool:
    """A word of a time phrase after a cue: a day, a month, a time word ("week"), a figure."""
    low = tok.lower
    return (
        low in lang.weekdays
        or low in lang.months
        or low in lang.relative_days
        or low in lang.grammar.time_words
        or tok.is_num
    )


def _after_time(toks: list[Token], i: int, lang: Language) -> int:
    """Past a time phrase at ``toks[i]`` ("on Friday", "last week", "pada Jumat (10/10/2025)"), with its
    preposition and a date in parentheses; ``i`` itself when none stands there."""
    j = i
    low = toks[j].lower if j < len(toks) else ""
    if low in lang.grammar.prepositions or low in lang.weekday_modifiers:
        j += 1
    k = j
    while k < len(toks) and toks[k].is_word and _is_time_word(toks[k], lang):
        k += 1
    if not any(not t.is_num for t in toks[j:k]) or (toks[j].is_num and j == i):
        return i  # "said 5,000 people ...": a figure, not a time; a time needs a word ("on 19 September")
    after = toks[k].lower if k < len(toks) else ""
    if after in lang.grammar.clause_starts or after in lang.grammar.prepositions:
        return i  # "said Friday as he entered the talks": no statement follows the time
    if k < len(toks) and toks[k].text == "(":
        close = next((m for m in range(k + 1, min(len(toks), k + 12)) if toks[m].text == ")"), None)
        if close is not None:
            k = close + 1
    return k


def _anaphoric_object(text: str, cs: int, lang: Language) -> bool:
    """Is the content only "hal itu" (+ where and when), not a clause with "hal itu" as its subject?"""
    head = text[cs : cs + 30].casefold()
    for obj in lang.anaphoric_objects:
        if head.startswith(obj):
            rest = text[cs + len(obj) : cs + len(obj) + 30].split()
            return not rest or rest[0].strip(",.").casefold() in lang.speaker_stops or rest[0][0] in ",."
    return False


class _Clause:
    """The clause a finder reads: its article, its span and tokens (those inside quotation marks left out),
    which of them are cue words (``_cue_flags``), and the index of its paragraph. (Plain classes here:
    compiled, a dataclass's ``__init__`` is interpreted.)"""

    __slots__ = ("art", "cues", "para", "span", "toks")

    def __init__(self, art: Article, span: Span, toks: list[Token], para: int, cues: list[bool]) -> None:
        self.art = art
        self.span = span
        self.toks = toks
        self.para = para
        self.cues = cues


def _cue_flags(toks: list[Token], lang: Language) -> list[bool] | None:
    """For each token, is it a word of ``statement_words`` (every cue form); None when none is. Each finder
    reads every word of the clause, but looks it up in its own dictionary only where this says a cue
    stands, so a word is looked up once in all (cue words are words, no marks). Every finder's dictionary
    is part of ``statement_words`` (``Language.__post_init__``; ``tests/test_fast_paths.py`` checks it)."""
    words = lang.statement_words
    n = len(toks)
    first = 0
    while first < n and not (toks[first].is_word and toks[first].lower in words):
        first += 1
    if first == n:
        return None  # most sentences hold no cue at all
    flags = [False] * n
    flags[first] = True
    for k in range(first + 1, n):
        if toks[k].is_word and toks[k].lower in words:
            flags[k] = True
    return flags


def _cues_of(toks: list[Token], lang: Language) -> list[bool]:
    """``_cue_flags`` of a clause put together from pieces, all False when none is a cue."""
    flags = _cue_flags(toks, lang)
    return [False] * len(toks) if flags is None else flags


class _Report:
    """Who reported a statement, with which cue and speech act, and the rule that found it."""

    __slots__ = ("act", "cue", "mention", "via")

    def __init__(self, cue: Token, act: str, mention: tuple[int, int], via: str) -> None:
        self.cue = cue
        self.act = act
        self.mention = mention
        self.via = via


def _make(
    clause: _Clause, cs: int, ce: int, report: _Report, min_words: int = MIN_CLAUSE_WORDS
) -> Candidate | None:
    """The candidate for the statement ``text[cs:ce]``, unless it is no statement of its own: a quotation
    (found by the direct finder), an object pointing back ("hal itu"), or fewer than ``min_words`` words."""
    art, text, lang = clause.art, clause.art.text, clause.art.lang
    if ce <= cs or (text[cs] in QUOTE_MARKS and not _quoted_statement(art, report.cue, cs, ce)):
        return None  # a quotation follows the cue: that is a direct quote, found by the direct finder
    if report.act not in lang.anaphoric_acts and _anaphoric_object(text, cs, lang):
        return None  # "menyampaikan hal itu seusai rapat": it points back at a statement, it is not one
    if not has_words(text[cs:ce], min_words):
        return None
    kind = _statement_kind(art, cs, ce)
    cue = report.cue
    quote = Quote(kind, cs, ce, text[cs:ce], cue.text, cue.start, cue.end, report.act, confidence=0.8)
    return Candidate(quote, report.mention, report.via, clause.para)


def _statement_kind(art: Article, cs: int, ce: int) -> str:
    """ "mixed" when a quotation lies inside the statement ``text[cs:ce]``, else "indirect"."""
    return "mixed" if art.quoted.any_within(cs, ce + 1) else "indirect"


def _quoted_statement(art: Article, cue: Token, cs: int, ce: int) -> bool:
    """Is the quotation at ``cs`` part of a reported statement: it goes on after the quotation, or "that"
    introduces it ('adding that "we have been electing ..."': a mixed quote, not a direct one)?"""
    if _runs_past_quotation(art, cs, ce):
        return True
    if not has_words(art.text[cs:ce], MIN_CLAUSE_WORDS + 1):
        return False  # 'called that "beyond preposterous"': "that" points back, no clause follows it
    before = art.last_tokens(cue.end, cs, 1)
    return bool(before) and before[0].lower in art.lang.complementizers


def _runs_past_quotation(art: Article, cs: int, ce: int) -> bool:
    """Does the statement that opens with a quotation at ``cs`` go on after it ('said "bombastic comments"
    do more harm than good': a mixed quote), not end with it (a direct quote)?"""
    quotation = art.quoted.opening_at(cs)
    if quotation is None or not quotation.closed:
        return False
    after = art.first_tokens(quotation.close + 1, ce, MIN_CLAUSE_WORDS)
    if len(after) < MIN_CLAUSE_WORDS:
        return False
    # the quoted words are the subject of what follows (not an object: 'showing "respect" to the FBI')
    first, grammar = after[0], art.lang.grammar
    low = first.lower
    return (
        first.is_word
        and not first.is_cap
        and low not in grammar.prepositions
        and low not in grammar.determiners
    )


def _source_start(toks: list[Token], i: int, lang: Language) -> int:
    """Where the source begins after the according cue at ``i`` (after "to" of "according to")."""
    if i + 1 < len(toks) and toks[i + 1].lower in lang.grammar.according_links:
        return toks[i + 1].end
    return toks[i].end


def _according(clause: _Clause) -> Candidate | None:
    """ "Menurut X, A." / "According to X, A." (the cue among the first words or after a colon), else "A,
    menurut X." / "..., karena, menurut Rina, A"."""
    toks, cues, lang = clause.toks, clause.cues, clause.art.lang
    for i in range(min(4, len(toks))):
        if cues[i] and toks[i].lower in lang.according_to:
            return _according_first(clause, i)
    for i, tok in enumerate(toks):
        if i == 0 or not cues[i] or tok.lower not in lang.according_to:
            continue
        if toks[i - 1].text in ":;":
            return _according_first(clause, i)  # "It has not gone unnoticed: according to polls, A."
        if toks[i - 1].text == ",":
            mention = _according_source(clause.art, clause.span, toks, i)
            found = None if mention is None else _according_later(clause, i, mention)
            if found is not None and mention is not None:
                report = _Report(tok, lang.according_to[tok.lower], mention, "according")
                return _make(clause, found[0], found[1], report)
    return None


def _according_first(clause: _Clause, i: int) -> Candidate | None:
    """ "Menurut X, A." / "Menurutnya hal itu masih wajar" (no comma: the clause follows the source)."""
    art, sent, toks, lang = clause.art, clause.span, clause.toks, clause.art.lang
    tok = toks[i]
    mention = _according_source(art, sent, toks, i)
    if not mention:
        return None
    comma = next((t for t in toks[i + 1 :] if t.start >= mention[1] and t.text == ","), None)
    owned = _owned_thing_follows(art, mention[1])  # "According to the agency's estimate, A"
    if comma is None or (not owned and _bare_content(art, mention[1], comma.start)):
        # "Menurutnya hal itu masih wajar", "Justru menurut dia agak janggal ...": no comma
        cs, ce = _content(art, mention[1], sent.end)
        if not _is_clause(art, cs, ce):
            return None
    else:
        cs, ce = _content(art, comma.end, sent.end)
    return _make(clause, cs, ce, _Report(tok, lang.according_to[tok.lower], mention, "according"))


def _according_later(clause: _Clause, i: int, mention: tuple[int, int]) -> tuple[int, int] | None:
    """What the source at ``mention`` of the according cue ``toks[i]`` (after a comma) said: the clause after
    it, or the words before the comma when the source closes the sentence; None if neither."""
    art, text, sent, lang = clause.art, clause.art.text, clause.span, clause.art.lang
    if _owned_thing_follows(art, mention[1]):
        return _content(art, sent.start, clause.toks[i - 1].start)  # "A, according to the agency's estimate"
    if _bare_content(art, mention[1], sent.end):
        return _content(art, mention[1], sent.end)  # "Soal kasus itu, menurut Prabowo masih ..."
    if mention[1] < sent.end - 2 and text[mention[1] : mention[1] + 1] == ",":
        if _only_described(clause, mention[1]) or _joined_after(art, mention[1], sent.end):
            # "A, according to Jo Smith, an analyst at ...", "A, according to a tally, but B": A is hers
            return _content(art, sent.start, clause.toks[i - 1].start)
        # "..., karena, menurut Rina, harga sudah turun ...": the words after X are what X said
        return _content(art, mention[1] + 1, sent.end)
    linked = i + 1 < len(clause.toks) and clause.toks[i + 1].lower in lang.grammar.according_links
    if mention[1] >= sent.end - 2 or (linked and _described_to_end(art, mention[1], sent.end)):
        # "A, according to X." / "A, according to a poll by the Institute of Politics.": A is what X said
        return _content(art, sent.start, clause.toks[i - 1].start)
    if linked and i > 1 and clause.toks[i - 2].lower not in lang.complementizers:
        # "A, according to a report from WKOW, the station in Madison, Wis.": whatever follows the source,
        # the words before it are what it said (not "reported that, according to X, B": B is)
        return _content(art, sent.start, clause.toks[i - 1].start)
    return None


def _only_described(clause: _Clause, pos: int) -> bool:
    """Do only parts that describe the source or hang on the cue follow the comma at ``pos`` after an
    according source ("according to three polls, including one released Thursday")? A part opened by "and"
    is a statement of the source's ("..., and the top tenth paid 69 percent")."""
    after = clause.art.first_tokens(pos, clause.span.end, 2)
    if len(after) == 2 and after[1].lower in clause.art.lang.grammar.conjunctions:
        return False
    return _statement_after(clause, pos) is None


def _joined_after(art: Article, pos: int, end: int) -> bool:
    """Does a clause of its own follow the comma at ``pos`` after an according source, opened by a word that
    sets it against what came before ("A, according to a tally, but B", "..., although B")? (After "and"
    the clause is often the source's too: it is read as what the source said.)"""
    nxt = art.first_tokens(pos, end, 2)
    if len(nxt) < 2:
        return False
    low, grammar = nxt[1].lower, art.lang.grammar
    return low in grammar.trailer_joins and low not in grammar.conjunctions


def _described_to_end(art: Article, start: int, end: int) -> bool:
    """Do the words after an according source run to the sentence's end with no statement of their own:
    no comma ("according to a poll by the Institute of Politics."), or only descriptions after each comma
    ("according to an analysis by Crowdpac, a political website.", "..., who studies voting.")?"""
    lang = art.lang
    toks = art.tokens(start, end)
    opens = lang.grammar.determiners | lang.grammar.leading_drops | lang.person_relatives
    return all(toks[k + 1].lower in opens for k in range(len(toks) - 1) if toks[k].text == ",")


def _according_source(art: Article, sent: Span, toks: list[Token], i: int) -> tuple[int, int] | None:
    """The source after the according cue at ``i``: the cue itself for "menurutnya"; none after
    "berdasarkan" unless a source noun follows ("berdasarkan data Kemenkes", not "berdasarkan Pasal 5")."""
    lang = art.lang
    tok = toks[i]
    if tok.lower in lang.reference_cues:
        return tok.start, tok.end
    sourced = i + 1 < len(toks) and toks[i + 1].lower in lang.source_nouns
    if tok.lower in lang.sourced_according and not sourced:
        return None
    start = _source_start(toks, i, lang)
    mention = speaker_after(art, start, sent.end)
    linked = i + 1 < len(toks) and toks[i + 1].lower in lang.grammar.according_links
    if linked and (mention is None or _cut_short(art, mention, sent.end)):
        # "according to" takes any noun phrase as its source ("according to a company filing, ...")
        return _source_phrase(toks, start, lang) or mention
    return mention


def _owned_thing_follows(art: Article, end: int) -> bool:
    """Does the source that ends at ``end`` own what follows ("the agency" of "the agency's own estimate":
    ``speaker_after`` ends the owner before its "'s")?"""
    return art.text[end : end + 2].casefold() in art.lang.grammar.possessives


def _cut_short(art: Article, mention: tuple[int, int], end: int) -> bool:
    """Does the speaker phrase ``mention`` after "according to" stop short of the noun it opens, one or two
    lower-case words before a comma: "a company" of "a company filing," (the source is the filing)?"""
    lang = art.lang
    if _owned_thing_follows(art, mention[1]):
        return False  # "the agency" of "the agency's own estimate,": the owner speaks
    words = art.tokens(mention[0], mention[1])
    nxt = art.first_tokens(mention[1], end, 3)
    if not words or words[0].lower not in lang.grammar.determiners or not nxt or nxt[0].is_cap:
        return False
    if nxt[0].lower in lang.source_nouns:
        return False  # "according to the watchdog records": the watchdog's records, the watchdog speaks
    return any(t.text == "," for t in nxt[1:]) and all(t.is_word and not t.is_cap for t in nxt[:1])


def _source_phrase(toks: list[Token], start: int, lang: Language) -> tuple[int, int] | None:
    """The noun phrase from ``start`` to the next comma (or the sentence's end) when no speaker phrase stands
    there: "according to the results, ...", "according to law enforcement officials, ...", "A, according to
    court documents." (the source need not be a person)."""
    words = [t for t in toks if t.start >= start][: SOURCE_PHRASE_TOKENS + 1]
    end = next((k for k, t in enumerate(words) if t.text == ","), None)
    if end is None and len(words) > 1 and words[-1] is toks[-1] and words[-1].text in ".!?":
        end = len(words) - 1  # "A, according to media buying sources.": the source closes the sentence
    if not end or not all(t.is_word or t.text in "-’'." for t in words[:end]):
        return None
    if words[0].lower in lang.pronouns or verb_like(words[0], lang):
        return None
    return words[0].start, words[end - 1].end


def _bare_content(art: Article, start: int, end: int) -> bool:
    """Does a clause follow the source at once, with no comma ("menurut Prabowo masih dalam koridor")?"""
    lang = art.lang
    first = art.first_tokens(start, end, 1)
    if not first or not first[0].is_word or verb_like(first[0], lang):
        return False  # "according to a database tracking such deaths"
    low = first[0].lower
    if low in lang.grammar.relatives or low in lang.grammar.prepositions or low in lang.speaker_stops:
        return False  # "menurut Kepala Dinas yang baru dilantik, ...", "according to an analysis by X"
    return _is_clause(art, start, end)


def _negated(toks: list[Token], i: int, lang: Language) -> bool:
    """ "KPK belum menjelaskan ...": a cue under negation reports that nothing was said."""
    j = i - 1
    while j >= 0 and (toks[j].lower in lang.subject_skips or manner_adverb(toks[j], lang)):
        j -= 1  # ("has never formally accused")
    return j >= 0 and (toks[j].lower in lang.negations or toks[j].lower.endswith(NEGATED_CONTRACTIONS))


def _negated_belief(toks: list[Token], i: int, lang: Language) -> bool:
    """Is the negated cue ``toks[i]`` a verb of opinion in the active voice ("The company does not believe
    the ban will last", "doesn't think")? Its negation moves into what is believed: the speaker still
    states an opinion. Not a passive: "X is not thought to be capable" reports no one's opinion."""
    j = i - 1
    while j >= 0 and (toks[j].lower in lang.negations or manner_adverb(toks[j], lang)):
        j -= 1
    word = toks[j].lower if j >= 0 else ""
    auxiliary = word[:-3] if word.endswith(NEGATED_CONTRACTIONS) else word  # "isn't": "is"
    passive = auxiliary in lang.grammar.passive_auxiliaries
    return lang.reporting_verbs.get(toks[i].lower) == "opinion" and not passive


def _open_question(toks: list[Token], i: int, lang: Language) -> bool:
    """Does a question word follow the negated "say" cue at ``i`` ("would not say whether the talks had
    failed", "did not say when"): what the speaker left open is reported all the same?"""
    return (
        toks[i].lower in lang.statement_cues
        and i + 1 < len(toks)
        and toks[i + 1].lower in lang.grammar.question_openers
    )


def _is_clause(art: Article, start: int, end: int) -> bool:
    """Do the words after a cue make a statement (a verb or an auxiliary), not only a noun object? In
    Indonesian the first verb after "yang" is the relative clause's own ("menanggapi aksi gubernur yang
    mendatangi ..."); only a verb after it makes a clause ("BLT yang dialokasikan ... mencapai Rp 22 T")."""
    lang = art.lang
    relative = False  # inside a relative clause whose own verb is still to come
    for k, t in enumerate(art.tokens(start, end)):
        low = t.lower
        if k == 0 and (low in lang.pronouns or low in lang.grammar.interrogatives):
            return True  # "said she opposes the deal", "explained why he left": a clause opens
        if k and low in lang.grammar.subordinators:
            return False  # "continued the work until X fled": the verb is a later clause's, not the object's
        if k and low in lang.grammar.relatives and not lang.grammar.head_final:
            relative = True
        elif (
            low in lang.clause_markers
            or low in lang.predicates
            or low in lang.grammar.irregular_verbs
            or (not t.is_cap and looks_like_verb(low, lang))
        ):
            if not relative:
                return True
            relative = False
    return False


def _is_participle_cue(toks: list[Token], i: int, lang: Language) -> bool:
    """ "..., saying ...": a cue in its -ing form right after a comma."""
    low = toks[i].lower
    return (
        i > 1
        and toks[i - 1].text == ","
        and (low in lang.reporting_verbs or _with_particle(toks, i, lang))
        and low.endswith(lang.grammar.verb_suffixes)
    )


def _participle_cue_at(art: Article, toks: list[Token], i: int) -> bool:
    """ "..., saying ...": a participle cue after a comma, also one the closing mark of a quotation stands
    between ('said the bill was "a disgrace," adding that ...': the comma is inside the marks)."""
    if _is_participle_cue(toks, i, art.lang):
        return True
    low = toks[i].lower
    return (
        i > 1
        and low in art.lang.reporting_verbs
        and low.endswith(art.lang.grammar.verb_suffixes)
        and _closes_with_comma(art, toks[i - 1].end, toks[i].start)
        and not (low in art.lang.trailer_cues and _speaker_follows(art, toks, i))
    )  # ('"Excommunicated," declared La Stampa': a trailer, its speaker after it)


def _speaker_follows(art: Article, toks: list[Token], i: int) -> bool:
    """Does a speaker phrase follow the cue ``toks[i]`` ('..., declared La Stampa')?"""
    return speaker_after(art, toks[i].end, toks[-1].end) is not None


def _after_apposition(toks: list[Token], i: int) -> bool:
    """Does the cue at ``i`` follow the second comma of an apposition ("The U.N. chief, Antonio Guterres,
    urged"), not a single comma ("The program, called EB-5, allows": a participle on "program")?"""
    return i > 3 and toks[i - 1].text == "," and any(t.text == "," for t in toks[: i - 2])


def _participle(tok: Token, lang: Language) -> bool:
    """Is ``tok`` in the -ing form ("saying"), never a finite verb?"""
    suffix = lang.grammar.participle_suffix
    return bool(suffix) and tok.lower.endswith(suffix)


def _clause_subject(art: Article, toks: list[Token]) -> tuple[int, int] | None:
    """The subject of the clause a participle cue ("..., saying ...") hangs on: the nearest comma part that
    opens with a subject and a verb ("When X did ..., he did it sideways, acknowledging ...": "he").
    (The caller passes at most the last SUBJECT_WINDOW tokens, as for any subject.)"""
    # for each position, the first word at or after it that is not part of an opening phrase (a capital, a
    # title, a role word, a mark): where a part's subject ends; found in one pass from the end
    text, lang = art.text, art.lang
    decides = [len(toks)] * (len(toks) + 1)
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        opening = not t.is_word or t.is_cap or t.lower in lang.titles or t.lower in lang.grammar.role_fillers
        decides[k] = decides[k + 1] if opening else k
    cuts = [i for i, t in enumerate(toks) if t.text in ",;"]
    begin = 1 if len(toks) > 1 and lost_capital(text, toks[0], toks[1], lang) else 0  # "resident Prabowo"
    for start in [*(c + 1 for c in reversed(cuts)), begin]:
        if _party_tag_part(art, toks, start, cuts):
            continue  # "Sen. Maria Delgado, D-N.M., praised ... but said": the tag is no subject
        mention = _part_subject(art, toks, start, decides[start])
        if mention is not None:
            return mention
    aside = bool(cuts) and cuts[0] + 1 < len(toks) and _opens_aside(toks[cuts[0] + 1], lang)
    if aside and cuts[0] > begin and toks[cuts[0]].text == ",":
        # "Khan, who is Muslim, also decried ...", "Mr. Trump, in an interview, dwelled on ...": the
        # subject is the first part, before an aside between commas
        return subject_before(art, toks[begin].start, toks[cuts[0]].start)
    return None


def _party_tag_part(art: Article, toks: list[Token], start: int, cuts: list[int]) -> bool:
    """Is the comma part that opens at ``toks[start]`` a party-and-state tag ("D-N.M.")?"""
    end = next((c for c in cuts if c >= start), len(toks))
    if end <= start:
        return False
    last = end - 1 if end - 1 > start and toks[end - 1].text == "." else end  # (its closing period)
    return is_party_tag(art.text, toks[start].start, toks[last - 1].end, art.lang)


def _opens_aside(tok: Token, lang: Language) -> bool:
    """Does ``tok`` open an aside between commas after a subject: a relative ("who is Muslim") or a
    preposition ("in an interview on Friday")?"""
    return tok.lower in lang.grammar.relatives or tok.lower in lang.grammar.prepositions


def _part_subject(art: Article, toks: list[Token], start: int, verb: int) -> tuple[int, int] | None:
    """The subject of the part ``toks[start:]`` before its first verb (``verb``, the first lower-case word
    after the opening phrase that is not a title or a function word)."""
    lang = art.lang
    if start < len(toks) and toks[start].lower in lang.pronouns:
        return toks[start].start, toks[start].end  # "..., he did it sideways, acknowledging ..."
    bare = verb == start
    verb = _after_described_nouns(toks, start, verb, lang)
    if bare and verb > start:
        return toks[start].start, toks[verb - 1].end  # "..., average voters may listen and conclude"
    if verb >= len(toks):
        return None
    low = toks[verb].lower
    timed = verb + 1 < len(toks) and low in lang.grammar.prepositions and _is_day(toks[verb + 1], lang)
    if low in lang.pronouns or (
        low in lang.grammar.function_words and low not in lang.clause_markers and not timed
    ):
        return None  # "In Tulsa, ...": no named subject opens the sentence ("X on Monday defended" has one)
    return subject_before(art, toks[start].start, toks[verb].start) if verb > start else None


def _after_described_nouns(toks: list[Token], start: int, verb: int, lang: Language) -> int:
    """Where the verb is when an article opens the part: after the lower-case nouns of its description
    ("The departments declined ...", "A few senior aides said ..."), at most three of them; with no article,
    when they end in an unnamed source's head ("average voters may listen and conclude ...")."""
    articles = lang.grammar.leading_drops | lang.grammar.definite_articles
    bare = verb == start
    if start >= len(toks) or (toks[start].lower not in articles and not bare):
        return verb
    k = verb
    while (
        k < len(toks)
        and k - verb < 3
        and toks[k].is_word
        and not verb_like(toks[k], lang)
        and toks[k].lower not in lang.grammar.function_words
        and toks[k].lower not in lang.grammar.irregular_verbs  # "The governor gave a speech"
        and toks[k].lower not in lang.clause_markers
        and toks[k].lower not in lang.subject_skips
    ):
        k += 1
    if not bare:
        nouns_end = k
        while k < len(toks) and toks[k].lower in lang.subject_skips:
            k += 1  # "The nurse later sued": an adverb stands before the verb, whatever its form
        return k if k < len(toks) and (verb_like(toks[k], lang) or k > nouns_end) else verb
    if k == verb or k >= len(toks) or toks[k - 1].lower not in lang.unnamed_heads:
        return verb
    return k if verb_like(toks[k], lang) or toks[k].lower in lang.clause_markers else verb


def _is_noun_use(toks: list[Token], i: int, lang: Language) -> bool:
    """Is the cue word at ``i`` a noun or a name here, not a verb?"""
    if not i:
        return False
    prev, tok, grammar = toks[i - 1], toks[i], lang.grammar
    return (
        # "the State Department said", "Secretary of State Ruiz said"; not a title-case headline's verb
        (tok.is_cap and in_name(toks, i, lang) and not _headline_cue(toks, i, lang))
        or prev.lower in grammar.determiners  # "the state party chairman", "his claim"
        or is_possessive(prev, lang)  # "Mr. Ban's record"
        or (prev.lower in grammar.passive_auxiliaries and tok.lower.endswith("ed"))  # "was asked about"
    )


def _headline_cue(toks: list[Token], i: int, lang: Language) -> bool:
    """Is the capitalised cue at ``i`` the verb of a headline in title case ("Governor Says He Will Veto
    Gas Tax"): a finite form ("Says", "Warns") with capitals on both sides, among capitalised words only?"""
    tok = toks[i]
    if tok.lower not in lang.trailer_cues or not tok.lower.endswith(("s", "ed")) or i + 1 >= len(toks):
        return False
    if not toks[i + 1].is_cap:
        return False
    words = [t for t in toks if t.is_word and not t.is_num]
    small = sum(1 for t in words if not t.is_cap and t.lower not in lang.grammar.function_words)
    return len(words) >= 5 and small == 0


def _speaker_of(art: Article, sent: Span, toks: list[Token], i: int) -> tuple[int, int] | None:
    """The speaker phrase of the verb cue at ``i``: the subject of the sentence's verb for a participle
    ("X attacked Y, saying ..."), the phrase before "to" ("led NGOs to call for ..."), else the subject."""
    lang = art.lang
    if toks[i].lower in lang.particle_cues and not _with_particle(toks, i, lang):
        return None  # "pointed at the crowd": no report without its particle
    join = _joined_verb(toks, i, lang)
    if _participle_cue_at(art, toks, i) or join is not None:
        # "X attacked Y, saying ...", "Reid caucused in Nevada and says ...", "X backed it but has since
        # said ...": the subject of the clause
        k = i - 1 if join is None else join
        found = _clause_subject(art, toks[max(0, k - SUBJECT_WINDOW) : k])
        if found is not None or not _after_apposition(toks, i) or _participle(toks[i], lang):
            return found
        # "The U.N. chief, Antonio Guterres, urged ...": a past form after an apposition is the verb
    if (
        i > 1
        and toks[i - 1].lower in lang.grammar.infinitive_markers
        and i + 1 < len(toks)
        and toks[i + 1].lower in lang.object_particles
    ):
        return _phrase_before(toks, i - 1, lang)  # "led NGOs to call for ..."
    raising = _raising_verb(toks, i, lang)
    if raising is not None:  # "he appeared to suggest that A", "Pence went on to say A": the verb's subject
        return subject_before(art, sent.start, toks[raising].start)
    if _adverbial_participle(toks, i, lang) and _plain_report(toks, i, lang):
        # "Rubio responded before adding that ...", "Bolton agreed, while saying that ...": its subject
        return _clause_subject(art, toks[max(0, i - 1 - SUBJECT_WINDOW) : i - 1])
    if _partitive_participle(toks, i, lang):
        return _phrase_before(toks, i - 3, lang, coordinated=True)  # "from health groups, with some calling"
    if _modifying_participle(toks, i, lang):
        return None  # "a policy urging employees to ...": a modifier, not a cue ("is urging" is one)
    mention = _sourced(art, subject_before(art, sent.start, toks[i].start), toks[i])
    if mention is None and toks[i].lower in lang.plain_subject_cues:
        mention = _plain_subject(toks, i, lang)  # "Seventy percent of registered voters say ..."
    if mention is None and _clause_follows(toks, i, lang) and _finite_past(toks[i], lang):
        # "A copy of the memo seen by Reuters said ...", "the place Pentagon officials say ..."
        return _sourced(art, _head_before(art, toks, i), toks[i])
    return mention


def _joined_verb(toks: list[Token], i: int, lang: Language) -> int | None:
    """The index of "and" / "but" that joins the cue ``toks[i]`` to the verb phrase before it, over the
    auxiliaries and adverbs between them ("and says", "but has since said", "and later told"): the cue
    shares the clause's subject; None when no such word stands there."""
    j = i - 1
    if toks[i].lower in lang.statement_cues:  # (other cues only right after the join: "and urged")
        while j > 1 and toks[j].lower in lang.subject_skips and toks[j].is_word and not toks[j].is_cap:
            j -= 1
    return j if j > 0 and toks[j].lower in lang.subject_joins else None


def _raising_verb(toks: list[Token], i: int, lang: Language) -> int | None:
    """The index of the verb whose subject says what the cue ``toks[i]`` reports after "to": "appeared to
    suggest", "went on to say", "began to argue"; None when no such verb stands before "to"."""
    if i < 2 or toks[i - 1].lower not in lang.grammar.infinitive_markers:
        return None
    k = i - 2
    if k > 0 and toks[k].lower in lang.grammar.raising_particles:
        k -= 1  # "went on to say"
    return k if toks[k].lower in lang.grammar.raising_verbs else None


def _clause_follows(toks: list[Token], i: int, lang: Language) -> bool:
    """Does a statement follow the cue ``toks[i]``: "said", or "that" within its reach ("told The Daily
    Ledger on Tuesday that")?"""
    if toks[i].lower in lang.statement_cues:
        return True
    after = toks[i + 1 : i + 1 + _complement_reach(toks, i, lang)]
    return any(t.lower in lang.complementizers for t in after)


def _finite_past(tok: Token, lang: Language) -> bool:
    """Is the cue a form that is only a verb: "say", "said", "told", "warned" (not "demand" or "states",
    mostly nouns in news)?"""
    low = tok.lower
    past = low.endswith(lang.grammar.past_suffixes)
    return low in lang.statement_cues or low in lang.addressee_cues or past


def _head_before(art: Article, toks: list[Token], i: int) -> tuple[int, int] | None:
    """The noun phrase right before the finite cue ``toks[i]`` (over adverbs and auxiliaries) when no
    subject phrase was read: the end of a long subject ("Most farmers in the three valleys hit by the
    drought say", "the plan ministry officials say"), a pronoun after a colon ("...: He said")."""
    lang = art.lang
    if not lang.grammar.head_final:
        return None  # (the head ends the phrase only where names end in their head: "Budget Office")
    if _participle(toks[i], lang) or (i and toks[i - 1].lower in lang.grammar.passive_auxiliaries):
        return None  # "saying", "he was said to have ...": no subject of this verb before it
    j = i - 1
    while j > 0 and (toks[j].lower in lang.subject_skips or _adverb(toks[j], lang) or _is_day(toks[j], lang)):
        j -= 1  # "has long said", "going to the polls Tuesday say"
    if j < 0 or not toks[j].is_word or toks[j].lower in lang.grammar.infinitive_markers:
        return None  # "went on to say": the subject of the verb before "to"
    if any(art.text[toks[k].end : toks[k + 1].start].strip() for k in range(j, i)):
        return None  # '..., "a quotation" said X' or a mark between: not one phrase with the cue
    head = toks[j]
    if head.lower in lang.pronouns:
        start = j if _opens_clause(toks, j, lang) else -1
    elif _source_head(head, lang) or _common_noun(head, lang):
        start = _phrase_start(toks, j + 1, lang)
    else:
        return None
    if start < 0 or _after_closing_mark(art.text, toks[start].start):
        return None  # '"We are ready," she said, adding ...': a direct quote's trailer, not a lead
    return toks[start].start, head.end


def _after_closing_mark(text: str, pos: int) -> bool:
    """Does a quotation mark stand right before ``pos`` (over spaces)?"""
    k = pos
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] in QUOTE_MARKS


def _adverb(tok: Token, lang: Language) -> bool:
    """An adverb between a subject and its verb: "long" of "has long said", "again", "successfully"."""
    low = tok.lower
    return low in lang.grammar.preverbal_adverbs or low in lang.cue_adverbs or manner_adverb(tok, lang)


def _opens_clause(toks: list[Token], j: int, lang: Language) -> bool:
    """Does ``toks[j]`` open a clause: first, after a mark, "and", or a word such as "because" or "where"?"""
    if j == 0 or not toks[j - 1].is_word:
        return True
    low, grammar = toks[j - 1].lower, lang.grammar
    return low in grammar.list_words or low in grammar.clause_starts or low in grammar.interrogatives


def _common_noun(tok: Token, lang: Language) -> bool:
    """A lower-case word that may end a subject ("families", "the memo", "exit polls"), not a verb, a
    function word or an auxiliary."""
    low = tok.lower
    return (
        tok.is_word
        and len(low) > 2
        and low.isalpha()
        and low not in lang.grammar.function_words
        and low not in lang.stop_words
        and low not in lang.clause_markers
        and not verb_like(tok, lang)
    )


def _adverbial_participle(toks: list[Token], i: int, lang: Language) -> bool:
    """Is the cue ``toks[i]`` a participle after a preposition or a clause opener inside its clause ("before
    adding", "while saying", "by denouncing"), not at its start ("After saying A, the man left")?"""
    if i < 2 or not _participle(toks[i], lang) or not toks[i - 2].is_word:
        return False
    low = toks[i - 1].lower
    return low in lang.grammar.prepositions or low in lang.grammar.clause_starts


def _partitive_participle(toks: list[Token], i: int, lang: Language) -> bool:
    """Is the cue ``toks[i]`` a participle after ", with some" ("from health groups, with some calling")?"""
    suffix = lang.grammar.participle_suffix
    return (
        bool(suffix)
        and i > 2
        and toks[i].lower.endswith(suffix)
        and toks[i - 1].lower in lang.grammar.partitives
        and toks[i - 2].lower in lang.grammar.partitive_links
        and toks[i - 3].text == ","
    )


def _modifying_participle(toks: list[Token], i: int, lang: Language) -> bool:
    """Is the cue ``toks[i]`` a participle that modifies the noun before it ("a policy urging ...")?"""
    suffix = lang.grammar.participle_suffix
    if not suffix or i == 0 or not toks[i].lower.endswith(suffix):
        return False
    prev = toks[i - 1]
    return (
        prev.is_word
        and not prev.is_cap
        and prev.lower not in lang.grammar.passive_auxiliaries
        and prev.lower not in lang.grammar.prepositions
        and prev.lower not in lang.grammar.function_words
        and prev.lower not in lang.subject_skips
    )


def _plain_subject(toks: list[Token], i: int, lang: Language) -> tuple[int, int] | None:
    """The words that open the clause of the cue ``toks[i]`` when they end in a source's head ("Seventy
    percent of registered voters say", "Still, about half of voters said"): the subject of "said" when no
    named one stands. Not "Aides to Clinton": a name after a preposition is not who spoke."""
    head = toks[i - 1] if i else None
    if head is None or not _source_head(head, lang) or looks_like_verb(head.text, lang):
        return None  # ("Having said that, ...")
    k = i
    while (
        k > 0
        and i - k < SUBJECT_WINDOW
        and toks[k - 1].is_word
        and toks[k - 1].lower not in lang.clause_markers
        and toks[k - 1].lower not in lang.all_cues
        and toks[k - 1].lower not in lang.pronouns
    ):
        k -= 1
    if k == i or (k > 0 and toks[k - 1].is_word):
        return None  # the words before the cue do not open its clause
    if toks[i - 1].is_cap and any(t.lower in lang.grammar.prepositions for t in toks[k : i - 1]):
        return None
    return toks[k].start, toks[i - 1].end


def _phrase_before(
    toks: list[Token], end: int, lang: Language, coordinated: bool = False
) -> tuple[int, int] | None:
    """The noun phrase right before ``toks[end]`` ("non-governmental organisations" of "led
    non-governmental organisations to call for"), when it ends in a source's head or a name; with
    ``coordinated``, over one "and" to a second such phrase ("health groups and education watchdogs")."""
    j = _phrase_start(toks, end, lang)
    if j == end or not _source_head(toks[end - 1], lang):
        return None
    if coordinated and j > 1 and toks[j - 1].lower in lang.grammar.conjunctions:
        k = _phrase_start(toks, j - 1, lang)
        if k < j - 1 and _source_head(toks[j - 2], lang):
            j = k
    return toks[j].start, toks[end - 1].end


def _phrase_start(toks: list[Token], end: int, lang: Language) -> int:
    """Where the noun phrase ending before ``toks[end]`` starts (at most MAX_PHRASE_WORDS content words)."""
    j = end
    while (
        j > 0
        and toks[j - 1].is_word
        and toks[j - 1].lower not in lang.grammar.function_words
        and not toks[j - 1].lower.endswith(lang.grammar.verb_suffixes)
        and j > end - MAX_PHRASE_WORDS
    ):
        j -= 1
    return j


def _source_head(head: Token, lang: Language) -> bool:
    """Can the word head a source: a name, an unnamed source's head ("officials"), a body ("ministry")?"""
    return head.is_cap or head.lower in lang.unnamed_heads or head.lower in lang.org_heads


def _verb_act(low: str, lang: Language) -> str | None:
    """The speech act of a verb cue (reporting, colon or figure verb), None for any other word."""
    return lang.verb_acts.get(low)


def _with_particle(toks: list[Token], i: int, lang: Language) -> bool:
    """Is ``toks[i]`` a cue that needs a particle ("pointed out", "points to") with it and what was said
    after that (not "as X pointed out, A", an aside)?"""
    return (
        toks[i].lower in lang.particle_cues
        and i + 2 < len(toks)
        and toks[i + 1].lower in lang.cue_particles
        and toks[i + 2].is_word
    )


def _takes_object(art: Article, tok: Token, act: str, cs: int, ce: int) -> bool:
    """May the cue report a bare noun object: a denial ("membantah kabar tersebut"), a stance ("menegaskan
    penolakannya"), a figure ("mencatat 103 kasus"), a request with an infinitive ("urged X to halt")?"""
    lang = art.lang
    low = tok.lower
    if act in lang.object_only_acts or low in lang.object_verbs or low in lang.colon_cues:
        return True
    head = art.first_tokens(cs, ce, OBJECT_REACH)
    if low in lang.figure_verbs and any(t.is_num for t in head[: lang.figure_reach]):
        return True
    if low in lang.proposal_cues or low in lang.particle_cues:  # (checked by ``_proposes``, ``_speaker_of``)
        return True
    if low in lang.naming_cues:  # "refers to the outbreak as an emergency", not "referred the case to"
        particle = art.first_tokens(tok.end, cs, 1)
        return (
            bool(particle)
            and particle[0].lower in lang.naming_particles
            and any(t.lower in lang.naming_links for t in head[1:])
        )
    if act != "request" or not head or head[0].lower in lang.grammar.prepositions:
        return False  # "called in to a town hall"
    head = art.first_tokens(cs, ce, INFINITIVE_REACH)
    for k, t in enumerate(head[1:], 1):
        if t.text in ".;:!?":
            return False  # the object ends with its sentence
        if (  # "urged the government to halt ...", not "to an MTV town hall"
            t.lower in lang.grammar.infinitive_markers
            and k + 1 < len(head)
            and head[k + 1].is_word
            and not head[k + 1].is_cap
            and head[k + 1].lower not in lang.grammar.determiners
        ):
            return True
    return False


def _told_to(art: Article, cue: Token, cs: int, ce: int) -> bool:
    """Is "told" a request: its hearer, a short noun phrase, then an infinitive ("told his aides to drop the
    ad", "telling Senator Reyes to step aside"), not a clause ("told reporters he wanted to run")?"""
    lang = art.lang
    if cue.lower not in lang.hearer_request_cues:
        return False
    head = art.first_tokens(cs, ce, MAX_PHRASE_WORDS + 2)
    for k, t in enumerate(head):
        if t.lower in lang.grammar.infinitive_markers:
            return k > 0 and k + 1 < len(head) and head[k + 1].is_word and not head[k + 1].is_cap
        if not t.is_word or t.lower in lang.pronouns or t.lower in lang.clause_markers:
            return False  # "told reporters he would ...": a subject or a verb before "to"
        if t.lower in lang.grammar.prepositions or (k and verb_like(t, lang)):
            return False
    return False


def _past_hearer(art: Article, cs: int, ce: int) -> int:
    """Where the clause after the hearer of "told" starts: after a name or a noun phrase and before a
    subject pronoun ("told The Washington Post he was ...", "told supporters they would ..."), or after
    the comma that ends the hearer and its time or place ("told me on Friday, is that ..."); ``cs``
    otherwise."""
    lang = art.lang
    head = art.first_tokens(cs, ce, HEARER_TOKENS)
    for k, t in enumerate(head):
        if k and t.lower in lang.grammar.clause_starts:
            # "A, Obama told his advisers as he labored over ...": the reporter's clause, nothing said here
            return ce if k + 1 < len(head) and head[k + 1].lower in lang.pronouns else cs
        if k and t.lower in lang.pronouns:
            return t.start
        if k and t.text == "," and k + 1 < len(head):
            # ('told his audience on Monday, "What happened is this ..."': the quotation opens the statement)
            return cs if art.quoted.overlaps(t.end, head[k + 1].start + 1) else head[k + 1].start
        # a name or a word of a noun phrase ("told The Post", "told me", "told supporters", "told the crowd")
        hearer = t.is_cap or not (verb_like(t, lang) or t.lower in lang.clause_markers)
        placed = k > 0 and (
            t.lower in lang.grammar.prepositions
            or t.lower in lang.weekdays
            or t.lower in lang.grammar.time_words
        )  # "told reporters on Friday", "told voters this weekend"
        if not t.is_word or not (hearer or placed):
            return cs
    return cs


def _noted_clause(art: Article, cs: int, ce: int) -> bool:
    """After "mencatat," a clause that states something ("ada 5.360 siswa yang menjadi korban"), not a record
    set in its time ("pada Pemilu 2024 terdapat 521 laporan": background the gold does not count)."""
    lang = art.lang
    first = art.first_tokens(cs, ce, 1)
    if not first or first[0].lower in lang.grammar.prepositions:
        return False
    return _is_clause(art, cs, ce)


def _proposes(art: Article, cue: Token, mention: tuple[int, int], cs: int, ce: int) -> bool:
    """Does a named source propose something: "that ..." after the cue, or a measure (a policy noun, a
    noun such as "suspension") as the head of its object ("CISDI proposed the suspension of ...")?"""
    lang = art.lang
    articles = lang.grammar.definite_articles | lang.grammar.leading_drops
    named = [t for t in art.first_tokens(mention[0], mention[1], 3) if t.lower not in articles]
    if not named or not named[0].is_cap:
        return False  # "the council proposed a ban": no named source
    if any(t.lower in lang.complementizers for t in art.first_tokens(cue.end, cs, 2)):
        return True
    head = art.first_tokens(cs, ce, 3)
    for t in head:
        if not t.is_word or t.is_cap:
            return False
        if t.lower in lang.grammar.determiners:
            continue
        return t.lower in lang.policy_nouns or (len(t.lower) > 5 and t.lower.endswith(lang.policy_suffixes))
    return False


def _content_after(art: Article, sent: Span, toks: list[Token], i: int) -> tuple[int, int]:
    """What the verb cue at ``i`` reports: after its particle ("called for ..."), up to the comma that
    closes a relative clause ("CISDI, which also proposed A, was concerned ...")."""
    text, lang = art.text, art.lang
    if (
        i + 1 < len(toks)
        and toks[i + 1].lower in lang.grammar.list_words
        and not art.quoted.overlaps(toks[i].end, toks[i + 1].start)  # ('said "reforms" and cuts would')
    ):
        return sent.end, sent.end  # "a man who said and did the same things": a second verb, no statement
    start = toks[i].end
    particles = lang.naming_particles if toks[i].lower in lang.naming_cues else lang.object_particles
    if (i + 1 < len(toks) and toks[i + 1].lower in particles) or _with_particle(toks, i, lang):
        start = toks[i + 1].end  # "called for ...", "pointed out that ..."
    end = sent.end
    if _in_opening_phrase(toks, i, lang):
        end = next((t.start for t in toks[i + 1 :] if t.text == ","), end)
    elif _in_relative_clause(toks, i, lang):
        end = _relative_clause_end(art, toks, i, end)
    joined = _next_report(toks, i, lang)
    if joined is not None and toks[joined[0]].start < end:
        end = toks[joined[0]].start  # "said the bill was rushed and warned that ...": a second statement
    other = _other_subject_report(toks, i, lang)
    if other is not None and toks[other].start < end:
        end = toks[other].start  # "said A, and nearly four in 10 said B": a second report, its own subject
    narrated = _narrated_clause(toks, i, lang)
    if narrated is not None and toks[narrated].start < end:
        end = toks[narrated].start
    semicolon = _new_clause_after_semicolon(toks, i, lang)
    if semicolon is not None and semicolon < end:
        end = semicolon  # "said A; they only learned on Friday ...": the next clause is the reporter's
    described = _object_relative(toks, i, lang)
    if described is not None and described < end:
        end = described  # "denounced the new levy, which the council passed in March"
    closed = _closed_sentence(text, start, end)
    if closed is not None:  # 'said the South has "treated me well." He touted ...': a new sentence
        end = closed.start() + len(closed.group().rstrip())
    return _content(art, start, end, _complement_reach(toks, i, lang))


def _relative_clause_end(art: Article, toks: list[Token], i: int, end: int) -> int:
    """Where what the cue ``toks[i]`` of a relative clause reports ends: at the comma before the main verb
    ("X, who estimated that A, said B"), also one inside a quotation's closing mark ('X, who called it "a
    hoax," said B'); ``end`` when no main verb follows."""
    lang = art.lang
    for k in range(i + 1, len(toks) - 1):
        nxt = toks[k + 1]
        if not (
            nxt.lower in lang.clause_markers or verb_like(nxt, lang) or nxt.lower in lang.reporting_verbs
        ):
            continue
        if toks[k].text in CLAUSE_MARKS:
            return toks[k].start
        if _closes_with_comma(art, toks[k].end, nxt.start):
            return _end_before(art.text, toks[k].end, nxt.start)
    return end


def _object_relative(toks: list[Token], i: int, lang: Language) -> int | None:
    """Where the comma before a relative clause stands when what the cue ``toks[i]`` reports before it is
    a noun phrase ("the reality of climate change, which ..."): the relative describes the object, the
    reporter's words, not the speaker's; only for cues that take an object (a denial, a confirmation), and
    None when a verb comes first."""
    low = toks[i].lower
    if not (low in lang.object_verbs or lang.reporting_verbs.get(low) in lang.object_only_acts):
        return None  # ("said the decision, which struck down X, illustrates ...": "said" reports a clause)
    for k in range(i + 1, len(toks) - 1):
        tok = toks[k]
        if tok.text == "," and toks[k + 1].lower in lang.grammar.description_relatives:
            return tok.start if k > i + 1 else None
        if tok.lower in lang.complementizers or tok.lower in lang.pronouns or verb_like(tok, lang):
            return None
        if tok.lower in lang.grammar.irregular_verbs or tok.lower in lang.grammar.passive_auxiliaries:
            return None
    return None


def _new_clause_after_semicolon(toks: list[Token], i: int, lang: Language) -> int | None:
    """Where the first semicolon after the cue ``toks[i]`` stands when a clause with its own subject
    follows it (a pronoun, a name, an article, a number), not the next item of a list ("had spoken out
    at hearings; helped marshal protesters; ...")."""
    for k in range(i + 1, len(toks) - 1):
        if toks[k].text == ";":
            nxt = toks[k + 1]
            low = nxt.lower
            if nxt.is_cap or low in lang.pronouns or low in lang.grammar.determiners or nxt.is_num:
                return toks[k].start
            return None
    return None


def _other_subject_report(toks: list[Token], i: int, lang: Language) -> int | None:
    """Where a second report with a subject of its own begins after the cue at ``i``: "and", "but",
    "while" and a short noun phrase before a finite "said" ("said A, and more than 4 in 10 said B", "said A,
    while nine in 10 said B"); a coordinated clause is the reporter's, not part of A."""
    joins = lang.grammar.list_words | lang.grammar.contrasts
    for k in range(i + 2, len(toks) - 2):
        if toks[k].lower not in joins:
            continue
        for j in range(k + 2, min(len(toks) - 1, k + 2 + OTHER_SUBJECT_TOKENS)):
            tok = toks[j]
            if tok.lower in lang.statement_cues and _finite_cue(toks, j, lang):
                return k - 1 if toks[k - 1].text == "," else k
            if not (tok.is_word or tok.text in "%-") or _subject_breaker(tok, lang):
                break
    return None


def _subject_breaker(tok: Token, lang: Language) -> bool:
    """Can ``tok`` stand in no short subject phrase before a second "said": a verb, an auxiliary, a
    complementizer, a relative or a cue of its own?"""
    low = tok.lower
    return (
        (not tok.is_cap and verb_like(tok, lang))
        or low in lang.clause_markers
        or low in lang.complementizers
        or low in lang.grammar.relatives
        or low in lang.grammar.list_words
        or low in lang.all_cues
    )


def _narrated_clause(toks: list[Token], i: int, lang: Language) -> int | None:
    """The comma before ", and he railed against ...": the reporter goes on with a person's next deed, a
    clause of its own after what the cue at ``i`` reported (a person's pronoun, not "it", and a verb)."""
    for k in range(i + 2, len(toks) - 3):
        if toks[k].text != "," or not toks[k + 3].is_word or toks[k + 3].is_cap:
            continue
        join, pronoun = toks[k + 1].lower, lang.pronouns.get(toks[k + 2].lower)
        if (join in lang.grammar.list_words and pronoun in PERSON_PRONOUNS) or (
            join in lang.grammar.contrasts and pronoun is not None  # ", although it may take days"
        ):
            return k
    return None


def _complement_reach(toks: list[Token], i: int, lang: Language) -> int:
    """How far after the cue ``toks[i]`` its "that" may stand: past a hearer or a place ("told The New York
    Times on Tuesday that", "noted in a guest column in the Times that"), else a few words."""
    low = toks[i].lower
    opens_phrase = i + 1 < len(toks) and toks[i + 1].lower in lang.grammar.prepositions
    return COMPLEMENT_FAR if low in lang.addressee_cues or opens_phrase else COMPLEMENT_REACH


def _next_report(toks: list[Token], i: int, lang: Language) -> tuple[int, int] | None:
    """(the joining word, the cue) of a second report by the same subject after the cue at ``i``: "said A
    and warned that B", "said A, and warned that B", "admitted A, but said B", "mengatakan A dan menegaskan
    bahwa B" (a finite reporting verb right after "and", "but": the subject's second verb, a comma or not)."""
    for k in range(i + 2, len(toks) - 2):
        if toks[k].lower not in lang.grammar.list_words or toks[k - 1].text == ";":
            continue
        j = k + 1
        while j < len(toks) - 1 and (
            toks[j].lower in lang.subject_skips or toks[j].lower in lang.cue_adverbs
        ):
            j += 1  # "and also warned", "dan juga menegaskan"
        if _second_cue(toks, j, lang) and k - i > MIN_CLAUSE_WORDS:
            return k, j  # ("mengatakan Isa menyetujui dan memberitahukan ...": two verbs of Isa's)
    return None


def _second_cue(toks: list[Token], j: int, lang: Language) -> bool:
    """Is ``toks[j]`` a report joined to a first one: "and said A", "and warned that A", "dan menegaskan
    bahwa A"; not "dan meminta masukan" (a request made, not a statement)?"""
    if not _finite_cue(toks, j, lang):
        return False
    after = toks[j + 1 : j + 1 + COMPLEMENT_REACH]
    return toks[j].lower in lang.statement_cues or any(t.lower in lang.complementizers for t in after)


def _finite_cue(toks: list[Token], j: int, lang: Language) -> bool:
    """Is ``toks[j]`` a reporting verb in a finite form with words after it ("warned that", not "saying" or
    "said.")?"""
    tok = toks[j]
    if tok.is_cap or tok.lower not in lang.reporting_verbs or j + 1 >= len(toks):
        return False
    if not toks[j + 1].is_word and toks[j + 1].text != ",":
        return False
    suffix = lang.grammar.participle_suffix
    return not (suffix and tok.lower.endswith(suffix))


def _in_opening_phrase(toks: list[Token], i: int, lang: Language) -> bool:
    """Does the cue at ``i`` stand in a relative clause inside the sentence's opening phrase ("Among those
    who said A, most ..."): what was said ends at the comma before the main clause."""
    j = i - 1
    while j > 0 and toks[j].lower in lang.subject_skips:
        j -= 1
    return (
        j > 1
        and toks[j].lower in lang.person_relatives
        and toks[0].lower in lang.grammar.prepositions
        and all(t.text != "," for t in toks[:j])
    )


def _in_relative_clause(toks: list[Token], i: int, lang: Language) -> bool:
    """Does the cue at ``i`` stand in a relative clause after a comma ("CISDI, which also proposed ...")?"""
    j = i - 1
    while j > 0 and toks[j].lower in lang.subject_skips:
        j -= 1
    return j > 0 and toks[j].lower in lang.grammar.relatives and toks[j - 1].text in CLAUSE_MARKS


def _subject_verb(clause: _Clause) -> Candidate | None:
    """ "X mengatakan (bahwa) A." / "X told reporters that A." / "X membantah kabar tersebut.": the first
    verb cue with a subject before it and a statement after it."""
    toks, lang = clause.toks, clause.art.lang
    last_participle = -2  # the last participle cue of the clause (-1: none), found when first needed
    for i, tok in enumerate(toks):
        if not clause.cues[i]:
            continue
        act = _verb_act(tok.lower, lang)
        if act is None or not _reports_here(clause, i) or _inverted_after_quotation(clause, i):
            continue
        if act in lang.object_only_acts:
            if last_participle == -2:
                last_participle = _last_participle_cue(toks, lang)
            if last_participle > i:
                continue  # "X rejected the audit, saying it ...": what was said follows the participle
        mention = _speaker_of(clause.art, clause.span, toks, i)
        if mention is None or _prepositional_subject(toks, mention, i, lang):
            continue
        sub = _subordinator_before(toks, mention[0], lang)
        # ("though she acknowledged A", "While X has suggested A": a report all the same)
        contrast = sub is not None and toks[sub].lower in lang.grammar.contrasts
        if sub is not None and not contrast and not _plain_report(toks, i, lang):
            continue  # "after Obama called the bankers ...": a deed told in passing, not a report
        decided, cand = _verb_statement(clause, _Report(tok, act, mention, "subject"), i)
        if (
            decided
            and cand is None
            and (_next_report(toks, i, lang) is not None or _main_cue_after(clause, i))
        ):
            continue  # "She declared victory and said that A", "X, who called it a hoax, said A": a later cue
        if decided and cand is not None and act == "request" and _names_not_asks(toks, i, lang):
            cand.quote.speech_act = "opinion"  # "called the bill a mandate without money": her view of it
        if decided:
            return cand if sub is None or cand is None else _before_main_clause(clause, cand, sub)
    return None


def _main_cue_after(clause: _Clause, i: int) -> bool:
    """Does the cue ``toks[i]`` stand in a relative clause that a comma closes before the main verb, a cue
    ("Smith, who called the plan a disaster, said A")?"""
    toks, art = clause.toks, clause.art
    if not _in_relative_clause(toks, i, art.lang):
        return False
    return any(
        toks[k].lower in art.lang.reporting_verbs
        and (toks[k - 1].text == "," or _closes_with_comma(art, toks[k - 1].end, toks[k].start))
        for k in range(i + 2, len(toks))
    )


def _inverted_after_quotation(clause: _Clause, i: int) -> bool:
    """Does the cue ``toks[i]`` follow a quotation closed with a comma, its speaker after it ('Belgium
    failed to act and "should have acted sooner," said the minister'): the trailer of what comes before,
    read by ``_trailing_cue``, not a verb of the clause's subject?"""
    toks, art = clause.toks, clause.art
    if i == 0 or toks[i].lower not in art.lang.trailer_cues:
        return False  # ('a defense of "New York values," saying A': a participle reports for the subject)
    return _closes_with_comma(art, toks[i - 1].end, toks[i].start) and _speaker_follows(art, toks, i)


def _names_not_asks(toks: list[Token], i: int, lang: Language) -> bool:
    """Is the request cue ``toks[i]`` one that asks only with its particle ("called for", "called on"), used
    here without it ("called the plan a disgrace")?"""
    particle = i + 1 < len(toks) and toks[i + 1].lower in lang.request_particles
    return toks[i].lower in lang.particle_requests and not particle


def _prepositional_subject(toks: list[Token], mention: tuple[int, int], i: int, lang: Language) -> bool:
    """Does the subject read for the cue ``toks[i]`` open with a preposition ("Following initial reports of
    the blast, X said ...", "After a hastily called meeting, ..."): no subject opens so, the cue word is a
    noun or a modifier inside a prepositional phrase, no verb; not a count ("About half said", "Over 60
    percent say"), nor a relative clause in the phrase ("For someone who conceded that A, ...": a report)?"""
    k = next((j for j, t in enumerate(toks) if t.start >= mention[0]), i)
    if k + 1 >= i or toks[k].lower not in lang.grammar.phrase_prepositions:
        return False
    nxt = toks[k + 1]
    if nxt.is_num or nxt.lower in lang.number_words or nxt.lower in lang.grammar.partitives:
        return False
    return not any(t.lower in lang.grammar.relatives or t.text == "," for t in toks[k + 1 : i])


def _subordinator_before(toks: list[Token], start: int, lang: Language) -> int | None:
    """The index of the clause-opening word ("after", "because", "when") right before the subject that
    starts at ``start`` (over its article: "after her campaign said"), None when none stands there."""
    k = next((j for j, t in enumerate(toks) if t.start >= start), 0) - 1
    while k > 0 and toks[k].lower in lang.grammar.leading_drops | lang.grammar.determiners:
        k -= 1
    return k if k >= 0 and toks[k].lower in lang.grammar.clause_starts else None


def _plain_report(toks: list[Token], i: int, lang: Language) -> bool:
    """Does the cue ``toks[i]`` report a statement outright: "said", or any cue with "that" after it (every
    cue, for a language that lists no statement cues)?"""
    if not lang.statement_cues:
        return True
    after = toks[i + 1 : i + 1 + COMPLEMENT_REACH]
    return toks[i].lower in lang.statement_cues or any(t.lower in lang.complementizers for t in after)


def _before_main_clause(clause: _Clause, cand: Candidate, sub: int) -> Candidate:
    """ "When Smith said A, the crowd cheered": a report in a subordinate clause that opens the sentence
    ends at the comma before the main clause."""
    toks, q = clause.toks, cand.quote
    if sub > 0 and toks[sub - 1].is_word and toks[sub - 1].lower not in clause.art.lang.grammar.list_words:
        return cand  # "The talks stalled after she said A": A runs to the end of the sentence
    comma = next((t for t in toks if q.start < t.start < q.end and t.text == ","), None)
    if comma is not None:
        q.end = comma.start
        q.text = clause.art.text[q.start : q.end]
    return cand


def _nested_report(clause: _Clause, i: int, cs: int) -> tuple[int, int] | None:
    """(where its subject starts, the cue) of a report that opens what the cue ``toks[i]`` reports
    ("reported that the senator said ...", "menyebut bahwa saksi mengatakan ...")."""
    toks, lang = clause.toks, clause.art.lang
    k = i + 1
    while k < len(toks) and toks[k].start < cs:
        k += 1
    for j in range(k + 1, min(len(toks), k + 1 + NESTED_SUBJECT_TOKENS)):
        tok = toks[j]
        if tok.lower in lang.reporting_verbs and not tok.is_cap:
            said = tok.lower in lang.statement_cues  # not "that he believes ...": a thought he reported
            return (k, j) if said and _finite_cue(toks, j, lang) and not _is_noun_use(toks, j, lang) else None
        if not tok.is_word or tok.lower in lang.clause_markers or verb_like(tok, lang):
            return None  # the content has its own verb first: it is the statement
    return None


def _nested_statement(clause: _Clause, subject: int, j: int) -> tuple[bool, Candidate | None]:
    """The statement of the inner report ``toks[j]`` with its own subject from ``toks[subject]``: "the deal
    was dead", the senator's, in "CNN reported that the senator said the deal was dead"."""
    art, toks, lang = clause.art, clause.toks, clause.art.lang
    mention = subject_before(art, toks[subject].start, toks[j].start)
    if mention is None:
        return False, None
    return _verb_statement(
        clause, _Report(toks[j], lang.reporting_verbs[toks[j].lower], mention, "subject"), j
    )


def _said_clause(clause: _Clause, report: _Report, cs: int, ce: int) -> bool:
    """After a cue that always reports a clause ("said"), do the words make one: they open with a subject
    (not a preposition or a function word: "said in a statement") and are not the speaker after the cue
    ("..., said Smith")?"""
    art, lang = clause.art, clause.art.lang
    if report.cue.lower not in lang.statement_cues or cs >= ce:
        return False
    first = art.first_tokens(cs, ce, 1)
    if not first or not first[0].is_word:
        return False
    low = first[0].lower
    opens_noun = low in lang.grammar.determiners or low in lang.grammar.expletives  # "said the plan ..."
    if (
        low not in lang.pronouns
        and not opens_noun
        and (low in lang.grammar.function_words or low in lang.speaker_stops)
    ):
        return False
    if report.mention is not None and report.mention[1] <= report.cue.start:
        return True  # the speaker stands before the cue: "The billionaire said voters misunderstand him"
    speaker = speaker_after(art, cs, ce)
    return speaker is None or speaker[1] < _stripped_end(art.text, cs, ce)


def _reports_here(clause: _Clause, i: int) -> bool:
    """Is the cue word ``toks[i]`` a verb that reports here: outside quotation marks, not negated, not a
    noun, and for a colon cue with its colon ("X identified four factors: A, B", not "X provided meals")?"""
    toks, lang = clause.toks, clause.art.lang
    tok = toks[i]
    if clause.art.quoted.inside(tok.start) or _is_noun_use(toks, i, lang):
        return False
    if _negated(toks, i, lang) and not _open_question(toks, i, lang) and not _negated_belief(toks, i, lang):
        return False
    if _noun_form(toks, i, lang) or _passive_modifier(toks, i, lang):
        return False
    if _reduced_passive(toks, i, lang) or _naming_participle(toks, i, lang):
        return False
    return tok.lower not in lang.colon_cues or any(t.text == ":" for t in toks[i + 1 : i + COLON_REACH])


def _passive_modifier(toks: list[Token], i: int, lang: Language) -> bool:
    """Is the cue ``toks[i]`` a past participle with its agent ("the meeting, requested by Sanders, would
    ..."): a passive, its subject is no speaker?"""
    suffixes = lang.grammar.past_suffixes
    return (
        bool(suffixes)
        and 0 < i < len(toks) - 1
        and toks[i - 1].text == ","  # (not "X responded by saying ...": a finite verb and its means)
        and toks[i].lower.endswith(suffixes)
        and toks[i + 1].lower in lang.grammar.agent_markers
    )


def _reduced_passive(toks: list[Token], i: int, lang: Language) -> bool:
    """Is the cue ``toks[i]`` a past participle with no subject of its own ("Trump, when asked about A",
    "Clinton was once asked which ...", "McCain said, asked about the delay"): its subject was asked?"""
    suffixes = lang.grammar.past_suffixes
    if not suffixes or not i or not toks[i].lower.endswith(suffixes):
        return False
    j = i - 1
    while j > 0 and (_adverb(toks[j], lang) or _manner_adverb(toks[j], lang)):
        j -= 1  # "was once asked", "had been soundly rejected"
    prev = toks[j].lower
    if prev in lang.grammar.passive_auxiliaries or prev in lang.passive_openers:
        return True
    return prev == "," and i + 1 < len(toks) and toks[i + 1].lower in lang.topic_particles


def _manner_adverb(tok: Token, lang: Language) -> bool:
    """A lower-case adverb of manner ("soundly", "repeatedly") between an auxiliary and its participle."""
    suffix = lang.grammar.adverb_suffix
    return bool(suffix) and not tok.is_cap and len(tok.lower) > len(suffix) + 3 and tok.lower.endswith(suffix)


def _naming_participle(toks: list[Token], i: int, lang: Language) -> bool:
    """Is the cue ``toks[i]`` the participle that gives a new thing its name ("a new group called Black Votes
    Matter", "a site called 'The Local'"), not a speaker's call ("The senator called Trump a liar")?"""
    if toks[i].lower not in lang.naming_participles or i < 2 or i + 1 >= len(toks):
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    if not prev.is_word or prev.is_cap or prev.lower in lang.unnamed_heads or prev.lower in lang.titles:
        return False  # "Trump called", "a spokesman called": a speaker before the cue
    if not (nxt.is_cap or nxt.text in OPENING_MARKS):
        return False
    for t in reversed(toks[max(0, i - 1 - NAMING_ARTICLE_REACH) : i - 1]):
        if t.lower in lang.naming_articles:
            return True
        if not t.is_word or t.lower in lang.grammar.determiners:
            return False  # "the group called", "members, called": not a new thing
    return False


def _noun_form(toks: list[Token], i: int, lang: Language) -> bool:
    """Is the cue word ``toks[i]`` a form that is mostly a noun ("his home state") with no "that" after it?"""
    if toks[i].lower not in lang.complement_cues:
        return False
    prev = toks[i - 1].lower if i else ""
    if prev in lang.grammar.infinitive_markers or prev in lang.clause_markers or prev in lang.pronouns:
        return False  # "to call for", "will call", "they call"
    if i + 1 < len(toks) and toks[i + 1].lower in lang.object_particles:
        return False  # "calls for a halt"
    return not any(t.lower in lang.complementizers for t in toks[i + 1 : i + 1 + COMPLEMENT_REACH])


def _last_participle_cue(toks: list[Token], lang: Language) -> int:
    """The index of the clause's last participle cue ("..., saying ..."), -1 if none."""
    return next((j for j in range(len(toks) - 1, -1, -1) if _is_participle_cue(toks, j, lang)), -1)


def _reports_clause(art: Article, cue: Token, between: list[Token], cs: int, ce: int) -> bool:
    """After a cue that reports only a clause ("maintained"), is there one: "that" ("maintained that the
    server was secure") or a subject and its verb ("stressed he would stay"), not a noun object ("maintains a
    wide lead", "continued his attacks against X", "recalled sitting in on ...")?"""
    lang = art.lang
    if any(t.lower in lang.complementizers for t in between):
        return True
    toks = art.first_tokens(cs, ce, CLAUSE_VERB_REACH)
    if toks and toks[0].lower == lang.clause_cue_particles.get(cue.lower):
        return True  # "insisted on keeping the program", "complained of stomach aches": what they said
    if len(toks) > 1 and toks[0].lower in lang.grammar.prepositions:
        if toks[1].lower in lang.reporting_verbs:
            return True  # "continued by saying ...", "continues to insist that ..."
        return _complement_after_phrase(
            toks, lang
        )  # "complained to CBS that A", "stressed in a speech that A"
    return _opens_with_clause(art, cs, ce)


def _complement_after_phrase(toks: list[Token], lang: Language) -> bool:
    """Does "that" follow the phrase that opens ``toks`` ("to reporters that", "in his remarks that") before
    the sentence ends: a cue's clause after a hearer or a place, not a topic ("complained about the tone")?"""
    for t in toks[1:]:
        if t.text in ".;:!?":
            return False
        if t.lower in lang.complementizers:
            return True
    return False


def _opens_with_clause(art: Article, cs: int, ce: int) -> bool:
    """Do the words at ``cs`` open with a subject and then its verb, before any preposition, mark or "to"?"""
    lang = art.lang
    grammar = lang.grammar
    toks = art.first_tokens(cs, ce, CLAUSE_VERB_REACH)
    for k, t in enumerate(toks):
        low = t.lower
        if not k and (low in lang.pronouns or low in grammar.interrogatives or low in grammar.expletives):
            return True  # "stressed he would stay", "recalled how ...", "insisted there was no deal"
        if low in grammar.infinitive_markers:  # "continued to raise money", not "continues to insist that"
            return k + 1 < len(toks) and toks[k + 1].lower in lang.reporting_verbs
        if low in grammar.prepositions or low in grammar.subordinators or low in lang.complementizers:
            return False  # "maintains a lead in ...", "continued his push on Twitter"
        if t.text in ".;:!?()":
            return False
        if k and t.is_word and _finite_after_subject(toks, k, lang):
            return True
    return False


def _finite_after_subject(toks: list[Token], k: int, lang: Language) -> bool:
    """Is ``toks[k]`` a verb after a subject: an auxiliary, or a verb form after a noun or a name (not after
    a determiner or an -ing word: "a commanding lead", "his scathing remarks")?"""
    tok, prev = toks[k], toks[k - 1]
    low = tok.lower
    if low in lang.clause_markers and low not in lang.grammar.determiners:
        return True
    if (
        not prev.is_word
        or prev.lower in lang.grammar.determiners
        or (not prev.is_cap and _participle(prev, lang))
    ):
        return False  # "continued his attacks, saying ...": a participle after the object
    return low in lang.predicates or low in lang.grammar.irregular_verbs or verb_like(tok, lang)


def _verb_statement(clause: _Clause, report: _Report, i: int) -> tuple[bool, Candidate | None]:
    """(decided, candidate) for the verb cue ``toks[i]`` with its subject: not decided when the words after
    the cue are no report of this cue (look on at the next cue); decided with None when they are a topic."""
    art, sent, lang, tok = clause.art, clause.span, clause.art.lang, report.cue
    cs, ce = _content_after(art, sent, clause.toks, i)
    if tok.lower in lang.proposal_cues and not _proposes(art, tok, report.mention, cs, ce):
        return False, None  # "the agency proposed changes": not every "proposed" is a statement
    between = art.tokens(tok.end, cs)
    introduced = any(not t.is_word or t.lower in lang.complementizers for t in between)  # "bahwa", ","
    if tok.lower in lang.clause_cues and not _reports_clause(art, tok, between, cs, ce):
        return False, None  # "maintains a wide lead", "continued his attacks": an act, not a statement
    timed = bool(between) and not introduced  # "said on Friday its lack of oversight led to ..."
    if not between and _told_to(art, tok, cs, ce):
        report = _Report(tok, "request", report.mention, report.via)  # "told his aides to stop ..."
    elif not between and tok.lower in lang.addressee_cues:
        cs = _past_hearer(art, cs, ce)  # "told The Washington Post he was ...": he was ...
    takes_object = _takes_object(art, tok, report.act, cs, ce) or (
        bool(between) and between[0].lower in lang.object_particles
    )
    # "mencatat" reports a figure, or a clause after a comma ("Mereka mencatat, ada 5.360 siswa ...")
    noted = tok.lower in lang.figure_verbs and introduced and _noted_clause(art, cs, ce)
    if not (takes_object or noted or tok.lower in lang.reporting_verbs or tok.lower in lang.colon_cues):
        return False, None
    said = _said_clause(clause, report, cs, ce)
    if not (takes_object or introduced or timed or said) and not _is_clause(art, cs, ce):
        return True, None  # "membeberkan tantangan sektor perumahan": a topic, not a statement
    # "meyakini bahwa Polri profesional", "said prices rose": two words are a statement
    min_words = 1 if takes_object else 2 if introduced or said else MIN_CLAUSE_WORDS
    return True, _make(clause, cs, ce, report, min_words)


def _subject_trailer(
    art: Article, sent: Span, toks: list[Token], i: int
) -> tuple[int, tuple[int, int]] | None:
    """(comma offset, subject span) of "A, X said." - the subject between a comma and the cue at ``i``,
    with only a short tail ("on Monday", "in a statement") after the cue."""
    lang = art.lang
    tail = _trailer_tail(art, sent, toks, i)
    if len(tail) > 6 and not (
        lang.reporting_verbs.get(toks[i].lower) == "say" and _adverbial_tail(tail, lang)
    ):
        return None
    first = tail[0].casefold() if tail else ""
    if first in lang.complementizers or _piece_after_comma(tail, lang):
        return None  # "After the debate, Clinton said that ...": what was said follows the cue
    if (
        first
        and first not in lang.speaker_stops
        and first not in lang.weekdays
        and first not in lang.relative_days
        and not (toks[i].lower in lang.addressee_cues and _hearer(art, first, toks[i].end, sent.end))
    ):
        return None  # "..., Airlangga bilang ekspor akan ...": the statement follows the cue
    j = i - 1
    while j > 0 and toks[j].text != "," and not _closes_with_comma(art, toks[j - 1].end, toks[j].start):
        j -= 1
    if j == 0 or i - j > TRAILER_SUBJECT_TOKENS:
        return None
    if tail and toks[j + 1].lower in lang.grammar.relatives:
        return None  # "A for $27, which he claimed as the average donation": the relative's verb, not A's cue
    if toks[j].text == ",":
        cut, subject = toks[j].start, toks[j].end
    else:  # 'The mayor is "very concerned," Smith said.': the comma stands inside the closing mark
        cut = subject = _end_before(art.text, toks[j - 1].end, toks[j].start)
    mention = _sourced(art, subject_before(art, subject, toks[i].start), toks[i])
    return (cut, mention) if mention else None


def _piece_after_comma(tail: list[str], lang: Language) -> bool:
    """Does a clause follow a comma in the words after a cue ("A, X warned on Monday, will reach B"): the
    cue interrupts a statement, it does not close one?"""
    for k in range(len(tail) - 1):
        if tail[k].endswith(","):
            low = tail[k + 1].casefold()
            return low in lang.clause_markers or (low.isalpha() and looks_like_verb(low, lang))
    return False


def _trailer_tail(art: Article, sent: Span, toks: list[Token], i: int) -> list[str]:
    """The words after the closing cue at ``i`` that hang on it: none before a participle ("A, she said,
    adding ..."), those before a comma that opens a clause of its own ("A, X said Friday afternoon, as they
    left ..."), else all to the sentence's end. Split into at most ``ADVERBIAL_TAIL + 2`` items: the caller
    only counts a longer tail, and turns it down, before any word of it is read."""
    lang = art.lang
    if _participle_follows(toks, i, lang):
        return []
    end = sent.end
    for k in range(i + 1, min(len(toks) - 2, i + 9)):
        if toks[k].text == "," and (
            toks[k + 1].lower in lang.grammar.event_subordinators
            or _shared_subject(toks, k + 1, lang)
            or _comment_on_clause(toks, k + 1, lang)
        ):
            end = toks[k].start
            break
    return art.text[toks[i].end : end].strip(" .,").split(None, ADVERBIAL_TAIL + 1)


def _comment_on_clause(toks: list[Token], k: int, lang: Language) -> bool:
    """Does ``toks[k]`` open the writer's comment on the whole sentence ("..., officials said Tuesday, a move
    that could force ...": an indefinite noun and a relative within three words), not the statement?"""
    if toks[k].lower not in lang.grammar.leading_drops:
        return False
    return any(t.lower in lang.grammar.relatives for t in toks[k + 2 : k + 4])


def _adverbial_tail(tail: list[str], lang: Language) -> bool:
    """Is a long tail after a closing cue only a phrase of where or how, with no verb ("she said in a video
    message to the convention", "X wrote on Tuesday in a post on his campaign's website")?"""
    if len(tail) > ADVERBIAL_TAIL or tail[0].casefold() not in lang.grammar.tail_prepositions:
        return False
    words = [w.strip(",.;:()").casefold() for w in tail if not w[0].isupper()]
    return not any(
        w in lang.clause_markers
        or w in lang.complementizers
        or w in lang.pronouns
        or looks_like_verb(w, lang)
        for w in words
        if w
    )


def _shared_subject(toks: list[Token], k: int, lang: Language) -> bool:
    """Does the comma part at ``k`` after a closing attribution tell what the speaker did, with the speaker
    as its subject ("and had passed checks", "before being shot"), not what was said (a clause with its own
    subject, "and she felt free to ...", is a statement of its own, found so)?"""
    if toks[k].lower not in lang.grammar.trailer_joins:
        return False
    tok = toks[k + 1]
    if tok.is_cap or tok.lower in lang.reporting_verbs or tok.lower in lang.pronouns:
        return False
    return verb_like(tok, lang) or tok.lower in lang.subject_skips


def _closes_with_comma(art: Article, start: int, end: int) -> bool:
    """Does ``text[start:end]`` (the gap a quotation left between two tokens) end in a comma and a closing
    mark ('"very concerned,"')?"""
    text = art.text
    end = _end_before(art.text, start, end)
    closed = end
    while closed > start and text[closed - 1] in QUOTE_MARKS:
        closed -= 1  # "''" closes a quotation in some papers' style
    return end > closed > start and text[closed - 1] == ","


def _end_after(text: str, pos: int) -> int:
    """``pos`` moved on over white space."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _end_before(text: str, start: int, end: int) -> int:
    """``end`` moved back over white space, not before ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _hearer(art: Article, first: str, start: int, end: int) -> bool:
    """Is the tail after "told" its hearer ("told a council hearing", "told reporters"), not a clause?"""
    lang = art.lang
    return first in lang.grammar.determiners or not _is_clause(art, start, end)


def _participle_follows(toks: list[Token], i: int, lang: Language) -> bool:
    """ "A, data showed, including ...", "A, she said, adding ...": a participle phrase after the cue."""
    return (
        i + 2 < len(toks)
        and toks[i + 1].text == ","
        and not toks[i + 2].is_cap
        and toks[i + 2].lower.endswith(lang.grammar.verb_suffixes)
    )


def _sourced(art: Article, mention: tuple[int, int] | None, cue: Token) -> tuple[int, int] | None:
    """``mention``, unless the cue reports only data and the mention names none ("Polls show ..."); of "Data
    JPPI", "Laporan Bank Dunia" the owner of the data."""
    lang = art.lang
    if mention is None:
        return None
    words = art.tokens(mention[0], mention[1])
    if cue.lower in lang.sourced_verbs and not any(t.lower in lang.source_nouns for t in words):
        return None
    if len(words) > 1 and words[0].lower in lang.source_nouns and words[1].is_cap and words[1].is_word:
        return words[1].start, mention[1]  # "Data JPPI menunjukkan ...": JPPI's data
    return mention


def _as_noted(clause: _Clause) -> Candidate | None:
    """ "As the paper noted, A." / "But as Clyburn said in an interview, A." / "..., and as X pointed out,
    A": an opening "as", a subject and its cue, a comma, then what the subject said."""
    art, toks, lang = clause.art, clause.toks, clause.art.lang
    if not lang.as_links:
        return None  # a language with no such "as" (Indonesian): no clause is read for one
    link = next((k for k in range(len(toks)) if _as_opens(toks, k, lang)), None)
    if link is None:
        return None
    j = link + 2
    while j < min(len(toks) - 2, link + 2 + SUBJECT_WINDOW):
        act = _as_cue_act(toks, j, lang)
        if act is not None:
            comma = next((t for t in toks[j + 1 : j + 1 + AS_TAIL] if t.text == ","), None)
            mention = subject_before(art, toks[link].end, toks[j].start)
            if comma is None or mention is None:
                return None
            cs, ce = _content(art, comma.end, clause.span.end, 0)  # ("cases that have led to ...")
            return _make(clause, cs, ce, _Report(toks[j], act, mention, "subject"))
        j = _as_subject_step(toks, j, lang)
    return None


def _as_cue_act(toks: list[Token], j: int, lang: Language) -> str | None:
    """The act of the cue of "As X noted, A" at ``j``: a lower-case cue verb, not a noun ("As the report
    noted": "report" follows an article), or a particle cue with its particle ("As the aide pointed out")."""
    low = toks[j].lower
    if toks[j].is_cap or _is_noun_use(toks, j, lang):
        return None
    act = lang.reporting_verbs.get(low)
    if act is None and low in lang.particle_cues and toks[j + 1].lower in lang.cue_particles:
        act = lang.particle_cues[low]
    return act


def _as_subject_step(toks: list[Token], j: int, lang: Language) -> int:
    """The next word of the subject of "As X noted, A" after ``j``: past an aside of examples ("As many
    experts, including Mr. Gold, have noted") and an auxiliary before the cue ("As critics have said");
    ``len(toks)`` when the opening ends with no cue ("As prices rose, ...")."""
    tok = toks[j]
    if tok.text == "," and toks[j + 1].lower in lang.grammar.example_markers:
        close = next((k for k in range(j + 2, len(toks)) if toks[k].text == ","), None)
        return len(toks) if close is None else close + 1
    # (not "Even as X was criticizing Y, ...": a progressive tells a time, no source)
    auxiliary = (
        tok.lower in lang.clause_markers
        and tok.lower not in lang.grammar.passive_auxiliaries
        and _as_cue_act(toks, j + 1, lang) is not None
    )
    if not tok.is_word or (tok.lower in lang.clause_markers and not auxiliary):
        return len(toks)
    return j + 1


def _as_opens(toks: list[Token], k: int, lang: Language) -> bool:
    """Does the "as" at ``k`` open the sentence's words (among its first few) or a clause joined after a
    comma ("..., and as Comey noted, A")?"""
    if toks[k].lower not in lang.as_links:
        return False
    if k < AS_REACH:
        return True
    return toks[k - 1].lower in lang.grammar.list_words and toks[k - 2].text == ","


def _source_opening(clause: _Clause) -> Candidate | None:
    """ "Data per 27 September 2025 dari JPPI, korban telah mencapai 8.649 anak.": a sentence that opens
    with a source noun and its owner, then a comma and what the source holds."""
    art, sent, toks, lang = clause.art, clause.span, clause.toks, clause.art.lang
    if len(toks) < 5 or toks[0].lower not in lang.source_nouns:
        return None
    for k in range(1, min(len(toks) - 2, SOURCE_REACH)):
        if not toks[k].is_word and toks[k].text not in "/()":
            return None  # "Data, ..." / "Data itu penting.": no owner before the comma
        if toks[k].lower not in lang.source_links:
            continue
        mention = speaker_after(art, toks[k].end, sent.end)
        if mention is None:
            return None
        comma = art.first_tokens(mention[1], sent.end, 1)
        if not comma or comma[0].text != ",":
            return None
        cs, ce = _content(art, comma[0].end, sent.end)
        if not _is_clause(art, cs, ce):
            return None
        return _make(clause, cs, ce, _Report(toks[0], "say", mention, "according"))
    return None


def _end_attribution(clause: _Clause) -> Candidate | None:
    """ "A, the source said." / "A, X added on Monday.": the source closes the sentence and reports all of it,
    including any attribution inside it ("Clinton told police that ..., the source added")."""
    art, sent, toks, lang = clause.art, clause.span, clause.toks, clause.art.lang
    failed = False  # a later cue of the same comma part failed: "said in a June report" (a noun)
    for i in range(len(toks) - 1, 0, -1):
        tok = toks[i]
        if (
            failed
            and tok.text == ","
            and i + 1 < len(toks)
            and toks[i + 1].lower in lang.grammar.event_subordinators
        ):
            failed = False  # "A, X said, as they left the hall": the noun was in the clause on the saying
        if failed and tok.text == ",":
            return None
        if not clause.cues[i]:
            continue
        act = lang.reporting_verbs.get(tok.lower)  # a verb after its subject: "said", "menambahkan"
        if act is None or art.quoted.inside(tok.start) or _noun_form(toks, i, lang):
            continue
        found = _subject_trailer(art, sent, toks, i)
        if found is None:
            failed = _noun_phrase_cue(toks, i, lang)
            if not failed:
                return None
            continue
        cs, ce = _content(art, sent.start, found[0])
        if _no_statement(art, cs, ce):
            return None  # "In the 2012 race, X revealed ...": the opening of X's own clause
        return _make(clause, cs, ce, _Report(tok, act, found[1], "trailing"))
    return None


_WORD: Final = re.compile(r"\S+")
# A sentence end inside a closing quotation mark, then the next sentence: '... so well." He touted ...'
_CLOSED_SENTENCE: Final = re.compile(r"[.!?](?:''|[\"”’])\s+(?=[A-Z])")
# The marks one of which ``_CLOSED_SENTENCE`` needs ("''" of two apostrophes, '"', '”', '’')
_CLOSING_MARKS: Final = ("'", '"', "”", "’")


def _closed_sentence(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_CLOSED_SENTENCE`` searched in ``text[start:end]``, only where a closing mark stands in it: most
    statements hold none, and a search for each mark's character costs far less than the pattern's scan of
    every character of a long statement."""
    if all(text.find(mark, start, end) < 0 for mark in _CLOSING_MARKS):
        return None
    return _CLOSED_SENTENCE.search(text, start, end)


def _noun_phrase_cue(toks: list[Token], i: int, lang: Language) -> bool:
    """Does the cue word at ``i`` close a noun phrase ("in a June report", "the agency's annual report"),
    a noun, not the verb of a closing attribution?"""
    return any(t.lower in lang.grammar.determiners for t in toks[max(0, i - 3) : i]) and all(
        t.is_word for t in toks[max(0, i - 3) : i]
    )


def _no_statement(art: Article, start: int, end: int) -> bool:
    """Is the piece before ", X said" no statement: with no verb, a time or place that opens the clause ("In
    the 2012 race", "Then, last week") or a name and its description ("Htay Oo, its acting chairman"), the
    subject of the cue that follows?"""
    lang = art.lang
    if art.quoted.any_within(start, end + 1):
        return False  # 'Gore "made a strategic mistake,"': the quotation holds the verb
    toks = [t for t in art.tokens(start, end) if t.is_word or t.text == ","]
    if not toks or any(t.lower in lang.clause_markers or verb_like(t, lang) for t in toks):
        return False
    cut = max((k for k, t in enumerate(toks) if t.text == ","), default=-1)
    if cut < 0:  # one part: "In the 2012 race", "Because until we get serious about that"
        return toks[0].lower in lang.grammar.prepositions or toks[0].lower in lang.grammar.clause_starts
    return 0 < cut < len(toks) - 1 and _describing(toks[cut + 1 :], lang)


def _stripped_end(text: str, start: int, end: int) -> int:
    """Where ``text[start:end].rstrip(" .,")`` ends."""
    while end > start and text[end - 1] in " .,":
        end -= 1
    return end


def _few_words(text: str, start: int, stripped_end: int, most: int) -> bool:
    """``len(text[start:end].strip(" .,").split()) <= most`` (``stripped_end``: where the right strip of
    the sentence ends), reading at most ``most + 1`` words: the tail after a cue is tested for every cue of
    a sentence, and a sentence may be a whole paragraph of 300,000 characters."""
    while start < stripped_end and text[start] in " .,":
        start += 1
    return sum(1 for _ in islice(_WORD.finditer(text, start, stripped_end), most + 1)) <= most


def _trailing_cue(clause: _Clause) -> Candidate | None:
    """ "A, kata X." / 'A "B," says X' (what was said before the cue) or "Padahal kata jaksa, A." (after the
    speaker and a comma): a cue of the trailer kind, its speaker after it."""
    art, sent, toks, lang = clause.art, clause.span, clause.toks, clause.art.lang
    tail_end = _stripped_end(art.text, sent.start, sent.end)  # the sentence without its final marks
    for i, tok in enumerate(toks):
        if not clause.cues[i]:
            continue
        act = lang.trailer_cues.get(tok.lower)
        if act is None or i == 0 or tok.is_cap or art.quoted.inside(tok.start) or _noun_form(toks, i, lang):
            continue  # (a capital is a word of a name: "The Washington Post", "Keep the Promise PAC")
        mention: tuple[int, int] | None
        if tok.lower in lang.reference_cues:
            mention = (tok.start, tok.end)
        else:
            mention = speaker_after(art, tok.end, sent.end)
            if mention is None or _pointer_only(art, mention):
                continue
            if _pronoun_opens_clause(art, mention, tail_end):
                continue
        span = _trailing_span(clause, i, mention[1], tail_end)
        if span is not None:
            return _make(clause, span[0], span[1], _Report(tok, act, mention, "trailing"))
    return None


def _pointer_only(art: Article, mention: tuple[int, int]) -> bool:
    """Is the "speaker" after a cue word only a demonstrative ("Tanggung jawab ini, antara lain, ...": the
    noun "tanggung jawab", not the cue "jawab")?"""
    return art.text[mention[0] : mention[1]].casefold() in art.lang.grammar.demonstratives


def _pronoun_opens_clause(art: Article, mention: tuple[int, int], tail_end: int) -> bool:
    """Is the speaker read after a trailer cue a pronoun that opens a clause ("..., said he isn't fit"),
    where the language puts no pronoun after such a cue unless it ends the sentence ("said he.")?"""
    if art.lang.grammar.pronoun_trailers:
        return False
    first = art.first_tokens(mention[0], tail_end, 2)
    return len(first) == 2 and first[0].lower in art.lang.pronouns


def _trailing_span(clause: _Clause, i: int, spoken: int, tail_end: int) -> tuple[int, int] | None:
    """What the trailer cue ``toks[i]`` with its speaker ending at ``spoken`` reports: the words before it
    ("A, kata X.", "A, said X, the head of Y."), or after the speaker ("Padahal kata jaksa, A.", "A, said
    X, the head of Y, B."); None for a cue inside a clause ("she had to tell Lee, who ...")."""
    art, sent, toks = clause.art, clause.span, clause.toks
    prev, tok = toks[i - 1], toks[i]
    after_comma = prev.text == "," or _closes_with_comma(art, prev.end, tok.start)
    said = _statement_after(clause, spoken)
    if after_comma and (
        prev.text != ","  # 'A "B," says X, founder of Y': the words after X describe X
        or _few_words(art.text, spoken, max(spoken, tail_end), 6)  # "A, kata X."
        or (said is None and _comma_follows(art.text, spoken, sent.end))  # "A, said X, the head of Y."
    ):
        # 'A "B," says X': the comma stands inside the closing mark
        comma = prev.start if prev.text == "," else _end_before(art.text, prev.end, tok.start)
        cs, ce = _content(art, sent.start, comma)
        return None if _no_statement(art, cs, ce) else (cs, ce)
    if said is not None and (after_comma or i <= TRAILER_OPENING):
        return _content(art, said, sent.end)
    return None


def _statement_after(clause: _Clause, pos: int) -> int | None:
    """Where a statement starts after the speaker that ends at ``pos`` and a comma ("A, said Doyle, B": B),
    past the comma parts that describe the speaker ("said Jo Hale, senior director of X, and a Republican
    who ...") or hang on the cue ("said X, citing polls"); None when no comma follows or only such parts."""
    if not _comma_follows(clause.art.text, pos, clause.span.end):
        return None
    if not clause.art.lang.grammar.description_relatives:  # (a language that marks no descriptions so)
        return None if _describes(clause, pos) else pos
    part: list[Token] = []
    for tok in [t for t in clause.toks if t.start >= pos][1:]:
        if tok.text != ",":
            part.append(tok)
        elif part and not _describing(part, clause.art.lang):
            return part[0].start
        else:
            part = []
    return part[0].start if part and not _describing(part, clause.art.lang) else None


def _describing(part: list[Token], lang: Language) -> bool:
    """Is the comma part ``part`` after a speaker a description of the speaker ("the editor of X", "who runs
    a firm", "Facebook's policy director", "45") or a phrase that hangs on the cue ("citing polls", "on
    condition of anonymity"), not a statement of its own (a verb, an auxiliary, a name as its subject)?"""
    words = [t for t in part if t.is_word]
    if len(words) > 1 and words[0].lower in lang.grammar.conjunctions:
        words = words[1:]  # "..., and a Republican who headed ..."
    if not words or words[0].lower in lang.grammar.description_relatives:
        return True
    first = words[0]
    relatives = lang.grammar.description_relatives | lang.grammar.relatives
    head = [first, *takewhile(lambda t: t.lower not in relatives, words[1:])]  # ("a union that has ...")
    if _participle(first, lang) and not first.is_cap:
        return True  # "..., citing polls", "..., recalling a report that ..."
    if first.lower in lang.pronouns or any(t.lower in lang.clause_markers for t in head):
        return False  # "..., he did", "..., would be clear": a clause
    if first.lower in lang.grammar.determiners:
        return True  # "..., an Iowa operative currently working for ..."
    if any(verb_like(t, lang) for t in head[1:]):
        return False
    if first.is_cap and all(t.is_cap or t.lower in lang.grammar.function_words for t in head):
        return True  # "..., State University of Ohio, Dayton, Institute for Water": names
    return not first.is_cap or first.is_num or is_possessive(first, lang)  # not "Teck wants ..."


def _describes(clause: _Clause, pos: int) -> bool:
    """Do the words after the comma at ``pos`` (after a speaker) describe the speaker ("the director of
    ...", "who teaches law", "executive director of ..."), rather than say something?"""
    lang = clause.art.lang
    words = [t for t in clause.art.first_tokens(pos, clause.span.end, 4) if t.text != ","]
    if not words or not _comma_follows(clause.art.text, pos, clause.span.end):
        return False
    first = words[0].lower
    if first in lang.grammar.determiners or first in lang.person_relatives:
        return (
            True  # (not Indonesian "yang": "..., kata Eddy, yang perlu diwaspadai ialah ..." is a statement)
        )
    # "executive director of ...", not "kepala daerah memiliki ..." (a role word as the subject of a clause)
    role = any(t.lower in lang.titles or t.lower in lang.role_heads for t in words[:2])
    return role and not words[0].is_cap and words[-1].lower in lang.grammar.links


def _comma_follows(text: str, pos: int, end: int) -> bool:
    """Does a comma stand at ``pos`` (after spaces), before ``end``?"""
    while pos < end and text[pos].isspace():
        pos += 1
    return pos < end and text[pos] == ","


def find_indirect(art: Article, direct: list[Candidate], deadline: Deadline | None = None) -> list[Candidate]:
    """Indirect and mixed candidates in the article's numbered sentences, outside the ``direct`` quotes."""
    taken = _Taken([(c.quote.start, c.quote.end) for c in direct])
    direct_cues = {c.quote.cue_start for c in direct if c.quote.cue_start is not None}
    lang = art.lang
    out: list[Candidate] = []
    for si, (para, sent) in enumerate(art.numbered):
        if deadline is not None:
            deadline.check()
        if taken.covers(sent.start, sent.end):
            continue
        toks = _unquoted_tokens(art, sent)
        if len(toks) < 3:
            continue
        cues = _cue_flags(toks, lang)
        if cues is None:
            if toks[0].lower not in lang.source_nouns:
                continue  # most sentences hold no cue at all
            cues = [False] * len(toks)  # "Data BPS menunjukkan ...": a source noun opens it
        for clause in _clauses(art, sent, toks, para, cues):
            for cand in _statements(clause):
                q = cand.quote
                if q.cue_start in direct_cues and not _head_piece(cand):
                    continue  # the cue introduces a direct quote
                if taken.overlaps(q.start, q.end) and not _ends_before_direct(art, cand, taken):
                    continue  # the clause is a direct quote already
                if q.cue is not None and (q.cue.casefold() in lang.sourced_verbs or cand.via == "according"):
                    _with_figures_after(art, cand, si)
                out.append(cand)
    return out


def _head_piece(cand: Candidate) -> bool:
    """Is the candidate the first piece of a statement whose second piece, a quotation, follows the cue that
    interrupts it ('A, he said, "B"', read by ``_head_before_quotation``)?"""
    return cand.via == "interrupted"


def _ends_before_direct(art: Article, cand: Candidate, taken: _Taken) -> bool:
    """Cut a statement that runs on into a later direct quote ("said he had not seen it, and when asked
    again, he said, '...'") before the clause that leads to the quote; False when it cannot be cut."""
    q, lang = cand.quote, art.lang
    quote_start = taken.first_start_within(q.start, q.end)
    if quote_start < 0:
        return False
    text = art.text
    opening = quote_start
    while opening > q.start and (text[opening - 1] in QUOTE_MARKS or text[opening - 1].isspace()):
        opening -= 1
    if opening - q.start > 1 and text[opening - 1] in ".!?":
        end = opening - 1 if text[opening - 1] == "." else opening  # 'A."B"': a new sentence opens
    else:
        toks = art.tokens(q.start, quote_start)
        joins = lang.grammar.list_words | lang.grammar.contrasts | lang.grammar.clause_starts
        cuts = [k for k in range(MIN_CLAUSE_WORDS, len(toks) - 1) if toks[k].text in CLAUSE_MARKS]
        if not cuts:
            return False
        end = toks[next((c for c in cuts if toks[c + 1].lower in joins), cuts[-1])].start
    q.end, q.text = end, text[q.start : end]
    q.type = _statement_kind(art, q.start, q.end)
    return True


def _unquoted_tokens(art: Article, sent: Span) -> list[Token]:
    """The sentence's tokens outside quotation marks."""
    toks = art.tokens(sent.start, sent.end)
    if art.quoted.overlaps(sent.start, sent.end):
        toks = art.quoted.outside(toks)
    return toks


def _with_figures_after(art: Article, cand: Candidate, si: int) -> None:
    """What data shows runs on over the next sentences of its paragraph that hold figures and no cue or
    quotation of their own ("Data JPPI menunjukkan A. Dalam sepekan, korban naik menjadi 1.833 anak.")."""
    text, lang, q = art.text, art.lang, cand.quote
    if cand.via == "according" and q.cue is not None and q.cue.casefold() not in lang.source_nouns:
        return  # "Menurut X, A.": only a source noun's data runs on
    para, sent = art.numbered[si]
    if _stripped_end(art.text, q.end, sent.end) != q.end:
        return  # the statement does not close its sentence
    end = q.end
    for nxt_para, nxt in art.numbered[si + 1 :]:
        if nxt_para != para or art.quoted.overlaps(nxt.start, nxt.end):
            break
        toks = art.tokens(nxt.start, nxt.end)
        if not any(t.is_num for t in toks) or any(t.lower in lang.all_cues for t in toks):
            break
        end = _stripped_end(art.text, nxt.start, nxt.end)
    if end != q.end:
        q.end = end
        q.text = text[q.start : end]


def _noun_report(clause: _Clause) -> Candidate | None:
    """A statement reported through a noun, not a verb: "Trump's claim that A", "his warning that A" (the
    owner said A), "X issued a statement saying A" (the clause's subject said A)."""
    toks, lang = clause.toks, clause.art.lang
    if not lang.claim_nouns and not lang.message_nouns:
        return None  # a language with no such nouns (Indonesian): no clause is read for one
    for i in range(1, len(toks) - 2):
        low = toks[i].lower
        if low in lang.claim_nouns and toks[i + 1].lower in lang.complementizers:
            found = _claim_statement(clause, i)
        elif low in lang.message_nouns:
            found = _message_statement(clause, i)
        else:
            continue
        if found is not None:
            return found
    return None


def _claim_statement(clause: _Clause, i: int) -> Candidate | None:
    """What the claim noun ``toks[i]`` before "that" reports, said by its owner; None for a relative clause
    ("a claim that originated in a deposition") or a claim with no owner ("the claim that A")."""
    art, toks, lang = clause.art, clause.toks, clause.art.lang
    if _relative_that(art, toks, i + 1):
        return None
    mention = _claim_owner(clause, i)
    if mention is None:
        return None
    cs, ce = _content(art, toks[i].end, clause.span.end)
    ce = _first_break(clause, cs, ce)
    report = _Report(toks[i], lang.claim_nouns[toks[i].lower], mention, "noun")
    return _make(clause, cs, ce, report)


def _relative_that(art: Article, toks: list[Token], j: int) -> bool:
    """Does "that" at ``toks[j]`` open a relative clause ("a message that cast Clinton as ...", "a claim
    that is false"): a verb right after it, with no quotation between?"""
    if j + 1 >= len(toks) or art.text[toks[j].end : toks[j + 1].start].strip():
        return False
    nxt, lang = toks[j + 1], art.lang
    if nxt.is_cap or nxt.lower in lang.grammar.expletives:
        return False
    return (
        verb_like(nxt, lang) or nxt.lower in lang.grammar.irregular_verbs or nxt.lower in lang.clause_markers
    )


def _claim_owner(clause: _Clause, i: int) -> tuple[int, int] | None:
    """Who owns the claim noun ``toks[i]``: a possessive before it and its modifiers ("Trump's", "the
    police's earlier"), a name after an article ("a New York Times report"), or, for "his", "her", the
    subject of the clause ("De Blasio repeated his claim that A")."""
    toks, lang = clause.toks, clause.art.lang
    j = i - 1
    while j > 0 and i - j <= 3 and _claim_modifier(toks[j], lang):
        j -= 1
    owner = toks[j]
    if owner.lower in lang.owner_pronouns:
        return _owner_subject(clause, j)
    if is_possessive(owner, lang):
        suffix = next(s for s in lang.grammar.possessives if owner.lower.endswith(s))
        return toks[_name_start(toks, j, lang)].start, owner.end - len(suffix)  # "Trump's": "Trump"
    if owner.is_cap and j == i - 1:
        start = _name_start(toks, j, lang)
        if start > 0 and toks[start - 1].lower in lang.grammar.leading_drops | lang.grammar.definite_articles:
            return toks[start].start, owner.end  # "a New York Times report that A"
    return None


def _owner_subject(clause: _Clause, j: int) -> tuple[int, int] | None:
    """Who "his" / "her" at ``toks[j]`` is: a personal pronoun before it in its comma part ("as she doubled
    down on her claim": "she"), else the subject of the clause ("De Blasio repeated his claim")."""
    toks, lang = clause.toks, clause.art.lang
    for k in range(j - 1, max(-1, j - SUBJECT_WINDOW), -1):
        if toks[k].text in ",;":
            break
        if toks[k].lower in lang.pronouns and lang.pronouns[toks[k].lower] in PERSON_PRONOUNS:
            return toks[k].start, toks[k].end
    return _clause_subject(clause.art, toks[max(0, j - SUBJECT_WINDOW) : j]) if j else None


def _claim_modifier(tok: Token, lang: Language) -> bool:
    """A lower-case word between an owner and its claim noun ("earlier", "false", "evidence-free")."""
    return (
        tok.is_word
        and not tok.is_cap
        and tok.lower not in lang.grammar.function_words
        and tok.lower not in lang.owner_pronouns
        and not is_possessive(tok, lang)
    )


def _name_start(toks: list[Token], j: int, lang: Language) -> int:
    """Where the name or role that ends at ``toks[j]`` starts ("Donald Trump's", "Tulsa police's")."""
    k = j
    while k > 0 and j - k < MAX_PHRASE_WORDS and toks[k - 1].is_word and _name_part(toks[k - 1], lang):
        k -= 1
    return k


def _name_part(tok: Token, lang: Language) -> bool:
    """A word of a speaker's name or role: a capital, a title, an unnamed source's or a body's head."""
    low = tok.lower
    if tok.is_cap:
        return low not in lang.grammar.function_words and low not in lang.stop_words
    return low in lang.titles or low in lang.unnamed_heads or low in lang.org_heads


def _first_break(clause: _Clause, cs: int, ce: int) -> int:
    """Where a statement after a claim noun ends: at its first comma, semicolon or dash ("Despite Trump's
    claims that A, the firms put him far lower": the sentence goes on without it), else at ``ce``."""
    cut = next((t.start for t in clause.toks if cs < t.start < ce and t.text in ",;-–—"), ce)
    return _stripped_end(clause.art.text, cs, cut)


def _message_statement(clause: _Clause, i: int) -> Candidate | None:
    """What "X issued a statement saying A" reports: the participle cue right after the message noun
    ``toks[i]`` (past a time: "tweets early Friday saying"), said by the subject of the clause."""
    art, toks, lang = clause.art, clause.toks, clause.art.lang
    k = _after_time(toks, i + 1, lang)
    if k >= len(toks) or not _message_cue(toks[k], lang):
        return None
    if lang.reporting_verbs[toks[k].lower] in lang.object_only_acts and not _clause_follows(toks, k, lang):
        return None  # "a series of tweets criticizing X": an object, no statement
    start = _message_phrase_start(toks, i, lang)
    mention = _clause_subject(art, toks[max(0, start - SUBJECT_WINDOW) : start])
    if mention is None:
        return None
    cs, ce = _content(art, toks[k].end, clause.span.end)
    return _make(clause, cs, ce, _Report(toks[k], lang.reporting_verbs[toks[k].lower], mention, "noun"))


def _message_phrase_start(toks: list[Token], i: int, lang: Language) -> int:
    """Where the noun phrase of the message noun ``toks[i]`` starts: at its determiner ("a fundraising
    email", "a series of tweets"), so that the clause's subject is read before its verb ("sent")."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if toks[j].lower in lang.grammar.determiners:
            return j
    return i


def _message_cue(tok: Token, lang: Language) -> bool:
    """A participle that reports a message's words ("saying", "announcing"), not what it shows."""
    suffix = lang.grammar.participle_suffix
    return (
        bool(suffix)
        and tok.lower.endswith(suffix)
        and tok.lower in lang.reporting_verbs
        and tok.lower not in lang.sourced_verbs
        and tok.lower not in lang.figure_verbs
    )


def _first_statement(clause: _Clause) -> Candidate | None:
    """The statement of the first finder that finds one in the clause, tried in this order: the source of
    "menurut" / "according to", "as X noted", a source opening the clause, an attribution at its end, a
    subject and its verb (whose statement a closing trailer may take over), a trailing cue, a noun of
    report. (Called one by one rather than from a tuple of finders: compiled, each is a native call then,
    not one through Python's calling convention.)"""
    cand = _according(clause)
    if cand is None:
        cand = _as_noted(clause)
    if cand is None:
        cand = _source_opening(clause)
    if cand is None:
        cand = _end_attribution(clause)
    if cand is not None:
        return cand
    cand = _subject_verb(clause)
    if cand is not None:
        return _closing_trailer(clause, cand)
    cand = _trailing_cue(clause)
    return cand if cand is not None else _noun_report(clause)


def _closing_trailer(clause: _Clause, cand: Candidate) -> Candidate:
    """ "Pelaku mengaku nekat mencuri, kata Kapolres X.": a trailer cue inside what the subject's cue
    reports, that reports the whole clause, subject and cue included. The closing source speaks (as in
    English "A, police said"); the admission is part of what it said."""
    q, toks = cand.quote, clause.toks
    forms = clause.art.lang.trailer_cues
    if q.cue_start is None or not any(
        clause.cues[k] and q.cue_start < toks[k].start < q.end and toks[k].lower in forms
        for k in range(len(toks))
    ):
        return cand  # (no trailer cue inside what the subject's cue reports: nothing to scan for)
    trailer = _trailing_cue(clause)
    if trailer is None:
        return cand
    t = trailer.quote
    if t.cue_start is None or not q.start < t.cue_start < q.end or t.start > q.cue_start:
        return cand
    # (not the trailer of a quotation inside the clause: 'X menyebutkan A. "B," katanya')
    return cand if clause.art.quoted.any_within(q.cue_start, t.cue_start) else trailer


def _statements(clause: _Clause) -> list[Candidate]:
    """The statements of a clause: one, or two when a participle cue adds a second to the first ("X
    believes that A, claiming that B"; "A, she said, adding that B"; "A, X told MPs, saying B")."""
    toks, lang = clause.toks, clause.art.lang
    cut = _first_participle_cue(clause.art, toks)
    head = None if cut is None else _head_clause(clause, cut)
    if cut is not None and head is not None and any(t.lower in lang.all_cues for t in head.toks):
        first = _first_statement(head)
        if first is None:
            second = _after_quoted_report(clause, head, toks[cut])
            if second is not None:
                return [second]
        else:
            second = _participle_statement(
                clause, toks[cut], first.mention, first.via, first.quote.speech_act
            )
            if second is not None:
                return [first, second]
    found = _first_statement(clause)
    if found is None:
        before = _head_before_quotation(clause)
        return [] if before is None else [before]
    pieces = _interrupted_head(clause, found)
    out = [*pieces, found, *_nested_statements(clause, found), *_joined_statements(clause, found)]
    return out + _later_statements(clause, max(_reach(c) for c in out), found.mention)


def _first_participle_cue(art: Article, toks: list[Token]) -> int | None:
    """The index of the first participle cue of the clause (``_participle_cue_at``), None when there is
    none; a language with no verb suffixes (Indonesian) has none, and its clauses are not read for one."""
    if not art.lang.grammar.verb_suffixes:
        return None
    return next((i for i in range(2, len(toks)) if _participle_cue_at(art, toks, i)), None)


def _head_clause(clause: _Clause, cut: int) -> _Clause:
    """The clause before the participle cue ``toks[cut]``: up to its comma, or up to the closing mark of a
    quotation that holds the comma ('said the bill was "a disgrace," adding ...')."""
    toks = clause.toks
    if toks[cut - 1].text == ",":
        span = Span(clause.span.start, toks[cut - 1].start)
        return _Clause(clause.art, span, toks[: cut - 1], clause.para, clause.cues[: cut - 1])
    end = _end_before(clause.art.text, toks[cut - 1].end, toks[cut].start)
    return _Clause(clause.art, Span(clause.span.start, end), toks[:cut], clause.para, clause.cues[:cut])


def _reach(cand: Candidate) -> int:
    """Where a candidate's words end: its statement, its cue or its speaker, whichever comes last."""
    q = cand.quote
    return max(q.end, q.cue_end or 0, cand.mention[1] if cand.mention else 0)


def _later_statements(clause: _Clause, end: int, mention: tuple[int, int] | None) -> list[Candidate]:
    """The statements in what is left of the clause after ``end``, where the first statement stops: "While
    Comey has said that A, Lewandowski said B" holds two reports (read again as a clause of its own); when
    what is left opens with a verb ("X, who estimated that A, said B"), the first ``mention`` is its
    subject."""
    toks, lang = clause.toks, clause.art.lang
    k = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
    while k < len(toks) and not toks[k].is_word:
        k += 1
    rest = toks[k:]
    if len(rest) < MIN_CLAUSE_WORDS or not any(
        clause.cues[j] and _verb_act(toks[j].lower, lang) for j in range(k, len(toks))
    ):
        return []
    if _verb_act(rest[0].lower, lang) and mention is not None:
        subject = [t for t in toks if mention[0] <= t.start < mention[1] and t.is_word]
        subject = [t for t in subject if t.lower not in lang.grammar.relatives]
        rest = subject + rest
    later = _Clause(clause.art, Span(rest[0].start, clause.span.end), rest, clause.para, _cues_of(rest, lang))
    return [c for c in _statements(later) if c.quote.start >= end]


def _interrupted_head(clause: _Clause, found: Candidate) -> list[Candidate]:
    """ "In his state, Christie said, first offenders are sent to treatment": a report that interrupts its
    statement between two commas; the words before the speaker are the statement's first piece, its subject
    too ("The bigger risk, he said, is a clash ..."). A subject too short to be a piece ("The museum, he
    said, would ...") is not returned: ``found`` is made to start at it instead (``_open_at``)."""
    q, lang = found.quote, clause.art.lang
    if found.via == "according":
        head = _according_head(clause, found)
        return [] if head is None else [head]
    if found.via != "subject" or found.mention is None or q.cue is None:
        return []
    if q.cue.casefold() not in lang.interrupting_cues:
        return []
    cut = None if not _after_cue(q) else _interrupting_cue(clause, q.cue_start, found.mention[0])
    if cut is None:
        return []
    h, s, i = cut
    if i + 2 >= len(clause.toks):
        return []
    cs, ce = _content(clause.art, clause.toks[h].start, clause.toks[s - 1].start)
    if _short_subject(clause.art, cs, ce) and _predicate_only(clause.art, q):
        _open_at(clause.art, q, cs)  # "The museum, Mr. Obama said, would make ...": one statement
        return []
    head = _make(clause, cs, ce, _Report(clause.toks[i], q.speech_act, found.mention, found.via), HEAD_WORDS)
    return [] if head is None else [head]


def _short_subject(art: Article, cs: int, ce: int) -> bool:
    """Is ``text[cs:ce]``, before an interrupting speaker, a subject too short to be a piece of its own ("The
    museum", "African-Americans"), not an opener ("Rather", "In contrast")?"""
    head = art.text[cs:ce]
    if not has_words(head, 1) or has_words(head, HEAD_WORDS):
        return False
    opener = opener_pattern(art.lang).match(art.text, cs)
    return opener is None or opener.end() < ce


def _predicate_only(art: Article, q: Quote) -> bool:
    """Does the statement ``q`` open with its verb, its subject left before the speaker ("would make
    visitors face ...", "can rock like ...")?"""
    first = art.first_tokens(q.start, q.end, 1)
    if not first or first[0].is_cap or not first[0].is_word:
        return False
    low, lang = first[0].lower, art.lang
    return low in lang.clause_markers or low in lang.grammar.irregular_verbs or looks_like_verb(low, lang)


def _open_at(art: Article, q: Quote, start: int) -> None:
    """Let the statement ``q`` begin at ``start``: its short subject before the interrupting speaker joins it,
    the words of the attribution between them too (a statement is one span of the text)."""
    q.start = start
    q.text = art.text[start : q.end]


def _according_head(clause: _Clause, found: Candidate) -> Candidate | None:
    """ "A, according to X, and B": the source stands between two clauses joined by "and"; A, the clause its
    phrase closes, is the source's as surely as B (which ``_according`` reads), a piece of its own."""
    q, toks, art = found.quote, clause.toks, clause.art
    if found.mention is None or q.start < found.mention[1]:
        return None
    first = art.first_tokens(q.start, q.end, 1)
    if not first or first[0].lower not in art.lang.grammar.conjunctions:
        return None
    i = next((k for k, t in enumerate(toks) if t.start == q.cue_start), 0)
    if i < 2 or toks[i - 1].text != ",":
        return None
    cs, ce = _content(art, clause.span.start, toks[i - 1].start)
    if not _is_clause(art, cs, ce):
        return None
    return _make(clause, cs, ce, _Report(toks[i], q.speech_act, found.mention, found.via))


def _head_before_quotation(clause: _Clause) -> Candidate | None:
    """The cost of the bridge, the mayor said, "will be paid by the state.": a report that interrupts a
    statement whose second piece is a quotation (the direct finder's); the words before the speaker are the
    statement's first piece."""
    toks, art = clause.toks, clause.art
    for i in range(2, len(toks) - 1):
        if toks[i].lower not in art.lang.interrupting_cues or toks[i + 1].text != ",":
            continue
        if art.text[toks[i + 1].end : toks[i + 1].end + 2].lstrip()[:1] not in QUOTE_MARKS:
            continue
        comma = next((k for k in range(i - 1, 0, -1) if toks[k].text == ","), None)
        if comma is None or any(t.text == "," for t in toks[:comma]):
            return None  # ("Earlier, the head of the union, X, said, ...": the words describe X)
        mention = subject_before(art, toks[comma + 1].start, toks[i].start)
        if mention is None or toks[0].lower in art.lang.according_to:
            return None
        cs, ce = _content(art, clause.span.start, toks[comma].start)
        if _scene_opener(art, toks[:comma], cs, ce):
            return None
        act = art.lang.reporting_verbs[toks[i].lower]
        return _make(clause, cs, ce, _Report(toks[i], act, mention, "interrupted"), HEAD_WORDS)
    return None


def _scene_opener(art: Article, head: list[Token], cs: int, ce: int) -> bool:
    """Do the words before an interrupting speaker set the scene of the remark, not open what was said: a
    cue or a message in them ("Asked about the delay", "In a statement Thursday"), a participle clause
    ("Reflecting on his career"), a time clause ("As the crowd booed", "While he was speaking"), or a
    phrase a preposition opens with no verb ("At the time")?"""
    lang = art.lang
    if not head or any(t.lower in lang.all_cues or t.lower in lang.message_nouns for t in head):
        return True
    first = head[0].lower
    if first.endswith(lang.grammar.verb_suffixes) and looks_like_verb(first, lang):
        return True
    if first in lang.grammar.clause_starts:
        return True
    return first in lang.grammar.prepositions and not _is_clause(art, cs, ce)


def _interrupting_cue(clause: _Clause, cue_start: int | None, mention: int) -> tuple[int, int, int] | None:
    """(the first piece's first token, the subject's first token, the cue) of ", X said, " between two pieces
    of one statement: one piece before it with no comma of its own (not "Earlier, the head of the union, X,
    said, ...", where the words describe X), and one after it."""
    toks, lang = clause.toks, clause.art.lang
    i = next((k for k, t in enumerate(toks) if t.start == cue_start), None)
    s = next((k for k, t in enumerate(toks) if t.start >= mention), None)
    if i is None or not s or _attribution_comma(toks, i, lang) is None or toks[s - 1].text != ",":
        return None
    h = _after_dateline(toks, s)
    if any(t.text == "," for t in toks[h : s - 1] + toks[s:i]) or toks[h].lower in lang.according_to:
        return None
    return h, s, i


def _after_dateline(toks: list[Token], s: int) -> int:
    """Where the clause's words begin before the subject at ``s``: after the dash that closes a dateline
    ("DAYTON, Ohio (AP) — The budget gap, the mayor warned, ..."), else at its first token."""
    dash = next((k for k in range(s - 1, -1, -1) if toks[k].text in DASHES), -1)
    if not 0 < dash < s - 2:
        return 0
    before = toks[dash - 1].text
    return dash + 1 if before == ")" or (before.isupper() and len(before) > 1) else 0  # "(AP) —", "DAYTON —"


def _attribution_comma(toks: list[Token], i: int, lang: Language) -> int | None:
    """The index of the comma that closes the attribution whose cue is ``toks[i]``: right after the cue, or
    after its time, place or hearer (", he said Friday,", ", she said in an interview afterward,", ", he
    told me on Friday,"); None when a clause follows the cue instead."""
    k = i + 1
    if toks[i].lower in lang.addressee_cues:
        k = _hearer_end(toks, k, lang)  # "told me", "told The Washington Post"
    j = _after_time(toks, k, lang)
    if j < len(toks) and toks[j].text == ",":
        return j
    comma = next((m for m in range(k, min(len(toks), k + ADJUNCT_TOKENS)) if toks[m].text == ","), None)
    if comma is None or comma == k:
        return comma
    return comma if _adverbial_tail([t.text for t in toks[k:comma]], lang) else None


def _after_cue(q: Quote) -> bool:
    """Does the statement follow its cue (not the first piece of "A, X said, B")?"""
    return q.cue_start is None or q.start > q.cue_start


def _nested_statements(clause: _Clause, outer: Candidate) -> list[Candidate]:
    """The report inside a subject's report: "CNN reported that the senator said the deal was dead" holds
    the senator's statement "the deal was dead" besides CNN's report of it."""
    if outer.via != "subject":
        return []
    i = next((k for k, t in enumerate(clause.toks) if t.start == outer.quote.cue_start), None)
    nested = None if i is None else _nested_report(clause, i, outer.quote.start)
    inner = None if nested is None else _nested_statement(clause, nested[0], nested[1])[1]
    return [] if inner is None else [inner]


def _joined_statements(clause: _Clause, first: Candidate) -> list[Candidate]:
    """The statements joined to a subject's report by "and" and their own cue ("said A and warned that B":
    B is a warning by the same speaker), each with its own speech act."""
    toks, lang = clause.toks, clause.art.lang
    out: list[Candidate] = []
    if first.via != "subject" or first.mention is None:
        return out
    i = next((k for k, t in enumerate(toks) if t.start == first.quote.cue_start), None)
    while i is not None:
        joined = _next_report(toks, i, lang)
        if joined is None:
            break
        i = joined[1]
        report = _Report(toks[i], lang.reporting_verbs[toks[i].lower], first.mention, first.via)
        cand = _verb_statement(clause, report, i)[1]
        if cand is not None:
            out.append(cand)
    return out


def _participle_statement(
    clause: _Clause, cue: Token, mention: tuple[int, int] | None, via: str, first_act: str
) -> Candidate | None:
    """The second statement of "X rejected the audit, saying A": what follows the participle ``cue``, said
    by the first statement's speaker (none when the first is a bare denial or claim of an object)."""
    lang = clause.art.lang
    if mention is None or first_act in lang.object_only_acts:
        return None
    start = cue.end
    if cue.lower in lang.particle_cues:  # "pointing out that A": what was said follows the particle
        particle = clause.art.first_tokens(cue.end, clause.span.end, 1)
        start = particle[0].end if particle else start
    cs, ce = _content(clause.art, start, clause.span.end)
    between = clause.art.text[start:cs].strip() != ""
    report = _Report(cue, _verb_act(cue.lower, lang) or "say", mention, via)
    return _make(clause, cs, ce, report, 2 if between else MIN_CLAUSE_WORDS)


def _after_quoted_report(clause: _Clause, head: _Clause, cue: Token) -> Candidate | None:
    """'"We need change," the mayor said, arguing that A', 'X said: "...," adding that A', "Mook said as much
    on Thursday, arguing that A": the report before the participle ``cue`` introduces a quotation (its
    statement is a direct quote) or points back at one, so A is the participle's own statement, said by the
    head cue's speaker."""
    toks, lang = head.toks, head.art.lang
    i = next((k for k in range(len(toks) - 1, -1, -1) if _verb_act(toks[k].lower, lang)), None)
    if i is None or not _reports_here(head, i):
        return None
    if i == 0 and _quotation_before(head, toks[0].start):  # '"...," said Devine, suggesting that A'
        mention = speaker_after(head.art, toks[0].end, head.span.end)
    else:
        mention = _speaker_of(head.art, head.span, toks, i)
        pointer = _anaphoric_object(head.art.text, _end_after(head.art.text, toks[i].end), lang)
        led = head.art.quoted.overlaps(toks[i].end, cue.start)  # 'X said: "...," adding that A'
        if mention is not None and not (pointer or led or _quotation_before(head, mention[0])):
            return None
    if mention is None:
        return None
    return _participle_statement(clause, cue, mention, "subject", _verb_act(toks[i].lower, lang) or "say")


def _quotation_before(clause: _Clause, pos: int) -> bool:
    """Does the clause open with a quotation and then the subject at ``pos`` (over its article: '"...,"
    the mayor said'), as a trailer does?"""
    toks, lang = clause.toks, clause.art.lang
    if not toks or not clause.art.quoted.overlaps(clause.span.start, toks[0].start):
        return False
    drops = lang.grammar.leading_drops | lang.grammar.determiners
    return all(t.lower in drops for t in toks if t.start < pos)


class _Taken:
    """The spans of the direct quotes, asked "does one cover / overlap this range?" by binary search (a
    pass over all of them for every sentence grew with the square of their number)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []  # the furthest end of the spans up to each one
        furthest = -1
        for _, e in spans:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def _reach_before(self, pos: int) -> int:
        """The furthest end of the spans that start at or before ``pos``."""
        i = first_after(self.starts, pos)
        return self.reach[i - 1] if i else -1

    def covers(self, start: int, end: int) -> bool:
        return self._reach_before(start) >= end

    def first_start_within(self, start: int, end: int) -> int:
        """Where the first span that starts inside ``(start, end)`` starts, -1 if none does."""
        i = first_after(self.starts, start)
        return self.starts[i] if i < len(self.starts) and self.starts[i] < end else -1

    def overlaps(self, start: int, end: int) -> bool:
        return self._reach_before(end - 1) > start


def _clauses(art: Article, sent: Span, toks: list[Token], para: int, cues: list[bool]) -> list[_Clause]:
    """The sentence cut before ", and he noted ..." / ", dan ia menambahkan ...": a second statement with
    its own pronoun subject and cue; and after a quotation that closes a sentence ('... "We will win." He
    added that ...': the sentence splitter keeps a quotation and what follows it together)."""
    cuts = {**_subject_cuts(art, toks), **_closed_cuts(art.text, toks)}
    if not cuts:
        return [_Clause(art, sent, toks, para, cues)]
    out = []
    start, a = sent.start, 0
    for i in sorted(cuts):
        end, last = cuts[i]
        out.append(_Clause(art, Span(start, end), toks[a:last], para, cues[a:last]))
        start, a = toks[i].start, i
    out.append(_Clause(art, Span(start, sent.end), toks[a:], para, cues[a:]))
    return out


def _subject_cuts(art: Article, toks: list[Token]) -> dict[int, tuple[int, int]]:
    """{token index: (where the clause before ends, its token end)} of ", and he noted ...", " - though
    she acknowledged ...", ", and its director, Paul Kim, denied ...": a second report with a subject of
    its own after a joining word; the mark before the cut stays out."""
    grammar = art.lang.grammar
    out: dict[int, tuple[int, int]] = {}
    for i in range(2, len(toks) - 2):
        if toks[i - 1].is_word:
            continue  # (most tokens: a word is no mark, and needs no look-up)
        mark, low = toks[i - 1].text, toks[i].lower
        if mark not in CLAUSE_MARKS or not (low in grammar.list_words or low in grammar.contrasts):
            continue
        if toks[i - 2].is_cap and toks[i + 1].is_cap:
            continue  # "Dinas Pertanian, Perikanan, dan Pangan": a list of a name's words
        if _own_report_after(art, toks, i + 1):
            out[i] = (toks[i - 2].end, i - 1)
    return out


def _own_report_after(art: Article, toks: list[Token], k: int) -> bool:
    """Does a subject open at ``toks[k]`` and report with a finite cue of its own ("he noted", "its
    director, Paul Kim, denied", "Governor Lena Marsh said")?"""
    lang = art.lang
    first = toks[k]
    if first.lower in lang.pronouns:
        return toks[k + 1].lower in lang.reporting_verbs
    if not (first.is_cap or first.lower in lang.grammar.determiners):
        return False
    for j in range(k + 1, min(len(toks) - 1, k + JOINED_SUBJECT_TOKENS)):
        if toks[j].lower in lang.reporting_verbs:
            if not _finite_cue(toks, j, lang) or _is_noun_use(toks, j, lang):
                return False
            return subject_before(art, first.start, toks[j].start) is not None
        if toks[j].is_word and verb_like(toks[j], lang):
            return False
    return False


def _closed_cuts(text: str, toks: list[Token]) -> dict[int, tuple[int, int]]:
    """{token index: (where the clause before ends, its token end)} of a quotation that ends a sentence
    and a capital that opens the next ('... so well." He touted ...'): the clause before keeps the mark."""
    out: dict[int, tuple[int, int]] = {}
    for i in range(1, len(toks)):
        if toks[i].start - toks[i - 1].end > 2:  # a quotation stands between the two tokens
            closed = _CLOSED_SENTENCE.search(text, toks[i - 1].end, toks[i].start + 1)
            if closed is not None and closed.end() == toks[i].start:
                out[i] = (closed.start() + len(closed.group().rstrip()), i)
    return out
