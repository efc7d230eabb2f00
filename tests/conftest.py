"""Shared fixtures: the project folders, the seed article and its report."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = "trump-putin"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_article():
    from helpers import load_article

    return load_article(SEED)


@pytest.fixture(scope="session")
def seed_text(seed_article) -> str:
    return seed_article.text


@pytest.fixture(scope="session")
def seed_report(seed_article):
    from helpers import analyze

    return analyze(seed_article)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_cli(*args: str, stdin: bytes | None = None, env: dict | None = None, cwd=ROOT):
    """Run ``python -m helpers ARGS`` the way a user would; returns CompletedProcess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "helpers", *args],
        input=stdin,
        capture_output=True,
        env=full_env,
        cwd=cwd,
        timeout=120,
    )


def lesson_widgets(lesson, report) -> list:
    """Every widget a lesson can build, unshown (tests inspect their HTML and controls).

    The order is fixed: tests that need only some take a prefix of the list.
    """
    return [
        lesson.student_box(show=False),
        lesson.article(report, show=False),
        lesson.spot_attribution(report, "spot", show=False),
        lesson.framing_highlighter(report, show=False),
        lesson.readability_explorer(report, show=False),
        lesson.rewrite_box(report, show=False),
        lesson.timeline(report, "timeline", show=False),
        lesson.quiz("self-check", show=False),
        lesson.open_question("q-voices", show=False),
        lesson.source_mix(report, show=False),
        lesson.solution("sample", show=False),
        lesson.byo_article(show=False),
        lesson.readability_chart(report, show=False),
        lesson.timeline_chart(report, show=False),
    ]
