"""Parquet shards: what a cluster run writes, one folder per table, one file per shard of the input.

``out_dir/<table>/part-<shard:06d>.parquet`` for the tables ``articles``, ``quotes``, ``entities``,
``quantities``, ``dates`` and ``statements``. Each table has one explicit schema (an empty shard too), so
DuckDB, Spark or pandas read a table's folder as one dataset; every row carries its article's ``doc_id`` and
``content_hash`` to join on. Shards are numbered in input order.

A shard's files are each written under a hidden temporary name and renamed into place, the articles file
last: a shard whose articles file exists is complete (``complete_shards``), and a restarted run skips it.
``articles.document`` holds each document's full JSON form, so ``kutip load`` stores exactly what an ingest
would; ``statements`` holds the claim statements of each quote, with their vector when the run embedded
them (``encode_statements``), so ``kutip load --claims`` need not embed them again.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kutip import __version__
from kutip.errors import UsageError

if TYPE_CHECKING:
    import pyarrow as pa  # type: ignore[import-untyped]

    from kutip.claims.encoder import Encoder

Item = tuple[dict[str, Any], str, str | None]  # a document's JSON form, its content hash, where it was read
TABLES = ("quotes", "entities", "quantities", "dates", "statements", "articles")  # written in this order
ENCODER_KEY = b"kutip.claims_encoder"  # statements' schema metadata: the encoder that made their vectors
PART = re.compile(r"^part-(\d{6,})\.parquet$")


def pyarrow() -> Any:
    """pyarrow, imported when shards are written or read: the rest of Kutip runs without it."""
    try:
        import pyarrow as pa  # type: ignore[import-untyped]
        import pyarrow.parquet  # type: ignore[import-untyped]  # the callers use pa.parquet
    except ImportError as err:
        raise UsageError("Parquet shards need pyarrow: pip install -e .[parquet] (or .[ray])") from err
    return pa


# -- claim statements -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatementText:
    """A claim statement of an extracted document: quote number ``n``, and what its vector is made of."""

    n: int
    lang: str
    text_key: str
    embed_text: str


def document_statements(doc: dict[str, Any]) -> list[StatementText]:
    """The claim statements of a document not stored yet, as ``statement_of`` makes them from its stored rows
    (``make_statement`` for both): the same text keys, so the vectors a worker makes are found by a build."""
    from kutip.claims.statement import QuoteFields, make_statement

    article = {
        "lang": doc["lang"],
        "title": doc.get("title"),
        "quantities": doc.get("quantities") or [],
        "mentions": doc.get("entities") or [],
    }
    found = []
    for n, q in enumerate(doc.get("quotes") or []):
        fields = QuoteFields(n, 0, q["text"], q["start"], q["end"], q["speech_act"], None, q.get("cue"))
        s = make_statement(fields, article)
        if s is not None:
            found.append(StatementText(n, s.lang, s.text_key, s.embed_text))
    return found


def encode_statements(docs: Iterable[dict[str, Any]], encoder: Encoder) -> dict[str, bytes]:
    """text_key -> centred vector (``encoder.to_bytes``) of every statement of ``docs``, each distinct key
    embedded once: the workers' share of a claim build."""
    from kutip.claims import encoder as enc

    todo: dict[str, StatementText] = {}
    for doc in docs:
        for s in document_statements(doc):
            todo.setdefault(s.text_key, s)
    vectors = enc.encode_centred(list(todo.values()), encoder) if todo else {}
    return {k: enc.to_bytes(v) for k, v in vectors.items()}


# -- schemas ---------------------------------------------------------------------------------------------


