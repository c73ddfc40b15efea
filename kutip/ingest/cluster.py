"""Extraction on a Ray cluster (the ``kutip[ray]`` extra): long-lived workers, one per CPU, each loading the
language data once and extracting batches of articles (and, for the claim map, embedding their statements).

Without an address Ray starts on this machine's cores and stops with the run; with one, the run joins that
cluster. Every worker reports its Kutip version and build when it starts. A worker that would run plain
Python where this process runs the compiled pipeline (another checkout first on its path, a node whose Kutip
was installed without a compiler) stops the run before any article: half the speed, unnoticed, is worse than
a clear error. A worker that dies is restarted by Ray and its batch is extracted again, halved if it dies
again, so one article that kills its worker fails alone; the summary counts the batches retried.
"""

from __future__ import annotations

import json
import os
import socket
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from kutip.errors import ClusterError, UsageError
from kutip.ingest.local import WINDOW, Job
from kutip.read import ReadError, Record
from kutip.store.prepare import PREPARED

# The most articles in one task. Each task costs the process that gathers them a toll in Ray: with 64 a
# task it took 12 % of a core here, with 256 8 %; a window is still spread over all the workers.
BATCH = 256
IN_FLIGHT = 2  # tasks per worker at once, so that none waits between its batches
LOCAL_OBJECT_STORE = 256 * 1024**2  # bytes: a run's results in flight, not a cache (Ray takes 30 % of RAM)
CONNECT_SECONDS = 5.0
SHARD = 1000  # articles per Parquet shard: files of about 1 MB per table, a few seconds of a worker

Result = dict[str, Any] | ReadError


def build_state() -> dict[str, Any]:
    """What a process runs: Kutip's version, whether the pipeline is compiled, where Kutip was imported from,
    and the node and process, for the run summary."""
    import kutip
    from kutip import speedups

    return {
        "version": kutip.__version__,
        "build": speedups.state(),
        "path": os.path.dirname(kutip.__file__),
        "node": socket.gethostname(),
        "pid": os.getpid(),
    }


class Worker:
    """A Ray actor: extracts batches of jobs for as long as the run lasts (the language data, the patterns and
    the encoder load once, not once per batch)."""

    def __init__(self, encode: bool) -> None:
        from kutip.runner import batch_gc

        self.encoder: Any = None
        if encode:
            from kutip.claims.encoder import Encoder

            self.encoder = Encoder(threads=1)
        self._gc = batch_gc()
        self._gc.__enter__()  # the whole life of the worker is one run over many articles

    def state(self) -> dict[str, Any]:
        return build_state()

    def extract(self, jobs: list[Job]) -> tuple[list[str | ReadError], dict[str, bytes]]:
        """The jobs' documents as JSON text (a tenth of the cost of pickled dicts to the process that gathers
        them) or failures, in order; with the encoder, the vectors of their claim statements (text key ->
        centred vector bytes)."""
        results, vectors = self._extract(jobs)
        return [r if isinstance(r, ReadError) else r.to_json() for r in results], vectors

    def extract_for_store(self, jobs: list[Job], dialect: str) -> tuple[list[Any], dict[str, bytes]]:
        """``extract``, each document with what the writer of a store of ``dialect`` reads from it alone
        worked out here (``kutip.store.prepare``): (JSON text, ``Prepared``) pairs or failures, and the
        vectors."""
        from kutip.store.prepare import prepare

        results, vectors = self._extract(jobs)
        out = [
            r if isinstance(r, ReadError) else (r.to_json(), prepare(r.to_dict(), dialect)) for r in results
        ]
        return out, vectors

    def _extract(self, jobs: list[Job]) -> tuple[list[Any], dict[str, bytes]]:
        from kutip.runner import extract_or_error

        results = [extract_or_error(*job) for job in jobs]
        vectors: dict[str, bytes] = {}
        if self.encoder is not None:
            from kutip.output.parquet import encode_statements

            docs = [r.to_dict() for r in results if not isinstance(r, ReadError)]
            vectors = encode_statements(docs, self.encoder)
        return results, vectors

    def extract_shard(self, jobs: list[Job]) -> tuple[dict[str, Any], list[ReadError]]:
        """One Parquet shard's tables (``kutip.output.parquet``), built here so that the process gathering
        the shards only writes files; and the articles that failed."""
        from kutip.output.parquet import encode_statements, shard_tables
        from kutip.runner import extract_or_error
        from kutip.store import content_hash

        items, failures = [], []
        for job in jobs:
            result = extract_or_error(*job)
            if isinstance(result, ReadError):
                failures.append(result)
            else:
                items.append((result.to_dict(), content_hash(job[0].text, job[0].url), job[0].source))
        vectors = encode_statements([doc for doc, _, _ in items], self.encoder) if self.encoder else None
        return shard_tables(items, vectors), failures


