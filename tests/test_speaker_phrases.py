"""Speaker phrases read into names and roles, on news sentences written for these tests: conjoined speakers,
a role set off before the name, a possessive body, a lawyer named after the client, a title that is a name."""

import kutip


def _speakers(text: str, lang: str) -> list[list[tuple[str | None, str, str | None]]]:
    """(name, kind, role) of every speaker of every quote, in text order."""
    doc = kutip.extract(text, lang=lang)
    return [[(s.name, s.kind, s.role) for s in q.speakers] for q in doc.quotes]


def test_english_conjoined_speakers_each_keep_their_own_role():
    text = (
        "WASHINGTON - Lawmakers from both parties attacked the spending plan on Tuesday.\n\n"
        '"This bill is a disaster for working families," Senator Lisa Moreno and Representative Tom Hale '
        "said in a joint statement."
    )
    assert _speakers(text, "en")[-1] == [
        ("Lisa Moreno", "person", "Senator"),
        ("Tom Hale", "person", "Representative"),
    ]


def test_english_conjoined_speakers_with_head_final_titles():
    text = (
        "Treasury Secretary Janet Ruiz and Commerce Secretary Mark Dolan said the tariffs would be lifted "
        "before the end of the year."
    )
    [found] = _speakers(text, "en")
    assert found == [
        ("Janet Ruiz", "person", "Treasury Secretary"),
        ("Mark Dolan", "person", "Commerce Secretary"),
    ]


def test_indonesian_conjoined_speakers_each_keep_their_own_role():
    text = (
        "Menteri Keuangan Sri Mulyani dan Gubernur BI Perry Warjiyo mengatakan inflasi masih terkendali "
        "hingga akhir tahun."
    )
    [found] = _speakers(text, "id")
    assert found == [
        ("Sri Mulyani", "person", "Menteri Keuangan"),
        ("Perry Warjiyo", "person", "Gubernur BI"),
    ]


def test_a_portfolio_joined_by_dan_is_one_role_not_two_speakers():
    text = "Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono mengatakan ekspor benih lobster dihentikan."
    assert _speakers(text, "id") == [[("Sakti Wahyu Trenggono", "person", "Menteri Kelautan dan Perikanan")]]


def test_indonesian_role_before_an_apposed_name_keeps_its_lower_case_head():
    text = "Menurut juru bicara Kemenkes, Siti Nadia, stok vaksin di gudang provinsi masih aman."
    assert _speakers(text, "id") == [[("Siti Nadia", "person", "juru bicara Kemenkes")]]


def test_a_possessive_body_before_a_role_is_an_unnamed_speaker_of_that_body():
    text = "The Pentagon's top adviser said the program would continue next year despite the cuts."
    [[(name, kind, role)]] = _speakers(text, "en")
    assert kind == "unnamed" and role == "top adviser"
    assert name != "Pentagon's"


def test_a_possessive_body_before_a_name_is_not_part_of_the_name():
    text = '"We will ship the phone in March," Apple\'s Tim Cook told investors on Thursday.'
    assert _speakers(text, "en") == [[("Tim Cook", "person", None)]]


def test_a_lawyer_named_after_the_client_speaks_for_himself():
    text = (
        "Former president Donald Trump denied the report on Monday.\n\n"
        '"He did nothing wrong," said Trump\'s lawyer, Michael Cohen.'
    )
    assert _speakers(text, "en")[-1] == [("Michael Cohen", "person", "Trump's lawyer")]


def test_indonesian_lawyer_named_after_the_client_speaks_for_himself():
    text = (
        "Presiden Joko Widodo atau Jokowi menghadiri sidang gugatan di Pengadilan Negeri Solo.\n\n"
        '"Klien kami tidak bersalah," kata pengacara Jokowi, Yakup Hasibuan.'
    )
    assert _speakers(text, "id")[-1] == [("Yakup Hasibuan", "person", "pengacara Jokowi")]


def test_a_title_word_that_is_a_given_name_opens_a_two_word_name():
    text = "Ratu Dewa mengatakan pembangunan jembatan di kawasan Ulu dimulai bulan depan."
    assert _speakers(text, "id") == [[("Ratu Dewa", "person", None)]]


