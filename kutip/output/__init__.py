"""Output formats for documents: one writer module per format, registered in ``WRITERS``."""

from kutip.output.jsonl import write_json, write_jsonl
from kutip.output.table import write_table

WRITERS = {"jsonl": write_jsonl, "json": write_json, "table": write_table}

__all__ = ["WRITERS"]
