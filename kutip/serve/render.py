"""What every page shares: the Jinja2 environment (autoescaping on for every template), rendering a page or
an error page, the query string of a page, and the query layer of the thread's store."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from markupsafe import escape as esc

from kutip.doc import QUOTE_TYPES, SPEECH_ACTS
from kutip.lang import LANGUAGE_CODES
from kutip.output.claims import figure as figure_text
from kutip.store.queries import Queries, QuoteRow

HERE = Path(__file__).resolve().parent
ENV = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=True,  # every template, whatever its name: nothing the store holds is trusted as markup
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def http_url(url: str | None) -> str | None:
    """``url`` when it is a web address (http or https), else None: a ``javascript:`` or ``data:`` URL from
    a hostile page is shown as text, never made a link."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _query(request: Request, **changes: Any) -> str:
    """The page's query string with ``changes`` (None drops a parameter): pager and download links."""
    params = {k: v for k, v in request.query_params.items() if v}
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    return urlencode(params)


def speaker_link(name: str | None, speaker_id: int | None) -> Markup:
    """A speaker's name, linked to their page when the registry knows them."""
    if speaker_id is not None:
        return Markup(f'<a class="speaker" href="/speakers/{int(speaker_id)}">{esc(name or "unknown")}</a>')
    return Markup(f'<span class="speaker unnamed">{esc(name or "unknown speaker")}</span>')


def outlet_date(outlet: str | None, date: str | None, lang: str | None) -> Markup:
    """ "kompas.com · 2025-03-04 · id": where and when a quote or an article appeared."""
    when = f' datetime="{esc(date[:10])}"' if date else ""
    out = f'<span class="outlet">{esc(outlet or "outlet unknown")}</span> · '
    out += f'<time class="date"{when}>{esc(date or "no date")}</time>'
    if lang:
        out += f' · <span class="lang" title="language">{esc(lang)}</span>'
    return Markup(out)


def act_badge(act: str) -> Markup:
    return Markup(f'<span class="act act-{esc(act)}">{esc(act)}</span>')


def type_badge(kind: str) -> Markup:
    return Markup(f'<span class="qtype {esc(kind)}">{esc(kind)}</span>')


def hit(q: QuoteRow) -> Markup:
    """One quote in a list of results: its words, speaker, role, act, type, outlet, date, and its place in
    its article."""
    who = speaker_link(q.speaker, q.speaker_id)
    if q.rank:
        who += Markup(f' <span class="rank">{esc(q.rank)}</span>')
    if q.role:
        who += Markup(f', <span class="role">{esc(q.role)}</span>')
    others = "".join(f" · {speaker_link(c.name, c.speaker_id)}" for c in q.co_speakers)
    return Markup(
        f'<li class="hit quote-row {esc(q.type)}" data-quote-id="{int(q.id)}">'
        f'<blockquote class="quote-text" lang="{esc(q.lang)}">{esc(q.text)}</blockquote>'
        f'<p class="meta">{who}{others} · {act_badge(q.speech_act)} · {type_badge(q.type)} · '
        f"{outlet_date(q.outlet, q.date, q.lang)} · "
        f'<a class="in-article" href="/articles/{int(q.article_id)}#q{int(q.n)}">in the article</a></p></li>'
    )


# Python, not Jinja macros: they are called for every row of every list, and a macro call costs ten times more
ENV.globals.update(
    speaker_link=speaker_link, outlet_date=outlet_date, act_badge=act_badge, type_badge=type_badge, hit=hit
)
ENV.filters["http_url"] = http_url
ENV.filters["figure"] = lambda f: figure_text(f.value, f.upper, f.unit)
ENV.globals["SPEECH_ACTS"] = SPEECH_ACTS
ENV.globals["QUOTE_TYPES"] = QUOTE_TYPES
ENV.globals["LANGUAGES"] = LANGUAGE_CODES


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page from its template; every page knows the request, the query string helper and whether edits
    are on."""
    html = ENV.get_template(template).render(
        request=request,
        query=lambda **changes: _query(request, **changes),
        allow_edits=bool(getattr(request.app.state, "allow_edits", False)),
        **context,
    )
    return HTMLResponse(html, status_code=status_code)


def render_error(request: Request, status: int, message: str) -> Response:
    """The page shown for an error outside the API (the API answers JSON)."""
    try:
        return render(request, "error.html", status, status=status, message=message)
    except Exception:  # the error page must never fail in its turn: a bare page, escaped
        body = f"<!doctype html><title>Kutip: {status}</title><main><h1>{status}</h1><p>{escape(message)}</p>"
        return HTMLResponse(body, status_code=status)


def queries_of(request: Request) -> Queries:
    """The query layer of this worker thread's read-only store."""
    return request.app.state.stores.reading().queries()


async def read_form(request: Request, limit: int) -> dict[str, str] | None:
    """The fields of a URL-encoded form, or None when its body is over ``limit`` bytes (read no further)."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    fields_ = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    return {k: v[0] for k, v in fields_.items()}
