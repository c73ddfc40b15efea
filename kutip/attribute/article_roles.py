"""Roles read from the article around a mention, where the phrase a finder gave was cut short or misread.

A quote's speaker phrase or a run of capitalised words may begin inside a role ("Ketua Umum ... PKB Jazilul
Fawaid" for "Wakil Ketua Umum ..."; "Kepala BPN Hadi Tjahjanto" for "Menteri ATR / Kepala BPN ..."); a
relation ("Pengacara Ridwan Kamil, Muslim Jaya") makes a whole phrase the role of the name after it; a name's
first word may have been read as the end of the role, or a role's last word as the first of the name, which
the article settles where it writes the person's name again on its own ("kata Neta", "ungkap Iola Abas").
"""

from __future__ import annotations

from typing import Final

from kutip.attribute.mention import Mention, describe, is_acronym, name_evidence_of
from kutip.attribute.roles import RoleData, rank_at, role_data
from kutip.lang import Language
from kutip.segment.article import Article
from kutip.segment.tokens import Token

BACK_CHARS: Final = 240  # how far before a mention its role may begin
BACK_WORDS: Final = 24
PAREN_WORDS: Final = 8  # "(Menko IPK)", "(PDI-P)": a short parenthesis inside a role
SINGLE_NAME_KINDS: Final = ("country", "place", "organization")  # how a lone name may have been typed


def widened(art: Article, m: Mention) -> Mention:
    """``m`` read again from where its role begins, when the words just before it continue the role; ``m``
    itself when they do not, or when the wider reading names someone else."""
    lang = art.lang
    if m.kind != "person" or not m.name or m.start == 0:
        return m
    start = role_start(art, m.start)
    if start >= m.start:
        return m
    found = describe(art, start, m.end)
    if not found:
        return m
    wide = _same_name(found[-1], m)
    if wide.kind != "person" or wide.name != m.name or not wide.role or not opens_role(wide.role, lang):
        return m
    if m.role is not None and not (len(wide.role) > len(m.role) and wide.role.endswith(m.role)):
        return m
    wide.rank = wide.rank or m.rank
    if not wide.alias and m.alias:
        wide.alias, wide.aliases = m.alias, m.aliases
    return wide


def _same_name(wide: Mention, m: Mention) -> Mention:
    """The wider reading with ``m``'s name when it only took the name's first words into the role
    ("mahasiswa ... UMM Ulytz" + "Sukma Susila" for "Ulytz Sukma Susila")."""
    if not wide.name or not m.name or not wide.role or wide.name == m.name:
        return wide
    if not m.name.endswith(" " + wide.name):
        return wide
    extra = m.name[: -len(wide.name) - 1]
    if not wide.role.endswith(" " + extra):
        return wide
    wide.role = wide.role[: -len(extra) - 1].rstrip()
    wide.name, wide.name_start = m.name, m.name_start
    return wide


def role_start(art: Article, pos: int) -> int:
    """Where a role that runs up to ``pos`` begins: back over capitalised words, a short parenthesis, a
    "/" or "dan" between two offices, and a lower-case role word that opens it ("mahasiswa Teknik ...")."""
    text, lang = art.text, art.lang
    data = role_data(lang.code)
    if _no_role_before(art, pos, data):
        return pos
    toks = art.tokens(max(0, pos - BACK_CHARS), pos)
    if not toks or text[toks[-1].end : pos].strip():
        return pos
    j, words = len(toks), 0
    while j > 0 and words < BACK_WORDS:
        t = toks[j - 1]
        if "\n" in text[t.end : toks[j].start if j < len(toks) else pos]:
            break  # (a paragraph ends there)
        if t.text == ")":
            k = _paren_open(toks, j - 1)
            if k < 0:
                break
            j = k
        elif (t.is_word and t.is_cap) or _joins_offices(t, toks, j, lang):
            j -= 1
        elif t.is_word and _opens_role(t, lang, data):
            j -= 1
            if j > 0 and toks[j - 1].lower in data.role_prefixes:
                j -= 1  # "mantan dosen ..."
            break
        else:
            break
        words += 1
    while j < len(toks) and not toks[j].is_word:
        j += 1  # (a "/" or "dan" that the walk stopped on)
    while j < len(toks) and toks[j].lower in lang.grammar.conjunctions:
        j += 1
    return toks[j].start if j < len(toks) else pos


