"""The server-rendered pages: home, search (with its CSV and JSONL downloads), article, speaker, claim,
"try it", and the speaker edits that ``--allow-edits`` turns on.

Every page is complete without JavaScript. Templates are Jinja2 with autoescaping on for every file, and
the article text is marked up here from character offsets with each piece escaped: no article text,
title, quote or name ever reaches the page as markup. Every read goes through the one query layer
(``store.queries()``); where it lacks a read, a small helper below composes the ones it has.
"""

from __future__ import annotations

import csv
import datetime as dt
import hmac
import io
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from kutip.doc import QUOTE_TYPES, SPEECH_ACTS, Document
from kutip.errors import UsageError
from kutip.lang import LANGUAGE_CODES
from kutip.output.claims import figure as figure_text
from kutip.output.rows import QUOTE_COLUMNS, csv_cell
from kutip.serve import charts
from kutip.serve.article_view import ArticleView, article_html, article_view, document_view
from kutip.store.claim_queries import ClaimDetail, ClaimFilter, ClaimRow
from kutip.store.queries import Page, Queries, QuoteFilter, QuoteRow, SpeakerRow

router = APIRouter(include_in_schema=False)

HERE = Path(__file__).resolve().parent
ENV = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=True,  # every template, whatever its name: nothing the store holds is trusted as markup
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
PAGE_SIZE = 50
SPEAKER_PAGE_SIZE = 25
TOP_SPEAKERS = 12
HOME_CLAIMS = 10
RECENT_WEEKS = 6  # "of the last weeks": counted back from the newest article in the store, not from today
TIMELINE_QUOTES = 20_000  # the most quotes a speaker's weekly timeline reads
SPEAKER_CLAIMS = 50
OVERVIEW_QUOTES = 200_000  # above this, the home page does not count outlets and languages by reading quotes
TRY_MAX_CHARS = 100_000  # "try it" takes one article, not a dump; `kutip extract` takes the rest
TRY_MAX_BYTES = 12 * TRY_MAX_CHARS  # the form's body, URL-encoded (a character may take 12 bytes)
TRY_TIMEOUT = 10.0
FILTER_FIELDS = frozenset(f.name for f in fields(QuoteFilter))


def http_url(url: str | None) -> str | None:
    """``url`` when it is a web address (http or https), else None: a ``javascript:`` or ``data:`` URL from
    a hostile page is shown as text, never made a link."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _query(request: Request, **changes: Any) -> str:
    """The page's query string with ``changes`` (None drops a parameter): pager and download links."""
    params = {k: v for k, v in request.query_params.items() if v}
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    return urlencode(params)


ENV.filters["http_url"] = http_url
ENV.filters["figure"] = lambda f: figure_text(f.value, f.upper, f.unit)
ENV.globals["SPEECH_ACTS"] = SPEECH_ACTS
ENV.globals["QUOTE_TYPES"] = QUOTE_TYPES
ENV.globals["LANGUAGES"] = LANGUAGE_CODES
ENV.globals["RECENT_WEEKS"] = RECENT_WEEKS
ENV.globals["TRY_MAX_CHARS"] = TRY_MAX_CHARS


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page from its template; every page knows the request, the query string helper and whether edits
    are on."""
    html = ENV.get_template(template).render(
        request=request,
        query=lambda **changes: _query(request, **changes),
        allow_edits=bool(getattr(request.app.state, "allow_edits", False)),
        **context,
    )
    return HTMLResponse(html, status_code=status_code)


def render_error(request: Request, status: int, message: str) -> Response:
    """The page shown for an error outside the API (the API answers JSON)."""
    try:
        return render(request, "error.html", status, status=status, message=message)
    except Exception:  # the error page must never fail in its turn: a bare page, escaped
        body = f"<!doctype html><title>Kutip: {status}</title><main><h1>{status}</h1><p>{escape(message)}</p>"
        return HTMLResponse(body, status_code=status)


def _queries(request: Request) -> Queries:
    return request.app.state.stores.reading().queries()


# -- home ------------------------------------------------------------------------------------------------


@dataclass
class Overview:
    """What the home page counts; outlets, languages and the date range are read from the quotes (the
    query layer counts only rows), so a store too large to read that way leaves them unknown."""

    articles: int
    quotes: int
    speakers: int
    outlets: int | None = None
    languages: tuple[str, ...] | None = None
    first_date: str | None = None
    last_date: str | None = None


_overviews: dict[tuple[str, tuple[tuple[str, int], ...]], Overview] = {}
_overview_lock = threading.Lock()


def _overview(queries: Queries) -> Overview:
    """The store's counts, the rest read once per state of the store (its row counts) and kept."""
    counts = queries.counts()
    key = (str(queries.store.target), tuple(sorted(counts.items())))
    with _overview_lock:
        known = _overviews.get(key)
    if known is not None:
        return known
    out = Overview(counts.get("articles", 0), counts.get("quotes", 0), counts.get("speakers", 0))
    if out.quotes <= OVERVIEW_QUOTES:
        outlets, langs, days = set(), set(), set()
        for q in queries.iter_quotes(batch=5000):
            outlets.add(q.outlet)
            langs.add(q.lang)
            if q.date:
                days.add(q.date[:10])
        out.outlets = len(outlets - {None})
        out.languages = tuple(sorted(langs))
        out.first_date, out.last_date = (min(days), max(days)) if days else (None, None)
    with _overview_lock:
        _overviews[key] = out
    return out


