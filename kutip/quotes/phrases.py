"""Phrase grammars around a cue: the speaker phrase after "kata", the subject before "mengatakan".

Each construction is a step of its own, read over token ranges of the ``Article``: after a cue, the phrase's
opening (``_speaker_opening``), its words (``_speaker_words``) and its apposition (``_with_apposition``);
before a cue, a pronoun after "and", a relative clause (``_relative_subject``), then the subject phrase:
the comma parts of the clause (``_comma_parts``), trimmed (``_trim_part_start`` / ``_trim_part_end``), the
asides set apart (``_without_asides``: party-state tags, participle openers, adverbials), the part that
names the speaker chosen (``_chosen_part``) and judged (``_judged_subject``).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile
from typing import Final

from kutip.attribute.mention import (
    apostrophe_at,
    closes_initialism,
    describe,
    is_acronym,
    is_name_word,
    is_party_tag,
)
from kutip.lang import Language
from kutip.lang.model import remembered
from kutip.segment.article import Article
from kutip.segment.brackets import (
    depths,
    ends_in_age,
    is_bracket,
    last_open,
    matching_open,
    trailing_group,
    without_trailing_group,
)
from kutip.segment.tokens import Token

NEGATED_CONTRACTIONS: Final = ("n't", "n’t")  # "didn't", "Don't": a negated auxiliary, no name
MAX_SPEAKER_TOKENS: Final = 14
# How far the grammars read from a cue. A speaker phrase after a cue, with its apposition ("kata salah satu
# siswa, Nadia Putri"), is at most 20 tokens in 2,600 gold articles; the words between a clause's start and
# its verb at most 136. Reading no further keeps the work per cue bounded: a paragraph of 300,000 characters
# of repeated cues ("katanya ia mengatakan ...") is read in time linear in its length, not its square.
SPEAKER_WINDOW: Final = 64
SUBJECT_WINDOW: Final = 160
DASHES: Final = frozenset({"–", "—"})
BULLETS: Final = frozenset({"-", "•", "*", "·"})
CLOSING_MARKS: Final = frozenset({"”", "’", '"', "'", "»"})
MAX_RELATIVE_DEPTH: Final = 3  # "X, who, ... said": how many relative clauses are read back through
BARE_PLURAL_WORDS: Final = 4  # "local election board officials": a bare plural subject and its head


_VERBS: Final[dict[Language, dict[str, bool]]] = {}  # per language: word -> looks like a verb


def looks_like_verb(word: str, lang: Language) -> bool:
    """A lower-case word with a verb prefix ("mengirim", "diperiksa"), or a cue; "pe-an"/"ke-an" nouns
    ("perumahan", "kesehatan") are not verbs."""
    return remembered(_VERBS, word, lang, _looks_like_verb)


def _looks_like_verb(word: str, lang: Language) -> bool:
    low = word.casefold()
    if (
        low in lang.titles
        or low in lang.unnamed_heads
        or low in lang.grammar.role_fillers
        or low in lang.stop_words
    ):
        return False
    if any(low.startswith(a) and low.endswith(b) for a, b in lang.grammar.noun_circumfixes):
        return False
    return (
        len(low) >= 6
        and low.isalpha()
        and (low.startswith(lang.grammar.verb_prefixes) or low.endswith(lang.grammar.verb_suffixes))
    ) or low in lang.all_cues


def verb_like(tok: Token, lang: Language) -> bool:
    """A lower-case token that looks like a verb."""
    return not tok.is_cap and looks_like_verb(tok.text, lang)


def speaker_after(art: Article, pos: int, limit: int) -> tuple[int, int] | None:
    """The speaker phrase that starts at ``pos`` (after a cue) and ends before ``limit``: "kata Menteri
    Budi", "said Sen. Ron Wyden", "according to the Congressional Budget Office"."""
    lang = art.lang
    toks = art.first_tokens(pos, limit, SPEAKER_WINDOW)
    lead, begin = _speaker_opening(toks, lang)
    out = _speaker_words(toks[begin:], lang)
    owned = len(out) > 1 and out[-1].lower in lang.source_nouns and not out[-1].is_cap
    if owned:
        out = out[:-1]  # "according to the watchdog records": the watchdog
    owner = _owner_of_thing(out, toks[begin:], lang)
    if owner >= 0:
        out, owned = out[: owner + 1], True  # "according to the agency's own estimate": the agency
    role = out
    out = _with_apposition(art, out, toks)
    if not out or (out[0].lower in lang.speaker_stops and not out[0].is_cap):
        return None  # "kata dalam suatu acara": the speaker's name was left out, "dalam" opens no name
    # "the campaign", "a source", "the education watchdog records" (whose records they are), "the council
    # chairman, Peter Vance" (a description whose apposition names the speaker)
    named = len(out) > len(role) and is_name_word(out[-1], lang)
    body = lead > 0 and (owned or named or out[-1].lower in lang.org_heads | lang.unnamed_heads)
    if not (body or _can_open_speaker(out[0], lang)):
        return None
    end = out[-1].end - (2 if owner >= 0 and out is role else 0)  # (without the owner's "'s")
    return (toks[0] if lead else out[0]).start, end


def _owner_of_thing(out: list[Token], window: list[Token], lang: Language) -> int:
    """The index of the owner's word when the phrase names a thing its owner has ("the agency's own
    estimate", "the senator's campaign website"): a possessive, then lower-case words of which one is a
    thing written or kept (``Language.document_nouns``; "said Trump's lawyer" names the lawyer); -1 when
    there is none. ``window`` holds the words after the phrase too (it may end before "estimate", a
    verb to it)."""
    for k, tok in enumerate(out):
        if is_possessive(tok, lang):
            rest = list(takewhile(lambda t: t.is_word and not t.is_cap, window[k + 1 : k + 5]))
            return k if any(t.lower in lang.document_nouns for t in rest) else -1
    return -1


def _speaker_opening(toks: list[Token], lang: Language) -> tuple[int, int]:
    """(how many articles open the phrase, where its words begin) after a cue. "said a spokesman" opens with
    its article; of "menurut data Kemenkes" or "according to data from the ministry" the source is whose
    data it is, so the words begin after the source noun and its preposition (and no article counts)."""
    articles = lang.grammar.leading_drops | lang.grammar.definite_articles
    lead = 0
    while lead < len(toks) - 1 and toks[lead].lower in articles:
        lead += 1  # "according to the Congressional Budget Office", "said a spokesman"
    if lead < len(toks) - 1 and toks[lead].lower in lang.source_nouns:
        begin = lead + 1
        if begin < len(toks) - 1 and toks[begin].lower in lang.grammar.prepositions:
            begin += 1
            while begin < len(toks) - 1 and toks[begin].lower in articles:
                begin += 1  # "according to data from the Energy Department": the department
        return 0, begin
    return lead, lead


