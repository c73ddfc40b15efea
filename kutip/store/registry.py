"""The speaker registry: one speaker per real person or body across all articles, with the reason for every
merge.

Names are matched by a lower-cased key. Rules, in order (each merge is recorded with its reason):
1. a name already known (as written before, merged by hand, learnt from an article, or shipped: "Korea Utara"
   = "North Korea", "Jokowi" = "Joko Widodo") is that speaker, unless it is a one-word person name whose role
   disagrees with every speaker of that name, or a person whose standing clashes with all of them (below):
   then a namesake of their own ("Joko Widodo", the immigration officer); a full name whose roles merely
   differ stays one person (an office changes). A common given name alone ("Agus") is a namesake of its
   own unless its role or the words around it agree;
2. a person name that lines up with a known one (``names.match_person``): initials and given-name forms ("M
   Fadil Imran" / "Mohammad Fadil Imran"), spelling of the old orthography ("Soeparno" / "Suparno"), joined or
   split words, a missing middle or last name ("Rosan Roeslani"), is that person unless their roles disagree;
   a missing first name ("Argo Yuwono" / "Raden Prabowo Argo Yuwono") or a one-word name ("Purbaya") only
   when the role or the words around the name agree with the person's roles. A name that is a full name but
   for an initial or a particle ("Bobby A Nasution" / "Bobby Nasution", "Robert Na Endi Jaweng") is that
   person through a change of office, as in rule 1. Two such people: kept apart;
3. a full name spelled almost like a known one, in one word ("Alexander Lukashenka" / "Alexander
   Lukashenko"), is that person when they are 95% alike, or 90% with their roles agreeing;
4. a body is the body of the same name once contractions and legal forms are expanded ("Kemensos",
   "PT Pertamina"), or whose acronym it is ("KPU" / "Komisi Pemilihan Umum"), or of one misspelt word;
5. a new full name takes over a one-word speaker it is the only full form of, when their roles agree or
   the headlines of that speaker's articles write the full name ("Panggil Erick Thohir");
6. a person written with a role they did not hold before, which the one other person whose name lines up
   with theirs holds ("Pramono Anung", now Sekretaris Kabinet, as "Pramono Anung Wibowo" is), is that
   person, whichever name came first.
Roles disagree when they share no word that says where the person works, or when they name different
institutions ("Divisi Humas Polri" / "Kejaksaan Agung", even with "Penerangan" in both). A one-word name with
no role ("kata Purbaya") is the one full name it can be short for when that person is quoted within
``SAME_WEEKS`` days, day by day, counting the articles of the write in progress, and no one else in the store
goes by the word (a word spelled so in one full name and only in the old spelling in the others counts as
theirs alone: "Susatyo", not "Soesatyo"); never for a common given name ("Agus", "Dewi"). A long such word
("Misbakhun") that is the very word the one full name carrying it is called by (its first word of note)
reaches further: ``SAME_SEASON`` days, even with a role of another office ("Megawati"). The same weeks let
a name missing a middle word ("Rosan Roeslani") join the one fuller name quoted then.
Standing: a high office ("Presiden", "Menteri") and an ordinary citizen or local post ("pedagang", "Kepala
Seksi") are two people even under one full name (``names.mention_standing``); an ordinary citizen named by one
word is a speaker of their own in each article. One name is one person throughout an article.
Articles teach names too: "Saifullah Yusuf alias Gus Ipul", "Agus Harimurti Yudhoyono (AHY)" (``add_name``).
Roles agree when they share a word that says where the person works ("KPU" of "Ketua KPU RI"), not a title;
a body spelled out in one role is its acronym in another ("Dewan Perwakilan Rakyat" / "DPR"). Each role is
read in the language of the article it was written in.
Unnamed sources ("seorang warga", "officials") are no registry speakers: a quote keeps their words.
Merges and splits made by hand (``kutip speakers merge/split``) are rows marked ``manual``; the rules never
undo them. The merges the rules were least sure of are listed by ``kutip speakers review``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from kutip.lang.aliases import GROUPS
from kutip.lang.id import nicknames
from kutip.store.connection import fast, in_list, set_meta
from kutip.store.names import (
    NameMatch,
    acronym_forms,
    body_key,
    body_spelling,
    clear_standing,
    first_of_note,
    is_acronym,
    is_common,
    is_minor,
    is_nickname,
    match_person,
    name_key,
    person_words,
    role_bodies,
    role_words,
    same_role,
    shipped_nicknames,
    standings,
    standings_clash,
    word_key,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection

__all__ = ["DOUBT", "KIND_GROUP", "Registry", "add_role", "name_key", "shipped_aliases"]

KIND_GROUP = {"person": "person", "organization": "body", "country": "body"}
SPELLING_SIMILARITY = 90  # rapidfuzz ratio of two full names written differently, when their roles agree
SAFE_SIMILARITY = 95  # without a role in common ("Zainal Abidin" / "Zaenal Abidin" are 92% alike: kept apart)
WORD_SIMILARITY = 80  # and of the one word in which they differ
NAMESAKE = " #"  # "joko widodo #812": the key of a namesake, a second person of that name
SAME_WEEKS = 21  # days around a person's quotes in which a bare one-word name with no role is theirs
SAME_SEASON = 120  # days in which a long one-word name is the one full name called by it (``_lone_season``)
DISTINCTIVE_LETTERS = 5  # a one-word name this long may reach ``SAME_SEASON`` days, not only ``SAME_WEEKS``
# why a one-word name with no role is the one full name carrying it: the same weeks, or the same season
LONE_WORD = ("quoted the same weeks", "the one full name called by this word, quoted the same season")
# why two names are one person although their roles share no word (``_despite_roles``), or what else shows it
SAME_NAME = "the same full name but for an initial or a particle; an office changes"
HEADLINE = "the headline of its article writes the full name"
EVIDENCE = (*LONE_WORD, SAME_NAME, HEADLINE)
MISSING_RANK = {"": 0, "minor": 0, "trailing": 1, "middle": 1, "leading": 2}


# The kinds of rule-made merge, least sure first: what ``kutip speakers review`` shows first (the first
# kind a merge's reason holds is its kind).
DOUBT = (
    "quoted the same season",
    "namesake of",
    "quoted the same weeks",
    "roles do not disagree",
    "an office changes",
    "both hold the role",
    "headline of its article",
    "short form of",
    "fuller form of",
    "spelling",
    "written joined",
    "another name of",
    "written as another name",
    "acronym of",
    "spelled out",
    "same name once",
    "well-known nickname",
    "shipped alias",
)


@cache
def shipped_aliases() -> dict[str, str]:
    """alias key -> the name shown, from the cross-language alias table."""
    return {name_key(alias): group[0] for group in GROUPS for alias in group}


def near(days: set[str], others: set[str], within: int = SAME_WEEKS) -> bool:
    """Is every one of ``days`` (ISO) within ``within`` days of one of ``others``? Day by day, not the
    span: a minister quoted from May to October does not make a bare name of July his."""
    pad = dt.timedelta(days=within)
    theirs = [dt.date.fromisoformat(d) for d in others]
    return bool(days and theirs) and all(
        any(abs(dt.date.fromisoformat(d) - t) <= pad for t in theirs) for d in days
    )


def because(shared: str | None) -> str:
    """The bracket of a merge's reason: the word both roles share, or the rule a lone one-word name met."""
    if shared in EVIDENCE:
        return f"({shared})"
    return f"(both '{shared}')" if shared else "(roles do not disagree)"


