#!/usr/bin/env python3
"""Benchmark `kutip ingest` into a fresh SQLite file: articles per second and peak memory.

    python bench/ingest.py                          # the 960 Detik articles of ../shared, 2 workers
    python bench/ingest.py FILE.jsonl --workers 2 --copies 100   # FILE x100 (new URLs): a 100k-article run

Each copy gets its own URL so that every article is new to the store. Peak memory is the largest resident
size of the main process and of any worker, read from the operating system after the run.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from kutip.ingest import ingest
from kutip.read import Record, read_paths
from kutip.store import open_store

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "detik_2025" / "articles.jsonl"


def copies(path: Path, n: int) -> Iterator[Record]:
    for i in range(n):
        for rec in read_paths([str(path)]):
            if isinstance(rec, Record):
                rec.url = f"{rec.url or rec.doc_id}#copy{i}"
                rec.doc_id = f"{rec.doc_id}.{i}"
            yield rec


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--copies", type=int, default=1)
    args = ap.parse_args()
    if not args.path.exists():
        print(f"bench: {args.path} is absent (../shared/data missing?)", file=sys.stderr)
        return 0
    db = Path(tempfile.mkdtemp()) / "bench.db"
    store = open_store(str(db))
    t0 = time.perf_counter()
    tally = ingest(copies(args.path, args.copies), store, "auto", args.workers)
    seconds = time.perf_counter() - t0
    store.close()
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({
        "file": str(args.path), "copies": args.copies, "workers": args.workers,
        "articles_read": tally.read, "new": tally.new, "unchanged": tally.unchanged, "failed": tally.failed,
        "seconds": round(seconds, 2), "articles_per_second": round(tally.read / seconds, 1),
        "peak_rss_mb_main": round(self_mb, 1), "peak_rss_mb_worker": round(child_mb, 1),
        "db_mb": round(db.stat().st_size / 1024**2, 1),
    }, indent=2))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
