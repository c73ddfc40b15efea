#!/usr/bin/env python3
"""Did a refactoring change what Kutip finds? Extract every article of ../shared/data and compare.

    python evaluation/identical.py --save build/before.jsonl     # before the change
    python evaluation/identical.py --against build/before.jsonl  # after it: lists the articles that differ

A refactoring commit must leave every article's quotes, entities, figures and dates as they were; a change
of behaviour shows here article by article, and ``evaluation/run.py`` says whether it was for the better.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from kutip.read import read_paths
from kutip.read.errors import Record
from kutip.runner import extract_record

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
SETS = (  # (file, language)
    ("detik_2025/articles.jsonl", "id"),
    ("pfsa_id/dev.jsonl", "id"),
    ("claims_dev/articles.jsonl", "auto"),
    ("polnear/train.jsonl", "en"),
    ("polnear/dev.jsonl", "en"),
)
FIELDS = ("quotes", "entities", "quantities", "dates", "dateline", "removed")


def outputs() -> Iterator[tuple[str, dict]]:
    """(set/doc_id, the fields compared) of every article of the shared sets."""
    for rel, lang in SETS:
        path = DATA / rel
        if not path.exists():
            continue
        for rec in read_paths([str(path)]):
            if not isinstance(rec, Record):
                continue
            doc = extract_record(rec, lang)
            out = doc.to_dict()
            yield f"{rel}/{rec.doc_id}", {k: out[k] for k in FIELDS}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write every article's output here")
    group.add_argument("--against", type=Path, help="compare with a file written by --save")
    ap.add_argument("--show", type=int, default=10, help="print this many differing articles")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"identical: {DATA} is absent; nothing to compare", file=sys.stderr)
        return 2
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        with args.save.open("w", encoding="utf-8") as f:
            for key, out in outputs():
                f.write(json.dumps({"key": key, **out}, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"identical: saved {args.save}")
        return 0
    before = {}
    with args.against.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            before[row.pop("key")] = row
    differ = 0
    total = 0
    for key, out in outputs():
        total += 1
        old = before.get(key)
        now = json.loads(json.dumps(out, ensure_ascii=False, sort_keys=True))
        if old == now:
            continue
        differ += 1
        if differ <= args.show:
            changed = [k for k in FIELDS if old is None or old.get(k) != now.get(k)]
            print(f"DIFFERS {key}: {', '.join(changed)}")
    print(f"identical: {total - differ}/{total} articles unchanged")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
