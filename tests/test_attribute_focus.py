"""Who "ujarnya" and "ia" point at: the focus follows introductions, passive agents and descriptions."""

import kutip


def names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in kutip.extract(text).quotes]


def test_attribute_focus_name_with_age_is_a_person_even_when_a_common_word():
    text = "Harapan (35), pedagang sayur, mengatakan harga cabai naik dua kali lipat sejak pekan lalu."
    assert names(text) == ["Harapan"]


def test_attribute_focus_introduction_with_age_moves_the_focus():
    text = (
        "“Kami kewalahan,” kata Kepala Puskesmas Cibeber dr Wulan Sari.\n"
        "Pasien lain seperti Rudi Hartono (24) juga menunggu sejak subuh.\n"
        "“Saya menunggu tiga jam,” ujarnya."
    )
    assert names(text)[-1] == "Rudi Hartono"


def test_attribute_focus_generic_person_noun_points_back():
    text = (
        "Sukirman (60) sudah tinggal di bantaran kali sejak 1990.\n"
        "Pria yang bekerja sebagai tukang parkir itu mengaku belum menerima bantuan.\n"
        "“Belum ada yang datang ke sini,” katanya."
    )
    assert names(text) == ["Sukirman", "Sukirman"]


def test_attribute_focus_passive_agent_moves_the_focus():
    text = (
        "“Stok vaksin cukup,” kata Kepala Dinas Kesehatan Bogor Yuli Astuti.\n"
        "Hal itu disampaikan Kepala Bidang Pencegahan Penyakit Bogor Anwar Fauzi di Cibinong.\n"
        "“Kami buka pos vaksin di 40 puskesmas,” ujarnya."
    )
    assert names(text)[-1] == "Anwar Fauzi"


def test_attribute_focus_trailer_cue_on_the_next_line():
    text = "Kepala Desa Sukamaju Eko Prasetyo meninjau lokasi.\n“Air sudah surut sejak pagi.”\nujar Eko."
    assert names(text) == ["Eko Prasetyo"]


def test_attribute_focus_apposition_over_several_pieces():
    text = "“Irigasi macet,” kata Ketua Kelompok Tani Makmur, Desa Sukamaju, Wahyu Setiadi di sawahnya."
    doc = kutip.extract(text)
    assert doc.quotes[0].speaker.name == "Wahyu Setiadi"
    assert doc.quotes[0].speaker.role.startswith("Ketua Kelompok Tani Makmur")


def test_attribute_focus_negated_cue_and_bare_topic_are_not_statements():
    text = (
        "Polisi belum menjelaskan identitas kedua pelaku pencurian itu.\n"
        "Menteri Perumahan Arif Budiman memaparkan rencana kerja kementeriannya.\n"
        "Ia menegaskan tim tiba besok."
    )
    doc = kutip.extract(text)
    assert [(q.text, q.speaker.name) for q in doc.quotes] == [("tim tiba besok", "Arif Budiman")]


def test_attribute_focus_description_before_a_name_is_its_role():
    text = (
        "Sementara itu, seorang sopir angkot di Terminal Kampung Rambutan, Darmin (47), "
        "mengaku penumpang sepi."
    )
    doc = kutip.extract(text)
    assert [(q.speaker.name, q.speaker.role) for q in doc.quotes] == [
        ("Darmin", "seorang sopir angkot di Terminal Kampung Rambutan")
    ]


def test_attribute_focus_agent_of_a_non_speech_passive_does_not_speak():
    text = (
        "Menteri Kelautan Arif Santoso memastikan tidak akan ada impor garam mulai 2027.\n"
        "Hal ini sebagaimana diperintahkan oleh Presiden Hendro Wibisono.\n"
        "“Garam konsumsi sudah tidak impor,” kata dia dalam acara itu."
    )
    assert names(text)[-1] == "Arif Santoso"
    assert kutip.extract(text).quotes[-1].speaker.mention == "dia"