def plain_key(alias_key: str) -> str:
    """ "joko widodo #812" -> "joko widodo"."""
    return alias_key.split(NAMESAKE)[0]


def fullness(name: str) -> tuple[int, int]:
    """How full a person's name is: its words of note, then its length; a nickname is never fuller."""
    if is_nickname(name):
        return (0, len(name))
    return (sum(len(w) > 2 for w in person_words(name)), len(name))


class Registry:
    """Speaker ids for names, kept in the store's ``speakers`` and ``aliases`` tables."""

    def __init__(self, db: Connection) -> None:
        self.db = db
        self._tokens: dict[str, set[int]] | None = None  # spelling key of a person's first/last word -> ids
        self._bodies: dict[str, set[int]] | None = None  # body key, or acronym of a spelled-out name -> ids
        self._aliases: dict[tuple[str, str], int] = {}  # names looked up before: one query each
        self._absent: set[tuple[str, str]] = set()  # names looked up in this write and not found
        self._shown: dict[int, str] = {}  # speaker -> the name it is shown by, read once per write
        # speaker -> every name it goes by (key, group, as written), read once, forgotten when another process
        # writes
        self._names_of: dict[int, list[tuple[str, str, str]]] = {}
        self._name_owner: dict[tuple[str, str], int] = {}  # (key, group) -> the speaker whose list holds it
        self._version: str | None = None  # the registry_version those memories belong to
        self._seen_newest = -1  # the highest speaker id when this process last wrote: others added above it
        self._writes = -1  # the store's count of registry writes after this process's last one
        self._next_id: int | None = None  # the id the next new speaker of this write gets (None: ask)
        self._ids_given = False  # this write gave out speaker ids (PostgreSQL's identity must follow them)
        self.moved: dict[int, int] = {}  # speakers merged away in this write -> where their quotes go
        self._date: str | None = None  # the date of the article being written
        self._days: dict[int, set[str]] = {}  # dates of the quotes resolved by this process
        self._standing: str | None = None  # "citizen", "staff" or "office": the person being resolved
        self._lang = "id"  # the language of the article being written: its role is read in it
        self._standings: dict[int, set[str]] = {}  # the standings this process wrote speakers with
        self._article: str | None = None  # the article being written, and the people it named so far
        self._here: dict[str, int] = {}
        self._checked: set[tuple[int, str]] = set()  # (speaker, role) looked at by ``_join_holder``
        self._held: dict[int, dict[str, str | None]] = {}  # speaker -> role -> its language, read once
        self._unsent = Unsent()  # the role counts of this write, sent at its end (``send_roles``)
        self._namesake_keys: dict[str, set[int]] | None = None  # plain key -> namesakes kept apart

    # -- indexes ---------------------------------------------------------------------------------------

    def _token_index(self) -> dict[str, set[int]]:
        if self._tokens is None:
            self._tokens = {}
            for sid, name in fast(
                self.db,
                "SELECT a.speaker_id, a.alias FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
                "WHERE s.kind = 'person'",
            ):
                self._index(sid, name)
        return self._tokens

    def _index(self, sid: int, name: str) -> None:
        words = [w for w in person_words(name) if len(w) > 1]
        if words and self._tokens is not None:
            for first in {words[0], first_of_note(words)}:  # "Andi Amran Sulaiman" under "amran" too
                self._tokens.setdefault(word_key(first), set()).add(sid)
            self._tokens.setdefault("$" + word_key(words[-1]), set()).add(sid)

    def _body_index(self) -> dict[str, set[int]]:
        if self._bodies is None:
            self._bodies = {}
            for sid, name in fast(self.db, "SELECT speaker_id, alias FROM aliases WHERE kind_group = 'body'"):
                self._index_body(sid, name)
        return self._bodies

    def _index_body(self, sid: int, name: str) -> None:
        if self._bodies is None:
            return
        self._bodies.setdefault(body_key(name), set()).add(sid)
        for form in acronym_forms(name) if not is_acronym(name) else ():
            self._bodies.setdefault("~" + form, set()).add(sid)
        words = body_key(name).split()
        if len(words) >= 2:
            self._bodies.setdefault("^" + words[0], set()).add(sid)

    def _alias(self, key: str, group: str) -> int | None:
        """The speaker called ``key``: a name found is remembered, and one not found too until the write ends
        (no one else adds names while this process holds the writers' lock)."""
        known = self._aliases.get((key, group))
        if known is not None:
            return known
        if (key, group) in self._absent:
            return None
        row = fast(
            self.db,
            "SELECT speaker_id FROM aliases WHERE alias_key = :k AND kind_group = :g",
            {"k": key, "g": group},
        ).fetchone()
        if row:
            self._aliases[key, group] = row[0]
        else:
            self._absent.add((key, group))
        return row[0] if row else None

    def expect(self, names: Iterable[tuple[str, str]]) -> None:
        """Look up ``names`` ((key, group): those a window's articles write) in one statement, rather than one
        round trip for each as it is first met: the speaker of each known one, and which are unknown."""
        wanted = {n for n in names if n[0] and n not in self._aliases and n not in self._absent}
        keys = sorted({key for key, _ in wanted})
        for i in range(0, len(keys), 500):
            marks, params = in_list(keys[i : i + 500])
            sql = f"SELECT alias_key, kind_group, speaker_id FROM aliases WHERE alias_key IN ({marks})"
            for key, group, sid in fast(self.db, sql, params):
                if (key, group) in wanted:
                    self._aliases[key, group] = sid
        self._absent |= {n for n in wanted if n not in self._aliases}

    def _namesakes(self, key: str) -> list[int]:
        """Every person called ``key``: the first one, then the namesakes kept apart from them."""
        first = self._alias(key, "person")
        apart = sorted(self._namesake_index().get(key, ()))
        return ([first] if first is not None else []) + apart

    def _namesake_index(self) -> dict[str, set[int]]:
        """plain key -> the namesakes of that name ("joko widodo #812"), read once per process and kept up
        to date by ``_add_alias``: a look-up by key prefix would scan the aliases on every name."""
        if self._namesake_keys is None:
            self._namesake_keys = {}
            for sid, key in fast(
                self.db,
                "SELECT speaker_id, alias_key FROM aliases WHERE kind_group = 'person' AND alias_key LIKE :n",
                {"n": "%" + NAMESAKE + "%"},
            ):
                self._namesake_keys.setdefault(plain_key(key), set()).add(sid)
        return self._namesake_keys

    # -- memory across processes -------------------------------------------------------------------

    def current(self, sid: int | None) -> int | None:
        """Where speaker ``sid`` is now, after the merges of this write (for rows not written yet)."""
        while sid in self.moved:
            sid = self.moved[sid]
        return sid

    def forget(self) -> None:
        """Drop what this process remembers of the tables (after a rollback, a merge or a split)."""
        self._aliases.clear()
        self._absent.clear()
        self._shown.clear()
        self._names_of.clear()
        self._name_owner.clear()
        self._tokens = None
        self._bodies = None
        self.moved.clear()
        self._unsent.clear()
        self._days.clear()
        self._standings.clear()
        self._here.clear()
        self._checked.clear()
        self._held.clear()
        self._namesake_keys = None

    def sync(self) -> None:
        """At the start of a write: forget what this process remembers if another one wrote since its last
        write (``kutip speakers merge`` while an ingest runs, two ingests into one database): its index of
        full names and the names of each speaker must hold theirs too."""
        self._held.clear()  # another process may have written roles, names or shown names since: read again
        self._ids_given = False
        self._absent.clear()
        self._shown.clear()
        self._checked.clear()
        asked = (
            "SELECT key, value FROM meta WHERE key IN ('registry_version', 'speaker_ids', 'registry_writes')"
        )
        meta = dict(fast(self.db, asked).fetchall())
        version = meta.get("registry_version", "0")
        newest = self._newest()
        writes = int(meta.get("registry_writes", 0))
        if version != self._version or newest != self._seen_newest or writes != self._writes:
            self.forget()
            self._version = version
            self._seen_newest = newest
        self._writes = writes
        self._next_id = max(newest, int(meta.get("speaker_ids", 0)), self._identity()) + 1

    def _newest(self) -> int:
        return int(fast(self.db, "SELECT coalesce(max(id), 0) FROM speakers").scalar_one())

    def _identity(self) -> int:
        """The last id PostgreSQL's identity of speaker ids gave out (0 on SQLite, or none yet)."""
        if self.db.dialect.name != "postgresql":
            return 0
        sql = "SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('speakers', 'id')::regclass), 0)"
        return int(fast(self.db, sql).scalar_one())

    def close_write(self) -> None:
        """Before this process's write is committed: the writes are counted (``meta``), for the other
        processes' ``sync``; the highest speaker id given out is kept, so that an id is never given twice,
        even once its speaker is merged away (a namesake's name holds its id); PostgreSQL's identity
        follows, so a speaker added without an id (by hand) gets a free one."""
        self._writes += 1  # counted, so that the other processes' ``sync`` sees that this one wrote
        set_meta(self.db, "registry_writes", str(self._writes))
        if not self._ids_given or self._next_id is None:
            return
        high = {"v": str(self._next_id - 1)}
        set_meta(self.db, "speaker_ids", high["v"])
        if self.db.dialect.name == "postgresql":
            fast(self.db, "SELECT setval(pg_get_serial_sequence('speakers', 'id'), CAST(:v AS bigint))", high)
        self._ids_given = False

    def settle(self) -> None:
        """After this process's write is committed: the speakers it added are ones it knows, and the dates of
        its quotes are in the store."""
        self._seen_newest = self._newest()
        self._days.clear()

    def _changed(self) -> None:
        """Record that speakers were merged or split, for the other processes' ``sync``."""
        self._version = str(int(self._version or "0") + 1)
        set_meta(self.db, "registry_version", self._version)

    # -- rows --------------------------------------------------------------------------------------

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
        self._names_changed(key, group, sid, alias)
        self._aliases[key, group] = sid
        self._absent.discard((key, group))
        if group == "person" and NAMESAKE in key and self._namesake_keys is not None:
            self._namesake_keys.setdefault(plain_key(key), set()).add(sid)
        if group == "person":
            if self._tokens is not None:
                self._index(sid, alias)
            self._show_fullest(sid, alias)
        else:
            self._index_body(sid, alias)

    def _names_changed(self, key: str, group: str, sid: int, alias: str) -> None:
        """Keep ``_names_of`` true to the name (key, group) just written for ``sid``. A new name is one more
        of its names. One that was another's (or not looked up) is no longer theirs, and ``sid``'s are read
        again: the row kept the spelling it was first written with."""
        if (key, group) in self._absent:
            if sid in self._names_of:
                self._names_of[sid].append((key, group, alias))
                self._name_owner[key, group] = sid
            return
        if self._aliases.get((key, group)) == sid:
            return
        owner = self._name_owner.pop((key, group), None)
        if owner in self._names_of:
            self._names_of[owner] = [n for n in self._names_of[owner] if n[:2] != (key, group)]
        self._names_of.pop(sid, None)

    def _show_fullest(self, sid: int, name: str) -> None:
        """A person is shown by the fullest name they go by ("Saifullah Yusuf", not "Gus Ipul")."""
        if fullness(name) > fullness(self._name(sid)):
            fast(self.db, "UPDATE speakers SET name = :n WHERE id = :s", {"n": name, "s": sid})
            self._shown[sid] = name

    def refresh_name(self, sid: int) -> None:
        """Show a person by the fullest of all their names (after a merge, by hand or by the rules)."""
        row = fast(self.db, "SELECT kind FROM speakers WHERE id = :s", {"s": sid}).fetchone()
        if row is None or row[0] != "person":
            return
        for (alias,) in fast(
            self.db, "SELECT alias FROM aliases WHERE speaker_id = :s", {"s": sid}
        ).fetchall():
            self._show_fullest(sid, alias)

    def _new(self, name: str, kind: str) -> int:
        """A new speaker. Its id is given out here, the next above the highest (the writers' lock is held),
        so the insert need not wait for the database to say it (on PostgreSQL it is pipelined)."""
        if self._next_id is None:  # a registry written without ``sync`` (a write begins with it)
            self._next_id = max(self._newest(), self._identity()) + 1
        sid, self._next_id = self._next_id, self._next_id + 1
        fast(
            self.db,
            "INSERT INTO speakers(id, name, kind) VALUES (:i, :n, :k)",
            {"i": sid, "n": name, "k": kind},
        )
        self._ids_given = True
        self._shown[sid] = name
        self._held[sid] = {}  # no role stored yet
        if kind == "person":
            self._token_index()
        else:
            self._body_index()
        return sid

    def _name(self, sid: int) -> str:
        """The name speaker ``sid`` is shown by (asked for every candidate a name is weighed against)."""
        name = self._shown.get(sid)
        if name is None:
            name = fast(self.db, "SELECT name FROM speakers WHERE id = :s", {"s": sid}).scalar_one()
            self._shown[sid] = name
        return name

    # -- context -----------------------------------------------------------------------------------

    def _roles(self, sid: int) -> list[tuple[str, str]]:
        """The roles speaker ``sid`` was written with, each with the language it was written in (its
        abbreviations and titles are read by that language's tables): those stored, and this write's not sent
        yet."""
        held = self._held.get(sid)
        if held is None:
            rows = fast(self.db, "SELECT role, lang FROM roles WHERE speaker_id = :s", {"s": sid})
            held = self._held[sid] = dict(rows.fetchall())
            for role, count in self._unsent.of(sid).items():
                _first_lang(held, role, count.lang)
        return [(role, lang or "id") for role, lang in held.items()]

    def add_role(self, sid: int, role: str, date: str | None, lang: str | None = None) -> None:
        """Count ``role`` for speaker ``sid`` once more: kept here and sent with the write's other counts
        (``send_roles``), one statement for all, not a round trip per quote."""
        self._unsent.add(sid, role, date, lang)
        held = self._held.get(sid)
        if held is not None:
            _first_lang(held, role, lang)

    def send_roles(self) -> None:
        """Write the role counts kept since the last time (before the rows of a window, and before a merge
        reads the roles it moves)."""
        if self._unsent:
            fast(self.db, ROLE_UPSERT, self._unsent.rows())
            self._unsent.clear()

    def _role_words(self, sid: int) -> frozenset[str]:
        """The words of every role of speaker ``sid`` that say where they work."""
        out: set[str] = set()
        for role, lang in self._roles(sid):
            out |= role_words(role, lang)
        return frozenset(out)

    def _agrees(self, sid: int, role: str | None, context: frozenset[str]) -> str | None:
        """A word of the role, or of the words around the name, that a role of ``sid`` has too."""
        common = (role_words(role, self._lang) | context) & self._role_words(sid)
        if common:
            return sorted(common)[0]
        return role if role and self._holds(sid, role) else None

    def _holds(self, sid: int, role: str) -> bool:
        """Has ``sid`` been written with this very role ("Presiden" and "Presiden")?"""
        same = same_role(role, self._lang)
        return any(same_role(r, lang) == same for r, lang in self._roles(sid))

    def _disagrees(self, sid: int, role: str | None, context: frozenset[str]) -> bool:
        """Both have roles, and nothing around the name shares a word with the roles of ``sid``; or the role
        names an institution none of theirs names (Polri / Kejaksaan: shared words do not bridge that)."""
        mine = role_words(role, self._lang)
        theirs = self._role_words(sid)
        return (
            bool(mine and theirs and not ((mine | context) & theirs))
            or self._clash(sid, role)
            or standings_clash(self._standing, self._standings_of(sid))
        )

    def _standings_of(self, sid: int) -> frozenset[str]:
        """The clear standings ``sid`` was written with: by their roles, and in this process's articles."""
        out = set(self._standings.get(sid, ()))
        for role, lang in self._roles(sid):
            found = clear_standing(standings(role, lang))
            if found:
                out.add(found)
        return frozenset(out)

    def _clash(self, sid: int, role: str | None) -> bool:
        """Does ``role`` name institutions, and every role of ``sid`` naming one name others?"""
        mine = role_bodies(role, self._lang)
        if not mine:
            return False
        theirs: set[str] = set()
        for other, lang in self._roles(sid):
            theirs |= role_bodies(other, lang)
        return bool(theirs) and not (mine & theirs)

    # -- resolving ---------------------------------------------------------------------------------

    def resolve(
        self,
        name: str | None,
        kind: str,
        role: str | None = None,
        context: Iterable[str] = (),
        date: str | None = None,
        standing: str | None = None,
        article: str | None = None,
        lang: str = "id",
    ) -> int | None:
        """The speaker id of ``name`` (creating or merging as the rules say), or None for unnamed sources.
        ``context``: words written around the name in its article, which may show the person's work;
        ``date``: the article's (ISO), for a one-word name with no role (see ``_same_weeks``); ``standing``:
        "citizen", "staff" or "office" as the article writes the person (``names.mention_standing``);
        ``article``: its id: one name is one person throughout an article; ``lang``: its language, in which
        ``role`` is read."""
        group = KIND_GROUP.get(kind)
        if not name or group is None:
            return None
        key = name_key(name)
        if not key:
            return None
        if group == "body":
            known = self._alias(key, group)
            return known if known is not None else self._resolve_body(name, key, kind)
        if article != self._article:
            self._article, self._here = article, {}
        if article is not None and key in self._here:
            sid = self.current(self._here[key])
            return self._join_holder(sid, name, role) if role and sid is not None and " " in key else sid
        words = frozenset(context)
        self._date, self._standing, self._lang = date, standing, lang
        if standing == "citizen" and " " not in key:
            sid = self._citizen(name, key)
        else:
            known = self._known_person(name, key, role, words)
            if known is not None:
                sid = self._fold_short(known, key, role, words) if " " not in key else known
            else:
                sid = self._resolve_person(name, key, role, words)
            if role and " " in key:
                sid = self._join_holder(sid, name, role)
        self._note(sid, date)
        if standing:
            self._standings.setdefault(sid, set()).add(standing)
        if article is not None:
            self._here[key] = sid
        return sid

    def _citizen(self, name: str, key: str) -> int:
        """An ordinary citizen named by one word ("Suharso (47), seorang pedagang"): a speaker of their own,
        as a namesake, in every article. Vox pops of one name in two articles are two people; the minister
        of that name is not them."""
        sid = self._new(name, "person")
        others = self._namesakes(key)
        why = f"namesake of {self._name(others[0])} #{others[0]}: " if others else ""
        reason = why + "an ordinary citizen named by one word, a speaker of their own"
        self._add_alias(f"{key}{NAMESAKE}{sid}", "person", sid, name, reason)
        return sid

    def _note(self, sid: int, date: str | None) -> None:
        """Remember that ``sid`` is quoted on ``date``: the rows of this write reach the store only at its
        end, and the next article of the same write may call the person by one word."""
        if not date:
            return
        self._days.setdefault(sid, set()).add(date[:10])

    def _known_person(self, name: str, key: str, role: str | None, context: frozenset[str]) -> int | None:
        """The person already called ``key`` whose roles do not disagree; a new namesake when all do and the
        name is one word ("Yusuf" of Disdik Mataram, "Yusuf" the minister), or when it is a common given name
        and nothing written around it agrees with anyone of that name ("Agus" of one article and "Agus" of
        another): a full name is one person's through changes of office, until a person splits it."""
        ids = [sid for sid in self._namesakes(key) if self._standings_of(sid) != {"citizen"}]
        if not ids:
            return None
        fitting = [sid for sid in ids if not self._disagrees(sid, role, context)]
        agreeing = [sid for sid in fitting if self._agrees(sid, role, context)]
        if agreeing:
            return agreeing[0]
        if " " not in key and is_common(key):
            return self._namesake(name, key, ids[0], "a common given name alone, nothing ties it to them")
        # a full name changes roles more often than owners, but not from a local post to a high office
        alike = [sid for sid in ids if not standings_clash(self._standing, self._standings_of(sid))]
        if fitting or (" " in key and alike):
            return (fitting or alike)[0]
        why = "roles disagree" if alike else "a high office and a citizen or local post are two people"
        return self._namesake(name, key, ids[0], why)

    def _namesake(self, name: str, key: str, first: int, why: str) -> int:
        """A new person called ``key`` like ``first``, kept apart from them for the reason ``why``."""
        sid = self._new(name, "person")
        self._add_alias(
            f"{key}{NAMESAKE}{sid}", "person", sid, name, f"namesake of {self._name(first)} #{first}: {why}"
        )
        return sid

    def _resolve_body(self, name: str, key: str, kind: str) -> int:
        found = self._shipped_body(key) or self._body_form(name)
        if found is not None:
            sid, reason = found
            self._add_alias(key, "body", sid, name, reason)
            return sid
        sid = self._new(name, kind)  # shown as first written
        self._add_alias(key, "body", sid, name, "first seen")
        return sid

    def _shipped_body(self, key: str) -> tuple[int, str] | None:
        group = shipped_aliases().get(key)
        if group is None:
            return None
        for alias_key, other in shipped_aliases().items():  # another name of the same body may be known
            sid = self._alias(alias_key, "body") if other == group else None
            if sid is not None:
                return sid, f"shipped alias ({group})"
        return None

    def _body_form(self, name: str) -> tuple[int, str] | None:
        """A known body this name is another form of: contracted, acronym, one word misspelt."""
        index = self._body_index()
        bkey = body_key(name)
        tries = [(bkey, "same name once contractions and legal forms are expanded")]
        if is_acronym(name):
            tries.append(("~" + bkey, "acronym of"))
        else:
            tries += [(form, "spelled out") for form in sorted(acronym_forms(name))]
        for look, why in tries:
            ids = index.get(look, set())
            if len(ids) == 1:
                sid = next(iter(ids))
                return sid, f"{why} {self._name(sid)}"
        words = bkey.split()
        near = index.get("^" + words[0], set()) if len(words) >= 2 else set()
        alike = {sid for sid in near if any(body_spelling(name, n) for n in self._names(sid))}
        if len(alike) == 1:
            sid = alike.pop()
            return sid, f"spelling of {self._name(sid)}"
        return None

    def _anchors(self, sid: int) -> list[str]:
        """The names of ``sid`` another name may line up with: a one-word one only when it has no fuller one
        ("Rizki" of "Rizki Ameliah" would let every "Rizki ..." in)."""
        names = self._names(sid)
        full = [n for n in names if sum(len(w) > 1 for w in person_words(n)) >= 2]
        return full or names

    def _names(self, sid: int) -> list[str]:
        """Every name ``sid`` goes by (in no set order)."""
        names = self._names_of.get(sid)
        if names is None:
            sql = "SELECT alias_key, kind_group, alias FROM aliases WHERE speaker_id = :s"
            names = self._names_of[sid] = [(r[0], r[1], r[2]) for r in fast(self.db, sql, {"s": sid})]
            self._name_owner.update(((key, group), sid) for key, group, _ in names)
        return [alias for _, _, alias in names]

    def _resolve_person(self, name: str, key: str, role: str | None, context: frozenset[str]) -> int:
        nick = shipped_nicknames().get(key)
        if nick is not None:
            sid = self._alias(name_key(nick), "person")
            if sid is not None:
                self._add_alias(key, "person", sid, name, f"well-known nickname of {nick}")
                return sid
        found = self._lined_up(name, role, context)
        if found is not None:
            sid, reason = found
            self._add_alias(key, "person", sid, name, reason)
            return sid
        words = key.split()
        variant = self._spelling_variant(words) if len(words) >= 2 else None
        if variant is not None:
            sid, score = variant
            shared = self._agrees(sid, role, context)
            if (score >= SAFE_SIMILARITY and not self._disagrees(sid, role, context)) or shared:
                also = f", both '{shared}'" if shared else ""
                reason = f"spelling of {self._name(sid)} ({score:.0f}% alike{also})"
                self._add_alias(key, "person", sid, name, reason)
                return sid
        sid = self._new(name, "person")
        self._add_alias(key, "person", sid, name, "first seen")
        if len(words) >= 2:
            self._absorb_short_forms(sid, name, role, context)
        return sid

    def _lined_up(self, name: str, role: str | None, context: frozenset[str]) -> tuple[int, str] | None:
        """The one known person whose name lines up with ``name`` (initials, spelling, a short form) and
        whose roles allow it (see the module's rule 2)."""
        words = person_words(name)
        index = self._token_index()
        full = [w for w in words if len(w) > 1]
        if not full:
            return None
        candidates = index.get(word_key(full[0]), set()) | index.get("$" + word_key(full[-1]), set())
        if len(words) == 1:  # "Purbaya": a full name it begins, else one it ends (the Indonesian way)
            candidates = index.get(word_key(full[0]), set()) or index.get("$" + word_key(full[0]), set())
        ranked: dict[int, tuple[int, int, str]] = {}
        for sid in candidates:
            for other in self._anchors(sid):
                verdict = self._fits(words, person_words(other), sid, role, context)
                if verdict is not None and (sid not in ranked or verdict[:2] < ranked[sid][:2]):
                    ranked[sid] = verdict
        if not ranked:
            return None
        best = min(v[:2] for v in ranked.values())
        top = [sid for sid, v in ranked.items() if v[:2] == best]
        if len(top) != 1:
            return None  # two people it could be: it stays a speaker of its own
        return top[0], ranked[top[0]][2]

    def _fits(
        self, words: list[str], other: list[str], sid: int, role: str | None, context: frozenset[str]
    ) -> tuple[int, int, str] | None:
        """(rank: 0 with the roles agreeing, how much is missing, reason) when ``words`` can be the person
        ``sid`` called ``other``; None when not."""
        short, long = (words, other) if len(words) <= len(other) else (other, words)
        match = match_person(short, long)
        if match is None:
            return None
        one_word = sum(len(w) > 1 for w in short) == 1
        if self._disagrees(sid, role, context):
            shared = self._despite_roles(short, long, match, sid, role)
            if shared is None:
                return None
        else:
            shared = self._agrees(sid, role, context)
        if one_word and not shared and not role and match.how == "short":
            shared = self._lone_word(short, long, sid)
        if match.missing == "middle" and not shared and self._same_weeks(sid) and not is_common(short[0]):
            shared = "quoted the same weeks"  # "Rosan Roeslani" / "Rosan Perkasa Roeslani" that week
        if (one_word or match.missing in ("leading", "middle", "trailing")) and not shared:
            return None
        if match.how == "spelling" and not shared and _first_letters_differ(short, long):
            return None  # "Yuli Hartono" / "Juli Hartono": two names of today, unless their roles agree
        if match.missing == "leading" and shared == role:  # a title alone ("Presiden") is not enough here
            return None
        what = {"spelling": "spelling or initials of", "joined": "written joined or split:"}.get(
            match.how, "short form of" if len(words) <= len(other) else "fuller form of"
        )
        reason = f"{what} {self._name(sid)} {because(shared)}"
        return (0 if shared else 1, MISSING_RANK[match.missing], reason)

    def _despite_roles(
        self, short: list[str], long: list[str], match: NameMatch, sid: int, role: str | None
    ) -> str | None:
        """Why ``short`` is the person ``sid`` called ``long`` although their roles share no word: it is
        their full name but for an initial or a particle ("Bobby A Nasution", Wali Kota Medan, then "Bobby
        Nasution", Gubernur Sumut: a full name keeps its owner through a change of office, as rule 1 says), or
        the long word they are called by, that no one else goes by, in the same season ("Megawati"). Never
        across institutions that clash, nor from a high office to a citizen or a local post."""
        if self._clash(sid, role) or standings_clash(self._standing, self._standings_of(sid)):
            return None
        if (
            match.how in ("short", "spelling")
            and match.missing in ("", "minor")
            and sum(len(w) > 2 for w in short) >= 2
            and not (match.how == "spelling" and _first_letters_differ(short, long))
        ):
            return SAME_NAME
        if match.how == "short" and sum(len(w) > 1 for w in short) == 1 and self._rare(short, {sid}):
            today = {self._date[:10]} if self._date else set()
            return self._lone_season(short, long, today, self._quoted_on(sid))
        return None

    def _lone_word(self, words: list[str], full: list[str], sid: int) -> str | None:
        """Why the one-word name ``words``, written with no role, is ``sid`` (called ``full``): no one else in
        the store goes by the word (never a common given name), and ``sid`` is quoted the same weeks, or the
        word is long and the one ``full`` is called by, in the same season (``_lone_season``)."""
        if not self._rare(words, {sid}):
            return None
        if self._same_weeks(sid):
            return LONE_WORD[0]
        today = {self._date[:10]} if self._date else set()
        return self._lone_season(words, full, today, self._quoted_on(sid))

    def _lone_season(self, words: list[str], full: list[str], days: set[str], theirs: set[str]) -> str | None:
        """The rarer word's rule: a long word (``DISTINCTIVE_LETTERS``), the very word the full name is
        called by ("Yusril" of "Yusril Ihza Mahendra", not "Pramono" of "Bambang Pramono"), in the same
        season's news (``SAME_SEASON`` days: "Willy" of 2025 is not the "Willy Aditya" of 2020)."""
        if not (self._distinctive(words) and near(days, theirs, SAME_SEASON)):
            return None
        called = first_of_note(full)
        return LONE_WORD[1] if [word_key(called)] == [word_key(w) for w in words if len(w) > 1] else None

    @staticmethod
    def _distinctive(words: list[str]) -> bool:
        """Is the one word of note of ``words`` long enough (``DISTINCTIVE_LETTERS``) to name one person in
        the store beyond the same weeks? "Yusril", "Misbakhun": yes; "Andi", "Nur", "Agus": never."""
        full = [w for w in words if len(w) > 1]
        return len(full) == 1 and len(full[0]) >= DISTINCTIVE_LETTERS

    def _same_weeks(self, sid: int) -> bool:
        """Is ``sid`` quoted within ``SAME_WEEKS`` days of the article being written? A one-word name with no
        role ("Purbaya", "kata Purbaya") is the one full name it can be short for in the same weeks' news,
        not in another year's (the least sure kind of short form: first in ``kutip speakers review``)."""
        return bool(self._date) and near({self._date[:10]}, self._quoted_on(sid))

    def _quoted_on(self, sid: int) -> set[str]:
        """The days ``sid`` is quoted on: in the store, and in this write not yet sent."""
        rows = fast(
            self.db,
            "SELECT DISTINCT a.date FROM quote_speakers qs JOIN quotes q ON q.id = qs.quote_id "
            "JOIN articles a ON a.id = q.article_id WHERE qs.speaker_id = :s AND a.date IS NOT NULL",
            {"s": sid},
        )
        return {d[:10] for (d,) in rows} | self._days.get(sid, set())

    def _fold_short(self, sid: int, key: str, role: str | None, context: frozenset[str]) -> int:
        """A one-word speaker seen again with a role that agrees with the only full name it can be short
        for ("Prabowo", then "Presiden Prabowo" once "Presiden Prabowo Subianto" is known): fold it in."""
        full = self._full_names(key) - {sid}
        if len(full) != 1:
            return sid
        manual = fast(
            self.db, "SELECT MAX(manual), COUNT(*) FROM aliases WHERE speaker_id = :s", {"s": sid}
        ).fetchone()
        if manual[0] or manual[1] > 1:
            return sid  # fixed by hand, or already holding other names: a person decides
        target = next(iter(full))
        shared = self._agrees(target, role, context) or self._weeks_agree(sid, target, role)
        if not shared or self._disagrees(target, role, context):
            return sid
        self.merge(sid, target, f"short form of {self._name(target)} {because(shared)}", manual=False)
        return target

    def _weeks_agree(
        self, short: int, target: int, role: str | None, days: set[str] | None = None
    ) -> str | None:
        """ "quoted the same weeks" when the one-word speaker ``short``, written with no role, is quoted only
        within ``SAME_WEEKS`` days of ``days`` (by default those of ``target``, the one full name it can be
        short for), and no one else goes by that word."""
        if role or self._role_words(short):
            return None
        theirs = self._quoted_on(target) if days is None else days
        words = person_words(self._name(short))
        if not self._rare(words, {short, target}):
            return None
        if near(self._quoted_on(short), theirs):
            return LONE_WORD[0]
        full = person_words(self._name(target))
        return self._lone_season(words, full, self._quoted_on(short), theirs)

    def _rare(self, words: list[str], besides: set[int]) -> bool:
        """Is the one-word name ``words`` a rare one: four letters or more, no "Muhammad", held by no person
        but those in ``besides`` (itself, the full name it is matched with)? "Agus", "Dewi" and "Nur" name
        many people: the weeks alone never tell which one."""
        full = [w for w in words if len(w) > 1]
        if len(full) != 1 or len(full[0]) < 4 or is_minor(full[0]) or is_common(full[0]):
            return False
        index = self._token_index()
        key = word_key(full[0])
        others = (index.get(key, set()) | index.get("$" + key, set())) - besides
        # "Susatyo": spelled so in the full name of one of ``besides``, only as "Soesatyo" in the others'
        return not others or (self._spelt_in(full[0], besides) and not self._spelt_in(full[0], others))

    def _spelt_in(self, word: str, ids: set[int]) -> bool:
        """Is ``word``, spelled just so, a word of a full name of one of ``ids``?"""
        low = word.casefold()
        return any(
            " " in name.strip() and low in (w.casefold() for w in person_words(name))
            for sid in ids
            for name in self._names(sid)
        )

    def _full_names(self, word: str) -> set[int]:
        """Full names a one-word name can be short for: those it begins ("Prabowo" of "Prabowo Subianto", the
        Indonesian way), else those it ends ("Lukashenko" of "Alexander Lukashenko")."""
        index = self._token_index()
        key = word_key(word)
        found = {s for s in index.get(key, set()) if " " in name_key(self._name(s))}
        return found or {s for s in index.get("$" + key, set()) if " " in name_key(self._name(s))}

    def _spelling_variant(self, words: list[str]) -> tuple[int, float] | None:
        """A known full name of as many words, differing in one word spelled almost the same."""
        index = self._token_index()
        candidates = index.get(word_key(words[0]), set()) | index.get("$" + word_key(words[-1]), set())
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

    def _absorb_short_forms(self, sid: int, name: str, role: str | None, context: frozenset[str]) -> None:
        """A one-word speaker known before ("Prabowo") becomes this full name when it is its only one and
        their roles agree."""
        words = person_words(name)
        today = {self._date[:10]} if self._date else set()
        for word in {words[0], first_of_note(words), words[-1]}:
            if self._alias(word, "person") is None:
                continue  # no one goes by the word alone
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
            shared = (
                self._agrees(old, role, context)
                or self._weeks_agree(old, sid, None, today)
                or self._headline(old, name)
            )
            if shared and not self._disagrees(old, role, context):
                self.merge(old, sid, f"short form of {name} {because(shared)}", manual=False)

    def _headline(self, short: int, name: str) -> str | None:
        """``HEADLINE`` when every article quoting the one-word speaker ``short`` writes ``name`` in its
        headline ("Panggil Erick Thohir", then "disampaikan Erick"), that full name being known only now."""
        titles = [
            t
            for (t,) in fast(
                self.db,
                "SELECT DISTINCT a.title FROM quote_speakers qs JOIN quotes q ON q.id = qs.quote_id "
                "JOIN articles a ON a.id = q.article_id WHERE qs.speaker_id = :s",
                {"s": short},
            )
        ]
        pattern = re.compile(rf"\b{re.escape(name)}\b")
        return HEADLINE if titles and all(t and pattern.search(t) for t in titles) else None

    def _join_holder(self, sid: int, name: str, role: str) -> int:
        """Rule 6: a person written with a role they did not hold before, held by the one other person whose
        name lines up with theirs ("Pramono Anung", Gubernur DKI, now Sekretaris Kabinet, as "Pramono Anung
        Wibowo" is): one person, whichever name came first. A namesake kept apart is never joined this way."""
        if (sid, role) in self._checked or not role_words(role, self._lang):
            return sid
        self._checked.add((sid, role))
        if self._holds(sid, role):
            return sid
        words = person_words(name)
        full = [w for w in words if len(w) > 1]
        if len(full) < 2:
            return sid
        index = self._token_index()
        near = (index.get(word_key(full[0]), set()) | index.get("$" + word_key(full[-1]), set())) - {sid}
        key = name_key(name)
        found = {
            other
            for other in near
            if self._holds(other, role)
            and all(plain_key(name_key(n)) != key for n in self._names(other))
            and any(_one_name(words, person_words(n)) for n in self._anchors(other))
        }
        if len(found) != 1:
            return sid
        other = found.pop()
        held = fast(
            self.db, "SELECT MAX(manual) FROM aliases WHERE speaker_id IN (:a, :b)", {"a": sid, "b": other}
        ).scalar_one()
        if held:
            return sid  # fixed by hand: a person decides
        self.merge(other, sid, f"{self._name(other)} and {name} both hold the role '{role}'", manual=False)
        return sid

    # -- names the articles give -------------------------------------------------------------------

    def add_name(self, sid: int, name: str, kind: str, reason: str, fold: bool = True) -> int:
        """Record ``name`` as another name of speaker ``sid`` (written so in an article: "alias Gus Ipul",
        "(AHY)"). A lone speaker of that name, made by the rules, is folded in; one holding other names, or
        fixed by hand, is left for a person to decide (and any other with ``fold`` False). Where ``sid``'s
        quotes now go."""
        group = KIND_GROUP.get(kind)
        key = name_key(name)
        if group is None or not key:
            return sid
        held = self._alias(key, group)
        if held is None:
            self._add_alias(key, group, sid, name, reason)
            return sid
        alone = None if fold or held == sid else self._weeks_agree(held, sid, None)
        if held == sid or not (fold or alone):
            return sid  # a short name another speaker holds: folded only if quoted in the same weeks alone
        names = fast(
            self.db, "SELECT MAX(manual), COUNT(*) FROM aliases WHERE speaker_id = :s", {"s": held}
        ).fetchone()
        if names[0] or names[1] > 1:
            return sid
        self.merge(held, sid, reason if fold else f"{reason}, {alone}", manual=False)
        return sid

    def knows_person(self, name: str) -> bool:
        """Is ``name`` (of two words or more) a person the registry holds?"""
        key = name_key(name)
        return " " in key and self._alias(key, "person") is not None

    def merge(self, source: int, target: int, reason: str, manual: bool) -> None:
        """Fold speaker ``source`` into ``target``: its quotes, roles and names."""
        if source == target:
            return
        self.send_roles()  # the roles it moves are read from the store
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
        for role, first, last, n, lang in fast(
            db, "SELECT role, first_date, last_date, quotes, lang FROM roles WHERE speaker_id = :s", moved
        ).fetchall():
            add_role(db, target, role, first, n, last, lang)
        fast(db, "DELETE FROM roles WHERE speaker_id = :s", moved)
        fast(
            db,
            "UPDATE aliases SET speaker_id = :t, reason = :r, manual = :m WHERE speaker_id = :s",
            {**moved, "r": reason, "m": int(manual)},
        )
        fast(db, "DELETE FROM speakers WHERE id = :s", moved)
        self.moved[source] = target
        if source in self._days:
            self._days.setdefault(target, set()).update(self._days.pop(source))
        self._changed()
        for name, held_by in self._aliases.items():  # its names are the target's now; those not found stay so
            if held_by == source:
                self._aliases[name] = target
        self._names_of.pop(source, None)
        self._names_of.pop(target, None)
        self._shown.pop(source, None)
        self._held.pop(source, None)
        self._held.pop(target, None)
        for index in (self._tokens, self._bodies, self._namesake_keys):
            for ids in (index or {}).values():
                if source in ids:
                    ids.discard(source)
                    ids.add(target)
        self.refresh_name(target)

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


