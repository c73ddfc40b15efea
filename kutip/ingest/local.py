"""`kutip ingest`: read inputs, extract the new articles (here, in worker processes, or on a cluster's
workers: an ``Engine``), store them; and ``extract_in_order`` for `kutip extract` with workers.

Memory stays flat on any input size: records are read lazily and handled in windows of ``WINDOW`` (the
first ones smaller, so that writing starts soon); a window's articles already in the store (same content
hash) are not extracted again; each window is written in one transaction, so a killed ingest restarted on
the same input ends with every article exactly once.

With worker processes, the workers extract the next window while this process writes the current one (the
single writer would otherwise leave them idle). Windows are written in input order as before, and what
reading a window met (records, read failures) is counted when its turn comes: the store, the tally and the
calls of ``on_progress`` and ``on_error`` are those of one window after the other.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.pool import AsyncResult
from typing import Any, Protocol

from kutip.deadline import DEFAULT_TIMEOUT
from kutip.read import ReadError, Record
from kutip.runner import batch_gc, note_failure
from kutip.store import Store, content_hash
from kutip.store.prepare import attach

WINDOW = 256
WORKER_NICENESS = 10  # the workers' scheduling priority below the writer's (``os.nice``)
FIRST_WINDOW = 32  # the first windows are smaller (32, 64, 128): writing starts while the workers warm up


@dataclass
class IngestTally:
    read: int = 0
    new: int = 0
    unchanged: int = 0
    failures: list[ReadError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)

    def line(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        return (
            f"{self.read} read, {self.new} new, {self.unchanged} unchanged, {self.failed} failed "
            f"({rate:.0f} articles/s)"
        )


Job = tuple[Record, str, float | None]  # a record, the language asked for, the per-article bound


def _start_worker() -> None:
    """In a worker, first: Ctrl-C is the main process's to handle (it stops the pool; a worker that caught
    it too would leave the pool waiting for a result that never comes). And the worker yields the CPU to the
    one writer and to the database server, which every article waits for: a worker only has to keep a
    window ahead of them (on two cores this alone made an ingest 10-20 % faster)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)


def _extract(job: Job) -> dict[str, Any] | ReadError:
    """In a worker: the document's JSON form, or the failure that names the article (one that took longer
    than the per-article bound, ``job[2]`` seconds, among them)."""
    from kutip.runner import extract_or_error

    record, lang, timeout = job
    result = extract_or_error(record, lang, timeout)
    return result if isinstance(result, ReadError) else result.to_dict()


def _extract_for_store(dialect: str, job: Job) -> dict[str, Any] | ReadError:
    """In a worker: ``_extract``, the document with what the writer of a store of ``dialect`` reads from it
    alone worked out here (``kutip.store.prepare``): the one writer does only the part that depends on the
    order."""
    result = _extract(job)
    return result if isinstance(result, ReadError) else attach(result, dialect)


class Pending(Protocol):
    """Extraction under way in an engine's workers: ``get()`` waits for the results, in the jobs' order;
    ``vectors()`` then holds the claim statements' vectors the workers embedded (text key -> bytes)."""

    def get(self) -> list[dict[str, Any] | ReadError]: ...

    def texts(self) -> list[str | ReadError]: ...  # the documents as JSON text instead

    def vectors(self) -> dict[str, bytes]: ...


class Engine(Protocol):
    """What extracts a window's jobs: this machine's processes (``LocalPool``) or a cluster's workers."""

    window: int  # articles read, extracted and written together

    # for_store: the dialect of the store the documents go to (the workers ``attach`` what its writer reads)
    def map_async(self, jobs: list[Job], for_store: str | None = None) -> Pending: ...

    def close(self) -> None: ...  # the run is over: wait for the workers and let them go

    def terminate(self) -> None: ...  # interrupted: stop the workers now


class _LocalPending:
    def __init__(self, result: AsyncResult) -> None:
        self.result = result

    def get(self) -> list[dict[str, Any] | ReadError]:
        return self.result.get()  # type: ignore[no-any-return]

    def texts(self) -> list[str | ReadError]:
        return [r if isinstance(r, ReadError) else json.dumps(r, ensure_ascii=False) for r in self.get()]

    def vectors(self) -> dict[str, bytes]:
        return {}  # the claim build embeds what an ingest on this machine stores


