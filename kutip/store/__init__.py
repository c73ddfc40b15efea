"""The corpus store: extracted articles, quotes and a cross-article speaker registry.

``open_store(target)`` opens a SQLite file (the default, no server needed). PostgreSQL targets
(``postgresql://...``) are named in the design but not built yet: they are refused with a clear message.
"""

from __future__ import annotations

from kutip.store.sqlite import SqliteStore, content_hash

DEFAULT_DB = "kutip.db"


def open_store(target: str | None = None) -> SqliteStore:
    target = target or DEFAULT_DB
    if target.startswith(("postgresql://", "postgres://")):
        raise LookupError("the PostgreSQL back end is not built yet; use a SQLite file (--db kutip.db)")
    return SqliteStore(target)


__all__ = ["DEFAULT_DB", "SqliteStore", "content_hash", "open_store"]
