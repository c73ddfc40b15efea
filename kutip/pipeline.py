"""The pipeline, one stage after another: clean -> segment -> find quotes -> attribute -> mentions.

``segment`` builds the ``Article`` (the text tokenised once, its paragraphs, quotations and sentences); every
later stage is a plain function over it and the spans found so far. This module only orders them.
"""

from __future__ import annotations

from kutip.attribute.people import ArticlePeople
from kutip.attribute.resolve import attribute_article, register
from kutip.clean.portal import clean
from kutip.deadline import Deadline
from kutip.doc import Document, Span
from kutip.lang import Language, get_language
from kutip.mentions.dates import article_date, find_dates
from kutip.mentions.entities import entity_mentions, to_entities
from kutip.mentions.quantities import figure_starts, find_quantities
from kutip.quotes.direct import find_direct
from kutip.quotes.indirect import find_indirect
from kutip.quotes.marks import pair_quotations
from kutip.segment.article import Article
from kutip.segment.paragraphs import paragraphs
from kutip.segment.sentences import sentences


def run(doc: Document, lang: Language | None = None, deadline: Deadline | None = None) -> Document:
    """Fill ``doc`` with everything Kutip finds in it (in place) and return it. With a ``deadline``, raise
    ``ArticleTimeout`` (from ``kutip.deadline``) once it has passed: it is checked between the stages and
    in their loops over paragraphs, sentences and quotes."""
    lang = lang or get_language(doc.lang)
    clean(doc, lang)
    art = segment(doc, lang, deadline)
    direct = find_direct(art, deadline)
    indirect = find_indirect(art, direct, deadline)
    mentions = entity_mentions(art, deadline)
    people = ArticlePeople()
    register(people, mentions, lang)
    doc.quotes = attribute_article(art, direct + indirect, mentions, people, deadline)
    doc.entities = to_entities(mentions, people)
    if deadline is not None:
        deadline.check()
    find_figures(doc, art, deadline)
    return doc


def segment(doc: Document, lang: Language, deadline: Deadline | None = None) -> Article:
    """The cleaned text as an ``Article``: tokenised once, cut into paragraphs, its quotation marks paired,
    and cut into sentences that never end inside a quotation."""
    art = Article(doc.text, lang)
    doc.paragraphs = art.paragraphs = paragraphs(doc)
    art.set_quotations(pair_quotations(art.text, art.paragraphs))
    guards = [Span(q.open, q.close + 1) for q in art.quotations]  # in text order, one after another
    numbered: list[tuple[int, Span]] = []
    first = 0  # the first guard that does not end before the paragraph
    for i, para in enumerate(art.paragraphs):
        if deadline is not None:
            deadline.check()
        while first < len(guards) and guards[first].end <= para.start:
            first += 1
        last = first
        while last < len(guards) and guards[last].start < para.end:
            last += 1
        numbered.extend((i, s) for s in sentences(art, para, guards[first:last]))
    art.set_sentences(numbered)
    doc.sentences = art.sentences
    return art


def find_figures(doc: Document, art: Article, deadline: Deadline | None = None) -> None:
    """The article's dates, then its figures (a date's digits are no figure). The article's own date
    comes first: the input's, else its dateline's, so that "kemarin" resolves and --since finds it."""
    if doc.date:
        doc.date_source = "metadata"
    else:
        doc.date = article_date(art)
        doc.date_source = "text" if doc.date else None
    starts = figure_starts(art)  # the tokens a date or a figure may begin at, found once for both
    doc.dates = find_dates(art, doc.date, starts)
    if deadline is not None:
        deadline.check()
    taken = [Span(d.start, d.end) for d in doc.dates]
    doc.quantities = find_quantities(art, taken, starts)
