"""The server-rendered pages: home, search (with its CSV and JSONL downloads), article, speaker, claim,
"try it", and the speaker edits that ``--allow-edits`` turns on.

Every page is complete without JavaScript. Templates are Jinja2 with autoescaping on for every file, and
the article text is marked up here from character offsets with each piece escaped: no article text,
title, quote or name ever reaches the page as markup. Every read goes through the one query layer
(``store.queries()``); where it lacks a read, a small helper below composes the ones it has.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from kutip.doc import QUOTE_TYPES, SPEECH_ACTS, Document
from kutip.errors import NotFoundError, UsageError
from kutip.lang import LANGUAGE_CODES
from kutip.output.rows import quote_lines
from kutip.serve import charts
from kutip.serve.article_view import ArticleView, article_html, article_view, document_view
from kutip.serve.render import ENV, queries_of, read_form, render, render_error
from kutip.store.claim_queries import ClaimDetail, ClaimFilter, ClaimRow
from kutip.store.queries import Page, Queries, QuoteFilter, QuoteRow, SpeakerRow

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 25  # hits on a page of search results (the downloads hold every one)
SPEAKER_PAGE_SIZE = 25
TOP_SPEAKERS = 12
HOME_SECONDS = 30.0  # the home page's counts and lists are read again after this long
HOME_CLAIMS = 10
RECENT_WEEKS = 6  # "of the last weeks": counted back from the newest article in the store, not from today
SPEAKER_CLAIMS = 50
TRY_MAX_CHARS = 100_000  # "try it" takes one article, not a dump; `kutip extract` takes the rest
TRY_MAX_BYTES = 12 * TRY_MAX_CHARS  # the form's body, URL-encoded (a character may take 12 bytes)
TRY_TIMEOUT = 10.0
ENV.globals["RECENT_WEEKS"] = RECENT_WEEKS
ENV.globals["TRY_MAX_CHARS"] = TRY_MAX_CHARS


# -- home ------------------------------------------------------------------------------------------------


def _contested_claims(queries: Queries, newest: str | None) -> tuple[list[ClaimRow], dt.date | None]:
    """Claims with a figure conflict or a dispute, most recent first, of the last weeks of the store ("recent"
    counts back from its newest article, so that an archive store shows its own last weeks)."""
    last = charts.parse_date(newest)
    since = last - dt.timedelta(weeks=RECENT_WEEKS) if last else None
    return queries.claims(ClaimFilter(since=since, contested=True), limit=HOME_CLAIMS).rows, since


def _home(request: Request) -> dict[str, Any]:
    """What the home page shows, read at most every ``HOME_SECONDS``: counting a large store's speakers
    and outlets takes longer than every other page, and a few seconds' delay changes nothing on it."""
    state = request.app.state
    held = getattr(state, "home", None)
    if held is not None and time.monotonic() - held[0] < HOME_SECONDS:
        return held[1]
    queries = queries_of(request)
    overview = queries.overview()
    claims, since = _contested_claims(queries, overview.last_date)
    data = {
        "overview": overview,
        "claims": claims,
        "since": since,
        "speakers": queries.speakers(limit=TOP_SPEAKERS).rows,
    }
    state.home = (time.monotonic(), data)
    return data


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    return render(request, "home.html", **_home(request))


# -- search ----------------------------------------------------------------------------------------------


class FormError(ValueError):
    """A search the form cannot run: shown above the form, with status 400."""


@dataclass(frozen=True)
class SearchForm:
    """The search form's fields as given, and the filter they make."""

    q: str = ""
    speaker: str = ""
    act: str = ""
    type: str = ""
    lang: str = ""
    outlet: str = ""
    since: str = ""
    until: str = ""

    @classmethod
    def of(cls, request: Request) -> SearchForm:
        params = request.query_params
        return cls(**{f.name: (params.get(f.name) or "").strip() for f in fields(cls)})

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def where(self) -> QuoteFilter:
        """The query layer's filter of these fields; ``FormError`` for one it cannot take."""
        if self.q.count('"') % 2:
            raise FormError('the search has an unpaired " : close the phrase with a second one, or drop it')
        if self.act and self.act not in SPEECH_ACTS:
            raise FormError(f"no speech act {self.act!r}: one of {', '.join(SPEECH_ACTS)}")
        if self.type and self.type not in QUOTE_TYPES:
            raise FormError(f"no quote type {self.type!r}: one of {', '.join(QUOTE_TYPES)}")
        return QuoteFilter(
            search=self.q or None,
            speaker=self.speaker or None,
            act=self.act or None,
            type=self.type or None,
            outlet=self.outlet or None,
            lang=self.lang.casefold() or None,
            since=_date(self.since, "from"),
            until=_date(self.until, "to"),
        )


