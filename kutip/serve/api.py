"""The HTTP API under ``/api/v1``: the query layer's rows as JSON, with the CLI's filters and keyset
cursors."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/api/v1", tags=["api"])
