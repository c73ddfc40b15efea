"""Speaker identity across articles (issue 11, part B): nicknames and other names an article gives, initials
and spelling variants, body acronyms, namesakes kept apart, the fullest display name, and the review list.
Names and sentences are written for these tests in the style of Indonesian news."""

from __future__ import annotations

import pytest

from kutip.store import open_store
from kutip.store.names import (
    acronym_forms,
    body_key,
    body_spelling,
    match_person,
    mention_standing,
    names_given,
    person_words,
    role_words,
    standings_clash,
    word_key,
)


def _match(a: str, b: str):
    return match_person(person_words(a), person_words(b))


@pytest.mark.parametrize(
    ("short", "long", "how", "missing"),
    [
        ("M Rizal Fahmi", "Mohammad Rizal Fahmi", "spelling", ""),
        ("Rizal Fahmi", "Muhammad Rizal Fahmi", "short", "minor"),
        ("Ketut Sudarma", "I Ketut Sudarma", "short", "minor"),
        ("Hendra W Saputra", "Hendra Wijaya Saputra", "spelling", ""),
        ("Sutarno Djaja", "Soetarno Jaja", "spelling", ""),
        ("Rudi Hartanto", "Rudi Prasetya Hartanto", "short", "middle"),
        ("Rudi Prasetya", "Rudi Prasetya Hartanto", "short", "trailing"),
        ("Dewi Lestari", "Anisa Dewi Lestari", "short", "leading"),
        ("Indra Giri Putra", "Indragiri Putra", None, None),
    ],
)
def test_person_names_line_up_by_initials_spelling_and_short_forms(short, long, how, missing):
    found = _match(short, long)
    if how is None:
        assert _match(long, short) is not None or found is None
    else:
        assert found is not None and (found.how, found.missing) == (how, missing)


def test_joined_and_split_names_and_names_that_do_not_line_up():
    assert _match("Indragiri Putra", "Indra Giri Putra").how == "joined"
    assert _match("Rudi Santoso", "Budi Santoso") is None
    assert _match("Mohammad Fikri", "Mohammad Fadli Rahman") is None
    assert word_key("Zainal") != word_key("Zaenal")  # ai / ae is another name, not a spelling


def test_body_forms_acronyms_contractions_and_misspellings():
    assert "kpu" in acronym_forms("Komisi Pemilihan Umum")
    assert "kementerian esdm" in acronym_forms("Kementerian Energi dan Sumber Daya Mineral")
    assert body_key("Kemenhub") == body_key("Kementerian Perhubungan")
    assert body_key("Pemkab Sleman") == body_key("Pemerintah Kabupaten Sleman")
    assert body_key("PT Garuda Indonesia (Persero) Tbk") == body_key("Garuda Indonesia")
    assert body_spelling("Bank Sentral Norwegia", "Bank Sentra Norwegia")
    assert not body_spelling("Kementerian Perhubungan", "Kementerian Perdagangan")


def test_an_article_gives_other_names():
    text = (
        "Wakil Ketua DPRD Ahmad Fauzan alias Cak Ozan menyebut anggaran belum cair. Badan Pengawas Obat "
        "dan Makanan (BPOM) menarik produk itu. Rektor Siti Rahayu atau akrab disapa Bu Ayu hadir. "
        "Budi Santoso atau Hendra Wijaya belum menjawab."
    )
    given = names_given(
        text, ["Ahmad Fauzan", "Badan Pengawas Obat dan Makanan", "Siti Rahayu", "Budi Santoso"]
    )
    assert given == {
        "Cak Ozan": "Ahmad Fauzan",
        "BPOM": "Badan Pengawas Obat dan Makanan",
        "Bu Ayu": "Siti Rahayu",
    }


def test_registry_an_acronym_in_brackets_must_be_the_initials_of_the_name_before_it():
    text = (
        "Pemerintah menyiapkan Peraturan Pemerintah (PP) tentang upah. Dinas Pendidikan (Disdik) dan Komisi "
        "Perlindungan Anak Indonesia (KPAI) memantau. Gubernur Bobby Nasution (BN) datang."
    )
    given = names_given(text, ["Pemerintah", "Dinas Pendidikan", "Komisi Perlindungan Anak Indonesia",
                               "Bobby Nasution"])  # fmt: skip
    assert given == {
        "Disdik": "Dinas Pendidikan",
        "KPAI": "Komisi Perlindungan Anak Indonesia",
        "BN": "Bobby Nasution",
    }


