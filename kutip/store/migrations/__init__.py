"""Schema migrations: a store written by an earlier release is brought to ``SCHEMA_VERSION`` when opened.

Each step is a module ``vNNNN_what.py`` with ``upgrade(conn)``, taking the store from version NNNN - 1 to
NNNN; steps say their SQL as it was at their release (they never read ``tables.py``, which moves on). All
steps run in one transaction, under the writers' lock: a store is either migrated whole or left as it was,
and two processes opening an old store at once migrate it once. A new store is created from ``tables.py``
in the same transaction as its version row.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

from sqlalchemy import Connection, text

from kutip.errors import StoreError
from kutip.store import search
from kutip.store.tables import SCHEMA_VERSION, metadata

Step = Callable[[Connection], None]


def steps() -> dict[int, Step]:
    """version -> the step that makes it, from the modules of this package."""
    found: dict[int, Step] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("v") and info.name[1:5].isdigit():
            module = importlib.import_module(f"{__name__}.{info.name}")
            found[int(info.name[1:5])] = module.upgrade
    return found


def stored_version(conn: Connection) -> int:
    """The schema version written in the store; 0 for a store with no tables yet."""
    if not conn.dialect.has_table(conn, "meta"):
        return 0
    row = conn.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")).fetchone()
    if row is None:
        raise StoreError("the store has a meta table but no schema_version: it was not written by Kutip")
    return int(row[0])


def lock(conn: Connection) -> None:
    """Begin a transaction that no other writer (ingest, merge, migration) runs beside."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4243)")


def migrate(conn: Connection) -> int:
    """Create or upgrade the schema; the version it had before (0: created now)."""
    lock(conn)
    try:
        before = stored_version(conn)
        if before > SCHEMA_VERSION:
            raise StoreError(
                f"the store was written by a newer Kutip (schema {before}; this one reads up to "
                f"{SCHEMA_VERSION}): upgrade Kutip"
            )
        if before == 0:
            _create(conn)
        else:
            known = steps()
            for version in range(before + 1, SCHEMA_VERSION + 1):
                known[version](conn)
        if before != SCHEMA_VERSION:
            conn.execute(
                text("UPDATE meta SET value = :v WHERE key = 'schema_version'"), {"v": str(SCHEMA_VERSION)}
            )
        conn.exec_driver_sql("COMMIT")
    except BaseException:
        conn.exec_driver_sql("ROLLBACK")
        raise
    return before


def needs_migration(conn: Connection) -> bool:
    return stored_version(conn) != SCHEMA_VERSION


def _create(conn: Connection) -> None:
    if conn.dialect.name == "sqlite" and conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar():
        raise StoreError("the file is an SQLite database of something else, not a Kutip store")
    metadata.create_all(conn)
    search.create_index(conn)
    conn.execute(text("INSERT INTO meta(key, value) VALUES ('schema_version', '0')"))
