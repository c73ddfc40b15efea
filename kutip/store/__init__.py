"""The corpus store: extracted articles, quotes and a cross-article speaker registry.

``open_store(target)`` opens a SQLite file (the default, no server needed) or a PostgreSQL database
(``postgresql://user:password@host/db``); both hold the same tables (``tables.py``) and answer the same
queries (``queries.py``). ``read_only=True`` never creates or writes a store.
"""

from __future__ import annotations

from kutip.store.base import DEFAULT_DB, Store
from kutip.store.connection import is_postgres, shown_target
from kutip.store.write import content_hash


def open_store(target: str | None = None, *, read_only: bool = False) -> Store:
    return Store(target, read_only=read_only)


__all__ = ["DEFAULT_DB", "Store", "content_hash", "is_postgres", "open_store", "shown_target"]
