"""The compiled pipeline: the same output as the plain Python source, and stale compiled code never runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kutip import speedups
from kutip.doc import Document
from kutip.pipeline import run

EXAMPLES = Path(__file__).resolve().parent.parent / "kutip" / "examples"
PURE = {**os.environ, "KUTIP_PURE": "1"}


def test_ci_builds_the_compiled_pipeline():
    if not os.environ.get("KUTIP_REQUIRE_COMPILED"):
        pytest.skip("KUTIP_REQUIRE_COMPILED is not set (CI sets it): not checking that the build compiled")
    assert speedups.state() == "compiled"
    how = speedups.how_built()
    assert "-fno-semantic-interposition" in how["flags"]  # the calls between compiled modules are direct
    if os.environ.get("KUTIP_PGO") != "0":  # scripts/setup.sh follows the compilation with a profiled one
        assert how["profile"] == "kutip/examples"


def test_the_build_record_says_how_it_was_compiled(tmp_path, monkeypatch):
    stamp = tmp_path / "_compiled.json"
    monkeypatch.setattr(speedups, "STAMP", stamp)
    assert speedups.how_built() == {}  # no build
    speedups.write_stamp()
    assert speedups.how_built() == {}  # a build without the record (older set-ups)
    speedups.write_stamp({"flags": ["-fno-semantic-interposition"], "profile": "news.jsonl"})
    assert speedups.how_built() == {"flags": ["-fno-semantic-interposition"], "profile": "news.jsonl"}
    monkeypatch.setattr(speedups, "_is_compiled", lambda module: True)
    monkeypatch.setattr(speedups, "_library_found", lambda: True)
    monkeypatch.delenv("KUTIP_PURE", raising=False)
    assert speedups._check() == "compiled"  # the record is not taken for a module
    stamp.write_text("[]")
    assert speedups.how_built() == {}


def test_pure_python_is_asked_for_and_used():
    code = "import kutip, kutip.segment.tokens as t; print(kutip.speedups.state()); print(t.__file__)"
    out = subprocess.run([sys.executable, "-c", code], env=PURE, capture_output=True, text=True, check=True)
    state, module_file = out.stdout.split("\n")[:2]
    assert state == "pure Python (KUTIP_PURE is set)"
    assert module_file.endswith("tokens.py")


def test_compiled_and_pure_give_the_same_documents():
    if speedups.state() != "compiled":
        pytest.skip(f"the pipeline runs as {speedups.state()}: nothing compiled to compare")
    code = (
        "import json, sys, kutip\n"
        "for path, lang in json.loads(sys.argv[1]):\n"
        "    text = open(path, encoding='utf-8').read()\n"
        "    print(json.dumps(kutip.extract(text, lang).to_dict(), ensure_ascii=False))\n"
    )
    inputs = [(str(EXAMPLES / "beras_impor.txt"), "id"), (str(EXAMPLES / "levee_vote.txt"), "en")]
    out = subprocess.run(
        [sys.executable, "-c", code, json.dumps(inputs)], env=PURE, capture_output=True, text=True, check=True
    )
    pure = out.stdout.splitlines()
    compiled = [
        run(Document(doc_id="doc", text=Path(p).read_text(encoding="utf-8"), lang=lang)).to_dict()
        for p, lang in inputs
    ]
    assert all(d["quotes"] and d["entities"] for d in compiled)
    # as JSON text, so that 3000 and 3000.0 differ as they would in the output
    assert [json.dumps(d, ensure_ascii=False) for d in compiled] == pure


def test_a_changed_source_turns_the_compiled_modules_off(tmp_path, monkeypatch):
    recorded = {m: speedups.digest(speedups.source_path(m)) for m in speedups.COMPILED}
    recorded["kutip.quotes.direct"] = "0" * 64  # as if direct.py was edited after the build
    stamp = tmp_path / "_compiled.json"
    stamp.write_text(json.dumps(recorded))
    monkeypatch.delenv("KUTIP_PURE", raising=False)
    monkeypatch.setattr(speedups, "STAMP", stamp)
    monkeypatch.setattr(speedups, "_is_compiled", lambda module: True)
    monkeypatch.setattr(speedups, "_library_found", lambda: True)
    assert speedups._check() == (
        "pure Python (kutip/quotes/direct.py changed since it was compiled; scripts/setup.sh rebuilds it)"
    )
    recorded["kutip.quotes.direct"] = speedups.digest(speedups.source_path("kutip.quotes.direct"))
    stamp.write_text(json.dumps(recorded))
    assert speedups._check() == "compiled"
    stamp.unlink()
    assert speedups._check().startswith("pure Python (compiled modules without a build record")
    monkeypatch.setattr(speedups, "_library_found", lambda: False)
    assert speedups._check().startswith("pure Python (the compiled library is missing")


def test_the_command_line_says_when_it_runs_stale_sources_as_plain_python(tmp_path, monkeypatch, capsys):
    from kutip import cli

    article = tmp_path / "a.txt"
    article.write_text("“Harga beras naik,” kata Budi Santoso.", encoding="utf-8")
    reason = "pure Python (kutip/quotes/direct.py changed since it was compiled; scripts/setup.sh rebuilds)"
    monkeypatch.setattr(speedups, "_STATE", reason)
    assert cli.main(["extract", str(article)]) == 0
    assert f"kutip: running as {reason}" in capsys.readouterr().err
    monkeypatch.setattr(speedups, "_STATE", "compiled")
    assert cli.main(["extract", str(article)]) == 0
    assert "running as" not in capsys.readouterr().err
