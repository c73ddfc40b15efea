"""The command line through click's runner: options anywhere, values checked, every kind of error with its
exit status and one line, CSV that spreadsheets cannot run, and every command the README shows."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
import re
import shlex
from pathlib import Path

import click
import pytest
from click.testing import Result
from conftest import cli_stderr, invoke, quotes_of

from kutip.cli import cli, main
from kutip.cli.options import parse_date
from kutip.errors import (
    EXIT_INPUT_FAILED,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_STORE,
    EXIT_USAGE,
)
from kutip.output.rows import write_quotes, write_speakers
from kutip.store.queries import Alias, CoSpeaker, QuoteRow, Role, SpeakerRow

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

# Written for these tests in the style of Indonesian and English news; no text from ../shared.
ARTICLES = [
    {
        "doc_id": "harga-beras",
        "date": "2025-04-14",
        "url": "https://warta.example.id/ekonomi/harga-beras",
        "title": "Pemerintah jamin stok beras cukup",
        "text": (
            "JAKARTA, KOMPAS.com - Menteri Perdagangan Budi Santoso memastikan stok beras nasional cukup "
            "hingga akhir tahun.\n\n“Gudang Bulog masih menyimpan 2,1 juta ton. Itu cukup untuk enam bulan,” "
            "kata Budi di Jakarta, Senin (14/4/2025).\n\nKetua Kelompok Tani Budi Hartono membantah klaim "
            "tersebut. Ia menilai harga pupuk masih terlalu tinggi bagi petani kecil."
        ),
    },
    {
        "doc_id": "pasukan",
        "date": "2024-10-25",
        "url": "https://warta.example.id/dunia/pasukan",
        "text": (
            "Rusia dan Korea Utara membantah laporan pengiriman ribuan tentara ke medan perang.\n\n"
            "“Laporan itu tidak berdasar,” kata juru bicara Kementerian Luar Negeri Rusia, Maria Zakharova, "
            "di Moskwa, Jumat (25/10/2024)."
        ),
    },
    {
        "doc_id": "bansos-1",
        "date": "2025-02-03",
        "lang": "en",
        "url": "https://news.example.com/social-aid",
        "text": (
            "SURABAYA - Indonesia will pay this year's social aid before Ramadan, the government said on "
            'Monday.\n\n"The data has been updated together with the regions," Social Affairs Minister '
            "Saifullah Yusuf said in Surabaya."
        ),
    },
    {
        "doc_id": "bansos-2",
        "date": "2025-02-10",
        "lang": "en",
        "url": "https://news.example.com/social-aid-2",
        "text": (
            '"Recipients who do not qualify will be struck off the list," Gus Ipul said while visiting a '
            "logistics warehouse in Sidoarjo."
        ),
    },
    {
        "doc_id": "tani",
        "date": "2025-03-01",
        "url": "https://warta.example.id/daerah/tani",
        "text": (
            "Budi, seorang petani di Karawang, mengatakan pupuk bersubsidi belum tiba di desanya.\n\n"
            "“=Harga gabah turun, sementara pupuk makin mahal,” kata Budi."
        ),
    },
    {
        "doc_id": "levee",
        "date": "2025-03-12",
        "lang": "en",
        "url": "https://news.example.com/levee",
        "text": (
            "SPRINGFIELD (Wire) - Governor Ruth Alvarez on Wednesday signed the levee bill.\n\n"
            '"This city will not flood again while I am in office," Alvarez told reporters. '
            "Senate Minority Leader Paul Oakes said the bill was rushed."
        ),
    },
]


def one_error_line(result: Result) -> str:
    """The single line a failed command printed on standard error (no traceback, nothing else)."""
    lines = cli_stderr(result).splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


pytestmark = pytest.mark.usefixtures("crash_files_in")  # tracebacks into each test's own folder


def write_corpus(folder: Path) -> Path:
    path = folder / "berita.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path)


@pytest.fixture
def db(tmp_path: Path, corpus: Path) -> str:
    """A SQLite store holding the test corpus, ingested through the command line."""
    path = str(tmp_path / "korpus.db")
    result = invoke("ingest", "--db", path, str(corpus))
    assert result.exit_code == EXIT_OK, result.stderr
    assert "6 read, 6 new, 0 unchanged, 0 failed" in result.stderr
    return path


# -- options anywhere -----------------------------------------------------------------------------------


def test_cli_options_before_or_after_the_arguments_of_a_sub_command(db):
    # "Gus Ipul" is a shipped nickname of Saifullah Yusuf: split it off first, then merge it back by hand
    assert invoke("speakers", "split", "--db", db, "Gus Ipul").exit_code == EXIT_OK
    assert invoke("speakers", "merge", "--db", db, "Gus Ipul", "Saifullah Yusuf").exit_code == EXIT_OK
    speakers = {
        s["name"]: s
        for s in map(json.loads, invoke("speakers", "--db", db, "--format", "jsonl").stdout.splitlines())
    }
    assert "Gus Ipul" not in speakers and "Gus Ipul" in {
        a["alias"] for a in speakers["Saifullah Yusuf"]["aliases"]
    }
    assert invoke("speakers", "split", "Gus Ipul", "--db", db).exit_code == EXIT_OK
    assert invoke("speakers", "--db", db, "merge", "Gus Ipul", "Saifullah Yusuf").exit_code == EXIT_OK
    first = invoke("quotes", "--format", "jsonl", "--db", db, "--act", "deny")
    second = invoke("quotes", "--act", "DENY", "--db", db, "--format", "JSONL")
    assert first.exit_code == second.exit_code == EXIT_OK
    assert first.stdout == second.stdout and first.stdout


def test_cli_speakers_bare_is_list_and_list_takes_the_same_options(db):
    bare = invoke("speakers", "--db", db, "--top", "2")
    listed = invoke("speakers", "list", "--top", "2", "--db", db)
    assert bare.exit_code == listed.exit_code == EXIT_OK
    assert bare.stdout == listed.stdout and bare.stdout.count(" quotes ") == 2
    assert "more: --after " in bare.stderr


def test_cli_speakers_show_one_speaker_with_its_names(db):
    result = invoke("speakers", "show", "saifullah yusuf", "--db", db)
    assert result.exit_code == EXIT_OK, result.stderr
    assert result.stdout.startswith("Saifullah Yusuf [person]")
    assert "Social Affairs Minister" in result.stdout


# -- values checked -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, names",
    [
        (["quotes", "--since", "garbage"], ["--since", "garbage", "YYYY-MM-DD"]),
        (["quotes", "--until", "2025-13"], ["--until", "no month 13"]),
        (["quotes", "--since", "31/02/2025"], ["--since", "February 2025 has 28 days"]),
        (["quotes", "--limit", "0"], ["--limit", "0"]),
        (["quotes", "--limit", "many"], ["--limit", "many"]),
        (["quotes", "--act", "shout"], ["--act", "shout"]),
        (["quotes", "--lang", "xx"], ["--lang", "xx"]),
        (["quotes", "--since", "2025-05", "--until", "2025-04"], ["--since 2025-05-01 is after --until"]),
        (["speakers", "--top", "-1"], ["--top"]),
        (["ingest", "--workers", "0", "x.txt"], ["--workers"]),
        (["extract", "--lang", "klingon", "x.txt"], ["--lang", "klingon"]),
        (["extract"], ["Missing argument"]),
        (["speakers", "merge", "only-one"], ["Missing argument"]),
        (["nonsense"], ["No such command"]),
    ],
)
def test_cli_a_bad_value_is_a_one_line_usage_error(tmp_path, monkeypatch, args, names):
    monkeypatch.chdir(tmp_path)
    result = invoke(*args)
    assert result.exit_code == EXIT_USAGE
    line = one_error_line(result)
    assert line.startswith("kutip: error: ")
    for name in names:
        assert name in line
    assert not (tmp_path / "kutip.db").exists()  # a refused command never creates a store


@pytest.mark.parametrize(
    "text, end, expected",
    [
        ("2025-04-14", False, dt.date(2025, 4, 14)),
        ("2025-04", False, dt.date(2025, 4, 1)),
        ("2025-04", True, dt.date(2025, 4, 30)),
        ("2024-02", True, dt.date(2024, 2, 29)),
        ("2024", False, dt.date(2024, 1, 1)),
        ("2024", True, dt.date(2024, 12, 31)),
        ("21/10/2025", False, dt.date(2025, 10, 21)),  # Indonesian day first
        ("1/2/2025", True, dt.date(2025, 2, 1)),
        (" 2025-4-5 ", False, dt.date(2025, 4, 5)),
    ],
)
def test_cli_dates_in_every_documented_form(text, end, expected):
    assert parse_date(text, end) == expected


@pytest.mark.parametrize(
    "text", ["garbage", "", "2025/04/14", "14-04", "10/21/2025", "2025-02-30", "0/1/2025"]
)
def test_cli_what_is_not_a_date(text):
    with pytest.raises(ValueError, match="is not a date"):
        parse_date(text)


def test_cli_date_filters_language_in_any_case_and_day_first_dates(db):
    assert {q["doc_id"] for q in quotes_of(db, "--lang", "EN")} == {"levee", "bansos-1", "bansos-2"}
    assert {q["doc_id"] for q in quotes_of(db, "--since", "01/03/2025")} == {"harga-beras", "tani", "levee"}
    assert {q["doc_id"] for q in quotes_of(db, "--since", "2025-02", "--until", "2025-02")} == {
        "bansos-1",
        "bansos-2",
    }
    assert {q["doc_id"] for q in quotes_of(db, "--until", "2024")} == {"pasukan"}


def test_cli_limit_pages_with_a_cursor_on_standard_error(db):
    everything = quotes_of(db)
    seen: list[dict] = []
    after: list[str] = []
    while True:
        result = invoke("quotes", "--db", db, "--format", "jsonl", "--limit", "3", *after)
        assert result.exit_code == EXIT_OK, result.stderr
        page = [json.loads(line) for line in result.stdout.splitlines()]
        assert 1 <= len(page) <= 3
        seen += page
        m = re.search(r"more: --after (\S+)", result.stderr)
        if m is None:
            break
        after = ["--after", m[1]]
    assert [q["id"] for q in seen] == [q["id"] for q in everything]
    bad = invoke("quotes", "--db", db, "--after", "not-a-cursor")
    assert bad.exit_code == EXIT_USAGE and "cursor" in one_error_line(bad)


def test_cli_the_table_names_every_speaker_of_a_joint_statement(db):
    result = invoke("quotes", "--db", db, "--speaker", "korea utara")
    assert result.exit_code == EXIT_OK, result.stderr
    assert re.search(r"(Rusia, Korea Utara|Korea Utara, Rusia)  DENY", result.stdout), result.stdout


# -- errors and exit statuses ---------------------------------------------------------------------------


def test_cli_exit_statuses_are_the_documented_ones():
    assert (EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE, EXIT_STORE, EXIT_INTERNAL, EXIT_INTERRUPTED) == (
        0, 1, 2, 3, 4, 130,
    )  # fmt: skip
    help_text = invoke("--help").stdout
    section = README.read_text(encoding="utf-8").split("## Exit statuses", 1)[1].split("\n## ", 1)[0]
    for code in ("0", "1", "2", "3", "4", "130"):
        assert re.search(rf"^\s+{code}\s+\w", help_text, re.M), code
        assert re.search(rf"^\| {code} \|", section, re.M), code


def test_cli_version_says_how_the_pipeline_runs():
    result = invoke("--version")
    assert result.exit_code == EXIT_OK
    assert re.fullmatch(r"kutip \S+ \((compiled|pure Python.*)\)\n", result.stdout)


@pytest.mark.parametrize("command", [["quotes"], ["speakers"], ["speakers", "show", "Budi"], ["show", "a1"],
                                     ["export", "--out", "x.jsonl"], ["speakers", "merge", "A", "B"],
                                     ["speakers", "split", "A"]])  # fmt: skip
def test_cli_a_missing_store_is_a_store_error_and_is_not_created(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "salah-ketik.db"
    result = invoke(*command, "--db", str(missing))
    assert result.exit_code == EXIT_STORE
    assert f"no Kutip store at {missing}: run `kutip ingest --db {missing} PATH...` first" in one_error_line(
        result
    )
    assert not missing.exists() and not (tmp_path / "kutip.db").exists()


def test_cli_a_file_that_is_not_a_store_is_a_store_error(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("catatan rapat, bukan basis data\n" * 50, encoding="utf-8")
    result = invoke("quotes", "--db", str(notes))
    assert result.exit_code == EXIT_STORE
    assert one_error_line(result).startswith("kutip: error: ")


def test_cli_unknown_speaker_or_article_is_a_usage_error(db):
    for args in (["speakers", "merge", "Nobody Here", "Budi Santoso"], ["show", "no-such-article"]):
        result = invoke(*args, "--db", db)
        assert result.exit_code == EXIT_USAGE
        assert one_error_line(result).startswith("kutip: error: ")


def test_cli_a_bug_in_a_command_is_an_internal_error_with_its_traceback_in_a_file(
    db, monkeypatch, crash_files_in
):
    from kutip.store.queries import Queries

    def broken(*_args, **_kwargs):
        return [][1]  # an IndexError, as a bug would raise it

    monkeypatch.setattr(Queries, "quotes", broken)
    result = invoke("quotes", "--db", db)
    assert result.exit_code == EXIT_INTERNAL
    line = one_error_line(result)
    m = re.fullmatch(
        r"kutip: internal error \(a bug in Kutip\): IndexError: list index out of range; "
        r"traceback written to (\S+kutip-crash-\d{8}-\d{6}-\d+\.txt)",
        line,
    )
    assert m, line
    written = Path(m[1])
    assert written.parent == crash_files_in
    text = written.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "IndexError" in text and "in broken" in text
    assert "command: kutip quotes --db" in text
    result = invoke("quotes", "--db", db, "--speaker", "postgresql://kutip:rahasia@localhost/x")
    assert result.exit_code == EXIT_INTERNAL
    assert "rahasia" not in written.read_text(encoding="utf-8")  # a password never lands in the file


def test_cli_a_bug_on_one_article_is_reported_as_a_bug_not_as_bad_input(
    tmp_path, monkeypatch, crash_files_in
):
    import kutip.pipeline

    real = kutip.pipeline.run

    def run(doc, *args, **kwargs):
        if doc.doc_id == "rusak.txt":
            raise KeyError("speaker")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(kutip.pipeline, "run", run)
    for name in ("baik.txt", "rusak.txt"):
        (tmp_path / name).write_text("“Harga beras naik,” kata Budi Santoso.", encoding="utf-8")
    result = invoke("extract", str(tmp_path / "baik.txt"), str(tmp_path / "rusak.txt"))
    assert result.exit_code == EXIT_INTERNAL  # the run went on, but a bug is not an input problem
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["baik.txt"]
    m = re.search(
        r"kutip: error: \S+rusak\.txt: internal error \(a bug in Kutip\): KeyError: 'speaker'; "
        r"traceback in (\S+)",
        result.stderr,
    )
    assert m, result.stderr
    assert "KeyError: 'speaker'" in Path(m[1]).read_text(encoding="utf-8")
    assert "1 article(s) extracted, 1 failed" in result.stderr


def test_cli_an_article_over_the_time_bound_is_bad_input_not_a_bug(tmp_path, monkeypatch):
    import kutip.deadline

    ticks = iter(range(0, 10**6, 100))  # a clock on which every look is 100 s later
    monkeypatch.setattr(kutip.deadline, "CLOCK", lambda: float(next(ticks)))
    article = tmp_path / "panjang.txt"
    article.write_text("“Harga beras naik,” kata Budi Santoso.", encoding="utf-8")
    result = invoke("extract", "--timeout", "5", str(article))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert "panjang.txt: extraction took longer than 5 s" in result.stderr
    assert "internal error" not in result.stderr
    assert invoke("extract", "--timeout", "0", str(article)).exit_code == EXIT_OK  # 0: no bound
    assert invoke("extract", "--timeout", "-1", str(article)).exit_code == EXIT_USAGE


def test_cli_an_unknown_language_in_a_record_is_bad_input_and_the_run_goes_on(tmp_path):
    feed = tmp_path / "feed.jsonl"
    rows = [
        {"doc_id": "a", "lang": "xx", "text": "“Harga beras naik,” kata Budi Santoso."},
        {"doc_id": "b", "lang": "ID", "text": "“Harga beras naik,” kata Budi Santoso."},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = invoke("extract", str(feed))
    assert result.exit_code == EXIT_INPUT_FAILED
    assert "no language data for 'xx'" in result.stderr and "internal error" not in result.stderr
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["b"]


def test_cli_ctrl_c_ends_with_one_line_and_130(tmp_path, monkeypatch):
    import kutip.runner

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kutip.runner, "extract_record", interrupted)
    article = tmp_path / "a.txt"
    article.write_text("“Harga beras naik,” kata Budi Santoso.", encoding="utf-8")
    result = invoke("extract", str(article))
    assert result.exit_code == EXIT_INTERRUPTED
    assert cli_stderr(result) == "kutip: interrupted\n"


def test_cli_a_closed_pipe_ends_quietly(db, monkeypatch):
    import kutip.output.rows

    def closed(*_args, **_kwargs):
        raise BrokenPipeError

    monkeypatch.setattr(kutip.output.rows, "write_quotes", closed)
    result = invoke("quotes", "--db", db)
    assert (result.exit_code, cli_stderr(result)) == (EXIT_OK, "")


def test_cli_main_takes_a_list_and_returns_the_status(tmp_path, capsys):
    assert main(["quotes", "--since", "garbage"]) == EXIT_USAGE
    assert "kutip: error: Invalid value for '--since'" in capsys.readouterr().err
    assert main(["--version"]) == EXIT_OK


def test_cli_ingest_of_its_own_folder_does_not_read_its_own_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path)
    first = invoke("ingest", ".")
    assert first.exit_code == EXIT_OK, first.stderr
    again = invoke("ingest", ".")  # kutip.db (and its -wal, -shm) now lie in the folder
    assert again.exit_code == EXIT_OK, again.stderr
    assert "6 read, 0 new, 6 unchanged, 0 failed" in again.stderr


# -- CSV that a spreadsheet cannot run ------------------------------------------------------------------


def quote_row(**fields) -> QuoteRow:
    base = dict(
        id=1, article_id=1, doc_id="a1", date="2025-04-14", lang="id", outlet=None, url=None, n=1,
        type="direct", speech_act="say", text="Harga naik", start=0, end=10, cue="kata", cue_start=12,
        cue_end=16, speaker="Budi Santoso", speaker_id=1, kind="person", speaker_name="Budi",
        role=None, rank=None, mention="Budi", mention_start=17, mention_end=21, confidence=0.9,
        rule="trailer",
    )  # fmt: skip
    base.update(fields)
    return QuoteRow(**base)


def test_cli_csv_cells_that_would_be_formulas_get_a_leading_quote():
    rows = [
        quote_row(text='=HYPERLINK("http://x","klik")', speaker="+62 Budi", mention="-Budi", cue="@kata"),
        quote_row(text="\tjeda", role="\rbaris", doc_id="=1+1"),
        quote_row(text="Harga naik 5% - kata Budi", speaker="Budi Santoso"),  # inside a cell: untouched
    ]
    out = io.StringIO()
    write_quotes(rows, out, "csv")
    cells = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert cells[0]["text"] == '\'=HYPERLINK("http://x","klik")'
    assert (cells[0]["speaker"], cells[0]["mention"], cells[0]["cue"]) == ("'+62 Budi", "'-Budi", "'@kata")
    assert (cells[1]["text"], cells[1]["role"], cells[1]["doc_id"]) == ("'\tjeda", "'\rbaris", "'=1+1")
    assert (cells[2]["text"], cells[2]["speaker"], cells[2]["start"]) == (
        "Harga naik 5% - kata Budi",
        "Budi Santoso",
        "0",
    )
    jsonl = io.StringIO()
    write_quotes(rows, jsonl, "jsonl")
    assert json.loads(jsonl.getvalue().splitlines()[0])["text"] == '=HYPERLINK("http://x","klik")'


def test_cli_csv_speakers_are_escaped_too():
    row = SpeakerRow(
        1,
        "=cmd|' /C calc'!A0",
        "person",
        1,
        1,
        (Alias("@alias", "seen", False),),
        (Role("-", None, None, 1),),
    )
    out = io.StringIO()
    write_speakers([row], out, "csv")
    assert out.getvalue().splitlines()[1] == "'=cmd|' /C calc'!A0,person,1,1,'@alias,'-"


def test_cli_export_csv_of_a_stored_quote_beginning_with_equals(db, tmp_path):
    out = tmp_path / "kutipan.csv"
    result = invoke("export", "--db", db, "--format", "csv", "--out", str(out))
    assert result.exit_code == EXIT_OK, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "'=Harga gabah turun" in text
    assert ",=Harga" not in text


def test_cli_co_speakers_in_the_table():
    out = io.StringIO()
    write_quotes(
        [quote_row(speaker="Rusia", co_speakers=(CoSpeaker("Korea Utara", 2, "country"),))], out, "table"
    )
    assert "Rusia, Korea Utara  SAY  [direct, a1]" in out.getvalue()


# -- every command the README shows ---------------------------------------------------------------------

PLACEHOLDERS = {
    "N": "2",
    "NAME": "Budi Santoso",
    "WORDS": "beras",
    "TEXT": "beras",
    "EXPR": "beras",
    "DATE": "2025-01-01",
    "CURSOR": None,  # filled from a first page
    "ARTICLE": "harga-beras",
    "SECONDS": "30",
    "COMMAND": "quotes",
    "ID": "1",  # a claim: claims are built first for `kutip claims show ID`
}


def readme_commands() -> list[tuple[int, str]]:
    """Every ``kutip ...`` command of the README with its line: each line of a code block (a synopsis
    continued on an indented line is one command), and each inline `kutip ...`, also across a line break."""
    text = README.read_text(encoding="utf-8")
    found: list[tuple[int, str]] = []
    in_block, prose = False, []
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("```"):
            in_block = not in_block
            prose.append("")
            continue
        if not in_block:
            prose.append(line)
            continue
        prose.append("")
        code = line.split("  #", 1)[0].rstrip()
        if code.startswith("kutip "):
            found.append((number, code))
        elif code.startswith(" ") and code.strip().startswith("[") and found and found[-1][0] == number - 1:
            found[-1] = (number, found[-1][1] + " " + code.strip())
    joined = "\n".join(prose)
    for m in re.finditer(r"`(kutip [^`]+)`", joined):
        found.append((joined.count("\n", 0, m.start()) + 1, " ".join(m[1].split())))
    return sorted(found)


def concrete(synopsis: str, files: dict[str, str]) -> list[list[str]]:
    """The command lines a synopsis stands for: every [option] given, each a|b|c alternative once (the first
    for the rest of the line), placeholders filled with the test's files and values."""
    words = shlex.split(synopsis.split(" | ")[0].replace("[", " ").replace("]", " "))[1:]
    choices = [w.split("|") if "|" in w and not w.startswith("postgresql") else [w] for w in words]
    lines = []
    for i, alternatives in enumerate(choices):
        for alt in alternatives if len(alternatives) > 1 else []:
            lines.append([a[0] if j != i else alt for j, a in enumerate(choices)])
    lines = lines or [[a[0] for a in choices]]
    out = []
    for line in lines:
        filled = []
        for word in line:
            word = files.get(word, word)
            if word in PLACEHOLDERS:
                word = PLACEHOLDERS[word] or files["CURSOR"]
            filled.append(word)
        out.append(filled)
    return out


