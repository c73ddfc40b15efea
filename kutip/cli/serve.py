"""``kutip serve``: the web app and the HTTP API over a store (read-only unless ``--allow-edits``)."""

from __future__ import annotations

import ipaddress
import os
import secrets

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
    "--allow-edits", is_flag=True,
    help="allow merging and splitting speakers from the speaker page, with the token printed at start "
    "(or KUTIP_EDIT_TOKEN)",
)  # fmt: skip
def serve(db: str | None, host: str, port: int, allow_edits: bool) -> int:
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
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return 0


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this machine only ("localhost", 127.0.0.1, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: it may resolve to anything
        return False
