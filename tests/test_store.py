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

from kutip.ingest import ingest
from kutip.read import read_paths
from kutip.store import open_store
from kutip.store.queries import QuoteFilter

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


@pytest.fixture
def target(store_target) -> str:
    return store_target


def _count(target: str, sql: str):
    with open_store(target) as store:
        return [tuple(r) for r in store.conn.exec_driver_sql(sql).fetchall()]


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
    with open_store(db) as store:
        return ingest(read_paths([str(p) for p in paths]), store, "auto", workers)


def _speakers(db) -> dict:
    with open_store(db, read_only=True) as store:
        return {s.name: s for s in store.queries().speakers(limit=1000).rows}


def _quotes(db, **where) -> list:
    with open_store(db, read_only=True) as store:
        return list(store.queries().iter_quotes(QuoteFilter(**where)))


def test_store_ingest_is_idempotent_and_counts_what_it_did(target, tmp_path, corpus):
    db = target
    first = _ingest(db, [corpus])
    assert (first.read, first.new, first.unchanged, first.failed) == (4, 4, 0, 0)
    again = _ingest(db, [corpus])
    assert (again.read, again.new, again.unchanged) == (4, 0, 4)
    counts = open_store(db).counts()
    assert counts["articles"] == 4 and counts["quotes"] >= 7


def test_store_keeps_the_extractor_release_and_the_rule_of_every_quote(target, corpus):
    import kutip

    _ingest(target, [corpus])
    assert {r[0] for r in _count(target, "SELECT extractor_version FROM articles")} == {kutip.__version__}
    rules = {q.rule for q in _quotes(target)}
    assert None not in rules and "" not in rules and len(rules) >= 2


def test_store_registry_merges_with_reasons_and_keeps_namesakes_apart(target, tmp_path, corpus):
    db = target
    _ingest(db, [corpus])
    speakers = _speakers(db)
    prabowo = speakers["Prabowo Subianto"]
    assert prabowo.quotes == 3 and prabowo.articles == 2
    assert any(a.alias == "Prabowo" and "short form" in a.reason for a in prabowo.aliases)
    assert {r.role for r in prabowo.roles} == {"Presiden"}
    assert "Budi Santoso" in speakers and "Budi Hartono" in speakers  # two people who share a first name
    luka = [s for s in speakers.values() if s.name.startswith("Alexander Lukashenk")]
    assert len(luka) == 1 and len(luka[0].aliases) == 2  # "Lukashenka" (English) and "Lukashenko"
    korea = [s for s in speakers.values() if {a.alias for a in s.aliases} >= {"Korea Utara", "North Korea"}]
    assert len(korea) == 1 and korea[0].kind == "country"


def test_store_manual_merge_and_split_survive_reingest(target, tmp_path, corpus):
    db = target
    _ingest(db, [corpus])
    with open_store(db) as store:
        store.merge_speakers("Budi Hartono", "Budi Santoso")
    names = set(_speakers(db))
    assert "Budi Hartono" not in names and "Budi Santoso" in names
    with open_store(db) as store:
        store.split_speaker("Budi Hartono")
    more = _one_article(tmp_path, "a5", "Ketua Kelompok Tani Budi Hartono mengatakan pupuk belum tiba.")
    _ingest(db, [corpus, more])
    speakers = _speakers(db)
    assert speakers["Budi Hartono"].quotes == 2 and speakers["Budi Santoso"].quotes == 1
    assert any(a.manual for a in speakers["Budi Hartono"].aliases)


def test_store_merging_unknown_or_same_speakers_is_a_usage_error(target, corpus):
    from kutip.errors import UsageError

    _ingest(target, [corpus])
    with open_store(target) as store:
        with pytest.raises(UsageError, match="no speaker called 'Siapa Saja'"):
            store.merge_speakers("Siapa Saja", "Budi Santoso")
        with pytest.raises(UsageError, match="same speaker"):
            store.merge_speakers("Prabowo", "Prabowo Subianto")


