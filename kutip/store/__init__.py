"""The corpus store: extracted articles, quotes and a cross-article speaker registry.

``open_store(target)`` opens a SQLite file (the default, no server needed) or a PostgreSQL database
(``postgresql://user:password@host/db``); both hold the same tables (``tables.py``) and answer the same
queries (``queries.py``). ``read_only=True`` never creates or writes a store.
"""

from __future__ import annotations

from kutip.store.base import DEFAULT_DB, Store
from kutip.store.connection import is_postgres, shown_target
from kutip.store.write import content_hash


def open_store(target: str | None = None, *, read_only: bool = False, create: bool = True) -> Store:
    """The store at ``target`` (default ``kutip.db``); ``read_only`` never writes, ``create=False`` refuses
    a store that does not exist yet (a mistyped --db)."""
    return Store(target, read_only=read_only, create=create)


__all__ = ["DEFAULT_DB", "Store", "content_hash", "is_postgres", "open_store", "shown_target"]
