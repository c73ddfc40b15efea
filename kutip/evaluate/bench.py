"""Throughput and memory of extraction: JSONL in, JSONL out, on one core."""

from __future__ import annotations

import io
import os
import platform
import resource
import statistics
import time
from pathlib import Path
from typing import Any

from kutip import __version__, speedups
from kutip.output.jsonl import write_jsonl
from kutip.read import read_paths
from kutip.runner import Tally, extract_all


def _one_core() -> str:
    """Pin this process to one CPU so the figure is a one-core figure."""
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"cpu {cpu}"
    except (AttributeError, OSError):
        return "not pinned"


def reference_loop_seconds() -> float:
    """Seconds a fixed pure-Python loop takes now: the machine's speed at the moment of the benchmark.
    Shared machines drift by a factor of two; dividing by this figure makes runs comparable."""
    t0 = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return round(time.perf_counter() - t0, 3)


def bench(path: Path, repeat: int = 3, lang: str = "id") -> dict[str, Any]:
    """Extract every article of ``path`` ``repeat`` times; report the median articles per second."""
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    pinned = _one_core()
    reference = reference_loop_seconds()
    chars = len(path.read_bytes().decode("utf-8", "replace"))
    rates, seconds = [], []
    articles = 0
    for _ in range(max(1, repeat)):
        tally = Tally()
        sink = io.StringIO()
        t0 = time.perf_counter()
        write_jsonl(extract_all(read_paths([str(path)]), lang, tally), sink)
        dt = time.perf_counter() - t0
        articles = tally.ok
        rates.append(articles / dt if dt else 0.0)
        seconds.append(dt)
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "file": str(path),
        "articles": articles,
        "repeat": repeat,
        "lang": lang,
        "articles_per_second": round(statistics.median(rates), 1),
        "seconds_median": round(statistics.median(seconds), 3),
        "chars_per_second": round(chars / statistics.median(seconds)) if seconds else None,
        "peak_rss_mb": round(rss_kb / 1024, 1),
        "cpu": pinned,
        "kutip": __version__,
        "build": speedups.state(),  # "compiled", or "pure Python (why)": about half the speed
        "compiled_with": speedups.how_built(),  # the flags added and the profile it was trained on, if any
        "reference_loop_seconds": reference,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
