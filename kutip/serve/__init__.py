"""``kutip serve``: the web app and the HTTP API over a store, read-only unless edits are allowed.

``app`` puts it together; ``api`` is the JSON API under ``/api/v1``; ``pages`` the server-rendered pages
(``templates/``, ``static/``); ``charts`` draws the plain SVG charts; ``stores`` hands each worker thread a
store of its own. Every route asks the one query layer (``kutip.store.queries``), as the CLI does.
"""

from kutip.serve.app import create_app

__all__ = ["create_app"]
