"""How two names can be one speaker, as algorithms over the language data of ``kutip.lang.id.nicknames``:
spelling keys of name words, the alignment of a short or abbreviated person name with a fuller one, the
forms a body's name takes (acronym, contraction, legal form), the words of a role that show where a person
works, and the other names an article itself gives a person or body ("Saifullah Yusuf alias Gus Ipul",
"Komisi Pemilihan Umum (KPU)").

These say only whether two names *can* be one; the registry decides with the context (roles, the article).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from kutip.attribute import roles
from kutip.lang.aliases import ENGLISH_ALIAS_CUES
from kutip.lang.id import nicknames as data

STOPWORDS = frozenset("dan and of the for untuk &".split())


_KEY_DROPS = re.compile(r"[.’'`]")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """ "Lukashenko" / "LUKASHENKO" / "U.S." -> "lukashenko" / "lukashenko" / "us". Cached: the writer asks
    for the same few names again and again (every pair of an article's people, every registry look-up)."""
    return " ".join(_KEY_DROPS.sub("", name).replace("-", " ").casefold().split())


@cache
def _given_forms() -> dict[str, str]:
    return {form: sorted(group)[0] for group in data.GIVEN_NAME_FORMS for form in group}


@cache
def word_key(word: str) -> str:
    """One name word as its spelling key: "Soeparno" and "Suparno", "Djonga" and "Jonga", "Passaribu" and
    "Pasaribu", "Mochammad" and "Muhammad" are alike."""
    word = word.casefold()
    given = _given_forms().get(word)
    if given is not None:
        return given
    for old, new in data.SPELLING:
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", word)


def person_words(name: str) -> list[str]:
    """The words of a person's name, a nickname honorific set aside when a full name follows it ("Kang Dedi
    Mulyadi" is "Dedi Mulyadi"; "Gus Ipul" stays)."""
    return list(_person_words(name))


@lru_cache(maxsize=65536)
def _person_words(name: str) -> tuple[str, ...]:
    """``person_words`` once per name (a tuple: callers get their own list to change)."""
    words = name_key(name).split()
    while len(words) >= 3 and words[0] in data.NAME_TITLES:
        words = words[1:]
    if len(words) >= 3 and words[0] in data.NICKNAME_HONORIFICS:
        return tuple(words[1:])
    return tuple(words)


def is_nickname(name: str) -> bool:
    """ "Gus Ipul", "Cak Imin": a name that opens with a nickname honorific, never the fullest form."""
    words = name_key(name).split()
    return len(words) >= 1 and words[0] in data.NICKNAME_HONORIFICS


def _minor(word: str) -> bool:
    """A word whose absence does not make another name: an initial, "Na", a birth-order prefix, Muhammad."""
    return len(word) <= 2 or word in data.NAME_PREFIXES or word in _given_forms()


def is_minor(word: str) -> bool:
    """An initial, a prefix ("Andi", "I") or a form of Muhammad: a word that alone names no one."""
    return _minor(word)


def is_common(word: str) -> bool:
    """A given name so common that, alone, it names no one in particular ("Agus", "Dewi")."""
    return word_key(word) in _common()


@cache
def _common() -> frozenset[str]:
    return frozenset(word_key(w) for w in data.COMMON_GIVEN_NAMES)


def first_of_note(words: list[str]) -> str:
    """The first word of a name that is not a prefix or a form of Muhammad: "amran" of "Andi Amran Sulaiman",
    "doli" of "Ahmad Doli Kurnia" (the word an article uses alone)."""
    return next((w for w in words if not _minor(w)), words[0])


def _alike(a: str, b: str) -> bool:
    ka, kb = word_key(a), word_key(b)
    if ka == kb:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial: "M" of "Mohammad", "P" of "Partaonan"
        return a[0] == b[0] or ka[0] == kb[0]
    return False


@dataclass(frozen=True, slots=True)
class NameMatch:
    """How a shorter person name lines up with a longer one."""

    how: str  # "spelling" (every word alike, initials included) | "joined" | "short" (words missing)
    missing: str  # "" | "minor" | "middle" | "trailing" | "leading": where the missing words of note are


def match_person(short: list[str], long: list[str]) -> NameMatch | None:
    """Whether the person name ``short`` (words) can be written for ``long``, and how; None if not."""
    if len(short) > len(long):
        return None
    if len(short) != len(long) and "".join(map(word_key, short)) == "".join(map(word_key, long)):
        return NameMatch("joined", "")
    j, matched, full_match, on_initial = 0, [], False, False
    for word in short:
        while j < len(long) and not _alike(word, long[j]):
            j += 1
        if j == len(long):
            return None
        matched.append(j)
        full_match = full_match or (len(word) > 2 and len(long[j]) > 2)
        on_initial = on_initial or (len(word) > 1 and len(long[j]) == 1)
        j += 1
    if not full_match:
        return None
    missing = [i for i in range(len(long)) if i not in matched and not _minor(long[i])]
    if len(matched) == len(long):
        return NameMatch("spelling", "")
    if not missing:
        return NameMatch("short", "minor")
    if missing[0] < matched[0]:
        if on_initial:  # "Akhyar Nasution" is not "Bobby A Nasution": a given name on an initial, his missing
            return None
        return NameMatch("short", "leading")
    return NameMatch("short", "trailing" if missing[-1] > matched[-1] else "middle")


def body_key(name: str) -> str:
    """A body's name with contractions expanded and its legal form set aside: "PT Pertamina (Persero)" is
    "pertamina", "Kemensos" is "kementerian sosial", "Pemprov DKI Jakarta" is "pemerintah provinsi dki"."""
    words = []
    for word in name_key(re.sub(r"[()]", " ", name)).split():
        if word in data.LEGAL_FORMS:
            continue
        words.append(data.CONTRACTIONS.get(word, word))
    key = " ".join(words)
    for long, short in data.REGION_FORMS.items():
        key = re.sub(rf"\b{long}\b", short, key)
    return key


def acronym_forms(name: str) -> set[str]:
    """The acronyms a spelled-out body name is written as: "Komisi Pemilihan Umum" -> {"kpu"}, "Kementerian
    Energi dan Sumber Daya Mineral" -> {"kesdm", "kementerian esdm"}. Empty for a name of fewer than two
    spelled-out words."""
    words = [w for w in body_key(name).split() if w not in STOPWORDS]
    if len(words) < 2 or any(len(w) < 2 for w in words):
        return set()
    forms = {"".join(w[0] for w in words)}
    if len(words) >= 3:
        forms.add(words[0] + " " + "".join(w[0] for w in words[1:]))
    return forms


def is_acronym(name: str) -> bool:
    """ "KPU", "BMKG", "Kementerian ESDM": a name with a word written in capitals."""
    return any(len(w) >= 2 and w.isupper() and w.isalpha() for w in re.findall(r"[\w]+", name))


def body_spelling(a: str, b: str) -> bool:
    """Two body names of two words or more, one word misspelt ("Bank Sentra Swiss" / "Bank Sentral
    Swisss")."""
    wa, wb = body_key(a).split(), body_key(b).split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if word_key(x) != word_key(y)]
    return len(diff) == 1 and min(map(len, diff[0])) >= 5 and Levenshtein.distance(*diff[0]) == 1


