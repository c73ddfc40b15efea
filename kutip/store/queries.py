"""The one query layer: what the command line (and the web app) ask the store, as typed rows.

Nobody else writes SQL that reads the corpus. Lists come in pages with a keyset cursor (an opaque string:
pass ``page.next`` back as ``after``), so a page costs the same at the millionth row as at the first, and
each page is a fixed number of queries, never one per row.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from functools import cache
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

from sqlalchemy import func, select

from kutip.doc import SCHEMA_VERSION as DOCUMENT_SCHEMA_VERSION
from kutip.errors import NotFoundError, UsageError
from kutip.store.connection import driver_errors, guarded, run
from kutip.store.names import canonical_role
from kutip.store.registry import DOUBT, name_key, shipped_aliases
from kutip.store.search import Search
from kutip.store.tables import aliases, quote_speakers, roles, speakers

if TYPE_CHECKING:
    from kutip.store.base import Store
    from kutip.store.claim_queries import ClaimDetail, ClaimFilter, ClaimQueries, ClaimRow

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Which quotes to list; every field left None means "any"."""

    speaker: str | None = None  # a name or alias of a registry speaker, in any language the aliases know
    act: str | None = None  # a speech act: say, assert, deny, ...
    search: str | None = (
        None  # the user's words: all of them, in any order; "a phrase" in quotes; pre* prefix
    )
    raw_search: str | None = None  # an expression in the back end's own full-text syntax (FTS5 / tsquery)
    since: dt.date | None = None  # articles dated on or after
    until: dt.date | None = None  # articles dated on or before
    lang: str | None = None  # the article's language code, lower case
    article: int | None = None  # one article's id
    type: str | None = None  # direct | indirect | mixed
    outlet: str | None = None  # the article's outlet as stored ("detik.com", "KOMPAS.TV"), any case
    speaker_id: int | None = None  # one registry speaker by its id (the web app's links)


QUOTE_TYPES = ("direct", "indirect", "mixed")
MAX_ID = 2**63 - 1  # the largest id either back end stores: a larger number names nothing
# a quote filter's plain conditions, each on one parameter of its own name
_VALUE_CONDITIONS: Final = {
    "act": "q.speech_act = :act",
    "since": "a.date >= :since",
    "until": "a.date <= :until",
    "lang": "a.lang = :lang",
    "type": "q.type = :type",
    "outlet": "lower(a.outlet) = lower(:outlet)",
}


@dataclass(frozen=True, slots=True)
class Overview:
    """What a store holds: its rows, and the outlets, languages and dates of its articles."""

    articles: int
    quotes: int
    speakers: int
    outlets: int
    languages: tuple[str, ...]
    first_date: str | None
    last_date: str | None


@dataclass(frozen=True, slots=True)
class CoSpeaker:
    """A further speaker of the same quote ("Rusia dan Korea Utara membantah ...")."""

    name: str
    speaker_id: int | None
    kind: str | None


