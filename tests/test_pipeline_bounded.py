"""Bounded work per article (issue 9, item 6): the per-article time bound, valid spans on hostile texts, and
the rewritten look-ups giving exactly what the passes they replaced gave.

No test here times anything: the bound is tested with a deadline already passed or a fake clock, and speed
is measured by ``bench/hostile.py`` only.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kutip
import kutip.deadline
from kutip.attribute import resolve
from kutip.attribute.people import MAX_NAMESAKES, ArticlePeople
from kutip.deadline import ArticleTimeout, Deadline
from kutip.doc import Document, Span
from kutip.ingest import ingest
from kutip.lang import get_language
from kutip.pipeline import run
from kutip.quotes.direct import _SENTENCE_END, SentenceEnds
from kutip.quotes.indirect import _few_words, _stripped_end, _Taken
from kutip.quotes.marks import Quotation, QuotationIndex
from kutip.read import ReadError, Record
from kutip.runner import Tally, extract_all, extract_or_error
from kutip.segment.sentences import _Guards

SHORT = (
    "Jakarta - Menteri Perdagangan Rina Kartikasari memastikan stok beras aman hingga akhir tahun.\n\n"
    "“Stok di gudang masih 2,1 juta ton,” kata Rina di Jakarta, Senin (14/4/2025).\n\n"
    "Ia menambahkan pemerintah tidak akan membuka keran impor."
)
# three hundred paragraphs: a few clock reads each, far more than a short article's
LONG = "\n\n".join(
    f"Pedagang di lapak nomor {i} mengatakan harga beras naik lagi pekan ini." for i in range(300)
)
BOUND_MESSAGE = "extraction took longer than 150 s (the per-article bound); the article was skipped"


class FakeClock:
    """A clock that moves on one second each time it is read: work is measured in clock reads."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


@pytest.fixture
def fake_clock(monkeypatch) -> FakeClock:
    clock = FakeClock()
    monkeypatch.setattr(kutip.deadline, "CLOCK", clock)
    return clock


def test_pipeline_deadline_already_passed_raises_article_timeout():
    with pytest.raises(ArticleTimeout) as raised:
        run(Document("d", SHORT, "id"), None, Deadline(0.0))
    assert str(raised.value) == (
        "extraction took longer than 0 s (the per-article bound); the article was skipped"
    )


def test_pipeline_deadline_in_the_future_changes_nothing():
    bounded = run(Document("d", SHORT, "id"), None, Deadline(3600.0))
    free = run(Document("d", SHORT, "id"))
    assert bounded.to_dict() == free.to_dict()


def test_runner_timeout_is_a_failure_that_names_the_record(fake_clock):
    result = extract_or_error(Record("b", LONG, "crawl.jsonl:2", lang="id"), "id", 150)
    assert isinstance(result, ReadError)
    assert (result.file, result.doc_id, result.reason) == ("crawl.jsonl:2", "b", BOUND_MESSAGE)
    assert str(result) == f"crawl.jsonl:2: {BOUND_MESSAGE}"


def test_runner_extract_all_counts_the_timeout_and_goes_on(fake_clock):
    records = [
        Record("a", SHORT, "crawl.jsonl:1", lang="id"),
        Record("b", LONG, "crawl.jsonl:2", lang="id"),
        Record("c", SHORT, "crawl.jsonl:3", lang="id"),
    ]
    tally = Tally()
    seen: list[ReadError] = []
    docs = list(extract_all(records, "id", tally, seen.append, timeout=150))
    assert [d.doc_id for d in docs] == ["a", "c"]
    assert docs[0].quotes and docs[1].quotes  # the articles after the slow one are extracted in full
    assert (tally.ok, tally.failed) == (2, 1)
    assert seen == tally.failures
    assert (seen[0].file, seen[0].doc_id, seen[0].reason) == ("crawl.jsonl:2", "b", BOUND_MESSAGE)


def test_runner_timeout_none_is_no_bound(fake_clock):
    tally = Tally()
    docs = list(extract_all([Record("b", LONG, "crawl.jsonl:2", lang="id")], "id", tally, timeout=None))
    assert [d.doc_id for d in docs] == ["b"] and tally.failed == 0


