"""The claim map of the demo story (``kutip/examples/claims_story.jsonl``, written for Kutip: a fictional dam
at Watu Agung, seven articles of seven outlets in Indonesian and English, one undated), built as
``scripts/demo.sh`` builds it: ``kutip ingest --claims``.

The builder's weights are still being tuned, so these check only the shape a decent claim map of this story
must have, not counts: the central proposition ("Bendungan Watu Agung retak dan bocor" / "the Watu Agung dam
is cracked and leaking") is one claim across both languages, with the operator's denials disputing it, the
conditional of a councillor neutral, the evacuee counts of the disaster agency (1.200 warga) and the
environmental group (3,000 residents) flagged as a conflict, and the group's remark that two outlets carry
word for word as one utterance repeated; the compensation the operator will pay is a claim of its own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import invoke

import kutip

STORY = Path(kutip.__file__).parent / "examples" / "claims_story.jsonl"
SYNDICATED = "The Watu Agung dam is cracked and leaking, and 3,000 residents have already left their homes"


@pytest.fixture(scope="module")
def claim_map(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    ingested = invoke("ingest", "--claims", "--quiet", "--db", db, str(STORY))
    assert ingested.exit_code == 0, ingested.stderr
    listed = invoke("claims", "--db", db, "--min-articles", "1", "--format", "jsonl")
    assert listed.exit_code == 0, listed.stderr
    return [json.loads(line) for line in listed.stdout.splitlines()]


@pytest.fixture(scope="module")
def central(claim_map: list[dict[str, Any]]) -> dict[str, Any]:
    """The claim most articles make: the dam is cracked and leaking."""
    return max(claim_map, key=lambda c: c["articles"])


def test_story_is_seven_articles_in_two_languages_one_undated():
    records = [json.loads(line) for line in STORY.read_text(encoding="utf-8").splitlines()]
    assert 6 <= len(records) <= 8
    assert {r["lang"] for r in records} == {"id", "en"}
    assert sum(1 for r in records if not r.get("date")) == 1
    assert len({r["url"].split("/")[2] for r in records}) == len(records)


def test_the_central_proposition_is_one_claim_across_languages(central):
    assert central["articles"] >= 3
    assert set(central["languages"]) == {"en", "id"}
    supporting = {s["lang"] for s in central["statements"] if s["stance"] == "supports"}
    assert supporting == {"en", "id"}
    texts = " ".join(s["text"] for s in central["statements"])
    assert "Bendungan Watu Agung" in texts and "Watu Agung dam" in texts


def test_the_operators_denial_disputes_it(central):
    disputing = [s for s in central["statements"] if s["stance"] == "disputes"]
    assert disputing
    assert any(s["stance_cue"] in ("tidak benar", "baseless") for s in disputing)
    group = [s for s in central["statements"] if s["speaker"] == "Ratih Puspitasari"]
    assert group and all(s["stance"] == "supports" for s in group)


def test_the_conditional_stays_neutral(central):
    neutral = [s for s in central["statements"] if s["stance"] == "neutral"]
    assert any(s["stance_cue"] == "jika memang" for s in neutral)


def test_the_evacuee_counts_conflict(central):
    assert central["figure_conflict"] is True
    assert central["figure_unit"] == "people"
    assert {1200.0, 3000.0} <= {f["value"] for f in central["figures"]}


def test_the_syndicated_remark_is_one_utterance_repeated(central):
    repeated = [u for u in central["utterances"] if u["text"] == SYNDICATED]
    assert len(repeated) == 1
    utterance = repeated[0]
    assert utterance["articles"] == 2
    assert utterance["first_outlet"] == "wire-example.com"
    assert utterance["repeated_by"] == ["daily-example.com"]
    carriers = [s for s in central["statements"] if s["text"] == SYNDICATED]
    assert len(carriers) == 2
    assert {s["utterance_id"] for s in carriers} == {utterance["utterance_id"]}


def test_the_compensation_is_a_claim_of_its_own(claim_map, central):
    def pays(claim: dict[str, Any]) -> int:
        return sum("ganti rugi" in s["text"] or "compensation" in s["text"] for s in claim["statements"])

    best = max(claim_map, key=pays)
    assert pays(best) >= 2
    assert best["claim_id"] != central["claim_id"]
    assert best["articles"] >= 2
    assert set(best["languages"]) == {"en", "id"}
