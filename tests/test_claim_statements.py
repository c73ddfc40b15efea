"""Statements the claim map needs (issue 10, item 8): reported speech in the forms of wire copy and of
Indonesian portals. The sentences are written for these tests in the style of news reports."""

from __future__ import annotations

import pytest

import kutip


def _quotes(text: str, lang: str) -> list[tuple[str, str, str | None, str]]:
    doc = kutip.extract(text, lang=lang)
    return [(q.text, q.speech_act, q.speaker.name if q.speaker else None, q.cue or "") for q in doc.quotes]


def _found(text: str, lang: str, content: str) -> tuple[str, str, str | None, str]:
    for q in _quotes(text, lang):
        if q[0].startswith(content):
            return q
    raise AssertionError(f"no quote starting {content!r} in {_quotes(text, lang)}")


@pytest.mark.parametrize(
    ("text", "content", "act", "speaker"),
    [
        (
            "Health groups on Monday (Sep 22) urged the government to halt the school meals scheme.",
            "the government to halt",
            "request",
            "Health groups",
        ),
        ("Local charities have called for the suspension of the scheme.", "the suspension", "request", None),
        (
            "The union cited figures from the Rural Health Network (RHN), which recorded 4,210 cases of "
            "poisoning.",
            "4,210 cases",
            "say",
            "Rural Health Network",
        ),
        (
            "The head of the agency Maria Lopez said on Wednesday the outbreak in Bandung was the result of "
            "an error by the kitchen.",
            "the outbreak in Bandung",
            "say",
            "Maria Lopez",
        ),
        (
            "Dinda Putri, Jakarta – The Teachers Union is urging the President to stop the meal program.",
            "the President to stop",
            "request",
            "Teachers Union",
        ),
    ],
)
def test_claim_statements_english_forms(text: str, content: str, act: str, speaker: str | None) -> None:
    _, got_act, got_speaker, _ = _found(text, "en", content)
    assert got_act == act
    if speaker is not None:
        assert got_speaker == speaker


def test_claim_statements_participle_adds_a_second_statement() -> None:
    text = "The Teachers Union believes that the audit was rushed, claiming that two kitchens were skipped."
    assert _found(text, "en", "the audit was rushed")[0] == "the audit was rushed"
    assert _found(text, "en", "two kitchens")[1] == "claim"
    text = "Mild fevers were the most common symptom, she said, adding that the clinic would stay open."
    assert _found(text, "en", "Mild fevers")[0] == "Mild fevers were the most common symptom"


def test_claim_statements_data_shows_but_polls_do_not() -> None:
    text = "Nearly 900 pupils fell ill in the first month, government data showed, including 40 teachers."
    assert _found(text, "en", "Nearly 900 pupils")[3] == "showed"
    assert _quotes("Polls show the senator ahead by three points in the state.", "en") == []


def test_claim_statements_english_noun_uses_are_no_cues() -> None:
    assert _quotes("Mr. Lee's record on housing has been mixed since he took office.", "en") == []
    assert _quotes("The council established a policy urging employees to report abuse.", "en") == []


@pytest.mark.parametrize(
    ("text", "content", "act"),
    [
        ("Menteri Keuangan Rudi Santoso menegaskan penolakannya terhadap penggunaan APBN untuk proyek itu.",
         "penolakannya", "assert"),
        ("Sementara itu, Rudi Santoso menolak keras penggunaan APBN untuk membayar utang proyek itu.",
         "penggunaan APBN", "deny"),
        ("Rudi Santoso menghadiri rapat itu. Dia bilang tidak ada masalah antara dirinya dengan Wamen.",
         "tidak ada masalah", "say"),
        ("Kepala Dinas Kesehatan, Siti Aminah mencatat 103 kejadian luar biasa di 28 provinsi.",
         "103 kejadian", "say"),
        ("Rudi Santoso membuka rapat. Justru menurutnya agak janggal apabila utang itu dibayar dari APBN.",
         "agak janggal", "say"),
        ("Berdasarkan data Kementerian Kesehatan hingga akhir bulan, tercatat 60 kejadian luar biasa.",
         "tercatat 60", "say"),
        ("Rudi Santoso hadir di sana. Ia mempersilakan DPR untuk membentuk panitia sendiri.",
         "DPR untuk membentuk", "request"),
        ("Namun, Kepala Sekolah Sumiyati membantah hal tersebut.", "hal tersebut", "deny"),
    ],
)  # fmt: skip
def test_claim_statements_indonesian_forms(text: str, content: str, act: str) -> None:
    assert _found(text, "id", content)[1] == act


