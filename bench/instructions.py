#!/usr/bin/env python3
"""Count the CPU instructions extraction takes per article (valgrind's callgrind): a figure that does not
drift with the machine's load, unlike articles per second.

    python bench/instructions.py                         # 200 Detik and 120 PolNeAR train articles
    python bench/instructions.py FILE.jsonl --lang en --articles 50

Each file is run twice under callgrind: once up to the first article (imports, language data, caches
warmed), once through all of them; the difference divided by the articles is the figure. A change that
claims a speed-up should lower it; wall-clock figures on a shared machine move by a factor of two.
Needs ``valgrind`` (Debian package); without it, or without ../shared, this says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
DEFAULTS = (
    (DATA / "detik_2025" / "articles.jsonl", "id", 200),
    (DATA / "polnear" / "train.jsonl", "en", 120),
)

# The measured program: extract the first N records of a file; with "warm" only the first one.
PROGRAM = """
import sys
from kutip.read import Record, read_paths
from kutip.runner import extract_record
path, lang, n, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
records = [r for r in read_paths([path]) if isinstance(r, Record)][:n]
extract_record(records[0], lang)
if mode == "all":
    for r in records:
        extract_record(r, lang)
"""
COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(program: Path, path: Path, lang: str, n: int, mode: str) -> int:
    """Instructions callgrind counts for one run of ``program``."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out",
            sys.executable, str(program), str(path), lang, str(n), mode,
        ]  # fmt: skip
        run = subprocess.run(cmd, capture_output=True, text=True, check=True)
    found = COLLECTED.search(run.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count: {run.stderr[-500:]}")
    return int(found.group(1))


def measure(path: Path, lang: str, n: int) -> dict[str, object]:
    """Instructions per article of ``path``'s first ``n`` articles, after the warm-up."""
    from kutip import speedups

    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(PROGRAM)
    program = Path(f.name)
    try:
        warm = instructions(program, path, lang, n, "warm")
        full = instructions(program, path, lang, n, "all")
    finally:
        program.unlink()
    return {
        "file": str(path), "lang": lang, "articles": n, "build": speedups.state(),
        "million_instructions": round((full - warm) / 1e6, 1),
        "million_instructions_per_article": round((full - warm) / n / 1e6, 3),
    }  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path)
    ap.add_argument("--lang", default="id")
    ap.add_argument("--articles", type=int, default=200)
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("bench: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 0
    runs = [(args.path, args.lang, args.articles)] if args.path else DEFAULTS
    for path, lang, n in runs:
        if not path.exists():
            print(f"bench: {path} is absent (../shared/data missing?); skipped", file=sys.stderr)
            continue
        print(json.dumps(measure(path, lang, n)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
