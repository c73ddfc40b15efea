#!/usr/bin/env python3
"""Train Kutip's Indonesian name lexicon from the permissively licensed NER sets in ../shared/data/ner.

For every word that any set tags as part of an entity, the lexicon stores how often it was tagged person,
place, organisation and outside (O). The speaker parser uses it to tell where a role ("Juru Bicara Gedung
Putih") ends and a name ("John Kirby") begins, and the entity finder uses it to type a capitalised phrase.

Sources (all "may train a shipped model"): IndoNLU NERGrit and NERP (Apache-2.0), idner-news-2k (MIT).
Run:  python scripts/train_lexicon.py [--data ../shared/data/ner] [--out kutip/lang/id/lexicon.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

# tag suffix -> column (0 person, 1 place, 2 organisation); anything else counts as outside
COLUMNS = {
    "PERSON": 0,
    "PER": 0,
    "PPL": 0,
    "PLACE": 1,
    "LOC": 1,
    "PLC": 1,
    "ORGANISATION": 2,
    "ORG": 2,
    "IND": 2,
}
MIN_COMMON = (
    3  # a word seen this often outside entities is a common word: kept, so a capital does not make it a name
)
SETS = {  # folder -> (files, column of the tag, separator)
    "nergrit_ner-grit": (("train_preprocess.txt", "valid_preprocess.txt"), 1, "\t"),
    "nerp_ner-prosa": (("train_preprocess.txt", "valid_preprocess.txt"), 1, "\t"),
    "idner_news_2k": (("train.txt", "dev.txt"), 2, " "),
}


def read_tokens(path: Path, tag_col: int, sep: str):
    """Yield (word, column) pairs from a CoNLL-style file; column 3 means outside."""
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split(sep)
        if len(parts) <= tag_col:
            continue
        word, tag = parts[0], parts[tag_col]
        label = tag.split("-", 1)[1] if "-" in tag else "O"
        yield word.casefold(), COLUMNS.get(label, 3)


def train(data: Path) -> dict[str, list[int]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for folder, (files, tag_col, sep) in SETS.items():
        for name in files:
            path = data / folder / name
            if not path.exists():
                raise SystemExit(f"missing {path}: is ../shared/data/ner present?")
            for word, col in read_tokens(path, tag_col, sep):
                if word.isalpha() or "-" in word or "'" in word:
                    counts[word][col] += 1
    # keep words seen inside an entity, and common words: the rest carry no evidence about names
    return {w: c for w, c in sorted(counts.items()) if sum(c[:3]) > 0 or c[3] >= MIN_COMMON}


PREDICATE_TAGS = {"VERB", "AUX", "ADJ"}


def train_predicates(data: Path) -> list[str]:
    """Words idner-news-2k tags mostly as verbs, auxiliaries or adjectives: they make a clause a statement
    ("tim tiba besok", "stok aman") where a noun phrase alone ("tantangan sektor perumahan") does not."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name in SETS["idner_news_2k"][0]:
        for line in (data / "idner_news_2k" / name).read_text(encoding="utf-8").splitlines():
            parts = line.strip().split(" ")
            if len(parts) >= 3 and parts[0].isalpha():
                counts[parts[0].casefold()][0 if parts[1] in PREDICATE_TAGS else 1] += 1
    return sorted(w for w, (pred, other) in counts.items() if pred > 0 and pred >= other)


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=here.parent / "shared" / "data" / "ner")
    ap.add_argument("--out", type=Path, default=here / "kutip" / "lang" / "id" / "lexicon.json")
    args = ap.parse_args(argv)
    lexicon = train(args.data)
    doc = {
        "about": "words: word -> [person, place, organisation, outside] tag counts; predicates: words tagged "
        "mostly VERB, AUX or ADJ; see scripts/train_lexicon.py",
        "sources": ["IndoNLU NERGrit (Apache-2.0)", "IndoNLU NERP (Apache-2.0)", "idner-news-2k (MIT)"],
        "words": lexicon,
        "predicates": train_predicates(args.data),
    }
    args.out.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(lexicon)} words -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
