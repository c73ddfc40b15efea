"""What the commands share beyond options: messages on standard error, exit statuses of a run, the store."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from kutip.errors import EXIT_INPUT_FAILED, EXIT_INTERNAL, EXIT_OK, UsageError

if TYPE_CHECKING:
    from kutip.ingest.cluster import RayEngine
    from kutip.read import ReadError
    from kutip.store import Store
    from kutip.store.queries import Page

T = TypeVar("T")


def note(message: str) -> None:
    """A line for the user on standard error (standard output carries only data)."""
    print(f"kutip: {message}", file=sys.stderr, flush=True)


def progress_line(quiet: bool) -> Callable[[Any], None] | None:
    """For a long run on a terminal: its tally's line, rewritten in place as it grows (``finish_progress``
    clears it). None when quiet or not on a terminal."""
    if quiet or not sys.stderr.isatty():
        return None
    return lambda tally: print("\r" + tally.line(), end="", file=sys.stderr, flush=True)


def finish_progress(shown: Callable[[Any], None] | None) -> None:
    if shown is not None:
        print("\r", end="", file=sys.stderr)


def print_failure(item: ReadError) -> None:
    """One failed input, as it happens: file, line or record, reason."""
    print(f"kutip: error: {item}", file=sys.stderr, flush=True)


def run_status(failures: Iterable[ReadError]) -> int:
    """The exit status of a run: 4 when a bug in Kutip failed an article (the run still went on), 1 when an
    input failed, else 0."""
    from kutip.crash import is_internal

    status = EXIT_OK
    for f in failures:
        if is_internal(f.reason):
            return EXIT_INTERNAL
        status = EXIT_INPUT_FAILED
    return status


def start_engine(
    engine: str, address: str | None, workers: int | None, encode: bool = False
) -> RayEngine | None:
    """The Ray cluster's workers when asked for (``--engine ray`` or ``--address``), else None: the run's own
    processes extract."""
    if engine != "ray" and address is None:
        return None
    from kutip.ingest.cluster import RayEngine

    return RayEngine(address, workers, encode)


def store_target(db: str | None) -> str:
    from kutip.store import DEFAULT_DB

    return db or DEFAULT_DB


def store_files(db: str | None) -> tuple[str, ...]:
    """The files a SQLite store consists of, so that ``kutip ingest .`` never reads its own store."""
    from kutip.store import is_postgres

    target = store_target(db)
    if is_postgres(target):
        return ()
    return tuple(target + suffix for suffix in ("", "-wal", "-shm", "-journal"))


def open_existing(db: str | None, read_only: bool) -> Store:
    """Open a store that must already exist: commands that read or fix a corpus never create an empty one
    because ``--db`` was mistyped."""
    from kutip.store import open_store

    return open_store(store_target(db), read_only=read_only, create=False)


class Paged(Generic[T]):
    """The rows of a keyset-paged list from the cursor ``after`` on, at most ``limit`` (None: all), fetched
    a page at a time so memory stays flat; once iterated, ``next`` is the cursor after the last row given
    (None when the list ended there)."""

    def __init__(
        self,
        fetch: Callable[[int, str | None], Page[T]],
        limit: int | None,
        after: str | None,
        batch: int = 1000,
    ) -> None:
        self.fetch, self.limit, self.after, self.batch = fetch, limit, after, batch
        self.next: str | None = None

    def __iter__(self) -> Iterator[T]:
        cursor, left = self.after, self.limit
        while left is None or left > 0:
            page = self.fetch(self.batch if left is None else min(self.batch, left), cursor)
            yield from page.rows
            cursor = page.next
            if left is not None:
                left -= len(page.rows)
            if cursor is None:
                break
        self.next = cursor


def open_output(path: str, binary: bool = False) -> Any:
    """The file to write to (``-`` is standard output); a path that cannot be written is a usage error."""
    if path == "-":
        return sys.stdout.buffer if binary else sys.stdout
    try:
        return open(path, "wb") if binary else open(path, "w", encoding="utf-8", newline="")
    except OSError as err:
        raise UsageError(f"cannot write {path}: {err.strerror or err}") from err