def _date(value: str, which: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FormError(f"the {which} date {value!r} is not a date (YYYY-MM-DD)") from None


def _search_page(request: Request, form: SearchForm) -> Page[QuoteRow]:
    """One page of hits."""
    return queries_of(request).quotes(form.where(), PAGE_SIZE, request.query_params.get("after") or None)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request) -> Response:
    form = SearchForm.of(request)
    page: Page[QuoteRow] = Page()
    error = None
    if not form.empty:
        try:
            page = _search_page(request, form)
        except (FormError, UsageError) as err:
            error = str(err)
    return render(
        request,
        "search.html",
        400 if error else 200,
        form=form,
        page=page,
        error=error,
        searched=not form.empty,
    )


def _every_hit(request: Request, where: QuoteFilter) -> Iterator[QuoteRow]:
    """Every matching quote, a page at a time, each page read with the store of the thread that asks for it
    (a streamed response runs its iterator on whichever worker thread is free)."""
    stores = request.app.state.stores
    after: str | None = None
    while True:
        page = stores.reading().queries().quotes(where, 1000, after)
        yield from page.rows
        if page.next is None:
            return
        after = page.next


def _download(request: Request, fmt: str) -> Response:
    form = SearchForm.of(request)
    try:
        where = form.where()
        queries_of(request).quotes(where, 1)  # a search the store refuses fails here, before the stream
    except (FormError, UsageError) as err:
        return render_error(request, 400, str(err))
    rows = _every_hit(request, where)
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"
    body = quote_lines(rows, fmt)
    headers = {"Content-Disposition": f'attachment; filename="kutip-quotes.{fmt}"'}
    return StreamingResponse(body, media_type=media, headers=headers)


@router.get("/search.csv")
def search_csv(request: Request) -> Response:
    return _download(request, "csv")


@router.get("/search.jsonl")
def search_jsonl(request: Request) -> Response:
    return _download(request, "jsonl")


def render_article(request: Request, view: ArticleView, template: str, **context: Any) -> HTMLResponse:
    return render(request, template, view=view, text_html=article_html(view), **context)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: int) -> Response:
    queries = queries_of(request)
    try:
        art = queries.article(article_id)
    except UsageError as err:
        return render_error(request, 404, str(err))
    return render_article(request, article_view(art, queries.article_spans(art.id)), "article.html")


EDIT_NOTICES = {  # what ?done= may say: fixed words, never the query string's
    "merged": "The speaker was merged into this one.",
    "split": "This name is a speaker of its own now.",
}


# -- speakers --------------------------------------------------------------------------------------------


def unique_name(queries: Queries, speaker_id: int) -> str:
    """A name that finds this speaker and no other: one of its registry keys ("karna #144" for a namesake
    kept apart, whatever its number now)."""
    keys = queries.speaker_keys(speaker_id)
    if not keys:
        raise NotFoundError(f"no speaker {speaker_id} in the store")
    return keys[0][1]


def _speaker_quotes(request: Request, speaker_id: int) -> tuple[Page[QuoteRow], str | None]:
    params = request.query_params
    act = (params.get("act") or "").strip()
    words = (params.get("q") or "").strip()
    if act and act not in SPEECH_ACTS:
        return Page(), f"no speech act {act!r}"
    if words.count('"') % 2:
        return Page(), 'the search has an unpaired " : close the phrase with a second one, or drop it'
    where = QuoteFilter(speaker_id=speaker_id, act=act or None, search=words or None)
    try:
        return queries_of(request).quotes(where, SPEAKER_PAGE_SIZE, params.get("after") or None), None
    except UsageError as err:
        return Page(), str(err)


