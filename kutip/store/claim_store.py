"""The claim map's reads and writes: quotes not yet placed, the neighbours a new statement is compared with,
the statements and claims it writes. The builder (``kutip/claims/build.py``) holds the writers' lock.

Neighbours are found through ``statement_keys``, an inverted index of what statements name (entities through
the cross-language aliases, acronyms, figures, rare words): for each key of a new statement, the newest
``PER_KEY`` statements that share it, an index range each. The cost of placing a statement therefore does
not grow with the store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from kutip.store.connection import fast, in_list

PER_KEY = 24  # the newest statements per key a new one is compared with


@dataclass(frozen=True)
class Neighbour:
    """An earlier statement a new one is compared with."""

    quote_id: int
    article_id: int
    lang: str
    utterance_id: int
    speaker_id: int | None
    keys: dict[str, dict[str, float]]  # key -> weight, of its own words and of its headline
    embedding: bytes


# a stored quote as ``statement.statement_of`` reads it
QUOTE = (
    'SELECT id, article_id, type, text, start, "end", speech_act, speaker_id, speaker_name, cue FROM quotes '
)


def pending_quotes(conn: Connection, after: int, limit: int) -> list[Any]:
    """Quotes after quote id ``after`` (the last one placed), oldest first."""
    return fast(
        conn,
        QUOTE + "WHERE id > :after ORDER BY id LIMIT :limit",
        {"after": after, "limit": limit},
    ).fetchall()


def rest_of_article(conn: Connection, article_id: int, after: int) -> list[Any]:
    """The quotes of ``article_id`` after quote id ``after``: a window never ends inside an article."""
    return fast(
        conn,
        QUOTE + "WHERE article_id = :a AND id > :after ORDER BY id",
        {"a": article_id, "after": after},
    ).fetchall()


def pending_count(conn: Connection, after: int) -> int:
    return int(fast(conn, "SELECT count(*) FROM quotes WHERE id > :after", {"after": after}).scalar() or 0)


def articles_of(conn: Connection, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """id -> the article's fields the claim map reads, with its quantities and mentions."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    marks, params = in_list(ids)
    out: dict[int, dict[str, Any]] = {}
    for row in fast(
        conn, f"SELECT id, lang, date, outlet, title, text FROM articles WHERE id IN ({marks})", params
    ):
        out[row[0]] = {"lang": row[1], "date": row[2], "outlet": row[3], "title": row[4], "text": row[5],
                       "quantities": [], "mentions": []}  # fmt: skip
    sql = 'SELECT article_id, start, "end", text, value, unit, upper FROM quantities WHERE article_id IN '
    sql += f"({marks})"
    for a, start, end, text, value, unit, upper in fast(conn, sql, params):
        out[a]["quantities"].append(
            {"start": start, "end": end, "text": text, "value": value, "unit": unit, "upper": upper}
        )
    sql = f'SELECT article_id, label, start, "end", canonical FROM mentions WHERE article_id IN ({marks})'
    for a, label, start, end, canonical in fast(conn, sql, params):
        out[a]["mentions"].append({"label": label, "start": start, "end": end, "canonical": canonical})
    return out


def stored_vectors(conn: Connection, keys: Iterable[str]) -> dict[str, bytes]:
    keys = sorted(set(keys))
    found: dict[str, bytes] = {}
    for i in range(0, len(keys), 500):
        marks, params = in_list(keys[i : i + 500])
        for key, raw in fast(
            conn, f"SELECT text_key, embedding FROM vectors WHERE text_key IN ({marks})", params
        ):
            found[key] = bytes(raw)
    return found


def add_vectors(conn: Connection, vectors: dict[str, bytes]) -> None:
    fast(conn, "INSERT INTO vectors(text_key, embedding) VALUES (:k, :e)",
         [{"k": k, "e": v} for k, v in vectors.items()])  # fmt: skip


def first_with_words(conn: Connection, words_key: str) -> Neighbour | None:
    """The first statement of the same words (its ``u:`` key in ``statement_keys``), if any."""
    rows = _neighbours(
        conn, "s.quote_id = (SELECT min(quote_id) FROM statement_keys WHERE key = :k)", {"k": words_key}
    )
    return rows[0] if rows else None


def key_postings(conn: Connection, key: str) -> list[int]:
    """The newest ``PER_KEY`` statements that name ``key``."""
    rows = fast(
        conn,
        "SELECT quote_id FROM statement_keys WHERE key = :k ORDER BY quote_id DESC LIMIT :n",
        {"k": key, "n": PER_KEY},
    )
    return [r[0] for r in rows]


