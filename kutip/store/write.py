"""Writing extracted documents into the store: the articles, their quotes with every speaker resolved through
the registry, and their mentions, figures, dates and set-aside furniture.

A window of documents is written with one statement per table (not one per quote): article and quote ids
are given out here, under the writers' lock the caller holds, so rows can be sent in bulk. Speakers the
registry merges while the window is resolved are followed (``Registry.current``) before the rows are sent,
and the roles counted for its quotes go with them, a row per speaker and role (``Registry.send_roles``).
On PostgreSQL each table's rows go in one COPY, and the registry's statements while the window is resolved
go through pipeline mode (a write does not wait for its result); the names the window writes are looked up
together first (``Registry.expect``). What the writer reads from a document alone (``kutip.store.prepare``)
comes worked out by the ingest's workers, so that the one writer does only what depends on the order.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table

from kutip import __version__
from kutip.mentions.dates import parse_article_date
from kutip.store import search
from kutip.store.connection import Rows, fast, insert_many, pipelined
from kutip.store.names import initials_of, name_key
from kutip.store.prepare import Prepared, drop, is_role, role_titles, speakers_of, take, title_forms
from kutip.store.registry import Registry, add_role
from kutip.store.search import ARTICLES_FTS, QUOTES_FTS
from kutip.store.tables import articles, dates, mentions, quantities, quote_speakers, quotes, removed

Item = tuple[dict[str, Any], str, str | None]  # a document's JSON form, its content hash, where it was read
# the tables a window's rows go to, in this order (the full-text ones stay empty on SQLite)
TABLES = (articles, quotes, quote_speakers, mentions, quantities, dates, removed, ARTICLES_FTS, QUOTES_FTS)


def content_hash(text: str, url: str | None) -> str:
    """The identity of an article: its text (and URL where known)."""
    return hashlib.sha256(f"{url or ''}\n{text}".encode()).hexdigest()


def recount_roles(conn: Connection, sids: Sequence[int]) -> None:
    """Count the roles of speakers ``sids`` again from the quotes they now hold (after a split: each of the
    two keeps only the roles written with its own quotes)."""
    for sid in sids:
        rows = fast(
            conn,
            "SELECT qs.role, a.date, a.lang FROM quote_speakers qs JOIN quotes q ON q.id = qs.quote_id "
            "JOIN articles a ON a.id = q.article_id WHERE qs.speaker_id = :s AND qs.position = 0 "
            "AND qs.role IS NOT NULL",
            {"s": sid},
        ).fetchall()
        fast(conn, "DELETE FROM roles WHERE speaker_id = :s", {"s": sid})
        for role, date, lang in rows:
            if is_role(role, role_titles(lang)):
                add_role(conn, sid, role, date, lang=lang)


class Rowset:
    """The rows of one window, table by table, and the ids given out to them."""

    def __init__(self, conn: Connection) -> None:
        self.next_article = _next_id(conn, "articles")
        self.next_quote = _next_id(conn, "quotes")
        self.first_article, self.first_quote = self.next_article, self.next_quote
        self.tables: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLES}
        self.words = conn.dialect.name == "postgresql"  # full-text rows sent (SQLite's fill themselves)


def _next_id(conn: Connection, table: str) -> int:
    return int(fast(conn, f"SELECT coalesce(max(id), 0) + 1 FROM {table}").scalar_one())


def add_documents(conn: Connection, registry: Registry, items: Sequence[Item]) -> list[bool]:
    """Store a window of documents inside the caller's write; for each, False when it was stored before."""
    stored = stored_hashes(conn, [digest for _, digest, _ in items])
    prepared: list[Prepared | None] = []
    for doc, digest, _ in items:
        if digest in stored:
            drop(doc)  # stored before: what a worker worked out for it is not read
            prepared.append(None)
        else:
            prepared.append(take(doc))
    if conn.dialect.name == "postgresql":  # SQLite answers a look-up in process: asking ahead costs more
        registry.expect(name for p in prepared if p is not None for name in p.wanted)
    rows = Rowset(conn)
    added = []
    with pipelined(conn):
        for (doc, digest, source), prep in zip(items, prepared, strict=True):
            if digest in stored or prep is None:
                added.append(False)
                continue
            stored.add(digest)
            _document_rows(registry, rows, doc, prep, digest, source)
            added.append(True)
    for row in rows.tables["quotes"]:
        row["speaker_id"] = registry.current(row["speaker_id"])
    for row in rows.tables["quote_speakers"]:
        row["speaker_id"] = registry.current(row["speaker_id"])
    registry.moved.clear()
    registry.send_roles()
    for table in TABLES:
        _bulk(conn, table, rows.tables[table.name])
    if rows.next_article > rows.first_article:
        search.index_new(conn, rows.first_article, rows.first_quote)
    return added


