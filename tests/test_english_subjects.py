"""English reports that a subject reading or a one-report-per-clause reading missed, on sentences written for
these tests: a second report after a subordinate clause's report, a statement after "said" that opens with
an article, poll shares with "more than" or "overall", and the people a poll asked."""

from conftest import reports_of


def test_a_main_clause_report_after_a_subordinate_one():
    text = "While Tanaka has said that he often meets the board, Rivas said she does not meet it at all."
    assert reports_of(text) == [
        ("indirect", "he often meets the board", "Tanaka"),
        ("indirect", "she does not meet it at all", "Rivas"),
    ]


def test_said_before_a_statement_that_opens_with_an_article():
    text = "In Ohio, most Democrats said the state's tax system favors the wealthy."
    assert reports_of(text) == [("indirect", "the state's tax system favors the wealthy", "most Democrats")]


def test_poll_shares_as_speakers():
    text = "More than six in 10 said they were tired of the campaign."
    assert reports_of(text) == [("indirect", "they were tired of the campaign", "More than six in 10")]
    text = "But 58 percent of Latino voters overall said they would stay home."
    assert reports_of(text) == [("indirect", "they would stay home", "58 percent of Latino voters")]
    text = "Most of the voters polled said the economy came first."
    assert reports_of(text) == [("indirect", "the economy came first", "Most of the voters polled")]


def test_statement_before_a_later_direct_quote_is_kept_and_cut():
    text = (
        "He said he had not seen the video from the rally, and when asked whether he was urging the crowd on,"
        ' he said, "I hope not."'
    )
    found = reports_of(text)
    assert ("indirect", "he had not seen the video from the rally", "He") in found
    assert found[-1][:2] == ("direct", "I hope not.")


def test_report_in_a_relative_clause_ends_at_the_main_verb():
    text = "Ana Ruiz, who estimated that a third of the workers backed the plan, said she voted against it."
    found = reports_of(text)
    contents = [content for _, content, _ in found]
    assert contents == ["a third of the workers backed the plan", "she voted against it"]
    assert all(speaker.startswith("Ana Ruiz") for _, _, speaker in found)


def test_subject_before_an_aside_between_dashes():
    for dash in ("—", "--"):
        text = f"Mara Odell {dash} a nurse from Dayton {dash} says she will vote for the first time."
        assert reports_of(text) == [("indirect", "she will vote for the first time", "Mara Odell")]


def test_name_before_a_lower_case_role_or_a_possessive_description():
    text = "Mara Voss, senior fellow for energy policy at the Dunmore Institute, said prices still rise."
    assert reports_of(text) == [("indirect", "prices still rise", "Mara Voss")]
    text = "Belgrade, Minsk's closest partner in the region, said it was opposed to the test."
    assert reports_of(text) == [("indirect", "it was opposed to the test", "Belgrade")]


def test_name_with_a_place_after_its_organisation():
    text = "Rev. Alan Pike of Grace Chapel in Dover said he had made more than 80 calls."
    assert reports_of(text) == [
        ("indirect", "he had made more than 80 calls", "Rev. Alan Pike of Grace Chapel")
    ]


def test_report_after_though_has_its_own_speaker():
    text = "Moreno said the union would sign up more members, though she acknowledged the drive might stall."
    assert reports_of(text)[-1] == ("indirect", "the drive might stall", "she")


def test_time_phrase_between_subject_and_cue():
    text = "Harbor Bank just this month announced it would drop the overdraft fee."
    assert reports_of(text) == [("indirect", "it would drop the overdraft fee", "Harbor Bank")]


def test_report_after_appeared_to_or_went_on_to():
    text = "The governor drew criticism after he appeared to suggest that teachers were overpaid."
    assert reports_of(text) == [("indirect", "teachers were overpaid", "he")]
    text = "Mayor Ines Cole went on to say the budget was balanced."
    assert reports_of(text) == [("indirect", "the budget was balanced", "Mayor Ines Cole")]


def test_people_who_said_are_named_without_who():
    import kutip

    doc = kutip.extract("The mayor met voters who said the buses were late.", lang="en")
    assert [(q.speaker.name, q.speaker.mention) for q in doc.quotes] == [("voters", "voters who")]


def test_lower_case_role_before_a_name_after_said():
    import kutip

    doc = kutip.extract(
        '"We cannot pay for it," said council member Ana Ruiz, who chairs the panel.', lang="en"
    )
    assert [(q.speaker.name, q.speaker.role) for q in doc.quotes] == [("Ana Ruiz", "council member")]


