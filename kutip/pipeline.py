"""The pipeline, one stage after another: clean -> segment -> find quotes -> attribute -> mentions.

Each stage is a plain function over the text and the spans found so far; this module only orders them.
"""

from __future__ import annotations

from kutip.attribute.people import ArticlePeople
from kutip.attribute.resolve import attribute, register
from kutip.clean.portal import clean
from kutip.doc import Document, Span
from kutip.lang import Language, get_language
from kutip.mentions.dates import find_dates
from kutip.mentions.entities import find_entity_mentions, to_entities
from kutip.mentions.quantities import find_quantities
from kutip.quotes.direct import find_direct
from kutip.quotes.indirect import find_indirect
from kutip.quotes.marks import pair_quotations
from kutip.segment.paragraphs import paragraphs
from kutip.segment.sentences import sentences


def run(doc: Document, lang: Language | None = None) -> Document:
    """Fill ``doc`` with everything Kutip finds in it (in place) and return it."""
    lang = lang or get_language(doc.lang)
    clean(doc, lang)
    text = doc.text
    doc.paragraphs = paragraphs(doc)
    quotations = pair_quotations(text, doc.paragraphs)
    guards = [Span(q.open, q.close + 1) for q in quotations]
    numbered: list[tuple[int, Span]] = []
    for i, para in enumerate(doc.paragraphs):
        inside = [g for g in guards if g.start < para.end and para.start < g.end]
        numbered.extend((i, s) for s in sentences(text, para, lang, inside))
    doc.sentences = [s for _, s in numbered]
    direct = find_direct(text, doc.paragraphs, quotations, lang)
    indirect = find_indirect(text, numbered, quotations, direct, lang)
    mentions = find_entity_mentions(text, doc.paragraphs, lang)
    people = ArticlePeople()
    register(people, mentions, lang)
    doc.quotes = attribute(text, direct + indirect, numbered, quotations, mentions, people, lang)
    doc.entities = to_entities(mentions, people)
    doc.dates = find_dates(text, doc.paragraphs, lang, doc.date)
    doc.quantities = find_quantities(text, doc.paragraphs, lang, [Span(d.start, d.end) for d in doc.dates])
    return doc
