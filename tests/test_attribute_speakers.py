"""Speakers: names split from titles, pronouns resolved to the speaker the text is about, several speakers."""

import pytest
from conftest import speakers_of

import kutip
from kutip.attribute.mention import describe
from kutip.attribute.people import ArticlePeople
from kutip.lang import get_language
from kutip.segment.article import Article

ID = get_language("id")


@pytest.mark.parametrize(
    "phrase, name, role, kind",
    [
        ("Juru Bicara Gedung Putih John Kirby", "John Kirby", "Juru Bicara Gedung Putih", "person"),
        ("Presiden Belarusia Alexander Lukashenko", "Alexander Lukashenko", "Presiden Belarusia", "person"),
        ("Menhan AS Lloyd Austin", "Lloyd Austin", "Menhan AS", "person"),
        (
            "Kapolres Metro Jakarta Barat Kombes Pol M Syahduddi",
            "M Syahduddi",
            "Kapolres Metro Jakarta Barat",
            "person",
        ),
        (
            "Ketua Ikatan Pemuda Islam Ahmad Fauzan Harahap",
            "Ahmad Fauzan Harahap",
            "Ketua Ikatan Pemuda Islam",
            "person",
        ),
        (
            "Sosiolog Universitas Indonesia Imam B Wicaksono",
            "Imam B Wicaksono",
            "Sosiolog Universitas Indonesia",
            "person",
        ),
        ("Anggota Parlemen Korea Selatan", "Anggota Parlemen Korea Selatan", None, "unnamed"),
        ("seorang warga", "seorang warga", None, "unnamed"),
        ("Kementerian Luar Negeri", "Kementerian Luar Negeri", None, "organization"),
        ("Rusia", "Rusia", None, "country"),
    ],
)
def test_attribute_speakers_role_split(phrase, name, role, kind):
    (m,) = describe(Article(phrase, ID), 0, len(phrase))
    assert (m.name, m.role, m.kind) == (name, role, kind)


def test_attribute_speakers_several_speakers_are_kept():
    ms = describe(Article("Rusia dan Korea Utara", ID), 0, 21)
    assert [(m.name, m.kind) for m in ms] == [("Rusia", "country"), ("Korea Utara", "country")]
    doc = kutip.extract(
        "Baik Rusia dan Korea Utara telah membantah tuduhan yang dilontarkan Amerika Serikat."
    )
    assert [s.name for s in doc.quotes[0].speakers] == ["Rusia", "Korea Utara"]
    assert doc.to_dict()["quotes"][0]["speakers"][1]["name"] == "Korea Utara"


def test_attribute_speakers_short_name_resolves_to_fullest_name():
    text = (
        "Ketua Komisi III DPR Bambang Hermanto menilai revisi undang-undang itu mendesak.\n"
        "“Kami targetkan selesai bulan depan,” kata Bambang."
    )
    doc = kutip.extract(text)
    assert [q.speaker.name for q in doc.quotes] == ["Bambang Hermanto", "Bambang Hermanto"]
    assert doc.quotes[1].speaker.role == "Ketua Komisi III DPR"


def test_attribute_speakers_pronoun_follows_the_speaker_the_text_moved_on_to():
    text = (
        "“Kami menolak kenaikan tarif,” kata Ketua Organda Jakarta Hasan Basri.\n"
        "Sementara itu, Kepala Dinas Perhubungan DKI Syafrudin Nasution menjelaskan tarif baru "
        "berlaku Juli.\n"
        "“Kenaikan ini sudah dikaji bersama akademisi,” ujarnya."
    )
    doc = kutip.extract(text)
    assert [q.speaker.name for q in doc.quotes] == ["Hasan Basri", "Syafrudin Nasution", "Syafrudin Nasution"]


def test_attribute_speakers_sentence_subject_moves_the_focus():
    text = (
        "“Stok aman,” kata Kepala Bulog Jawa Timur Agus Salim.\n"
        "Pedagang pasar Legi, Wartini Susanti, justru kesulitan mendapat beras medium.\n"
        "“Sudah dua minggu barang kosong,” ujarnya."
    )
    doc = kutip.extract(text)
    assert doc.quotes[-1].speaker.name == "Wartini Susanti"