def test_store_an_ingest_running_while_speakers_are_merged_by_hand_follows_the_merge(
    target, tmp_path, corpus
):
    db = target
    running = open_store(db)  # an ingest process that has looked the names up already
    ingest(read_paths([str(corpus)]), running, "auto", 1)
    with open_store(db) as other:
        other.merge_speakers("Budi Hartono", "Budi Santoso")
    more = _one_article(tmp_path, "a6", "Ketua Kelompok Tani Budi Hartono mengatakan bibit sudah tiba.")
    tally = ingest(read_paths([str(more)]), running, "auto", 1)  # its memory of "Budi Hartono" is stale
    running.close()
    assert (tally.new, tally.failed) == (1, 0)
    speakers = _speakers(db)
    assert "Budi Hartono" not in speakers and speakers["Budi Santoso"].quotes == 3


def test_store_queries_by_speaker_act_text_and_date(target, tmp_path, corpus):
    import datetime as dt

    db = target
    _ingest(db, [corpus])
    denials = _quotes(db, act="deny")
    assert {q.speaker for q in denials} == {"Korea Utara", "Alexander Lukashenka"}  # the registry's names
    assert len(denials) == 3  # "Korea Utara membantah ...", "North Korea denied ...", Lukashenko's denial
    assert [q.doc_id for q in _quotes(db, speaker="prabowo", since=dt.date(2024, 10, 21))] == ["a2"]
    assert [q.doc_id for q in _quotes(db, search="pupuk")] == ["a4"]
    assert [q.doc_id for q in _quotes(db, act="DENY", lang="EN")] == ["a3"]


COSPEAKERS = (
    "MINSK, KOMPAS.com - Rusia dan Korea Utara membantah laporan pengiriman ribuan tentara ke garis depan.\n"
    "Juru Bicara Gedung Putih John Kirby mengatakan sedikitnya 3.000 tentara sudah tiba di Rusia timur."
)


def test_store_co_speakers_are_speakers_of_their_quotes(target, tmp_path):
    db = target
    _ingest(db, [_one_article(tmp_path, "k1", COSPEAKERS)])
    denial = _quotes(db, act="deny")
    assert len(denial) == 1 and denial[0].speaker == "Rusia"
    assert [c.name for c in denial[0].co_speakers] == ["Korea Utara"]
    assert denial[0].to_dict()["co_speakers"][0]["name"] == "Korea Utara"
    # queryable by any of its names, in either language
    for name in ("korea utara", "Korea Utara", "North Korea", "DPRK", "Russia", "rusia"):
        assert [q.speech_act for q in _quotes(db, speaker=name)] == ["deny"], name
    assert _speakers(db)["Korea Utara"].quotes == 1


@pytest.mark.parametrize("pattern", ["%", "_", "%a%", "\\", "'", "Prabowo%"])
def test_store_speaker_filter_is_a_name_not_a_pattern(target, corpus, pattern):
    _ingest(target, [corpus])
    assert _quotes(target, speaker=pattern) == []


def test_store_a_speaker_is_found_by_a_whole_word_of_its_name(target, corpus):
    _ingest(target, [corpus])
    assert {q.doc_id for q in _quotes(target, speaker="lukashenko")} == {"a3", "a4"}
    assert {q.doc_id for q in _quotes(target, speaker="LUKASHENKA")} == {"a3", "a4"}
    assert _quotes(target, speaker="lukash") == []  # part of a word is not a name


