"""Which extraction modules run compiled, and a guard so that stale compiled code never runs.

The set-up compiles the modules of the extraction pipeline with mypyc (``setup.py``): the same Python
source, made into C extensions, about twice as fast. Python imports a compiled module before its ``.py``
file, so an edit to the source would silently keep running the old compiled code. The build therefore
writes ``_compiled.json`` with a digest of every source it compiled; when a digest no longer matches, or
``KUTIP_PURE=1`` is set, all of them are imported from their source instead (all, because compiled modules
call each other's native code directly), and ``state()`` says why.

This module imports nothing of Kutip's: ``setup.py`` reads its list before Kutip is installed.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE = Path(__file__).resolve().parent
STAMP = PACKAGE / "_compiled.json"

# The compiled modules share one library, kept inside the package (kutip/compiled__mypyc.*.so) so that it
# is found wherever Kutip is.
GROUP = "kutip.compiled"

# The pipeline's hot path. Language data, the store, the CLI and I/O stay plain Python.
COMPILED = (
    "kutip.doc",
    "kutip.deadline",
    "kutip.lang.model",
    "kutip.pipeline",
    "kutip.clean.portal",
    "kutip.segment.offsets",
    "kutip.segment.paragraphs",
    "kutip.segment.sentences",
    "kutip.segment.tokens",
    "kutip.segment.brackets",
    "kutip.segment.article",
    "kutip.quotes.candidate",
    "kutip.quotes.marks",
    "kutip.quotes.direct",
    "kutip.quotes.phrases",
    "kutip.quotes.indirect",
    "kutip.attribute.mention",
    "kutip.attribute.people",
    "kutip.attribute.resolve",
    "kutip.attribute.article_roles",
    "kutip.attribute.roles",
    "kutip.mentions.dates",
    "kutip.mentions.entities",
    "kutip.mentions.quantities",
)


def source_path(module: str) -> Path:
    """The ``.py`` file of ``module`` inside this package."""
    return PACKAGE.parent.joinpath(*module.split(".")).with_suffix(".py")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_stamp(how: dict[str, object] | None = None) -> None:
    """Record the sources being compiled now, and how they were compiled (called by ``setup.py``)."""
    record: dict[str, object] = {m: digest(source_path(m)) for m in COMPILED}
    if how is not None:
        record[_HOW] = how
    STAMP.write_text(json.dumps(record, indent=1) + "\n")


_HOW = "_how"  # the stamp's entry for the compiler flags and the profile a build used


def how_built() -> dict[str, object]:
    """The compiler flags Kutip added and, for a profile-guided build, what it was trained on (benchmarks
    report it: a profile-guided build is some 5 % faster)."""
    try:
        how = json.loads(STAMP.read_text()).get(_HOW)
    except (OSError, ValueError, AttributeError):
        return {}
    return how if isinstance(how, dict) else {}


def compiled_files(module: str) -> list[Path]:
    """The compiled forms of ``module`` that sit beside its source."""
    source = source_path(module)
    found = (source.with_suffix(suffix) for suffix in importlib.machinery.EXTENSION_SUFFIXES)
    return [p for p in found if p.exists()]


def _is_compiled(module: str) -> bool:
    return bool(compiled_files(module))


def library_files() -> list[Path]:
    """The shared library of the compiled modules, where a build left it."""
    library = PACKAGE / (GROUP.rpartition(".")[2] + "__mypyc")
    found = (library.with_name(library.name + s) for s in importlib.machinery.EXTENSION_SUFFIXES)
    return [p for p in found if p.exists()]


def _library_found() -> bool:
    return bool(library_files())


def _check() -> str:
    """ "compiled", or "pure Python" with the reason."""
    if os.environ.get("KUTIP_PURE"):
        return "pure Python (KUTIP_PURE is set)"
    if not any(_is_compiled(m) for m in COMPILED):
        return "pure Python (not compiled)"
    if not _library_found():
        return "pure Python (the compiled library is missing; scripts/setup.sh rebuilds it)"
    try:
        recorded = json.loads(STAMP.read_text())
    except (OSError, ValueError):
        return "pure Python (compiled modules without a build record; scripts/setup.sh rebuilds them)"
    for module in COMPILED:
        if recorded.get(module) != digest(source_path(module)) or not _is_compiled(module):
            shown = source_path(module).relative_to(PACKAGE.parent)
            return f"pure Python ({shown} changed since it was compiled; scripts/setup.sh rebuilds it)"
    return "compiled"


class _FromSource(importlib.abc.MetaPathFinder):
    """Finds the listed modules' ``.py`` files even where a compiled module sits beside them."""

    def __init__(self, modules: Sequence[str]) -> None:
        self.modules = frozenset(modules)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.modules:
            return None
        return importlib.util.spec_from_file_location(fullname, source_path(fullname))


_STATE: str | None = None


def state() -> str:
    """How the pipeline runs in this process: "compiled" or "pure Python (why)"."""
    global _STATE
    if _STATE is None:
        _STATE = _check()
        if _STATE != "compiled" and not any(isinstance(f, _FromSource) for f in sys.meta_path):
            sys.meta_path.insert(0, _FromSource(COMPILED))
    return _STATE
