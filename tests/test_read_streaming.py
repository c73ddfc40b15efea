"""Readers stream, and never hide a loss (issue #9): damaged JSONL(.gz) and WARC(.gz) inputs are named and
counted errors while the intact records around them are kept; text that no store can hold is made safe without
moving an offset; folders that cannot be read are named; the store's own files are never read; memory stays
flat because records are pulled lazily from the stream."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import kutip.read as read
from kutip.read import MAX_ARTICLE_CHARS, READERS, ReadError, Record, format_of, read_paths, read_stream
from kutip.read.jsonl import read_jsonl
from kutip.read.text import MAX_TEXT_BYTES

# --- inputs written for these tests, in the style of Indonesian and English news ---------------------------

ID_NEWS = [
    "JAKARTA, KOMPAS.com - Menteri Perhubungan Dewi Anggraini memastikan jalur mudik Lebaran aman dilalui. "
    "“Kami sudah menyiapkan 1.200 personel di titik rawan,” kata Dewi di Jakarta, Senin (3/3/2025).",
    "SURABAYA, Antara - Wali Kota Surabaya Bambang Prasetyo membantah kabar kenaikan tarif air bersih. "
    "“Tidak ada kenaikan tahun ini,” ujarnya kepada wartawan di Balai Kota.",
    "MEDAN, Detik - Kepala BMKG Wilayah I Rudi Hartono mengimbau nelayan tidak melaut hingga Kamis. "
    "Menurut dia, gelombang setinggi 4 meter berpotensi terjadi di perairan barat Sumatera.",
]
EN_NEWS = [
    "LONDON (Reuters) - Britain's finance minister, Helen Marsh, said on Tuesday that inflation would fall "
    "below 3 percent by the summer. “We are on track,” she told reporters.",
    "WASHINGTON, AP - Senator Tom Reyes denied that the bill would raise fuel prices. "
    "“That claim is simply false,” Reyes said in a statement on Wednesday.",
]
NEWS = ID_NEWS + EN_NEWS


def jsonl_line(i: int, text: str | None = None) -> str:
    body = text if text is not None else f"{NEWS[i % len(NEWS)]} (laporan {i})"
    return json.dumps({"doc_id": f"art-{i}", "text": body, "url": f"https://berita.example/{i}"})


def page(i: int, text: str | None = None) -> bytes:
    body = text or NEWS[i % len(NEWS)]
    return (
        f"<!doctype html><html><head><title>Berita {i}</title></head><body><nav>Beranda | Nasional</nav>"
        f"<article><h1>Laporan nomor {i}</h1><p>{body}</p><p>Laporan ini diperbarui pada hari yang sama "
        f"oleh redaksi untuk melengkapi keterangan narasumber nomor {i}.</p></article></body></html>"
    ).encode()


def url_of(i: int) -> str:
    return f"https://berita.example/{i}"


def warc_records(pages: int = 4, png_at: int | None = None) -> list[bytes]:
    """One WARC record per item, as bytes: a warcinfo record (number 1), then responses numbered 2.."""
    out = []
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    out.append(_record(writer, buf, writer.create_warcinfo_record("uji.warc", {"software": "kutip-tests"})))
    for i in range(1, pages + 1):
        ctype, body = (
            ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)) if i == png_at else ("text/html", page(i))
        )
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = writer.create_warc_record(url_of(i), "response", payload=io.BytesIO(body), http_headers=http)
        out.append(_record(writer, buf, rec))
    return out


def _record(writer: WARCWriter, buf: io.BytesIO, rec) -> bytes:  # a warcio record
    buf.seek(0)
    buf.truncate()
    writer.write_record(rec)
    return buf.getvalue()


def write_warc(path: Path, records: list[bytes], gz: bool) -> Path:
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if gz else b"".join(records))
    return path


def with_length(record: bytes, delta: int) -> bytes:
    """The record with its Content-Length changed by ``delta`` (the block itself untouched)."""
    head, sep, rest = record.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    for k, line in enumerate(lines):
        if line.startswith(b"Content-Length: "):
            lines[k] = b"Content-Length: %d" % (int(line.split(b": ")[1]) + delta)
    return b"\r\n".join(lines) + sep + rest


def items(paths: list[Path | str], **kw) -> tuple[list[Record], list[ReadError]]:
    out = list(read_paths([str(p) for p in paths], **kw))
    records = [x for x in out if isinstance(x, Record)]
    errors = [x for x in out if isinstance(x, ReadError)]
    assert len(records) + len(errors) == len(out)
    return records, errors


def urls(records: list[Record]) -> list[str | None]:
    return [r.url for r in records]


def assert_storable(record: Record) -> None:
    for value in (record.text, record.doc_id, record.title, record.url, record.date, record.lang):
        if value is not None:
            value.encode("utf-8")  # no lone surrogate
            assert "\x00" not in value
    assert record.text.strip() and len(record.text) <= MAX_ARTICLE_CHARS


# --- JSONL ------------------------------------------------------------------------------------------------


def test_read_jsonl_gz_cut_short_keeps_every_complete_line_and_names_the_break(tmp_path):
    lines = [jsonl_line(i) for i in range(1, 201)]
    whole = gzip.compress(("\n".join(lines) + "\n").encode(), compresslevel=1)
    cut = whole[: len(whole) * 3 // 5]
    f = tmp_path / "umpan.jsonl.gz"
    f.write_bytes(cut)
    complete = zlib.decompressobj(31).decompress(cut).count(b"\n")  # lines wholly inside the cut data
    assert 0 < complete < 200

    records, errors = items([f])

    assert [r.doc_id for r in records] == [f"art-{i}" for i in range(1, complete + 1)]
    assert len(errors) == 1
    assert (errors[0].file, errors[0].line) == (str(f), complete + 1)
    assert f"gzip stream broke after line {complete}" in str(errors[0])
    assert str(errors[0]).startswith(f"{f}:{complete + 1}: ")


def test_read_jsonl_gz_damaged_inside_keeps_the_lines_before(tmp_path):
    data = bytearray(gzip.compress(("\n".join(jsonl_line(i) for i in range(1, 301)) + "\n").encode()))
    middle = len(data) // 2
    before = zlib.decompressobj(31).decompress(bytes(data[:middle])).count(b"\n")
    data[middle : middle + 40] = bytes(40)  # a stretch of zeros inside the deflate data
    f = tmp_path / "rusak.jsonl.gz"
    f.write_bytes(bytes(data))

    records, errors = items([f])

    # every line before the damage is kept; deflate damage may decode to wrong bytes for a while before
    # zlib (at the latest the member's CRC) notices: those lines are malformed JSON, or read as they decode
    assert [r.doc_id for r in records[:before]] == [f"art-{i}" for i in range(1, before + 1)]
    assert "gzip stream broke after line" in errors[-1].reason
    assert errors[-1].line is not None and errors[-1].line > before
    assert all("malformed JSON" in e.reason or "UTF-8" in e.reason for e in errors[:-1])


def test_read_jsonl_gz_multi_member_is_read_whole(tmp_path):
    f = tmp_path / "dua.jsonl.gz"
    f.write_bytes(
        gzip.compress((jsonl_line(1) + "\n").encode()) + gzip.compress((jsonl_line(2) + "\n").encode())
    )
    records, errors = items([f])
    assert ([r.doc_id for r in records], errors) == (["art-1", "art-2"], [])


@pytest.mark.parametrize(
    "raw, bad",
    [
        ('"Ia tersenyum \\ud83d lalu berkata, \\u201cKami siap.\\u201d"', [13]),
        ('"Wait \\ude00 and \\ud83d\\ude00 and \\ud800"', [5, 17]),
        ('"Kata Budi:\\u0000 harga naik \\u0000\\u0000 lagi"', [10, 23, 24]),
    ],
)
def test_read_jsonl_surrogates_and_nul_become_fffd_at_the_same_offsets(tmp_path, raw, bad):
    original = json.loads(raw)
    f = tmp_path / "emoji.jsonl"
    f.write_text('{"doc_id": "x", "text": ' + raw + ', "title": "Judul \\ud83d"}\n', encoding="utf-8")

    (record,), errors = items([f])

    assert errors == []
    assert len(record.text) == len(original)
    assert [k for k, c in enumerate(record.text) if c == "\ufffd"] == bad
    assert all(record.text[k] == original[k] for k in range(len(original)) if k not in bad)
    assert record.title == "Judul \ufffd"
    assert_storable(record)


def test_read_jsonl_invalid_utf8_names_line_and_byte_offsets(tmp_path):
    f = tmp_path / "latin.jsonl"
    good = jsonl_line(1).encode() + b"\n"
    bad = b'{"doc_id": "b", "text": "Kata Budi: ' + "“harga naik”".encode("cp1252") + b'"}\n'
    f.write_bytes(good + bad + good)
    records, errors = items([f])
    assert len(records) == 2
    (err,) = errors
    assert err.line == 2
    at = bad.index(b"\x93")
    assert f"invalid UTF-8 at byte {at} of the line (byte {len(good) + at} of the file)" in err.reason


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_read_jsonl_with_a_byte_order_mark(tmp_path, encoding):
    content = "\n".join(jsonl_line(i) for i in range(1, 4)) + "\n"
    data = content.encode(encoding)
    if encoding != "utf-16" and encoding.startswith("utf-16"):  # an explicit mark, then that byte order
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    f = tmp_path / "bom.jsonl"
    f.write_bytes(data)
    records, errors = items([f])
    assert errors == []
    assert [r.doc_id for r in records] == ["art-1", "art-2", "art-3"]
    assert records[0].text.startswith(NEWS[1])


def test_read_jsonl_binary_file_is_one_error(tmp_path):
    f = tmp_path / "gambar.jsonl"
    f.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5000) + b"\n" + bytes(5000))
    assert [str(e) for e in items([f])[1]] == [f"{f}: binary file (NUL bytes), not JSONL"]


def test_read_jsonl_hostile_json_is_a_named_error(tmp_path):
    f = tmp_path / "jahat.jsonl"
    f.write_text(
        "\n".join(["[" * 100_000, "1" * 5000, '"just text"', jsonl_line(4)]) + "\n", encoding="utf-8"
    )
    records, errors = items([f])
    assert [r.doc_id for r in records] == ["art-4"]
    assert [e.line for e in errors] == [1, 2, 3]
    assert all("JSON" in e.reason for e in errors)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_read_jsonl_overlong_line_is_skipped_without_holding_it(tmp_path, monkeypatch, encoding):
    import kutip.read.jsonl as jsonl

    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 2000)
    long = jsonl_line(2, "Kata Budi. " * 5000)  # 55 kB: over the (lowered) limit
    f = tmp_path / "panjang.jsonl"
    f.write_bytes("\n".join([jsonl_line(1), long, jsonl_line(3)]).encode(encoding))
    records, errors = items([f])
    assert [r.doc_id for r in records] == ["art-1", "art-3"]
    assert [(e.line, e.reason) for e in errors] == [(2, "line is over 2,000 bytes: not one article")]


@pytest.mark.parametrize(
    "name, data",
    [
        ("a.jsonl", b""),
        ("a.jsonl", b"\n  \n"),
        ("a.jsonl.gz", gzip.compress(b"")),
        ("a.warc", b""),
        ("a.txt", b""),
    ],
)
def test_read_empty_files_are_named(tmp_path, name, data):
    f = tmp_path / name
    f.write_bytes(data)
    records, errors = items([f])
    assert records == [] and len(errors) == 1 and "empty file" in errors[0].reason


# --- text and HTML ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_read_text_decodes_byte_order_marks(tmp_path, encoding):
    text = ID_NEWS[0]
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    f = tmp_path / "bom.txt"
    f.write_bytes(data)
    (record,), errors = items([f])
    assert (record.text, errors) == (text, [])


def test_read_text_nul_and_encoded_lone_surrogate_become_fffd(tmp_path):
    text = "Kata Budi:\x00 harga naik."
    f = tmp_path / "nul.txt"
    f.write_bytes(text.encode() + b" Emoji terpotong: \xed\xa0\xbd.")
    (record,), _ = items([f])
    assert record.text == "Kata Budi:\ufffd harga naik. Emoji terpotong: \ufffd."
    assert_storable(record)


def test_read_text_utf16_with_lone_surrogate(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes(
        codecs.BOM_UTF16_LE + "Ia berkata ".encode("utf-16-le") + b"\x3d\xd8" + " siap.".encode("utf-16-le")
    )
    (record,), _ = items([f])
    assert record.text == "Ia berkata \ufffd siap."


@pytest.mark.parametrize(
    "data, message",
    [
        (b"\x7fELF\x02\x01\x01" + bytes(300), "binary file (NUL bytes), not text"),
        ("Kata Budi: “harga naik”".encode("cp1252"), "invalid UTF-8 at byte 11 (b'\\x93')"),
        (codecs.BOM_UTF8 + "Kata Budi: “harga naik”".encode("cp1252"), "invalid UTF-8 at byte 14"),
        (codecs.BOM_UTF16_LE + "Kata".encode("utf-16-le") + b"\x00", "invalid UTF-16 at byte 10"),
    ],
)
def test_read_text_bad_bytes_stay_named_errors(tmp_path, data, message):
    f = tmp_path / "buruk.txt"
    f.write_bytes(data)
    (err,) = items([f])[1]
    assert message in err.reason


def test_read_html_utf16_page_and_nul_bytes(tmp_path):
    u16 = tmp_path / "u16.html"
    u16.write_bytes(page(1).decode().encode("utf-16"))
    nul = tmp_path / "nul.html"
    nul.write_bytes(page(2).replace(b"Laporan ini", b"Laporan\x00ini"))
    records, errors = items([u16, nul])
    assert errors == []
    assert NEWS[1] in records[0].text
    assert "Laporan\ufffdini" in records[1].text
    for r in records:
        assert_storable(r)


# --- WARC -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_read_warc_intact_crawl(tmp_path, gz):
    f = write_warc(tmp_path / ("uji.warc.gz" if gz else "uji.warc"), warc_records(4, png_at=3), gz)
    records, errors = items([f])
    assert urls(records) == [url_of(1), url_of(2), url_of(4)]
    assert records[0].source == f"{f} record 2 ({url_of(1)})"
    assert [(e.record, e.url) for e in errors] == [(4, url_of(3))]
    assert "not an article page (content type 'image/png')" in str(errors[0])


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("delta", [-60, -1, 1, 150, 900])
def test_read_warc_wrong_content_length_is_named_and_later_records_kept(tmp_path, gz, delta):
    recs = warc_records(4)
    recs[2] = with_length(recs[2], delta)  # record 3 holds page 2
    f = write_warc(tmp_path / ("cl.warc.gz" if gz else "cl.warc"), recs, gz)

    records, errors = items([f])

    assert urls(records) == [url_of(1), url_of(3), url_of(4)]
    assert len(errors) == 1
    err = errors[0]
    assert (err.file, err.record, err.url) == (str(f), 3, url_of(2))
    assert str(err).startswith(f"{f} record 3 ({url_of(2)}): ")
    assert "Content-Length" in err.reason


def test_read_warc_content_length_past_the_end_of_the_file(tmp_path):
    recs = warc_records(3)
    recs[3] = with_length(recs[3], 5000)
    f = write_warc(tmp_path / "akhir.warc", recs, False)
    records, errors = items([f])
    assert urls(records) == [url_of(1), url_of(2)]
    assert [(e.record, e.url) for e in errors] == [(4, url_of(3))]
    assert "cut short" in errors[0].reason


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("where", [0.1, 0.5, 0.97])
def test_read_warc_cut_inside_a_record(tmp_path, gz, where):
    recs = warc_records(4)
    whole = [gzip.compress(r) for r in recs] if gz else recs
    keep = sum(len(r) for r in whole[:4]) + int(len(whole[4]) * where)  # cut inside record 5 (page 4)
    f = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    f.write_bytes(b"".join(whole)[:keep])

    records, errors = items([f])

    assert urls(records) == [url_of(1), url_of(2), url_of(3)]  # nothing stored cut short
    assert len(errors) == 1
    assert (errors[0].file, errors[0].record) == (str(f), 5)
    if where >= 0.5:  # the header came through: the URL is named
        assert errors[0].url == url_of(4)
    assert "cut short" in errors[0].reason


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize(
    "old, new",
    [
        (b"WARC/1.0\r\n", b"WXRC/1.0\r\n"),
        (b"Content-Length: ", b"Content-Lxngth: "),
        (b"WARC-Type: response\r\n", b"\x00\x9f\x13garbage\r\n"),
        (b"\r\n\r\nHTTP/1.1", b"\r\nHTTP/1.1"),  # the blank line that ends the header is gone
    ],
    ids=["version", "length", "binary", "no-end"],
)
def test_read_warc_garbled_header_is_named_and_later_records_kept(tmp_path, gz, old, new):
    recs = warc_records(4)
    assert old in recs[2]
    recs[2] = recs[2].replace(old, new, 1)
    f = write_warc(tmp_path / ("rusak.warc.gz" if gz else "rusak.warc"), recs, gz)

    records, errors = items([f])

    assert urls(records) == [url_of(1), url_of(3), url_of(4)]
    assert len(errors) == 1
    assert (errors[0].record, errors[0].url) == (3, url_of(2))
    assert "garbled record header" in errors[0].reason or "Content-Length" in errors[0].reason


@pytest.mark.parametrize("part", ["deflate", "trailer"])
def test_read_warc_gz_damaged_member_then_the_next_members(tmp_path, part):
    members = [bytearray(gzip.compress(r)) for r in warc_records(4)]
    damaged = members[2]
    if part == "deflate":
        damaged[len(damaged) // 2 : len(damaged) // 2 + 12] = b"\xff" * 12
    else:
        damaged[-8] ^= 0xFF  # the CRC of the member
    f = tmp_path / "member.warc.gz"
    f.write_bytes(b"".join(bytes(m) for m in members))

    records, errors = items([f])

    assert urls(records) == [url_of(1), url_of(3), url_of(4)]
    assert len(errors) == 1
    assert errors[0].record == 3
    assert "gzip" in errors[0].reason


def test_read_warc_plain_record_line_inside_a_page_does_not_confuse_resync(tmp_path):
    recs = warc_records(3)
    recs[2] = with_length(recs[2], -30)
    f = write_warc(tmp_path / "resync.warc", recs, False)
    records, errors = items([f])
    assert urls(records) == [url_of(1), url_of(3)]
    assert [e.record for e in errors] == [3]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(0, 1), gz=st.booleans(), delta=st.sampled_from([0, -7, 13]), which=st.integers(1, 4))
def test_read_warc_property_never_a_cut_article(tmp_path, cut, gz, delta, which):
    """Whatever is cut or mislabelled, every article read equals the intact page, and nothing raises."""
    recs = warc_records(4)
    intact = {r.url: r.text for r in items([write_warc(tmp_path / "utuh.warc", recs, False)])[0]}
    if delta:
        recs[which] = with_length(recs[which], delta)
    data = b"".join(gzip.compress(r) for r in recs) if gz else b"".join(recs)
    f = tmp_path / ("p.warc.gz" if gz else "p.warc")
    f.write_bytes(data[: int(len(data) * cut)])
    records, errors = items([f])
    for r in records:
        assert r.text == intact[r.url]
    for e in errors:
        assert e.file == str(f) and (e.record is not None or e.reason == "empty file: no WARC records")


def test_read_warc_arc_file_still_read(tmp_path):
    body = page(5)
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    desc = b"1 0 Kutip\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = (
        b"filedesc://uji.arc 0.0.0.0 20250101000000 text/plain %d\n" % len(desc)
        + desc
        + b"\n"
        + b"https://berita.example/5 10.0.0.1 20250101000000 text/html %d\n" % len(http)
        + http
        + b"\n"
    )
    f = tmp_path / "lama.arc.gz"
    f.write_bytes(gzip.compress(arc))
    records, errors = items([f])
    assert (urls(records), errors) == ([url_of(5)], [])


# --- folders, exclusion, formats --------------------------------------------------------------------------


def test_read_folder_sorted_recursive_skips_dot_entries(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (tmp_path / ".tersembunyi.txt").write_text(ID_NEWS[0])
    (tmp_path / "b" / "c" / "dua.txt").write_text(ID_NEWS[1])
    (tmp_path / "b" / "satu.txt").write_text(ID_NEWS[0])
    (tmp_path / "a.txt").write_text(EN_NEWS[0])
    records, errors = items([tmp_path])
    assert errors == []
    assert [r.source for r in records] == [str(tmp_path / p) for p in ("a.txt", "b/c/dua.txt", "b/satu.txt")]


def test_read_folder_unreadable_subfolder_is_named_simulated(tmp_path, monkeypatch):
    (tmp_path / "boleh").mkdir()
    (tmp_path / "boleh" / "a.txt").write_text(ID_NEWS[0])
    (tmp_path / "terkunci").mkdir()
    (tmp_path / "terkunci" / "b.txt").write_text(ID_NEWS[1])
    real_scandir = os.scandir

    def scandir(path):  # what a folder with mode 000 does for a user who is not root
        if Path(path).name == "terkunci":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(read.os, "scandir", scandir)
    records, errors = items([tmp_path])
    assert [r.doc_id for r in records] == ["a.txt"]
    assert [str(e) for e in errors] == [f"{tmp_path / 'terkunci'}: folder not read: Permission denied"]


def test_read_folder_unreadable_subfolder_chmod(tmp_path):
    locked = tmp_path / "terkunci"
    locked.mkdir()
    (locked / "b.txt").write_text(ID_NEWS[1])
    (tmp_path / "a.txt").write_text(ID_NEWS[0])
    locked.chmod(0)
    try:
        try:
            os.listdir(locked)
        except PermissionError:
            pass
        else:
            pytest.skip(
                "running as root (or with CAP_DAC_OVERRIDE): mode 000 does not block reading; "
                "test_read_folder_unreadable_subfolder_is_named_simulated covers it"
            )
        records, errors = items([tmp_path])
    finally:
        locked.chmod(0o755)
    assert [r.doc_id for r in records] == ["a.txt"]
    assert [e.file for e in errors] == [str(locked)]


def test_read_unreadable_file_and_dangling_link_are_named(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ID_NEWS[0])
    (tmp_path / "b.txt").write_text(ID_NEWS[1])
    (tmp_path / "c.txt").symlink_to(tmp_path / "hilang.txt")
    real_open = Path.open

    def open_(self, *args, **kw):
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kw)

    monkeypatch.setattr(Path, "open", open_)
    records, errors = items([tmp_path])
    assert [r.doc_id for r in records] == ["a.txt"]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'b.txt'}: Permission denied",
        f"{tmp_path / 'c.txt'}: not read: a link to nothing (its target is gone)",
    ]


def test_read_exclude_never_reads_the_store(tmp_path, monkeypatch):
    (tmp_path / "berita.txt").write_text(ID_NEWS[0])
    db = tmp_path / "kutip.db"
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").write_bytes(b"SQLite format 3\x00" + bytes(100))
    monkeypatch.chdir(tmp_path)
    store = [f"./kutip.db{s}" for s in ("", "-wal", "-shm", "-journal")]  # spelled differently, same files

    records, errors = items(["."], exclude=store)
    assert ([r.doc_id for r in records], errors) == (["berita.txt"], [])

    records, errors = items([str(db)], exclude=store)
    assert records == [] and [e.reason for e in errors] == ["not read: excluded (Kutip writes this file)"]

    _, errors = items(["."])  # without exclude, the database is read (and refused as binary)
    assert len(errors) == 4


def test_read_format_registry_endings_and_sniffing():
    assert set(READERS) == {"warc", "jsonl", "html", "text"}
    for fmt, spec in READERS.items():
        assert callable(spec.reader) and spec.endings
        assert READERS[fmt][0] is spec.reader  # still a (reader, endings, ...) tuple
    assert format_of("a.jsonl.gz", b"") == "jsonl"
    assert format_of("a.WARC.GZ", b"") == "warc"
    assert format_of("-", gzip.compress(b"WARC/1.0\r\n")) == "warc"
    assert format_of("-", gzip.compress(b'{"text": "x"}\n')) == "jsonl"
    assert format_of("-", b"  <!DOCTYPE html><html>") == "html"
    assert format_of("-", b"Kata Budi") == "text"


@pytest.mark.parametrize(
    "data, fmt",
    [
        (("\n".join(jsonl_line(i) for i in range(3)) + "\n").encode(), "jsonl"),
        (gzip.compress(("\n".join(jsonl_line(i) for i in range(3)) + "\n").encode()), "jsonl"),
        (b"".join(gzip.compress(r) for r in warc_records(3)), "warc"),
        (ID_NEWS[2].encode("utf-16"), "text"),
    ],
)
def test_read_stdin_like_pipe_sniffs_and_streams(data, fmt):
    pipe = io.BufferedReader(Trickle(iter([data])))  # not seekable, hands bytes out a few at a time
    out = list(read_stream("<stdin>", pipe))
    assert out and all(isinstance(x, Record) for x in out), out
    if fmt == "text":
        assert out[0].text == ID_NEWS[2] and out[0].doc_id == "stdin"


# --- streaming: records are pulled lazily, whatever the size of the input ---------------------------------


class Trickle(io.RawIOBase):
    """A pipe-like stream over generated chunks; counts what it handed out, and hands out at most 7 KB a
    time, as a pipe does."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._rest = b""
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if not self._rest:
            self._rest = next(self._chunks, b"")
        n = min(len(buffer), len(self._rest), 7000)
        buffer[:n] = self._rest[:n]
        self._rest = self._rest[n:]
        self.served += n
        return n