# -- through the store ----------------------------------------------------------------------------


def _doc(doc_id: str, text: str, speakers: list[dict], date: str = "2025-10-01") -> dict:
    """An extracted document as the pipeline hands it to the store: one quote per speaker given."""
    quotes = [
        {"type": "direct", "text": f"kutipan {n}", "start": 0, "end": 5, "speech_act": "say",
         "confidence": 0.9, "speaker": {"kind": "person", **s}}
        for n, s in enumerate(speakers)
    ]  # fmt: skip
    return {"doc_id": doc_id, "lang": "id", "date": date, "text": text, "quotes": quotes, "entities": [],
            "quantities": [], "dates": [], "removed": []}  # fmt: skip


def _add(store, *docs: dict) -> None:
    with store.transaction():
        store.add_many([(d, d["doc_id"], None) for d in docs])


def _speaker(store, name: str):
    return store.queries().speaker(name)


@pytest.fixture
def store(store_target):
    with open_store(store_target) as s:
        yield s


def test_nicknames_from_the_article_and_from_the_extraction_join_the_person(store):
    _add(
        store,
        _doc("n1", "Menteri Desa Ahmad Fauzan alias Cak Ozan mengatakan dana desa cair.",
             [{"name": "Ahmad Fauzan", "role": "Menteri Desa"}]),
        _doc("n2", "Cak Ozan menambahkan dana itu untuk jalan.", [{"name": "Cak Ozan"}]),
        _doc("n3", "Menteri Desa Ahmad Fauzan (AF) menjawab.",
             [{"name": "Ahmad Fauzan", "role": "Menteri Desa", "aliases": ["AF"]}]),
    )  # fmt: skip
    person = _speaker(store, "Cak Ozan")
    assert person.name == "Ahmad Fauzan" and person.quotes == 3
    reasons = {a.alias: a.reason for a in person.aliases}
    assert "n1" in reasons["Cak Ozan"] and "n3" in reasons["AF"]


def test_a_body_in_brackets_after_a_person_is_never_their_other_name(store):
    doc = _doc("p1", "Wakil Ketua Komisi III DPR Habiburokhman (Gerindra) berkata. Gerindra mendukung.",
               [{"name": "Habiburokhman", "role": "Wakil Ketua Komisi III DPR", "aliases": ["Gerindra"]},
                {"name": "Gerindra", "kind": "organization"}])  # fmt: skip
    _add(store, doc)
    person, party = _speaker(store, "Habiburokhman"), _speaker(store, "Gerindra")
    assert (person.kind, party.kind) == ("person", "organization")
    assert "Gerindra" not in {a.alias for a in person.aliases} and party.quotes == 1


def test_initials_and_spelling_join_when_roles_agree_and_short_names_need_agreement(store):
    _add(
        store,
        _doc("i1", "Kepala Bappeda Sleman Mohammad Rizal Fahmi berkata.",
             [{"name": "Mohammad Rizal Fahmi", "role": "Kepala Bappeda Sleman"}]),
        _doc("i2", "Kepala Bappeda Sleman M Rizal Fahmi berkata.",
             [{"name": "M Rizal Fahmi", "role": "Kepala Bappeda Sleman"}]),
        _doc("i3", "Rizal, Kepala Bappeda Sleman, menambahkan.", [{"name": "Rizal"}]),
        _doc("i4", "Rizal, pedagang di Pasar Minggu, mengeluh.", [{"name": "Rizal", "role": "pedagang"}],
             date="2025-10-02"),
    )  # fmt: skip
    person = _speaker(store, "M Rizal Fahmi")
    assert person.name == "Mohammad Rizal Fahmi"
    assert {a.alias for a in person.aliases} >= {"M Rizal Fahmi", "Mohammad Rizal Fahmi"}


def test_people_who_share_a_one_word_name_are_kept_apart_when_roles_disagree(store):
    _add(
        store,
        _doc("s1", "Kepala Dinas Pendidikan Mataram Yusuf berkata.",
             [{"name": "Yusuf", "role": "Kepala Dinas Pendidikan Mataram"}]),
        _doc("s2", "Kapolsek Cilandak Yusuf berkata.", [{"name": "Yusuf", "role": "Kapolsek Cilandak"}]),
        _doc("s3", "Kepala Dinas Pendidikan Mataram Yusuf menambahkan.",
             [{"name": "Yusuf", "role": "Kepala Dinas Pendidikan Mataram"}]),
    )  # fmt: skip
    first = _speaker(store, "Yusuf")
    assert first.quotes == 2
    rows = store.queries().review()
    namesake = [r for r in rows if "namesake" in r.reason]
    assert len(namesake) == 1 and namesake[0].speaker_id != first.id
    other = _speaker(store, f"Yusuf #{namesake[0].speaker_id}")
    assert [r.role for r in other.roles] == ["Kapolsek Cilandak"]


