"""A time bound per article: a pathological text becomes one reported failure, not a stalled run.

The bound is cooperative: the pipeline asks ``Deadline.check()`` between its stages and in its loops over
paragraphs, sentences and quotes, and ``check`` raises ``ArticleTimeout`` once the time is up. A signal
handler would not do: compiled (``kutip/speedups.py``), a tight loop never gives Python the chance to run
one. Every step of the pipeline is linear in the length of a paragraph or a sentence (``bench/hostile.py``
shows it), so the bound is a safety net for the unforeseen, generous for real articles: the slowest of the
2,628 gold articles takes 0.07 s compiled, under a second as plain Python.

The module is compiled with the pipeline (``speedups.COMPILED``), so that a check, a few per sentence, is a
native call and one clock read.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from kutip.errors import InputError

DEFAULT_TIMEOUT = 30.0  # seconds per article; ``None`` wherever a timeout is taken means no bound

# The clock every deadline reads unless given one (a test may replace it with a fake one).
CLOCK: Callable[[], float] = time.monotonic


class ArticleTimeout(InputError):
    """The article took longer than the per-article bound; it is skipped and the run goes on."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"extraction took longer than {seconds:g} s (the per-article bound); the article was skipped"
        )
        self.seconds = seconds


class Deadline:
    """The moment an article's extraction must have ended by: ``seconds`` from now on ``clock``."""

    def __init__(self, seconds: float, clock: Callable[[], float] | None = None) -> None:
        self.clock = clock if clock is not None else CLOCK
        self.seconds = seconds
        self.at = self.clock() + seconds

    def check(self) -> None:
        """Raise ``ArticleTimeout`` when the time is up."""
        if self.clock() >= self.at:
            raise ArticleTimeout(self.seconds)


def deadline_for(timeout: float | None, clock: Callable[[], float] | None = None) -> Deadline | None:
    """The deadline ``timeout`` seconds from now, or None for no bound."""
    return None if timeout is None else Deadline(timeout, clock)
