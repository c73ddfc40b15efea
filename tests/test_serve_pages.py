"""The server-rendered pages of ``kutip serve`` (issue 12): every page over a store built here (the bundled
claim story and three articles written for this test, one of them hostile), through FastAPI's TestClient."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import invoke
from fastapi.testclient import TestClient

import kutip
from kutip.serve import article_view, charts, create_app, pages, render
from kutip.store import open_store
from kutip.store.queries import QuoteFilter

STORY = Path(kutip.__file__).parent / "examples" / "claims_story.jsonl"
HOSTILE_TITLE = 'Rob Rendam Pesisir <script>alert(1)</script> "><img src=x onerror=alert(1)>'
ARTICLES = [
    {
        "doc_id": "rob-hostile",
        "lang": "id",
        "date": "2025-03-10",
        "url": "javascript:alert(1)",
        "outlet": "pesisir-contoh.id",
        "title": HOSTILE_TITLE,
        "text": (
            "SEMARANG - Banjir rob kembali merendam kawasan pesisir Kelurahan Tanjung Mas, "
            "Senin (10/3/2025).\n\n"
            '"Air laut naik sampai 40 sentimeter <script>alert(1)</script> dan 250 keluarga kami ungsikan '
            'ke balai kelurahan," kata Kepala BPBD Kota Semarang Endro Wicaksono di lokasi.\n\n'
            'Endro menegaskan bahwa pompa air "><img src=x onerror=alert(1)> di Tanjung Mas rusak '
            "sejak pekan lalu.\n\n"
            "Warga diminta waspada hingga Kamis malam."
        ),
    },
    {
        "doc_id": "pasar-murah",
        "lang": "id",
        "date": "2025-03-11",
        "url": "https://kabar-contoh.id/ekonomi/2025/03/11/pasar-murah",
        "outlet": "kabar-contoh.id",
        "title": "Pemkot Gelar Pasar Murah Jelang Ramadan",
        "text": (
            "SEMARANG - Pemerintah Kota Semarang menggelar pasar murah di 16 kecamatan menjelang Ramadan.\n\n"
            "Kepala Dinas Perdagangan Kota Semarang Sri Rahayuningsih mengatakan bahwa harga beras di pasar "
            "murah dijual Rp 12.000 per kilogram.\n\n"
            '"Kami ingin warga bisa belanja kebutuhan pokok dengan harga terjangkau selama Ramadan," '
            "ujar Sri di Balai Kota, Selasa (11/3/2025).\n\n"
            "Ia membantah bahwa stok beras di gudang Bulog menipis."
        ),
    },
    {
        "doc_id": "jalan-rusak",
        "lang": "id",
        "date": "2025-03-12",
        "url": "https://kabar-contoh.id/daerah/2025/03/12/jalan-rusak",
        "outlet": "kabar-contoh.id",
        "title": "Perbaikan Jalan Pantura Ditargetkan Rampung April",
        "text": (
            "DEMAK - Perbaikan jalan Pantura di ruas Demak-Kudus ditargetkan rampung pada April 2025.\n\n"
            '"Kami kebut pengerjaan siang dan malam agar jalur mudik aman," kata Kepala Balai Besar '
            "Pelaksanaan Jalan Nasional Jawa Tengah Bagus Santoso, Rabu (12/3/2025).\n\n"
            "Bagus menjelaskan bahwa anggaran perbaikan mencapai Rp 45 miliar."
        ),
    },
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The store every read-only test shares: the claim story and the three articles, claims built."""
    folder = tmp_path_factory.mktemp("serve")
    mine = folder / "mine.jsonl"
    mine.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    path = str(folder / "pages.db")
    result = invoke("ingest", "--claims", "--quiet", "--db", path, str(STORY), str(mine))
    assert result.exit_code == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    with TestClient(create_app(db)) as c:
        yield c


def _store(db: str):
    return open_store(db, read_only=True, create=False)


def _article_id(db: str, doc_id: str) -> int:
    with _store(db) as store:
        return store.queries().article(doc_id).id


def _central_claim(db: str):
    """The story's dam claim: disputed, with a figure conflict (1.200 against 3,000 evacuees)."""
    with _store(db) as store:
        rows = store.queries().claims(limit=100).rows
    return next(c for c in rows if c.figure_conflict and c.disputes)