def test_bodies_join_by_acronym_contraction_and_legal_form(store):
    docs = [
        _doc("b1", "x", [{"name": "Komisi Pemilihan Umum", "kind": "organization"}]),
        _doc("b2", "x", [{"name": "KPU", "kind": "organization"}]),
        _doc("b3", "x", [{"name": "Kemenhub", "kind": "organization"}]),
        _doc("b4", "x", [{"name": "Kementerian Perhubungan", "kind": "organization"}]),
        _doc("b5", "x", [{"name": "Kementerian Perdagangan", "kind": "organization"}]),
        _doc("b6", "x", [{"name": "PT Garuda Indonesia", "kind": "organization"}]),
        _doc("b7", "x", [{"name": "Garuda Indonesia", "kind": "organization"}]),
        _doc("b8", "x", [{"name": "KPU Jateng", "kind": "organization"}]),
    ]
    _add(store, *docs)
    assert _speaker(store, "KPU").id == _speaker(store, "Komisi Pemilihan Umum").id
    assert _speaker(store, "Kemenhub").id == _speaker(store, "Kementerian Perhubungan").id
    assert _speaker(store, "Kementerian Perdagangan").id != _speaker(store, "Kemenhub").id
    assert _speaker(store, "Garuda Indonesia").id == _speaker(store, "PT Garuda Indonesia").id
    assert _speaker(store, "KPU Jateng").id != _speaker(store, "KPU").id


def test_the_fullest_name_is_shown_after_a_merge_by_hand(store):
    _add(
        store,
        _doc("f1", "Gus Ozan berkata.", [{"name": "Gus Ozan"}]),
        _doc("f2", "Bupati Jember Ahmad Fauzan Hidayat berkata.",
             [{"name": "Ahmad Fauzan Hidayat", "role": "Bupati Jember"}]),
    )  # fmt: skip
    store.merge_speakers("Ahmad Fauzan Hidayat", "Gus Ozan")
    assert _speaker(store, "Gus Ozan").name == "Ahmad Fauzan Hidayat"


def test_show_lists_acts_and_articles_and_review_gives_the_commands(store):
    from kutip.output.rows import review_commands

    _add(
        store,
        _doc("r1", "Kepala BPBD Sleman Joko Santosa berkata.",
             [{"name": "Joko Santosa", "role": "Kepala BPBD Sleman"}]),
        _doc("r2", "Kepala BPBD Sleman Djoko Santosa berkata.",
             [{"name": "Djoko Santosa", "role": "Kepala BPBD Sleman"}], date="2025-10-03"),
    )  # fmt: skip
    person = _speaker(store, "Djoko Santosa")
    assert dict(person.acts) == {"say": 2} and [a.doc_id for a in person.quoted_in] == ["r2", "r1"]
    row = next(r for r in store.queries().review() if r.alias == "Djoko Santosa")
    keep, undo = review_commands(row)
    assert keep == 'kutip speakers confirm "Djoko Santosa"' and undo == 'kutip speakers split "Djoko Santosa"'
    store.confirm_name("Djoko Santosa")
    store.confirm_name("Djoko Santosa")  # twice: said once
    assert all(r.alias != "Djoko Santosa" for r in store.queries().review())
    reason = next(a.reason for a in _speaker(store, "Djoko Santosa").aliases if a.alias == "Djoko Santosa")
    assert reason.count("confirmed by hand") == 1


def test_initials_titles_and_parenthesised_acronyms_in_names_and_roles():
    from kutip.store.names import role_bodies, role_words

    assert _match("Hendra Saputra", "Dimas H Saputra") is None  # a given name is no one's initial
    assert person_words("Romo Pater Yohanes Djawa") == ["yohanes", "djawa"]
    assert "lpkd" in role_words("Peneliti Lembaga Pengkajian Kebijakan Daerah (LPKD)")
    assert role_bodies("Kepala Bidang Humas Polda Bali") == {"polri"}
    assert role_bodies("Kepala Seksi Intelijen Kejari Depok") == {"kejaksaan"}


