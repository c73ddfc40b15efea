"""Schema 6 (Kutip 0.13): on PostgreSQL, the words a quote or an article is found by are kept in tables of
their own, ``quotes_fts`` and ``articles_fts`` (as SQLite keeps its FTS5 tables), filled by Kutip
(``search.words_vector``, worked out by an ingest's workers) rather than by an index over an expression the
server works out for every row written. SQLite's store does not change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, text

from kutip.store.search import article_words, words_vector

BATCH = 1000

TABLES = [
    "CREATE TABLE quotes_fts (id INTEGER PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE, "
    "words TSVECTOR NOT NULL)",
    "CREATE TABLE articles_fts (id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, "
    "words TSVECTOR NOT NULL)",
]
INDEXES = [
    "CREATE INDEX quotes_fts_words ON quotes_fts USING GIN (words)",
    "CREATE INDEX articles_fts_words ON articles_fts USING GIN (words)",
]


def upgrade(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        return
    run = conn.exec_driver_sql
    run("DROP INDEX IF EXISTS quotes_words")
    run("DROP INDEX IF EXISTS articles_words")
    for sql in TABLES:
        run(sql)
    _fill(conn, "SELECT id, text FROM quotes", "quotes_fts", lambda row: words_vector(row[1]))
    _fill(
        conn,
        "SELECT id, title, text FROM articles",
        "articles_fts",
        lambda row: article_words(row[1], row[2]),
    )
    for sql in INDEXES:  # made once the rows are in: faster than kept up row by row
        run(sql)


def _fill(conn: Connection, select: str, table: str, words: Callable[[Any], str]) -> None:
    """Each row of ``select`` (its id first) gets its words in ``table``, a page of rows at a time (memory
    stays flat on a store of millions)."""
    page = text(f"{select} WHERE id > :last ORDER BY id LIMIT {BATCH}")
    insert = text(f"INSERT INTO {table}(id, words) VALUES (:id, CAST(:words AS tsvector))")
    last = 0
    while rows := conn.execute(page, {"last": last}).fetchall():
        conn.execute(insert, [{"id": row[0], "words": words(row)} for row in rows])
        last = rows[-1][0]
