"""Direct quotes: quotations that a source said, with the cue and speaker phrase around them.

Cues are looked for after the closing mark (“A,” kata X / ujarnya / Lukashenko menambahkan) and before the
opening mark (X mengatakan: “A” / Menurut X, “A”). A quotation with no cue is a quote when it stands as a
sentence of its own (a continuation paragraph, the second half of a split quote); a short fragment inside a
sentence is a scare quote or a title and is left to the mixed-quote finder. Not speech either: a title or a
headline in title case with no cue after it, a word or two quoted inside a lead's clause ('called the plan
"unworkable"'), and a passage shown after a colon in a sentence with no cue word.
"""

from __future__ import annotations

import re
from typing import Final

from kutip.deadline import Deadline
from kutip.doc import Quote, Span
from kutip.lang import Language
from kutip.quotes.candidate import Candidate
from kutip.quotes.marks import Quotation
from kutip.quotes.phrases import (
    NEGATED_CONTRACTIONS,
    in_name,
    initialism_period,
    looks_like_verb,
    manner_adverb,
    speaker_after,
    subject_before,
    verb_like,
)
from kutip.segment.article import Article
from kutip.segment.brackets import depths
from kutip.segment.offsets import first_after
from kutip.segment.tokens import Token, has_words

# what a cue finder returns: the cue token, the speaker mention's span (None: the cue names no one) and how
# it was found ('trailer', 'lead')
CueHit = tuple[Token, tuple[int, int] | None, str]

_SENTENCE_END: Final = re.compile(r"[.!?][\"”’)]*\s+")
MIN_CUELESS_WORDS: Final = 3
TITLE_WORDS: Final = 2  # words of a quoted title or headline in title case
# words of a quoted term after a lead cue with no comma or colon between ('called Trump "unhinged"')
MAX_TERM_WORDS: Final = 2
MIN_CLAUSE_WORDS: Final = 3  # words before a quoted fragment that make it part of a reported clause
MAX_QUOTED_SUBJECT: Final = 4  # tokens of a name before a quoted predicate ('Sen. Elizabeth Warren "is ..."')
# tokens between a closing mark and a cue after its subject ("Rep. X (D-Md.) said")
INVERTED_WINDOW: Final = 16
APPOSITION_WINDOW: Final = 26  # tokens of a name with a long apposition before its cue
INVERTED_MARKS: Final = frozenset({",", "(", ")", "-", "'", "’", "&"})  # may stand inside that subject
DASHES: Final = frozenset({"—", "–", "―"})  # an em dash, an en dash, a quotation dash
SET_OFF: Final = frozenset(",.!?…—–-:;")  # what ends a statement before its trailer
SPLIT_GAP: Final = 260  # characters of cue clause a split quote may have between its halves
_CLAUSE_END: Final = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bMrs)[.!?][\"”’)]*\s+(?=[\"“‘A-Z])")
# words that may stand between a lead cue and the mark: 'told reporters on Monday: "..."'
LEAD_OBJECT: Final = 3
LEAD_OBJECT_BEFORE_COLON: Final = 10
# tokens of a lead read from its end: the cue and its object (at most LEAD_OBJECT_BEFORE_COLON + 2), with the
# commas, colons and "bahwa" trimmed before them
LEAD_TAIL: Final = 64


def _cue_act(word: str, lang: Language) -> str | None:
    low = word.casefold()
    return lang.trailer_cues.get(low) or lang.reporting_verbs.get(low)


def _trailer(art: Article, q: Quotation, para: Span, next_para: Span | None) -> CueHit | None:
    """(cue token, mention span, via) after the closing mark, or None: '”, kata X', '”, ujarnya', '” — Soe
    Hok Gie' (an epigraph), '”, Lukas menambahkan' (an inverted subject, ``_inverted_cue``)."""
    if not q.closed:
        return None
    lang = art.lang
    para, pos = _trailer_start(art, q, para, next_para)
    # the lead-in, the cue and the inverted subject: never more than APPOSITION_WINDOW + 1 tokens
    toks = art.first_tokens(pos, para.end, APPOSITION_WINDOW + 2)
    if toks and toks[0].text in DASHES and len(toks) > 1 and toks[1].is_cap:
        span = speaker_after(art, toks[0].end, para.end)  # an epigraph: '“...” — Soe Hok Gie'
        return (toks[0], span, "trailer") if span else None
    if toks and toks[0].lower in lang.trailer_lead_ins and len(toks) > 1:
        toks = toks[1:]  # '”, begitu kata Adek.'
    if not toks or not toks[0].is_word or toks[0].start - pos > 12:
        return None
    if toks[0].lower in lang.trailer_cues:
        return _cue_after_mark(art, q, toks, para)
    return _inverted_cue(art, toks) if _set_off(art, q, art.paragraphs[q.first_para]) else None


