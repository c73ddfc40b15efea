#!/usr/bin/env python3
"""Peak memory of reading JSONL files of growing size: flat when the readers stream.

    python bench/read_memory.py                        # 50 MB and 500 MB, plain and gzipped
    python bench/read_memory.py --sizes 50 500 2000 --baseline HEAD~1   # also the readers of a git revision

Generated articles (Indonesian and English news-like text) are written to a temporary folder; each file is
read by ``kutip.read.read_paths`` in a fresh process that only counts the records, and the largest resident
size of that process is reported with the time the read took. ``--baseline REV`` reads the same files with
the ``kutip`` package of that git revision (for a before/after figure).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS = [
    "JAKARTA, KOMPAS.com - Menteri Perhubungan Dewi Anggraini memastikan jalur mudik Lebaran aman dilalui. "
    "“Kami sudah menyiapkan 1.200 personel di titik rawan,” kata Dewi di Jakarta, Senin (3/3/2025).",
    "Wali Kota Surabaya Bambang Prasetyo membantah kabar kenaikan tarif air bersih. “Tidak ada kenaikan "
    "tahun ini,” ujarnya kepada wartawan di Balai Kota. Ia menilai kabar itu menyesatkan warga.",
    "LONDON (Reuters) - Britain's finance minister, Helen Marsh, said on Tuesday that inflation would fall "
    "below 3 percent by the summer. “We are on track,” she told reporters in Westminster.",
]
COUNT = """
import resource, sys, time
from kutip.read import Record, read_paths
t0 = time.perf_counter()
n = sum(isinstance(x, Record) for x in read_paths(sys.argv[1:]))
print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.perf_counter() - t0)
"""


def write_feed(path: Path, megabytes: int) -> None:
    """A JSONL feed of about ``megabytes`` MB: articles of 6-10 paragraphs."""
    target, i = megabytes * 1024**2, 0
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as f:
        written = 0
        while written < target:
            i += 1
            text = "\n\n".join(PARAGRAPHS[(i + k) % 3] + f" ({i}.{k})" for k in range(6 + i % 5))
            line = json.dumps({"doc_id": f"a{i}", "text": text, "url": f"https://berita.example/{i}"}) + "\n"
            f.write(line)
            written += len(line.encode())


def measure(path: Path, pythonpath: Path) -> dict[str, float]:
    """Records, peak resident MB and seconds of one read, in a fresh process importing ``kutip`` from
    ``pythonpath`` (run from the file's folder, so that the current directory does not shadow it)."""
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    out = subprocess.run(
        [sys.executable, "-c", COUNT, str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=path.parent,
    ).stdout.split()
    return {"records": int(out[0]), "peak_rss_mb": int(out[1]) // 1024, "seconds": round(float(out[2]), 2)}


def export(rev: str, into: Path) -> Path:
    """The ``kutip`` package as it was at ``rev``, unpacked under ``into``."""
    git = ["git", "-C", str(ROOT), "archive", rev, "kutip"]
    archive = subprocess.run(git, capture_output=True, check=True)
    into.mkdir()
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 500], help="file sizes in MB")
    ap.add_argument("--baseline", help="also read with the kutip package of this git revision")
    ap.add_argument("--plain-only", action="store_true", help="skip the gzipped files")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kutip-read-") as tmp:
        old = export(args.baseline, Path(tmp) / "baseline") if args.baseline else None
        rows = []
        for mb in args.sizes:
            for ending in (".jsonl",) if args.plain_only else (".jsonl", ".jsonl.gz"):
                path = Path(tmp) / f"feed_{mb}mb{ending}"
                write_feed(path, mb)
                row = {"file": path.name, "bytes_on_disk": path.stat().st_size, "now": measure(path, ROOT)}
                if old is not None:
                    row[args.baseline] = measure(path, old)
                rows.append(row)
                print(json.dumps(row), flush=True)
                path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