def _speaker_words(window: list[Token], lang: Language) -> list[Token]:
    """The words of the phrase that opens ``window``: names, titles and roles with their asides in
    parentheses ("Rep. Jim Jordan (R-Ohio)"), up to what ends it (``_ends_speaker``). An aside ends at a
    citation ("(Kompas, 11/11/2017)"), and one left open is dropped with what follows ("Yaya (39")."""
    out: list[Token] = []
    depth = 0
    levels = depths(window)
    for i, tok in enumerate(window):
        after = levels[i]
        if after < 0:
            break  # the ")" of a parenthesis opened before the cue
        depth = after
        if is_bracket(tok):
            out.append(tok)
        elif depth:
            if tok.text[0].isdigit() or tok.text == ",":
                break  # "(Kompas, 11/11/2017)": a citation, not part of the speaker
            out.append(tok)
        elif not tok.is_word:
            if not ((tok.text in "-'’" and out) or initialism_period(window, i)):
                break
            out.append(tok)
        elif _ends_speaker(window, i, out, lang):
            break
        else:
            out.append(tok)
            if len(out) >= MAX_SPEAKER_TOKENS:
                break
    opened = last_open(out)
    return out[:opened] if depth and opened >= 0 else out


def initialism_period(toks: list[Token], i: int) -> bool:
    """Is ``toks[i]`` the period that closes an initialism inside a phrase ("the U.S. Census Bureau", "a
    former U.S. official")? It is glued to letters joined by periods, and a word follows in the window (a
    sentence that ends there ends the window first)."""
    if i == 0 or i + 1 >= len(toks) or not toks[i + 1].is_word:
        return False
    return closes_initialism(toks[i - 1], toks[i])


def _ends_speaker(window: list[Token], i: int, out: list[Token], lang: Language) -> bool:
    """Does the word at ``i`` end the phrase ``out``: a number (not in "Covid - 19", "Daop 8 Surabaya"), a
    stop word, weekday or verb after a first word, or a lower-case function word ("Director of Research
    of Nusa Group" goes on over "of", which links two capitals)?"""
    tok = window[i]
    low = tok.lower
    following = window[i + 1] if i + 1 < len(window) else None
    if tok.text[0].isdigit() and not _number_in_name(out, following):
        return True
    linked = (
        low in lang.grammar.links
        and bool(out)
        and out[-1].is_cap
        and following is not None
        and following.is_cap
    )
    # a link after a body's head word stays in the name: "the Department of Homeland Security"
    body_link = linked and low not in lang.grammar.conjunctions and out[-1].lower in lang.org_heads
    if out and (
        (low in lang.speaker_stops and not tok.is_cap and not body_link)
        or low in lang.weekdays
        or verb_like(tok, lang)
    ):
        return True
    if out and not tok.is_cap and low in lang.subject_skips:
        return True  # "said parents still want ...": an adverb or an auxiliary after a subject
    if out and not tok.is_cap and out[-1].lower in lang.grammar.demonstratives:
        return True  # "kata ibu dua anak ini semringah": a demonstrative closes the description
    if out and out[-1].text.endswith(".") and (low in lang.pronouns or low in lang.grammar.determiners):
        return True  # "said Tom Lee Jr. He left": the abbreviation's period ended the sentence
    return not tok.is_cap and low in lang.grammar.function_words and low not in lang.pronouns and not linked


def _number_in_name(out: list[Token], following: Token | None) -> bool:
    """Is a number part of the name it stands in: after a hyphen ("Covid - 19"), before a capitalised word
    ("Daop 8 Surabaya") or after an acronym ("KRI 402")?"""
    if not out:
        return False
    return (
        out[-1].text == "-"
        or (following is not None and following.is_cap and following.is_word)
        or is_acronym(out[-1].text)
    )


def _can_open_speaker(tok: Token, lang: Language, fillers: bool = True) -> bool:
    """A speaker phrase starts with a capital, a pronoun, a title or the head of an unnamed source (and,
    with ``fillers``, a role word such as "juru" or "para")."""
    low = tok.lower
    return (
        tok.is_cap
        or low in lang.pronouns
        or low in lang.unnamed_heads
        or low in lang.titles
        or (fillers and low in lang.grammar.role_fillers)
    )


@cache
def opener_pattern(lang: Language) -> re.Pattern[str]:
    """Clause openers ("Sementara itu,", "Di sisi lain") matched at a position, one or several."""
    alts = "|".join(re.escape(o) for o in sorted(lang.clause_openers, key=len, reverse=True))
    return re.compile(rf"(?:(?:{alts})\b[,]?\s*)+", re.I)


def subject_before(art: Article, start: int, verb: int) -> tuple[int, int] | None:
    """The subject of the verb at ``verb`` in the clause that begins at ``start``, or None when the words
    before the verb are not a speaker phrase (a verb, a long clause, a lower-case common noun)."""
    return _subject_before(art, start, verb, 0)


def _subject_before(art: Article, start: int, verb: int, depth: int) -> tuple[int, int] | None:
    """Read back from the verb: a pronoun after "and" or "which" ("and he noted", "in which he said") or
    after a closing mark ('... "down the line" he warned'), a relative clause that hangs on the subject
    ("Ed Rendell, who ... said") or on the word before it ("voters who said"), else the clause's subject."""
    lang = art.lang
    words = art.last_tokens(start, verb, SUBJECT_WINDOW)
    k = len(words) - 1
    while k > 0 and words[k].lower in lang.subject_skips:
        k -= 1
    joins = lang.grammar.list_words | lang.grammar.relatives
    if (
        k > 0
        and words[k].lower in lang.pronouns
        and (words[k - 1].lower in joins or _is_time(words[k - 1], lang))
    ):
        return words[k].start, words[k].end  # "and he noted", "in which he said", "On Tuesday night he said"
    if k > 0 and words[k].lower in lang.pronouns and _after_quotation(art.text, words[k - 1], words[k]):
        return words[k].start, words[k].end  # 'Conceding a deal "down the line" he warned': the pronoun
    if (
        k > 1
        and depth < MAX_RELATIVE_DEPTH
        and words[k].lower in lang.grammar.relatives
        and words[k - 1].text == ","
    ):
        return _relative_subject(art, start, words, k, depth)
    if k > 0 and words[k].lower in lang.person_relatives and _people_who_say(art, words[k - 1], verb):
        return words[k - 1].start, words[k].end  # "voters who said", "18% who say": the people and "who"
    opening = _dash_opening(words, k)
    if opening is not None and depth < MAX_RELATIVE_DEPTH:
        return _subject_before(art, start, opening, depth + 1)  # "Jo Sims — a teacher — says": Jo Sims
    return _subject_phrase(art, words)


def manner_adverb(tok: Token, lang: Language) -> bool:
    """A lower-case adverb of manner between a subject and its verb ("Smith flatly denied", "the state
    incorrectly stated"): the language's adverb ending, on a word that is no noun so ending."""
    suffix = lang.grammar.adverb_suffix
    low = tok.lower
    return (
        bool(suffix)
        and not tok.is_cap
        and low.endswith(suffix)
        and len(low) > len(suffix) + 1
        and low not in lang.grammar.adverb_nouns
        and low not in lang.unnamed_heads
        and low not in lang.titles
    )


def _dash_opening(words: list[Token], k: int) -> int | None:
    """Where the first dash of an aside between two dashes that ends at ``words[k]`` stands ("Jo Sims —
    a teacher from Mount Pleasant — says"), None when ``words[k]`` closes no such aside."""
    if k < 2 or not _is_dash(words[k]):
        return None
    while k > 0 and _is_dash(words[k - 1]):
        k -= 1  # "--" read as two marks
    j = next((i for i in range(k - 1, 0, -1) if _is_dash(words[i])), None)
    while j is not None and j > 0 and _is_dash(words[j - 1]):
        j -= 1
    return words[j].start if j else None