def test_attribute_speakers_names_inside_a_quote_are_not_its_speaker():
    text = (
        "Mantan Menteri Perindustrian Hadi Gunawan angkat bicara.\n"
        "“Presiden Soeharto dan Menteri Habibie dulu juga mencoba hal yang sama,” katanya."
    )
    doc = kutip.extract(text)
    assert doc.quotes[0].speaker.name == "Hadi Gunawan"


def test_attribute_speakers_role_only_mention_resolves_to_the_named_holder():
    text = (
        "Kapolres Bogor AKBP Rio Wahyudi memimpin razia malam itu.\n"
        "“Kami amankan 14 sepeda motor tanpa surat,” kata Kapolres."
    )
    doc = kutip.extract(text)
    assert doc.quotes[0].speaker.name == "Rio Wahyudi"


def test_attribute_speakers_unnamed_source_is_the_phrase_as_written():
    doc = kutip.extract("“Airnya naik cepat sekali,” kata seorang warga.")
    assert (doc.quotes[0].speaker.name, doc.quotes[0].speaker.kind) == ("seorang warga", "unnamed")


def test_attribute_speakers_apposition_after_cue():
    doc = kutip.extract("“Kami bertahan,” kata salah satu pengungsi, Maria Goreti, di posko.")
    assert doc.quotes[0].speaker.name == "Maria Goreti"
    assert doc.quotes[0].speaker.role == "salah satu pengungsi"


def test_attribute_speakers_alias_in_parentheses():
    text = (
        "Badan Pusat Statistik (BPS) mencatat inflasi 2,1 persen.\n"
        "BPS menyebut kenaikan harga cabai menjadi penyumbang terbesar inflasi bulan itu."
    )
    doc = kutip.extract(text)
    assert speakers_of(doc) == [("indirect", "Badan Pusat Statistik", "say")]


def test_people_answers_that_depend_on_the_place_are_not_remembered():
    from kutip.attribute.people import ArticlePeople

    people = ArticlePeople()
    assert people.resolve("Budi") is None
    people.add("Budi Santoso", "person", None, 0)
    assert people.resolve("Budi").name == "Budi Santoso"  # an earlier "no one" is forgotten once he is named
    people.add("Ahmad Dani", "person", None, 10)
    people.add("Ahmad Yani", "person", None, 100)
    assert people.resolve("Ahmad", near=50).name == "Ahmad Dani"
    assert people.resolve("Ahmad", near=150).name == "Ahmad Yani"
    people.resolve("Ahmad")
    assert people.resolve("Ahmad", near=60).name == "Ahmad Dani"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Senators Lisa Moreno and Tom Hale said the bill would fail.",
         [("Lisa Moreno", "Senator"), ("Tom Hale", "Senator")]),
        ("Democratic governors Ann Cole and Jim Ward warned that the cuts would hurt schools.",
         [("Ann Cole", "Democratic governor"), ("Jim Ward", "Democratic governor")]),
    ],
)  # fmt: skip
def test_attribute_speakers_a_plural_title_is_each_persons_title(text, speakers):
    doc = kutip.extract(text, lang="en")
    assert [(s.name, s.role) for s in doc.quotes[0].speakers] == speakers
    assert "Senators Lisa Moreno" not in {e.canonical for e in doc.entities}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The secretary-general, Maria Lindqvist, said both sides must show restraint.",
         "Maria Lindqvist", "secretary-general"),
        ("The secretary of state, Paul Whitaker, said the talks would go on.", "Paul Whitaker",
         "secretary of state"),
    ],
)  # fmt: skip
def test_attribute_speakers_a_role_set_off_before_the_name(text, name, role):
    doc = kutip.extract(text, lang="en")
    assert [(s.name, s.role) for s in doc.quotes[0].speakers] == [(name, role)]


