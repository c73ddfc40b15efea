"""JSON output: one line per article (jsonl) or one pretty array (json)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from kutip.doc import Document


def write_jsonl(docs: Iterable[Document], out: TextIO) -> None:
    for doc in docs:
        # the same line as json.dumps(doc.to_dict(), ensure_ascii=False), built without the dicts
        out.write(doc.to_json() + "\n")
        out.flush()


def write_json(docs: Iterable[Document], out: TextIO) -> None:
    out.write("[")
    for i, doc in enumerate(docs):
        out.write(",\n" if i else "\n")
        out.write(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
    out.write("\n]\n")
