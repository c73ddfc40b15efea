"""``kutip export``: every quote of the corpus (or those that match) into one file."""

from __future__ import annotations

import sys

import click

from kutip.cli.common import note, open_existing, open_output
from kutip.cli.options import db_option, format_option, quiet_option, quote_filter_options
from kutip.cli.quotes import build_filter
from kutip.errors import UsageError


@click.command("export", short_help="write the quotes of the corpus to a file")
@format_option("jsonl", "csv", "parquet", default="jsonl")
@click.option("--out", metavar="PATH", required=True, help="the file to write (- for standard output)")
@quote_filter_options
@db_option
@quiet_option
def export(db: str | None, fmt: str, out: str, quiet: bool, **filters: object) -> int:
    """Write the quotes of the corpus to a file: JSON lines, CSV (cells that a spreadsheet would run as a
    formula are written with a leading ') or Parquet (pip install -e .[parquet]). Filters as in `quotes`."""
    where = build_filter(**filters)  # type: ignore[arg-type]
    if fmt == "parquet":
        from kutip.output.parquet import pyarrow

        pa = pyarrow()  # a clear usage error without it
        if out == "-":
            raise UsageError("parquet is written to a file: give --out PATH")
    with open_existing(db, read_only=True) as store:
        rows = store.queries().iter_quotes(where)
        if fmt == "parquet":
            table = pa.Table.from_pylist([r.to_dict() for r in rows])
            sink = open_output(out, binary=True)
            with sink:
                pa.parquet.write_table(table, sink)
            n = table.num_rows
        else:
            from kutip.output.rows import write_quotes

            sink = open_output(out)
            try:
                n = write_quotes(rows, sink, fmt)
            finally:
                if sink is not sys.stdout:
                    sink.close()
    if not quiet:
        note(f"{n} quote(s) written to {'standard output' if out == '-' else out}")
    return 0
