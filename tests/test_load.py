"""``kutip load DIR``: the Parquet shards of a cluster run into a store, as an ingest of the same input leaves
it (with ``--claims``, the same claims); loading again adds nothing; a bad file or row is named and the rest
loaded. Shards are made here as a cluster run makes them: extracted as an ingest extracts, in input order."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import cli_stderr, empty_postgres, invoke
from shard_corpus import CLAIM_TABLES, dump, extracted, input_file, write_shards

from kutip.output.parquet import encode_statements, shard_path, shard_tables, write_shard

NO_PYARROW = "pyarrow is absent: Parquet shards need the parquet or ray extra"
pq = pytest.importorskip("pyarrow.parquet", reason=NO_PYARROW)
pytestmark = pytest.mark.usefixtures("crash_files_in")


@pytest.fixture(scope="module")
def encoder() -> Any:
    from kutip.claims.encoder import Encoder

    return Encoder()


@pytest.fixture
def run(tmp_path: Path) -> dict[str, Any]:
    """The input file, its items, and a folder for shards."""
    path = input_file(tmp_path)
    return {"input": path, "items": extracted(path), "out": tmp_path / "shards"}


def _load(out: Path, db: str, *more: str) -> Any:
    return invoke("load", str(out), "--db", db, *more)


def _articles(db: str) -> list[str]:
    from kutip.store import open_store

    with open_store(db, read_only=True) as store:
        return [r[0] for r in store.conn.exec_driver_sql("SELECT doc_id FROM articles ORDER BY id")]


def _second_store(first: str, folder: Path) -> str:
    """Another empty store on the first one's back end (PostgreSQL has one test database: emptied)."""
    return empty_postgres() if first.startswith("postgres") else str(folder / "second.db")


@pytest.mark.parametrize("workers", ["1", "2"])  # 2: worker processes read the shards ahead
def test_load_leaves_the_store_an_ingest_leaves(tmp_path, run, store_target, workers):
    assert invoke("ingest", "--db", store_target, run["input"]).exit_code == 0
    want = dump(store_target)
    loaded = _second_store(store_target, tmp_path)
    write_shards(run["out"], run["items"], per=3)
    result = _load(run["out"], loaded, "--workers", workers)
    assert result.exit_code == 0, result.stderr
    line = "7 read, 6 new, 1 unchanged, 0 failed (3 shards, 0 statement vectors stored) into "
    assert line in cli_stderr(result)
    got = dump(loaded)
    for table in want:
        assert got[table] == want[table], table
    assert all(
        want[t] for t in ("articles", "quotes", "speakers", "roles", "mentions", "quantities", "dates")
    )


def test_loading_again_adds_nothing(run, store_target):
    write_shards(run["out"], run["items"], per=2)
    assert _load(run["out"], store_target).exit_code == 0
    before = dump(store_target)
    again = _load(run["out"], store_target)
    assert again.exit_code == 0, again.stderr
    assert "7 read, 0 new, 7 unchanged, 0 failed" in cli_stderr(again)
    assert dump(store_target) == before


def test_shards_are_loaded_in_shard_order(tmp_path, run):
    db = str(tmp_path / "k.db")
    out = run["out"]
    items = run["items"]
    write_shard(out, 10, shard_tables(items[3:]))  # numbers need not be dense; 2 sorts before 10
    write_shard(out, 2, shard_tables(items[:3]))
    assert _load(out, db).exit_code == 0
    assert _articles(db) == list(dict.fromkeys(doc["doc_id"] for doc, _, _ in items))


def test_load_with_claims_builds_the_claims_of_ingest_with_claims(tmp_path, run, encoder, monkeypatch):
    monkeypatch.setattr("kutip.claims.encoder.Encoder", lambda *a, **k: encoder)  # the loaded model
    ingested, loaded = str(tmp_path / "ingest.db"), str(tmp_path / "load.db")
    assert invoke("ingest", "--db", ingested, "--claims", run["input"]).exit_code == 0
    vectors = encode_statements([doc for doc, _, _ in run["items"]], encoder)
    write_shards(run["out"], run["items"], per=3, vectors=vectors)
    result = _load(run["out"], loaded, "--claims")
    assert result.exit_code == 0, result.stderr
    message = cli_stderr(result)
    assert f"{len(vectors)} statement vectors stored" in message
    assert "0 embedded" in message  # the build found every vector the run made
    tables = ("meta", *CLAIM_TABLES)
    assert dump(loaded, tables) == dump(ingested, tables)
    assert dump(loaded) == dump(ingested)