def _is_dash(tok: Token) -> bool:
    """A dash that sets off an aside: "—", "–", "-" or "--" between spaces."""
    return tok.text in DASHES or tok.text.strip("-") == ""


def _people_who_say(art: Article, ante: Token, verb: int) -> bool:
    """Is "who" before the verb at ``verb`` a restrictive relative on people counted or polled, with "say"
    ("voters who said", "those who say", "18% who say")? (Other verbs there tell who the people are: "critics
    who called the remarks sexist".)"""
    lang = art.lang
    cue = art.first_tokens(verb, min(len(art.text), verb + 20), 1)
    if not cue or cue[0].lower not in lang.statement_cues:
        return False
    low = ante.lower
    counted = ante.text[:1].isdigit() or low in lang.percent_words or low in lang.grammar.partitives
    return counted or low in lang.unnamed_heads or low in lang.grammar.determiners


def _after_quotation(text: str, mark: Token, pronoun: Token) -> bool:
    """Does the ``pronoun`` open a clause after the closing ``mark``: of a quoted term inside a lead ('a deal
    "down the line" he warned') or of a closed sentence ('"We are ready." She added that ...'); not after a
    statement that ends in its comma ('"We feel great," he said': a trailer, read from the quotation)?"""
    if mark.text not in CLOSING_MARKS or mark.start == 0:
        return False
    before = text[mark.start - 1]
    return before not in ",.!?" or (before in ".!?" and pronoun.is_cap)


def _relative_subject(
    art: Article, start: int, words: list[Token], k: int, depth: int
) -> tuple[int, int] | None:
    """ "Ed Rendell, who ... said": the subject is the phrase the relative pronoun ``words[k]`` hangs on,
    read as the subject of the clause before its comma, with the pronoun; in "The mayor praised Lena Ortiz,
    who said ..." (an object) the name just before the comma."""
    head = _subject_before(art, start, words[k - 1].start, depth + 1)
    if head is None:
        head = _name_before_comma(words, k, art.lang)
    if head is None or head[1] != words[k - 2].end:
        return head  # the subject is not the phrase the relative clause hangs on
    return head[0], words[k].end


def _name_before_comma(words: list[Token], k: int, lang: Language) -> tuple[int, int] | None:
    """The capitalised words before the comma at ``k - 1`` ("Lena Ortiz, who"), with an acronym in
    parentheses ("the Rural Health Network (RHN), which"), when something stands before them."""
    j = k - 1
    acronym = trailing_group(words, j)
    if j > 3 and acronym is not None and acronym.is_cap:
        j -= 3
    while j > 0 and words[j - 1].is_cap and words[j - 1].is_word:
        j -= 1
    if j == k - 1:
        return _unnamed_before_comma(words, k, lang)
    return (words[j].start, words[k - 2].end) if 0 < j < k - 1 else None


def _unnamed_before_comma(words: list[Token], k: int, lang: Language) -> tuple[int, int] | None:
    """ "joined by state officials, who said ...": the unnamed source just before the comma at ``k - 1``
    (its head "officials" with the lower-case words before it) that the relative clause hangs on."""
    head = words[k - 2].lower
    if k < 3 or not (head in lang.unnamed_heads or head in lang.role_heads or head in lang.generic_persons):
        return None  # ("with the governor, who proclaimed ...": a role word heads it too)
    j = k - 2
    while j > 1 and words[j - 1].is_word and not words[j - 1].is_cap and not verb_like(words[j - 1], lang):
        if words[j - 1].lower in lang.grammar.function_words:
            break
        j -= 1
    return words[j].start, words[k - 2].end


def _subject_phrase(art: Article, words: list[Token]) -> tuple[int, int] | None:
    """The subject at the end of ``words``: the comma part that names the speaker (``_pick_comma_part``),
    without a lost drop cap, its article ("the White House", kept in the span) or the start of a long
    role, if it is a speaker phrase (``_judged_subject``)."""
    lang = art.lang
    part = _pick_comma_part(art, words)
    toks = _after_heading(_without_adjunct(_described_name(part, lang), lang), lang)
    toks = _after_unclosed_phrase(toks, lang)
    if len(toks) > 1 and lost_capital(art.text, toks[0], toks[1], lang):
        toks = toks[1:]  # "resident Prabowo Subianto defended ...": the page lost the drop cap of "President"
    article, toks = _without_article(toks, lang)
    if len(toks) > MAX_SPEAKER_TOKENS:
        toks = toks[-MAX_SPEAKER_TOKENS:]  # a long role before the name: keep its end, where the name is
        while toks and not toks[0].is_word:
            toks = toks[1:]
    if not toks or (len(toks) == 1 and toks[0].lower in lang.grammar.prepositions):
        return None  # ("Without a clear plan, families may ...": a capitalised preposition names no one)
    if article is not None:
        toks = _before_participle(toks, lang)  # "a government agency running the programme said"
    found = _judged_subject(toks, article, lang)
    if found is None and _ends_clause(part, words, lang):
        return _described_subject(art, part)
    return found


def _after_unclosed_phrase(toks: list[Token], lang: Language) -> list[Token]:
    """The name after an opening prepositional phrase that no comma closes ("In a Bloomberg interview Trump
    (declared)", "After the hearing Senator Ruth Okafor (said)"): the capitalised words after the phrase's
    last lower-case word, ending in a name; ``toks`` when they do not open so."""
    if len(toks) < 3 or toks[0].lower not in lang.grammar.phrase_prepositions:
        return toks
    last = max((k for k, t in enumerate(toks) if t.is_word and not t.is_cap), default=0)
    name = toks[last + 1 :]
    if not last or not name or not all(t.is_cap or t.text == "." for t in name):
        return toks
    noun = toks[last].lower  # the phrase's own noun, not a preposition the name is the object of
    grammar = lang.grammar
    if noun in grammar.function_words or noun in grammar.prepositions or is_possessive(name[-1], lang):
        return toks  # "In response to Sanders' charge", "at The New York Post"
    return name if is_name_word(name[-1], lang) else toks


def _ends_clause(part: list[Token], words: list[Token], lang: Language) -> bool:
    """Does ``part`` stand right before the verb (only marks and adverbs after it)? Not the first part of
    "The source of the attraction, union members say": the subject is the part after the comma."""
    return bool(part) and all(
        not t.is_word or t.lower in lang.subject_skips or t.lower in lang.negations
        for t in words
        if t.start >= part[-1].end
    )


def _described_subject(art: Article, part: list[Token]) -> tuple[int, int] | None:
    """A subject that no name or role opens, read whole: a count or share of people ("Nearly half of
    voters", ``_quantified_subject``) or a head with its prepositional phrase ("A spokesman for the Justice
    Department", ``_prepositional_subject``)."""
    if not part or (part[0].start and art.text[part[0].start - 1] == ","):
        return None  # "admit 250,000 Syrians, said": the part is the end of a number
    return _quantified_subject(part, art.lang) or _prepositional_subject(part, art.lang)


