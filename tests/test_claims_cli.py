"""``kutip claims`` (issue 10): the list, one claim as a fact-checker reads it, the JSON lines the scorer
reads (checked against kutip/schema/claim.schema.json), and what an empty store says; on SQLite and (with
KUTIP_TEST_POSTGRES) PostgreSQL."""

from __future__ import annotations

import json
import re
from importlib import resources

import jsonschema
import pytest
from claims_corpus import ORDER, build_corpus, ingest_corpus
from conftest import cli_stderr, invoke

import kutip
from kutip.errors import EXIT_OK, EXIT_STORE, EXIT_USAGE
from kutip.store import open_store

SCHEMA = json.loads(resources.files("kutip").joinpath("schema/claim.schema.json").read_text(encoding="utf-8"))
STATEMENT_KEYS = {
    "doc_id", "start", "end", "text", "stance", "stance_cue", "speaker", "speaker_id", "role", "speech_act",
    "type", "date", "lang", "outlet", "url", "figures", "utterance_id",
}  # fmt: skip

pytestmark = pytest.mark.usefixtures("crash_files_in")


@pytest.fixture
def claim_map(store_target, tmp_path) -> tuple[str, dict[str, int]]:
    return store_target, build_corpus(store_target, tmp_path)


def _jsonl(*args: str) -> list[dict]:
    result = invoke("claims", *args, "--format", "jsonl")
    assert result.exit_code == EXIT_OK, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def _one_line(result) -> str:
    lines = cli_stderr(result).splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_claims_cli_schema_is_a_valid_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_claims_cli_jsonl_is_one_claim_a_line_with_its_statements(claim_map):
    db, ids = claim_map
    claims = _jsonl("--db", db, "--min-articles", "1")
    assert [c["claim_id"] for c in claims] == [ids[n] for n in ("beras", "pupuk", "troops", "levee")]
    for claim in claims:
        jsonschema.validate(claim, SCHEMA)
        assert len(claim["statements"]) == claim["statement_count"]
        assert all(set(s) >= STATEMENT_KEYS for s in claim["statements"])
    troops = claims[2]
    assert troops["figure_conflict"] is True and troops["languages"] == ["en", "id"]
    assert {(s["doc_id"], s["stance"]) for s in troops["statements"] if s["speaker_id"] is None} == {
        ("troops-globe", "disputes"),  # "a source said"
        ("pasukan", "supports"),  # "seorang anggota parlemen Korea Selatan mengatakan"
    }
    figures = [f for s in troops["statements"] for f in s["figures"]]
    assert {(f["value"], f["unit"], f["text"]) for f in figures} == {
        (3000, "troops", "3,000 troops"), (10000, "troops", "10.000 tentara"),
    }  # fmt: skip


def test_claims_cli_json_is_the_same_claims_in_one_array(claim_map):
    db, _ = claim_map
    result = invoke("claims", "--db", db, "--format", "json")
    assert result.exit_code == EXIT_OK, result.stderr
    assert json.loads(result.stdout) == _jsonl("--db", db)


def test_claims_cli_table_lists_the_propositions(claim_map):
    db, ids = claim_map
    result = invoke("claims", "--db", db)
    assert result.exit_code == EXIT_OK, result.stderr
    heads = re.findall(r"^#(\d+)  (.*)$", result.stdout, re.M)
    assert [int(n) for n, _ in heads] == [ids[n] for n in ORDER]
    assert "FIGURE CONFLICT" in heads[1][1] and heads[2][1].startswith("date unknown")
    assert "      North Korea has sent about 3,000 troops to eastern Russia\n" in result.stdout
    assert "kutip: 3 claim(s)" in result.stderr


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["--speaker", "Budi Santoso"], ["beras"]),
        (["--search", "pasukan"], ["troops"]),
        (["--since", "2025"], ["beras"]),
        (["--until", "2024-10"], ["troops"]),
        (["--until", "31/12/2024"], ["troops"]),
        (["--lang", "EN", "--conflicts"], ["troops"]),
        (["--min-articles", "1", "--lang", "id"], ["beras", "pupuk", "troops"]),
    ],
)
def test_claims_cli_filters(claim_map, args, names):
    db, ids = claim_map
    assert [c["claim_id"] for c in _jsonl("--db", db, *args)] == [ids[n] for n in names]


