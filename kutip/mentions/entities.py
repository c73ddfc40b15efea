"""Entity mentions: runs of capitalised words typed person, organisation or place.

A run is read with the same speaker-phrase reader as quotes ("Presiden Belarusia Alexander Lukashenko"
gives the person "Alexander Lukashenko" with role "Presiden Belarusia"), so the entity list and the
speakers agree; each entity carries the article's canonical form of its name. A one-word "name" is then
weighed against the rest of the article: "Cipinang" after "Pasar Induk Cipinang" is that place, "Harvard"
after "Harvard University" that body, and "Stok" opening a sentence of an article that writes "stok"
elsewhere is a common word, no one's name.
"""

from __future__ import annotations

from typing import Final

from kutip.attribute.mention import Mention, describe, is_acronym, is_party_tag, words_before_name
from kutip.attribute.people import ArticlePeople
from kutip.attribute.roles import role_data
from kutip.deadline import Deadline
from kutip.doc import Entity
from kutip.lang import Language
from kutip.segment.article import Article
from kutip.segment.tokens import Token

COMMON_OVER_NAMED: Final = 2  # a word seen as a common word more than twice as often as a name is none
MAX_MARKER: Final = 40  # the longest aside read between a name and another name of the person
LABELS: Final = {"person": "person", "organization": "organization", "country": "place", "place": "place"}
BODY_KINDS: Final = ("organization", "place", "country")
# marks after which a capitalised word opens a sentence (or a quotation, or a dateline's text)
SENTENCE_OPENERS: Final = frozenset('.!?:;"\u201c\u201d\u2018\u2019(-\u2013\u2014')


def entity_mentions(art: Article, deadline: Deadline | None = None) -> list[Mention]:
    """Every person, organisation and place mention of the article's paragraphs, in text order, with the
    kinds of one-word names settled from the whole article."""
    lang = art.lang
    out: list[Mention] = []
    openers: set[int] = set()  # where a run opens a sentence
    placed: set[int] = set()  # where a run follows a place's head in lower case ("desa Sukamaju")
    for para in art.paragraphs:
        if deadline is not None:
            deadline.check()
        lo, hi = art.token_range(para.start, para.end)
        for first, last in _runs(art.toks, lo, hi, lang, openers, placed):
            s, e = first.start, last.end - _possessive_length(last, lang)
            for m in describe(art, s, e):
                if m.kind == "person" and s in placed:
                    m = _retyped(m, "place")
                if m.kind == "person" and _no_ones_name(art, m):
                    continue
                if m.kind in LABELS and m.name:
                    body = _role_body(art, m)
                    if body is not None:
                        out.append(body)
                    out.append(m)
    found = settle_kinds(out, openers, art, lang)
    _aliases_between_commas(art, found)
    return found


def _aliases_between_commas(art: Article, mentions: list[Mention]) -> None:
    """Give a person the other name an aside between commas gives: "Tjokorda Oka Artha Ardana Sukawati, yang
    biasa disapa Tjok Ace, menyatakan ..." (the name runs stop at the commas, so no phrase holds both)."""
    markers = role_data(art.lang.code).alias_markers
    for k in range(1, len(mentions)):
        m = mentions[k - 1]
        n = mentions[k]
        if m.kind != "person" or n.kind != "person" or m.alias or n.start - m.end > MAX_MARKER:
            continue
        if " " not in (m.name or ""):
            continue  # "Mr. Bush, known as Jeb": the full name, not the one given here, has the nickname
        between = art.text[m.end : n.start]
        words = tuple(between.replace(",", " ").casefold().split())
        if between.lstrip().startswith(",") and words in markers:
            m.alias, m.aliases = n.text, (n.text,)


def _no_ones_name(art: Article, m: Mention) -> bool:
    """Is the person's "name" the name of a thing ("RUU Cipta Kerja") or a party-and-state tag ("said Sen.
    Ron Wyden, D-Ore.")?"""
    return _thing_named(art, m) or is_party_tag(art.text, m.start, m.end, art.lang)