def _quantified_subject(part: list[Token], lang: Language) -> tuple[int, int] | None:
    """ "Nearly half of voters", "Only 24 percent", "Six in 10 Republican voters", "Most economists": a count
    or a share (a number, a percentage or a partitive such as "half", after modifiers such as "nearly" or
    "just over a") and the people counted, an unnamed source; "Two years" counts no one."""
    k = 0
    while k < min(len(part) - 1, 3) and _is_count_modifier(part[k], lang) and not _is_count(part, k, lang):
        k += 1  # "Nearly", "Only", "Just over a"
    counted = k
    while k < len(part) and _is_count(part, k, lang):
        k += 1
    count, rest = part[counted:k], part[k:]
    if rest and rest[0].lower in lang.count_links:
        rest = rest[1:]  # "half of voters"
    if not count:
        return None
    if rest:
        return (part[0].start, part[-1].end) if _counted_people(rest, lang) else None
    # "Only 24 percent", "Nearly half": a share; a bare number ("Feb. 27, in which X said") counts no one
    share = (
        count[-1].lower in lang.percent_words
        or count[-1].lower in lang.grammar.partitives
        or any(t.lower in lang.grammar.prepositions for t in count)  # "About 4 in 10"
    )
    return (part[0].start, part[-1].end) if share else None


def _is_count_modifier(tok: Token, lang: Language) -> bool:
    """A function word that may stand before a count ("nearly", "only", "just over a"), not one that opens
    a clause ("Though executives say") or joins it to another ("And")."""
    low = tok.lower
    return (
        low in lang.stop_words
        and low not in lang.pronouns
        and low not in lang.grammar.clause_starts
        and low not in lang.grammar.list_words
        and low not in lang.grammar.relatives
    )


def _is_count(part: list[Token], k: int, lang: Language) -> bool:
    """Is ``part[k]`` a word of a count: a number, a number word, a percent sign or word, a partitive
    ("half", "most"), or the preposition of "six in 10" between two numbers?"""
    tok = part[k]
    low = tok.lower
    if tok.text[0].isdigit():
        return not _is_year(tok)  # "A 2014 House committee report found": a year counts no one
    if low in lang.number_words or low in lang.percent_words or low in lang.grammar.partitives:
        return True  # "six", "percent", "half", "most"
    return (
        low in lang.grammar.prepositions
        and 0 < k < len(part) - 1
        and part[k - 1].text[0].isdigit() | (part[k - 1].lower in lang.number_words)
        and part[k + 1].text[0].isdigit()
    )


def _is_year(tok: Token) -> bool:
    """A four-digit number from 1900 to 2099."""
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


def _counted_people(toks: list[Token], lang: Language) -> bool:
    """Do ``toks`` name the people a count counts: a short phrase with no verb, pronoun or time word that
    ends in a source's head ("registered voters", "people in a recent poll", "Democrats")?"""
    if len(toks) > 8:
        return False
    if len(toks) > 1 and toks[0].lower in lang.grammar.determiners:
        toks = toks[1:]  # "of those surveyed", "of the voters polled"
    last = toks[-1]
    if not (last.is_cap or last.lower in lang.unnamed_heads or last.lower in lang.org_heads):
        return False
    return all(_plain_word(t, lang) for t in toks)


def _plain_word(tok: Token, lang: Language) -> bool:
    """A word of a noun phrase: not a verb, a pronoun, a relative, an auxiliary, a number or a time word
    (articles and prepositions may stand in it: "advocates for the disabled")."""
    low = tok.lower
    if not tok.is_word:
        return tok.text in "/-"
    return not (
        (not tok.is_cap and verb_like(tok, lang))
        or low in lang.pronouns
        or low in lang.grammar.relatives
        or low in lang.clause_markers
        or low in lang.subject_skips
        or low in lang.negations
        or low in lang.weekdays
        or low in lang.months
        or low in lang.relative_days
        or low in lang.grammar.time_words
        or tok.text[0].isdigit()
    )


def _prepositional_subject(part: list[Token], lang: Language) -> tuple[int, int] | None:
    """ "A spokesman for the Justice Department", "The head of the union", "Some advocates for stem cell
    research", "A person familiar with the talks": a head (a role, a body, an unnamed source) and
    the prepositional phrase that says whose or where it is. A name is no such head ("Clinton in a
    statement said" names Clinton), nor a noun that names no one ("The contrast with Trump, said X")."""
    article, toks = _without_article(part, lang)
    links = lang.grammar.prepositions - lang.grammar.clause_starts  # (not "after", "since": a time)
    link = next((k for k, t in enumerate(toks) if t.lower in links), 0)
    if not 0 < link <= (6 if article else 3) or len(toks) - link - 1 not in range(1, 8):
        return None
    head, phrase = toks[:link], toks[link + 1 :]
    if not (_prepositional_head(head, lang) and _plain_phrase_after(phrase, lang)):
        return None
    if any(t.lower in lang.number_words for t in phrase):
        return None  # "relative to two years earlier": a comparison, not whose the head is
    return part[0].start, part[-1].end


def _prepositional_head(head: list[Token], lang: Language) -> bool:
    """Is ``head`` the head of a prepositional subject: plain words (no article inside: "Fox News sent a
    host to ...") that end in a role, a body or an unnamed source, or in such a head and the adjective the
    phrase depends on ("person familiar", "official familiar"), or a title in the plural ("Ministers")?"""
    heads = lang.titles | lang.role_heads | lang.unnamed_heads | lang.org_heads | lang.generic_persons
    described = len(head) > 1 and head[-2].lower in heads and not head[-1].is_cap
    titled = head[-1].lower in lang.plural_titles  # "Ministers from France and Germany"
    if not (head[-1].lower in heads or described or titled):
        return False
    inner = lang.grammar.determiners | lang.grammar.leading_drops | lang.grammar.function_words
    # ("A U.S. official familiar with ...": the period of an abbreviation)
    return all((_plain_word(t, lang) or t.text == ".") and t.lower not in inner for t in head)


def _plain_phrase_after(phrase: list[Token], lang: Language) -> bool:
    """Is ``phrase`` the noun phrase of a preposition: plain words, articles and prepositions, a word in
    "-ing" only as a noun after a determiner or a possessive ("the planning for Thursday's meeting"), and
    a noun at its end (not "The email goes on to")?"""
    grammar = lang.grammar
    allowed = grammar.prepositions | grammar.leading_drops | grammar.definite_articles
    function = grammar.function_words
    for k, t in enumerate(phrase):
        before = phrase[k - 1].lower if k else ""
        owner = before in grammar.determiners or (
            bool(grammar.possessives) and before.endswith(grammar.possessives)
        )
        noun = owner and t.is_word and not t.is_cap and not t.text[0].isdigit()
        if not (_plain_word(t, lang) or noun) or (t.lower in function and t.lower not in allowed):
            return False
    last = phrase[-1]
    return last.is_word and last.lower not in allowed and last.lower not in grammar.determiners


def _without_article(toks: list[Token], lang: Language) -> tuple[Token | None, list[Token]]:
    """(the first article, the words after the articles) of "a source", "the White House"."""
    article = None
    while toks and toks[0].lower in lang.grammar.leading_drops | lang.grammar.definite_articles:
        article, toks = article or toks[0], toks[1:]
    return article, toks


