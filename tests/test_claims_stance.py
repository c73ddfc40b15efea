"""The polarity of a statement's words: the forms that turn, keep or leave open its side.

The texts are written for these tests in the style of news quotes; none is copied from a corpus.
"""

from __future__ import annotations

import pytest

from kutip.claims.stance import polarity

CASES = [
    # a negator that affirms
    ("Hubungan saya dengan Pak Menteri baik, tidak ada masalah", "id", 1, None),
    ("Pelabuhan sudah bersedia menampung kapal itu kok, nggak ada masalah", "id", 1, None),
    ("Mereka bukan tidak mau bertemu, jadwalnya saja yang belum cocok", "id", 1, None),
    ("Program ini bukan tanpa kekurangan, kalau tidak salah ada dua gudang yang terlambat", "id", 1, None),
    ("There is no problem between the two ministers", "en", 1, None),
    ("The rollout was not without flaws, and if I'm not mistaken three depots reopened", "en", 1, None),
    ("Tidak ada masalah di gudang, tetapi stok tidak cukup", "id", -1, "tidak"),  # the other negator counts
    # a reason is not the statement's side
    ("Ratusan siswa dirawat karena dapur penyedia tidak memenuhi standar kebersihan", "id", 1, None),
    ("Harga cabai melonjak lantaran distribusinya dinilai tidak tepat waktu", "id", 1, None),
    ("The workers fell ill because the contractor and its local staff did not store the food properly", "en",
     1, None),
    ("Karena hujan deras, kapal tidak berangkat", "id", -1, "tidak"),  # the reason ends at the comma
    # an open statement that goes on to take a side
    ("Kami belum bisa memastikan sumbernya, tetapi dugaan awal berasal dari air sumur", "id", 1, None),
    ("We cannot confirm the source yet, but the first samples point to the well water", "en", 1, None),
    ("Kami belum bisa memastikan sumbernya, tetapi bukan dari pabrik kami", "id", -1, "bukan"),
    ("Penyebabnya belum tahu. Itu bukan dari pabrik kami", "id", -1, "bukan"),
    ("We don't know the cause yet. It did not come from our plant", "en", -1, "not"),
    ("Sampel masih diuji di laboratorium. Hasilnya belum keluar", "id", 0, "masih diuji"),
    # a stop after the statement says the thing goes on is restricted
    ("Program subsidi tetap berjalan, hanya agen yang bermasalah ditutup sementara", "id", 1, None),
    ("The ministry will keep the subsidy scheme running and only suspend distributors caught overcharging",
     "en", 1, None),
    ("Hentikan program ini, jangan dilanjutkan", "id", -1, "hentikan"),  # the stop comes first
    # the decision is someone else's, the options are open
    ("Keputusan ada di tangan Presiden", "id", 0, "keputusan … di tangan"),
    ("Keputusan bukan pada kementerian kami", "id", 0, "keputusan bukan"),
    ("Pemerintah masih menyiapkan beberapa opsi pembiayaan", "id", 0, "beberapa opsi"),
    ("The final decision rests with the cabinet", "en", 0, "decision … rests with"),
    ("Options include selling part of the stake to a state investor", "en", 0, "options include"),
    # called absurd
    ("Agak lucu kalau pajak kendaraan dinaikkan lagi tahun ini", "id", -1, "agak lucu"),
    ("Tuduhan bahwa kami menimbun beras itu tidak masuk akal", "id", -1, "tidak masuk akal"),
    ("The suggestion that the harbour master took bribes is absurd", "en", -1, "absurd"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "value", "cue"), CASES)
def test_claims_stance_polarity(text: str, lang: str, value: int, cue: str | None) -> None:
    found = polarity(text, lang, "say")
    assert (found.value, found.cue) == (value, cue)


def test_claims_stance_a_gap_does_not_reach_far() -> None:
    """A gap ("keep … running") holds a few words between, not a whole sentence: the stop then counts."""
    text = "They keep saying the reports about the depot and its staff were wrong, so halt the running of it"
    assert polarity(text, "en", "say").value == -1
