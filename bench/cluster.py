#!/usr/bin/env python3
"""Benchmark extraction on Ray workers (``pip install -e '.[ray]'``).

    python bench/cluster.py speedup [FILE] --copies 21 --workers 1 2     # articles/s per worker count
    python bench/cluster.py ingest [FILE] --copies 209 --kill-after 60   # kutip ingest --engine ray, SQLite

``speedup`` extracts FILE's articles ``--copies`` times over (20,160 for the 960 Detik articles x 21) on a
local Ray of N workers, for each N, in input order as ``kutip extract --engine ray`` does, and reports
articles/s and the speed-up over the first N; Ray's start is timed apart.

``ingest`` writes the copies (new ids and URLs, so every article is new) to one JSONL.gz file, then runs
``kutip ingest --engine ray`` into a fresh SQLite store as a user would, sampling the resident memory of
every process of the run (the driver, the workers, Ray's own) twice a second. With ``--kill-after S`` the
driver is killed with SIGKILL after S seconds and the ingest started again; the store must then hold every
article exactly once, and the Ray processes the killed run started must be gone soon after (the seconds
until then are reported; run nothing else with Ray meanwhile). Reports records read and new articles
stored per second of the (last) run, peak memory per process, and the store's size.
Without ../shared (or FILE) it says so and exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ingest import DEFAULT, copies  # bench/ingest.py: the file, and its copies under new ids and URLs

from kutip.read import ReadError
from kutip.store import content_hash

KUTIP = Path(sys.executable).with_name("kutip")


def speedup(path: Path, n_copies: int, worker_counts: list[int]) -> dict[str, Any]:
    from kutip.ingest.cluster import RayEngine
    from kutip.ingest.local import extract_in_order

    runs = []
    for workers in worker_counts:
        t0 = time.perf_counter()
        engine = RayEngine(None, workers)
        started = time.perf_counter() - t0
        list(extract_in_order(copies(path, 1), engine, "id", None))  # every worker warm
        t0 = time.perf_counter()
        n = sum(1 for r in extract_in_order(copies(path, n_copies), engine, "id", None) if isinstance(r, str))
        seconds = time.perf_counter() - t0
        summary = engine.summary()
        engine.close()
        runs.append({
            "workers": workers, "articles": n, "seconds": round(seconds, 2),
            "articles_per_second": round(n / seconds, 1), "ray_start_seconds": round(started, 2),
            "workers_summary": summary,
        })  # fmt: skip
    base = runs[0]["articles_per_second"]
    for run in runs:
        run["speedup"] = round(run["articles_per_second"] / base, 2)
    return {"file": str(path), "copies": n_copies, "cpus": os.cpu_count(), "runs": runs}


def _write_input(path: Path, n_copies: int, out: Path) -> tuple[int, int]:
    """Write the copies; how many records, and how many distinct articles (a file may hold one twice)."""
    n, distinct = 0, set()
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=1) as f:
        for rec in copies(path, n_copies):
            if isinstance(rec, ReadError):
                continue
            f.write(json.dumps({"doc_id": rec.doc_id, "text": rec.text, "title": rec.title, "url": rec.url,
                                "date": rec.date}, ensure_ascii=False) + "\n")  # fmt: skip
            n += 1
            distinct.add(content_hash(rec.text, rec.url))
    return n, len(distinct)


def _tree(root: int) -> list[int]:
    """The process ``root`` and all its descendants (Ray's processes are started by the driver)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


def _rss_mb(pid: int) -> tuple[str, float] | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return cmd[:90], int(line.split()[1]) / 1024
    return None


def _run(cmd: list[str], kill_after: float | None, peaks: dict[int, tuple[str, float]]) -> tuple[int, float]:
    """Run ``cmd``, sampling the memory of its process tree; SIGKILL it after ``kill_after`` seconds."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    while proc.poll() is None:
        for pid in _tree(proc.pid):
            found = _rss_mb(pid)
            if found and found[1] > peaks.get(pid, ("", 0.0))[1]:
                peaks[pid] = found
        if kill_after is not None and time.perf_counter() - t0 > kill_after:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            break
        time.sleep(0.5)
    err = proc.stderr.read() if proc.stderr else ""
    print(err.strip(), file=sys.stderr)
    return proc.returncode, time.perf_counter() - t0


def _until_gone(before: set[int], most: float = 300.0) -> float | None:
    """Seconds until the Ray processes a killed run started are gone (they stop with it); None: not within
    ``most`` seconds."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < most:
        if not _ray_processes() - before:
            return round(time.perf_counter() - t0, 1)
        time.sleep(0.5)
    return None


def _ray_processes() -> set[int]:
    found = subprocess.run(["pgrep", "-f", "raylet|gcs_server|ray::"], capture_output=True, text=True)
    return {int(p) for p in found.stdout.split()}


def ingest(path: Path, n_copies: int, kill_after: float | None, workers: int | None) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="kutip-cluster-"))
    source = tmp / "articles.jsonl.gz"
    articles, distinct_input = _write_input(path, n_copies, source)
    db = tmp / "store.db"
    cmd = [str(KUTIP), "ingest", "--engine", "ray", "--db", str(db), str(source)]
    if workers:
        cmd[3:3] = ["--workers", str(workers)]
    peaks: dict[int, tuple[str, float]] = {}
    out: dict[str, Any] = {
        "file": str(path),
        "copies": n_copies,
        "articles": articles,
        "command": " ".join(cmd),
    }
    if kill_after is not None:
        before = _ray_processes()
        status, seconds = _run(cmd, kill_after, peaks)
        out["killed_after_seconds"] = round(seconds, 1)
        out["stored_when_killed"] = _count(db)[0]
        out["seconds_until_its_ray_stopped"] = _until_gone(before)
    before = _count(db)[0]
    status, seconds = _run(cmd, None, peaks)
    stored, distinct = _count(db)
    out.update({
        "exit_status": status, "seconds": round(seconds, 1),
        "records_read_per_second": round(articles / seconds, 1),
        "new_articles_per_second": round((stored - before) / seconds, 1),
        "stored": stored, "distinct_stored": distinct,
        "every_article_once": stored == distinct == distinct_input,
        "store_mb": round(db.stat().st_size / 1024**2, 1),
        "peak_rss_mb": sorted(((round(mb, 1), cmd) for cmd, mb in peaks.values()), reverse=True)[:8],
    })  # fmt: skip
    return out


def _count(db: Path) -> tuple[int, int]:
    if not db.exists():
        return 0, 0
    con = sqlite3.connect(db)
    try:
        row = con.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone()
    except sqlite3.Error:
        return 0, 0
    finally:
        con.close()
    return int(row[0]), int(row[1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["speedup", "ingest"])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--copies", type=int, default=None, help="default: 21 (speedup), 209 (ingest)")
    ap.add_argument("--workers", type=int, nargs="*", default=None)
    ap.add_argument("--kill-after", type=float, default=None, metavar="SECONDS")
    args = ap.parse_args()
    if not args.path.exists():
        print(f"bench: {args.path} is absent (../shared/data missing?)", file=sys.stderr)
        return 0
    if args.mode == "speedup":
        report = speedup(args.path, args.copies or 21, args.workers or [1, 2])
    else:
        report = ingest(args.path, args.copies or 209, args.kill_after, (args.workers or [None])[0])
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
