-- Kutip corpus store (SQLite). Every span is a [start, end) character offset into articles.text.
-- Open it with sqlite3 or Datasette; the FTS5 tables search quote and article text.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,      -- sha256 of url + text: the same input twice is one article
    doc_id TEXT NOT NULL,
    url TEXT,
    title TEXT,
    date TEXT,                               -- ISO date of the article when known
    lang TEXT NOT NULL,
    outlet TEXT,
    dateline_place TEXT,
    source_credit TEXT,
    source TEXT,                             -- the file it was read from
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);

CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                      -- the name shown: the fullest form seen
    kind TEXT NOT NULL                       -- person | organization | country
);

CREATE TABLE IF NOT EXISTS aliases (
    alias_key TEXT NOT NULL,                 -- lower-cased form of a name as written
    kind_group TEXT NOT NULL,                -- person | body
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    alias TEXT NOT NULL,                     -- the name as first written
    reason TEXT NOT NULL,                    -- why this name is this speaker ("same name", "short form of ...")
    manual INTEGER NOT NULL DEFAULT 0,       -- set by `kutip speakers merge/split`: auto rules never undo it
    PRIMARY KEY (alias_key, kind_group)
);
CREATE INDEX IF NOT EXISTS aliases_speaker ON aliases(speaker_id);

CREATE TABLE IF NOT EXISTS roles (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    role TEXT NOT NULL,
    first_date TEXT,                         -- earliest article date the role was written in
    last_date TEXT,
    quotes INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (speaker_id, role)
);

CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,                      -- order in the article
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    cue TEXT, cue_start INTEGER, cue_end INTEGER,
    speech_act TEXT NOT NULL,
    confidence REAL NOT NULL,
    speaker_id INTEGER REFERENCES speakers(id),   -- NULL: unnamed or unresolved source
    speaker_name TEXT,                       -- as extracted from this article
    speaker_kind TEXT,
    role TEXT,
    mention TEXT, mention_start INTEGER, mention_end INTEGER,
    co_speakers TEXT                         -- JSON list of further speakers ("Rusia dan Korea Utara")
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_id);
CREATE INDEX IF NOT EXISTS quotes_act ON quotes(speech_act);

CREATE TABLE IF NOT EXISTS mentions (        -- entity mentions (person / organization / place)
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    label TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    canonical TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_canonical ON mentions(canonical);

CREATE TABLE IF NOT EXISTS quantities (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value REAL NOT NULL, unit TEXT
);
CREATE INDEX IF NOT EXISTS quantities_article ON quantities(article_id);

CREATE TABLE IF NOT EXISTS dates (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT, relative INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS dates_article ON dates(article_id);

CREATE TABLE IF NOT EXISTS removed (         -- page furniture set aside (inserts, adverts, credits)
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
);

CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, content='quotes', content_rowid='id');
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='id');
