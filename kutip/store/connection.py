"""Opening a store: a SQLite file or a PostgreSQL URL, through SQLAlchemy, and the store's errors said in one
line with what to do.

Transactions are Kutip's own (``BEGIN IMMEDIATE`` on SQLite takes the write lock at the start of a window,
not half-way through it), so the driver runs in autocommit mode and ``Store`` says BEGIN and COMMIT.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Result, Table, TextClause, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from kutip.errors import KutipError, StoreError

BUSY_SECONDS = 60  # how long a writer waits for another one's window before giving up


def is_postgres(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://", "postgresql+psycopg://"))


def shown_target(target: str) -> str:
    """A store target for messages, without its password."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", target)


def connect(target: str, read_only: bool, create: bool = True) -> Connection:
    """A live connection to ``target``. Only a writer that may ``create`` makes a new store file: for any
    other, a missing file is an error."""
    if is_postgres(target):
        return _postgres(target, read_only)
    path = Path(target)
    if (read_only or not create) and not path.exists():
        raise StoreError(
            f"no Kutip store at {target}: run `kutip ingest --db {target} PATH...` first, "
            "or name another --db"
        )
    if path.is_dir():
        raise StoreError(f"{target} is a folder, not a store file: name a file with --db")
    if not read_only and not path.parent.exists():
        raise StoreError(f"cannot create {target}: the folder {path.parent} does not exist")
    if not read_only and path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise StoreError(  # SQLite needs to write the file and its journal beside it
            f"{target} is read-only (the file or its folder cannot be written): this command writes to the "
            "store; use a writable copy"
        )
    return _sqlite(path, read_only).connect()


READ_MMAP_BYTES = 1 << 30  # the most of a store a reader maps (virtual memory, not resident)


def _sqlite(path: Path, read_only: bool) -> Engine:
    def open_file() -> sqlite3.Connection:
        if not read_only:
            raw = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
        else:
            raw = _sqlite_read_only(path)
            # pages mapped, not copied into each connection's own cache: a web server's threads and
            # processes read the same store through the one page cache of the operating system
            raw.execute(f"PRAGMA mmap_size = {READ_MMAP_BYTES}")
        raw.execute("PRAGMA foreign_keys = ON")
        return raw

    engine = create_engine("sqlite://", creator=open_file, poolclass=StaticPool, isolation_level="AUTOCOMMIT")
    if not read_only:
        event.listen(engine, "connect", _wal)
    return engine


def _sqlite_read_only(path: Path) -> sqlite3.Connection:
    """Open for reading only; on a read-only folder or mount, where SQLite cannot make its lock files, as
    an immutable file (a finished store: its last writer has closed it)."""
    uri = path.resolve().as_uri()
    raw = sqlite3.connect(
        f"{uri}?mode=ro", uri=True, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False
    )
    try:
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as err:
        if "unable to open" not in str(err) and "readonly" not in str(err):
            raise
        raw.close()
        raw = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, check_same_thread=False)
    return raw


def _wal(raw: sqlite3.Connection, _record: object) -> None:
    """WAL journaling lets readers query while an ingest writes. Two processes opening a new file at once
    may find it locked for a moment: wait, as for any other lock."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            raw.execute("PRAGMA journal_mode = WAL").fetchone()
            raw.execute("PRAGMA synchronous = NORMAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def disconnect(conn: Connection) -> None:
    """Close ``conn`` and the driver connection its engine keeps (a file handle, a server session)."""
    conn.close()
    conn.engine.dispose()


def _postgres(target: str, read_only: bool) -> Connection:
    url = re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", target)
    engine = create_engine(url, poolclass=StaticPool, isolation_level="AUTOCOMMIT")
    conn = engine.connect()
    if read_only:
        conn.exec_driver_sql("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    return conn


def store_error(err: BaseException, target: str) -> KutipError:
    """One line that says what went wrong with the store and what to do about it."""
    if isinstance(err, KutipError):
        return err
    where = shown_target(target)
    detail = " ".join(str(getattr(err, "orig", None) or err).split())
    low = detail.casefold()
    if "file is not a database" in low or "file is encrypted" in low:
        return StoreError(f"{where} is not a Kutip store (not an SQLite database): name another --db")
    if "disk is full" in low or "no space left" in low:
        return StoreError(
            f"the disk is full writing {where}: free some space and run again (the unfinished window was "
            "rolled back; an ingest resumes where it stopped)"
        )
    if "readonly" in low or "read-only" in low or "read only" in low:
        return StoreError(f"{where} is read-only: this command writes to the store; use a writable copy")
    if "database is locked" in low or "database is busy" in low:
        return StoreError(f"{where} stayed locked by another writer for {BUSY_SECONDS} s: try again later")
    if "unable to open" in low:
        return StoreError(f"cannot open {where}: check that the file and its folder can be read")
    if "connection" in low or "could not translate host" in low or "password authentication" in low:
        return StoreError(f"cannot connect to {where}: {detail}")
    if "malformed" in low or "corrupt" in low:
        return StoreError(f"{where} is damaged ({detail}): restore it from a copy or ingest again")
    return StoreError(f"store error on {where}: {detail}")


@contextmanager
def guarded(target: str) -> Iterator[None]:
    """Turn the drivers' errors into a ``StoreError`` that names the store."""
    try:
        yield
    except Exception as err:
        if isinstance(err, (*driver_errors(), OSError)):
            raise store_error(err, target) from err
        raise


