"""English speakers that name a body or an affiliation, on news sentences written for these tests: an
initialism with its period ("U.S."), bodies named "head of Name", a person "of" the body they speak from,
and the title that ends a role ("Texas Gov.")."""

import kutip


def _speakers(text: str) -> list[tuple[str | None, str, str | None]]:
    """(name, kind, role) of the first speaker of every quote, in text order."""
    doc = kutip.extract(text, lang="en")
    return [(q.speakers[0].name, q.speakers[0].kind, q.speakers[0].role) for q in doc.quotes if q.speakers]


def test_an_initialism_does_not_cut_a_body_after_according_to():
    text = "Home prices in the county rose 8 percent last year, according to the U.S. Census Bureau."
    assert _speakers(text) == [("U.S. Census Bureau", "organization", None)]


def test_an_initialism_does_not_cut_an_unnamed_speaker_after_said():
    text = '"The talks are over for now," said a former U.S. trade negotiator who took part in them.'
    assert _speakers(text) == [("former U.S. trade negotiator", "unnamed", None)]


def test_an_initialism_inside_an_inverted_trailer():
    text = '"We will review every complaint," a U.S. Labor Department spokeswoman said on Friday.'
    assert _speakers(text) == [("U.S. Labor Department spokeswoman", "unnamed", None)]


def test_a_body_named_head_of_name_is_one_organisation():
    text = (
        "Border crossings fell by a third in March, according to the Department of Homeland Security.\n\n"
        "Small firms expect to hire fewer workers this summer, according to the Chamber of Commerce."
    )
    assert _speakers(text) == [
        ("Department of Homeland Security", "organization", None),
        ("Chamber of Commerce", "organization", None),
    ]


def test_a_capitalised_source_noun_stays_in_the_body_name():
    # (a guard: "statistics" is a source noun, as in "according to labor statistics")
    text = "Wages grew 3 percent in the year to June, according to the Office of Farm Labor Statistics."
    assert _speakers(text) == [("Office of Farm Labor Statistics", "organization", None)]


def test_the_census_is_a_body():
    text = "The median income fell by 2 percent over the decade, according to U.S. Census figures."
    assert _speakers(text) == [("U.S. Census", "organization", None)]


def test_the_body_after_a_source_noun_and_its_article():
    text = "Solar output doubled in two years, according to figures from the Energy Department."
    assert _speakers(text) == [("Energy Department", "organization", None)]


def test_a_person_of_a_body_is_the_person():
    text = (
        '"Rents will keep climbing until more homes are built," said Karen Whitfield of the '
        "Harbor Institute of Technology.\n\n"
        "Rep. Daniel Hargrove of New York said the state would sue over the water rules.\n\n"
        '"Few voters changed their minds after the debate," wrote Dana Whitcomb for Harbor Polling.'
    )
    assert [(name, kind) for name, kind, _ in _speakers(text)] == [
        ("Karen Whitfield", "person"),
        ("Daniel Hargrove", "person"),
        ("Dana Whitcomb", "person"),
    ]


def test_an_english_title_before_the_name_ends_the_role():
    text = (
        'Texas Gov. Greg Walden said the border plan "will not survive the courts."\n\n'
        '"I will vote against it," former Sen. Ruth Calloway said.\n\n'
        '"He never called me," the late Mr. Dobbs told the paper in 2010.'
    )
    assert _speakers(text) == [
        ("Greg Walden", "person", "Texas Gov."),
        ("Ruth Calloway", "person", "former Sen."),
        ("Dobbs", "person", "the late"),
    ]


def test_conjoined_people_of_their_bodies_are_each_a_speaker():
    text = "Sen. Alan Brook of Ohio and Sen. Maria Vance of Nevada said the vote would be delayed again."
    [quote] = kutip.extract(text, lang="en").quotes
    assert [(s.name, s.kind) for s in quote.speakers] == [("Alan Brook", "person"), ("Maria Vance", "person")]


def test_initials_with_their_periods_open_the_name():
    text = '"The group has grown quickly," said R.J. Holloway, a researcher who tracks militias online.'
    assert _speakers(text) == [("R.J Holloway", "person", None)]


def test_a_news_site_or_pollster_named_by_one_word_is_an_organisation():
    text = (
        "Turnout among young voters fell sharply, according to Gallup.\n\n"
        "Politico reported that the senator had hired a new campaign manager.\n\n"
        "The senator never said that, according to FactWatch.org, which rated the claim false."
    )
    assert _speakers(text) == [
        ("Gallup", "organization", None),
        ("Politico", "organization", None),
        ("FactWatch.org", "organization", None),
    ]


def test_a_group_named_by_a_plural_alone_is_no_person():
    text = "Opponents argue that the tunnel will never pay for itself.\n\nOthers say the toll is too high."
    assert [(name, kind) for name, kind, _ in _speakers(text)] == [
        ("Opponents", "unnamed"),
        ("Others", "unnamed"),
    ]


def test_no_speaker_is_named_with_a_possessive_ending():
    # a phrase read up to "Mr. Dobbs's" names Mr. Dobbs, never a person called "Dobbs's"
    text = "Friends of Mr. Dobbs's who saw him last week say that he was in good spirits."
    names = [s.name for q in kutip.extract(text, lang="en").quotes for s in q.speakers]
    assert names and not any(n and n.endswith(("'s", "’s")) for n in names)


def test_the_owner_of_an_estimate_is_the_source():
    text = (
        "The rule would add $2.1 billion to yearly costs, according to the agency's own estimate.\n\n"
        "According to the Tax Equity Center's analysis, the plan would cut taxes for most families."
    )
    assert _speakers(text) == [
        ("agency", "organization", None),
        ("Tax Equity Center", "organization", None),
    ]


def test_a_body_named_head_of_name_is_one_entity_and_it_points_at_all_of_it():
    text = (
        "The Office for Budget Responsibility, the fiscal watchdog, said growth would slow next year. It "
        "added that the forecast was uncertain. Officials at the Bank of England and the Department of "
        "Justice declined to comment. The President of Chile visited the port on Monday."
    )
    doc = kutip.extract(text, "en")
    entities = {e.text for e in doc.entities}
    assert {"Office for Budget Responsibility", "Bank of England", "Department of Justice"} <= entities
    assert not entities & {"Office", "Bank", "England", "Department", "Justice"}
    assert "President of Chile" not in entities  # an office, not a body: "President" heads no body
    assert [q.speaker.name for q in doc.quotes] == ["Office for Budget Responsibility"] * 2
