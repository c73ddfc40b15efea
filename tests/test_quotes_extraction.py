"""Direct, indirect and mixed quotes on Indonesian news text written for these tests."""

import pytest
from conftest import speakers_of

import kutip


def test_quotes_direct_with_trailer_cue_and_nya_pronoun():
    text = (
        "Kepala Dinas Kesehatan Kota Medan Taufik Hidayat meminta warga tetap waspada.\n"
        "“Kasus demam berdarah naik tajam sejak Januari,” kata Taufik.\n"
        "“Kami sudah menyiapkan 40 tempat tidur tambahan,” ujarnya."
    )
    doc = kutip.extract(text)
    direct = [q for q in doc.quotes if q.type == "direct"]
    assert [q.text for q in direct] == [
        "Kasus demam berdarah naik tajam sejak Januari",
        "Kami sudah menyiapkan 40 tempat tidur tambahan",
    ]
    assert [q.speaker.name for q in direct] == ["Taufik Hidayat", "Taufik Hidayat"]
    assert direct[1].speaker.mention == "ujarnya"
    assert direct[0].speaker.role == "Kepala Dinas Kesehatan Kota Medan"


def test_quotes_offsets_exclude_marks_and_point_into_the_text():
    text = "Ia tiba pagi tadi. “Semua aman terkendali,” kata Kapolsek Ciracas Kompol Budi Santoso."
    doc = kutip.extract(text)
    q = doc.quotes[0]
    assert text[q.start : q.end] == "Semua aman terkendali"
    assert text[q.cue_start : q.cue_end] == "kata"
    assert text[q.speaker.mention_start : q.speaker.mention_end] == q.speaker.mention
    assert q.speaker.name == "Budi Santoso"


def test_quotes_split_quote_gives_two_quotes_of_one_speaker():
    text = "“Harga gabah anjlok,” kata petani asal Karawang, Slamet Riyadi. “Kami merugi besar.”"
    doc = kutip.extract(text)
    assert speakers_of(doc) == [("direct", "Slamet Riyadi", "say"), ("direct", "Slamet Riyadi", "say")]


def test_quotes_continuation_paragraph_without_cue_keeps_the_speaker():
    text = (
        "“Pemerintah daerah harus bergerak cepat,” kata anggota DPRD Jawa Tengah Rahmat Hidayat.\n"
        "“Jangan tunggu korban bertambah. Warga sudah mengungsi tiga hari.”\n"
        "Hujan deras masih turun hingga malam."
    )
    doc = kutip.extract(text)
    assert speakers_of(doc) == [("direct", "Rahmat Hidayat", "say"), ("direct", "Rahmat Hidayat", "say")]
    assert doc.quotes[1].rule == "continuation"


def test_quotes_multi_paragraph_quotation_is_one_quote():
    text = (
        "Menteri Keuangan Sri Wahyuni menjelaskan rencana anggaran.\n"
        "“Defisit kita jaga di bawah tiga persen. Belanja modal naik.\n"
        "“Kami juga menambah subsidi pupuk untuk petani kecil,” ujar Sri."
    )
    doc = kutip.extract(text)
    direct = [q for q in doc.quotes if q.type == "direct"]
    assert len(direct) == 1
    assert direct[0].text.startswith("Defisit") and direct[0].text.endswith("petani kecil")


def test_quotes_indirect_verbs_with_and_without_bahwa():
    text = (
        "Gubernur Bali Made Suardana mengatakan bahwa kunjungan wisatawan naik 12 persen tahun ini.\n"
        "Ia menegaskan pemerintah provinsi tidak akan menaikkan pungutan wisata."
    )
    doc = kutip.extract(text)
    assert speakers_of(doc) == [("indirect", "Made Suardana", "say"), ("indirect", "Made Suardana", "assert")]
    assert doc.quotes[0].text == "kunjungan wisatawan naik 12 persen tahun ini"
    assert doc.quotes[1].speaker.mention == "Ia"


def test_quotes_denial_with_a_bare_object():
    doc = kutip.extract("Direktur PT Sinar Laut Agus Wibowo membantah tuduhan tersebut.")
    assert speakers_of(doc) == [("indirect", "Agus Wibowo", "deny")]
    assert doc.quotes[0].text == "tuduhan tersebut"