def test_claims_cli_pages_with_a_cursor_on_standard_error(claim_map):
    db, _ = claim_map
    everything = _jsonl("--db", db, "--min-articles", "1")
    seen: list[dict] = []
    after: list[str] = []
    while True:
        result = invoke(
            "claims", "--db", db, "--min-articles", "1", "--format", "jsonl", "--limit", "1", *after
        )
        assert result.exit_code == EXIT_OK, result.stderr
        seen += [json.loads(line) for line in result.stdout.splitlines()]
        m = re.search(r"more: --after (\S+)", result.stderr)
        if m is None:
            break
        after = ["--after", m[1]]
    assert seen == everything and len(seen) == 4
    bad = invoke("claims", "--db", db, "--after", "not-a-cursor")
    assert bad.exit_code == EXIT_USAGE and "cursor" in _one_line(bad)


def test_claims_cli_show_puts_the_two_sides_next_to_each_other(claim_map):
    db, ids = claim_map
    result = invoke("claims", "show", str(ids["troops"]), "--db", db)
    assert result.exit_code == EXIT_OK, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"claim {ids['troops']}: North Korea has sent about 3,000 troops to eastern Russia"
    header = next(line for line in lines if "SUPPORTS" in line)
    assert re.fullmatch(r"SUPPORTS \(3\) +\| DISPUTES \(2\)", header)
    column = header.index("|")
    first_row = lines[lines.index(header) + 1]
    assert first_row[:column].startswith("John Kirby · wirenews.com · 2024-10-23 · en")
    assert first_row[column:].startswith("| source · dailyglobe.com · 2024-10-24 · en")  # the unnamed source
    assert any(line[column + 2 :].startswith("Korea Utara · KOMPAS.com · 2024-10-24 · id") for line in lines)
    neutral = lines.index("NEUTRAL (1)")
    assert neutral > lines.index(header) and lines[neutral + 1].startswith("Lloyd Austin")
    assert (
        "figure conflict: 3,000 troops (Kirby, 2024-10-23) vs 10,000 troops "
        "(Seorang anggota parlemen Korea Selatan, 2024-10-24)"
    ) in lines
    assert "    first: wirenews.com, 2024-10-23; repeated by dailyglobe.com (2 articles)" in lines
    assert "outlets: wirenews.com, dailyglobe.com, KOMPAS.com" in lines
    assert lines[-1] == "first: 2024-10-23 · last: 2024-10-24"


def test_claims_cli_show_an_undated_claim_says_date_unknown(claim_map):
    db, ids = claim_map
    result = invoke("claims", "--db", db, "show", str(ids["levee"]))  # the group's --db, before the command
    assert result.exit_code == EXIT_OK, result.stderr
    assert result.stdout.splitlines()[-1] == "first: date unknown · last: date unknown"
    assert "Ruth Alvarez · riverpost.com · date unknown · en" in result.stdout
    assert "figure conflict" not in result.stdout


def test_claims_cli_show_json_is_the_claim_in_full(claim_map):
    db, ids = claim_map
    result = invoke("claims", "show", str(ids["beras"]), "--db", db, "--format", "json")
    assert result.exit_code == EXIT_OK, result.stderr
    claim = json.loads(result.stdout)
    jsonschema.validate(claim, SCHEMA)
    assert [(s["speaker"], s["stance"]) for s in claim["statements"]] == [
        ("Budi Santoso", "supports"),
        ("Budi Hartono", "disputes"),
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["show", "999"],
        ["show", "satu"],
        ["show", "0"],
        ["--search", "beras", "show", "1"],
        ["show", "1", "--format", "jsonl"],
        ["--since", "2025-02-01", "--until", "2025-01-01"],
        ["--min-articles", "0"],
        ["--search", " "],
    ],
)
def test_claims_cli_bad_requests_are_one_usage_line(claim_map, args):
    result = invoke("claims", "--db", claim_map[0], *args)
    assert result.exit_code == EXIT_USAGE
    assert _one_line(result).startswith("kutip: error:")


