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


@click.command("extract", short_help="quotes, speakers, numbers and dates of articles, as JSON or Parquet")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@lang_option(auto=True, default="auto", help="id, en, ms or auto (default: a record's own lang, else detect)")
@format_option("jsonl", "json", "table", "parquet", default=None)
@click.option(
    "--input-format",
    type=click.Choice(["text", "jsonl", "html", "warc"], case_sensitive=False),
    default=None,
    help="read every input as this format (default: by file ending, else sniffed)",
)
@click.option(
    "--out", metavar="FILE|DIR", default="-", help="write here instead of standard output (parquet: a folder)"
)
@click.option(
    "--workers",
    type=POSITIVE,
    default=None,
    metavar="N",
    help="extraction processes (default 1; with Ray, one per CPU of the cluster); output in input order",
)
@engine_options
@click.option(
    "--embed", is_flag=True, help="parquet: embed the claim statements too, for `kutip load --claims`"
)
@timeout_option
@quiet_option
def extract(
    paths: tuple[str, ...],
    lang: str,
    fmt: str | None,
    input_format: str | None,
    out: str,
    workers: int | None,
    engine: str,
    address: str | None,
    embed: bool,
    timeout: float | None,
    quiet: bool,
) -> int:
    """Extract quotes, speakers, numbers and dates from articles (PATH: text, JSONL(.gz), HTML, WARC(.gz), a
    folder of them, or - for standard input). With --workers or --engine ray, other processes extract (a Ray
    cluster's workers with --engine ray) and the documents are written as JSON lines, in input order. With
    --engine ray and --out DIR the default format is parquet: numbered shards of tables (articles, quotes,
    entities, quantities, dates, statements) for DuckDB, Spark or pandas, or for `kutip load`; a run
    started again skips the shards already written."""
    from kutip.read import read_paths
    from kutip.runner import Tally

    on_ray = engine == "ray" or address is not None
    fmt = fmt or ("parquet" if on_ray and out != "-" else "jsonl")
    _check(fmt, on_ray, workers, out, embed)
    tally = Tally()
    items = read_paths(list(paths), input_format)
    if fmt == "parquet":
        from kutip.ingest.cluster import RayEngine, extract_shards

        cluster = RayEngine(address, workers, encode=embed)
        try:
            shards = extract_shards(items, cluster, lang, timeout, out, print_failure)
        finally:
            cluster.close()
        tally.ok, tally.failures = shards.ok, shards.failures
        if not quiet:
            skipped = f", {shards.skipped} complete before" if shards.skipped else ""
            note(f"{shards.shards} shard(s) written to {out}{skipped}; {cluster.summary()}")
    else:
        _write(items, fmt, lang, timeout, start_engine(engine, address, workers), workers, tally, out)
    if tally.failed or not quiet:
        print(f"kutip: {tally.ok} article(s) extracted, {tally.failed} failed", file=sys.stderr)
    return run_status(tally.failures)


def _check(fmt: str, on_ray: bool, workers: int | None, out: str, embed: bool) -> None:
    """Refuse what one output cannot do, before anything runs."""
    if fmt == "parquet" and not on_ray:
        raise UsageError("--format parquet is a folder of shards written by Ray workers: add --engine ray")
    if fmt == "parquet" and out == "-":
        raise UsageError("--format parquet writes a folder: give --out DIR")
    if embed and fmt != "parquet":
        raise UsageError("--embed keeps the statements' vectors in Parquet shards: use --format parquet")
    if (on_ray or (workers or 1) > 1) and fmt not in ("jsonl", "parquet"):
        raise UsageError(
            f"--format {fmt} is written by one process: with --workers or --engine ray, use jsonl"
        )


def _write(
    items: Iterable[Record | ReadError],
    fmt: str,
    lang: str,
    timeout: float | None,
    cluster: RayEngine | None,
    workers: int | None,
    tally: Tally,
    out: str,
) -> None:
    """Documents as ``fmt`` into ``out``: extracted here, or by worker processes (a Ray cluster's, or this
    machine's) as JSON lines in input order; failures named as they come."""
    from kutip.output import WRITERS
    from kutip.runner import extract_all

    sink = open_output(out)
    try:
        if cluster is None and (workers or 1) == 1:
            WRITERS[fmt](extract_all(items, lang, tally, print_failure, timeout), sink)
        else:
            _write_parallel(items, lang, timeout, cluster, workers, tally, sink)
    finally:
        if sink is not sys.stdout:
            sink.close()


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
    from kutip.ingest.local import LocalPool, extract_in_order
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
