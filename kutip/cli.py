"""The ``kutip`` command: a thin layer over the Python API."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kutip import __version__, speedups
from kutip.doc import SPEECH_ACTS as ACTS


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


def cmd_ingest(args: argparse.Namespace) -> int:
    from kutip.ingest import ingest
    from kutip.read import read_paths
    from kutip.store import open_store, shown_target

    store = open_store(args.db)
    tty = sys.stderr.isatty() and not args.quiet

    def progress(t) -> None:
        if tty:
            print("\r" + t.line(), end="", file=sys.stderr, flush=True)

    try:
        tally = ingest(read_paths(args.paths), store, args.lang, args.workers, progress, _error_printer)
    finally:
        store.close()
    if tty:
        print("\r", end="", file=sys.stderr)
    print(f"kutip: {tally.line()} into {shown_target(args.db)}", file=sys.stderr)
    if tally.failures:
        reasons: dict[str, int] = {}
        for f in tally.failures:
            key = f.reason.split(":")[0]
            reasons[key] = reasons.get(key, 0) + 1
        for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
            print(f"kutip:   {n} failed: {reason}", file=sys.stderr)
    return 1 if tally.failures else 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from kutip.output.rows import write_quotes
    from kutip.store import open_store

    store = open_store(args.db)
    rows = store.quotes(args.speaker, args.act, args.search, args.since, args.until, args.lang, args.limit)
    n = write_quotes(rows, sys.stdout, args.format)
    if args.format == "table":
        print(f"kutip: {n} quote(s)", file=sys.stderr)
    return 0


def cmd_speakers(args: argparse.Namespace) -> int:
    from kutip.output.rows import write_speakers
    from kutip.store import open_store
    from kutip.store.registry import KIND_GROUP, name_key

    store = open_store(args.db)
    if args.action == "merge":
        if len(args.names) != 2:
            raise ValueError("speakers merge takes two names: the one to fold in, then the one to keep")
        source, target = (store.find_speaker(n) for n in args.names)
        store.begin()
        store.registry.merge(source, target, f"merged by hand into {args.names[1]}", manual=True)
        store.commit()
        print(f"kutip: {args.names[0]} merged into {args.names[1]}", file=sys.stderr)
        return 0
    if args.action == "split":
        if len(args.names) != 1:
            raise ValueError("speakers split takes one name: the name that is a speaker of its own")
        sid = store.find_speaker(args.names[0])
        kind = store.db.execute("SELECT kind FROM speakers WHERE id = ?", (sid,)).fetchone()[0]
        store.begin()
        store.registry.split(name_key(args.names[0]), KIND_GROUP[kind])
        store.commit()
        print(f"kutip: {args.names[0]} is a speaker of its own", file=sys.stderr)
        return 0
    write_speakers(store.speakers(args.top), sys.stdout, args.format)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from kutip.output.rows import write_article
    from kutip.store import open_store

    art = open_store(args.db).article(args.article)
    write_article(art, sys.stdout, color=sys.stdout.isatty() and not args.plain)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kutip.output.rows import write_quotes
    from kutip.store import open_store

    store = open_store(args.db)
    if args.format == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as err:
            raise LookupError("parquet export needs pyarrow (pip install pyarrow)") from err
        rows = list(store.quotes())
        pq.write_table(pa.Table.from_pylist(rows), args.out)
        n = len(rows)
    else:
        with open(args.out, "w", encoding="utf-8", newline="") as out:
            n = write_quotes(store.quotes(), out, args.format)
    print(f"kutip: {n} quote(s) written to {args.out}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kutip", description="Who said what in news articles.")
    ap.add_argument("--version", action="version", version=f"kutip {__version__} ({speedups.state()})")
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

    db_help = "SQLite file of the corpus (default: kutip.db)"
    ing = sub.add_parser("ingest", help="extract articles into the corpus store (new articles only)")
    ing.add_argument("paths", nargs="+", metavar="PATH", help="text, HTML, JSONL(.gz), WARC(.gz) or folders")
    ing.add_argument("--db", default="kutip.db", help=db_help)
    ing.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")
    ing.add_argument("--lang", default="auto")
    ing.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    ing.set_defaults(func=cmd_ingest)

    qu = sub.add_parser("quotes", help="query the quotes of the corpus")
    qu.add_argument("--db", default="kutip.db", help=db_help)
    qu.add_argument("--speaker", help="a speaker's name or alias (part of it)")
    qu.add_argument("--act", choices=sorted(ACTS))
    qu.add_argument("--search", help="full-text search in the quotes (SQLite FTS5 syntax)")
    qu.add_argument("--since", help="articles dated on or after (YYYY-MM-DD)")
    qu.add_argument("--until", help="articles dated on or before (YYYY-MM-DD)")
    qu.add_argument("--lang")
    qu.add_argument("--limit", type=int)
    qu.add_argument("--format", default="table", choices=["table", "jsonl", "csv"])
    qu.set_defaults(func=cmd_quotes)

    sp = sub.add_parser("speakers", help="list the speaker registry, or fix it: merge A B / split A")
    sp.add_argument("action", nargs="?", choices=["list", "merge", "split"], default="list")
    sp.add_argument("names", nargs="*")
    sp.add_argument("--db", default="kutip.db", help=db_help)
    sp.add_argument("--top", type=int)
    sp.add_argument("--format", default="table", choices=["table", "jsonl", "csv"])
    sp.set_defaults(func=cmd_speakers)

    sh = sub.add_parser("show", help="an article of the corpus with its quotes, cues and speakers marked")
    sh.add_argument("article", help="the article's doc_id or number")
    sh.add_argument("--db", default="kutip.db", help=db_help)
    sh.add_argument("--plain", action="store_true", help="marks instead of colours")
    sh.set_defaults(func=cmd_show)

    exp = sub.add_parser("export", help="write every quote of the corpus to a file")
    exp.add_argument("--db", default="kutip.db", help=db_help)
    exp.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "parquet"])
    exp.add_argument("--out", required=True)
    exp.set_defaults(func=cmd_export)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if "scripts/setup.sh" in speedups.state():  # edited since compiled: correct, but at half the speed
        print(f"kutip: running as {speedups.state()}", file=sys.stderr)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
    except (FileNotFoundError, LookupError, ValueError) as err:
        print(f"kutip: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