class LocalPool:
    """Worker processes on this machine (forked: the language data is loaded once, before them)."""

    window = WINDOW

    def __init__(self, workers: int) -> None:
        context = mp.get_context("fork" if sys.platform != "win32" else "spawn")
        self.pool = context.Pool(workers, _start_worker)

    def map_async(self, jobs: list[Job], for_store: str | None = None) -> Pending:
        work = partial(_extract_for_store, for_store) if for_store else _extract
        return _LocalPending(self.pool.map_async(work, jobs, chunksize=8))

    def close(self) -> None:
        self.pool.close()
        self.pool.join()

    def terminate(self) -> None:
        self.pool.terminate()
        self.pool.join()


def ingest(
    items: Iterable[Record | ReadError],
    store: Store,
    lang: str = "auto",
    workers: int = 1,
    on_progress: Callable[[IngestTally], None] | None = None,
    on_error: Callable[[ReadError], None] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    engine: Engine | None = None,
) -> IngestTally:
    """Extract and store every new article of ``items``; an article whose extraction takes longer than
    ``timeout`` seconds (None: no bound) is counted as failed and the ingest goes on. ``engine`` extracts
    (a Ray cluster's workers: ``kutip.ingest.cluster``); without one, ``workers`` local processes do."""
    tally = IngestTally()
    t0 = time.perf_counter()

    def finish(window: _Window) -> None:
        _count_read(window, tally, on_error)
        _write_window(window, store, pool, tally, on_error)
        if window.full:
            tally.seconds = time.perf_counter() - t0
            if on_progress:
                on_progress(tally)

    with batch_gc():  # workers forked inside inherit it
        pool = engine if engine is not None else LocalPool(workers) if workers > 1 else None
        try:
            ahead: _Window | None = None  # read and being extracted by the workers, not written yet
            for events, full in _read_windows(items, pool.window if pool is not None else WINDOW):
                window = _Window(events, full)
                if pool is None:  # extracted here: nothing to overlap with
                    _count_read(window, tally, on_error)
                    _start_window(window, store, lang, pool, timeout, None)
                    finish(window)
                    continue
                _start_window(window, store, lang, pool, timeout, ahead)
                if ahead is not None:
                    finish(ahead)
                ahead = window
            if ahead is not None:
                finish(ahead)
        except BaseException:  # Ctrl-C, a store error: stop the workers now rather than wait for their work
            if pool is not None:
                pool.terminate()
                pool = None
            raise
        finally:
            if pool is not None:
                pool.close()
    tally.seconds = time.perf_counter() - t0
    return tally


def _read_windows(
    items: Iterable[Record | ReadError], size: int
) -> Iterator[tuple[list[Record | ReadError], bool]]:
    """The input in windows of ``size`` records (the first ones from ``FIRST_WINDOW``, doubling), each with
    the read failures met before its last record, in input order; whether it is full (the last one may hold
    fewer records, or none)."""
    events: list[Record | ReadError] = []
    records = 0
    limit = min(size, FIRST_WINDOW)
    for item in items:
        events.append(item)
        if not isinstance(item, ReadError):
            records += 1
            if records >= limit:
                yield events, True
                events, records, limit = [], 0, min(size, 2 * limit)
    yield events, False


@dataclass
class _Window:
    """One window on its way to the store: what reading it met, and its extraction (under way in the
    workers while the window before it is written)."""

    events: list[Record | ReadError]
    full: bool
    counted: bool = False  # its records and read failures are in the tally
    todo: list[tuple[Record, str]] = field(default_factory=list)  # (record, content hash) to extract
    jobs: list[Job] = field(default_factory=list)  # their extraction jobs
    unchanged: int = 0  # records stored before, or met twice in the window: not extracted
    later: list[int] = field(default_factory=list)  # positions in ``todo`` the window before has too
    extracted: Pending | list[Any] | None = None  # the results of the jobs not ``later``, in order


def _count_read(window: _Window, tally: IngestTally, on_error: Callable[[ReadError], None] | None) -> None:
    """Count what reading ``window`` met (once), in input order."""
    if window.counted:
        return
    window.counted = True
    for item in window.events:
        if isinstance(item, ReadError):
            note_failure(tally.failures, item, on_error)
        else:
            tally.read += 1


