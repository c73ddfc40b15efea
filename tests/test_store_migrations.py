"""Stores written by earlier releases (0.1.0, schema 1; 0.2.0, schema 2; 0.3.0, schema 3) open, are migrated
in one transaction and lose nothing; on SQLite and (with KUTIP_TEST_POSTGRES) PostgreSQL. The fixtures in
tests/data were written by each release's `kutip ingest` from tests/data/store_v1_corpus.jsonl, then `kutip
speakers merge "Budi Hartono" "Budi Santoso"` (and, for 0.3.0, `kutip claims build`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect

from kutip.errors import StoreError
from kutip.store import open_store
from kutip.store.queries import QuoteFilter
from kutip.store.tables import SCHEMA_VERSION

DATA = Path(__file__).parent / "data"


@pytest.fixture
def old_store(store_target, tmp_path) -> str:
    """A copy of the store written by release 0.1.0, on the back end under test."""
    if store_target.startswith("postgres"):
        import psycopg

        with psycopg.connect(store_target, autocommit=True) as con:
            con.execute((DATA / "store_v1_postgres.sql").read_text(encoding="utf-8"))
        return store_target
    shutil.copy(DATA / "store_v1.sqlite", store_target)
    return store_target


def _version(store) -> int:
    return int(store.conn.exec_driver_sql("SELECT value FROM meta WHERE key = 'schema_version'").scalar())


def test_a_store_of_the_previous_release_is_migrated_and_loses_nothing(old_store):
    with open_store(old_store, read_only=True) as store:
        assert _version(store) == SCHEMA_VERSION
        assert store.counts() == {"articles": 4, "quotes": 9, "speakers": 5, "mentions": 13}
        q = store.queries()
        speakers = {s.name: s for s in q.speakers().rows}
        # the hand-made merge of release 0.1.0 is still there, still marked manual
        budi = speakers["Budi Santoso"]
        assert budi.quotes == 2 and any(a.alias == "Budi Hartono" and a.manual for a in budi.aliases)
        assert {a.alias for a in speakers["Korea Utara"].aliases} == {"Korea Utara", "North Korea"}
        # co-speakers written as JSON by 0.1.0 are speakers of their quotes now
        korea = q.quotes(QuoteFilter(speaker="north korea")).rows
        assert {r.doc_id for r in korea} == {"v1-a2", "v1-a3"}
        assert [c.name for r in korea for c in r.co_speakers] == ["Korea Utara"]
        # the text indexes were rebuilt: search finds old quotes
        assert [r.doc_id for r in q.quotes(QuoteFilter(search="pupuk")).rows] == ["v1-a4"]
        art = q.article("v1-a1")
        assert art.extractor_version == "0.1.0" and len(art.quotes) == 2
        assert all(art.text[x.start : x.end] == x.text for x in art.quotes)


def test_a_migrated_store_has_the_columns_of_a_new_one(old_store, tmp_path):
    open_store(old_store).close()
    fresh_target = str(tmp_path / "fresh.db")
    open_store(fresh_target).close()

    assert _columns(old_store) == _columns(fresh_target)


def test_a_migrated_store_takes_new_articles(old_store, tmp_path):
    from kutip.ingest import ingest
    from kutip.read import read_paths

    more = tmp_path / "more.jsonl"
    more.write_text(
        '{"doc_id": "n1", "text": "Presiden Prabowo Subianto mengatakan harga pupuk akan turun '
        'bulan depan."}\n',
        encoding="utf-8",
    )
    with open_store(old_store) as store:
        tally = ingest(read_paths([str(more)]), store, "id", 1)
        assert (tally.new, tally.failed) == (1, 0)
        speakers = {s.name: s for s in store.queries().speakers().rows}
    assert speakers["Prabowo Subianto"].quotes == 4


def test_a_migration_that_fails_leaves_the_store_as_it_was(old_store, monkeypatch):
    from kutip.store import migrations

    real = migrations.steps()

    def broken_last_step(conn):
        real[SCHEMA_VERSION](conn)
        raise RuntimeError("power cut half-way")

    monkeypatch.setattr(migrations, "steps", lambda: {**real, SCHEMA_VERSION: broken_last_step})
    with pytest.raises(RuntimeError, match="power cut"):
        open_store(old_store)
    monkeypatch.undo()
    with open_store(old_store) as store:  # still schema 1 after the failed try: migrated now, whole
        assert _version(store) == SCHEMA_VERSION
        assert store.counts()["quotes"] == 9


def test_a_store_of_a_newer_release_is_refused(store_target):
    open_store(store_target).close()
    with open_store(store_target) as store:
        store.conn.exec_driver_sql(
            f"UPDATE meta SET value = '{SCHEMA_VERSION + 1}' WHERE key = 'schema_version'"
        )
    with pytest.raises(StoreError, match="newer Kutip"):
        open_store(store_target, read_only=True)


# -- release 0.2.0 (schema 2) -----------------------------------------------------------------------------


def load_pg_dump(target: str, dump: Path) -> None:
    """Load a plain pg_dump with psycopg alone (no psql): its SQL as it stands, its COPY blocks through
    COPY FROM STDIN, its psql meta-commands (\\restrict) left out."""
    import psycopg

    sql: list[str] = []
    with psycopg.connect(target, autocommit=True) as con:
        lines = iter(dump.read_text(encoding="utf-8").splitlines(keepends=True))
        for line in lines:
            if line.startswith("\\"):
                continue
            if not (line.startswith("COPY ") and line.rstrip().endswith("FROM stdin;")):
                sql.append(line)
                continue
            con.execute("".join(sql))
            sql = []
            with con.cursor() as cur, cur.copy(line.rstrip().rstrip(";")) as copy:
                for row in lines:
                    if row.rstrip("\n") == "\\.":
                        break
                    copy.write(row)
        con.execute("".join(sql))


def release_store(target: str, stem: str) -> str:
    """The fixture ``stem`` (``store_v2`` ...) of tests/data as the store ``target``, on its back end."""
    if target.startswith("postgres"):
        load_pg_dump(target, DATA / f"{stem}_postgres.sql")
    else:
        shutil.copy(DATA / f"{stem}.sqlite", target)
    return target


@pytest.fixture
def store_v2(store_target) -> str:
    """A copy of the store written by release 0.2.0, on the back end under test."""
    return release_store(store_target, "store_v2")


def test_a_store_of_release_0_2_is_migrated_and_loses_nothing(store_v2):
    with open_store(store_v2, read_only=True) as store:
        assert _version(store) == SCHEMA_VERSION
        assert store.counts() == {"articles": 4, "quotes": 9, "speakers": 5, "mentions": 13}
        sql = store.conn.exec_driver_sql
        kept = [sql(f"SELECT COUNT(*) FROM {t}").scalar() for t in ("quote_speakers", "quantities", "roles")]
        assert kept == [10, 1, 5]
        assert [sql(f"SELECT COUNT(*) FROM {t}").scalar() for t in ("claims", "statements", "vectors")] == [
            0
        ] * 3
        q = store.queries()
        budi = {s.name: s for s in q.speakers().rows}["Budi Santoso"]
        assert budi.quotes == 2 and any(a.alias == "Budi Hartono" and a.manual for a in budi.aliases)
        korea = q.quotes(QuoteFilter(speaker="north korea")).rows
        assert {r.doc_id for r in korea} == {"v1-a2", "v1-a3"}
        assert {r.rule for r in q.quotes().rows} >= {"subject", "trailer", "inverted"}
        assert [r.doc_id for r in q.quotes(QuoteFilter(search="pupuk")).rows] == ["v1-a4"]
        art = q.article("v1-a4")
        assert art.extractor_version == "0.2.0"
        assert all(art.text[x.start : x.end] == x.text for x in art.quotes)


def test_a_store_of_release_0_2_has_the_columns_of_a_new_one(store_v2, tmp_path):
    open_store(store_v2).close()
    open_store(str(tmp_path / "fresh.db")).close()
    assert _columns(store_v2) == _columns(str(tmp_path / "fresh.db"))


def test_a_store_of_release_0_2_says_its_claims_are_not_built_yet(store_v2):
    from conftest import invoke

    result = invoke("claims", "--db", store_v2)
    assert (result.exit_code, result.stdout) == (0, "")
    assert "no claims are built in" in result.stderr and "`kutip claims build --db" in result.stderr


def _columns(target: str) -> dict[str, set[str]]:
    with open_store(target, read_only=True) as store:
        insp = inspect(store.conn)
        return {
            t: {c["name"] for c in insp.get_columns(t)}
            for t in insp.get_table_names()
            if not t.endswith(("_fts", "_data", "_idx", "_docsize", "_config", "_content"))
        }


# -- release 0.3.0 (schema 3) -----------------------------------------------------------------------------


@pytest.fixture
def store_v3(store_target) -> str:
    """A copy of the store written by release 0.3.0 (the same corpus and hand merge, then `kutip claims
    build`), on the back end under test."""
    return release_store(store_target, "store_v3")


def test_a_store_of_release_0_3_is_migrated_and_keeps_its_claims(store_v3):
    with open_store(store_v3, read_only=True) as store:
        assert _version(store) == SCHEMA_VERSION
        assert store.counts() == {"articles": 4, "quotes": 9, "speakers": 5, "mentions": 13}
        sql = store.conn.exec_driver_sql
        kept = [sql(f"SELECT COUNT(*) FROM {t}").scalar() for t in ("claims", "statements", "vectors")]
        assert kept == [5, 9, 9]
        assert sql("SELECT value FROM meta WHERE key = 'claims_through'").scalar() == "9"
        # roles take the language of an article that wrote them; ranks written before stay unknown
        assert {r for (r,) in sql("SELECT DISTINCT lang FROM roles")} == {"id", "en"}
        assert sql("SELECT COUNT(*) FROM quotes WHERE rank IS NOT NULL").scalar() == 0
        budi = {s.name: s for s in store.queries().speakers().rows}["Budi Santoso"]
        assert budi.quotes == 2 and any(a.alias == "Budi Hartono" and a.manual for a in budi.aliases)
        assert budi.canonical_roles and all(c.quotes for c in budi.canonical_roles)


def test_a_store_of_release_0_3_has_the_columns_of_a_new_one(store_v3, tmp_path):
    open_store(store_v3).close()
    open_store(str(tmp_path / "fresh.db")).close()
    assert _columns(store_v3) == _columns(str(tmp_path / "fresh.db"))


def test_a_migrated_store_reads_an_article_by_doc_id_and_its_furniture_through_an_index(store_v3):
    with open_store(store_v3, read_only=True) as store:
        insp = inspect(store.conn)
        indexed = {
            (t, tuple(i["column_names"])) for t in ("articles", "removed") for i in insp.get_indexes(t)
        }
    assert {("articles", ("doc_id",)), ("removed", ("article_id",))} <= indexed


def test_a_store_of_release_0_3_takes_articles_with_ranks(store_v3, tmp_path):
    from kutip.ingest import ingest
    from kutip.read import read_paths

    more = tmp_path / "more.jsonl"
    more.write_text(
        '{"doc_id": "n2", "date": "2025-02-01", "text": "Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan '
        'pelaku sudah ditangkap pada Sabtu malam."}\n',
        encoding="utf-8",
    )
    with open_store(store_v3) as store:
        assert ingest(read_paths([str(more)]), store, "id", 1).new == 1
        sql = store.conn.exec_driver_sql
        assert sql("SELECT rank, role FROM quotes WHERE rank IS NOT NULL").fetchall() == [
            ("AKBP", "Kapolres Bogor")
        ]
