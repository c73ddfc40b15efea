"""Any text at all: the pipeline never raises, and every span it reports points at the words it names."""

import random
import string

import kutip

ALPHABET = string.ascii_letters + string.digits + " \n\t.,;:!?\"'“”‘’«»()[]-—/%$" + "ÀéñÖ漢字"
PIECES = ["“", "”", '"', " kata ", " ujarnya", " mengatakan ", " Menurut ", "Baca Juga: ", " Rp 3,5 juta ",
          " Kamis (24/10/2024) ", "Presiden ", " dan ", "\n", " ia ", " membantah "]  # fmt: skip


def random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 40)):
        if rng.random() < 0.4:
            parts.append(rng.choice(PIECES))
        else:
            parts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 12))))
    return "".join(parts)


def test_pipeline_robustness_random_text_never_raises_and_spans_hold():
    rng = random.Random(20261125)
    for _ in range(400):
        text = random_text(rng)
        doc = kutip.extract(text, date="2024-10-25")
        for q in doc.quotes:
            assert text[q.start : q.end] == q.text
            if q.cue_start is not None:
                assert text[q.cue_start : q.cue_end] == q.cue
        for item in [*doc.removed, *doc.entities, *doc.quantities, *doc.dates]:
            assert text[item.start : item.end] == item.text