# -- roles --------------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def canonical_role(role: str, lang: str = "id") -> str:
    """The role in a form to compare across articles ("Menkeu" = "Menteri Keuangan"), through the
    language data's abbreviation table; the registry compares roles only through this seam."""
    return roles.canonical_role(role, lang)


def same_role(role: str, lang: str = "id") -> str:
    """A role as compared whole: "Presiden" and "presiden," are one."""
    return name_key(canonical_role(role, lang)).strip(" ,.;:")


@cache
def _titles() -> frozenset[str]:
    from kutip.lang import get_language

    out: set[str] = set(data.GENERIC_ROLE_WORDS)
    for lang in ("id", "en"):
        try:
            out |= get_language(lang).titles
        except LookupError:
            continue
    return frozenset(out)


@lru_cache(maxsize=65536)  # the writer asks again for the roles of every candidate
def role_words(text: str | None, lang: str = "id") -> frozenset[str]:
    """The words of a role (or of the text around a name) that show where a person works: "Ketua KPU RI" ->
    {"kpu"}; titles ("Ketua") and generic words ("Dinas") do not tell two people apart."""
    if not text:
        return frozenset()
    # the canonical form sets parenthesised acronyms aside: "(Celios)" of a spelled-out name is kept here
    words = name_key(canonical_role(text, lang)).split() + name_key(" ".join(_PAREN.findall(text))).split()
    found = {
        w for w in (x.strip('(),:;"“”') for x in words) if len(w) >= 3 and w not in _titles() and w.isalpha()
    }
    return frozenset(found | _spelled_out_acronyms(text, lang))