SEARCHABLE = (
    "JAKARTA, KOMPAS.com - Menteri Kesehatan Budi Gunadi Sadikin mengatakan kasus covid-19 turun 2,1 juta "
    "sepanjang tahun.\n"
    "Juru Bicara Prabowo-Gibran Dahnil Anzar menegaskan harga beras tetap Rp 14.500 per kilogram.\n"
    "“Sekolah di U.S. dan Indonesia sama-sama kekurangan guru,” kata Menteri Pendidikan Abdul Mu'ti.\n"
    "Ketua Panitia Rina Sari mengatakan acara dan lomba akan digelar AND ditutup malam ini."
)
HOSTILE_SEARCHES = {
    "covid-19": 1, "Prabowo-Gibran": 0, "U.S.": 1, "Rp 14.500": 1, "2,1 juta": 1, "Mu'ti": 0, "AND": 1,
    '"harga beras tetap"': 1, '"beras harga"': 0, "hARGA bERAS": 1, "guru*": 1, "kekura*": 1,
    'unbalanced "quote': 0, "harga )(": 1, "NOT": 0, "OR beras": 0, "-beras": 1, "beras:*": 1, "NEAR(a b)": 0,
}  # fmt: skip


@pytest.mark.parametrize("words", sorted(HOSTILE_SEARCHES))
def test_store_search_takes_the_users_words_as_words(target, tmp_path, words):
    _ingest(target, [_one_article(tmp_path, "s1", SEARCHABLE)])
    assert len(_quotes(target, search=words)) == HOSTILE_SEARCHES[words], words


@pytest.mark.parametrize("words", ["*", '"', "   ", "-", "()"])
def test_store_a_search_without_words_is_a_usage_error(target, tmp_path, words):
    from kutip.errors import UsageError

    _ingest(target, [_one_article(tmp_path, "s2", SEARCHABLE)])
    with pytest.raises(UsageError, match="holds no word"):
        _quotes(target, search=words)


def test_store_raw_full_text_expressions_only_when_asked_and_bad_ones_are_one_line(target, tmp_path):
    from kutip.errors import UsageError

    _ingest(target, [_one_article(tmp_path, "s3", SEARCHABLE)])
    sqlite = not target.startswith("postgres")
    expr = "guru OR beras" if sqlite else "guru | beras"
    assert len(_quotes(target, raw_search=expr)) == 2
    with pytest.raises(UsageError, match="not a valid full-text expression") as err:
        _quotes(target, raw_search='"unbalanced AND (' if sqlite else "guru & & (")
    assert "\n" not in str(err.value)


def test_store_pages_are_keyset_and_cost_the_same_number_of_queries(target, tmp_path):
    from sqlalchemy import event

    rows = [
        {"doc_id": f"p{i}", "date": f"2024-10-{1 + i % 9:02d}", "url": f"https://example.id/p{i}",
         "text": f"Kepala Desa Warga{i} Sentosa mengatakan jalan desa nomor {i} rusak parah.\n"
                 f"Ketua RT Agus{i} Pratama menilai perbaikan terlambat dan membantah ada dana desa."}
        for i in range(30)
    ]  # fmt: skip
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    _ingest(target, [path])
    with open_store(target, read_only=True) as store:
        q = store.queries()
        everything = q.quotes(limit=1000).rows
        statements: list[str] = []
        event.listen(store.conn, "before_cursor_execute", lambda *a: statements.append(a[2]))
        seen, after, pages = [], None, 0
        while True:
            page = q.quotes(limit=7, after=after)
            seen += page.rows
            pages += 1
            after = page.next
            if after is None:
                break
    assert [r.id for r in seen] == [r.id for r in everything] and len(everything) >= 60
    assert len(statements) == 2 * pages  # the page and its co-speakers: never a query per row
    dates = [r.date for r in everything]
    assert dates == sorted(dates, reverse=True)


def test_store_show_gives_the_article_with_its_quotes(target, tmp_path, corpus):
    _ingest(target, [corpus])
    with open_store(target, read_only=True) as store:
        art = store.queries().article("a1")
    assert art.doc_id == "a1" and [q.n for q in art.quotes] == [0, 1]
    first = art.quotes[0]
    assert art.text[first.start : first.end] == first.text
    assert art.text[first.mention_start : first.mention_end] == "Presiden Prabowo Subianto"


