"""Bytes to article text: byte-order marks, binary data, and characters no store can hold.

A lone surrogate (half of an emoji cut by a scraper) cannot be encoded as UTF-8 and PostgreSQL refuses NUL,
so both become U+FFFD: one code point for one, so every character offset into the text stays valid.
"""

from __future__ import annotations

import codecs
import re

SNIFF_BYTES = 65536
# UTF-32 first: its little-endian mark begins like UTF-16's
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
BINARY = "binary file (NUL bytes), not text"
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` with every NUL and lone surrogate replaced by U+FFFD (same length, same offsets)."""
    return _UNSTORABLE.sub("\ufffd", text) if _UNSTORABLE.search(text) else text


def bom(data: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark at the start of ``data`` announces, and the mark's length."""
    for mark, encoding in BOMS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None, 0


def looks_binary(sample: bytes) -> bool:
    """NUL bytes in more than a tenth of the sample: binary data (or UTF-16 without a byte-order mark), not
    a text with stray NULs (``decode`` also calls a sample with NULs that is not UTF-8 binary)."""
    return sample.count(b"\x00") > len(sample) // 10


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, None) or (None, reason): UTF-8, or UTF-16/32 announced by a byte-order mark; cleaned."""
    encoding, skip = bom(data)
    if encoding is None and looks_binary(data[:SNIFF_BYTES]):
        return None, BINARY
    try:
        # surrogatepass keeps an encoded lone surrogate as one code point, which clean() then replaces
        text = data[skip:].decode(encoding or "utf-8", "surrogatepass")
    except UnicodeDecodeError as err:
        if encoding is None and b"\x00" in data[:SNIFF_BYTES]:  # NUL bytes and no UTF-8: not a text
            return None, BINARY
        return None, invalid(encoding or "utf-8", data, skip + err.start)
    return clean(text), None


def invalid(encoding: str, data: bytes, at: int, where: str = "") -> str:
    """The message for bytes that are not valid in their encoding, naming the byte offset."""
    name = encoding.upper().removesuffix("-LE").removesuffix("-BE")
    return f"invalid {name} at byte {at:,}{where} ({data[at : at + 1]!r}); re-encode the file as UTF-8"