def test_an_article_says_which_nickname_clipped_name_or_acronym_is_whose():
    from kutip.store.names import article_names

    doc = _doc(
        "a1",
        "Bupati Tapanuli Rahmat 'Ucok' Siregar meninjau jalan. Sekda Wibisono Hartanto hadir. "
        "Badan Penyelenggara Jaminan Sosial (BPJS) membayar klaim.",
        [{"name": "Ucok"}, {"name": "Wibi"}, {"name": "Hartanto Wibisono"},
         {"name": "BPJS Kesehatan", "kind": "organization"}, {"name": "BPJS Riau", "kind": "organization"},
         {"name": "Badan Penyelenggara Jaminan Sosial", "kind": "organization"}],
    )  # fmt: skip
    doc["quotes"][2]["speaker"]["name"] = "Wibisono Hartanto"
    names = article_names(doc)
    assert names.given["Ucok"] == "Rahmat Siregar"
    assert names.fuller["Wibi"] == "Wibisono Hartanto"
    assert "BPJS Kesehatan" not in names.given  # "Kesehatan" is no word of the name spelled out
    assert "BPJS Riau" not in names.given


def test_a_one_word_name_in_the_same_write_is_the_one_full_name_quoted_those_weeks(store):
    _add(
        store,
        _doc("w1", "Gilang mengatakan pasar dibuka.", [{"name": "Gilang"}], date="2025-10-01"),
        _doc("w2", "Ketua Kadin Garut Gilang Prawiranata berkata.",
             [{"name": "Gilang Prawiranata", "role": "Ketua Kadin Garut"}], date="2025-10-02"),
        _doc("w3", "Menurut Susilawati, harga cabai naik.", [{"name": "Susilawati"}], date="2025-10-03"),
        _doc("w4", "Direktur RSUD Cianjur Susilawati Kartika berkata.",
             [{"name": "Susilawati Kartika", "role": "Direktur RSUD Cianjur"}], date="2025-10-04"),
        _doc("w5", "kata Susilawati kepada wartawan.", [{"name": "Susilawati"}], date="2025-10-06"),
    )  # fmt: skip
    assert _speaker(store, "Gilang").id == _speaker(store, "Gilang Prawiranata").id
    person = _speaker(store, "Susilawati")
    assert person.name == "Susilawati Kartika" and person.quotes == 3
    assert "quoted the same weeks" in {a.alias: a.reason for a in person.aliases}["Susilawati"]
    _add(store, _doc("w6", "Baskara berkata.", [{"name": "Baskara"}], date="2023-02-01"))
    _add(
        store,
        _doc("w7", "Kepala Bappeda Baskara Wijanarko berkata.",
             [{"name": "Baskara Wijanarko", "role": "Kepala Bappeda"}], date="2025-10-02"),
    )  # fmt: skip
    assert _speaker(store, "Baskara").id != _speaker(store, "Baskara Wijanarko").id  # two years apart


def test_roles_naming_different_institutions_keep_a_surname_apart(store):
    _add(
        store,
        _doc("c1", "Kepala Pusat Penerangan Hukum Kejaksaan Agung Hadi Purwanto berkata.",
             [{"name": "Purwanto", "role": "Kepala Pusat Penerangan Hukum Kejaksaan Agung"}]),
        _doc("c2", "Kepala Biro Penerangan Masyarakat Divisi Humas Polri Brigjen Dani Purwanto berkata.",
             [{"name": "Dani Purwanto", "role": "Kepala Biro Penerangan Masyarakat Divisi Humas Polri"}]),
    )  # fmt: skip
    assert _speaker(store, "Purwanto").id != _speaker(store, "Dani Purwanto").id


def test_a_headline_or_the_same_weeks_complete_a_name_the_body_shortens(store):
    _add(
        store,
        _doc("h1", "Kepala Bapanas Laksmana Dirga Wicaksana berkata.",
             [{"name": "Laksmana Dirga Wicaksana", "role": "Kepala Bapanas"}], date="2025-10-01"),
        _doc("h2", "Laksmana Wicaksana menambahkan stok beras aman.", [{"name": "Laksmana Wicaksana"}],
             date="2025-10-05"),
        _doc("h3", "Rektor Unpad Gumelar Sastranegara berkata.",
             [{"name": "Gumelar Sastranegara", "role": "Rektor Unpad"}], date="2021-03-01"),
    )  # fmt: skip
    late = _doc("h4", "Hal itu disampaikan Gumelar di Bandung.", [{"name": "Gumelar"}], date="2025-10-05")
    late["title"] = "Panggil Gumelar Sastranegara, Gubernur Bahas Kampus"
    _add(store, late)
    assert _speaker(store, "Laksmana Wicaksana").id == _speaker(store, "Laksmana Dirga Wicaksana").id
    assert _speaker(store, "Gumelar").id == _speaker(store, "Gumelar Sastranegara").id


