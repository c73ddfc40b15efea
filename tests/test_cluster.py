"""Extraction on Ray workers (``--engine ray``) gives what a run on one machine gives: the same documents in
the same order, the same store (speaker registry and claims included), whatever the worker count; a worker
that dies is retried; a cluster that cannot be reached, or workers that would run another build, are one
clear error. Needs the ``ray`` extra: skipped without it, except where ``KUTIP_REQUIRE_RAY`` is set (CI)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, invoke

from kutip import speedups
from kutip.errors import ClusterError
from kutip.ingest.cluster import RayEngine, check_builds, split
from kutip.read import ReadError, Record, read_paths

EXAMPLES = ROOT / "kutip" / "examples"


def _needs_ray() -> None:
    try:
        import ray  # noqa: F401
    except ImportError:
        if os.environ.get("KUTIP_REQUIRE_RAY"):
            raise
        pytest.skip("Ray is not installed (pip install -e '.[ray]'): the Ray engine is not tested here")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A JSONL input of news written for these tests: the claim story of kutip/examples (seven outlets, two
    languages), the two example articles, a short English report, and one broken line."""
    lines = (EXAMPLES / "claims_story.jsonl").read_text(encoding="utf-8").splitlines()
    for name in ("beras_impor.txt", "levee_vote.txt"):
        text = (EXAMPLES / name).read_text(encoding="utf-8")
        lines.append(json.dumps({"doc_id": name, "text": text}, ensure_ascii=False))
    lines.append("{not json")
    wire = (
        '"We will not raise the fare this year," said Mayor Dana Whitfield on Monday. The transit authority '
        "said ridership rose 12 percent in October."
    )
    lines.append(json.dumps({"doc_id": "wire-1", "text": wire}))
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_batches_keep_the_input_order_and_spread_over_the_workers() -> None:
    jobs: list[Any] = list(range(10))
    assert split(jobs, 4) == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]
    assert split(jobs[:2], 4) == [[0], [1]]
    assert split([], 4) == []
    assert [len(b) for b in split(list(range(1000)), 2)] == [256] * 3 + [232]


def _state(build: str = "compiled", version: str = "1.0") -> dict[str, Any]:
    return {"version": version, "build": build, "path": "/x/kutip", "node": "n1", "pid": 7}


def test_workers_of_another_release_or_build_are_refused() -> None:
    check_builds(_state(), [_state(), _state()])
    check_builds(_state("pure Python (KUTIP_PURE is set)"), [_state("pure Python (KUTIP_PURE is set)")])
    with pytest.raises(ClusterError, match=r"runs Kutip 0\.9, this process 1\.0"):
        check_builds(_state(), [_state(version="0.9")])
    with pytest.raises(ClusterError, match=r"worker on n1 .* runs pure Python \(not compiled\) where"):
        check_builds(_state(), [_state(), _state("pure Python (not compiled)")])


class _Died(Exception):
    pass


class _FakeRay:
    """Just enough of Ray for ``RayEngine.wait``: a task fails as a dead worker when its batch holds the
    poisoned article, as Ray raises ``RayActorError`` for a task whose worker process died."""

    class exceptions:  # as Ray's module
        RayActorError = _Died
        WorkerCrashedError = _Died

    @staticmethod
    def get(ref: Any) -> Any:
        batch = ref
        if any(job[0].doc_id == "poison" for job in batch):
            raise _Died
        return [{"doc_id": job[0].doc_id} for job in batch], {job[0].doc_id: b"v" for job in batch}


class _FakeActor:
    class extract:  # as a Ray actor's method
        @staticmethod
        def remote(batch: list[Any]) -> Any:
            return batch


def test_an_article_that_kills_its_worker_fails_alone() -> None:
    engine = object.__new__(RayEngine)
    engine.ray, engine.actors, engine.retried, engine._next = _FakeRay, [_FakeActor()], 0, 0
    batch = [(Record(f"d{i}", "x", f"in.jsonl:{i}"), "id", None) for i in range(5)]
    batch.insert(3, (Record("poison", "x", "in.jsonl:9"), "id", None))
    results, vectors = engine.wait(batch, batch)
    assert [r.doc_id if isinstance(r, ReadError) else r["doc_id"] for r in results] == [
        "d0", "d1", "d2", "poison", "d3", "d4",
    ]  # fmt: skip
    failed = [r for r in results if isinstance(r, ReadError)]
    assert len(failed) == 1 and failed[0].where == "in.jsonl:9"
    assert "died twice" in failed[0].reason
    assert set(vectors) == {"d0", "d1", "d2", "d3", "d4"}
    assert engine.retried >= 3  # the whole batch twice, then the halves holding the article