def schemas() -> dict[str, pa.Schema]:
    """The schema of each table: explicit, so every shard (an empty one too) has the same."""
    pa = pyarrow()
    s, i32, f64 = pa.string(), pa.int32(), pa.float64()
    key = [("doc_id", s), ("content_hash", s)]
    span = [("start", i32), ("end", i32), ("text", s)]
    fields: dict[str, list[tuple[str, Any]]] = {
        "articles": [
            *key, ("source", s), ("url", s), ("title", s), ("date", s), ("date_source", s), ("lang", s),
            ("outlet", s), ("dateline_place", s), ("source_credit", s), ("extractor_version", s),
            ("quotes", i32), ("entities", i32), ("quantities", i32), ("dates", i32), ("removed", i32),
            ("text", s), ("document", s),
        ],
        "quotes": [
            *key, ("n", i32), ("type", s), ("text", s), ("start", i32), ("end", i32), ("cue", s),
            ("cue_start", i32), ("cue_end", i32), ("speech_act", s), ("speaker_name", s), ("speaker_kind", s),
            ("role", s), ("rank", s), ("mention", s), ("mention_start", i32), ("mention_end", i32),
            ("confidence", f64), ("rule", s), ("co_speakers", s),
        ],
        "entities": [*key, ("label", s), *span, ("canonical", s)],
        "quantities": [*key, *span, ("value", f64), ("unit", s), ("upper", f64)],
        "dates": [*key, *span, ("value", s), ("relative", pa.bool_())],
        "statements": [
            *key, ("n", i32), ("lang", s), ("text_key", s), ("embed_text", s),
            ("vector", pa.list_(pa.float32())),
        ],
    }  # fmt: skip
    return {name: pa.schema(f) for name, f in fields.items()}


# -- rows ------------------------------------------------------------------------------------------------


def _article_row(doc: dict[str, Any], digest: str, source: str | None) -> dict[str, Any]:
    dateline = doc.get("dateline") or {}
    counts = {k: len(doc.get(k) or []) for k in ("quotes", "entities", "quantities", "dates", "removed")}
    return {
        "doc_id": doc["doc_id"], "content_hash": digest, "source": source, "url": doc.get("url"),
        "title": doc.get("title"), "date": doc.get("date"), "date_source": doc.get("date_source"),
        "lang": doc["lang"], "outlet": doc.get("outlet"), "dateline_place": dateline.get("place"),
        "source_credit": doc.get("source_credit"), "extractor_version": __version__, **counts,
        "text": doc["text"], "document": json.dumps(doc, ensure_ascii=False),
    }  # fmt: skip


def _quote_row(n: int, q: dict[str, Any]) -> dict[str, Any]:
    speakers = q.get("speakers") or ([q["speaker"]] if q.get("speaker") else [])
    first = speakers[0] if speakers else {}
    return {
        "n": n, "type": q["type"], "text": q["text"], "start": q["start"], "end": q["end"],
        "cue": q.get("cue"), "cue_start": q.get("cue_start"), "cue_end": q.get("cue_end"),
        "speech_act": q["speech_act"], "speaker_name": first.get("name"), "speaker_kind": first.get("kind"),
        "role": first.get("role"), "rank": first.get("rank"), "mention": first.get("mention"),
        "mention_start": first.get("mention_start"), "mention_end": first.get("mention_end"),
        "confidence": float(q["confidence"]), "rule": q.get("rule") or None,
        "co_speakers": json.dumps(speakers[1:], ensure_ascii=False) if len(speakers) > 1 else None,
    }  # fmt: skip


def _vector(raw: bytes | None) -> list[float] | None:
    if raw is None:
        return None
    import numpy as np

    return np.frombuffer(raw, dtype="<f4").tolist()


def _spans(key: dict[str, Any], found: list[dict[str, Any]], *names: str) -> list[dict[str, Any]]:
    """Rows of spans (entities, quantities, dates): the article's key, offsets and text, and ``names``."""
    return [{**key, "start": x["start"], "end": x["end"], "text": x["text"], **{k: x.get(k) for k in names}}
            for x in found]  # fmt: skip


def _figure(row: dict[str, Any]) -> dict[str, Any]:
    """A quantity row with its figures as doubles, as the column holds them: a whole number may be beyond
    a double's exact range ("Rp 599.440.900.000.000.000"), which Arrow will not round by itself (the
    document in the articles table keeps it exact)."""
    row["value"] = float(row["value"])
    if row["upper"] is not None:
        row["upper"] = float(row["upper"])
    return row