def stored_hashes(conn: Connection, digests: list[str]) -> set[str]:
    """Which of ``digests`` are stored (asked before extracting a window, and again under the writers' lock:
    another ingest may have just added one)."""
    out: set[str] = set()
    for i in range(0, len(digests), 500):
        chunk = digests[i : i + 500]
        marks = ", ".join(f":h{j}" for j in range(len(chunk)))
        found: Rows = fast(
            conn,
            f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})",
            {f"h{j}": h for j, h in enumerate(chunk)},
        )
        out.update(r[0] for r in found)
    return out


def _document_rows(
    registry: Registry, rows: Rowset, doc: dict[str, Any], prep: Prepared, digest: str, source: str | None
) -> None:
    date = parse_article_date(doc.get("date"))
    iso = date.isoformat() if date else None
    dateline = doc.get("dateline") or {}
    aid = rows.next_article
    rows.next_article += 1
    rows.tables["articles"].append({
        "id": aid, "content_hash": digest, "doc_id": doc["doc_id"], "url": doc.get("url"),
        "title": doc.get("title"), "date": iso, "lang": doc["lang"], "outlet": doc.get("outlet"),
        "dateline_place": dateline.get("place"), "source_credit": doc.get("source_credit"), "source": source,
        "text": doc["text"], "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "extractor_version": __version__,
        "date_source": doc.get("date_source") or ("metadata" if iso else None),
    })  # fmt: skip
    titles = role_titles(doc["lang"])
    if rows.words:
        article_words, quote_words = prep.search_words(doc)
        rows.tables["articles_fts"].append({"id": aid, "words": article_words})
        qid = rows.next_quote  # the quotes' ids are given out below in this order
        rows.tables["quotes_fts"] += [{"id": qid + n, "words": w} for n, w in enumerate(quote_words)]
    for n, q in enumerate(doc["quotes"]):
        qid = rows.next_quote
        rows.next_quote += 1
        said_by = speakers_of(q)
        ids = []
        for position, s in enumerate(said_by):
            role = s.get("role") if is_role(s.get("role"), titles) else None
            sid = _speaker_id(registry, doc, prep, s, role if position == 0 else None, iso)
            if sid is not None and role and position == 0:
                registry.add_role(sid, role, iso, lang=doc["lang"])
            ids.append(sid)
            rows.tables["quote_speakers"].append({
                "quote_id": qid, "position": position, "speaker_id": sid, "name": s.get("name"),
                "kind": s.get("kind"), "role": s.get("role"), "rank": s.get("rank"),
                "mention_start": s.get("mention_start"),
                "mention_end": s.get("mention_end"),
            })  # fmt: skip
        first = said_by[0] if said_by else {}
        others = [{**s, "speaker_id": sid} for s, sid in zip(said_by[1:], ids[1:], strict=True)]
        rows.tables["quotes"].append({
            "id": qid, "article_id": aid, "n": n, "type": q["type"], "text": q["text"], "start": q["start"],
            "end": q["end"], "cue": q.get("cue"), "cue_start": q.get("cue_start"),
            "cue_end": q.get("cue_end"), "speech_act": q["speech_act"], "confidence": q["confidence"],
            "speaker_id": ids[0] if ids else None,
            "speaker_name": first.get("name"), "speaker_kind": first.get("kind"), "role": first.get("role"),
            "rank": first.get("rank"),
            "mention": first.get("mention"), "mention_start": first.get("mention_start"),
            "mention_end": first.get("mention_end"),
            "co_speakers": json.dumps(others, ensure_ascii=False) if others else None,
            "rule": q.get("rule") or None,
        })  # fmt: skip
    tables = rows.tables
    tables["mentions"] += [
        {"article_id": aid, "label": e["label"], "start": e["start"], "end": e["end"], "text": e["text"],
         "canonical": e["canonical"]} for e in doc["entities"]
    ]  # fmt: skip
    tables["quantities"] += [
        {"article_id": aid, "start": x["start"], "end": x["end"], "text": x["text"], "value": x["value"],
         "unit": x["unit"], "upper": x.get("upper")} for x in doc["quantities"]
    ]  # fmt: skip
    tables["dates"] += [
        {"article_id": aid, "start": x["start"], "end": x["end"], "text": x["text"], "value": x["value"],
         "relative": int(x["relative"])} for x in doc["dates"]
    ]  # fmt: skip
    tables["removed"] += [
        {"article_id": aid, "kind": r["kind"], "start": r["start"], "end": r["end"], "text": r["text"]}
        for r in doc["removed"]
    ]  # fmt: skip


