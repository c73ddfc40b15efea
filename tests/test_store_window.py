"""A window of articles is written with one statement per table, its role counts sent at its end (issue 14):
the registry decides as it would one article at a time. A role counted earlier in the window is read by the
next article's decisions, a speaker merged away takes its roles still unsent with it, and the store comes out
the same as when each article is its own write. On SQLite and (with KUTIP_TEST_POSTGRES) PostgreSQL."""

from __future__ import annotations

import json

from conftest import empty_postgres

from kutip.ingest import ingest
from kutip.read import read_paths
from kutip.store import open_store

ARTICLES = [
    {"doc_id": "dishub-1", "date": "2025-02-03", "text": (
        "BEKASI - Kepala Dinas Perhubungan Kota Bekasi, Haryanto, mengatakan uji coba jalur satu arah di "
        "Jalan Ahmad Yani dimulai pekan depan. \"Kami siapkan petugas di setiap persimpangan,\" kata "
        "Haryanto di Balai Kota. \"Warga diminta memakai jalur alternatif,\" ujar Haryanto.")},
    {"doc_id": "dishub-2", "date": "2025-02-11", "text": (
        "BEKASI - Kepala Dinas Perhubungan Kota Bekasi Haryanto Wicaksono mengatakan uji coba jalur satu "
        "arah diperpanjang dua pekan. \"Arus kendaraan pada jam sibuk sudah lebih lancar,\" kata Kepala "
        "Dinas Perhubungan Kota Bekasi Haryanto Wicaksono kepada wartawan.")},
    {"doc_id": "dishub-3", "text": (
        "Kepala Dinas Perhubungan Kota Bekasi Haryanto Wicaksono menyebut rambu baru dipasang bulan ini. "
        "\"Rambu dipasang di dua puluh titik,\" kata Haryanto.")},
    {"doc_id": "dishub-4", "date": "2025-01-28", "text": (
        "Ketua Organisasi Angkutan Darat Kota Bekasi Lestiani Purbasari menilai uji coba itu merugikan sopir "
        "angkot. \"Penumpang kami turun separuh,\" kata Lestiani. Menurut Kepala Dinas Perhubungan Kota "
        "Bekasi Haryanto Wicaksono, jalur angkot tidak diubah. \"Trayek tetap seperti semula,\" ucap "
        "Haryanto.")},
    {"doc_id": "dishub-5", "date": "2025-02-04", "text": (
        "Petugas gabungan menilang 40 kendaraan pada hari pertama. \"Sebagian besar pelanggar adalah sepeda "
        "motor,\" kata Kepala Bidang Lalu Lintas Dinas Perhubungan Kota Bekasi, Tomo, di Jalan Ahmad Yani.")},
    {"doc_id": "dishub-6", "date": "2025-02-05", "text": (
        "Kepala Bidang Lalu Lintas Dinas Perhubungan Kota Bekasi Sutomo Adiprawiro alias Tomo mengatakan "
        "penilangan berlanjut. \"Kami tidak memberi toleransi,\" kata Sutomo Adiprawiro.")},
]  # fmt: skip

REGISTRY = {
    "speakers": "SELECT id, name, kind FROM speakers",
    "aliases": "SELECT alias_key, kind_group, speaker_id, alias, reason, manual FROM aliases",
    "roles": "SELECT speaker_id, role, first_date, last_date, quotes, lang FROM roles",
    "quote_speakers": "SELECT quote_id, position, speaker_id, name, role FROM quote_speakers",
    "quotes": "SELECT id, article_id, speaker_id FROM quotes",
}


def _written(target: str, tmp_path, windows: list[list[dict]]) -> dict[str, list[tuple]]:
    """Ingest ``windows`` one after the other (each one ingest, one window) and read the registry's tables."""
    with open_store(target) as store:
        for n, docs in enumerate(windows):
            path = tmp_path / f"w{n}.jsonl"
            path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
            assert ingest(read_paths([str(path)]), store, "id", 1).new == len(docs)
        return {t: sorted(tuple(r) for r in store.conn.exec_driver_sql(sql)) for t, sql in REGISTRY.items()}


def _fresh(store_target: str, tmp_path, name: str) -> str:
    return str(tmp_path / name) if "://" not in store_target else empty_postgres()


