"""Shared fixtures: the path to ../shared (tests that need it skip with a clear message when it is absent)."""

from __future__ import annotations

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