GIGABYTES = 4 * 1024**3


def endless_jsonl() -> Iterator[bytes]:
    """Lines of a 4 GB feed, generated as they are asked for."""
    served, i = 0, 0
    while served < GIGABYTES:
        i += 1
        chunk = "".join(jsonl_line(i * 100 + k) + "\n" for k in range(100)).encode()
        served += len(chunk)
        yield chunk


def gzipped(chunks: Iterator[bytes]) -> Iterator[bytes]:
    z = zlib.compressobj(6, zlib.DEFLATED, 31)
    for chunk in chunks:
        if out := z.compress(chunk):
            yield out
    yield z.flush()


def endless_warc() -> Iterator[bytes]:
    while True:
        yield from (gzip.compress(r) for r in warc_records(3)[1:])


@pytest.mark.parametrize(
    "name, source",
    [
        ("feed.jsonl", endless_jsonl),
        ("feed.jsonl.gz", lambda: gzipped(endless_jsonl())),
        ("crawl.warc.gz", endless_warc),
    ],
)
def test_read_is_lazy_first_records_of_a_4gb_stream(name, source):
    raw = Trickle(source())
    stream = read_stream(name, io.BufferedReader(raw))
    first = [next(stream) for _ in range(5)]
    assert all(isinstance(x, Record) for x in first)
    assert raw.served < 4 * 1024**2  # a few MB of a 4 GB stream were read to hand out five articles


