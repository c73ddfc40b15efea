"""The quote metric of ``shared/eval/score.py``, re-implemented for use inside Kutip.

Predicted and gold quotes are matched one-to-one, greedily by the IoU of their character spans; a pair counts
at the loose level when IoU >= 0.3 and at the strict level when IoU >= 0.8. Speaker accuracy is over gold
quotes matched at the loose level: names compared after dropping titles (lenient: one name's words contain
the other's, or two words in common; strict: the same words), or a predicted mention that overlaps a gold
source span. Gold quotes marked ``optional`` neither reward nor penalise.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

TITLES = frozenset(
    [
        "presiden",
        "wakil",
        "menteri",
        "menhan",
        "menkeu",
        "menlu",
        "mendagri",
        "menko",
        "kapolri",
        "kapolda",
        "kapolres",
        "kapolsek",
        "kasat",
        "kanit",
        "kasatreskrim",
        "kabid",
        "humas",
        "juru",
        "bicara",
        "jubir",
        "ketua",
        "sekretaris",
        "direktur",
        "dirut",
        "kepala",
        "gubernur",
        "wagub",
        "bupati",
        "wali",
        "kota",
        "walikota",
        "camat",
        "lurah",
        "jenderal",
        "jend",
        "letjen",
        "mayjen",
        "brigjen",
        "kolonel",
        "kombes",
        "akbp",
        "akp",
        "iptu",
        "ipda",
        "aiptu",
        "bripka",
        "brigadir",
        "komisaris",
        "ajun",
        "irjen",
        "komjen",
        "laksamana",
        "marsekal",
        "dr",
        "drs",
        "ir",
        "prof",
        "h",
        "hj",
        "kh",
        "pak",
        "bu",
        "bapak",
        "ibu",
        "mr",
        "mrs",
        "ms",
        "dr.",
        "sen",
        "rep",
        "gov",
        "president",
        "secretary",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "senator",
        "governor",
        "mayor",
        "chairman",
        "ceo",
        "the",
    ]
)


def name_tokens(name: str | None) -> set[str]:
    if not name:
        return set()
    folded = unicodedata.normalize("NFKC", name).casefold()
    return {t for t in re.findall(r"[\w'-]+", folded) if t not in TITLES and len(t) > 1}


def speaker_names(value: Any) -> list[str]:
    """A speaker field (string with " | ", dict with ``name``, or list) as a list of names."""
    if value is None:
        return []
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        return [n for n in value if n]
    if isinstance(value, str):
        return [p.strip() for p in value.split("|") if p.strip()]
    return []


def names_match(pred: str, gold: str, strict: bool) -> bool:
    p, g = name_tokens(pred), name_tokens(gold)
    if not p or not g:
        return False
    if strict:
        return p == g
    return bool(p & g) and (p <= g or g <= p or len(p & g) >= 2)


def speaker_correct(pred: dict, gold: dict, strict: bool) -> bool:
    gold_names = speaker_names(gold.get("speaker"))
    sp = pred.get("speaker")
    if gold.get("source_spans") and isinstance(sp, dict) and sp.get("mention_start") is not None:
        ms, me = sp["mention_start"], sp["mention_end"]
        if any(min(me, e) - max(ms, s) > 0 for s, e in gold["source_spans"]):
            return True
    pred_names = _pred_names(pred)
    if not gold_names:
        return not pred_names
    if not pred_names:
        return False
    if len(gold_names) > 1 or len(pred_names) > 1:
        return all(any(names_match(p, g, strict) for p in pred_names) for g in gold_names) and all(
            any(names_match(p, g, strict) for g in gold_names) for p in pred_names
        )
    return names_match(pred_names[0], gold_names[0], strict)


def _pred_names(pred: dict) -> list[str]:
    """Kutip's own output names several speakers in ``speakers``; the shared scorer reads ``speaker``."""
    many = pred.get("speakers")
    if isinstance(many, list) and many and isinstance(many[0], dict):
        return [s.get("name") for s in many if s.get("name")]
    return speaker_names(pred.get("speaker"))


