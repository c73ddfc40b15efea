"""A generated corpus of hostile files (issue 9, item 8) run through ``kutip extract``, ``kutip ingest``
and ``kutip quotes`` on both back ends: every bad input is one named, counted failure (file and line, or
record and URL), every other article is stored exactly once, a second ingest adds nothing, and the searches
and options that used to end in a traceback give an answer or a one-line usage error, the same on SQLite and
PostgreSQL.

Every text here was written for these tests in the style of Indonesian and English news; none comes from
``../shared``. No test times anything: the pathological article may end as a reported failure (over
``--timeout``) or finish, and the assertions hold either way.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
import re
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import Result
from conftest import cli_stderr, invoke, quotes_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kutip.errors import EXIT_INPUT_FAILED, EXIT_OK, EXIT_STORE, EXIT_USAGE
from kutip.read import MAX_ARTICLE_CHARS, ReadError, Record, read_paths
from kutip.store import is_postgres, open_store
from kutip.store.connection import run

ID_SITE = "https://warta.example.id"
TIMEOUT = "0.5"  # seconds per article: far above a news article, far below the pathological one

# --- good articles, written for these tests -----------------------------------------------------------------

TEXT_FILES = {
    # a printed dateline date and no metadata: the stored date comes from the text
    "beras-kamis.txt": (
        "JAKARTA, KOMPAS.com - Kamis (24/10/2024), Badan Pangan Nasional memastikan harga beras medium di "
        "pasar induk mulai turun menjelang akhir bulan.\n\n"
        "“Di tingkat konsumen harganya sekarang Rp 14.500 per kilogram, lebih rendah dari bulan lalu,” kata "
        "Kepala Badan Pangan Nasional Haryo Wicaksono di kantornya.\n\n"
        "Ia menambahkan stok cadangan beras pemerintah di gudang Bulog masih cukup hingga awal tahun depan."
    ),
    "vaksin.txt": (
        "SURABAYA, Antara - Dinas Kesehatan Jawa Timur menerima kiriman vaksin tambahan untuk program "
        "imunisasi lanjutan, Selasa (22/10/2024).\n\n"
        "“Sebanyak 2,1 juta dosis vaksin covid-19 sudah kami terima dan langsung dibagikan ke kabupaten,” "
        "kata Kepala Dinas Kesehatan Jawa Timur Erwin Santoso di Surabaya.\n\n"
        "Erwin menegaskan vaksin itu diprioritaskan bagi warga lanjut usia dan tenaga kesehatan."
    ),
    "sekolah.txt": (
        "YOGYAKARTA, Detik - Pemerintah daerah mulai menyiapkan dapur umum untuk program makan bergizi "
        "gratis di sekolah dasar, Rabu (23/10/2024).\n\n"
        "“Makan bergizi gratis adalah janji Prabowo-Gibran, jadi kami kebut persiapannya,” ujar Kepala Dinas "
        "Pendidikan DIY Lestari Handayani di Yogyakarta.\n\n"
        "Lestari mengaku sudah berkoordinasi dengan kementerian. “Pak Mu'ti meminta sekolah tidak memungut "
        "biaya apa pun dari orang tua murid,” katanya."
    ),
    "levee.txt": (
        "SPRINGFIELD (Wire) - Governor Ruth Calloway on Wednesday signed a bill to rebuild the river levee "
        "before the spring floods.\n\n"
        '"The U.S. Army Corps of Engineers will start work in March," Calloway told reporters at the '
        "statehouse.\n\n"
        'State Senator Daniel Okafor called the plan rushed. "We were given two days to read four hundred '
        'pages, and nobody could answer our questions," Okafor said.'
    ),
}
UTF16_TEXT = (
    "MEDAN, Waspada - Kepala BMKG Wilayah I Rudi Simanjuntak mengimbau nelayan tidak melaut hingga Jumat.\n\n"
    "“Gelombang setinggi empat meter masih berpotensi terjadi di perairan barat Sumatera,” kata Rudi di "
    "Medan."
)

REGIONS = [
    ("SEMARANG", "Jawa Tengah", "Sri Wahyuni"),
    ("PADANG", "Sumatera Barat", "Irwan Syahputra"),
    ("MAKASSAR", "Sulawesi Selatan", "Andi Baso Amir"),
    ("KUPANG", "Nusa Tenggara Timur", "Yohanes Ndun"),
    ("PONTIANAK", "Kalimantan Barat", "Fransiska Dewi"),
    ("MATARAM", "Nusa Tenggara Barat", "Lalu Ahmad Zaini"),
    ("JAMBI", "Jambi", "Nurhayati Lubis"),
    ("AMBON", "Maluku", "Melkias Latuheru"),
    ("BENGKULU", "Bengkulu", "Rahmat Hidayat"),
    ("PALU", "Sulawesi Tengah", "Sitti Rahma"),
]
ID_TEMPLATES = [
    "{city}, Antara - Kepala Dinas Pertanian {prov} {name} mengatakan produksi gabah tahun ini naik {n} "
    "persen dibanding tahun lalu.\n\n“Petani di {prov} mulai panen lebih awal karena hujan datang tepat "
    "waktu,” kata {short} di {city_title}.\n\n{short} menambahkan pemerintah daerah menyiapkan {m} unit "
    "mesin pengering untuk kelompok tani.",
    "{city}, Tribun - Kepala BPBD {prov} {name} meminta warga di bantaran sungai tetap waspada setelah "
    "hujan deras mengguyur sejak Minggu malam.\n\n“Debit air masih naik, jadi warga jangan kembali ke rumah "
    "dulu,” ujar {short} kepada wartawan.\n\nMenurut dia, sebanyak {m} keluarga masih mengungsi di {n} "
    "titik.",
    "{city}, Detik - Kepala Dinas Perhubungan {prov} {name} membantah kabar kenaikan tarif angkutan kota "
    "bulan depan.\n\n“Tidak ada kenaikan tarif sampai akhir tahun, itu kabar bohong,” tegas {short} di "
    "kantornya.\n\nIa memastikan {m} armada bus baru mulai beroperasi pekan depan.",
]
EN_RECORDS = [
    {
        "doc_id": "nurses",
        "lang": "en",
        "date": "2025-10-24",
        "url": "https://wire.example.com/health/nurses",
        "text": (
            "HARTFORD (Wire) - Governor Elena Marsh said on Friday that the state would hire 300 more nurses "
            'this year.\n\n"Our hospitals cannot wait for next year\'s budget," Marsh told reporters.'
        ),
    },
    {
        "doc_id": "bridge",
        "lang": "en",
        "date": "2025-10-16",
        "url": "https://wire.example.com/local/bridge",
        "text": (
            "BOISE (Wire) - Mayor Thomas Brennan on Thursday defended the cost of the new river bridge.\n\n"
            '"It is late and over budget, but it will carry traffic for a hundred years," Brennan said at a '
            "council meeting."
        ),
    },
]
FORMULA_RECORD = {
    "doc_id": "rumus",
    "date": "2025-10-26",
    "url": "https://warta.example.id/pendidikan/rumus",
    "text": (
        "BANDUNG, Pikiran Rakyat - Guru matematika SMP Negeri 5 Bandung Wulan Permatasari mengajarkan "
        "lembar kerja kepada siswa kelas tujuh.\n\n“=A1*2 bukan rumus yang sulit, siswa kelas tujuh pun "
        "bisa,” kata Wulan di sekolahnya."
    ),
}
SURROGATE_TEXT = (
    "BANDUNG, Pikiran Rakyat - Wali Kota Bandung Rina Mulyani meluncurkan aplikasi layanan warga.\n\n"
    "“Aplikasinya mudah dipakai \ud83d,” kata Rina di Balai Kota."
)
NUL_TEXT = (
    "BOGOR, Radar - Kepala Desa Sukamaju Asep Gunawan mengatakan:\x00 jalan desa rusak sejak \x00Maret."
)
PAGE_TEXT = (
    "MAKASSAR, Fajar - Tim SAR gabungan mengerahkan dua kapal untuk mencari perahu nelayan yang hilang di "
    "perairan Spermonde.\n\n“Kami menyisir area seluas 20 mil laut sejak pagi,” kata Kepala Kantor SAR "
    "Makassar Muhammad Arafah.\n\nPencarian dilanjutkan hingga tujuh hari ke depan sesuai prosedur operasi."
)
WARC_PAGES = [
    "Wali Kota {city_title} {name} meresmikan pasar rakyat yang baru direnovasi. “Pedagang tidak dipungut "
    "biaya sewa selama enam bulan pertama,” kata {short} saat peresmian.",
    "Kapolres {city_title} AKBP {name} menyebut arus mudik di jalur selatan mulai padat. “Kami siagakan "
    "{m} personel di titik rawan macet,” ujar {short}.",
    "Kepala Dinas Lingkungan Hidup {prov} {name} menilai sungai di kota itu makin tercemar limbah rumah "
    "tangga. “Warga harus berhenti membuang sampah ke sungai,” kata {short}.",
]
PATHOLOGICAL = "said he " * 25_000  # one paragraph of repeated attributions: 200,000 characters

HOSTILE_SEARCHES = ["covid-19", "Prabowo-Gibran", "U.S.", "Rp 14.500", "2,1 juta", "Mu'ti", "AND", "*", '"']


def _fill(template: str, i: int) -> str:
    city, prov, name = REGIONS[i % len(REGIONS)]
    return template.format(
        city=city,
        city_title=city.title(),
        prov=prov,
        name=name,
        short=name.split()[-1],
        n=3 + i,
        m=12 * (i + 1),
    )


def _jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def _page(title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        "<nav>Beranda | Nasional | Daerah</nav>"
        f"<article><h1>{title}</h1>{paragraphs}<p>Berita ini diperbarui oleh redaksi untuk melengkapi "
        f"keterangan narasumber.</p></article><footer>Hak cipta dilindungi</footer></body></html>"
    ).encode()


def _warc(pages: list[tuple[str, bytes]]) -> list[bytes]:
    """A warcinfo record (number 1), then one response per page (numbers 2..): each record as bytes."""
    out = []
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)

    def take(rec) -> bytes:
        buf.seek(0)
        buf.truncate()
        writer.write_record(rec)
        return buf.getvalue()

    out.append(take(writer.create_warcinfo_record("kutip-uji.warc", {"software": "kutip-tests"})))
    for url, body in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        out.append(
            take(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
        )
    return out


def _with_length(record: bytes, delta: int) -> bytes:
    head, sep, rest = record.partition(b"\r\n\r\n")
    lines = [
        b"Content-Length: %d" % (int(x.split(b": ")[1]) + delta) if x.startswith(b"Content-Length: ") else x
        for x in head.split(b"\r\n")
    ]
    return b"\r\n".join(lines) + sep + rest


# --- the corpus ---------------------------------------------------------------------------------------------


@dataclass
class Corpus:
    root: Path
    good: list[str] = field(default_factory=list)  # doc_id of every article that must be stored, once each
    failures: list[tuple[str, str]] = field(default_factory=list)  # (where, part of the reason) per bad input
    pathological: Path | None = None
    locked: Path | None = None  # a folder that cannot be listed
    warc_pages: dict[str, str] = field(default_factory=dict)  # url -> the intact page's text, as read
    dated: dict[str, str] = field(default_factory=dict)  # doc_id -> date given in its metadata

    def path(self, relative: str) -> str:
        return str(self.root / relative)


def write_hostile_corpus(root: Path) -> Corpus:
    """Every case of issue 9 that reaches extract and ingest, in one folder, with what each must give."""
    c = Corpus(root)
    for sub in ("berita", "feed", "halaman", "crawl", "lain"):
        (root / sub).mkdir(parents=True)

    for name, text in TEXT_FILES.items():
        (root / "berita" / name).write_text(text, encoding="utf-8")
        c.good.append(name)
    (root / "lain" / "surat-utf16.txt").write_bytes(UTF16_TEXT.encode("utf-16"))  # with a byte-order mark
    c.good.append("surat-utf16.txt")

    # many good records, dated on both sides of 21/10/2025
    rows = []
    for i in range(9):
        doc_id = f"daerah-{i + 1}"
        date = f"2025-10-{15 + i:02d}"
        rows.append(
            {"doc_id": doc_id, "date": date, "url": f"https://warta.example.id/daerah/{i + 1}",
             "title": f"Kabar daerah {i + 1}", "text": _fill(ID_TEMPLATES[i % 3], i)}
        )  # fmt: skip
    rows += [*EN_RECORDS, FORMULA_RECORD]
    (root / "feed" / "baik.jsonl").write_text(_jsonl(rows), encoding="utf-8")
    c.good += [r["doc_id"] for r in rows]
    c.dated.update({r["doc_id"]: r["date"] for r in rows})

    # one JSONL of every kind of bad line between good ones
    campur = c.path("feed/campur.jsonl")
    en = EN_RECORDS[0]["text"].replace("Marsh", "Ng")
    lines = [
        json.dumps({"doc_id": "campur-1", "url": f"{ID_SITE}/campur/1", "text": _fill(ID_TEMPLATES[0], 10)}),
        json.dumps({"doc_id": "emoji", "text": SURROGATE_TEXT}),  # ensure_ascii: the lone surrogate as \ud83d
        json.dumps({"doc_id": "nul", "title": "Jalan\x00desa", "text": NUL_TEXT}),  # \u0000
        '{"doc_id": "rusak", "text": "Kata Budi, harga naik',
        json.dumps({"doc_id": "tanpa-teks", "title": "Judul tanpa isi", "url": f"{ID_SITE}/x"}),
        json.dumps({"doc_id": "arsip-raksasa", "text": "Arsip berita lama. " * 60_000}),  # 1,140,000 chars
        json.dumps(["doc_id", "daftar", "text", "bukan objek"]),
        json.dumps({"doc_id": "campur-8", "lang": "en", "text": en}),
    ]  # fmt: skip
    assert "\\ud83d" in lines[1] and "\\u0000" in lines[2]
    Path(campur).write_text("\n".join(lines) + "\n", encoding="utf-8")
    c.good += ["campur-1", "emoji", "nul", "campur-8"]
    c.failures += [
        (f"{campur}:4", "malformed JSON"),
        (f"{campur}:5", 'no "text" string in the record'),
        (f"{campur}:6", "article is 1,140,000 characters, over the 1,000,000 limit for one article"),
        (f"{campur}:7", "expected a JSON object, got list"),
    ]

    # a .jsonl.gz cut short: 20 whole records, then a few bytes of the next deflate block
    rows = [
        {"doc_id": f"potong-{i}", "url": f"{ID_SITE}/potong/{i}", "text": _fill(ID_TEMPLATES[i % 3], 19 + i)}
        for i in range(1, 31)
    ]
    z = zlib.compressobj(6, zlib.DEFLATED, 31)
    head = z.compress(_jsonl(rows[:20]).encode()) + z.flush(zlib.Z_FULL_FLUSH)  # byte-aligned: 20 lines whole
    tail = z.compress(_jsonl(rows[20:]).encode()) + z.flush()
    cut = c.path("feed/terpotong.jsonl.gz")
    Path(cut).write_bytes(head + tail[:5])
    c.good += [r["doc_id"] for r in rows[:20]]
    c.failures.append((f"{cut}:21", "gzip stream broke after line 20"))

    (root / "halaman" / "tim-sar.html").write_bytes(_page("Tim SAR cari perahu nelayan", PAGE_TEXT))
    c.good.append("tim-sar")

    # crawls: one intact, four damaged; each damaged one keeps two of its three pages
    pages = [
        (f"https://kabar.example.id/{i + 1}", _page(f"Kabar kota {i + 1}", _fill(WARC_PAGES[i % 3], i + 30)))
        for i in range(15)
    ]
    for rec in read_paths([_write_warc(root.parent / f"{root.name}-utuh.warc", _warc(pages), gz=False)]):
        assert isinstance(rec, Record), rec
        c.warc_pages[rec.url or ""] = rec.text
    assert len(c.warc_pages) == 15

    def crawl(name: str, first: int, gz: bool, damage, reason: str = "") -> None:
        recs = _warc(pages[first : first + 3])
        data, number, kept = damage(recs, gz)
        path = c.path(f"crawl/{name}")
        Path(path).write_bytes(data)
        if number is not None:  # named with its record number and URL
            url = pages[first + number - 2][0]
            c.failures.append((f"{path} record {number} ({url})", f"broken WARC: {reason}"))
        c.good += [pages[first + k - 2][0] for k in kept]

    def joined(recs: list[bytes], gz: bool) -> bytes:
        return b"".join(gzip.compress(r, mtime=0) for r in recs) if gz else b"".join(recs)

    def intact(recs, gz):
        return joined(recs, gz), None, [2, 3, 4]

    def wrong_length(recs, gz):
        recs[2] = _with_length(recs[2], 150)
        return joined(recs, gz), 3, [2, 4]

    def cut_short(recs, gz):
        whole = [gzip.compress(r, mtime=0) for r in recs] if gz else recs
        keep = sum(len(r) for r in whole[:3]) + int(len(whole[3]) * 0.7)
        return b"".join(whole)[:keep], 4, [2, 3]

    def garbled(recs, gz):
        assert b"WARC-Type: response\r\n" in recs[2]
        recs[2] = recs[2].replace(b"WARC-Type: response\r\n", b"\x00\x9f\x13garbage\r\n", 1)
        return joined(recs, gz), 3, [2, 4]

    crawl("baik.warc.gz", 0, True, intact)
    crawl("panjang-salah.warc", 3, False, wrong_length, "wrong Content-Length")
    crawl("terpotong.warc", 6, False, cut_short, "record cut short")
    crawl("terpotong.warc.gz", 9, True, cut_short, "the file ends inside a gzip member (cut short)")
    crawl("header-rusak.warc.gz", 12, True, garbled, "garbled record header")

    # files that are no article at all
    latin = "Kata Budi: “harga naik”".encode("cp1252")
    (root / "lain" / "lampiran.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300))
    (root / "lain" / "kosong.txt").write_bytes(b"")
    (root / "lain" / "latin1.txt").write_bytes(latin)
    c.failures += [
        (c.path("lain/kosong.txt"), "empty file"),
        (c.path("lain/lampiran.bin"), "binary file (NUL bytes), not text"),
        (c.path("lain/latin1.txt"), f"invalid UTF-8 at byte {latin.index(0x93)}"),
    ]

    # a subfolder that cannot be listed (its article must be named as lost, not skipped in silence)
    (root / "terkunci").mkdir()
    (root / "terkunci" / "rahasia.txt").write_text(_fill(ID_TEMPLATES[1], 40), encoding="utf-8")
    c.locked = root / "terkunci"
    c.failures.append((str(c.locked), "folder not read: Permission denied"))

    c.pathological = root / "patologis.txt"
    c.pathological.write_text(PATHOLOGICAL, encoding="utf-8")
    return c


def _write_warc(path: Path, records: list[bytes], gz: bool) -> str:
    path.write_bytes(b"".join(gzip.compress(r, mtime=0) for r in records) if gz else b"".join(records))
    return str(path)


# The corpus in figures, said once more by hand (the tests check the builder agrees). Good articles: 4 text
# files, the UTF-16 one, 12 records of baik.jsonl, 4 of campur.jsonl, 20 before the cut of the .jsonl.gz,
# the HTML page, 3 pages of the intact crawl and 2 of each of the 4 damaged ones.
GOOD = 53
# Bad inputs: 4 lines of campur.jsonl, the cut .jsonl.gz, 4 damaged crawl records, the binary, empty and
# Latin-1 files, the folder that cannot be listed.
BAD_INPUTS = 13
READ = GOOD + 1  # articles read: and the pathological one, which fails over the time bound or finishes


# --- fixtures and helpers -----------------------------------------------------------------------------------


pytestmark = pytest.mark.usefixtures("crash_files_in")  # tracebacks (none expected) in the test folder


@pytest.fixture(scope="module", autouse=True)
def language_detector_loaded() -> None:
    """Load lingua's models before any article is timed: the first detection loads them (over a second),
    and that time counts against the first article's bound (see test_first_article_is_not_charged_for_...)."""
    from kutip.langid import detect

    detect("Harga beras naik lagi pekan ini.")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Corpus:
    """The corpus; its folder ``terkunci`` cannot be listed, as mode 000 does for a user who is not root
    (simulated, so that it holds under root too)."""
    import kutip.read

    c = write_hostile_corpus(tmp_path / "korpus")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == c.locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(kutip.read.os, "scandir", scandir)
    return c