@dataclass
class RayPending:
    """A window's batches under way; ``get`` gathers them in order."""

    engine: RayEngine
    batches: list[list[Job]]
    refs: list[Any]
    method: str = "extract"  # the workers' method: "extract_for_store" adds what the writer reads
    args: tuple[Any, ...] = ()  # its arguments after the batch
    _vectors: dict[str, bytes] = field(default_factory=dict)

    def texts(self) -> list[Any]:
        """The documents as JSON text (with their ``Prepared`` for the store), or failures, in order."""
        out: list[Any] = []
        for batch, ref in zip(self.batches, self.refs, strict=True):
            results, vectors = self.engine.wait(batch, ref, method=self.method, args=self.args)
            out += results
            self._vectors.update(vectors)
        return out

    def get(self) -> list[Result]:
        return [_document(r) for r in self.texts()]

    def vectors(self) -> dict[str, bytes]:
        return self._vectors


class RayEngine:
    """The workers of a Ray cluster, an engine for ``kutip.ingest.ingest`` and ``extract_in_order``."""

    def __init__(self, address: str | None = None, workers: int | None = None, encode: bool = False) -> None:
        self.ray = _import_ray()
        self.address = address
        _connect(self.ray, address, workers)
        try:
            n = workers or max(1, int(self.ray.cluster_resources().get("CPU", 1)))
            remote = self.ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=0)(Worker)
            self.actors = [remote.remote(encode) for _ in range(n)]
            self.states: list[dict[str, Any]] = self.ray.get([a.state.remote() for a in self.actors])
            check_builds(build_state(), self.states)
        except BaseException:
            self.ray.shutdown()
            raise
        self.window = max(WINDOW, BATCH * IN_FLIGHT * n)  # enough to keep every worker busy
        self.retried = 0  # batches extracted again after their worker died
        self._next = 0

    def actor(self) -> Any:
        """The next worker, in turn."""
        actor = self.actors[self._next % len(self.actors)]
        self._next += 1
        return actor

    def map_async(self, jobs: list[Job], for_store: str | None = None) -> RayPending:
        batches = split(jobs, len(self.actors) * IN_FLIGHT)
        method, args = ("extract_for_store", (for_store,)) if for_store else ("extract", ())
        return RayPending(self, batches, [self._submit(method, b, args) for b in batches], method, args)

    def wait(
        self, batch: list[Job], ref: Any, tries: int = 1, method: str = "extract", args: tuple[Any, ...] = ()
    ) -> Any:
        """A batch's results (of the worker's ``method``); a batch whose worker died is extracted again (Ray
        restarts the worker), and halved when it dies again, down to the one article that fails."""
        died = (self.ray.exceptions.RayActorError, self.ray.exceptions.WorkerCrashedError)
        try:
            return self.ray.get(ref)
        except died as err:
            self.retried += 1
            if tries > 0:
                return self.wait(batch, self._submit(method, batch, args), tries - 1, method, args)
            if len(batch) == 1:
                record = batch[0][0]
                reason = f"the Ray worker extracting it died twice ({type(err).__name__})"
                return _failed(method, ReadError(record.source, None, reason, record.doc_id))
            half = len(batch) // 2
            parts = [batch[:half], batch[half:]]
            return _joined(
                method, [self.wait(p, self._submit(method, p, args), 1, method, args) for p in parts]
            )

    def _submit(self, method: str, batch: list[Job], args: tuple[Any, ...] = ()) -> Any:
        return getattr(self.actor(), method).remote(batch, *args)

    def summary(self) -> str:
        """One line on the workers: how many, on how many nodes, which Kutip and build; the retries."""
        builds = Counter(f"Kutip {s['version']} {s['build']}" for s in self.states)
        nodes = len({s["node"] for s in self.states})
        where = f"the Ray cluster at {self.address}" if self.address else "a local Ray"
        line = f"{len(self.states)} workers on {nodes} node(s) of {where}: " + ", ".join(
            f"{n} {b}" for b, n in builds.items()
        )
        if self.retried:
            line += f"; {self.retried} batch(es) extracted again after their worker died"
        return line

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        self.ray.shutdown()

    def terminate(self) -> None:
        self.close()


@dataclass
class ShardTally:
    """What ``extract_shards`` did: articles written, shards written and skipped, failures."""

    ok: int = 0
    shards: int = 0
    skipped: int = 0  # complete before the run (a restarted run does not extract them again)
    failures: list[ReadError] = field(default_factory=list)