# Count a role of a speaker and widen the dates it was written on; the language it was first written in is
# kept (its canonical form is read by that language's abbreviations). Counts add up in any order: the earliest
# and latest dates, the sum of quotes, and the first language given (``Unsent`` adds them up the same way).
ROLE_UPSERT = (
    "INSERT INTO roles(speaker_id, role, first_date, last_date, quotes, lang) "
    "VALUES (:s, :r, :f, :l, :n, :lang) "
    "ON CONFLICT(speaker_id, role) DO UPDATE SET quotes = roles.quotes + excluded.quotes, "
    "lang = coalesce(roles.lang, excluded.lang), "
    "first_date = CASE WHEN roles.first_date IS NULL OR excluded.first_date < roles.first_date "
    "THEN excluded.first_date ELSE roles.first_date END, "
    "last_date = CASE WHEN roles.last_date IS NULL OR excluded.last_date > roles.last_date "
    "THEN excluded.last_date ELSE roles.last_date END"
)


def add_role(
    db: Connection,
    sid: int,
    role: str,
    date: str | None,
    n: int = 1,
    last: str | None = None,
    lang: str | None = None,
) -> None:
    """Count ``role`` for speaker ``sid`` now (``ROLE_UPSERT``): a merge's and a split's recount."""
    last = last or date
    fast(db, ROLE_UPSERT, {"s": sid, "r": role, "f": date, "l": last, "n": n, "lang": lang})


