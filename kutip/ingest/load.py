"""`kutip load`: put the Parquet shards of a cluster run (``kutip.output.parquet``) into a store.

Shards are stored in shard order (the input's), each in one transaction, through the same writer as an
ingest (``store.add_many`` on each article's full JSON form): the store ends as an ingest of the same input
would leave it, and loading again adds nothing (an article is known by its content hash). The vectors of
the claim statements the run embedded are stored with them, so a claim build after the load embeds nothing
again.

One bad shard (a truncated or corrupt file, a missing table) or row (a document that is not valid JSON, or
not a document) is reported with its file and row, and the rest is loaded; the tally counts it.

With worker processes, they read the next shards (and work out what the writer reads from each document
alone, ``kutip.store.prepare``) while this process writes the current one, in shard order as before.
"""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable, Generator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kutip.errors import KutipError, UsageError
from kutip.ingest.local import WINDOW, IngestTally, LocalPool
from kutip.output.parquet import ENCODER_KEY, TABLES, Item, pyarrow, shard_numbers, shard_path
from kutip.read import ReadError
from kutip.runner import note_failure
from kutip.store import Store, content_hash
from kutip.store.connection import get_meta
from kutip.store.prepare import attach

NUMBER = (int, float)
# what ``add_documents`` reads of each list of a document, with its type: a row without it is reported as a
# failure of its own, rather than failing its shard's transaction
NEEDED: dict[str, dict[str, type | tuple[type, ...]]] = {
    "quotes": {"type": str, "text": str, "start": int, "end": int, "speech_act": str, "confidence": NUMBER},
    "entities": {"label": str, "start": int, "end": int, "text": str, "canonical": str},
    "quantities": {"start": int, "end": int, "text": str, "value": NUMBER},
    "dates": {"start": int, "end": int, "text": str, "relative": int},
    "removed": {"kind": str, "start": int, "end": int, "text": str},
}


@dataclass
class LoadTally(IngestTally):
    """An ingest's tally, and the shards and statement vectors stored."""

    shards: int = 0
    vectors: int = 0  # statement vectors stored
    vectors_skipped: str | None = None  # why the shards' vectors were not stored, when they were not

    def line(self) -> str:
        return (
            f"{self.read} read, {self.new} new, {self.unchanged} unchanged, {self.failed} failed "
            f"({self.shards} shards, {self.vectors} statement vectors stored)"
        )


@dataclass
class Shard:
    """One shard as read: its items in order, its statement vectors, and the encoder that made them."""

    number: int
    items: list[Item] = field(default_factory=list)
    vectors: dict[str, bytes] = field(default_factory=dict)
    encoder: str | None = None
    rows: int = 0  # article rows read, failed ones among them
    failures: list[ReadError] = field(default_factory=list)  # rows that are not documents


class ShardError(KutipError):
    """A shard that cannot be read at all; ``failure`` names its file."""

    def __init__(self, failure: ReadError) -> None:
        super().__init__(str(failure))
        self.failure = failure


def load_shards(
    out_dir: str | Path,
    store: Store,
    on_progress: Callable[[LoadTally], None] | None = None,
    on_error: Callable[[ReadError], None] | None = None,
    workers: int = 1,
) -> LoadTally:
    """Store every shard of ``out_dir``, in shard order, one transaction each (see the module docstring);
    with ``workers`` > 1, that many processes read the shards ahead."""
    numbers = all_shards(out_dir)
    tally = LoadTally()
    t0 = time.perf_counter()
    with closing(_read_in_order(out_dir, numbers, store.dialect, workers)) as shards:  # workers stop with it
        for number, shard in shards:
            load_shard(out_dir, number, store, tally, on_error, shard)
            tally.seconds = time.perf_counter() - t0
            if on_progress:
                on_progress(tally)
    return tally


def load_shard(
    out_dir: str | Path,
    number: int,
    store: Store,
    tally: LoadTally,
    on_error: Callable[[ReadError], None] | None = None,
    shard: Shard | ReadError | None = None,
) -> bool:
    """Read and store one shard, counted in ``tally``; False when it could not be (the failure is counted and
    passed to ``on_error``). ``shard``: read already (by a worker), or the failure met reading it. A run that
    stores shards as they come calls this in shard order."""
    if shard is None:
        shard = read_or_failure(out_dir, number)
    if isinstance(shard, ReadError):
        note_failure(tally.failures, shard, on_error)
        return False
    tally.read += shard.rows
    for failure in shard.failures:
        note_failure(tally.failures, failure, on_error)
    try:
        _store_shard(store, shard, tally)
    except KutipError:  # the store's trouble (exit 3): no other shard can be stored either
        raise
    except Exception as err:  # a bug met on this shard (rolled back): the others are still stored
        note_failure(tally.failures, _internal(out_dir, number, err), on_error)
        return False
    tally.shards += 1
    return True