def extract_shards(
    items: Iterable[Record | ReadError],
    engine: RayEngine,
    lang: str,
    timeout: float | None,
    out_dir: str,
    on_error: Callable[[ReadError], None] | None = None,
    shard_size: int = SHARD,
) -> ShardTally:
    """Extract ``items`` into numbered Parquet shards of ``shard_size`` articles in ``out_dir`` (shard N
    holds the input's articles N * size onwards, so a restarted run skips the shards already complete); the
    workers build the tables, this process writes them as they come."""
    from kutip.output.parquet import complete_shards, write_shard
    from kutip.runner import note_failure

    tally = ShardTally()
    done = complete_shards(out_dir)
    in_flight: dict[Any, tuple[int, list[Job]]] = {}

    def gather(most: int) -> None:
        while len(in_flight) > most:
            ready, _ = engine.ray.wait(list(in_flight), num_returns=1)
            number, jobs = in_flight.pop(ready[0])
            tables, failures = engine.wait(jobs, ready[0], method="extract_shard")
            write_shard(out_dir, number, tables)
            tally.ok += tables["articles"].num_rows
            tally.shards += 1
            for failure in failures:
                note_failure(tally.failures, failure, on_error)

    jobs: list[Job] = []
    number = 0
    for item in chain(items, [None]):
        if isinstance(item, ReadError):
            note_failure(tally.failures, item, on_error)
            continue
        if item is not None:
            jobs.append((item, lang, timeout))
        if len(jobs) == shard_size or (item is None and jobs):
            if number in done:
                tally.skipped += 1
            else:
                in_flight[engine.actor().extract_shard.remote(jobs)] = (number, jobs)
                gather(len(engine.actors) * IN_FLIGHT)
            number, jobs = number + 1, []
    gather(0)
    return tally


def _document(result: Any) -> Result:
    """A worker's result as a document (its ``Prepared`` attached for the writer), or its failure."""
    if isinstance(result, ReadError):
        return result
    if isinstance(result, tuple):
        text, prepared = result
        return {**json.loads(text), PREPARED: prepared}
    return json.loads(result)  # type: ignore[no-any-return]


def _failed(method: str, failure: ReadError) -> Any:
    """What ``method`` gives for a batch of the one article that failed."""
    if method == "extract_shard":
        from kutip.output.parquet import shard_tables

        return shard_tables([]), [failure]
    return [failure], {}


def _joined(method: str, parts: list[Any]) -> Any:
    """The results of a batch's halves, as ``method`` gives them for the whole batch."""
    if method == "extract_shard":
        from kutip.output.parquet import pyarrow

        pa = pyarrow()
        return {n: pa.concat_tables([p[0][n] for p in parts]) for n in parts[0][0]}, [
            f for p in parts for f in p[1]
        ]
    return [r for p in parts for r in p[0]], {k: v for p in parts for k, v in p[1].items()}


def split(jobs: list[Job], parts: int) -> list[list[Job]]:
    """``jobs`` in about ``parts`` batches of at most ``BATCH`` (none empty), in order."""
    if not jobs:
        return []
    size = min(BATCH, max(1, -(-len(jobs) // max(1, parts))))
    return [jobs[i : i + size] for i in range(0, len(jobs), size)]


def check_builds(here: dict[str, Any], workers: list[dict[str, Any]]) -> None:
    """Refuse workers that would run another Kutip, or plain Python where this process runs compiled code."""
    for state in workers:
        where = f"the worker on {state['node']} (pid {state['pid']}, Kutip from {state['path']})"
        if state["version"] != here["version"]:
            raise ClusterError(
                f"{where} runs Kutip {state['version']}, this process {here['version']}: install the same "
                "release on every node"
            )
        if here["build"] == "compiled" and state["build"] != "compiled":
            raise ClusterError(
                f"{where} runs {state['build']} where this process runs the compiled pipeline: install "
                "Kutip with its compiled pipeline on every node (scripts/setup.sh), and start the run "
                "outside a source checkout that has no compiled build (Ray puts the current folder first "
                "on the workers' path)"
            )


def _import_ray() -> Any:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # offline by design: no usage report
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")  # a local cluster of this user's own processes
    try:
        import ray
    except ImportError as err:
        raise UsageError("--engine ray needs Ray: pip install 'kutip[ray]'") from err
    return ray


def _connect(ray: Any, address: str | None, workers: int | None) -> None:
    """Join the cluster at ``address`` (after checking it answers: Ray itself retries for minutes), or start
    one on this machine's cores."""
    quiet = {"logging_level": "warning", "log_to_driver": False}
    if address is None:
        ray.init(
            address="local",  # a new Ray of this run's own, never a cluster `ray start` left on this machine
            num_cpus=workers or os.cpu_count() or 1,
            include_dashboard=False,
            object_store_memory=LOCAL_OBJECT_STORE,
            **quiet,
        )
        return
    _reachable(address)
    try:
        ray.init(address=address, **quiet)
    except (ConnectionError, RuntimeError, TimeoutError) as err:
        raise ClusterError(f"cannot join the Ray cluster at {address}: {err}") from err


def _reachable(address: str) -> None:
    """Fail in seconds, naming the address, when nothing listens there."""
    if address == "auto":
        return
    hostport = address.split("://", 1)[-1]
    host, _, port = hostport.rpartition(":")
    if not host or not port.isdigit():
        raise UsageError(f"--address {address}: expected HOST:PORT (or ray://HOST:PORT, or auto)")
    try:
        with socket.create_connection((host, int(port)), timeout=CONNECT_SECONDS):
            pass
    except OSError as err:
        raise ClusterError(f"cannot reach a Ray cluster at {address}: {err.strerror or err}") from err
