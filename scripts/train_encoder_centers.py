#!/usr/bin/env python3
"""Write kutip/lang/<code>/encoder_center.json: the mean e5 vector of news sentences in each language.

    .venv/bin/python scripts/train_encoder_centers.py

The sentences are the project's own (scripts/data/encoder_center/<code>.txt, written for Kutip, Apache-2.0),
one a line, on many unrelated topics. The claim map subtracts a language's mean from every vector of it
(kutip/claims/encoder.py), so what is common to all news of the language no longer counts as likeness.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from kutip.claims.encoder import NAME, Encoder

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "scripts" / "data" / "encoder_center"


def main() -> None:
    encoder = Encoder()
    for path in sorted(SENTENCES.glob("*.txt")):
        lang = path.stem
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        mean = encoder.encode(lines).mean(axis=0)
        out = ROOT / "kutip" / "lang" / lang / "encoder_center.json"
        record = {
            "encoder": NAME.split(",")[0],
            "sentences": len(lines),
            "source": f"scripts/data/encoder_center/{path.name}",
            "center": [round(float(x), 6) for x in np.asarray(mean, dtype=np.float64)],
        }
        out.write_text(json.dumps(record) + "\n", encoding="utf-8")
        print(f"{lang}: {len(lines)} sentences -> {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