def test_second_report_with_its_own_subject_ends_the_first():
    text = (
        "Most residents said the new bus lanes had slowed their commute, and more than 4 in 10 said the city "
        "should scrap them."
    )
    assert reports_of(text) == [
        ("indirect", "the new bus lanes had slowed their commute", "Most residents"),
        ("indirect", "the city should scrap them", "more than 4 in 10"),
    ]
    text = "The mayor said the budget was balanced, while auditors said it hid a deficit of $40 million."
    assert reports_of(text) == [
        ("indirect", "the budget was balanced", "The mayor"),
        ("indirect", "it hid a deficit of $40 million", "auditors"),
    ]


def test_day_and_its_part_between_subject_and_verb():
    text = "County clerk Dana Whitfield on Monday morning said the recount would take a week."
    assert reports_of(text) == [("indirect", "the recount would take a week", "County clerk Dana Whitfield")]


def test_cue_word_inside_an_opening_prepositional_phrase_is_no_verb():
    text = (
        "Following early reports of the crash, Governor Tom Reyes said at a rally in Dayton that a plane had"
        " gone down."
    )
    assert reports_of(text) == [("indirect", "a plane had gone down", "Governor Tom Reyes")]
    text = 'After a hastily called, late session, the council issued a statement calling the vote "a sham."'
    assert reports_of(text) == [("mixed", 'the vote "a sham."', "the council")]
    text = "About half of the nurses said they would strike."  # a count opens with "about"
    assert reports_of(text) == [("indirect", "they would strike", "About half of the nurses")]


def test_an_adverb_of_manner_before_the_cue_is_no_part_of_the_subject():
    text = "Senator Ruth Okafor flatly denied that the fund had lost money."
    assert reports_of(text) == [("indirect", "the fund had lost money", "Senator Ruth Okafor")]
    text = "The county incorrectly stated that 12,000 voters had moved away."
    assert reports_of(text) == [("indirect", "12,000 voters had moved away", "The county")]
    text = "The family said the boat had left before dawn."
    assert reports_of(text) == [("indirect", "the boat had left before dawn", "The family")]


def test_a_negated_cue_behind_an_adverb_reports_nothing():
    text = "The ministry has never formally accused its neighbour of hiding the spill."
    assert reports_of(text) == []


def test_an_imperative_has_no_subject():
    assert reports_of("Don't blame the referees. Blame the coach.") == []


def test_a_name_after_an_opening_phrase_no_comma_closes():
    text = "In a radio interview Senator Ruth Okafor declared “The fund has lost money. Nobody told us.”"
    assert reports_of(text) == [("direct", "The fund has lost money. Nobody told us.", "Senator Ruth Okafor")]
    text = "In response to Okafor's charge that he lied, Mr. Bell said the audit was clean."
    assert reports_of(text)[-1] == ("indirect", "the audit was clean", "Mr. Bell")


def test_a_contracted_negation_reads_as_not():
    # "hasn't indicated" is "has not indicated": nothing reported; a question left open is reported all the
    # same, with the subject's words only
    assert reports_of("The governor hasn't announced any plan to run for the Senate seat.") == []
    text = "The governor and her lawyers haven't said whether they will appeal the ruling."
    assert reports_of(text) == [
        ("indirect", "whether they will appeal the ruling", "The governor and her lawyers")
    ]


def test_a_negated_opinion_is_still_an_opinion():
    text = "The union doesn't believe the offer is fair.\n\nThe senator does not think the bill will pass."
    assert reports_of(text) == [
        ("indirect", "the offer is fair", "The union"),
        ("indirect", "the bill will pass", "The senator"),
    ]
    text = "Although the rebels are not thought to hold the airport, the army is on alert."
    assert reports_of(text) == []
    assert reports_of("The rebels aren't thought to hold the airport.") == []


def test_an_adverb_of_manner_after_a_relative_is_no_part_of_the_speaker():
    text = "The map fell in a suit in which the unions successfully argued that the lines split their towns."
    assert reports_of(text) == [("indirect", "the lines split their towns", "unions")]


def test_a_party_tag_after_the_subject_is_no_speaker():
    text = "Sen. Maria Delgado, D-N.M., praised the rule but said Congress must help pay for it."
    assert reports_of(text) == [("indirect", "Congress must help pay for it", "Sen. Maria Delgado")]
