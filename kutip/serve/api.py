"""The HTTP API under ``/api/v1``: the query layer's rows as JSON, with the CLI's filters and keyset
cursors.

Thin on purpose: each route checks what the query string can get wrong (a date, a blank filter), asks
``kutip.store.queries`` and returns its rows' JSON form. Routes are plain functions, so FastAPI runs them in
its thread pool, each thread with a store of its own (``stores.py``); errors are raised as Kutip's own
and turned into JSON by ``app.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

import anyio
import anyio.to_thread
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse

from kutip.cli.options import DATE_FORMS, parse_date
from kutip.errors import InputError, UsageError
from kutip.serve.api_models import (
    CLAIM,
    DOCUMENT,
    ArticlePage,
    ClaimPage,
    ErrorBody,
    ExtractRequest,
    Language,
    QuotePage,
    QuoteType,
    SpeakerDetail,
    SpeakerPage,
    SpeechAct,
    schema_ref,
)
from kutip.store.queries import MAX_ID, MAX_PAGE, ArticleFilter, Page, Queries, QuoteFilter

DEFAULT_PAGE = 50
EXTRACTING = 1  # articles extracted at once by one server process (POST /extract)
DATE_PATTERN = r"^(\d{4}(-\d{1,2}(-\d{1,2})?)?|\d{1,2}/\d{1,2}/\d{4})$"  # the forms parse_date reads
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "a bad query: a date, a cursor, a limit, a search expression"},
    404: {"model": ErrorBody, "description": "no such speaker, article or claim in the store"},
    413: {"model": ErrorBody, "description": "the request body is over the server's limit"},
    422: {"model": ErrorBody, "description": "a request body that is not what the operation takes"},
    500: {"model": ErrorBody, "description": "a bug in Kutip (the traceback is in the server's crash file)"},
    503: {"model": ErrorBody, "description": "the store cannot be read"},
}

router = APIRouter(prefix="/api/v1", tags=["api"], responses=ERRORS)


def queries(request: Request) -> Queries:
    """This worker thread's read-only store's queries."""
    return request.app.state.stores.reading().queries()


Reads = Annotated[Queries, Depends(queries)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"rows in the page (at most {MAX_PAGE:,})")]
After = Annotated[
    str | None, Query(max_length=1000, description="the `next` cursor of the page before (opaque)")
]


def date_query(description: str) -> Any:
    """A date parameter: its forms in the OpenAPI document; checked by ``dates`` (a 400 that says why)."""
    return Query(max_length=40, description=description, json_schema_extra={"pattern": DATE_PATTERN})


Since = Annotated[str | None, date_query(f"dated on or after: {DATE_FORMS}")]
Until = Annotated[str | None, date_query("dated on or before (a month or a year: through its end)")]
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
Words = Annotated[
    str | None,
    Query(
        max_length=1000, description='words, all of them in any order; "a phrase" in quotes; pre* a prefix'
    ),
]
Name = Annotated[
    str | None,
    Query(max_length=300, description="a speaker's name or alias, in any language the aliases know"),
]


def page(rows: Page[Any]) -> dict[str, Any]:
    return {"items": [r.to_dict() for r in rows.rows], "next": rows.next}


def given(name: str, value: str | None) -> str | None:
    """A text filter as given; a blank one is a mistake, not "any" (as on the command line)."""
    if value is not None and not value.strip():
        raise UsageError(f"{name} is empty")
    return value


def dates(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    """The date range of ``since`` and ``until`` in the CLI's forms; wrong way round is an error."""
    for value in (since, until):
        if value is not None and not re.fullmatch(DATE_PATTERN, value, re.ASCII):
            raise UsageError(f"{value!r} is not a date: use {DATE_FORMS}")
    try:
        start = parse_date(since) if since is not None else None
        end = parse_date(until, end=True) if until is not None else None
    except ValueError as err:
        raise UsageError(str(err)) from None
    if start and end and start > end:
        raise UsageError(f"since {start} is after until {end}: no date is both")
    return start, end


@router.get("/quotes", response_model=QuotePage, summary="quotes that match, newest article first")
def list_quotes(
    reads: Reads,
    speaker: Name = None,
    speaker_id: Annotated[int | None, Query(ge=1, le=MAX_ID, description="a registry speaker's id")] = None,
    act: Annotated[SpeechAct | None, Query(description="the speech act")] = None,
    q: Words = None,
    match: Annotated[
        str | None,
        Query(max_length=1000, description="a raw full-text expression (SQLite FTS5 or PostgreSQL tsquery)"),
    ] = None,
    type: Annotated[QuoteType | None, Query(description="direct, indirect or mixed")] = None,
    lang: Annotated[Language | None, Query(description="the article's language")] = None,
    outlet: Annotated[str | None, Query(max_length=300, description="the article's outlet, any case")] = None,
    since: Since = None,
    until: Until = None,
    article: Annotated[int | None, Query(ge=1, le=MAX_ID, description="one article's id")] = None,
    after: After = None,
    limit: Limit = DEFAULT_PAGE,
) -> dict[str, Any]:
    start, end = dates(since, until)
    where = QuoteFilter(
        speaker=given("speaker", speaker), act=act, search=given("q", q), raw_search=given("match", match),
        since=start, until=end, lang=lang, article=article, type=type, outlet=given("outlet", outlet),
        speaker_id=speaker_id,
    )  # fmt: skip
    return page(reads.quotes(where, limit, after))


