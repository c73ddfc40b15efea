"""English statements closed by their source ("A, X said."), on sentences written for these tests."""

from conftest import reports_of


def test_bare_plural_source_with_adjectives():
    text = "Ticket prices will double by the autumn, top Democratic lawmakers said."
    assert reports_of(text) == [
        ("indirect", "Ticket prices will double by the autumn", "top Democratic lawmakers")
    ]