def speakers(text: str, lang: str = "id") -> list[tuple[str | None, str | None, str | None]]:
    """(name, role, the words that name the speaker) of each quote's first speaker."""
    doc = kutip.extract(text, lang=lang)
    return [
        (q.speaker.name, q.speaker.role, q.speaker.mention) if q.speaker else (None, None, None)
        for q in doc.quotes
    ]


def test_attribute_focus_rank_kept_apart_from_role_and_pronoun_follows():
    text = (
        "Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan pelaku sudah ditangkap.\n"
        "“Kami masih mendalami motifnya,” ujarnya."
    )
    doc = kutip.extract(text, lang="id")
    assert [q.speaker.name for q in doc.quotes] == ["Rio Wahyu Anggoro", "Rio Wahyu Anggoro"]
    assert doc.quotes[0].speaker.role == "Kapolres Bogor"
    assert doc.quotes[0].speaker.rank == "AKBP"
    assert doc.quotes[1].speaker.mention == "ujarnya"


def test_attribute_focus_english_rank_of_two_abbreviations():
    doc = kutip.extract('"The base remains on alert," said Maj. Gen. Paul Harmon, the commander.', lang="en")
    assert doc.quotes[0].speaker.name == "Paul Harmon"
    assert doc.quotes[0].speaker.rank == "Maj. Gen."


def test_attribute_focus_role_with_demonstrative_then_bare_cue_keep_the_person():
    text = (
        "“Stok beras aman sampai Lebaran,” kata Direktur Utama Perum Bulog Budi Waseso.\n"
        "“Gudang kami penuh,” kata Direktur Utama Bulog ini.\n"
        "“Harga akan turun,” lanjutnya."
    )
    got = speakers(text)
    assert [name for name, _, _ in got] == ["Budi Waseso"] * 3
    assert [mention for _, _, mention in got][1:] == ["Direktur Utama Bulog ini", "lanjutnya"]


def test_attribute_focus_plural_pronoun_points_at_the_body_just_named():
    text = (
        "Laporan itu dirilis Jaringan Pemantau Pendidikan Indonesia (JPPI) pada Senin. "
        "“Kasus perundungan naik tajam tahun ini,” kata mereka."
    )
    doc = kutip.extract(text, lang="id")
    assert doc.quotes[0].speaker.name == "Jaringan Pemantau Pendidikan Indonesia"
    assert doc.quotes[0].speaker.kind == "organization"
    doc = kutip.extract(
        "The report was released by the National Education Association on Monday. "
        '"Teachers are leaving in record numbers," they said.',
        lang="en",
    )
    assert doc.quotes[0].speaker.name == "National Education Association"


def test_attribute_focus_pronoun_with_nobody_before_it_stays_unresolved():
    doc = kutip.extract('"We are not going anywhere," she said.', lang="en")
    q = doc.quotes[0]
    assert q.speaker.name is None and q.speaker.mention == "she"
    assert q.confidence < 0.5


def test_attribute_focus_quote_without_cue_continues_the_last_speaker():
    text = (
        "Senator Maria Lopez spoke to reporters on Tuesday.\n"
        '"We will pass this bill," she said.\n'
        '"It is long overdue."'
    )
    got = speakers(text, "en")
    assert [name for name, _, _ in got] == ["Maria Lopez", "Maria Lopez"]
    assert got[0][1] == "Senator"


def kinds(text: str, lang: str = "id") -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.name, q.speaker.kind) if q.speaker else (None, None)
        for q in kutip.extract(text, lang=lang).quotes
    ]


def test_attribute_focus_a_person_pronoun_skips_the_ministry_named_between():
    text = (
        "Kepala Dinas Tenaga Kerja Kota Bogor Siti Rahayu mengatakan pendaftaran pelatihan dibuka besok.\n"
        "Data Kementerian Ketenagakerjaan (Kemnaker) menyebut pencari kerja naik 12 persen.\n"
        "Dia mengatakan kuota pelatihan tahun ini ditambah menjadi 500 orang."
    )
    assert kinds(text)[-1] == ("Siti Rahayu", "person")