def test_vectors_of_another_encoder_are_not_stored(tmp_path, run, encoder):
    db = str(tmp_path / "k.db")
    write_shards(run["out"], run["items"][:2], vectors=encode_statements([run["items"][0][0]], encoder))
    path = shard_path(run["out"], "statements", 0)
    table = pq.read_table(path)
    pq.write_table(table.replace_schema_metadata({b"kutip.claims_encoder": b"another encoder / 0"}), path)
    result = _load(run["out"], db)
    assert result.exit_code == 0
    assert "statement vectors not stored: the shards' vectors were made by another encoder" in (
        cli_stderr(result)
    )
    assert dump(db, ("vectors",)) == {"vectors": []}


def test_vectors_are_not_stored_under_the_claims_of_another_encoder(tmp_path, run, encoder):
    from kutip.store import open_store
    from kutip.store.connection import set_meta

    db = str(tmp_path / "k.db")
    with open_store(db) as store, store.transaction():
        set_meta(store.conn, "claims_encoder", "an older encoder / 1")
    write_shards(run["out"], run["items"][:2], vectors=encode_statements([run["items"][0][0]], encoder))
    result = _load(run["out"], db)
    assert result.exit_code == 0
    assert "the store's claims were built with another encoder (an older encoder / 1)" in cli_stderr(result)
    assert dump(db, ("vectors",)) == {"vectors": []}
    assert len(_articles(db)) == 2


# -- bad input -----------------------------------------------------------------------------------------