@router.get("/speakers", response_model=SpeakerPage, summary="registry speakers, most quoted first")
def list_speakers(reads: Reads, after: After = None, limit: Limit = DEFAULT_PAGE) -> dict[str, Any]:
    return page(reads.speakers(limit, after))


@router.get("/speakers/{speaker_id}", response_model=SpeakerDetail, summary="one speaker in full")
def get_speaker(
    reads: Reads,
    speaker_id: Id,
    articles: Annotated[int, Query(ge=1, le=1000, description="list at most N of its articles")] = 20,
) -> dict[str, Any]:
    row = reads.speaker_by_id(speaker_id, articles)
    out = row.to_dict()
    out["acts"], out["quoted_in"] = dict(row.acts), out.get("quoted_in", [])
    out["claims"] = [side.to_dict() for side in reads.claim_queries().speaker_sides(speaker_id)]
    return out


@router.get("/articles", response_model=ArticlePage, summary="articles, newest first")
def list_articles(
    reads: Reads,
    lang: Annotated[Language | None, Query(description="in this language")] = None,
    outlet: Annotated[str | None, Query(max_length=300, description="of this outlet, any case")] = None,
    since: Since = None,
    until: Until = None,
    after: After = None,
    limit: Limit = DEFAULT_PAGE,
) -> dict[str, Any]:
    start, end = dates(since, until)
    where = ArticleFilter(lang=lang, outlet=given("outlet", outlet), since=start, until=end)
    return page(reads.articles(where, limit, after))


DOCUMENT_ANSWER: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "the document JSON of kutip/schema/document.schema.json",
        "content": {"application/json": {"schema": schema_ref(DOCUMENT)}},
    }
}


@router.get(
    "/articles/{article_id}",
    response_class=JSONResponse,
    responses=DOCUMENT_ANSWER,
    summary="one article as a document: text, quotes, entities, quantities, dates, furniture set aside",
)
def get_article(reads: Reads, article_id: Id) -> JSONResponse:
    return JSONResponse(reads.document(article_id))


@router.get("/claims", response_model=ClaimPage, summary="claims, most recently dated first")
def list_claims(
    reads: Reads,
    q: Words = None,
    speaker: Name = None,
    since: Annotated[str | None, date_query("its last article dated on or after")] = None,
    until: Annotated[str | None, date_query("its first article dated on or before")] = None,
    lang: Annotated[Language | None, Query(description="with a statement in this language")] = None,
    min_articles: Annotated[int, Query(ge=1, le=MAX_ID, description="in N articles or more")] = 2,
    conflicts: Annotated[bool, Query(description="only claims whose sources give different figures")] = False,
    after: After = None,
    limit: Limit = DEFAULT_PAGE,
) -> dict[str, Any]:
    from kutip.store.claim_queries import ClaimFilter

    start, end = dates(since, until)
    where = ClaimFilter(given("q", q), given("speaker", speaker), start, end, lang, min_articles, conflicts)
    return page(reads.claims(where, limit, after))


@router.get(
    "/claims/{claim_id}",
    response_class=JSONResponse,
    responses={
        200: {
            "description": "the claim in full, as kutip/schema/claim.schema.json",
            "content": {"application/json": {"schema": schema_ref(CLAIM)}},
        }
    },
    summary="one claim in full: statements on each side, figures, repeated utterances",
)
def get_claim(reads: Reads, claim_id: Id) -> JSONResponse:
    return JSONResponse(reads.claim(claim_id).to_dict())


@router.post(
    "/extract",
    response_class=JSONResponse,
    responses=DOCUMENT_ANSWER,
    summary="extract one article sent in the request; nothing is stored",
)
async def extract(request: Request, body: ExtractRequest) -> JSONResponse:
    # in threads of its own, one at a time: a long article never holds the threads the pages are read in
    state = request.app.state
    if getattr(state, "extracting", None) is None:
        state.extracting = anyio.CapacityLimiter(EXTRACTING)
    return JSONResponse(await anyio.to_thread.run_sync(_extracted, body, limiter=state.extracting))


def _extracted(body: ExtractRequest) -> dict[str, Any]:
    """The document JSON of the article in ``body``."""
    from kutip.read import Record
    from kutip.read.decode import clean
    from kutip.read.errors import check_text
    from kutip.read.html import page_record
    from kutip.runner import extract_record

    if body.html is not None:
        found = page_record(body.html.encode("utf-8"), body.doc_id, "request", body.url)
        if isinstance(found, str):
            raise InputError(found)
        record = found
        record.title, record.date = body.title or record.title, body.date or record.date
    else:
        assert body.text is not None
        text = clean(body.text)
        problem = check_text(text)
        if problem:
            raise InputError(problem)
        record = Record(body.doc_id, text, "request", body.title, body.url, body.date)
    return extract_record(record, body.lang).to_dict()