def test_quotes_menurut_and_mid_sentence_kata():
    text = (
        "Menurut pengamat transportasi Djoko Prasetyo, tarif ojek daring terlalu murah untuk pengemudi.\n"
        "Padahal, kata Djoko, biaya perawatan motor terus naik setiap tahun."
    )
    doc = kutip.extract(text)
    assert [(q.type, q.speaker.name, q.cue) for q in doc.quotes] == [
        ("indirect", "Djoko Prasetyo", "Menurut"),
        ("indirect", "Djoko Prasetyo", "kata"),
    ]
    assert doc.quotes[1].text == "biaya perawatan motor terus naik setiap tahun"


def test_quotes_mixed_quote_holds_a_quoted_fragment():
    doc = kutip.extract(
        'Ketua KPU Arif Rahman menyebut tudingan itu "tidak berdasar" dan menyesatkan publik.'
    )
    assert [q.type for q in doc.quotes] == ["mixed"]
    assert '"tidak berdasar"' in doc.quotes[0].text


def test_quotes_scare_quotes_and_titles_are_not_quotes():
    text = (
        'Jalan itu dijuluki "jalur neraka" karena rusak parah.\n'
        'Film "Negeri Lima Menara" kembali diputar di bioskop Jakarta pekan ini.'
    )
    assert kutip.extract(text).quotes == []


def test_quotes_speech_acts_follow_the_cue():
    text = (
        "Jaksa menuduh terdakwa menerima suap Rp 2 miliar.\n"
        "Kuasa hukum terdakwa, Irfan Maulana, mengklaim kliennya tidak pernah bertemu saksi.\n"
        "Terdakwa mengakui pernah menerima uang dari kontraktor.\n"
        "BMKG memperingatkan gelombang tinggi akan terjadi di selatan Jawa.\n"
        "Wali Kota berjanji memperbaiki jalan sebelum musim hujan."
    )
    acts = [q.speech_act for q in kutip.extract(text).quotes]
    assert acts == ["accuse", "claim", "admit", "warn", "promise"]


def test_quotes_unattributed_reports_are_not_quotes():
    text = "Korea Utara disebut telah mengirim amunisi. Pasukan itu dikabarkan sudah tiba di perbatasan."
    assert kutip.extract(text).quotes == []


def test_quotes_anaphoric_object_is_not_a_statement():
    text = "Rina menyampaikan hal itu seusai rapat kerja dengan Komisi VI DPR di Jakarta."
    assert kutip.extract(text).quotes == []


def test_quotes_menurut_in_mid_sentence_and_confirmations():
    text = (
        "Harga gabah turun karena, menurut Andi Saputra, panen raya datang lebih awal.\n"
        "Kepala Desa Sukamaju Yanto Sulistyo membenarkan pemecatan bendahara desa itu."
    )
    doc = kutip.extract(text)
    assert [(q.speaker.name, q.cue, q.text) for q in doc.quotes] == [
        ("Andi Saputra", "menurut", "panen raya datang lebih awal"),
        ("Yanto Sulistyo", "membenarkan", "pemecatan bendahara desa itu"),
    ]


def test_quotes_coordinated_reports_keep_their_own_speech_acts():
    text = (
        "Menteri Perdagangan Budi Santoso mengatakan harga beras stabil dan menegaskan bahwa stok cukup "
        "hingga akhir tahun."
    )
    doc = kutip.extract(text)
    assert [(q.text, q.cue, q.speech_act, q.speaker.name) for q in doc.quotes] == [
        ("harga beras stabil", "mengatakan", "say", "Budi Santoso"),
        ("stok cukup hingga akhir tahun", "menegaskan", "assert", "Budi Santoso"),
    ]


def test_quotes_two_verbs_of_the_reported_subject_are_one_statement():
    text = "Jaksa Rudi Hartono mengatakan Isa menyetujui dan memberitahukan kepada direksi bahwa dana cair."
    doc = kutip.extract(text)
    assert [(q.cue, q.speaker.name) for q in doc.quotes] == [("mengatakan", "Rudi Hartono")]