def test_store_a_reader_can_query_while_an_ingest_writes(target, tmp_path, corpus):
    db = target
    _ingest(db, [corpus])
    writer = open_store(db)
    writer.begin()
    writer.conn.exec_driver_sql("INSERT INTO speakers(name, kind) VALUES ('Sedang Ditulis', 'person')")
    reader = open_store(db, read_only=True)
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
    assert {q.speaker for q in _quotes(db)} == {"Rina Kartikasari"}


def test_store_merging_two_speakers_of_one_quote_leaves_one(target, tmp_path):
    _ingest(target, [_one_article(tmp_path, "k2", COSPEAKERS)])
    with open_store(target) as store:
        store.merge_speakers("Korea Utara", "Rusia")
    denial = _quotes(target, act="deny")
    assert denial[0].speaker == "Rusia" and denial[0].co_speakers == ()
    assert _speakers(target)["Rusia"].quotes == 1


def test_store_a_second_ingest_sees_the_speakers_the_first_added_meanwhile(target, tmp_path):
    first = open_store(target)  # a long ingest, between two windows
    ingest(read_paths([str(_one_article(tmp_path, "w1", ARTICLES[3]["text"]))]), first, "id", 1)
    full = _one_article(tmp_path, "w2", ARTICLES[0]["text"])  # "Presiden Prabowo Subianto"
    with open_store(target) as second:
        ingest(read_paths([str(full)]), second, "id", 1)
    short = _one_article(tmp_path, "w3", ARTICLES[1]["text"])  # "Presiden Prabowo" only
    ingest(read_paths([str(short)]), first, "id", 1)
    first.close()
    speakers = _speakers(target)
    assert "Prabowo" not in speakers and speakers["Prabowo Subianto"].quotes == 3


def test_store_an_article_is_named_by_doc_id_before_its_number(target, tmp_path):
    ids = ["2", "1", "sama", "sama"]
    rows = [{"doc_id": i, "text": a["text"]} for i, a in zip(ids, ARTICLES, strict=True)]
    path = tmp_path / "ids.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    _ingest(target, [path])
    from kutip.errors import UsageError

    with open_store(target, read_only=True) as store:
        q = store.queries()
        assert q.article("1").doc_id == "1" and q.article("2").doc_id == "2"
        assert q.article(str(q.article("1").id)).doc_id in {"1", "2"}
        with pytest.raises(UsageError, match="more than one article has doc_id 'sama'"):
            q.article("sama")


def test_store_search_finds_words_with_letters_beyond_ascii(target, tmp_path):
    text = "Wali Kota Jürgen Müller mengatakan jalan di Straße Merdeka akan ditutup hingga Kamis."
    _ingest(target, [_one_article(tmp_path, "u1", text)])
    for words in ("Straße", "straße", "ditutup Straße", "Straß*"):
        assert len(_quotes(target, search=words)) == 1, words


@pytest.mark.skipif(not os.environ.get("KUTIP_TEST_POSTGRES"), reason="KUTIP_TEST_POSTGRES is not set")
def test_store_postgresql_search_reads_letters_the_same_in_a_database_of_the_c_locale(tmp_path):
    import psycopg

    url = os.environ["KUTIP_TEST_POSTGRES"]
    with psycopg.connect(url, autocommit=True) as con:
        if not con.execute("SELECT 1 FROM pg_database WHERE datname = 'kutip_test_c'").fetchone():
            con.execute("CREATE DATABASE kutip_test_c LOCALE 'C' TEMPLATE template0")
    c_url = url.rsplit("/", 1)[0] + "/kutip_test_c"
    with psycopg.connect(c_url, autocommit=True) as con:
        con.execute("DROP SCHEMA public CASCADE")
        con.execute("CREATE SCHEMA public")
    text = "Wali Kota Jürgen Müller mengatakan jalan di depan kafé Straße Merdeka akan ditutup hingga Kamis."
    _ingest(c_url, [_one_article(tmp_path, "c1", text)])
    for words in ("kafé", "Straße", "Straß*", "kafé straße"):
        assert len(_quotes(c_url, search=words)) == 1, words
