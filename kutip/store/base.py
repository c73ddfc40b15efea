"""The corpus store: one connection to a SQLite file or a PostgreSQL database, its transactions, and the
few verbs that write (add an article, merge or split speakers). Reading is ``queries.py``'s job.

Each window of articles is one transaction, so an ingest killed at any moment leaves whole articles only,
and a restart adds exactly the missing ones. Opening a store written by an earlier release migrates it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from kutip.errors import StoreError, UsageError
from kutip.store import claim_store
from kutip.store.connection import (
    connect,
    disconnect,
    driver_errors,
    guarded,
    run,
    shown_target,
    store_error,
)
from kutip.store.migrations import lock, migrate, needs_migration, stored_version
from kutip.store.queries import Queries
from kutip.store.registry import KIND_GROUP, Registry, name_key
from kutip.store.write import Item, add_documents, recount_roles, stored_hashes

DEFAULT_DB = "kutip.db"


class Store:
    """Articles, quotes, speakers and mentions in one store; use as a context manager or ``close()`` it."""

    def __init__(self, target: str | None = None, *, read_only: bool = False, create: bool = True) -> None:
        self.target = target or DEFAULT_DB
        self.read_only = read_only
        with guarded(self.target):
            self.conn = connect(self.target, read_only, create)
            try:
                if (read_only or not create) and stored_version(self.conn) == 0:
                    raise StoreError(  # an empty database (PostgreSQL) or file: no store to read or fix
                        f"no Kutip store in {shown_target(self.target)}: run `kutip ingest --db ... PATH...` "
                        "first, or name another --db"
                    )
                if needs_migration(self.conn):
                    self._migrate()
            except BaseException:
                disconnect(self.conn)
                raise
        self.dialect = self.conn.dialect.name
        self.registry = Registry(self.conn)
        self._in_transaction = False

    def _migrate(self) -> None:
        if not self.read_only:
            migrate(self.conn)
            return
        try:  # a read-only command on a store of an earlier release: upgrade it once if it can be written
            writer = connect(self.target, read_only=False)
        except StoreError:
            writer = None
        if writer is None:
            raise StoreError(
                f"{self.target} needs an upgrade by a command that can write to it (kutip ingest)"
            )
        try:
            migrate(writer)
        except driver_errors() as err:
            raise StoreError(
                f"{self.target} was written by an earlier Kutip and must be upgraded, which needs write "
                f"access: {store_error(err, self.target)}"
            ) from err
        finally:
            disconnect(writer)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._in_transaction:
            self.rollback()
        disconnect(self.conn)

    # -- transactions ------------------------------------------------------------------------------

    def begin(self) -> None:
        """Start a write; what the registry remembers is checked against the database first."""
        if self.read_only:
            raise StoreError(f"{self.target} was opened read-only")
        with guarded(self.target):
            lock(self.conn)
            self._in_transaction = True
            self.registry.sync()

    def commit(self) -> None:
        with guarded(self.target):
            self.registry.close_write()
            self.conn.exec_driver_sql("COMMIT")
            self._in_transaction = False
            self.registry.settle()

    def rollback(self) -> None:
        """Undo the open write; a failed rollback (the connection is gone) must not hide why it failed."""
        self._in_transaction = False
        self.registry.forget()
        with suppress(Exception):  # the error that made us roll back is the one to report
            self.conn.exec_driver_sql("ROLLBACK")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write, whole or not at all; driver errors become a ``StoreError`` that says what to do."""
        self.begin()
        try:
            with guarded(self.target):
                yield
            self.commit()
        except BaseException:
            self.rollback()
            raise

    # -- writing -----------------------------------------------------------------------------------

    def known(self, hashes: list[str]) -> set[str]:
        """Which of ``hashes`` are stored already."""
        with guarded(self.target):
            return stored_hashes(self.conn, hashes)

    def add(self, doc: dict[str, Any], digest: str, source: str | None = None) -> bool:
        """Store one extracted document (its JSON form) inside the open write; False when stored before."""
        return self.add_many([(doc, digest, source)])[0]

    def add_many(self, items: Sequence[Item]) -> list[bool]:
        """Store a window of documents inside the open write, in bulk; for each, False when stored before."""
        with guarded(self.target):
            return add_documents(self.conn, self.registry, items)

    def find_speaker(self, name: str) -> int:
        """The id of the speaker called ``name`` exactly: a speaker's shown name is one of its aliases."""
        key = name_key(name)
        ids = {
            r[0] for r in run(self.conn, "SELECT speaker_id FROM aliases WHERE alias_key = :k", {"k": key})
        }
        if len(ids) != 1:
            raise UsageError(
                f"{'no' if not ids else 'more than one'} speaker called {name!r}"
                + (" (see `kutip speakers list`)" if not ids else "")
            )
        return ids.pop()

    def merge_speakers(self, source: str, target: str) -> None:
        """Fold the speaker called ``source`` into the one called ``target`` by hand (the rules never undo
        it)."""
        with self.transaction():
            a, b = self.find_speaker(source), self.find_speaker(target)
            if a == b:
                raise UsageError(f"{source!r} and {target!r} are the same speaker already")
            self.registry.merge(a, b, f"merged by hand into {target}", manual=True)
            claim_store.recount_speakers(self.conn, [a, b])

    def confirm_name(self, name: str) -> None:
        """Mark the name ``name`` as rightly joined to its speaker, by hand (``kutip speakers review``): the
        rules never undo it, and review lists it no more."""
        with self.transaction():
            sid = self.find_speaker(name)
            run(
                self.conn,
                "UPDATE aliases SET manual = 1, reason = 'confirmed by hand: ' || reason "
                "WHERE alias_key = :k AND speaker_id = :s AND manual = 0",
                {"k": name_key(name), "s": sid},
            )
            self.registry.forget()

    def split_speaker(self, name: str) -> None:
        """Give the name ``name`` a speaker of its own again, with the quotes written with that name."""
        with self.transaction():
            sid = self.find_speaker(name)
            kind = run(self.conn, "SELECT kind FROM speakers WHERE id = :s", {"s": sid}).scalar_one()
            new = self.registry.split(name_key(name), KIND_GROUP[kind])
            recount_roles(self.conn, [sid, new])
            self.registry.forget()
            claim_store.recount_speakers(self.conn, [sid])

    # -- reading -----------------------------------------------------------------------------------

    def queries(self) -> Queries:
        return Queries(self)

    def counts(self) -> dict[str, int]:
        """Rows of the main tables."""
        with guarded(self.target):
            return {
                t: run(self.conn, f"SELECT COUNT(*) FROM {t}").scalar_one()
                for t in ("articles", "quotes", "speakers", "mentions")
            }
