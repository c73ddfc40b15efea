"""The speaker registry: one speaker per real person or body across all articles, with the reason for every
merge.

Names are matched by a lower-cased key. Rules, in order (each merge is recorded with its reason):
1. a name already known (as written before, merged by hand, or a shipped alias: "Korea Utara" = "North
   Korea") is that speaker;
2. a one-word person name ("Prabowo") is the person whose full name starts or ends with it, when exactly one
   such person is known and the roles agree ("Presiden Prabowo" / "Presiden Prabowo Subianto"); with two
   full names ("Budi Santoso", "Budi Hartono"), or roles that share no word, it stays a speaker of its own;
3. a full name spelled almost like a known one, in one word ("Alexander Lukashenka" / "Alexander
   Lukashenko"), is that person when they are 95% alike, or 90% with a role word in common;
4. a new full name takes over a one-word speaker it is the only full form of.
Unnamed sources ("seorang warga", "officials") are no registry speakers: a quote keeps their words.
Merges and splits made by hand (``kutip speakers merge/split``) are rows marked ``manual``; the rules never
undo them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from kutip.lang.aliases import GROUPS
from kutip.store.connection import fast

if TYPE_CHECKING:
    from sqlalchemy import Connection

KIND_GROUP = {"person": "person", "organization": "body", "country": "body"}
SPELLING_SIMILARITY = 90  # rapidfuzz ratio of two full names written differently, when their roles agree
SAFE_SIMILARITY = 95  # without a role in common ("Zainal Abidin" / "Zaenal Abidin" are 92% alike: kept apart)
WORD_SIMILARITY = 80  # and of the one word in which they differ


def name_key(name: str) -> str:
    """ "Lukashenko" / "LUKASHENKO" / "U.S." -> "lukashenko" / "lukashenko" / "us"."""
    return " ".join(re.sub(r"[.’'`]", "", name).replace("-", " ").casefold().split())


@cache
def shipped_aliases() -> dict[str, str]:
    """alias key -> the name shown, from the cross-language alias table."""
    return {name_key(alias): group[0] for group in GROUPS for alias in group}


class Registry:
    """Speaker ids for names, kept in the store's ``speakers`` and ``aliases`` tables."""

    def __init__(self, db: Connection) -> None:
        self.db = db
        self._tokens: dict[str, set[int]] | None = None  # first/last word of a person's full name -> ids
        self._aliases: dict[tuple[str, str], int] = {}  # names looked up before: one query each
        self._version: str | None = None  # the registry_version those memories belong to
        self._seen_newest = -1  # the highest speaker id when this process last wrote: others added above it
        self.moved: dict[int, int] = {}  # speakers merged away in this write -> where their quotes go

    def _token_index(self) -> dict[str, set[int]]:
        if self._tokens is None:
            self._tokens = {}
            for sid, name in fast(self.db, "SELECT id, name FROM speakers WHERE kind = 'person'"):
                self._index(sid, name)
        return self._tokens

    def _index(self, sid: int, name: str) -> None:
        words = name_key(name).split()
        if len(words) >= 2 and self._tokens is not None:
            self._tokens.setdefault(words[0], set()).add(sid)
            self._tokens.setdefault("$" + words[-1], set()).add(sid)

    def _full_names(self, word: str) -> set[int]:
        """Full names a one-word name can be short for: those it begins ("Prabowo" of "Prabowo Subianto", the
        Indonesian way), else those it ends ("Lukashenko" of "Alexander Lukashenko")."""
        index = self._token_index()
        return index.get(word, set()) or index.get("$" + word, set())

    def _alias(self, key: str, group: str) -> int | None:
        known = self._aliases.get((key, group))
        if known is not None:
            return known
        row = fast(
            self.db,
            "SELECT speaker_id FROM aliases WHERE alias_key = :k AND kind_group = :g",
            {"k": key, "g": group},
        ).fetchone()
        if row:
            self._aliases[key, group] = row[0]
        return row[0] if row else None

    def current(self, sid: int | None) -> int | None:
        """Where speaker ``sid`` is now, after the merges of this write (for rows not written yet)."""
        while sid in self.moved:
            sid = self.moved[sid]
        return sid

    def forget(self) -> None:
        """Drop what this process remembers of the tables (after a rollback, a merge or a split)."""
        self._aliases.clear()
        self._tokens = None
        self.moved.clear()

    def sync(self) -> None:
        """At the start of a write: forget what this process remembers if another one merged or split
        speakers, or added some, since its last write (``kutip speakers merge`` while an ingest runs, two
        ingests into one database): its index of full names must hold theirs too."""
        row = fast(self.db, "SELECT value FROM meta WHERE key = 'registry_version'").fetchone()
        version = row[0] if row else "0"
        newest = self._newest()
        if version != self._version or newest != self._seen_newest:
            self.forget()
            self._version = version
            self._seen_newest = newest

    def _newest(self) -> int:
        return int(fast(self.db, "SELECT coalesce(max(id), 0) FROM speakers").scalar_one())

    def settle(self) -> None:
        """After this process's write is committed: the speakers it added are ones it knows."""
        self._seen_newest = self._newest()

    def _changed(self) -> None:
        """Record that speakers were merged or split, for the other processes' ``sync``."""
        self._version = str(int(self._version or "0") + 1)
        fast(
            self.db,
            "INSERT INTO meta(key, value) VALUES ('registry_version', :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            {"v": self._version},
        )

    def _add_alias(
        self, key: str, group: str, sid: int, alias: str, reason: str, manual: bool = False
    ) -> None:
        fast(
            self.db,
            "INSERT INTO aliases(alias_key, kind_group, speaker_id, alias, reason, manual) "
            "VALUES (:k, :g, :s, :a, :r, :m) ON CONFLICT(alias_key, kind_group) DO UPDATE SET "
            "speaker_id = excluded.speaker_id, reason = excluded.reason, manual = excluded.manual",
            {"k": key, "g": group, "s": sid, "a": alias, "r": reason, "m": int(manual)},
        )
        self._aliases[key, group] = sid

    def _new(self, name: str, kind: str) -> int:
        row = fast(
            self.db, "INSERT INTO speakers(name, kind) VALUES (:n, :k) RETURNING id", {"n": name, "k": kind}
        ).fetchone()
        sid = int(row[0])
        if kind == "person":
            self._token_index()
            self._index(sid, name)
        return sid

    def resolve(self, name: str | None, kind: str, role: str | None = None) -> int | None:
        """The speaker id of ``name`` (creating or merging as the rules say), or None for unnamed sources."""
        group = KIND_GROUP.get(kind)
        if not name or group is None:
            return None
        key = name_key(name)
        if not key:
            return None
        known = self._alias(key, group)
        if known is not None:
            if group == "person" and " " not in key:
                return self._fold_short(known, key, role)
            return known
        if group == "body":
            return self._resolve_body(name, key, kind)
        return self._resolve_person(name, key, role)

    def _resolve_body(self, name: str, key: str, kind: str) -> int:
        group = shipped_aliases().get(key)
        if group is not None:  # another name of the same body may be known already
            for alias_key, other in shipped_aliases().items():
                sid = self._alias(alias_key, "body") if other == group else None
                if sid is not None:
                    self._add_alias(key, "body", sid, name, f"shipped alias ({group})")
                    return sid
        sid = self._new(name, kind)  # shown as first written
        self._add_alias(key, "body", sid, name, "first seen")
        return sid

    def _resolve_person(self, name: str, key: str, role: str | None) -> int:
        words = key.split()
        if len(words) == 1:
            full = self._full_names(words[0])
            if len(full) == 1:
                sid = next(iter(full))
                shared = self._shared_role_word(sid, role)
                if shared:
                    self._add_alias(
                        key, "person", sid, name, f"short form of {self._name(sid)} (both '{shared}')"
                    )
                    return sid
            sid = self._new(name, "person")
            reason = "first seen" if not full else f"first seen; {len(full)} full names share it, kept apart"
            self._add_alias(key, "person", sid, name, reason)
            return sid
        variant = self._spelling_variant(words)
        if variant is not None:
            sid, score = variant
            shared = self._shared_role_word(sid, role)
            if score >= SAFE_SIMILARITY or shared:
                also = f", both '{shared}'" if shared else ""
                reason = f"spelling of {self._name(sid)} ({score:.0f}% alike{also})"
                self._add_alias(key, "person", sid, name, reason)
                return sid
        sid = self._new(name, "person")
        self._add_alias(key, "person", sid, name, "first seen")
        self._absorb_short_forms(sid, name, words, role)
        return sid

    def _fold_short(self, sid: int, key: str, role: str | None) -> int:
        """A one-word speaker seen again with a role that agrees with the only full name it can be short
        for ("Prabowo", then "Presiden Prabowo" once "Presiden Prabowo Subianto" is known): fold it in."""
        full = self._full_names(key)
        if len(full) != 1 or sid in full:
            return sid
        manual = fast(
            self.db, "SELECT MAX(manual), COUNT(*) FROM aliases WHERE speaker_id = :s", {"s": sid}
        ).fetchone()
        if manual[0] or manual[1] > 1:
            return sid  # fixed by hand, or already holding other names: a person decides
        target = next(iter(full))
        shared = self._shared_role_word(target, role)
        if not shared:
            return sid
        self.merge(sid, target, f"short form of {self._name(target)} (both '{shared}')", manual=False)
        return target

    def _shared_role_word(self, sid: int, role: str | None) -> str | None:
        """A word the role written with a short name shares with a role of speaker ``sid``."""
        if not role:
            return None
        words = {w for w in name_key(role).split() if len(w) > 3}
        for (known,) in fast(self.db, "SELECT role FROM roles WHERE speaker_id = :s", {"s": sid}):
            common = words & set(name_key(known).split())
            if common:
                return sorted(common)[0]
        return None

    def _name(self, sid: int) -> str:
        return fast(self.db, "SELECT name FROM speakers WHERE id = :s", {"s": sid}).scalar_one()

    def _spelling_variant(self, words: list[str]) -> tuple[int, float] | None:
        """A known full name of as many words, differing in one word spelled almost the same."""
        index = self._token_index()
        candidates = index.get(words[0], set()) | index.get("$" + words[-1], set())
        best = None
        for sid in candidates:
            other = name_key(self._name(sid)).split()
            if len(other) != len(words):
                continue
            diff = [(a, b) for a, b in zip(words, other, strict=True) if a != b]
            if len(diff) != 1 or diff[0][0][0] != diff[0][1][0]:
                continue
            if fuzz.ratio(*diff[0]) < WORD_SIMILARITY:
                continue
            score = fuzz.ratio(" ".join(words), " ".join(other))
            if score >= SPELLING_SIMILARITY and (best is None or score > best[1]):
                best = (sid, score)
        return best

    def _absorb_short_forms(self, sid: int, name: str, words: list[str], role: str | None) -> None:
        """A one-word speaker known before ("Prabowo") becomes this full name when it is its only one and
        their roles agree."""
        for word in {words[0], words[-1]}:
            row = fast(
                self.db,
                "SELECT a.speaker_id, a.manual FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
                "WHERE a.alias_key = :w AND a.kind_group = 'person'",
                {"w": word},
            ).fetchone()
            if row is None or row[1] or row[0] == sid:
                continue
            if len(self._full_names(word)) != 1:
                continue  # "Budi" with two full names known: it stays apart
            old = row[0]
            if (
                fast(self.db, "SELECT COUNT(*) FROM aliases WHERE speaker_id = :s", {"s": old}).scalar_one()
                > 1
            ):
                continue  # the short speaker already gathered other names: leave it to a person to decide
            shared = self._shared_role_word(old, role)
            if shared:
                self.merge(old, sid, f"short form of {name} (both '{shared}')", manual=False)

    def merge(self, source: int, target: int, reason: str, manual: bool) -> None:
        """Fold speaker ``source`` into ``target``: its quotes, roles and names."""
        if source == target:
            return
        db = self.db
        moved = {"t": target, "s": source}
        fast(db, "UPDATE quotes SET speaker_id = :t WHERE speaker_id = :s", moved)
        # "Rusia dan Korea Utara" merged into one speaker: that quote keeps one row for it, the first
        fast(
            db,
            "DELETE FROM quote_speakers WHERE speaker_id IN (:s, :t) "
            "AND quote_id IN (SELECT quote_id FROM quote_speakers WHERE speaker_id = :s) "
            "AND quote_id IN (SELECT quote_id FROM quote_speakers WHERE speaker_id = :t) "
            "AND position > (SELECT min(o.position) FROM quote_speakers o "
            "WHERE o.quote_id = quote_speakers.quote_id AND o.speaker_id IN (:s, :t))",
            moved,
        )
        fast(db, "UPDATE quote_speakers SET speaker_id = :t WHERE speaker_id = :s", moved)
        for role, first, last, n in fast(
            db, "SELECT role, first_date, last_date, quotes FROM roles WHERE speaker_id = :s", moved
        ).fetchall():
            add_role(db, target, role, first, n, last)
        fast(db, "DELETE FROM roles WHERE speaker_id = :s", moved)
        fast(
            db,
            "UPDATE aliases SET speaker_id = :t, reason = :r, manual = :m WHERE speaker_id = :s",
            {**moved, "r": reason, "m": int(manual)},
        )
        fast(db, "DELETE FROM speakers WHERE id = :s", moved)
        self.moved[source] = target
        self._changed()
        self._aliases.clear()
        if self._tokens is not None:
            for ids in self._tokens.values():
                ids.discard(source)

    def split(self, alias_key: str, group: str) -> int:
        """Give the name ``alias_key`` a speaker of its own again, with the quotes written with that name."""
        row = fast(
            self.db,
            "SELECT speaker_id, alias FROM aliases WHERE alias_key = :k AND kind_group = :g",
            {"k": alias_key, "g": group},
        ).fetchone()
        if row is None:
            raise LookupError(f"no speaker name {alias_key!r}")
        old, alias = row
        self.forget()
        self._changed()
        kind = fast(self.db, "SELECT kind FROM speakers WHERE id = :s", {"s": old}).scalar_one()
        sid = self._new(alias, kind)
        self._add_alias(alias_key, group, sid, alias, "split by hand", manual=True)
        for qid, position, speaker_name in fast(
            self.db, "SELECT quote_id, position, name FROM quote_speakers WHERE speaker_id = :s", {"s": old}
        ).fetchall():
            if speaker_name and name_key(speaker_name) == alias_key:
                moved = {"s": sid, "q": qid, "p": position}
                fast(
                    self.db,
                    "UPDATE quote_speakers SET speaker_id = :s WHERE quote_id = :q AND position = :p",
                    moved,
                )
                if position == 0:
                    fast(self.db, "UPDATE quotes SET speaker_id = :s WHERE id = :q", moved)
        return sid


def add_role(
    db: Connection, sid: int, role: str, date: str | None, n: int = 1, last: str | None = None
) -> None:
    """Count ``role`` for speaker ``sid`` and widen the dates it was written on."""
    last = last or date
    fast(
        db,
        "INSERT INTO roles(speaker_id, role, first_date, last_date, quotes) VALUES (:s, :r, :f, :l, :n) "
        "ON CONFLICT(speaker_id, role) DO UPDATE SET quotes = roles.quotes + excluded.quotes, "
        "first_date = CASE WHEN roles.first_date IS NULL OR excluded.first_date < roles.first_date "
        "THEN excluded.first_date ELSE roles.first_date END, "
        "last_date = CASE WHEN roles.last_date IS NULL OR excluded.last_date > roles.last_date "
        "THEN excluded.last_date ELSE roles.last_date END",
        {"s": sid, "r": role, "f": date, "l": last, "n": n},
    )
