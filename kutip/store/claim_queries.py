"""What the command line (and the web app) ask of the claim map, as typed rows: claims a page at a time,
one claim in full with its statements, its figures and the utterances that outlets repeated.

The claim builder (``kutip/claims/``) writes the ``claims`` and ``statements`` tables; this module only
reads them, the way ``queries.py`` reads quotes: a keyset cursor on (last date, id), and a fixed number of
queries per page whatever its size, never one per claim.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from kutip.errors import NotFoundError, UsageError
from kutip.store.connection import guarded, in_list, run
from kutip.store.queries import MAX_ID, Page, _check_limit, decode_cursor, encode_cursor

if TYPE_CHECKING:
    from kutip.store.queries import Queries

STANCES = ("supports", "disputes", "neutral")


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims to list; every field left None means "any"."""

    search: str | None = None  # words of one of its statements (or of the label's quote), as quotes --search
    speaker: str | None = None  # a registry speaker who made one of its statements, as quotes --speaker
    since: dt.date | None = None  # its last dated article on or after (undated claims drop out)
    until: dt.date | None = None  # its first dated article on or before
    lang: str | None = None  # it has a statement in an article of this language
    min_articles: int = 2  # a proposition one article makes is not yet a claim sources take sides on
    conflicts: bool = False  # only claims whose statements give different figures in its unit
    contested: bool = False  # only claims with a figure conflict or a statement that disputes them


@dataclass(frozen=True, slots=True)
class Figure:
    """A number a statement gives, with offsets into its article's text."""

    value: float
    upper: float | None
    unit: str | None
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class ClaimRow:
    id: int
    label: str  # the proposition, in the words of its first supporting statement
    label_quote_id: int | None
    statements: int
    articles: int
    outlets: int
    speakers: int
    languages: tuple[str, ...]
    supports: int
    disputes: int
    neutral: int
    first_date: str | None  # None: no article of it is dated
    last_date: str | None
    figure_unit: str | None
    figure_conflict: bool

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON form; ``statement_count``, because ``statements`` is the list in full."""
        return {
            "claim_id": self.id,
            "label": self.label,
            "label_quote_id": self.label_quote_id,
            "first_date": self.first_date,
            "last_date": self.last_date,
            "languages": list(self.languages),
            "articles": self.articles,
            "outlets": self.outlets,
            "speakers": self.speakers,
            "statement_count": self.statements,
            "supports": self.supports,
            "disputes": self.disputes,
            "neutral": self.neutral,
            "figure_unit": self.figure_unit,
            "figure_conflict": self.figure_conflict,
        }


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One quote placed in a claim, with its article's facts and its stance towards the claim."""

    quote_id: int
    doc_id: str
    article_id: int
    url: str | None
    title: str | None
    outlet: str | None
    lang: str
    date: str | None
    start: int
    end: int
    text: str
    type: str
    speaker: str | None  # the registry name, else the words of an unnamed source ("a source")
    speaker_id: int | None
    role: str | None
    kind: str | None
    speech_act: str
    cue: str | None
    stance: str  # supports | disputes | neutral
    stance_cue: str | None  # the words that decided the stance
    utterance_id: int  # the quote_id of the first statement of the same words
    figures: tuple[Figure, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["figures"] = [x.to_dict() for x in self.figures]
        return out


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One value given in the claim's unit: who gave it, in how many statements, first when."""

    value: float
    upper: float | None
    unit: str | None
    text: str  # as first written
    speakers: tuple[str, ...]
    statements: int
    first_date: str | None

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["speakers"] = list(self.speakers)
        return out


@dataclass(frozen=True, slots=True)
class Utterance:
    """The same words carried by two or more articles: where they appeared first, and who repeated them."""

    utterance_id: int
    text: str
    articles: int
    first_doc_id: str
    first_date: str | None
    first_outlet: str | None
    repeated_by: tuple[str, ...]  # the outlets (else doc_ids) of the other articles, in date order
    quote_ids: tuple[int, ...]

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["repeated_by"], out["quote_ids"] = list(self.repeated_by), list(self.quote_ids)
        return out


@dataclass(frozen=True, slots=True)
class SpeakerSide:
    """A claim one speaker made statements in, and how many of them take each side."""

    claim_id: int
    label: str
    last_date: str | None
    supports: int
    disputes: int
    neutral: int

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class ClaimDetail:
    """A claim in full: its statements in date order (undated last), figures, utterances, outlets."""

    claim: ClaimRow
    statements: tuple[StatementRow, ...]
    figures: tuple[FigureRow, ...]
    utterances: tuple[Utterance, ...]
    outlet_names: tuple[str, ...]

    def side(self, stance: str) -> list[StatementRow]:
        return [s for s in self.statements if s.stance == stance]

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.claim.to_dict(),
            "outlet_names": list(self.outlet_names),
            "figures": [f.to_dict() for f in self.figures],
            "statements": [s.to_dict() for s in self.statements],
            "utterances": [u.to_dict() for u in self.utterances],
        }