def test_a_two_word_name_after_a_title_takes_the_role_the_article_gave():
    text = (
        "Wali Kota Palembang Ratu Dewa meninjau proyek itu pada Senin. Ratu Dewa mengatakan pembangunan "
        "jembatan dimulai bulan depan."
    )
    assert _speakers(text, "id")[-1] == [("Ratu Dewa", "person", "Wali Kota Palembang")]


def test_english_role_set_off_before_the_name_with_an_article():
    text = (
        "MANILA - The government said on Friday it would resume talks with the rebels.\n\n"
        '"We will not back down," a spokesman for the ministry, John Reyes, told reporters.'
    )
    assert _speakers(text, "en")[-1] == [("John Reyes", "person", "spokesman for the ministry")]


def test_a_company_possessive_before_a_role_is_an_unnamed_source_of_the_company():
    text = "The company's chief financial officer said revenue would fall in the third quarter."
    [[(_, kind, role)]] = _speakers(text, "en")
    assert kind == "unnamed" and role == "chief financial officer"


def test_a_possessive_body_before_a_body_word_stays_one_organisation():
    text = "Clinton's campaign said the candidate would return to Iowa on Sunday."
    [[(name, kind, role)]] = _speakers(text, "en")
    assert (name, kind, role) == ("Clinton's campaign", "organization", None)


def test_a_title_read_as_a_name_resolves_to_the_person_who_holds_it():
    text = (
        "LONDON - Ratu Inggris Elizabeth menyampaikan pidato Natal dari Kastil Windsor.\n\n"
        "Ratu Elizabeth mengatakan tahun ini penuh cobaan bagi keluarga di seluruh negeri."
    )
    assert _speakers(text, "id")[-1] == [("Elizabeth", "person", "Ratu Inggris")]


def test_both_conjoined_speakers_are_mentioned_by_the_whole_phrase():
    text = "Senator Lisa Moreno and Representative Tom Hale said the bill would pass next week."
    [quote] = kutip.extract(text, lang="en").quotes
    spans = {text[s.mention_start : s.mention_end] for s in quote.speakers}
    assert spans == {"Senator Lisa Moreno and Representative Tom Hale"}


def test_a_possessive_inside_a_body_name_with_initials_stays_in_the_name():
    text = (
        "Asia's Strategic Housing Initiatives (ASHI) said the housing programme should be suspended until an "
        "audit is complete."
    )
    assert [name for name, _, _ in _speakers(text, "en")[0]] == ["Asia's Strategic Housing Initiatives"]


def test_a_described_phrase_does_not_depend_on_the_article_described_before():
    from kutip.attribute import mention
    from kutip.lang import get_language
    from kutip.segment.article import Article

    en = get_language("en")
    texts = ["said John Smith Jr. Ted", "said John Smith Jr.)"]  # "Jr." keeps its period before a space only
    alone = []
    for t in texts:
        mention._DESCRIBED.clear()
        alone.append([m.text for m in mention.describe(Article(t, en), 5, 19)])
    assert alone[0] != alone[1]
    for order in (texts, texts[::-1]):
        mention._DESCRIBED.clear()
        got = {t: [m.text for m in mention.describe(Article(t, en), 5, 19)] for t in order}
        assert [got[t] for t in texts] == alone


def test_a_name_met_again_in_other_surroundings_points_at_its_own_words():
    from kutip.attribute import mention

    text = (
        "Budi Santoso mengatakan stok beras di gudang Bulog aman hingga akhir tahun.\n\n"
        "Menurut Budi Santoso, harga gabah di tingkat petani mulai turun pekan ini.\n\n"
        '"Kami terus memantau harga di pasar induk," kata Budi Santoso.'
    )
    mention._DESCRIBED.clear()
    for _ in range(2):  # read cold, then from what the first reading remembered (``describe``'s cache)
        quotes = kutip.extract(text, lang="id").quotes
        spans = [(text[s.mention_start : s.mention_end], s.name) for q in quotes for s in q.speakers]
        assert len(quotes) == 3
        assert spans == [("Budi Santoso", "Budi Santoso")] * 3
