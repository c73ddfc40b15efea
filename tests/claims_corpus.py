"""A small claim map for the tests of ``kutip claims``: news texts written for these tests (Indonesian and
English, no text from ../shared), ingested, then placed in claims by hand — the rows the claim builder
(``kutip/claims/``) will write, so that reading them is tested apart from building them.

Claims, most recently dated first: rice stock (id, 2025-04), fertiliser price (one article only), troops
(en + id, 2024-10: a figure conflict, a syndicated copy, an unnamed source disputing), levee (undated).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert

from kutip.ingest import ingest
from kutip.read import read_paths
from kutip.store import open_store
from kutip.store.claim_queries import STANCES
from kutip.store.tables import claims, statements

KIRBY = (
    "North Korea has sent about 3,000 troops to eastern Russia, White House spokesman John Kirby said on "
    "Wednesday."
)
ARTICLES = [
    {
        "doc_id": "troops-wire", "date": "2024-10-23", "lang": "en", "url": "https://wirenews.com/world/troops",
        "text": KIRBY + "\n\nDefense Secretary Lloyd Austin said the United States was still looking at the "
                "evidence.",
    },
    {
        "doc_id": "troops-globe", "date": "2024-10-24", "lang": "en", "url": "https://www.dailyglobe.com/troops",
        "text": KIRBY + "\n\nA source said North Korea has not sent any soldiers to Russia.",
    },
    {
        "doc_id": "pasukan", "date": "2024-10-24", "lang": "id", "url": "https://warta.example.id/pasukan",
        "text": (
            "SEOUL, KOMPAS.com - Seorang anggota parlemen Korea Selatan mengatakan Korea Utara telah "
            "mengirim 10.000 tentara ke Rusia.\n\nKorea Utara membantah laporan pengiriman pasukan ke Rusia."
        ),
    },
    {
        "doc_id": "beras-1", "date": "2025-04-14", "lang": "id", "url": "https://warta.example.id/beras-1",
        "text": (
            "JAKARTA, KOMPAS.com - Menteri Perdagangan Budi Santoso mengatakan stok beras nasional cukup "
            "hingga akhir tahun."
        ),
    },
    {
        "doc_id": "beras-2", "date": "2025-04-16", "lang": "id", "url": "https://berita.example.id/beras-2",
        "text": "Ketua Kelompok Tani Budi Hartono membantah bahwa stok beras nasional cukup hingga akhir "
                "tahun.",
    },
    {
        "doc_id": "pupuk", "date": "2025-03-01", "lang": "id", "url": "https://tani.example.id/pupuk",
        "text": "Kepala Dinas Pertanian Sri Wahyuni mengatakan harga pupuk akan turun bulan depan.",
    },
    {
        "doc_id": "levee-a", "lang": "en", "url": "https://riverpost.com/levee",
        "text": "Governor Ruth Alvarez said the new levee will protect 4,000 homes from the river.",
    },
    {
        "doc_id": "levee-b", "lang": "en", "url": "https://valleytimes.com/levee",
        "text": "Senator Paul Oakes said the levee will not protect the homes on the east bank.",
    },
]  # fmt: skip


@dataclass(frozen=True)
class Said:
    """A statement to place: the quote of article ``doc_id`` whose text holds ``words``."""

    doc_id: str
    words: str
    stance: str
    cue: str | None = None
    figures: tuple[tuple[str, float, str], ...] = ()  # (text as written in the article, value, unit)
    repeats: str | None = None  # the doc_id whose statement of the same words came first


@dataclass
class Claim:
    label: str
    said: list[Said] = field(default_factory=list)
    figure_unit: str | None = None


CLAIMS = {
    "beras": Claim(
        "stok beras nasional cukup hingga akhir tahun",
        [
            Said("beras-1", "stok beras", "supports"),
            Said("beras-2", "stok beras", "disputes", "membantah"),
        ],
    ),
    "pupuk": Claim("harga pupuk akan turun bulan depan", [Said("pupuk", "pupuk", "supports")]),
    "troops": Claim(
        "North Korea has sent about 3,000 troops to eastern Russia",
        [
            Said("troops-wire", "3,000 troops", "supports", figures=(("3,000 troops", 3000, "troops"),)),
            Said("troops-wire", "evidence", "neutral"),
            Said(
                "troops-globe",
                "3,000 troops",
                "supports",
                figures=(("3,000 troops", 3000, "troops"),),
                repeats="troops-wire",
            ),
            Said("troops-globe", "not sent", "disputes", "has not sent"),
            Said("pasukan", "10.000 tentara", "supports", figures=(("10.000 tentara", 10000, "troops"),)),
            Said("pasukan", "laporan pengiriman", "disputes", "membantah"),
        ],
        figure_unit="troops",
    ),
    "levee": Claim(
        "the new levee will protect 4,000 homes from the river",
        [
            Said("levee-a", "new levee", "supports", figures=(("4,000 homes", 4000, "homes"),)),
            Said("levee-b", "levee will not", "disputes", "will not"),
        ],
        figure_unit="homes",
    ),
}
ORDER = ["beras", "troops", "levee"]  # the default list: most recently dated first, undated last


def ingest_corpus(target: str, folder: Path) -> None:
    path = folder / "claims-corpus.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    with open_store(target) as store:
        tally = ingest(read_paths([str(path)]), store, "auto", 1)
    assert (tally.new, tally.failed) == (len(ARTICLES), 0)


def build_corpus(target: str, folder: Path) -> dict[str, int]:
    """Ingest the articles and place their quotes in ``CLAIMS``; claim name -> claim id."""
    ingest_corpus(target, folder)
    with open_store(target) as store, store.transaction():
        return {name: add_claim(store.conn, claim) for name, claim in CLAIMS.items()}


def _quote(conn, doc_id: str, words: str) -> dict:
    rows = conn.exec_driver_sql(
        "SELECT q.id, q.article_id, q.text, coalesce(q.speaker_id, -q.id), a.outlet, a.lang, a.date, a.text "
        f"FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.doc_id = {_literal(doc_id)}"
    ).fetchall()
    found = [r for r in rows if words in r[2]]
    assert len(found) == 1, f"{doc_id}: no single quote holds {words!r}: {[r[2] for r in rows]}"
    keys = ("id", "article_id", "text", "speaker", "outlet", "lang", "date", "article_text")
    return dict(zip(keys, found[0], strict=True))


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def add_claim(conn, claim: Claim) -> int:
    """Write one claim and its statements as the builder does, counts and dates computed from them."""
    quotes = [_quote(conn, s.doc_id, s.words) for s in claim.said]
    dates = sorted(q["date"] for q in quotes if q["date"])
    values = {f[1] for s in claim.said for f in s.figures if f[2] == claim.figure_unit}
    claim_id = conn.execute(
        insert(claims).values(
            label=claim.label, label_quote_id=quotes[0]["id"], statements=len(quotes),
            articles=len({q["article_id"] for q in quotes}), outlets=len({q["outlet"] for q in quotes}),
            speakers=len({q["speaker"] for q in quotes}),
            languages=" ".join(sorted({q["lang"] for q in quotes})),
            **{side: sum(s.stance == side for s in claim.said) for side in STANCES},
            first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
            figure_unit=claim.figure_unit, figure_conflict=int(len(values) > 1),
        )
    ).inserted_primary_key[0]  # fmt: skip
    for s, q in zip(claim.said, quotes, strict=True):
        conn.execute(
            insert(statements).values(
                quote_id=q["id"], article_id=q["article_id"], claim_id=claim_id, stance=s.stance,
                polarity=-1 if s.stance == "disputes" else 1, stance_cue=s.cue,
                utterance_id=_quote(conn, s.repeats, s.words)["id"] if s.repeats else q["id"],
                text_key=hashlib.sha1(q["text"].encode()).hexdigest(),
                figures=json.dumps([_figure(q["article_text"], *f) for f in s.figures]),
            )
        )  # fmt: skip
    return claim_id


def _figure(article_text: str, text: str, value: float, unit: str) -> dict:
    start = article_text.index(text)
    return {
        "value": value,
        "upper": None,
        "unit": unit,
        "start": start,
        "end": start + len(text),
        "text": text,
    }