CLAIM_SQL = """
    SELECT c.id, c.label, c.label_quote_id, c.statements, c.articles, c.outlets, c.speakers, c.languages,
           c.supports, c.disputes, c.neutral, c.first_date, c.last_date, c.figure_unit, c.figure_conflict,
           coalesce(c.last_date, '') AS sort_date
    FROM claims c"""
CLAIM_ORDER = " ORDER BY coalesce(c.last_date, '') DESC, c.id"
CLAIM_AFTER = (
    "(coalesce(c.last_date, '') < :k_date OR (coalesce(c.last_date, '') = :k_date AND c.id > :k_id))"
)
STATEMENT_SQL = """
    SELECT st.quote_id, a.doc_id, st.article_id, a.url, a.title, a.outlet, a.lang, a.date, q.start, q."end",
           q.text, q.type, coalesce(s.name, q.speaker_name), q.speaker_id, q.role,
           coalesce(s.kind, q.speaker_kind), q.speech_act, q.cue, st.stance, st.stance_cue, st.utterance_id,
           st.figures, st.claim_id
    FROM statements st JOIN quotes q ON q.id = st.quote_id JOIN articles a ON a.id = st.article_id
         LEFT JOIN speakers s ON s.id = q.speaker_id
    WHERE st.claim_id IN ({ids})
    ORDER BY st.claim_id, CASE WHEN a.date IS NULL THEN 1 ELSE 0 END, a.date, a.id, q.n"""
IN_STATEMENTS = "c.id IN (SELECT st.claim_id FROM statements st {join} WHERE {condition})"