def _set_off(art: Article, q: Quotation, para: Span) -> bool:
    """May an inverted trailer follow ``q`` ('"We are ready," Lukas said', '"Why?" she asked')? It is set off
    by a comma, a stop or a dash at its end (inside a nested mark too: 'people,’”') or right after
    the mark, or opens its sentence ('"Not now" was all he said'). A title or a term that runs on into the
    reporter's sentence is no statement of the trailer's: 'The "Clear Choice" ad contrasts ...', 'On NBC's
    "Morning Desk" Tuesday, he said', 'Its "reforms" are a sham, Voss said'."""
    text = art.text
    if any(c in SET_OFF for c in text[max(q.start, q.end - 3) : q.close + 2]):
        return True
    return _is_sentence_start(text, q, para.start) and not _is_title(art, q)


def _trailer_start(art: Article, q: Quotation, para: Span, next_para: Span | None) -> tuple[Span, int]:
    """(paragraph, offset) where the words after a closing mark begin: after its comma, or at the start of
    the next paragraph when the page broke the line after the mark and that one opens with a cue ('”' /
    'ujar Eko.')."""
    pos = q.close + 1
    if pos < para.end and art.text[pos] == ",":
        pos += 1
    if pos >= para.end and next_para is not None:  # (a paragraph ends in a non-space character)
        opening = art.tokens(next_para.start, min(next_para.end, next_para.start + 30))
        if opening and not opening[0].is_cap and opening[0].lower in art.lang.trailer_cues:
            return next_para, next_para.start
    return para, pos


def _cue_after_mark(art: Article, q: Quotation, toks: list[Token], para: Span) -> CueHit | None:
    """'”, kata Menteri Budi', '”, ujarnya', '," said Sen. Ron Wyden': the cue right after the mark and the
    speaker phrase after it (the cue alone when it names its speaker, or none follows)."""
    first = toks[0]
    if first.lower in art.lang.reference_cues:
        return first, (first.start, first.end), "trailer"
    span = speaker_after(art, first.end, para.end)
    if span is None and _noun_after_term(art.text, q, toks, art.lang):
        return None  # 'the "zero incident" claim does not hold': a noun the quoted term modifies
    return first, span, "trailer"


def _inverted_cue(art: Article, toks: list[Token]) -> CueHit | None:
    """'”, Lukas menambahkan.' / '," Rep. Jim Jordan (R-Ohio) said.': a cue after its subject, read over
    the subject's words and marks (a parenthesis, "R-Ky.," with its period) up to INVERTED_WINDOW tokens, or
    up to APPOSITION_WINDOW when a comma closes an apposition right before the cue ('," Leonard E. Burman,
    director of the ... Center and a professor at ..., said')."""
    text, lang = art.text, art.lang
    window = toks[1:APPOSITION_WINDOW]
    levels = depths(window)
    for k, tok in enumerate(window):
        depth = levels[k]
        attached = (
            tok.text == "." and not text[tok.start - 1].isspace() and text[tok.end : tok.end + 1] in ",)"
        ) or initialism_period(toks, k + 1)
        if depth < 0 or (not depth and not tok.is_word and tok.text not in INVERTED_MARKS and not attached):
            break
        if depth or not tok.is_word or (tok.is_cap and in_name(window, k, lang)):
            continue  # "State" of "Secretary of State Colin Powell said" is no cue
        if k >= INVERTED_WINDOW - 1 and window[k - 1].text != ",":
            continue  # (that far from the mark, only a cue after an apposition's comma)
        if _cue_act(tok.text, lang):
            if _reports_clause(art, tok):
                return None  # '“...” She added that the vote ...': a report of its own, not the trailer
            span = subject_before(art, toks[0].start, tok.start)
            return (tok, span, "inverted") if span else None
    return None


