#!/usr/bin/env python3
"""Score the claim map on ../shared/data/claims_dev beside a plain-clustering baseline; write
evaluation/claims_results.json.

    python evaluation/claims.py            # score, print a Markdown table, write claims_results.json
    python evaluation/claims.py --check    # score and fail when a figure fell below claims_results.json

Kutip runs as a user runs it: the gold articles are ingested into a fresh store, claims are built, and
``kutip.claim_map`` gives the JSON lines that ``../shared/eval/claims_score.py`` reads. The baseline is the
issue's: the same encoder, raw vectors of every statement Kutip placed, average-linkage clustering at the
threshold that scores it best (an advantage Kutip does not get), stance from the speech act alone (a denial
disputes, anything else supports), and the same figures. The statements' recall is scored too: extraction
against the gold statements as quotes (``../shared/eval/score.py``), per language.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

import kutip
from kutip.claims.encoder import Encoder
from kutip.evaluate.metric import score
from kutip.evaluate.run import predict
from kutip.ingest import ingest
from kutip.read import read_paths
from kutip.store import open_store

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
GOLD = SHARED / "data" / "claims_dev"
SCORER = SHARED / "eval" / "claims_score.py"
RESULTS = HERE / "claims_results.json"
CHECKED = ("pair_F1", "xl_pair_R", "side_acc", "opposed_R", "coverage", "figure_value_R")
TOLERANCE = 0.005
THRESHOLDS = [round(0.70 + 0.01 * i, 2) for i in range(26)]  # raw e5 cosines of news sentences


def claims_score(pred: list[dict], folder: Path) -> dict:
    path = folder / "pred.jsonl"
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in pred), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(path), "--json"],
                         capture_output=True, text=True, check=True)  # fmt: skip
    return json.loads(out.stdout)


def run_kutip(db: str) -> tuple[list[dict], dict]:
    with open_store(db) as store:
        t0 = time.perf_counter()
        ingest(read_paths([str(GOLD / "articles.jsonl")]), store)
        t1 = time.perf_counter()
        tally = kutip.claims.build.build_claims(store)
        t2 = time.perf_counter()
    timing = {"ingest_seconds": round(t1 - t0, 1), "claims_seconds": round(t2 - t1, 1),
              "statements": tally.statements}  # fmt: skip
    return kutip.claim_map(db, min_articles=1), timing


def _average_linkage(vectors: np.ndarray, threshold: float) -> list[int]:
    """Cluster labels of plain average linkage on cosine similarity (dense; fine for a few hundred)."""
    n = len(vectors)
    sim = (vectors @ vectors.T).astype(np.float64)
    np.fill_diagonal(sim, -np.inf)
    size, alive, label = np.ones(n), np.ones(n, bool), np.arange(n)
    while True:
        masked = np.where(alive[:, None] & alive[None, :], sim, -np.inf)
        a, b = divmod(int(np.argmax(masked)), n)
        if masked[a, b] < threshold:
            return label.tolist()
        sim[a, :] = (sim[a, :] * size[a] + sim[b, :] * size[b]) / (size[a] + size[b])
        sim[:, a] = sim[a, :]
        sim[a, a] = -np.inf
        size[a] += size[b]
        alive[b] = False
        label[label == b] = a


def run_baseline(kutip_claims: list[dict], folder: Path) -> tuple[dict, float]:
    """The baseline over the same statements Kutip placed (every stored quote of three words or more, or a
    denial), at its best threshold."""
    statements = [s for c in kutip_claims for s in c["statements"]]
    vectors = Encoder().encode([s["text"] for s in statements])
    best: tuple[dict, float] | None = None
    for threshold in THRESHOLDS:
        groups: dict[int, list[dict]] = {}
        for s, label in zip(statements, _average_linkage(vectors, threshold), strict=True):
            side = "disputes" if s["speech_act"] == "deny" else "supports"
            groups.setdefault(label, []).append({**s, "stance": side})
        pred = [{"claim_id": k, "statements": v} for k, v in groups.items()]
        figures = claims_score(pred, folder)
        if best is None or figures["pair_F1"] > best[0]["pair_F1"]:
            best = (figures, threshold)
    assert best is not None
    return best


def statement_recall() -> dict:
    """Extraction scored against the gold statements as quotes, per language."""
    arts = [
        json.loads(line)
        for line in (GOLD / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        if line
    ]
    out = {}
    for lang in sorted({a["lang"] for a in arts}):
        gold = [
            {**a, "quotes": [{k: s[k] for k in ("type", "start", "end", "speaker")} for s in a["statements"]]}
            for a in arts if a["lang"] == lang
        ]  # fmt: skip
        preds, _ = predict(gold, lang)
        figures = score(gold, preds, ("direct", "indirect", "mixed")).as_dict()
        out[lang] = {"recall": round(figures["R@loose"], 3), "speaker_acc": round(figures["speaker_acc"], 3)}
    return out


def evaluate() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pred, timing = run_kutip(str(folder / "claims.db"))
        figures = claims_score(pred, folder)
        baseline, threshold = run_baseline(pred, folder)
    rounded = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in figures.items()}
    base = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in baseline.items()}
    return {"kutip": rounded, "baseline": {**base, "threshold": threshold}, "timing": timing,
            "statements": statement_recall()}  # fmt: skip


def markdown(res: dict) -> str:
    keys = ("pair_P", "pair_R", "pair_F1", "xl_pair_R", "side_acc", "opposed_R", "coverage", "figure_value_R",
            "conflicts_flagged")  # fmt: skip
    rows = ["| system | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
    for name in ("kutip", "baseline"):
        cells = [
            f"{res[name][k]:.3f}" if isinstance(res[name][k], float) else str(res[name][k]) for k in keys
        ]
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    rows += ["", "| statements | recall (IoU ≥ 0.3) | speaker acc. |", "|---|---|---|"]
    rows += [
        f"| {lang} | {v['recall']:.3f} | {v['speaker_acc']:.3f} |" for lang, v in res["statements"].items()
    ]
    return "\n".join(rows)


def check(now: dict, recorded: dict) -> list[str]:
    drops = []
    for key in CHECKED:
        old, new = recorded["kutip"].get(key), now["kutip"].get(key)
        if old is not None and new is not None and new < old - TOLERANCE:
            drops.append(f"claims_dev {key}: {new:.3f} < recorded {old:.3f}")
    for lang, figures in recorded["statements"].items():
        for key, old in figures.items():
            new = now["statements"].get(lang, {}).get(key, 0.0)
            if new < old - TOLERANCE:
                drops.append(f"claims_dev statements ({lang}) {key}: {new:.3f} < {old:.3f}")
    return drops


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail when a figure fell below claims_results.json")
    args = ap.parse_args()
    if not GOLD.is_dir() or not SCORER.exists():
        print(f"evaluation: {GOLD} or {SCORER} is absent; nothing to score", file=sys.stderr)
        return 0
    res = evaluate()
    print(markdown(res))
    if args.check:
        drops = check(res, json.loads(RESULTS.read_text(encoding="utf-8")))
        for d in drops:
            print("DROP", d, file=sys.stderr)
        return 1 if drops else 0
    record = {"date": dt.date.today().isoformat(), "kutip_version": kutip.__version__, **res}
    RESULTS.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
