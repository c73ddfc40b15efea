"""The command line: formats in and out, and bad input that is reported, counted and never stops the run."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kutip.cli import cli

ARTICLE = "“Kami siap,” kata Kepala Basarnas Marsdya Henri Alfiandi. Ia menegaskan tim tiba besok."
PAGE = f"""<!doctype html><html><head><title>Tim SAR dikerahkan</title></head><body>
<nav>Beranda | Nasional | Olahraga</nav><article><h1>Tim SAR dikerahkan</h1>
<p>JAKARTA, KOMPAS.com - Basarnas mengirim tiga kapal ke perairan Selayar setelah kapal motor tenggelam.</p>
<p>{ARTICLE}</p><p>Pencarian korban dilanjutkan hingga tujuh hari ke depan sesuai prosedur operasi.</p>
</article><footer>Hak cipta</footer></body></html>"""


def run(capsys, *args):
    """The exit status, standard output and standard error of ``kutip ARGS`` through click's runner."""
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_input_text_file_to_jsonl(tmp_path, capsys):
    f = tmp_path / "berita.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(f))
    doc = json.loads(out)
    assert code == 0
    assert doc["doc_id"] == "berita.txt"
    assert [q["speaker"]["name"] for q in doc["quotes"]] == ["Henri Alfiandi", "Henri Alfiandi"]
    assert "1 article(s) extracted, 0 failed" in err


def test_cli_input_jsonl_malformed_line_is_reported_and_others_kept(tmp_path, capsys):
    f = tmp_path / "feed.jsonl"
    rows = [
        json.dumps({"doc_id": "a", "text": ARTICLE}),
        "{not json",
        json.dumps({"doc_id": "c", "text": ARTICLE}),
        json.dumps({"doc_id": "d"}),
        json.dumps({"doc_id": "e", "text": "   "}),
    ]
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(f))
    assert code == 1
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["a", "c"]
    assert f"{f}:2: malformed JSON" in err
    assert f'{f}:4: no "text" string' in err
    assert f"{f}:5: empty article" in err
    assert "2 article(s) extracted, 3 failed" in err


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty file"),
        ("blob.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "Kata Budi: “harga naik”".encode("cp1252"), "invalid UTF-8 at byte"),
        ("nav.html", b"<html><body><nav>Beranda</nav><p>Login</p></body></html>", "no article text"),
    ],
)
def test_cli_input_bad_files(tmp_path, capsys, name, data, message):
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "ok.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(bad), str(good))
    assert code == 1
    assert len(out.splitlines()) == 1  # the good article still came through
    assert f"kutip: error: {bad}: {message}" in err
    assert "1 article(s) extracted, 1 failed" in err


def test_cli_input_50_mb_file_is_refused_with_a_reason(tmp_path, capsys):
    big = tmp_path / "dump.txt"
    line = ("Kata Budi, harga naik lagi minggu ini. " * 25 + "\n").encode()
    with big.open("wb") as f:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    code, out, err = run(capsys, "extract", str(big))
    assert code == 1 and out == ""
    assert "over the 1,000,000 limit for one article" in err


def test_cli_input_html_page(tmp_path, capsys):
    page = tmp_path / "tim-sar.html"
    page.write_text(PAGE, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(page))
    doc = json.loads(out)
    assert code == 0
    assert doc["dateline"]["outlet"] == "KOMPAS.com"
    assert "Beranda" not in doc["text"]
    q = doc["quotes"][0]
    assert doc["text"][q["start"] : q["end"]] == "Kami siap"


def test_cli_input_folder_is_read_recursively(tmp_path, capsys):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "satu.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "b" / "dua.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(tmp_path))
    assert code == 0
    assert sorted(json.loads(x)["doc_id"] for x in out.splitlines()) == ["dua.txt", "satu.txt"]


def test_cli_input_table_format(tmp_path, capsys):
    f = tmp_path / "berita.txt"
    f.write_text("Kepala BNPB Suharyanto membantah kabar tersebut.\n" + ARTICLE, encoding="utf-8")
    code, out, _ = run(capsys, "extract", "--format", "table", str(f))
    assert code == 0
    assert "Suharyanto (Kepala BNPB)  DENIES" in out
    assert "Henri Alfiandi (Kepala Basarnas)  says" in out


def test_cli_input_stdin_and_auto_language():
    proc = subprocess.run(
        [sys.executable, "-m", "kutip", "extract", "--lang", "auto", "-"],
        input=ARTICLE,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert (doc["doc_id"], doc["lang"]) == ("stdin", "id")


def test_cli_input_unknown_language_option_is_a_usage_error_and_any_case_is_fine(tmp_path, capsys):
    f = tmp_path / "x.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "extract", "--lang", "xx", str(f))
    assert (code, out) == (2, "")
    assert "Invalid value for '--lang': 'xx' is not a language Kutip reads" in err
    code, out, _ = run(capsys, "extract", "--lang", "ID", str(f))
    assert code == 0 and json.loads(out)["lang"] == "id"


def test_cli_input_unknown_language_of_a_record_is_a_counted_failure(tmp_path, capsys):
    f = tmp_path / "feed.jsonl"
    f.write_text(
        json.dumps({"doc_id": "a", "lang": "xx", "text": ARTICLE})
        + "\n"
        + json.dumps({"doc_id": "b", "text": ARTICLE}),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "extract", str(f))
    assert code == 1
    assert f"{f}:1: no language data for 'xx'" in err
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["b"]


def test_cli_input_auto_language_reads_english_as_english(tmp_path, capsys):
    f = tmp_path / "en.txt"
    f.write_text(
        '"We will not raise taxes," the finance minister, Maria Lopez, said on Tuesday. '
        '"Growth stays strong."',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "extract", "--lang", "auto", str(f))
    assert code == 0, err
    doc = json.loads(out)
    assert doc["lang"] == "en"
    assert [q["speaker"]["name"] for q in doc["quotes"]] == ["Maria Lopez", "Maria Lopez"]