def _newest_date(queries: Queries) -> dt.date | None:
    """The newest article date with a quote: "recent" on the home page counts back from it, so that an
    archive store shows its own last weeks."""
    page = queries.quotes(limit=1)
    return charts.parse_date(page.rows[0].date) if page.rows else None


def _contested_claims(queries: Queries) -> tuple[list[ClaimRow], dt.date | None]:
    """Claims with a figure conflict or a dispute, most recent first, of the last weeks of the store."""
    newest = _newest_date(queries)
    since = newest - dt.timedelta(weeks=RECENT_WEEKS) if newest else None
    rows = queries.claims(ClaimFilter(since=since), limit=500).rows
    return [c for c in rows if c.figure_conflict or c.disputes][:HOME_CLAIMS], since


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    queries = _queries(request)
    claims, since = _contested_claims(queries)
    return render(
        request,
        "home.html",
        overview=_overview(queries),
        claims=claims,
        since=since,
        speakers=queries.speakers(limit=TOP_SPEAKERS).rows,
    )


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

    def where(self) -> tuple[QuoteFilter, Callable[[QuoteRow], bool]]:
        """The query layer's filter, and the test of the filters it cannot apply yet (done on each row)."""
        if self.q.count('"') % 2:
            raise FormError('the search has an unpaired " : close the phrase with a second one, or drop it')
        if self.act and self.act not in SPEECH_ACTS:
            raise FormError(f"no speech act {self.act!r}: one of {', '.join(SPEECH_ACTS)}")
        if self.type and self.type not in QUOTE_TYPES:
            raise FormError(f"no quote type {self.type!r}: one of {', '.join(QUOTE_TYPES)}")
        kwargs: dict[str, Any] = {
            "search": self.q or None,
            "speaker": self.speaker or None,
            "act": self.act or None,
            "lang": self.lang.casefold() or None,
            "since": _date(self.since, "from"),
            "until": _date(self.until, "to"),
        }
        tests: list[Callable[[QuoteRow], bool]] = []
        for name, value in (("type", self.type), ("outlet", self.outlet)):
            if not value:
                continue
            if name in FILTER_FIELDS:  # the query layer's own filter, once it has one
                kwargs[name] = value
            else:
                tests.append(_type_is(value) if name == "type" else _outlet_is(value))
        return QuoteFilter(**kwargs), lambda row: all(t(row) for t in tests)


def _type_is(kind: str) -> Callable[[QuoteRow], bool]:
    return lambda row: row.type == kind


def _outlet_is(outlet: str) -> Callable[[QuoteRow], bool]:
    wanted = outlet.casefold()
    return lambda row: (row.outlet or "").casefold() == wanted


