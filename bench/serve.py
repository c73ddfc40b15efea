#!/usr/bin/env python3
"""Benchmark `kutip serve`: latency of the search, speaker, article and claim pages under many clients.

    python bench/serve.py                   # builds bench/serve.db (>= 100,000 quotes) once, then measures
    python bench/serve.py --db kutip.db     # measures an existing store
    python bench/serve.py --clients 20 --requests 400 --workers 2

The store is the shared Detik and PFSA-ID dev articles ingested again and again under new ids until it holds
``--quotes`` quotes; the claim map is built on the first pass only (placing 100,000 statements would take an
hour and measure the encoder, not the web app). The server is the real one (`kutip serve`, uvicorn) on a
loopback port, started by this script; the clients are asyncio HTTP/1.1 keep-alive connections, each sending
its next request when the last is answered (a closed loop), on a fixed random mix of pages. Prints, per kind
of page, the median, 95th percentile and maximum latency in milliseconds, the requests per second, and the
seconds a fixed pure-Python loop took before and after (``reference_loop_seconds``: this machine's speed).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from kutip.evaluate.bench import reference_loop_seconds
from kutip.ingest import ingest
from kutip.read import Record, read_paths
from kutip.store import open_store

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
CORPORA = (DATA / "detik_2025" / "articles.jsonl", DATA / "pfsa_id" / "dev.jsonl")
SEARCH_WORDS = ("harga", "pemerintah", "korupsi", "beras", "anggaran", "polisi", "presiden", "subsidi")


def copies(n: int) -> Iterator[Record]:
    """The shared articles, the ``n``-th time: new ids and URLs, so that every article is new to the store."""
    for path in CORPORA:
        for rec in read_paths([str(path)]):
            if isinstance(rec, Record):
                rec.url = f"{rec.url or rec.doc_id}#copy{n}"
                rec.doc_id = f"{rec.doc_id}.{n}"
            yield rec


def build(db: Path, quotes: int, workers: int) -> None:
    """Ingest copies of the shared articles into ``db`` until it holds ``quotes`` quotes (claims: pass 0)."""
    from kutip.cli.claims import build_in

    with open_store(str(db)) as store:
        n = 0
        while store.counts()["quotes"] < quotes:
            ingest(copies(n), store, "auto", workers)
            if n == 0:
                build_in(store)
            n += 1
            print(f"bench: pass {n}: {store.counts()['quotes']:,} quotes", file=sys.stderr)


def urls(db: Path, seed: int) -> dict[str, list[str]]:
    """The pages to ask for, per kind: speakers and articles with quotes, claims, and search words."""
    with open_store(str(db), read_only=True) as store:
        q = store.queries()
        speakers = [s.id for s in q.speakers(limit=500).rows]
        sql = "SELECT DISTINCT article_id FROM quotes ORDER BY article_id LIMIT 5000"
        articles = [r[0] for r in store.conn.exec_driver_sql(sql)]
        claims = [c.id for c in q.claims(limit=200).rows]
    rng = random.Random(seed)
    return {
        "search": [f"/search?q={quote(w)}" for w in SEARCH_WORDS],
        "speaker": [f"/speakers/{i}" for i in rng.sample(speakers, min(100, len(speakers)))],
        "article": [f"/articles/{i}" for i in rng.sample(articles, min(200, len(articles)))],
        "claim": [f"/claims/{i}" for i in rng.sample(claims, min(100, len(claims)))],
    }


async def fetch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """One GET on a keep-alive connection; the status. The body is read whole (Content-Length)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(
        (int(v) for k, _, v in (h.partition(":") for h in lines[1:]) if k.lower() == "content-length"), None
    )
    if length is None:  # chunked (a streamed download): read the chunks to the last
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.readexactly(length)
    return status


async def client(
    port: int, plan: list[tuple[str, str]], out: dict[str, list[float]], errors: list[str]
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for kind, path in plan:
            t0 = time.perf_counter()
            status = await fetch(reader, writer, path)
            out.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
            if status != 200:
                errors.append(f"{status} {path}")
    finally:
        writer.close()


async def load(port: int, pages: dict[str, list[str]], clients: int, requests: int, seed: int) -> tuple:
    rng = random.Random(seed)
    kinds = list(pages)
    plans = [
        [(k, rng.choice(pages[k])) for k in (rng.choice(kinds) for _ in range(requests // clients))]
        for _ in range(clients)
    ]
    out: dict[str, list[float]] = {}
    errors: list[str] = []
    t0 = time.perf_counter()
    await asyncio.gather(*(client(port, plan, out, errors) for plan in plans))
    return out, errors, time.perf_counter() - t0


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    """The real server, as a user starts it; waits until it answers."""
    command = [sys.executable, "-m", "kutip", "serve", "--db", str(db), "--port", str(port)]
    if workers > 1:
        command += ["--workers", str(workers)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc
        except OSError:
            if proc.poll() is not None:
                said = proc.stderr.read().decode() if proc.stderr else ""
                raise SystemExit(f"bench: the server ended: {said}") from None
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("bench: the server did not answer in 60 s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=ROOT / "bench" / "serve.db")
    ap.add_argument("--quotes", type=int, default=100_000, help="build the store up to this many quotes")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=400, help="in all, shared among the clients")
    ap.add_argument("--workers", type=int, default=1, help="server processes (kutip serve --workers)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if not args.db.exists():
        if not all(p.exists() for p in CORPORA):
            print("bench: ../shared/data is absent: give --db a store to measure", file=sys.stderr)
            return 0
        build(args.db, args.quotes, 2)
    pages = urls(args.db, args.seed)
    port = free_port()
    proc = serve(args.db, port, args.workers)
    loop_before = reference_loop_seconds()  # the machine's speed now: a shared machine drifts by 2x
    try:
        asyncio.run(load(port, pages, args.clients, 2 * args.clients, args.seed))  # warm the caches
        latencies, errors, seconds = asyncio.run(
            load(port, pages, args.clients, args.requests, args.seed + 1)
        )
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    loop_after = reference_loop_seconds()
    with open_store(str(args.db), read_only=True) as store:
        counts = store.counts()
    report = {
        "store": {"articles": counts["articles"], "quotes": counts["quotes"], "speakers": counts["speakers"]},
        "clients": args.clients, "requests": sum(map(len, latencies.values())), "workers": args.workers,
        "requests_per_second": round(sum(map(len, latencies.values())) / seconds, 1),
        "errors": errors[:10], "error_count": len(errors),
        "reference_loop_seconds": [loop_before, loop_after],
        "ms": {
            kind: {"n": len(v), "p50": round(percentile(v, 50), 1), "p95": round(percentile(v, 95), 1),
                   "max": round(max(v), 1)}
            for kind, v in sorted(latencies.items())
        },
    }  # fmt: skip
    print(json.dumps(report, indent=2))
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
