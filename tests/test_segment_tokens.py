"""The tokeniser is a character loop (fast once compiled); a regular expression says what it must find.
The offset search is a loop too when compiled; ``bisect`` says what it must find."""

import bisect
import random
import re

from kutip.doc import Span
from kutip.lang import get_language
from kutip.segment.article import Article
from kutip.segment.offsets import first_after, first_at_or_after, first_at_or_after_near
from kutip.segment.sentences import sentences
from kutip.segment.tokens import _tokenize, tokenize

# the definition: an initial with its period, a word with inner ' ’ . - marks, or one other mark
SPEC = re.compile(r"\b[A-Z]\.(?=\s)|\w(?:[\w'’.-]*\w)?|[^\w\s]")


def spans(text: str) -> list[tuple[str, int, int]]:
    return [(t.text, t.start, t.end) for t in _tokenize(text, frozenset())[0]]


def flags(text: str) -> list[tuple[bool, bool, bool, str]]:
    return [(t.is_word, t.is_cap, t.is_num, t.lower) for t in _tokenize(text, frozenset())[0]]


def test_news_words_marks_and_initials():
    text = "JAKARTA, KOMPAS.TV - M. Fadil (52) bilang naik 3.000 rupiah, ‘tak wajar’ -- kata-kata Jum'at."
    got = [w for w, _, _ in spans(text)]
    assert got[:6] == ["JAKARTA", ",", "KOMPAS.TV", "-", "M.", "Fadil"]
    assert "3.000" in got and "kata-kata" in got and "Jum'at" in got and "‘" in got
    assert got[-1] == "." and "--" not in got


def test_agrees_with_the_definition_on_random_text():
    rng = random.Random(7)
    alphabet = "aZ9_ .'’-,\n\t\xa0\x85“”()éÅ٣²ǅ\u0345"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        found = [m.group() for m in SPEC.finditer(text)]
        assert spans(text) == [(m.group(), m.start(), m.end()) for m in SPEC.finditer(text)], repr(text)
        want = [(w[0].isalnum(), w[0].isupper(), w[0].isdigit(), w.casefold()) for w in found]
        assert flags(text) == want, repr(text)


def test_title_abbreviation_keeps_its_period_only_before_a_space():
    en = get_language("en")
    text = "Sen. Ted Cruz and the Rep., too"
    words = [t.text for t in tokenize(text, en)[0]]
    assert words[:3] == ["Sen.", "Ted", "Cruz"]
    assert words[-4:] == ["Rep", ".", ",", "too"]


def test_ranges_are_slices_of_one_tokenisation():
    text = "Ia mengatakan, “Kami menolak.”"
    inner = Article(text, get_language("id")).tokens(text.index("Kami"), text.index("”"))
    assert [t.text for t in inner] == ["Kami", "menolak", "."]
    assert all(text[t.start : t.end] == t.text for t in inner)


def test_offset_search_agrees_with_bisect():
    rng = random.Random(3)
    for _ in range(500):
        values = sorted(rng.randint(0, 50) for _ in range(rng.randint(0, 20)))
        x, lo = rng.randint(-2, 52), rng.randint(0, len(values))
        assert first_at_or_after(values, x, lo) == bisect.bisect_left(values, x, lo)
        assert first_after(values, x, lo) == bisect.bisect_right(values, x, lo)
    for _ in range(500):  # the galloping search, over lists long enough for several steps
        values = sorted(rng.randint(0, 400) for _ in range(rng.randint(0, 300)))
        x, lo = rng.randint(-2, 402), rng.randint(0, len(values))
        assert first_at_or_after_near(values, x, lo) == bisect.bisect_left(values, x, lo)


def test_glued_sentences_split_at_the_full_stop():
    lang = get_language("id")
    text = "Dana itu bukan dari APBN.Menurut dia, proyek itu sudah.Family office itu lain lagi."
    words = [t.text for t in tokenize(text, lang)[0]]
    assert words[4:7] == ["APBN", ".", "Menurut"]
    assert words[11:14] == ["sudah", ".", "Family"]
    assert all(text[t.start : t.end] == t.text for t in tokenize(text, lang)[0])
    found = [text[s.start : s.end] for s in sentences(Article(text, lang), Span(0, len(text)))]
    assert found == [
        "Dana itu bukan dari APBN.",
        "Menurut dia, proyek itu sudah.",
        "Family office itu lain lagi.",
    ]


def test_glued_full_stop_keeps_addresses_initials_and_abbreviations():
    lang = get_language("id")
    text = "KOMPAS.TV, Kompas.Com, www.Detik.com, redaksi@Suara.Com, detik.com, S.H.Budi, Drs.Budi, U.S.Army"
    words = [t.text for t in tokenize(text, lang)[0] if t.text not in ",@"]
    assert words == [
        "KOMPAS.TV", "Kompas.Com", "www.Detik.com", "redaksi", "Suara.Com", "detik.com", "S.H.Budi",
        "Drs.Budi", "U.S.Army",
    ]  # fmt: skip
    assert len(sentences(Article(text, lang), Span(0, len(text)))) == 1


def test_token_ranges_of_a_long_article_are_its_slices():
    """Asking for the tokens of a range, short or long, anywhere in a long text gives exactly the words
    inside it: each end is found from the first token of its block of the text."""
    text = " ".join(
        f"Menteri Budi Santoso mengatakan stok beras di gudang ke-{k} aman sampai Maret, kata dia."
        for k in range(60)
    )
    art = Article(text, get_language("id"))
    whole = art.toks
    rng = random.Random(5)
    for _ in range(200):
        start = rng.randint(0, len(text))
        end = rng.randint(start, min(len(text), start + rng.choice((5, 40, 400, 4000))))
        got = art.tokens(start, end)
        assert got == [t for t in whole if t.start >= start and t.end <= end]


def test_token_ranges_at_the_edges_and_in_runs_of_marks():
    """Offsets before the text, past its end, a range that ends before it starts, and blocks of the text
    full of one-character marks all give what a binary search over the token starts gives."""
    text = "Harga cabai naik!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! (Rp 80.000/kg) kata pedagang di pasar.  " * 5
    art = Article(text, get_language("id"))
    starts = [t.start for t in art.toks]
    for start in range(-3, len(text) + 40, 3):
        for end in (start - 2, start, start + 1, start + 17, start + 50, len(text) + 5):
            i = bisect.bisect_left(starts, start)
            j = max(i, bisect.bisect_left(starts, end))
            while j > i and art.toks[j - 1].end > end:
                j -= 1
            assert art.token_range(start, end) == (i, j)


def test_an_initialism_ends_a_sentence_only_before_a_pronoun_or_a_determiner():
    lang = get_language("en")
    text = "The plant moved to the U.S. The owners said U.S. Rep. Ann Cole and J.M. Dunn backed it. We did."
    found = [text[s.start : s.end] for s in sentences(Article(text, lang), Span(0, len(text)))]
    assert found == [
        "The plant moved to the U.S.",
        "The owners said U.S. Rep. Ann Cole and J.M. Dunn backed it.",
        "We did.",
    ]
