"""`kutip ingest`: read inputs, extract the new articles (in worker processes), store them.

Memory stays flat on any input size: records are read lazily and handled in windows of ``WINDOW``; a
window's articles already in the store (same content hash) are not extracted again; each window is written
in one transaction, so a killed ingest restarted on the same input ends with every article exactly once.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kutip.deadline import DEFAULT_TIMEOUT
from kutip.read import ReadError, Record
from kutip.runner import batch_gc, note_failure
from kutip.store import Store, content_hash

WINDOW = 256


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


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C is the main process's to handle (it stops the pool); a worker that caught it too
    would leave the pool waiting for a result that never comes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract(job: tuple[Record, str, float | None]) -> dict[str, Any] | ReadError:
    """In a worker: the document's JSON form, or the failure that names the article (one that took longer
    than the per-article bound, ``job[2]`` seconds, among them)."""
    from kutip.runner import extract_or_error

    record, lang, timeout = job
    result = extract_or_error(record, lang, timeout)
    return result if isinstance(result, ReadError) else result.to_dict()


def ingest(
    items: Iterable[Record | ReadError],
    store: Store,
    lang: str = "auto",
    workers: int = 1,
    on_progress: Callable[[IngestTally], None] | None = None,
    on_error: Callable[[ReadError], None] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> IngestTally:
    """Extract and store every new article of ``items``; an article whose extraction takes longer than
    ``timeout`` seconds (None: no bound) is counted as failed and the ingest goes on."""
    tally = IngestTally()
    t0 = time.perf_counter()
    with batch_gc():  # workers forked inside inherit it
        context = mp.get_context("fork" if sys.platform != "win32" else "spawn")
        pool = context.Pool(workers, _ignore_interrupts) if workers > 1 else None
        try:
            window: list[Record] = []
            for item in items:
                if isinstance(item, ReadError):
                    note_failure(tally.failures, item, on_error)
                    continue
                tally.read += 1
                window.append(item)
                if len(window) >= WINDOW:
                    _store_window(window, store, lang, pool, tally, on_error, timeout)
                    window = []
                    tally.seconds = time.perf_counter() - t0
                    if on_progress:
                        on_progress(tally)
            if window:
                _store_window(window, store, lang, pool, tally, on_error, timeout)
        except BaseException:  # Ctrl-C, a store error: stop the workers now rather than wait for their work
            if pool is not None:
                pool.terminate()
                pool.join()
                pool = None
            raise
        finally:
            if pool is not None:
                pool.close()
                pool.join()
    tally.seconds = time.perf_counter() - t0
    return tally


def _store_window(
    window, store, lang, pool, tally: IngestTally, on_error, timeout: float | None = DEFAULT_TIMEOUT
) -> None:
    digests = [content_hash(r.text, r.url) for r in window]
    stored = store.known(digests)
    todo, seen = [], set()
    for record, digest in zip(window, digests, strict=True):
        if digest in stored or digest in seen:
            tally.unchanged += 1
            continue
        seen.add(digest)
        todo.append((record, digest))
    jobs = [(r, lang, timeout) for r, _ in todo]
    results = pool.map(_extract, jobs, chunksize=8) if pool is not None else [_extract(j) for j in jobs]
    failures: list[ReadError] = []
    docs = []
    for (record, digest), result in zip(todo, results, strict=True):
        if isinstance(result, ReadError):
            failures.append(result)
        else:
            docs.append((result, digest, record.source))
    with store.transaction():  # the whole window or nothing: a killed run restarts cleanly
        added = store.add_many(docs)
    new = sum(added)
    unchanged = len(added) - new
    tally.new += new
    tally.unchanged += unchanged
    for failure in failures:
        note_failure(tally.failures, failure, on_error)
