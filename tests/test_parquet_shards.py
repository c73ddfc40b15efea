"""Parquet shards of a cluster run (``kutip.output.parquet``): what each table holds for the documents it was
made from, the same schema for an empty shard, files written whole and the articles file last, and claim
statements with the keys and vectors a claim build computes."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from shard_corpus import extracted, input_file, write_shards

from kutip.errors import UsageError
from kutip.output.parquet import (
    TABLES,
    complete_shards,
    document_statements,
    encode_statements,
    schemas,
    shard_path,
    shard_tables,
    write_shard,
)

NO_PYARROW = "pyarrow is absent: Parquet shards need the parquet or ray extra"
pq = pytest.importorskip("pyarrow.parquet", reason=NO_PYARROW)
ds = pytest.importorskip("pyarrow.dataset", reason=NO_PYARROW)


@pytest.fixture(scope="module")
def items(tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    return extracted(input_file(tmp_path_factory.mktemp("input")))


@pytest.fixture(scope="module")
def encoder() -> Any:
    from kutip.claims.encoder import Encoder

    return Encoder()


def _rows(out: Path, table: str, shard: int = 0) -> list[dict[str, Any]]:
    return pq.read_table(shard_path(out, table, shard)).to_pylist()


def test_articles_hold_each_document_whole(tmp_path, items):
    write_shards(tmp_path, items, per=len(items))
    rows = _rows(tmp_path, "articles")
    assert [json.loads(r["document"]) for r in rows] == [doc for doc, _, _ in items]
    assert [(r["content_hash"], r["source"]) for r in rows] == [(d, s) for _, d, s in items]
    for row, (doc, _, _) in zip(rows, items, strict=True):
        assert (row["doc_id"], row["text"], row["lang"], row["title"]) == (
            doc["doc_id"], doc["text"], doc["lang"], doc["title"]
        )  # fmt: skip
        assert (row["quotes"], row["entities"]) == (len(doc["quotes"]), len(doc["entities"]))


def test_quotes_are_flat_with_the_offsets_of_the_document(tmp_path, items):
    write_shards(tmp_path, items, per=len(items))
    texts = {digest: doc["text"] for doc, digest, _ in items}
    expected = [(digest, n, q) for doc, digest, _ in items for n, q in enumerate(doc["quotes"])]
    rows = _rows(tmp_path, "quotes")
    assert len(rows) == len(expected) > 0
    for row, (digest, n, q) in zip(rows, expected, strict=True):
        speaker = q["speaker"] or {}
        assert (row["content_hash"], row["n"], row["text"], row["start"], row["end"]) == (
            digest, n, q["text"], q["start"], q["end"]
        )  # fmt: skip
        assert (row["cue"], row["cue_start"], row["cue_end"], row["speech_act"], row["rule"]) == (
            q["cue"], q["cue_start"], q["cue_end"], q["speech_act"], q["rule"] or None
        )  # fmt: skip
        assert (row["speaker_name"], row["role"], row["mention_start"], row["mention_end"]) == (
            speaker.get("name"), speaker.get("role"), speaker.get("mention_start"), speaker.get("mention_end")
        )  # fmt: skip
        assert row["confidence"] == pytest.approx(q["confidence"])
        if row["mention_start"] is not None:
            assert texts[digest][row["mention_start"] : row["mention_end"]] == speaker["mention"]


def test_co_speakers_are_kept_as_json(tmp_path, items):
    write_shards(tmp_path, items, per=len(items))
    together = [r for r in _rows(tmp_path, "quotes") if r["co_speakers"]]
    assert together, "two countries deny together in pupuk-perbatasan"
    assert [s["name"] for r in together for s in json.loads(r["co_speakers"])] == ["Singapura"]
    assert [r["speaker_name"] for r in together] == ["Malaysia"]


def test_mentions_figures_and_dates_equal_the_document(tmp_path, items):
    write_shards(tmp_path, items, per=len(items))
    spans = ("start", "end", "text")
    for table, key, extra in (
        ("entities", "entities", ("label", "canonical")),
        ("quantities", "quantities", ("value", "unit", "upper")),
        ("dates", "dates", ("value", "relative")),
    ):
        got = [tuple(r[k] for k in (*spans, *extra)) for r in _rows(tmp_path, table)]
        want = [tuple(x.get(k) for k in (*spans, *extra)) for doc, _, _ in items for x in doc[key]]
        assert got == want and got, table
    values = [r["value"] for r in _rows(tmp_path, "quantities")]
    assert 300.0 in values and 150000.0 in values


def test_statements_are_those_of_each_document(tmp_path, items):
    write_shards(tmp_path, items, per=len(items))
    rows = _rows(tmp_path, "statements")
    want = [(digest, s.n, s.text_key) for doc, digest, _ in items for s in document_statements(doc)]
    assert [(r["content_hash"], r["n"], r["text_key"]) for r in rows] == want
    assert all(r["vector"] is None for r in rows)  # not embedded by this run
    metadata = pq.read_schema(shard_path(tmp_path, "statements", 0)).metadata or {}
    assert b"kutip.claims_encoder" not in metadata


def test_an_empty_shard_has_the_schema_and_reads_with_the_others(tmp_path, items):
    write_shard(tmp_path, 0, shard_tables(items[:2]))
    write_shard(tmp_path, 1, shard_tables([]))
    for table, schema in schemas().items():
        empty = pq.read_table(shard_path(tmp_path, table, 1))
        assert empty.num_rows == 0 and empty.schema.remove_metadata() == schema
        whole = ds.dataset(tmp_path / table, format="parquet").to_table()
        assert whole.schema.remove_metadata() == schema
        assert whole.num_rows == pq.read_table(shard_path(tmp_path, table, 0)).num_rows
    assert schemas()["quotes"].field("confidence").type == "double"


def test_shards_in_order_read_back_the_input_order(tmp_path, items):
    count = write_shards(tmp_path, items, per=2)
    assert complete_shards(tmp_path) == set(range(count))
    shards = sorted(complete_shards(tmp_path))
    ordered = [r["content_hash"] for n in shards for r in _rows(tmp_path, "articles", n)]
    assert ordered == [digest for _, digest, _ in items]


def test_a_shard_is_complete_only_once_its_articles_file_is_in_place(tmp_path, items, monkeypatch):
    write_shard(tmp_path, 0, shard_tables(items[:1]))
    written: list[str] = []
    real = pq.write_table

    def write_then_die(table: Any, sink: Any, **options: Any) -> None:
        if "articles" in str(getattr(sink, "name", "")):
            raise KeyboardInterrupt  # killed while writing the last file
        written.append(sink.name)
        real(table, sink, **options)

    monkeypatch.setattr(pq, "write_table", write_then_die)
    with pytest.raises(KeyboardInterrupt):
        write_shard(tmp_path, 1, shard_tables(items[1:2]))
    assert len(written) == len(TABLES) - 1  # every other table was written before
    assert complete_shards(tmp_path) == {0}
    assert not list(tmp_path.rglob("*.tmp")), "no half-written file is left"
    assert not shard_path(tmp_path, "articles", 1).exists()


def test_a_shard_lacking_a_table_is_not_written(tmp_path, items):
    tables = shard_tables(items[:1])
    del tables["statements"]
    with pytest.raises(ValueError, match="statements"):
        write_shard(tmp_path, 0, tables)
    assert complete_shards(tmp_path) == set()


def test_statement_keys_and_vectors_equal_a_claim_build(tmp_path, items, encoder):
    """The text keys a worker computes from a document are those a build computes from the stored rows, and
    the vectors it embeds, however its batches fall, are the vectors the build stores."""
    from kutip.claims.build import build_claims
    from kutip.store import open_store

    target = str(tmp_path / "k.db")
    with open_store(target) as store:
        with store.transaction():
            store.add_many(items)
        build_claims(store, encoder=encoder)
        sql = (
            "SELECT a.content_hash, q.n, s.text_key FROM statements s JOIN quotes q ON q.id = s.quote_id "
            "JOIN articles a ON a.id = q.article_id"
        )
        built = sorted(store.conn.exec_driver_sql(sql).fetchall())
        vectors = dict(store.conn.exec_driver_sql("SELECT text_key, embedding FROM vectors").fetchall())
    seen: set[str] = set()
    mine = []
    for doc, digest, _ in items:
        if digest not in seen:  # the store holds a document printed twice once
            seen.add(digest)
            mine += [(digest, s.n, s.text_key) for s in document_statements(doc)]
    assert sorted(mine) == built and built
    encoded: dict[str, bytes] = {}
    for doc, _, _ in items:  # one document at a time: batches unlike the build's, the same vectors
        encoded.update(encode_statements([doc], encoder))
    assert encoded == {k: bytes(v) for k, v in vectors.items()}


def test_vectors_are_written_with_the_encoder_that_made_them(tmp_path, items, encoder):
    import numpy as np

    from kutip.claims.build import encoder_id

    vectors = encode_statements([doc for doc, _, _ in items[:2]], encoder)
    write_shard(tmp_path, 0, shard_tables(items[:2], vectors))
    table = pq.read_table(shard_path(tmp_path, "statements", 0))
    assert table.schema.metadata[b"kutip.claims_encoder"].decode() == encoder_id()
    rows = table.to_pylist()
    assert rows and all(r["vector"] is not None for r in rows)
    for r in rows:
        assert np.asarray(r["vector"], dtype="<f4").tobytes() == vectors[r["text_key"]]


def test_without_pyarrow_the_error_says_what_to_install(monkeypatch):
    from kutip.output.parquet import pyarrow

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(UsageError, match=r"pip install -e \.\[parquet\]"):
        pyarrow()


def test_the_shard_guide_names_every_table_and_column():
    guide = (Path(__file__).resolve().parent.parent / "docs" / "shards.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(" `"): line for line in guide.splitlines() if line.startswith("| `")}
    assert set(rows) == set(schemas())
    for table, schema in schemas().items():
        missing = [name for name in schema.names if name not in rows[table]]
        assert not missing, f"docs/shards.md does not name {table}.{missing}"


def test_a_figure_beyond_a_doubles_exact_range_is_written_as_a_double(tmp_path):
    from kutip import extract
    from kutip.store import content_hash

    text = "Kerugian negara dalam kasus tambang itu ditaksir Rp 599.440.900.000.000.000, kata auditor BPK."
    doc = extract(text, lang="id", doc_id="tambang-1").to_dict()
    assert 599440900000000000 in [x["value"] for x in doc["quantities"]]  # a whole number, exact
    write_shard(tmp_path, 0, shard_tables([(doc, content_hash(text, None), "in.jsonl:1")]))
    assert [r["value"] for r in _rows(tmp_path, "quantities")] == [5.994409e17]
    kept = json.loads(_rows(tmp_path, "articles")[0]["document"])
    assert kept["quantities"][0]["value"] == 599440900000000000  # the document itself stays exact