def test_cli_the_readme_shows_commands():
    commands = readme_commands()
    assert len(commands) >= 10
    assert {c.split()[1] for _, c in commands} >= {
        "extract",
        "eval",
        "bench",
        "ingest",
        "quotes",
        "speakers",
        "show",
        "export",
    }


@pytest.mark.parametrize(
    "number, command", readme_commands(), ids=lambda v: str(v) if isinstance(v, int) else None
)
def test_cli_every_readme_command_runs(number, command, tmp_path, monkeypatch):
    import kutip.evaluate.bench

    monkeypatch.setattr(kutip.evaluate.bench, "_one_core", lambda: "not pinned (test)")  # never pin pytest
    monkeypatch.setattr(kutip.evaluate.bench, "reference_loop_seconds", lambda: 0.0)
    monkeypatch.setattr("uvicorn.run", lambda *args, **kwargs: None)  # `kutip serve`: all but serving
    monkeypatch.chdir(tmp_path)
    words = command.split()[1:]
    if words and all(w.islower() and w.isalpha() for w in words):  # a command named in prose: it exists
        group = cli
        for word in words:
            assert isinstance(group, click.Group), f"README line {number}: {command}"
            group = group.get_command(click.Context(group), word)
            assert group is not None, f"README line {number}: no command {command!r}"
        return
    shared_file = ""
    if "../shared/" in command:
        name = command.split("../shared/", 1)[1].split()[0]
        target = ROOT.parent / "shared" / name
        if not target.exists():
            pytest.skip(f"README line {number} needs {target}, absent here: `{command}` not run")
        head = tmp_path / "shared-head.jsonl"  # the command is what is tested: its first 20 articles will do
        with target.open(encoding="utf-8") as f:
            head.write_text("".join(line for _, line in zip(range(20), f, strict=False)), encoding="utf-8")
        shared_file, command = str(head), command.replace(f"../shared/{name}", "SHARED")
    corpus = write_corpus(tmp_path)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"doc_id": "g1", "text": ARTICLES[3]["text"], "quotes": []}) + "\n", encoding="utf-8"
    )
    store = str(tmp_path / "kutip.db")
    assert invoke("ingest", "-q", "--db", store, str(corpus)).exit_code == EXIT_OK
    first = invoke("quotes", "--db", store, "--limit", "1")
    cursor = re.search(r"--after (\S+)", first.stderr)
    files = {
        "kutip.db": store, "PATH": str(corpus), "PATH...": str(corpus), "FOLDER": str(tmp_path),
        "FILE": str(tmp_path / "out.txt"), "GOLD.jsonl": str(gold), "FILE.jsonl": str(corpus),
        "CURSOR": cursor[1] if cursor else "", "X": store, "SHARED": shared_file,
    }  # fmt: skip
    if "--address" in command:
        pytest.skip(f"README line {number} joins a running Ray cluster: tests/test_cluster.py starts one")
    if "ray" in command.split() or "DIR" in command.split():
        pytest.importorskip("ray", reason=f"Ray (extra 'ray') is not installed: `{command}` not run")
    if "DIR" in command.split():  # a folder of Parquet shards, as a cluster run writes it
        from shard_corpus import extracted, write_shards

        files["DIR"] = str(tmp_path / "shards")
        write_shards(tmp_path / "shards", extracted(str(corpus)))
    for line in concrete(command, files):
        if "ray" in line and importlib.util.find_spec("ray") is None:
            continue  # "--engine local|ray": the local line runs; Ray is an extra (tests/test_cluster.py)
        if "parquet" in line:
            pytest.importorskip("pyarrow", reason="pyarrow (extra 'parquet') is not installed")
        if "--out" in line:
            line[line.index("--out") + 1] = str(tmp_path / f"out-{len(line)}")
        if line[:2] == ["claims", "show"]:
            assert invoke("claims", "build", "--db", store).exit_code == EXIT_OK
        result = invoke(*line)
        assert result.exit_code == EXIT_OK, f"README line {number}: kutip {shlex.join(line)}\n{result.stderr}"
