"""``kutip extract``: articles in, one JSON document (or a table) per article out, nothing stored."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

import click

from kutip.cli.common import note, open_output, print_failure, run_status, start_engine
from kutip.cli.options import (
    POSITIVE,
    engine_options,
    format_option,
    lang_option,
    quiet_option,
    timeout_option,
)
from kutip.errors import UsageError
from kutip.read import ReadError, Record

if TYPE_CHECKING:
    from kutip.ingest.cluster import RayEngine
    from kutip.runner import Tally


@click.command("extract", short_help="quotes, speakers, numbers and dates of articles, as JSON")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@lang_option(auto=True, default="auto", help="id, en, ms or auto (default: a record's own lang, else detect)")
@format_option("jsonl", "json", "table", default="jsonl")
@click.option(
    "--input-format",
    type=click.Choice(["text", "jsonl", "html", "warc"], case_sensitive=False),
    default=None,
    help="read every input as this format (default: by file ending, else sniffed)",
)
@click.option("--out", metavar="FILE", default="-", help="write here instead of standard output")
@click.option(
    "--workers",
    type=POSITIVE,
    default=None,
    metavar="N",
    help="extraction processes (default 1; with Ray, one per CPU of the cluster); output in input order",
)
@engine_options
@timeout_option
@quiet_option
def extract(
    paths: tuple[str, ...],
    lang: str,
    fmt: str,
    input_format: str | None,
    out: str,
    workers: int | None,
    engine: str,
    address: str | None,
    timeout: float | None,
    quiet: bool,
) -> int:
    """Extract quotes, speakers, numbers and dates from articles (PATH: text, JSONL(.gz), HTML, WARC(.gz), a
    folder of them, or - for standard input). With --workers or --engine ray, other processes extract (a Ray
    cluster's workers with --engine ray) and the documents are written as JSON lines, in input order."""
    from kutip.output import WRITERS
    from kutip.read import read_paths
    from kutip.runner import Tally, extract_all

    tally = Tally()
    items = read_paths(list(paths), input_format)
    parallel = engine == "ray" or address is not None or (workers or 1) > 1
    if parallel and fmt != "jsonl":
        raise UsageError(
            f"--format {fmt} is written by one process: with --workers or --engine ray, use jsonl"
        )
    sink = open_output(out)
    try:
        if parallel:
            _write_parallel(
                items, lang, timeout, start_engine(engine, address, workers), workers, tally, sink
            )
        else:
            WRITERS[fmt](extract_all(items, lang, tally, print_failure, timeout), sink)
    finally:
        if sink is not sys.stdout:
            sink.close()
    if tally.failed or not quiet:
        print(f"kutip: {tally.ok} article(s) extracted, {tally.failed} failed", file=sys.stderr)
    return run_status(tally.failures)


def _write_parallel(
    items: Iterable[Record | ReadError],
    lang: str,
    timeout: float | None,
    cluster: RayEngine | None,
    workers: int | None,
    tally: Tally,
    sink: TextIO,
) -> None:
    """Documents extracted by worker processes (a Ray cluster's, or this machine's), as JSON lines in input
    order; failures named as they come."""
    from kutip.ingest.cluster import extract_in_order
    from kutip.ingest.local import LocalPool
    from kutip.runner import batch_gc, note_failure

    engine = cluster if cluster is not None else LocalPool(workers or 1)
    with batch_gc():
        try:
            for item in extract_in_order(items, engine, lang, timeout):
                if isinstance(item, ReadError):
                    note_failure(tally.failures, item, print_failure)
                    continue
                tally.ok += 1
                sink.write(item + "\n")
        except BaseException:
            engine.terminate()
            raise
        engine.close()
    if cluster is not None:
        note(cluster.summary())