def article_statements(conn: Connection, article_id: int) -> list[int]:
    return [
        r[0] for r in fast(conn, "SELECT quote_id FROM statements WHERE article_id = :a", {"a": article_id})
    ]


def neighbours(conn: Connection, quote_ids: Sequence[int]) -> list[Neighbour]:
    if not quote_ids:
        return []
    marks, params = in_list(sorted(set(quote_ids)))
    return _neighbours(conn, f"s.quote_id IN ({marks})", params)


def _neighbours(conn: Connection, where: str, params: dict[str, Any]) -> list[Neighbour]:
    rows = fast(
        conn,
        "SELECT s.quote_id, s.article_id, a.lang, s.utterance_id, q.speaker_id, s.keys, v.embedding "
        "FROM statements s JOIN quotes q ON q.id = s.quote_id "
        f"JOIN articles a ON a.id = s.article_id JOIN vectors v ON v.text_key = s.text_key WHERE {where} "
        "ORDER BY s.quote_id",
        params,
    )
    return [Neighbour(r[0], r[1], r[2], r[3], r[4], json.loads(r[5] or "{}"), bytes(r[6])) for r in rows]


def key_counts(conn: Connection, keys: Sequence[str], cap: int) -> dict[str, int]:
    """How many statements name each key, counted up to ``cap`` (enough to tell rare from common)."""
    counts = {}
    for key in keys:
        counts[key] = int(
            fast(
                conn,
                "SELECT count(*) FROM (SELECT 1 FROM statement_keys WHERE key = :k LIMIT :cap) AS named",
                {"k": key, "cap": cap},
            ).scalar()
            or 0
        )
    return counts


def add_statement(conn: Connection, row: dict[str, Any], keys: Sequence[str]) -> None:
    fast(
        conn,
        "INSERT INTO statements(quote_id, article_id, claim_id, stance, polarity, stance_cue, utterance_id, "
        "text_key, figures, keys) VALUES (:quote_id, :article_id, :claim_id, :stance, :polarity, "
        ":stance_cue, "
        ":utterance_id, :text_key, :figures, :keys)",
        row,
    )
    if keys:
        fast(conn, "INSERT INTO statement_keys(key, quote_id) VALUES (:k, :q)",
             [{"k": k, "q": row["quote_id"]} for k in sorted(set(keys))])  # fmt: skip


def claim_count(conn: Connection, min_articles: int = 1) -> int:
    return int(
        fast(conn, "SELECT count(*) FROM claims WHERE articles >= :n", {"n": min_articles}).scalar() or 0
    )


def add_edges(conn: Connection, edges: list[tuple[int, int, float]]) -> None:
    fast(conn, "INSERT INTO statement_edges(a, b, score) VALUES (:a, :b, :s)",
         [{"a": a, "b": b, "s": score} for a, b, score in edges])  # fmt: skip


def edges_of(conn: Connection, quote_ids: Sequence[int]) -> list[tuple[int, int, float]]:
    """Every edge that touches one of ``quote_ids``."""
    found: list[tuple[int, int, float]] = []
    ids = sorted(set(quote_ids))
    for i in range(0, len(ids), 500):
        marks, params = in_list(ids[i : i + 500])
        for column in ("a", "b"):
            sql = f"SELECT a, b, score FROM statement_edges WHERE {column} IN ({marks})"
            found += [(r[0], r[1], r[2]) for r in fast(conn, sql, params)]
    return found


def edges_among(conn: Connection, quote_ids: Sequence[int]) -> list[tuple[int, int, float]]:
    """The edges with both ends among ``quote_ids`` (an edge is stored under its later end, ``a``)."""
    ids = sorted(set(quote_ids))
    found: list[tuple[int, int, float]] = []
    for i in range(0, len(ids), 500):
        marks, params = in_list(ids[i : i + 500])
        sql = f"SELECT a, b, score FROM statement_edges WHERE a IN ({marks})"
        found += [(r[0], r[1], r[2]) for r in fast(conn, sql, params)]
    inside = set(ids)
    return [e for e in found if e[1] in inside]


def claims_of(conn: Connection, quote_ids: Sequence[int]) -> dict[int, int]:
    """quote id -> the claim it is in now."""
    out: dict[int, int] = {}
    ids = sorted(set(quote_ids))
    for i in range(0, len(ids), 500):
        marks, params = in_list(ids[i : i + 500])
        out.update(
            dict(fast(conn, f"SELECT quote_id, claim_id FROM statements WHERE quote_id IN ({marks})", params))
        )
    return out