def _thing_named(art: Article, m: Mention) -> bool:
    """Does the word before a person's "name" make it the name of a law, a programme or an event ("RUU Cipta
    Kerja", "Kartu Prakerja", "Operasi Zebra")?"""
    words = words_before_name(art.text, m)
    return bool(words) and words[-1].casefold() in art.lang.thing_heads


def _role_body(art: Article, m: Mention) -> Mention | None:
    """The body or place the role of ``m`` names, a mention before it: "Ketua Asosiasi Pedagang Beras
    Indonesia (APBI) Hendra Wijaya" names the association too, "Harvard University President Alan Garber"
    the university."""
    if m.kind != "person" or not m.role:
        return None
    text, lang = art.text, art.lang
    at = text.find(m.role, m.start, m.name_start or m.end)
    span = _body_span(art.tokens(at, at + len(m.role)), lang) if at >= 0 else None
    if span is None:
        return None
    return next((b for b in describe(art, span[0], span[1]) if b.kind in BODY_KINDS and b.name), None)


def _body_span(toks: list[Token], lang: Language) -> tuple[int, int] | None:
    """The span of a role's words that name a body or a place, from its capitalised head word: to the end
    of the role where the head comes first ("Asosiasi ... (APBI)"), back over the capitalised words before
    it where it comes last ("Harvard University")."""
    heads = [i for i, t in enumerate(toks) if t.is_cap and _head_word(t.lower, lang)]
    if not heads:
        return None
    if not lang.grammar.head_final:
        words = [t.lower for t in toks[heads[0] :] if t.is_word]
        if len(words) < 2 and (words[0] in lang.nameless_heads or not is_acronym(toks[heads[0]].text)):
            return None  # "Direktur PT": a head word alone names no body ("KPK" does)
        return toks[heads[0]].start, toks[-1].end
    last = heads[-1]
    first = last
    while first > 0 and toks[first - 1].is_cap and toks[first - 1].lower not in lang.titles:
        first -= 1
    return toks[first].start, toks[last].end


def _head_word(low: str, lang: Language) -> bool:
    return low in lang.org_heads or low in lang.place_heads


def _runs(
    toks: list[Token], lo: int, hi: int, lang: Language, openers: set[int], placed: set[int]
) -> list[tuple[Token, Token]]:
    """The first and last tokens of the capitalised word runs of ``toks[lo:hi]`` (a paragraph's: read in
    place, not copied), with initials, name particles and short parentheses inside; the start of a run that
    opens a sentence goes into ``openers``, of one after a place's head in lower case ("di desa Sukamaju",
    "stasiun Gambir") into ``placed``."""
    runs: list[tuple[Token, Token]] = []
    begin = -1  # where the run being read starts in ``toks`` (-1: none is)
    i = lo
    while i < hi:
        t = toks[i]
        if (t.is_word and t.is_cap) or (begin >= 0 and _joins_run(toks, i, hi, lang)):
            if begin < 0:
                begin = i
                if i == lo or toks[i - 1].text in SENTENCE_OPENERS:
                    openers.add(t.start)
                elif toks[i - 1].text in lang.place_heads:
                    placed.add(t.start)
        elif begin >= 0 and _short_parenthesis(toks, i, hi):
            i += 2
        elif begin >= 0:
            word = _one_word(toks[begin:i], lang) if _before_state(toks, i, hi, lang) else None
            if word is not None:
                placed.add(word.start)  # "Tulsa, Okla.,", "Paris, France.": a town, then its state
            _flush(toks, begin, i, runs, lang)
            begin = -1
        i += 1
    if begin >= 0:
        _flush(toks, begin, hi, runs, lang)
    return runs


def _one_word(run: list[Token], lang: Language) -> Token | None:
    """The run's one word after the function words that open it ("Tulsa" of "In Tulsa"); None when it has
    more."""
    words = [t for t in run if t.lower not in lang.stop_words]
    return words[0] if len(words) == 1 else None