def test_the_standing_an_article_gives_a_name():
    text = (
        'Harga cabai naik lagi. "Sehari cuma laku sedikit," kata Sutrisno (52), seorang pedagang sayur '
        "di Pasar Kramat. Sementara itu, Menteri Perdagangan Sutrisno Wibowo menjawab di Jakarta."
    )
    assert mention_standing(text, "Sutrisno", None) == "citizen"
    assert mention_standing(text, "Sutrisno Wibowo", None) == "office"
    assert mention_standing("Ketua RT 04 Bambang membenarkan kejadian itu.", "Bambang", None) == "staff"
    assert mention_standing("x", "Bambang", "Kepala Seksi Pelayanan Kantor Imigrasi Bogor") == "staff"
    assert mention_standing("Presiden menyapa warga Hartono.", "Hartono", None) is None  # mixed: none
    assert standings_clash("staff", frozenset({"office"}))
    assert not standings_clash("office", frozenset({"office", "staff"}))  # held both: no clash
    assert not standings_clash("office", frozenset())


def test_a_full_name_is_one_person_through_offices_but_not_a_clerk_and_a_president(store):
    _add(
        store,
        _doc("f1", "Presiden Hartono Wijaya meresmikan bendungan.",
             [{"name": "Hartono Wijaya", "role": "Presiden"}]),
        _doc("f2", "Kepala Seksi Pelayanan Kantor Imigrasi Bogor Hartono Wijaya menjelaskan antrean paspor.",
             [{"name": "Hartono Wijaya", "role": "Kepala Seksi Pelayanan Kantor Imigrasi Bogor"}]),
        _doc("f3", "Presiden Hartono Wijaya kembali berbicara.",
             [{"name": "Hartono Wijaya", "role": "Presiden"}]),
        _doc("f4", "Kapolda Jawa Barat Rahmat Santika berkata.",
             [{"name": "Rahmat Santika", "role": "Kapolda Jawa Barat"}]),
        _doc("f5", "Gubernur Jawa Barat Rahmat Santika berkata.",
             [{"name": "Rahmat Santika", "role": "Gubernur Jawa Barat"}]),
    )  # fmt: skip
    assert _speaker(store, "Hartono Wijaya").quotes == 2
    namesake = [r for r in store.queries().review() if "high office" in r.reason]
    assert len(namesake) == 1
    assert _speaker(store, "Rahmat Santika").quotes == 2  # Kapolda, then Gubernur: one person


def test_an_ordinary_citizen_named_by_one_word_is_a_speaker_of_their_own(store):
    _add(
        store,
        _doc("c1", "Menteri Perdagangan Sutrisno Wibowo meninjau pasar.",
             [{"name": "Sutrisno Wibowo", "role": "Menteri Perdagangan"}]),
        _doc("c2", "Menteri Perdagangan Sutrisno menambahkan stok aman.",
             [{"name": "Sutrisno", "role": "Menteri Perdagangan"}]),
        _doc("c3", "Harga naik, kata Sutrisno (52), seorang pedagang sayur. Sutrisno mengeluh.",
             [{"name": "Sutrisno"}, {"name": "Sutrisno"}]),
        _doc("c4", '"Sepi," kata Sutrisno, warga Cilincing.', [{"name": "Sutrisno"}]),
    )  # fmt: skip
    assert _speaker(store, "Sutrisno Wibowo").quotes == 2
    citizens = [r for r in store.queries().review() if "ordinary citizen" in r.reason]
    assert len(citizens) == 2  # one in each article, both quotes of c3 with the first
    assert sorted(_speaker(store, f"Sutrisno #{r.speaker_id}").quotes for r in citizens) == [1, 2]


