"""The people (and bodies) of one article: every name seen, so that short names resolve to full ones.

"Lukashenko" -> "Alexander Lukashenko"; "Kombes Arif" -> "Arif Rahman Hakim"; the role comes from whichever
mention of that person carried one ("Presiden Belarusia").
"""

from __future__ import annotations

_NAME_KEYS: dict[str, tuple[str, ...]] = {}


def name_key(name: str) -> tuple[str, ...]:
    """The words of a name as they are compared ("Dr. Budi" -> ("dr", "budi")). Remembered in a plain dict:
    compiled code reads it far faster than it calls through ``functools.lru_cache``."""
    key = _NAME_KEYS.get(name)
    if key is None:
        if len(_NAME_KEYS) >= 65536:
            _NAME_KEYS.clear()
        key = _NAME_KEYS[name] = tuple(w.casefold().rstrip(".") for w in name.split())
    return key


class Person:
    """One person (or body) of the article, under the fullest name seen."""

    __slots__ = ("first_seen", "kind", "mentions", "name", "role", "seen", "tokens", "weak")

    def __init__(
        self, name: str, kind: str, role: str | None, first_seen: int, tokens: frozenset[str], weak: bool
    ) -> None:
        self.name = name
        self.kind = kind
        self.role = role
        self.first_seen = first_seen
        self.tokens = tokens
        self.mentions = 1
        self.weak = weak  # the first word is a common word ("Anggaran Budi"): maybe a heading glued on
        self.seen = [first_seen]  # where each mention stands

    def __repr__(self) -> str:
        return f"Person({self.name!r}, {self.kind!r}, role={self.role!r})"


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
    last = -1
    for s in p.seen:
        if s <= near and s > last:
            last = s
    return last, len(p.tokens)


class ArticlePeople:
    """Names of one article, with the fullest form of each."""

    def __init__(self) -> None:
        self._people: list[Person] = []
        self._aliases: dict[str, Person] = {}
        self._by_tokens: dict[frozenset[str], Person] = {}
        self._by_word: dict[str, list[Person]] = {}  # word -> the people whose name holds it, in order
        # (name, excluded words) -> the answer, for answers that did not depend on where the name stands;
        # emptied whenever a person or an alias is added
        self._memo: dict[tuple[str, frozenset[str]], Person | None] = {}

    def add_alias(self, alias: str, name: str, kind: str, role: str | None, pos: int) -> None:
        """The short form in "Sri Wahyuni (Yuni)" or "Badan Pusat Statistik (BPS)" stands for the
        long one."""
        person = self.add(name, kind, role, pos)
        self._aliases.setdefault(" ".join(name_key(alias)), person)
        self._memo.clear()

    def add(self, name: str, kind: str, role: str | None, pos: int, weak: bool = False) -> Person:
        key = frozenset(name_key(name))
        p = self._by_tokens.get(key)
        if p is not None:
            p.mentions += 1
            p.seen.append(pos)
            if role and (not p.role or len(role) > len(p.role)):
                p.role = role  # the fullest role the article gives
            return p
        person = Person(name, kind, role, pos, key, weak)
        self._memo.clear()
        self._people.append(person)
        self._by_tokens[key] = person
        for word in key:
            self._by_word.setdefault(word, []).append(person)
        return person

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
        # only the people whose name holds its first word can hold every word of ``name``
        candidates = self._by_word.get(words[0], [])
        matches = [p for p in candidates if key <= p.tokens and p.kind == "person" and p.tokens != exclude]
        if not matches:
            return None, False
        placed = False
        if len(words) >= 2 and all(p.tokens == key and p.weak for p in matches):
            # "Keresahan Darto": a sentence's first word glued to a name the article gives in full
            rest, placed = self._resolve(" ".join(name.split()[1:]), near, key)
            if rest is not None and len(rest.tokens) >= 2:
                return rest, placed
        # the fullest forms: matches that no other match contains ("Alexander Lukashenko", not "Lukashenko")
        fullest = [p for p in matches if not any(p.tokens < o.tokens for o in matches)]
        if any(not p.weak for p in fullest):
            fullest = [p for p in fullest if not p.weak]
        placed = placed or len(fullest) > 1  # where the name stands may pick among several
        if len(fullest) > 1 and near is not None:
            # two people share the short name ("Ahmad"): the one the text named last before this point
            return _first_best(fullest, near), placed
        return _first_best(fullest, None), placed

    def by_role(self, role: str, near: int | None = None) -> Person | None:
        """The person the article gave this role ("kata Kapolres" -> the Kapolres named before)."""
        want = " ".join(name_key(role))
        hits = []
        for p in self._people:
            if p.kind != "person" or not p.role:
                continue
            have = " ".join(name_key(p.role))
            if have == want or have.startswith(want + " ") or want.startswith(have + " "):
                hits.append(p)
        if not hits:
            return None
        before = [p for p in hits if near is None or p.first_seen <= near]
        return max(before, key=lambda p: p.first_seen) if before else hits[0]

    def role_of(self, person: Person) -> str | None:
        if person.role:
            return person.role
        for p in self._people:  # a shorter mention may have carried the role ("Menhan Austin")
            if p.role and p.tokens <= person.tokens:
                return p.role
        return None
