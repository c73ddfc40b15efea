"""The corpus store: extracted articles, quotes and a cross-article speaker registry.

``open_store(target)`` opens a SQLite file (the default, no server needed) or a PostgreSQL database
(``postgresql://user:password@host/db``); both hold the same tables and answer the same queries.
"""

from __future__ import annotations

import re

from kutip.store.base import Store, content_hash

DEFAULT_DB = "kutip.db"


def open_store(target: str | None = None) -> Store:
    target = target or DEFAULT_DB
    if target.startswith(("postgresql://", "postgres://")):
        from kutip.store.postgres import PostgresStore

        return PostgresStore(target)
    from kutip.store.sqlite import SqliteStore

    return SqliteStore(target)


def shown_target(target: str) -> str:
    """A store target for messages, without its password."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", target)


__all__ = ["DEFAULT_DB", "Store", "content_hash", "open_store", "shown_target"]
