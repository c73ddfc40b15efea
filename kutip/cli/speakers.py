"""``kutip speakers``: the speaker registry, listed (the default), one speaker shown, or fixed by hand.

``merge`` and ``split`` are marked manual in the store, and later ingests never undo them. The group
takes the list's options too, so ``kutip speakers --top 20`` lists, and a sub-command's own ``--db`` may
come before or after its names (``kutip speakers --db X merge A B`` works as well).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import click

from kutip.cli.common import Paged, note, open_existing
from kutip.cli.options import after_option, db_option, format_option, limit_option
from kutip.errors import UsageError

FORMATS = ("table", "jsonl", "csv")


@dataclass(frozen=True)
class GroupOptions:
    """What was given before the sub-command (``kutip speakers --db X list``)."""

    db: str | None
    limit: int | None
    after: str | None
    fmt: str | None


def _group(ctx: click.Context) -> GroupOptions:
    obj = ctx.find_object(GroupOptions)
    return obj if obj is not None else GroupOptions(None, None, None, None)


def list_speakers(db: str | None, limit: int | None, after: str | None, fmt: str) -> int:
    from kutip.output.rows import write_speakers

    with open_existing(db, read_only=True) as store:
        queries = store.queries()
        rows = Paged(queries.speakers, limit, after)
        write_speakers(rows, sys.stdout, fmt)
    if rows.next is not None:
        note(f"more: --after {rows.next}")
    return 0


@click.group(
    "speakers", invoke_without_command=True, short_help="list, show, review, merge or split speakers"
)
@db_option
@limit_option("--top", help="the N most quoted (default: all)")
@after_option
@format_option(*FORMATS, default=None)
@click.pass_context
def speakers(
    ctx: click.Context, db: str | None, limit: int | None, after: str | None, fmt: str | None
) -> int:
    """The speaker registry: every name a speaker goes by (and why), roles, counts. Without a sub-command,
    the list."""
    ctx.obj = GroupOptions(db, limit, after, fmt)
    if ctx.invoked_subcommand is None:
        return list_speakers(db, limit, after, fmt or "table")
    if ctx.invoked_subcommand != "list" and (limit or after):
        sub = ctx.invoked_subcommand
        raise UsageError(f"--top and --after list speakers; they do not go with `speakers {sub}`")
    return 0


@speakers.command("list")
@db_option
@limit_option("--top", help="the N most quoted (default: all)")
@after_option
@format_option(*FORMATS, default=None)
@click.pass_context
def list_(ctx: click.Context, db: str | None, limit: int | None, after: str | None, fmt: str | None) -> int:
    """List speakers, most quoted first: name, kind, aliases (with reasons), roles, counts."""
    up = _group(ctx)
    return list_speakers(db or up.db, limit or up.limit, after or up.after, fmt or up.fmt or "table")


@speakers.command("show")
@click.argument("name")
@db_option
@format_option(*FORMATS, default=None)
@click.pass_context
def show(ctx: click.Context, name: str, db: str | None, fmt: str | None) -> int:
    """One speaker by any of its names or aliases: every alias (and why), role (with its dates), speech act
    and article it is quoted in. A namesake kept apart is named with its number: "Joko Widodo #812"."""
    from kutip.output.rows import write_speaker

    up = _group(ctx)
    with open_existing(db or up.db, read_only=True) as store:
        row = store.queries().speaker(name)
    write_speaker(row, sys.stdout, fmt or up.fmt or "table")
    return 0


@speakers.command("merge")
@click.argument("source", metavar="NAME")
@click.argument("target", metavar="INTO")
@db_option
@click.pass_context
def merge(ctx: click.Context, source: str, target: str, db: str | None) -> int:
    """Fold the speaker called NAME into the one called INTO ("Gus Ipul" into "Saifullah Yusuf"); a manual
    merge that later ingests keep."""
    with open_existing(db or _group(ctx).db, read_only=False) as store:
        store.merge_speakers(source, target)
    note(f"{source} merged into {target}")
    return 0


@speakers.command("split")
@click.argument("name")
@db_option
@click.pass_context
def split(ctx: click.Context, name: str, db: str | None) -> int:
    """Give NAME a speaker of its own again (undo a merge, by hand or by the rules); later ingests keep it."""
    with open_existing(db or _group(ctx).db, read_only=False) as store:
        store.split_speaker(name)
    note(f"{name} is a speaker of its own")
    return 0


@speakers.command("review")
@db_option
@limit_option("--top", help="the N least sure (default: 50)")
@format_option(*FORMATS, default=None)
@click.pass_context
def review(ctx: click.Context, db: str | None, limit: int | None, fmt: str | None) -> int:
    """The names the rules joined to a speaker, least sure first, each with the commands that confirm it
    (``speakers confirm``) or undo it (``speakers split``); namesakes kept apart, with the one that joins
    them (``speakers merge``)."""
    from kutip.output.rows import write_review

    up = _group(ctx)
    with open_existing(db or up.db, read_only=True) as store:
        rows = store.queries().review(limit or 50)
    write_review(rows, sys.stdout, fmt or up.fmt or "table")
    return 0


@speakers.command("confirm")
@click.argument("name")
@db_option
@click.pass_context
def confirm(ctx: click.Context, name: str, db: str | None) -> int:
    """Keep NAME with the speaker the rules joined it to: marked by hand, so later ingests keep it and
    ``speakers review`` lists it no more."""
    with open_existing(db or _group(ctx).db, read_only=False) as store:
        store.confirm_name(name)
    note(f"{name} confirmed")
    return 0
