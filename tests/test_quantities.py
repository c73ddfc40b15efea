"""Quantities as the claim map needs them (issue 9): one unit per meaning in both languages, ranges with
both ends, no figures from ages, clock times, list markers, article numbers or years; and the article's
date taken from its own dateline when the input gives none."""

import jsonschema
import pytest

import kutip
from tests.test_schema_output import SCHEMA


def figures(text: str, lang: str = "id") -> list[tuple[int | float, int | float | None, str | None]]:
    doc = kutip.extract(text, lang=lang)
    for q in doc.quantities:
        assert text[q.start : q.end] == q.text
    return [(q.value, q.upper, q.unit) for q in doc.quantities]


# One meaning, one unit: an Indonesian and an English sentence of each give the same figure and unit.
@pytest.mark.parametrize(
    "id_text, en_text, value, unit",
    [
        ("Harga cabai naik 30 persen pekan ini.", "Chilli prices rose 30 percent this week.", 30, "percent"),
        ("Inflasi tercatat 2,5% pada Mei.", "Inflation stood at 2.5% in May.", 2.5, "percent"),
        ("Suku bunga naik 30 persen.", "Interest costs rose 30 per cent.", 30, "percent"),
        (
            "Pemerintah menyiapkan Rp 2,4 triliun.",
            "The government set aside 2.4 trillion rupiah.",
            2.4e12,
            "IDR",
        ),
        ("Pinjaman itu senilai 1,5 miliar dolar AS.", "The loan is worth $1.5 billion.", 1.5e9, "USD"),
        ("Investor menanam US$ 40 juta.", "Investors put in 40 million dollars.", 40_000_000, "USD"),
        ("Hibah itu sebesar 2 juta euro.", "The grant is 2 million euros.", 2_000_000, "EUR"),
        ("Tarifnya 500 ringgit per malam.", "The rate is 500 ringgit a night.", 500, "MYR"),
        ("Banjir merendam rumah 1.200 warga.", "The flood reached 1,200 residents.", 1200, "people"),
        ("Sebanyak 40 jiwa mengungsi.", "Some 40 people fled.", 40, "people"),
        ("Polisi memeriksa 12 orang saksi mata.", "Police questioned 12 persons.", 12, "people"),
        ("Sebanyak 3.000 pasukan dikerahkan.", "Some 3,000 troops were deployed.", 3000, "troops"),
        ("Ada 250 prajurit di pos itu.", "There are 250 soldiers at the post.", 250, "troops"),
        (
            "Gudang menyimpan 2,1 juta ton beras.",
            "The depot holds 2.1 million tonnes of rice.",
            2_100_000,
            "tons",
        ),
        ("Panen mencapai 80 ton.", "The harvest reached 80 tons.", 80, "tons"),
        ("Proyek itu molor 3 tahun.", "The project is 3 years late.", 3, "years"),
        ("Sebanyak 45 siswa dirawat.", "Some 45 students were treated.", 45, "students"),
        ("Ada 106 dapur yang ditutup.", "Some 106 kitchens were closed.", 106, "kitchens"),
    ],
)
def test_quantities_one_unit_per_meaning_in_both_languages(id_text, en_text, value, unit):
    assert figures(id_text, "id") == [(value, None, unit)]
    assert figures(en_text, "en") == [(value, None, unit)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Ekonomi diperkirakan tumbuh 4,7-5,5% tahun depan.", "id", [(4.7, 5.5, "percent")]),
        ("Harga tiket naik 10-15 persen.", "id", [(10, 15, "percent")]),
        ("Kenaikan berkisar 10 hingga 15 persen.", "id", [(10, 15, "percent")]),
        ("Gaji mereka Rp 10 juta-Rp 15 juta per bulan.", "id", [(10_000_000, 15_000_000, "IDR")]),
        ("Biayanya Rp 10-15 juta per orang.", "id", [(10_000_000, 15_000_000, "IDR")]),
        ("Kapal itu memuat antara 200 dan 300 penumpang.", "id", [(200, 300, "passengers")]),
        ("Officials said between 3,000 and 5,000 troops had crossed.", "en", [(3000, 5000, "troops")]),
        ("Prices may climb 3 to 5 percent.", "en", [(3, 5, "percent")]),
    ],
)
def test_quantities_range_keeps_both_ends(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a change is two values, not a range; the bare first one takes the unit of the second
        ("Bunga turun dari 6 persen hingga 5 persen.", "id", [(6, None, "percent"), (5, None, "percent")]),
        ("Turnout rose from 60 to 72 percent.", "en", [(60, None, "percent"), (72, None, "percent")]),
        # a year after "hingga" is no upper end
        ("Subsidi naik 5 persen hingga 2027.", "id", [(5, None, "percent")]),
    ],
)  # fmt: skip
def test_quantities_change_or_deadline_is_not_a_range(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        # ages
        ("Seorang pedagang, Suparno (52), ditangkap di pasar.", "id"),
        ("Korban berusia 17 tahun dan tinggal di Bekasi.", "id"),
        ("Pelamar harus berusia minimal 18 tahun.", "id"),
        ("Peserta survei berusia 18-24 tahun.", "id"),
        ("Maria Lopez, 47, said she would appeal.", "en"),
        ("A 34-year-old driver was arrested.", "en"),
        # clock times
        ("Rapat dimulai pukul 14.30 WIB di balai kota.", "id"),
        ("Jalan ditutup pukul 9 pagi.", "id"),
        ("Toko buka 10.00 hingga 21.00 WIB.", "id"),
        ("The polls close at 8 p.m. on Tuesday.", "en"),
        ("The statement was posted at 10:45 GMT.", "en"),
        # list markers
        ("Syaratnya: 1. Memiliki KTP. 2. Tidak pernah dipidana.", "id"),
        ("Ada dua opsi, yakni 1) menaikkan tarif dan 2) memangkas belanja.", "id"),
        # article, law and neighbourhood numbers, ordinals, labels
        ("Ia dijerat Pasal 27 ayat 3 UU ITE.", "id"),
        ("Aturan itu tertuang dalam UU Nomor 11 Tahun 2020.", "id"),
        ("Pelaku dilaporkan atas Pasal 310 dan 311 KUHP.", "id"),
        ("Rumahnya berada di RT 04 RW 11.", "id"),
        ("Ia presiden ke-7 dan kini menjadi penasihat.", "id"),
        ("Presiden ke-6 dan 7 sama-sama hadir.", "id"),
        ("Siswa SMPN 12 Bandung dipulangkan lebih awal.", "id"),
        ("Warga diminta mematuhi protokol Covid - 19 selama libur.", "id"),
        ("The treaty's Article 5 was invoked.", "en"),
        # years
        ("Pada 2024 harga beras stabil.", "id"),
        ("Program itu berjalan sejak 2019 silam.", "id"),
        ("The target is net zero by 2050.", "en"),
        # days of a date range, codes
        ("Pameran digelar 20-25 Oktober 2025.", "id"),
        ("Hubungi nomor +62 812 5550 1234 untuk informasi.", "id"),
    ],
)
def test_quantities_no_figures_from_ages_times_markers_articles_years(text, lang):
    assert figures(text, lang) == []