class ClaimQueries:
    """The claim map's reads, over one ``Queries`` (its connection, search and speaker registry)."""

    def __init__(self, queries: Queries) -> None:
        self.q = queries
        self.conn = queries.conn
        self.target = queries.store.target

    def built(self) -> bool:
        """Whether claims were ever built in this store (a build may have found none that qualify)."""
        sql = "SELECT 1 FROM claims UNION ALL SELECT 1 FROM meta WHERE key = 'claims_through'"
        with guarded(self.target):
            return run(self.conn, sql + " LIMIT 1").first() is not None

    def claims(
        self, where: ClaimFilter = ClaimFilter(), limit: int = 100, after: str | None = None
    ) -> Page[ClaimRow]:
        """Claims, the most recently dated first (undated last), then by id."""
        limit = _check_limit(limit)
        conditions, params = self._conditions(where)
        if conditions is None:
            return Page()
        if after is not None:
            try:
                params["k_date"], params["k_id"] = decode_cursor(after, (str, int))
            except UsageError:
                raise UsageError(
                    f"--after {after}: not a cursor of `kutip claims` (use the one it printed)"
                ) from None
            conditions.append(CLAIM_AFTER)
        sql = CLAIM_SQL + " WHERE " + " AND ".join(conditions) + CLAIM_ORDER + " LIMIT :limit"
        params["limit"] = limit + 1
        with guarded(self.target):
            rows = run(self.conn, sql, params).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        last = rows[-1] if rows and more else None
        return Page([_claim_row(r) for r in rows], encode_cursor((last[15], last[0])) if last else None)

    def claims_in_full(
        self, where: ClaimFilter = ClaimFilter(), limit: int = 100, after: str | None = None
    ) -> Page[ClaimDetail]:
        """A page of ``claims`` with every claim's statements: two queries per page."""
        page = self.claims(where, limit, after)
        return Page(self._details(page.rows), page.next)

    def iter_claims_in_full(
        self, where: ClaimFilter = ClaimFilter(), batch: int = 100
    ) -> Iterator[ClaimDetail]:
        """Every claim that matches, in full, page after page (for the Python API and exports)."""
        after: str | None = None
        while True:
            page = self.claims_in_full(where, batch, after)
            yield from page.rows
            if page.next is None:
                return
            after = page.next

    def claim(self, claim_id: int) -> ClaimDetail:
        """One claim in full; ``NotFoundError`` when the store has no claim of that number."""
        rows = []
        if 0 < claim_id <= MAX_ID:  # an id no 64-bit integer holds is no claim, on either back end
            with guarded(self.target):
                rows = run(self.conn, CLAIM_SQL + " WHERE c.id = :id", {"id": claim_id}).fetchall()
        if not rows:
            hint = "" if self.built() else ": no claims are built yet (`kutip claims build --db ...`)"
            raise NotFoundError(f"no claim {claim_id} in the store{hint}")
        return self._details([_claim_row(rows[0])])[0]

    def speaker_sides(self, speaker_id: int, min_articles: int = 2, limit: int = 50) -> list[SpeakerSide]:
        """The claims (in ``min_articles`` articles or more) speaker ``speaker_id`` made statements in, as
        first or further speaker, most recently dated first, with the sides those statements take."""
        limit = _check_limit(limit)
        if not 0 < speaker_id <= MAX_ID:
            return []
        sql = (
            "SELECT c.id, c.label, c.last_date, "
            + ", ".join(f"SUM(CASE WHEN st.stance = '{side}' THEN 1 ELSE 0 END)" for side in STANCES)
            + " FROM claims c JOIN statements st ON st.claim_id = c.id "
            "WHERE c.articles >= :min_articles AND st.quote_id IN "
            "(SELECT quote_id FROM quote_speakers WHERE speaker_id = :sid) "
            "GROUP BY c.id, c.label, c.last_date ORDER BY coalesce(c.last_date, '') DESC, c.id LIMIT :limit"
        )
        params = {"sid": speaker_id, "min_articles": min_articles, "limit": limit}
        with guarded(self.target):
            rows = run(self.conn, sql, params).fetchall()
        return [SpeakerSide(r[0], r[1], r[2], int(r[3]), int(r[4]), int(r[5])) for r in rows]

    def _conditions(self, where: ClaimFilter) -> tuple[list[str] | None, dict[str, Any]]:
        """SQL conditions on claim ``c`` and their parameters; None when the filter can match nothing."""
        conditions = ["c.articles >= :min_articles"]
        params: dict[str, Any] = {"min_articles": where.min_articles}
        if where.conflicts:
            conditions.append("c.figure_conflict = 1")
        if where.contested:
            conditions.append("(c.figure_conflict = 1 OR c.disputes > 0)")
        if where.since:  # a claim with no dated article has NULL dates: no date filter keeps it
            conditions.append("c.last_date >= :since")
            params["since"] = where.since.isoformat()
        if where.until:
            conditions.append("c.first_date <= :until")
            params["until"] = where.until.isoformat()
        if where.lang:
            join = "JOIN articles a ON a.id = st.article_id"
            conditions.append(IN_STATEMENTS.format(join=join, condition="a.lang = :lang"))
            params["lang"] = where.lang.casefold()
        if where.speaker is not None:
            ids = sorted(self.q.speaker_ids(where.speaker))
            if not ids:
                return None, params
            marks, named = in_list(ids, "sp")
            join = "JOIN quote_speakers qs ON qs.quote_id = st.quote_id"
            conditions.append(IN_STATEMENTS.format(join=join, condition=f"qs.speaker_id IN ({marks})"))
            params.update(named)
        if where.search is not None:
            condition, params["search"] = self.q.search.condition(where.search)
            join = "JOIN quotes q ON q.id = st.quote_id"
            label = f"c.label_quote_id IN (SELECT q.id FROM quotes q WHERE {condition})"
            conditions.append(f"({IN_STATEMENTS.format(join=join, condition=condition)} OR {label})")
        return conditions, params

    def _details(self, claims: list[ClaimRow]) -> list[ClaimDetail]:
        """The claims in full, their statements read in one query."""
        if not claims:
            return []
        marks, params = in_list([c.id for c in claims], "c")
        by_claim: dict[int, list[StatementRow]] = {c.id: [] for c in claims}
        with guarded(self.target):
            for r in run(self.conn, STATEMENT_SQL.format(ids=marks), params):
                by_claim[r[22]].append(_statement_row(r))
        return [_detail(c, by_claim[c.id]) for c in claims]


