"""Binary search over sorted character offsets, which the finders do thousands of times per article.

Compiled (``kutip/speedups.py``), a loop in C is several times cheaper than a call into the ``bisect``
module; as plain Python, ``bisect``'s own C code is the faster, so that is what runs there.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Final

COMPILED: Final = not __file__.endswith(".py")


def first_at_or_after(values: list[int], x: int, lo: int = 0) -> int:
    """The first index ``i >= lo`` with ``values[i] >= x`` (``bisect_left``)."""
    return _halving(values, x, lo, len(values))


def _halving(values: list[int], x: int, lo: int, hi: int) -> int:
    """The first index in ``[lo, hi)`` with ``values[i] >= x``, else ``hi``: ``bisect_left`` run as
    Python, a native loop when compiled."""
    if not COMPILED:
        return bisect_left(values, x, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def first_at_or_after_near(values: list[int], x: int, lo: int = 0) -> int:
    """``first_at_or_after``, for an answer expected a few places after ``lo`` (the end of a phrase or a
    sentence from its start): the bounds are found by steps that double from ``lo`` (a galloping search),
    so the search reads a handful of values rather than halving the whole rest of the article."""
    n = len(values)
    step = 8
    hi = lo + step
    while hi < n and values[hi] < x:  # every value up to ``hi`` is below ``x``
        lo = hi + 1
        step *= 2
        hi = lo + step
    return _halving(values, x, lo, min(hi, n))


def first_after(values: list[int], x: int, lo: int = 0) -> int:
    """The first index ``i >= lo`` with ``values[i] > x`` (``bisect_right``)."""
    if not COMPILED:
        return bisect_right(values, x, lo)
    hi = len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo
