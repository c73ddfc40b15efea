#!/usr/bin/env python3
"""Benchmark the store's part of an ingest alone: the articles extracted first, then written window by window.

    python bench/store_write.py             # the 960 Detik articles of ../shared into a new SQLite file
    python bench/store_write.py --db postgresql://kutip:kutip@localhost/kutip_test   # into PostgreSQL

The extraction runs first, in this process, before the clock starts, with what the ingest's workers work
out for the writer (``kutip.store.prepare``); the documents are then written in windows of the ingest's
size, one transaction each, into a new store (``ingest.fresh_store``: a temporary
SQLite file, or a new database on the PostgreSQL server ``--db`` names, dropped after). What is timed is
what the ingest's writer does: the registry resolving every speaker, the rows sent, the commits. One write
per process: a second one would find the writer's caches (name keys, role words) warm, as no ingest does.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from ingest import DEFAULT, fresh_store, refusal

from kutip.ingest.local import WINDOW
from kutip.read import ReadError, Record, read_paths
from kutip.runner import extract_or_error
from kutip.store import content_hash, open_store
from kutip.store.prepare import attach

Item = tuple[dict[str, Any], str, str | None]


def extracted(path: Path, dialect: str | None = None) -> list[Item]:
    """Every article of ``path`` extracted, as the ingest's workers hand them to the writer of a store of
    ``dialect`` (None: without what they work out for it)."""
    items = []
    for rec in read_paths([str(path)]):
        if isinstance(rec, Record):
            result = extract_or_error(rec, "auto", None)
            if isinstance(result, ReadError):
                continue  # a failed article is not written
            doc = result.to_dict()
            items.append(
                (attach(doc, dialect) if dialect else doc, content_hash(rec.text, rec.url), rec.source)
            )
    return items


def write(target: str, items: list[Item]) -> tuple[int, float]:
    """Write ``items`` into the store at ``target`` window by window: (articles new, seconds)."""
    new = 0
    with open_store(target) as store:
        t0 = time.perf_counter()
        for i in range(0, len(items), WINDOW):
            with store.transaction():
                new += sum(store.add_many(items[i : i + WINDOW]))
        return new, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--db", help="a PostgreSQL URL whose server gets a new database for each run")
    args = ap.parse_args()
    refused = refusal(args.path, args.db)
    if refused is not None:
        return refused
    items = extracted(args.path, "postgresql" if args.db else "sqlite")
    with fresh_store(args.db) as (target, _size):
        new, seconds = write(target, items)
    print(json.dumps({
        "file": str(args.path), "store": "postgresql" if args.db else "sqlite", "window": WINDOW,
        "articles": len(items), "new": new, "seconds": round(seconds, 2),
        "articles_per_second": round(new / seconds, 1),
    }, indent=2))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
