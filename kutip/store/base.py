"""The corpus store: what `kutip ingest` writes and the queries read, in SQL both back ends speak.

A back end (``sqlite.py``, ``postgres.py``) opens the connection, creates its schema and says how full-text
search is done; everything else is here. Each batch of articles is one transaction, so an ingest killed at
any moment leaves whole articles only, and a restart adds exactly the missing ones.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from kutip.lang import get_language
from kutip.mentions.dates import parse_article_date
from kutip.store.registry import Registry, add_role

SCHEMA_VERSION = "1"

INSERT_ARTICLE = """
    INSERT INTO articles(content_hash, doc_id, url, title, date, lang, outlet, dateline_place,
                         source_credit, source, text, ingested_at)
    VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (content_hash) DO NOTHING RETURNING id"""
INSERT_QUOTE = """
    INSERT INTO quotes(article_id, n, type, text, start, "end", cue, cue_start, cue_end, speech_act,
                       confidence, speaker_id, speaker_name, speaker_kind, role, mention, mention_start,
                       mention_end, co_speakers)
    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"""
SELECT_QUOTES = """
    SELECT q.id, a.doc_id, a.date, a.lang, a.outlet, a.url, q.type, q.speech_act, q.text, q.start, q."end",
           q.cue, s.name AS speaker, s.kind AS kind, q.speaker_name, q.role, q.mention, q.confidence,
           a.id AS article
    FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"""
SELECT_ARTICLE = """
    SELECT id, doc_id, title, date, lang, outlet, url, text FROM articles
    WHERE doc_id = ? OR CAST(id AS TEXT) = ? ORDER BY id LIMIT 1"""
SELECT_ARTICLE_QUOTES = """
    SELECT q.type, q.text, q.start, q."end", q.cue, q.cue_start, q.cue_end, q.speech_act, s.name,
           q.speaker_name, q.mention_start, q.mention_end
    FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.article_id = ? ORDER BY q.n"""


def content_hash(text: str, url: str | None) -> str:
    """The identity of an article: its text (and URL where known)."""
    return hashlib.sha256(f"{url or ''}\n{text}".encode()).hexdigest()


@cache
def _titles(lang: str) -> frozenset[str]:
    try:
        return get_language(lang).titles
    except LookupError:
        return frozenset()


def _is_role(role: str | None, titles: frozenset[str]) -> bool:
    """Is ``role`` a title or office ("Menteri Keuangan", "Juru Bicara KPK"), not a stray word ("Pesan")?"""
    if not role:
        return False
    words = [w.strip("().,").casefold() for w in role.split()]
    if len(words) == 1:
        return words[0] in titles and len(words[0]) > 3
    return any(w in titles for w in words)


class Connection:
    """A DB-API connection that takes "?" placeholders whatever its driver's style."""

    def __init__(self, raw: Any, placeholder: str = "?") -> None:
        self.raw = raw
        self.placeholder = placeholder

    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.raw.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            self.raw.cursor().executemany(self._sql(sql), rows)

    def close(self) -> None:
        self.raw.close()


