"""The store's tables as they are at ``SCHEMA_VERSION``, said once for both back ends (SQLAlchemy Core).

Every span is a ``[start, end)`` character offset into ``articles.text``. A fresh store is created from
these definitions; a store written by an earlier release is brought here by ``migrations/``, and a test
checks that both end with the same columns. Full-text search is not a table here: each back end indexes
text its own way (``search.py``).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Identity,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    func,
)

SCHEMA_VERSION = 6  # raise it with a new file in migrations/

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column(
        "value",
        Text,
        comment="schema_version, registry_version (bumped by every merge or split), "
        "claims_through (the last quote placed in claims), claims_encoder",
    ),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, Identity(), primary_key=True),
    Column("content_hash", Text, nullable=False, unique=True,
           comment="sha256 of url + text: the same input twice is one article"),
    Column("doc_id", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("date", Text, comment="ISO date of the article when known"),
    Column("lang", Text, nullable=False),
    Column("outlet", Text),
    Column("dateline_place", Text),
    Column("source_credit", Text),
    Column("source", Text, comment="the file (and line or record) it was read from"),
    Column("text", Text, nullable=False),
    Column("ingested_at", Text, nullable=False),
    Column("extractor_version", Text, comment="the Kutip release that extracted it"),
    Column("date_source", Text, comment="where the date came from: metadata | text"),
)  # fmt: skip
Index("articles_date", articles.c.date)
Index("articles_url", articles.c.url)
Index("articles_doc_id", articles.c.doc_id)
Index("articles_newest", func.coalesce(articles.c.date, ""), articles.c.id)

speakers = Table(
    "speakers",
    metadata,
    Column("id", Integer, Identity(), primary_key=True),
    Column("name", Text, nullable=False, comment="the name shown: the fullest form seen"),
    Column("kind", Text, nullable=False, comment="person | organization | country"),
)

aliases = Table(
    "aliases",
    metadata,
    Column("alias_key", Text, nullable=False, comment="lower-cased form of a name as written"),
    Column("kind_group", Text, nullable=False, comment="person | body"),
    Column("speaker_id", Integer, ForeignKey("speakers.id"), nullable=False),
    Column("alias", Text, nullable=False, comment="the name as first written"),
    Column("reason", Text, nullable=False, comment="why this name is this speaker"),
    Column("manual", Integer, nullable=False, server_default="0",
           comment="set by `kutip speakers merge/split`: the rules never undo it"),
    PrimaryKeyConstraint("alias_key", "kind_group"),
)  # fmt: skip
Index("aliases_speaker", aliases.c.speaker_id)

roles = Table(
    "roles",
    metadata,
    Column("speaker_id", Integer, ForeignKey("speakers.id"), nullable=False),
    Column("role", Text, nullable=False),
    Column("first_date", Text, comment="earliest article date the role was written in"),
    Column("last_date", Text),
    Column("quotes", Integer, nullable=False, server_default="0"),
    Column("lang", Text, comment="the language it was written in: its canonical form is read by that"),
    PrimaryKeyConstraint("speaker_id", "role"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, Identity(), primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("n", Integer, nullable=False, comment="order in the article"),
    Column("type", Text, nullable=False, comment="direct | indirect | mixed"),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("cue", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("speech_act", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("speaker_id", Integer, ForeignKey("speakers.id"),
           comment="the first speaker; NULL: unnamed or unresolved source"),
    Column("speaker_name", Text, comment="as extracted from this article"),
    Column("speaker_kind", Text),
    Column("role", Text),
    Column("rank", Text, comment="police or military rank, or academic title, written with the speaker"),
    Column("mention", Text),
    Column("mention_start", Integer),
    Column("mention_end", Integer),
    Column("co_speakers", Text, comment="JSON list of further speakers, as written (see quote_speakers)"),
    Column("rule", Text, comment="the attribution rule that chose the speaker"),
)  # fmt: skip
Index("quotes_article", quotes.c.article_id)
Index("quotes_speaker", quotes.c.speaker_id)
Index("quotes_act", quotes.c.speech_act)

quote_speakers = Table(
    "quote_speakers",
    metadata,
    Column("quote_id", Integer, ForeignKey("quotes.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False, comment="0: the first speaker; 1, 2 ...: co-speakers"),
    Column("speaker_id", Integer, ForeignKey("speakers.id"), comment="NULL: an unnamed source"),
    Column("name", Text, comment="as extracted from this article"),
    Column("kind", Text),
    Column("role", Text),
    Column("rank", Text),
    Column("mention_start", Integer),
    Column("mention_end", Integer),
    PrimaryKeyConstraint("quote_id", "position"),
)  # fmt: skip
Index("quote_speakers_speaker", quote_speakers.c.speaker_id)

mentions = Table(
    "mentions",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("label", Text, nullable=False, comment="person | organization | place"),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("canonical", Text, nullable=False),
)
Index("mentions_article", mentions.c.article_id)
Index("mentions_canonical", mentions.c.canonical)

quantities = Table(
    "quantities",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Float, nullable=False, comment="the number, or the lower end of a range"),
    Column("unit", Text, comment="one name per meaning across languages: %, IDR, USD, people, troops ..."),
    Column("upper", Float, comment="the upper end of a range (4,7-5,5%), else NULL"),
)
Index("quantities_article", quantities.c.article_id)

dates = Table(
    "dates",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Text),
    Column("relative", Integer, nullable=False),
)
Index("dates_article", dates.c.article_id)

removed = Table(
    "removed",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, nullable=False, comment="page furniture set aside: read_also, advert, promo ..."),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)
Index("removed_article", removed.c.article_id)


claims = Table(
    "claims",
    metadata,
    Column("id", Integer, Identity(), primary_key=True),
    Column("label", Text, nullable=False, comment="the proposition: its first supporting statement"),
    Column("label_quote_id", Integer, comment="the quote the label is taken from"),
    Column("statements", Integer, nullable=False, server_default="0"),
    Column("articles", Integer, nullable=False, server_default="0"),
    Column("outlets", Integer, nullable=False, server_default="0"),
    Column("speakers", Integer, nullable=False, server_default="0"),
    Column("languages", Text, comment="the languages of its articles, space-separated: en id"),
    Column("supports", Integer, nullable=False, server_default="0"),
    Column("disputes", Integer, nullable=False, server_default="0"),
    Column("neutral", Integer, nullable=False, server_default="0"),
    Column("first_date", Text, comment="the earliest dated article; NULL when none is dated"),
    Column("last_date", Text),
    Column("figure_unit", Text, comment="the unit most of its figures count"),
    Column("figure_conflict", Integer, nullable=False, server_default="0",
           comment="1: its statements give two or more values in figure_unit"),
)  # fmt: skip
Index("claims_last_date", func.coalesce(claims.c.last_date, ""), claims.c.id)
Index("claims_articles", claims.c.articles)

statements = Table(
    "statements",
    metadata,
    Column("quote_id", Integer, ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("claim_id", Integer, ForeignKey("claims.id"), nullable=False),
    Column("stance", Text, nullable=False, comment="supports | disputes | neutral, towards its claim"),
    Column("polarity", Integer, nullable=False, comment="1 affirms, -1 negates, 0 open: its words"),
    Column("stance_cue", Text, comment="the words that decided: membantah, hoaks ..."),
    Column("utterance_id", Integer, nullable=False,
           comment="the first statement of the same words (syndication, rewrites of one remark)"),
    Column("text_key", Text, nullable=False, comment="sha1 of the statement's words: the embedding's key"),
    Column("figures", Text, comment="JSON [{value, upper, unit, start, end, text}]"),
    Column("keys", Text, comment="JSON {keys, context}: key -> weight, of its words and its headline"),
)  # fmt: skip
Index("statements_claim", statements.c.claim_id)
Index("statements_article", statements.c.article_id)
Index("statements_text_key", statements.c.text_key)

vectors = Table(
    "vectors",
    metadata,
    Column("text_key", Text, primary_key=True),
    Column("embedding", LargeBinary, nullable=False, comment="float32, centred for the language"),
)

statement_keys = Table(
    "statement_keys",
    metadata,
    Column("key", Text, nullable=False,
           comment="an entity, acronym, figure, concept or word it names"),
    Column("quote_id", Integer, ForeignKey("statements.quote_id", ondelete="CASCADE"), nullable=False),
    PrimaryKeyConstraint("key", "quote_id"),
)  # fmt: skip

statement_edges = Table(
    "statement_edges",
    metadata,
    Column("a", Integer, ForeignKey("statements.quote_id", ondelete="CASCADE"), nullable=False,
           comment="the later statement: edges are found when it is placed"),
    Column("b", Integer, ForeignKey("statements.quote_id", ondelete="CASCADE"), nullable=False),
    Column("score", Float, nullable=False, comment="how alike the two are (kutip/claims/group.py)"),
    PrimaryKeyConstraint("a", "b"),
)  # fmt: skip
Index("statement_edges_b", statement_edges.c.b)
