"""Portal clean-up: datelines, inserts and credits are found, and offsets still point into the input."""

import kutip

ARTICLE = (
    "SURABAYA, KOMPAS.TV - Wali Kota Surabaya Adi Pranoto meresmikan jembatan baru.\n"
    "Baca Juga: Banjir Rob Genangi Pesisir Utara Jawa\n"
    '"Jembatan ini memangkas waktu tempuh 20 menit," kata Adi.\n'
    "ADVERTISEMENT\n"
    "SCROLL TO CONTINUE WITH CONTENT\n"
    "Simak Video 'Detik-detik Peresmian Jembatan'\n"
    "[Gambas:Video 20detik]\n"
    "Sumber : Antara\n"
    "Gabung ke Channel WhatsApp KompasTV untuk update berita terbaru dan terpercaya.\n"
)


def test_clean_portal_dateline_becomes_place_and_outlet():
    doc = kutip.extract(ARTICLE)
    assert (doc.dateline.place, doc.dateline.outlet) == ("SURABAYA", "KOMPAS.TV")
    assert doc.to_dict()["outlet"] == "KOMPAS.TV"


def test_clean_portal_inserts_are_reported_with_offsets():
    doc = kutip.extract(ARTICLE)
    kinds = [r.kind for r in doc.removed]
    assert kinds == ["read_also", "advert", "advert", "video", "video", "source_credit", "promo"]
    for r in doc.removed:
        assert doc.text[r.start : r.end] == r.text


def test_clean_portal_source_credit():
    assert kutip.extract(ARTICLE).source_credit == "Antara"


def test_clean_portal_inserts_never_yield_quotes_or_speakers():
    doc = kutip.extract(ARTICLE)
    assert [q.text for q in doc.quotes] == ["Jembatan ini memangkas waktu tempuh 20 menit"]
    assert doc.quotes[0].speaker.name == "Adi Pranoto"


def test_clean_portal_detik_style_dateline_and_url_outlet():
    doc = kutip.extract("Jakarta - Polisi menangkap dua pelaku.", url="https://news.detik.com/berita/d-1/x")
    assert doc.dateline.place == "Jakarta"
    assert doc.outlet == "detik.com"


def test_clean_portal_prose_starting_like_an_advert_is_kept():
    doc = kutip.extract("Iklan rokok dilarang tayang pada siang hari, kata pejabat itu.")
    assert doc.removed == []