def test_a_long_rare_one_word_name_is_the_full_name_it_calls_in_the_same_season(store):
    _add(
        store,
        _doc("s1", "Wakil Ketua Komisi IV DPR Rustandiar Wirakusuma berkata.",
             [{"name": "Rustandiar Wirakusuma", "role": "Wakil Ketua Komisi IV DPR"}], date="2025-06-02"),
        _doc("s2", "Kepala Dinas Pangan Bambang Harjosaputro berkata.",
             [{"name": "Bambang Harjosaputro", "role": "Kepala Dinas Pangan"}], date="2025-06-03"),
        _doc("s3", "Menteri Koperasi Welasih Tanjungsari berkata.",
             [{"name": "Welasih Tanjungsari", "role": "Menteri Koperasi"}], date="2020-02-03"),
        _doc("s4", "Dirut PDAM Tirta Tama Kamaruzaman berkata.",
             [{"name": "Tama Kamaruzaman", "role": "Dirut PDAM Tirta"}], date="2025-06-04"),
    )  # fmt: skip
    _add(
        store,
        _doc("s5", "Rustandiar menyebut anggaran pupuk kurang.", [{"name": "Rustandiar"}], date="2025-08-20"),
        _doc("s6", "Harjosaputro menyebut stok aman.", [{"name": "Harjosaputro"}], date="2025-08-21"),
        _doc("s7", "Welasih menyebut harga gula naik.", [{"name": "Welasih"}], date="2025-08-22"),
        _doc("s8", "Tama menyebut air bersih cukup.", [{"name": "Tama"}], date="2025-08-23"),
    )  # fmt: skip
    person = _speaker(store, "Rustandiar")
    assert person.name == "Rustandiar Wirakusuma"  # eleven weeks on, the one full name called so
    assert "quoted the same season" in {a.alias: a.reason for a in person.aliases}["Rustandiar"]
    # a last word is not the word a full name is called by; five years on is another season; four letters
    # name too many people beyond the same weeks
    assert _speaker(store, "Harjosaputro").id != _speaker(store, "Bambang Harjosaputro").id
    assert _speaker(store, "Welasih").id != _speaker(store, "Welasih Tanjungsari").id
    assert _speaker(store, "Tama").id != _speaker(store, "Tama Kamaruzaman").id


def test_a_rare_one_word_name_quoted_first_joins_the_full_name_that_arrives_that_season(store):
    _add(store, _doc("t1", "Purwadaksi menyebut jalan rusak.", [{"name": "Purwadaksi"}], date="2025-03-01"))
    _add(
        store,
        _doc("t2", "Bupati Ciamis Purwadaksi Hardjono berkata.",
             [{"name": "Purwadaksi Hardjono", "role": "Bupati Ciamis"}], date="2025-05-10"),
    )  # fmt: skip
    person = _speaker(store, "Purwadaksi")
    assert person.name == "Purwadaksi Hardjono" and person.quotes == 2


def test_names_of_today_that_differ_in_a_first_letter_need_agreeing_roles(store):
    _add(
        store,
        _doc("y1", "Kapolsek Cibeber Juli Hartono berkata.",
             [{"name": "Juli Hartono", "role": "Kapolsek Cibeber"}]),
        _doc("y2", "Guru SD Negeri 2 Yuli Hartono berkata.", [{"name": "Yuli Hartono", "role": "guru"}]),
        _doc("y3", "Kepala Bappeda Soeharto Widjaja berkata.",
             [{"name": "Soeharto Widjaja", "role": "Kepala Bappeda Sleman"}]),
        _doc("y4", "Kepala Bappeda Suharto Wijaya berkata.",
             [{"name": "Suharto Wijaya", "role": "Kepala Bappeda Sleman"}]),
    )  # fmt: skip
    assert _speaker(store, "Juli Hartono").id != _speaker(store, "Yuli Hartono").id
    assert _speaker(store, "Soeharto Widjaja").id == _speaker(store, "Suharto Wijaya").id


def test_a_namesake_is_found_again_by_a_later_process(store_target):
    with open_store(store_target) as first:
        _add(
            first,
            _doc("k1", "Kepala Dinas Pendidikan Mataram Yusuf berkata.",
                 [{"name": "Yusuf", "role": "Kepala Dinas Pendidikan Mataram"}]),
            _doc("k2", "Kapolsek Cilandak Yusuf berkata.", [{"name": "Yusuf", "role": "Kapolsek Cilandak"}]),
        )  # fmt: skip
    with open_store(store_target) as later:  # a new registry: its index of namesakes is read from the store
        _add(later, _doc("k3", "Kapolsek Cilandak Yusuf menambahkan.",
                         [{"name": "Yusuf", "role": "Kapolsek Cilandak"}]))  # fmt: skip
        rows = dict(later.conn.exec_driver_sql(
            "SELECT a.doc_id, q.speaker_id FROM quotes q JOIN articles a ON a.id = q.article_id"
        ).fetchall())  # fmt: skip
    assert rows["k3"] == rows["k2"] != rows["k1"]