def _start_window(
    window: _Window,
    store: Store,
    lang: str,
    pool: Engine | None,
    timeout: float | None,
    ahead: _Window | None,
) -> None:
    """Find a window's new articles and set their extraction going. An article that ``ahead``, the window
    before (not written yet), extracts too waits for it: stored then, it is unchanged, as it would be found
    one window after the other."""
    records = [e for e in window.events if not isinstance(e, ReadError)]
    if not records:
        return
    digests = [content_hash(r.text, r.url) for r in records]
    stored = store.known(digests)
    pending = {digest for _, digest in ahead.todo} if ahead is not None else set()
    seen: set[str] = set()
    for record, digest in zip(records, digests, strict=True):
        if digest in stored or digest in seen:
            window.unchanged += 1
            continue
        seen.add(digest)
        if digest in pending:
            window.later.append(len(window.todo))
        window.todo.append((record, digest))
    window.jobs = [(r, lang, timeout) for r, _ in window.todo]
    later = set(window.later)
    window.extracted = _extract_all(
        pool, [j for n, j in enumerate(window.jobs) if n not in later], store.dialect
    )


def _extract_all(pool: Engine | None, jobs: list[Job], dialect: str) -> Pending | list[Any]:
    """Set ``jobs`` going in the workers (their results to wait for), or extract them here."""
    if pool is None:  # the writer works out what the workers would have prepared
        return [_extract(j) for j in jobs]
    return pool.map_async(jobs, for_store=dialect)


def _results(extracted: Pending | list[Any]) -> list[Any]:
    return extracted if isinstance(extracted, list) else extracted.get()


def _write_window(
    window: _Window,
    store: Store,
    pool: Engine | None,
    tally: IngestTally,
    on_error: Callable[[ReadError], None] | None,
) -> None:
    """Wait for the window's extraction and write it, in one transaction."""
    if window.extracted is None:
        return
    tally.unchanged += window.unchanged
    results = iter(_results(window.extracted))
    todo, later, again = window.todo, set(window.later), {}
    if later:  # the window before stored them (unchanged), or failed on them: extracted now, as they would be
        stored = store.known([todo[n][1] for n in window.later])
        redo = [n for n in window.later if todo[n][1] not in stored]
        tally.unchanged += len(later) - len(redo)
        redone = _extract_all(pool, [window.jobs[n] for n in redo], store.dialect)
        again = dict(zip(redo, _results(redone), strict=True))
    failures: list[ReadError] = []
    docs = []
    for n, (record, digest) in enumerate(todo):
        if n in later and n not in again:
            continue
        result = again[n] if n in later else next(results)
        if isinstance(result, ReadError):
            failures.append(result)
        else:
            docs.append((result, digest, record.source))
    vectors = {} if isinstance(window.extracted, list) else window.extracted.vectors()
    with store.transaction():  # the whole window or nothing: a killed run restarts cleanly
        added = store.add_many(docs)
        if vectors:
            from kutip.claims.build import keep_vectors

            keep_vectors(store.conn, vectors)
    new = sum(added)
    unchanged = len(added) - new
    tally.new += new
    tally.unchanged += unchanged
    for failure in failures:
        note_failure(tally.failures, failure, on_error)


def extract_in_order(
    items: Iterable[Record | ReadError], engine: Engine, lang: str, timeout: float | None
) -> Iterator[str | ReadError]:
    """Every item's document (JSON text) or failure, in input order, extracted by ``engine`` a window at a
    time, the next window under way while this one is handed on."""
    ahead: tuple[list[Record | ReadError], Any] | None = None
    for window in _windows(items, engine.window):
        jobs = [(r, lang, timeout) for r in window if isinstance(r, Record)]
        pending = (window, engine.map_async(jobs))
        if ahead is not None:
            yield from _merged(*ahead)
        ahead = pending
    if ahead is not None:
        yield from _merged(*ahead)


def _windows(items: Iterable[Record | ReadError], size: int) -> Iterator[list[Record | ReadError]]:
    window: list[Record | ReadError] = []
    for item in items:
        window.append(item)
        if len(window) >= size:
            yield window
            window = []
    if window:
        yield window


def _merged(window: list[Record | ReadError], pending: Pending) -> Iterator[str | ReadError]:
    """The window's read failures and extraction results, back in input order."""
    results = iter(pending.texts())
    for item in window:
        yield item if isinstance(item, ReadError) else next(results)