def test_quantities_currency_after_a_year_is_kept():
    # issue 9: "Rp 18 triliun" right after a year lost its currency
    assert figures("Pada 2024 Rp 18 triliun dialokasikan untuk subsidi pupuk.") == [
        (18_000_000_000_000, None, "IDR")
    ]
    assert figures("In 2024 $18 billion went to fuel subsidies.", "en") == [(18_000_000_000, None, "USD")]


def test_quantities_bare_count_stays_without_unit():
    # a real count written alone keeps its value, with no unit
    assert figures("Jumlah korban bertambah menjadi 12. Polisi masih mencari.") == [(12, None, None)]
    # a decimal written the English way is no clock time
    found = figures("Angka reproduksi turun dari 1.31 menjadi 1.26.")
    assert found == [(1.31, None, None), (1.26, None, None)]


def test_quantities_absurd_numbers_give_no_figure():
    text = "Kerugian mencapai Rp " + "9" * 400 + " juta."
    doc = kutip.extract(text, lang="id")
    assert doc.quantities == []
    doc.to_dict()


def test_quantities_units_beyond_the_first_word():
    assert figures("Sebanyak lima ekor sapi hilang.") == [(5, None, "sapi")]
    assert figures("Dinas membeli satu unit mobil.") == [(1, None, "cars")]
    assert figures("Some 2,000 North Korean troops arrived.", "en") == [(2000, None, "troops")]
    assert figures("Thousands of people marched.", "en") == [(1000, None, "people")]


