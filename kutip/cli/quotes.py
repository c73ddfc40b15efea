"""``kutip quotes``: the quotes of the corpus that match, newest first, a page at a time or all."""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING

import click

from kutip.cli.common import Paged, note, open_existing
from kutip.cli.options import (
    after_option,
    db_option,
    format_option,
    limit_option,
    quiet_option,
    quote_filter_options,
)
from kutip.errors import UsageError

if TYPE_CHECKING:
    from kutip.store.queries import QuoteFilter


def build_filter(
    speaker: str | None = None,
    act: str | None = None,
    search: str | None = None,
    match: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    lang: str | None = None,
    quote_type: str | None = None,
    outlet: str | None = None,
) -> QuoteFilter:
    """The store's filter from the options (already checked one by one); dates the wrong way round are an
    error rather than an empty answer."""
    from kutip.store.queries import QuoteFilter

    if since and until and since > until:
        raise UsageError(f"--since {since} is after --until {until}: no date is both")
    for name, value in (
        ("--speaker", speaker),
        ("--search", search),
        ("--match", match),
        ("--outlet", outlet),
    ):
        if value is not None and not value.strip():
            raise UsageError(f"{name} is empty")
    return QuoteFilter(
        speaker=speaker, act=act.lower() if act else None, search=search, raw_search=match,
        since=since, until=until, lang=lang, type=quote_type.lower() if quote_type else None, outlet=outlet,
    )  # fmt: skip


@click.command("quotes", short_help="query the quotes of the corpus")
@quote_filter_options
@limit_option()
@after_option
@format_option("table", "jsonl", "csv", default="table")
@db_option
@quiet_option
def quotes(
    db: str | None, fmt: str, limit: int | None, after: str | None, quiet: bool, **filters: object
) -> int:
    """Query the quotes of the corpus, newest article first. With --limit, a full page ends with the
    cursor of the next one on standard error (pass it to --after)."""
    from kutip.output.rows import write_quotes

    where = build_filter(**filters)  # type: ignore[arg-type]
    with open_existing(db, read_only=True) as store:
        queries = store.queries()
        rows = Paged(lambda size, cursor: queries.quotes(where, size, cursor), limit, after)
        n = write_quotes(rows, sys.stdout, fmt)
    if fmt == "table" and not quiet:
        note(f"{n} quote(s)")
    if rows.next is not None:
        note(f"more: --after {rows.next}")
    return 0
