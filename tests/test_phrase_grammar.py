"""The phrase grammar around a cue, one construction at a time, on news sentences written for these tests:
the speaker after a cue, the subject before it, appositions, relative clauses, conjoined speakers, AP-style
party-state tags, participle openers and possessive subjects."""

import pytest

import kutip
from kutip.lang import get_language
from kutip.segment.brackets import depths, ends_in_age, last_open, trailing_group, without_trailing_group
from kutip.segment.tokens import tokenize


def _only_quote(text: str, lang: str):
    doc = kutip.extract(text, lang=lang)
    assert len(doc.quotes) == 1, [q.text for q in doc.quotes]
    return doc.quotes[0]


def _mention(text: str, quote) -> str:
    return text[quote.speaker.mention_start : quote.speaker.mention_end]


# the speaker after a cue


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ('"The deal is dead," said Sen. Ron Wyden, D-Ore.', "Ron Wyden", "Sen. Ron Wyden"),
        (
            '"We will not fold," said Rep. Maxine Carter, D-Calif., on Tuesday.',
            "Maxine Carter",
            "Rep. Maxine Carter",
        ),
        ('"The border is open," said Sen. Ted Carver, R-Texas.', "Ted Carver", "Sen. Ted Carver"),
        ('"The deal is dead," said Sen. Ron Wyden (D-Ore.).', "Ron Wyden", "Sen. Ron Wyden (D-Ore.)"),
    ],
)
def test_a_trailing_party_and_state_tag_is_no_name(text, name, mention):
    quote = _only_quote(text, "en")
    assert quote.speaker.name == name
    assert _mention(text, quote) == mention
    assert quote.speaker.role in ("Sen.", "Rep.")


def test_the_tag_ends_the_phrase_before_a_participle_clause():
    text = (
        '"We have the votes," said Senate Majority Leader Mitch Hale, R-Ky., adding that the bill would pass.'
    )
    quote = kutip.extract(text, lang="en").quotes[0]
    assert quote.speaker.name == "Mitch Hale"
    assert quote.speaker.role == "Senate Majority Leader"


def test_a_description_after_the_cue_runs_on_to_the_name_in_its_apposition():
    text = 'The plan was praised by residents. "It is long overdue," said the council chairman, Peter Vance.'
    quote = _only_quote(text, "en")
    assert quote.speaker.name == "Peter Vance"
    assert _mention(text, quote) == "the council chairman, Peter Vance"


def test_an_indonesian_role_runs_on_over_its_commas_to_the_name():
    text = '"Kami akan terus memantau harga," kata Menko Bidang Politik, Hukum, dan Keamanan Hadi Susanto.'
    quote = _only_quote(text, "id")
    assert quote.speaker.name == "Hadi Susanto"
    assert quote.speaker.role == "Menko Bidang Politik, Hukum, dan Keamanan"


def test_the_speaker_of_an_according_cue_is_whose_words_they_are():
    text = "Menurut juru bicara Kemenkes, stok vaksin masih aman hingga akhir tahun."
    quote = _only_quote(text, "id")
    assert _mention(text, quote) == "juru bicara Kemenkes"
    assert quote.speaker.kind == "unnamed"  # the spokesperson, not the ministry


# the subject before a cue


def test_a_participle_clause_that_opens_the_sentence_is_not_the_subject():
    text = "Having announced the verdict, Judge Alice Berman said the defendant would be sentenced in May."
    doc = kutip.extract(text, lang="en")
    assert [(q.type, q.speaker.name, q.cue) for q in doc.quotes] == [("indirect", "Alice Berman", "said")]
    assert doc.quotes[0].text == "the defendant would be sentenced in May"
    assert "Having" not in [e.canonical for e in doc.entities]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Responding to the report, the ministry said it would review its procedures.", "the ministry"),
        ("Speaking to reporters on Monday, Mayor Lena Ortiz said the levee would hold.", "Mayor Lena Ortiz"),
        (
            "Having reviewed the evidence, the panel concluded that the mayor had broken no rules.",
            "the panel",
        ),
        (
            "Speaking Sunday on CBS’s “Face the Nation,” Mayor Lena Ortiz said the levee would hold.",
            "Mayor Lena Ortiz",
        ),
    ],
)
def test_the_subject_after_a_participle_opener(text, mention):
    quote = _only_quote(text, "en")
    assert _mention(text, quote) == mention


