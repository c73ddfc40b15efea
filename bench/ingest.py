#!/usr/bin/env python3
"""Benchmark `kutip ingest` into a fresh store: articles per second, the store's part, and peak memory.

    python bench/ingest.py                          # the 960 Detik articles of ../shared, 2 workers, SQLite
    python bench/ingest.py FILE.jsonl --workers 2 --copies 100   # FILE x100 (new URLs): a 100k-article run
    python bench/ingest.py --db postgresql://kutip:kutip@localhost/kutip_test   # into PostgreSQL
    python bench/store_write.py [--db URL]          # the store's part alone, the articles extracted first

Each copy gets its own URL so that every article is new to the store. Into SQLite the store is a new file in a
temporary folder; into PostgreSQL, a new database made on the server ``--db`` names (the database it names is
only connected to, never written) and dropped after the run: the role needs CREATEDB. ``store_seconds`` is
the writer's time in its transactions (begin, the window's rows, commit), which the workers' extraction of
the next window overlaps. Peak memory is the largest resident size of the main process and of any worker,
read from the operating system after the run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from kutip.ingest import ingest
from kutip.read import Record, read_paths
from kutip.store import Store, is_postgres, open_store

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "detik_2025" / "articles.jsonl"


def copies(path: Path, n: int) -> Iterator[Record]:
    for i in range(n):
        for rec in read_paths([str(path)]):
            if isinstance(rec, Record):
                rec.url = f"{rec.url or rec.doc_id}#copy{i}"
                rec.doc_id = f"{rec.doc_id}.{i}"
            yield rec


@contextmanager
def fresh_store(db: str | None) -> Iterator[tuple[str, Callable[[], float | None]]]:
    """A new empty store (its target) and how to read its size in MB afterwards (None: not a file)."""
    if db is None:
        path = Path(tempfile.mkdtemp()) / "bench.db"
        yield str(path), lambda: path.stat().st_size / 1024**2
        return
    url = make_url(db.replace("postgresql://", "postgresql+psycopg://", 1))
    name = f"kutip_bench_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield url.set(database=name).render_as_string(hide_password=False), lambda: None
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        admin.dispose()


def timed(store: Store) -> list[float]:
    """Count the seconds ``store`` spends in its writes (begin, add_many, commit) into the returned list."""
    spent = [0.0]
    for verb in ("begin", "add_many", "commit"):
        plain = getattr(store, verb)

        def clocked(*args: Any, _plain: Callable[..., Any] = plain) -> Any:
            t0 = time.perf_counter()
            try:
                return _plain(*args)
            finally:
                spent[0] += time.perf_counter() - t0

        setattr(store, verb, clocked)
    return spent


def refusal(path: Path, db: str | None) -> int | None:
    """The exit status of a run that cannot be made as asked (said on standard error), else None: no input
    (../shared absent is no failure), or a --db that is not a PostgreSQL URL."""
    if not path.exists():
        print(f"bench: {path} is absent (../shared/data missing?)", file=sys.stderr)
        return 0
    if db is not None and not is_postgres(db):
        print("bench: --db takes a postgresql:// URL (SQLite runs in a new temporary file)", file=sys.stderr)
        return 2
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--db", help="a PostgreSQL URL whose server gets a new database for the run")
    args = ap.parse_args()
    refused = refusal(args.path, args.db)
    if refused is not None:
        return refused
    with fresh_store(args.db) as (target, size_mb):
        store = open_store(target)
        spent = timed(store)
        t0 = time.perf_counter()
        tally = ingest(copies(args.path, args.copies), store, "auto", args.workers)
        seconds = time.perf_counter() - t0
        store.close()
        mb = size_mb()
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({
        "file": str(args.path), "copies": args.copies, "workers": args.workers,
        "store": "postgresql" if args.db else "sqlite",
        "articles_read": tally.read, "new": tally.new, "unchanged": tally.unchanged, "failed": tally.failed,
        "seconds": round(seconds, 2), "articles_per_second": round(tally.read / seconds, 1),
        "store_seconds": round(spent[0], 2), "store_articles_per_second": round(tally.new / spent[0], 1),
        "peak_rss_mb_main": round(self_mb, 1), "peak_rss_mb_worker": round(child_mb, 1),
        "db_mb": round(mb, 1) if mb is not None else None,
    }, indent=2))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