@pytest.fixture
def target(store_target: str, corpus: Corpus) -> str:
    """The store: for SQLite a file *inside* the corpus folder (ingest must not read its own store)."""
    return store_target if is_postgres(store_target) else corpus.path("kutip.db")


def stderr_lines(result: Result) -> list[str]:
    return cli_stderr(result).splitlines()


def error_lines(result: Result) -> list[str]:
    lines = stderr_lines(result)
    assert not any("Traceback" in line or "internal error" in line for line in lines), result.stderr
    return [line.removeprefix("kutip: error: ") for line in lines if line.startswith("kutip: error: ")]


def check_failures(corpus: Corpus, errors: list[str]) -> bool:
    """Every bad input named once, with its line or record (and URL); nothing else failed, except perhaps the
    pathological article, over the time bound. Whether that one failed."""
    remaining = list(errors)
    for where, reason in corpus.failures:
        hits = [e for e in remaining if e.startswith(f"{where}: ") and reason in e]
        assert len(hits) == 1, (where, reason, errors)
        remaining.remove(hits[0])
    slow = f"{corpus.pathological}: extraction took longer than {TIMEOUT} s"
    assert all(e.startswith(slow) for e in remaining), remaining
    return bool(remaining)


SUMMARY = re.compile(r"kutip: (\d+) read, (\d+) new, (\d+) unchanged, (\d+) failed \(")