def test_quantities_to_dict_and_schema_carry_the_upper_end():
    doc = kutip.extract("Ekonomi diperkirakan tumbuh 4,7-5,5% tahun depan.", lang="id", date="2025-04-14")
    d = doc.to_dict()
    assert d["quantities"] == [
        {"start": 28, "end": 36, "text": "4,7-5,5%", "value": 4.7, "unit": "percent", "upper": 5.5}
    ]
    jsonschema.validate(d, SCHEMA)


# The article's own date, for a .txt article that comes without one.
@pytest.mark.parametrize(
    "text, lang, date",
    [
        ("JAKARTA, KOMPAS.com - Kamis (24/10/2024), DPR mengesahkan anggaran baru.\nRapat berlangsung alot.",
         "id", "2024-10-24"),
        ("Senin, 14 April 2025 | 10.15 WIB\nBANDUNG - Hujan deras merendam 300 rumah di Bandung.",
         "id", "2025-04-14"),
        ("Harga Beras Naik Lagi\nRabu, 9 Juli 2025\nPedagang di Pasar Induk mengeluhkan sepinya pembeli.",
         "id", "2025-07-09"),
        ("WASHINGTON, Oct 24, 2024 (Reuters) - The Senate passed the bill 52-48.", "en", "2024-10-24"),
        ("Thursday, Oct. 24, 2024\nThe city council met late into the night.", "en", "2024-10-24"),
    ],
)  # fmt: skip
def test_quantities_article_date_from_the_dateline(text, lang, date):
    doc = kutip.extract(text, lang=lang)
    assert doc.date == date
    d = doc.to_dict()
    assert (d["date"], d["date_source"]) == (date, "text")
    jsonschema.validate(d, SCHEMA)


def test_quantities_article_date_resolves_relative_dates():
    text = "SURABAYA, KOMPAS.com - Rabu (16/4/2025), banjir mulai surut.\nWarga mengungsi sejak Senin lalu."
    doc = kutip.extract(text, lang="id")
    assert doc.date == "2025-04-16"
    assert [(x.text, x.value) for x in doc.dates if x.relative] == [("Senin lalu", "2025-04-14")]


@pytest.mark.parametrize(
    "text",
    [
        # no date in the opening lines; one later in the body is an event's, not the article's
        "Banjir merendam tiga desa di Kabupaten Bandung.\nWarga mengingat banjir besar pada 12 Maret 2010.",
        # the end of a period is not the day of writing
        "Pendaftaran beasiswa masih dibuka hingga 30 November 2025 bagi lulusan SMA.",
        # history recalled in an opening sentence
        "Proklamasi 17 Agustus 1945 dibacakan di Jalan Pegangsaan Timur.",
    ],
)
def test_quantities_article_date_only_from_the_dateline(text):
    d = kutip.extract(text, lang="id").to_dict()
    assert (d["date"], d["date_source"]) == (None, None)


def test_quantities_metadata_date_wins_over_the_text():
    doc = kutip.extract(
        "JAKARTA, KOMPAS.com - Kamis (24/10/2024), DPR bersidang.", lang="id", date="2024-10-25"
    )
    assert (doc.date, doc.date_source) == ("2024-10-25", "metadata")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ekonomi diperkirakan tumbuh 5 persen-6 persen tahun ini.", "id", (5, 6, "percent")),
        ("Inflasi inti berada di kisaran 2,5 persen-3 persen.", "id", (2.5, 3, "percent")),
        ("Kontrak sewa lahan itu berlaku 5 tahun-10 tahun.", "id", (5, 10, "years")),
    ],
)
def test_quantities_range_with_the_unit_written_twice(text, lang, expected):
    found = [(q.value, q.upper, q.unit) for q in kutip.extract(text, lang=lang).quantities]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Supreme Court upheld the ruling by a 7 to 2 vote on Monday.", "en"),
        ("Persija menang 3-1 atas tamu mereka di Stadion Utama.", "id"),
        ("The home side won 3 to 1 after extra time.", "en"),
    ],
)
def test_quantities_neither_number_of_a_score_is_a_figure(text, lang):
    assert kutip.extract(text, lang=lang).quantities == []