def test_a_shard_whose_worker_dies_is_written_without_the_one_article(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="Parquet shards need pyarrow (the parquet or ray extra)")
    from shard_corpus import extracted, input_file

    from kutip.output.parquet import shard_tables

    items = {doc["doc_id"]: (doc, digest, source) for doc, digest, source in extracted(input_file(tmp_path))}

    class ShardRay(_FakeRay):
        @staticmethod
        def get(ref: Any) -> Any:
            if any(job[0].doc_id == "poison" for job in ref):
                raise _Died
            return shard_tables([items[job[0].doc_id] for job in ref]), []

    class ShardActor:
        class extract_shard:  # as a Ray actor's method
            @staticmethod
            def remote(batch: list[Any]) -> Any:
                return batch

    engine = object.__new__(RayEngine)
    engine.ray, engine.actors, engine.retried, engine._next = ShardRay, [ShardActor()], 0, 0
    batch = [(Record(doc_id, "x", f"in.jsonl:{i}"), "id", None) for i, doc_id in enumerate(items)]
    batch.insert(2, (Record("poison", "x", "in.jsonl:99"), "id", None))
    tables, failures = engine.wait(batch, batch, method="extract_shard")
    assert tables["articles"].column("doc_id").to_pylist() == list(items)
    assert tables["quotes"].num_rows == shard_tables(list(items.values()))["quotes"].num_rows > 0
    assert [f.where for f in failures] == ["in.jsonl:99"]


def test_extract_on_ray_writes_the_serial_output_in_order(corpus: Path) -> None:
    _needs_ray()
    serial = invoke("extract", str(corpus))
    on_ray = invoke("extract", "--engine", "ray", "--workers", "2", str(corpus))
    assert serial.exit_code == on_ray.exit_code == 1  # the broken line
    assert on_ray.stdout == serial.stdout
    assert len(on_ray.stdout.splitlines()) == 10
    assert f"{corpus}:10:" in on_ray.stderr
    build = "compiled" if speedups.state() == "compiled" else "pure Python"
    assert "2 workers on 1 node(s) of a local Ray: 2 Kutip" in on_ray.stderr
    assert build in on_ray.stderr


def test_extract_with_local_workers_writes_the_serial_output(corpus: Path) -> None:
    serial = invoke("extract", str(corpus))
    parallel = invoke("extract", "--workers", "2", str(corpus))
    assert parallel.exit_code == 1 and parallel.stdout == serial.stdout


def test_local_workers_yield_the_cpu_to_the_writer() -> None:
    from kutip.ingest.local import WORKER_NICENESS, LocalPool

    pool = LocalPool(2)
    try:
        niceness = pool.pool.apply(os.nice, (0,))
    finally:
        pool.close()
    assert niceness == min(19, os.nice(0) + WORKER_NICENESS)


def _dump(db: Path) -> dict[str, list[tuple]]:
    """Every table of a SQLite store, rows sorted, without the time each article was ingested, the count of
    registry writes, nor the full-text index's own segments (laid out by the number of writes; the indexed
    rows are compared)."""
    con = sqlite3.connect(db)
    tables = [
        r[0]
        for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not r[0].endswith(("_fts_data", "_fts_idx"))
    ]
    out = {}
    for table in tables:
        cursor = con.execute(f'SELECT * FROM "{table}"')
        names = [d[0] for d in cursor.description]
        keep = [i for i, n in enumerate(names) if n != "ingested_at"]
        rows = [row for row in cursor if table != "meta" or row[0] != "registry_writes"]  # a count of writes
        out[table] = sorted((tuple(row[i] for i in keep) for row in rows), key=repr)
    con.close()
    return out


def _ingest_and_build(db: Path, corpus: Path, engine: RayEngine | None) -> None:
    from kutip.claims.build import build_claims
    from kutip.ingest import ingest
    from kutip.store import open_store

    with open_store(str(db)) as store:
        tally = ingest(read_paths([str(corpus)]), store, "auto", engine=engine)
        assert (tally.new, tally.failed) == (10, 1)
        build_claims(store)


