"""Read a speaker phrase: split titles and roles from the name, tell persons from bodies and unnamed sources.

"Juru Bicara Gedung Putih John Kirby" -> name "John Kirby", role "Juru Bicara Gedung Putih", person;
"Anggota Parlemen Korea Selatan" -> unnamed; "Rusia dan Korea Utara" -> two countries; "ujarnya" -> pronoun;
"Senator Lisa Moreno and Representative Tom Hale" -> two persons, each with a role; "the Pentagon's top
adviser" -> an unnamed speaker of that body; "Apple's Tim Cook" -> the person Tim Cook.
Where a role ends and a name begins is decided by the language's titles and the lexicon trained from the NER
sets (a word tagged place or organisation there does not start a person's name).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from kutip.attribute.roles import RoleData, rank_at, role_data
from kutip.lang import Language
from kutip.native import mypyc_attr
from kutip.segment.article import Article
from kutip.segment.brackets import depths, ends_in_age, is_bracket
from kutip.segment.tokens import DOMAIN_LABELS, Token, ascii_word

if TYPE_CHECKING:
    from mypy_extensions import i64  # a machine integer when compiled (only annotations name it)

ROMAN_DIGITS: Final = "IVX"
BODY_KINDS: Final = ("organization", "unnamed")
PERSON_OVER_PLACE: Final = 3  # a word tagged person once per this many place or body tags is a name alone
GIVEN_NAME_SEEN: Final = 5  # a title word the trained lexicon saw this often as a person's name is also one
PLACE_SEEN: Final = 5  # a word the trained lexicon saw this often as a place, and never in a name, is a place


@mypyc_attr(acyclic=True)  # numbers and strings: compiled, the garbage collector need not track it
class Mention:
    """A phrase that names, describes or points at a speaker. (A plain class: compiled, a dataclass is
    built by interpreted code, and the finders make tens of thousands of these.)"""

    __slots__ = (
        "alias",
        "aliases",
        "end",
        "kind",
        "name",
        "name_end",
        "name_start",
        "rank",
        "role",
        "start",
        "text",
    )

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        name: str | None,
        kind: str,  # person | organization | country | place | unnamed | pronoun | anaphor
        role: str | None = None,
        name_start: int | None = None,
        name_end: int | None = None,
        alias: str | None = None,  # a short form in parentheses after the name: "(Bamsoet)", "(BPS)"
        rank: str | None = None,  # "AKBP", "Jenderal (Pol)", "Prof": kept apart from the role
        aliases: tuple[str, ...] = (),  # other names given here: "alias Gus Ipul", "(Gus Ipul)"
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.name = name
        self.kind = kind
        self.role = role
        self.name_start = name_start
        self.name_end = name_end
        self.alias = alias
        self.rank = rank
        self.aliases = aliases

    def _fields(self) -> tuple[object, ...]:
        return (self.start, self.end, self.text, self.name, self.kind, self.role, self.name_start,
                self.name_end, self.alias, self.rank, self.aliases)  # fmt: skip

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mention) and self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # equal by value and mutable, as a dataclass would be

    def __repr__(self) -> str:
        return f"Mention({self.text!r}, {self.start}, {self.end}, name={self.name!r}, kind={self.kind!r})"

    @property
    def is_reference(self) -> bool:
        """A pronoun, a -nya cue or "pejabat ini": it points back at a speaker named before."""
        return self.kind in ("pronoun", "anaphor")


def words_before_name(text: str, m: Mention) -> list[str]:
    """The words of mention ``m`` before its name ("Keberadaan" of "Keberadaan Zulkifli", "RUU" of "RUU Cipta
    Kerja"); [] when the mention opens with the name."""
    if m.name_start is None or m.name_start <= m.start:
        return []
    return text[m.start : m.name_start].split()


_PARTY_TAGS: Final[dict[str, re.Pattern[str]]] = {}  # language code -> its ``Grammar.affiliation``, compiled


def is_party_tag(text: str, start: int, end: int, lang: Language) -> bool:
    """Is ``text[start:end]`` a party-and-state tag written after a name ("D-Ore", "R-Texas", "(D-Calif.)")?
    It names no one: not the speaker, and no entity."""
    source = lang.grammar.affiliation
    if not source:
        return False
    pattern = _PARTY_TAGS.get(lang.code)
    if pattern is None:
        pattern = _PARTY_TAGS[lang.code] = re.compile(source)
    return pattern.fullmatch(text, start, end) is not None


def is_acronym(word: str) -> bool:
    """Two or more capital letters and nothing else ("KPK", "NATO")."""
    if len(word) < 2 or 97 <= ord(word[1]) <= 122:
        return False  # "Budi": a lower-case second letter, told without a method call
    return word.isupper() and word.isalpha()


def closes_initialism(word: Token, dot: Token) -> bool:
    """Is ``dot`` the period glued to the end of an initialism ("U.S", "J.M", "D.C": single capitals
    joined by periods), which the tokeniser leaves apart when a space follows it?"""
    w = word.text
    return (
        dot.text == "."
        and word.end == dot.start
        and len(w) >= 3
        and len(w) % 2 == 1
        and all(w[k].isupper() if k % 2 == 0 else w[k] == "." for k in range(len(w)))
    )


def name_evidence(tok: Token, lang: Language) -> int:
    """How strongly the trained lexicon takes this word for part of a person's name (see ``_evidence_of``)."""
    return _word_evidence(tok.text, lang)


def name_evidence_of(word: str, lang: Language) -> int:
    """``name_evidence`` of a word given as a string (the registry's names, not the article's tokens)."""
    return _word_evidence(word, lang)


_EVIDENCE: Final[dict[Language, dict[str, int]]] = {}  # per language: word -> its name evidence


def _word_evidence(word: str, lang: Language) -> int:
    """The evidence of ``word``, worked out once per word and language: names recur in every article. (Read
    here, not through ``remembered``: a word's evidence is asked for thousands of times per article.)"""
    memo = _EVIDENCE.get(lang)
    if memo is None:
        memo = _EVIDENCE[lang] = {}
    found = memo.get(word)
    if found is None:
        if len(memo) >= 65536:
            memo.clear()
        found = memo[word] = _evidence_of(word, lang)
    return found


def _evidence_of(word: str, lang: Language) -> int:
    """2: can be part of a person's name; 1: could be, though the lexicon saw it mostly as a place or an
    organisation ("Indah", "Austin"); -1: a common word, a name only after another name word ("Zaman");
    0: cannot (a title, a function word, a country, a lower-case word)."""
    w = word.rstrip(".")
    if not w or not _capital_first(w) or garbled(w):
        return 0
    low = w.casefold()
    if low in lang.titles or low in lang.org_heads or low in lang.countries or low in lang.pronouns:
        return 0
    if _has_digit(w) or _contraction(low, lang):
        return 0  # "G20", "CO2": a code; "It's", "Don't": a function word run on; no one's name
    if low in lang.place_heads or low in lang.terms:
        return 0
    if low in lang.stop_words or low in lang.all_cues or low in lang.weekdays or low in lang.months:
        return 0
    counts = lang.lexicon.get(low)
    if (
        not counts
        and (low.startswith(lang.grammar.verb_like_starts) or low.endswith(lang.grammar.particle_suffixes))
        and not low.endswith(role_data(lang.code).name_endings)  # "Saifullah", "Abdullah": a given name
    ):
        return 0  # "Mengenal ...", "Menariknya ...": a verb or an adverb opening a sentence
    if (not counts or not counts[0]) and len(low) >= NOUN_FORM_LENGTH and noun_form(low, lang):
        return 0  # "Ketidakhadiran Rizieq", "Pelacakan": a ke-an / pe-an noun opens the sentence
    if len(w) == 1:
        return 2  # an initial: "M Rizal Hakim"
    if _roman(w):
        return -1  # a generation after a name ("Brent Bozell III"), not "Wilayah IV" before one
    if is_acronym(w):
        return 2 if counts and counts[0] > counts[1] + counts[2] else 0
    if counts:
        per, plc, org, common = counts
        other = plc + org
        if (per == 0 and other >= 2) or other >= 4 * (per + 1):
            return 1  # mostly a place or an organisation word
        if (per == 0 and common >= 3) or (common >= 20 and common >= 20 * per):
            return -1  # a common word ("Program", "Pria"), or a name that is one too ("Andi Noer Harapan")
    return 2


def _capital_first(word: str) -> bool:
    """Does ``word`` open with a capital letter? (An ASCII one told by its code point, with no method call:
    this runs for every new word.)"""
    o: i64 = ord(word[0])
    return 65 <= o <= 90 if o < 128 else word[0].isupper()


def _has_digit(word: str) -> bool:
    """Does ``word`` hold a digit (ASCII ones told by code point, others by ``str.isdigit``)?"""
    for c in word:
        o: i64 = ord(c)
        if 48 <= o <= 57 or (o > 127 and c.isdigit()):
            return True
    return False


def _contraction(low: str, lang: Language) -> bool:
    """Is ``low`` a function word run together with what follows ("it's", "i’m", "that's", "don't"), which
    no name is (unlike "O'Brien" or "Ma'ruf", whose first part is no word of the language)?"""
    if low.isalnum():
        return False  # (most words: no apostrophe to look for)
    cut = apostrophe_at(low)
    if cut <= 0:
        return False
    return low.endswith(("n't", "n’t")) or low[:cut] in lang.stop_words or low[:cut] in lang.pronouns


def apostrophe_at(word: str) -> int:
    """Where the apostrophe of ``word`` stands ("it's", "they’ve": straight or typographic); -1 when it
    has none."""
    return max(word.find("'"), word.find("’"))


NOUN_FORM_LENGTH: Final = 8  # "kesehatan", "pemetaan": shorter words with these ends are names too ("Kean")


def noun_form(low: str, lang: Language) -> bool:
    """Is the word a noun made with a circumfix ("ketidakhadiran", "pelacakan", "peraturan")?"""
    return any(low.startswith(a) and low.endswith(b) for a, b in lang.grammar.noun_circumfixes)


def _roman(word: str) -> bool:
    """Is ``word`` a Roman numeral of two to four letters I, V and X ("III", "XIV")? (The regex
    ``[IVX]{2,4}`` read by hand: it runs for most capitalised words, and a regex call costs far more.)"""
    return 2 <= len(word) <= 4 and not word.strip(ROMAN_DIGITS)


def is_name_word(tok: Token, lang: Language) -> bool:
    """Can ``tok`` be part of a person's name (on its own evidence)?"""
    return name_evidence(tok, lang) == 2


def _name_run(toks: list[Token], lang: Language) -> int:
    """Index where the trailing run of name words of ``toks`` begins (len(toks) if there is none). A word
    the lexicon knows as a place joins the name only at the phrase's start, right after an honorific or as
    the last word: "Indah Permata Sari", "Irjen Indra Jaya", "Rudi Hartono" - but not "Presiden Belarusia
    Alexander Lukashenko" or "Ketua Organda Jakarta Hasan Basri"."""
    data = role_data(lang.code)
    if lang.grammar.head_final and _body_name_tail(toks, lang):
        return len(toks)
    i = len(toks)
    while i > 0:
        tok = toks[i - 1]
        if i < len(toks) and _roman(tok.text):
            break  # a numeral inside the phrase ("Kodam IV Diponegoro") ends the name
        left = toks[i - 2] if i >= 2 else None
        if left is not None and i < len(toks) and _initials_of_name(left, tok, lang):
            i -= 2  # "J.M. Berger": the initials and their period
            continue
        if left is not None and _named_by_head(tok, left, lang, data):
            break  # "Desa Sukamaju", "Dinas Pendidikan": the word names the place or the body
        if _run_evidence(toks, i, lang, data) == 2 or _particle_inside(toks, i, lang):
            i -= 1
        else:
            break
    return i


def _initials_of_name(word: Token, dot: Token, lang: Language) -> bool:
    """Are ``word`` and ``dot`` initials before a name ("J.M. Berger", "G.K. Butterfield"), not a country
    ("U.S. Rep. ...")?"""
    return closes_initialism(word, dot) and word.lower not in lang.countries


def _body_name_tail(toks: list[Token], lang: Language) -> bool:
    """Does the phrase end in the name of a body written "head of Name" ("U.S. Department of Homeland
    Security", "Chamber of Commerce", "University of Texas")? The capitals after the link name the body,
    not a person; a title among them starts a person's name ("Bank of America CEO Brian Moynihan")."""
    j = len(toks)
    while j > 0 and toks[j - 1].is_cap and toks[j - 1].is_word and toks[j - 1].lower not in lang.titles:
        j -= 1
    return (
        1 <= len(toks) - j <= 3
        and j >= 2
        and toks[j - 1].lower in lang.grammar.links
        and toks[j - 1].lower not in lang.grammar.conjunctions
        and toks[j - 2].lower in lang.org_heads
        and not is_acronym(toks[j - 2].text)
    )


def _named_by_head(tok: Token, left: Token, lang: Language, data: RoleData) -> bool:
    """Is ``tok`` the proper name of the place or body whose head word stands before it ("Desa Sukamaju",
    "Dinas Pendidikan"), not a person's name after a body that is whole by itself ("Juru Bicara Kremlin
    Dmitry Peskov") or after a title ("Wali Kota Mohammad Idris")?"""
    head = left.lower in lang.place_heads or (left.lower in lang.org_heads and not is_acronym(left.text))
    return head and left.lower not in data.standalone_bodies and not _person_word(tok, lang)


def _run_evidence(toks: list[Token], i: int, lang: Language, data: RoleData) -> int:
    """The name evidence of ``toks[i - 1]`` where it stands: a place-like or common word counts as a name
    only beside other name words; a title word is a given name after a role ("Wali Kota Palembang Ratu
    Dewa") or where the lexicon knows it as one ("Pelatih lari Agung Mulyawan")."""
    tok = toks[i - 1]
    left = toks[i - 2] if i >= 2 else None
    evidence = name_evidence(tok, lang)
    if evidence == 1:  # a place-like word: a name at the start, after an honorific, or as the surname
        surname = i == len(toks) and left is not None and name_evidence(left, lang) == 2
        # or between a given name and the rest of the name: "Budi Karya Sumadi"
        inside = i < len(toks) and left is not None and _given_name(left, lang)
        solid = left is None or left.lower.rstrip(".") in lang.honorifics or surname or inside
        return 2 if solid else 0
    if evidence == -1:
        return 2 if left is not None and name_evidence(left, lang) == 2 else 0
    if evidence == 0 and tok.lower in data.name_titles and i < len(toks):
        return 2 if i >= 2 or _titled_name(toks, lang) else 0  # "Wali Kota Palembang Ratu Dewa", "Ratu Dewa"
    if evidence == 0 and i < len(toks) and _given_name_title(tok, left, toks[i], lang):
        return 2
    return evidence


def _titled_name(toks: list[Token], lang: Language) -> bool:
    """Is a phrase of a title word and one name word a two-word name ("Ratu Dewa")? So when the title word
    is as often a given name as a place or a body to the lexicon ("Ratu"; not "Raja", mostly a place)."""
    counts = lang.lexicon.get(toks[0].lower)
    return (
        len(toks) == 2
        and counts is not None
        and counts[0] >= 3
        and counts[0] >= counts[1] + counts[2]
        and name_evidence(toks[1], lang) == 2
    )


def _particle_inside(toks: list[Token], i: int, lang: Language) -> bool:
    """Is ``toks[i - 1]`` a name particle between two name words ("Ahmad bin Yusuf")?"""
    return (
        toks[i - 1].lower in lang.name_particles
        and i < len(toks)
        and i - 2 >= 0
        and is_name_word(toks[i - 2], lang)
    )


def _given_name(tok: Token, lang: Language) -> bool:
    """Does the trained lexicon know the word as a person's name, often and mostly ("Budi")?"""
    counts = lang.lexicon.get(tok.lower)
    return counts is not None and counts[0] >= GIVEN_NAME_SEEN and counts[0] > 3 * (counts[1] + counts[2])


def _given_name_title(tok: Token, left: Token | None, right: Token, lang: Language) -> bool:
    """Is a title word a given name here ("Agung", often a name, after a lower-case word, a name or a
    rank, or before an initial: "Sosiolog UI Imam B Prasodjo"), not a title's second word ("Jaksa Agung",
    "Mahkamah Agung")?"""
    counts = lang.lexicon.get(tok.lower)
    if counts is None or counts[0] < GIVEN_NAME_SEEN or tok.lower not in lang.titles or left is None:
        return False
    if len(right.text.rstrip(".")) == 1 and right.text[0].isupper():
        return True  # a middle initial follows: the title word is the given name
    if left.lower in lang.titles and left.lower not in lang.honorifics:
        return False
    return (
        (left.is_word and not left.is_cap) or left.lower in lang.honorifics or name_evidence(left, lang) == 2
    )


def _body_word(tok: Token, lang: Language) -> bool:
    """Does the trained lexicon know the word as a place or a body more than as a person ("Gerindra")?"""
    counts = lang.lexicon.get(tok.lower)
    return counts is not None and counts[1] + counts[2] > counts[0]


def _person_word(tok: Token, lang: Language) -> bool:
    """Does the trained lexicon know the word only as a person's name ("Mohammad")?"""
    counts = lang.lexicon.get(tok.lower)
    return counts is not None and counts[0] >= 3 and counts[1] + counts[2] == 0


def _owner_tokens(art: Article, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``; a span that ends right before the "'s" of a word ("Donald Trump" of
    "Donald Trump's claim that A") keeps that word without its "'s" (the owner is the speaker)."""
    first, last = art.token_range(start, end)
    toks = art.toks[first:last]
    i = art.first_token(end)  # (the first token at or after the end: the word before it may hold the "'s")
    word = art.toks[i - 1] if 0 < i <= len(art.toks) else None
    if word is None or not (word.start < end < word.end) or not word.is_word:
        return toks
    suffix = word.text[end - word.start :]
    if suffix.casefold() not in art.lang.grammar.possessives:
        return toks
    return [*toks, _owner_part(word, end - word.start)]


def _without_possessive(toks: list[Token], lang: Language) -> list[Token]:
    """A phrase that ends in a name with "'s" ("President Obama's") as its owner ("President Obama"): the
    owner is the one the phrase names; "He's" is a pronoun and a verb, left as it is."""
    last = toks[-1] if toks else None
    if last is None or not last.is_cap:
        return toks
    for ending in lang.grammar.possessives:
        cut = len(last.text) - len(ending)
        if cut >= 2 and last.lower.endswith(ending) and last.lower[:cut] not in lang.pronouns:
            return [*toks[:-1], _owner_part(last, cut)]
    return toks


def _owner_part(word: Token, cut: int) -> Token:
    """The first ``cut`` characters of ``word`` as a token of their own: the owner without its "'s"."""
    return Token(word.text[:cut], word.start, word.start + cut, word.lower[:cut], True, word.is_cap, False)


def _strip(toks: list[Token]) -> list[Token]:
    """The phrase without the marks around it (commas, quotation marks), its parentheses kept."""
    while toks and not toks[0].is_word and toks[0].text != "(":
        toks = toks[1:]
    while toks and not toks[-1].is_word and toks[-1].text != ")":
        toks = toks[:-1]
    return toks


def _kind_without_name(toks: list[Token], lang: Language) -> str:
    """The kind of a phrase with no person's name in it, from its head words: a country (by the language's
    list, or its government), a place ("Desa Sukamaju", "Trump Tower"), an organisation ("Dinas
    Pendidikan", "Budget Office", "KPK"), an unnamed person ("one party activist"), or one word typed by
    the lexicon."""
    if _names_nothing(toks, lang):
        return "unnamed"
    words = [t.lower for t in toks if t.is_word]
    inner = _without_parentheses(toks)
    plain = words if inner is toks else [t.lower for t in inner if t.is_word]
    low = " ".join(plain)
    if low in lang.countries or (
        plain and plain[0] in lang.grammar.government_words and " ".join(plain[1:]) in lang.countries
    ):
        return "country"
    if low in lang.capitals or (words and words[0] in lang.place_heads):
        return "place"  # "Pyongyang" (which speaks for its country), "Desa Sukamaju"
    last = words[-1] if words else ""
    person_head = last in lang.unnamed_heads and last not in lang.org_heads
    if lang.grammar.head_final and len(words) > 1 and person_head:
        return "unnamed"  # "one party activist": a person, whatever body comes first
    heads = words[:2] + words[-1:] if lang.grammar.head_final else words[:2]  # "Budget Office"
    if any(w in lang.org_heads for w in heads) or (toks and is_acronym(toks[0].text)):
        return "organization"
    if lang.grammar.head_final and len(words) > 1 and last in lang.place_heads and _all_capitalised(toks):
        return "place"  # "Trump Tower", "Orange County": the head word comes last
    if len(toks) == 1 and toks[0].is_cap:
        return _word_kind(toks[0], lang)
    return "unnamed"


def _names_nothing(toks: list[Token], lang: Language) -> bool:
    """Is the phrase a term ("APBN", "Pemilu"), a currency or a time zone ("USD", "WIB") alone, or garbled
    text (``garbled``)? Capitalised or not, it is no body's and no place's name."""
    if len(toks) == 1 and (toks[0].lower in lang.terms or toks[0].lower in lang.currencies):
        return True
    return any(t.is_word and garbled(t.text) for t in toks)


# UTF-8 read as Latin-1 ("Ù\x85Ù", "Â±" for "±", "â€" of "’"): a lead byte's letter, then a continuation
# byte's character, or a C1 control
_MOJIBAKE: Final = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u20ac]|[\u0080-\u009f]")


def garbled(word: str) -> bool:
    """Is ``word`` no word of any language: mis-decoded bytes ("ØªÙ", "Â±") or one letter outside ASCII ("Ù"
    alone, where an initial would be "M")?"""
    if word.isascii():
        return False
    return len(word.rstrip(".")) == 1 or _MOJIBAKE.search(word) is not None


def _all_capitalised(toks: list[Token]) -> bool:
    """Is every word of the phrase capitalised, as in a proper name ("Madison Square Garden")?"""
    return all(t.is_cap for t in toks if t.is_word)


def _word_kind(tok: Token, lang: Language) -> str:
    """The kind of one capitalised word alone: a person's name, a place or a body as the trained lexicon
    knows it, or no name at all (a title, a date word). A country is a country only by the language's list:
    "Harvard", a place to the lexicon, is no country; "Said", as often a given name, is a person."""
    w = tok.lower
    if w in lang.known_bodies or _web_name(w):
        return "organization"  # "Politico", "Infowars.com": a news site, a platform, a pollster
    if w in lang.titles or w in lang.stop_words or w in lang.weekdays or w in lang.months:
        return "unnamed"
    counts = lang.lexicon.get(w)
    if not counts and w.startswith(lang.grammar.verb_like_starts):
        return "unnamed"
    if not counts or counts[0] >= counts[1] + counts[2]:
        return "person" if name_evidence(tok, lang) == 2 else "unnamed"
    per, plc, org, outside = counts
    if plc < org:
        return "organization"
    if per >= 3 and per * PERSON_OVER_PLACE >= plc + org and outside <= per and name_evidence(tok, lang) == 2:
        return "person"
    return "place"


def _web_name(word: str) -> bool:
    """Is ``word`` a site's name written as its address ("infowars.com", "factcheck.org")?"""
    dot = word.rfind(".")
    return dot > 1 and word[dot + 1 :] in DOMAIN_LABELS


def _without_parentheses(toks: list[Token]) -> list[Token]:
    """The tokens outside parentheses, the brackets left out too."""
    if not any(is_bracket(t) for t in toks):
        return toks  # (most phrases have none: no depths to count)
    return [t for t, d in zip(toks, depths(toks, clamp=True), strict=True) if not d and not is_bracket(t)]


# per language: the phrase -> its mentions at offset 0 in each context it was met in (``_Described``): phrases
# recur a lot. (A table per language: no language in the key to hash; the phrase alone as the key: a string
# is hashed and compared faster than a tuple.)
_DESCRIBED: Final[dict[Language, dict[str, _Described]]] = {}
_DESCRIBED_MAX: Final = 100_000
_CONTEXTS_MAX: Final = 16  # contexts kept per phrase: a few in practice; past this, the newest replaces them


class _Described:
    """The mentions of a phrase at offset 0 in one context: what of the character before it counts
    (``_context_before``), what of the text after it counts (``_context_after``), whether it opens a
    sentence. The characters around are part of it because the tokens of the phrase depend on them ("Jr."
    before a space); ``next_context`` is the entry of the same phrase in another context (at most
    ``_CONTEXTS_MAX`` of them)."""

    __slots__ = ("after", "before", "contexts", "mentions", "next_context", "opens")

    def __init__(
        self, before: str, after: str, opens: bool, mentions: list[Mention], next_context: _Described | None
    ) -> None:
        self.before = before
        self.after = after
        self.opens = opens
        self.mentions = mentions
        self.next_context = next_context
        self.contexts: int = 1 if next_context is None else next_context.contexts + 1

    def find(self, before: str, after: str, opens: bool) -> _Described | None:
        """The entry of this phrase in the context given, if it was met in it."""
        entry: _Described | None = self
        while entry is not None and (entry.before != before or entry.after != after or entry.opens != opens):
            entry = entry.next_context
        return entry


def describe(art: Article, start: int, end: int) -> list[Mention]:
    """Describe the speaker phrase ``art.text[start:end]``: one mention, or several joined by "dan"."""
    text = art.text
    memo = _DESCRIBED.get(art.lang)
    if memo is None:
        memo = _DESCRIBED[art.lang] = {}
    before, after = _context_before(text, start), _context_after(text, end)
    opens = _starts_sentence(text, start)
    phrase = text[start:end]
    first = memo.get(phrase)
    cached = first.find(before, after, opens) if first is not None else None
    if cached is None:
        if len(memo) >= _DESCRIBED_MAX:
            memo.clear()
            first = None
        if first is not None and first.contexts >= _CONTEXTS_MAX:
            first = None
        found = _describe(art, start, end)
        memo[phrase] = _Described(before, after, opens, [_shift(m, -start) for m in found], first)
        return found  # (fresh: the cache holds copies)
    return [_shift(m, start) for m in cached.mentions]


def _context_before(text: str, start: int) -> str:
    """What of the character before a phrase its tokens can depend on, for ``describe``'s key: a word
    character or a mark that may join a word (the word before may run on into the phrase), "/", "@" or ":"
    (the phrase may go on a web address, ``tokens._glued_stop``); any other character only as a break, one
    for all: "(Budi" and " Budi" share one entry."""
    if start <= 0:
        return ""
    o: i64 = ord(text[start - 1])  # (by code point, as the tokeniser reads: compiled, no method call)
    if _joining_mark(o) or o == 47 or o == 64 or o == 58:  # . - ' ’ / @ :
        return text[start - 1]
    return text[start - 1] if _word_character(text, start - 1, o) else " "


def _context_after(text: str, end: int) -> str:
    """What of the text after a phrase its tokens can depend on, for ``describe``'s key: the two characters
    after it where the phrase ends in a mark that may join a word or one follows ("Jr." keeps its period
    before a space only; "'s", "-"); a word character (the phrase's last word goes on); any other character
    only as a break, one for all: a space, a comma or a bracket end the last word alike: "Budi," and "Budi)"
    share one entry."""
    if end >= len(text):
        return ""
    o: i64 = ord(text[end])  # (by code point, as the tokeniser reads: compiled, no method call)
    if _joining_mark(o) or (end > 0 and _joining_mark(ord(text[end - 1]))):
        return text[end : end + 2]
    return text[end] if _word_character(text, end, o) else " "


def _joining_mark(o: i64) -> bool:
    """Is code point ``o`` a mark that may join the parts of a word (``tokens.INNER``: . - ' ’)?"""
    return o == 46 or o == 45 or o == 39 or o == 0x2019


def _word_character(text: str, at: int, o: i64) -> bool:
    """Is ``text[at]`` (code point ``o``) a word character, as the tokeniser reads one (``\\w``)?"""
    return ascii_word(o) or (o > 127 and text[at].isalnum())


def _shift(m: Mention, by: int) -> Mention:
    """A copy of ``m`` moved by ``by`` characters: the cache keeps mentions at offset 0."""
    return Mention(
        m.start + by, m.end + by, m.text, m.name, m.kind, m.role,
        None if m.name_start is None else m.name_start + by,
        None if m.name_end is None else m.name_end + by,
        m.alias, m.rank, m.aliases,
    )  # fmt: skip


def _describe(art: Article, start: int, end: int) -> list[Mention]:
    """``describe`` without the cache: a relative clause's "who" set aside, the article ("a", "the") and the
    age read off, then the phrase's mentions."""
    text, lang = art.text, art.lang
    toks = _without_possessive(_strip(_owner_tokens(art, start, end)), lang)
    relative = len(toks) > 1 and toks[-1].lower in lang.grammar.relatives
    before = (toks[-2].start if toks[-2].text == "," else toks[-2].end) if relative else start
    if before > start:
        # "Ed Rendell, who", "voters who": the name before "who" (the mention keeps it)
        found = _describe(art, start, before)
        for m in found[-1:]:
            m.end, m.text = toks[-1].end, text[m.start : toks[-1].end]
        return found
    toks, indefinite = _without_article(toks, lang)
    if not toks:
        return []
    if indefinite and len(toks) == 1 and toks[0].lower in lang.generic_persons:
        phrase = text[toks[0].start : toks[0].end]  # "a spokesman said": someone new, unnamed
        return [Mention(toks[0].start, toks[0].end, phrase, phrase, "unnamed")]
    if len(toks) > 2 and toks[0].lower in lang.generic_persons and toks[1].lower in lang.grammar.origin_links:
        s, e = toks[0].start, toks[-1].end  # "perempuan asal Depok": the woman just named
        phrase = text[s:e]
        if indefinite:
            return [Mention(s, e, phrase, phrase, "unnamed")]
        return [Mention(s, e, phrase, None, "anaphor", role=phrase)]
    aged = ends_in_age(toks)
    if aged:
        toks = toks[:-3]  # "Sutrisno (52)": an age, not part of the name
    return _describe_named(art, toks, aged)


def _describe_named(art: Article, toks: list[Token], aged: bool) -> list[Mention]:
    """The mentions of a phrase read without its article and its age: an alias in parentheses, a
    possessive body, several people, or one name with its role."""
    text, lang = art.text, art.lang
    toks, alias, alias_start = _trailing_alias(toks, lang)
    if alias and _initials_of(toks, alias, lang):  # "berinisial I (Iskandar)": the name is in parentheses
        return [_initials_mention(text, toks, alias, alias_start)]
    named, toks = _alias_after_marker(text, toks, lang)
    if named and not alias:
        alias = named
    # a body's initials after the phrase ("... Indonesia's Strategic Development Initiatives (CISDI)"): the
    # possessive is inside the body's name
    possessed = None if alias and is_acronym(alias) else _after_possessive(art, toks)
    if possessed is not None:
        return possessed
    shared = _shared_title(text, toks, lang)
    if shared:
        return shared
    joined = _joined(text, toks, lang)
    if joined is not None:
        return joined
    if aged and len(toks) <= 4 and all(t.is_cap and t.is_word for t in toks):
        # a capitalised name with an age is a person's name, even "Amanah (40)" or "Bahagia (45)"
        s, e = toks[0].start, toks[-1].end
        return [Mention(s, e, text[s:e], " ".join(t.text for t in toks), "person", None, s, e)]
    affiliated = _people_of_bodies(text, toks, lang)
    if affiliated:
        return affiliated
    found = _describe_one(text, toks, lang)
    _drop_article(found, toks, lang)
    if alias and found and found[0].kind in ("person", "organization", "country", "anaphor"):
        found[0].alias = alias
        found[0].aliases = (alias,)
    return found


def _joined(text: str, toks: list[Token], lang: Language) -> list[Mention] | None:
    """The mentions of a phrase that joins several speakers ("Senator Lisa Moreno and Representative Tom
    Hale", "Rusia dan Korea Utara"); None when it names one."""
    conjunctions = lang.grammar.conjunctions
    if not any(t.lower in conjunctions for t in toks):
        return None  # (most phrases: no conjunction, nothing to split at)
    people = _split_people(text, toks, lang)
    if len(people) > 1:  # each person named in their own words, all mentioned by the whole phrase
        found = [m for part in people for m in _describe_one(text, part, lang)]
        for m in found:
            m.start, m.end, m.text = toks[0].start, toks[-1].end, text[toks[0].start : toks[-1].end]
        return found
    parts = _split_conjoined(toks, lang)
    if len(parts) > 1:
        return [m for part in parts for m in _describe_one(text, part, lang)]
    return None


def _people_of_bodies(text: str, toks: list[Token], lang: Language) -> list[Mention]:
    """ "Ted Cruz of Texas and Marco Rubio of Florida", "experts Ann Lee and Bo Tan of the Institute":
    each part joined by a conjunction a person, one of them at least of a body (``_person_of_body``), all
    mentioned by the whole phrase; [] when a part is no person or none has a body."""
    links = lang.grammar.affiliation_links
    if not links or not any(t.lower in links for t in toks):
        return []  # (most phrases: no part can be of a body)
    parts: list[list[Token]] = [[]]
    for tok in toks:
        if tok.lower in lang.grammar.conjunctions:
            parts.append([])
        else:
            parts[-1].append(tok)
    found: list[Mention] = []
    affiliated = False
    for part in parts:
        while part and part[-1].text == ",":
            part = part[:-1]
        person = _person_of_body(text, part, lang) if part else None
        affiliated = affiliated or person is not None
        if person is None and len(parts) > 1 and part:
            alone = _describe_one(text, part, lang)  # "experts Ann Lee and Bo Tan of the Institute"
            person = alone[0] if len(alone) == 1 and alone[0].kind == "person" else None
        if person is None:
            return []
        found.append(person)
    if not affiliated:
        return []
    if len(found) > 1:
        for m in found:
            m.start, m.end, m.text = toks[0].start, toks[-1].end, text[toks[0].start : toks[-1].end]
    return found


def _person_of_body(text: str, toks: list[Token], lang: Language) -> Mention | None:
    """ "Jeffrey Lewis of the Middlebury Institute", "Ann Lee for Reuters": a person's name, an affiliation
    link and the capitalised body they speak from. The person is the speaker; the phrase is the mention.
    None for any other phrase ("Secretary of State Colin Powell": a title before the link)."""
    for link, tok in enumerate(toks):
        if link >= 2 and tok.lower in lang.grammar.affiliation_links:
            person = _affiliated(text, toks, link, lang)
            if person is not None:
                return person
    return None


def _affiliated(text: str, toks: list[Token], link: int, lang: Language) -> Mention | None:
    """The person named before the affiliation link ``toks[link]`` when a capitalised body follows it."""
    body = toks[link + 1 :]
    if body and body[0].lower in lang.grammar.definite_articles:
        body = body[1:]
    if not body or not all(t.is_cap or not t.is_word or t.lower in lang.grammar.links for t in body):
        return None
    found = _describe_one(text, toks[:link], lang)
    person = found[0] if len(found) == 1 else None
    if person is None or person.kind != "person" or person.name_end != toks[link - 1].end:
        return None
    person.end, person.text = toks[-1].end, text[toks[0].start : toks[-1].end]
    return person


def _without_article(toks: list[Token], lang: Language) -> tuple[list[Token], bool]:
    """The phrase without a leading "a" (and whether there was one) or a "the" before a name ("the White
    House", "the Congressional Budget Office")."""
    indefinite = False
    if toks and toks[0].lower in lang.grammar.leading_drops and len(toks) > 1:
        toks, indefinite = toks[1:], True
    if len(toks) > 1 and toks[0].lower in lang.grammar.definite_articles and toks[1].is_cap:
        toks = toks[1:]
    return toks, indefinite


def _trailing_alias(toks: list[Token], lang: Language) -> tuple[list[Token], str | None, int]:
    """(the words before it, the short form, where it starts) of a name followed by a short form in
    parentheses: "(BPS)", "(Bamsoet)", "(Gus Ipul)"; a body word in parentheses is dropped but no alias
    ("(Gerindra)": the party, not another name)."""
    if len(toks) >= 4 and toks[-1].text == ")" and toks[-3].text == "(" and toks[-2].is_cap:
        if toks[-2].text.isupper() or not _body_word(toks[-2], lang):
            return toks[:-3], toks[-2].text, toks[-2].start
        return toks[:-3], None, 0
    if (
        len(toks) >= 5
        and toks[-1].text == ")"
        and toks[-4].text == "("
        and toks[-3].is_cap
        and toks[-2].is_cap
    ):
        return toks[:-4], f"{toks[-3].text} {toks[-2].text}", toks[-3].start  # "Saifullah Yusuf (Gus Ipul)"
    return toks, None, 0


def _initials_mention(text: str, toks: list[Token], alias: str, alias_start: int) -> Mention:
    """A person written by initials with the name in parentheses: "berinisial AS (Adi Santoso)"."""
    a = alias_start
    b = a + len(alias) if text[a : a + len(alias)] == alias else text.index(")", a)
    initials = " ".join(t.text for t in toks)
    phrase = text[toks[0].start : b + 1]
    return Mention(toks[0].start, b + 1, phrase, text[a:b], "person", None, a, b, initials, None, (initials,))


def _drop_article(found: list[Mention], toks: list[Token], lang: Language) -> None:
    """ "The company denied ...": the body is "company", the mention keeps "The"."""
    if not found or toks[0].lower not in lang.grammar.definite_articles:
        return
    m = found[0]
    if m.kind in ("organization", "unnamed") and m.name and m.name.casefold().startswith(toks[0].lower + " "):
        m.name = m.name[len(toks[0].text) + 1 :]


def _initials_of(toks: list[Token], alias: str, lang: Language) -> bool:
    """Are ``toks`` a person's initials ("I", "AS") and ``alias`` the name they stand for ("Iskandar", "Adi
    Santoso"), not a body's initials before its name ("KPK (Komisi ...)")?"""
    if not toks or len(toks) > 2 or not all(len(t.text) <= 3 and t.text.isupper() for t in toks):
        return False
    words = alias.split()
    if any(w.casefold() in lang.org_heads or _word_evidence(w, lang) != 2 or is_acronym(w) for w in words):
        return False
    letters = "".join(t.text for t in toks)
    return letters[0] == words[0][0] and len(letters) <= len(words) + 1


def _alias_after_marker(text: str, toks: list[Token], lang: Language) -> tuple[str | None, list[Token]]:
    """("Gus Ipul", the words before) of "Saifullah Yusuf alias Gus Ipul" or "... yang akrab disapa Cak
    Imin": the name after the marker is another name of the person before it."""
    data = role_data(lang.code)
    if not _has_marker_start(toks, data):
        return _nickname_after_marker(text, toks, data)  # (most phrases: no marker word at all)
    words = [t.lower for t in toks]
    for marker in data.alias_markers:
        n = len(marker)
        for i in range(1, len(words) - n):
            if tuple(words[i : i + n]) == marker:
                after = _strip(toks[i + n :])
                while after and not after[-1].is_cap:
                    after = after[:-1]  # "... dipanggil Anne Purba itu": the demonstrative is no name
                before = _strip(toks[:i])
                if after and before and len(after) <= 4:
                    return text[after[0].start : after[-1].end], before
    return _nickname_after_marker(text, toks, data)


def _nickname_after_marker(text: str, toks: list[Token], data: RoleData) -> tuple[str | None, list[Token]]:
    """("Gus Dur", the words before) of "Abdurrahman Wahid atau Gus Dur": after "atau" (or), a name that opens
    with a nickname's honorific is another name of the person before it; any other name is someone else."""
    for i in range(1, len(toks) - 2):
        if toks[i].lower in data.nickname_markers and toks[i + 1].lower in data.nickname_openers:
            after, before = toks[i + 1 :], _strip(toks[:i])
            if before and before[-1].is_cap and len(after) <= 3 and all(t.is_cap for t in after):
                return text[after[0].start : after[-1].end], before
    return None, toks


def _has_marker_start(toks: list[Token], data: RoleData) -> bool:
    """Does a word after the first open an alias marker ("alias", "akrab")? (No list of the words built for
    the many phrases without one.)"""
    return any(toks[i].lower in data.alias_marker_starts for i in range(1, len(toks)))


def _after_possessive(art: Article, toks: list[Token]) -> list[Mention] | None:
    """A phrase opened by a possessive body ("the Pentagon's top adviser", "Apple's Tim Cook"): the words
    after it say who speaks - an unnamed speaker of that body with the role written after it, or the person
    named there. The body's name with "'s" is never a person's name. None when the phrase opens otherwise."""
    text, lang = art.text, art.lang
    if not lang.grammar.possessives:
        return None  # (no possessive endings in this language's data)
    if len(toks) > 2 and toks[0].lower in lang.grammar.definite_articles:
        toks = toks[1:]  # "the company's chief financial officer"
    owner = _owner_end(toks, lang)
    if owner < 0:
        return None
    rest = _strip(toks[owner + 1 :])
    if not rest:
        return None
    s, e = toks[0].start, toks[-1].end
    found = _describe(art, rest[0].start, rest[-1].end)
    if len(found) != 1:
        return None
    m = found[0]
    if m.kind == "person" and m.name:  # "Trump's lawyer, Michael Cohen": the role is the lawyer of Trump
        role = text[s : text.index(m.role, rest[0].start) + len(m.role)] if m.role else None
        return [Mention(s, e, text[s:e], m.name, "person", role, m.name_start, m.name_end, m.alias, m.rank)]
    if _person_head(rest[-1], lang):  # "top adviser", "chief financial officer": someone of that body
        return [Mention(s, e, text[s:e], text[s:e], "unnamed", text[rest[0].start : rest[-1].end])]
    return None  # "O'Malley's campaign", "Clinton's victories": the phrase as a whole


OWNER_WORDS: Final = 4  # "Hillary Clinton's", "the White House's": the owner's name before "'s"


def _owner_end(toks: list[Token], lang: Language) -> int:
    """The index of the word with "'s" that ends the owner opening the phrase ("Apple's", "Hillary
    Clinton's": a capitalised name before it), or -1 when the phrase does not open with an owner."""
    for k, t in enumerate(toks[: min(OWNER_WORDS, len(toks) - 1)]):
        if not t.is_word:
            return -1
        if t.text.endswith(lang.grammar.possessives):
            return k
        if not t.is_cap:
            return -1
    return -1


def _person_head(tok: Token, lang: Language) -> bool:
    """Does the word name a person by office or part ("adviser", "spokesman", "officials"), not a body?"""
    low = tok.lower
    person = low in lang.titles or low in lang.role_heads or low in lang.unnamed_heads
    return (person or low in lang.generic_persons) and low not in lang.org_heads


PLURAL_TITLE_REACH: Final = 3  # "U.S. Senators", "Democratic Senators": the modifiers before a plural title


def _shared_title(text: str, toks: list[Token], lang: Language) -> list[Mention]:
    """ "Senators Lisa Moreno and Tom Hale", "Democratic Senators A, B and C": a title in the plural before
    conjoined names is each person's own title ("Senator", "Democratic Senator"). Empty when the phrase
    opens otherwise or a part is not a person's name."""
    if not lang.plural_titles:
        return []  # (Indonesian has none: no phrase to read)
    p = next((k for k, t in enumerate(toks[:PLURAL_TITLE_REACH]) if t.lower in lang.plural_titles), -1)
    if p < 0 or not all(t.is_cap for t in toks[:p]):
        return []
    parts = _split_conjoined(toks[p + 1 :], lang)
    if len(parts) < 2:
        return []
    singular = lang.plural_titles[toks[p].lower]
    if toks[p].is_cap:
        singular = singular[:1].upper() + singular[1:]
    role = " ".join([text[toks[0].start : toks[p - 1].end], singular]) if p else singular
    found = [m for part in parts for m in _describe_one(text, part, lang)]
    if any(m.kind != "person" or not m.name or m.role for m in found):
        return []
    s, e = toks[0].start, toks[-1].end
    for m in found:
        m.start, m.end, m.text, m.role = s, e, text[s:e], role
    return found


def _split_people(text: str, toks: list[Token], lang: Language) -> list[list[Token]]:
    """ "Senator Lisa Moreno and Representative Tom Hale", "Menteri Keuangan Sri Mulyani dan Gubernur BI
    Perry Warjiyo": two people, each named with the role written before their own name. The words before
    the conjunction must end in a person's name ("Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono" is
    one person) and those after it must name a person too, with or without a role ("Presiden Joko Widodo
    dan Iriana")."""
    data = role_data(lang.code)
    for j in range(1, len(toks) - 1):
        if toks[j].lower not in lang.grammar.conjunctions:
            continue
        left, right = _strip(toks[:j]), _strip(toks[j + 1 :])
        if not left or not right or not right[0].is_cap or not _ends_in_name(left, lang, data):
            continue
        if _one_person(text, left, lang, 2) and _one_person(text, right, lang, 1):
            return [left, right]
    return [toks]


def _ends_in_name(toks: list[Token], lang: Language, data: RoleData) -> bool:
    """Is the last word a person's name word, not a role, a unit or a body's initials?"""
    last = toks[-1]
    return (
        is_name_word(last, lang)
        and not _is_start(last, lang, data)
        and last.lower not in data.role_tail_words
        and not is_acronym(last.text)
    )


def _one_person(text: str, toks: list[Token], lang: Language, words: int) -> bool:
    """Do these words name one person, by a name of at least ``words`` words?"""
    found = _describe_one(text, toks, lang)
    return (
        len(found) == 1
        and found[0].kind == "person"
        and found[0].name is not None
        and len(found[0].name.split()) >= words
    )


def _split_conjoined(toks: list[Token], lang: Language) -> list[list[Token]]:
    """ "Rusia dan Korea Utara" -> two phrases; "Badan Riset dan Inovasi" stays one."""
    if not any(t.lower in lang.grammar.conjunctions for t in toks):
        return [toks]  # (most phrases: nothing to cut at)
    cuts = [i for i, t in enumerate(toks) if t.lower in lang.grammar.conjunctions or t.text == ","]
    parts, prev = [], 0
    for i in [*cuts, len(toks)]:
        parts.append(toks[prev:i])
        prev = i + 1
    parts = [p for p in parts if p]
    for p in parts:
        if not p[0].is_cap or any(t.lower in lang.org_heads for t in p):
            return [toks]
        if _name_run(p, lang) != 0 and _kind_without_name(p, lang) not in ("country", "place"):
            return [toks]  # "Menteri Kelautan dan Perikanan": a title is not a second speaker
    return parts


def _describe_one(text: str, toks: list[Token], lang: Language) -> list[Mention]:
    """One speaker's phrase: a pronoun or an anaphor, a name with its role, or a body, place or unnamed
    person."""
    s, e = toks[0].start, toks[-1].end
    phrase = text[s:e]
    reference = _reference(text, toks, phrase, lang)
    if reference is not None:
        return [reference]
    if _group_word(toks, lang):
        return [Mention(s, e, phrase, phrase, "unnamed")]
    cut = _name_run(toks, lang)
    if cut < len(toks):
        return [_named(text, toks, cut, lang)]
    return [Mention(s, e, phrase, phrase, _kind_without_name(toks, lang))]


def _group_word(toks: list[Token], lang: Language) -> bool:
    """ "Officials said", "Critics say": one capitalised word for a group of unnamed people (capitalised
    because it opens the sentence) is nobody's name, unless the lexicon saw it as one ("Hakim")."""
    low = toks[0].lower
    if len(toks) != 1 or low not in lang.unnamed_heads or low in lang.org_heads:
        return False
    counts = lang.lexicon.get(low)
    return not counts or not counts[0]


def _reference(text: str, toks: list[Token], phrase: str, lang: Language) -> Mention | None:
    """A pronoun ("ujarnya", "he") or an anaphor ("the senator", "Pria", "pejabat itu") that points back
    at someone named before; None when the phrase (``toks``, written ``phrase``) is neither."""
    s, e = toks[0].start, toks[-1].end
    low = phrase.casefold()
    if low in lang.pronouns or low in lang.reference_cues:
        return Mention(s, e, phrase, None, "pronoun")
    last = toks[-1]
    if (
        len(toks) == 2
        and not last.is_cap
        and last.lower in lang.pronouns
        and toks[0].lower not in lang.titles
    ):
        # "Seketika ia": a capitalised adverb opening the sentence before the pronoun
        return Mention(last.start, e, text[last.start : e], None, "pronoun")
    if (
        len(toks) > 1
        and toks[0].lower in lang.grammar.definite_articles
        and not toks[-1].is_cap
        and toks[-1].lower not in lang.unnamed_heads
        and toks[-1].lower not in lang.org_heads
    ):  # "the senator", "the Republican presidential nominee", "the gambling tycoon": someone named before
        return Mention(s, e, phrase, None, "anaphor", role=text[toks[1].start : e])
    if len(toks) == 1 and low in lang.generic_persons:
        # "Pria yang ... mengaku": the man the text has just named
        return Mention(s, e, phrase, None, "anaphor", role=phrase)
    if (
        toks[-1].lower in lang.grammar.demonstratives
        and len(toks) > 1
        and toks[0].lower not in lang.grammar.plurals
        and (not toks[0].is_cap or not any(t.lower in lang.grammar.prepositions for t in toks))
    ):
        return Mention(s, e, phrase, None, "anaphor", role=text[s : toks[-2].end])
    return None


def _named(text: str, toks: list[Token], cut: int, lang: Language) -> Mention:
    """The phrase whose words from ``cut`` on can be a name: a person with a role and a rank ("Kapolres
    Bogor AKBP Rio Wahyu Anggoro"), or a body or a place whose name ends in name-like words."""
    s, e = toks[0].start, toks[-1].end
    phrase = text[s:e]
    data = role_data(lang.code)
    cut = _role_tail(toks, cut, lang, data)
    role_toks, rank_toks, name_toks = _split_rank(_role_before(toks[:cut], lang, data), toks[cut:], data)
    while len(role_toks) > 1 and _honorific_of_name(role_toks[-1], lang, data):
        role_toks = role_toks[:-1]  # "Kapolsek Cibeber Pak": an honorific goes with the name
    courtesy = len(role_toks) == 1 and role_toks[0].lower.rstrip(".") in data.courtesy_titles
    if courtesy:
        role_toks = []  # "Pak Andre", "Mr. Smith": a courtesy is no role ("Sen." is one)
    name = " ".join(t.text.rstrip(".") if len(t.text) == 2 else t.text for t in name_toks if t.text != ".")
    role_toks = _role_span(role_toks, lang, data)
    titled = not role_toks and (courtesy or bool(rank_toks))  # "Pak Indah", "Irjen Said": a person
    body = "" if titled else _body_kind(role_toks, name_toks, lang)
    if body:
        return Mention(s, e, phrase, phrase, body)
    if role_toks and _unit_and_place(name_toks, lang):
        return Mention(s, e, phrase, phrase, "unnamed")  # "Kepala BPB Linmas Surabaya": the role holder
    if role_toks and _starts_sentence(text, role_toks[0].start) and _common_lead(role_toks, lang, data):
        role_toks = []  # "Pembahasan RUU Cipta Kerja", "Selain itu Anies": words before a name, no role
    role = text[role_toks[0].start : role_toks[-1].end] if role_toks else None
    rank = text[rank_toks[0].start : rank_toks[-1].end] if rank_toks else None
    return Mention(s, e, phrase, name, "person", role, name_toks[0].start, name_toks[-1].end, rank=rank)


def _honorific_of_name(tok: Token, lang: Language, data: RoleData) -> bool:
    """Does the honorific ``tok`` right before a name go with the name rather than the role? In Indonesian
    every one does ("Kapolsek Cibeber Pak Andre"); in English only a courtesy ("the late Mr. Smith"): the
    title of "Texas Gov. Greg Abbott" ends the role "Texas Gov."."""
    low = tok.lower.rstrip(".")
    return low in lang.honorifics and (not lang.grammar.head_final or low in data.courtesy_titles)


_SENTENCE_MARKS: Final = '\n.!?"\u201d:'


def _starts_sentence(text: str, pos: int) -> bool:
    """Does the word at ``pos`` open a sentence or a line (read from the two characters before it; for a
    phrase's first word, ``describe``'s cache key holds the answer)?"""
    if pos == 0:
        return True
    o: i64 = ord(text[pos - 1])  # (by code point: compiled, no one-character string and no search)
    if o == 32 and pos >= 2:
        o = ord(text[pos - 2])  # (one space after the mark)
    return o == 10 or o == 46 or o == 33 or o == 63 or o == 34 or o == 0x201D or o == 58  # _SENTENCE_MARKS


def _common_lead(role_toks: list[Token], lang: Language, data: RoleData) -> bool:
    """Are the words before a name (opening a sentence) no role but the sentence's own: no word of them
    opens a role and the first is a common word to the lexicon ("Pembahasan RUU", "Ibadah", "Selain itu"),
    not an unknown title or office ("Wadir Penindakan ...") or the tail of a longer role cut at a comma
    ("[bidang Agraria,] Tata Ruang dan Kawasan")?"""
    if len(role_toks) > 3 or not role_toks[0].is_cap:
        return False  # (a lower-case description is a role: "salah satu pengungsi, Maria")
    low = role_toks[0].lower.rstrip(".")
    counts = lang.lexicon.get(low)
    common = low in lang.stop_words or (
        counts is not None and counts[3] >= 3 and counts[3] >= 3 * (counts[0] + counts[1] + counts[2])
    )
    return common and low not in lang.titles and _role_start(role_toks, lang, data) < 0


def _role_before(toks: list[Token], lang: Language, data: RoleData) -> list[Token]:
    """The words before a name, as a role: none when they end in "dan" ("RK dan Lisa": a second party)."""
    role_toks = _strip(toks)
    if role_toks and role_toks[-1].lower in lang.grammar.conjunctions:
        return []
    return role_toks


def _body_kind(role_toks: list[Token], name_toks: list[Token], lang: Language) -> str:
    """The kind of a phrase that looked like a role and a name but names a body ("Kementerian Luar Negeri
    Rusia": the name run is part of the body's name) or is one word that is no person's name; "" for a
    person."""
    head = role_toks[0].lower if role_toks else ""
    untitled = not any(t.lower in lang.titles for t in role_toks)
    body = bool(role_toks) and head in lang.org_heads and untitled and not _full_name(name_toks, lang)
    if body and not _name_after_place(role_toks, name_toks, lang):
        return "organization"
    if role_toks and head in lang.place_heads and untitled and _place_word(name_toks, lang):
        return "place"  # "Pasar Induk Cipinang", "Gudang Bulog Kelapa Gading": a place's name
    if not role_toks and len(name_toks) == 1:
        kind = _kind_without_name(name_toks, lang)
        if kind != "person":
            return kind
    return ""


def _full_name(name_toks: list[Token], lang: Language) -> bool:
    """Do the words after a body's name open with a known given name and go on: a person whose role lost
    its first word ("[wisudawati] Universitas Kebangsaan Aulia Yasmin Nugraharja")?"""
    return len(name_toks) >= 2 and _given_name(name_toks[0], lang)


def _name_after_place(role_toks: list[Token], name_toks: list[Token], lang: Language) -> bool:
    """Does a body's name end in a country or a place and go on with two or more name words: a person whose
    role lost its lower-case first words ("[pakar epidemiologi] Universitas Indonesia Pandu Riono")?"""
    if role_toks[0].lower in lang.nameless_heads:
        return False  # "PT Roatex Indonesia Tollroad System": a company's name goes on after a place
    placed = _placed(role_toks[-1], lang)
    return placed and len(name_toks) >= 2 and all(name_evidence(t, lang) == 2 for t in name_toks)


def _unit_and_place(name_toks: list[Token], lang: Language) -> bool:
    """Are the "name" words after a role a unit no lexicon knows and the place it serves ("[Kepala BPB]
    Linmas Surabaya", "[Plt Kepala] Bakesbangpol Surabaya"): the rest of the role, no one's name?"""
    if len(name_toks) != 2 or name_toks[0].lower in lang.lexicon:
        return False
    counts = lang.lexicon.get(name_toks[1].lower)
    # a place the lexicon saw often and never in a person's name ("Halim" of "Wahidin Halim" is both)
    return counts is not None and counts[0] == 0 and counts[1] >= PLACE_SEEN and _placed(name_toks[1], lang)


def _placed(tok: Token, lang: Language) -> bool:
    """Is the word a country, or known to the trained lexicon mostly as a place ("Surabaya", "Barat")?"""
    counts = lang.lexicon.get(tok.lower)
    if tok.lower in lang.countries:
        return True
    return counts is not None and counts[1] > counts[0] + counts[2] + counts[3]


def _place_word(name_toks: list[Token], lang: Language) -> bool:
    """Can the "name" after a place's head be the rest of the place's name: one word that is not known as a
    given name ("Cipinang" of "Pasar Induk Cipinang"; not "Aziz" of "Kecamatan Datuk Bandar Aziz", a
    person whose role the phrase has lost)?"""
    return (
        len(name_toks) == 1 and not _given_name(name_toks[0], lang) and not _person_word(name_toks[0], lang)
    )


def _role_tail(toks: list[Token], cut: int, lang: Language, data: RoleData) -> int:
    """Where the name begins once the role has taken back the words that finish it: a region, unit or
    portfolio ("Gubernur Jateng Ahmad Luthfi", "Direktur Jenderal Pajak Bimo Wijayanto"), a unit's number
    ("KPK Wilayah V Dian Patria"), a place after a body's initials ("Ketua DPRD Bantaeng Budi Santoso")."""
    while cut > 0 and len(toks) - cut >= 2:
        tok, left = toks[cut], toks[cut - 1]
        low = tok.lower
        after_unit = left.lower in data.numbered_units and (_roman(tok.text) or tok.text in "IVX")
        coded = (
            any(c.isdigit() for c in tok.text) and any(c.isalpha() for c in tok.text) and tok.text.isupper()
        )
        counts = lang.lexicon.get(low)
        unknown = not counts or counts[0] == 0
        initials = left if left.text != ")" or cut < 2 else toks[cut - 2]  # "BBWS" of "(BBWS) Citarum"
        body_place = (
            len(toks) - cut >= 3
            and unknown
            and is_acronym(initials.text)
            and initials.lower not in lang.honorifics
            and initials.lower not in data.rank_words
            and initials.lower not in data.role_tail_words  # "Sekda DIY Kadarmanta ...": a region is whole
            and not _initial(toks[cut + 1])  # "(IPW) Neta S Pane": a given name before an initial
        )
        known = (low,) in data.abbreviations  # "mahasiswa Teknik Mesin Unpad Fajar Nugroho"
        region = len(toks) - cut >= 3 and _region_of_title(tok, left, lang, data)  # "Bupati Garut Ahmad"
        if low in data.role_tail_words or known or after_unit or coded or body_place or region:
            cut += 1
        else:
            break
    return cut


def _region_of_title(tok: Token, left: Token, lang: Language, data: RoleData) -> bool:
    """Is ``tok``, right after a regional title ("Bupati", "Kapolres"), the region it governs: a word the
    lexicon saw only as a place or a body, never in a person's name ("Garut" of "Bupati Garut Ahmad
    Fauzi")?"""
    if left.lower not in data.regional_titles:
        return False
    counts = lang.lexicon.get(tok.lower)
    return counts is not None and counts[0] == 0 and counts[1] + counts[2] >= 1


def _initial(tok: Token) -> bool:
    """A middle initial: "S" or "H." of "Neta S Pane", "Dradjad H. Wibowo"."""
    return len(tok.text.rstrip(".")) == 1 and tok.text[:1].isupper()


def _split_rank(
    role_toks: list[Token], name_toks: list[Token], data: RoleData
) -> tuple[list[Token], list[Token], list[Token]]:
    """(role, rank, name): a police or military rank or an academic title ends the role words ("Kapolres
    Bogor AKBP", "Kapolri Jenderal (Pol)") or is all of them ("Prof"); a rank's tail may have been read as
    a name ("Mayjen Marinir Freddy")."""
    words = [t.text for t in role_toks]
    for k in range(len(words)):
        n = rank_at(words, k, data)
        if n and k + n == len(words):
            rank = role_toks[k:]
            role = role_toks[:k]
            while role and not role[-1].is_word and role[-1].text != ")":
                role = role[:-1]
            while len(name_toks) > 1 and name_toks[0].lower in data.rank_tails:
                rank, name_toks = [*rank, name_toks[0]], name_toks[1:]
            return role, rank, name_toks
    return role_toks, [], name_toks


def _is_start(tok: Token, lang: Language, data: RoleData) -> bool:
    """Can a role begin with this word: a role's first word ("Wakil"), an office ("Menteri"), a lower-case
    role ("siswa") or an abbreviated office ("Kapolri")?"""
    low = tok.lower.rstrip(".,")
    if "-" in low and low.split("-", 1)[0] in lang.titles:
        return True  # "secretary-general", "attorney-general", "vice-chairman"
    return (
        low in data.role_starts
        or low in lang.role_heads
        or low in data.lower_role_heads  # "salah satu siswa": the role is "siswa"
        or (low,) in data.abbreviations
    )


def _role_span(role_toks: list[Token], lang: Language, data: RoleData) -> list[Token]:
    """The words of the role proper: from the first word that opens a role (capitalised, when one is),
    keeping "mantan" before it; without words glued before it from a headline or the sentence, without
    another person's role before "dan", without a trailing preposition ("... Kota Bogor di")."""
    if not role_toks:
        return role_toks
    if lang.grammar.head_final:  # "Social Affairs Minister": the words before the head are the role's own
        return _trim_tail(role_toks, data)
    s = _role_start(role_toks, lang, data)
    if s < 0:
        if role_toks[0].lower in lang.speaker_stops:
            return []  # "Secara khusus": no role at all
        return _trim_tail(role_toks, data)
    toks = _unrepeated(_own_role(role_toks[s:], lang, data))
    return _trim_tail(toks, data)


def _role_start(role_toks: list[Token], lang: Language, data: RoleData) -> int:
    """Index of the word that opens the role (-1 if none does): the first capitalised role word, or a
    lower-case head right before capitalised words ("anggota Tim Peneliti GeNose"), with "mantan" before
    it. Words inside parentheses do not count: "(Menko IPK)" restates the role."""
    inside = depths(role_toks)
    starts = [i for i, t in enumerate(role_toks) if not inside[i] and _is_start(t, lang, data)]
    if not starts:
        return -1
    capital = [i for i in starts if role_toks[i].text[:1].isupper()]
    s = capital[0] if capital else starts[0]
    lower_head = role_toks[starts[0] : s]
    if s > starts[0] and _body_initials(role_toks[s], lang, data) and _role_words_only(lower_head):
        s = starts[0]  # "juru bicara Kemenkes": the body's initials finish the role written before them
    if s > starts[0] and all(t.text[:1].isupper() for t in role_toks[starts[0] + 1 : s]):
        s = starts[0]
    if s and role_toks[s - 1].lower in data.role_prefixes:
        s -= 1  # "mantan Menteri"
    return s


def _body_initials(tok: Token, lang: Language, data: RoleData) -> bool:
    """Is the word a body's short form ("Kemenkes" for "Kementerian Kesehatan"), no role of its own?"""
    spelt = data.abbreviations.get((tok.lower,))
    return spelt is not None and spelt.split()[0].casefold() in lang.org_heads


def _role_words_only(toks: list[Token]) -> bool:
    """Are these a few lower-case words ("juru bicara"), with no stop and no preposition between?"""
    return 0 < len(toks) <= 3 and all(t.is_word and t.text[:1].islower() for t in toks)


def _own_role(toks: list[Token], lang: Language, data: RoleData) -> list[Token]:
    """ "Menteri Keuangan Sri Mulyani dan Gubernur Bank Indonesia": the second role is this speaker's, when
    a name stands before the "dan"."""
    for j, t in enumerate(toks[:-1]):
        second = toks[j + 1]
        if (
            t.lower in lang.grammar.conjunctions
            and j
            and second.text[:1].isupper()
            and _is_start(second, lang, data)
            and any(_named_between(b, lang, data) for b in toks[1:j])
        ):
            return toks[j + 1 :]
    return toks


def _named_between(tok: Token, lang: Language, data: RoleData) -> bool:
    """Is ``tok`` a person's name word (known so to the lexicon), not a role, unit or acronym?"""
    counts = lang.lexicon.get(tok.lower)
    return (
        is_name_word(tok, lang)
        and not _is_start(tok, lang, data)
        and tok.lower not in data.role_tail_words
        and (tok.lower,) not in data.abbreviations
        and not is_acronym(tok.text)
        and counts is not None
        and counts[0] > 0
    )


def _unrepeated(toks: list[Token]) -> list[Token]:
    """ "Ketua Unit Ketua Unit Komunikasi": a role printed twice, once."""
    for k in range(1, 5):
        if len(toks) >= 2 * k and [t.lower for t in toks[:k]] == [t.lower for t in toks[k : 2 * k]]:
            return toks[k:]
    return toks


def _trim_tail(toks: list[Token], data: RoleData) -> list[Token]:
    """The role without the words and marks that lead on from it ("di", "yang", "saat", a comma)."""
    while toks and (toks[-1].lower in data.role_trailers or (not toks[-1].is_word and toks[-1].text != ")")):
        toks = toks[:-1]
    return toks


_CLAUSE_BREAKS: Final = '.\n"\u201c\u201d:;'


def apposed_role(art: Article, start: int, end: int) -> str | None:
    """The role written next to a name and set off by a comma: "Ketua Asosiasi Petani Garam, Jakfar Sodikin
    mengatakan" or "Bill Adams, kepala ekonom di Comerica Bank, memproyeksikan". None when the words there
    are not a role (a verb, a list of names)."""
    text, lang = art.text, art.lang
    data = role_data(lang.code)
    if text[max(0, start - 2) : start] == ", ":
        floor = max(0, start - 300)
        left = max(floor, max(text.rfind(c, floor, start - 2) for c in _CLAUSE_BREAKS) + 1)
        span, determined = _role_before_comma(_strip(art.tokens(left, start - 2)), lang, data)
        if span and (span[0].text[:1].isupper() or determined) and _plain_role(span, lang):
            return text[span[0].start : span[-1].end]
    if text[end : end + 2] == ", ":
        toks = []
        for t in art.tokens(end + 2, min(len(text), end + 200)):
            if (
                t.text in _CLAUSE_BREAKS
                or t.text == ","
                or (t.text[:1].islower() and (t.lower in lang.all_cues or t.lower in data.event_breaks))
            ):
                break  # "..., Gubernur DKI Jakarta dalam rapat koordinasi ...": the event is not the role
            toks.append(t)
        if toks and _is_start(toks[0], lang, data) and toks[0].lower not in lang.honorifics:
            span = _trim_tail(toks, data)
            if span and _plain_role(span, lang):
                return text[span[0].start : span[-1].end]
    return None


def _role_before_comma(toks: list[Token], lang: Language, data: RoleData) -> tuple[list[Token], bool]:
    """(the role, whether a determiner opened it) of the words set off before a name: "Ketua APGRI", or
    English "a spokesman for the ministry", "Trump's lawyer" (lower case after a determiner or an owner)."""
    if len(toks) > 1 and toks[0].text.endswith(lang.grammar.possessives) and _person_head(toks[-1], lang):
        return toks, True  # "Trump's lawyer": the role is the lawyer of Trump
    determined = len(toks) > 1 and toks[0].lower in lang.grammar.determiners
    span = _role_span(toks[1:] if determined else toks, lang, data)
    if not span:
        return [], False
    if _is_start(span[0], lang, data) or span[0].lower in data.role_prefixes:
        return span, determined
    if determined and lang.grammar.head_final and _is_start(span[-1], lang, data):
        return span, determined  # "the ministry spokesman"
    return [], False


def _plain_role(toks: list[Token], lang: Language) -> bool:
    """Could these words be a role alone: short, with no verb and no second clause?"""
    from kutip.quotes.phrases import looks_like_verb  # (here: that module imports this one)

    if len(toks) > 16:
        return False
    return not any(
        t.text[:1].islower()
        and (looks_like_verb(t.text, lang) or t.lower in lang.all_cues)
        and toks[k].lower not in lang.grammar.prepositions  # "secretary of state": a noun after "of"
        for k, t in enumerate(toks[1:])
    )