def _before_state(toks: list[Token], i: int, hi: int, lang: Language) -> bool:
    """Does a comma at ``toks[i]`` put a state or a country after the run before it, ending the clause
    ("Tulsa, Okla., police said", "Des Moines, Iowa.")? Then the run names a place in it. (The paragraph's
    tokens end at ``hi``.)"""
    if toks[i].text != "," or i + 2 >= hi or not toks[i + 1].is_cap:
        return False
    for k in (i + 2, i + 3):  # a state of one or two words ("Iowa", "New Mexico"), with its period
        if k < hi and toks[k].text in ",.;)" and " ".join(t.lower for t in toks[i + 1 : k]) in lang.countries:
            return True
    return False


def _joins_run(toks: list[Token], i: int, hi: int, lang: Language) -> bool:
    """Does the lower-case word ``toks[i]`` join the run before it to a capitalised word after it, before
    ``hi`` ("bin", "dan", "Pak")?"""
    if i + 1 >= hi or not toks[i + 1].is_cap:
        return False  # (tested first: most words are followed by a lower-case one)
    low = toks[i].lower
    if low in lang.name_particles or low in lang.grammar.conjunctions or low in lang.honorifics:
        return True
    if low in lang.body_links and toks[i - 1].is_cap and toks[i - 1].lower in lang.org_heads:
        return True  # "Department of Justice", "Office for Budget Responsibility"
    data = role_data(lang.code)  # "Abdurrahman Wahid atau Gus Dur": a nickname after "atau"
    return low in data.nickname_markers and toks[i + 1].lower in data.nickname_openers


def _flush(toks: list[Token], first: int, last: int, runs: list[tuple[Token, Token]], lang: Language) -> None:
    """End the run ``toks[first:last]``: trim marks, particles and stop words from its edges, keep its first
    and last tokens if any are left. (Read by index: a run is no list of its own.)"""
    while first < last and _loose_end(toks[last - 1], lang):
        last -= 1
    while first < last and toks[first].lower in lang.stop_words:
        first += 1
    if first < last:
        runs.append((toks[first], toks[last - 1]))


def _loose_end(tok: Token, lang: Language) -> bool:
    """Is ``tok`` a mark (not a closing parenthesis) or a name particle, which ends no run?"""
    return (not tok.is_word and tok.text != ")") or tok.lower in lang.name_particles


def _short_parenthesis(toks: list[Token], i: int, hi: int) -> bool:
    """Does a capitalised word in parentheses open at ``toks[i]`` ("(KPK)") and close before ``hi``? A run
    takes it in."""
    return toks[i].text == "(" and i + 2 < hi and toks[i + 1].is_cap and toks[i + 2].text == ")"


def _possessive_length(tok: Token, lang: Language) -> int:
    """The length of the possessive ending of a run's last word ("Trump's", "Clinton’s"): the entity is the
    owner, "Trump", as a speaker phrase reads it."""
    if tok.is_word:
        for ending in lang.grammar.possessives:
            if tok.lower.endswith(ending) and len(tok.lower) > len(ending):
                return len(ending)
    return 0


def settle_kinds(mentions: list[Mention], openers: set[int], art: Article, lang: Language) -> list[Mention]:
    """The mentions with each one-word person or place name weighed against the article: a common word
    that only opens sentences ("Stok", "Gudang" where "stok" and "gudang" are written too) is left out; a
    word of a body's or a place's longer name takes its kind ("Cipinang" of "Pasar Induk Cipinang"). A word
    of a longer person's name ("Trump" of "Donald Trump"), or one the lexicon knows as a given name
    ("Aulia"), stays a person."""
    seen = _ArticleNames(mentions, openers)
    lower = _LowerWords(art)
    initials = _initials(art)
    out: list[Mention] = []
    for m in mentions:
        word = _lone_name(m)
        key = _name_words(word).folded_whole if word else ""
        if key in lang.nameless_heads:
            continue  # "PT", "RSUD" alone: no name
        if word is not None and word in initials and m.kind != "person":
            out.append(_as_person(m))  # "AR" after "pria berinisial AR": that man
            continue
        if _common_words_only(m, lower, lang):
            continue  # "RUU Cipta Kerja": a thing's name of common words, no person
        if word is not None and m.kind == "person" and _dotted_acronym(word) and _after_article(art, m):
            out.append(_retyped(m, "organization"))  # "the S.E.C. said", "the U.N."
        elif word is not None and key in seen.in_names and m.kind == "organization" and _named_so(word, lang):
            out.append(_as_person(m))  # "Bahagia" of "Bahagia Susmanto": a body to the lexicon, a name here
        elif word is None or key in seen.in_names or m.kind == "organization":
            out.append(m)  # (a body keeps its capital: "Pemerintah" is the government)
        elif m.start in openers and word not in seen.mid_sentence and lower.has(word.lower()):
            continue  # a common word with a capital because it opens the sentence
        elif key in seen.body_kind and m.kind == "person" and not _given_name(key, lang):
            out.append(_retyped(m, seen.body_kind[key]))
        else:
            out.append(m)
    return out