def _rows(
    doc: dict[str, Any], digest: str, vectors: dict[str, bytes] | None
) -> dict[str, list[dict[str, Any]]]:
    """One document's rows, table by table (articles aside)."""
    key = {"doc_id": doc["doc_id"], "content_hash": digest}
    known = vectors or {}
    dates = _spans(key, doc["dates"], "value", "relative")
    for row in dates:
        row["relative"] = bool(row["relative"])
    statements = [
        {**key, "n": s.n, "lang": s.lang, "text_key": s.text_key, "embed_text": s.embed_text,
         "vector": _vector(known.get(s.text_key))}
        for s in document_statements(doc)
    ]  # fmt: skip
    return {
        "quotes": [{**key, **_quote_row(n, q)} for n, q in enumerate(doc["quotes"])],
        "entities": _spans(key, doc["entities"], "label", "canonical"),
        "quantities": [_figure(row) for row in _spans(key, doc["quantities"], "value", "unit", "upper")],
        "dates": dates,
        "statements": statements,
    }


def shard_tables(items: Sequence[Item], vectors: dict[str, bytes] | None = None) -> dict[str, pa.Table]:
    """The tables of one shard from ``(document, content hash, source)`` items, in their order; each
    statement with its vector when ``vectors`` (text_key -> bytes, see ``encode_statements``) has it. With
    ``vectors``, the statements table records the encoder they were made with, for ``kutip load`` to check."""
    pa = pyarrow()
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for doc, digest, source in items:
        rows["articles"].append(_article_row(doc, digest, source))
        for name, found in _rows(doc, digest, vectors).items():
            rows[name] += found
    tables = {name: pa.Table.from_pylist(rows[name], schema=schema) for name, schema in schemas().items()}
    if vectors is not None:
        from kutip.claims.build import encoder_id

        tables["statements"] = tables["statements"].replace_schema_metadata({ENCODER_KEY: encoder_id()})
    return tables


# -- files -----------------------------------------------------------------------------------------------


def shard_path(out_dir: str | Path, table: str, shard: int) -> Path:
    return Path(out_dir) / table / f"part-{shard:06d}.parquet"


def write_shard(out_dir: str | Path, shard: int, tables: dict[str, pa.Table]) -> None:
    """Write one shard's tables, each file whole or not at all, the articles file last (see the module
    docstring): a run killed meanwhile leaves the shard incomplete, to be written again."""
    pq = pyarrow().parquet
    missing = [t for t in TABLES if t not in tables]
    if missing:
        raise ValueError(f"shard {shard} lacks the tables {', '.join(missing)}")
    for name in TABLES:
        final = shard_path(out_dir, name, shard)
        final.parent.mkdir(parents=True, exist_ok=True)
        # hidden (dataset readers skip it), and of this writer alone (a retried task may write it too)
        temp = final.with_name(f".{final.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
        try:
            with open(temp, "wb") as sink:
                pq.write_table(tables[name], sink)
                sink.flush()
                os.fsync(sink.fileno())
            os.replace(temp, final)
        finally:
            temp.unlink(missing_ok=True)


def shard_numbers(out_dir: str | Path, table: str) -> set[int]:
    """The shards that have a file of ``table`` in ``out_dir``."""
    folder = Path(out_dir) / table
    if not folder.is_dir():
        return set()
    return {int(m.group(1)) for p in folder.iterdir() if (m := PART.match(p.name))}


def complete_shards(out_dir: str | Path) -> set[int]:
    """The shards written whole (their articles file exists): a restarted run skips them."""
    return shard_numbers(out_dir, "articles")


__all__ = [
    "TABLES",
    "StatementText",
    "complete_shards",
    "document_statements",
    "encode_statements",
    "schemas",
    "shard_path",
    "shard_tables",
    "write_shard",
]
