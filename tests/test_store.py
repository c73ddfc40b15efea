"""The corpus store and speaker registry, on articles written for these tests, against SQLite and (when
KUTIP_TEST_POSTGRES names a database URL, as CI does) PostgreSQL."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from kutip.cli import main
from kutip.ingest import ingest
from kutip.read import read_paths
from kutip.store import open_store

ARTICLES = [
    {
        "doc_id": "a1",
        "date": "2024-10-20",
        "url": "https://example.id/a1",
        "text": (
            "JAKARTA, KOMPAS.com - Presiden Prabowo Subianto menegaskan pemerintah akan menambah stok beras "
            "hingga akhir tahun.\n"
            "“Kita tidak akan impor beras lagi tahun ini,” kata Prabowo di Istana Negara."
        ),
    },
    {
        "doc_id": "a2",
        "date": "2024-10-22",
        "url": "https://example.id/a2",
        "text": (
            "Presiden Prabowo mengatakan harga gabah di tingkat petani sudah naik sejak Agustus.\n"
            "Korea Utara membantah kabar pengiriman pasukan ke Rusia."
        ),
    },
    {
        "doc_id": "a3",
        "date": "2024-10-25",
        "lang": "en",
        "url": "https://example.com/a3",
        "text": (
            "North Korea on Friday denied sending troops to Russia.\n\n"
            '"These reports are rubbish," President Alexander Lukashenka said in Minsk.'
        ),
    },
    {
        "doc_id": "a4",
        "date": "2024-11-02",
        "url": "https://example.id/a4",
        "text": (
            "Presiden Belarusia Alexander Lukashenko membantah laporan keberadaan tentara asing.\n"
            "Kepala Dinas Pertanian Budi Santoso mengatakan panen raya akan dimulai pekan depan.\n"
            "Ketua Kelompok Tani Budi Hartono menilai harga pupuk masih terlalu tinggi bagi petani kecil."
        ),
    },
]


POSTGRES = os.environ.get("KUTIP_TEST_POSTGRES")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.skipif(
    not POSTGRES, reason="KUTIP_TEST_POSTGRES is not set: PostgreSQL back end not tested here"))]  # fmt: skip


@pytest.fixture(params=BACKENDS)
def target(request, tmp_path) -> str:
    """A fresh, empty store: a SQLite file, or the PostgreSQL test database emptied."""
    if request.param == "sqlite":
        return str(tmp_path / "k.db")
    import psycopg

    with psycopg.connect(POSTGRES, autocommit=True) as con:
        con.execute("DROP SCHEMA public CASCADE")
        con.execute("CREATE SCHEMA public")
    return POSTGRES


def _count(target: str, sql: str):
    store = open_store(target)
    try:
        return store.db.execute(sql).fetchall()
    finally:
        store.close()


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n", encoding="utf-8")
    return path


def _one_article(tmp_path, doc_id: str, text: str):
    """A JSONL file of one article written for a test."""
    path = tmp_path / f"{doc_id}.jsonl"
    path.write_text(json.dumps({"doc_id": doc_id, "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _ingest(db, paths, workers=1):
    store = open_store(db)
    try:
        return ingest(read_paths([str(p) for p in paths]), store, "auto", workers)
    finally:
        store.close()


def test_store_ingest_is_idempotent_and_counts_what_it_did(target, tmp_path, corpus):
    db = target
    first = _ingest(db, [corpus])
    assert (first.read, first.new, first.unchanged, first.failed) == (4, 4, 0, 0)
    again = _ingest(db, [corpus])
    assert (again.read, again.new, again.unchanged) == (4, 0, 4)
    counts = open_store(db).counts()
    assert counts["articles"] == 4 and counts["quotes"] >= 7


def test_store_registry_merges_with_reasons_and_keeps_namesakes_apart(target, tmp_path, corpus):
    db = target
    _ingest(db, [corpus])
    speakers = {s["name"]: s for s in open_store(db).speakers()}
    prabowo = speakers["Prabowo Subianto"]
    assert prabowo["quotes"] == 3 and prabowo["articles"] == 2
    assert any(a["alias"] == "Prabowo" and "short form" in a["reason"] for a in prabowo["aliases"])
    assert {r["role"] for r in prabowo["roles"]} == {"Presiden"}
    assert "Budi Santoso" in speakers and "Budi Hartono" in speakers  # two people who share a first name
    luka = [s for s in speakers.values() if s["name"].startswith("Alexander Lukashenk")]
    assert len(luka) == 1 and len(luka[0]["aliases"]) == 2  # "Lukashenka" (English) and "Lukashenko"
    korea = [
        s for s in speakers.values() if {a["alias"] for a in s["aliases"]} >= {"Korea Utara", "North Korea"}
    ]
    assert len(korea) == 1 and korea[0]["kind"] == "country"


def test_store_manual_merge_and_split_survive_reingest(target, tmp_path, corpus):
    db = target
    _ingest(db, [corpus])
    assert main(["speakers", "merge", "Budi Hartono", "Budi Santoso", "--db", db]) == 0
    names = {s["name"] for s in open_store(db).speakers()}
    assert "Budi Hartono" not in names and "Budi Santoso" in names
    assert main(["speakers", "split", "Budi Hartono", "--db", db]) == 0
    more = _one_article(tmp_path, "a5", "Ketua Kelompok Tani Budi Hartono mengatakan pupuk belum tiba.")
    _ingest(db, [corpus, more])
    speakers = {s["name"]: s for s in open_store(db).speakers()}
    assert speakers["Budi Hartono"]["quotes"] == 2 and speakers["Budi Santoso"]["quotes"] == 1
    assert any(a["manual"] for a in speakers["Budi Hartono"]["aliases"])


def test_store_an_ingest_running_while_speakers_are_merged_by_hand_follows_the_merge(
    target, tmp_path, corpus
):
    db = target
    running = open_store(db)  # an ingest process that has looked the names up already
    ingest(read_paths([str(corpus)]), running, "auto", 1)
    assert main(["speakers", "merge", "Budi Hartono", "Budi Santoso", "--db", db]) == 0
    more = _one_article(tmp_path, "a6", "Ketua Kelompok Tani Budi Hartono mengatakan bibit sudah tiba.")
    tally = ingest(read_paths([str(more)]), running, "auto", 1)  # its memory of "Budi Hartono" is stale
    running.close()
    assert (tally.new, tally.failed) == (1, 0)
    speakers = {s["name"]: s for s in open_store(db).speakers()}
    assert "Budi Hartono" not in speakers and speakers["Budi Santoso"]["quotes"] == 3


def test_store_queries_by_speaker_act_text_and_date(target, tmp_path, corpus, capsys):
    db = target
    _ingest(db, [corpus])
    store = open_store(db)
    denials = list(store.quotes(act="deny"))
    assert {q["speaker"] for q in denials} == {"Korea Utara", "Alexander Lukashenka"}  # the registry's names
    assert len(denials) == 3  # "Korea Utara membantah ...", "North Korea denied ...", Lukashenko's denial
    assert [q["doc_id"] for q in store.quotes(speaker="prabowo", since="2024-10-21")] == ["a2"]
    assert [q["doc_id"] for q in store.quotes(search="pupuk")] == ["a4"]
    assert main(["quotes", "--db", db, "--act", "deny", "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("date,speaker,speech_act") and len(out) == 1 + len(denials)


def test_store_show_marks_quotes_cues_and_speakers(target, tmp_path, corpus, capsys):
    db = target
    _ingest(db, [corpus])
    assert main(["show", "a1", "--db", db, "--plain"]) == 0
    out = capsys.readouterr().out
    assert "{Presiden Prabowo Subianto} <menegaskan> [pemerintah akan menambah stok beras" in out
    assert "<kata> {Prabowo}" in out


def test_store_export_jsonl_has_every_quote(target, tmp_path, corpus):
    db = target
    _ingest(db, [corpus])
    out = tmp_path / "quotes.jsonl"
    assert main(["export", "--db", db, "--format", "jsonl", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == open_store(db).counts()["quotes"]
    assert all({"speaker", "text", "speech_act", "doc_id", "start", "end"} <= set(r) for r in rows)


def test_store_export_parquet_with_the_optional_extra(target, tmp_path, corpus):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow (extra 'parquet') is not installed")
    db = target
    _ingest(db, [corpus])
    out = tmp_path / "quotes.parquet"
    assert main(["export", "--db", db, "--format", "parquet", "--out", str(out)]) == 0
    table = pq.read_table(out)
    assert table.num_rows == open_store(db).counts()["quotes"] and "speaker" in table.column_names


def test_store_a_reader_can_query_while_an_ingest_writes(target, tmp_path, corpus):
    db = target
    _ingest(db, [corpus])
    writer = open_store(db)
    writer.begin()
    writer.db.execute("INSERT INTO speakers(name, kind) VALUES ('Sedang Ditulis', 'person')")
    reader = open_store(db)
    assert reader.counts()["articles"] == 4
    writer.commit()
    reader.close()
    writer.close()


def test_store_ingest_killed_and_restarted_ends_with_every_article_once(target, tmp_path):
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as f:
        for i in range(3000):
            a = ARTICLES[i % len(ARTICLES)]
            f.write(
                json.dumps({**a, "doc_id": f"n{i}", "url": f"https://example.id/{i}"}, ensure_ascii=False)
                + "\n"
            )
    db = target
    open_store(db).close()  # the schema exists before the first poll
    cmd = [sys.executable, "-m", "kutip.cli", "ingest", "-q", "--db", db, str(big)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and _count(db, "SELECT COUNT(*) FROM articles")[0][0] == 0:
        time.sleep(0.1)  # kill it once some articles are stored and before it is done
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_at = _count(db, "SELECT COUNT(*) FROM articles")[0][0]
    assert 0 < killed_at < 3000
    assert subprocess.run(cmd, check=False).returncode == 0
    assert _count(db, "SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM articles")[0] == (3000, 3000)
    # no article lost its quotes half-way: every copy of the same text has as many quotes
    by_text = _count(
        db,
        "SELECT COUNT(DISTINCT c) FROM (SELECT a.text AS t, COUNT(q.id) AS c FROM articles a "
        "LEFT JOIN quotes q ON q.article_id = a.id GROUP BY a.id, a.text) per GROUP BY t",
    )
    assert len(by_text) == 4 and all(r[0] == 1 for r in by_text)


def test_store_warc_crawl_with_bad_records_keeps_the_articles(target, tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (
        "<html><head><title>Harga beras naik</title></head><body><article><h1>Harga beras naik</h1>"
        "<p>Menteri Perdagangan Rina Kartikasari mengatakan harga beras medium naik dua persen pekan ini "
        "karena pasokan dari sentra produksi berkurang.</p>"
        "<p>“Kami akan menggelar operasi pasar mulai Senin,” kata Rina di Jakarta.</p>"
        "</article></body></html>"
    ).encode()
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for url, ctype, body in [
            ("https://example.id/beras", "text/html; charset=utf-8", page),
            ("https://example.id/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
            ("https://example.id/kosong", "text/html", b"<html><body><nav>Menu</nav></body></html>"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(
                w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )
        f.write(b"\x1f\x8b\x08\x00broken-gzip-member")
    db = target
    tally = _ingest(db, [path])
    assert (tally.new, tally.failed) == (1, 3)
    reasons = " | ".join(str(f) for f in tally.failures)
    assert "record 2 (https://example.id/logo.png): not an article page" in reasons
    assert "record 3 (https://example.id/kosong): no article text" in reasons
    assert "broken WARC" in reasons
    quotes = list(open_store(db).quotes())
    assert {q["speaker"] for q in quotes} == {"Rina Kartikasari"}


def test_store_unreachable_postgresql_is_a_clear_error(corpus, capsys):
    assert main(["ingest", "--db", "postgresql://nobody@127.0.0.1:9/none", str(corpus)]) == 2
    assert "cannot connect to postgresql://nobody@127.0.0.1:9/none" in capsys.readouterr().err