_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:[ \t]+(?:(?:dan|and|of|untuk)[ \t]+)?[A-Z][a-z]+)+")


def _spelled_out_acronyms(text: str, lang: str = "id") -> set[str]:
    """The acronyms of the bodies a role spells out, as another role abbreviates them: "Komisi Kesehatan
    Dewan Perwakilan Rakyat" -> {"kkdpr", "dpr"}: every run of capitalised words from a word that heads a
    body ("Komisi", "Dewan") to the end of the run, of three words or more."""
    heads = _org_heads(lang)
    out: set[str] = set()
    for run in _CAPITALISED.finditer(text):
        words = [w for w in run.group(0).split() if w.lower() not in STOPWORDS]
        out |= {
            "".join(w[0] for w in words[i:]).lower()
            for i in range(len(words) - 2)
            if words[i].lower() in heads
        }
    return out


@cache
def _org_heads(lang: str) -> frozenset[str]:
    from kutip.lang import get_language

    return get_language(lang).org_heads


_PAREN = re.compile(r"\(([^()]{2,40})\)")


@lru_cache(maxsize=65536)  # the writer asks again for the roles of every candidate
def role_bodies(text: str | None, lang: str = "id") -> frozenset[str]:
    """The institutions a role names ("Polri" of "Kabiro Penmas Divisi Humas Polri"), one key each."""
    if not text:
        return frozenset()
    words = name_key(canonical_role(text, lang) + " " + text).replace("(", " ").replace(")", " ").split()
    return frozenset(data.ROLE_BODIES[w.strip(",.;:")] for w in words if w.strip(",.;:") in data.ROLE_BODIES)


# -- names an article gives ---------------------------------------------------------------------------

_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
_PAREN_NAME = re.compile(rf"\s*\(\s*({_NAME})\s*\)")


def _is_word(char: str) -> bool:
    """A character ``re`` counts as ``\\w`` (Unicode letters, digits, ``_``)."""
    return char.isalnum() or char == "_"


def _occurrences(text: str, name: str) -> Iterator[int]:
    """Where ``name`` is written in ``text``, as ``re.finditer(re.escape(name), text)`` finds it (left to
    right, not overlapping): found by ``str.find``, not by a pattern compiled for every name of every
    article (more names than ``re`` keeps compiled, so each was compiled again)."""
    if not name:  # a speaker always has a name: nothing to find
        return
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + len(name))


def _words_at(text: str, name: str, not_before_capital: bool = False) -> Iterator[int]:
    """Where ``name`` is written as whole words, as ``re.finditer(rf"\\b{re.escape(name)}\\b", text)``
    finds it (``re``'s ``\\b``: a word character on one side only); ``not_before_capital`` skips those
    followed by blanks and a capital, as ``(?![ \\t]+[A-Z])`` does ("Prasetyo" of "Prasetyo Hadi")."""
    if not name:
        return
    first, last, size = _is_word(name[0]), _is_word(name[-1]), len(text)
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        fits = (at > 0 and _is_word(text[at - 1])) != first and (end < size and _is_word(text[end])) != last
        if fits and not_before_capital:
            blank = end
            while blank < size and text[blank] in " \t":
                blank += 1
            fits = not (blank > end and blank < size and "A" <= text[blank] <= "Z")
        if fits:
            yield at
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


@cache
def _cue_pattern() -> re.Pattern[str]:
    cues = sorted((*data.ALIAS_CUES, *ENGLISH_ALIAS_CUES), key=len, reverse=True)
    joined = "|".join(re.escape(c) for c in cues)
    return re.compile(rf",?\s+(?:{joined})\s+['‘“\"]?({_NAME})")