def test_attribute_focus_it_points_at_the_body_not_the_person():
    text = (
        "Senator Maria Lopez criticised the merger on Monday.\n"
        "The Federal Trade Commission opened an inquiry into the deal last week. "
        "It said the review would take at least six months."
    )
    assert kinds(text, "en")[-1] == ("Federal Trade Commission", "organization")


def test_attribute_focus_a_place_speaks_as_a_country_or_a_body():
    text = (
        "Pyongyang denied on Friday that its troops had crossed the border.\n"
        "The Kremlin said on Monday that the talks would resume in March."
    )
    assert kinds(text, "en") == [("Pyongyang", "country"), ("Kremlin", "country")]


def test_attribute_focus_a_thing_named_by_common_words_is_no_subject():
    # "Pembahasan RUU Cipta Kerja" opens a sentence: the bill, written in lower case too, is nobody
    text = (
        "Guru besar hukum tata negara Universitas Andalas, Feri Hartono, menilai proses legislasi terlalu "
        "cepat.\n"
        "Menurut dia, cipta kerja tidak boleh dibahas tanpa publik.\n"
        "Pembahasan RUU Cipta Kerja dijadwalkan rampung sebelum reses.\n"
        "“Publik harus didengar dulu,” ujarnya."
    )
    doc = kutip.extract(text)
    assert doc.quotes[-1].speaker.name == "Feri Hartono"
    assert "Cipta Kerja" not in [e.text for e in doc.entities if e.label == "person"]


def test_attribute_focus_a_common_word_opening_a_sentence_is_no_role():
    # "Ibadah Tarawih": "Ibadah" is no title, so "Tarawih" alone is not the person the sentence is about
    text = (
        "Ketua Dewan Masjid Kota Bekasi Hasanuddin Lubis meminta jemaah tetap menjaga jarak.\n"
        "Ibadah Tarawih tetap digelar dengan saf berjarak satu meter.\n"
        "“Masjid kami buka, tetapi jemaah wajib bermasker,” tuturnya."
    )
    assert names(text)[-1] == "Hasanuddin Lubis"


def test_attribute_focus_a_name_once_given_with_an_age_stays_a_subject():
    text = (
        "Sulastri (41), warga Kelurahan Kalibaru, dinyatakan positif setelah tes cepat.\n"
        "Petugas klinik menolak memberi rujukan karena kuota habis.\n"
        "Sulastri pun pulang dan mengurus dirinya sendiri.\n"
        "“Saya tidak tahu harus ke mana lagi,” ucapnya."
    )
    assert names(text)[-1] == "Sulastri"


def test_attribute_focus_a_name_after_menurut_dia_is_what_was_said():
    # "Menurut dia, Yanto kerap ...": Yanto (once given with an age) is talked about; the focus stays with
    # the witness
    text = (
        "“Rumah itu sudah lama sepi,” kata Darmaji, tetangga rumah yang digeledah.\n"
        "Menurut Darmaji, rumah itu milik seorang pria bernama Yanto (45).\n"
        "Menurut dia, Yanto hampir setiap pagi menyapu halaman musala.\n"
        "“Orangnya ramah, biasa saja,” ujarnya."
    )
    assert names(text)[-1] == "Darmaji"


def test_attribute_focus_waktu_itu_after_a_cue_is_a_time():
    text = (
        "“Pelabuhan harus selesai tahun depan,” kata Gubernur Sulawesi Selatan Rahmat Pane.\n"
        "Bupati Maros Andi Wirawan menyambut baik rencana itu.\n"
        "“Kami siapkan lahannya,” kata Rahmat waktu itu."
    )
    assert names(text)[-1] == "Rahmat Pane"


