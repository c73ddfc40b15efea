"""``kutip eval`` and ``kutip bench``: how right and how fast the extraction is."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kutip.cli.options import POSITIVE, lang_option
from kutip.errors import InputError

EXISTING_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.command("eval", short_help="score Kutip on a gold JSONL file")
@click.argument("gold", type=EXISTING_FILE, metavar="GOLD.jsonl")
@lang_option(auto=True, default="auto", help="id, en, ms or auto (default: each record's own, else detect)")
@click.option(
    "--errors", type=click.IntRange(min=0), default=0, metavar="N",
    help="print this many errors (misses, wrong speakers)",
)  # fmt: skip
@click.option(
    "--pred-out", type=click.Path(dir_okay=False, path_type=Path), help="also write the predictions here"
)
@click.option("--json", "as_json", is_flag=True, help="the report as JSON")
def eval_(gold: Path, lang: str, errors: int, pred_out: Path | None, as_json: bool) -> int:
    """Score Kutip on a gold JSONL file with the project's metric, by quote type."""
    from kutip.evaluate.run import evaluate, format_report

    try:
        report = evaluate(gold, lang=lang, pred_out=pred_out, errors=errors)
    except json.JSONDecodeError as err:  # the gold file's fault, not Kutip's
        raise InputError(f"{gold}: not a gold JSONL file: {err}") from err
    click.echo(json.dumps(report, ensure_ascii=False, indent=2) if as_json else format_report(report))
    return 0


@click.command("bench", short_help="articles per second and memory on a JSONL file")
@click.argument("path", type=EXISTING_FILE, metavar="FILE.jsonl")
@click.option("--repeat", type=POSITIVE, default=3, metavar="N", help="passes over the file (default 3)")
@lang_option(auto=True, default="id", help="the language to read the articles in (default id)")
def bench(path: Path, repeat: int, lang: str) -> int:
    """Measure articles per second and peak memory on a JSONL file, on one pinned core."""
    from kutip.evaluate.bench import bench as run_bench

    click.echo(json.dumps(run_bench(path, repeat, lang), indent=2))
    return 0
