"""JSONL: one article per line: ``doc_id``, ``text``, and optional ``title``, ``url``, ``date``, ``lang``."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from kutip.read.errors import ReadError, Record, check_text, decode


def read_jsonl(name: str, data: bytes) -> Iterator[Record | ReadError]:
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as err:
            yield ReadError(name, None, f"broken gzip: {err}")
            return
    if not data.strip():
        yield ReadError(name, None, "empty file")
        return
    stem = Path(name).name.split(".")[0]
    for n, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        line, problem = decode(raw)
        if line is None:
            yield ReadError(name, n, problem or "unreadable")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadError(name, n, f"malformed JSON: {err.msg} at column {err.colno}")
            continue
        if not isinstance(obj, dict):
            yield ReadError(name, n, f"expected a JSON object, got {type(obj).__name__}")
            continue
        doc_id = str(obj.get("doc_id") or obj.get("id") or f"{stem}:{n}")
        text = obj.get("text")
        if not isinstance(text, str):
            yield ReadError(name, n, 'no "text" string in the record', doc_id)
            continue
        problem = check_text(text)
        if problem:
            yield ReadError(name, n, problem, doc_id)
            continue
        yield Record(
            doc_id,
            text,
            f"{name}:{n}",
            _opt(obj, "title"),
            _opt(obj, "url"),
            _opt(obj, "date"),
            _opt(obj, "lang"),
        )


def _opt(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    return str(value) if value not in (None, "") else None
