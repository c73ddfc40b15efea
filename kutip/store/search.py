"""Full-text search that means the same on both back ends.

A user's search is words, never syntax: ``covid-19``, ``U.S.``, ``Rp 14.500``, ``Mu'ti``, ``AND`` or a
stray ``"`` are text to find. Both back ends see the same words, because both index the same ones: runs of
letters and digits, lower-cased (not case-folded: "Straße" stays "straße"), nothing stemmed or stripped of
accents (SQLite's FTS5 ``unicode61`` tokenizer; on PostgreSQL, a ``tsvector`` of the words as ``WORD`` reads
them, lower-cased by Python: ``words_vector``, worked out where the article is extracted, by an ingest's
workers, and kept in tables of their own, ``quotes_fts`` and ``articles_fts``, as SQLite keeps its FTS5
tables). The user's words become terms, all required:
- a word is a term; a word with inner punctuation ("covid-19", "14.500") is a phrase of its parts;
- "words in double quotes" is one phrase (an unpaired quote is just punctuation);
- a trailing ``*`` asks for a prefix ("ekspor*" finds "eksportir").
A raw expression in the back end's own syntax (FTS5 MATCH or ``to_tsquery``) is passed on only when asked
for explicitly (``raw=True``); one the back end refuses is a one-line ``UsageError``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Column, Connection, Integer, MetaData, Table, Text, text

from kutip.errors import UsageError

WORD = re.compile(r"[^\W_]+")
PHRASE = re.compile(r'"([^"]*)"')
# PostgreSQL's bounds on a tsvector: a longer word is not indexed (nor searched), a later position counts
# as the last one, a word's later positions are not kept, and the words of one text stop at a megabyte
MAX_WORD_BYTES = 2046
MAX_POSITION = 16383
MAX_POSITIONS = 256
MAX_VECTOR_BYTES = 1_000_000


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
    """PostgreSQL ``tsquery`` text of the words as they are indexed (each one quoted, never parsed again):
    phrases joined by ``<->``, prefixes ``:*``, ANDed."""
    parts = []
    for t in terms:
        words = [_lexeme(w) for w in t.words]
        if any(len(w.encode()) > MAX_WORD_BYTES for w in t.words):
            raise UsageError(f"a word of more than {MAX_WORD_BYTES} bytes is not indexed, so never found")
        if t.prefix:
            words[-1] += ":*"
        parts.append("(" + " <-> ".join(words) + ")")
    return " & ".join(parts)


def words_vector(text: str) -> str:
    """The PostgreSQL ``tsvector`` text of ``text``'s words (``WORD``, lower-cased) at their positions, the
    form a search's terms (``tsquery``) look for; PostgreSQL's bounds are kept here (``MAX_WORD_BYTES``). A
    word never holds a quote or a backslash, so none is escaped."""
    # a word at a time, as a search's words are lower-cased, where the whole text's lower case could differ:
    # "İ" (its lower case "i̇" is not all letters) and "Σ" (final or not by what follows, across punctuation)
    whole = "\u0130" not in text and "\u03a3" not in text
    words = WORD.findall(text.lower()) if whole else [w.lower() for w in WORD.findall(text)]
    positions: dict[str, list[int]] = {}
    for n, word in enumerate(words, start=1):
        at = positions.get(word)
        if at is None:
            positions[word] = [n]
        elif len(at) < MAX_POSITIONS:
            at.append(n)
    out = []
    size = 0
    for word, at in positions.items():
        length = len(word) if word.isascii() else len(word.encode())
        if length > MAX_WORD_BYTES:
            continue
        size += length + 2 * len(at) + 8
        if size > MAX_VECTOR_BYTES:
            break
        if at[-1] > MAX_POSITION:
            at = sorted({min(n, MAX_POSITION) for n in at})
        out.append(f"'{word}':{','.join(map(str, at))}")
    return " ".join(out)


def _lexeme(word: str) -> str:
    """A word quoted as a ``tsvector`` or ``tsquery`` text takes it, as it is."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


class Search:
    """How one back end finds quotes by their words: the SQL condition and its parameter."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect

    def condition(self, query: str, raw: bool = False) -> tuple[str, str]:
        """A WHERE condition on quote ``q`` (with the parameter ``:search``) and the parameter's value."""
        if self.dialect == "sqlite":
            value = query if raw else fts5_query(parse(query))
            return "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :search)", value
        if raw:
            return "q.id IN (SELECT id FROM quotes_fts WHERE words @@ to_tsquery('simple', :search))", query
        value = tsquery(parse(query))
        return "q.id IN (SELECT id FROM quotes_fts WHERE words @@ CAST(:search AS tsquery))", value


# -- the indexes, per back end ------------------------------------------------------------------------

SQLITE_INDEX = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, content='quotes', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
]
POSTGRES_INDEX = [
    "CREATE TABLE IF NOT EXISTS quotes_fts (id INTEGER PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE, "
    "words TSVECTOR NOT NULL)",
    "CREATE INDEX IF NOT EXISTS quotes_fts_words ON quotes_fts USING GIN (words)",
    "CREATE TABLE IF NOT EXISTS articles_fts (id INTEGER PRIMARY KEY "
    "REFERENCES articles(id) ON DELETE CASCADE, words TSVECTOR NOT NULL)",
    "CREATE INDEX IF NOT EXISTS articles_fts_words ON articles_fts USING GIN (words)",
]


# PostgreSQL's full-text tables as the writer sends their rows (``create_index`` makes them)
_FULL_TEXT = MetaData()
QUOTES_FTS = Table("quotes_fts", _FULL_TEXT, Column("id", Integer), Column("words", Text))
ARTICLES_FTS = Table("articles_fts", _FULL_TEXT, Column("id", Integer), Column("words", Text))


def create_index(conn: Connection) -> None:
    """Create the full-text index of the store's back end."""
    for sql in SQLITE_INDEX if conn.dialect.name == "sqlite" else POSTGRES_INDEX:
        conn.execute(text(sql))


def article_words(title: str | None, text: str) -> str:
    """The ``words_vector`` an article is found by: its title's words and its text's."""
    return words_vector(f"{title or ''} {text}")


def index_new(conn: Connection, first_article: int, first_quote: int) -> None:
    """Make newly stored articles and quotes (ids from the ones given on) findable: SQLite's FTS5 tables are
    filled here from their text; PostgreSQL's are sent with the rows (``words_vector``)."""
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