@pytest.mark.parametrize(
    ("phrase", "name", "role", "kind"),
    [
        ("Hillary Clinton’s campaign manager", "Hillary Clinton’s campaign manager", "campaign manager",
         "unnamed"),
        ("Fox News's Megan Dorsey", "Megan Dorsey", None, "person"),
        ("the White House's press secretary", "White House's press secretary", "press secretary", "unnamed"),
    ],
)  # fmt: skip
def test_attribute_speakers_an_owner_of_several_words_opens_the_phrase(phrase, name, role, kind):
    (m,) = describe(Article(phrase, get_language("en")), 0, len(phrase))
    assert (m.name, m.role, m.kind) == (name, role, kind)


def test_attribute_speakers_a_group_opening_the_sentence_is_unnamed_not_a_person():
    text = (
        "Critics say the new tariff will hurt small farms. Democrats said the bill would be blocked.\n\n"
        "Keluarga menyebut korban berangkat ke sawah pagi itu."
    )
    doc = kutip.extract(text, lang="en")
    assert [(s.name, s.kind) for q in doc.quotes for s in q.speakers][:2] == [
        ("Critics", "unnamed"),
        ("Democrats", "unnamed"),
    ]
    assert "Critics" not in {e.canonical for e in doc.entities if e.label == "person"}
    doc = kutip.extract(text.split("\n\n")[1], lang="id")
    assert [(s.name, s.kind) for s in doc.quotes[0].speakers] == [("Keluarga", "unnamed")]


def _speaker_of_last(text: str) -> tuple[str | None, str | None]:
    quote = kutip.extract(text).quotes[-1]
    return quote.speaker.name, quote.speaker.mention


def test_attribute_speakers_a_surname_that_is_a_place_ends_the_apposition():
    text = "“Kami ingin ikut membantu,” kata salah satu relawan, Yohanes Tenggara."
    assert _speaker_of_last(text)[0] == "Yohanes Tenggara"


def test_attribute_speakers_a_person_word_with_an_origin_points_back():
    text = (
        "Lestari Wulandari sudah tiga kali menonton film itu.\n"
        "“Ceritanya dekat dengan hidup saya,” ujar perempuan asal Bekasi, Jawa Barat, saat ditemui."
    )
    assert _speaker_of_last(text) == ("Lestari Wulandari", "perempuan asal Bekasi")


def test_attribute_speakers_an_origin_after_seorang_is_someone_new():
    text = (
        "Lestari Wulandari sudah tiga kali menonton film itu.\n"
        "“Saya baru sekali,” kata seorang pria asal Bekasi di depan loket."
    )
    assert _speaker_of_last(text)[0] != "Lestari Wulandari"


def test_attribute_speakers_a_demonstrative_closes_the_description():
    text = (
        "Sumarni Handayani kini memasak di dapur umum desa.\n"
        "“Sekarang ada pemasukan,” kata ibu tiga anak ini sambil tersenyum lebar."
    )
    assert _speaker_of_last(text) == ("Sumarni Handayani", "ibu tiga anak ini")
    text = "Sumarni (45) kini memasak di dapur umum.\n“Ada pemasukan,” kata ibu tiga anak ini gembira."
    assert _speaker_of_last(text) == ("Sumarni", "ibu tiga anak ini")


def test_attribute_speakers_a_preposition_after_the_cue_opens_no_speaker():
    # the name after "kata" was left out of the source: the speaker is the one the text is about
    text = (
        "Ketua Asosiasi Penagih Dewi Anggraini pernah mengatakan, penagih dilarang mengancam.\n"
        "“Data peminjam tidak boleh disebar,” kata dalam sebuah seminar daring tahun lalu."
    )
    assert _speaker_of_last(text)[0] == "Dewi Anggraini"


def test_attribute_speakers_an_adverb_before_a_pronoun_is_no_name():
    text = (
        "Wali Kota Tegal Dedy Yon Supriyono menelepon para pasien isolasi mandiri.\n"
        "Seketika ia meminta petugas mengantar obat ke rumah pasien itu."
    )
    assert _speaker_of_last(text) == ("Dedy Yon Supriyono", "ia")


