#!/usr/bin/env python3
"""How well are entity mentions typed? Score Kutip's entities on the cased Indonesian NER dev sets.

    python evaluation/mention_kinds.py [--errors N]

Each dev sentence of IndoNLU NERGrit and idner-news-2k (both cased) is extracted alone; a gold entity and a
found one match when their spans overlap by IoU >= 0.5. Printed per set: the kind accuracy over matched
pairs (person / place / organization), typed precision, recall and F1 (a match of the right kind), and the
found entities no gold entity overlaps, by kind. Reads ../shared/data/ner; writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from kutip import extract

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ner"
SETS = {  # name -> (file, tag column, separator)
    "nergrit dev": ("nergrit_ner-grit/valid_preprocess.txt", 1, "\t"),
    "idner-news-2k dev": ("idner_news_2k/dev.txt", 2, " "),
}
KINDS = {"PERSON": "person", "PER": "person", "PLACE": "place", "LOC": "place", "PLC": "place",
         "ORGANISATION": "organization", "ORG": "organization"}  # fmt: skip


def sentences(path: Path, col: int, sep: str) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, gold [(start, end, kind)]) per sentence: the tokens joined by spaces."""
    out: list[tuple[str, list[tuple[int, int, str]]]] = []
    words: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.strip().split(sep)
        if len(parts) > col and parts[0]:
            words.append((parts[0], parts[col]))
        elif words:
            out.append(_joined(words))
            words = []
    return out


def _joined(words: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str]]]:
    text, gold, pos = "", [], 0
    open_: list[int | str] | None = None
    for word, tag in words:
        start = pos + (1 if text else 0)
        text += (" " if text else "") + word
        pos = len(text)
        label = KINDS.get(tag.split("-", 1)[1]) if "-" in tag else None
        if open_ is not None and (label is None or tag.startswith("B-") or label != open_[2]):
            gold.append((int(open_[0]), int(open_[1]), str(open_[2])))
            open_ = None
        if label is not None and open_ is None:
            open_ = [start, pos, label]
        elif label is not None and open_ is not None:
            open_[1] = pos
    if open_ is not None:
        gold.append((int(open_[0]), int(open_[1]), str(open_[2])))
    return text, gold


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, inter) / (max(a[1], b[1]) - min(a[0], b[0]))


def score(name: str, rel: str, col: int, sep: str, errors: int) -> None:
    counts: Counter[str] = Counter()
    shown = 0
    for text, gold in sentences(DATA / rel, col, sep):
        doc = extract(text, lang="id")
        if doc.text != text:
            counts["skipped"] += 1
            continue
        found = [(e.start, e.end, e.label) for e in doc.entities]
        counts["gold"] += len(gold)
        counts["found"] += len(found)
        used: set[int] = set()
        for g in gold:
            best = max(range(len(found)), key=lambda i: _iou(g[:2], found[i][:2]), default=None)
            if best is None or best in used or _iou(g[:2], found[best][:2]) < 0.5:
                continue
            used.add(best)
            counts["matched"] += 1
            right = found[best][2] == g[2]
            counts["right"] += right
            if not right and shown < errors:
                shown += 1
                print(f"  {text[g[0] : g[1]]!r}: gold {g[2]}, found {found[best][2]}")
        for i, f in enumerate(found):
            if i not in used and not any(_iou(f[:2], g[:2]) > 0 for g in gold):
                counts[f"extra {f[2]}"] += 1
    p = counts["right"] / max(1, counts["found"])
    r = counts["right"] / max(1, counts["gold"])
    f1 = 2 * p * r / max(1e-9, p + r)
    acc = counts["right"] / max(1, counts["matched"])
    extras = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k.startswith("extra"))
    print(f"{name}: gold {counts['gold']}, found {counts['found']}, matched {counts['matched']}; ", end="")
    print(f"kind accuracy {acc:.3f}; typed P {p:.3f} R {r:.3f} F1 {f1:.3f}; no gold there: {extras}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong kinds per set")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"mention_kinds: {DATA} is absent; nothing to score", file=sys.stderr)
        return 2
    for name, (rel, col, sep) in SETS.items():
        score(name, rel, col, sep, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