@cache
def _weak_cue_pattern() -> re.Pattern[str]:
    """ "..., atau Gus Maksum": a cue that gives another name only when that name looks like one."""
    joined = "|".join(re.escape(c) for c in data.WEAK_ALIAS_CUES)
    return re.compile(rf",?\s+(?:{joined})\s+({_NAME})")


def _weak_cue(other: str) -> bool:
    first = other.split()[0]
    return (first.isupper() and len(first) >= 2) or first.casefold() in data.NICKNAME_HONORIFICS


def names_given(text: str, names: list[str]) -> dict[str, str]:
    """Other names the article gives each of ``names``: "Saifullah Yusuf alias Gus Ipul", "Agus Harimurti
    Yudhoyono (AHY)", "Maksum Faqih atau Gus Maksum", "Komisi Pemilihan Umum (KPU)". other name -> name."""
    out: dict[str, str] = {}
    for name in sorted(set(names), key=len, reverse=True):
        if len(name) < 3:
            continue
        for at in _occurrences(text, name):
            end = at + len(name)
            after = text[end : end + 80]
            paren = _PAREN_NAME.match(after)
            cue = _cue_pattern().match(after)
            weak = _weak_cue_pattern().match(after)
            if paren:
                other = paren.group(1)
            elif cue:
                other = cue.group(1)
            elif weak and _weak_cue(weak.group(1)):
                other = weak.group(1)
            else:
                continue
            other = other.strip(" .")
            if not other or name_key(other) == name_key(name) or len(other.split()) > 3:
                continue
            if paren and not _stands_for(other, name):
                continue  # "Peraturan Pemerintah (PP)": the acronym is of a longer name than "Pemerintah"
            out.setdefault(other, name)
    return out


def _stands_for(other: str, name: str) -> bool:
    """Can ``other``, in brackets after ``name``, be its other name? An acronym in capitals must be the
    initials of the name ("Komisi Pemilihan Umum (KPU)", "Agus Harimurti Yudhoyono (AHY)"); any other form
    ("(Gus Ipul)", "(Kemensos)") may be."""
    if not (other.isupper() and other.isalpha()):
        return True
    if initials_of(other, name):
        return True
    # "Badan Penyelenggara Jaminan Kesehatan (BPJS)": acronyms keep their own history, but start alike
    words = [w for w in name_key(name).split() if w not in STOPWORDS]
    acronym = other.casefold()
    return len(words) >= 2 and len(acronym) >= 3 and acronym[:2] == "".join(w[0] for w in words[:2])


def initials_of(other: str, name: str) -> bool:
    """Is ``other`` the initials of ``name`` ("AHY" of "Agus Harimurti Yudhoyono", "KPU" of "Komisi
    Pemilihan Umum"), with or without its small words?"""
    words = name_key(name).split()
    acronym = other.casefold()
    initials = {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in STOPWORDS)}
    return acronym in initials or acronym in acronym_forms(name)


@cache
def shipped_nicknames() -> dict[str, str]:
    """nickname key -> the full name, from the table of well-known ones."""
    return {name_key(nick): group[0] for group in data.NICKNAMES for nick in group[1:]}


def context_words(text: str, name: str, title: str | None = None, limit: int = 6) -> frozenset[str]:
    """The role words written just before and after ``name`` wherever the article writes it, and in its
    title: "Menteri Keuangan" of "kata Menteri Keuangan Purbaya" when the quote only says "kata Purbaya"."""
    out: set[str] = set(role_words(title)) if title and name in title else set()
    for n, at in enumerate(_words_at(text, name)):
        if n == limit:
            break
        end = at + len(name)
        out |= role_words(text[max(0, at - 60) : at])
        out |= role_words(text[end : end + 40])
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class ArticleNames:
    """The names an article gives its people and bodies: a short one for a fuller one, other names."""

    fuller: dict[str, str]  # a person's short name -> the one fuller name in the article it lines up with
    given: dict[str, str]  # another name, as written -> the name it is given for ("Gus Ipul" -> ...)
    people: frozenset[str] = frozenset()  # the names of persons the article quotes or names
    bodies: frozenset[str] = frozenset()  # the name keys of the bodies and places it names


