"""Kutip: who said what in news. Quotes, speakers, speech acts, numbers and dates, with offsets.

>>> import kutip
>>> doc = kutip.extract('“Stok beras aman,” ujar Menteri Perdagangan Rina Kartikasari.', lang="id")
>>> doc.quotes[0].speaker.name
'Rina Kartikasari'
"""

from __future__ import annotations

from kutip import speedups

speedups.state()  # before any pipeline module is imported: stale compiled code must never load

import datetime as _dt  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from kutip.doc import Document, Quote, Speaker  # noqa: E402

if TYPE_CHECKING:
    from typing import Any

__version__ = "0.18.0"
__all__ = ["Document", "Quote", "Speaker", "__version__", "build_claims", "claim_map", "extract"]


def extract(
    text: str,
    lang: str = "id",
    *,
    doc_id: str = "doc",
    title: str | None = None,
    url: str | None = None,
    date: str | None = None,
) -> Document:
    """Extract quotes, speakers and mentions from one article's text.

    ``lang`` is a language code ("id", "en", "ms") or "auto" to detect it.
    """
    from kutip.langid import detect
    from kutip.pipeline import run

    code = detect(text) if lang == "auto" else lang
    doc = Document(doc_id=doc_id, text=text, lang=code, title=title, url=url, date=date)
    return run(doc)


def claim_map(db: str, **filters: Any) -> list[dict[str, Any]]:
    """Every claim of the store ``db`` that matches, in full: the objects ``kutip claims --format jsonl``
    writes. ``filters`` are those of the command: ``search``, ``speaker``, ``since`` and ``until`` (a date
    or ``YYYY-MM-DD``), ``lang``, ``min_articles`` (default 2), ``conflicts``."""
    from kutip.cli.claims import build_filter
    from kutip.errors import UsageError
    from kutip.store import open_store
    from kutip.store.claim_queries import ClaimFilter

    known = set(ClaimFilter.__dataclass_fields__)
    if unknown := sorted(set(filters) - known):
        raise UsageError(f"no claim filter {', '.join(unknown)}: use {', '.join(sorted(known))}")
    for name in ("since", "until"):
        if isinstance(filters.get(name), str):
            try:
                filters[name] = _dt.date.fromisoformat(filters[name])
            except ValueError as err:
                raise UsageError(f"{name}={filters[name]!r} is not a date (YYYY-MM-DD)") from err
    where = build_filter(**filters)  # the command's checks: since after until, an empty name
    with open_store(db, read_only=True, create=False) as store:
        rows = store.queries().claim_queries().iter_claims_in_full(where)
        return [row.to_dict() for row in rows]


def build_claims(db: str, rebuild: bool = False) -> Any:
    """Place the quotes stored in ``db`` in claims (the new ones; all again with ``rebuild``); the tally.
    The builder is imported here, on first use: it brings the encoder's dependencies."""
    from kutip.claims.build import build_claims as builder
    from kutip.store import open_store

    with open_store(db, create=False) as store:
        return builder(store, rebuild=rebuild)