def test_ingest_counts_an_article_over_the_bound_and_stores_the_others(fake_clock, tmp_path):
    from kutip.store import open_store

    records = [
        Record("a", SHORT, "crawl.jsonl:1", lang="id"),
        Record("b", LONG, "crawl.jsonl:2", lang="id"),
        Record("c", SHORT.replace("Rina", "Dewi"), "crawl.jsonl:3", lang="id"),
    ]
    failed: list[ReadError] = []
    with open_store(str(tmp_path / "k.db")) as store:
        tally = ingest(records, store, "id", 1, on_error=failed.append, timeout=150)
    assert (tally.read, tally.new, tally.failed) == (3, 2, 1)
    assert (failed[0].file, failed[0].doc_id, failed[0].reason) == ("crawl.jsonl:2", "b", BOUND_MESSAGE)


# --- hostile texts of moderate size: every span inside the text and equal to its slice -------------------

HOSTILE = {
    "said_he": ("en", "said he " * 500),
    "katanya": ("id", "katanya ia mengatakan " * 200),
    "menurut": ("id", "Menurut dia, kata Rina, ujarnya " * 120),
    "no_full_stop": ("id", "Menteri Rina mengatakan bahwa " + "stok beras di gudang Bulog cukup, " * 120),
    "unclosed_quotes": ("id", "“Harga naik " * 300),
    "nested_quotes": ("id", "“kata ‘dia " * 300),
    "straight_quotes": ("en", '"he said "she said ' * 200),
    "quotes_one_paragraph": ("id", "“Stok beras aman,” kata Rina. " * 120),
    "mixed_one_paragraph": ("id", 'Rina menyebut langkah itu "tidak adil" bagi petani. ' * 80),
    "capitalised_names": ("id", "Rina Kartikasari Hendra Wijaya Arief Santoso Dewi Lestari " * 70),
    "numbers": ("id", "1.250 3,5 2.100.000 48 Rp 14.500 30 persen " * 90),
    "ia_ia": ("id", "ia " * 1300),
    "commas_before_cue": ("id", "Rina, " * 600 + "mengatakan harga naik."),
    "open_parentheses": ("id", "(Rina " * 600 + "mengatakan harga naik."),
    "who_chain": ("en", "Ruth Alvarez" + ", who" * 2000 + " said the levee would hold."),
    "saying_chain": ("en", "Ruth Alvarez denied it" + ", saying" * 500 + " it was rushed."),
    "exclamations": ("id", "Harga beras naik" + "!" * 4000 + " kata pedagang."),
    "initials": ("en", "M. " * 1300),
    "inserts": ("id", "\n".join(f"Baca juga: Harga beras hari ke-{i}\nHarga naik lagi." for i in range(150))),
    "namesakes": (
        "id",
        "\n\n".join(
            f"Budi Su{'ba' * (i % 7)}{'ko' * (i // 7)} mengatakan harga naik. Budi menambahkan stok aman."
            for i in range(MAX_NAMESAKES + 20)
        ),
    ),
    "one_role_many_people": (
        "id",
        "\n\n".join(
            f"Kapolres Su{'ba' * (i % 7)}{'ko' * (i // 7)} datang. “Situasi aman,” kata Kapolres."
            for i in range(MAX_NAMESAKES + 20)
        ),
    ),
}


def _assert_spans_valid(doc: Document) -> None:
    text = doc.text
    n = len(text)

    def inside(start: int | None, end: int | None, shown: str | None = None) -> None:
        assert start is not None and end is not None and 0 <= start <= end <= n, (start, end)
        if shown is not None:
            assert text[start:end] == shown

    for p in doc.paragraphs:
        inside(p.start, p.end)
    for s in doc.sentences:
        inside(s.start, s.end)
        assert any(p.start <= s.start and s.end <= p.end for p in doc.paragraphs)
    for q in doc.quotes:
        inside(q.start, q.end, q.text)
        if q.cue is not None:
            inside(q.cue_start, q.cue_end, q.cue)
        for sp in q.speakers:
            if sp.mention is not None:
                inside(sp.mention_start, sp.mention_end, sp.mention)
    for e in doc.entities:
        inside(e.start, e.end, e.text)
    for r in doc.removed:
        inside(r.start, r.end, r.text)
    for x in doc.quantities:
        inside(x.start, x.end, x.text)
    for d in doc.dates:
        inside(d.start, d.end, d.text)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_pipeline_hostile_text_gives_valid_spans(name):
    lang, text = HOSTILE[name]
    doc = kutip.extract(text, lang=lang)
    _assert_spans_valid(doc)


