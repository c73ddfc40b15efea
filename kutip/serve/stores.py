"""One store per worker thread: a SQLite connection (or a PostgreSQL one) is never shared across threads,
and opening one per request would cost more than most pages."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from kutip.store import Store, open_store


class Stores:
    """The stores of one web app: read-only ones for the pages and the API, kept per thread, and a writable
    one opened for each edit (``--allow-edits``)."""

    def __init__(self, target: str) -> None:
        self.target = target
        self._local = threading.local()
        self._opened: list[tuple[threading.Thread, Store]] = []
        self._lock = threading.Lock()
        self._generation = 0  # raised by ``close``: a thread's store of an earlier one is closed
        open_store(target, read_only=True, create=False).close()  # a mistyped --db fails at start

    def reading(self) -> Store:
        """This thread's read-only store (opened again after ``close``: an app may be started twice)."""
        held = getattr(self._local, "held", None)
        if held is None or held[0] != self._generation:
            with self._lock:
                self._close_retired()
                store = open_store(self.target, read_only=True, create=False)
                self._opened.append((threading.current_thread(), store))
                held = self._local.held = (self._generation, store)
        return held[1]

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """A writable store for one edit, closed after it."""
        store = open_store(self.target, create=False)
        try:
            yield store
        finally:
            store.close()

    def _close_retired(self) -> None:
        """Close the stores of worker threads that have ended (the pool retires idle threads and starts new
        ones): each holds a file, or a connection of the PostgreSQL server, until closed."""
        alive = []
        for thread, store in self._opened:
            if thread.is_alive():
                alive.append((thread, store))
            else:
                store.close()
        self._opened = alive

    def close(self) -> None:
        with self._lock:
            self._generation += 1
            for _thread, store in self._opened:
                store.close()
            self._opened.clear()
