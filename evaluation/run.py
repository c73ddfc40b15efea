#!/usr/bin/env python3
"""Score Kutip and its peers on every gold set in ../shared/data and write evaluation/results.json.

    python evaluation/run.py            # score, print a Markdown table, write results.json
    python evaluation/run.py --check    # score and fail when a figure fell below results.json

The check is the gate the test suite runs: a figure may only go down by editing results.json on purpose.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import sys
import time
from importlib import metadata
from pathlib import Path

from kutip.evaluate.metric import score
from kutip.evaluate.peers import PEERS, Peer, PeerGaveUp
from kutip.evaluate.run import TYPE_GROUPS, load_gold, predict

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data"
RESULTS = HERE / "results.json"
GOLD_SETS = {  # name -> (file, language, quote types scored)
    "detik_2025 dev_gold (id, direct+indirect)": (
        "detik_2025/dev_gold.jsonl", "id", ("all", "direct", "indirect"),
    ),
    "pfsa_id dev (id, direct)": ("pfsa_id/dev.jsonl", "id", ("direct",)),
    "polnear dev (en, direct+mixed+indirect)": (
        "polnear/dev.jsonl", "en", ("all", "direct", "indirect", "mixed"),
    ),
}  # fmt: skip
FIGURES = ("F1@loose", "F1@strict", "speaker_acc", "speech_act_acc")
TOLERANCE = 0.005


def _run_peer(peer: Peer, gold: list[dict]) -> tuple[dict, float, int] | None:
    """(predictions, seconds, articles given up) of a peer, or None when its library is not installed."""
    preds, gave_up = {}, 0
    t0 = time.perf_counter()
    for g in gold:
        try:
            preds[g["doc_id"]] = peer.run(g)
        except ImportError:
            return None
        except PeerGaveUp:
            preds[g["doc_id"]] = {"doc_id": g["doc_id"], "quotes": []}
            gave_up += 1
    return preds, time.perf_counter() - t0, gave_up


def evaluate_all() -> dict:
    out: dict = {}
    for name, (rel, lang, groups) in GOLD_SETS.items():
        path = DATA / rel
        if not path.exists():
            continue
        gold = load_gold(path)
        preds, seconds = predict(gold, "auto")
        runs = {"kutip": (preds, seconds, 0)}
        for peer_name, peer in PEERS.items():
            if peer.langs is None or lang in peer.langs:
                got = _run_peer(peer, gold)
                if got is not None:
                    runs[peer_name] = got
        out[name] = {"articles": len(gold), "systems": {}, "speed": {}}
        for system, (pred, secs, gave_up) in runs.items():
            out[name]["speed"][system] = {
                "articles_per_second": round(len(gold) / secs, 1) if secs else None,
                "articles_given_up": gave_up,
            }
            out[name]["systems"][system] = {
                group: {
                    k: (round(v, 3) if isinstance(v, float) else v)
                    for k, v in score(gold, pred, TYPE_GROUPS[group]).as_dict().items()
                }
                for group in groups
            }
    return out


def markdown(results: dict) -> str:
    rows = [
        "| gold set | system | types | F1@0.3 | F1@0.8 | speaker acc. | speech-act acc. |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, res in results.items():
        for system, groups in res["systems"].items():
            for group, f in groups.items():
                act = "-" if f["speech_act_acc"] is None else f"{f['speech_act_acc']:.3f}"
                rows.append(
                    f"| {name} | {system} | {group} | {f['F1@loose']:.3f} | {f['F1@strict']:.3f} | "
                    f"{f['speaker_acc']:.3f} | {act} |"
                )
    rows += ["", "| gold set | system | articles/s | articles given up |", "|---|---|---|---|"]
    for name, res in results.items():
        for system, speed in res.get("speed", {}).items():
            per_second, gave_up = speed["articles_per_second"], speed["articles_given_up"]
            rows.append(f"| {name} | {system} | {per_second} | {gave_up} |")
    return "\n".join(rows)


def check(results: dict, recorded: dict) -> list[str]:
    """Figures of Kutip that fell below the recorded ones."""
    drops = []
    for name, res in recorded.get("results", {}).items():
        if name not in results:
            continue
        for group, figures in res["systems"]["kutip"].items():
            now = results[name]["systems"]["kutip"][group]
            for key in FIGURES:
                if (
                    figures.get(key) is not None
                    and now[key] is not None
                    and now[key] < figures[key] - TOLERANCE
                ):
                    drops.append(f"{name} [{group}] {key}: {now[key]:.3f} < recorded {figures[key]:.3f}")
    return drops


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail when a figure fell below results.json")
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"evaluation: {DATA} is absent; nothing to score", file=sys.stderr)
        return 0
    results = evaluate_all()
    print(markdown(results))
    if args.check:
        drops = check(results, json.loads(RESULTS.read_text(encoding="utf-8")))
        for d in drops:
            print("DROP", d, file=sys.stderr)
        return 1 if drops else 0
    record = {
        "date": dt.date.today().isoformat(),
        "kutip": metadata.version("kutip"),
        "python": platform.python_version(),
        "results": results,
    }
    RESULTS.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