@dataclass(slots=True)
class RoleCount:
    """One role of one speaker counted in a write, not sent yet: what ``ROLE_UPSERT`` would have made of
    the quotes counted so far."""

    first: str | None
    last: str | None
    quotes: int
    lang: str | None

    def add(self, date: str | None, lang: str | None) -> None:
        """One more quote, as ``ROLE_UPSERT`` adds it: dates widened (a missing one widens nothing), the
        first language kept."""
        if date is not None and (self.first is None or date < self.first):
            self.first = date
        if date is not None and (self.last is None or date > self.last):
            self.last = date
        self.quotes += 1
        if self.lang is None:
            self.lang = lang


class Unsent:
    """The role counts of a write not sent yet: speaker -> role -> count, one row each when sent."""

    __slots__ = ("counts",)

    def __init__(self) -> None:
        self.counts: dict[int, dict[str, RoleCount]] = {}

    def __bool__(self) -> bool:
        return bool(self.counts)

    def add(self, sid: int, role: str, date: str | None, lang: str | None) -> None:
        roles = self.counts.setdefault(sid, {})
        count = roles.get(role)
        if count is None:
            roles[role] = RoleCount(date, date, 1, lang)
        else:
            count.add(date, lang)

    def of(self, sid: int) -> dict[str, RoleCount]:
        return self.counts.get(sid, {})

    def rows(self) -> list[dict[str, Any]]:
        """The parameters of ``ROLE_UPSERT``, a row per speaker and role."""
        return [
            {"s": sid, "r": role, "f": c.first, "l": c.last, "n": c.quotes, "lang": c.lang}
            for sid, roles in self.counts.items()
            for role, c in roles.items()
        ]

    def clear(self) -> None:
        self.counts.clear()


def _first_lang(held: dict[str, str | None], role: str, lang: str | None) -> None:
    """Note ``role`` in roles read of a speaker, with the language the store keeps: the first one given."""
    if held.get(role) is None:
        held[role] = lang


def _one_name(words: list[str], other: list[str]) -> bool:
    """Can two person names of two full words or more be one, the shorter missing no leading word?"""
    short, long = (words, other) if len(words) <= len(other) else (other, words)
    match = match_person(short, long)
    return match is not None and match.missing != "leading" and sum(len(w) > 2 for w in short) >= 2


def _first_letters_differ(short: list[str], long: list[str]) -> bool:
    """Do two names that line up word for word begin a spelled-out word with different letters of today
    ("Juli" / "Yuli")? An old spelling ("Djonga" / "Jonga") is a sign of one name; a letter of today that
    differs is no proof: the roles must agree."""
    old = {o for o, _ in nicknames.SPELLING if len(o) == 2}
    return any(
        a[:1].casefold() != b[:1].casefold() and not {a[:2].casefold(), b[:2].casefold()} & old
        for a, b in zip(short, long, strict=False)
        if len(a) > 1 < len(b)
    )