def _initials(art: Article) -> frozenset[str]:
    """The initials the article gives people ("pria berinisial AR", "tersangka berinisial DDS, YQ, dan SR"):
    one to four capitals, or a list of them, after one of the language's ``initial_markers``."""
    markers, lang = art.lang.initial_markers, art.lang
    if not markers or not any(marker in art.text for marker in _marker_cores(markers)):
        return frozenset()  # (most articles name no one so: the tokens are not read)
    toks = art.toks
    found: set[str] = set()
    for i, tok in enumerate(toks):
        k = i + 1
        while tok.lower in markers and k < len(toks) and _is_initials(toks[k].text):
            found.add(toks[k].text)
            k += 1
            while k < len(toks) and (toks[k].text == "," or toks[k].lower in lang.grammar.conjunctions):
                k += 1  # ", " and "dan" between the initials of a list
    return frozenset(found)


def _marker_cores(markers: frozenset[str]) -> list[str]:
    """The markers that hold no other marker ("inisial", not "berinisial"): a text holds a marker exactly
    when it holds one of these, so it is searched fewer times."""
    return [m for m in markers if not any(o != m and o in m for o in markers)]


def _is_initials(word: str) -> bool:
    """One to four capital letters ("A", "RAR")."""
    return len(word) <= 4 and word.isupper() and word.isalpha()


def _dotted_acronym(word: str) -> bool:
    """Is ``word`` capital letters joined by periods ("S.E.C", "U.N")?"""
    if "." not in word:
        return False
    parts = word.rstrip(".").split(".")
    return len(parts) >= 2 and all(len(p) == 1 and p.isupper() for p in parts)


def _after_article(art: Article, m: Mention) -> bool:
    """Does a definite article stand right before the mention ("the S.E.C.")? Initials so written are a
    body's; after a name they are a degree ("Budi, S.I.K."), and alone a person's."""
    before = art.text[max(0, m.start - 8) : m.start].split()
    return bool(before) and before[-1].casefold() in art.lang.grammar.definite_articles


def _common_words_only(m: Mention, lower: _LowerWords, lang: Language) -> bool:
    """Is a person's "name" of several words made only of words the article writes in lower case and the
    lexicon does not know mostly as names ("Pembahasan RUU Cipta Kerja" where "cipta kerja" is written too,
    "Bajaj Sopir", a headline's "Racial Healer")? Such a phrase names a thing, not a person. (Any word known
    as a given name keeps it: "Bahagia Susmanto".)"""
    if m.kind != "person" or m.rank or not m.name or " " not in m.name:
        return False
    name = _name_words(m.name)
    for folded in name.folded:
        counts = lang.lexicon.get(folded)
        if counts is not None and counts[0] and counts[0] >= counts[3]:
            return False  # a name the lexicon knows
    return all(lower.has(word.lower()) for word in name.words)


class _LowerWords:
    """Which words the article writes in lower case, as tokens of their own: each word looked for in the
    text (and checked against the token found there) once per article, as names repeat."""

    def __init__(self, art: Article) -> None:
        self.art = art
        self.seen: dict[str, bool] = {}

    def has(self, low: str) -> bool:
        found = self.seen.get(low)
        if found is None:
            found = self.seen[low] = _written_lower(self.art, low)
        return found