def test_attribute_speakers_keduanya_points_at_the_two_people_named_together():
    text = (
        "“Suku bunga kami tahan,” kata Gubernur Bank Sentral Hendra Saputra.\n"
        "Keputusan itu ditolak dua anggota dewan, yakni Ratna Dewi dan Bambang Irawan. Keduanya meminta "
        "agar suku bunga diturunkan karena inflasi sudah terkendali."
    )
    quote = kutip.extract(text).quotes[-1]
    assert [s.name for s in quote.speakers] == ["Ratna Dewi", "Bambang Irawan"]


def test_attribute_speakers_the_agent_of_a_passive_speech_verb_takes_the_focus():
    text = (
        "Menteri Kelautan Budi Santosa mengatakan, perizinan tambak akan dipermudah.\n"
        "Hal senada dikemukakan Koordinator Jaringan Nelayan Pesisir Hadi Suprapto.\n"
        "Menurut catatan jaringan itu, nelayan kecil belum pernah diajak berunding.\n"
        "“Kuota tangkap bisa habis dalam dua bulan,” katanya."
    )
    assert _speaker_of_last(text) == ("Hadi Suprapto", "katanya")


def test_attribute_speakers_a_nickname_after_atau_is_the_same_person():
    text = (
        "Kelakar mantan Ketua Umum PBNU Ahmad Fauzi Hasan atau Cak Oji tentang rapat yang ricuh kembali "
        "beredar di media sosial.\n"
        "“Rapatnya seperti taman kanak-kanak,” kelakar Cak Oji waktu itu."
    )
    quote = kutip.extract(text).quotes[-1]
    assert quote.speaker.name == "Ahmad Fauzi Hasan"
    text = "Ketua RT Budi Hartono atau Joko Susilo akan menjadi saksi.\n“Saya siap,” kata Joko Susilo."
    assert kutip.extract(text).quotes[-1].speaker.name == "Joko Susilo"  # no honorific: someone else


def test_attribute_speakers_a_unit_and_its_city_after_a_role_are_no_name():
    phrase = "Kepala Bidang Damkar Semarang"
    (m,) = describe(Article(phrase, ID), 0, len(phrase))
    assert m.kind != "person"
    text = (
        "Warga diminta menjauhi bantaran sungai, kata Wakil Ketua Satgas Banjir Kota Malang Rudi Hartanto.\n"
        "Kepala BPBD Linmas Malang ini juga mengimbau warga menyiapkan tas siaga. "
        "“Air bisa naik dalam satu jam,” ujarnya."
    )
    assert _speaker_of_last(text)[0] == "Rudi Hartanto"


def test_attribute_speakers_a_nickname_between_commas_is_the_same_person():
    text = (
        "Wakil Gubernur Bali Tjokorda Gede Putra Wirawan, yang biasa disapa Tjok Gede, menyatakan hotel "
        "mulai terisi.\n"
        "Tjok Gede menambahkan, maskapai menambah penerbangan. “Pasar mulai percaya,” ujarnya."
    )
    quote = kutip.extract(text).quotes[-1]
    assert quote.speaker.name == "Tjokorda Gede Putra Wirawan"


def test_attribute_speakers_a_common_word_of_a_full_name_is_that_person():
    text = (
        "Bahagia Handoko (35) gugup menunggu giliran disuntik vaksin di puskesmas.\n"
        "Perawat lain, Sulastri (42), juga menunggu sejak pagi.\n"
        "Menjelang sore, Bahagia akhirnya dipanggil petugas. “Saya takut jarum,” katanya."
    )
    doc = kutip.extract(text)
    assert doc.quotes[-1].speaker.name == "Bahagia Handoko"
    assert [e.label for e in doc.entities if e.text == "Bahagia"] == ["person"]


