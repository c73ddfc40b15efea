"""An article as the web app shows it: its text marked up from character offsets (quotes by type, cues,
speaker mentions, figures, dates, furniture set aside), every piece of text escaped, tags always nested.

Used for stored articles and for "try it" (a document just extracted, nothing stored).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from html import escape
from itertools import pairwise
from typing import Any

from markupsafe import Markup

from kutip.doc import Document
from kutip.output.claims import figure as figure_text
from kutip.store.queries import ArticleRow, QuoteRow


@dataclass(frozen=True)
class QuoteView:
    """A quote as the article view shows it, stored or just extracted (then it has no ids)."""

    n: int
    type: str
    speech_act: str
    text: str
    start: int
    end: int
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: str | None
    speaker_id: int | None
    role: str | None
    rank: str | None
    mention_start: int | None
    mention_end: int | None
    confidence: float
    rule: str | None
    co_speakers: tuple[tuple[str, int | None], ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int
    note: str  # what a reader is told about it: the figure's value, the date's, the kind of furniture


@dataclass
class ArticleView:
    doc_id: str
    title: str | None
    date: str | None
    lang: str
    outlet: str | None
    url: str | None
    text: str
    quotes: list[QuoteView]
    removed: list[Span] = field(default_factory=list)
    figures: list[Span] = field(default_factory=list)
    dates: list[Span] = field(default_factory=list)
    id: int | None = None
    extractor_version: str | None = None


def _quote_view(q: QuoteRow) -> QuoteView:
    return QuoteView(
        q.n, q.type, q.speech_act, q.text, q.start, q.end, q.cue, q.cue_start, q.cue_end,
        q.speaker or q.speaker_name, q.speaker_id, q.role, q.rank, q.mention_start, q.mention_end,
        q.confidence, q.rule, tuple((c.name, c.speaker_id) for c in q.co_speakers), q.id,
    )  # fmt: skip


def _found_spans(doc: Document) -> tuple[list[Span], list[Span], list[Span]]:
    removed = [Span("removed", r.start, r.end, r.kind) for r in doc.removed]
    figures = [Span("figure", x.start, x.end, figure_text(x.value, x.upper, x.unit)) for x in doc.quantities]
    dates = [Span("date", d.start, d.end, d.value or d.text) for d in doc.dates]
    return removed, figures, dates


def article_view(art: ArticleRow, spans: dict[str, list[Any]]) -> ArticleView:
    """A stored article, with the spans the store keeps of it (``Queries.article_spans``)."""
    removed = [Span("removed", start, end, kind) for kind, start, end, _text in spans.get("removed", ())]
    figures = [
        Span("figure", start, end, figure_text(value, upper, unit))
        for start, end, _text, value, unit, upper in spans.get("quantities", ())
    ]
    dates = [
        Span("date", start, end, value or text) for start, end, text, value, _rel in spans.get("dates", ())
    ]
    return ArticleView(
        art.doc_id, art.title, art.date, art.lang, art.outlet, art.url, art.text,
        [_quote_view(q) for q in art.quotes], removed, figures, dates, art.id, art.extractor_version,
    )  # fmt: skip


def document_view(doc: Document) -> ArticleView:
    """A document just extracted ("try it"): nothing of it is in the store, so no speaker has a page."""
    quotes = []
    for n, q in enumerate(doc.quotes):
        first = q.speaker
        quotes.append(
            QuoteView(
                n, q.type, q.speech_act, q.text, q.start, q.end, q.cue, q.cue_start, q.cue_end,
                first.name if first else None, None, first.role if first else None,
                first.rank if first else None, first.mention_start if first else None,
                first.mention_end if first else None, q.confidence, q.rule,
                tuple((s.name or "", None) for s in q.speakers[1:]),
            )
        )  # fmt: skip
    removed, figures, dates = _found_spans(doc)
    return ArticleView(doc.doc_id, doc.title, doc.date, doc.lang, doc.outlet, doc.url, doc.text, quotes,
                       removed, figures, dates)  # fmt: skip


@dataclass(frozen=True)
class Mark:
    """A range of the text to wrap in a tag; ``layer`` orders marks of the same range, outermost first.
    ``first`` attributes (an anchor id) go on its first piece only when nesting splits it."""

    start: int
    end: int
    layer: int
    tag: str
    attrs: tuple[tuple[str, str], ...]
    first: tuple[tuple[str, str], ...] = ()


def _open(mark: Mark, first: bool) -> str:
    attrs = mark.attrs + mark.first if first else mark.attrs
    shown = "".join(f' {k}="{escape(v, quote=True)}"' for k, v in attrs)
    return f"<{mark.tag}{shown}>"


def markup(
    text: str, marks: list[Mark], lo: int = 0, hi: int | None = None, opened: set[int] | None = None
) -> str:
    """``text[lo:hi]`` as HTML with ``marks`` as properly nested tags: a mark that crosses another's end
    is closed there and opened again, and every piece of text between two boundaries is escaped. ``opened``
    (the ids of marks begun already) is shared by the calls over one text, so an anchor is given once."""
    hi = len(text) if hi is None else hi
    opened = set() if opened is None else opened
    origin: dict[int, Mark] = {}
    spans = []
    for m in marks:
        if m.start < hi and m.end > lo and m.start < m.end:
            piece = replace(m, start=max(m.start, lo), end=min(m.end, hi))
            origin[id(piece)] = m
            spans.append(piece)
    spans.sort(key=lambda m: (m.start, -m.end, m.layer))
    bounds = sorted({lo, hi, *(m.start for m in spans), *(m.end for m in spans)})
    starting: dict[int, list[Mark]] = {}
    for m in spans:
        starting.setdefault(m.start, []).append(m)
    out: list[str] = []
    stack: list[Mark] = []
    for here, after in pairwise(bounds):
        ending = [i for i, m in enumerate(stack) if m.end <= here]
        reopen: list[Mark] = []
        if ending:
            while len(stack) > ending[0]:
                m = stack.pop()
                out.append(f"</{m.tag}>")
                if m.end > here:
                    reopen.append(m)
        for m in sorted(reopen + starting.get(here, []), key=lambda m: (-m.end, m.layer)):
            key = id(origin[id(m)])
            out.append(_open(m, key not in opened))
            opened.add(key)
            stack.append(m)
        out.append(escape(text[here:after], quote=False))
    out.extend(f"</{m.tag}>" for m in reversed(stack))
    return "".join(out)


def _distinct(spans: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Spans of one kind with no two overlapping (the first kept): cues and speaker mentions shared by
    several quotes are marked once, and a link never ends up inside another link."""
    kept: list[tuple[int, int, Any]] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return kept


