"""Options that several commands share, defined once, and the value types that check what the user typed.

A value that cannot be right (a date that is no date, a limit of 0, a language Kutip does not read) is a
one-line usage error naming the option, never an empty result that looks like an answer.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Any, TypeVar

import click

from kutip.doc import SPEECH_ACTS

F = TypeVar("F", bound=Callable[..., Any])
QUOTE_TYPES = ("direct", "indirect", "mixed")  # as the store's QuoteFilter takes them

DB_HELP = "a SQLite file (default kutip.db) or a PostgreSQL URL postgresql://user:pass@host/db"
DATE_FORMS = "YYYY-MM-DD, YYYY-MM, YYYY or the Indonesian day-first DD/MM/YYYY"

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_DAY_FIRST = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_date(text: str, end: bool = False) -> dt.date:
    """The date ``text`` names; a month or a year stands for its first day, or its last when ``end``
    (``--until 2025-04`` means through 30 April). ``ValueError`` says which forms are understood."""
    value = text.strip()
    if m := _ISO.fullmatch(value):
        year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
    elif m := _DAY_FIRST.fullmatch(value):
        year, month, day = int(m[3]), int(m[2]), m[1]
    else:
        raise ValueError(f"{text!r} is not a date: use {DATE_FORMS}")
    if not 1 <= month <= 12:
        raise ValueError(f"{text!r} is not a date: there is no month {month}")
    last = calendar.monthrange(year, month)[1]
    d = int(day) if day else (last if end else 1)
    if not 1 <= d <= last:
        raise ValueError(f"{text!r} is not a date: {calendar.month_name[month]} {year} has {last} days")
    return dt.date(year, month, d)


class DateType(click.ParamType):
    """A date in one of ``DATE_FORMS``; ``end`` makes a month or a year mean its last day."""

    name = "date"

    def __init__(self, end: bool = False) -> None:
        self.end = end

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return parse_date(str(value), self.end)
        except ValueError as err:
            self.fail(str(err), param, ctx)


class LanguageType(click.ParamType):
    """A language code Kutip has data for, in any case (``EN`` is ``en``); ``auto`` where detection is
    possible. The codes come from ``kutip.lang``, so a new language package is accepted without a change
    here."""

    name = "language"

    def __init__(self, auto: bool) -> None:
        self.auto = auto

    def codes(self) -> list[str]:
        from kutip.lang import ALIASES, available

        codes = available()
        codes += [a for a in ALIASES if ALIASES[a] in codes and a not in codes]
        return [*codes, "auto"] if self.auto else codes

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "id|en|ms|auto" if self.auto else "id|en"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        code = str(value).strip().casefold()
        codes = self.codes()
        if code not in codes:
            self.fail(f"{value!r} is not a language Kutip reads; choose {', '.join(codes)}", param, ctx)
        return code


POSITIVE = click.IntRange(min=1)


def db_option(f: F) -> F:
    return click.option("--db", metavar="FILE|URL", default=None, help=DB_HELP)(f)


def claims_option(f: F) -> F:
    """``--claims``: the new quotes join the claim map once the articles are stored."""
    return click.option(
        "--claims",
        "with_claims",
        is_flag=True,
        help="then place the new quotes in claims (as `kutip claims build` does)",
    )(f)


def quiet_option(f: F) -> F:
    return click.option(
        "-q", "--quiet", is_flag=True, help="no progress line, and no summary line when nothing failed"
    )(f)


def format_option(*choices: str, default: str | None) -> Callable[[F], F]:
    """``--format`` with the formats one command writes (any case)."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices, case_sensitive=False),
        default=default,
        help=f"output format (default {default or choices[0]})",
    )


def lang_option(auto: bool, default: str | None, help: str) -> Callable[[F], F]:
    return click.option("--lang", type=LanguageType(auto), default=default, help=help)


def limit_option(name: str = "--limit", help: str = "at most N rows (default: all)") -> Callable[[F], F]:
    return click.option(name, "limit", type=POSITIVE, default=None, metavar="N", help=help)


def timeout_option(f: F) -> F:
    """The per-article time bound: a pathological article becomes one reported failure, not a stalled run."""
    from kutip.deadline import DEFAULT_TIMEOUT

    return click.option(
        "--timeout",
        type=click.FloatRange(min=0),
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        callback=lambda _ctx, _param, value: value or None,  # 0: no bound
        help=f"skip and report an article that takes longer (default {DEFAULT_TIMEOUT:g}; 0: no bound)",
    )(f)


def engine_options(f: F) -> F:
    """Where extraction runs: worker processes on this machine, or a Ray cluster's workers."""
    f = click.option(
        "--address",
        metavar="HOST:PORT",
        default=None,
        help="join the Ray cluster there (implies --engine ray; default: start Ray on this machine)",
    )(f)
    f = click.option(
        "--engine",
        type=click.Choice(["local", "ray"]),
        default="local",
        help="local processes (default) or Ray workers (pip install 'kutip[ray]')",
    )(f)
    return f


def after_option(f: F) -> F:
    return click.option(
        "--after", metavar="CURSOR", default=None, help="go on after this cursor (printed when pages end)"
    )(f)


def quote_filter_options(f: F) -> F:
    """The options that choose quotes, shared by ``quotes`` and ``export``."""
    options = [
        click.option(
            "--speaker", metavar="NAME", help="a speaker's name or alias, in any language the aliases know"
        ),
        click.option(
            "--act",
            type=click.Choice(SPEECH_ACTS, case_sensitive=False),
            help="the speech act (any case)",
        ),
        click.option(
            "--search",
            metavar="WORDS",
            help='words in the quote, all of them in any order; "a phrase" in quotation marks; pre* a prefix',
        ),
        click.option(
            "--match",
            metavar="EXPR",
            help="a raw full-text expression of the back end (SQLite FTS5 or PostgreSQL tsquery syntax)",
        ),
        click.option(
            "--since", type=DateType(), metavar="DATE", help=f"articles dated on or after ({DATE_FORMS})"
        ),
        click.option("--until", type=DateType(end=True), metavar="DATE", help="articles dated on or before"),
        lang_option(auto=False, default=None, help="articles in this language"),
        click.option(
            "--type",
            "quote_type",
            type=click.Choice(QUOTE_TYPES, case_sensitive=False),
            help="direct, indirect or mixed quotes",
        ),
        click.option(
            "--outlet", metavar="NAME", help="articles of this outlet (detik.com, KOMPAS.TV; any case)"
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f