def _judged_subject(toks: list[Token], article: Token | None, lang: Language) -> tuple[int, int] | None:
    """The span of ``toks`` (from ``article``) if it is a speaker: a description after an article ("the
    gambling tycoon"), a titled name ("panel Chairman Rep. Jason Chaffetz"), a body ("the bank"), a name,
    a pronoun or a role; None for a clause (a lower-case function word or verb outside parentheses)."""
    first = toks[0]
    if len(toks) == 1 and first.lower.endswith(NEGATED_CONTRACTIONS):
        return None  # "Don't blame Bush.": an imperative, no subject
    if len(toks) == 1 and article is None:
        pronoun = _contracted_pronoun(first, lang)
        if pronoun:
            return first.start, first.start + pronoun  # "He's said", "They've argued": the pronoun
    bare = without_trailing_group(toks)
    named = bool(bare) and is_name_word(bare[-1], lang)
    titled = named and any(t.lower in lang.titles for t in toks)
    if article is not None and _is_description(toks, lang):
        return article.start, toks[-1].end  # "the presumptive Republican presidential nominee wrote"
    # "the bank said", "the campaign said"; "the finance minister, Maria Lopez, said"
    body = titled or (article is not None and (toks[-1].lower in lang.org_heads or named))
    if article is None and _bare_plural(toks, lang):
        return toks[0].start, toks[-1].end  # "federal officials said", "top black lawmakers said"
    if not (body or _can_open_speaker(first, lang)):
        return None
    if not (body or _speaker_like(toks, lang) or first.lower in lang.grammar.role_fillers):
        return None
    if article is not None and first.lower in lang.role_heads and _ends_in_name(bare, lang):
        return article.start, toks[-1].end  # "The head of Indonesia's Nutrition Agency Dadan Hindayana"
    if _holds_clause_word(toks, lang):
        return None
    return (article or toks[0]).start, toks[-1].end


def _contracted_pronoun(tok: Token, lang: Language) -> int:
    """The length of the pronoun an auxiliary is run on to ("He's", "They've", "She'd"), else 0."""
    cut = apostrophe_at(tok.lower)
    return cut if cut > 0 and tok.lower[:cut] in lang.pronouns else 0


def _bare_plural(toks: list[Token], lang: Language) -> bool:
    """Is ``toks`` a noun phrase with no determiner, its head an unnamed source in the plural and only
    adjectives before it ("federal officials", "top black lawmakers", "local election officials"): English
    lets a bare plural stand as a subject, where a singular count noun needs an article."""
    head = toks[-1]
    if not 1 < len(toks) <= BARE_PLURAL_WORDS or head.lower not in lang.unnamed_heads:
        return False
    low = head.lower
    if not low.endswith(lang.grammar.plural_suffixes) or low.endswith(lang.grammar.singular_endings):
        return False
    return all(
        t.is_word
        and not t.text[0].isdigit()
        and t.lower not in lang.stop_words
        and t.lower not in lang.grammar.function_words
        and t.lower not in lang.all_cues
        and not (verb_like(t, lang) and t.lower.endswith(lang.grammar.participle_suffix))
        for t in toks[:-1]
    )


def _is_description(toks: list[Token], lang: Language) -> bool:
    """A few lower-case words with no function word and no verb at the end: "gambling tycoon"."""
    return (
        len(toks) <= 5
        and not toks[-1].is_cap
        and all(t.is_word and t.lower not in lang.grammar.function_words for t in toks)
        and not verb_like(toks[-1], lang)
    )


def _holds_clause_word(toks: list[Token], lang: Language) -> bool:
    """Does a lower-case function word, verb or number outside parentheses make ``toks`` a clause rather
    than a speaker phrase (a link between capitals does not: see ``_links_capitals``)?"""
    levels = depths(toks)
    for k, t in enumerate(toks):
        if is_bracket(t) or _links_capitals(toks, k, lang):
            continue
        if (
            levels[k] == 0
            and t.is_word
            and not t.is_cap
            and t.lower not in lang.pronouns
            and (t.lower in lang.grammar.function_words or verb_like(t, lang) or t.text[0].isdigit())
        ):
            return True
    return False


def _links_capitals(toks: list[Token], k: int, lang: Language) -> bool:
    """Is ``toks[k]`` a link inside a name or role: "Koordinator Program untuk Sumatera Hendra Lubis",
    "Director of the Budget Office", or the article in "Mr. Morgan of the Sierra Club"?"""
    t = toks[k]
    links, articles = lang.grammar.links, lang.grammar.definite_articles
    if t.lower in links and 0 < k < len(toks) - 1 and toks[k - 1].is_cap:
        following = toks[k + 1]
        if following.is_cap or (following.lower in articles and k + 2 < len(toks) and toks[k + 2].is_cap):
            return True
    return t.lower in articles and 1 < k < len(toks) - 1 and toks[k - 1].lower in links and toks[k + 1].is_cap


def lost_capital(text: str, tok: Token, following: Token, lang: Language) -> bool:
    """Is ``tok`` what a scraped page left of a word whose drop cap it lost ("resident Prabowo" for
    "President Prabowo"): a lower-case word opening the paragraph before a capitalised one?"""
    if tok.is_cap or not tok.is_word or not following.is_cap or not following.is_word:
        return False
    if tok.lower in lang.grammar.function_words or tok.lower in lang.pronouns or tok.lower in lang.stop_words:
        return False
    i = tok.start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in "\n\r"


def _before_participle(toks: list[Token], lang: Language) -> list[Token]:
    """Of "government agency running the free meals programme" the head before the participle ("government
    agency"): a reduced relative clause after a source's head is not part of the speaker's name."""
    suffix = lang.grammar.participle_suffix
    for k in range(1, min(len(toks), 5)):
        t = toks[k]
        if suffix and not t.is_cap and t.lower.endswith(suffix) and verb_like(t, lang):
            head = toks[k - 1].lower
            if head in lang.org_heads or head in lang.unnamed_heads:
                return toks[:k]
            break
        if not t.is_word or t.lower in lang.grammar.function_words:
            break
    return toks


MAX_HEADING: Final = 5  # the longest subheading read as glued before a subject


def _after_heading(toks: list[Token], lang: Language) -> list[Token]:
    """The subject without a print subheading glued before it: "[Tak terlalu berdampak] Direktur Eksekutif
    Pusako Feri Amsari menilai": a capitalised run that opens with a title and ends the words, after a
    lower-case word that links nothing to it, begins a new sentence."""
    if len(toks) < 4 or not toks[0].is_cap or lang.grammar.head_final:
        return toks
    k = len(toks) - 1
    while k > 0 and (toks[k].is_cap or not toks[k].is_word):
        k -= 1  # the capitalised run at the end (with its parentheses)
    run, heading = toks[k + 1 :], toks[: k + 1]
    if not 1 < len(heading) <= MAX_HEADING or any(t.is_cap or not t.is_word for t in heading[1:]):
        return toks  # a heading is a few words, only the first capitalised
    first = heading[0].lower
    if first in lang.pronouns or first in lang.titles or first in lang.role_heads:
        return toks  # "Ia pun mendukung langkah Gubernur X", "Pelatih lari Agung X": a clause, a role
    if len(run) < 2 or run[0].lower not in lang.titles or heading[-1].lower in lang.grammar.function_words:
        return toks
    return run if is_name_word(run[-1], lang) else toks


def _without_adjunct(toks: list[Token], lang: Language) -> list[Token]:
    """The subject without the adjunct between its name and the verb: "Ketua Panitia Ahmad Sahroni [dalam
    acara tersebut] mengatakan", "Presiden Joko Widodo [saat membuka rapat] menegaskan". (Not in English,
    where a preposition after a name belongs to the speaker: "James Lee of the Tax Institute said".)"""
    if lang.grammar.head_final:
        return toks
    for k in range(2, len(toks) - 1):
        tok, name = toks[k], toks[k - 1]
        opens = tok.lower in lang.speaker_stops and tok.lower not in lang.grammar.relatives and not tok.is_cap
        if opens and name.is_cap and name.is_word and not toks[k + 1].is_cap:
            return toks[:k]
    return toks


