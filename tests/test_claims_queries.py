"""Reading the claim map (issue 10): filters, keyset pages, one claim in full, on SQLite and (with
KUTIP_TEST_POSTGRES) PostgreSQL. The claims are placed by hand (``claims_corpus``), apart from the builder."""

from __future__ import annotations

import datetime as dt

import pytest
from claims_corpus import ORDER, build_corpus, ingest_corpus

import kutip
from kutip.errors import UsageError
from kutip.store import open_store
from kutip.store.claim_queries import ClaimFilter


@pytest.fixture
def claim_map(store_target, tmp_path) -> tuple[str, dict[str, int]]:
    """The store with the test claims, and their ids by name."""
    return store_target, build_corpus(store_target, tmp_path)


def _names(target: str, ids: dict[str, int], **where) -> list[str]:
    by_id = {v: k for k, v in ids.items()}
    with open_store(target, read_only=True) as store:
        return [by_id[c.id] for c in store.queries().claims(ClaimFilter(**where), limit=100).rows]


def test_claims_queries_list_the_most_recent_first_and_undated_last(claim_map):
    assert _names(*claim_map) == ORDER
    assert _names(*claim_map, min_articles=1) == ["beras", "pupuk", "troops", "levee"]
    assert _names(*claim_map, min_articles=3) == ["troops"]


@pytest.mark.parametrize(
    ("where", "names"),
    [
        ({"since": dt.date(2025, 1, 1)}, ["beras"]),
        ({"until": dt.date(2024, 12, 31)}, ["troops"]),
        ({"since": dt.date(2024, 10, 24), "until": dt.date(2024, 10, 24)}, ["troops"]),  # overlaps its dates
        ({"lang": "en"}, ["troops", "levee"]),
        ({"lang": "ID"}, ["beras", "troops"]),
        ({"speaker": "kirby"}, ["troops"]),
        ({"speaker": "North Korea"}, ["troops"]),  # "Korea Utara" through the shipped aliases
        ({"speaker": "Budi Hartono"}, ["beras"]),
        ({"speaker": "Nobody Known"}, []),
        ({"search": "levee"}, ["levee"]),
        ({"search": "tentara"}, ["troops"]),
        ({"search": "cukup beras"}, ["beras"]),  # all the words, in any order, in one statement
        ({"search": '"3,000 troops"'}, ["troops"]),
        ({"search": "prot*"}, ["levee"]),
        ({"search": "levee tentara"}, []),
        ({"conflicts": True}, ["troops"]),
    ],
)
def test_claims_queries_filters(claim_map, where, names):
    assert _names(*claim_map, **where) == names


def test_claims_queries_a_search_without_words_is_a_usage_error(claim_map):
    with pytest.raises(UsageError, match="no word"), open_store(claim_map[0], read_only=True) as store:
        store.queries().claims(ClaimFilter(search='"'))


def test_claims_queries_pages_are_keyset_and_cost_the_same_number_of_queries(claim_map):
    from sqlalchemy import event

    target, _ = claim_map
    where = ClaimFilter(min_articles=1)
    with open_store(target, read_only=True) as store:
        cq = store.queries().claim_queries()
        everything = [d.claim.id for d in cq.claims_in_full(where, 100).rows]
        statements: list[str] = []
        event.listen(store.conn, "before_cursor_execute", lambda *a: statements.append(a[2]))
        seen, after, pages = [], None, 0
        while True:
            page = cq.claims_in_full(where, 1, after)
            seen += [d.claim.id for d in page.rows]
            pages += 1
            after = page.next
            if after is None:
                break
        assert seen == everything and len(seen) == 4
        assert len(statements) == 2 * pages  # the page and its statements: never a query per claim
        with pytest.raises(UsageError, match="cursor"):
            cq.claims(where, 1, "bm90LWEtY3Vyc29y")