def article_names(doc: dict) -> ArticleNames:
    """What ``doc`` (an extracted document) says about its names, for the registry."""
    people: set[str] = set()
    named: set[str] = set()
    for q in doc.get("quotes") or []:
        for s in q.get("speakers") or ([q["speaker"]] if q.get("speaker") else []):
            if s.get("name") and s.get("kind") in ("person", "organization"):
                named.add(s["name"])
                if s["kind"] == "person":
                    people.add(s["name"])
    for e in doc.get("entities") or []:
        if e.get("label") == "person" and len(e.get("canonical", "").split()) >= 2:
            people.add(e["canonical"])
            named.add(e["canonical"])
        elif e.get("label") == "organization" and len(e.get("canonical", "")) > 3:
            named.add(e["canonical"])
    text = doc.get("text") or ""
    quoted = {
        nick: full for nick, full in quoted_nicknames(text).items() if nick in named or _among(full, people)
    }  # "Rahmat 'Ucok' Siregar" when Ucok or Rahmat Siregar is quoted; not a headline's "Ketua 'Partai' X"
    people |= set(quoted.values())
    given = {**quoted, **names_given(text, sorted(named))}
    given.update(_shipped_in(people, named))
    given.update(_acronym_parts(given, named))
    bodies = {name_key(b) for b in _bodies(doc)}
    # "Habiburokhman (Gerindra)": a party, a body or a place in brackets after a person is not their name
    given = {o: n for o, n in given.items() if not _body_given(o, n, people, bodies)}
    return ArticleNames(_fuller(people), given, frozenset(people), frozenset(bodies))


def _body_given(other: str, name: str, people: set[str], bodies: set[str]) -> bool:
    """Is ``other`` a body or place the article names, given in brackets after the person ``name`` (and not
    their initials, which NER may take for a body: "AHY")?"""
    return name in people and name_key(other) in bodies and not initials_of(other, name)


def _among(full: str, people: set[str]) -> bool:
    """Is ``full`` (first and last word of a name with a quoted nickname inside) a person the article
    quotes or names: "Munafri Arifuddin" of "Munafri Arifuddin" or of "Munafri Appi Arifuddin"?"""
    first, _, last = full.partition(" ")
    return any(p.split()[0] == first and p.split()[-1] == last for p in people if " " in p)


def _bodies(doc: dict) -> set[str]:
    """The bodies and places ``doc`` names: its organisation and place entities, and its quoted bodies."""
    out = {e["canonical"] for e in doc.get("entities") or [] if e.get("label") in ("organization", "place")}
    for q in doc.get("quotes") or []:
        for s in q.get("speakers") or ([q["speaker"]] if q.get("speaker") else []):
            if s.get("name") and s.get("kind") == "organization":
                out.add(s["name"])
    return out


_QUOTED_NICK = re.compile(r"\b([A-Z][a-z][\w-]*) ['‘\"“]([A-Z][a-z]{1,14})['’\"”] ([A-Z][a-z][\w-]+)\b")


def quoted_nicknames(text: str) -> dict[str, str]:
    """ "Wali Kota Munafri 'Appi' Arifuddin": the nickname written in quotes inside a name -> that name.
    It counts only for a name the article quotes: a headline's "Gerebek 'Gudang' Dolar" is never one."""
    return {m.group(2): f"{m.group(1)} {m.group(3)}" for m in _QUOTED_NICK.finditer(text)}


def _shipped_in(people: set[str], named: set[str]) -> dict[str, str]:
    """A well-known nickname ("Risma") in an article that names the person it is shipped for."""
    full = {name_key(p): p for p in people}
    out = {}
    for name in named:
        target = shipped_nicknames().get(name_key(name))
        if target is not None and name_key(target) in full:
            out[name] = full[name_key(target)]
    return out


