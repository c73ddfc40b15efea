"""English extraction on news text written for these tests: the same pipeline, another language package."""

from conftest import speakers_of

import kutip
from kutip.lang import available, get_language


def test_english_is_a_language_package_with_the_eleven_acts():
    from kutip.doc import SPEECH_ACTS

    en = get_language("en")
    assert "en" in available()
    assert set(en.all_cues.values()) <= set(SPEECH_ACTS)
    assert en.reporting_verbs["denied"] == "deny" and en.trailer_cues["said"] == "say"


def test_english_trailer_said_name_and_inverted_name_said():
    text = (
        '"The vote will go ahead as planned," said Election Commissioner Maria Gonzalez.\n\n'
        '"We have counted every ballot twice," Gonzalez added on Tuesday.'
    )
    doc = kutip.extract(text, lang="en")
    assert speakers_of(doc) == [("direct", "Maria Gonzalez", "say"), ("direct", "Maria Gonzalez", "say")]
    assert doc.quotes[0].speaker.role == "Election Commissioner"
    assert doc.quotes[1].speaker.mention == "Gonzalez"


def test_english_split_quote_keeps_the_cue_and_the_speaker_mention():
    text = '"Prices have doubled," the farmer, Tom Reyes, said. "We cannot sell at a loss."'
    doc = kutip.extract(text, lang="en")
    first, second = doc.quotes
    assert (first.speaker.name, second.speaker.name) == ("Tom Reyes", "Tom Reyes")
    assert second.cue == "said" and second.speaker.mention_start == first.speaker.mention_start
    assert text[second.start : second.end] == "We cannot sell at a loss."


def test_english_titles_with_periods_and_party_tags_are_split_from_the_name():
    text = (
        '"This bill protects nobody," Sen. Karen Whitfield (D-Ore.) said.\n\n'
        '"It is a fair compromise," Senate Majority Leader Paul Oakes, R-Tenn., said.'
    )
    doc = kutip.extract(text, lang="en")
    assert [q.speaker.name for q in doc.quotes] == ["Karen Whitfield", "Paul Oakes"]
    assert doc.quotes[1].speaker.role == "Senate Majority Leader"


def test_english_typewriter_and_nested_quotes_and_apostrophes():
    text = (
        "''The voters' message was clear,'' Mr. Lindqvist said.\n\n"
        "\u201cShe told me \u2018we are done here\u2019 and left,\u201d the witness said."
    )
    doc = kutip.extract(text, lang="en")
    assert [q.text for q in doc.quotes] == [
        "The voters' message was clear",
        "She told me \u2018we are done here\u2019 and left",
    ]
    assert doc.quotes[0].speaker.name == "Lindqvist"


def test_english_indirect_forms_and_speech_acts():
    text = (
        "Governor Alan Brooks said that the state would hire 300 new teachers.\n\n"
        "The company denied that it had misled investors.\n\n"
        "The bridge will stay closed until March, officials said.\n\n"
        "According to the Budget Office, the plan would cost $4.2 billion over a decade.\n\n"
        "Brooks told reporters that the money was already set aside.\n\n"
        "The union accused the ministry of ignoring safety warnings for years."
    )
    doc = kutip.extract(text, lang="en")
    assert speakers_of(doc) == [
        ("indirect", "Alan Brooks", "say"),
        ("indirect", "company", "deny"),
        ("indirect", "officials", "say"),
        ("indirect", "Budget Office", "say"),
        ("indirect", "Alan Brooks", "say"),
        ("indirect", "union", "accuse"),
    ]
    assert doc.quotes[0].text == "the state would hire 300 new teachers"
    assert doc.quotes[4].text == "the money was already set aside"
    assert [q.speaker.kind for q in doc.quotes[1:4]] == ["organization", "unnamed", "organization"]


def test_english_participle_cue_reports_the_subject_of_the_sentence():
    text = "Mayor Lena Ortiz rejected the audit on Friday, saying it relied on outdated figures."
    doc = kutip.extract(text, lang="en")
    q = doc.quotes[0]
    assert (q.type, q.speaker.name, q.cue) == ("indirect", "Lena Ortiz", "saying")
    assert q.text == "it relied on outdated figures"