def test_attribute_speakers_a_name_misprinted_with_a_letter_left_out_is_the_person():
    text = (
        "Kepala Badan SAR Daerah Hendrarto Wicaksono memimpin pencarian kapal yang hilang.\n"
        "Nelayan setempat, Rusli Harahap, ikut membantu.\n"
        "“Tim selam siap besok pagi,” kata Hendarto."
    )
    quote = kutip.extract(text).quotes[-1]
    assert quote.speaker.name == "Hendrarto Wicaksono"
    people = ArticlePeople()
    people.add("Hendrarto Wicaksono", "person", None, 0)
    assert people.resolve("Wicaksonos") is None  # a letter at the end makes another word ("Republicans")


def test_attribute_speakers_a_law_cited_as_the_source_takes_no_focus():
    text = (
        "Gubernur Jawa Tengah Surya Atmaja menyebut pembatasan bisa diperpanjang.\n"
        "Lalu, lanjut Surya, perlu dicatat bahwa jam malam, menurut Peraturan Menteri Kesehatan Nomor 12 "
        "Tahun 2021, berlaku 14 hari. “Wabah tidak selesai dalam dua pekan,” katanya."
    )
    assert _speaker_of_last(text) == ("Surya Atmaja", "katanya")


def test_attribute_speakers_a_subject_with_a_role_in_apposition_takes_the_focus():
    text = (
        "Bupati Lembah Hijau Sartono Wibisono mengatakan, warga sudah tenang.\n"
        "Rosa Manurung, Ketua Lembaga Bantuan Hukum Rakyat, menjabarkan, pengakuan tersangka harus diusut.\n"
        "Pengakuan itu menjadi bukti awal. “Suap di masa bencana itu keji,” katanya."
    )
    assert _speaker_of_last(text) == ("Rosa Manurung", "katanya")


def test_attribute_speakers_a_subject_before_an_adjunct_and_a_verb_takes_the_focus():
    text = (
        "Panggung utama dipadati tamu undangan, kata panitia Lukas Hendrawan.\n"
        "Wakil Wali Kota Tanjung Biru Ratna Sembiring dalam sambutannya berterima kasih kepada relawan.\n"
        "Warga diminta berbenah. “Kota ini milik kita semua,” tuturnya."
    )
    assert _speaker_of_last(text) == ("Ratna Sembiring", "tuturnya")


def test_attribute_speakers_a_name_introduced_by_an_apposition_takes_the_focus():
    text = (
        "Kepala Perpustakaan Daerah Bonifasius Sitanggang mengatakan, pengunjung bertambah.\n"
        "Yosephine, salah satu pengunjung, duduk di depan laptopnya di lantai tiga.\n"
        "Mahasiswi itu sedang menulis skripsi. “Di sini tenang, tidak seperti di kafe,” katanya."
    )
    assert _speaker_of_last(text) == ("Yosephine", "katanya")


def test_attribute_speakers_a_description_that_gives_a_nickname_makes_it_an_alias():
    text = (
        "Juru bicara perusahaan kereta itu, Fransiska Dewi Purba, mengatakan stasiun baru itu ramai.\n"
        "“Penumpang bisa langsung naik ke peron,” kata perempuan yang biasa dipanggil Siska Purba itu.\n"
        "Lantai dua dipakai untuk ruang tunggu. “Semua sudah nyaman,” kata Purba.\n"
        "Siska Purba menjelaskan, jumlah penumpang terus naik."
    )
    doc = kutip.extract(text)
    assert {q.speaker.name for q in doc.quotes} == {"Fransiska Dewi Purba"}


def test_attribute_speakers_first_person_outside_quotes_is_the_writer_not_the_last_person():
    text = (
        "Senator Mara Quist has refused to release her tax returns.\n\n"
        "As I wrote last week, the rules favor developers.\n\n"
        "She's said the rules are fair."
    )
    speakers = [(q.speaker.mention, q.speaker.name) for q in kutip.extract(text, lang="en").quotes]
    assert speakers == [("I", None), ("She", "Mara Quist")]