def _acronym_parts(given: dict[str, str], named: set[str]) -> dict[str, str]:
    """ "BPJS Kesehatan" in an article that spells "Badan Penyelenggara Jaminan Kesehatan (BPJS)": an
    acronym the article gives, followed by words of the name it stands for ("KPU Sulut" is not "KPU")."""
    out = {}
    for name in named:
        words = name.split()
        full = given.get(words[0]) if len(words) >= 2 and words[0].isupper() else None
        if full is not None and all(w.casefold() in full.casefold().split() for w in words[1:]):
            out[name] = full
    return out


def _fuller(people: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    words_of = {name: person_words(name) for name in people}  # read once, not once per pair
    for name in people:
        words = words_of[name]
        fits = {
            name_key(other): other
            for other in people
            if len(words_of[other]) > len(words)
            and (m := match_person(words, words_of[other])) is not None
            and m.missing != "leading"
        }
        if not fits and len(words) == 1:
            fits = _clipped(words[0], people)
        if len(fits) == 1:
            out[name] = next(iter(fits.values()))
    return out


def _clipped(word: str, people: set[str]) -> dict[str, str]:
    """Fuller names of the article a nickname is clipped from: "Pras" of "Prasetyo Hadi", "Risma" of "Tri
    Rismaharini" (four letters at least, two fewer than the name word)."""
    if len(word) < 4 or is_common(word):  # "Indra" alone is too common to be "Indradi"'s clipping
        return {}
    key = word_key(word)
    return {
        name_key(other): other
        for other in people
        if len(person_words(other)) >= 2
        and any(word_key(w).startswith(key) and len(w) >= len(word) + 2 for w in person_words(other))
    }


# -- standing: an ordinary citizen, a local functionary, a high office ------------------------------------


@cache
def _standing_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    kinds = (("citizen", data.CITIZEN_WORDS), ("staff", data.STAFF_WORDS), ("office", data.HIGH_OFFICE_WORDS))
    return tuple(
        (kind, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE))
        for kind, words in kinds
    )


@lru_cache(maxsize=65536)  # the writer asks again for the roles of every candidate
def standings(text: str | None, lang: str = "id") -> frozenset[str]:
    """The standings a role or an apposition names: "citizen" ("pedagang nasi goreng"), "staff" ("Kepala
    Seksi"), "office" ("Menteri Sosial", "Mensos" once its abbreviation is read)."""
    if not text:
        return frozenset()
    both = f"{text} {canonical_role(text, lang)}"
    return frozenset(kind for kind, pattern in _standing_patterns() if pattern.search(both))


def clear_standing(found: frozenset[str]) -> str | None:
    """One standing, or None when there is none or the text names a high office and a humble one together
    ("Presiden Jokowi menyapa warga"): only an unmixed one tells two people apart."""
    if "office" in found:
        return "office" if len(found) == 1 else None
    return "citizen" if "citizen" in found else ("staff" if found else None)


_SENTENCE_END = re.compile(r"[.!?\"“”]")
_APPOSITION = re.compile(r"\s*(?:\(\d{1,3}\))?\s*,\s*([^,.;:“”\"]{2,50})")


def mention_standing(text: str, name: str, role: str | None, lang: str = "id") -> str | None:
    """The standing of ``name`` in its article: its role, else the words written right before it in its
    sentence ("Kepala Lingkungan II ... Aziz") and an apposition right after it ("Suharso (47), seorang
    pedagang", "kata Prasetyo, demonstran lainnya"). None unless one clear standing."""
    if role:
        return clear_standing(standings(role, lang))
    found: set[str] = set()
    for n, at in enumerate(_words_at(text, name, not_before_capital=True)):  # not "X Wibowo"
        if n == 6:
            break
        end = at + len(name)
        before = _SENTENCE_END.split(text[max(0, at - 80) : at])[-1]
        after = _APPOSITION.match(text[end : end + 60])
        found |= standings(before + " " + (after.group(1) if after else ""), lang)
    return clear_standing(frozenset(found))


def standings_clash(mine: str | None, theirs: frozenset[str]) -> bool:
    """A high office against an ordinary citizen or a local functionary: two people, not a change of
    office. ``theirs``: the standings a speaker was written with."""
    if mine is None or not theirs:
        return False
    humble = {"citizen", "staff"}
    if mine == "office":
        return not theirs - humble
    return theirs == {"office"}
