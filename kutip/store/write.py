"""Writing one extracted document into the store: the article, its quotes with every speaker resolved through
the registry, and its mentions, figures, dates and set-aside furniture. A handful of statements per article,
whatever its number of quotes; the caller holds the transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from functools import cache
from typing import Any

from sqlalchemy import Connection, insert

from kutip import __version__
from kutip.lang import get_language
from kutip.mentions.dates import parse_article_date
from kutip.store import search
from kutip.store.connection import run
from kutip.store.registry import Registry, add_role
from kutip.store.tables import dates, mentions, quantities, quote_speakers, quotes, removed

ARTICLE_SQL = """
    INSERT INTO articles(content_hash, doc_id, url, title, date, lang, outlet, dateline_place, source_credit,
                         source, text, ingested_at, extractor_version, date_source)
    VALUES (:hash, :doc_id, :url, :title, :date, :lang, :outlet, :place, :credit, :source, :text, :at,
            :version, :date_source)
    ON CONFLICT (content_hash) DO NOTHING RETURNING id"""


def content_hash(text: str, url: str | None) -> str:
    """The identity of an article: its text (and URL where known)."""
    return hashlib.sha256(f"{url or ''}\n{text}".encode()).hexdigest()


@cache
def _titles(lang: str) -> frozenset[str]:
    try:
        return get_language(lang).titles
    except LookupError:
        return frozenset()


def is_role(role: str | None, titles: frozenset[str]) -> bool:
    """Is ``role`` a title or office ("Menteri Keuangan", "Juru Bicara KPK"), not a stray word ("Pesan")?"""
    if not role:
        return False
    words = [w.strip("().,").casefold() for w in role.split()]
    if len(words) == 1:
        return words[0] in titles and len(words[0]) > 3
    return any(w in titles for w in words)


def add_document(
    conn: Connection, registry: Registry, doc: dict[str, Any], digest: str, source: str | None = None
) -> bool:
    """Store one extracted document (its JSON form); False when it was stored before."""
    date = parse_article_date(doc.get("date"))
    iso = date.isoformat() if date else None
    dateline = doc.get("dateline") or {}
    row = run(
        conn,
        ARTICLE_SQL,
        {
            "hash": digest,
            "doc_id": doc["doc_id"],
            "url": doc.get("url"),
            "title": doc.get("title"),
            "date": iso,
            "lang": doc["lang"],
            "outlet": doc.get("outlet"),
            "place": dateline.get("place"),
            "credit": doc.get("source_credit"),
            "source": source,
            "text": doc["text"],
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "version": __version__,
            "date_source": doc.get("date_source") or ("metadata" if iso else None),
        },
    ).fetchone()
    if row is None:
        return False
    aid = int(row[0])
    titles = _titles(doc["lang"])
    quote_rows: list[dict[str, Any]] = []
    speaker_rows: list[list[dict[str, Any]]] = []
    for n, q in enumerate(doc["quotes"]):
        said_by = q.get("speakers") or ([q["speaker"]] if q.get("speaker") else [])
        resolved = []
        for position, s in enumerate(said_by):
            role = s.get("role") if is_role(s.get("role"), titles) else None
            sid = registry.resolve(s.get("name"), s.get("kind", "unknown"), role if position == 0 else None)
            if sid is not None and role and position == 0:
                add_role(conn, sid, role, iso)
            resolved.append(
                {
                    "position": position,
                    "speaker_id": sid,
                    "name": s.get("name"),
                    "kind": s.get("kind"),
                    "role": s.get("role"),
                    "mention_start": s.get("mention_start"),
                    "mention_end": s.get("mention_end"),
                }
            )
        first = said_by[0] if said_by else {}
        others = [
            {**s, "speaker_id": r["speaker_id"]} for s, r in zip(said_by[1:], resolved[1:], strict=True)
        ]
        quote_rows.append(
            {
                "article_id": aid,
                "n": n,
                "type": q["type"],
                "text": q["text"],
                "start": q["start"],
                "end": q["end"],
                "cue": q.get("cue"),
                "cue_start": q.get("cue_start"),
                "cue_end": q.get("cue_end"),
                "speech_act": q["speech_act"],
                "confidence": q["confidence"],
                "speaker_id": resolved[0]["speaker_id"] if resolved else None,
                "speaker_name": first.get("name"),
                "speaker_kind": first.get("kind"),
                "role": first.get("role"),
                "mention": first.get("mention"),
                "mention_start": first.get("mention_start"),
                "mention_end": first.get("mention_end"),
                "co_speakers": json.dumps(others, ensure_ascii=False) if others else None,
                "rule": q.get("rule") or None,
            }
        )
        speaker_rows.append(resolved)
    if quote_rows:
        ids = (
            conn.execute(insert(quotes).returning(quotes.c.id, sort_by_parameter_order=True), quote_rows)
            .scalars()
            .all()
        )
        said = [
            {**s, "quote_id": qid} for qid, resolved in zip(ids, speaker_rows, strict=True) for s in resolved
        ]
        if said:
            conn.execute(insert(quote_speakers), said)
    search.index_article(conn, aid)
    _many(
        conn,
        mentions,
        [
            {
                "article_id": aid,
                "label": e["label"],
                "start": e["start"],
                "end": e["end"],
                "text": e["text"],
                "canonical": e["canonical"],
            }
            for e in doc["entities"]
        ],
    )
    _many(
        conn,
        quantities,
        [
            {
                "article_id": aid,
                "start": x["start"],
                "end": x["end"],
                "text": x["text"],
                "value": x["value"],
                "unit": x["unit"],
                "upper": x.get("upper"),
            }
            for x in doc["quantities"]
        ],
    )
    _many(
        conn,
        dates,
        [
            {
                "article_id": aid,
                "start": x["start"],
                "end": x["end"],
                "text": x["text"],
                "value": x["value"],
                "relative": int(x["relative"]),
            }
            for x in doc["dates"]
        ],
    )
    _many(
        conn,
        removed,
        [
            {"article_id": aid, "kind": r["kind"], "start": r["start"], "end": r["end"], "text": r["text"]}
            for r in doc["removed"]
        ],
    )
    return True


def _many(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), rows)