GROUP = re.compile(r"kutip:   (\d+) failed: ")


def ingest_counts(result: Result) -> tuple[int, int, int, int]:
    """read, new, unchanged, failed, from the summary line (whose failures, grouped by reason, add up)."""
    lines = stderr_lines(result)
    m = [m for line in lines if (m := SUMMARY.match(line))]
    assert len(m) == 1, result.stderr
    counts = tuple(int(x) for x in m[0].groups())
    assert sum(int(g[1]) for line in lines if (g := GROUP.match(line))) == counts[3], result.stderr
    return counts  # type: ignore[return-value]


def stored(target: str) -> dict[str, list[tuple[str, str | None, str | None]]]:
    """doc_id -> (text, url, date) of every stored article with that doc_id."""
    out: dict[str, list[tuple[str, str | None, str | None]]] = {}
    with open_store(target, read_only=True) as store:
        for doc_id, text, url, date in run(store.conn, "SELECT doc_id, text, url, date FROM articles"):
            out.setdefault(doc_id, []).append((text, url, date))
    return out


# --- extract ------------------------------------------------------------------------------------------------


def test_hostile_corpus_extract_names_every_bad_input_and_extracts_the_rest(corpus):
    result = invoke("extract", "--timeout", TIMEOUT, str(corpus.root))

    assert result.exit_code == EXIT_INPUT_FAILED, result.stderr
    slow = check_failures(corpus, error_lines(result))
    assert f"kutip: {GOOD + (not slow)} article(s) extracted, {BAD_INPUTS + slow} failed" in stderr_lines(
        result
    )
    assert (len(corpus.good), len(set(corpus.good)), len(corpus.failures)) == (GOOD, GOOD, BAD_INPUTS)
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    ids = [d["doc_id"] for d in docs if d["doc_id"] != "patologis.txt"]
    assert sorted(ids) == sorted(corpus.good)
    assert len(docs) - len(ids) == (not slow)
    for doc in docs:  # every span of every article read back from its own text
        for q in doc["quotes"]:
            assert doc["text"][q["start"] : q["end"]] == q["text"]


