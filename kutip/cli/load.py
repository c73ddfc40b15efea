"""``kutip load``: the Parquet shards of a cluster run into the corpus store (see ``kutip.ingest.load``)."""

from __future__ import annotations

import click

from kutip.cli.common import finish_progress, note, print_failure, progress_line, run_status, store_target
from kutip.cli.options import POSITIVE, claims_option, db_option, quiet_option


@click.command("load", short_help="store the Parquet shards of a cluster run")
@click.argument("directory", metavar="DIR", type=click.Path(file_okay=False))
@db_option
@click.option(
    "--workers",
    type=POSITIVE,
    default=1,
    metavar="N",
    help="processes reading the next shards while this one writes (default 1: this one reads too)",
)
@claims_option
@quiet_option
def load(directory: str, db: str | None, workers: int, with_claims: bool, quiet: bool) -> int:
    """Store the Parquet shards a cluster run wrote in DIR, in input order, as `kutip ingest` would store
    the same input: articles stored before are left as they are, so loading again adds nothing. The vectors
    of the claim statements the run embedded are kept for `kutip claims build` (or --claims)."""
    from kutip.ingest.load import load_shards
    from kutip.output.parquet import pyarrow
    from kutip.store import open_store, shown_target

    pyarrow()  # a clear usage error before the store is opened
    target = store_target(db)
    progress = progress_line(quiet)
    with open_store(target) as store:
        tally = load_shards(directory, store, progress, print_failure, workers)
        if with_claims:
            from kutip.cli.claims import build_in, summary

            built = build_in(store)
    finish_progress(progress)
    if tally.failures or not quiet:
        note(f"{tally.line()} into {shown_target(target)}")
    if tally.vectors_skipped:
        note(f"statement vectors not stored: {tally.vectors_skipped}; a claim build embeds them again")
    if with_claims and not quiet:
        note(summary(built))
    return run_status(tally.failures)
