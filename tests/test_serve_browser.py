"""The web app in a real browser: Debian's Chromium driven by Playwright, against `kutip serve`'s app on a
loopback port. Home, search, a click through to an article with its quotes highlighted, a speaker page with
its chart, a claim page with both columns; a screenshot of each page goes to ``build/screenshots/``. An
article carrying script in its title, text and quotes must show it as text: no injected script runs.

Skips with a message when no Chromium is installed (``scripts/browser.sh`` installs Debian's); CI sets
``KUTIP_REQUIRE_BROWSER=1``, which turns that skip into a failure."""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kutip.ingest import ingest
from kutip.read import read_paths
from kutip.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "build" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.browser

# written for this test in the style of Indonesian regional news; the markup is the attack
HOSTILE = {
    "doc_id": "hostile-1",
    "lang": "id",
    "date": "2025-03-08",
    "url": "javascript:window.__kutipXss=1",
    "title": "Warga Protes <script>window.__kutipXss=1</script> Banjir",
    "text": (
        "LEMBAH HIJAU - Warga Desa Sukamaju memprotes lambatnya bantuan banjir. "
        '"Kami sudah tiga hari tidak menerima bantuan <img src=x onerror="window.__kutipXss=1">," kata '
        "Ketua RT 03 Sukamaju, Darmaji, Sabtu (8/3/2025). Kepala Dinas Sosial Lembah Hijau, Ratna Wulandari, "
        'mengatakan bantuan dikirim hari ini. "Truk <script>window.__kutipXss=1</script> sudah berangkat '
        'pagi tadi," ujarnya.'
    ),
}


def _browser_or_skip() -> str:
    if CHROMIUM:
        return CHROMIUM
    if os.environ.get("KUTIP_REQUIRE_BROWSER"):
        pytest.fail("KUTIP_REQUIRE_BROWSER is set but no chromium is installed (run scripts/browser.sh)")
    pytest.skip("no chromium installed: the browser tests are skipped (scripts/browser.sh installs Debian's)")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The web app over a store of the bundled claim story and the hostile article, on a loopback port."""
    _browser_or_skip()
    import uvicorn

    from kutip.claims.build import build_claims
    from kutip.serve import create_app

    folder = tmp_path_factory.mktemp("site")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = str(folder / "site.db")
    with open_store(db) as store:
        ingest(
            read_paths([str(ROOT / "kutip" / "examples" / "claims_story.jsonl"), str(hostile)]),
            store,
            "auto",
            1,
        )
        build_claims(store)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    assert server.started, "the web app did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(site: str):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_browser_or_skip(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.dialogs = dialogs  # type: ignore[attr-defined]
        yield page
        browser.close()


def _shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    assert (SHOTS / f"{name}.png").stat().st_size > 5_000


def test_home_search_article_speaker_and_claim_in_a_browser(site: str, page) -> None:
    page.goto(site + "/")
    assert page.locator("main").count() == 1 and page.locator("#search").count() >= 1
    _shot(page, "home")

    page.fill("#search input[name=q]", "bendungan")
    page.press("#search input[name=q]", "Enter")
    page.wait_for_load_state()
    hits = page.locator(".hit")
    assert hits.count() >= 1
    _shot(page, "search")

    hits.first.locator("a.in-article").click()
    page.wait_for_load_state()
    assert "/articles/" in page.url
    assert page.locator("mark.quote").count() >= 1
    _shot(page, "article")

    page.locator("a.mention").first.click()
    page.wait_for_load_state()
    assert "/speakers/" in page.url
    assert page.locator("svg#speech-acts-chart").count() == 1
    _shot(page, "speaker")

    page.goto(site + "/claims/1")
    assert page.locator("#supports").count() == 1 and page.locator("#disputes").count() == 1
    assert page.locator("#supports .statement").count() >= 1
    _shot(page, "claim")


def test_injected_markup_is_shown_as_text_and_never_runs(site: str, page) -> None:
    page.goto(site + "/search?q=bantuan")
    link = page.locator(".hit a.in-article").first
    link.click()
    page.wait_for_load_state()
    assert "<script>" in page.inner_text("main")  # shown, as text
    assert page.evaluate("typeof window.__kutipXss") == "undefined"
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.dialogs == []  # type: ignore[attr-defined]
    _shot(page, "hostile-article")


def test_the_home_page_fits_a_phone(site: str, page) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site + "/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 392  # no sideways scrolling at phone width
    _shot(page, "home-phone")
    page.set_viewport_size({"width": 1280, "height": 900})