def test_a_name_that_ends_like_a_participle_is_still_a_subject():
    text = "Fielding, the council's lawyer, said the contract was void from the start."
    quote = _only_quote(text, "en")
    assert quote.speaker.name == "Fielding"


def test_a_participle_after_the_subject_does_not_make_the_subject():
    text = "Mayor Lena Ortiz, speaking after the vote, said the levee would be repaired by June."
    quote = _only_quote(text, "en")
    assert quote.speaker.name == "Lena Ortiz"


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Trump's spokeswoman said the president would not attend the dinner.", "Trump's spokeswoman", None),
        ("Ortiz's lawyer said the charges against the mayor were baseless.", "Ortiz's lawyer", None),
        (
            "Mayor Lena Ortiz's spokesman, Carl Diaz, said the road would reopen on Friday.",
            "Carl Diaz",
            "Carl Diaz",
        ),
    ],
)
def test_a_possessive_subject_is_the_one_possessed(text, mention, name):
    quote = _only_quote(text, "en")
    assert _mention(text, quote).endswith(mention)
    if name is None:
        assert quote.speaker.kind == "unnamed"  # the spokeswoman speaks, not Trump
    else:
        assert quote.speaker.name == name


def test_a_relative_clause_hangs_on_the_subject():
    text = "Mayor Lena Ortiz, who has led the city since 2019, said the levee would be repaired by June."
    quote = _only_quote(text, "en")
    assert quote.speaker.name == "Lena Ortiz"
    assert quote.text == "the levee would be repaired by June"


def test_an_apposition_with_an_age_gives_the_name():
    text = "Harapan (35), pedagang sayur di Pasar Baru, mengatakan harga cabai naik dua kali lipat."
    quote = _only_quote(text, "id")
    assert quote.speaker.name == "Harapan"


def test_an_indonesian_clause_opener_is_not_the_subject():
    text = "Setelah membacakan putusan, Hakim Ketua Budi Santoso mengatakan terdakwa terbukti bersalah."
    quote = _only_quote(text, "id")
    assert quote.speaker.name == "Budi Santoso"
    assert quote.speaker.role == "Hakim Ketua"


def test_conjoined_speakers_are_read_as_one_subject():
    text = "Senator Lisa Moreno and Representative Tom Hale said the bill would pass next week."
    quote = _only_quote(text, "en")
    assert _mention(text, quote) == "Senator Lisa Moreno and Representative Tom Hale"


def test_an_inverted_subject_after_the_closing_mark_keeps_its_parenthesis():
    text = '"This bill protects nobody," Rep. Jim Ardent (R-Ohio) said on Tuesday.'
    quote = _only_quote(text, "en")
    assert quote.speaker.name == "Jim Ardent"
    assert quote.cue == "said"


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        (
            "Ketua Panitia Festival Danau Toba Rudi Sitompul dalam acara tersebut mengatakan, tiket habis.",
            "Rudi Sitompul",
            "Ketua Panitia Festival Danau Toba Rudi Sitompul",
        ),
        (
            "Menteri Pertanian Arman Sulaiman saat membuka panen raya menegaskan, stok beras aman.",
            "Arman Sulaiman",
            "Menteri Pertanian Arman Sulaiman",
        ),
    ],
)
def test_an_adjunct_between_the_indonesian_subject_and_its_cue_is_no_part_of_it(text, name, mention):
    quote = _only_quote(text, "id")
    assert (quote.speaker.name, _mention(text, quote)) == (name, mention)


