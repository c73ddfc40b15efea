"""``kutip serve``: the web app and the HTTP API over a store (read-only unless ``--allow-edits``)."""

from __future__ import annotations

import ipaddress
import os
import secrets
from typing import Any

import click

from kutip.cli.options import db_option
from kutip.errors import UsageError


@click.command()
@db_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="address to listen on (loopback by default)"
)
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="port to listen on"
)
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1, 64),
    help="server processes (one per core serves more clients at once)",
)  # fmt: skip
@click.option(
    "--allow-edits", is_flag=True,
    help="allow merging and splitting speakers from the speaker page, with the token printed at start "
    "(or KUTIP_EDIT_TOKEN)",
)  # fmt: skip
def serve(db: str | None, host: str, port: int, workers: int, allow_edits: bool) -> int:
    """Serve the web app and the HTTP API (/api/v1) over the store."""
    import uvicorn

    from kutip.cli.common import note
    from kutip.serve import create_app
    from kutip.store import DEFAULT_DB, shown_target

    target = db or DEFAULT_DB
    token = (os.environ.get("KUTIP_EDIT_TOKEN") or secrets.token_urlsafe(16)) if allow_edits else None
    if allow_edits and token and len(token) < 12:
        raise UsageError("KUTIP_EDIT_TOKEN: at least 12 characters")
    app = create_app(target, allow_edits=allow_edits, token=token)  # a store that is not there: exit 3
    shown_host = f"[{host}]" if ":" in host else host  # an IPv6 address in a URL is bracketed
    note(f"serving {shown_target(target)} at http://{shown_host}:{port}/ (Ctrl-C stops)")
    if not is_loopback(host):
        note(f"listening on {host}: other machines can reach it (no TLS, no login)")
    if token:
        note(f"edits allowed with the token {token}")
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return 0
    # several processes: each builds its own app from what this one checked, passed in the environment
    os.environ[ENV_TARGET] = target
    os.environ[ENV_TOKEN] = token or ""
    uvicorn.run(
        "kutip.cli.serve:app_from_environment", factory=True, host=host, port=port, workers=workers,
        log_level="warning",
    )  # fmt: skip
    return 0


ENV_TARGET = "KUTIP_SERVE_DB"
ENV_TOKEN = "KUTIP_SERVE_TOKEN"


def app_from_environment() -> Any:
    """The app of one worker process of ``kutip serve --workers N``."""
    from kutip.serve import create_app

    token = os.environ.get(ENV_TOKEN) or None
    return create_app(os.environ[ENV_TARGET], allow_edits=token is not None, token=token)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this machine only ("localhost", 127.0.0.1, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: it may resolve to anything
        return False