def driver_errors() -> tuple[type[BaseException], ...]:
    """The exceptions a store operation can raise from below SQLAlchemy."""
    try:
        import psycopg

        return (DBAPIError, sqlite3.Error, psycopg.Error)
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return (DBAPIError, sqlite3.Error)


@cache
def _statement(sql: str) -> TextClause:
    return text(sql)


def run(
    conn: Connection, sql: str, params: dict[str, Any] | list[dict[str, Any]] | None = None
) -> Result[Any]:
    """Run SQL that both back ends speak, with ``:name`` parameters (a list of them runs it for each)."""
    return conn.execute(_statement(sql), params)


class Rows:
    """A driver cursor's rows, read the way the store's code reads SQLAlchemy results."""

    __slots__ = ("cursor",)

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor

    def __iter__(self) -> Iterator[Any]:
        return iter(self.cursor.fetchall())

    def fetchone(self) -> Any:
        return self.cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return list(self.cursor.fetchall())

    def scalar(self) -> Any:
        row = self.cursor.fetchone()
        return row[0] if row is not None else None

    def scalar_one(self) -> Any:
        row = self.cursor.fetchone()
        if row is None:
            raise LookupError("expected one row, got none")
        return row[0]


@cache
def _driver_sql(dialect: Any, sql: str) -> tuple[str, tuple[str, ...] | None]:
    """``sql`` with ``:name`` parameters compiled by SQLAlchemy for the driver (its own parameter style),
    and the parameter order where that style is positional."""
    compiled = text(sql).compile(dialect=dialect)
    return compiled.string, tuple(compiled.positiontup) if compiled.positional else None


def in_list(values: Sequence[Any], prefix: str = "v") -> tuple[str, dict[str, Any]]:
    """``:v0, :v1, ...`` for an ``IN (...)`` of ``values``, and their parameters (both back ends)."""
    names = {f"{prefix}{i}": v for i, v in enumerate(values)}
    return ", ".join(f":{n}" for n in names), names


def fast(conn: Connection, sql: str, params: dict[str, Any] | list[dict[str, Any]] | None = None) -> Rows:
    """``run`` for the writer's hot path: the statement is compiled once by SQLAlchemy for the back end and
    executed on the driver's connection, skipping the per-call work of SQLAlchemy's result objects (an ingest
    makes a dozen such calls per article)."""
    sql_text, order = _driver_sql(conn.dialect, sql)
    raw = conn.connection.dbapi_connection
    assert raw is not None
    cursor = raw.cursor()
    if isinstance(params, list):
        if params:
            cursor.executemany(sql_text, [tuple(p[k] for k in order) for p in params] if order else params)
        return Rows(cursor)
    args: Any = params or {}
    if order is not None:
        args = tuple(args[k] for k in order)
    cursor.execute(sql_text, args)
    return Rows(cursor)


@contextmanager
def pipelined(conn: Connection) -> Iterator[None]:
    """PostgreSQL's pipeline mode: a statement whose result is not read is sent without waiting for it."""
    raw = conn.connection.dbapi_connection
    if conn.dialect.name != "postgresql" or raw is None:
        yield
        return
    with raw.pipeline():
        yield


def insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (every column of ``table`` by name) in bulk: PostgreSQL takes them in one COPY, a
    stream of rows without a statement for each (executemany there is a statement per row, pipelined);
    SQLite, in process, in one executemany."""
    if not rows:
        return
    names = [c.name for c in table.columns]
    if conn.dialect.name != "postgresql":
        fast(conn, _insert_sql(table.name, tuple(names)), rows)
        return
    raw = conn.connection.dbapi_connection
    assert raw is not None
    columns = ", ".join(f'"{n}"' for n in names)
    with raw.cursor() as cursor, cursor.copy(f"COPY {table.name} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[n] for n in names])


@cache
def _insert_sql(table: str, names: tuple[str, ...]) -> str:
    """INSERT of the columns ``names`` of ``table``, with ``:name`` parameters (compiled by ``fast``)."""
    return (
        f"INSERT INTO {table} ("
        + ", ".join(f'"{n}"' for n in names)
        + ") VALUES ("
        + ", ".join(f":{n}" for n in names)
        + ")"
    )


def get_meta(conn: Connection, key: str) -> str | None:
    """The value the store keeps under ``key`` in its ``meta`` table, None when it keeps none."""
    return fast(conn, "SELECT value FROM meta WHERE key = :k", {"k": key}).scalar()


def set_meta(conn: Connection, key: str, value: str) -> None:
    """Keep ``value`` under ``key`` in the store's ``meta`` table (one statement on both back ends)."""
    fast(
        conn,
        "INSERT INTO meta(key, value) VALUES (:k, :v) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        {"k": key, "v": value},
    )
