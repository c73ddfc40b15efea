"""Word tokens with offsets, for the small phrase grammars of the quote and speaker finders.

A document's text is tokenised once, by its ``kutip.segment.article.Article``; the finders ask the article
for thousands of small ranges of it, and each is a slice of that one list. A language may name title
abbreviations that keep their period as part of the token ("Mr.", "Sen."), so that "Sen. Ted Cruz" reads as
one phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from kutip.native import mypyc_attr

if TYPE_CHECKING:
    from mypy_extensions import i64  # a machine integer when compiled (only annotations name it)

    from kutip.lang import Language


# The text is cut into blocks of 2 ** BLOCK_BITS characters, and the index of the first token of each is
# kept (``kutip.segment.article.Article.first_token``): a token offset is then found from its block's first
# token, past the few tokens a block holds.
BLOCK_BITS: Final = 4
# Characters that may sit inside a word ("KOMPAS.TV", "3.000", "don't", "Jawa-Bali") but never end one.
INNER: Final = "'’.-"
# Labels of a web address written with a capital ("Kompas.Com"): a period before one joins, it ends nothing.
DOMAIN_LABELS: Final = frozenset("com co id net org tv news go ac or info biz asia".split())


@mypyc_attr(acyclic=True)
class Token:
    """One word or mark, with offsets into the document text. (A plain class, not a dataclass: compiled,
    it is built twice as fast, and a document makes one per word. It holds only strings, numbers and
    flags, so it can be in no reference cycle: compiled, the garbage collector does not track it, which
    spares it the collector's bookkeeping for every word.)"""

    __slots__ = ("end", "is_cap", "is_num", "is_word", "lower", "start", "text")

    def __init__(
        self, text: str, start: int, end: int, lower: str, is_word: bool, is_cap: bool, is_num: bool
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lower = lower
        self.is_word = is_word
        self.is_cap = is_cap
        self.is_num = is_num  # begins with a digit ("3.000", "24")

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


_LOWER: Final[dict[str, str]] = {}
_NONE: Final[frozenset[str]] = frozenset()


def _word_end(text: str, i: i64, n: i64, glued: frozenset[str] | None = None) -> tuple[i64, bool]:
    """End of the word that starts at ``i``: word characters, with inner marks only between two of them;
    and whether every character after the first is a lower-case ASCII letter, a digit, "_" or an inner
    mark (then a word that begins with one is its own lower-case form, and needs no look-up). With
    ``glued`` (a language's abbreviations), a word also ends at a full stop glued to the next sentence
    ("APBN.Menurut dia"; see ``_glued_stop``). Characters are read by code point, ASCII tested first and
    inline: compiled, that makes no one-character string per character, and calls nothing; and the offsets
    are machine integers (``i64``), which compiled code counts with without checks for big numbers."""
    j = i + 1
    segment = i  # where the part after the last inner mark begins
    plain = True
    while j < n:
        o: i64 = ord(text[j])
        if 97 <= o <= 122 or 48 <= o <= 57 or o == 95:  # ``_lower_ascii``, inline: it runs for every letter
            j += 1
        elif 65 <= o <= 90 or (o > 127 and text[j].isalnum()):
            plain = False
            j += 1
        elif o == 46 or o == 45 or o == 39 or o == 0x2019:  # INNER: . - ' ’
            k = j + 1
            while k < n and text[k] in INNER:
                k += 1
            if k < n and (text[k].isalnum() or text[k] == "_"):
                if (
                    glued is not None
                    and k == j + 1
                    and o == 46
                    and _glued_stop(text, i, segment, j, n, glued)
                ):
                    break
                plain = plain and _lower_ascii(ord(text[k]))
                j = k + 1
                segment = k
            else:
                break
        else:
            break
    return j, plain


def ascii_word(o: i64) -> bool:
    """``\\w`` for an ASCII code point: a letter, a digit or "_" (by code point, without a method call)."""
    return 97 <= o <= 122 or 65 <= o <= 90 or 48 <= o <= 57 or o == 95


def _lower_ascii(o: i64) -> bool:
    """A lower-case ASCII letter, a digit or "_" (by code point): its own lower-case form."""
    return 97 <= o <= 122 or 48 <= o <= 57 or o == 95


def _glued_stop(text: str, start: int, segment: int, dot: int, n: int, abbreviations: frozenset[str]) -> bool:
    """Is the period at ``dot`` a sentence end with no space after it, as scraped pages leave them ("...
    APBN.Menurut dia", "sudah.Family office itu")? A capitalised word follows, and the part before is a
    word of two letters or more: not an abbreviation ("Drs.Budi"), an initial ("S.H."), or part of a web
    or e-mail address ("detik.com", "www.Kompas.Com", "redaksi@Suara.Com")."""
    after = dot + 1
    if not (after + 1 < n and text[after].isupper() and text[after + 1].islower()):
        return False
    if segment != start or dot - start < 2 or not text[start:dot].isalpha():
        return False  # "S.H.", "news.detik": more than one part before
    before = text[start:dot].casefold()
    if before in abbreviations or before in ("www", "http", "https"):
        return False
    if start > 0 and text[start - 1] in "/@:.":
        return False
    end = after
    while end < n and text[end].isalpha():
        end += 1
    if text[after:end].casefold() in DOMAIN_LABELS:
        return False
    return not (end + 1 < n and text[end] == "." and text[end + 1].isalnum())  # "Kompas.Detik.com"


def _tokenize(
    text: str, abbreviations: frozenset[str], glued: frozenset[str] | None = None
) -> tuple[list[Token], list[int]]:
    """Words (as ``\\w`` reads them, with inner marks), initials with their period ("M. Fadil"), single marks
    (with ``glued``, a full stop glued to a sentence: "APBN.Menurut"), and the first token of each block of
    the text (``BLOCK_BITS``). A loop by code point, in i64: compiled, several times faster than a regex."""
    toks: list[Token] = []
    blocks: list[int] = []
    lowers = _lowers()
    n: i64 = len(text)
    i: i64 = 0
    while i < n:
        o: i64 = ord(text[i])
        if o == 32 or ((o < 33 or o > 127) and text[i].isspace()):
            i += 1
            continue
        is_cap, is_num = 65 <= o <= 90, 48 <= o <= 57  # ``_char_class`` inline for ASCII: it runs per token
        in_word = is_cap or is_num or 97 <= o <= 122 or o == 95
        if o > 127:
            is_cap, is_num, in_word = _char_class(text, i, o)
        while len(blocks) <= i >> BLOCK_BITS:  # the blocks up to this one hold no token before it
            blocks.append(len(toks))
        if in_word:
            j, plain = _token_end(text, i, n, is_cap and o < 128, glued)
            w = text[i:j]
            low = w if plain and _lower_ascii(o) else lowers.get(w)  # "yang", "3.000": no look-up
            if low is None:
                low = lowers[w] = w.casefold()
            toks.append(Token(w, i, j, low, o != 95, is_cap, is_num))
        elif o == 46 and abbreviations and toks and _ends_title(toks[-1], text, i, abbreviations):
            toks[-1] = _with_period(toks[-1], i)
            i += 1
            continue  # "Sen." before "Ted Cruz": the title keeps its period
        else:
            j = i + 1
            toks.append(_mark(text, i, o, is_cap, is_num))
        i = j
    while len(blocks) <= n >> BLOCK_BITS:
        blocks.append(len(toks))
    return toks, blocks


def _lowers() -> dict[str, str]:
    """The memo of lower-case forms of words (``_LOWER``), emptied when it grows past 200,000 of them."""
    if len(_LOWER) > 200_000:
        _LOWER.clear()
    return _LOWER


def _mark(text: str, i: i64, o: i64, is_cap: bool, is_num: bool) -> Token:
    """The single mark at ``i``, code point ``o``, as a token."""
    mark = text[i]
    return Token(mark, i, i + 1, mark if _own_fold(o) else mark.casefold(), False, is_cap, is_num)


def _own_fold(o: i64) -> bool:
    """Is the mark (no letter, digit or space) with code point ``o`` its own case fold: one of Latin-1 (the
    "°", "©" and stray bytes of scraped text) or of General Punctuation (U+2000-206F: curly quotes, dashes,
    the ellipsis)? Marks elsewhere may fold ("Ⓐ")."""
    return o < 256 or 0x2000 <= o <= 0x206F


def _with_period(prev: Token, dot: int) -> Token:
    """The title ``prev`` with the period at ``dot`` that ends it ("Sen." of "Sen. Ted Cruz")."""
    word = prev.text + "."
    return Token(word, prev.start, dot + 1, word.casefold(), True, prev.is_cap, False)


def _char_class(text: str, i: i64, o: i64) -> tuple[bool, bool, bool]:
    """(capital, digit, word character as ``\\w`` reads it) of the character at ``i``, code point ``o``:
    ASCII by its code point, without making a one-character string."""
    if o < 128:
        return 65 <= o <= 90, 48 <= o <= 57, 97 <= o <= 122 or 65 <= o <= 90 or 48 <= o <= 57 or o == 95
    ch = text[i]
    return ch.isupper(), ch.isdigit(), ch.isalnum()


def _token_end(text: str, i: i64, n: i64, ascii_cap: bool, glued: frozenset[str] | None) -> tuple[i64, bool]:
    """The end of the word token at ``i``: an initial keeps its period ("M. Fadil"), a word runs on; and
    whether the rest of it is plain lower-case ASCII (see ``_word_end``)."""
    if ascii_cap and i + 2 < n and text[i + 1] == "." and text[i + 2].isspace():
        return i + 2, False
    return _word_end(text, i, n, glued)


def tokenize(text: str, lang: Language | None) -> tuple[list[Token], list[int]]:
    """The tokens of ``text`` as ``lang`` splits them, and the index of the first token of each block of
    the text (see ``BLOCK_BITS``). The pipeline calls this once per article
    (``kutip.segment.article.Article``); finders read slices of it."""
    if lang is None:
        return _tokenize(text, _NONE)
    return _tokenize(text, lang.title_abbreviations, lang.abbreviations)


def has_words(text: str, n: int) -> bool:
    """``len(text.split()) >= n``, splitting off no more than ``n`` words: the texts so tested are whole
    statements and quotations, and the test needs only their first few words."""
    return n <= 0 or len(text.split(None, n)) >= n


def _ends_title(prev: Token, text: str, i: int, abbreviations: frozenset[str]) -> bool:
    """Whether the period at ``i`` ends a title abbreviation written before a name ("Sen. Ted Cruz")."""
    return prev.end == i and prev.lower in abbreviations and text[i + 1 : i + 2].isspace()