@dataclass(frozen=True, slots=True)
class QuoteRow:
    id: int
    article_id: int
    doc_id: str
    date: str | None
    lang: str
    outlet: str | None
    url: str | None
    n: int  # the quote's place in its article
    type: str
    speech_act: str
    text: str
    start: int
    end: int
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: str | None  # the registry name, else the words of an unnamed source
    speaker_id: int | None
    kind: str | None
    speaker_name: str | None  # as written in this article
    role: str | None
    rank: str | None  # "AKBP", "Brigjen", "Prof": kept apart from the role
    mention: str | None
    mention_start: int | None
    mention_end: int | None
    confidence: float
    rule: str | None  # the attribution rule that chose the speaker
    co_speakers: tuple[CoSpeaker, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["co_speakers"] = [
            {"name": c.name, "speaker_id": c.speaker_id, "kind": c.kind} for c in self.co_speakers
        ]
        return out


@dataclass(frozen=True, slots=True)
class Alias:
    alias: str
    reason: str
    manual: bool


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    first_date: str | None
    last_date: str | None
    quotes: int
    lang: str | None = None  # the language it was written in (None: stored before schema 4 knew)


@dataclass(frozen=True, slots=True)
class CanonicalRole:
    """The roles a speaker was written with that are one office ("Jubir KPK", "Juru Bicara KPK"), in their
    canonical form, with the dates of all of them."""

    role: str
    written: tuple[str, ...]  # as the articles wrote it, most quoted first
    first_date: str | None
    last_date: str | None
    quotes: int

    def to_dict(self) -> dict[str, Any]:
        return {"role": self.role, "written": list(self.written), "first_date": self.first_date,
                "last_date": self.last_date, "quotes": self.quotes}  # fmt: skip


def canonical_roles(roles: Iterable[Role]) -> tuple[CanonicalRole, ...]:
    """``roles`` grouped by their canonical form, most quoted first; an office held under several wordings
    counts once, with the earliest and latest date of any of them."""
    groups: dict[str, list[Role]] = {}
    forms: dict[str, str] = {}
    for r in roles:
        form = canonical_role(r.role, r.lang or "id")
        key = " ".join(form.casefold().split())
        groups.setdefault(key, []).append(r)
        forms.setdefault(key, form)
    for short, longer in _cut_short(list(groups)).items():
        groups[longer] += groups.pop(short)
    out = []
    for key, held in groups.items():
        held.sort(key=lambda r: (-r.quotes, r.role))
        firsts = [r.first_date for r in held if r.first_date]
        lasts = [r.last_date for r in held if r.last_date]
        out.append(CanonicalRole(forms[key], tuple(r.role for r in held), min(firsts, default=None),
                                 max(lasts, default=None), sum(r.quotes for r in held)))  # fmt: skip
    return tuple(sorted(out, key=lambda c: (-c.quotes, c.role)))


def _cut_short(keys: list[str]) -> dict[str, str]:
    """A role written short ("wali kota") -> the one fuller role of the same speaker it begins ("wali kota
    surabaya"); a short one that two fuller roles begin ("ketua": "ketua kpu", "ketua dpr") stays apart."""
    out = {}
    for short in keys:
        fuller = [k for k in keys if k.startswith(short + " ")]
        if len(fuller) == 1:
            out[short] = fuller[0]
    return {s: _fullest(out, k) for s, k in out.items()}


def _fullest(cut: dict[str, str], key: str) -> str:
    while key in cut:
        key = cut[key]
    return key


@dataclass(frozen=True, slots=True)
class SpeakerArticle:
    """An article a speaker is quoted in (``kutip speakers show``)."""

    doc_id: str
    date: str | None
    title: str | None
    quotes: int


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    id: int
    name: str
    kind: str
    quotes: int
    articles: int
    aliases: tuple[Alias, ...] = ()
    roles: tuple[Role, ...] = ()
    acts: tuple[tuple[str, int], ...] = ()  # speech act -> quotes (``speaker``, not the list)
    quoted_in: tuple[SpeakerArticle, ...] = ()  # the articles, newest first (``speaker``, not the list)

    @property
    def canonical_roles(self) -> tuple[CanonicalRole, ...]:
        return canonical_roles(self.roles)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "quotes": self.quotes,
            "articles": self.articles,
            "aliases": [{"alias": a.alias, "reason": a.reason, "manual": a.manual} for a in self.aliases],
            "roles": [
                {"role": r.role, "first_date": r.first_date, "last_date": r.last_date, "quotes": r.quotes}
                for r in self.roles
            ],
            "canonical_roles": [c.to_dict() for c in self.canonical_roles],
        }
        if self.acts or self.quoted_in:
            out["acts"] = dict(self.acts)
            out["quoted_in"] = [
                {"doc_id": a.doc_id, "date": a.date, "title": a.title, "quotes": a.quotes}
                for a in self.quoted_in
            ]
        return out


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """A name the rules joined to a speaker, for a person to confirm or split (``kutip speakers review``)."""

    speaker_id: int
    speaker: str
    kind: str
    alias: str
    reason: str
    quotes: int  # quotes written with this name
    doubt: int  # 0: the least sure kind of merge

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: int
    doc_id: str
    title: str | None
    date: str | None
    lang: str
    outlet: str | None
    url: str | None
    text: str
    extractor_version: str | None
    quotes: tuple[QuoteRow, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["quotes"] = [q.to_dict() for q in self.quotes]
        return out


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Which articles to list; every field left None means "any"."""

    lang: str | None = None
    outlet: str | None = None  # as stored, any case
    since: dt.date | None = None  # dated on or after
    until: dt.date | None = None  # dated on or before


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """An article in a list: what names it, not its text."""

    id: int
    doc_id: str
    title: str | None
    date: str | None
    lang: str
    outlet: str | None
    url: str | None
    quotes: int

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list; ``next`` is the cursor of the page after it, None on the last page."""

    rows: list[T] = field(default_factory=list)
    next: str | None = None


def encode_cursor(values: tuple[Any, ...]) -> str:
    """An opaque cursor for the key of the last row of a page."""
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, kinds: tuple[type, ...]) -> tuple[Any, ...]:
    """The key a cursor holds, one value of each of ``kinds`` (str or int); anything else (a cursor of
    another list, edited by hand, an id no back end stores) is a ``UsageError``, never a query that fails."""
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except ValueError as err:
        raise UsageError(f"not a cursor of this list: {cursor!r}") from err
    if not isinstance(values, list) or len(values) != len(kinds) or not all(map(_fits, values, kinds)):
        raise UsageError(f"not a cursor of this list: {cursor!r}")
    return tuple(values)