def test_a_ray_ingest_makes_the_store_and_claims_a_serial_one_makes(corpus: Path, tmp_path: Path) -> None:
    _needs_ray()
    _ingest_and_build(tmp_path / "serial.db", corpus, None)
    engine = RayEngine(None, 2, encode=True)
    engine.window = 3  # many windows, each spread over both workers
    _ingest_and_build(tmp_path / "ray.db", corpus, engine)
    serial, on_ray = _dump(tmp_path / "serial.db"), _dump(tmp_path / "ray.db")
    assert serial["claims"] and serial["speakers"] and serial["vectors"]
    for table in serial:
        assert on_ray[table] == serial[table], table


def test_a_worker_killed_in_the_middle_of_a_batch_is_retried(tmp_path: Path) -> None:
    _needs_ray()
    text = "\n\n".join([(EXAMPLES / "beras_impor.txt").read_text(encoding="utf-8")] * 8)
    jobs = [(Record(f"copy-{i}", text, f"copies:{i}"), "id", None) for i in range(128)]
    engine = RayEngine(None, 1)
    try:
        pending = engine.map_async(jobs)  # two batches of 64, one after the other on the one worker
        engine.ray.wait(pending.refs[:1])
        os.kill(engine.states[0]["pid"], signal.SIGKILL)  # in the middle of the second batch
        results = pending.get()
    finally:
        engine.close()
    assert engine.retried == 1
    assert [r["doc_id"] for r in results] == [f"copy-{i}" for i in range(128)]
    assert "extracted again after their worker died" in engine.summary()


def _ray_processes() -> set[int]:
    found = subprocess.run(["pgrep", "-f", "raylet|gcs_server"], capture_output=True, text=True)
    return {int(pid) for pid in found.stdout.split()}


