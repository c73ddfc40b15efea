"""PostgreSQL back end, for teams sharing one corpus: the same tables as SQLite, full-text search through
``tsvector`` expression indexes (``simple`` configuration: Indonesian and English alike, no stemming)."""

from __future__ import annotations

from pathlib import Path

from kutip.store.base import SCHEMA_VERSION, Connection, Store

SCHEMA = Path(__file__).with_name("schema_postgres.sql")


class PostgresStore(Store):
    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as err:  # pragma: no cover - psycopg is a dependency
            raise LookupError("PostgreSQL needs psycopg (pip install 'psycopg[binary]')") from err
        self.path = url
        try:
            raw = psycopg.connect(url, autocommit=True)
        except psycopg.OperationalError as err:
            from kutip.store import shown_target

            raise LookupError(f"cannot connect to {shown_target(url)}: {' '.join(str(err).split())}") from err
        raw.execute("SELECT pg_advisory_lock(4242)")  # two first ingests must not both create the schema
        try:
            if raw.execute("SELECT to_regclass('meta')").fetchone()[0] is None:
                raw.execute(SCHEMA.read_text(encoding="utf-8"))
                raw.execute("INSERT INTO meta VALUES ('schema_version', %s)", (SCHEMA_VERSION,))
        finally:
            raw.execute("SELECT pg_advisory_unlock(4242)")
        self.db = Connection(raw, "%s")
        super().__init__()

    def _search_clause(self) -> str:
        return "to_tsvector('simple', q.text) @@ websearch_to_tsquery('simple', ?)"