def test_store_window_counts_roles_as_one_article_at_a_time(store_target, tmp_path):
    together = _written(_fresh(store_target, tmp_path, "one.db"), tmp_path, [ARTICLES])
    apart = _written(_fresh(store_target, tmp_path, "each.db"), tmp_path, [[a] for a in ARTICLES])
    assert together == apart
    names = {sid: name for sid, name, _ in together["speakers"]}
    roles = {(names[sid], role): rest for sid, role, *rest in together["roles"]}
    # nine quotes over four articles, one of them undated: the dates are those of the dated ones
    office = ("Haryanto Wicaksono", "Kepala Dinas Perhubungan Kota Bekasi")
    assert roles[office] == ["2025-01-28", "2025-02-11", 9, "id"]
    # the role counted for "Haryanto" in the window's first article made the full name his
    reasons = {alias: reason for _, _, _, alias, reason, _ in together["aliases"]}
    assert reasons["Haryanto Wicaksono"] == "fuller form of Haryanto (both 'bekasi')"
    # "Tomo", merged into the name the next article gives him, brings the role of his quote along
    traffic = ("Sutomo Adiprawiro", "Kepala Bidang Lalu Lintas Dinas Perhubungan Kota Bekasi")
    assert roles[traffic] == ["2025-02-04", "2025-02-05", 3, "id"]
    assert "Tomo" not in names.values()


def _ingested(target: str, tmp_path, workers: int) -> dict[str, list[tuple]]:
    """Ingest ARTICLES in one run with ``workers`` processes (two or more: they prepare the documents)."""
    path = tmp_path / f"all-{workers}.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in ARTICLES), encoding="utf-8")
    with open_store(target) as store:
        assert ingest(read_paths([str(path)]), store, "id", workers).new == len(ARTICLES)
        tables = dict(REGISTRY)
        if store.dialect == "postgresql":  # the words of its full-text tables come from the workers too
            tables |= {t: f"SELECT id, words::text FROM {t}" for t in ("articles_fts", "quotes_fts")}
        return {t: sorted(tuple(r) for r in store.conn.exec_driver_sql(sql)) for t, sql in tables.items()}


def test_store_is_the_same_when_the_workers_prepare_the_documents(store_target, tmp_path):
    # with workers, what the writer reads from a document alone comes worked out (kutip.store.prepare)
    serial = _ingested(_fresh(store_target, tmp_path, "serial.db"), tmp_path, 1)
    prepared = _ingested(_fresh(store_target, tmp_path, "workers.db"), tmp_path, 2)
    assert prepared == serial
    assert {name for _, name, _ in serial["speakers"]} >= {"Haryanto Wicaksono", "Sutomo Adiprawiro"}
    if "quotes_fts" in serial:
        assert len(serial["quotes_fts"]) == len(serial["quotes"]) and len(serial["articles_fts"]) == 6


def test_a_speaker_added_by_hand_after_an_ingest_gets_a_free_id(store_target, tmp_path):
    # the writer gives speaker ids out itself; PostgreSQL's identity must still follow them
    target = _fresh(store_target, tmp_path, "ids.db")
    written = _ingested(target, tmp_path, 1)
    highest = max(sid for sid, _, _ in written["speakers"])
    with open_store(target) as store, store.transaction():
        added = store.conn.exec_driver_sql(
            "INSERT INTO speakers(name, kind) VALUES ('Rina Kartika', 'person') RETURNING id"
        ).scalar_one()
    assert added == highest + 1


def test_a_speaker_id_is_never_given_twice_even_once_merged_away(store_target, tmp_path):
    # a namesake's name holds its speaker's id ("budi #7"): an id given again could take that name over
    target = _fresh(store_target, tmp_path, "reuse.db")
    written = _ingested(target, tmp_path, 1)
    highest = max(sid for sid, _, _ in written["speakers"])
    names = {sid: name for sid, name, _ in written["speakers"]}
    with open_store(target) as store:
        other = next(name for sid, name in names.items() if sid != highest and " " in name)
        store.merge_speakers(names[highest], other)
        path = tmp_path / "later.jsonl"
        later = {"doc_id": "terminal-1", "text": (
            "Kepala Terminal Bekasi Rudi Kurniawan mengatakan armada bus ditambah. \"Kami siapkan dua puluh "
            "bus tambahan,\" kata Rudi Kurniawan.")}  # fmt: skip
        path.write_text(json.dumps(later) + "\n", encoding="utf-8")
        assert ingest(read_paths([str(path)]), store, "id", 1).new == 1
        sql = "SELECT id FROM speakers WHERE name = 'Rudi Kurniawan'"
        ids = [r[0] for r in store.conn.exec_driver_sql(sql)]
    assert ids and ids[0] > highest


def test_a_name_another_process_adds_is_seen_by_the_next_write(store_target, tmp_path):
    # each process keeps what it read of the registry from one write to the next, unless another one wrote
    target = _fresh(store_target, tmp_path, "two.db")
    written = _ingested(target, tmp_path, 1)
    sid = next(sid for sid, name, _ in written["speakers"] if name == "Haryanto Wicaksono")
    with open_store(target) as first, open_store(target) as second:
        with first.transaction():
            assert "Haryanto Wicaksono" in first.registry._names(sid)
        with second.transaction():
            second.registry.add_name(sid, "Pak Haryo", "person", "by hand in a test")
        with first.transaction():
            assert "Pak Haryo" in first.registry._names(sid)
