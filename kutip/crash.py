"""Where Kutip writes the traceback of its own bugs, so that a one-line report can point at it.

A bug is not the user's input and not their store: the command line says "internal error (a bug in
Kutip)" in one line and names the file that holds the traceback, instead of printing a traceback the
user did not ask for, or (worse) blaming the input. Each process appends to one file,
``kutip-crash-YYYYmmdd-HHMMSS-PID.txt`` in the temporary folder, and stops appending after
``MAX_TRACEBACKS``, so a bug that hits every article of a million-article crawl fills no disk.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from pathlib import Path

INTERNAL = "internal error (a bug in Kutip)"
MAX_TRACEBACKS = 100

_file: tuple[int, Path] | None = None  # (pid, path): a forked worker starts a file of its own
_written = 0


def describe(err: BaseException) -> str:
    """``TypeName: message`` on one line, cut to a length a terminal line can hold."""
    message = " ".join(str(err).split())
    if len(message) > 200:
        message = message[:199] + "…"
    return f"{type(err).__name__}: {message}" if message else type(err).__name__


def _crash_file() -> Path | None:
    """This process's crash file, created on first use (None when the temporary folder is not writable)."""
    global _file, _written
    pid = os.getpid()
    if _file is not None and _file[0] == pid:
        return _file[1]
    stamp = time.strftime("%Y%m%d-%H%M%S")
    folder = Path(tempfile.gettempdir())
    for n in range(100):
        path = folder / f"kutip-crash-{stamp}-{pid}{f'-{n}' if n else ''}.txt"
        try:
            with path.open("x", encoding="utf-8"):
                pass
        except FileExistsError:
            continue
        except OSError:
            return None
        _file, _written = (pid, path), 0
        return path
    return None


def write_traceback(err: BaseException, context: str = "") -> Path | None:
    """Append ``err``'s traceback (with what Kutip was doing) to this process's crash file; its path.

    None when nothing could be written, or when this process already wrote ``MAX_TRACEBACKS``."""
    global _written
    path = _crash_file()
    if path is None or _written >= MAX_TRACEBACKS:
        return None
    from kutip import __version__, speedups

    head = (
        f"== {time.strftime('%Y-%m-%d %H:%M:%S')} · kutip {__version__} ({speedups.state()}) · "
        f"Python {platform.python_version()} · {sys.platform}\n"
    )
    try:
        with path.open("a", encoding="utf-8", errors="backslashreplace") as f:
            f.write(head)
            if context:
                f.write(context + "\n")
            f.write("".join(traceback.format_exception(err)) + "\n")
    except OSError:
        return None
    _written += 1
    return path


def internal_reason(err: BaseException, context: str = "") -> str:
    """The reason to report for a bug met while working on one input: says it is a bug, and where to look."""
    path = write_traceback(err, context)
    if path is not None:
        where = f"traceback in {path}"
    elif _file is not None and _file[0] == os.getpid():
        where = f"traceback not written (over {MAX_TRACEBACKS} in this run; the first are in {_file[1]})"
    else:
        where = "traceback could not be written to the temporary folder"
    return f"{INTERNAL}: {describe(err)}; {where}"


def is_internal(reason: str) -> bool:
    """Whether a failure's reason is a bug in Kutip rather than a problem of the input."""
    return reason.startswith(INTERNAL)
