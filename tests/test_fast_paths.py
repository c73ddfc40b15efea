"""Shortcuts taken for speed give the answers of the general code they stand in front of."""

import gc
import random
import re
from datetime import date, datetime
from urllib.parse import urlparse

import pytest

from kutip import speedups
from kutip.attribute.mention import _SENTENCE_MARKS, _starts_sentence
from kutip.clean.portal import (
    _begins_with,
    _furniture,
    _furniture_starts,
    _hostname,
    _literal_starts,
    classify_line,
    outlet_from_url,
)
from kutip.doc import Span
from kutip.lang import get_language
from kutip.mentions.dates import find_dates, parse_article_date, starter_words
from kutip.mentions.entities import _marker_cores
from kutip.mentions.quantities import _may_begin, _starters, _word_before, figure_starts, find_quantities
from kutip.quotes.marks import pair_quotations
from kutip.segment.article import Article
from kutip.segment.sentences import _end_at
from kutip.segment.tokens import Token, has_words, tokenize

URLS = [
    "https://news.harborview.com/metro/2024/council-vote",
    "http://WWW.Lakeside-Times.co.uk/politics?id=7#top",
    "https://user@mail.example.org/inbox",
    "https://example.net:8443/path",
    "https://[::1]/local",
    "https://",
    "HTTPS://Example.COM/x",
    "https://exa\tmple.com/",
    "  https://padded.example.com/",
    "ftp://files.example.com/a",
    "https://café.example/menu",
    "https://example.com/a:b@c",
    "example.com/no-scheme",
]


@pytest.mark.parametrize("url", URLS)
def test_hostname_matches_urlparse(url):
    assert _hostname(url) == urlparse(url).hostname


def test_outlet_from_url_reads_the_site():
    assert outlet_from_url("https://www.riverside-courier.com/news/1") == "riverside-courier.com"
    assert outlet_from_url("https://metro.courier.co.uk/story") == "courier.co.uk"


def test_classify_line_leaves_prose_and_finds_furniture():
    en = get_language("en")
    assert classify_line("Mayor Dana Whitfield said the bridge would reopen in May.", en) is None
    assert classify_line("Read more: Council approves the harbor budget", en) == "read_also"
    assert classify_line("ADVERTISEMENT", en) == "advert"
    assert classify_line("Sign up for our morning newsletter", en) == "promo"


def test_token_lower_is_the_casefolded_text():
    text = "Sen. Ted Marlow's aides said 3,000 voters in Straße-Nord weren't café-goers, ABC reported."
    toks, _ = tokenize(text, get_language("en"))
    assert [t.lower for t in toks] == [t.text.casefold() for t in toks]
    said = next(t for t in toks if t.text == "said")
    assert said.lower is said.text  # a plain lower-case word is its own lower-case form


def test_tokens_are_not_tracked_by_the_garbage_collector_when_compiled():
    tok = Token("vote", 0, 4, "vote", True, False, False)
    assert gc.is_tracked(tok) is not speedups.state().startswith("compiled")


def test_furniture_starts_rule_out_only_lines_no_pattern_matches():
    lang = get_language("id")
    starts = _furniture_starts(lang)
    assert "ba" in starts and "(" in starts and "ed" in starts
    lines = [
        "Baca juga: Harga beras naik",
        "  (foto: dok.)",
        "Editor: Sari",
        "Jakarta - Harga naik.",
        "",
        "K",
    ]
    for line in lines:
        if not _begins_with(line, starts):
            assert _furniture(lang).match(line) is None
    assert classify_line("  Baca juga: Harga beras naik", lang) == "read_also"
    assert classify_line("Menurut dia, harga beras naik.", lang) is None
    assert _literal_starts(r"(?:a|bc)d|\[x|e?f") == []  # an optional first character: no gate
    assert _literal_starts(r"(?:ab|c)d|\[x") == ["ab", "c", "[x"]
    assert not _furniture_starts(get_language("en"))  # "\(?(?:reporting|editing) by": no gate


def test_sentence_end_reads_as_its_regex():
    end = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[(\[]?(?:''|[\"“”‘'])?[A-Z0-9])")
    rng = random.Random(5)
    chars = list(".!?\"”’')]“‘([ \n\tAZ09az'\u00a0É")
    for _ in range(20_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(1, 9)))
        at = rng.randint(0, len(text) - 1)
        limit = rng.randint(at, len(text))
        m = end.match(text, at, limit)
        assert _end_at(text, at, limit) == (m.end() if m else -1), (text, at, limit)
    assert _end_at("agreed. (''We had", 6, 17) == 7  # a bracket, then NYT's quotation mark


def test_has_words_counts_as_split_does():
    for text in ("", "  ", "satu", "satu dua", " satu  dua\ttiga ", "a b c d e f"):
        for n in range(0, 8):
            assert has_words(text, n) == (len(text.split()) >= n)


def test_outside_quotations_is_inside_read_token_by_token():
    lang = get_language("id")
    text = 'Kata dia, "harga naik" dan "stok aman", lalu ia pergi "cepat" sekali.'
    art = Article(text, lang)
    art.set_quotations(pair_quotations(text, [Span(0, len(text))]))
    for a in range(0, len(text), 3):
        toks = art.tokens(a, len(text))
        assert art.quoted.outside(toks) == [t for t in toks if not art.quoted.inside(t.start)]


def test_json_fields_written_by_type_read_as_json_dumps():
    import json

    from kutip.doc import Dateline, DateMention, Document, Quantity, Quote, Removed, Speaker

    doc = Document("d-3", "Ada 3 orang, kata Ani.\u2028", title=None, url="https://x.id/a")
    doc.dateline = Dateline(None, None, 0, 0)
    doc.removed = [Removed("advert", 0, 3, 'Iklan "x"'), Removed("promo", 5, 9, "")]
    doc.quotes = [Quote("indirect", 0, 11, "Ada 3 orang", speakers=[Speaker("Ani", aliases=[])], rule="")]
    doc.quantities = [Quantity(4, 11, "3 orang", 3, None, None)]
    doc.dates = [DateMention(0, 3, "Ada", "2025-10-21", False), DateMention(0, 3, "x", None, True)]
    assert doc.to_json() == json.dumps(doc.to_dict(), ensure_ascii=False)


def _article_date_before(raw):
    """``parse_article_date`` as it was: ISO 8601 tried first, then the slashed form."""
    try:
        return datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})", raw)
    if m:
        a, b, y = (int(x) for x in m.groups())
        month, day = (a, b) if a <= 12 else (b, a)
        try:
            return date(y, month, day)
        except ValueError:
            return None
    return None