def test_english_pronouns_and_descriptions_point_back_at_the_speaker():
    text = (
        "Defense Secretary Lloyd Harmon met his counterpart in Seoul on Monday.\n\n"
        "He said the two countries would hold joint drills next spring.\n\n"
        '"We are ready," the secretary told reporters.'
    )
    doc = kutip.extract(text, lang="en")
    assert [q.speaker.name for q in doc.quotes] == ["Lloyd Harmon", "Lloyd Harmon"]
    assert [q.speaker.mention for q in doc.quotes] == ["He", "the secretary"]


def test_english_names_inside_a_quote_are_not_its_speaker():
    text = (
        "The coach, Rita Vance, spoke after the match.\n\n"
        '"Daniel Kim played the best game of his life," Vance said.'
    )
    doc = kutip.extract(text, lang="en")
    assert [q.speaker.name for q in doc.quotes] == ["Rita Vance"]


def test_english_a_second_statement_after_and_he_is_its_own_quote():
    text = "Trade Minister Omar Farouk said exports rose in May, and he noted that imports fell again."
    doc = kutip.extract(text, lang="en")
    assert [(q.text, q.speaker.name, q.speaker.mention) for q in doc.quotes] == [
        ("exports rose in May", "Omar Farouk", "Trade Minister Omar Farouk"),
        ("imports fell again", "Omar Farouk", "he"),
    ]


def test_english_dateline_with_state_date_and_wire():
    text = (
        "SPRINGFIELD, Ill., March 3 (Reuters) - State officials said on Tuesday the new levee would be "
        "finished by June."
    )
    doc = kutip.extract(text, lang="en")
    assert (doc.dateline.place, doc.outlet) == ("SPRINGFIELD", "Reuters")
    assert speakers_of(doc) == [("indirect", "State officials", "say")]


def test_english_quote_inside_an_indonesian_report():
    text = (
        "Menteri Luar Negeri Retno Wulandari bertemu mitranya dari Australia di Canberra.\n"
        "\u201cWe share the same concerns about the region,\u201d kata Retno dalam bahasa Inggris."
    )
    doc = kutip.extract(text, lang="auto")
    assert doc.lang == "id"
    assert speakers_of(doc) == [("direct", "Retno Wulandari", "say")]
    assert doc.quotes[0].text == "We share the same concerns about the region"


def test_english_colon_lead_in_the_paragraph_before_and_continuation_paragraphs():
    text = (
        "Governor Ruth Alvarez spoke at the levee on Tuesday. In her speech, she declared:\n\n"
        "\u201cThis city will not flood again while I am in office.\u201d\n\n"
        "\u201cWe have the money, we have the engineers, and now we have the will.\u201d"
    )
    doc = kutip.extract(text, lang="en")
    assert [(q.speaker.name, q.cue, q.speaker.mention) for q in doc.quotes] == [
        ("Ruth Alvarez", "declared", "she"),
        ("Ruth Alvarez", "declared", "she"),
    ]


def test_english_a_relative_clause_source_is_the_name_before_who():
    text = "The mayor praised the auditor, Lena Ortiz, who said the audit was fair and complete."
    doc = kutip.extract(text, lang="en")
    q = doc.quotes[0]
    assert (q.text, q.speaker.name, q.speaker.mention) == (
        "the audit was fair and complete",
        "Lena Ortiz",
        "Lena Ortiz, who",
    )


def test_openers_and_adverbials_are_not_speakers():
    text = (
        "Significantly, the auditor said the county could not recover the missing funds.\n\n"
        "Moreover, some analysts said that the levy is unlikely to pass in November.\n\n"
        "Beyond that, his advisers say that the mayor will not run for a third term.\n\n"
        "After the hearing, Commissioner Dana Whitfield said that the board would appeal."
    )
    doc = kutip.extract(text, lang="en")
    found = [(q.speaker.mention, q.speaker.kind, q.text) for q in doc.quotes]
    assert found == [
        ("the auditor", "unnamed", "the county could not recover the missing funds"),
        ("analysts", "unnamed", "the levy is unlikely to pass in November"),
        ("advisers", "unnamed", "the mayor will not run for a third term"),
        ("Commissioner Dana Whitfield", "person", "the board would appeal"),
    ]


def test_a_cue_word_inside_a_name_is_not_the_cue():
    doc = kutip.extract("Regardless, the State Department said it found no record of the cable.", lang="en")
    assert [(q.cue, q.speaker.name, q.text) for q in doc.quotes] == [
        ("said", "State Department", "it found no record of the cable")
    ]