class Store:
    """Articles, quotes, speakers and mentions; ``db`` is set by the back end."""

    db: Connection

    def __init__(self) -> None:
        self.registry = Registry(self.db)

    def close(self) -> None:
        self.db.close()

    # -- what a back end provides ------------------------------------------------------------------

    def begin(self) -> None:
        """Start a write; what the registry remembers is checked against the database first."""
        self._begin()
        self.registry.sync()

    def _begin(self) -> None:
        self.db.execute("BEGIN")

    def _index_text(
        self, article_id: int, title: str | None, text: str, quotes: list[tuple[int, str]]
    ) -> None:
        """Make the article and its quotes findable by full-text search (nothing to do where an index on
        the columns does it)."""

    def _search_clause(self) -> str:
        """A WHERE condition on quote ``q`` with one placeholder for the search text."""
        raise NotImplementedError

    # -- writing -----------------------------------------------------------------------------------

    def known(self, hashes: list[str]) -> set[str]:
        """Which of ``hashes`` are stored already."""
        out: set[str] = set()
        for i in range(0, len(hashes), 500):
            chunk = hashes[i : i + 500]
            marks = ",".join("?" * len(chunk))
            out.update(
                r[0]
                for r in self.db.execute(
                    f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})", chunk
                )
            )
        return out

    def commit(self) -> None:
        self.db.execute("COMMIT")

    def add(self, doc: dict[str, Any], digest: str, source: str | None = None) -> bool:
        """Store one extracted document (its JSON form); False when it was stored before."""
        db = self.db
        date = parse_article_date(doc.get("date"))
        iso = date.isoformat() if date else None
        dateline = doc.get("dateline") or {}
        row = db.execute(
            INSERT_ARTICLE,
            (
                digest, doc["doc_id"], doc.get("url"), doc.get("title"), iso, doc["lang"], doc.get("outlet"),
                dateline.get("place"), doc.get("source_credit"), source, doc["text"],
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            ),
        ).fetchone()  # fmt: skip
        if row is None:
            return False
        aid = int(row[0])
        titles = _titles(doc["lang"])
        indexed: list[tuple[int, str]] = []
        for n, q in enumerate(doc["quotes"]):
            speakers = q.get("speakers") or ([q["speaker"]] if q.get("speaker") else [])
            first = speakers[0] if speakers else {}
            role = first.get("role") if _is_role(first.get("role"), titles) else None
            sid = self.registry.resolve(first.get("name"), first.get("kind", "unknown"), role)
            if sid is not None and role:
                add_role(db, sid, role, iso)
            others = [
                {**s, "speaker_id": self.registry.resolve(s.get("name"), s.get("kind", "unknown"))}
                for s in speakers[1:]
            ]
            qid = db.execute(
                INSERT_QUOTE,
                (
                    aid, n, q["type"], q["text"], q["start"], q["end"], q.get("cue"), q.get("cue_start"),
                    q.get("cue_end"), q["speech_act"], q["confidence"], sid, first.get("name"),
                    first.get("kind"), first.get("role"), first.get("mention"), first.get("mention_start"),
                    first.get("mention_end"), json.dumps(others, ensure_ascii=False) if others else None,
                ),
            ).fetchone()[0]  # fmt: skip
            indexed.append((qid, q["text"]))
        self._index_text(aid, doc.get("title"), doc["text"], indexed)
        db.executemany(
            'INSERT INTO mentions(article_id, label, start, "end", text, canonical) VALUES (?,?,?,?,?,?)',
            [(aid, e["label"], e["start"], e["end"], e["text"], e["canonical"]) for e in doc["entities"]],
        )
        db.executemany(
            'INSERT INTO quantities(article_id, start, "end", text, value, unit) VALUES (?,?,?,?,?,?)',
            [(aid, x["start"], x["end"], x["text"], x["value"], x["unit"]) for x in doc["quantities"]],
        )
        db.executemany(
            'INSERT INTO dates(article_id, start, "end", text, value, relative) VALUES (?,?,?,?,?,?)',
            [(aid, x["start"], x["end"], x["text"], x["value"], int(x["relative"])) for x in doc["dates"]],
        )
        db.executemany(
            'INSERT INTO removed(article_id, kind, start, "end", text) VALUES (?,?,?,?,?)',
            [(aid, r["kind"], r["start"], r["end"], r["text"]) for r in doc["removed"]],
        )
        return True

    # -- reading -----------------------------------------------------------------------------------

    def quotes(
        self,
        speaker: str | None = None,
        act: str | None = None,
        search: str | None = None,
        since: str | None = None,
        until: str | None = None,
        lang: str | None = None,
        limit: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Quotes with their article and registry speaker, newest article first."""
        where, args = [], []
        if speaker:
            where.append(
                "q.speaker_id IN (SELECT speaker_id FROM aliases WHERE alias_key LIKE ? "
                "UNION SELECT id FROM speakers WHERE lower(name) LIKE ?)"
            )
            pattern = f"%{speaker.casefold()}%"
            args += [pattern, pattern]
        if act:
            where.append("q.speech_act = ?")
            args.append(act)
        if search:
            where.append(self._search_clause())
            args.append(search)
        if since:
            where.append("a.date >= ?")
            args.append(since)
        if until:
            where.append("a.date <= ?")
            args.append(until)
        if lang:
            where.append("a.lang = ?")
            args.append(lang)
        sql = (
            SELECT_QUOTES
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.date DESC, a.id, q.n"
            + (f" LIMIT {int(limit)}" if limit else "")
        )
        cur = self.db.execute(sql, args)
        names = [getattr(c, "name", None) or c[0] for c in cur.description]
        for row in cur:
            out = dict(zip(names, row, strict=True))
            if out["speaker"] is None:
                out["speaker"] = out["speaker_name"]  # an unnamed source: its words
            yield out

    def speakers(self, top: int | None = None) -> list[dict[str, Any]]:
        """Registry speakers by number of quotes, with names, roles and article counts."""
        rows = self.db.execute(
            "SELECT s.id, s.name, s.kind, COUNT(q.id), COUNT(DISTINCT q.article_id) FROM speakers s "
            "LEFT JOIN quotes q ON q.speaker_id = s.id GROUP BY s.id ORDER BY COUNT(q.id) DESC, s.name"
            + (f" LIMIT {int(top)}" if top else "")
        ).fetchall()
        out = []
        for sid, name, kind, n_quotes, n_articles in rows:
            aliases = [
                {"alias": a, "reason": r, "manual": bool(m)}
                for a, r, m in self.db.execute(
                    "SELECT alias, reason, manual FROM aliases WHERE speaker_id = ? ORDER BY alias", (sid,)
                )
            ]
            roles = [
                {"role": r, "first_date": f, "last_date": last, "quotes": n}
                for r, f, last, n in self.db.execute(
                    "SELECT role, first_date, last_date, quotes FROM roles WHERE speaker_id = ? "
                    "ORDER BY quotes DESC",
                    (sid,),
                )
            ]
            out.append(
                {"id": sid, "name": name, "kind": kind, "quotes": n_quotes, "articles": n_articles,
                 "aliases": aliases, "roles": roles}
            )  # fmt: skip
        return out

    def find_speaker(self, name: str) -> int:
        """The id of the speaker called ``name`` (exactly, as a name or an alias)."""
        from kutip.store.registry import name_key

        key = name_key(name)
        rows = {r[0] for r in self.db.execute("SELECT speaker_id FROM aliases WHERE alias_key = ?", (key,))}
        rows |= {
            r[0] for r in self.db.execute("SELECT id FROM speakers WHERE lower(name) = ?", (name.casefold(),))
        }
        if len(rows) != 1:
            raise LookupError(f"{'no' if not rows else 'more than one'} speaker called {name!r}")
        return rows.pop()

    def article(self, ref: str) -> dict[str, Any]:
        """An article by its id or doc_id, with its quotes."""
        row = self.db.execute(
            SELECT_ARTICLE,
            (ref, ref),
        ).fetchone()
        if row is None:
            raise LookupError(f"no article {ref!r}")
        keys = ("id", "doc_id", "title", "date", "lang", "outlet", "url", "text")
        art = dict(zip(keys, row, strict=True))
        art["quotes"] = [
            dict(zip(("type", "text", "start", "end", "cue", "cue_start", "cue_end", "speech_act", "speaker",
                      "speaker_name", "mention_start", "mention_end"), r, strict=True))
            for r in self.db.execute(
                SELECT_ARTICLE_QUOTES,
                (art["id"],),
            )
        ]  # fmt: skip
        return art

    def counts(self) -> dict[str, int]:
        """Rows of the main tables."""
        return {
            t: self.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("articles", "quotes", "speakers", "mentions")
        }