def test_a_full_name_but_for_an_initial_keeps_its_owner_through_a_change_of_office(store):
    _add(
        store,
        _doc("o1", "Wali Kota Blitar Ridwan A Lubis berkata.",
             [{"name": "Ridwan A Lubis", "role": "Wali Kota Blitar"}], date="2022-03-01"),
        _doc("o2", "Gubernur Jawa Timur Ridwan Lubis berkata.",
             [{"name": "Ridwan Lubis", "role": "Gubernur Jawa Timur"}], date="2025-10-01"),
        _doc("o3", "Wakil Ketua DPRD Sinta Na Endah Purba berkata.",
             [{"name": "Sinta Na Endah Purba", "role": "Wakil Ketua DPRD Sumut"}], date="2021-03-01"),
        _doc("o4", "Anggota Ombudsman Sinta Endah Purba berkata.",
             [{"name": "Sinta Endah Purba", "role": "Anggota Ombudsman RI"}], date="2024-03-01"),
    )  # fmt: skip
    person = _speaker(store, "Ridwan Lubis")
    assert person.name == "Ridwan A Lubis" and person.quotes == 2
    assert "an office changes" in {a.alias: a.reason for a in person.aliases}["Ridwan Lubis"]
    assert _speaker(store, "Sinta Endah Purba").id == _speaker(store, "Sinta Na Endah Purba").id


def test_a_full_name_but_for_an_initial_is_not_a_citizen_and_a_high_office(store):
    _add(
        store,
        _doc("c1", "Menteri Pertanian Hasan M Basri berkata.",
             [{"name": "Hasan M Basri", "role": "Menteri Pertanian"}]),
        _doc("c2", "Hasan Basri, pedagang beras di Pasar Johar, mengeluh.",
             [{"name": "Hasan Basri", "role": "pedagang beras"}]),
    )  # fmt: skip
    assert _speaker(store, "Hasan Basri").id != _speaker(store, "Hasan M Basri").id


def test_a_role_that_arrives_later_joins_two_forms_of_one_name_that_hold_it(store):
    _add(
        store,
        _doc("r1", "Gubernur DKI Jakarta Prasetyo Adinugroho berkata.",
             [{"name": "Prasetyo Adinugroho", "role": "Gubernur DKI Jakarta"}], date="2025-10-01"),
        _doc("r2", "Sekretaris Kabinet Prasetyo Adinugroho Wibisono berkata.",
             [{"name": "Prasetyo Adinugroho Wibisono", "role": "Sekretaris Kabinet"}], date="2021-02-01"),
    )  # fmt: skip
    assert _speaker(store, "Prasetyo Adinugroho").id != _speaker(store, "Prasetyo Adinugroho Wibisono").id
    _add(
        store,
        _doc("r3", "Sekretaris Kabinet Prasetyo Adinugroho berkata.",
             [{"name": "Prasetyo Adinugroho", "role": "Sekretaris Kabinet"}], date="2021-03-01"),
    )  # fmt: skip
    person = _speaker(store, "Prasetyo Adinugroho")
    assert person.name == "Prasetyo Adinugroho Wibisono" and person.quotes == 3
    assert "both hold the role" in {a.alias: a.reason for a in person.aliases}["Prasetyo Adinugroho Wibisono"]


def test_a_headline_joins_a_one_word_speaker_to_the_full_name_known_later(store):
    early = _doc("e1", "Hal itu disampaikan Danuarta usai rapat.", [{"name": "Danuarta"}], date="2025-06-04")
    early["title"] = "Panggil Danuarta Wiranegara, Presiden Minta Diskon Tiket"
    _add(store, early)
    _add(
        store,
        _doc("e2", "Menteri BUMN Danuarta Wiranegara berkata.",
             [{"name": "Danuarta Wiranegara", "role": "Menteri BUMN"}], date=None),
    )  # fmt: skip
    person = _speaker(store, "Danuarta")
    assert person.name == "Danuarta Wiranegara" and person.quotes == 2
    assert "headline" in {a.alias: a.reason for a in person.aliases}["Danuarta"]


