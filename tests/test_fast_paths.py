"""Shortcuts taken for speed give the answers of the general code they stand in front of."""

import gc
from urllib.parse import urlparse

import pytest

from kutip import speedups
from kutip.clean.portal import _hostname, classify_line, outlet_from_url
from kutip.lang import get_language
from kutip.segment.tokens import Token, tokenize

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
