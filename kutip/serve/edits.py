"""Fixing the registry from the speaker page, off by default: with ``kutip serve --allow-edits``, merging
another speaker into this one and giving one of its names a speaker of its own, each guarded by the token
printed at start and recorded as ``kutip speakers merge`` and ``split`` record it (marked manual)."""

from __future__ import annotations

import hmac
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from kutip.errors import NotFoundError, UsageError
from kutip.serve.pages import unique_name
from kutip.serve.render import queries_of, read_form, render_error

router = APIRouter(include_in_schema=False)


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
    form = await read_form(request, 64 * 1024)
    refused = _refused(request, form)
    if refused is not None:
        return refused
    assert form is not None
    name = form.get("name", "").strip()
    if not name:
        return render_error(request, 400, "give the name of a speaker")
    try:  # the store's work in a thread: the server's loop goes on answering other pages meanwhile
        target = await run_in_threadpool(_apply, request, speaker_id, action, name)
    except NotFoundError as err:
        return render_error(request, 404, str(err))
    except UsageError as err:
        return render_error(request, 400, str(err))
    request.app.state.home = None  # the most quoted speakers may have changed
    done = "merged" if action == "merge" else "split"
    return RedirectResponse(f"/speakers/{target}?{urlencode({'done': done})}", status_code=303)


def _apply(request: Request, speaker_id: int, action: str, name: str) -> int:
    """Merge ``name`` into speaker ``speaker_id``, or split that name of theirs off; the speaker to show."""
    here = unique_name(queries_of(request), speaker_id)
    with request.app.state.stores.writing() as store:
        if action == "merge":
            store.merge_speakers(name, here)
            return speaker_id
        if store.find_speaker(name) != speaker_id:
            raise UsageError(f"{name!r} is not a name of this speaker")
        store.split_speaker(name)
        return store.find_speaker(name)


@router.post("/speakers/{speaker_id}/merge")
async def merge_speaker(request: Request, speaker_id: int) -> Response:
    return await _edit(request, speaker_id, "merge")


@router.post("/speakers/{speaker_id}/split")
async def split_speaker(request: Request, speaker_id: int) -> Response:
    return await _edit(request, speaker_id, "split")
