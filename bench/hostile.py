#!/usr/bin/env python3
"""Time the pipeline on hostile texts of growing size, to show that no step grows faster than the text.

    python bench/hostile.py                          # every shape at 10k, 40k, 160k, 640k characters
    python bench/hostile.py --shapes id_katanya,en_said --sizes 10000,40000
    python bench/hostile.py --profile id_katanya --size 160000   # where the time goes (cProfile)

Each shape is a text a tester (or a broken scraper) could send: one paragraph of repeated cue phrases,
a sentence of hundreds of thousands of characters with no full stop, thousands of unclosed or nested
quotation marks, runs of capitalised names or numbers. For every size it prints the seconds taken and
the growth ratio against the previous size: work linear in the text grows by the size ratio (4x), work
quadratic in a paragraph by its square (16x). A size that the growth so far predicts to take longer than
``--budget`` seconds is skipped, with the prediction. A shape that raises says so and goes on to the next.
Plain Python or compiled, whichever ``import kutip`` chose (printed first).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from itertools import pairwise

from kutip import speedups
from kutip.doc import Document


def _repeat(unit: str, size: int, sep: str = "") -> str:
    """``unit`` repeated (joined by ``sep``) until the text holds ``size`` characters."""
    count = max(1, size // (len(unit) + len(sep)))
    return sep.join([unit] * count)


def _name(i: int) -> str:
    """A made-up surname for the number ``i`` ("Sukaba", "Sukabe", ...): every one different."""
    syllables = "ba be bi bo da de di do ka ke ki ko ra re ri ro".split()
    out = "Su"
    while True:
        out += syllables[i % 16]
        i //= 16
        if not i:
            return out


def _numbered(units: list[str], size: int, sep: str) -> str:
    """The units in turn, each with a running number or name, until ``size`` characters (no two alike)."""
    out: list[str] = []
    total = i = 0
    while total < size:
        piece = units[i % len(units)].format(n=i, name=_name(i))
        out.append(piece)
        total += len(piece) + len(sep)
        i += 1
    return sep.join(out)


PARA_ID = "Harga beras di pasar induk naik lagi pekan ini, dan pedagang mulai mengeluh soal pasokan. "
NAMES_ID = "Rina Kartikasari Hendra Wijaya Arief Santoso Budi Hartono Dewi Lestari Joko Susilo "
NAMES_EN = "Ruth Alvarez Paul Oakes Maria Lopez Daniel Reyes Karen Whitfield Thomas Brennan "

# name -> (language, text of about ``size`` characters)
SHAPES: dict[str, Callable[[int], tuple[str, str]]] = {
    # one paragraph of repeated attributions
    "en_said": lambda n: ("en", _repeat("said he ", n)),
    "en_he_said_she_said": lambda n: ("en", _repeat("He said she said that ", n)),
    "id_katanya": lambda n: ("id", _repeat("katanya ia mengatakan ", n)),
    "id_kata_menurut": lambda n: ("id", _repeat("Menurut dia, kata Rina, ujarnya ", n)),
    # one sentence, no full stop
    "id_long_sentence": lambda n: (
        "id",
        "Menteri Perdagangan Rina Kartikasari mengatakan bahwa "
        + _repeat("pemerintah akan menambah pasokan beras di pasar tradisional, ", n),
    ),
    "en_long_sentence": lambda n: (
        "en",
        "Governor Ruth Alvarez said that "
        + _repeat("the city would not flood again and the levee would hold, ", n),
    ),
    # quotation marks
    "unclosed_quotes": lambda n: ("id", _repeat("“Harga naik ", n)),
    "nested_quotes": lambda n: ("id", _repeat("“kata ‘dia ", n)),
    "straight_quotes": lambda n: ("en", _repeat('"he said "she said ', n)),
    "closed_quotes_one_para": lambda n: ("id", _repeat("“Stok beras aman,” kata Rina. ", n)),
    "scare_quotes_after_quote": lambda n: ("id", "“Harga naik,” kata Rina. " + _repeat("“x” ", n)),
    "mixed_quotes_one_para": lambda n: (
        "id",
        _repeat('Rina menyebut langkah itu "tidak adil" bagi petani. ', n),
    ),
    # runs of words of one kind
    "cap_names_id": lambda n: ("id", _repeat(NAMES_ID, n)),
    "cap_names_en": lambda n: ("en", _repeat(NAMES_EN, n)),
    "numbers": lambda n: ("id", _repeat("1.250 3,5 2.100.000 48 ", n)),
    "number_ranges": lambda n: ("id", _repeat("antara 1.000 dan 2.000 hingga 3,5 persen dari 4 ke 5 ", n)),
    "dates_and_money": lambda n: ("id", _repeat("Senin (14/4/2025) Rp 14.500 pukul 10.00 WIB 24 Okt ", n)),
    "ia_ia": lambda n: ("id", _repeat("ia ", n)),
    "commas_before_cue": lambda n: ("id", _repeat("Rina, ", n) + "mengatakan harga naik."),
    "parentheses": lambda n: ("id", _repeat("(Rina ", n) + "mengatakan harga naik."),
    "initials": lambda n: ("en", _repeat("M. ", n)),
    "short_sentences": lambda n: ("id", _repeat("Rina mengatakan harga beras turun. ", n)),
    # chains of clauses and marks
    "who_chain": lambda n: ("en", "Ruth Alvarez" + _repeat(", who", n) + " said the levee would hold."),
    "saying_chain": lambda n: ("en", "Ruth Alvarez denied it" + _repeat(", saying", n) + " it was rushed."),
    "menurut_chain": lambda n: ("id", "Harga naik" + _repeat(", menurut dia", n) + "."),
    "exclamations": lambda n: ("id", "Harga beras naik" + "!" * n + " kata pedagang."),
    "one_long_word": lambda n: ("id", "Rina mengatakan " + "a" * n + "."),
    "apostrophes": lambda n: ("id", _repeat("Jum'at ’kata’ ", n)),
    # many people (resolving a short name to one of thousands of full ones)
    "many_budis": lambda n: (
        "id",
        _numbered(["Budi {name} mengatakan harga beras naik. Budi menambahkan stok masih aman."], n, "\n\n"),
    ),
    "two_budis_often": lambda n: (
        "id",
        _repeat("Budi Santoso dan Budi Hartono hadir di pasar. Budi mengatakan harga naik.", n, "\n\n"),
    ),
    "many_kapolres": lambda n: (
        "id",
        _numbered(["Kapolres {name} datang. “Situasi aman,” kata Kapolres."], n, "\n\n"),
    ),
    # many paragraphs
    "many_paragraphs": lambda n: ("id", _repeat(PARA_ID, n, "\n\n")),
    "many_quote_paragraphs": lambda n: (
        "id",
        _numbered(["“Stok beras aman sampai {n} hari,” kata Menteri Rina Kartikasari."], n, "\n\n"),
    ),
    "many_inserts": lambda n: ("id", _numbered(["Baca juga: Harga beras hari ke-{n}", PARA_ID], n, "\n")),
}


def run_once(lang: str, text: str) -> float:
    """Seconds the whole pipeline takes on ``text`` (one run, including clean-up and mentions)."""
    from kutip.pipeline import run

    t0 = time.perf_counter()
    run(Document("hostile", text, lang))
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shape names")
    ap.add_argument("--sizes", default="10000,40000,160000,640000", help="characters, comma-separated")
    ap.add_argument("--budget", type=float, default=60.0, help="seconds: skip a size expected to take longer")
    ap.add_argument("--profile", metavar="SHAPE", help="profile one shape at --size and print the top")
    ap.add_argument("--size", type=int, default=160_000)
    args = ap.parse_args()
    print(f"kutip pipeline: {speedups.state()}", file=sys.stderr)
    if args.profile:
        lang, text = SHAPES[args.profile](args.size)
        run_once(lang, text[:2000])  # load language data outside the profile
        prof = cProfile.Profile()
        prof.runcall(run_once, lang, text)
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    run_once("id", PARA_ID)
    run_once("en", "The mayor said the levee would hold.")
    print(f"{'shape':24}" + "".join(f"{s:>12,}" for s in sizes) + "   growth per step")
    for name in args.shapes.split(","):
        times: list[float] = []
        failed = ""  # why the row stops early, if it does
        for k, size in enumerate(sizes):
            if times:
                # the next size's time as the growth so far predicts it (quadratic before two are known)
                known = len(times) > 1 and times[-2] > 0
                growth = times[-1] / times[-2] if known else (size / sizes[k - 1]) ** 2
                if times[-1] * growth > args.budget:
                    failed = f"  ({size:,} skipped: about {times[-1] * growth:,.0f} s expected)"
                    break
            lang, text = SHAPES[name](size)
            try:
                times.append(run_once(lang, text))
            except Exception as err:  # (a crash is a finding too: say which, and go on)
                failed = f"  failed at {size:,}: {type(err).__name__}"
                break
        ratios = [b / a if a > 0 else float("inf") for a, b in pairwise(times)]
        cells = "".join(f"{t:>11.2f}s" for t in times) + " " * 12 * (len(sizes) - len(times))
        print(f"{name:24}{cells}   " + " ".join(f"{r:.1f}x" for r in ratios) + failed, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