def _fits(value: Any, kind: type) -> bool:
    if kind is int:
        return type(value) is int and -MAX_ID <= value <= MAX_ID
    return type(value) is kind and (kind is not str or "\x00" not in value)


QUOTE_SQL = """
    SELECT q.id, q.article_id, a.doc_id, a.date, a.lang, a.outlet, a.url, q.n, q.type, q.speech_act, q.text,
           q.start, q."end", q.cue, q.cue_start, q.cue_end, coalesce(s.name, q.speaker_name), q.speaker_id,
           coalesce(s.kind, q.speaker_kind), q.speaker_name, q.role, q.rank, q.mention, q.mention_start,
           q.mention_end,q.confidence, q.rule, coalesce(a.date, '') AS sort_date
    FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"""
QUOTE_ORDER = " ORDER BY coalesce(a.date, '') DESC, a.id, q.n"
QUOTE_AFTER = (
    "(coalesce(a.date, '') < :k_date OR (coalesce(a.date, '') = :k_date AND "
    "(a.id > :k_article OR (a.id = :k_article AND q.n > :k_n))))"
)
SPEAKER_SQL = """
    SELECT s.id, s.name, s.kind, COUNT(DISTINCT qs.quote_id) AS n_quotes,
           COUNT(DISTINCT q.article_id) AS n_articles
    FROM speakers s LEFT JOIN quote_speakers qs ON qs.speaker_id = s.id
         LEFT JOIN quotes q ON q.id = qs.quote_id
    {where} GROUP BY s.id, s.name, s.kind"""
SPEAKER_AFTER = (
    " HAVING (COUNT(DISTINCT qs.quote_id) < :k_quotes"
    " OR (COUNT(DISTINCT qs.quote_id) = :k_quotes AND s.id > :k_id))"
)
ARTICLE_LIST_SQL = """
    SELECT a.id, a.doc_id, a.title, a.date, a.lang, a.outlet, a.url,
           (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id), coalesce(a.date, '') AS sort_date
    FROM articles a"""
ARTICLE_ORDER = " ORDER BY coalesce(a.date, '') DESC, a.id"
ARTICLE_AFTER = "(coalesce(a.date, '') < :k_date OR (coalesce(a.date, '') = :k_date AND a.id > :k_id))"
ARTICLE_COLUMNS = (
    "SELECT id, doc_id, title, date, lang, outlet, url, text, extractor_version, date_source, "
    "dateline_place, source_credit FROM articles"
)
MAX_PAGE = 10_000


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _check_limit(limit: int) -> int:
    if not 1 <= limit <= MAX_PAGE:
        raise UsageError(f"a page holds 1 to {MAX_PAGE:,} rows, not {limit}")
    return limit


