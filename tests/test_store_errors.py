"""The store's own errors: every way a --db can be wrong ends in one line that says what to do, never a
traceback, and a store is never created by a command that only reads."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from kutip.errors import StoreError
from kutip.ingest import ingest
from kutip.read import read_paths
from kutip.store import open_store

ARTICLE = (
    "Kepala Dinas Perhubungan Andi Saputra mengatakan jalan tol ruas {n} akan dibuka pekan depan.\n"
    "“Kami sudah uji kelayakan sejak Senin,” kata Andi di Semarang."
)


def _corpus(tmp_path, n: int, name: str = "jalan.jsonl", first: int = 0):
    path = tmp_path / name
    with path.open("w", encoding="utf-8") as f:
        for i in range(first, first + n):
            f.write(json.dumps({"doc_id": f"j{i}", "text": ARTICLE.format(n=i)}, ensure_ascii=False) + "\n")
    return path


def test_reading_a_missing_store_is_an_error_and_creates_nothing(tmp_path):
    db = tmp_path / "salah-ketik.db"
    with pytest.raises(StoreError, match=r"no Kutip store at .*salah-ketik\.db: run `kutip ingest"):
        open_store(str(db), read_only=True)
    assert not db.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("read_only", [True, False])
def test_a_file_that_is_not_a_database_is_named(tmp_path, read_only):
    db = tmp_path / "catatan.db"
    db.write_text("ini catatan rapat, bukan basis data\n" * 200, encoding="utf-8")
    with pytest.raises(StoreError, match=r"catatan\.db is not a Kutip store"):
        open_store(str(db), read_only=read_only)
    assert db.read_text(encoding="utf-8").startswith("ini catatan rapat")


def test_an_sqlite_database_of_something_else_is_not_taken_over(tmp_path):
    db = tmp_path / "lain.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE resep (nama TEXT)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a Kutip store"):
        open_store(str(db))


def test_a_folder_or_a_missing_folder_as_store(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        open_store(str(tmp_path))
    with pytest.raises(StoreError, match=r"folder .* does not exist"):
        open_store(str(tmp_path / "tidak-ada" / "k.db"))


def test_a_store_opened_read_only_refuses_to_write(tmp_path):
    db = str(tmp_path / "k.db")
    open_store(db).close()
    with open_store(db, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.begin()


@pytest.fixture
def read_only_mount(tmp_path):
    """A folder mounted read-only (a bind mount: needs root; skipped where mounting is not allowed)."""
    src, mnt = tmp_path / "src", tmp_path / "ro"
    src.mkdir()
    mnt.mkdir()
    yield src, mnt
    if subprocess.run(["umount", str(mnt)], capture_output=True, check=False).returncode != 0:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True, check=False)


def _mount_read_only(src, mnt) -> None:
    first = subprocess.run(["mount", "--bind", str(src), str(mnt)], capture_output=True, check=False)
    if first.returncode != 0:
        pytest.skip(f"cannot bind-mount here ({first.stderr.decode().strip()}): read-only mount not tested")
    ro = subprocess.run(["mount", "-o", "remount,bind,ro", str(mnt)], capture_output=True, check=False)
    if ro.returncode != 0:
        pytest.skip(f"cannot remount read-only here ({ro.stderr.decode().strip()})")


def test_queries_work_on_a_store_on_a_read_only_mount_and_writes_say_why_not(tmp_path, read_only_mount):
    src, mnt = read_only_mount
    db = src / "k.db"
    with open_store(str(db)) as store:
        ingest(read_paths([str(_corpus(tmp_path, 3))]), store, "id", 1)
    _mount_read_only(src, mnt)
    with open_store(str(mnt / "k.db"), read_only=True) as store:
        assert store.counts()["articles"] == 3
        assert len(store.queries().quotes().rows) == 6
    more = _corpus(tmp_path, 2, "lagi.jsonl", first=100)
    with (
        pytest.raises(StoreError, match=r"k\.db is read-only .*: this command writes"),
        open_store(str(mnt / "k.db")) as store,
    ):
        ingest(read_paths([str(more)]), store, "id", 1)


def test_a_full_disk_is_said_as_such_and_earlier_windows_stay_whole(tmp_path):
    db = str(tmp_path / "k.db")
    with open_store(db) as store:
        ingest(read_paths([str(_corpus(tmp_path, 10))]), store, "id", 1)
        pages = store.conn.exec_driver_sql("PRAGMA page_count").scalar()
        store.conn.exec_driver_sql(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up now
        big = tmp_path / "besar.jsonl"
        with big.open("w", encoding="utf-8") as f:
            for i in range(300):
                text = ARTICLE.format(n=f"{i} " + "panjang " * 200)
                f.write(json.dumps({"doc_id": f"b{i}", "text": text}, ensure_ascii=False) + "\n")
        with pytest.raises(StoreError, match="the disk is full") as err:
            ingest(read_paths([str(big)]), store, "id", 1)
        assert "rollback" not in str(err.value)
    with open_store(db, read_only=True) as store:
        assert store.counts()["articles"] == 10  # the failed window left nothing half-written


def test_ingests_started_together_on_a_new_file_all_succeed(tmp_path):
    corpus = _corpus(tmp_path, 20)
    for round_ in range(3):
        db = tmp_path / f"baru{round_}.db"
        cmd = [sys.executable, "-c", "import sys; from kutip.cli import main; sys.exit(main(sys.argv[1:]))",
               "ingest", "-q", "--db", str(db), str(corpus)]  # fmt: skip
        procs = [subprocess.Popen(cmd, stderr=subprocess.PIPE) for _ in range(3)]
        results = [(p.wait(), p.stderr.read().decode()) for p in procs]
        assert all(code == 0 for code, _ in results), results
        with open_store(str(db), read_only=True) as store:
            assert store.counts()["articles"] == 20


def test_an_unreachable_postgresql_is_one_line():
    with pytest.raises(StoreError, match=r"cannot connect to postgresql://nobody@127\.0\.0\.1:9/none") as err:
        open_store("postgresql://nobody@127.0.0.1:9/none")
    assert "\n" not in str(err.value)


def test_reading_an_empty_database_is_an_error(store_target, tmp_path):
    if not store_target.startswith("postgres"):
        sqlite3.connect(store_target).close()  # an empty file, as sqlite3 leaves it
    with pytest.raises(StoreError, match="no Kutip store"):
        open_store(store_target, read_only=True)
    with pytest.raises(StoreError, match="no Kutip store"):  # speakers merge/split: never on nothing
        open_store(store_target, create=False)
    with open_store(store_target) as store:  # a writer (ingest) makes it a store
        assert store.counts()["articles"] == 0