def test_quotes_a_short_statement_and_an_adverb_after_the_cue():
    text = (
        "Menteri Budi Santoso menegaskan stok aman.\n"
        "Kapolres Bekasi Kombes Arif Wibowo membantah keras kabar tersebut."
    )
    doc = kutip.extract(text)
    assert [(q.text, q.cue, q.speech_act) for q in doc.quotes] == [
        ("stok aman", "menegaskan", "assert"),
        ("kabar tersebut", "membantah", "deny"),
    ]


def test_quotes_two_words_after_mengatakan_are_a_statement_an_object_after_menyatakan_is_not():
    text = (
        "Gubernur Jawa Tengah Ahmad Santosa mengatakan inflasi terkendali.\n"
        "Bupati Tegal Rina Wulandari menyatakan dukungannya.\n"
        "Rina mengatakan hal itu kepada wartawan di Slawi."
    )
    doc = kutip.extract(text)
    assert [(q.text, q.cue, q.speaker.name) for q in doc.quotes] == [
        ("inflasi terkendali", "mengatakan", "Ahmad Santosa")
    ]


def test_quotes_a_relative_after_the_speaker_is_what_was_said():
    text = (
        "Kepala Bulog Jawa Timur Eddy Santoso meninjau gudang di Surabaya, Senin.\n"
        "Selain itu, kata Eddy, yang perlu diwaspadai adalah distribusi beras ke pasar."
    )
    doc = kutip.extract(text)
    assert [q.text for q in doc.quotes][-1] == "yang perlu diwaspadai adalah distribusi beras ke pasar"


def test_quotes_menurut_with_a_role_subject_after_the_source():
    text = (
        "Ketua DPD Sultan Bachtiar berbicara di Jakarta, Senin.\n"
        "Memang benar, ungkap Sultan, pemerintah daerah memikul beban anggaran yang besar."
    )
    doc = kutip.extract(text)
    assert [(q.text, q.speaker.name) for q in doc.quotes] == [
        ("pemerintah daerah memikul beban anggaran yang besar", "Sultan Bachtiar")
    ]


def test_a_demonstrative_after_a_cue_word_is_no_speaker():
    # "jawab" of the noun "tanggung jawab" is no cue: "ini" says nothing
    text = (
        "Bupati membagi tugas siaga banjir kepada camat dan kepala desa.\n"
        "Tanggung jawab itu, misalnya, menyiapkan perahu karet dan dapur umum di tiap kecamatan."
    )
    assert kutip.extract(text).quotes == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the verb after "yang" is the relative clause's: the words after the cue are a noun object
        (
            "Ketua DPD Sultan Najamudin menanggapi aksi para gubernur yang mendatangi Kementerian Keuangan.",
            [],
        ),
        ("Gubernur Arif Wibowo menyampaikan rasa duka yang dalam bagi keluarga korban banjir.", []),
        # a verb after the relative clause is the statement's own
        (
            "Menteri Desa Abdul Halim menjelaskan dana yang dialokasikan bagi desa mencapai Rp 20 triliun.",
            ["dana yang dialokasikan bagi desa mencapai Rp 20 triliun"],
        ),
        # "bukan" is a predicate: "A bukan B" is a statement
        (
            "Ketua Ombudsman Najib Salim menegaskan ijazah bukan dokumen yang harus disembunyikan.",
            ["ijazah bukan dokumen yang harus disembunyikan"],
        ),
    ],
)
def test_quotes_a_noun_object_with_a_relative_clause_is_no_statement(text: str, said: list[str]) -> None:
    assert [q.text for q in kutip.extract(text).quotes] == said


def test_a_closing_attribution_reports_the_admission_before_it():
    # the police chief speaks, and the suspect's admission is part of what he said (as "A, police said")
    text = (
        "Tersangka mengaku nekat membobol minimarket karena terjerat pinjaman online, kata Kapolsek "
        "Cibinong Kompol Hendra Wijaya kepada wartawan, Selasa (4/3/2025).\n\n"
        'Hendra menyebut pelaku sempat kabur ke Cianjur. "Kami tangkap di rumah kerabatnya," ujarnya.'
    )
    first = kutip.extract(text).quotes[0]
    assert first.text == "Tersangka mengaku nekat membobol minimarket karena terjerat pinjaman online"
    assert (first.cue, first.speaker.name) == ("kata", "Hendra Wijaya")