def text_marks(view: ArticleView) -> list[Mark]:
    """Every mark of the article's text: quotes by type, their cues and speaker mentions, figures, dates."""
    marks = []
    for q in view.quotes:
        who = q.speaker or "unknown speaker"
        marks.append(
            Mark(q.start, q.end, 0, "mark",
                 (("class", f"quote {q.type}"), ("data-n", str(q.n)),
                  ("title", f"{q.n + 1}. {q.type} quote, {q.speech_act}: {who}")),
                 (("id", f"t{q.n}"),))
        )  # fmt: skip
    cues = [(q.cue_start, q.cue_end, q) for q in view.quotes if q.cue_start is not None and q.cue_end]
    for start, end, q in _distinct(cues):
        marks.append(Mark(start, end, 2, "span", (("class", "cue"), ("title", f"cue: {q.speech_act}"))))
    mentions = [(q.mention_start, q.mention_end, q) for q in view.quotes
                if q.mention_start is not None and q.mention_end]  # fmt: skip
    for start, end, q in _distinct(mentions):
        if q.speaker_id is not None:
            attrs = (("class", "mention"), ("href", f"/speakers/{q.speaker_id}"))
            marks.append(Mark(start, end, 1, "a", attrs))
        else:
            marks.append(Mark(start, end, 1, "span", (("class", "mention"), ("title", "speaker"))))
    for s in view.figures:
        marks.append(Mark(s.start, s.end, 3, "span", (("class", "figure"), ("title", f"figure: {s.note}"))))
    for s in view.dates:
        marks.append(Mark(s.start, s.end, 4, "span", (("class", "date"), ("title", f"date: {s.note}"))))
    return marks


def article_html(view: ArticleView) -> Markup:
    """The article's text marked up; furniture that extraction set aside is greyed and folded away."""
    marks = text_marks(view)
    opened: set[int] = set()
    out, pos = [], 0
    for start, end, span in _distinct([(s.start, s.end, s) for s in view.removed]):
        out.append(markup(view.text, marks, pos, start, opened))
        inner = markup(view.text, marks, start, end, opened)
        out.append(
            f'<details class="removed"><summary>set aside: {escape(span.note)}</summary>'
            f'<span class="removed-text">{inner}</span></details>'
        )
        pos = end
    out.append(markup(view.text, marks, pos, len(view.text), opened))
    return Markup("".join(out))
