"""Phrase grammars around a cue: the speaker phrase after "kata", the subject before "mengatakan"."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from kutip.attribute.mention import describe, is_acronym, is_name_word
from kutip.lang import Language
from kutip.lang.model import remembered
from kutip.segment.tokens import Token, first_tokens, last_tokens

MAX_SPEAKER_TOKENS: Final = 14
# How far the grammars read from a cue. A speaker phrase after a cue, with its apposition ("kata salah satu
# siswa, Nadia Putri"), is at most 20 tokens in 2,600 gold articles; the words between a clause's start and
# its verb at most 136. Reading no further keeps the work per cue bounded: a paragraph of 300,000 characters
# of repeated cues ("katanya ia mengatakan ...") is read in time linear in its length, not its square.
SPEAKER_WINDOW: Final = 64
SUBJECT_WINDOW: Final = 160
DASHES: Final = frozenset({"–", "—"})
BULLETS: Final = frozenset({"-", "•", "*", "·"})
MAX_RELATIVE_DEPTH: Final = 3  # "X, who, ... said": how many relative clauses are read back through


_VERBS: dict[Language, dict[str, bool]] = {}  # per language: word -> looks like a verb


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


def speaker_after(text: str, pos: int, limit: int, lang: Language) -> tuple[int, int] | None:
    """The speaker phrase that starts at ``pos`` (after a cue), up to a stop word or punctuation."""
    toks = first_tokens(text, pos, limit, lang, SPEAKER_WINDOW)
    articles = lang.grammar.leading_drops | lang.grammar.definite_articles
    lead = 0
    while lead < len(toks) - 1 and toks[lead].lower in articles:
        lead += 1  # "according to the Congressional Budget Office", "said a spokesman"
    skip = lead
    if lead < len(toks) - 1 and toks[lead].lower in lang.source_nouns:
        skip = lead + 1  # "menurut data Kemenkes", "according to data from the ministry": the ministry
        if skip < len(toks) - 1 and toks[skip].lower in lang.grammar.prepositions:
            skip += 1
        lead = 0
    out: list[Token] = []
    depth = 0
    for i, tok in enumerate(toks):
        if i < lead or i < skip:
            continue
        low = tok.lower
        if tok.text == "(":
            depth += 1
            out.append(tok)
            continue
        if tok.text == ")":
            if depth == 0:
                break
            depth -= 1
            out.append(tok)
            continue
        if depth:
            if tok.text[0].isdigit() or tok.text == ",":
                break  # "(Kompas, 11/11/2017)": a citation, not part of the speaker
            out.append(tok)
            continue
        if not tok.is_word:
            if tok.text in "-'’" and out:
                out.append(tok)
                continue
            break
        if (
            tok.text[0].isdigit()
            and not (out and out[-1].text == "-")
            and not (out and i + 1 < len(toks) and toks[i + 1].is_cap and toks[i + 1].is_word)
            and not (out and is_acronym(out[-1].text))
        ):
            break  # a number ends the phrase, except in "Covid - 19" or "Daop 8 Surabaya"
        if out and (
            (low in lang.speaker_stops and not tok.is_cap) or low in lang.weekdays or verb_like(tok, lang)
        ):
            break
        linked = (
            low in lang.grammar.links and out and out[-1].is_cap and i + 1 < len(toks) and toks[i + 1].is_cap
        )
        if not tok.is_cap and low in lang.grammar.function_words and low not in lang.pronouns and not linked:
            break  # ("Director of Research of Nusa Group" goes on over "of")
        out.append(tok)
        if len(out) >= MAX_SPEAKER_TOKENS:
            break
    if depth and "(" in (t.text for t in out):  # an unclosed parenthesis ("Yaya (39"): keep what came before
        while out[-1].text != "(":
            out.pop()
        out.pop()
    owned = len(out) > 1 and out[-1].lower in lang.source_nouns
    if owned:
        out.pop()  # "according to the watchdog records": the watchdog
    out = _with_apposition(text, out, toks, lang)
    if not out:
        return None
    # "the campaign", "a source", "the education watchdog records" (whose records they are)
    body = lead > 0 and (owned or out[-1].lower in lang.org_heads | lang.unnamed_heads)
    if not (body or _can_open_speaker(out[0], lang)):
        return None
    return (toks[0] if lead else out[0]).start, out[-1].end


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


@cache
def affiliation_pattern(lang: Language) -> re.Pattern[str]:
    return re.compile(lang.grammar.affiliation)


def subject_before(text: str, start: int, verb: int, lang: Language) -> tuple[int, int] | None:
    """The subject of the verb at ``verb`` in the clause that begins at ``start``, or None when the words
    before the verb are not a speaker phrase (a verb, a long clause, a lower-case common noun)."""
    return _subject_before(text, start, verb, lang, 0)


def _subject_before(text: str, start: int, verb: int, lang: Language, depth: int) -> tuple[int, int] | None:
    words = last_tokens(text, start, verb, lang, SUBJECT_WINDOW)
    k = len(words) - 1
    while k > 0 and words[k].lower in lang.subject_skips:
        k -= 1
    joins = lang.grammar.list_words | lang.grammar.relatives
    if k > 0 and words[k].lower in lang.pronouns and words[k - 1].lower in joins:
        return words[k].start, words[k].end  # "X said ... and he noted", "in which he said": the pronoun
    if (
        k > 1
        and depth < MAX_RELATIVE_DEPTH
        and words[k].lower in lang.grammar.relatives
        and words[k - 1].text == ","
    ):
        head = _subject_before(text, start, words[k - 1].start, lang, depth + 1)  # "Ed Rendell, who said ..."
        if head is None:  # "The mayor praised Lena Ortiz, who said ...": the name just before the comma
            j = k - 1
            if j > 3 and words[j - 1].text == ")" and words[j - 3].text == "(" and words[j - 2].is_cap:
                j -= 3  # "the Rural Health Network (RHN), which ..."
            while j > 0 and words[j - 1].is_cap and words[j - 1].is_word:
                j -= 1
            head = (words[j].start, words[k - 2].end) if j < k - 1 and j > 0 else None
        if head is None or head[1] != words[k - 2].end:
            return head  # the subject is not the phrase the relative clause hangs on
        return head[0], words[k].end
    toks = _described_name(_pick_comma_part(text, words, lang), lang)
    if len(toks) > 1 and lost_capital(text, toks[0], toks[1], lang):
        toks = toks[1:]  # "resident Prabowo Subianto defended ...": the page lost the drop cap of "President"
    article = None
    while toks and toks[0].lower in lang.grammar.leading_drops | lang.grammar.definite_articles:
        article, toks = article or toks[0], toks[1:]  # "a source", "the White House": read what follows
    if len(toks) > MAX_SPEAKER_TOKENS:
        toks = toks[-MAX_SPEAKER_TOKENS:]  # a long role before the name: keep its end, where the name is
        while toks and not toks[0].is_word:
            toks = toks[1:]
    if not toks:
        return None
    if article is not None:
        toks = _before_participle(toks, lang)  # "a government agency running the programme said"
    first = toks[0]
    # "the bank said", "the campaign said"; "the finance minister, Maria Lopez, said"
    bare = _without_trailing_parenthesis(toks)
    named = bool(bare) and is_name_word(bare[-1], lang)
    titled = named and any(t.lower in lang.titles for t in toks)  # "panel Chairman Rep. Jason Chaffetz"
    described = (  # "the gambling tycoon said", "the presumptive Republican presidential nominee wrote"
        article is not None
        and len(toks) <= 5
        and not toks[-1].is_cap
        and all(t.is_word and t.lower not in lang.grammar.function_words for t in toks)
        and not verb_like(toks[-1], lang)
    )
    if described and article is not None:
        return article.start, toks[-1].end
    body = titled or (article is not None and (toks[-1].lower in lang.org_heads or named))
    if not (body or _can_open_speaker(first, lang)):
        return None
    if not (body or _speaker_like(toks, lang) or first.lower in lang.grammar.role_fillers):
        return None
    if article is not None and first.lower in lang.role_heads and _ends_in_name(bare, lang):
        return article.start, toks[-1].end  # "The head of Indonesia's Nutrition Agency Dadan Hindayana"
    depth = 0
    for k, t in enumerate(toks):
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif (
            t.lower in lang.grammar.links
            and 0 < k < len(toks) - 1
            and toks[k - 1].is_cap
            and (
                toks[k + 1].is_cap
                or (
                    toks[k + 1].lower in lang.grammar.definite_articles
                    and k + 2 < len(toks)
                    and toks[k + 2].is_cap
                )
            )
        ):
            continue  # "Koordinator Program untuk Sumatera Hendra Lubis"
        elif (
            t.lower in lang.grammar.definite_articles
            and 1 < k < len(toks) - 1
            and toks[k - 1].lower in lang.grammar.links
            and toks[k + 1].is_cap
        ):
            continue  # "Mr. Morgan of the Sierra Club"
        elif (
            depth == 0
            and t.is_word
            and not t.is_cap
            and t.lower not in lang.pronouns
            and (t.lower in lang.grammar.function_words or verb_like(t, lang) or t.text[0].isdigit())
        ):
            return None
    return (article or toks[0]).start, toks[-1].end


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


def _without_trailing_parenthesis(toks: list[Token]) -> list[Token]:
    """ "Rep. Gwen Moore (D-Wis.)" -> "Rep. Gwen Moore"."""
    if toks and toks[-1].text == ")":
        opened = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].text == "("), None)
        if opened is not None:
            return toks[:opened]
    return toks


def _has_name(toks: list[Token], lang: Language) -> bool:
    return any(is_name_word(t, lang) for t in toks)


def _with_apposition(text: str, out: list[Token], toks: list[Token], lang: Language) -> list[Token]:
    """ "kata salah satu siswa, Nadia Putri", "kata Menko Bidang Politik, Hukum, dan Keamanan Hadi Susanto":
    the phrase runs on over commas to a name when what stood before was a role or a description, and
    "kata pria 32 tahun itu" runs on to its demonstrative (a description that points back)."""
    if not out:
        return out
    i = next((k for k, t in enumerate(toks) if t.start >= out[-1].end), None)
    if i is None:
        return out
    if (
        not out[0].is_cap and out[0].lower not in lang.pronouns
    ):  # "kata dia dalam acara itu": not a description
        tail = _demonstrative_tail(toks, i, lang)
        if tail:
            return [*out, *tail]
    described = any(
        t.lower in lang.titles
        or t.lower in lang.role_heads
        or t.lower in lang.org_heads
        or t.lower in lang.unnamed_heads
        for t in out
    )
    if _has_name(out, lang) and not described:
        return out
    extended = list(out)
    best = out
    for _ in range(4):  # at most four more pieces of a role, joined by commas or "dari" / "pada"
        if i >= len(toks) or toks[i].lower not in lang.grammar.apposition_joins:
            break
        chunk: list[Token] = []
        k = i + 1
        while k < len(toks) and (
            toks[k].is_cap
            or toks[k].lower in lang.grammar.conjunctions
            or toks[k].lower in lang.name_particles
            or toks[k].text in "()"
            or (toks[k].text[0].isdigit() and chunk and is_acronym(chunk[-1].text))
        ):
            chunk.append(toks[k])
            k += 1
        while chunk and chunk[-1].text == "(":
            chunk.pop()  # "Wahyu Prasetyo (50)": the age is not part of the piece
            k -= 1
        if not chunk or not chunk[-1].is_word:
            break
        extended = [*extended, toks[i], *chunk]
        ends_clause = k >= len(toks) or toks[k].text in ".,;:!?(" or toks[k].lower in lang.speaker_stops
        if ends_clause and is_name_word(chunk[-1], lang) and _names_a_person(text, chunk, lang):
            best = extended  # a name; a later piece may still be the real one ("Kelurahan X, Budi")
        i = k
    return best


def _names_a_person(text: str, chunk: list[Token], lang: Language) -> bool:
    """Does this piece of a role end in a person's name ("Desa Sukamaju Doni Saputra"), rather than
    name a place or a body ("Kelurahan Sukamaju", "Dinas Kesehatan")?"""
    found = describe(text, chunk[0].start, chunk[-1].end, lang)
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


def _pick_comma_part(text: str, toks: list[Token], lang: Language) -> list[Token]:
    """Of "Sementara itu, Anggota Parlemen" take the part after the comma; of "Rudi Hartono, kepala ekonom
    di Bank Nusantara" (an apposition) the bare name; of "Lukashenko, yang merupakan sekutu Putin" the name.
    Each part loses its clause opener ("Di sisi lain"), its relative clause and its trailing adverbs."""
    parts: list[list[Token]] = [[]]
    depth = 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        if t.text in DASHES and not depth:
            parts = [[]]  # "Dinda Shabrina, Jakarta – The network": a dateline before the subject
        elif t.text in ",;" and not depth:
            parts.append([])
        else:
            parts[-1].append(t)
    cleaned = []
    via: list[Token] = []
    joined: list[Token] = []  # the last part, when a conjunction opened it: ", and critics have called"
    for part in parts:
        while part and part[0].text in BULLETS:
            part = part[1:]  # "- Mereka menuntut ...": a list bullet
        if len(part) > 1 and part[0].lower in lang.grammar.via_words:
            part = via = part[1:]  # "Versi BGN, lewat Kepala BGN Dadan Hindayana, menyebut": Dadan
        opened_by_and = len(part) > 1 and part[0].lower in lang.grammar.conjunctions
        while len(part) > 1 and (
            part[0].lower in lang.grammar.correlatives or part[0].lower in lang.grammar.conjunctions
        ):
            part = part[1:]  # "Baik Rusia dan Korea Utara", "..., dan Transmigrasi"
        if part and part[0].lower in lang.opener_starts:  # (the pattern only where an opener may begin)
            m = opener_pattern(lang).match(text, part[0].start, part[-1].end)
            if m and m.end() > part[0].start:
                part = [t for t in part if t.start >= m.end()]
        cut = next((i for i, t in enumerate(part) if t.lower in lang.grammar.relatives), None)
        if cut is not None:
            part = part[:cut]
        while part and (
            part[-1].lower in lang.subject_skips
            or part[-1].lower in lang.negations
            or (not part[-1].is_word and part[-1].text != ")")
        ):
            part = part[:-1]
        if len(part) > 4 and part[-1].text == ")" and part[-2].text != "(":
            opened = max((i for i, t in enumerate(part) if t.text == "("), default=0)
            if opened > 1 and part[opened - 1].lower in lang.weekdays:
                part = part[:opened]  # "NGOs on Monday (Sep 22) urged": the date goes with the day
        if len(part) > 2 and (part[-1].lower in lang.weekdays or part[-1].lower in lang.relative_days):
            part = part[:-1]  # "North Korea on Friday denied": the day is not the subject
            if part[-1].lower in lang.grammar.prepositions:
                part = part[:-1]
        if part:
            cleaned.append(part)
            joined = part if opened_by_and else []
    if lang.grammar.affiliation:  # "Mitch McConnell, R-Ky.,": a party and state, not a second speaker
        pattern = affiliation_pattern(lang)
        cleaned = [p for p in cleaned if not pattern.fullmatch(text, p[0].start, p[-1].end)] or cleaned
    # "Beyond that, his advisers say", "Di Jakarta, Budi mengatakan", "Unless ..., X said", "Six months ago,
    # X said": an adverbial part, not the subject
    cleaned = [p for p in cleaned if not _is_adverbial(p, lang)] or cleaned
    if via and _speaker_like(via, lang):
        return via
    if (
        len(cleaned) > 1
        and joined is cleaned[-1]
        and _speaker_like(joined, lang)
        and _plain_phrase(joined, lang)
    ):
        return joined  # "Thousands fell ill ..., and critics have called for ...": a clause of its own
    if len(cleaned) <= 1:
        return cleaned[0] if cleaned else []
    if len(cleaned[-1]) == 1 and cleaned[-1][0].lower in lang.pronouns:
        return cleaned[-1]  # "Ed Rendell, who ..., agreed ..., but he said": the pronoun is the subject
    named = [p for p in cleaned if _speaker_like(p, lang)]
    aged = [
        p
        for p in named
        if len(p) >= 4 and [t.text for t in p[-3:]] == ["(", p[-2].text, ")"] and p[-2].text.isdigit()
    ]
    if aged:
        return _with_description(toks, cleaned, aged[-1], lang)  # "Harapan (35), pedagang sayur,"
    bare = [p for p in named if all(is_name_word(t, lang) or t.lower in lang.name_particles for t in p)]
    if bare:
        return _with_description(toks, cleaned, bare[-1], lang)
    persons = [p for p in named if _names_a_person(text, p, lang)]
    if persons:
        return persons[-1]  # "... Desa, Daerah Tertinggal, dan Transmigrasi Budi Santoso"
    with_name = [p for p in named if any(is_name_word(t, lang) for t in p)]
    if with_name:
        return with_name[-1]
    return named[-1] if named else cleaned[-1]


def _plain_phrase(part: list[Token], lang: Language) -> bool:
    """A noun phrase without a verb or a function word ("critics", "the health groups")."""
    return all(
        t.is_word and t.lower not in lang.grammar.function_words and not verb_like(t, lang) for t in part[1:]
    )


def _is_adverbial(part: list[Token], lang: Language) -> bool:
    first, last = part[0].lower, part[-1].lower
    grammar = lang.grammar
    return first in grammar.prepositions or first in grammar.clause_starts or last in grammar.adverbial_ends


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
