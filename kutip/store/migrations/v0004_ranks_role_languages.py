"""Schema 4 (Kutip 0.4): a speaker's rank kept apart from the role ("AKBP", "Brigjen", "Prof"), on each quote
and each speaker of a quote; the language a role was written in, so its canonical form ("Jubir KPK" =
"Juru Bicara KPK") is read with that language's abbreviations. Roles stored before take the language of an
article that wrote them; ranks stored before stay unknown (they were part of the role or left out)."""

from __future__ import annotations

from sqlalchemy import Connection


def upgrade(conn: Connection) -> None:
    run = conn.exec_driver_sql
    run("ALTER TABLE quotes ADD COLUMN rank TEXT")
    run("ALTER TABLE quote_speakers ADD COLUMN rank TEXT")
    run("ALTER TABLE roles ADD COLUMN lang TEXT")
    run(
        "UPDATE roles SET lang = (SELECT a.lang FROM quote_speakers qs JOIN quotes q ON q.id = qs.quote_id "
        "JOIN articles a ON a.id = q.article_id WHERE qs.speaker_id = roles.speaker_id "
        "AND qs.role = roles.role ORDER BY q.id LIMIT 1)"
    )