class Queries:
    """Read the corpus. Made by ``Store.queries()``; the same answers on SQLite and PostgreSQL."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn
        self.search = Search(store.dialect)

    # -- quotes ------------------------------------------------------------------------------------

    def quotes(
        self, where: QuoteFilter = QuoteFilter(), limit: int = 100, after: str | None = None
    ) -> Page[QuoteRow]:
        """Quotes, newest article first (then article, then place in the article)."""
        limit = _check_limit(limit)
        conditions, params = self._conditions(where)
        if conditions is None:
            return Page()
        if after is not None:
            params["k_date"], params["k_article"], params["k_n"] = decode_cursor(after, (str, int, int))
            conditions.append(QUOTE_AFTER)
        sql = QUOTE_SQL + (" WHERE " + " AND ".join(conditions) if conditions else "") + QUOTE_ORDER
        params["limit"] = limit + 1
        with guarded(self.store.target):
            try:
                rows = run(self.conn, sql + " LIMIT :limit", params).fetchall()
            except driver_errors() as err:
                if where.raw_search is None:
                    raise
                detail = " ".join(str(getattr(err, "orig", err)).split())
                raise UsageError(f"not a valid full-text expression {where.raw_search!r}: {detail}") from None
            more = len(rows) > limit
            rows = rows[:limit]
            co = self._co_speakers([r[0] for r in rows])
        out = [QuoteRow(*r[:27], co_speakers=co.get(r[0], ())) for r in rows]
        last = rows[-1] if rows and more else None
        return Page(out, encode_cursor((last.sort_date, last[1], last[7])) if last is not None else None)

    def iter_quotes(self, where: QuoteFilter = QuoteFilter(), batch: int = 1000) -> Iterator[QuoteRow]:
        """Every quote that matches, page after page (for export)."""
        after: str | None = None
        while True:
            page = self.quotes(where, batch, after)
            yield from page.rows
            if page.next is None:
                return
            after = page.next

    def _conditions(self, where: QuoteFilter) -> tuple[list[str] | None, dict[str, Any]]:
        """SQL conditions and parameters of a filter; None when it can match nothing."""
        conditions: list[str] = []
        params: dict[str, Any] = {}
        if not self._who(where, conditions, params):
            return None, params
        if where.article is not None:
            if not 0 < where.article <= MAX_ID:
                return None, params
            conditions.append("q.article_id = :article")
            params["article"] = where.article
        if where.type is not None and where.type not in QUOTE_TYPES:
            raise UsageError(f"a quote's type is {', '.join(QUOTE_TYPES)}, not {where.type!r}")
        for query, raw in ((where.search, False), (where.raw_search, True)):
            if query is not None:
                condition, value = self.search.condition(query, raw)
                conditions.append(condition.replace(":search", f":search{int(raw)}"))
                params[f"search{int(raw)}"] = value
        values = {
            "act": where.act.casefold() if where.act else None,
            "since": where.since.isoformat() if where.since else None,
            "until": where.until.isoformat() if where.until else None,
            "lang": where.lang.casefold() if where.lang else None,
            "type": where.type,
            "outlet": where.outlet,
        }
        for name, value in values.items():
            if value:
                conditions.append(_VALUE_CONDITIONS[name])
                params[name] = value
        return conditions, params

    def _who(self, where: QuoteFilter, conditions: list[str], params: dict[str, Any]) -> bool:
        """The speaker conditions of a filter (by name, by id); False when no speaker can match."""
        if where.speaker is not None:
            ids = self.speaker_ids(where.speaker)
            if not ids:
                return False
            marks = ", ".join(f":sp{i}" for i in range(len(ids)))
            conditions.append(f"q.id IN (SELECT quote_id FROM quote_speakers WHERE speaker_id IN ({marks}))")
            params.update({f"sp{i}": sid for i, sid in enumerate(sorted(ids))})
        if where.speaker_id is not None:
            if not 0 < where.speaker_id <= MAX_ID:
                return False
            conditions.append("q.id IN (SELECT quote_id FROM quote_speakers WHERE speaker_id = :speaker_id)")
            params["speaker_id"] = where.speaker_id
        return True

    def _co_speakers(self, quote_ids: list[int]) -> dict[int, tuple[CoSpeaker, ...]]:
        """The further speakers of a page of quotes, in one query."""
        if not quote_ids:
            return {}
        qs, sp = quote_speakers, speakers
        rows = self.conn.execute(
            select(
                qs.c.quote_id,
                func.coalesce(sp.c.name, qs.c.name),
                qs.c.speaker_id,
                func.coalesce(sp.c.kind, qs.c.kind),
            )
            .select_from(qs.outerjoin(sp, sp.c.id == qs.c.speaker_id))
            .where(qs.c.quote_id.in_(quote_ids), qs.c.position > 0)
            .order_by(qs.c.quote_id, qs.c.position)
        )
        out: dict[int, list[CoSpeaker]] = {}
        for qid, name, sid, kind in rows:
            out.setdefault(qid, []).append(CoSpeaker(name or "", sid, kind))
        return {qid: tuple(v) for qid, v in out.items()}

    def speaker_ids(self, name: str) -> set[int]:
        """Every speaker a user can mean by ``name``: its exact names and aliases, the same name in the other
        language ("Rusia" / "Russia"), and the names it is a whole word of ("lukashenko")."""
        keys = names_meant(name)
        if not keys:
            return set()
        params: dict[str, Any] = {}
        ors = []
        for i, key in enumerate(sorted(keys)):
            esc = _like_escape(key)
            params.update({f"k{i}": key, f"a{i}": f"% {esc}", f"b{i}": f"{esc} %", f"c{i}": f"% {esc} %"})
            ors.append(
                f"alias_key = :k{i} OR alias_key LIKE :a{i} ESCAPE '\\' OR alias_key LIKE :b{i} ESCAPE '\\' "
                f"OR alias_key LIKE :c{i} ESCAPE '\\'"
            )
        sql = "SELECT DISTINCT speaker_id FROM aliases WHERE " + " OR ".join(ors)
        with guarded(self.store.target):
            return {r[0] for r in run(self.conn, sql, params)}

    # -- speakers ----------------------------------------------------------------------------------

    def speakers(self, limit: int = 100, after: str | None = None) -> Page[SpeakerRow]:
        """Registry speakers, most quoted first (co-speakers count), with their names (and why) and roles."""
        limit = _check_limit(limit)
        params: dict[str, Any] = {"limit": limit + 1}
        sql = SPEAKER_SQL.format(where="")
        if after is not None:
            params["k_quotes"], params["k_id"] = decode_cursor(after, (int, int))
            sql += SPEAKER_AFTER
        with guarded(self.store.target):
            rows = run(self.conn, sql + " ORDER BY n_quotes DESC, s.id LIMIT :limit", params).fetchall()
            more = len(rows) > limit
            rows = rows[:limit]
            out = self._speaker_rows(rows)
        last = rows[-1] if rows and more else None
        return Page(out, encode_cursor((last[3], last[0])) if last is not None else None)

    def speaker(self, name: str, articles: int = 20) -> SpeakerRow:
        """One speaker by any of its names, with its speech acts and (up to ``articles``) the articles it is
        quoted in; ``UsageError`` when none or several are called so."""
        return self.speaker_by_id(self.store.find_speaker(name), articles)

    def speaker_keys(self, sid: int) -> list[tuple[str, str]]:
        """(name as written, its registry key) of every name of speaker ``sid``, the key first one can find
        them by and no one else ("karna #144" for a namesake kept apart), shortest key first."""
        with guarded(self.store.target):
            rows = run(
                self.conn,
                "SELECT alias, alias_key FROM aliases WHERE speaker_id = :s "
                "ORDER BY length(alias_key), alias_key",
                {"s": sid},
            ).fetchall()
        return [(alias, key) for alias, key in rows]

    def speaker_by_id(self, sid: int, articles: int = 20) -> SpeakerRow:
        """One speaker by its registry id, as ``speaker``; ``NotFoundError`` when the store has none."""
        found = []
        if 0 < sid <= MAX_ID:
            with guarded(self.store.target):
                rows = run(self.conn, SPEAKER_SQL.format(where="WHERE s.id = :id"), {"id": sid})
                found = self._speaker_rows(rows.fetchall())
        if not found:
            raise NotFoundError(f"no speaker {sid} in the store")
        row = found[0]
        with guarded(self.store.target):
            acts = run(
                self.conn,
                "SELECT q.speech_act, COUNT(DISTINCT q.id) FROM quotes q JOIN quote_speakers qs "
                "ON qs.quote_id = q.id WHERE qs.speaker_id = :id GROUP BY q.speech_act "
                "ORDER BY COUNT(DISTINCT q.id) DESC, q.speech_act",
                {"id": sid},
            ).fetchall()
            quoted_in = run(
                self.conn,
                "SELECT a.doc_id, a.date, a.title, COUNT(DISTINCT q.id) FROM articles a "
                "JOIN quotes q ON q.article_id = a.id JOIN quote_speakers qs ON qs.quote_id = q.id "
                "WHERE qs.speaker_id = :id GROUP BY a.id, a.doc_id, a.date, a.title "
                "ORDER BY coalesce(a.date, '') DESC, a.id LIMIT :n",
                {"id": sid, "n": articles},
            ).fetchall()
        return replace(
            row,
            acts=tuple((act, n) for act, n in acts),
            quoted_in=tuple(SpeakerArticle(*r) for r in quoted_in),
        )

    def review(self, limit: int = 50) -> list[ReviewRow]:
        """The names the rules joined to speakers, least sure first (then the most quoted): for a person to
        confirm or split. Names fixed by hand, and each speaker's first name, are not listed."""
        limit = _check_limit(limit)
        # the kind of each merge, as ``registry.doubt`` reads it, ranked in SQL: only ``limit`` rows come back
        ranked = " ".join(f"WHEN a.reason LIKE :d{n} THEN {n}" for n in range(len(DOUBT)))
        kinds = {f"d{n}": f"%{kind}%" for n, kind in enumerate(DOUBT)}
        with guarded(self.store.target):
            rows = run(
                self.conn,
                "SELECT a.speaker_id, s.name, s.kind, a.alias, a.reason, "
                "(SELECT COUNT(*) FROM quote_speakers qs WHERE qs.speaker_id = a.speaker_id "
                f"AND qs.name = a.alias) AS n, CASE {ranked} ELSE {len(DOUBT)} END AS doubt "
                "FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
                "WHERE a.manual = 0 AND a.reason NOT LIKE 'first seen%' "
                "ORDER BY doubt, n DESC, a.speaker_id, a.alias LIMIT :limit",
                {**kinds, "limit": limit},
            ).fetchall()
        return [ReviewRow(*r[:6], doubt=r[6]) for r in rows]

    def _speaker_rows(self, rows: list[Any]) -> list[SpeakerRow]:
        ids = [r[0] for r in rows]
        names: dict[int, list[Alias]] = {}
        held: dict[int, list[Role]] = {}
        if ids:
            for sid, alias, reason, manual in self.conn.execute(
                select(aliases.c.speaker_id, aliases.c.alias, aliases.c.reason, aliases.c.manual)
                .where(aliases.c.speaker_id.in_(ids))
                .order_by(aliases.c.speaker_id, aliases.c.alias)
            ):
                names.setdefault(sid, []).append(Alias(alias, reason, bool(manual)))
            for sid, role, first, last, n, lang in self.conn.execute(
                select(
                    roles.c.speaker_id,
                    roles.c.role,
                    roles.c.first_date,
                    roles.c.last_date,
                    roles.c.quotes,
                    roles.c.lang,
                )
                .where(roles.c.speaker_id.in_(ids))
                .order_by(roles.c.speaker_id, roles.c.quotes.desc(), roles.c.role)
            ):
                held.setdefault(sid, []).append(Role(role, first, last, n, lang))
        return [
            SpeakerRow(sid, name, kind, n, arts, tuple(names.get(sid, ())), tuple(held.get(sid, ())))
            for sid, name, kind, n, arts in rows
        ]

    # -- articles ----------------------------------------------------------------------------------

    def articles(
        self, where: ArticleFilter = ArticleFilter(), limit: int = 100, after: str | None = None
    ) -> Page[ArticleSummary]:
        """Articles, newest first (undated last), then by id, each with its number of quotes."""
        limit = _check_limit(limit)
        conditions: list[str] = []
        params: dict[str, Any] = {"limit": limit + 1}
        if where.lang:
            conditions.append("a.lang = :lang")
            params["lang"] = where.lang.casefold()
        if where.outlet is not None:
            conditions.append("lower(a.outlet) = lower(:outlet)")
            params["outlet"] = where.outlet
        if where.since:
            conditions.append("a.date >= :since")
            params["since"] = where.since.isoformat()
        if where.until:
            conditions.append("a.date <= :until")
            params["until"] = where.until.isoformat()
        if after is not None:
            params["k_date"], params["k_id"] = decode_cursor(after, (str, int))
            conditions.append(ARTICLE_AFTER)
        sql = ARTICLE_LIST_SQL + (" WHERE " + " AND ".join(conditions) if conditions else "") + ARTICLE_ORDER
        with guarded(self.store.target):
            rows = run(self.conn, sql + " LIMIT :limit", params).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        last = rows[-1] if rows and more else None
        return Page(
            [ArticleSummary(*r[:8]) for r in rows], encode_cursor((last[8], last[0])) if last else None
        )

    def article(self, ref: str | int) -> ArticleRow:
        """An article by doc_id or number (an int: by number only), with all its quotes; ``NotFoundError``
        when there is none."""
        row = self._article(ref)
        quotes = list(self.iter_quotes(QuoteFilter(article=row[0])))
        quotes.sort(key=lambda q: q.n)
        return ArticleRow(*row[:9], quotes=tuple(quotes))

    def _article(self, ref: str | int) -> Any:
        """The stored row of an article by doc_id or number (an int: by number only)."""
        with guarded(self.store.target):
            rows = []
            if isinstance(ref, str):
                rows = run(
                    self.conn, ARTICLE_COLUMNS + " WHERE doc_id = :ref ORDER BY id LIMIT 2", {"ref": ref}
                ).fetchall()
            number = ref if isinstance(ref, int) else int(ref) if ref.isascii() and ref.isdigit() else None
            if not rows and number is not None and 0 < number <= MAX_ID:  # no doc_id says so: its number
                rows = run(self.conn, ARTICLE_COLUMNS + " WHERE id = :id", {"id": number}).fetchall()
        if not rows:
            raise NotFoundError(f"no article {ref!r} in the store")
        if len(rows) > 1:
            raise UsageError(
                f"more than one article has doc_id {ref!r}: name one by its number "
                f"({rows[0][0]}, {rows[1][0]}, ...)"
            )
        return rows[0]

    def document(self, ref: str | int) -> dict[str, Any]:
        """An article as the document JSON of ``kutip/schema/document.schema.json`` (what ``kutip extract``
        wrote for it), rebuilt from the store: its quotes with every speaker, entities, quantities, dates
        and the furniture set aside. ``ref`` as in ``article``; an int is the article's number only."""
        row = self._article(ref)
        aid = row[0]
        by_article = {"id": aid}
        with guarded(self.store.target):
            said = run(
                self.conn,
                'SELECT q.id, q.type, q.text, q.start, q."end", q.cue, q.cue_start, q.cue_end, q.speech_act, '
                "q.confidence, q.rule, q.mention FROM quotes q WHERE q.article_id = :id ORDER BY q.n",
                by_article,
            ).fetchall()
            who = run(
                self.conn,
                "SELECT qs.quote_id, qs.name, qs.kind, qs.role, qs.rank, qs.mention_start, qs.mention_end "
                "FROM quote_speakers qs JOIN quotes q ON q.id = qs.quote_id WHERE q.article_id = :id "
                "ORDER BY qs.quote_id, qs.position",
                by_article,
            ).fetchall()
        return stored_document(row, said, who, self.article_spans(aid))

    def article_spans(self, article_id: int) -> dict[str, list[Any]]:
        """The spans found in article ``article_id``, as rows by kind: ``entities`` (label, start, end,
        text, canonical), ``quantities`` (start, end, text, value, unit, upper), ``dates`` (start, end, text,
        value, relative) and ``removed`` furniture (kind, start, end, text), each in text order."""
        with guarded(self.store.target):
            return {
                name: run(self.conn, sql, {"id": article_id}).fetchall()
                for name, sql in (
                    ("entities", 'SELECT label, start, "end", text, canonical FROM mentions '
                                 'WHERE article_id = :id ORDER BY start, "end", label'),
                    ("quantities", 'SELECT start, "end", text, value, unit, upper FROM quantities '
                                   'WHERE article_id = :id ORDER BY start, "end"'),
                    ("dates", 'SELECT start, "end", text, value, relative FROM dates '
                              'WHERE article_id = :id ORDER BY start, "end"'),
                    ("removed", 'SELECT kind, start, "end", text FROM removed '
                                'WHERE article_id = :id ORDER BY start, "end"'),
                )
            }  # fmt: skip

    def counts(self) -> dict[str, int]:
        return self.store.counts()

    def overview(self) -> Overview:
        """What the store holds, for a first look: rows, outlets, languages and the dated range."""
        counts = self.counts()
        with guarded(self.store.target):
            outlets, first, last = run(
                self.conn, "SELECT COUNT(DISTINCT outlet), MIN(date), MAX(date) FROM articles"
            ).one()
            langs = [r[0] for r in run(self.conn, "SELECT DISTINCT lang FROM articles ORDER BY lang")]
        return Overview(
            counts.get("articles", 0), counts.get("quotes", 0), counts.get("speakers", 0), int(outlets or 0),
            tuple(langs), first[:10] if first else None, last[:10] if last else None,
        )  # fmt: skip

    def quote_days(self, speaker_id: int) -> list[tuple[str, int]]:
        """(article date, quotes) of speaker ``speaker_id``, as first or further speaker, by day: what a
        timeline counts, without reading the quotes."""
        with guarded(self.store.target):
            rows = run(
                self.conn,
                "SELECT a.date, COUNT(DISTINCT q.id) FROM quote_speakers qs "
                "JOIN quotes q ON q.id = qs.quote_id JOIN articles a ON a.id = q.article_id "
                "WHERE qs.speaker_id = :s AND a.date IS NOT NULL "
                "GROUP BY a.date ORDER BY a.date",
                {"s": speaker_id},
            ).fetchall()
        return [(d, int(n)) for d, n in rows]

    # -- claims (claim_queries.py) -----------------------------------------------------------------

    def claim_queries(self) -> ClaimQueries:
        """The claim map's reads (imported when asked for: quotes need none of it)."""
        from kutip.store.claim_queries import ClaimQueries

        return ClaimQueries(self)

    def claims(
        self, where: ClaimFilter | None = None, limit: int = 100, after: str | None = None
    ) -> Page[ClaimRow]:
        """Claims, most recently dated first; see ``ClaimQueries.claims``."""
        from kutip.store.claim_queries import ClaimFilter

        return self.claim_queries().claims(where or ClaimFilter(), limit, after)

    def claim(self, claim_id: int) -> ClaimDetail:
        """One claim in full; ``UsageError`` when there is none of that number."""
        return self.claim_queries().claim(claim_id)


