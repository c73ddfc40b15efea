"""English statements closed by their source ("A, X said."), on sentences written for these tests: a source
that is a bare plural with adjectives before it, a clause of time after the attribution, and a statement that
opens with "that" as a demonstrative after a preposition."""

from conftest import reports_of


def test_bare_plural_source_with_adjectives():
    text = "Ticket prices will double by the autumn, top Democratic lawmakers said."
    assert reports_of(text) == [
        ("indirect", "Ticket prices will double by the autumn", "top Democratic lawmakers")
    ]


def test_clause_of_time_after_a_closing_attribution_is_not_the_statement():
    text = "The strike is over, Rivera said Monday, as workers filed back past the picket lines."
    assert reports_of(text) == [("indirect", "The strike is over", "Rivera")]


def test_clause_of_time_with_a_noun_in_it_after_a_plural_source():
    text = (
        "The strike is over, union leaders said Monday, as workers filed back into the plant to face hard "
        "questions."
    )
    assert reports_of(text) == [("indirect", "The strike is over", "union leaders")]


def test_demonstrative_that_after_a_preposition_opens_the_statement():
    text = "In that first year, the company doubled its exports to Vietnam, the report said."
    assert reports_of(text) == [
        ("indirect", "In that first year, the company doubled its exports to Vietnam", "the report")
    ]
    text = "With that dispute settled, the port will reopen on Thursday, officials said."
    assert reports_of(text) == [
        ("indirect", "With that dispute settled, the port will reopen on Thursday", "officials")
    ]


def test_according_source_between_two_clauses_joined_by_and():
    text = (
        "Only a third of the county's bridges were inspected last year, according to the state transport "
        "agency, and four of them were closed to heavy trucks."
    )
    assert reports_of(text) == [
        (
            "indirect",
            "Only a third of the county's bridges were inspected last year",
            "the state transport agency",
        ),
        ("indirect", "and four of them were closed to heavy trucks", "the state transport agency"),
    ]


def test_the_writers_comment_after_a_closing_source_is_no_statement():
    text = (
        "The board will close two rural clinics next spring, health officials said Tuesday, a move that "
        "could leave thousands of patients without care."
    )
    assert reports_of(text) == [
        ("indirect", "The board will close two rural clinics next spring", "health officials")
    ]