def test_pipeline_relative_chain_reads_back_a_bounded_depth():
    # 2,000 ", who" before the verb: read back through every one, this overflowed Python's stack
    lang, text = HOSTILE["who_chain"]
    doc = kutip.extract(text, lang=lang)
    assert doc.text == text


def test_attribute_short_name_shared_by_too_many_people_stays_unresolved():
    people = ArticlePeople()
    budis = [f"Budi Su{'ba' * (i % 7)}{'ko' * (i // 7)}" for i in range(MAX_NAMESAKES + 1)]
    for pos, name in enumerate(budis[:2]):
        people.add(name, "person", None, pos * 100)
    assert people.resolve("Budi", near=150).name == budis[1]  # two Budis: the one named last before
    assert people.resolve("Budi", near=50).name == budis[0]
    for pos, name in enumerate(budis[2:], 2):
        people.add(name, "person", None, pos * 100)
    assert people.resolve("Budi", near=10_000) is None  # 65 Budis: "Budi" names none of them
    assert people.resolve(budis[5]).name == budis[5]


def test_attribute_role_given_to_too_many_people_names_none():
    people = ArticlePeople()
    for i in range(MAX_NAMESAKES):
        people.add(f"Hendra Su{'ba' * (i % 7)}{'ko' * (i // 7)}", "person", "Kapolres Bogor", i * 100)
    assert people.by_role("Kapolres", near=250).name == "Hendra Subaba"  # the Kapolres named last before
    people.add("Dewi Lestari", "person", "Kapolres Depok", 99_999)
    assert people.by_role("Kapolres", near=250) is None


# --- the look-ups that replaced passes over a whole paragraph give what the passes gave -------------------


def _by_role_reference(people: ArticlePeople, role: str, near: int | None):
    """``ArticlePeople.by_role`` as it was: a pass over every person."""
    from kutip.attribute.people import name_key

    want = " ".join(name_key(role))
    hits = []
    for p in people._people:
        if p.kind != "person" or not p.role:
            continue
        have = " ".join(name_key(p.role))
        if have == want or have.startswith(want + " ") or want.startswith(have + " "):
            hits.append(p)
    if not hits:
        return None
    before = [p for p in hits if near is None or p.first_seen <= near]
    return max(before, key=lambda p: p.first_seen) if before else hits[0]


def _resolve_reference(people: ArticlePeople, name: str, near: int | None, exclude=frozenset()):
    """``ArticlePeople._resolve`` as it was: every holder of the name's first word, every match weighed
    against every other."""
    from kutip.attribute.people import name_key

    words = name_key(name)
    alias = people._aliases.get(" ".join(words))
    if alias is not None:
        return alias
    if not words:
        return None
    key = frozenset(words)
    candidates = people._by_word.get(words[0], [])
    matches = [p for p in candidates if key <= p.tokens and p.kind == "person" and p.tokens != exclude]
    if not matches:
        return None
    if len(words) >= 2 and all(p.tokens == key and p.weak for p in matches):
        rest = _resolve_reference(people, " ".join(name.split()[1:]), near, key)
        if rest is not None and len(rest.tokens) >= 2:
            return rest
    fullest = [p for p in matches if not any(p.tokens < o.tokens for o in matches)]
    if any(not p.weak for p in fullest):
        fullest = [p for p in fullest if not p.weak]

    def rank(p):
        if near is None or len(fullest) == 1:
            return 0, len(p.tokens)
        return max((s for s in p.seen if s <= near), default=-1), len(p.tokens)

    return max(fullest, key=rank)


def _role_of_reference(people: ArticlePeople, person):
    if person.role:
        return person.role
    return next((p.role for p in people._people if p.role and p.tokens <= person.tokens), None)


WORDS = ["budi", "rina", "santoso", "kepala", "dinas", "kapolres", "bogor", "."]
NAMES = st.lists(st.sampled_from(["Budi", "Rina", "Santoso", "Hartono", "Dewi"]), min_size=1, max_size=3)
ROLES = st.one_of(st.none(), st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(NAMES, ROLES, st.integers(0, 500), st.booleans()), max_size=12),
    ROLES,
    NAMES,
    st.integers(0, 500),
)
def test_attribute_people_lookups_equal_a_pass_over_everyone(adds, role, name, near):
    people = ArticlePeople()
    for words, r, pos, weak in adds:
        people.add(" ".join(words), "person", r, pos, weak)
    if role:
        assert people.by_role(role, near) is _by_role_reference(people, role, near)
    for p in people._people:
        assert people.role_of(p) == _role_of_reference(people, p)
    for at in (near, None):
        assert people._resolve(" ".join(name), at, frozenset())[0] is _resolve_reference(
            people, " ".join(name), at
        )


