"""Roles: where a role ends and a name begins, ranks kept apart, aliases, and the canonical form.

Sentences written for these tests in the style of Indonesian and English news."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kutip.attribute.mention import apposed_role, describe
from kutip.attribute.roles import canonical_role, trim_role
from kutip.doc import Document
from kutip.lang import get_language
from kutip.pipeline import run
from kutip.segment.article import Article

ID = get_language("id")


def _one(phrase: str) -> tuple[str | None, str | None, str | None, str | None]:
    m = describe(Article(phrase, ID), 0, len(phrase))[0]
    return m.name, m.role, m.rank, m.alias


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Menteri Sosial Saifullah Yusuf", "Saifullah Yusuf", "Menteri Sosial"),
        ("Direktur Jenderal Pajak Bimo Wijayanto", "Bimo Wijayanto", "Direktur Jenderal Pajak"),
        ("Gubernur Jateng Ahmad Luthfi", "Ahmad Luthfi", "Gubernur Jateng"),
        ("Wali Kota Palembang Ratu Dewa", "Ratu Dewa", "Wali Kota Palembang"),
        ("Menteri Perhubungan Budi Karya Sumadi", "Budi Karya Sumadi", "Menteri Perhubungan"),
        ("Ketua Organda Jakarta Hasan Basri", "Hasan Basri", "Ketua Organda Jakarta"),
        ("Pak Andre Rosiade", "Andre Rosiade", None),  # an honorific is no role
        ("Juru bicara Kremlin Dmitry Peskov", "Dmitry Peskov", "Juru bicara Kremlin"),
        ("Wali Kota Mohammad Idris", "Mohammad Idris", "Wali Kota"),
        # a region the lexicon knows only as a place belongs to the regional title before it
        ("Bupati Garut Ahmad Fauzi", "Ahmad Fauzi", "Bupati Garut"),
        ("Bupati Ahmad Fauzi Rahman", "Ahmad Fauzi Rahman", "Bupati"),
        ("Ketua DPRD Bantaeng Budi Santoso", "Budi Santoso", "Ketua DPRD Bantaeng"),
        ("Kepala Satgas KPK Wilayah V Dian Patria", "Dian Patria", "Kepala Satgas KPK Wilayah V"),
        (
            "Menko Infrastruktur dan Pembangunan Kewilayahan Agus Harimurti Yudhoyono",
            "Agus Harimurti Yudhoyono",
            "Menko Infrastruktur dan Pembangunan Kewilayahan",
        ),
        # an English office in Indonesian text opens a role like "Direktur" does
        (
            "Chief Executive Officer PT Sinar Laut Hendra Wiguna",
            "Hendra Wiguna",
            "Chief Executive Officer PT Sinar Laut",
        ),
        # a common word glued before a name from the sentence is no role
        ("Selain itu Rudi Hartono", "Rudi Hartono", None),
        ("Pembahasan RUU Hendra Wiguna", "Hendra Wiguna", None),
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
    mentions = describe(Article(phrase, ID), 0, len(phrase))
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


def _speakers(text: str) -> list[dict[str, object]]:
    return [q["speaker"] for q in run(Document("t", text, "id")).to_dict()["quotes"]]


def test_a_long_role_cut_by_the_phrase_limit_is_read_back_whole() -> None:
    text = (
        "Pada acara yang sama, Wakil Ketua Umum Bidang Penggalangan Relawan DPP Partai Harapan Bangsa "
        "(PHB) Rudi Santoso menyampaikan, koalisi akan diumumkan setelah rapat pleno pekan depan.\n"
    )
    speaker = _speakers(text)[0]
    assert speaker["name"] == "Rudi Santoso"
    assert speaker["role"] == ("Wakil Ketua Umum Bidang Penggalangan Relawan DPP Partai Harapan Bangsa (PHB)")


def test_two_offices_joined_by_a_slash_are_one_role() -> None:
    text = (
        "Kalangan pengusaha berharap Menteri PPN / Kepala Bappenas Rina Kartika mempercepat rencana itu.\n"
        '"Rencana ini akan kami selesaikan tahun depan," kata Rina.\n'
    )
    speaker = _speakers(text)[0]
    assert (speaker["name"], speaker["role"]) == ("Rina Kartika", "Menteri PPN / Kepala Bappenas")


def test_a_relation_before_a_comma_is_the_role_of_the_name_after_it() -> None:
    text = (
        "Kuasa hukum Budi Hartono, Slamet Riyadi, menilai penyidik sudah bekerja profesional. "
        "Ia mengatakan, kliennya akan hadir memenuhi panggilan.\n"
        '"Kami menghormati proses hukum yang berjalan," kata Slamet.\n'
    )
    for speaker in _speakers(text):
        assert (speaker["name"], speaker["role"]) == ("Slamet Riyadi", "Kuasa hukum Budi Hartono")


def test_a_relation_in_a_cue_names_the_person_after_the_comma() -> None:
    text = '"Berkas sudah kami serahkan," kata pengacara Rina, Dodi Prasetyo, di Jakarta, Senin (3/3/2025).\n'
    speaker = _speakers(text)[0]
    assert (speaker["name"], speaker["role"]) == ("Dodi Prasetyo", "pengacara Rina")


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Sekretaris Provinsi DIY Sutarjo Wibisono", "Sutarjo Wibisono", "Sekretaris Provinsi DIY"),
        (
            "Ketua Presidium Lembaga Pemantau Pemilu (LPP) Darto S Wiguna",
            "Darto S Wiguna",
            "Ketua Presidium Lembaga Pemantau Pemilu (LPP)",
        ),
        ("Pelatih renang Agung Prasetyo", "Agung Prasetyo", "Pelatih renang"),
        ("Jaksa Agung Sanitiar Burhan", "Sanitiar Burhan", "Jaksa Agung"),
        ("salah satu siswa, Dewi Lestari", "Dewi Lestari", "siswa"),
    ],
)
def test_given_names_are_not_left_in_the_role(phrase: str, name: str, role: str) -> None:
    assert _one(phrase)[:2] == (name, role)


def test_the_article_s_short_name_settles_where_the_name_begins() -> None:
    text = (
        "Koordinator Nasional Jaga Rawa Sinta Maharani mengungkapkan, lahan basah terus menyusut.\n"
        '"Perlu ada tindakan tegas dari pemerintah," ungkap Sinta Maharani.\n'
        "Sinta menambahkan, data itu dihimpun dari 12 provinsi.\n"
    )
    for speaker in _speakers(text):
        assert (speaker["name"], speaker["role"]) == ("Sinta Maharani", "Koordinator Nasional Jaga Rawa")


def test_a_role_restated_by_an_anaphor_is_the_person_s_role() -> None:
    text = (
        "Ratna Wulandari meninjau kebun bibit di Bogor, Sabtu (12/7/2025).\n"
        '"Anak-anak perlu mengenal tanaman sejak dini," kata Ratna kepada wartawan.\n'
        '"Kebun ini harus terus dirawat," kata Ketua Yayasan Bunga Nusantara ini.\n'
    )
    for speaker in _speakers(text):
        assert (speaker["name"], speaker["role"]) == ("Ratna Wulandari", "Ketua Yayasan Bunga Nusantara")


def test_a_lower_case_role_before_a_name_is_kept() -> None:
    text = (
        "Alat itu dirancang oleh mahasiswa Teknik Mesin Unpad Fajar Nugroho bersama timnya.\n"
        "Fajar mengatakan, alat itu membantu petani mengeringkan gabah lebih cepat.\n"
    )
    speaker = _speakers(text)[0]
    assert (speaker["name"], speaker["role"]) == ("Fajar Nugroho", "mahasiswa Teknik Mesin Unpad")


def test_a_name_misprinted_once_is_the_person_named_in_full() -> None:
    text = (
        "Peneliti Pusat Kajian Air, Rahmat Hidayanto, mengatakan debit sungai turun.\n"
        '"Kemarau tahun ini lebih panjang," ungkap Rahmta kepada wartawan.\n'
    )
    assert [s["name"] for s in _speakers(text)] == ["Rahmat Hidayanto", "Rahmat Hidayanto"]


def test_the_role_nearest_the_quote_when_a_person_holds_two() -> None:
    text = (
        "Hendra Gunawan meresmikan gedung baru di Bandung, Senin (3/3/2025).\n"
        '"Gedung ini untuk warga," kata Ketua Yayasan Pelita Bangsa ini.\n'
        "Pada sore harinya, ia menghadiri rapat partai.\n"
        '"Kami siap menghadapi pemilu," kata Sekretaris Jenderal Partai Harapan Rakyat ini.\n'
    )
    roles = [s["role"] for s in _speakers(text)]
    assert roles == ["Ketua Yayasan Pelita Bangsa", "Sekretaris Jenderal Partai Harapan Rakyat"]


@pytest.mark.parametrize(
    ("role", "canonical"),
    [
        ("Menteri Koodirnator Bidang Ekonomi", "Menteri Koordinator Bidang Perekonomian"),
        ("Menteri Koordinator bidang Pembangunan Manusia", "Menteri Koordinator Bidang Pembangunan Manusia"),
        ("Direktur Jenderal Minerba pada Kementerian ESDM", "Direktur Jenderal Minerba Kementerian ESDM"),
        ("Dosen Fakultas Hukum Unair", "Dosen Fakultas Hukum Universitas Airlangga"),
    ],
)
def test_canonical_role_spelling_and_links(role: str, canonical: str) -> None:
    assert canonical_role(role, "id") == canonical


@pytest.mark.parametrize(
    ("phrase", "name", "alias"),
    [("I (Iskandar)", "Iskandar", "I"), ("AS (Adi Santoso)", "Adi Santoso", "AS")],
)
def test_initials_before_the_name_in_parentheses(phrase: str, name: str, alias: str) -> None:
    m = describe(Article(phrase, ID), 0, len(phrase))[0]
    assert (m.name, m.kind, m.alias) == (name, "person", alias)


def test_a_body_s_initials_before_its_name_stay_a_body() -> None:
    phrase = "BI (Bank Indonesia)"
    assert describe(Article(phrase, ID), 0, len(phrase))[0].kind == "organization"


def test_initials_before_a_name_written_with_two_spaces() -> None:
    phrase = "AS (Adi  Santoso)"  # scraped pages keep doubled and non-breaking spaces
    m = describe(Article(phrase, ID), 0, len(phrase))[0]
    assert (m.kind, m.alias, m.end) == ("person", "AS", len(phrase))
    assert m.name.split() == ["Adi", "Santoso"]


def test_a_party_in_brackets_after_a_name_is_not_another_name() -> None:
    text = (
        "Wakil Ketua Komisi III DPR Habiburokhman (Gerindra) mengatakan revisi itu dibahas pekan depan. "
        '"Kami akan mengundang ahli," kata Habiburokhman. Sementara itu, Gerindra menyatakan mendukung. '
        '"Kami solid," kata Gerindra.\n'
    )
    quotes = run(Document("t", text, "id")).to_dict()["quotes"]
    said = {(q["speaker"]["name"], q["speaker"]["kind"]) for q in quotes}
    assert said == {("Habiburokhman", "person"), ("Gerindra", "organization")}
    assert all(q["speaker"]["aliases"] == [] for q in quotes)


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        ("id", "Hal itu disampaikan Arif Santoso, Gubernur Bengkulu dalam rapat dengan DPR, Senin.",
         "Arif Santoso", "Gubernur Bengkulu"),
        ("id", "Kata Maya Lestari, Ketua Komisi IV DPR saat meninjau gudang Bulog, stok cukup.",
         "Maya Lestari", "Ketua Komisi IV DPR"),
        ("en", "The plan is sound, said Mark Dalton, senator for Ohio during a hearing on Monday.",
         "Mark Dalton", "senator for Ohio"),
    ],
)  # fmt: skip
def test_a_role_after_a_name_ends_where_the_event_it_was_said_at_begins(lang, text, name, role):
    start = text.index(name)
    assert apposed_role(Article(text, get_language(lang)), start, start + len(name)) == role
