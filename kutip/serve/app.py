"""The web app: pages and the HTTP API on one FastAPI application, over one store.

Read-only unless ``allow_edits`` (then merging and splitting speakers, guarded by ``token``). Errors of the
API are JSON with the right status and never a traceback; the pages show a plain error page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from kutip import __version__
from kutip.serve import api, pages
from kutip.serve.stores import Stores

HERE = Path(__file__).resolve().parent


def create_app(target: str, *, allow_edits: bool = False, token: str | None = None) -> FastAPI:
    """The web app over the store at ``target`` (a SQLite path or a ``postgresql://`` URL)."""
    stores = Stores(target)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
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
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app
