"""Quantities and dates, with values normalised and offsets into the text."""

import pytest

import kutip


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("sebanyak 3.000 tentara dikirim", 3000, "troops"),
        ("anggaran Rp 3,5 juta per keluarga", 3_500_000, "IDR"),
        ("inflasi 2,65% pada Maret", 2.65, "percent"),
        ("naik 30 persen", 30, "percent"),
        ("pinjaman US$ 300 juta", 300_000_000, "USD"),
        ("tiga orang luka ringan", 3, "people"),
        ("kerugian Rp 10,7 triliun", 10_700_000_000_000, "IDR"),
    ],
)
def test_mentions_quantities(text, value, unit):
    doc = kutip.extract(text)
    assert [(q.value, q.unit) for q in doc.quantities] == [(value, unit)]
    q = doc.quantities[0]
    assert text[q.start : q.end] == q.text


def test_mentions_dates_are_not_quantities():
    doc = kutip.extract("Sidang digelar Kamis (24/10/2024) dan 12 Mei 2010.")
    assert doc.quantities == []
    assert [d.value for d in doc.dates] == ["2024-10-24", "2010-05-12"]


@pytest.mark.parametrize(
    "text, value, relative",
    [
        ("diwawancarai Kamis (24/10/2024).", "2024-10-24", False),
        ("pada 5 Januari 2023 lalu", "2023-01-05", False),
        ("sejak Desember 2009", "2009-12", False),
        ("ditemukan kemarin sore", "2025-04-13", True),
        ("datang Senin lalu", "2025-04-07", True),
        ("tiba Rabu, (9/4) pagi", "2025-04-09", True),
        ("naik sejak pekan lalu", "2025-04-07", True),
        ("diputuskan bulan depan", "2025-05", True),
    ],
)
def test_mentions_dates_against_the_article_date(text, value, relative):
    doc = kutip.extract(text, date="2025-04-14")
    assert [(d.value, d.relative) for d in doc.dates] == [(value, relative)]


def test_mentions_relative_date_without_article_date_has_no_value():
    doc = kutip.extract("Banjir datang kemarin.")
    assert [(d.text, d.value) for d in doc.dates] == [("kemarin", None)]


def test_mentions_entities_carry_the_canonical_name():
    doc = kutip.extract("Presiden Belarus Viktor Semenov tiba. Semenov langsung menemui wartawan di Minsk.")
    people = [(e.text, e.canonical) for e in doc.entities if e.label == "person"]
    assert ("Semenov", "Viktor Semenov") in people
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text