class Page(HTMLParser):
    """What a test reads of a page: its elements (tag, attributes) in order, and its text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.open: list[str] = []
        self.unbalanced: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        if tag not in ("meta", "link", "input", "br", "img", "rect", "line", "circle"):
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("rect", "line", "circle"):
            return
        if not self.open or self.open[-1] != tag:
            self.unbalanced.append(tag)
        else:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def find(self, tag: str | None = None, **attrs: str) -> list[dict[str, str]]:
        """Elements of ``tag`` whose attributes hold ``attrs`` (``class_`` matches one class among many)."""
        out = []
        for t, a in self.elements:
            if tag is not None and t != tag:
                continue
            want_class = attrs.get("class_")
            if want_class and not set(want_class.split()) <= set(a.get("class", "").split()):
                continue
            if all(a.get(k) == v for k, v in attrs.items() if k != "class_"):
                out.append(a)
        return out

    def by_id(self, element_id: str) -> dict[str, str] | None:
        found = self.find(id=element_id)
        return found[0] if found else None


def _page(client: TestClient, path: str, status: int = 200) -> Page:
    response = client.get(path)
    assert response.status_code == status, (path, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    return Page(response.text)


def _paths(db: str) -> list[str]:
    with _store(db) as store:
        speaker = store.queries().speakers(limit=1).rows[0].id
    return [
        "/",
        "/search",
        "/search?q=bendungan",
        f"/articles/{_article_id(db, 'watu-agung-kabar')}",
        f"/speakers/{speaker}",
        f"/claims/{_central_claim(db).id}",
        "/try",
    ]


def test_serve_pages_every_page_has_the_landmarks_and_unique_ids(client, db):
    for path in _paths(db):
        page = _page(client, path)
        assert page.find("a", class_="skip-link", href="#main"), path
        assert page.find("header") and page.find("nav", **{"aria-label": "Main"}), path
        assert page.find("main", id="main") and page.find("footer"), path
        assert page.find("html", lang="en"), path
        ids = Counter(a["id"] for _, a in page.elements if "id" in a)
        assert not [i for i, n in ids.items() if n > 1], (path, ids.most_common(3))
        for _, attrs in page.elements:  # every form field has a label
            if _ in ("input", "select", "textarea") and attrs.get("type") != "hidden":
                assert page.find("label", **{"for": attrs["id"]}), (path, attrs)
        assert page.unbalanced == [], (path, page.unbalanced[:5])


def test_serve_pages_home_shows_counts_contested_claims_and_speakers(client, db):
    page = _page(client, "/")
    with _store(db) as store:
        counts = store.counts()
        top = store.queries().speakers(limit=1).rows[0]
    text = "".join(page.text)
    assert page.find("form", id="search", action="/search")
    assert f"{counts['articles']:,}" in text and f"{counts['quotes']:,}" in text
    assert "2025-03-03 to 2025-03-12" in text  # the date range of the store
    assert page.find("a", href=f"/claims/{_central_claim(db).id}")
    assert page.find("a", href=f"/speakers/{top.id}")


def test_serve_pages_search_finds_by_a_word_and_filters_by_act(client, db):
    page = _page(client, "/search?q=ungsikan")
    hits = page.find("li", class_="hit")
    assert len(hits) == 1
    art = _article_id(db, "rob-hostile")
    assert page.find("a", class_="in-article", href=f"/articles/{art}#q0")
    with _store(db) as store:
        denials = [q for q in store.queries().iter_quotes(QuoteFilter(act="deny"))]
    assert denials
    page = _page(client, "/search?act=deny")
    shown = {int(a["data-quote-id"]) for a in page.find("li", class_="hit")}
    assert shown == {q.id for q in denials}
    assert not _page(client, "/search?q=ungsikan&act=deny").find("li", class_="hit")


def test_serve_pages_search_filters_by_type_and_outlet(client, db):
    page = _page(client, "/search?outlet=kabar-contoh.id&type=direct")
    with _store(db) as store:
        want = [
            q for q in store.queries().iter_quotes() if q.outlet == "kabar-contoh.id" and q.type == "direct"
        ]
    assert want and {int(a["data-quote-id"]) for a in page.find("li", class_="hit")} == {q.id for q in want}


def test_serve_pages_search_pages_and_downloads_hold_every_matching_row(client, db, monkeypatch):
    monkeypatch.setattr(pages, "PAGE_SIZE", 3)
    with _store(db) as store:
        want = {q.id for q in store.queries().iter_quotes(QuoteFilter(lang="en"))}
    assert len(want) > 3
    seen, path = [], "/search?lang=en"
    while path:
        page = _page(client, path)
        seen += [int(a["data-quote-id"]) for a in page.find("li", class_="hit")]
        nxt = page.find("a", class_="next-page")
        path = "/search" + nxt[0]["href"] if nxt else ""
    assert sorted(seen) == sorted(want)
    response = client.get("/search.jsonl?lang=en")
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    assert {json.loads(line)["id"] for line in response.text.splitlines()} == want
    rows = list(csv.DictReader(io.StringIO(client.get("/search.csv?lang=en").text)))
    assert len(rows) == len(want) and {r["lang"] for r in rows} == {"en"}


def test_serve_pages_a_bad_search_shows_the_form_with_a_400(client):
    for path in ("/search?q=%22bendungan", "/search?q=%21%21", "/search?since=kemarin"):
        response = client.get(path)
        assert response.status_code == 400, path
        page = Page(response.text)
        assert page.find(id="search-error") and page.find("form", id="search"), path
    assert client.get("/search.csv?q=%22bendungan").status_code == 400


def test_serve_pages_article_marks_each_quote_by_type_with_anchors_and_speaker_links(client, db):
    art_id = _article_id(db, "watu-agung-kabar")
    with _store(db) as store:
        art = store.queries().article(str(art_id))
    assert art.quotes
    page = _page(client, f"/articles/{art_id}")
    for q in art.quotes:
        marks = page.find("mark", id=f"t{q.n}")
        assert len(marks) == 1 and set(marks[0]["class"].split()) == {"quote", q.type}
        assert page.find("li", id=f"q{q.n}", class_=f"quote-item {q.type}")
        assert page.find("a", id=f"quote-{q.id}", href=f"#t{q.n}")
        if q.speaker_id is not None:
            assert page.find("a", href=f"/speakers/{q.speaker_id}")
    mentions = page.find("a", class_="mention")
    assert mentions and all(m["href"].startswith("/speakers/") for m in mentions)
    assert page.find("span", class_="cue") and page.find("span", class_="figure")
    assert page.find("a", id="source-link", href=art.url)


def test_serve_pages_markup_nests_crossing_spans_and_escapes_every_piece():
    text = 'a <b> "c" & d e f'
    marks = [
        article_view.Mark(0, 9, 0, "mark", (("class", "quote direct"),), (("id", "t0"),)),
        article_view.Mark(6, 13, 1, "span", (("class", "cue"),)),
        article_view.Mark(11, 17, 2, "span", (("class", "figure"), ("title", '"><x onerror=1>'))),
    ]
    html = article_view.markup(text, marks)
    page = Page(html)
    assert page.unbalanced == [] and page.open == []
    assert "".join(page.text) == text  # nothing lost, nothing added
    assert "<b>" not in html and "onerror=1>" not in html
    assert len(page.find(id="t0")) == 1  # a split mark keeps its anchor on its first piece only
    assert len(page.find("span", class_="cue")) == 2  # the cue crossed the quote's end: split in two


def test_serve_pages_article_folds_the_furniture_set_aside():
    text = "Harga cabai naik 20 persen. Baca juga: Harga Bawang Turun\n\nKata pedagang, stok menipis."
    crossing = article_view.QuoteView(0, "indirect", "say", text[17:40], 17, 40, None, None, None,
                                      "Pedagang", 7, None, None, None, None, 0.5, None)  # fmt: skip
    removed = [article_view.Span("removed", 28, 56, "read_also")]
    view = article_view.ArticleView("x", None, None, "id", None, None, text, [crossing], removed=removed)
    page = Page(str(article_view.article_html(view)))
    assert page.find("details", class_="removed") and page.unbalanced == []
    assert "".join(t for t in page.text if t != "set aside: read_also") == text
    assert len(page.find("mark", class_="quote indirect")) == 2  # split at the furniture's edge
    assert len(page.find(id="t0")) == 1  # and anchored once


def test_serve_pages_speaker_page_has_charts_roles_and_sides(client, db):
    claim = _central_claim(db)
    with _store(db) as store:
        detail = store.queries().claim(claim.id)
    sid = next(s.speaker_id for s in detail.side("disputes") if s.speaker_id is not None)
    page = _page(client, f"/speakers/{sid}")
    chart = page.find("svg", id="speech-acts-chart", role="img")
    assert chart and chart[0]["aria-labelledby"] == "speech-acts-chart-title speech-acts-chart-desc"
    assert page.find("title", id="speech-acts-chart-title") and page.find("svg", id="timeline-chart")
    assert page.find(id="aliases") and page.find(id="roles")
    assert page.find("a", href=f"/claims/{claim.id}")
    assert page.find("span", class_="stance disputes")
    assert page.find("li", class_="hit")
    assert not page.find("form", id="merge-form")  # edits are off by default


def test_serve_pages_speaker_quotes_filter_by_act(client, db):
    with _store(db) as store:
        sid = store.queries().speakers(limit=1).rows[0].id
        name = store.queries().speakers(limit=1).rows[0].name
        acts = Counter(q.speech_act for q in store.queries().iter_quotes(QuoteFilter(speaker=name))
                       if q.speaker_id == sid)  # fmt: skip
    act, n = acts.most_common()[-1]
    page = _page(client, f"/speakers/{sid}?act={act}")
    hits = page.find("li", class_="hit")
    assert len(hits) == n


def test_serve_pages_claim_page_has_both_sides_and_the_figure_conflicts(client, db):
    claim = _central_claim(db)
    page = _page(client, f"/claims/{claim.id}")
    supports, disputes = page.find("section", id="supports"), page.find("section", id="disputes")
    assert supports and disputes and page.find("section", id="neutral")
    assert page.find("section", id="figure-conflicts") and page.find("table", class_="figures")
    text = "".join(page.text)
    assert "1,200" in text and "3,000" in text
    assert len(page.find("li", class_="statement disputes")) == claim.disputes
    assert len(page.find("li", class_="statement supports")) == claim.supports
    assert page.find("svg", id="stance-timeline")
    links = page.find("a", class_="in-article")
    assert len(links) == claim.statements and all("#quote-" in a["href"] for a in links)


def _no_hostile_markup(html: str) -> None:
    page = Page(html)
    scripts = page.find("script")
    assert all(s.get("src") == "/static/kutip.js" for s in scripts)
    assert not page.find("img")
    assert not [a for _, a in page.elements if any(k.startswith("on") for k in a)]
    assert not [a for _, a in page.elements if a.get("href", "").strip().lower().startswith("javascript:")]
    assert "<script>alert" not in html and "onerror=alert(1)>" not in html


def test_serve_pages_hostile_text_title_quote_and_url_are_shown_as_text(client, db):
    art_id = _article_id(db, "rob-hostile")
    with _store(db) as store:
        art = store.queries().article(str(art_id))
    assert any("<script>" in q.text for q in art.quotes)  # the quote itself carries the markup
    speakers = {q.speaker_id for q in art.quotes if q.speaker_id is not None}
    paths = [f"/articles/{art_id}", "/search?q=sentimeter", "/search?q=script", "/", "/search?speaker=Endro"]
    paths += [f"/speakers/{s}" for s in speakers]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        _no_hostile_markup(response.text)
    html = client.get(f"/articles/{art_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert not Page(html).find(id="source-link")  # a javascript: URL is no link
    assert "javascript:alert(1)" in "".join(Page(html).text)  # shown as text


def test_serve_pages_charts_and_links_escape_and_refuse_what_is_not_the_web():
    svg = str(charts.bar_chart("c", "<t>", [('<b onload="x">', 2)]))
    assert "<b " not in svg and "&lt;b onload=&#x27;" not in svg and "&lt;b onload=&quot;x&quot;&gt;" in svg
    assert render.http_url("javascript:alert(1)") is None and render.http_url(" JavaScript:x") is None
    assert (
        render.http_url("data:text/html,x") is None and render.http_url("https://a.id/b") == "https://a.id/b"
    )
    days = [("2025-03-03", 1), ("2025-03-05", 1), ("2025-03-20", 1), (None, 1), ("not a date", 1)]
    weeks = charts.weekly_counts(days)
    assert [n for _, n in weeks] == [2, 0, 1]


def test_serve_pages_try_it_extracts_a_pasted_article_without_storing_it(client, db):
    with _store(db) as store:
        before = store.counts()
    text = ARTICLES[1]["text"].replace("Sri Rahayuningsih", "Dewi Kartikasari").replace("Sri ", "Dewi ")
    response = client.post("/try", data={"text": text, "lang": "auto", "format": "auto"})
    assert response.status_code == 200
    page = Page(response.text)
    assert page.find(id="not-stored") and page.find("mark", class_="quote direct")
    assert "Dewi Kartikasari" in "".join(page.text)
    assert not page.find("a", class_="mention")  # nothing stored: no speaker page to link
    with _store(db) as store:
        assert store.counts() == before
    html = (
        "<!doctype html><html><head><title>Uji</title></head><body><article><p>"
        + text.replace("\n\n", "</p><p>")
        + "</p></article></body></html>"
    )
    response = client.post("/try", data={"text": html, "format": "html", "lang": "id"})
    assert response.status_code == 200 and Page(response.text).find("mark", class_="quote")


def test_serve_pages_try_it_refuses_what_is_too_long_or_empty(client):
    response = client.post("/try", data={"text": "x" * (pages.TRY_MAX_CHARS + 1)})
    assert response.status_code == 413 and Page(response.text).find(id="try-error")
    response = client.post("/try", data={"text": "   "})
    assert response.status_code == 400 and Page(response.text).find(id="try-error")


def test_serve_pages_unknown_ids_answer_a_404_page(client):
    for path in ("/articles/999999", "/speakers/999999", "/claims/999999"):
        page = _page(client, path, 404)
        assert page.find("main", id="main") and page.find(class_="error-message")


def test_serve_pages_edits_are_refused_when_off(client, db):
    with _store(db) as store:
        sid = store.queries().speakers(limit=1).rows[0].id
    for action in ("merge", "split"):
        response = client.post(f"/speakers/{sid}/{action}", data={"name": "Endro", "token": "x"})
        assert response.status_code == 403 and Page(response.text).find("main", id="main")


@pytest.fixture
def editable(db: str, tmp_path: Path) -> tuple[TestClient, str]:
    """A copy of the store, served with edits allowed under a token."""
    copy = str(tmp_path / "edit.db")
    shutil.copy(db, copy)
    with TestClient(create_app(copy, allow_edits=True, token="rahasia-123")) as c:
        yield c, copy


def _speaker_by_name(db: str, name: str) -> Any:
    with _store(db) as store:
        return store.queries().speaker(name)


def test_serve_pages_edits_merge_with_the_right_token_only(editable):
    client, db = editable
    target = _speaker_by_name(db, "Endro Wicaksono")
    page = _page(client, f"/speakers/{target.id}")
    assert page.find("form", id="merge-form") and page.find("input", id="merge-token", type="password")
    with _store(db) as store:
        before = store.counts()["speakers"]
    wrong = client.post(
        f"/speakers/{target.id}/merge", data={"name": "Sri Rahayuningsih", "token": "tebakan"}
    )
    assert wrong.status_code == 403
    with _store(db) as store:
        assert store.counts()["speakers"] == before
    right = client.post(
        f"/speakers/{target.id}/merge", data={"name": "Sri Rahayuningsih", "token": "rahasia-123"},
        follow_redirects=False,
    )  # fmt: skip
    assert right.status_code == 303 and right.headers["location"].startswith(f"/speakers/{target.id}")
    with _store(db) as store:
        assert store.counts()["speakers"] == before - 1
    page = _page(client, right.headers["location"])
    assert page.find(id="edit-done") and "Sri Rahayuningsih" in "".join(page.text)


def test_serve_pages_edits_split_a_name_off(editable):
    client, db = editable
    target = _speaker_by_name(db, "Endro Wicaksono")
    token = {"token": "rahasia-123"}
    client.post(f"/speakers/{target.id}/merge", data={"name": "Sri Rahayuningsih", **token})
    with _store(db) as store:
        before = store.counts()["speakers"]
    response = client.post(
        f"/speakers/{target.id}/split", data={"name": "Sri Rahayuningsih", **token}, follow_redirects=False
    )
    assert response.status_code == 303
    with _store(db) as store:
        assert store.counts()["speakers"] == before + 1
    bad = client.post(f"/speakers/{target.id}/split", data={"name": "Nama Tak Dikenal", **token})
    assert bad.status_code == 400 and Page(bad.text).find(class_="error-message")