def _claim_row(r: Any) -> ClaimRow:
    languages = tuple(sorted((r[7] or "").split()))
    return ClaimRow(*r[:7], languages, *r[8:14], bool(r[14]))  # type: ignore[call-arg]


def _figures(raw: str | None) -> tuple[Figure, ...]:
    """A statement's figures from their stored JSON; a figure the builder left incomplete is skipped."""
    out = []
    for f in json.loads(raw) if raw else []:
        if f.get("value") is not None and f.get("start") is not None and f.get("end") is not None:
            upper = f.get("upper")
            out.append(
                Figure(
                    float(f["value"]), None if upper is None else float(upper), f.get("unit"),
                    int(f["start"]), int(f["end"]), str(f.get("text") or ""),
                )
            )  # fmt: skip
    return tuple(out)


def _statement_row(r: Any) -> StatementRow:
    return StatementRow(*r[:21], figures=_figures(r[21]))


def _detail(claim: ClaimRow, statements: list[StatementRow]) -> ClaimDetail:
    return ClaimDetail(
        claim,
        tuple(statements),
        figure_table(claim.figure_unit, statements),
        utterances(statements),
        tuple(dict.fromkeys(s.outlet for s in statements if s.outlet)),
    )


def _date_key(date: str | None) -> tuple[int, str]:
    """Dated first, in order; undated last."""
    return (0, date) if date else (1, "")


def figure_table(unit: str | None, statements: Iterable[StatementRow]) -> tuple[FigureRow, ...]:
    """Every value given in ``unit``, the first given first: the table a figure conflict is read from."""
    if unit is None:
        return ()
    seen: dict[tuple[float, float | None], list[tuple[StatementRow, Figure]]] = {}
    for s in sorted(statements, key=lambda s: _date_key(s.date)):
        for f in s.figures:
            if f.unit == unit:
                seen.setdefault((f.value, f.upper), []).append((s, f))
    rows = []
    for (value, upper), given in seen.items():
        speakers = tuple(dict.fromkeys(s.speaker or "(unknown)" for s, _ in given))
        statements_n = len({s.quote_id for s, _ in given})
        rows.append(FigureRow(value, upper, unit, given[0][1].text, speakers, statements_n, given[0][0].date))
    return tuple(rows)


def utterances(statements: Iterable[StatementRow]) -> tuple[Utterance, ...]:
    """Groups of statements with the same words that two or more articles carry, the original first."""
    groups: dict[int, list[StatementRow]] = {}
    for s in statements:
        groups.setdefault(s.utterance_id, []).append(s)
    out = []
    for uid, group in groups.items():
        if len({s.article_id for s in group}) < 2:
            continue
        group.sort(key=lambda s: (s.quote_id != uid, _date_key(s.date), s.article_id))
        first, rest = group[0], group[1:]
        others = tuple(dict.fromkeys(s.outlet or s.doc_id for s in rest if s.article_id != first.article_id))
        out.append(
            Utterance(
                uid, first.text, len({s.article_id for s in group}), first.doc_id, first.date,
                first.outlet, others, tuple(s.quote_id for s in group),
            )
        )  # fmt: skip
    return tuple(out)