def test_claim_statements_indonesian_speakers() -> None:
    text = '"Kita jalan terus," kata Rudi Santoso secara daring dalam acara itu, Jumat (10/10/2025).'
    assert _found(text, "id", "Kita jalan terus")[2] == "Rudi Santoso"
    text = "Sumiyati dengan tegas menyebutkan bahwa siswanya tidak ada yang sakit karena makanan itu."
    assert _found(text, "id", "siswanya")[2] == "Sumiyati"
    text = ("Versi Kemenkes, lewat Juru Bicara Kemenkes Siti Aminah, menyebut jumlah korban sampai akhir "
            "bulan adalah 640 orang.")  # fmt: skip
    assert "Aminah" in (_found(text, "id", "jumlah korban")[2] or "")


def test_claim_statements_mencatat_needs_a_figure() -> None:
    assert _quotes("Prasetyo mencatat skor 77 persen dalam survei itu.", "id") == []


# Issue 10, item 8 (continued): further wire-copy forms, each written for these tests.


@pytest.mark.parametrize(
    ("text", "content", "act", "speaker"),
    [
        (  # an auxiliary before the cue, in a clause of its own after ", and"
            "Hundreds of patients waited for hours, and doctors have called for more staff at the hospital.",
            "more staff at the hospital",
            "request",
            "doctors",
        ),
        (  # the infinitive stands far into the object
            "The Farmers Alliance (FA) is urging Governor Maria Lopez and the Water Board (WB) to "
            "immediately lift the ban.",
            "Governor Maria Lopez and the Water Board",
            "request",
            "Farmers Alliance",
        ),
        (  # a lower-case description before the name: "rights group the ..."
            "On Sunday, rights group the Citizens Health Forum (CHF) recorded some 1,204 patients had fallen "
            "ill.",
            "some 1,204 patients",
            "say",
            "Citizens Health Forum",
        ),
        (  # "with some calling for": "some" of the groups named before
            "The closures drew criticism from health workers and doctors, with some calling for the minister "
            "to resign.",
            "the minister to resign",
            "request",
            "health workers and doctors",
        ),
        (
            "The Citizens Health Forum refers to the shortage as a public health crisis.",
            "the shortage as a public health crisis",
            "say",
            "Citizens Health Forum",
        ),
        (  # a named source proposes a measure
            "The Rural Health Network, which also proposed a moratorium on new kitchens, said it had none.",
            "a moratorium on new kitchens",
            "request",
            "Rural Health Network",
        ),
        (  # a participle inside the subject phrase
            "A city agency running the bus network said on Tuesday its drivers had not been paid for months.",
            "its drivers had not been paid",
            "say",
            None,
        ),
    ],
)
def test_claim_statements_more_english_forms(text: str, content: str, act: str, speaker: str | None) -> None:
    _, got_act, got_speaker, _ = _found(text, "en", content)
    assert got_act == act
    if speaker is not None:
        assert got_speaker == speaker


def test_claim_statements_proposed_needs_a_named_source_and_a_measure() -> None:
    assert _quotes("The ministry proposed changes to the rules for hospitals.", "en") == []
    assert _quotes("The council proposed a ban on plastic bags in stores.", "en") == []
    assert _quotes("The proposed budget was cut by a third in the end.", "en") == []
    assert _quotes("The judge referred the case to police as a matter of urgency.", "en") == []