def _reports_clause(art: Article, cue: Token) -> bool:
    """Does "that" / "bahwa" follow the cue, opening a statement of the cue's own?"""
    after = art.first_tokens(cue.end, min(len(art.text), cue.end + 40), 1)
    return bool(after) and after[0].lower in art.lang.complementizers


def _noun_after_term(text: str, q: Quotation, toks: list[Token], lang: Language) -> bool:
    """Is the cue word right after a closing mark (no comma between) a noun the quoted term modifies, with
    the verb of its clause after it ('"zero incident" claim does not', '"fake news" claims were')?"""
    if text[q.close + 1 : toks[0].start].strip() or text[q.start : q.end].rstrip()[-1:] in ".,!?":
        return False
    return (
        len(toks) > 1
        and toks[1].is_word
        and not toks[1].is_cap
        and (toks[1].lower in lang.clause_markers or looks_like_verb(toks[1].lower, lang))
    )


def _lead_object(toks: list[Token], lang: Language, colon: bool = False) -> bool:
    """May ``toks`` stand between a cue and the opening mark: a named addressee, "reporters", a weekday?
    Before a colon, any phrase without a verb of its own may ('said in a recent issue of Foreign Policy
    magazine: "..."'): the colon announces what was said."""
    if colon:
        return all(
            t.is_word and t.lower not in lang.all_cues and not looks_like_verb(t.lower, lang) for t in toks
        )
    return all(
        (t.is_cap and t.lower not in lang.pronouns and t.lower not in lang.stop_words)
        or t.lower in lang.unnamed_heads
        or t.lower in lang.weekdays
        or t.lower in lang.grammar.prepositions  # 'She says to Nevadans: "..."'
        for t in toks
    )