# --- ingest -------------------------------------------------------------------------------------------------


def test_hostile_corpus_ingest_stores_every_good_article_once_and_again_adds_nothing(corpus, target):
    first = invoke("ingest", "--timeout", TIMEOUT, "--db", target, str(corpus.root))

    assert first.exit_code == EXIT_INPUT_FAILED, first.stderr
    errors = error_lines(first)
    slow = check_failures(corpus, errors)
    assert ingest_counts(first) == (READ, GOOD + (not slow), 0, BAD_INPUTS + slow)
    assert not any("kutip.db" in e for e in errors)  # the store's own files lie in the folder, never read

    articles = stored(target)
    good = {d: v for d, v in articles.items() if d != "patologis.txt"}
    assert sorted(good) == sorted(corpus.good)
    assert all(len(v) == 1 for v in articles.values()), {d: len(v) for d, v in articles.items() if len(v) > 1}
    # no crawl page stored cut short: each is the intact page as read from an undamaged copy
    for url, text in corpus.warc_pages.items():
        if url in good:
            assert good[url][0][0] == text, url
    # a lone surrogate and NULs are U+FFFD at the same offsets (PostgreSQL refuses a NUL in text)
    emoji = good["emoji"][0][0]
    assert len(emoji) == len(SURROGATE_TEXT)
    assert [k for k, ch in enumerate(emoji) if ch == "\ufffd"] == [SURROGATE_TEXT.index("\ud83d")]
    assert emoji.replace("\ufffd", "\ud83d") == SURROGATE_TEXT
    nul = good["nul"][0][0]
    assert [k for k, ch in enumerate(nul) if ch == "\ufffd"] == [
        k for k, ch in enumerate(NUL_TEXT) if ch == "\x00"
    ]
    assert nul.replace("\ufffd", "\x00") == NUL_TEXT
    with open_store(target, read_only=True) as store:
        assert store.queries().article("nul").title == "Jalan\ufffddesa"
    # dates: metadata where given, else the text's own dateline date
    assert good["beras-kamis.txt"][0][2] == "2024-10-24"
    for doc_id, date in corpus.dated.items():
        assert good[doc_id][0][2] == date
    # quotes of the cleaned texts are spans of what is stored
    with open_store(target, read_only=True) as store:
        emoji_quotes = store.queries().article("emoji").quotes
    assert any("\ufffd" in q.text for q in emoji_quotes)
    for q in emoji_quotes:
        assert emoji[q.start : q.end] == q.text

    again = invoke("ingest", "--timeout", TIMEOUT, "--workers", "2", "--db", target, str(corpus.root))

    assert again.exit_code == EXIT_INPUT_FAILED, again.stderr
    errors_again = error_lines(again)
    slow_again = check_failures(corpus, errors_again)
    stored_slow = "patologis.txt" in articles
    assert stored_slow != slow
    new = int(not stored_slow and not slow_again)  # it failed the first time; it may finish now
    assert ingest_counts(again) == (READ, new, GOOD + stored_slow, BAD_INPUTS + slow_again)
    if slow == slow_again:
        assert sorted(errors_again) == sorted(errors)  # the same failures, said the same way
    assert {d: len(v) for d, v in stored(target).items() if d != "patologis.txt"} == dict.fromkeys(
        corpus.good, 1
    )