def opens_role(role: str, lang: Language) -> bool:
    """Does ``role`` open with a role word ("Wakil Ketua ...", "mantan Menteri ...", "Menko ..."), not with
    a sentence's first word ("Menurut", "Adapun")?"""
    data = role_data(lang.code)
    words = role.split()
    k = 1 if words[0].casefold() in data.role_prefixes and len(words) > 1 else 0
    low = words[k].casefold().rstrip(".,")
    return (
        low in data.role_starts
        or low in lang.role_heads
        or low in lang.titles
        or low in data.lower_role_heads
        or (low,) in data.abbreviations
    )


def _no_role_before(art: Article, pos: int, data: RoleData) -> bool:
    """Does the walk of ``role_start`` stop at the word just before ``pos`` (most mentions: "kata Budi",
    ", Budi")? Read from that one token, without copying the tokens before it."""
    i, j = art.token_range(max(0, pos - BACK_CHARS), pos)
    if i == j:
        return True
    t = art.toks[j - 1]
    gap = art.text[t.end : pos]
    if gap.strip() or "\n" in gap:
        return True
    if t.text == ")" or t.text == "/" or t.lower in art.lang.grammar.conjunctions:
        return False  # a parenthesis or a "/" or "dan" between two offices: the whole walk decides
    return not (t.is_word and (t.is_cap or _opens_role(t, art.lang, data)))


def _joins_offices(t: Token, toks: list[Token], j: int, lang: Language) -> bool:
    """A "/" or "dan" between two capitalised words: "Menteri ATR / Kepala BPN"."""
    return (t.text == "/" or t.lower in lang.grammar.conjunctions) and j >= 2 and toks[j - 2].is_cap


def _paren_open(toks: list[Token], close: int) -> int:
    """The index of the "(" of the parenthesis closed at ``close`` when it holds a few words and no
    number (an acronym, a party); -1 otherwise ("Rabu (15/6/2022)" is a date, not part of a role)."""
    k = close - 1
    while k >= 0 and close - k <= PAREN_WORDS:
        t = toks[k]
        if t.text == "(":
            return k if k < close - 1 else -1
        if t.is_num or t.text in ",.;:\"'":
            return -1
        k -= 1
    return -1


def _opens_role(t: Token, lang: Language, data: RoleData) -> bool:
    low = t.lower
    return low in data.role_starts or low in lang.role_heads or low in data.lower_role_heads


def relational(art: Article, m: Mention, after: Mention | None = None) -> Mention | None:
    """ "Pengacara Ridwan Kamil, Muslim Jaya Butar Butar, ...": the person named after the comma, whose role
    is the whole relation before it; None when ``m`` is no such relation. ``after`` is the mention that
    follows, when the caller has it; otherwise the words after the comma are read."""
    text, lang = art.text, art.lang
    data = role_data(lang.code)
    if m.kind != "person" or not m.name or m.role is None or m.name_start is None:
        return None
    if " ".join(m.role.casefold().split()) not in data.relational_roles:
        return None
    role_end = m.end
    for word in data.relation_tails:  # "Pengacara Jokowi lainnya, Rivai ..."
        if text.startswith(f" {word}, ", role_end):
            role_end += len(word) + 1
    if text[role_end : role_end + 2] != ", ":
        return None
    if after is None:
        after = _name_after(art, role_end + 2)
    if after is None or after.start != role_end + 2 or after.kind != "person" or not after.name:
        return None
    name = _whole_name(after, lang) if after.role else after.name
    if name is None or not _clause_goes_on(art, after.end):
        return None  # "Pengacara Budi, Rina, dan Tono": a list
    role = text[m.start : role_end]
    start = after.start if after.role else after.name_start
    return Mention(
        m.start, after.end, text[m.start : after.end], name, "person", role,
        start, after.name_end, after.alias, after.rank, after.aliases,
    )  # fmt: skip


def _whole_name(m: Mention, lang: Language) -> str | None:
    """The whole phrase as a name, when its "role" holds no role word ("Muslim Jaya Butar Butar" read as
    role "Muslim Jaya"): after a relation and a comma, a name follows."""
    if not m.role or opens_role(m.role, lang) or m.rank:
        return None
    if not all(w[:1].isupper() and w.isalpha() for w in m.role.split()):
        return None
    return f"{m.role} {m.name}"


def _name_after(art: Article, start: int) -> Mention | None:
    lang = art.lang
    toks = art.tokens(start, min(len(art.text), start + 120))
    k = 0
    while k < len(toks) and toks[k].is_word and (toks[k].is_cap or toks[k].lower in lang.name_particles):
        k += 1
    if k == 0:
        return None
    found = describe(art, toks[0].start, toks[k - 1].end)
    return found[0] if len(found) == 1 else None