@pytest.mark.parametrize(
    "raw",
    [
        "10/21/2025 20:43", " 21/10/2025", "2/3/2024", "13/13/2024", "10/21/25", "2025-10-21",
        "2025-10-21T20:43:00Z", "2025-10-21 20:43:00+07:00", "20251021", "2025-10-21/20:43", "1/2/2024x",
        "kemarin", "  2025-10-21  ", "31/02/2024",
    ],
)  # fmt: skip
def test_article_date_slashed_form_first_reads_as_before(raw):
    assert parse_article_date(raw) == _article_date_before(raw)


FIGURE_TEXTS = [
    ("id", "Kamis (24/10/2024), harga naik Rp10.000 menjadi Rp 25 ribu; kemarin 3.000 orang datang.\n\n"
     "Pada Senin lalu, BPS mencatat inflasi 2,5 persen, dua kali lipat; 20-25 Oktober 2025 pukul 09.30."),
    ("en", "On Thursday, Oct. 24, 2024, about $3 million and US$5 went to 1,200 people last week.\n\n"
     "A 7 to 2 vote in March 2024 followed; twenty-five staff, Covid19 and A$40 were noted."),
]  # fmt: skip


@pytest.mark.parametrize(("code", "text"), FIGURE_TEXTS)
def test_figures_and_dates_from_shared_starts_are_those_from_every_token(code, text):
    lang = get_language(code)
    art = Article(text, lang)
    paras = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    art.paragraphs = paras
    every = list(range(len(art.toks)))
    starts = figure_starts(art)
    date_words = starter_words(lang)
    for k, tok in enumerate(art.toks):  # every token either finder would try is among the starts
        if tok.is_num or tok.lower in date_words or _may_begin(tok, _starters(lang)):
            assert k in starts
    dates = find_dates(art, "2025-10-23", starts)
    assert dates == find_dates(art, "2025-10-23", every) == find_dates(art, "2025-10-23")
    assert dates and all(d.start < d.end for d in dates)
    taken = [Span(d.start, d.end) for d in dates]
    figures = find_quantities(art, taken, starts)
    assert figures == find_quantities(art, taken, every) == find_quantities(art, taken)
    assert figures


def _starts_sentence_before(text, pos):
    """``mention._starts_sentence`` as it was, by one-character strings."""
    if pos == 0:
        return True
    c = text[pos - 1]
    if c == " " and pos >= 2:
        c = text[pos - 2]
    return c in _SENTENCE_MARKS


def _word_before_as_before(text, pos, lo):
    """``quantities._word_before`` as it was, by one-character strings."""
    i = pos
    while i > lo and text[i - 1] in " \t(.":
        i -= 1
    j = i
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in "-'’"):
        j -= 1
    return text[j:i].casefold(), j


def test_characters_read_by_code_point_read_as_the_strings_did():
    rng = random.Random(7)
    chars = list("aZ09 \t\n(.!?\":'’-_,\u201d\u201cÉé٣\u00a0x")
    for _ in range(5_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(1, 8)))
        pos = rng.randint(0, len(text))
        assert _starts_sentence(text, pos) == _starts_sentence_before(text, pos), (text, pos)
        lo = rng.randint(0, pos)
        assert _word_before(text, pos, lo) == _word_before_as_before(text, pos, lo), (text, pos, lo)


def test_marker_cores_find_a_marker_exactly_when_any_marker_is_there():
    markers = frozenset({"berinisial", "inisial", "inisialnya", "alias", "a.k.a"})
    assert sorted(_marker_cores(markers)) == ["a.k.a", "alias", "inisial"]
    for text in ("pria berinisial AR", "inisialnya DS", "alias Ucok", "tanpa nama", "a.k.a X", ""):
        assert any(m in text for m in markers) == any(m in text for m in _marker_cores(markers))


@pytest.mark.parametrize("code", ["id", "en"])
def test_every_finder_cue_is_a_statement_word(code):
    """The finders look a word up in their own cue tables only where ``_cue_flags`` marks a statement word:
    a cue form missing from ``statement_words``, or one that is not a word, would never be found."""
    lang = get_language(code)
    tables = {
        "according_to": lang.according_to,
        "reporting_verbs": lang.reporting_verbs,
        "trailer_cues": lang.trailer_cues,
        "verb_acts": lang.verb_acts,
    }
    for name, table in tables.items():
        missing = sorted(form for form in table if form not in lang.statement_words)
        assert not missing, f"{code} {name}: {missing[:5]}"
        not_words = sorted(form for form in table if not form[:1].isalnum())
        assert not not_words, f"{code} {name}: {not_words[:5]}"