# --- quotes -------------------------------------------------------------------------------------------------

# doc_id of every quote a search must find in the corpus (a document once per matching quote)
EXPECTED_SEARCH = {
    "covid-19": ["vaksin.txt"],
    "Prabowo-Gibran": ["sekolah.txt"],
    "U.S.": ["levee.txt"],
    "Rp 14.500": ["beras-kamis.txt"],
    "2,1 juta": ["vaksin.txt"],
    "Mu'ti": ["sekolah.txt"],
    "AND": ["bridge", "levee.txt"],
    "*": EXIT_USAGE,
    '"': EXIT_USAGE,
}


def words_of(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[^\W_]+", text)]


def holds_phrase(text: str, search: str) -> bool:
    """What the README says a search is: its words, as a phrase, among the words of the quote."""
    want, have = words_of(search), words_of(text)
    return any(have[k : k + len(want)] == want for k in range(len(have)))


def test_hostile_corpus_quotes_answer_the_same_on_both_back_ends(corpus, target):
    result = invoke("ingest", "-q", "--timeout", TIMEOUT, "--db", target, str(corpus.root))
    assert result.exit_code == EXIT_INPUT_FAILED, result.stderr

    answers: dict[str, object] = {}
    for search in HOSTILE_SEARCHES:
        result = invoke("quotes", "--db", target, "--search", search, "--format", "jsonl")
        lines = stderr_lines(result)
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr, (
            search,
            result.stderr,
        )
        if result.exit_code == EXIT_USAGE:
            assert len(lines) == 1 and lines[0].startswith("kutip: error: "), (search, lines)
            assert result.stdout == ""
            answers[search] = EXIT_USAGE
        else:
            assert result.exit_code == EXIT_OK, (search, result.stderr)
            answers[search] = sorted(json.loads(line)["doc_id"] for line in result.stdout.splitlines())
        table = invoke("quotes", "--db", target, "--search", search)  # the default format, as a user types it
        assert table.exit_code == result.exit_code and "Traceback" not in table.stderr, (search, table.stderr)
    assert answers == EXPECTED_SEARCH
    everything = quotes_of(target)
    for search, answer in answers.items():  # and what the rule gives on every stored quote
        found = sorted(q["doc_id"] for q in everything if holds_phrase(q["text"], search))
        assert found == answer if answer != EXIT_USAGE else words_of(search) == [], search

    # day-first dates are dates; the answer is every quote of an article dated on or after the day
    since = quotes_of(target, "--since", "21/10/2025")
    assert [q["id"] for q in since] == [q["id"] for q in everything if (q["date"] or "") >= "2025-10-21"]
    assert {q["doc_id"] for q in since} >= {"daerah-7", "daerah-8", "daerah-9", "nurses", "rumus"}
    assert not {q["doc_id"] for q in since} & {"daerah-1", "bridge", "beras-kamis.txt"}
    # the date printed in a text file's dateline is the article's date
    assert {q["doc_id"] for q in quotes_of(target, "--since", "24/10/2024", "--until", "2024-10-24")} == {
        "beras-kamis.txt"
    }
    bad = invoke("quotes", "--db", target, "--since", "garbage")
    assert bad.exit_code == EXIT_USAGE and len(stderr_lines(bad)) == 1 and "--since" in bad.stderr

    # % and _ are letters of a name, never wildcards
    for pattern in ("%", "_", "%a%"):
        assert quotes_of(target, "--speaker", pattern) == [], pattern
    assert everything  # (while the corpus does hold quotes)

    # CSV: a quote that begins with = is not a formula, in quotes and in export
    out = invoke("quotes", "--db", target, "--format", "csv")
    assert out.exit_code == EXIT_OK, out.stderr
    formula = [row for row in csv.DictReader(io.StringIO(out.stdout)) if row["doc_id"] == "rumus"]
    assert [row["text"][:4] for row in formula if "A1*2" in row["text"]] == ["'=A1"]
    exported = corpus.root.parent / "ekspor.csv"
    out = invoke("export", "--db", target, "--format", "csv", "--out", str(exported))
    assert out.exit_code == EXIT_OK, out.stderr
    cells = [row["text"] for row in csv.DictReader(io.StringIO(exported.read_text(encoding="utf-8")))]
    assert any(c.startswith("'=A1*2") for c in cells) and not any(c.startswith("=") for c in cells)


def test_hostile_corpus_mistyped_db_for_quotes_is_a_store_error_and_creates_nothing(corpus, tmp_path):
    missing = tmp_path / "kutp.db"
    result = invoke("quotes", "--db", str(missing), "--search", "beras")
    assert result.exit_code == EXIT_STORE
    (line,) = stderr_lines(result)
    assert line.startswith(
        f"kutip: error: no Kutip store at {missing}: run `kutip ingest --db {missing} PATH...`"
    )
    assert not missing.exists() and not any(tmp_path.glob("kutp.db*"))


# --- the time bound: set-up is not charged to an article ---------------------------------------------


def test_first_article_is_not_charged_for_loading_the_language_detector(tmp_path):
    """A fresh process, two short articles, a bound far above what either needs: both are extracted. (A
    short text is what makes lingua load all its n-gram models; a long one needs only trigrams.)"""
    import subprocess
    import sys

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("“Kami siap,” kata Kepala Basarnas Henri Alfiandi.", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "kutip", "extract", "--timeout", "0.3", str(tmp_path)],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == EXIT_OK, proc.stderr
    assert "2 article(s) extracted, 0 failed" in proc.stderr


# --- property: any folder of mixed formats ------------------------------------------------------------------

FRAGMENTS = [
    b"\xef\xbb\xbf",
    codecs.BOM_UTF16_LE,
    b"\x1f\x8b\x08\x00",
    b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
    b"<!doctype html><html><body><article><p>",
    b"</p></article></body></html>",
    b'{"doc_id": "x", "text": "',
    b'"}\n',
    b"\\ud83d",
    b"\\u0000",
    b"\x00",
    b"\n",
    "“Harga beras naik lagi,” kata Budi Santoso di Jakarta, Senin (14/4/2025). ".encode(),
    b'"The levee will hold," Governor Ruth Calloway said. ',
    b"JAKARTA, KOMPAS.com - Menteri Keuangan membantah kabar itu. ",
    "\ud83d".encode("utf-8", "surrogatepass"),
    "“Kami siap,” ujarnya. ".encode("utf-16-le"),
]
ENDINGS = [".txt", ".jsonl", ".jsonl.gz", ".html", ".warc", ".warc.gz", "", ".md"]
CONTENT = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.binary(max_size=40)), max_size=12).map(b"".join)
FILES = st.lists(st.tuples(st.sampled_from(ENDINGS), CONTENT, st.booleans()), min_size=1, max_size=6)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FILES)
def test_read_property_a_folder_of_any_files_gives_records_and_named_errors(files):
    """A folder (with a subfolder) of files of every ending holding random bytes and pieces of news, JSONL,
    HTML, WARC and gzip: reading never raises, gives Records a store can hold and errors that name a file of
    the folder, in the folder's sorted order; a text or HTML file gives exactly one item, a JSONL file one or
    more."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "korpus"
        (root / "sub").mkdir(parents=True)
        paths = []
        for k, (ending, data, nested) in enumerate(files):
            path = root / ("sub" if nested else "") / f"f{k}{ending}"
            if ending.endswith(".gz"):
                data = gzip.compress(data, mtime=0)[: max(10, len(data))]  # sometimes cut short
            path.write_bytes(data)
            paths.append(str(path))

        out = list(read_paths([str(root)]))

    names = sorted(paths)
    order = []
    for item in out:
        assert isinstance(item, Record | ReadError), item
        if isinstance(item, Record):
            for value in (item.text, item.doc_id, item.title, item.url, item.date, item.lang):
                if value is not None:
                    value.encode("utf-8")  # no lone surrogate
                    assert "\x00" not in value
            assert item.text.strip() and len(item.text) <= MAX_ARTICLE_CHARS
            source = next(p for p in names if item.source == p or item.source.startswith((p + ":", p + " ")))
        else:
            assert item.reason and str(item).startswith(item.file)
            source = item.file
        assert source in names or source == str(root), (source, names)
        order.append(names.index(source) if source in names else -1)
    assert order == sorted(order)  # files in sorted path order, each one's items together
    for k, path in enumerate(names):
        if path.endswith((".txt", ".md", ".html")):
            assert order.count(k) == 1, path
        elif path.endswith((".jsonl", ".jsonl.gz")):
            assert order.count(k) >= 1, path