def test_attribute_focus_a_name_completing_a_noun_is_talked_about():
    text = (
        "Sekretaris Jenderal PAN Eko Santoso menegaskan, Menteri Perdagangan Zulfikar Rahman akan "
        "memperkuat tim ekonomi.\n"
        "Keberadaan Zulfikar sebagai menteri dibutuhkan untuk menahan harga pangan.\n"
        "“Saya percaya kerja tim akan lebih cepat,” ujarnya."
    )
    assert names(text)[-1] == "Eko Santoso"


def test_attribute_focus_a_passive_of_opinion_leaves_the_focus():
    text = (
        "Sekretaris Jenderal PAN Eko Santoso menegaskan, kabinet baru akan memperkuat tim ekonomi.\n"
        "Dengan pengalamannya, Zulfikar Rahman diyakini mampu menahan harga pangan.\n"
        "“Saya percaya kerja tim akan lebih cepat,” ujarnya."
    )
    assert names(text)[-1] == "Eko Santoso"


def test_attribute_focus_a_pseudonym_introduces_someone():
    text = (
        "“Pendapatan daerah turun tahun ini,” kata Kepala Bapenda Kota Balikpapan Nina Kartika.\n"
        "Bima (bukan nama sebenarnya) mengeluarkan dua butir pil dari sakunya.\n"
        "“Ini obat yang harus saya minum setiap malam,” ujar pria 32 tahun itu."
    )
    assert names(text)[-1] == "Bima"


def test_attribute_focus_a_body_description_points_at_the_body_named_with_its_head():
    text = (
        "Menurut Kementerian Pertanian Timor Leste, banjir merusak 300 hektare sawah yang didampingi FAO.\n"
        "Kementerian tersebut menyatakan bantuan benih akan dikirim pekan depan."
    )
    assert names(text)[-1] == "Kementerian Pertanian Timor Leste"


def test_attribute_focus_a_body_description_points_at_the_body_named_last():
    text = (
        "Kadar debu di kota itu kerap melampaui ambang aman Organisasi Kesehatan Dunia (WHO).\n"
        "Badan dunia itu meminta pemerintah kota membatasi asap kendaraan bermotor."
    )
    assert names(text)[-1] == "Organisasi Kesehatan Dunia"


def test_attribute_focus_office_anaphor_points_at_the_holder_of_that_office():
    text = (
        "Gubernur Jawa Tengah Rahmat Santoso meresmikan bendungan itu pada Senin.\n"
        "Menteri Pertanian Agus Wibowo mengatakan irigasi untuk 9.000 hektare sawah akan siap tahun depan.\n"
        "Gubernur itu mengatakan pemerintah provinsi menyiapkan dana pendamping."
    )
    assert names(text) == ["Agus Wibowo", "Rahmat Santoso"]


def test_attribute_focus_office_anaphor_is_not_a_holder_of_another_office():
    text = (
        "Senator Jane Morris said the levee bill was rushed. The mayor said the city could not wait another "
        "winter. The former congressman said the cost would double."
    )
    doc = kutip.extract(text, "en")
    speakers = [(q.speaker.name, q.speaker.kind) for q in doc.quotes]
    # no mayor is named: "the mayor" is someone the text does not name, not the senator in focus; a
    # former office is no other office ("the former congressman" may be the senator)
    assert speakers == [("Jane Morris", "person"), ("mayor", "unnamed"), ("Jane Morris", "person")]


def test_attribute_focus_office_anaphor_written_in_full_still_teaches_a_role():
    text = (
        "Wali Kota Malang Wahyu Hidayat meninjau pasar.\n"
        "“Harga cabai sudah turun,” kata Ketua Tim Pengendali Inflasi Daerah itu."
    )
    doc = kutip.extract(text, "id")
    assert doc.quotes[0].speaker.name == "Wahyu Hidayat"