def read_or_failure(out_dir: str | Path, number: int, dialect: str | None = None) -> Shard | ReadError:
    """A shard read (with ``dialect``: its documents prepared for a store of it, as a worker does), or the
    failure that names its file."""
    try:
        shard = read_shard(out_dir, number)
    except ShardError as err:
        return err.failure
    if dialect is not None:
        for doc, _, _ in shard.items:
            try:
                attach(doc, dialect)
            except Exception:  # the writer meets it again, where it fails this shard alone
                continue
    return shard


def _read_in_order(
    out_dir: str | Path, numbers: list[int], dialect: str, workers: int
) -> Generator[tuple[int, Shard | ReadError | None], None, None]:
    """Each shard number with the shard read ahead by a worker (None without workers: read it then), in
    order; at most two shards a worker are read ahead, so memory stays flat however many there are."""
    if workers <= 1:
        yield from ((number, None) for number in numbers)
        return
    pool = LocalPool(workers)
    try:
        ahead: deque[tuple[int, Any]] = deque()
        for number in numbers:
            ahead.append((number, pool.pool.apply_async(read_or_failure, (out_dir, number, dialect))))
            if len(ahead) > 2 * workers:
                number, pending = ahead.popleft()
                yield number, pending.get()
        while ahead:
            number, pending = ahead.popleft()
            yield number, pending.get()
    except BaseException:
        pool.terminate()
        raise
    pool.close()


def _internal(out_dir: str | Path, number: int, err: Exception) -> ReadError:
    from kutip.crash import internal_reason

    path = str(shard_path(out_dir, "articles", number))
    return ReadError(path, None, internal_reason(err, f"while loading shard {number} ({path})"))


def all_shards(out_dir: str | Path) -> list[int]:
    """The shards of ``out_dir`` with a file of any table, in order; none is a usage error."""
    if not Path(out_dir).is_dir():
        raise UsageError(
            f"{out_dir} is not a folder of Parquet shards (`kutip extract --engine ray` writes one)"
        )
    numbers = set().union(*(shard_numbers(out_dir, t) for t in TABLES))
    if not numbers:
        raise UsageError(
            f"no Parquet shards in {out_dir}: expected {out_dir}/articles/part-000000.parquet ..."
        )
    return sorted(numbers)


# -- reading -------------------------------------------------------------------------------------------


def read_shard(out_dir: str | Path, number: int) -> Shard:
    """Read one shard: every table's file must be there and readable; a row that is not a document is a
    failure of its own (the rest of the shard is kept). Raises ``ShardError`` for a shard unreadable as a
    whole."""
    pa = pyarrow()
    paths = {t: shard_path(out_dir, t, number) for t in TABLES}
    for table, path in paths.items():
        if not path.is_file():
            why = "the run did not finish it" if table == "articles" else "it has no file of this table"
            raise ShardError(ReadError(str(path), None, f"missing: shard {number} is incomplete ({why})"))
        _footer(pa, path)
    shard = Shard(number)
    articles, _ = _read(pa, paths["articles"], ["content_hash", "source", "document"])
    for row, (digest, source, document) in enumerate(zip(*articles, strict=True)):
        shard.rows += 1
        item = _item(paths["articles"], row, digest, source, document)
        if isinstance(item, ReadError):
            shard.failures.append(item)
        else:
            shard.items.append(item)
    shard.encoder, shard.vectors = _vectors(pa, paths["statements"], {d for _, d, _ in shard.items})
    return shard


def _footer(pa: Any, path: Path) -> None:
    """Read a file's Parquet footer: a truncated or corrupt file fails here, before anything is stored."""
    try:
        pa.parquet.read_metadata(path)
    except (pa.ArrowException, OSError) as err:
        raise ShardError(ReadError(str(path), None, f"not a readable Parquet file: {err}")) from err


def _read(pa: Any, path: Path, columns: list[str]) -> tuple[list[list[Any]], dict[bytes, bytes]]:
    """``columns`` of a shard file, as lists, and the file's schema metadata."""
    try:
        table = pa.parquet.read_table(path, columns=columns)
    except (pa.ArrowException, OSError, KeyError) as err:
        raise ShardError(ReadError(str(path), None, f"cannot be read as a shard table: {err}")) from err
    return [table.column(c).to_pylist() for c in columns], table.schema.metadata or {}


