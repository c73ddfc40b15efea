"""Full-text search that means the same on both back ends.

A user's search is words, never syntax: ``covid-19``, ``U.S.``, ``Rp 14.500``, ``Mu'ti``, ``AND`` or a
stray ``"`` are text to find. Both back ends see the same words, because both index the same ones: runs of
letters and digits, lower-cased (not case-folded: "Straße" stays "straße"), nothing stemmed or stripped of
accents (SQLite's FTS5 ``unicode61`` tokenizer; on PostgreSQL, ``to_tsvector('simple', ...)`` over the text
with everything else turned to spaces, letters and digits as Unicode's ICU root collation says, whatever the
database's locale). The user's words become terms, all required:
- a word is a term; a word with inner punctuation ("covid-19", "14.500") is a phrase of its parts;
- "words in double quotes" is one phrase (an unpaired quote is just punctuation);
- a trailing ``*`` asks for a prefix ("ekspor*" finds "eksportir").
A raw expression in the back end's own syntax (FTS5 MATCH or ``to_tsquery``) is passed on only when asked
for explicitly (``raw=True``); one the back end refuses is a one-line ``UsageError``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from kutip.errors import UsageError

WORD = re.compile(r"[^\W_]+")
PHRASE = re.compile(r'"([^"]*)"')
# PostgreSQL: the indexed form of a text column (an IMMUTABLE expression, so a GIN index can hold it). The
# ICU root collation makes [:alnum:] Unicode's letters and digits whatever the database's locale (in a "C"
# database it would be ASCII only, and "Müller" could never be found).
PG_VECTOR = "to_tsvector('simple', regexp_replace(({col}) COLLATE \"und-x-icu\", '[^[:alnum:]]+', ' ', 'g'))"


@dataclass(frozen=True, slots=True)
class Term:
    words: tuple[str, ...]  # lower-cased; more than one: a phrase
    prefix: bool = False


def parse(query: str) -> list[Term]:
    """The terms of a user's search (all required); ``UsageError`` when it holds no word at all."""
    terms: list[Term] = []
    rest = []
    pos = 0
    for m in PHRASE.finditer(query):
        rest.append(query[pos : m.start()])
        terms += _terms(m.group(1), whole=True)
        pos = m.end()
    rest.append(query[pos:])
    for chunk in rest:
        terms += _terms(chunk, whole=False)
    if not terms:
        raise UsageError(f"the search {query!r} holds no word to look for")
    return terms


def _terms(chunk: str, whole: bool) -> list[Term]:
    if whole:
        words = tuple(w.lower() for w in WORD.findall(chunk))
        return [Term(words, chunk.rstrip().endswith("*"))] if words else []
    out = []
    for piece in chunk.split():
        words = tuple(w.lower() for w in WORD.findall(piece))
        if words:
            out.append(Term(words, piece.endswith("*")))
    return out


def fts5_query(terms: list[Term]) -> str:
    """SQLite FTS5: every term a quoted phrase (so no word is ever an operator), ANDed."""
    return " ".join('"' + " ".join(t.words) + '"' + ("*" if t.prefix else "") for t in terms)


def tsquery(terms: list[Term]) -> str:
    """PostgreSQL ``to_tsquery('simple', ...)``: phrases joined by ``<->``, prefixes ``:*``, ANDed."""
    parts = []
    for t in terms:
        words = list(t.words)
        if t.prefix:
            words[-1] += ":*"
        parts.append("(" + " <-> ".join(words) + ")")
    return " & ".join(parts)


class Search:
    """How one back end finds quotes by their words: the SQL condition and its parameter."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect

    def condition(self, query: str, raw: bool = False) -> tuple[str, str]:
        """A WHERE condition on quote ``q`` (with the parameter ``:search``) and the parameter's value."""
        if self.dialect == "sqlite":
            value = query if raw else fts5_query(parse(query))
            return "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :search)", value
        value = query if raw else tsquery(parse(query))
        return PG_VECTOR.format(col="q.text") + " @@ to_tsquery('simple', :search)", value


# -- the indexes, per back end ------------------------------------------------------------------------

SQLITE_INDEX = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, content='quotes', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
]
POSTGRES_INDEX = [
    "CREATE INDEX IF NOT EXISTS quotes_words ON quotes USING GIN (" + PG_VECTOR.format(col="text") + ")",
    "CREATE INDEX IF NOT EXISTS articles_words ON articles USING GIN ("
    + PG_VECTOR.format(col="coalesce(title, '') || ' ' || text")
    + ")",
]


def create_index(conn: Connection) -> None:
    """Create the full-text index of the store's back end."""
    for sql in SQLITE_INDEX if conn.dialect.name == "sqlite" else POSTGRES_INDEX:
        conn.execute(text(sql))


def index_new(conn: Connection, first_article: int, first_quote: int) -> None:
    """Make newly stored articles and quotes (ids from the ones given on) findable: SQLite's FTS5 tables are
    filled here; PostgreSQL's expression indexes follow by themselves."""
    if conn.dialect.name != "sqlite":
        return
    raw = conn.connection.dbapi_connection
    assert raw is not None
    raw.execute(
        "INSERT INTO articles_fts(rowid, title, text) SELECT id, title, text FROM articles WHERE id >= ?",
        (first_article,),
    )
    raw.execute(
        "INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes WHERE id >= ?", (first_quote,)
    )
