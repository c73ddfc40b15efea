"""Ranks and canonical roles in the store (issue 11): a rank is kept apart from the role on every quote and
speaker of a quote; one office written two ways ("Kapolres Bogor", "Kepala Kepolisian Resor Bogor") is one
canonical role with the dates of both; a merge keeps the language each role was written in. On SQLite and
(with KUTIP_TEST_POSTGRES) PostgreSQL."""

from __future__ import annotations

import json

from conftest import invoke

from kutip.ingest import ingest
from kutip.read import read_paths
from kutip.store import open_store

ARTICLES = [
    {"doc_id": "polres-1", "date": "2025-03-02", "text": (
        "Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan, pelaku sudah ditangkap pada Sabtu malam. "
        "\"Kami masih mendalami motif pelaku,\" kata Rio kepada wartawan.")},
    {"doc_id": "polres-2", "date": "2025-05-20", "text": (
        "Kepala Kepolisian Resor Bogor Rio Wahyu Anggoro menyebut arus mudik tahun ini lebih lancar. "
        "\"Tidak ada kemacetan panjang di jalur Puncak,\" ujar Rio.")},
]  # fmt: skip


def _ingest(target: str, tmp_path) -> None:
    path = tmp_path / "polres.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    with open_store(target) as store:
        assert ingest(read_paths([str(path)]), store, "id", 1).failed == 0


def test_store_roles_a_rank_is_kept_apart_from_the_role(store_target, tmp_path):
    _ingest(store_target, tmp_path)
    result = invoke("quotes", "--db", store_target, "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    first = [r for r in rows if r["doc_id"] == "polres-1"]
    assert first and all((r["role"], r["rank"]) == ("Kapolres Bogor", "AKBP") for r in first)
    assert all(r["rank"] is None for r in rows if r["doc_id"] == "polres-2")
    with open_store(store_target, read_only=True) as store:
        ranks = store.conn.exec_driver_sql("SELECT DISTINCT rank FROM quote_speakers").fetchall()
    assert {r for (r,) in ranks} == {"AKBP", None}


def test_store_roles_one_office_written_two_ways_is_one_canonical_role(store_target, tmp_path):
    _ingest(store_target, tmp_path)
    result = invoke("speakers", "show", "Rio Wahyu Anggoro", "--db", store_target, "--format", "jsonl")
    speaker = json.loads(result.stdout)
    assert [c["role"] for c in speaker["canonical_roles"]] == ["Kepala Kepolisian Resor Bogor"]
    office = speaker["canonical_roles"][0]
    assert set(office["written"]) == {"Kapolres Bogor", "Kepala Kepolisian Resor Bogor"}
    assert (office["first_date"], office["last_date"], office["quotes"]) == ("2025-03-02", "2025-05-20", 3)
    table = invoke("speakers", "show", "Rio Wahyu Anggoro", "--db", store_target).stdout
    assert "Kepala Kepolisian Resor Bogor  (2025-03-02..2025-05-20, 3 quote(s))" in table
    assert "written: Kapolres Bogor; Kepala Kepolisian Resor Bogor" in table


def test_store_roles_a_merge_keeps_the_language_of_each_role(store_target, tmp_path):
    _ingest(store_target, tmp_path)
    english = tmp_path / "en.jsonl"
    english.write_text(json.dumps({"doc_id": "en-1", "lang": "en", "date": "2025-06-01", "text": (
        "Bogor police chief Rio Anggoro said on Monday that the suspect had been charged.")}) + "\n",
        encoding="utf-8")  # fmt: skip
    with open_store(store_target) as store:
        ingest(read_paths([str(english)]), store, "en", 1)
    languages = {"Kapolres Bogor": "id", "Kepala Kepolisian Resor Bogor": "id", "Bogor police chief": "en"}
    assert _roles(store_target) == {(role, lang, "Rio Wahyu Anggoro") for role, lang in languages.items()}
    # split the English name off, then merge the full name into it: every role moves, with its language
    assert invoke("speakers", "split", "Rio Anggoro", "--db", store_target).exit_code == 0
    apart = _roles(store_target)  # each keeps the roles written with its own quotes
    assert ("Bogor police chief", "en", "Rio Anggoro") in apart
    assert ("Bogor police chief", "en", "Rio Wahyu Anggoro") not in apart
    merged = invoke("speakers", "merge", "Rio Wahyu Anggoro", "Rio Anggoro", "--db", store_target)
    assert merged.exit_code == 0, merged.stderr
    held = _roles(store_target)
    assert {(role, lang) for role, lang, _ in held} == set(languages.items())
    assert len({speaker for _, _, speaker in held}) == 1


def _roles(target: str) -> set[tuple[str, str, str]]:
    with open_store(target, read_only=True) as store:
        sql = "SELECT r.role, r.lang, s.name FROM roles r JOIN speakers s ON s.id = r.speaker_id"
        return set(store.conn.exec_driver_sql(sql).fetchall())


def test_store_roles_a_role_written_short_joins_the_one_fuller_role_it_begins():
    from kutip.store.queries import Role, canonical_roles

    held = canonical_roles([
        Role("Wali Kota", "2020-08-17", "2020-08-17", 1, "id"),
        Role("Wali Kota Surabaya", "2020-08-01", "2020-09-01", 4, "id"),
        Role("Ketua", None, None, 2, "id"),
        Role("Ketua KPU", "2025-01-01", "2025-02-01", 3, "id"),
        Role("Ketua DPR", "2024-01-01", "2024-02-01", 3, "id"),
    ])  # fmt: skip
    by_role = {c.role: c for c in held}
    assert set(by_role) == {"Wali Kota Surabaya", "Ketua", "Ketua KPU", "Ketua DPR"}
    mayor = by_role["Wali Kota Surabaya"]
    assert (mayor.quotes, mayor.first_date, mayor.last_date) == (5, "2020-08-01", "2020-09-01")
    assert set(mayor.written) == {"Wali Kota", "Wali Kota Surabaya"}