def _date(value: str, which: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FormError(f"the {which} date {value!r} is not a date (YYYY-MM-DD)") from None


def _search_page(request: Request, form: SearchForm) -> Page[QuoteRow]:
    """One page of hits; a filter the layer cannot apply yet may leave a page short, never wrong."""
    where, keep = form.where()
    page = _queries(request).quotes(where, PAGE_SIZE, request.query_params.get("after") or None)
    return Page([r for r in page.rows if keep(r)], page.next)


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


def _every_hit(request: Request, where: QuoteFilter, keep: Callable[[QuoteRow], bool]) -> Iterator[QuoteRow]:
    """Every matching quote, a page at a time, each page read with the store of the thread that asks for it
    (a streamed response runs its iterator on whichever worker thread is free)."""
    stores = request.app.state.stores
    after: str | None = None
    while True:
        page = stores.reading().queries().quotes(where, 1000, after)
        yield from (r for r in page.rows if keep(r))
        if page.next is None:
            return
        after = page.next


def _csv_lines(rows: Iterator[QuoteRow]) -> Iterator[str]:
    """The CSV of ``kutip quotes --format csv``, a line at a time (cells that look like formulas quoted)."""
    buf = io.StringIO()
    w = csv.writer(buf)

    def line(cells: list[Any]) -> str:
        buf.seek(0)
        buf.truncate()
        w.writerow(cells)
        return buf.getvalue()

    yield line(list(QUOTE_COLUMNS))
    for r in rows:
        cells = {name: getattr(r, name) for name in QUOTE_COLUMNS if name != "co_speakers"}
        cells["co_speakers"] = "; ".join(c.name for c in r.co_speakers)
        yield line([csv_cell(cells[name]) for name in QUOTE_COLUMNS])


def _download(request: Request, fmt: str) -> Response:
    form = SearchForm.of(request)
    try:
        where, keep = form.where()
        _queries(request).quotes(where, 1)  # a search the store refuses fails here, before the stream
    except (FormError, UsageError) as err:
        return render_error(request, 400, str(err))
    rows = _every_hit(request, where, keep)
    if fmt == "csv":
        body, media = _csv_lines(rows), "text/csv; charset=utf-8"
    else:
        body = (json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in rows)
        media = "application/x-ndjson; charset=utf-8"
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
    try:
        art = _queries(request).article(str(article_id))
    except UsageError as err:
        return render_error(request, 404, str(err))
    if art.id != article_id:  # the layer reads a doc_id first: an article whose doc_id is another's number
        return render_error(request, 404, f"article {article_id} is reachable by its doc_id only")
    return render_article(request, article_view(art), "article.html")


# -- speakers --------------------------------------------------------------------------------------------


def _speaker_name(queries: Queries, speaker_id: int) -> str:
    """A name that means this speaker and no other. The layer finds speakers by name only, so the list is
    read (most quoted first, a page at a time) until the id turns up; a namesake kept apart is called by
    its registry key, "name #id"."""
    after: str | None = None
    while True:
        page = queries.speakers(limit=1000, after=after)
        for s in page.rows:
            if s.id == speaker_id:
                for name in (s.name, f"{s.name} #{s.id}"):
                    try:
                        if queries.store.find_speaker(name) == speaker_id:
                            return name
                    except UsageError:
                        continue
                raise UsageError(f"speaker {speaker_id} has no name of its own")
        if page.next is None:
            raise UsageError(f"no speaker {speaker_id} in the store")
        after = page.next


def _speaks(row: QuoteRow, speaker_id: int) -> bool:
    """Whether the speaker is one of the quote's speakers (a name filter also finds longer names that hold
    it: "Budi" is a word of "Budi Santoso")."""
    return row.speaker_id == speaker_id or any(c.speaker_id == speaker_id for c in row.co_speakers)


@dataclass(frozen=True)
class SideTaken:
    claim: ClaimRow
    stances: tuple[str, ...]  # the sides of this speaker's statements, each once, in the order given


def _sides(queries: Queries, name: str, speaker_id: int) -> list[SideTaken]:
    """The claims the speaker made a statement in, and on which side."""
    page = queries.claim_queries().claims_in_full(ClaimFilter(speaker=name, min_articles=1), SPEAKER_CLAIMS)
    out = []
    for detail in page.rows:
        stances = tuple(dict.fromkeys(s.stance for s in detail.statements if s.speaker_id == speaker_id))
        if stances:
            out.append(SideTaken(detail.claim, stances))
    return out


def _speaker_quotes(request: Request, name: str, speaker_id: int) -> tuple[Page[QuoteRow], str | None]:
    params = request.query_params
    act = (params.get("act") or "").strip()
    words = (params.get("q") or "").strip()
    if act and act not in SPEECH_ACTS:
        return Page(), f"no speech act {act!r}"
    if words.count('"') % 2:
        return Page(), 'the search has an unpaired " : close the phrase with a second one, or drop it'
    where = QuoteFilter(speaker=name, act=act or None, search=words or None)
    try:
        page = _queries(request).quotes(where, SPEAKER_PAGE_SIZE, params.get("after") or None)
    except UsageError as err:
        return Page(), str(err)
    return Page([r for r in page.rows if _speaks(r, speaker_id)], page.next), None


def _speaker_context(request: Request, speaker_id: int) -> dict[str, Any]:
    queries = _queries(request)
    name = _speaker_name(queries, speaker_id)
    row: SpeakerRow = queries.speaker(name)
    dates = []
    for i, q in enumerate(queries.iter_quotes(QuoteFilter(speaker=name))):
        if i >= TIMELINE_QUOTES:
            break
        if _speaks(q, speaker_id):
            dates.append(q.date)
    weeks = charts.weekly_counts(dates)
    quotes, error = _speaker_quotes(request, name, speaker_id)
    return {
        "speaker": row,
        "unique_name": name,
        "acts_chart": charts.bar_chart("speech-acts-chart", f"Speech acts of {row.name}", list(row.acts)),
        "weeks": weeks,
        "weeks_chart": charts.week_chart("timeline-chart", f"Quotes of {row.name} per week", weeks),
        "quotes": quotes,
        "quote_error": error,
        "sides": _sides(queries, name, speaker_id),
    }


@router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
def speaker(request: Request, speaker_id: int) -> Response:
    try:
        context = _speaker_context(request, speaker_id)
    except UsageError as err:
        return render_error(request, 404, str(err))
    status = 400 if context["quote_error"] else 200
    return render(request, "speaker.html", status, notice=request.query_params.get("done"), **context)


# -- edits (off unless --allow-edits) -------------------------------------------------------------------


async def _form(request: Request, limit: int) -> dict[str, str] | None:
    """The fields of a URL-encoded form, or None when its body is over ``limit`` bytes (read no further)."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    fields_ = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    return {k: v[0] for k, v in fields_.items()}


def _refused(request: Request, form: dict[str, str] | None) -> Response | None:
    """Why an edit is refused (edits off, a wrong or missing token), or None to go ahead."""
    state = request.app.state
    if not getattr(state, "allow_edits", False):
        return render_error(request, 403, "this server is read-only: edits are not allowed")
    token = getattr(state, "token", None)
    given = (form or {}).get("token", "")
    if not token or not hmac.compare_digest(given.encode(), str(token).encode()):
        return render_error(request, 403, "wrong token: the edit was not made")
    return None


async def _edit(request: Request, speaker_id: int, action: str) -> Response:
    form = await _form(request, 64 * 1024)
    refused = _refused(request, form)
    if refused is not None:
        return refused
    assert form is not None
    name = form.get("name", "").strip()
    if not name:
        return render_error(request, 400, "give the name of a speaker")
    try:
        here = _speaker_name(_queries(request), speaker_id)
        with request.app.state.stores.writing() as store:
            if action == "merge":
                store.merge_speakers(name, here)
                target, done = speaker_id, f"{name} merged into {here}"
            else:
                if store.find_speaker(name) != speaker_id:
                    raise UsageError(f"{name!r} is not a name of {here}")
                store.split_speaker(name)
                target, done = store.find_speaker(name), f"{name} is a speaker of its own"
    except UsageError as err:
        return render_error(request, 400, str(err))
    return RedirectResponse(f"/speakers/{target}?{urlencode({'done': done})}", status_code=303)


@router.post("/speakers/{speaker_id}/merge")
async def merge_speaker(request: Request, speaker_id: int) -> Response:
    return await _edit(request, speaker_id, "merge")


@router.post("/speakers/{speaker_id}/split")
async def split_speaker(request: Request, speaker_id: int) -> Response:
    return await _edit(request, speaker_id, "split")


# -- claims ----------------------------------------------------------------------------------------------


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, claim_id: int) -> Response:
    try:
        detail: ClaimDetail = _queries(request).claim(claim_id)
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
    form = await _form(request, TRY_MAX_BYTES)
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
    try:
        doc = _extract_pasted(text, lang, fmt)
    except UsageError as err:
        return render(request, "try.html", 400, error=str(err), view=None, **shown)
    return render_article(request, document_view(doc), "try.html", error=None, **shown)
