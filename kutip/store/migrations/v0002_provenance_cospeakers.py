"""Schema 2 (Kutip 0.2): which release extracted an article and where its date came from; the attribution
rule of each quote; every speaker of a quote in ``quote_speakers`` (co-speakers become queryable); the upper
end of a range of figures; search indexes that read words the same way on both back ends."""

from __future__ import annotations

import json

from sqlalchemy import Connection, text

QUOTE_SPEAKERS = """
CREATE TABLE quote_speakers (
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    speaker_id INTEGER REFERENCES speakers(id),
    name TEXT,
    kind TEXT,
    role TEXT,
    mention_start INTEGER,
    mention_end INTEGER,
    PRIMARY KEY (quote_id, position)
)"""


# the PostgreSQL search expression of schema 2 (said here as it was, not read from search.py)
WORDS = "to_tsvector('simple', regexp_replace(({col}) COLLATE \"und-x-icu\", '[^[:alnum:]]+', ' ', 'g'))"
TITLE_AND_TEXT = "coalesce(title, '') || ' ' || text"


def upgrade(conn: Connection) -> None:
    sqlite = conn.dialect.name == "sqlite"
    run = conn.exec_driver_sql
    run("ALTER TABLE articles ADD COLUMN extractor_version TEXT")
    run("ALTER TABLE articles ADD COLUMN date_source TEXT")
    run("UPDATE articles SET extractor_version = '0.1.0'")  # the only release that wrote schema 1
    run("ALTER TABLE quotes ADD COLUMN rule TEXT")
    run(f"ALTER TABLE quantities ADD COLUMN upper {'FLOAT' if sqlite else 'DOUBLE PRECISION'}")
    run("CREATE INDEX articles_newest ON articles (coalesce(date, ''), id)")
    run(QUOTE_SPEAKERS)
    run("CREATE INDEX quote_speakers_speaker ON quote_speakers (speaker_id)")
    run(
        "INSERT INTO quote_speakers(quote_id, position, speaker_id, name, kind, role, mention_start, "
        "mention_end) SELECT id, 0, speaker_id, speaker_name, speaker_kind, role, mention_start, mention_end "
        "FROM quotes"
    )
    rows = []
    for qid, co in conn.execute(text("SELECT id, co_speakers FROM quotes WHERE co_speakers IS NOT NULL")):
        for position, s in enumerate(json.loads(co), start=1):
            rows.append(
                {
                    "q": qid,
                    "p": position,
                    "s": s.get("speaker_id"),
                    "name": s.get("name"),
                    "kind": s.get("kind"),
                    "role": s.get("role"),
                    "ms": s.get("mention_start"),
                    "me": s.get("mention_end"),
                }
            )
    if rows:
        conn.execute(
            text(
                "INSERT INTO quote_speakers(quote_id, position, speaker_id, name, kind, role, mention_start, "
                "mention_end) VALUES (:q, :p, :s, :name, :kind, :role, :ms, :me)"
            ),
            rows,
        )
    if sqlite:  # words are runs of letters and digits, accents kept: as PostgreSQL reads them
        run("DROP TABLE IF EXISTS quotes_fts")
        run("DROP TABLE IF EXISTS articles_fts")
        run(
            "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 0')"
        )
        run(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
        )
        run("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")
        run("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    else:
        run("DROP INDEX IF EXISTS quotes_text_search")
        run("DROP INDEX IF EXISTS articles_text_search")
        run(f"CREATE INDEX quotes_words ON quotes USING GIN ({WORDS.format(col='text')})")
        run(f"CREATE INDEX articles_words ON articles USING GIN ({WORDS.format(col=TITLE_AND_TEXT)})")