def test_claim_statements_agency_running_is_the_subject() -> None:
    text = "A city agency running the bus network said on Tuesday its drivers had not been paid for months."
    assert "agency" in (_found(text, "en", "its drivers")[2] or "")


def test_claim_statements_lost_drop_cap_before_a_name() -> None:
    text = (
        "The debate went on for hours.\nenator Maria Lopez on Tuesday defended the budget, saying the cuts "
        "were fair to every district."
    )
    assert _found(text, "en", "the cuts were fair")[2] == "Maria Lopez"


def test_claim_statements_quoted_fragment_in_a_reported_clause_is_mixed() -> None:
    text = (
        'Water prices have risen 40 percent this year, which was "an act of neglect", Farmers Alliance head '
        "Budi Santoso told a council hearing, saying the board must freeze tariffs."
    )
    doc = kutip.extract(text, lang="en")
    kinds = {q.text.split()[0]: (q.type, q.speaker.name if q.speaker else None) for q in doc.quotes}
    assert kinds["Water"] == ("mixed", "Budi Santoso")
    assert kinds["the"] == ("indirect", "Budi Santoso")
    assert not any(q.type == "direct" for q in doc.quotes)
    text = 'The plan is "dead on arrival," says Paul Rieckhoff, founder of a veterans group.'
    q = _found(text, "en", "The plan is")
    assert q[2] == "Paul Rieckhoff"


def test_claim_statements_claim_after_a_closing_mark_is_a_noun() -> None:
    text = (
        'The union believes that the board\'s "no shortage" claim does not hold, claiming that three '
        "reservoirs are already dry."
    )
    doc = kutip.extract(text, lang="en")
    assert not any(q.type == "direct" for q in doc.quotes)
    assert _found(text, "en", "the board's")[1] == "opinion"
    assert _found(text, "en", "three reservoirs")[2] == "union"


def test_claim_statements_records_name_their_owner() -> None:
    text = (
        'The Citizens Health Forum (CHF) is urging the minister to act. "We are alarmed," said CHF head '
        "Budi Santoso. According to the health watchdog records, at least 300 patients were turned away "
        "last month."
    )
    assert _found(text, "en", "at least 300 patients")[2] == "Citizens Health Forum"


def test_claim_statements_indonesian_data_forms() -> None:
    text = (
        "Ia merujuk data dari Forum Kesehatan Warga (FKW). Mereka mencatat, ada 1.204 pasien yang tidak "
        "mendapat kamar."
    )
    assert _found(text, "id", "ada 1.204 pasien")[2] == "Forum Kesehatan Warga"
    assert _quotes("Bawaslu mencatat, pada Pemilu 2019 terdapat 300 laporan pelanggaran.", "id") == []
    text = (
        "Layanan rumah sakit itu dikeluhkan.\nData per 3 Maret 2025 dari Forum Kesehatan Warga (FKW), pasien "
        "yang ditolak telah mencapai 1.204 orang."
    )
    assert _found(text, "id", "pasien yang ditolak")[2] == "Forum Kesehatan Warga"
    text = (
        "Data FKW menunjukkan jumlah pasien terus naik. Dalam sepekan, pasien bertambah menjadi 412 orang. "
        "Total pasien hingga Maret telah mencapai 1.204 orang.\nFKW juga menemukan hal lain."
    )
    q = _found(text, "id", "jumlah pasien")
    assert q[0].endswith("1.204 orang") and q[2] == "FKW"


def test_claim_statements_glued_sentences() -> None:
    text = (
        "Menteri Keuangan Rudi Santoso menolak usulan itu karena membebani APBN.Menurut dia, utang proyek "
        "itu harus ditanggung Danantara."
    )
    q = _found(text, "id", "utang proyek itu")
    assert q[2] == "Rudi Santoso" and q[3] == "Menurut"