def _described_name(toks: list[Token], lang: Language) -> list[Token]:
    """Of "education watchdog the Network for Education Watch" the name from its article on: a lower-case
    description that stands before a name as its apposition."""
    for k in range(1, min(len(toks) - 1, 4)):
        t = toks[k]
        if t.lower in lang.grammar.definite_articles and toks[k + 1].is_cap:
            before = toks[:k]
            if all(
                b.is_word
                and not b.is_cap
                and b.lower not in lang.grammar.function_words
                and not verb_like(b, lang)
                for b in before
            ):
                return toks[k:]
            break
        if not t.is_word:
            break
    return toks


def _ends_in_name(toks: list[Token], lang: Language) -> bool:
    """Do the last two words make a name ("... Agency (BGN) Dadan Hindayana")?"""
    return len(toks) >= 3 and all(t.is_cap and is_name_word(t, lang) for t in toks[-2:])


def _has_name(toks: list[Token], lang: Language) -> bool:
    return any(is_name_word(t, lang) for t in toks)


def _describes(toks: list[Token], lang: Language) -> bool:
    """Does a title, a role, a body or an unnamed source's head stand in ``toks`` ("salah satu siswa")?"""
    return any(
        t.lower in lang.titles
        or t.lower in lang.role_heads
        or t.lower in lang.org_heads
        or t.lower in lang.unnamed_heads
        for t in toks
    )


def _with_apposition(art: Article, out: list[Token], toks: list[Token]) -> list[Token]:
    """ "kata salah satu siswa, Nadia Putri", "kata Menko Bidang Politik, Hukum, dan Keamanan Hadi Susanto":
    the phrase runs on over commas to a name when what stood before was a role or a description, and
    "kata pria 32 tahun itu" runs on to its demonstrative (a description that points back)."""
    if not out:
        return out
    lang = art.lang
    i = next((k for k, t in enumerate(toks) if t.start >= out[-1].end), None)
    if i is None:
        return out
    # a description (not a pronoun: "kata dia dalam acara itu" has none) runs on to its demonstrative
    if not out[0].is_cap and out[0].lower not in lang.pronouns:
        tail = _demonstrative_tail(toks, i, lang)
        if tail:
            return [*out, *tail]
    if _has_name(out, lang) and not _describes(out, lang):
        return out
    return _appended_name(art, out, toks, i)


def _appended_name(art: Article, out: list[Token], toks: list[Token], i: int) -> list[Token]:
    """A role ``out`` and at most four more pieces after ``toks[i]``, joined by commas or "dari" / "pada"
    ("Kepala Kelurahan Sukamaju, Budi"): the phrase up to the last piece that ends in a person's name, or
    ``out`` alone when none does."""
    lang = art.lang
    extended = list(out)
    best = out
    for _ in range(4):
        if i >= len(toks) or toks[i].lower not in lang.grammar.apposition_joins:
            break
        chunk, k = _apposition_piece(toks, i + 1, lang)
        if not chunk or not chunk[-1].is_word or _is_affiliation(art, chunk):
            break  # "said Sen. Ron Wyden, D-Ore.": a party-and-state tag ends the phrase; it names no one
        extended = [*extended, toks[i], *chunk]
        ends_clause = k >= len(toks) or toks[k].text in ".,;:!?(" or toks[k].lower in lang.speaker_stops
        # (a surname that is also a place: "Melvin Tenggara")
        named = is_name_word(chunk[-1], lang) or (
            toks[i].text == "," and len(chunk) >= 2 and is_name_word(chunk[0], lang)
        )
        if ends_clause and named and _names_a_person(art, chunk):
            best = extended  # a name; a later piece may still be the real one ("Kelurahan X, Budi")
        i = k
    return best


def _apposition_piece(toks: list[Token], k: int, lang: Language) -> tuple[list[Token], int]:
    """(the piece of a role that starts at ``k``, where it ends): capitalised words with their conjunctions,
    name particles, parentheses and numbers after an acronym; an age after it is not part of it."""
    chunk: list[Token] = []
    while k < len(toks) and _in_piece(toks[k], chunk, lang):
        chunk.append(toks[k])
        k += 1
    while chunk and chunk[-1].text == "(":
        chunk.pop()  # "Wahyu Prasetyo (50)": the age is not part of the piece
        k -= 1
    return chunk, k


def _is_affiliation(art: Article, toks: list[Token]) -> bool:
    """Is ``toks`` a party-and-state tag written after a name ("D-Ore", "R-Texas", "(D-Calif.)")?"""
    return is_party_tag(art.text, toks[0].start, toks[-1].end, art.lang)


def _in_piece(tok: Token, chunk: list[Token], lang: Language) -> bool:
    return (
        tok.is_cap
        or tok.lower in lang.grammar.conjunctions
        or tok.lower in lang.name_particles
        or is_bracket(tok)
        or (tok.text[0].isdigit() and bool(chunk) and is_acronym(chunk[-1].text))
    )


def _names_a_person(art: Article, chunk: list[Token]) -> bool:
    """Does this piece of a role end in a person's name ("Desa Sukamaju Doni Saputra"), rather than
    name a place or a body ("Kelurahan Sukamaju", "Dinas Kesehatan")?"""
    found = describe(art, chunk[0].start, chunk[-1].end)
    return bool(found) and found[-1].kind == "person" and found[-1].name is not None


def _demonstrative_tail(toks: list[Token], i: int, lang: Language) -> list[Token]:
    """The rest of "pria 32 tahun itu" / "warga yang turut membuka lokakarya ini" up to the demonstrative."""
    tail: list[Token] = []
    window = toks[i : i + 14]
    for k, t in enumerate(window):
        following = window[k + 1] if k + 1 < len(window) else None
        if (
            t.text == ","
            and following
            and (following.is_cap or following.lower in lang.grammar.demonstratives)
        ):
            tail.append(t)  # "warga Bogor, Jawa Barat, itu"
            continue
        if t.text in '.,;:!?"”“' or t.lower in lang.grammar.clause_starts:
            break  # "kata petugas setelah pria itu pergi": the demonstrative is elsewhere
        tail.append(t)
        if t.lower in lang.grammar.demonstratives:
            return tail
    return []


def _pick_comma_part(art: Article, toks: list[Token]) -> list[Token]:
    """Of "Sementara itu, Anggota Parlemen" take the part after the comma; of "Rudi Hartono, kepala ekonom
    di Bank Nusantara" (an apposition) the bare name; of "Lukashenko, yang merupakan sekutu Putin" the name.
    Each part loses its clause opener ("Di sisi lain"), its relative clause and its trailing adverbs."""
    lang = art.lang
    cleaned: list[list[Token]] = []
    via: list[Token] = []
    joined: list[Token] = []  # the last part, when a conjunction opened it: ", and critics have called"
    parts = _comma_parts(toks)
    for k, part in enumerate(parts):
        while part and part[0].text in BULLETS:
            part = part[1:]  # "- Mereka menuntut ...": a list bullet
        if len(part) > 1 and part[0].lower in lang.grammar.via_words:
            part = via = part[1:]  # "Versi BGN, lewat Kepala BGN Dadan Hindayana, menyebut": Dadan
        opened_by_and = len(part) > 1 and part[0].lower in lang.grammar.conjunctions
        part = _trim_part_end(_trim_part_start(art, part, k == len(parts) - 1), lang)
        if part:
            cleaned.append(part)
            joined = part if opened_by_and else []
    return _chosen_part(art, toks, _without_asides(art, cleaned), via, joined)


