"""The server-rendered pages: home, search, article, speaker, claim, and "try it"."""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

router = APIRouter(include_in_schema=False)


def render_error(request: Request, status: int, message: str) -> Response:
    """The page shown for an error outside the API (the API answers JSON)."""
    del request
    body = f"<!doctype html><title>Kutip: {status}</title><main><h1>{status}</h1><p>{escape(message)}</p>"
    return HTMLResponse(body, status_code=status)
