"""Portal clean-up: dateline, inserts, adverts, promos and source credits.

Nothing is deleted from the text: what is not article prose is recorded in ``Document.removed`` with its
offsets, and the later stages skip those ranges. So every offset still points into the original input.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final
from urllib.parse import urlparse

from kutip.doc import Dateline, Document, Removed
from kutip.lang import Language, word_pattern

DASH: Final = r"[-–—]+"
# (A word's letters are taken possessively, "*+": nothing that may follow a word is a letter, so giving some
# back could never match, and the engine is spared trying it at every letter of every opening sentence.)
PLACE: Final = r"[A-Z][A-Za-z.'’]*+(?:[ -][A-Z][A-Za-z.'’]*+){0,3}"
# ", Mich., Oct. 4"
STATE_AND_DATE: Final = r"(?:,\s*[A-Z][A-Za-z]{1,9}\.?)?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"


@cache
def _patterns(lang: Language) -> dict[str, re.Pattern[str]]:
    portal = lang.portal
    outlets = word_pattern(set(portal.get("outlets", ())))
    return {
        # "MINSK, KOMPAS.TV - ", "JAKARTA, KOMPAS — ", "Jakarta (ANTARA) - ", "FLINT, Mich., Oct. 4 (UPI) —"
        "dateline_outlet": re.compile(
            rf"\s*(?P<place>{PLACE}){STATE_AND_DATE}\s*(?:,\s*|\(\s*)(?P<outlet>{outlets})\s*\)?\s*{DASH}\s*"
        ),
        # "Jakarta - " (Detik, CNN Indonesia): a place and a dash, then a capitalised word
        "dateline_place": re.compile(rf"\s*(?P<place>{PLACE})\s+{DASH}\s+(?=[A-Z\"“”'‘])"),
        "credit": re.compile(r"^\s*" + str(portal.get("source_credit", r"(?!)")), re.I),
        "byline": re.compile(r"^\s*(?:" + "|".join(portal.get("bylines", ())) + r")\s*$", re.I),
    }


@cache
def _inserts(lang: Language) -> dict[str, re.Pattern[str]]:
    """Insert kind -> the pattern a line of that kind starts with."""
    return {
        kind: re.compile(r"^\s*(?:" + "|".join(pats) + ")", re.I)
        for kind, pats in lang.portal.get("inserts", {}).items()
    }


@cache
def _furniture(lang: Language) -> re.Pattern[str]:
    """Every insert and byline pattern as one alternation: a line it does not match is prose, found with
    one regex call rather than one per kind (most lines are prose). It only gates ``classify_line``."""
    pats = [p.pattern for p in _inserts(lang).values()] + [_patterns(lang)["byline"].pattern]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I)


_STARTS: Final[dict[Language, frozenset[str]]] = {}


def _furniture_starts(lang: Language) -> frozenset[str]:
    """The first characters (one or two, lower-cased) that every line of furniture begins with after its
    white space, read off the insert and byline patterns; empty when one of them does not begin plainly
    (then no line is ruled out). Most lines of prose are ruled out by them, without a regex call. (A plain
    dict as the memo: compiled code reads one far faster than it calls through ``functools.cache``.)"""
    found = _STARTS.get(lang)
    if found is None:
        pats = [
            *(p for kind in lang.portal.get("inserts", {}).values() for p in kind),
            *lang.portal.get("bylines", ()),
        ]
        found = _STARTS[lang] = frozenset(_literal_starts("|".join(pats)) if pats else ())
    return found


def _structure(pattern: str) -> list[tuple[int, int]]:
    """(offset, group depth after it) of each "(", ")" and "|" of the regex ``pattern`` outside character
    classes and escapes: the one reading of its nesting that ``_branches`` and ``_group_end`` share."""
    out: list[tuple[int, int]] = []
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1  # an escaped character: never a bracket or a bar
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()|":
            depth += 1 if c == "(" else -1 if c == ")" else 0
            out.append((i, depth))
        i += 1
    return out


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of the regex ``pattern`` (split at each "|" outside groups and classes)."""
    out: list[str] = []
    start = 0
    for i, depth in _structure(pattern):
        if pattern[i] == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _literal_starts(pattern: str) -> list[str]:
    """The first one or two characters, lower-cased, that a match of the regex ``pattern`` must begin with,
    for each way it may begin ("baca juga\\s*:?" -> ["ba"], "(?:editor|penulis)\\s*:" -> ["e", "p"],
    "\\(\\s*foto" -> ["("]); [] when one way is not plain to read (a class, an optional or a white space
    or non-ASCII first character), and no line can be ruled out by its first characters."""
    out: list[str] = []
    for branch in _branches(pattern):
        found = _branch_starts(branch)
        if not found:
            return []
        out.extend(found)
    return out


def _branch_starts(branch: str) -> list[str]:
    """``_literal_starts`` of an alternative with no "|" outside its groups."""
    if branch.startswith("(?:"):
        close = _group_end(branch)
        if close < 0 or branch[close + 1 : close + 2] in ("?", "*", "{"):
            return []
        return _literal_starts(branch[3:close])
    head = ""
    i = 0
    while len(head) < 2 and i < len(branch):
        c = branch[i]
        if c == "\\" and i + 1 < len(branch) and not branch[i + 1].isalnum():
            c, i = branch[i + 1], i + 2  # an escaped mark: "\(", "\["
        elif c.isalnum() or c in " -:,'\"":
            i += 1
        else:
            break
        if branch[i : i + 1] in ("?", "*", "{"):
            break  # the character may be missing
        head += c
        if branch[i : i + 1] == "+":
            break
    if not head or not head.isascii() or head[0].isspace():
        return []
    return [head.lower()]


