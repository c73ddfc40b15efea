"""Score Kutip on a gold file: extract every gold article, then apply the metric by quote type."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from kutip.evaluate.metric import score
from kutip.read import Record
from kutip.runner import extract_record

TYPE_GROUPS = {
    "all": ("direct", "indirect", "mixed"),
    "direct": ("direct",),
    "indirect": ("indirect",),
    "mixed": ("mixed",),
}


def load_gold(path: Path) -> list[dict]:
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such gold file")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def predict(gold: list[dict], lang: str = "auto") -> tuple[dict[str, dict], float]:
    """Kutip's output for each gold article, and the seconds extraction took."""
    preds: dict[str, dict] = {}
    t0 = time.perf_counter()
    for g in gold:
        rec = Record(
            g["doc_id"], g["text"], g["doc_id"], g.get("title"), g.get("url"), g.get("date"), g.get("lang")
        )
        doc = extract_record(rec, lang)
        preds[g["doc_id"]] = doc.to_dict()
    return preds, time.perf_counter() - t0


def evaluate(
    gold_path: Path, lang: str = "auto", pred_out: Path | None = None, errors: int = 0
) -> dict[str, Any]:
    gold = load_gold(gold_path)
    preds, seconds = predict(gold, lang)
    if pred_out:
        with open(pred_out, "w", encoding="utf-8") as f:
            for d in preds.values():
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    present = {q.get("type", "direct") for g in gold for q in g["quotes"]}
    report: dict[str, Any] = {
        "gold_file": str(gold_path),
        "articles": len(gold),
        "articles_per_second": round(len(gold) / seconds, 1) if seconds else None,
        "by_type": {},
    }
    for name, types in TYPE_GROUPS.items():
        if name != "all" and name not in present:
            continue
        s = score(gold, preds, types)
        report["by_type"][name] = s.as_dict()
        if name == "all" and errors:
            report["errors"] = s.errors[:errors]
    return report


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"{report['gold_file']}: {report['articles']} articles, {report['articles_per_second']} articles/s"
    ]
    cols = [
        "gold",
        "pred",
        "P@loose",
        "R@loose",
        "F1@loose",
        "F1@strict",
        "speaker_acc",
        "speaker_acc_strict",
        "speech_act_acc",
    ]
    lines.append(f"{'type':<9}" + "".join(f"{c:>19}" if len(c) > 12 else f"{c:>10}" for c in cols))
    for name, res in report["by_type"].items():
        row = f"{name:<9}"
        for c in cols:
            v = res[c]
            cell = "-" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))
            row += f"{cell:>19}" if len(c) > 12 else f"{cell:>10}"
        lines.append(row)
    lines.extend(report.get("errors", []))
    return "\n".join(lines)
