"""Shared fixtures: the path to ../shared (tests that need it skip with a clear message when it is absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared_data() -> Path:
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip(f"../shared/data is absent ({data}): evaluation on the shared gold sets skipped")
    return data


def speakers_of(doc) -> list[tuple[str, str | None, str]]:
    """(quote type, speaker name, speech act) of every quote, for compact assertions."""
    return [(q.type, q.speaker.name if q.speaker else None, q.speech_act) for q in doc.quotes]


POSTGRES_URL = os.environ.get("KUTIP_TEST_POSTGRES")
NO_POSTGRES = "KUTIP_TEST_POSTGRES is not set: PostgreSQL back end not tested here"
STORE_BACKENDS = [
    "sqlite",
    pytest.param("postgres", marks=pytest.mark.skipif(not POSTGRES_URL, reason=NO_POSTGRES)),
]


def reports_of(text: str, lang: str = "en") -> list[tuple[str, str, str | None]]:
    """(type, content, speaker mention) of every quote Kutip finds in ``text``, in text order."""
    import kutip

    doc = kutip.extract(text, lang=lang)
    return [(q.type, q.text, q.speaker.mention if q.speaker is not None else None) for q in doc.quotes]


def empty_postgres() -> str:
    """The PostgreSQL test database, emptied."""
    import psycopg

    assert POSTGRES_URL
    with psycopg.connect(POSTGRES_URL, autocommit=True) as con:
        con.execute("DROP SCHEMA public CASCADE")
        con.execute("CREATE SCHEMA public")
    return POSTGRES_URL


@pytest.fixture(params=STORE_BACKENDS)
def store_target(request, tmp_path) -> str:
    """A fresh, empty store: a SQLite file path, or the PostgreSQL test database emptied."""
    if request.param == "sqlite":
        return str(tmp_path / "k.db")
    return empty_postgres()


def invoke(*args: str):
    """Run ``kutip ARGS...`` through click's test runner; the result has exit_code, stdout and stderr."""
    from click.testing import CliRunner

    from kutip.cli import cli

    return CliRunner().invoke(cli, list(args))


def cli_stderr(result) -> str:
    """Standard error without the note that edited sources run as plain Python (true while developing)."""
    lines = result.stderr.splitlines(True)
    return "".join(line for line in lines if not line.startswith("kutip: running as "))


def quotes_of(db: str, *args: str) -> list[dict]:
    """The quotes ``kutip quotes --db DB ARGS...`` writes, as JSON objects."""
    import json

    result = invoke("quotes", "--db", db, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def crash_files_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Tracebacks of internal errors go to this test's own folder, in a fresh file."""
    import tempfile

    from kutip import crash

    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setattr(crash, "_file", None)
    return folder
