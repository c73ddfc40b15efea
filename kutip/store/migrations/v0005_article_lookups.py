"""Schema 5 (Kutip 0.5): indexes for reading one article as the web app and ``kutip show`` do: by its
``doc_id`` (scanned before: a page of a million-article store read every row), and its furniture set aside
(``removed``, scanned for every article page)."""

from __future__ import annotations

from sqlalchemy import Connection


def upgrade(conn: Connection) -> None:
    run = conn.exec_driver_sql
    run("CREATE INDEX IF NOT EXISTS articles_doc_id ON articles (doc_id)")
    run("CREATE INDEX IF NOT EXISTS removed_article ON removed (article_id)")
