"""The words PostgreSQL's full-text tables hold (``search.words_vector``) and the terms a search looks for
(``search.tsquery``): one reading of words on both sides, worked out by Kutip, within PostgreSQL's bounds.
With KUTIP_TEST_POSTGRES, the server takes every text the functions write."""

from __future__ import annotations

import pytest
from conftest import POSTGRES_URL
from hypothesis import given, settings
from hypothesis import strategies as st

from kutip.errors import UsageError
from kutip.store.search import (
    MAX_POSITION,
    MAX_POSITIONS,
    MAX_WORD_BYTES,
    article_words,
    parse,
    tsquery,
    words_vector,
)

SENTENCE = 'Wali Kota Jürgen Müller: "Jalan Straße di Kota Lama ditutup hingga Kamis," kata Müller.'


def _lexemes(vector: str) -> dict[str, list[int]]:
    out = {}
    for entry in vector.split(" "):
        word, _, at = entry.rpartition(":")
        out[word.strip("'")] = [int(n) for n in at.split(",")]
    return out


def test_words_are_runs_of_letters_and_digits_lower_cased_at_their_positions():
    words = _lexemes(words_vector(SENTENCE))
    assert words["kota"] == [2, 8]
    assert words["müller"] == [4, 14]  # accents kept
    assert words["straße"] == [6]  # lower-cased, not case-folded
    assert "Jalan" not in words and "jalan" in words


def test_a_word_is_lower_cased_as_a_search_lower_cases_it():
    # the whole text's lower case would read "Σ" before "." and a letter as a middle sigma, a word alone ends
    # with a final one; "İ" lower-cased is "i" and a combining dot
    for text in ("ΟΔΟΣ.Α kota", "Kota İzmir dan İstanbul"):
        words = _lexemes(words_vector(text))
        for term in parse(text):
            assert term.words[0] in words, (text, term)


def test_an_article_is_found_by_its_title_and_its_text():
    words = _lexemes(article_words("Jalan Ditutup", "Wali kota mengatakan jalan ditutup."))
    assert words["jalan"] == [1, 6] and words["ditutup"] == [2, 7]
    assert _lexemes(article_words(None, "Hujan turun.")) == {"hujan": [1], "turun": [2]}


def test_postgresql_bounds_are_kept_long_words_many_positions_late_positions():
    long_word = "a" * (MAX_WORD_BYTES + 1)
    words = _lexemes(words_vector(f"kata {long_word} " + "lagi " * 400))
    assert long_word not in words and "kata" in words
    assert len(words["lagi"]) == MAX_POSITIONS
    late = _lexemes(words_vector("x " * (MAX_POSITION + 10) + "akhir"))
    assert late["akhir"] == [MAX_POSITION]


def test_a_search_is_quoted_words_never_syntax():
    assert tsquery(parse('covid-19 "harga beras" ekspor* AND')) == (
        "('harga' <-> 'beras') & ('covid' <-> '19') & ('ekspor':*) & ('and')"
    )
    with pytest.raises(UsageError):
        tsquery(parse("b" * (MAX_WORD_BYTES + 1)))


@pytest.mark.skipif(not POSTGRES_URL, reason="set KUTIP_TEST_POSTGRES to check what the server takes")
@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_postgresql_takes_every_vector_and_finds_each_word_in_it(text):
    import psycopg

    vector = words_vector(text)
    with psycopg.connect(POSTGRES_URL) as con:
        stored = con.execute("SELECT %s::tsvector", (vector,)).fetchone()[0]
        for word in list(_lexemes(vector))[:5] if vector else []:
            query = tsquery(parse(word))
            assert con.execute("SELECT %s::tsvector @@ %s::tsquery", (vector, query)).fetchone()[0], word
    assert stored is not None
