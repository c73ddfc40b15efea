"""The extraction core stays readable: small named steps, few parameters (issue 13).

Complexity is ruff's (C901, ``max-complexity`` in pyproject.toml); this test holds the length of every
function of the pipeline's modules and the number of its parameters, which ruff does not count."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KUTIP = Path(__file__).resolve().parent.parent / "kutip"
CORE = ("pipeline.py", "segment", "clean", "quotes", "attribute", "mentions")
MAX_LINES = 40  # the body of a step a reader takes in at once, its docstring included
MAX_PARAMETERS = 7


def _core_files() -> list[Path]:
    files: list[Path] = []
    for part in CORE:
        path = KUTIP / part
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return files


def _functions(path: Path) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: str(p.relative_to(KUTIP)))
def test_core_functions_are_small_steps(path: Path) -> None:
    too_long = []
    for fn in _functions(path):
        lines = (fn.end_lineno or fn.lineno) - fn.lineno + 1
        params = len(fn.args.posonlyargs) + len(fn.args.args) + len(fn.args.kwonlyargs)
        if fn.name == "__init__":  # a record's constructor names its fields
            params = 0
        if lines > MAX_LINES or params > MAX_PARAMETERS:
            too_long.append(f"{fn.name} (line {fn.lineno}): {lines} lines, {params} parameters")
    assert not too_long, f"{path.name}: split these into named steps: {too_long}"


def test_the_core_is_found() -> None:
    names = {p.name for p in _core_files()}
    assert {"pipeline.py", "article.py", "indirect.py", "phrases.py", "mention.py"} <= names