def test_a_subheading_glued_before_the_subject_is_no_part_of_it():
    text = "Belum dibahas Ketua Serikat Pekerja Nasional Rina Marpaung mengatakan, upah belum dibahas."
    quote = _only_quote(text, "id")
    assert (quote.speaker.name, _mention(text, quote)) == (
        "Rina Marpaung",
        "Ketua Serikat Pekerja Nasional Rina Marpaung",
    )
    text = "Pelatih renang Agung Pratomo mengatakan, atlet sudah siap bertanding."
    assert _only_quote(text, "id").speaker.name == "Agung Pratomo"  # a lower-case role, no heading


# parentheses, written once


def _toks(text: str):
    return tokenize(text, get_language("id"))[0]


def test_depths_count_each_parenthesis_once():
    toks = _toks("kata Yaya (39) ) warga")
    assert depths(toks) == [0, 0, 1, 1, 0, -1, -1]
    assert depths(toks, clamp=True) == [0, 0, 1, 1, 0, 0, 0]
    assert last_open(toks) == 2


def test_the_age_and_acronym_groups_at_the_end_of_a_phrase():
    assert ends_in_age(_toks("pedagang sayur, Sutrisno (52)"))
    assert not ends_in_age(_toks("Badan Gizi Nasional (BGN)"))
    group = trailing_group(_toks("Badan Gizi Nasional (BGN)"))
    assert group is not None and group.text == "BGN"
    assert [t.text for t in without_trailing_group(_toks("Rep. Gwen Moore (D-Wis.)"))] == [
        "Rep",
        ".",
        "Gwen",
        "Moore",
    ]


# the subject before a cue that no name or role opens: a count of people, a head with its preposition


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Nearly half of registered voters said the economy was their main worry.",
            "Nearly half of registered voters",
        ),
        ("Only 31 percent said the governor deserved a second term.", "Only 31 percent"),
        ("Seven in 10 Democratic voters say the party should move left.", "Seven in 10 Democratic voters"),
        ("Most economists say the tariff will raise prices.", "Most economists"),
        ("About four in 10 say the race is too close to call.", "About four in 10"),
    ],
)
def test_a_count_of_people_is_the_subject(text, mention):
    quote = _only_quote(text, "en")
    assert _mention(text, quote) == mention
    assert quote.speaker.kind == "unnamed"
    assert quote.text.startswith("the ")


@pytest.mark.parametrize(
    ("text", "head", "content"),
    [
        (
            "A spokesman for the Treasury Department said the sanctions would stay in place.",
            "spokesman for the Treasury Department",
            "the sanctions would stay in place",
        ),
        (
            "The head of the teachers union said the talks had broken down.",
            "The head of the teachers union",
            "the talks had broken down",
        ),
        (
            "Some advocates for immigrant families say the plan does too little.",
            "advocates for immigrant families",
            "the plan does too little",
        ),
        (
            "A person familiar with the negotiations said the deal could collapse.",
            "person familiar with the negotiations",
            "the deal could collapse",
        ),
    ],
)
def test_a_head_with_its_prepositional_phrase_is_the_subject(text, head, content):
    quote = _only_quote(text, "en")
    assert head in _mention(text, quote)
    assert quote.text == content


def test_the_part_before_an_inverted_subject_is_not_the_subject():
    # it is the first piece of what they say, the way PolNeAR splits a statement its cue interrupts
    text = "The source of the anger, union members say, is the pension cut."
    doc = kutip.extract(text, lang="en")
    assert [(q.text, _mention(text, q)) for q in doc.quotes] == [
        ("The source of the anger", "union members"),
        ("is the pension cut", "union members"),
    ]


def test_a_speaker_phrase_ends_where_the_next_sentence_opens_after_an_abbreviation():
    doc = kutip.extract('"Yes," said Tom Lee Jr. He left soon after. "No," he added.', lang="en")
    assert [q.speaker.name for q in doc.quotes] == ["Tom Lee Jr.", "Tom Lee Jr."]
    doc = kutip.extract('"We are hiring," said Acme Corp. The company has 40 staff.', lang="en")
    assert doc.quotes[0].speaker.name == "Acme Corp"
