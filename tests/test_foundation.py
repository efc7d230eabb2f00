"""The foundation: layout, pinned environment, seeds, offline operation, `make lab`."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import tomllib
import urllib.request

import pytest
import yaml

from tests.conftest import ROOT, free_port

SHARED_SEED = ROOT.parent / "shared" / "seeds" / "000_ba315bf4aa168a77.txt"


def _pins(specs):
    out = {}
    for spec in specs:
        name, _, version = spec.partition("==")
        out[name.strip().lower()] = version.strip()
    return out


def test_layout_has_every_top_level_folder():
    for name in ("notebooks", "lessons", "helpers", "seeds", "tests"):
        assert (ROOT / name).is_dir(), name
    for name in (
        "environment.yml",
        "pyproject.toml",
        "Makefile",
        "README.md",
        ".ci/run",
        "constraints.txt",
        ".pre-commit-config.yaml",
    ):
        assert (ROOT / name).is_file(), name
    assert list((ROOT / ".github" / "workflows").glob("*.yml"))


def test_readme_opens_with_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", text, re.S).group(1)
    assert first_block.split() == ["make", "lab", "make", "test"]
    assert "urlpath=lab/tree/notebooks/00-start-here.ipynb" in text


def test_ci_script_runs_make_test():
    script = (ROOT / ".ci" / "run").read_text()
    assert "make test" in script and "chromium" in script
    assert os.access(ROOT / ".ci" / "run", os.X_OK)


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = _pins(project["dependencies"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = {}
    python = None
    for dep in env["dependencies"]:
        if isinstance(dep, str) and "=" in dep:
            name, version = dep.split("=", 1)
            if name == "python":
                python = version
            else:
                conda[name.lower()] = version
    assert python is not None and tuple(map(int, python.split("."))) >= (3, 11)
    assert "conda-forge" in env["channels"]
    assert conda == wanted


def test_every_direct_dependency_is_pinned_in_the_lock_file():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lock = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            lock[name.strip().lower().replace("_", "-")] = version.strip()
    direct = _pins(project["dependencies"] + project["optional-dependencies"]["test"])
    for name, version in direct.items():
        assert lock.get(name.replace("_", "-")) == version, name


def test_seed_is_kept_byte_for_byte(seed_article):
    data = seed_article.path.read_bytes()
    assert "\u00a0\n".encode() in data  # the non-breaking-space line
    assert "“".encode() in data  # curly quotes
    if SHARED_SEED.exists():
        assert data == SHARED_SEED.read_bytes()


def test_seed_metadata_names_agency_date_and_title(seed_article):
    meta = seed_article.meta
    assert meta["agency"].startswith("Agence France-Presse")
    assert meta["date"] == "July 19, 2018"
    assert seed_article.title == seed_article.text.splitlines()[0]


def test_load_article_works_from_any_folder(tmp_path):
    code = "from helpers import load_article; print(load_article('trump-putin').title)"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("Talks underway")


def test_load_article_explains_an_unknown_name():
    from helpers import ArticleError, load_article

    with pytest.raises(ArticleError, match="no article called 'nonsense'"):
        load_article("nonsense")


OFFLINE_PROBE = r"""
import socket, sys
def refuse(*a, **k):
    raise SystemExit("network use attempted: " + repr(a))
socket.socket.connect = refuse
socket.create_connection = refuse
from helpers import analyze, load_article
report = analyze(load_article("trump-putin"))
body = report.readability["body"]
print(body["syllables"], body["flesch_reading_ease"], "nltk" in sys.modules)
"""


def test_analysis_runs_offline_with_empty_nltk_data(tmp_path):
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", OFFLINE_PROBE],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    syllables, _ease, nltk_loaded = out.stdout.split()
    assert int(syllables) > 0
    assert nltk_loaded == "False"  # the 60 MB nltk import is never needed
    assert not any(empty.iterdir())


@pytest.mark.slow
def test_make_lab_serves_the_first_lesson(tmp_path):
    port = free_port()
    token = "test-token-123"
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path), "DISPLAY": ""}
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "scripts" / "lab.py"),
            f"--ServerApp.port={port}",
            f"--IdentityProvider.token={token}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=tmp_path,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(proc.stdout.read().decode()[-2000:]) from None
                time.sleep(0.2)
        url = f"{base}/lab/tree/notebooks/00-start-here.ipynb?token={token}"
        with urllib.request.urlopen(url, timeout=30) as resp:
            assert resp.status == 200
            assert "JupyterLab" in resp.read().decode()
        api = f"{base}/api/contents/notebooks/00-start-here.ipynb?token={token}"
        with urllib.request.urlopen(api, timeout=30) as resp:
            nb = json.loads(resp.read())
        assert nb["type"] == "notebook"
        assert nb["content"]["cells"][0]["cell_type"] == "markdown"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
