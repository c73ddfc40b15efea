"""Roles: where a role ends and a name begins, ranks kept apart, aliases, and the canonical form.

Sentences written for these tests in the style of Indonesian and English news."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kutip.attribute.mention import describe
from kutip.attribute.roles import canonical_role, trim_role
from kutip.doc import Document
from kutip.lang import get_language
from kutip.pipeline import run

ID = get_language("id")


def _one(phrase: str) -> tuple[str | None, str | None, str | None, str | None]:
    m = describe(phrase, 0, len(phrase), ID)[0]
    return m.name, m.role, m.rank, m.alias


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Menteri Sosial Saifullah Yusuf", "Saifullah Yusuf", "Menteri Sosial"),
        ("Direktur Jenderal Pajak Bimo Wijayanto", "Bimo Wijayanto", "Direktur Jenderal Pajak"),
        ("Gubernur Jateng Ahmad Luthfi", "Ahmad Luthfi", "Gubernur Jateng"),
        ("Wali Kota Palembang Ratu Dewa", "Ratu Dewa", "Wali Kota Palembang"),
        ("Juru bicara Kremlin Dmitry Peskov", "Dmitry Peskov", "Juru bicara Kremlin"),
        ("Wali Kota Mohammad Idris", "Mohammad Idris", "Wali Kota"),
        ("Ketua DPRD Bantaeng Budi Santoso", "Budi Santoso", "Ketua DPRD Bantaeng"),
        ("Kepala Satgas KPK Wilayah V Dian Patria", "Dian Patria", "Kepala Satgas KPK Wilayah V"),
        (
            "Menko Infrastruktur dan Pembangunan Kewilayahan Agus Harimurti Yudhoyono",
            "Agus Harimurti Yudhoyono",
            "Menko Infrastruktur dan Pembangunan Kewilayahan",
        ),
    ],
)
def test_role_ends_where_the_name_begins(phrase: str, name: str, role: str) -> None:
    got = _one(phrase)
    assert (got[0], got[1]) == (name, role)


@pytest.mark.parametrize(
    ("phrase", "name", "role", "rank"),
    [
        ("Kapolres Sukamaju Kota, AKBP Hendra Wijaya", "Hendra Wijaya", "Kapolres Sukamaju Kota", "AKBP"),
        ("Kapolri Jenderal (Pol) Bambang Sutrisno", "Bambang Sutrisno", "Kapolri", "Jenderal (Pol)"),
        ("Mayjen Marinir Joko Santoso", "Joko Santoso", None, "Mayjen Marinir"),
        ("Prof Rina Kartika", "Rina Kartika", None, "Prof"),
    ],
)
def test_rank_is_kept_apart(phrase: str, name: str, role: str | None, rank: str) -> None:
    got = _one(phrase)
    assert got[:3] == (name, role, rank)


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("Harga beras Gubernur Jawa Barat Dedi Hartono", "Gubernur Jawa Barat"),
        ("Pada kesempatan itu Wapres Budi Santoso", "Wapres"),
        ("Menteri Keuangan Rina Kartika dan Gubernur Bank Indonesia Hadi Wibowo", "Gubernur Bank Indonesia"),
        ("mantan Menteri Perdagangan Tono Sutanto", "mantan Menteri Perdagangan"),
    ],
)
def test_role_is_cut_exactly(phrase: str, role: str) -> None:
    mentions = describe(phrase, 0, len(phrase), ID)
    assert mentions[-1].role == role


def test_secara_is_no_role() -> None:
    assert _one("Secara khusus Eddy Purnomo")[:2] == ("Eddy Purnomo", None)


def test_alias_after_marker_and_in_parentheses() -> None:
    assert _one("Menteri Sosial (Mensos) Saifullah Yusuf alias Gus Ipul") == (
        "Saifullah Yusuf", "Menteri Sosial (Mensos)", None, "Gus Ipul"
    )  # fmt: skip
    assert _one("Saifullah Yusuf (Gus Ipul)")[3] == "Gus Ipul"


def test_article_gives_the_role_at_another_mention() -> None:
    text = (
        "JAKARTA - Ketua Asosiasi Nelayan Pesisir, Darmawan Sitorus mengatakan hasil tangkapan turun.\n"
        '"Cuaca buruk membuat kapal tidak bisa melaut," kata Darmawan, Senin (3/3/2025).\n'
    )
    doc = run(Document("t", text, "id"))
    speaker = doc.to_dict()["quotes"][0]["speaker"]
    assert speaker["name"] == "Darmawan Sitorus"
    assert speaker["role"] == "Ketua Asosiasi Nelayan Pesisir"


def test_speaker_dict_has_rank_and_aliases() -> None:
    text = (
        'Kapolres Sukamaju, AKBP Hendra Wijaya mengatakan pelaku sudah ditangkap. "Kami masih mendalami '
        'motifnya," kata Hendra.\n'
        'Menteri Sosial Saifullah Yusuf alias Gus Ipul menambahkan, "Bantuan akan segera disalurkan."\n'
    )
    quotes = run(Document("t", text, "id")).to_dict()["quotes"]
    by_name = {q["speaker"]["name"]: q["speaker"] for q in quotes}
    assert by_name["Hendra Wijaya"]["rank"] == "AKBP"
    assert by_name["Hendra Wijaya"]["role"] == "Kapolres Sukamaju"
    assert "Gus Ipul" in by_name["Saifullah Yusuf"]["aliases"]


@pytest.mark.parametrize(
    ("role", "canonical"),
    [
        ("Jubir KPK", "Juru Bicara KPK"),
        ("jubir KPK", "Juru Bicara KPK"),
        ("Menkeu", "Menteri Keuangan"),
        ("Menteri Keuangan (Menkeu)", "Menteri Keuangan"),
        ("Kapolres Bogor", "Kepala Kepolisian Resor Bogor"),
        ("Kapolri", "Kepala Polri"),
        ("Kabid Humas Polda Jateng", "Kepala Bidang Hubungan Masyarakat Kepolisian Daerah Jawa Tengah"),
        ("Kasat Lantas Polrestabes Medan", "Kepala Satuan Lalu Lintas Kepolisian Resor Kota Besar Medan"),
        ("Gubernur DKI", "Gubernur DKI Jakarta"),
        ("Menteri ESDM", "Menteri Energi dan Sumber Daya Mineral"),
        ("Menko Perekonomian", "Menteri Koordinator Bidang Perekonomian"),
        ("Sekda DIY", "Sekretaris Daerah Daerah Istimewa Yogyakarta"),
        ("Ketua DPP PDIP", "Ketua DPP PDI-P"),
        ("Kapolres Tasikmalaya Kota,", "Kepala Kepolisian Resor Tasikmalaya Kota"),
    ],
)
def test_canonical_role_id(role: str, canonical: str) -> None:
    assert canonical_role(role, "id") == canonical


@pytest.mark.parametrize(
    ("role", "canonical"),
    [
        ("Sen.", "Senator"),
        ("Gov.", "Governor"),
        ("Rep.", "Representative"),
        ("Senate Majority Leader", "Senate Majority Leader"),
    ],
)
def test_canonical_role_en(role: str, canonical: str) -> None:
    assert canonical_role(role, "en") == canonical


def test_canonical_role_unknown_language_is_trimmed_only() -> None:
    assert canonical_role(" Chef  de cuisine, ", "xx") == "Chef de cuisine"
    assert trim_role("Kapolres Bogor;") == "Kapolres Bogor"


ROLES_GOLD = Path(__file__).resolve().parents[2] / "shared" / "data" / "registry_dev" / "roles.jsonl"


@pytest.mark.skipif(
    not ROLES_GOLD.exists(), reason="../shared/data/registry_dev is absent: role gold not scored"
)
def test_role_evaluation_runs_on_a_sample() -> None:
    script = Path(__file__).resolve().parents[1] / "evaluation" / "roles.py"
    out = subprocess.run(
        [sys.executable, str(script), "--sample", "10", "--skip-detik"],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout)["roles.jsonl"]["all"]
    assert result["lines"] == 10
    assert result["role_rate"] >= 0.8