def _excerpt(text: str, quote: dict, n: int) -> str:
    return text[quote["start"] : quote["end"]][:n]


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match(pred: list[dict], gold: list[dict]) -> list[tuple[float, int, int]]:
    """Greedy one-to-one matching by IoU, best pairs first."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            v = iou((p["start"], p["end"]), (g["start"], g["end"]))
            if v > 0:
                pairs.append((v, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for v, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((v, i, j))
    return out


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    loose: int = 0
    strict: int = 0
    speaker_ok: int = 0
    speaker_ok_strict: int = 0
    act_ok: int = 0
    act_n: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _prf(m: int, n_p: int, n_g: int) -> tuple[float, float, float]:
        p = m / n_p if n_p else 0.0
        r = m / n_g if n_g else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def as_dict(self) -> dict[str, Any]:
        pl, rl, fl = self._prf(self.loose, self.pred, self.gold)
        ps, rs, fs = self._prf(self.strict, self.pred, self.gold)
        return {
            "gold": self.gold,
            "pred": self.pred,
            "P@loose": pl,
            "R@loose": rl,
            "F1@loose": fl,
            "P@strict": ps,
            "R@strict": rs,
            "F1@strict": fs,
            "speaker_acc": self.speaker_ok / self.loose if self.loose else 0.0,
            "speaker_acc_strict": self.speaker_ok_strict / self.loose if self.loose else 0.0,
            "speech_act_acc": self.act_ok / self.act_n if self.act_n else None,
        }


def score(
    gold_docs: Iterable[dict],
    pred_docs: dict[str, dict],
    types: Iterable[str] = ("direct", "indirect", "mixed"),
    loose: float = 0.3,
    strict: float = 0.8,
) -> Score:
    """Score predictions (by ``doc_id``) against gold documents, on the quote types ``types``."""
    wanted = set(types)
    s = Score()
    for g in gold_docs:
        doc_id = g["doc_id"]
        gqs = [
            q for q in g["quotes"] if q.get("type", "direct") in wanted and q.get("verdict") != "not_a_quote"
        ]
        pqs = [q for q in pred_docs.get(doc_id, {}).get("quotes", []) if q.get("type", "direct") in wanted]
        s.gold += sum(1 for q in gqs if not q.get("optional"))
        s.pred += len(pqs)
        matched: set[int] = set()
        for v, i, j in match(pqs, gqs):
            if gqs[j].get("optional"):
                if v >= loose:
                    s.pred -= 1
                matched.add(j)
                continue
            if v >= strict:
                s.strict += 1
            if v >= loose:
                s.loose += 1
                matched.add(j)
                ok = speaker_correct(pqs[i], gqs[j], False)
                s.speaker_ok += ok
                s.speaker_ok_strict += speaker_correct(pqs[i], gqs[j], True)
                if gqs[j].get("speech_act"):
                    s.act_n += 1
                    s.act_ok += pqs[i].get("speech_act") == gqs[j]["speech_act"]
                if not ok:
                    sp = pqs[i].get("speaker")
                    shown = sp.get("name") if isinstance(sp, dict) else sp
                    s.errors.append(
                        f"SPEAKER {doc_id}: gold={gqs[j].get('speaker')!r} pred={shown!r} "
                        f"rule={pqs[i].get('rule', '')} :: {_excerpt(g['text'], gqs[j], 70)!r}"
                    )
        for j, q in enumerate(gqs):
            if j not in matched and not q.get("optional"):
                s.errors.append(
                    f"MISSED {doc_id}: [{q.get('type')}] {g['text'][q['start'] : q['end']][:90]!r}"
                )
        gold_spans = [(q["start"], q["end"]) for q in gqs]
        for p in pqs:
            if not any(iou((p["start"], p["end"]), gs) >= loose for gs in gold_spans):
                s.errors.append(f"EXTRA {doc_id}: [{p.get('type')}] {p.get('text', '')[:90]!r}")
    return s
