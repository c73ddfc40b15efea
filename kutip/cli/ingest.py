"""``kutip ingest``: extract articles into the corpus store (only those it does not hold yet)."""

from __future__ import annotations

import sys

import click

from kutip.cli.common import (
    finish_progress,
    print_failure,
    progress_line,
    run_status,
    start_engine,
    store_files,
    store_target,
)
from kutip.cli.options import (
    POSITIVE,
    claims_option,
    db_option,
    engine_options,
    lang_option,
    quiet_option,
    timeout_option,
)


@click.command("ingest", short_help="extract articles into the corpus store")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option(
    "--workers",
    type=POSITIVE,
    default=None,
    metavar="N",
    help="extraction processes (default 1; with Ray, one per CPU of the cluster)",
)
@engine_options
@lang_option(auto=True, default="auto", help="id, en, ms or auto (default: a record's own lang, else detect)")
@timeout_option
@claims_option
@quiet_option
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    workers: int | None,
    engine: str,
    address: str | None,
    lang: str,
    timeout: float | None,
    with_claims: bool,
    quiet: bool,
) -> int:
    """Extract articles into the corpus store: text, HTML, JSONL(.gz), WARC(.gz) or folders of them.
    Articles already stored (same URL and text) are not extracted again. With --claims, the new quotes then
    join the claim map (the claims already built stay; the quotes not placed yet are placed). With --engine
    ray the workers of a Ray cluster extract (and embed the claim statements); the store is written here, in
    input order, so it comes out as a run on one machine makes it."""
    from kutip.ingest import ingest as run_ingest
    from kutip.read import read_paths
    from kutip.store import open_store, shown_target

    target = store_target(db)
    progress = progress_line(quiet)
    items = read_paths(list(paths), exclude=store_files(target))  # never read the store's own files
    with open_store(target) as store:
        cluster = start_engine(engine, address, workers, encode=with_claims)
        tally = run_ingest(items, store, lang, workers or 1, progress, print_failure, timeout, cluster)
        if with_claims:
            from kutip.cli.claims import build_in, summary

            built = build_in(store)
    finish_progress(progress)
    if tally.failures or not quiet:
        print(f"kutip: {tally.line()} into {shown_target(target)}", file=sys.stderr)
    if cluster is not None and not quiet:
        print(f"kutip: {cluster.summary()}", file=sys.stderr)
    if with_claims and not quiet:
        print(f"kutip: {summary(built)}", file=sys.stderr)
    reasons: dict[str, int] = {}
    for f in tally.failures:
        key = f.reason.split(":")[0]
        reasons[key] = reasons.get(key, 0) + 1
    for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
        print(f"kutip:   {n} failed: {reason}", file=sys.stderr)
    return run_status(tally.failures)