def stored_document(row: Any, said: list[Any], who: list[Any], spans: dict[str, list[Any]]) -> dict[str, Any]:
    """The document JSON of a stored article: ``row`` as ``ARTICLE_COLUMNS`` reads it, its quotes, their
    speakers (in order) and its spans as ``Queries.document`` reads them."""
    _aid, doc_id, title, date, lang, outlet, url, text, _version, date_source, place, credit = row
    speakers_of: dict[int, list[dict[str, Any]]] = {}
    for qid, name, kind, role, rank, m_start, m_end in who:
        speakers_of.setdefault(qid, []).append({
            "name": name, "kind": kind or "unknown", "role": role,
            "mention": text[m_start:m_end] if m_start is not None and m_end is not None else None,
            "mention_start": m_start, "mention_end": m_end, "rank": rank,
        })  # fmt: skip
    quotes = []
    for qid, kind, said_text, start, end, cue, cue_start, cue_end, act, confidence, rule, mention in said:
        by = speakers_of.get(qid, [])
        if by and mention is not None:
            by[0]["mention"] = mention  # as the extraction wrote it for the first speaker
        quote: dict[str, Any] = {
            "type": kind, "text": said_text, "start": start, "end": end, "cue": cue, "cue_start": cue_start,
            "cue_end": cue_end, "speech_act": act, "speaker": by[0] if by else None,
        }  # fmt: skip
        if len(by) > 1:
            quote["speakers"] = by
        quote["confidence"] = round(confidence, 3)
        quote["rule"] = rule or ""
        quotes.append(quote)
    return {
        "schema_version": DOCUMENT_SCHEMA_VERSION,
        "doc_id": doc_id,
        "lang": lang,
        "title": title,
        "url": url,
        "date": date,
        "date_source": date_source if date_source in ("metadata", "text") else None,
        "text": text,
        "dateline": _dateline(text, lang, place, outlet, spans["removed"]),
        "outlet": outlet,
        "source_credit": credit,
        "removed": [{"kind": k, "start": s, "end": e, "text": t} for k, s, e, t in spans["removed"]],
        "quotes": quotes,
        "entities": [
            {"label": label, "start": s, "end": e, "text": t, "canonical": c}
            for label, s, e, t, c in spans["entities"]
        ],
        "quantities": [
            {"start": s, "end": e, "text": t, "value": _number(v), "unit": unit, "upper": _number(upper)}
            for s, e, t, v, unit, upper in spans["quantities"]
        ],
        "dates": [
            {"start": s, "end": e, "text": t, "value": v, "relative": bool(rel)}
            for s, e, t, v, rel in spans["dates"]
        ],
    }


