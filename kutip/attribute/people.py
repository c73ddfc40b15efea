"""The people (and bodies) of one article: every name seen, so that short names resolve to full ones.

"Lukashenko" -> "Alexander Lukashenko"; "Kombes Arif" -> "Arif Rahman Hakim"; the role comes from whichever
mention of that person carried one ("Presiden Belarusia").
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable
from typing import Final

from kutip.native import mypyc_attr
from kutip.segment.offsets import first_after

# A short name or a role that more than this many people of one article share ("Budi" among hundreds of
# Budis, "Kapolres" given to hundreds) names none of them in particular: it is left unresolved. No real
# article comes near it; a made-up one that does would otherwise cost time growing with the square (or
# cube) of its length, every mention weighed against every namesake.
MAX_NAMESAKES: Final = 64

MIN_MISSPELT: Final = 5  # the shortest name word read as a misprint of another
MAX_MISSPELT_WORDS: Final = 2000

_NAME_KEYS: Final[dict[str, tuple[str, ...]]] = {}


def name_key(name: str) -> tuple[str, ...]:
    """The words of a name as they are compared ("Dr. Budi" -> ("dr", "budi")). Remembered in a plain dict:
    compiled code reads it far faster than it calls through ``functools.lru_cache``."""
    key = _NAME_KEYS.get(name)
    if key is None:
        if len(_NAME_KEYS) >= 65536:
            _NAME_KEYS.clear()
        key = _NAME_KEYS[name] = tuple(w.casefold().rstrip(".") for w in name.split())
    return key


@mypyc_attr(acyclic=True)  # names, numbers and lists of them: no cycle for the garbage collector to find
class Person:
    """One person (or body) of the article, under the fullest name seen."""

    __slots__ = (
        "aliases",
        "first_seen",
        "index",
        "kind",
        "mentions",
        "name",
        "rank",
        "role",
        "roles",
        "seen",
        "tokens",
        "weak",
    )

    def __init__(
        self,
        name: str,
        kind: str,
        role: str | None,
        first_seen: int,
        tokens: frozenset[str],
        weak: bool,
        index: int = 0,
    ) -> None:
        self.index = index  # the order in which the article named its people
        self.name = name
        self.kind = kind
        self.role = role
        self.first_seen = first_seen
        self.tokens = tokens
        self.mentions = 1
        self.weak = weak  # the first word is a common word ("Anggaran Budi"): maybe a heading glued on
        self.seen = [first_seen]  # where each mention stands, in text order
        self.rank: str | None = None  # the fullest rank the article gives ("AKBP", "Jenderal (Pol)")
        self.aliases: list[str] = []  # other names the article gives ("Gus Ipul", "(AHY)")
        self.roles: list[tuple[int, str]] = []  # every role the article writes for them, and where

    def __repr__(self) -> str:
        return f"Person({self.name!r}, {self.kind!r}, role={self.role!r})"


@mypyc_attr(acyclic=True)  # a trie: its nodes point down only, never back
class _RoleNode:
    """A word of a role in a trie of the article's roles (a role's words, one node each, from the root)."""

    __slots__ = ("below", "ends", "next")

    def __init__(self) -> None:
        self.next: dict[str, _RoleNode] = {}
        # the people (with the role they were filed under) whose role's words begin with the words down to
        # here, and those whose role's words are exactly these
        self.below: list[tuple[Person, str]] = []
        self.ends: list[tuple[Person, str]] = []


def _first_best(people: list[Person], near: int | None) -> Person:
    """The first of ``people`` with the longest name or, given ``near``, the one named last before it (then
    the longest name): what ``max`` with that key returns, without a call per person."""
    best, best_key = people[0], _rank(people[0], near)
    for p in people[1:]:
        key = _rank(p, near)
        if key > best_key:
            best, best_key = p, key
    return best


def _rank(p: Person, near: int | None) -> tuple[int, int]:
    if near is None:
        return 0, len(p.tokens)
    i = first_after(p.seen, near)  # the last mention at or before ``near`` (``seen`` is sorted)
    return p.seen[i - 1] if i else -1, len(p.tokens)


def same_role(a: str, b: str) -> bool:
    """Are two roles one, written shorter or longer ("Ketua Umum PKB", "Wakil Ketua Umum PKB (PKB)")?"""
    wa = {w.strip("()") for w in name_key(a.replace("/", " "))}
    wb = {w.strip("()") for w in name_key(b.replace("/", " "))}
    return wa <= wb or wb <= wa


def _role_words(role: str) -> tuple[str, ...]:
    """The words of a role as roles are matched: those of ``name_key``, compared as the words joined by a
    space (so a role without words reads as one empty word)."""
    return name_key(role) or ("",)


class ArticlePeople:
    """Names of one article, with the fullest form of each."""

    def __init__(self) -> None:
        self._people: list[Person] = []
        self._aliases: dict[str, Person] = {}
        self._by_tokens: dict[frozenset[str], Person] = {}
        self._by_word: dict[str, list[Person]] = {}  # word -> the people whose name holds it, in order
        # (first letter, length) -> the words of ``_by_word`` so shaped, in order: the words a misprint of a
        # word may stand for (``_misspelt``), without reading every word of the article's names
        self._by_shape: dict[tuple[str, int], list[str]] = {}
        self._roles = _RoleNode()  # the people with a role (kind "person"), by the words of their role
        # (name, excluded words) -> the answer, for answers that did not depend on where the name stands;
        # emptied whenever a person or an alias is added
        self._memo: dict[tuple[str, frozenset[str]], Person | None] = {}

    def add_alias(self, alias: str, name: str, kind: str, role: str | None, pos: int) -> None:
        """The short form in "Sri Wahyuni (Yuni)" or "Badan Pusat Statistik (BPS)" stands for the
        long one."""
        person = self.add(name, kind, role, pos)
        self._aliases.setdefault(" ".join(name_key(alias)), person)
        if alias not in person.aliases and name_key(alias) != name_key(person.name):
            person.aliases.append(alias)
        self._absorb(frozenset(name_key(alias)), person)
        self._memo.clear()

    def _absorb(self, key: frozenset[str], person: Person) -> None:
        """The person filed under the alias's own words is ``person``: unfile them, so that a part of the
        alias ("Purba" of "Anne Purba") finds ``person`` and not a second person."""
        other = self._by_tokens.get(key)
        if other is None or other is person or other.kind != "person" or person.kind != "person":
            return
        del self._by_tokens[key]
        for word in key:
            holders = self._by_word.get(word)
            if holders is not None and other in holders:
                holders.remove(other)

    def add(
        self, name: str, kind: str, role: str | None, pos: int, weak: bool = False, rank: str | None = None
    ) -> Person:
        words = name_key(name)  # (read once: the lookup, the title test and the alias all take it)
        key = frozenset(words)
        p = self._by_tokens.get(key)
        if p is not None and rank and (not p.rank or len(rank) > len(p.rank)):
            p.rank = rank
        if p is not None and role:
            p.roles.append((pos, role))
        if p is not None:
            p.mentions += 1
            if pos >= p.seen[-1]:
                p.seen.append(pos)
            else:
                insort(p.seen, pos)
            if role and (not p.role or len(role) > len(p.role)):
                p.role = role  # the fullest role the article gives
                self._index_role(p)
            return p
        titled = self._titled(words) if kind == "person" else None
        if titled is not None:
            self._aliases[" ".join(words)] = titled
            self._memo.clear()
            return self.add(titled.name, kind, role, pos, weak, rank)
        person = Person(name, kind, role, pos, key, weak, len(self._people))
        person.rank = rank
        if role:
            person.roles.append((pos, role))
        self._memo.clear()
        self._people.append(person)
        self._by_tokens[key] = person
        for word in key:
            self._file_word(word, person)
        if role:
            self._index_role(person)
        return person

    def _file_word(self, word: str, person: Person) -> None:
        """File ``person`` under a word of their name (and a word new to the article under its shape)."""
        holders = self._by_word.get(word)
        if holders is None:
            holders = self._by_word[word] = []
            self._by_shape.setdefault((word[:1], len(word)), []).append(word)
        holders.append(person)

    def _titled(self, words: tuple[str, ...]) -> Person | None:
        """The person a new name stands for when its first word opens the role the article gave the person
        the other words name: "Ratu Elizabeth" after "Ratu Inggris Elizabeth" (a title read as a name)."""
        if len(words) < 2:
            return None
        rest = self.resolve(" ".join(words[1:]))
        if rest is None or not rest.role:
            return None
        role = name_key(rest.role)
        # the role goes on after the word ("Ratu Inggris"): a role of that word alone ("Agung" given to
        # "Agung Kusumo") is itself a name misread as a title
        return rest if len(role) >= 2 and role[:1] == words[:1] else None

    def withdraw_role(self, name: str, role: str) -> None:
        """The person named ``name`` does not hold ``role`` after all ("Pengacara Ridwan Kamil, Muslim
        Jaya": the lawyer is Muslim Jaya). (The role's entries in the trie are then passed over.)"""
        p = self._by_tokens.get(frozenset(name_key(name)))
        if p is not None and p.role == role:
            p.role = None
            self._memo.clear()

    def retire(self, name: str) -> None:
        """``name`` was a misreading ("Gambut Iola Abas" for "Iola Abas"): no short name resolves to it."""
        key = frozenset(name_key(name))
        p = self._by_tokens.pop(key, None)
        if p is not None:
            p.kind, p.role = "misread", None
            self._memo.clear()

    def _index_role(self, p: Person) -> None:
        """File ``p`` under the words of its role (again when the role grows: the old entries then no
        longer match ``p.role`` and are passed over)."""
        if p.kind != "person" or not p.role:
            return
        node = self._roles
        for word in _role_words(p.role):
            child = node.next.get(word)
            if child is None:
                child = node.next[word] = _RoleNode()
            node = child
            node.below.append((p, p.role))
        node.ends.append((p, p.role))

    def resolve(
        self, name: str, near: int | None = None, exclude: frozenset[str] = frozenset()
    ) -> Person | None:
        """The fullest person whose name contains every word of ``name``; among several, the one whose
        name is longest, then the one seen last before ``near``."""
        memo_key = (name, exclude)
        if memo_key in self._memo:
            return self._memo[memo_key]
        person, placed = self._resolve(name, near, exclude)
        if not placed:
            self._memo[memo_key] = person
        return person

    def _resolve(self, name: str, near: int | None, exclude: frozenset[str]) -> tuple[Person | None, bool]:
        """``resolve``, and whether the answer depended on ``near``."""
        words = name_key(name)
        alias = self._aliases.get(" ".join(words))
        if alias is not None:
            return alias, False
        if not words:
            return None, False
        key = frozenset(words)
        matches: list[Person] = []
        for p in self._holders_of_rarest(words):
            if key <= p.tokens and p.kind == "person" and p.tokens != exclude:
                matches.append(p)
                if len(matches) > MAX_NAMESAKES:
                    return None, False
        if len(words) == 1 and all(p.tokens == key for p in matches):
            matches = self._misspelt(words[0]) or matches  # "Ultzy" for "Ulytz Sukma Susila"
        if not matches:
            return None, False
        placed = False
        if len(words) >= 2 and all(p.tokens == key and p.weak for p in matches):
            # "Keresahan Darto": a sentence's first word glued to a name the article gives in full
            rest, placed = self._resolve(" ".join(name.split()[1:]), near, key)
            if rest is not None and len(rest.tokens) >= 2:
                return rest, placed
        # the fullest forms: matches that no other match contains ("Alexander Lukashenko", not "Lukashenko")
        if len(matches) <= 8:
            fullest = [p for p in matches if not any(p.tokens < o.tokens for o in matches)]
        else:  # (each weighed only against the people who share its rarest word)
            fullest = [p for p in matches if not self._contained(p, exclude)]
        if any(not p.weak for p in fullest):
            fullest = [p for p in fullest if not p.weak]
        placed = placed or len(fullest) > 1  # where the name stands may pick among several
        if len(fullest) > 1 and near is not None:
            # two people share the short name ("Ahmad"): the one the text named last before this point
            return _first_best(fullest, near), placed
        return _first_best(fullest, None), placed

    def _holders_of_rarest(self, words: tuple[str, ...]) -> list[Person]:
        """The people whose name holds the rarest of ``words``: only they can hold every one of them."""
        candidates = self._by_word.get(words[0], [])
        for word in words[1:]:
            holders = self._by_word.get(word, [])
            if len(holders) < len(candidates):
                candidates = holders
        return candidates

    def _misspelt(self, word: str) -> list[Person]:
        """The people whose name holds ``word`` with two letters swapped ("Ultzy", "Ulytz") or one letter
        left out ("Soejanto", "Soerjanto"): a printing error, when exactly one word of the article's names
        fits. (Not for short words, nor for articles with very many names.)"""
        if len(word) < MIN_MISSPELT or len(self._by_word) > MAX_MISSPELT_WORDS:
            return []
        letters = sorted(word)
        fits = [
            w for w in self._by_shape.get((word[:1], len(word)), [])
            if w != word and sorted(w) == letters and sum(a != b for a, b in zip(w, word, strict=True)) <= 3
        ]  # fmt: skip
        fits += [w for w in self._by_shape.get((word[:1], len(word) + 1), []) if _one_letter_more(w, word)]
        if len(fits) != 1:
            return []
        return [p for p in self._by_word[fits[0]] if p.kind == "person" and len(p.tokens) >= 2]

    def _contained(self, p: Person, exclude: frozenset[str]) -> bool:
        """Does another person's name hold every word of ``p``'s and more? (Only the people whose name holds
        the rarest word of ``p``'s can.)"""
        holders: list[Person] | None = None
        for word in p.tokens:
            found = self._by_word.get(word, [])
            if holders is None or len(found) < len(holders):
                holders = found
        return any(p.tokens < o.tokens and o.kind == "person" and o.tokens != exclude for o in holders or [])

    def by_role(self, role: str, near: int | None = None) -> Person | None:
        """The person the article gave this role ("kata Kapolres" -> the Kapolres named before)."""
        # the people whose role is this one, begins with it ("kepala dinas" for "kepala"), or is a
        # beginning of it ("kapolres" for "kapolres jakarta"), word for word: one walk down the trie
        words = _role_words(role)
        lists: list[list[tuple[Person, str]]] = []
        node = self._roles
        for i, word in enumerate(words):
            child = node.next.get(word)
            if child is None:
                break
            node = child
            lists.append(node.below if i == len(words) - 1 else node.ends)
        found: dict[int, Person] = {}
        for entries in lists:
            for p, filed in entries:
                if filed is p.role:  # (not a role it has since outgrown)
                    found[p.index] = p
                    if len(found) > MAX_NAMESAKES:
                        return None
        hits = [found[i] for i in sorted(found)]
        if not hits:
            return None
        before = [p for p in hits if near is None or p.first_seen <= near]
        return max(before, key=lambda p: p.first_seen) if before else hits[0]

    def rank_of(self, person: Person) -> str | None:
        """The person's rank, from any mention of them (a shorter one may have carried it)."""
        if person.rank:
            return person.rank
        for p in self._people:
            if p.rank and p.tokens <= person.tokens and p.kind == "person":
                return p.rank
        return None

    def aliases_of(self, person: Person) -> list[str]:
        """The other names the article gives the person or body, in the order it gave them."""
        return list(person.aliases)

    def role_near(self, person: Person, pos: int | None, proper: Callable[[str], bool]) -> str | None:
        """The person's role for a mention at ``pos``: the fullest form of the role written nearest to it
        when the article gives them two ("Ketua Kebun Raya Indonesia", "Dewan Pengarah BRIN"), else the
        fullest role of all. Only roles that ``proper`` accepts are weighed ("Pernyataan" is none)."""
        full = self.role_of(person)
        if pos is None or full is None or len(person.roles) < 2:
            return full
        roles = [(at, r) for at, r in person.roles if proper(r)]
        if not roles or all(same_role(r, full) for _, r in roles):
            return full
        near = roles[0]
        for entry in roles[1:]:
            if abs(entry[0] - pos) < abs(near[0] - pos):
                near = entry
        best = near[1]
        for _, r in roles:
            if len(r) > len(best) and same_role(r, near[1]):
                best = r
        return best

    def role_of(self, person: Person) -> str | None:
        if person.role:
            return person.role
        # a shorter mention may have carried the role ("Menhan Austin"): the first person named whose
        # name's words are some of this one's; looked up by those words where there are few of them
        if len(self._people) <= 64 or len(person.tokens) > 5:
            for p in self._people:
                if p.role and p.tokens <= person.tokens:
                    return p.role
            return None
        words = sorted(person.tokens)
        best: Person | None = None
        for mask in range(1 << len(words)):
            part = frozenset(w for i, w in enumerate(words) if mask >> i & 1)
            holder = self._by_tokens.get(part)
            if holder is not None and holder.role and (best is None or holder.index < best.index):
                best = holder
        return best.role if best is not None else None


def _one_letter_more(longer: str, word: str) -> bool:
    """Is ``longer`` the word ``word`` with one letter more inside it ("Soerjanto", "Soejanto"), not at
    an end ("Israeli", "Republicans": another word)?"""
    i = 0
    while i < len(word) and longer[i] == word[i]:
        i += 1
    return 0 < i < len(word) and longer[i].isalpha() and longer[i + 1 :] == word[i:]  # ("Clinton's")
