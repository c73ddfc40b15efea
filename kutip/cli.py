"""The ``kutip`` command: a thin layer over the Python API."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kutip import __version__


def _error_printer(item) -> None:
    print(f"kutip: error: {item}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    from kutip.output import WRITERS
    from kutip.read import read_paths
    from kutip.runner import Tally, extract_all

    tally = Tally()
    docs = extract_all(read_paths(args.paths, args.input_format), args.lang, tally, _error_printer)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115
    try:
        WRITERS[args.format](docs, out)
    finally:
        if args.out:
            out.close()
    if tally.failed or not args.quiet:
        print(f"kutip: {tally.ok} article(s) extracted, {tally.failed} failed", file=sys.stderr)
    return 1 if tally.failed else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from kutip.evaluate.run import evaluate, format_report

    report = evaluate(args.gold, lang=args.lang, pred_out=args.pred_out, errors=args.errors)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from kutip.evaluate.bench import bench

    print(json.dumps(bench(args.path, args.repeat, args.lang), indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kutip", description="Who said what in news articles.")
    ap.add_argument("--version", action="version", version=f"kutip {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract quotes, speakers, numbers and dates from articles")
    ex.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="text file, JSONL(.gz) file, HTML page, folder of them, or - for standard input",
    )
    ex.add_argument(
        "--lang", default="auto", help="id, en, ms or auto (default: a record's own lang, else detect)"
    )
    ex.add_argument("--format", default="jsonl", choices=["jsonl", "json", "table"])
    ex.add_argument(
        "--input-format",
        choices=["text", "jsonl", "html"],
        default=None,
        help="force the input format (default: by file ending, else sniffed)",
    )
    ex.add_argument("--out", help="write to this file instead of standard output")
    ex.add_argument("-q", "--quiet", action="store_true", help="no summary line unless something failed")
    ex.set_defaults(func=cmd_extract)

    ev = sub.add_parser("eval", help="score Kutip on a gold JSONL file with the project's metric")
    ev.add_argument("gold", type=Path)
    ev.add_argument("--lang", default="auto")
    ev.add_argument("--errors", type=int, default=0, help="print this many errors (misses, wrong speakers)")
    ev.add_argument("--pred-out", type=Path, help="also write Kutip's predictions here")
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(func=cmd_eval)

    be = sub.add_parser("bench", help="measure throughput and memory on a JSONL file")
    be.add_argument("path", type=Path)
    be.add_argument("--repeat", type=int, default=3)
    be.add_argument("--lang", default="id")
    be.set_defaults(func=cmd_bench)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
    except (FileNotFoundError, LookupError, ValueError) as err:
        print(f"kutip: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
