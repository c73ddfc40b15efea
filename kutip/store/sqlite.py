"""SQLite back end: one file anyone can open (sqlite3, Datasette). WAL journaling lets readers query while an
ingest writes; FTS5 tables index quote and article text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kutip.store.base import SCHEMA_VERSION, Connection, Store

SCHEMA = Path(__file__).with_name("schema.sql")


class SqliteStore(Store):
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        raw = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA synchronous = NORMAL")
        raw.execute("PRAGMA foreign_keys = ON")
        if not raw.execute("SELECT name FROM sqlite_master WHERE name = 'meta'").fetchone():
            raw.executescript(SCHEMA.read_text(encoding="utf-8"))
            raw.execute("INSERT INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        self.db = Connection(raw)
        super().__init__()

    def _begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")  # take the write lock now, not half-way through a window

    def _index_text(self, article_id, title, text, quotes) -> None:
        self.db.execute(
            "INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)", (article_id, title, text)
        )
        self.db.executemany("INSERT INTO quotes_fts(rowid, text) VALUES (?, ?)", quotes)

    def _search_clause(self) -> str:
        return "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