def members_by_claim(conn: Connection, claim_ids: Sequence[int]) -> dict[int, list[int]]:
    """claim id -> its statements, in quote order."""
    out: dict[int, list[int]] = {}
    ids = sorted(set(claim_ids))
    for i in range(0, len(ids), 500):
        marks, params = in_list(ids[i : i + 500])
        sql = f"SELECT claim_id, quote_id FROM statements WHERE claim_id IN ({marks}) ORDER BY quote_id"
        for claim_id, quote_id in fast(conn, sql, params):
            out.setdefault(claim_id, []).append(quote_id)
    return out


def move_statements(conn: Connection, moves: list[dict[str, int]]) -> None:
    """Put statements into the claims the clustering gave them (``{"quote_id", "claim_id"}``)."""
    fast(conn, "UPDATE statements SET claim_id = :claim_id WHERE quote_id = :quote_id", moves)


def drop_claims(conn: Connection, claim_ids: Sequence[int]) -> None:
    """Remove claims no statement is in any more (merged into another)."""
    ids = sorted(set(claim_ids))
    for i in range(0, len(ids), 500):
        marks, params = in_list(ids[i : i + 500])
        fast(conn, f"DELETE FROM claims WHERE id IN ({marks})", params)


def claim_members(conn: Connection, claim_ids: Sequence[int]) -> list[Any]:
    """Every statement of the claims, with what the claim's figures and counts are made of, in quote order."""
    rows: list[Any] = []
    ids = sorted(set(claim_ids))
    for i in range(0, len(ids), 500):
        marks, params = in_list(ids[i : i + 500])
        rows += fast(
            conn,
            "SELECT s.claim_id, s.quote_id, s.polarity, s.figures, q.text, q.speaker_id, q.speaker_name, "
            "a.id, a.date, a.outlet, a.lang FROM statements s JOIN quotes q ON q.id = s.quote_id "
            f"JOIN articles a ON a.id = s.article_id WHERE s.claim_id IN ({marks})",
            params,
        ).fetchall()
    return sorted(rows, key=lambda r: (r[0], r[1]))


CLAIM_FIELDS = (
    "label", "label_quote_id", "statements", "articles", "outlets", "speakers", "languages", "supports",
    "disputes", "neutral", "first_date", "last_date", "figure_unit", "figure_conflict",
)  # fmt: skip


def open_claim(conn: Connection, claim_id: int, label: str, quote_id: int) -> None:
    """A new claim's row, before its first statement points at it (its counts follow in ``write_claims``)."""
    fast(conn, "INSERT INTO claims(id, label, label_quote_id) VALUES (:id, :label, :q)",
         {"id": claim_id, "label": label, "q": quote_id})  # fmt: skip


def write_claims(conn: Connection, claims: list[dict[str, Any]], stances: list[dict[str, Any]]) -> None:
    """Put the claims' counts, label and figures, and their statements' stances."""
    if claims:
        sets = ", ".join(f"{f} = :{f}" for f in CLAIM_FIELDS)
        fast(conn, f"UPDATE claims SET {sets} WHERE id = :id", claims)
    if stances:
        fast(conn, "UPDATE statements SET stance = :stance WHERE quote_id = :quote_id", stances)


def recount_speakers(conn: Connection, speaker_ids: Sequence[int]) -> None:
    """Count again the speakers of the claims with a statement of ``speaker_ids`` (and of any speaker
    those were merged into): after a merge or a split, a claim's count follows the registry."""
    marks, params = in_list(sorted(set(speaker_ids)))
    fast(
        conn,
        "UPDATE claims SET speakers = (SELECT count(DISTINCT coalesce(CAST(q.speaker_id AS TEXT), "
        "q.speaker_name)) FROM statements s JOIN quotes q ON q.id = s.quote_id WHERE s.claim_id = claims.id) "
        "WHERE id IN (SELECT s.claim_id FROM statements s JOIN quotes q ON q.id = s.quote_id "
        "JOIN quote_speakers qs ON qs.quote_id = q.id "
        f"WHERE qs.speaker_id IN ({marks}) OR q.speaker_id IN ({marks}))",
        params,
    )


def clear(conn: Connection) -> None:
    """Forget every claim (the vectors stay: the same words need no encoder again)."""
    for table in ("statement_edges", "statement_keys", "statements", "claims"):
        fast(conn, f"DELETE FROM {table}")
    fast(conn, "DELETE FROM meta WHERE key = 'claims_through'")


def clear_vectors(conn: Connection) -> None:
    fast(conn, "DELETE FROM vectors")