def test_claims_cli_a_store_without_claims_says_how_to_build_them(store_target, tmp_path):
    ingest_corpus(store_target, tmp_path)
    shown = re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", store_target)
    for fmt, out in (("table", ""), ("jsonl", ""), ("json", "[]\n")):
        result = invoke("claims", "--db", store_target, "--format", fmt)
        assert (result.exit_code, result.stdout) == (
            EXIT_OK,
            out,
        )  # an empty list, as quotes on an empty store
        assert _one_line(result) == (
            f"kutip: no claims are built in {shown} yet: run `kutip claims build --db {shown}`"
        )
    show = invoke("claims", "show", "1", "--db", store_target)
    assert show.exit_code == EXIT_USAGE and "claims build" in _one_line(show)


def test_claims_cli_an_empty_store_says_to_ingest_first(store_target):
    open_store(store_target).close()
    result = invoke("claims", "--db", store_target)
    assert (result.exit_code, result.stdout) == (EXIT_OK, "")
    assert "holds no articles yet: `kutip ingest --db" in _one_line(result)
    assert "then `kutip claims build --db" in _one_line(result)


def test_claims_cli_a_missing_store_is_a_store_error(tmp_path):
    result = invoke("claims", "--db", str(tmp_path / "salah.db"))
    assert result.exit_code == EXIT_STORE and "no Kutip store" in _one_line(result)


def test_claims_cli_build_calls_the_builder_and_says_what_it_did(store_target, tmp_path, monkeypatch):
    from dataclasses import dataclass

    ingest_corpus(store_target, tmp_path)
    calls = []

    @dataclass
    class Tally:
        def line(self) -> str:
            return "11 quotes read, 11 statements placed"

    def fake(store, rebuild=False, on_progress=None):
        calls.append((rebuild, on_progress))
        return Tally()

    monkeypatch.setattr("kutip.claims.build.build_claims", fake)
    result = invoke("claims", "build", "--db", store_target, "--rebuild")
    assert result.exit_code == EXIT_OK, result.stderr
    assert calls == [(True, None)]  # no progress bar: standard error is no terminal here
    assert _one_line(result) == "kutip: claims built: 11 quotes read, 11 statements placed"
    assert result.stdout == ""


def test_claims_cli_progress_is_a_bar_that_follows_the_builder(capsys):
    from kutip.cli.claims import Progress

    progress = Progress()
    progress(0, 10)
    progress(4, 10)
    progress(10, 12)
    assert progress.bar.pos == 10 and progress.bar.length == 12
    progress.close()


def test_claims_cli_the_builders_output_reads_back_in_the_documented_form(store_target, tmp_path):
    """The real builder on the test articles: whatever it groups, the JSON lines fit the schema."""
    pytest.importorskip("kutip.claims.build", reason="the claim builder has not landed")
    ingest_corpus(store_target, tmp_path)
    built = invoke("claims", "build", "--db", store_target)
    assert built.exit_code == EXIT_OK, built.stderr
    assert "claims built:" in built.stderr
    claims = _jsonl("--db", store_target, "--min-articles", "1")
    assert claims, "the builder placed no statement in a claim"
    for claim in claims:
        jsonschema.validate(claim, SCHEMA)
    assert kutip.claim_map(store_target, min_articles=1) == claims


def test_claims_cli_table_shows_two_lines_of_a_long_label(monkeypatch):
    import io

    from kutip.output import claims as output
    from kutip.store.claim_queries import ClaimRow

    monkeypatch.setattr(output, "width", lambda: 60)
    label = " ".join(["Pemerintah daerah menyimpan dana di bank hingga ratusan triliun rupiah"] * 6)
    row = ClaimRow(id=7, label=label, label_quote_id=1, statements=3, articles=2, outlets=1, speakers=2,
                   languages=("id",), supports=2, disputes=1, neutral=0, first_date=None, last_date=None,
                   figure_unit=None, figure_conflict=False)  # fmt: skip
    out = io.StringIO()
    output._claim_line(row, out)
    head, *label_lines = out.getvalue().splitlines()
    assert head.startswith("#7  ") and "supports 2 · disputes 1" in head
    assert len(label_lines) == 2 and label_lines[-1].endswith("…")
    assert all(len(line) <= 60 for line in label_lines)
