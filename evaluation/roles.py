#!/usr/bin/env python3
"""Score the roles Kutip gives speakers, on the role gold of ../shared/data/registry_dev and the Detik gold.

    python evaluation/roles.py                 # extract the articles the gold refers to, score, print JSON
    python evaluation/roles.py --misses 40     # also list the lines it gets wrong
    python evaluation/roles.py --sample 60     # only the first 60 role lines (quick, while iterating)

Role lines (``registry_dev/roles.jsonl``, scored as its README says): each line's ``refs`` are matched to the
extracted quotes of the same article by span IoU >= 0.5. A line is right when every matched quote's first
speaker has ``role`` (whitespace and trailing ``, . ; :`` trimmed; ``null`` is no role) and, for a line with
``true_speaker``, that name. Canonical agreement compares ``canonical_role`` of the output role with the
line's ``canonical`` (case and spacing aside, body initialisms mapped through the file's ``(ACR)`` pairs).
A line without a matched quote is a miss for both.

Detik gold (``detik_2025/dev_gold.jsonl``): over gold quotes of person speakers matched by IoU >= 0.3, the
share whose predicted role equals the gold role, parenthesised acronyms and case aside.

The articles are extracted directly (as ``kutip ingest`` does, language ``id``): the quote's role in a store
is the role the extraction emits.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from kutip.attribute.roles import canonical_role
from kutip.evaluate.metric import iou, match
from kutip.read import Record
from kutip.runner import extract_record

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
CORPORA = ("detik_2025/articles.jsonl", "pfsa_id/dev.jsonl")
ROLES = DATA / "registry_dev" / "roles.jsonl"
DETIK_GOLD = DATA / "detik_2025" / "dev_gold.jsonl"
ACRONYM = re.compile(r"([A-Z][\w.'&-]*(?:\s+(?:[\w.'&-]+))*?)\s*\(([A-Za-z][\w.&-]*)\)")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def trim(role: str | None) -> str | None:
    """The role as scored: whitespace and trailing ``, . ; :`` trimmed; empty is no role."""
    role = (role or "").strip().rstrip(",.;:").strip()
    return role or None


def fold(role: str | None) -> str:
    return " ".join((role or "").casefold().split())


def _extract(articles: dict[str, dict[str, Any]], ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for i, doc_id in enumerate(ids):
        a = articles[doc_id]
        rec = Record(doc_id, a["text"], doc_id, a.get("title"), a.get("url"), a.get("date"), "id")
        out[doc_id] = extract_record(rec, "id").to_dict()["quotes"]
        if (i + 1) % 50 == 0:
            print(f"roles: extracted {i + 1}/{len(ids)}", file=sys.stderr)
    return out


def _best(quotes: list[dict[str, Any]], start: int, end: int, least: float) -> dict[str, Any] | None:
    best, best_v = None, least
    for q in quotes:
        v = iou((q["start"], q["end"]), (start, end))
        if v >= best_v:
            best, best_v = q, v
    return best


def acronym_map(lines: list[dict[str, Any]]) -> dict[str, str]:
    """Body initialism -> spelled-out name, from the ``Name (ACR)`` pairs the gold roles write."""
    out: dict[str, str] = {}
    for line in lines:
        for text in (line.get("role"), line.get("role_as_written")):
            for m in re.finditer(
                r"((?:[A-Z][\w-]*\s+)(?:(?:dan|dan\s+|&\s+)?[A-Z][\w-]*\s+)*?)\(([A-Z]{2,})\)", text or ""
            ):
                words = m.group(1).split()
                letters = m.group(2)
                # the fewest trailing capitalised words whose initials spell the acronym
                for k in range(1, len(words) + 1):
                    tail = [w for w in words[-k:] if w[0].isupper()]
                    if "".join(w[0] for w in tail).upper() == letters.upper():
                        out.setdefault(letters.casefold(), " ".join(words[-k:]).casefold())
                        break
    return out


def _same_canonical(got: str, want: str, acronyms: dict[str, str]) -> bool:
    if fold(got) == fold(want):
        return True

    def spelled(s: str) -> str:
        return " ".join(acronyms.get(w, w) for w in fold(s).split())

    return spelled(got) == spelled(want)


def _name_key(name: str | None) -> str:
    return " ".join(re.findall(r"\w+", (name or "").casefold()))


def score_lines(
    lines: list[dict[str, Any]], quotes: dict[str, list[dict[str, Any]]], misses: int
) -> dict[str, Any]:
    acronyms = acronym_map(lines)
    tally: dict[str, list[int]] = defaultdict(
        lambda: [0, 0, 0]
    )  # problem -> [lines, role right, canon right]
    wrong: list[str] = []
    for line in lines:
        got: list[dict[str, Any]] = []
        for ref in line["refs"]:
            q = _best(quotes.get(ref["doc_id"], []), ref["start"], ref["end"], 0.5)
            if q is not None and q.get("speaker"):
                got.append(q["speaker"])
            elif q is not None:
                got.append({})
        want = trim(line["role"])
        who = line.get("true_speaker")
        role_ok = bool(got) and all(
            trim(s.get("role")) == want and (not who or _name_key(s.get("name")) == _name_key(who))
            for s in got
        )
        canon_ok = bool(got) and all(
            (line["canonical"] is None and trim(s.get("role")) is None)
            or (
                line["canonical"] is not None
                and trim(s.get("role")) is not None
                and _same_canonical(
                    canonical_role(trim(s.get("role")) or "", "id"), line["canonical"], acronyms
                )
            )
            for s in got
        )
        for key in ("all", line["problem"]):
            t = tally[key]
            t[0] += 1
            t[1] += role_ok
            t[2] += canon_ok
        if not (role_ok and canon_ok) and len(wrong) < misses:
            outs = [
                (s.get("name"), s.get("role"), canonical_role(trim(s.get("role")) or "", "id")) for s in got
            ]
            wrong.append(
                f"[{line['problem']}] {line['speaker']!r} want {want!r} / {line['canonical']!r}"
                f"{' by ' + who if who else ''}; got {outs or 'no quote'} ({line['refs'][0]['doc_id']})"
            )
    out = {
        k: {"lines": t[0], "role_right": t[1], "role_rate": round(t[1] / t[0], 3),
            "canonical_right": t[2], "canonical_rate": round(t[2] / t[0], 3)}
        for k, t in sorted(tally.items(), key=lambda kv: (kv[0] != "all", -kv[1][0]))
    }  # fmt: skip
    if wrong:
        out["misses"] = wrong  # type: ignore[assignment]
    return out


def _plain(role: str | None) -> str:
    """A role without parenthesised acronyms, case and trailing punctuation: how the Detik gold compares."""
    return fold(re.sub(r"\s*\([^)]*\)", " ", trim(role) or ""))


def score_detik(gold: list[dict[str, Any]], misses: int) -> dict[str, Any]:
    n = right = 0
    wrong: list[str] = []
    for g in gold:
        rec = Record(g["doc_id"], g["text"], g["doc_id"], g.get("title"), g.get("url"), g.get("date"), "id")
        pred = extract_record(rec, "id").to_dict()["quotes"]
        gq = g["quotes"]
        for v, i, j in match(pred, gq):
            if v < 0.3 or gq[j].get("speaker_kind") != "person":
                continue
            sp = pred[i].get("speaker") or {}
            n += 1
            ok = _plain(sp.get("role")) == _plain(gq[j].get("role"))
            right += ok
            if not ok and len(wrong) < misses:
                wrong.append(f"{g['doc_id']}: {gq[j]['speaker']!r} want {gq[j].get('role')!r}; got "
                             f"{sp.get('name')!r} {sp.get('role')!r}")  # fmt: skip
    out: dict[str, Any] = {
        "matched_person_quotes": n,
        "role_right": right,
        "role_rate": round(right / n, 3) if n else None,
    }
    if wrong:
        out["misses"] = wrong
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=0, help="only the first N role lines")
    ap.add_argument("--misses", type=int, default=0, help="list up to N wrong lines")
    ap.add_argument("--skip-detik", action="store_true")
    args = ap.parse_args()
    if not ROLES.exists():
        print(f"roles: {ROLES} is absent (../shared/data missing?): nothing scored", file=sys.stderr)
        return 0
    lines = _read_jsonl(ROLES)
    if args.sample:
        lines = lines[: args.sample]
    wanted = sorted({r["doc_id"] for line in lines for r in line["refs"]})
    articles: dict[str, dict[str, Any]] = {}
    for rel in CORPORA:
        for a in _read_jsonl(DATA / rel):
            if a["doc_id"] in wanted:
                articles.setdefault(a["doc_id"], a)
    result = {"roles.jsonl": score_lines(lines, _extract(articles, wanted), args.misses)}
    if not args.skip_detik and DETIK_GOLD.exists():
        result["detik dev_gold"] = score_detik(_read_jsonl(DETIK_GOLD), args.misses)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
