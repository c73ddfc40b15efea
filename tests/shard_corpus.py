"""Short news articles written for the shard tests (Indonesian and English, no text from ../shared), and
what the tests of ``kutip.output.parquet`` and ``kutip load`` share: the input file, its extraction as an
ingest makes it, shards of it, and a store's tables dumped for comparison."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PUPUK = {
    "doc_id": "pupuk-antara", "lang": "id", "date": "2025-04-14", "url": "https://antara.example.id/pupuk-subsidi",
    "title": "Kementan: Stok Pupuk Subsidi Cukup hingga Juni",
    "text": (
        "JAKARTA, ANTARA - Menteri Pertanian Bambang Suryadi mengatakan stok pupuk bersubsidi di gudang "
        "Pupuk Indonesia mencapai 1,2 juta ton dan cukup hingga Juni 2025.\n\n\"Petani tidak perlu khawatir, "
        "distribusi berjalan normal,\" kata Bambang di Jakarta, Senin (14/4/2025).\n\nKetua Kelompok Tani "
        "Makmur, Siti Aminah, membantah kabar kelangkaan pupuk di Karawang."
    ),
}  # fmt: skip

# in input order; the fifth is the first printed again (stored once, counted unchanged)
ARTICLES: list[dict[str, Any]] = [
    PUPUK,
    {
        "doc_id": "fertiliser-wire", "lang": "en", "date": "2025-04-14",
        "url": "https://wire.example.com/asia/indonesia-fertiliser",
        "title": "Indonesia says subsidised fertiliser stocks sufficient until June",
        "text": (
            "JAKARTA (Wire) - Indonesia's agriculture minister Bambang Suryadi said on Monday stocks of "
            "subsidised fertiliser reached 1.2 million tons, enough until June.\n\n\"Farmers do not need to "
            "worry,\" Suryadi told reporters, adding that distribution was running normally."
        ),
    },
    {
        "doc_id": "banjir-detik", "lang": "id", "date": "2025-03-02", "url": "https://detik.example.id/banjir-bekasi",
        "title": "Banjir Rendam 300 Rumah di Bekasi",
        "text": (
            "BEKASI, DETIK - Kepala BPBD Kota Bekasi, Agus Prasetyo, mengatakan sedikitnya 300 rumah "
            "terendam banjir setinggi 80 sentimeter sejak Sabtu (1/3/2025) malam.\n\n\"Kami sudah "
            "mengevakuasi 120 warga ke posko pengungsian,\" ujar Agus."
        ),
    },
    {
        "doc_id": "flood-post", "lang": "en", "url": "https://islandpost.example.com/bekasi-flood",
        "title": "Floods hit Bekasi homes",
        "text": (
            "Bekasi disaster agency chief Agus Prasetyo said about 300 homes were flooded on Saturday "
            "night.\n\nA resident, Dewi Lestari, said the water rose within an hour. \"We lost "
            "everything in the kitchen,\" she said."
        ),
    },
    PUPUK,
    {
        "doc_id": "pupuk-tempo", "lang": "id", "date": "2025-04-15", "url": "https://tempo.example.id/pupuk-langka",
        "title": "Petani Karawang Keluhkan Pupuk",
        "text": (
            "KARAWANG, TEMPO - Sejumlah petani di Karawang mengeluhkan sulitnya mendapatkan pupuk "
            "bersubsidi. Menurut Siti Aminah, harga pupuk di kios mencapai Rp 150.000 per karung.\n\n"
            "Menteri Pertanian Bambang Suryadi menyatakan distribusi pupuk berjalan normal."
        ),
    },
    {
        "doc_id": "pupuk-perbatasan", "lang": "id", "url": "https://kompas.example.id/pupuk-perbatasan",
        "title": "Pupuk Subsidi Diselundupkan?",
        "text": (
            "PONTIANAK, KOMPAS.com - Malaysia dan Singapura membantah laporan penimbunan pupuk bersubsidi "
            "asal Indonesia di perbatasan.\n\nKomisi IV DPR akan memanggil Menteri Pertanian pekan depan. "
            "\"Kami ingin penjelasan soal pupuk,\" kata Wakil Ketua Komisi IV, Hendra Wijaya."
        ),
    },
]  # fmt: skip

# the store's tables an ingest writes, each row without the time it was written
STORE_TABLES = (
    "articles", "quotes", "quote_speakers", "speakers", "aliases", "roles", "mentions", "quantities", "dates",
    "removed",
)  # fmt: skip
CLAIM_TABLES = ("claims", "statements", "statement_edges", "statement_keys", "vectors")


def input_file(folder: Path, articles: list[dict[str, Any]] = ARTICLES) -> str:
    path = folder / "articles.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return str(path)


def extracted(path: str) -> list[tuple[dict[str, Any], str, str | None]]:
    """The items an ingest of ``path`` hands the store: (document, content hash, source), in input order."""
    from kutip.read import ReadError, read_paths
    from kutip.runner import extract_or_error
    from kutip.store import content_hash

    items = []
    for record in read_paths([path]):
        assert not isinstance(record, ReadError), record
        doc = extract_or_error(record, "auto", None)
        assert not isinstance(doc, ReadError), doc
        items.append((doc.to_dict(), content_hash(record.text, record.url), record.source))
    return items


def write_shards(out: Path, items: list[Any], per: int = 3, vectors: dict[str, bytes] | None = None) -> int:
    """``items`` as shards of ``per`` articles, numbered from 0 in input order; how many shards."""
    from kutip.output.parquet import shard_tables, write_shard

    shards = [items[i : i + per] for i in range(0, len(items), per)]
    for n, shard in enumerate(shards):
        write_shard(out, n, shard_tables(shard, vectors))
    return len(shards)


def dump(target: str, tables: tuple[str, ...] = STORE_TABLES) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of ``tables`` of a store, sorted, without ``articles.ingested_at`` (the time of writing) nor
    the count of registry writes in ``meta``."""
    from kutip.store import open_store

    out = {}
    with open_store(target, read_only=True) as store:
        for table in tables:
            result = store.conn.exec_driver_sql(f"SELECT * FROM {table}")
            names = list(result.keys())
            rows = [dict(zip(names, row, strict=True)) for row in result]
            for row in rows:
                row.pop("ingested_at", None)
            rows = [r for r in rows if r.get("key") != "registry_writes"]  # the count of writes differs
            out[table] = sorted((tuple(sorted(row.items())) for row in rows), key=repr)
    return out
