"""Byte streams for readers: gzip decompressed member by member, a look at the first bytes, bounded reads.

Readers never hold a whole file: they pull from these streams a line or a record at a time, so memory stays
flat however large the file is. A damaged or cut gzip stream raises ``BrokenStream`` at the point where the
data stops making sense, after every intact byte before it has been handed out.
"""

from __future__ import annotations

import io
import zlib
from typing import Any, BinaryIO

GZIP_MAGIC = b"\x1f\x8b"
MEMBER_MAGIC = b"\x1f\x8b\x08"  # gzip magic and the deflate method: where a member can begin
CHUNK = 1 << 16
HEAD_BYTES = 4096  # enough of a file to tell its format


class BrokenStream(Exception):
    """The compressed data stops making sense here (damaged or cut short); what came before is intact."""


class GzipMembers(io.RawIOBase):
    """The decompressed bytes of a (multi-member) gzip stream, produced as they are read.

    Output per read is bounded (a small member that inflates to gigabytes never sits in memory whole).
    ``member`` counts the members begun, so a reader can tell whether a break is in the member it is
    reading; ``next_member`` skips past a break to the next member that starts, for formats whose members
    hold whole records (WARC).
    """

    def __init__(self, fh: BinaryIO) -> None:
        super().__init__()
        self._fh = fh
        self._d = zlib.decompressobj(31)
        self._pending = b""  # compressed bytes not yet fed to the decompressor
        self._failed = b""  # compressed bytes fed in the call that broke, searched by next_member
        self._broken = False
        self._out = b""
        self._error: BrokenStream | None = None
        self.member = 1

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while True:
            if self._out:  # what a damaged call decoded before the damage, handed out first
                n = min(len(buffer), len(self._out))
                buffer[:n], self._out = self._out[:n], self._out[n:]
                return n
            if self._error:
                err, self._error = self._error, None
                raise err
            if self._broken or (self._d.eof and not self._start_next_member()):
                return 0
            data, self._pending = self._pending or self._take(), b""
            saved = self._d.copy()
            try:
                out = self._d.decompress(data, len(buffer))
            except zlib.error as err:
                self._out = _salvage(saved, data)
                self._fail(data)
                self._error = BrokenStream(f"damaged gzip data ({err})")
                continue
            self._pending = self._d.unconsumed_tail
            if out:
                buffer[: len(out)] = out
                return len(out)
            if not data and not self._d.eof:
                self._fail(b"")
                raise BrokenStream("the file ends inside a gzip member (cut short)")

    def _take(self) -> bytes:
        return self._fh.read(CHUNK)

    def _start_next_member(self) -> bool:
        """After a member's end: begin the next one; False at the clean end of the stream."""
        tail = self._d.unused_data or self._pending
        self._pending = b""
        while True:
            tail = tail.lstrip(b"\x00")  # zero padding after a member is allowed
            more = self._take() if len(tail) < len(MEMBER_MAGIC) else b""
            if not more:
                break
            tail += more
        if not tail:
            return False
        if not tail.startswith(GZIP_MAGIC):
            self._fail(tail)
            raise BrokenStream("data after a gzip member is not gzip")
        self._d = zlib.decompressobj(31)
        self._pending = tail
        self.member += 1
        return True

    def _fail(self, data: bytes) -> None:
        self._broken = True
        self._failed = data

    def next_member(self) -> bool:
        """Skip from a break to the next gzip member; False when the file ends first."""
        window = self._failed[1:]
        self._failed = b""
        while True:
            at = window.find(MEMBER_MAGIC)
            if at >= 0:
                self._d = zlib.decompressobj(31)
                self._pending = window[at:]
                self._broken = False
                self.member += 1
                return True
            more = self._take()
            if not more:
                return False
            window = window[-2:] + more


def _salvage(d: Any, data: bytes, limit: int = 16 * CHUNK) -> bytes:
    """What ``d`` (a copy taken before a failed call) decodes from ``data`` before the damage: fed in
    pieces, and the piece that fails once more a byte at a time."""
    out: list[bytes] = []
    size, step, at = 0, 512, 0
    while at < len(data) and size < limit:
        before = d.copy()
        try:
            part = d.decompress(data[at : at + step], limit - size)
        except zlib.error:
            if step == 1:
                break
            d, step = before, 1
            continue
        out.append(part)
        size += len(part)
        at += step
    return b"".join(out)


class Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read (to sniff its format) and are handed out again."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def with_head(fh: BinaryIO, n: int = HEAD_BYTES) -> tuple[bytes, BinaryIO]:
    """The first ``n`` bytes of ``fh`` and a stream that still starts at the beginning."""
    head = read_upto(fh, n)
    if fh.seekable():
        fh.seek(0)
        return head, fh
    return head, io.BufferedReader(Prefixed(head, fh), CHUNK)


def read_upto(fh: BinaryIO, n: int) -> bytes:
    """At most ``n`` bytes: fewer only at the end of the stream (a pipe may hand them out in pieces)."""
    parts, want = [], n
    while want > 0:
        part = fh.read(want)
        if not part:
            break
        parts.append(part)
        want -= len(part)
    return b"".join(parts)


def gunzip_head(data: bytes, n: int = HEAD_BYTES) -> bytes:
    """The first decompressed bytes of gzip ``data`` (for sniffing), or b"" when they do not inflate."""
    try:
        return zlib.decompressobj(31).decompress(data, n)
    except zlib.error:
        return b""


def decompressed(fh: BinaryIO, head: bytes) -> tuple[BinaryIO, GzipMembers | None]:
    """A buffered stream of the content: gunzipped as it is read when ``head`` shows gzip."""
    if head[:2] != GZIP_MAGIC:
        return fh, None
    members = GzipMembers(fh)
    return io.BufferedReader(members, CHUNK), members
