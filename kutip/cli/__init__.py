"""The ``kutip`` command: a thin click layer over the library, and the one place errors become exit statuses.

Each command group lives in a module of its own and hands over to the library at once. Kutip's own
errors (``kutip.errors``) turn into one line and their exit status here, at the boundary, and nowhere
else; anything else is a bug, reported in one line that names the file its traceback was written to.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import sys
from collections.abc import Sequence
from typing import Any

import click

from kutip import __version__, speedups
from kutip.cli import claims, evaluate, export, extract, ingest, load, quotes, serve, show, speakers
from kutip.errors import (
    EXIT_INPUT_FAILED,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    KutipError,
)

EXIT_STATUSES = """\b
Exit statuses:
  0    done
  1    an input could not be read or extracted (each one named on standard
       error, every other article done), or an output file could not be written
  2    usage error: an unknown option or command, a bad value (date, limit,
       language), an unknown speaker or article
  3    the store cannot be opened, read or written (missing, not a database,
       read-only, disk full, server not answering)
  4    internal error, a bug in Kutip: the traceback is in the file the message
       names; also a run in which a bug failed some article (the rest is done)
  5    the Ray cluster cannot be reached, or its workers cannot run this
       Kutip (another release, or plain Python where this one is compiled)
  130  interrupted (Ctrl-C)"""


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"kutip {__version__} ({speedups.state()})")
        ctx.exit()


class KutipGroup(click.Group):
    """A group whose ``main`` turns every outcome into an exit status (see ``run``), also under
    ``CliRunner`` and the ``kutip`` script."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        code = run(self, sys.argv[1:] if args is None else list(args), prog_name or "kutip", **extra)
        if standalone_mode:
            sys.exit(code)
        return code


@click.group(
    cls=KutipGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
    epilog=EXIT_STATUSES,
)
@click.option(
    "--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
    help="the version, and whether the compiled pipeline runs",
)  # fmt: skip
def cli() -> None:
    """Who said what in news articles (Indonesian and English): extract quotes with their speakers, keep
    them in a corpus store, and query it."""
    if "scripts/setup.sh" in speedups.state():  # edited since compiled: correct, but at half the speed
        print(f"kutip: running as {speedups.state()}", file=sys.stderr)


for _command in (
    extract.extract,
    evaluate.eval_,
    evaluate.bench,
    ingest.ingest,
    load.load,
    quotes.quotes,
    speakers.speakers,
    show.show,
    export.export,
    claims.claims,
    serve.serve,
):
    cli.add_command(_command)


def run(group: click.Group, args: list[str], prog_name: str = "kutip", **extra: Any) -> int:
    """Run the command line ``args``; the exit status. Errors end as one line on standard error."""
    try:
        with group.make_context(prog_name, args, **extra) as ctx:
            result = group.invoke(ctx)
        return result if isinstance(result, int) else EXIT_OK
    except click.exceptions.Exit as done:  # --help, --version
        return done.exit_code
    except click.ClickException as err:  # a usage error found while parsing
        return _fail(_usage_line(err), EXIT_USAGE if err.exit_code == 2 else err.exit_code)
    except KutipError as err:
        return _fail(f"error: {err}", err.exit_status)
    except (KeyboardInterrupt, click.exceptions.Abort):
        return _fail("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:  # `kutip quotes | head`: the reader has all it wants
        _silence_stdout()
        return EXIT_OK
    except OSError as err:  # the machine's trouble (an output disk full), not a bug: the system's words
        return _fail(f"error: {err}", EXIT_INPUT_FAILED)
    except Exception as err:
        return _fail(_internal_line(err, args), EXIT_INTERNAL)


def _usage_line(err: click.ClickException) -> str:
    """A click error in one line, with the command whose help explains it."""
    message = " ".join(err.format_message().split())
    ctx = getattr(err, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return f"error: {message}{hint}"


def _internal_line(err: BaseException, args: list[str]) -> str:
    from kutip.crash import INTERNAL, describe, write_traceback

    command = re.sub(r"(://[^:/@\s]+):[^@\s]*@", r"\1:***@", shlex.join(args))  # no password in the file
    path = write_traceback(err, f"command: kutip {command}")
    where = f"traceback written to {path}" if path else "no traceback file could be written"
    return f"{INTERNAL}: {describe(err)}; {where}"


def _fail(message: str, status: int) -> int:
    with contextlib.suppress(OSError, ValueError):  # standard error closed: the status still tells
        print(f"kutip: {message}", file=sys.stderr, flush=True)
    return status


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so Python's final flush does not complain of the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (tests): nothing to flush into a pipe
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """The ``kutip`` script: run ``argv`` (default: the process's arguments) and return the exit status."""
    return int(cli.main(argv, prog_name="kutip", standalone_mode=False))


__all__ = ["EXIT_STATUSES", "cli", "main", "run"]