def test_an_unnamed_source_after_the_cue_is_not_the_last_named_person():
    text = (
        "Kelly Armstrong, the state party chairman, said the count was fair.\n\n"
        '"I do not want to have fisticuffs," said one party activist.'
    )
    doc = kutip.extract(text, lang="en")
    found = [(q.cue, q.speaker.name, q.speaker.kind) for q in doc.quotes]
    assert found == [("said", "Kelly Armstrong", "person"), ("said", "party activist", "unnamed")]


def test_time_and_condition_clauses_before_the_subject_are_not_speakers():
    text = (
        "Six months ago, the county treasurer said the reserve would last until spring.\n\n"
        "Unless the council acts, Mayor Ruth Ellison said, the library will close in March.\n\n"
        "The governor made no mention of the audit."
    )
    doc = kutip.extract(text, lang="en")
    assert [(q.speaker.mention, q.cue) for q in doc.quotes][:2] == [
        ("the county treasurer", "said"),
        ("Mayor Ruth Ellison", "said"),
    ]
    assert all(q.cue != "mention" for q in doc.quotes)  # "no mention": a noun


def test_a_colon_lets_a_longer_phrase_stand_between_the_cue_and_the_quote():
    text = (
        "The bank's president, Amelia Strand, spoke at length last week.\n\n"
        "Ms. Strand, who was traveling in Asia, said in a recent issue of a trade magazine: "
        '"To change anything, you have to put jobs at risk."'
    )
    doc = kutip.extract(text, lang="en")
    q = doc.quotes[-1]
    assert (q.cue, q.speaker.name, q.rule) == ("said", "Amelia Strand", "lead")


def test_english_a_short_reported_clause_is_a_statement():
    text = (
        "Grain traders in Chicago watched the market closely on Monday.\n\n"
        "Analyst Peter Lund said prices rose.\n\n"
        "Mayor Ruth Ellison said Council members' plans amount to a tax on renters."
    )
    doc = kutip.extract(text, lang="en")
    assert [(q.type, q.text, q.speaker.name) for q in doc.quotes] == [
        ("indirect", "prices rose", "Peter Lund"),
        ("indirect", "Council members' plans amount to a tax on renters", "Ruth Ellison"),
    ]


def test_english_what_follows_said_is_no_statement_when_it_is_a_place_or_the_speaker():
    text = "Senator Dana Ortiz said in a statement.\n\nThe deal is dead, said Senator Dana Ortiz."
    doc = kutip.extract(text, lang="en")
    assert [(q.text, q.speaker.name, q.rule) for q in doc.quotes] == [
        ("The deal is dead", "Dana Ortiz", "trailing")
    ]


def test_english_coordinated_reports_are_two_statements_with_their_own_acts():
    text = "Senator Dana Ortiz said the bill was rushed and warned that the cost could double."
    doc = kutip.extract(text, lang="en")
    assert [(q.text, q.cue, q.speech_act, q.speaker.name) for q in doc.quotes] == [
        ("the bill was rushed", "said", "say", "Dana Ortiz"),
        ("the cost could double", "warned", "warn", "Dana Ortiz"),
    ]


def test_english_an_adverb_after_the_cue_is_not_what_was_said():
    text = "County treasurer Alan Price denied flatly that he had moved the reserve fund."
    q = kutip.extract(text, lang="en").quotes[0]
    assert (q.text, q.speech_act, q.speaker.name) == ("he had moved the reserve fund", "deny", "Alan Price")


def test_english_a_report_inside_a_report_is_the_inner_source_statement():
    text = (
        "Senator Jane Roe met donors in Ohio on Monday.\n\n"
        "CNN reported that the senator said the deal was dead."
    )
    doc = kutip.extract(text, lang="en")
    inner = [q for q in doc.quotes if q.text == "the deal was dead"]
    assert [(q.cue, q.speaker.name) for q in inner] == [("said", "Jane Roe")]


def test_english_according_to_any_source_and_at_the_end_of_the_sentence():
    text = (
        "According to the results, turnout rose in every county.\n\n"
        "Young voters favor the senator, according to a new poll by the Institute of Politics."
    )
    doc = kutip.extract(text, lang="en")
    assert [(q.text, q.speaker.mention) for q in doc.quotes] == [
        ("turnout rose in every county", "the results"),
        ("Young voters favor the senator", "new poll"),
    ]