def _group_end(branch: str) -> int:
    """Where the group that opens ``branch`` closes, -1 when it does not."""
    return next((i for i, depth in _structure(branch) if branch[i] == ")" and depth == 0), -1)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, white space trimmed: found by offsets, with no copy of a line
    made and stripped (and, compiled, a list is built faster than a generator is run)."""
    out: list[tuple[int, int]] = []
    n = len(text)
    pos = 0
    while pos <= n:
        newline = text.find("\n", pos)
        end = newline if newline >= 0 else n
        start, stop = pos, end
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            out.append((start, stop))
        pos = end + 1
    return out


def find_dateline(text: str, lang: Language, pos: int = 0) -> Dateline | None:
    """The dateline that opens the article at ``pos`` ("MINSK, KOMPAS.TV - ", "Jakarta - ")."""
    pats = _patterns(lang)
    m = pats["dateline_outlet"].match(text, pos)
    if m:
        return Dateline(m.group("place"), m.group("outlet"), m.start("place"), m.end())
    m = pats["dateline_place"].match(text, pos)
    if m and len(m.group("place")) <= 30:
        return Dateline(m.group("place"), None, m.start("place"), m.end())
    return None


def outlet_from_url(url: str | None) -> str | None:
    """The site name of an article URL ("news.detik.com" -> "detik.com")."""
    if not url:
        return None
    host = _hostname(url) or ""
    parts = [p for p in host.split(".") if p and p != "www"]
    if len(parts) >= 3 and parts[-2] in {"co", "com", "or", "ac", "go", "net"}:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:]) or None


def _hostname(url: str) -> str | None:
    """``urlparse(url).hostname``, read directly for a plain "http(s)://host/..." address (the parser
    costs more than the rest of the clean-up); any other address goes to ``urlparse``."""
    skip = 8 if url.startswith("https://") else 7 if url.startswith("http://") else 0
    if skip == 0 or not url.isascii() or "\t" in url or "\r" in url or "\n" in url:
        return urlparse(url).hostname
    end = len(url)
    for mark in "/?#":
        at = url.find(mark, skip)
        if 0 <= at < end:
            end = at
    netloc = url[skip:end]
    if "@" in netloc or "[" in netloc or ":" in netloc or "%" in netloc:
        return urlparse(url).hostname
    return netloc.lower() or None


def classify_line(line: str, lang: Language) -> str | None:
    """The kind of furniture a line is, or None for article prose."""
    starts = _furniture_starts(lang)
    if starts and not _begins_with(line, starts):
        return None
    if _furniture(lang).match(line) is None:
        return None
    for kind, pat in _inserts(lang).items():
        m = pat.match(line)
        if not m:
            continue
        if kind == "advert" and m.end() < len(line.rstrip(" .:-")):
            continue  # an advert marker is a whole line; "Iklan rokok dilarang ..." is prose
        if kind == "promo" and len(line) > 240:
            continue
        return kind
    if _patterns(lang)["byline"].match(line):
        return "byline"
    return None


def _begins_with(line: str, starts: frozenset[str]) -> bool:
    """Does ``line`` begin with one of ``starts`` (one or two characters) after its white space, as the
    patterns read it (in any case; a non-ASCII character may be a case form of an ASCII one, "K" of "k", so
    such a line is not ruled out)?"""
    i = 0
    while i < len(line) and line[i].isspace():
        i += 1
    head = line[i : i + 2]
    if not head.isascii():
        return True
    low = head.lower()
    return low[:1] in starts or low in starts


def headline_end(doc: Document) -> int:
    """Where a leading headline line ends (HTML extraction puts the title first), or 0 when there is none."""
    if not doc.title:
        return 0
    lead = len(doc.text) - len(doc.text.lstrip())
    first = doc.text[lead:].split("\n", 1)[0]
    same = first.strip().rstrip(".") == doc.title.strip().rstrip(".")  # some exports end the title with "."
    return lead + len(first) if same else 0


def clean(doc: Document, lang: Language) -> Document:
    """Record the dateline, the source credit and every insert of ``doc`` (in place) and return it."""
    head = headline_end(doc)
    if head:
        doc.removed.append(Removed("headline", 0, head, doc.text[:head]))
    doc.dateline = find_dateline(doc.text, lang, head + 1 if head else 0)
    if doc.dateline is None and doc.url:
        doc.dateline = Dateline(None, outlet_from_url(doc.url), 0, 0)
    elif doc.dateline is not None and doc.dateline.outlet is None and doc.url:
        doc.dateline.outlet = outlet_from_url(doc.url)
    credit = _patterns(lang)["credit"]
    for start, end in _lines(doc.text):
        if start < head:
            continue
        line = doc.text[start:end]
        kind = classify_line(line, lang)
        if kind is None and len(line) <= 100:
            m = credit.match(line)
            if m:
                doc.source_credit = m.group(1).strip()
                kind = "source_credit"
        if kind is not None:
            doc.removed.append(Removed(kind, start, end, line))
    return doc
