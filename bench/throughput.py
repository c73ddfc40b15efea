#!/usr/bin/env python3
"""Benchmark Kutip's extraction throughput and memory (JSONL in, JSONL out, one core).

    python bench/throughput.py                    # ../shared/data/detik_2025/articles.jsonl when present
    python bench/throughput.py FILE.jsonl --repeat 5

Without ../shared it benchmarks the bundled example article repeated 500 times and says so.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from kutip.evaluate.bench import bench

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "detik_2025" / "articles.jsonl"
EXAMPLE = ROOT / "kutip" / "examples" / "beras_impor.txt"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--lang", default="id")
    args = ap.parse_args()
    path = args.path
    if path is None and DEFAULT.exists():
        path = DEFAULT
    if path is None:
        print("bench: ../shared is absent; using the bundled example article x500", file=sys.stderr)
        text = EXAMPLE.read_text(encoding="utf-8")
        tmp = Path(tempfile.mkdtemp()) / "example.jsonl"
        with tmp.open("w", encoding="utf-8") as f:
            for i in range(500):
                f.write(json.dumps({"doc_id": f"ex{i}", "text": text}, ensure_ascii=False) + "\n")
        path = tmp
    print(json.dumps(bench(path, args.repeat, args.lang), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
