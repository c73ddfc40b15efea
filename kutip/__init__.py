"""Kutip: who said what in news. Quotes, speakers, speech acts, numbers and dates, with offsets.

>>> import kutip
>>> doc = kutip.extract('“Stok beras aman,” ujar Menteri Perdagangan Rina Kartikasari.', lang="id")
>>> doc.quotes[0].speaker.name
'Rina Kartikasari'
"""

from __future__ import annotations

from kutip import speedups

speedups.state()  # before any pipeline module is imported: stale compiled code must never load

from kutip.doc import Document, Quote, Speaker  # noqa: E402

__version__ = "0.2.0"
__all__ = ["Document", "Quote", "Speaker", "__version__", "extract"]


def extract(
    text: str,
    lang: str = "id",
    *,
    doc_id: str = "doc",
    title: str | None = None,
    url: str | None = None,
    date: str | None = None,
) -> Document:
    """Extract quotes, speakers and mentions from one article's text.

    ``lang`` is a language code ("id", "en", "ms") or "auto" to detect it.
    """
    from kutip.langid import detect
    from kutip.pipeline import run

    code = detect(text) if lang == "auto" else lang
    doc = Document(doc_id=doc_id, text=text, lang=code, title=title, url=url, date=date)
    return run(doc)
