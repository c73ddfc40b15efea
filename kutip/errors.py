"""Kutip's own errors, one class per kind of trouble, each with the exit status the command line gives it.

- ``InputError``: an input (a file, a line, a record) cannot become an article. The run goes on; the
  summary counts it and the run exits 1.
- ``UsageError``: the command was asked for something it cannot do (a bad date, an unknown speaker).
  Exit 2. ``NotFoundError`` is the kind that names a speaker, article or claim the store does not hold
  (the web API answers it 404, other usage errors 400).
- ``StoreError``: the corpus store cannot be opened, read or written (not a database, read-only, disk
  full, a server that does not answer). One line that says what to do. Exit 3.
- Anything else is a bug in Kutip: reported as an internal error, with the file its traceback was
  written to. Exit 4.
- ``ClusterError``: the Ray cluster cannot be reached, or its workers cannot run this Kutip (another
  release, plain Python where this process is compiled). Exit 5.
An interrupted run (Ctrl-C) exits 130.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_STORE = 3
EXIT_INTERNAL = 4
EXIT_CLUSTER = 5
EXIT_INTERRUPTED = 130


class KutipError(Exception):
    """An error Kutip expects and explains; ``exit_status`` is what the command line exits with."""

    exit_status = EXIT_USAGE


class UsageError(KutipError, ValueError):
    """The user asked for something that cannot be done as asked."""

    exit_status = EXIT_USAGE


class NotFoundError(UsageError):
    """The store holds no speaker, article or claim of the id or name asked for."""


class InputError(KutipError, ValueError):
    """An input that cannot become an article (the run goes on without it)."""

    exit_status = EXIT_INPUT_FAILED


class StoreError(KutipError):
    """The corpus store cannot be opened, read or written; the message says what to do."""

    exit_status = EXIT_STORE


class ClusterError(KutipError):
    """The cluster asked for cannot be reached, or its workers cannot run the Kutip this process runs."""

    exit_status = EXIT_CLUSTER