def _speaker_context(request: Request, speaker_id: int) -> dict[str, Any]:
    queries = queries_of(request)
    row: SpeakerRow = queries.speaker_by_id(speaker_id)
    weeks = charts.weekly_counts(queries.quote_days(speaker_id))
    quotes, error = _speaker_quotes(request, speaker_id)
    return {
        "speaker": row,
        "names": queries.speaker_keys(speaker_id),
        "acts_chart": charts.bar_chart("speech-acts-chart", f"Speech acts of {row.name}", list(row.acts)),
        "weeks": weeks,
        "weeks_chart": charts.week_chart("timeline-chart", f"Quotes of {row.name} per week", weeks),
        "quotes": quotes,
        "quote_error": error,
        "sides": queries.claim_queries().speaker_sides(speaker_id, limit=SPEAKER_CLAIMS),
    }


@router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
def speaker(request: Request, speaker_id: int) -> Response:
    try:
        context = _speaker_context(request, speaker_id)
    except UsageError as err:
        return render_error(request, 404, str(err))
    status = 400 if context["quote_error"] else 200
    notice = EDIT_NOTICES.get(request.query_params.get("done") or "")
    return render(request, "speaker.html", status, notice=notice, **context)


# -- claims ----------------------------------------------------------------------------------------------


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, claim_id: int) -> Response:
    try:
        detail: ClaimDetail = queries_of(request).claim(claim_id)
    except UsageError as err:
        return render_error(request, 404, str(err))
    points = [(s.date, s.stance, s.speaker or "unknown") for s in detail.statements]
    chart = charts.stance_timeline("stance-timeline", "Statements on this claim by side over time", points)
    return render(request, "claim.html", detail=detail, claim=detail.claim, chart=chart)


# -- try it ----------------------------------------------------------------------------------------------

TRY_FORMATS = ("auto", "text", "html")


def _extract_pasted(text: str, lang: str, fmt: str) -> Document:
    """The pasted article extracted as ``kutip extract`` would, nothing stored; ``UsageError`` says why
    there is no article in it."""
    from kutip.read import ReadError, read_stream
    from kutip.read.html import sniff
    from kutip.runner import extract_or_error

    data = text.encode("utf-8")
    if fmt == "auto":
        fmt = "html" if sniff(data[:2048]) else "text"
    records = list(read_stream(f"pasted.{'html' if fmt == 'html' else 'txt'}", io.BytesIO(data), fmt))
    record = records[0] if records else ReadError("pasted", None, "nothing to read")
    if isinstance(record, ReadError):
        raise UsageError(record.reason)
    record.doc_id = "pasted"
    doc = extract_or_error(record, lang, TRY_TIMEOUT)
    if isinstance(doc, ReadError):
        raise UsageError(doc.reason)
    return doc


@router.get("/try", response_class=HTMLResponse)
def try_form(request: Request) -> Response:
    return render(request, "try.html", text="", lang="auto", fmt="auto", error=None, view=None)


@router.post("/try", response_class=HTMLResponse)
async def try_extract(request: Request) -> Response:
    form = await read_form(request, TRY_MAX_BYTES)
    too_big = f"the article is over {TRY_MAX_CHARS:,} characters: extract longer texts with `kutip extract`"
    if form is None:
        return render(request, "try.html", 413, text="", lang="auto", fmt="auto", error=too_big, view=None)
    text = form.get("text", "")
    lang = form.get("lang", "auto") if form.get("lang") in ("auto", *LANGUAGE_CODES) else "auto"
    fmt = form.get("format", "auto") if form.get("format") in TRY_FORMATS else "auto"
    shown = {"text": text, "lang": lang, "fmt": fmt}
    if len(text) > TRY_MAX_CHARS:
        return render(request, "try.html", 413, error=too_big, view=None, **{**shown, "text": ""})
    if not text.strip():
        return render(request, "try.html", 400, error="paste an article first", view=None, **shown)
    try:  # in a thread: the server's loop goes on answering other pages meanwhile
        doc = await run_in_threadpool(_extract_pasted, text, lang, fmt)
    except UsageError as err:
        return render(request, "try.html", 400, error=str(err), view=None, **shown)
    return render_article(request, document_view(doc), "try.html", error=None, **shown)