def test_read_text_over_the_limit_is_refused_after_a_bounded_read():
    raw = Trickle(iter(lambda: (ID_NEWS[0] + "\n").encode() * 500, None))  # an endless "text file"
    (err,) = list(read_stream("dump.txt", io.BufferedReader(raw)))
    assert "over the 1,000,000 limit for one article" in err.reason
    assert raw.served <= MAX_TEXT_BYTES + 2 * 1024**2


def test_read_sparse_multi_gigabyte_files_are_not_read_whole(tmp_path):
    big = tmp_path / "sparse.txt"
    with big.open("wb") as f:
        f.write((ID_NEWS[0] + "\n").encode() * 2000)
        f.truncate(3 * 1024**3)  # 3 GB on paper, almost nothing on disk
    feed = tmp_path / "sparse.jsonl"
    with feed.open("wb") as f:
        f.write(("\n".join(jsonl_line(i) for i in range(1, 40)) + "\n").encode())
        f.truncate(3 * 1024**3)
    stream = read_paths([str(big), str(feed)])
    err = next(stream)
    assert isinstance(err, ReadError) and "over the 1,000,000 limit" in err.reason
    assert [next(stream).doc_id for _ in range(3)] == ["art-1", "art-2", "art-3"]


# --- property: any bytes into the JSONL reader --------------------------------------------------------------

ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=60)  # surrogates and NUL included
FIELD_VALUES = st.one_of(ANY_TEXT, st.none(), st.integers(), st.lists(st.integers(), max_size=2))
RECORDS = st.fixed_dictionaries(
    {"text": st.one_of(ANY_TEXT, st.integers(), st.none())},
    optional={"doc_id": FIELD_VALUES, "title": FIELD_VALUES, "url": FIELD_VALUES, "lang": FIELD_VALUES},
)


