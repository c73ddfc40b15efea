"""Run the pipeline over records: language choice, per-record failure capture, and a tally."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kutip.doc import Document
from kutip.read import ReadError, Record


@dataclass
class Tally:
    """What a run did: articles extracted and every failure with its reason."""

    ok: int = 0
    failures: list[ReadError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def choose_language(record: Record, lang: str) -> str:
    """The language to read ``record`` in: the one asked for, the record's own, or the detected one."""
    if lang != "auto":
        return lang
    if record.lang:
        return record.lang.split("-")[0].casefold()
    from kutip.langid import detect

    return detect(record.text)


def extract_record(record: Record, lang: str = "auto") -> Document:
    from kutip.pipeline import run

    doc = Document(
        record.doc_id, record.text, choose_language(record, lang), record.title, record.url, record.date
    )
    return run(doc)


def extract_all(
    items: Iterable[Record | ReadError], lang: str, tally: Tally, on_error=None
) -> Iterator[Document]:
    """Documents for every readable record, in input order; failures go to ``tally`` (and ``on_error``)."""
    for item in items:
        if isinstance(item, ReadError):
            tally.failures.append(item)
            if on_error:
                on_error(item)
            continue
        try:
            doc = extract_record(item, lang)
        except LookupError as err:
            failure = ReadError(item.source, None, str(err), item.doc_id)
        except Exception as err:  # one bad article never stops the run; it is reported and counted
            failure = ReadError(
                item.source, None, f"extraction failed: {type(err).__name__}: {err}", item.doc_id
            )
        else:
            tally.ok += 1
            yield doc
            continue
        tally.failures.append(failure)
        if on_error:
            on_error(failure)
