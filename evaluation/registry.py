#!/usr/bin/env python3
"""Score the speaker registry on the registry gold pairs of ../shared/data/registry_dev.

    python evaluation/registry.py                 # ingests Detik + PFSA dev into a fresh SQLite store, scores
    python evaluation/registry.py --db kutip.db   # scores a store built already
    python evaluation/registry.py --docs docs.jsonl   # extracts once into docs.jsonl, then replays it: a
                                                      # registry change is re-measured in a minute, not ten

Names are looked up as the README says: every speaker's name and aliases under the key of their words. A
`same` (and `same_pending`) pair is right when both names share a speaker; a `different` pair when they share
none; a `same_name_different` entry when the quotes of that name in its two articles have different
speakers. A name the store does not hold is counted apart: the registry cannot be judged on it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kutip.ingest import ingest
from kutip.read import read_paths
from kutip.store import Store, open_store

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
CORPORA = ("detik_2025/articles.jsonl", "pfsa_id/dev.jsonl")
WINDOW = 256


def gold_key(name: str) -> str:
    """The README's key: the lower-cased words of a name."""
    return " ".join(re.findall(r"\w+", name.lower()))


def name_index(store: Store) -> dict[str, set[int]]:
    """gold key -> the speakers holding that name or alias."""
    out: dict[str, set[int]] = {}
    sql = "SELECT id, name FROM speakers UNION SELECT speaker_id, alias FROM aliases"
    for sid, name in store.conn.exec_driver_sql(sql):
        out.setdefault(gold_key(name), set()).add(sid)
    return out


def score_pairs(index: dict[str, set[int]], pairs: list[list[str]], together: bool) -> dict[str, Any]:
    tally: dict[str, Any] = {"right": 0, "wrong": 0, "unknown name": 0, "errors": []}
    for a, b, *_ in pairs:
        sa, sb = index.get(gold_key(a)), index.get(gold_key(b))
        if not sa or not sb:
            tally["unknown name"] += 1
        elif bool(sa & sb) == together:
            tally["right"] += 1
        else:
            tally["wrong"] += 1
            tally["errors"].append(f"{a} / {b}")
    return tally


def speakers_in(store: Store, name: str, doc_id: str) -> set[int]:
    """The speakers of the quotes attributed to ``name`` in article ``doc_id``."""
    sql = (
        "SELECT qs.speaker_id, qs.name FROM quote_speakers qs JOIN quotes q ON q.id = qs.quote_id "
        "JOIN articles a ON a.id = q.article_id WHERE a.doc_id = ? AND qs.speaker_id IS NOT NULL"
    )
    key = gold_key(name)
    return {sid for sid, said in store.conn.exec_driver_sql(sql, (doc_id,)) if gold_key(said or "") == key}


def score_namesakes(store: Store, entries: list[dict[str, str]]) -> dict[str, Any]:
    tally: dict[str, Any] = {"right": 0, "wrong": 0, "unknown name": 0, "errors": []}
    for e in entries:
        a, b = speakers_in(store, e["name"], e["doc_a"]), speakers_in(store, e["name"], e["doc_b"])
        if not a or not b:
            tally["unknown name"] += 1
        elif a & b:
            tally["wrong"] += 1
            tally["errors"].append(f"{e['name']} ({e['who_a']} / {e['who_b']})")
        else:
            tally["right"] += 1
    return tally


def score(store: Store, pairs: dict[str, Any]) -> dict[str, dict[str, Any]]:
    index = name_index(store)
    out = {
        "same": score_pairs(index, pairs["same"], True),
        "different": score_pairs(index, pairs["different"], False),
        "same_pending": score_pairs(index, pairs.get("same_pending", []), True),
        "same_name_different": score_namesakes(store, pairs.get("same_name_different", [])),
    }
    for tally in out.values():
        scored = tally["right"] + tally["wrong"]
        tally["rate"] = round(tally["right"] / scored, 3) if scored else None
    return out


def cached_documents(path: Path) -> Iterator[tuple[dict[str, Any], str, str | None]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            doc, digest, source = json.loads(line)
            yield doc, digest, source


def extract_to(path: Path) -> None:
    """Extract the dev corpora once into ``path`` (one ``[document, hash, source]`` per line)."""
    from kutip.ingest.local import _extract
    from kutip.store import content_hash

    seen: set[str] = set()
    with path.open("w", encoding="utf-8") as out:
        for record in read_paths([str(DATA / c) for c in CORPORA]):
            digest = getattr(record, "text", None) and content_hash(record.text, record.url)
            if not digest or digest in seen:
                continue
            seen.add(digest)
            doc = _extract((record, "id", None))
            if isinstance(doc, dict):
                out.write(json.dumps([doc, digest, record.source], ensure_ascii=False) + "\n")


def replay(path: Path, db: str) -> None:
    """Write extracted documents into a fresh store, window by window as an ingest does."""
    with open_store(db) as store:
        window: list[tuple[dict[str, Any], str, str | None]] = []
        for item in cached_documents(path):
            window.append(item)
            if len(window) == WINDOW:
                with store.transaction():
                    store.add_many(window)
                window = []
        if window:
            with store.transaction():
                store.add_many(window)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="a store built already (default: build one from the dev corpora)")
    ap.add_argument("--docs", type=Path, help="extracted documents: written once, then replayed into --db")
    ap.add_argument("--pairs", type=Path, default=DATA / "registry_dev" / "pairs.json")
    args = ap.parse_args()
    if not args.pairs.exists():
        print(f"registry: {args.pairs} is absent (../shared/data missing?)", file=sys.stderr)
        return 0
    db = args.db or str(Path(tempfile.mkdtemp()) / "registry.db")
    if args.docs:
        if not args.docs.exists():
            extract_to(args.docs)
        Path(db).unlink(missing_ok=True)
        replay(args.docs, db)
    elif not args.db:
        with open_store(db) as store:
            tally = ingest(read_paths([str(DATA / c) for c in CORPORA]), store, "id", 2)
            print(f"registry: {tally.line()}", file=sys.stderr)
    with open_store(db, read_only=True) as store:
        result = score(store, json.loads(args.pairs.read_text(encoding="utf-8")))
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