def _written_lower(art: Article, low: str) -> bool:
    """Does the article write the word ``low`` in lower case, as a token of its own? (Found by searching
    the text and asking the tokens there: a name's few words cost less so than a set of all its words.)"""
    text, toks = art.text, art.toks
    i = text.find(low)
    while i >= 0:
        k = art.first_token(i)
        tok = toks[k] if k < len(toks) else None
        if tok is not None and tok.start == i and tok.text == low and tok.is_word and not tok.is_num:
            return True
        i = text.find(low, i + 1)
    return False


class _ArticleNames:
    """What the article's names say about its words: those of two-word person names, the one-word names
    written capitalised inside a sentence, and the words of longer body and place names with their kind."""

    def __init__(self, mentions: list[Mention], openers: set[int]) -> None:
        self.in_names: set[str] = set()
        self.mid_sentence: set[str] = set()
        self.body_kind: dict[str, str] = {}
        for m in mentions:
            name = _name_words(m.name or "")
            words = name.words
            if m.kind == "person" and len(words) > 1:
                self.in_names.update(name.folded)
            elif len(words) == 1 and m.start not in openers:
                self.mid_sentence.add(words[0])
            elif m.kind in BODY_KINDS and len(words) > 1:
                for w in name.folded:
                    self.body_kind.setdefault(w, "place" if m.kind == "country" else m.kind)


class _NameWords:
    """A name's words as written and case-folded, and the whole name case-folded."""

    __slots__ = ("folded", "folded_whole", "words")

    def __init__(self, name: str) -> None:
        words = name.split()
        self.words: tuple[str, ...] = tuple(words)
        self.folded_whole = name.casefold()
        one = len(words) == 1 and words[0] == name  # (most names: one word, folded once)
        self.folded: tuple[str, ...] = (self.folded_whole,) if one else tuple([w.casefold() for w in words])


# A name -> its words. Most names belong to one article and a few recur in many ("Prabowo", "Jakarta"):
# a small memo, emptied when full, keeps the recurring ones without the others growing a long run's memory.
_NAMES: Final[dict[str, _NameWords]] = {}
_NAMES_MAX: Final = 4096


def _name_words(name: str) -> _NameWords:
    """The words of ``name``, split and case-folded once per name, not once per mention."""
    found = _NAMES.get(name)
    if found is None:
        if len(_NAMES) >= _NAMES_MAX:
            _NAMES.clear()
        found = _NAMES[name] = _NameWords(name)
    return found


def _given_name(word: str, lang: Language) -> bool:
    """Has the trained lexicon seen the word as a person's name at all?"""
    counts = lang.lexicon.get(word)
    return counts is not None and counts[0] > 0


def _lone_name(m: Mention) -> str | None:
    """The name of a person, place or body mention that is one word and nothing else (no role, rank or
    alias); a body only when its word is a head that names nothing alone."""
    if (
        m.kind not in ("person", "place", "organization")
        or not m.name
        or " " in m.name
        or m.role
        or m.rank
        or m.alias
    ):
        return None
    return m.name


def _named_so(word: str, lang: Language) -> bool:
    """Can a word the lexicon takes for a body be a given name here: seen in a person's name, more often a
    name than a common word ("Bahagia", "Dewa"; not "Islam", "Nasional"), and no acronym ("NasDem")?"""
    counts = lang.lexicon.get(word.casefold())
    if counts is None or not counts[0] or any(c.isupper() for c in word[1:]):
        return False
    return counts[3] <= COMMON_OVER_NAMED * (counts[0] + counts[1] + counts[2])


def _as_person(m: Mention) -> Mention:
    """``m`` as a mention of a person by the one word of its name."""
    s, e = m.start, m.end
    return Mention(s, e, m.text, m.text, "person", None, s, e, alias=m.alias, aliases=m.aliases)


def _retyped(m: Mention, kind: str) -> Mention:
    """``m`` as a mention of a body or a place: the whole phrase is its name."""
    return Mention(m.start, m.end, m.text, m.text, kind, alias=m.alias, aliases=m.aliases)


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