def _number(value: float | None) -> int | float | None:
    """A stored figure as extraction wrote it: whole numbers without ".0"."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _dateline(
    text: str, lang: str, place: str | None, outlet: str | None, removed: list[Any]
) -> dict[str, Any] | None:
    """The dateline of a stored article: the store keeps its place and outlet, and its span is found again
    where cleaning found it (after a headline line, if one was set aside); none named: the outlet of the
    URL, at 0."""
    if place is None:
        return None if outlet is None else {"place": None, "outlet": outlet, "start": 0, "end": 0}
    from kutip.clean.portal import find_dateline
    from kutip.lang import get_language

    head = next((e for kind, s, e, _ in removed if kind == "headline" and s == 0), 0)
    try:
        found = find_dateline(text, get_language(lang), head + 1 if head else 0)
    except LookupError:  # a language this release no longer reads
        found = None
    if found is not None and found.place == place:
        return {"place": place, "outlet": outlet, "start": found.start, "end": found.end}
    start = max(text.find(place), 0)
    return {"place": place, "outlet": outlet, "start": start, "end": start + len(place)}


@cache
def _shipped_groups() -> dict[str, frozenset[str]]:
    """alias key -> the keys of every name of the same body in the cross-language alias table."""
    groups: dict[str, set[str]] = {}
    for key, shown in shipped_aliases().items():
        groups.setdefault(shown, set()).add(key)
    return {key: frozenset(groups[shown]) for key, shown in shipped_aliases().items()}


def names_meant(name: str) -> frozenset[str]:
    """The name keys a user's ``name`` stands for, across the languages the alias table knows."""
    key = name_key(name)
    if not key:
        return frozenset()
    return _shipped_groups().get(key, frozenset()) | {key}