def test_a_one_word_name_spelled_as_one_full_name_is_not_held_back_by_an_old_spelling(store):
    _add(
        store,
        _doc("u1", "Ketua MPR Bambang Soeharyanto berkata.",
             [{"name": "Bambang Soeharyanto", "role": "Ketua MPR"}], date="2025-09-01"),
        _doc("u2", "Kombes Suharyanto menjelaskan gerai itu.", [{"name": "Suharyanto"}], date="2025-10-21"),
    )  # fmt: skip
    _add(
        store,
        _doc("u3", "Kapolres Metro Jakarta Pusat Kombes Suharyanto Condro Purnomo berkata.",
             [{"name": "Suharyanto Condro Purnomo", "role": "Kapolres Metro Jakarta Pusat"}],
             date="2025-10-20"),
    )  # fmt: skip
    assert _speaker(store, "Suharyanto").id == _speaker(store, "Suharyanto Condro Purnomo").id
    assert _speaker(store, "Bambang Soeharyanto").id != _speaker(store, "Suharyanto").id


def test_the_long_word_a_person_is_called_by_joins_them_despite_another_role_that_season(store):
    _add(
        store,
        _doc("m1", "Ketua Umum Partai Nusantara Kartikasari Wulandaru berkata.",
             [{"name": "Kartikasari Wulandaru", "role": "Ketua Umum Partai Nusantara"}], date="2025-08-04"),
        _doc("m2", "Ketua Kebun Raya Indonesia Kartikasari berkata.",
             [{"name": "Kartikasari", "role": "Ketua Kebun Raya Indonesia"}], date="2025-07-13"),
        _doc("m3", "Kepala Dinas Pangan Wulandaru berkata.",
             [{"name": "Wulandaru", "role": "Kepala Dinas Pangan"}], date="2025-07-14"),
    )  # fmt: skip
    assert _speaker(store, "Kartikasari").id == _speaker(store, "Kartikasari Wulandaru").id
    assert _speaker(store, "Wulandaru").id != _speaker(store, "Kartikasari Wulandaru").id


def test_a_role_spelling_out_a_body_agrees_with_a_role_that_abbreviates_it():
    assert "dpr" in role_words("anggota Komisi Kesehatan Dewan Perwakilan Rakyat")
    assert "bpom" in role_words("Kepala Badan Pengawas Obat dan Makanan")
    assert "sdm" not in role_words("Menteri Energi dan Sumber Daya Mineral")  # a tail from no body's head


def test_a_common_given_name_alone_is_one_person_only_where_something_ties_it(store):
    _add(
        store,
        _doc("g1", "Pelayanan pajak dipermudah, ujar Irjen Agus.", [{"name": "Agus"}], date="2025-10-20"),
        _doc("g2", "Hal ini disampaikan Agus usai rapat di Senayan.", [{"name": "Agus"}], date="2025-05-26"),
        _doc("g3", "Kepala Dinas Perikanan Natuna Agus berkata.",
             [{"name": "Agus", "role": "Kepala Dinas Perikanan Natuna"}], date="2025-03-01"),
        _doc("g4", "Kepala Dinas Perikanan Natuna Agus menambahkan.",
             [{"name": "Agus", "role": "Kepala Dinas Perikanan Natuna"}], date="2025-03-02"),
    )  # fmt: skip
    rows = store.conn.exec_driver_sql(
        "SELECT a.doc_id, q.speaker_id FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY a.doc_id"
    ).fetchall()
    speaker = dict(rows)
    assert speaker["g1"] != speaker["g2"]  # nothing said of either: two people, not one "Agus"
    assert speaker["g3"] == speaker["g4"] and speaker["g3"] not in (speaker["g1"], speaker["g2"])


def test_roles_of_english_articles_are_read_with_english_abbreviations(store):
    def english(doc: dict) -> dict:
        return {**doc, "lang": "en"}

    _add(
        store,
        english(_doc("en1", "Ohio Senator Mark Dalton said.",
                     [{"name": "Mark Dalton", "role": "Senator for Ohio"}], date="2025-10-01")),
        english(_doc("en2", "Governor of Texas Mark Dalton Reyes said.",
                     [{"name": "Mark Dalton Reyes", "role": "Governor of Texas"}], date="2021-02-01")),
    )  # fmt: skip
    assert _speaker(store, "Mark Dalton").id != _speaker(store, "Mark Dalton Reyes").id
    _add(
        store,
        english(_doc("en3", "Gov. of Texas Mark Dalton said.",
                     [{"name": "Mark Dalton", "role": "Gov. of Texas"}], date="2021-03-01")),
    )  # fmt: skip
    assert _speaker(store, "Mark Dalton").id == _speaker(store, "Mark Dalton Reyes").id