def _stored(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone()
    except sqlite3.OperationalError:  # the schema is not written yet
        return 0, 0
    finally:
        con.close()


def test_a_ray_ingest_killed_and_started_again_stores_every_article_once(
    corpus: Path, tmp_path: Path
) -> None:
    """kill -9 of the process that started Ray: its Ray stops with it, and the ingest started again ends with
    every article once."""
    _needs_ray()
    articles = [
        json.loads(line)
        for line in corpus.read_text(encoding="utf-8").splitlines()
        if not line.startswith("{not")
    ]
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as f:
        for i in range(3000):
            a = articles[i % len(articles)]
            f.write(json.dumps({**a, "doc_id": f"n{i}", "url": f"https://example.id/{i}"}) + "\n")
    db = tmp_path / "k.db"
    before = _ray_processes()
    cmd = [str(Path(sys.executable).with_name("kutip")), "ingest", "-q", "--engine", "ray", "--workers", "2",
           "--db", str(db), str(big)]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _stored(db)[0] == 0:
        time.sleep(0.1)  # kill it once some windows are stored and before it is done
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < _stored(db)[0] < 3000
    time.sleep(5)
    assert _ray_processes() - before == set()  # Ray's processes went with the run that started them
    assert subprocess.run(cmd, check=False).returncode == 0
    assert _stored(db) == (3000, 3000)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_ingest_joins_a_running_cluster(corpus: Path, tmp_path: Path) -> None:
    """``ray start --head`` as a user starts a cluster, then ``kutip ingest --address``: the store a serial
    ingest makes, and the summary names the cluster."""
    _needs_ray()
    port = _free_port()
    ray_cli = Path(sys.executable).with_name("ray")
    head = subprocess.Popen(
        [str(ray_cli), "start", "--head", "--port", str(port), "--num-cpus", "2", "--include-dashboard",
         "false", "--disable-usage-stats", "--block"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path,
        env={**os.environ, "RAY_USAGE_STATS_ENABLED": "0", "RAY_AUTH_MODE": "disabled"},
    )  # fmt: skip
    try:
        _until_listening(port, head)
        joined = invoke(
            "ingest", "--address", f"127.0.0.1:{port}", "--db", str(tmp_path / "j.db"), str(corpus)
        )
    finally:
        head.terminate()
        head.wait(timeout=60)
    assert joined.exit_code == 1  # the broken line
    assert f"2 workers on 1 node(s) of the Ray cluster at 127.0.0.1:{port}" in joined.stderr
    assert invoke("ingest", "--db", str(tmp_path / "s.db"), str(corpus)).exit_code == 1
    serial, on_cluster = _dump(tmp_path / "s.db"), _dump(tmp_path / "j.db")
    for table in serial:
        assert on_cluster[table] == serial[table], table


def _until_listening(port: int, head: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert head.poll() is None, "ray start --head stopped"
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                time.sleep(2)  # the head's other services come up just after its port
                return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"no Ray head listening on port {port}")


def test_a_cluster_that_cannot_be_reached_is_named(corpus: Path) -> None:
    _needs_ray()
    address = f"127.0.0.1:{_free_port()}"
    t0 = time.perf_counter()
    result = invoke("ingest", "--address", address, "--db", str(corpus.parent / "k.db"), str(corpus))
    assert result.exit_code == 5
    assert f"kutip: error: cannot reach a Ray cluster at {address}" in result.stderr
    assert time.perf_counter() - t0 < 30
    bad = invoke("extract", "--address", "nowhere", str(corpus))
    assert bad.exit_code == 2 and "--address nowhere: expected HOST:PORT" in bad.stderr


def test_workers_that_would_run_a_checkout_without_the_build_are_refused(
    corpus: Path, tmp_path: Path
) -> None:
    """Ray puts the folder the run starts in first on its workers' path: started inside a copy of the source
    without the compiled build, the workers would run plain Python. The run stops before any article."""
    _needs_ray()
    if speedups.state() != "compiled":
        pytest.skip(f"the pipeline runs {speedups.state()} here: nothing compiled to fall back from")
    checkout = tmp_path / "checkout"
    shutil.copytree(
        ROOT / "kutip", checkout / "kutip", ignore=shutil.ignore_patterns("*.so", "_compiled.json")
    )
    kutip = Path(sys.executable).with_name("kutip")
    run = subprocess.run(
        [str(kutip), "extract", "--engine", "ray", "--workers", "1", str(corpus)],
        cwd=checkout,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 5, run.stderr
    assert f"Kutip from {checkout / 'kutip'}) runs pure Python" in run.stderr
    assert run.stdout == ""


def test_ray_shards_loaded_make_the_store_and_claims_of_an_ingest(corpus: Path, tmp_path: Path) -> None:
    """``extract --engine ray --out DIR --embed`` then ``load --claims``: the store and claims of
    ``ingest --claims`` of the same input, the build embedding nothing (the workers did)."""
    _needs_ray()
    out = tmp_path / "shards"
    made = invoke("extract", "--engine", "ray", "--workers", "2", "--embed", "--out", str(out), str(corpus))
    assert made.exit_code == 1  # the broken line, named
    assert f"{corpus}:10:" in made.stderr and "1 shard(s) written to" in made.stderr
    ingested, loaded = tmp_path / "ingest.db", tmp_path / "load.db"
    assert invoke("ingest", "--claims", "--db", str(ingested), str(corpus)).exit_code == 1
    result = invoke("load", "--claims", "--db", str(loaded), str(out))
    assert result.exit_code == 0, result.stderr
    assert "0 embedded" in result.stderr
    want, got = _dump(ingested), _dump(loaded)
    assert want["claims"] and want["vectors"]
    for table in want:
        assert got[table] == want[table], table


def test_a_run_started_again_writes_only_the_shards_missing(corpus: Path, tmp_path: Path) -> None:
    _needs_ray()
    from kutip.ingest.cluster import extract_shards
    from kutip.output.parquet import complete_shards, shard_path

    out = tmp_path / "shards"
    engine = RayEngine(None, 2)
    try:
        first = extract_shards(read_paths([str(corpus)]), engine, "auto", None, str(out), shard_size=3)
        assert (first.ok, first.shards, first.skipped, len(first.failures)) == (10, 4, 0, 1)
        written = {n: shard_path(out, "quotes", n).stat().st_mtime_ns for n in range(4)}
        shard_path(out, "articles", 2).unlink()  # as a run killed while writing shard 2 leaves it
        again = extract_shards(read_paths([str(corpus)]), engine, "auto", None, str(out), shard_size=3)
    finally:
        engine.close()
    assert (again.ok, again.shards, again.skipped) == (3, 1, 3)
    assert complete_shards(out) == {0, 1, 2, 3}
    assert [n for n in range(4) if shard_path(out, "quotes", n).stat().st_mtime_ns != written[n]] == [2]