def test_claims_queries_a_claim_in_full(claim_map):
    target, ids = claim_map
    with open_store(target, read_only=True) as store:
        troops = store.queries().claim(ids["troops"])
    c = troops.claim
    assert (c.articles, c.outlets, c.languages, c.figure_conflict) == (3, 3, ("en", "id"), True)
    assert (c.supports, c.disputes, c.neutral, c.first_date, c.last_date) == (
        3,
        2,
        1,
        "2024-10-23",
        "2024-10-24",
    )
    dates = [s.date for s in troops.statements]
    assert dates == sorted(dates)
    assert troops.outlet_names == ("wirenews.com", "dailyglobe.com", "KOMPAS.com")
    assert {s.doc_id for s in troops.statements} == {"troops-wire", "troops-globe", "pasukan"}
    # every span points into its article, the figures too
    with open_store(target, read_only=True) as store:
        for s in troops.statements:
            text = store.queries().article(s.doc_id).text
            assert text[s.start : s.end] == s.text
            assert all(text[f.start : f.end] == f.text for f in s.figures)
    # the figure table: each value, who gave it, how often, first when
    table = [(f.value, f.speakers, f.statements, f.first_date) for f in troops.figures]
    assert table == [
        (3000.0, ("John Kirby",), 2, "2024-10-23"),
        (10000.0, ("Seorang anggota parlemen Korea Selatan",), 1, "2024-10-24"),
    ]
    # the syndicated copy of Kirby's words: first the wire, then the outlet that carried it again
    (u,) = troops.utterances
    assert (u.first_doc_id, u.first_outlet, u.repeated_by, u.articles) == (
        "troops-wire", "wirenews.com", ("dailyglobe.com",), 2,
    )  # fmt: skip


def test_claims_queries_an_unnamed_source_disputes(claim_map):
    target, ids = claim_map
    with open_store(target, read_only=True) as store:
        troops = store.queries().claim(ids["troops"])
    disputes = {s.speaker: s for s in troops.side("disputes")}
    source = disputes["source"]  # "A source said North Korea has not sent any soldiers to Russia."
    assert (source.speaker_id, source.kind, source.stance_cue) == (None, "unnamed", "has not sent")
    assert disputes["Korea Utara"].stance_cue == "membantah"


def test_claims_queries_an_undated_claim_sorts_last_and_has_no_dates(claim_map):
    target, ids = claim_map
    with open_store(target, read_only=True) as store:
        levee = store.queries().claim(ids["levee"])
    assert (levee.claim.first_date, levee.claim.last_date) == (None, None)
    assert [f.first_date for f in levee.figures] == [None]
    assert levee.utterances == ()


def test_claims_queries_an_unknown_claim_is_a_usage_error(claim_map, tmp_path):
    with open_store(claim_map[0], read_only=True) as store, pytest.raises(UsageError, match="no claim 999"):
        store.queries().claim(999)


def test_claims_queries_know_whether_claims_were_built(store_target, tmp_path):
    ingest_corpus(store_target, tmp_path)
    with open_store(store_target, read_only=True) as store:
        cq = store.queries().claim_queries()
        assert not cq.built() and cq.claims().rows == []
        with pytest.raises(UsageError, match="no claims are built yet"):
            cq.claim(1)
    with open_store(store_target) as store, store.transaction():  # a build that found no claim
        store.conn.exec_driver_sql("INSERT INTO meta(key, value) VALUES ('claims_through', '0')")
    with open_store(store_target, read_only=True) as store:
        assert store.queries().claim_queries().built()


def test_claims_queries_the_python_api_gives_the_json_form(claim_map):
    target, ids = claim_map
    every = kutip.claim_map(target)
    assert [c["claim_id"] for c in every] == [ids[n] for n in ORDER]
    assert [c["claim_id"] for c in kutip.claim_map(target, since="2025-01-01", lang="id")] == [ids["beras"]]
    troops = next(c for c in every if c["claim_id"] == ids["troops"])
    assert troops["figure_conflict"] is True and len(troops["statements"]) == 6
    with pytest.raises(UsageError, match="no claim filter"):
        kutip.claim_map(target, act="deny")