def _clause_goes_on(art: Article, end: int) -> bool:
    """After the name: a comma and a lower-case word, or a lower-case word (a verb), not "dan" or a list."""
    lang = art.lang
    toks = art.tokens(end, min(len(art.text), end + 60))[:2]
    if not toks:
        return False
    nxt = toks[1] if toks[0].text == "," and len(toks) > 1 else toks[0]
    return nxt.is_word and not nxt.is_cap and nxt.lower not in lang.grammar.conjunctions


def short_names(mentions: list[Mention]) -> tuple[frozenset[str], frozenset[str]]:
    """(first words, whole names) of the persons the article names without a role: "kata Neta", "ungkap
    Iola Abas" show where a name begins."""
    firsts: set[str] = set()
    names: set[str] = set()
    for m in mentions:
        if m.kind == "person" and m.name and not m.role:
            words = m.name.casefold().split()
            firsts.add(words[0])
            names.add(" ".join(words))
        elif m.kind in SINGLE_NAME_KINDS and m.name and " " not in m.name and not is_acronym(m.name):
            firsts.add(m.name.casefold())  # "kata Gembong": a name the lexicon took for a place
    return frozenset(firsts), frozenset(names)


def name_settled(m: Mention, firsts: frozenset[str], names: frozenset[str], lang: Language) -> Mention:
    """``m`` with the boundary between role and name moved where the article's other mentions put it: a
    name's first word read as the role's last ("Ketua Presidium IPW (IPW) Neta" + "S Pane", when the article
    writes "Neta" alone), or a role's last word read as the name's first ("Gambut Iola Abas", when it writes
    "Iola Abas")."""
    if m.kind != "person" or not m.name or not m.role or m.name_start is None:
        return m
    data = role_data(lang.code)
    role_words = m.role.split()
    name_words = m.name.split()
    last = role_words[-1]
    if (
        len(role_words) >= 2
        and last.casefold() in firsts
        and last.casefold() not in (w.casefold() for w in name_words)
        and _plain_word(last, lang, data)
    ):
        cut = m.text.rfind(last, 0, m.name_start - m.start)
        begin = m.text.find(m.role)
        if 0 <= begin < cut and m.text[cut + len(last) : m.name_start - m.start] == " ":
            role = m.text[begin:cut].rstrip()
            return _moved(m, role, f"{last} {m.name}", m.start + cut)
    if len(name_words) >= 3:
        rest = " ".join(name_words[1:]).casefold()
        first = name_words[0]
        if rest in names and first.casefold() not in firsts and _plain_word(first, lang, data):
            counts = lang.lexicon.get(first.casefold())
            if not counts or counts[0] == 0:  # (never a given name in the trained lexicon)
                skip = m.text.find(name_words[1], m.name_start - m.start + len(first))
                begin = m.text.find(m.role)
                if skip > 0 and begin >= 0:
                    role = m.text[begin : m.name_start - m.start + len(first)]
                    return _moved(m, role, " ".join(name_words[1:]), m.start + skip)
    return m


def _plain_word(word: str, lang: Language, data: RoleData) -> bool:
    """A capitalised word that is neither a role, rank, region, acronym nor a title."""
    low = word.casefold()
    counts = lang.lexicon.get(low)
    if counts is not None and counts[2] > counts[0]:
        return False  # mostly a body's name
    return (
        low not in lang.org_heads
        and low not in lang.place_heads
        and word[:1].isupper()
        and word.isalpha()
        and not is_acronym(word)
        and low not in data.role_starts
        and low not in data.role_tail_words
        and (low,) not in data.abbreviations
        and not rank_at([word], 0, data)
        and (name_evidence_of(word, lang) != 0 or low in lang.titles)
    )


def _moved(m: Mention, role: str, name: str, name_start: int) -> Mention:
    return Mention(
        m.start, m.end, m.text, name, "person", role.rstrip(" ,") or None, name_start, m.name_end,
        m.alias, m.rank, m.aliases,
    )  # fmt: skip


def anaphor_role(m: Mention, lang: Language) -> str | None:
    """The role an anaphor restates ("kata Ketua Kebun Raya Indonesia ini"): a role of the person it points
    at; None for a bare noun ("pria ini") or a role that does not open with a role word."""
    if m.kind != "anaphor" or not m.role:
        return None
    words = m.role.split()
    data = role_data(lang.code)
    k = 1 if words[0].casefold() in data.role_prefixes and len(words) > 2 else 0  # "mantan Gubernur ..."
    head = words[k].casefold()
    opens = head in data.role_starts or head in lang.role_heads or (head,) in data.abbreviations
    if head in lang.org_heads:
        return None  # "Dewan Pengarah BRIN ini": a body the person sits on, not their role
    return m.role if opens and len(words) - k >= 2 and words[k][:1].isupper() else None
