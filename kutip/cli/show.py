"""``kutip show``: one stored article with its quotes, cues and speaker mentions marked."""

from __future__ import annotations

import json
import sys

import click

from kutip.cli.common import open_existing
from kutip.cli.options import db_option, format_option


@click.command("show", short_help="an article with its quotes, cues and speakers marked")
@click.argument("article", metavar="ARTICLE")
@db_option
@format_option("text", "json", default="text")
@click.option("--plain", is_flag=True, help="marks [quote] <cue> {speaker} instead of colours")
def show(article: str, db: str | None, fmt: str, plain: bool) -> int:
    """Show an article of the corpus (its doc_id or number) with its quotes, cues and speakers marked;
    --format json gives the same as data."""
    from kutip.output.rows import write_article

    with open_existing(db, read_only=True) as store:
        row = store.queries().article(article)
    if fmt == "json":
        sys.stdout.write(json.dumps(row.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        write_article(row, sys.stdout, color=sys.stdout.isatty() and not plain)
    return 0