class SentenceEnds:
    """The sentence ends (``_SENTENCE_END`` matches) of each paragraph, found once: a paragraph with many
    quotations is scanned once, not once per quotation."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[int, tuple[list[int], list[int]]] = {}

    def start_before(self, para: Span, at: int) -> int:
        """Where the sentence that holds ``at`` begins: the end of the last match of
        ``_SENTENCE_END.finditer(text, para.start, at)``, else ``para.start``."""
        found = self._found.get(para.start)
        if found is None:
            starts: list[int] = []
            ends: list[int] = []
            for m in _SENTENCE_END.finditer(self.text, para.start, para.end):
                starts.append(m.start())
                ends.append(m.end())
            found = self._found[para.start] = (starts, ends)
        starts, ends = found
        i = first_after(ends, at)  # the matches before it end at or before ``at`` as they would there
        start = ends[i - 1] if i else para.start
        if i < len(starts) and starts[i] < at:
            # a match that runs over ``at``: read as the scan that stops at ``at`` would (a shorter match)
            for m in _SENTENCE_END.finditer(self.text, starts[i], at):
                start = m.end()
        return start


def _end_before(text: str, start: int, at: int) -> int:
    """``start + len(text[start:at].rstrip())`` without copying the text."""
    while at > start and text[at - 1].isspace():
        at -= 1
    return at


def _lead(art: Article, q: Quotation, para: Span, ends: SentenceEnds) -> CueHit | None:
    """(cue token, mention span, via) before the opening mark, in the same sentence, or None: a cue at the
    end of the lead ('X mengatakan, “...”', ``_cue_before_mark``) or at its start ('Menurut X, “...”')."""
    text = art.text
    start = ends.start_before(para, q.open)
    lead_end = _end_before(text, start, q.open)
    if lead_end == start:
        return None
    toks = _lead_tail(art, start, lead_end)
    if not toks:
        return None
    hit = _cue_before_mark(art, start, toks, text[lead_end - 1])
    return hit or _according_lead(art, start, lead_end, toks[-1].end)


def _lead_tail(art: Article, start: int, lead_end: int) -> list[Token]:
    """The last tokens of the lead, without the commas, colons and "bahwa" / "that" before the mark (the
    lead is read at both ends only: its first three words and these)."""
    toks = art.last_tokens(start, lead_end, LEAD_TAIL)
    while toks and toks[-1].text in ",:":
        toks = toks[:-1]
    while toks and toks[-1].lower in art.lang.complementizers:
        toks = toks[:-1]
    return toks


def _cue_before_mark(art: Article, start: int, toks: list[Token], mark: str) -> CueHit | None:
    """'X mengatakan, “...”', 'Mook told CBS, “...”', 'X told reporters Monday: “...”', 'The mayor said in
    a statement on Monday, “...”': a cue at the end of the lead, with at most a short object after it (a
    longer phrase before a colon or a comma, ``mark``), and its subject."""
    lang = art.lang
    colon = mark == ":"
    reach = LEAD_OBJECT_BEFORE_COLON if mark in ":," else LEAD_OBJECT
    for k in range(len(toks) - 1, max(-1, len(toks) - reach - 2), -1):
        last = toks[k]
        after = toks[k + 1 :]
        if after and not _lead_object(after, lang, colon):
            if mark != "," or not after[0].is_word:
                break
            if not _lead_phrase(after, lang):
                continue  # (the phrase may open further back: 'said in a statement on Monday, "..."')
        if last.is_cap and in_name(toks, k, lang):
            continue  # "Post" of "told the Washington Post" is no cue
        if last.is_word and (last.lower in lang.reporting_verbs or last.lower in lang.trailer_cues):
            if last.lower in lang.reference_cues:
                return last, (last.start, last.end), "lead"
            span = subject_before(art, start, last.start) or _shared_subject(art, start, toks, k)
            return (last, span, "lead") if span else None
    return None


def _lead_phrase(toks: list[Token], lang: Language) -> bool:
    """Is ``toks`` (between a cue and the comma before the mark) a hearer with its article and a phrase that
    a preposition opens, with no verb or clause word in it ('told the Washington Post, "..."', 'said in a
    statement on Monday, "..."', 'said on the other hand, "..."', 'told reporters at the scene, "..."')?"""
    grammar = lang.grammar
    opening = next((k for k, t in enumerate(toks) if t.lower in grammar.prepositions), len(toks))
    if opening:
        hearer = toks[1:opening] if toks[0].lower in grammar.determiners else toks[:opening]
        if not hearer or not _lead_object(hearer, lang):
            return False
    return all(
        t.is_word
        and t.lower not in lang.all_cues
        and not verb_like(t, lang)
        and (
            t.lower not in grammar.function_words
            or t.lower in grammar.prepositions
            or t.lower in grammar.determiners
        )
        for t in toks[opening:]
    )


def _after_abbreviation(text: str, start: int, lang: Language) -> bool:
    """Does the sentence read from ``start`` follow an abbreviation ("Mrs.", "Sen."), not a sentence end?"""
    words = text[max(0, start - 12) : start].split()
    return bool(words) and words[-1].rstrip(".").casefold() in lang.abbreviations


def _shared_subject(art: Article, start: int, toks: list[Token], k: int) -> tuple[int, int] | None:
    """The speaker of a cue that shares its sentence's subject: a participle after a comma ('The mayor
    attacked the plan, saying, "..."') or a verb after "and" ('Jones laughed and said, "..."'): the subject
    of the sentence's first verb (before the cue), when one opens the sentence."""
    lang = art.lang
    cue = toks[k]
    suffix = lang.grammar.participle_suffix
    participle = toks[k - 1].text == "," and bool(suffix) and cue.lower.endswith(suffix)
    if k < 2 or not (participle or toks[k - 1].lower in lang.grammar.conjunctions):
        return None
    if _reports_clause(art, cue):
        return None  # ', saying that "the poor pay too much" under it': the mixed quote of the clause
    if _after_abbreviation(art.text, start, lang):
        return None  # ('Mr. Lee ...': the sentence read from "Lee" has lost its subject's first words)
    start = _after_opening_phrase(art, start, toks[k - 1].start)
    for tok in art.tokens(start, toks[k - 1].start):
        if tok.text in ",;:":
            return None  # ('When he came back, he began by saying, "..."': a clause before the subject)
        negated = tok.lower.endswith(NEGATED_CONTRACTIONS)
        if tok.is_word and not tok.is_cap and (verb_like(tok, lang) or negated):
            return _without_adverb(art, start, subject_before(art, start, tok.start))
    return None


def _after_opening_phrase(art: Article, start: int, end: int) -> int:
    """Where the sentence read from ``start`` goes on after an opening phrase that a preposition opens and a
    comma closes ('After the hearing, the sheriff defended ..., saying, "..."'): a time or a place before
    the subject; ``start`` when no such phrase opens it."""
    words = art.tokens(start, end)
    if not words or words[0].lower not in art.lang.grammar.prepositions:
        return start
    comma = next((t for t in words if t.text in ",;:"), None)
    return comma.end if comma is not None and comma.text == "," else start


def _without_adverb(art: Article, start: int, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span`` without the adverb it ends in ("Ada Kern immediately" of "Ada Kern immediately posted"): the
    subject read again before that word."""
    if span is None:
        return None
    last = art.last_tokens(span[0], span[1], 1)
    if last and manner_adverb(last[0], art.lang):
        return subject_before(art, start, last[0].start)
    return span


def _according_lead(art: Article, start: int, lead_end: int, tail_end: int) -> CueHit | None:
    """ "Menurut X, “...”" / "Kata X: “...”": a cue among the lead's first three words, with the speaker
    after it running to the end of the lead (``tail_end``); not "She said X favors “...”", where a subject
    comes before the cue."""
    lang = art.lang
    for tok in art.first_tokens(start, lead_end, 3):
        if tok.start >= tail_end:
            break  # (as in the trimmed lead)
        if tok.lower in lang.according_to or tok.lower in lang.trailer_cues:
            if tok.lower in lang.reference_cues:
                return tok, (tok.start, tok.end), "according"
            if tok.lower not in lang.according_to and subject_before(art, start, tok.start):
                return None
            span = speaker_after(art, tok.end, lead_end)
            if span and span[1] >= tail_end - 1:
                return tok, span, "according"
    return None


def _lead_paragraph(art: Article, prev: Span) -> CueHit | None:
    """(cue token, mention span, via) of a paragraph that ends in a cue and a colon ("In a speech, he
    declared:"), introducing the quotation that opens the next paragraph."""
    text, lang = art.text, art.lang
    if not text[prev.start : prev.end].rstrip().endswith(":"):
        return None
    toks = art.tokens(max(prev.start, prev.end - 200), prev.end)
    if len(toks) < 2 or toks[-1].text != ":":
        return None
    cue = toks[-2]
    if not (cue.lower in lang.reporting_verbs or cue.lower in lang.trailer_cues):
        return None
    start = prev.start
    for m in _SENTENCE_END.finditer(text, prev.start, cue.start):
        start = m.end()
    span = subject_before(art, start, cue.start)
    return (cue, span, "lead") if span else None


def _is_sentence_start(text: str, q: Quotation, para_start: int) -> bool:
    end = _end_before(text, para_start, q.open)
    return end == para_start or text[end - 1] in '.!?:"”’'


def _clause_runs_on(art: Article, q: Quotation, para: Span) -> bool:
    """Does the clause that "that" opens go on for a few words after the quotation ('said that "we need
    more information" about how the FBI decided'): the quotation is a part of a reported clause?"""
    text = art.text
    before = text[max(para.start, q.open - 12) : q.open].split()
    if not q.closed or not before or before[-1].casefold() not in art.lang.complementizers:
        return False
    k = q.end
    while k < para.end and not text[k].isspace() and not text[k].isalnum():
        k += 1  # past the closing mark(s) and any mark inside them
    if any(c in ".!?;:" for c in text[q.end - 1 : k]):
        return False  # 'insists that "black lives matter." All cheer ...': the sentence ends with it
    rest = text[k : para.end]
    end = _SENTENCE_END.search(rest)
    rest = rest if end is None else rest[: end.start()]
    return rest[:1].isspace() and rest.lstrip()[:1].isalpha() and has_words(rest, MIN_CLAUSE_WORDS)


def _is_clause_fragment(text: str, q: Quotation, para: Span, ends: SentenceEnds) -> bool:
    """Is ``q`` a fragment quoted inside a reported clause ('The toll, which was "a systemic failure", X
    told MPs'): at least MIN_CLAUSE_WORDS words of the sentence before it, none of its own sentence ends?"""
    start = _fragment_start(text, q, para, ends)
    if start is None:
        return False
    before = text[start : q.open]
    return has_words(before, MIN_CLAUSE_WORDS) and before.rstrip()[-1:] not in ":,"


def _fragment_start(text: str, q: Quotation, para: Span, ends: SentenceEnds) -> int | None:
    """Where the sentence begins that ``q`` is a part of, or None when ``q`` opens its sentence, spans
    paragraphs or ends a sentence inside."""
    if q.first_para != q.last_para or _is_sentence_start(text, q, para.start):
        return None
    inner = text[q.start : q.end].rstrip()
    if not inner or inner[-1] in ".!?" or _SENTENCE_END.search(text, q.start, q.end):
        return None
    return ends.start_before(para, q.open)


def _quoted_subject(art: Article, q: Quotation, para: Span, ends: SentenceEnds) -> int | None:
    """Where the subject of a quoted predicate begins: a name or a pronoun that opens the sentence right
    before the quotation ('Clinton "is the only candidate ...," a general said', 'Prabowo "tidak akan
    mundur," kata Dasco'). The quoted words begin in lower case with no determiner, preposition or pronoun:
    without their subject they say nothing of whom."""
    start = _fragment_start(art.text, q, para, ends)
    if start is None:
        return None
    subject = art.tokens(start, q.open)
    opening = art.first_tokens(q.start, q.end, 1)
    if not subject or len(subject) > MAX_QUOTED_SUBJECT or not opening:
        return None
    lang, first = art.lang, opening[0]
    named = all((t.is_cap and t.lower not in lang.stop_words) or t.text == "." for t in subject) or (
        len(subject) == 1 and subject[0].lower in lang.pronouns
    )
    if not named or not first.is_word or first.is_cap or first.is_num:
        return None
    grammar, low = lang.grammar, first.lower
    opens_phrase = (  # 'But "the more interesting issue," he added, "is ..."'
        low in grammar.determiners
        or low in grammar.prepositions
        or low in grammar.list_words
        or low in lang.complementizers
        or low in lang.pronouns
    )
    return None if opens_phrase else subject[0].start


def _is_nickname(text: str, q: Quotation) -> bool:
    """A quoted nickname inside a name: one or two capitalised words between two capitalised words."""
    words = text[q.start : q.end].split(None, 2)  # (a third word is all it takes to say no)
    if not q.closed or not 0 < len(words) <= 2 or not all(w[0].isupper() for w in words):
        return False
    before = text[max(0, q.open - 30) : q.open].split()
    after = text[q.close + 1 : q.close + 30].split()
    between_names = bool(before and after) and before[-1][0].isupper() and after[0][0].isupper()
    return between_names and text[q.open - 1] == " "


def _is_title(art: Article, q: Quotation) -> bool:
    """Is ``q`` a title or a headline, not speech: one phrase in title case, TITLE_WORDS capitalised words
    or more (pronouns aside) and every word but the function words capitalised ("The Apprentice", "Face
    the Nation", "Trump: 'This Cannot Continue.'")? Speech keeps its words small ("I would, Donald."),
    and shouts in capitals. Asked only of a quotation with no cue after it: '"As President," she said,
    "I will ..."' is speech."""
    if _SENTENCE_END.search(art.text, q.start, q.end):
        return False  # two sentences: "Like Oakland. Or Ferguson"
    lang = art.lang
    words = [t for t in art.tokens(q.start, q.end) if t.is_word and not t.is_num]
    if all(t.text.isupper() for t in words):
        return False
    if not all(t.is_cap for t in words if t.lower not in lang.stop_words):
        return False
    return sum(t.is_cap and t.lower not in lang.pronouns for t in words) >= TITLE_WORDS


def _ends_its_sentence(text: str, q: Quotation, para: Span) -> bool:
    """Does ``q`` close a sentence begun before it ('Bush called Trump "unhinged." Sen. Rubio said ...')?
    Then the words after the mark open the next sentence, and a cue there is not this quotation's."""
    inner = text[q.start : q.end].rstrip()
    return inner[-1:] in ".!?" and not _is_sentence_start(text, q, para.start)


def _is_term(text: str, q: Quotation, para: Span) -> bool:
    """Is ``q`` a word or two quoted inside a lead's clause with no comma or colon before it ('Sanders
    called the suspension "arbitrary."', 'promises to "end" the program'): a term, not what was said?"""
    lead_end = _end_before(text, para.start, q.open)
    if lead_end == para.start or text[lead_end - 1] in ",:":
        return False
    return not has_words(text[q.start : q.end], MAX_TERM_WORDS + 1)


def _continues_split(art: Article, prev: Candidate, q: Quotation) -> bool:
    """Is ``q`` the second half of a split quote: the quotation right after ``prev``'s trailing cue, in the
    same paragraph, with only the cue clause between them, and at most a joining word ('"A," he said, but
    "B."', '"A," X said, and still "B."')?"""
    text = art.text
    cue = prev.quote.cue_start
    if (
        prev.mention is None
        or cue is None
        or prev.para != q.first_para
        or prev.via not in ("trailer", "inverted")
    ):
        return False
    if not (prev.quote.end < cue < q.open):
        return False
    end = _end_before(text, prev.quote.end, q.open)
    if end - prev.quote.end > SPLIT_GAP:
        return False  # (tested before the text between is copied: it may be the rest of a long paragraph)
    between = _without_join(text[prev.quote.end : end], art.lang)
    if between[-1:] not in ".,:":
        return False
    # one clause only: no sentence ends before the last character ("Mr." and "W." are not ends)
    return not any(m.end() < len(between) for m in _CLAUSE_END.finditer(between))


def _without_join(between: str, lang: Language) -> str:
    """The words between two quotations without the joining word after the cue clause's comma (", but",
    ", and still")."""
    comma = between.rfind(",")
    tail = between[comma + 1 :].split()
    if comma > 0 and 0 < len(tail) <= 2 and tail[0].casefold() in lang.grammar.list_words:
        return between[: comma + 1]
    return between


def find_direct(art: Article, deadline: Deadline | None = None) -> list[Candidate]:
    """Direct-quote candidates of the article's quotations. Quotations that are not quotes (scare quotes,
    titles, terms) are left out here; the indirect finder makes a mixed quote of a clause that holds one."""
    found: list[Candidate] = []
    ends = SentenceEnds(art.text)
    for q in art.quotations:
        if deadline is not None:
            deadline.check()
        candidate = _direct_candidate(art, q, found, ends)
        if candidate is not None:
            found.append(candidate)
    return found


def _direct_candidate(
    art: Article, q: Quotation, found: list[Candidate], ends: SentenceEnds
) -> Candidate | None:
    """The candidate of quotation ``q``: with the cue found around it, else the second half of a split
    quote or a quote that stands as a sentence of its own (``_cueless``); None for a nickname, a fragment
    of a reported clause, or a short quoted term."""
    text, paras = art.text, art.paragraphs
    first_para = paras[q.first_para]
    if _is_nickname(text, q):
        return None  # Munafri 'Appi' Arifuddin
    next_para = paras[q.last_para + 1] if q.last_para + 1 < len(paras) else None
    hit = _trailer(art, q, paras[q.last_para], next_para)
    if hit is not None and hit[2] == "inverted" and _ends_its_sentence(text, q, first_para):
        hit = None  # 'called Trump "unhinged." Sen. Marco Rubio called ...': the next sentence's cue
    if hit is not None and hit[1] is not None:
        subject = _quoted_subject(art, q, first_para, ends)
        if subject is not None:
            return _with_subject(art, q, hit, subject)  # 'Clinton "is the only one," X said'
    if hit is not None and _is_clause_fragment(text, q, first_para, ends):
        return None  # 'A, which was "a systemic failure", X told MPs': the mixed quote of the clause
    if hit is None and _is_title(art, q):
        return None  # 'said on "Face the Nation"', a headline 'Trump: "This Cannot Continue"' ("As
        # President," she said, "I will ...": a title-case opening before its own cue is speech)
    hit = hit or _lead(art, q, first_para, ends)
    if hit is not None and hit[2] == "lead" and _clause_runs_on(art, q, first_para):
        return (
            None  # 'Ryan said that "we need more information" about how ...': the mixed quote of the clause
        )
    if hit is None and q.open == first_para.start and q.first_para > 0:
        hit = _lead_paragraph(art, paras[q.first_para - 1])  # 'he declared:' / '“...”'
    if hit is not None and hit[2] == "lead" and _is_term(text, q, first_para):
        return None  # 'Sanders called the suspension "arbitrary."'
    if hit is not None:
        return _cued(art, q, hit)
    if found and _continues_split(art, found[-1], q):
        prev = found[-1]  # '"A," he said. "B."': the second half has the first half's cue and speaker
        return _same_source(text, q, prev, "split", prev.quote.confidence)
    return _cueless(art, q, first_para, found)


def _cued(art: Article, q: Quotation, hit: CueHit) -> Candidate:
    """A direct quote with the cue and the speaker mention found around it."""
    cue, mention, via = hit
    act = _cue_act(cue.text, art.lang) or art.lang.according_to.get(cue.lower, "say")
    conf = (0.9 if mention else 0.6) - (0 if q.closed else 0.2)
    quote = Quote(
        "direct",
        q.start,
        q.end,
        art.text[q.start : q.end],
        cue.text,
        cue.start,
        cue.end,
        act,
        confidence=conf,
    )
    return Candidate(quote, mention, via, q.first_para)


def _with_subject(art: Article, q: Quotation, hit: CueHit, start: int) -> Candidate:
    """A mixed quote: the subject at ``start`` and the quoted predicate after it, with its marks."""
    candidate = _cued(art, q, hit)
    quote = candidate.quote
    quote.type, quote.start, quote.end = "mixed", start, q.close + 1
    quote.text = art.text[start : q.close + 1]
    return candidate


def _same_source(text: str, q: Quotation, prev: Candidate, via: str, confidence: float) -> Candidate:
    """A quote with ``prev``'s cue and speaker words: the second half of a split quote, or a paragraph that
    goes on with the quote before it."""
    p = prev.quote
    quote = Quote(
        "direct", q.start, q.end, text[q.start : q.end], p.cue, p.cue_start, p.cue_end, p.speech_act,
        confidence=confidence,
    )  # fmt: skip
    return Candidate(quote, prev.mention, via, q.first_para)


def _cueless(art: Article, q: Quotation, first_para: Span, found: list[Candidate]) -> Candidate | None:
    """A quotation with no cue that stands as a sentence of MIN_CUELESS_WORDS words or more: a paragraph
    that goes on with the quote of the paragraph before (its speaker), else a quote with no speaker yet."""
    text = art.text
    starts = _is_sentence_start(text, q, first_para.start)
    if not (starts and has_words(text[q.start : q.end], MIN_CUELESS_WORDS)):
        return None
    if _uncued_colon(art, q, first_para):
        return None
    confidence = 0.6 if q.closed else 0.4
    last = found[-1] if found else None
    if last is not None and last.mention and last.para == q.first_para - 1 and q.open == first_para.start:
        return _same_source(text, q, last, "continuation", confidence)
    quote = Quote("direct", q.start, q.end, text[q.start : q.end], confidence=confidence)
    return Candidate(quote, None, "continuation", q.first_para)


def _uncued_colon(art: Article, q: Quotation, para: Span) -> bool:
    """Does ``q`` follow a colon in a sentence with no cue word at all ('Kasich went even further: "..."',
    'HEADLINE - Pollster Name: "..."', 'Isaiah 45:1 reads: "..."')? What is shown there (a passage, a
    newsletter excerpt, a reaction) is not reported speech; 'he wrote, adding: "..."' has its cue."""
    lead_end = _end_before(art.text, para.start, q.open)
    if lead_end == para.start or art.text[lead_end - 1] != ":":
        return False
    start = para.start
    for m in _CLAUSE_END.finditer(art.text, para.start, lead_end):  # ("Mr." does not end the sentence)
        start = m.end()
    return not any(t.lower in art.lang.all_cues for t in art.tokens(start, lead_end) if t.is_word)