def _comma_parts(toks: list[Token]) -> list[list[Token]]:
    """The parts of ``toks`` between commas and semicolons outside parentheses; after a dash the parts
    start over ("Dinda Shabrina, Jakarta – The network": a dateline before the subject)."""
    parts: list[list[Token]] = [[]]
    levels = depths(toks, clamp=True)
    for k, t in enumerate(toks):
        if t.text in DASHES and not levels[k]:
            parts = [[]]
        elif t.text in ",;" and not levels[k]:
            parts.append([])
        else:
            parts[-1].append(t)
    return parts


def _trim_part_start(art: Article, part: list[Token], last: bool = False) -> list[Token]:
    """A comma part without its opening correlative or conjunction ("Baik Rusia dan Korea Utara", "...,
    dan Transmigrasi"), a focus adverb before a name ("Even China"), its clause openers ("Di sisi lain")
    and the relative clause it ends in."""
    lang = art.lang
    while len(part) > 1 and (
        part[0].lower in lang.grammar.correlatives
        or part[0].lower in lang.grammar.conjunctions
        or (part[0].lower in lang.grammar.focus_adverbs and part[1].is_cap)
    ):
        part = part[1:]
    if part and part[0].lower in lang.opener_starts:  # (the pattern only where an opener may begin)
        m = opener_pattern(lang).match(art.text, part[0].start, part[-1].end)
        if m and m.end() > part[0].start:
            part = [t for t in part if t.start >= m.end()]
    part = _after_opening_time(part, lang)
    cut = next((i for i, t in enumerate(part) if t.lower in lang.grammar.relatives), None)
    return _after_subordinator(part if cut is None else part[:cut], lang, last)


def _is_time(tok: Token, lang: Language) -> bool:
    """A word of a time phrase: "night", "Tuesday", "yesterday", "last"."""
    low = tok.lower
    return (
        low in lang.grammar.time_words
        or low in lang.grammar.time_links
        or low in lang.weekdays
        or low in lang.relative_days
    )


def _after_opening_time(part: list[Token], lang: Language) -> list[Token]:
    """A part without the time phrase that opens it with no comma, before a name or a title ("Last night Mr.
    Smith (said)", "night Mr. Smith" left of "On Tuesday night Mr. Smith", "night board president X")."""
    k = 0
    while k < len(part) - 1 and part[k].is_word and _is_time(part[k], lang):
        k += 1
    named = k and (part[k].is_cap or any(t.lower in lang.titles for t in part[k : k + 3]))
    return part[k:] if named else part


def _after_subordinator(part: list[Token], lang: Language, opening: bool) -> list[Token]:
    """The subject of a subordinate clause that ends the part: "her campaign" of "The group met shortly
    after her campaign (said)", "she" of "The talks stalled because she (said)", "the senator" of "When the
    senator (said)" (with ``opening``: the part stands right before the verb; "Because prices rose, X said"
    is an adverbial before the subject): the cue reports the subject after the clause-opening word."""
    cut = next(
        (
            i
            for i in range(len(part) - 2, -1 if opening else 0, -1)
            if part[i].lower in lang.grammar.clause_starts
            and (i == 0 or not part[i].is_cap)  # "Lalu Kusnawan"
        ),
        None,
    )
    if cut is None or not _speaker_like(part[cut + 1 :], lang):
        return part
    return part[cut + 1 :]


def _trim_part_end(part: list[Token], lang: Language) -> list[Token]:
    """A comma part without its trailing adverbs, negations and marks (not the sign of a share: "42% say"),
    and without the day it happened ("North Korea on Friday denied", "NGOs on Monday (Sep 22) urged")."""
    while part and (
        part[-1].lower in lang.subject_skips
        or (len(part) > 1 and manner_adverb(part[-1], lang))  # "Smith flatly (denied)"
        or part[-1].lower in lang.negations
        or part[-1].lower.endswith(NEGATED_CONTRACTIONS)  # "The nominee and his aides haven't (said)"
        or (not part[-1].is_word and part[-1].text != ")" and part[-1].text not in lang.percent_words)
    ):
        part = part[:-1]
    if len(part) > 4 and part[-1].text == ")" and part[-2].text != "(":
        opened = matching_open(part)
        if opened > 1 and part[opened - 1].lower in lang.weekdays:
            part = part[:opened]  # "NGOs on Monday (Sep 22) urged": the date goes with the day
    if len(part) > 3 and part[-1].lower in lang.grammar.time_words and part[-2].lower in lang.weekdays:
        part = part[:-1]  # "Spicer on Thursday evening said": the part of the day goes with the day
    if len(part) > 2 and (part[-1].lower in lang.weekdays or part[-1].lower in lang.relative_days):
        part = part[:-1]  # "North Korea on Friday denied": the day is not the subject
        if part[-1].lower in lang.grammar.prepositions:
            part = part[:-1]
    return _without_place(_without_time(part, lang), lang)


def _without_time(part: list[Token], lang: Language) -> list[Token]:
    """A subject without the time phrase after it: "Wells Fargo just this month (said)", "The bank earlier
    this year", "Obama last week"."""
    grammar = lang.grammar
    k = len(part)
    if k < 3 or part[-1].lower not in grammar.time_words or part[-2].lower not in grammar.time_links:
        return part
    k -= 2
    while k > 1 and (
        part[k - 1].lower in lang.subject_skips or part[k - 1].lower in grammar.preverbal_adverbs
    ):
        k -= 1  # "earlier", "just"
    return part[:k]


def _without_place(part: list[Token], lang: Language) -> list[Token]:
    """A name without the place after it: "X of Liberty Baptist Church in Marion" -> "X of Liberty Baptist
    Church" (one to three capitals after "in" or "from", after a capital)."""
    k = len(part) - 1
    while k > 0 and part[k].is_cap and len(part) - k <= 3:
        k -= 1
    if 1 < k < len(part) - 1 and part[k].lower in lang.grammar.locatives and part[k - 1].is_cap:
        return part[:k]
    return part


def _without_asides(art: Article, cleaned: list[list[Token]]) -> list[list[Token]]:
    """The parts that may be the subject: not a party-and-state tag ("Mitch McConnell, R-Ky.,"), an opening
    participle clause ("Speaking to reporters, X said"), examples ("..., including the Ledger, said") nor an
    adverbial ("Beyond that, his advisers say", "Di Jakarta, Budi mengatakan", "Six months ago, X said");
    all of them when nothing else is left."""
    lang = art.lang
    cleaned = [p for p in cleaned if not _is_affiliation(art, p)] or cleaned
    if len(cleaned) > 1 and _is_participle_clause(cleaned[0], lang):
        cleaned = cleaned[1:]  # "Having announced the verdict, Judge X said": the clause opens the sentence
        after = cleaned[0]
        while len(after) > 1 and after[0].text in CLOSING_MARKS:
            after = after[1:]  # 'Speaking on “This Week,” Carson said': the comma stood inside the marks
        cleaned[0] = after
    cleaned = [p for p in cleaned if p[0].lower not in lang.grammar.example_markers] or cleaned
    return [p for p in cleaned if not _is_adverbial(p, lang)] or cleaned