def _speaker_id(
    registry: Registry,
    doc: dict[str, Any],
    prep: Prepared,
    s: dict[str, Any],
    role: str | None,
    date: str | None = None,
) -> int | None:
    """The registry speaker of one speaker of a quote. The article's own evidence comes first: a short name
    is the fuller one the article gives ("Purbaya" of "Purbaya Yudhi Sadewa"), a nickname the name it says
    it stands for ("Gus Ipul" of "Saifullah Yusuf alias Gus Ipul"); the other names it gives the speaker
    (``aliases`` of the extraction, and those read here) are recorded, each with where it was written."""
    name, kind = s.get("name"), s.get("kind", "unknown")
    if not name:
        return None
    where = doc["doc_id"]
    names = prep.names
    person = kind == "person"
    given = names.given.get(name)
    if given is not None and (given in names.people) != person:
        given = None  # a body is never another name of a person, nor a person of a body
    full = given or names.fuller.get(name) or _in_title(registry, doc, name, kind) or name
    context: frozenset[str] = frozenset()
    standing = None
    if person:
        context, standing = prep.around_of(doc, name, role)
    sid = registry.resolve(full, kind, role, context, date, standing, where, doc["lang"])
    if sid is None:
        return None
    if full != name:
        how = "another name" if given is not None else "short form"
        sid = registry.add_name(sid, name, kind, f"{how} of {full} in {where}", fold=given is not None)
    others = [*(s.get("aliases") or []), *(o for o, n in names.given.items() if n == full)]
    if person:  # "Habiburokhman (Gerindra)": the party in brackets is not another name of the person
        others = [o for o in others if name_key(o) not in names.bodies or initials_of(o, full)]
    for other in others:
        sid = registry.add_name(sid, other, kind, f"written as another name of {full} in {where}")
    return sid


def _in_title(registry: Registry, doc: dict[str, Any], name: str, kind: str) -> str | None:
    """The known person a one-word name is short for when the headline writes them in full ("Panggil Erick
    Thohir", then "disampaikan Erick"): a headline's capitals alone do not make a name, the registry must know
    it."""
    if kind != "person":
        return None
    return next(
        (full for full in title_forms(doc.get("title") or "", name) if registry.knows_person(full)), None
    )


def _bulk(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    insert_many(conn, table, rows)
