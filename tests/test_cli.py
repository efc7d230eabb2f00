"""The command line as a user meets it: formats, standard input, bad input, big input."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, run_cli

SEED_PATH = ROOT / "seeds" / "afp-2018-07-19-trump-putin-invitation.txt"


def test_json_for_one_file_is_one_object_matching_python(seed_report):
    out = run_cli("analyze", str(SEED_PATH), "--format", "json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert isinstance(doc, dict)
    expected = seed_report.to_dict()
    expected["source"]["name"] = doc["source"]["name"]
    assert doc == expected


def test_json_for_several_files_is_a_list(tmp_path):
    other = tmp_path / "short.txt"
    other.write_text("The mayor said the bridge would reopen on Monday.", encoding="utf-8")
    out = run_cli("analyze", str(SEED_PATH), str(other), "--format", "json")
    assert out.returncode == 0, out.stderr
    docs = json.loads(out.stdout)
    assert [d["source"]["name"] for d in docs] == [SEED_PATH.stem, "short"]


def test_standard_input_is_read_with_a_dash():
    out = run_cli("analyze", "-", "--format", "json", stdin=SEED_PATH.read_bytes())
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["source"] == {"name": "stdin", "chars": len(SEED_PATH.read_text("utf-8"))}


def test_text_summary_is_the_default():
    out = run_cli("analyze", str(SEED_PATH))
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    assert "Talks underway for Trump-Putin meet" in text
    assert "Flesch" in text


def test_html_handout_is_written_to_a_file(tmp_path):
    target = tmp_path / "report.html"
    out = run_cli("analyze", str(SEED_PATH), "--format", "html", "-o", str(target))
    assert out.returncode == 0, out.stderr
    assert out.stdout == b""
    page = target.read_text(encoding="utf-8")
    assert page.lower().startswith("<!doctype html>")
    assert "Talks underway" in page


BAD_INPUTS = {
    "empty": b"",
    "whitespace": b"  \n\t\n \n",
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "latin1": "Caf\u00e9 au lait, said the mayor.".encode("latin-1"),
}


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_input_gets_exit_2_and_one_line(tmp_path, kind):
    path = tmp_path / f"{kind}.txt"
    path.write_bytes(BAD_INPUTS[kind])
    out = run_cli("analyze", str(path), "--format", "json")
    assert out.returncode == 2
    assert out.stdout == b""
    err = out.stderr.decode()
    assert err.count("\n") == 1 and "Traceback" not in err
    assert path.name in err


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_standard_input_gets_exit_2(kind):
    out = run_cli("analyze", "-", stdin=BAD_INPUTS[kind])
    assert out.returncode == 2
    err = out.stderr.decode()
    assert err.count("\n") == 1 and "standard input" in err


def test_missing_file_and_folder_are_named(tmp_path):
    out = run_cli("analyze", str(tmp_path / "nope.txt"))
    assert out.returncode == 2
    assert "nope.txt: no such file" in out.stderr.decode()
    out = run_cli("analyze", str(tmp_path))
    assert out.returncode == 2
    assert "is a folder" in out.stderr.decode()


def test_one_bad_file_among_good_ones_writes_nothing(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = run_cli("analyze", str(SEED_PATH), str(bad), "--format", "json")
    assert out.returncode == 2
    assert out.stdout == b""


def test_a_500_kb_article_works(tmp_path, seed_text):
    big = tmp_path / "big.txt"
    body = seed_text.split("\n\n", 1)[1]
    big.write_text(seed_text + ("\n\n" + body) * 200, encoding="utf-8")
    assert big.stat().st_size > 500_000
    out = run_cli("analyze", str(big), "--format", "json")
    assert out.returncode == 0, out.stderr[-500:]
    doc = json.loads(out.stdout)
    assert doc["source"]["chars"] == len(big.read_text("utf-8"))
    assert doc["summary"]["sentences"] > 2000


def test_cli_does_not_import_pandas_or_ipywidgets():
    import subprocess
    import sys

    heavy = "('pandas', 'ipywidgets', 'nltk', 'textstat', 'matplotlib')"
    code = (
        "import sys, io, contextlib; import helpers.cli as c\n"
        f"with contextlib.redirect_stdout(io.StringIO()): c.main(['analyze', {str(SEED_PATH)!r}])\n"
        f"print('LOADED', sorted(m for m in {heavy} if m in sys.modules), file=sys.stderr)"
    )

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert "LOADED []" in out.stderr


def test_unknown_format_is_a_usage_error():
    out = run_cli("analyze", str(SEED_PATH), "--format", "pdf")
    assert out.returncode == 2
    assert "invalid choice" in out.stderr.decode()
