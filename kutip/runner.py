"""Run the pipeline over records: language choice, per-record failure capture, and a tally."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from kutip.crash import internal_reason
from kutip.deadline import DEFAULT_TIMEOUT, deadline_for
from kutip.doc import Document
from kutip.errors import InputError
from kutip.read import ReadError, Record


@dataclass
class Tally:
    """What a run did: articles extracted and every failure with its reason."""

    ok: int = 0
    failures: list[ReadError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def note_failure(failures: list[ReadError], failure: ReadError, on_error=None) -> None:
    """Count a failure and pass it on (to the line printed on standard error)."""
    failures.append(failure)
    if on_error:
        on_error(failure)


def choose_language(record: Record, lang: str) -> str:
    """The language to read ``record`` in: the one asked for, the record's own, or the detected one."""
    if lang != "auto":
        return lang
    if record.lang:
        return record.lang.split("-")[0].casefold()
    from kutip.langid import detect

    return detect(record.text)


def extract_record(record: Record, lang: str = "auto", timeout: float | None = DEFAULT_TIMEOUT) -> Document:
    """The record's document; ``ArticleTimeout`` when extraction takes longer than ``timeout`` seconds
    (None: no bound)."""
    from kutip.pipeline import run

    code = choose_language(record, lang)  # outside the bound: the detector loads its models on first use
    doc = Document(record.doc_id, record.text, code, record.title, record.url, record.date)
    return run(doc, None, deadline_for(timeout))


def extract_or_error(
    record: Record, lang: str = "auto", timeout: float | None = DEFAULT_TIMEOUT
) -> Document | ReadError:
    """The record's document, or the failure that names it: one bad article never stops a run (nor does
    one that takes longer than ``timeout`` seconds)."""
    try:
        return extract_record(record, lang, timeout)
    except InputError as err:  # the article's own problem (an unknown language code): its reason
        return ReadError(record.source, None, str(err), record.doc_id)
    except Exception as err:  # anything else is a bug in Kutip, never blamed on the input
        reason = internal_reason(err, f"while extracting {record.source} (doc_id {record.doc_id!r})")
        return ReadError(record.source, None, reason, record.doc_id)


# Collections of the youngest generation during a batch: an article makes tens of thousands of short-lived
# objects (tokens, spans, candidates) and none outlives it, so the default of one collection per 700
# allocations mostly re-scans objects about to die anyway.
BATCH_GC_THRESHOLD = 10_000


@contextmanager
def batch_gc() -> Iterator[None]:
    """For a run over many articles: what is alive at its start (modules, language data, compiled patterns)
    is frozen out of the collector's scans, and the youngest generation is collected less often."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(BATCH_GC_THRESHOLD, before[1], before[2])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def extract_all(
    items: Iterable[Record | ReadError],
    lang: str,
    tally: Tally,
    on_error=None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Iterator[Document]:
    """Documents for every readable record, in input order; failures go to ``tally`` (and ``on_error``),
    an article that takes longer than ``timeout`` seconds among them."""
    with batch_gc():
        for item in items:
            result = item if isinstance(item, ReadError) else extract_or_error(item, lang, timeout)
            if isinstance(result, ReadError):
                note_failure(tally.failures, result, on_error)
                continue
            tally.ok += 1
            yield result
