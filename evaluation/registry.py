#!/usr/bin/env python3
"""Score the speaker registry on the registry gold pairs of ../shared/data/registry_dev.

    python evaluation/registry.py            # ingests Detik + PFSA dev into a fresh SQLite store, then scores
    python evaluation/registry.py --db kutip.db   # scores a store built already

A `same` pair is right when both names are one speaker; a `different` pair is right when they are two. A
name the store does not hold (as a name or alias) is counted apart: the registry cannot be judged on it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from kutip.errors import UsageError
from kutip.ingest import ingest
from kutip.read import read_paths
from kutip.store import Store, open_store

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
CORPORA = ("detik_2025/articles.jsonl", "pfsa_id/dev.jsonl")


def speaker_of(store: Store, name: str) -> int | None:
    try:
        return store.find_speaker(name)
    except UsageError:  # not held, or held by several speakers: no single answer
        return None


def score(store: Store, pairs: dict[str, list[list[str]]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for kind, together in (("same", True), ("different", False)):
        tally = {"right": 0, "wrong": 0, "unknown name": 0}
        for a, b, *_ in pairs[kind]:
            sa, sb = speaker_of(store, a), speaker_of(store, b)
            if sa is None or sb is None:
                tally["unknown name"] += 1
            elif (sa == sb) == together:
                tally["right"] += 1
            else:
                tally["wrong"] += 1
        out[kind] = tally
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="a store built already (default: build one from the dev corpora)")
    ap.add_argument("--pairs", type=Path, default=DATA / "registry_dev" / "pairs.json")
    args = ap.parse_args()
    if not args.pairs.exists():
        print(f"registry: {args.pairs} is absent (../shared/data missing?)", file=sys.stderr)
        return 0
    db = args.db or str(Path(tempfile.mkdtemp()) / "registry.db")
    if not args.db:
        with open_store(db) as store:
            tally = ingest(read_paths([str(DATA / c) for c in CORPORA]), store, "id", 2)
            print(f"registry: {tally.line()}", file=sys.stderr)
    with open_store(db, read_only=True) as store:
        result = score(store, json.loads(args.pairs.read_text(encoding="utf-8")))
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
