"""The web app: pages and the HTTP API on one FastAPI application, over one store.

Read-only unless ``allow_edits`` (then merging and splitting speakers, guarded by ``token``). Errors of the
API are JSON with the right status and never a traceback; the pages show a plain error page.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kutip import __version__
from kutip.errors import InputError, KutipError, NotFoundError, StoreError, UsageError
from kutip.serve import api, api_docs, edits, pages, render
from kutip.serve.api_models import json_schema_components
from kutip.serve.stores import Stores

HERE = Path(__file__).resolve().parent
API_PREFIX = "/api/"
THREADS = 2  # pages and API calls run at once in one process: more only wait on each other for Python's lock
MAX_BODY_BYTES = 4 * 1024 * 1024  # an article page with its markup; the API's own bodies are far smaller
INTERNAL_MESSAGE = "internal error (a bug in Kutip): the server wrote its traceback to a crash file"


def create_app(
    target: str, *, allow_edits: bool = False, token: str | None = None, max_body_bytes: int = MAX_BODY_BYTES
) -> FastAPI:
    """The web app over the store at ``target`` (a SQLite path or a ``postgresql://`` URL)."""
    stores = Stores(target)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
        yield
        stores.close()

    app = FastAPI(
        lifespan=lifespan,
        title="Kutip",
        version=__version__,
        description="Who said what in the news: quotes, speakers, articles and claims of a Kutip store.",
        docs_url=None,  # FastAPI's pages load their scripts from a CDN: ours is drawn on the server
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    app.state.stores = stores
    app.state.allow_edits = allow_edits
    app.state.token = token
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(edits.router)
    app.include_router(api_docs.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    add_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.openapi = with_schema_components(app)  # type: ignore[method-assign]
    return app


def error_response(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> Response:
    """The one error format: JSON ``{"error": {"status", "message"}}`` under /api, else the error page."""
    if request.url.path.startswith(API_PREFIX):
        return JSONResponse({"error": {"status": status, "message": message}}, status, headers=headers)
    response = render.render_error(request, status, message)
    if headers:
        response.headers.update(headers)
    return response


def status_of(err: KutipError) -> int:
    """The HTTP status of one of Kutip's own errors."""
    if isinstance(err, NotFoundError):
        return 404
    if isinstance(err, UsageError):
        return 400
    if isinstance(err, InputError):  # an article sent to /extract that cannot become a document
        return 422
    if isinstance(err, StoreError):
        return 503
    return 400


def add_error_handlers(app: FastAPI) -> None:
    """Every error, expected or not, as ``error_response``: never a traceback in an answer."""

    async def kutip_error(request: Request, err: Exception) -> Response:
        assert isinstance(err, KutipError)
        return error_response(request, status_of(err), one_line(str(err)))

    async def http_error(request: Request, err: Exception) -> Response:
        assert isinstance(err, HTTPException)
        return error_response(request, err.status_code, one_line(str(err.detail)), err.headers)

    async def invalid_request(request: Request, err: Exception) -> Response:
        """FastAPI's validation errors in one line; a bad body is 422, a bad query string or path 400."""
        assert isinstance(err, RequestValidationError)
        errors = list(err.errors())
        status = 422 if any(e.get("loc", ("",))[0] == "body" for e in errors) else 400
        return error_response(request, status, validation_message(errors))

    async def internal_error(request: Request, err: Exception) -> Response:
        from kutip.crash import INTERNAL, describe, write_traceback

        path = write_traceback(err, f"request: {request.method} {request.url.path}")
        where = f"traceback written to {path}" if path else "no traceback file could be written"
        print(f"kutip: {INTERNAL}: {describe(err)}; {where}", file=sys.stderr, flush=True)
        return error_response(request, 500, INTERNAL_MESSAGE)

    app.add_exception_handler(KutipError, kutip_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(Exception, internal_error)


def validation_message(errors: list[dict[str, Any]]) -> str:
    """``query.limit: Input should be less than or equal to 10000; ...``: where, and what is wrong."""
    parts = []
    for e in errors[:5]:
        where = ".".join(str(x) for x in e.get("loc", ()))
        parts.append(f"{where}: {e.get('msg', 'invalid')}" if where else str(e.get("msg", "invalid")))
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return one_line("; ".join(parts) + more)


def one_line(message: str, width: int = 500) -> str:
    message = " ".join(message.split())
    return message if len(message) <= width else message[: width - 1] + "…"


class BodyLimit:
    """Refuse a request body over ``max_bytes`` with 413: at once when its Content-Length says so, else as
    soon as the bytes read pass the limit (a chunked body declares no length)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def message(self) -> str:
        return f"the request body is over the limit of {self.max_bytes:,} bytes"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = Headers(scope=scope).get("content-length", "")
        if length.isascii() and length.isdigit() and int(length) > self.max_bytes:
            response = error_response(Request(scope), 413, self.message(), {"Connection": "close"})
            await response(scope, receive, send)
            return
        await self.app(scope, self.counting(receive), send)

    def counting(self, receive: Receive) -> Callable[[], Any]:
        total = 0

        async def receive_within_limit() -> Message:
            nonlocal total
            message = await receive()
            if message["type"] == "http.request":
                total += len(message.get("body", b""))
                if total > self.max_bytes:
                    raise HTTPException(413, self.message())  # answered by ``http_error``, inside the app
            return message

        return receive_within_limit


def with_schema_components(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """``app.openapi`` that also holds the document and claim schemas the API's answers refer to."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            schema.setdefault("components", {}).setdefault("schemas", {}).update(json_schema_components())
            app.openapi_schema = schema
        return app.openapi_schema

    return openapi