TEXTS = st.text(alphabet='ab .!?,”"’)\n\t', max_size=40)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_quotes_sentence_start_equals_a_scan_up_to_the_mark(text, data):
    para = Span(0, len(text))
    at = data.draw(st.integers(0, len(text)))
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, at):
        start = m.end()
    assert SentenceEnds(text).start_before(para, at) == start


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_quotes_few_words_equals_strip_and_split(text, data):
    start = data.draw(st.integers(0, len(text)))
    most = data.draw(st.integers(0, 4))
    stop = max(start, _stripped_end(text, 0, len(text)))
    assert _few_words(text, start, stop, most) == (len(text[start:].strip(" .,").split()) <= most)


SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=8).map(
    lambda pairs: [(s, s + n) for s, n in pairs]
)


@settings(max_examples=300, deadline=None)
@given(SPANS, st.integers(0, 80), st.integers(1, 20))
def test_quotes_taken_equals_a_pass_over_the_direct_quotes(spans, start, length):
    end = start + length
    taken = _Taken(spans)
    assert taken.covers(start, end) == any(s <= start and end <= e for s, e in spans)
    assert taken.overlaps(start, end) == any(s < end and start < e for s, e in spans)


@settings(max_examples=300, deadline=None)
@given(SPANS, st.integers(0, 80))
def test_segment_guards_equal_a_pass_over_the_guards(spans, pos):
    guards = [Span(s, e) for s, e in spans]
    assert _Guards(guards).inside(pos) == any(g.start < pos < g.end - 1 for g in guards)


@settings(max_examples=300, deadline=None)
@given(SPANS, st.integers(0, 80), st.integers(0, 20))
def test_quotes_any_within_equals_a_pass_over_the_quotations(spans, start, length):
    quotations = [Quotation(s, e, s + 1, e, "double", True, 0, 0) for s, e in spans]
    index = QuotationIndex(quotations)
    end = start + length
    assert index.any_within(start, end) == any(start <= q.open and q.close <= end for q in quotations)


def _opens_reference(words: list[str], lang) -> bool:
    """``_opens_sentence`` as it was, over the split words before the name."""
    prev = words[-1].casefold() if words else ""
    if "," in words:
        words = words[len(words) - words[::-1].index(",") :]
    if prev in lang.grammar.object_markers:
        return False
    if words:
        first, low = words[0], words[0].casefold()
        if not (first[0].isupper() or low in lang.titles or low in lang.unnamed_heads):
            return False
    return not any(resolve._verb_like(w, lang) for w in words)


def _passive_reference(words: list[str], lang) -> bool:
    if words and words[-1].casefold() in lang.grammar.agent_markers:
        words = words[:-1]
    if not words:
        return False
    return words[-1].casefold() in lang.passive_cues and not any(
        resolve._verb_like(w, lang) for w in words[:-1]
    )


SENTENCE_WORDS = "Rina disampaikan oleh mengatakan bersama Menteri harga , ia X,Y".split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_WORDS), max_size=10).map(" ".join), st.data())
def test_attribute_words_before_a_name_equal_the_split_sentence(sentence, data):
    lang = get_language("id")
    words = resolve._Before(sentence, 0, len(sentence), lang)
    for pos in sorted(data.draw(st.lists(st.integers(0, len(sentence)), max_size=4))):
        split = sentence[:pos].replace(",", " , ").split()
        words.at(pos)
        assert [words.word(i) for i in range(words.count)] == split
        assert resolve._opens_sentence(words, lang) == _opens_reference(split, lang)
        assert resolve._after_passive(words, lang) == _passive_reference(split, lang)
        short = resolve._Words(split, lang)  # (the words of a short sentence start, split at each name)
        assert resolve._opens_sentence(short, lang) == _opens_reference(split, lang)
        assert resolve._after_passive(short, lang) == _passive_reference(split, lang)