def _chosen_part(
    art: Article, toks: list[Token], cleaned: list[list[Token]], via: list[Token], joined: list[Token]
) -> list[Token]:
    """The comma part that is the subject: the one after "lewat" (``via``), a clause of its own after "and"
    ("Thousands fell ill ..., and critics have called for ..."), a lone part, a final pronoun ("Ed Rendell,
    who ..., agreed ..., but he said"), else the one that names the speaker (``_named_part``)."""
    lang = art.lang
    if via and _speaker_like(via, lang):
        return via
    if (
        len(cleaned) > 1
        and joined is cleaned[-1]
        and _speaker_like(joined, lang)
        and _plain_phrase(joined, lang)
    ):
        return joined
    if len(cleaned) <= 1:
        return cleaned[0] if cleaned else []
    if len(cleaned[-1]) == 1 and cleaned[-1][0].lower in lang.pronouns:
        return cleaned[-1]
    return _named_part(art, toks, cleaned)


def _named_part(art: Article, toks: list[Token], cleaned: list[list[Token]]) -> list[Token]:
    """Of several parts, the last that names the speaker: a name with an age ("Harapan (35), pedagang
    sayur,"), a bare name (both with the description before them), a role that ends in a person's name
    ("... Desa, Daerah Tertinggal, dan Transmigrasi Budi Santoso"), one with a name, one like a speaker."""
    lang = art.lang
    named = _without_descriptions([p for p in cleaned if _speaker_like(p, lang)], lang)
    aged = [p for p in named if ends_in_age(p)]
    if aged:
        return _with_description(toks, cleaned, aged[-1], lang)
    bare = [p for p in named if all(is_name_word(t, lang) or t.lower in lang.name_particles for t in p)]
    if bare:
        return _with_description(toks, cleaned, bare[-1], lang)
    persons = [p for p in named if _names_a_person(art, p)]
    if persons:
        return persons[-1]
    with_name = [p for p in named if _has_name(p, lang)]
    if with_name:
        return with_name[-1]
    return named[-1] if named else cleaned[-1]


def _without_descriptions(named: list[list[Token]], lang: Language) -> list[list[Token]]:
    """The parts without the description that follows a name ("Senator John Cornyn of Texas, the No. 2
    Republican in the Senate, said"): a part an article opens, after a part a capital opens, describes
    the name before it."""
    out: list[list[Token]] = []
    for part in named:
        if not (out and _is_name_phrase(out[-1], lang) and _describes_name(part, lang)):
            out.append(part)
    return out


def _describes_name(part: list[Token], lang: Language) -> bool:
    """Does a comma part after a name describe it: an article opens it ("the No. 2 Republican"), a
    lower-case role opens it ("senior associate for education at X"), or a possessive ("Pyongyang's only
    ally")?"""
    first = part[0]
    low = first.lower
    if low in lang.grammar.leading_drops or low in lang.grammar.definite_articles:
        return True
    if not first.is_cap and (low in lang.titles or low in lang.grammar.role_fillers):
        return True
    return len(part) > 1 and is_possessive(first, lang)


def in_name(toks: list[Token], k: int, lang: Language) -> bool:
    """Is the capitalised ``toks[k]`` a word of a name or a title, not a cue ("State" of "Secretary of State
    Colin Powell said", "Post" of "the Washington Post"): after a capital or a link word, or before a
    capital? A cue the page capitalised stands alone ('," Murphy, the head of Forward Ohio, Tweeted')."""
    before = toks[k - 1] if k else None
    after = toks[k + 1] if k + 1 < len(toks) else None
    return (
        before is not None and before.is_word and (before.is_cap or before.lower in lang.grammar.links)
    ) or (after is not None and after.is_cap)


def is_possessive(tok: Token, lang: Language) -> bool:
    """ "Pyongyang's", "Mr. Ban's"; not "He's" (a pronoun and "is")."""
    suffixes = lang.grammar.possessives
    return bool(suffixes) and tok.lower.endswith(suffixes) and tok.lower[:-2] not in lang.pronouns


def _is_name_phrase(part: list[Token], lang: Language) -> bool:
    """Capitals and the links between them only ("Senator John Cornyn of Texas"), no article first."""
    first = part[0].lower
    if first in lang.grammar.leading_drops or first in lang.grammar.definite_articles:
        return False
    return all(t.is_cap or t.lower in lang.grammar.links or not t.is_word for t in part)


def _plain_phrase(part: list[Token], lang: Language) -> bool:
    """A noun phrase without a verb or a function word ("critics", "the health groups")."""
    return all(
        t.is_word and t.lower not in lang.grammar.function_words and not verb_like(t, lang) for t in part[1:]
    )


def _is_adverbial(part: list[Token], lang: Language) -> bool:
    """A part that says when, where or how, not who: "Di Jakarta", "Unless ...", "Six months ago"."""
    first, last = part[0].lower, part[-1].lower
    grammar = lang.grammar
    return first in grammar.prepositions or first in grammar.clause_starts or last in grammar.adverbial_ends


def _is_participle_clause(part: list[Token], lang: Language) -> bool:
    """ "Having announced the verdict", "Speaking Sunday on ABC", "Citing the report": a participle (a word
    with the language's participle suffix that is a verb or a function word) then a weekday or a lower-case
    word that does not join it to another name ("Manning and Brady" are two people)."""
    suffix = lang.grammar.participle_suffix
    if not suffix or len(part) < 2:
        return False
    head, following = part[0], part[1]
    participle = head.lower.endswith(suffix) and (
        head.lower in lang.stop_words or looks_like_verb(head.lower, lang)
    )
    low = following.lower
    return (
        participle
        and following.is_word
        and (not following.is_cap or low in lang.weekdays)
        and low not in lang.grammar.conjunctions
        and low not in lang.grammar.list_words
    )


def _with_description(
    toks: list[Token], parts: list[list[Token]], name: list[Token], lang: Language
) -> list[Token]:
    """ "seorang pedagang di Pasar Baru, Sutrisno (52)": the description just before the name is its role, so
    the phrase runs from the description to the name."""
    k = next(i for i, p in enumerate(parts) if p is name)
    if k == 0:
        return name
    before = parts[k - 1]
    head = before[0].lower
    if before[0].is_cap or not (
        head in lang.unnamed_heads or head in lang.titles or head in lang.grammar.role_fillers
    ):
        return name
    first = next(i for i, t in enumerate(toks) if t.start == before[0].start)
    last = next(i for i, t in enumerate(toks) if t.start == name[-1].start)
    return toks[first : last + 1]


def _speaker_like(part: list[Token], lang: Language) -> bool:
    """Could this comma-separated part be a speaker: a name, a role, a body, a pronoun?"""
    articles = lang.grammar.leading_drops | lang.grammar.definite_articles
    if len(part) > 1 and part[0].lower in articles:
        return part[-1].lower in lang.org_heads | lang.unnamed_heads or _speaker_like(part[1:], lang)
    first = part[0]
    if first.lower in lang.stop_words and first.lower not in lang.pronouns:
        return False
    if first.lower in lang.weekdays or first.lower in lang.months or first.text[0].isdigit():
        return False
    return _can_open_speaker(first, lang, fillers=False)