def test_english_told_a_named_outlet_then_that_and_as_x_noted():
    text = (
        "Governor Lisa Hale told The Post and Courier on Saturday that she would sign the bill.\n\n"
        "As the Daily Ledger noted, the state collected less revenue than planned."
    )
    doc = kutip.extract(text, lang="en")
    assert [(q.text, q.cue, q.speaker.name) for q in doc.quotes] == [
        ("she would sign the bill", "told", "Lisa Hale"),
        ("the state collected less revenue than planned", "noted", "Daily Ledger"),
    ]


def test_english_a_noun_form_of_a_cue_reports_nothing_and_an_apposition_is_no_statement():
    text = (
        "Governor Lisa Hale, who won her home state by ten points, will visit Ohio on Friday.\n\n"
        "Demand for the bonds is weak, said Rita Lowe, the chief economist at the bank."
    )
    doc = kutip.extract(text, lang="en")
    assert [(q.text, q.speaker.name) for q in doc.quotes] == [("Demand for the bonds is weak", "Rita Lowe")]


def test_english_the_subject_of_and_says_and_an_unnamed_plural_subject():
    text = (
        "Senator Harry Reid caucused in Nevada on Saturday and says he voted uncommitted.\n\n"
        "Still, about half of registered voters said they prefer an outsider."
    )
    doc = kutip.extract(text, lang="en")
    assert [(q.text, q.speaker.mention) for q in doc.quotes] == [
        ("he voted uncommitted", "Senator Harry Reid"),
        ("they prefer an outsider", "about half of registered voters"),
    ]
    assert doc.quotes[0].speaker.name == "Harry Reid"


def test_english_a_report_ends_where_the_reporter_goes_on():
    text = (
        "Senator Dana Ortiz said the real problem is the budget, and she railed against the committee.\n\n"
        'Governor Lisa Hale said the South has "treated me so well." She touted her record in Georgia.'
    )
    doc = kutip.extract(text, lang="en")
    assert [q.text for q in doc.quotes] == [
        "the real problem is the budget",
        'the South has "treated me so well."',
    ]


def test_english_according_to_a_source_with_an_apposition_reports_what_came_before():
    text = "Jobless claims fell in March, according to Jo Smith, an analyst at Harbor Research."
    q = kutip.extract(text, lang="en").quotes[0]
    assert (q.text, q.speaker.name) == ("Jobless claims fell in March", "Jo Smith")


def test_english_saying_reports_a_clause_whatever_its_verb():
    text = "Governor Lisa Hale criticized the budget plan, saying lawmakers need to start over."
    q = kutip.extract(text, lang="en").quotes[-1]
    assert (q.text, q.cue, q.speaker.name) == ("lawmakers need to start over", "saying", "Lisa Hale")


def test_english_saying_after_a_subject_that_an_article_opens():
    text = "The two departments declined to comment, saying the matter was under review."
    q = kutip.extract(text, lang="en").quotes[-1]
    assert (q.text, q.cue) == ("the matter was under review", "saying")
    assert text[q.speaker.mention_start : q.speaker.mention_end] == "The two departments"


def test_english_a_retort_and_a_reiteration_are_cues():
    text = (
        '"We will not back down on the levy," Mayor Dana Whitfield retorted.\n\n'
        '"The budget is balanced," Councilman Ray Ortiz reiterated.'
    )
    doc = kutip.extract(text, lang="en")
    assert [(q.speaker.name, q.speech_act) for q in doc.quotes] == [
        ("Dana Whitfield", "other"),
        ("Ray Ortiz", "assert"),
    ]


def test_english_a_sentence_ends_before_a_typewriter_opening_mark():
    text = (
        "The admiral said he was worried about the new runways on the reef. ''I view them as a test "
        "of resolve,'' Admiral Harris said."
    )
    doc = kutip.extract(text, lang="en")
    kinds = [(q.type, q.text) for q in doc.quotes]
    assert ("indirect", "he was worried about the new runways on the reef") in kinds
    assert ("direct", "I view them as a test of resolve") in kinds


def test_english_a_nested_source_is_not_the_network_that_reported_it():
    doc = kutip.extract("CNN reported that the senator said the bill was rushed.", lang="en")
    inner = [q for q in doc.quotes if q.text == "the bill was rushed"]
    assert inner and inner[0].speaker.kind == "unnamed" and inner[0].speaker.mention == "the senator"
