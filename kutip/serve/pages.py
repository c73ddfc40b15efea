"""The server-rendered pages: home, search, article, speaker, claim, and "try it"."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