def _item(path: Path, row: int, digest: Any, source: Any, document: Any) -> Item | ReadError:
    """One article row as an item for ``store.add_many``, or the failure that names its file and row."""

    def failure(reason: str, doc_id: str | None = None) -> ReadError:
        return ReadError(str(path), None, f"row {row}: {reason}", doc_id)

    try:
        doc = json.loads(document) if isinstance(document, str) else None
    except ValueError as err:
        return failure(f"its document is not valid JSON: {err}")
    problem = document_problem(doc)
    if problem is not None:
        return failure(problem)
    assert isinstance(doc, dict)
    if digest != content_hash(doc["text"], doc.get("url")):
        return failure("its content_hash is not that of its document's text and URL", doc["doc_id"])
    return doc, digest, source


def document_problem(doc: Any) -> str | None:
    """Why ``doc`` is not a document the store can take (what ``add_documents`` reads), or None."""
    if not isinstance(doc, dict):
        return "its document is not a JSON object"
    for key in ("doc_id", "text", "lang"):
        if not isinstance(doc.get(key), str):
            return f"its document has no {key}"
    for key, needed in NEEDED.items():
        found = doc.get(key)
        if not isinstance(found, list) or not all(isinstance(x, dict) for x in found):
            return f"its document has no list of {key}"
        for n, x in enumerate(found):
            problem = _entry_problem(x, needed) or (_speakers_problem(x) if key == "quotes" else None)
            if problem is not None:
                return f"{key}[{n}] of its document {problem}"
    return None


def _entry_problem(entry: dict[str, Any], needed: dict[str, type | tuple[type, ...]]) -> str | None:
    lacking = [k for k in needed if k not in entry]
    if lacking:
        return f"lacks {', '.join(lacking)}"
    wrong = [k for k, kind in needed.items() if not isinstance(entry[k], kind)]
    return f"has a {', '.join(wrong)} of the wrong type" if wrong else None


def _speakers_problem(quote: dict[str, Any]) -> str | None:
    speaker, speakers = quote.get("speaker"), quote.get("speakers")
    if speaker is not None and not isinstance(speaker, dict):
        return "has a speaker that is not an object"
    listed = isinstance(speakers, list) and all(isinstance(s, dict) for s in speakers)
    if speakers is not None and not listed:
        return "has speakers that are not a list of objects"
    return None


def _vectors(pa: Any, path: Path, digests: set[str]) -> tuple[str | None, dict[str, bytes]]:
    """The encoder the shard's vectors were made with (None: not embedded), and text_key -> vector bytes of
    the statements of the articles kept (those of a failed row are not stored either)."""
    import numpy as np

    from kutip.claims.encoder import DIMENSIONS

    columns, metadata = _read(pa, path, ["content_hash", "text_key", "vector"])
    encoder = metadata.get(ENCODER_KEY)
    found: dict[str, bytes] = {}
    for digest, key, vector in zip(*columns, strict=True):
        if vector is not None and digest in digests and len(vector) == DIMENSIONS:
            found[key] = np.asarray(vector, dtype="<f4").tobytes()
    return (encoder.decode() if encoder is not None else None), found


# -- storing -------------------------------------------------------------------------------------------


def _store_shard(store: Store, shard: Shard, tally: LoadTally) -> None:
    """One shard in one transaction: its articles in windows as an ingest writes them, then its vectors."""
    added: list[bool] = []
    with store.transaction():
        for i in range(0, len(shard.items), WINDOW):
            added += store.add_many(shard.items[i : i + WINDOW])
        stored = _store_vectors(store, shard, tally)
    tally.new += sum(added)
    tally.unchanged += len(added) - sum(added)
    tally.vectors += stored


def _store_vectors(store: Store, shard: Shard, tally: LoadTally) -> int:
    """Store the shard's vectors not stored yet, under the encoder a claim build checks (``claims_encoder``):
    only when the shard's encoder is this Kutip's and the store's claims were not built with another."""
    if shard.encoder is None or not shard.vectors:
        return 0
    from kutip.claims.build import encoder_id, keep_vectors

    if shard.encoder != encoder_id():
        tally.vectors_skipped = f"the shards' vectors were made by another encoder ({shard.encoder})"
        return 0
    kept = keep_vectors(store.conn, shard.vectors)
    if kept is None:
        held = get_meta(store.conn, "claims_encoder")
        tally.vectors_skipped = f"the store's claims were built with another encoder ({held})"
        return 0
    return kept


__all__ = [
    "LoadTally",
    "ShardError",
    "all_shards",
    "document_problem",
    "load_shard",
    "load_shards",
    "read_shard",
]