def check_items(out: list) -> None:
    for x in out:
        assert isinstance(x, Record | ReadError)
        if isinstance(x, Record):
            assert_storable(x)
        else:
            assert x.file == "feed.jsonl" and x.reason


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.booleans())
def test_read_jsonl_property_any_bytes(data, gz):
    if gz:
        data = gzip.compress(data)[: max(2, len(data))]
    check_items(list(read_jsonl("feed.jsonl", io.BytesIO(data))))


@settings(max_examples=300, deadline=None)
@given(st.lists(RECORDS, max_size=6), st.booleans(), st.floats(0, 1), st.sampled_from(["utf-8", "utf-16"]))
def test_read_jsonl_property_records(rows, ascii_only, cut, encoding):
    """JSON of any content (lone surrogates, NUL, wrong types), plain or gzipped and cut anywhere."""
    content = "".join(json.dumps(r, ensure_ascii=ascii_only) + "\n" for r in rows)
    data = content.encode(encoding, "surrogatepass")
    whole = list(read_jsonl("feed.jsonl", io.BytesIO(data)))
    check_items(whole)
    gz = gzip.compress(data)
    part = list(read_jsonl("feed.jsonl", io.BytesIO(gz[: int(len(gz) * cut)])))
    check_items(part)
    kept = [x for x in part if isinstance(x, Record)]
    assert kept == [x for x in whole if isinstance(x, Record)][: len(kept)]  # a prefix of the intact read
