"""``kutip extract``: articles in, one JSON document (or a table) per article out, nothing stored."""

from __future__ import annotations

import sys

import click

from kutip.cli.common import open_output, print_failure, run_status
from kutip.cli.options import format_option, lang_option, quiet_option, timeout_option


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
@timeout_option
@quiet_option
def extract(
    paths: tuple[str, ...],
    lang: str,
    fmt: str,
    input_format: str | None,
    out: str,
    timeout: float | None,
    quiet: bool,
) -> int:
    """Extract quotes, speakers, numbers and dates from articles (PATH: text, JSONL(.gz), HTML, WARC(.gz), a
    folder of them, or - for standard input)."""
    from kutip.output import WRITERS
    from kutip.read import read_paths
    from kutip.runner import Tally, extract_all

    tally = Tally()
    docs = extract_all(read_paths(list(paths), input_format), lang, tally, print_failure, timeout)
    sink = open_output(out)
    try:
        WRITERS[fmt](docs, sink)
    finally:
        if sink is not sys.stdout:
            sink.close()
    if tally.failed or not quiet:
        print(f"kutip: {tally.ok} article(s) extracted, {tally.failed} failed", file=sys.stderr)
    return run_status(tally.failures)
