"""``mypyc_attr``, the class options of the compiled build (``kutip/speedups.py``), importable without mypy.

mypyc reads the decorator while it compiles; at run time it does nothing. Kutip does not depend on mypy, so
where ``mypy_extensions`` is not installed a stand-in that returns the class unchanged takes its place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

try:
    from mypy_extensions import mypyc_attr
except ImportError:  # pragma: no cover - installed without mypy: only the compiled build reads it

    def mypyc_attr(*_attrs: str, **_kwattrs: object) -> Callable[[Any], Any]:  # type: ignore[misc]
        """Return the class unchanged."""
        return lambda cls: cls


__all__ = ["mypyc_attr"]