def _three_shards(run: dict[str, Any]) -> Path:
    write_shards(run["out"], run["items"], per=3)  # doc ids: 0-2, 3-5 (the 5th a repeat), 6
    return run["out"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_truncated_file_is_named_and_the_other_shards_are_loaded(run, store_target, workers):
    out = _three_shards(run)
    broken = shard_path(out, "quotes", 1)
    broken.write_bytes(broken.read_bytes()[:100])
    db = store_target
    result = _load(out, db, "--workers", workers)
    assert result.exit_code == 1
    message = cli_stderr(result)
    assert f"kutip: error: {broken}: not a readable Parquet file" in message
    assert "4 read, 4 new, 0 unchanged, 1 failed" in message  # the repeat was in the shard not loaded
    assert _articles(db) == ["pupuk-antara", "fertiliser-wire", "banjir-detik", "pupuk-perbatasan"]


def test_a_file_that_is_not_parquet_is_named(tmp_path, run):
    out = _three_shards(run)
    broken = shard_path(out, "articles", 2)
    broken.write_text("not parquet at all", encoding="utf-8")
    result = _load(out, str(tmp_path / "k.db"))
    assert result.exit_code == 1
    assert f"{broken}: not a readable Parquet file" in cli_stderr(result)
    assert len(_articles(str(tmp_path / "k.db"))) == 5


def test_a_shard_without_a_table_is_named(tmp_path, run):
    out = _three_shards(run)
    missing = shard_path(out, "statements", 0)
    missing.unlink()
    unfinished = shard_path(out, "articles", 2)
    unfinished.unlink()  # a run killed while writing the shard
    db = str(tmp_path / "k.db")
    result = _load(out, db)
    assert result.exit_code == 1
    message = cli_stderr(result)
    assert f"{missing}: missing: shard 0 is incomplete" in message
    assert f"{unfinished}: missing: shard 2 is incomplete (the run did not finish it)" in message
    assert "3 read, 3 new, 0 unchanged, 2 failed" in message
    assert _articles(db) == ["flood-post", "pupuk-antara", "pupuk-tempo"]


def _document(out: Path, shard: int, row: int = 0) -> str:
    return pq.read_table(shard_path(out, "articles", shard)).column("document")[row].as_py()


def _replace_documents(out: Path, shard: int, change: dict[int, Any]) -> Path:
    """Rewrite the documents of rows ``change`` (row -> new text of the document column) in one shard."""
    path = shard_path(out, "articles", shard)
    table = pq.read_table(path)
    documents = table.column("document").to_pylist()
    for row, text in change.items():
        documents[row] = text
    column = table.schema.get_field_index("document")
    pq.write_table(table.set_column(column, "document", [documents]), path)
    return path


def test_a_broken_document_is_named_with_its_row_and_the_rest_loaded(tmp_path, run):
    out = _three_shards(run)
    path = _replace_documents(out, 0, {1: '{"doc_id": "fertiliser-wire", "text": '})
    db = str(tmp_path / "k.db")
    result = _load(out, db)
    assert result.exit_code == 1
    message = cli_stderr(result)
    assert f"kutip: error: {path}: row 1: its document is not valid JSON" in message
    assert "7 read, 5 new, 1 unchanged, 1 failed" in message
    assert "fertiliser-wire" not in _articles(db) and len(_articles(db)) == 5


def test_a_row_that_is_not_a_document_is_named(tmp_path, run):
    out = _three_shards(run)
    doc, flood, banjir = (json.loads(_document(out, n, row)) for n, row in ((2, 0), (1, 0), (0, 2)))
    del doc["quotes"][0]["speech_act"]
    path = _replace_documents(out, 2, {0: json.dumps(doc)})
    flood["text"] += " Tambahan."  # no longer the text its content hash was made of
    _replace_documents(out, 1, {0: json.dumps(flood)})
    banjir["entities"][0]["start"] = str(banjir["entities"][0]["start"])
    first = _replace_documents(out, 0, {2: json.dumps(banjir)})
    db = str(tmp_path / "k.db")
    result = _load(out, db)
    assert result.exit_code == 1
    message = cli_stderr(result)
    assert f"{path}: row 0: quotes[0] of its document lacks speech_act" in message
    assert "row 0: its content_hash is not that of its document's text and URL" in message
    assert f"{first}: row 2: entities[0] of its document has a start of the wrong type" in message
    assert "7 read, 3 new, 1 unchanged, 3 failed" in message
    assert _articles(db) == ["pupuk-antara", "fertiliser-wire", "pupuk-tempo"]


def test_a_bug_met_on_a_shard_fails_that_shard_only(tmp_path, run, monkeypatch):
    from kutip.store import Store

    out = _three_shards(run)
    real = Store.add_many

    def add_many(self: Store, items: Any) -> list[bool]:
        if any(doc["doc_id"] == "flood-post" for doc, _, _ in items):
            raise RuntimeError("a bug")
        return real(self, items)

    monkeypatch.setattr(Store, "add_many", add_many)
    db = str(tmp_path / "k.db")
    result = _load(out, db)
    assert result.exit_code == 4
    message = cli_stderr(result)
    where = shard_path(out, "articles", 1)
    assert f"{where}: internal error (a bug in Kutip): RuntimeError: a bug" in message
    assert "(2 shards," in message
    assert _articles(db) == ["pupuk-antara", "fertiliser-wire", "banjir-detik", "pupuk-perbatasan"]


def test_no_shards_is_a_usage_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = _load(tmp_path / "empty", str(tmp_path / "k.db"))
    assert result.exit_code == 2
    assert "no Parquet shards in" in cli_stderr(result)
    missing = _load(tmp_path / "nowhere", str(tmp_path / "k.db"))
    assert missing.exit_code == 2 and "is not a folder of Parquet shards" in cli_stderr(missing)


def test_quiet_says_nothing_when_all_loaded(tmp_path, run):
    write_shards(run["out"], run["items"][:2])
    result = _load(run["out"], str(tmp_path / "k.db"), "--quiet")
    assert result.exit_code == 0 and cli_stderr(result) == ""


def test_a_bug_met_preparing_a_shard_in_a_worker_fails_that_shard_only(tmp_path, run, monkeypatch):
    import kutip.store.prepare as prepare_module

    out = _three_shards(run)
    real = prepare_module.prepare

    def prepare(doc: dict, dialect: str | None = None) -> Any:
        if doc["doc_id"] == "flood-post":
            raise RuntimeError("a bug")
        return real(doc, dialect)

    monkeypatch.setattr(prepare_module, "prepare", prepare)  # the workers are forked with it
    db = str(tmp_path / "k.db")
    result = _load(out, db, "--workers", "2")
    assert result.exit_code == 4
    message = cli_stderr(result)
    assert (
        f"{shard_path(out, 'articles', 1)}: internal error (a bug in Kutip): RuntimeError: a bug" in message
    )
    assert _articles(db) == ["pupuk-antara", "fertiliser-wire", "banjir-detik", "pupuk-perbatasan"]
