"""``kutip claims``: the claim map — propositions that sources take sides on across articles and languages.

Without a sub-command, the claims that match, most recently dated first; ``show ID`` one claim as a
fact-checker reads it; ``build`` places the stored quotes in claims (``kutip.claims.build``, imported only
then: listing needs none of the builder's dependencies). As in ``kutip speakers``, the group's ``--db`` and
``--format`` may come before the sub-command.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click
from click.core import ParameterSource

from kutip.cli.common import Paged, note, open_existing, store_target
from kutip.cli.options import (
    POSITIVE,
    DateType,
    after_option,
    db_option,
    format_option,
    lang_option,
    limit_option,
    quiet_option,
)
from kutip.errors import UsageError

if TYPE_CHECKING:
    from kutip.store import Store
    from kutip.store.claim_queries import ClaimFilter


@dataclass(frozen=True)
class GroupOptions:
    """What was given before the sub-command (``kutip claims --db X show 3``)."""

    db: str | None
    fmt: str | None


def build_filter(
    search: str | None = None,
    speaker: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    lang: str | None = None,
    min_articles: int = 2,
    conflicts: bool = False,
) -> ClaimFilter:
    """The store's filter from the options (each checked already); what no claim can match is an error."""
    from kutip.store.claim_queries import ClaimFilter

    if since and until and since > until:
        raise UsageError(f"--since {since} is after --until {until}: no date is both")
    for name, value in (("--speaker", speaker), ("--search", search)):
        if value is not None and not value.strip():
            raise UsageError(f"{name} is empty")
    return ClaimFilter(search, speaker, since, until, lang, min_articles, conflicts)


def claim_filter_options(f: Any) -> Any:
    """The options that choose claims."""
    options = [
        click.option(
            "--search", metavar="TEXT", help='words of one of its statements; "a phrase"; pre* a prefix'
        ),
        click.option("--speaker", metavar="NAME", help="a speaker of one of its statements (name or alias)"),
        click.option("--since", type=DateType(), metavar="DATE", help="its last article dated on or after"),
        click.option(
            "--until", type=DateType(end=True), metavar="DATE", help="its first article dated on or before"
        ),
        lang_option(auto=False, default=None, help="it has a statement in this language"),
        click.option(
            "--min-articles", type=POSITIVE, default=2, metavar="N", help="in N articles or more (default 2)"
        ),
        click.option("--conflicts", is_flag=True, help="only claims whose sources give different figures"),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def nothing_built(store: Store, db: str | None) -> str | None:
    """The line to say when the store has no claims to list yet (and how to get them); None when it has."""
    from kutip.store import shown_target

    if store.queries().claim_queries().built():
        return None
    shown = shown_target(store_target(db))
    if store.counts()["articles"] == 0:
        return (
            f"{shown} holds no articles yet: `kutip ingest --db {shown} PATH...`, "
            f"then `kutip claims build --db {shown}`"
        )
    return f"no claims are built in {shown} yet: run `kutip claims build --db {shown}`"


def list_claims(
    db: str | None, fmt: str, limit: int | None, after: str | None, where: ClaimFilter, quiet: bool = False
) -> int:
    from kutip.output.claims import write_claims

    with open_existing(db, read_only=True) as store:
        message = nothing_built(store, db)
        if message is not None:  # an empty list is no error (as `kutip quotes` on an empty store)
            write_claims([], sys.stdout, fmt)
            note(message)
            return 0
        cq = store.queries().claim_queries()
        rows = Paged(lambda size, cursor: cq.claims_in_full(where, size, cursor), limit, after, batch=200)
        n = write_claims(rows, sys.stdout, fmt)
    if fmt == "table" and not quiet:
        note(f"{n} claim(s)")
    if rows.next is not None:
        note(f"more: --after {rows.next}")
    return 0


@click.group("claims", invoke_without_command=True, short_help="claims across articles, and their sides")
@claim_filter_options
@limit_option()
@after_option
@format_option("table", "jsonl", "json", default=None)
@db_option
@quiet_option
@click.pass_context
def claims(
    ctx: click.Context,
    db: str | None,
    fmt: str | None,
    limit: int | None,
    after: str | None,
    quiet: bool,
    **filters: Any,
) -> int:
    """Claims: one proposition that sources support or dispute across articles and languages, most recently
    dated first. With --limit, a full page ends with the cursor of the next one (pass it to --after)."""
    ctx.obj = GroupOptions(db, fmt)
    if ctx.invoked_subcommand is None:
        return list_claims(db, (fmt or "table").lower(), limit, after, build_filter(**filters), quiet)
    given = [
        f"--{name.replace('_', '-')}"
        for name in (*filters, "limit", "after", "quiet")
        if ctx.get_parameter_source(name) is ParameterSource.COMMANDLINE
    ]
    if given:
        raise UsageError(
            f"{', '.join(given)} list claims; they do not go with `claims {ctx.invoked_subcommand}`"
        )
    return 0


def _group(ctx: click.Context) -> GroupOptions:
    obj = ctx.find_object(GroupOptions)
    return obj if obj is not None else GroupOptions(None, None)


@claims.command("show")
@click.argument("claim_id", metavar="ID", type=POSITIVE)
@db_option
@format_option("table", "json", default=None)
@click.pass_context
def show(ctx: click.Context, claim_id: int, db: str | None, fmt: str | None) -> int:
    """One claim as a fact-checker reads it: the proposition, who supports and who disputes it, the
    figures they give, the outlets, the first and last date; --format json gives the same as data."""
    from kutip.output.claims import write_claim

    up = _group(ctx)
    fmt = (fmt or up.fmt or "table").lower()
    if fmt not in ("table", "json"):
        raise UsageError(f"`claims show` writes table or json, not {fmt}")
    with open_existing(db or up.db, read_only=True) as store:
        detail = store.queries().claim(claim_id)
    write_claim(detail, sys.stdout, fmt)
    return 0


@claims.command("build")
@db_option
@click.option("--rebuild", is_flag=True, help="forget the claims built before and build them all again")
@click.pass_context
def build(ctx: click.Context, db: str | None, rebuild: bool) -> int:
    """Place the stored quotes in claims (the new ones; all with --rebuild): stance, figures, utterances."""
    with open_existing(db or _group(ctx).db, read_only=False) as store:
        tally = build_in(store, rebuild=rebuild)
    note(summary(tally))
    return 0


def build_in(store: Store, rebuild: bool = False) -> Any:
    """Build the claims of an open store, with a progress bar when standard error is a terminal; the tally.
    The builder is imported here: listing claims needs none of its dependencies."""
    from kutip.claims import build as builder

    progress = Progress() if sys.stderr.isatty() else None
    try:
        return builder.build_claims(store, rebuild=rebuild, on_progress=progress)
    finally:
        if progress is not None:
            progress.close()


def summary(tally: Any) -> str:
    """The builder's tally in one line."""
    return f"claims built: {tally.line()}"


class Progress:
    """``on_progress(done, total)`` drawn as a bar on standard error (only made when that is a terminal)."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.done = 0

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=max(total, 1), label="building claims", file=sys.stderr)
            self.bar.__enter__()
        self.bar.length = max(total, 1)
        self.bar.update(max(done - self.done, 0))
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
