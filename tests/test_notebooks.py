"""The lesson notebooks as files: layout, exercise pattern, stored outputs, teacher material.

These tests read the ``.ipynb`` files and ``lessons/``; they start no kernel.
Running the notebooks and comparing their outputs is nbval's job
(``make test-notebooks``); here we check what nbval cannot: that the stored
outputs come from a clean top-to-bottom run, that Run All never prints an
answer, that every exercise id a notebook uses exists in the lesson data, and
that navigation, contents page, outline and guides agree with the notebooks.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
import yaml

from tests.conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"
LESSONS = ROOT / "lessons"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
NAME_RE = re.compile(r"^(\d\d)-[a-z0-9]+(-[a-z0-9]+)*$")
HEADING_RE = re.compile(r"^# (\d\d) · (.+)$")
TIME_RE = re.compile(r"^\*\*Time:\*\* (\d+) minutes$", re.M)
EXERCISE_RE = re.compile(r"^### Exercise: \S", re.M)
LOAD_RE = re.compile(r"^# %load \.\./lessons/([^/]+)/solutions/([a-z0-9-]+\.py)$", re.M)
IMPORT_RE = re.compile(r"^\s*(import|from)\s+\w", re.M)
MARKER = "<!--NAVIGATION-->"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
# lesson.<method>("id") or lesson.<method>(report, "id"): the exercise type each method needs
CALL_RE = re.compile(
    r"lesson\.(quiz|open_question|solution|timeline|spot_attribution|framing_highlighter)"
    r"\((?:\s*\w+\s*,)?\s*\"([^\"]+)\""
)
TYPES = {
    "quiz": "quiz",
    "open_question": "open_question",
    "timeline": "timeline",
    "spot_attribution": "spot_attribution",
    "framing_highlighter": "framing",
}


def _load_navigation():
    spec = importlib.util.spec_from_file_location("navigation", ROOT / "scripts" / "navigation.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("navigation", module)
    spec.loader.exec_module(module)
    return module


def _read(path: Path):
    return nbformat.read(path, as_version=4)


def _code(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


def _output_text(output) -> str:
    if output.output_type == "stream":
        return output.text
    data = output.get("data", {})
    return "\n".join(v for k, v in data.items() if k.startswith("text/") and isinstance(v, str))


def _exercises(stem: str) -> dict:
    data = yaml.safe_load((LESSONS / stem / "exercises.yml").read_text(encoding="utf-8"))
    return data["exercises"]


@pytest.fixture(params=PATHS, ids=[p.stem for p in PATHS])
def notebook(request):
    return request.param, _read(request.param)


# The series ---------------------------------------------------------------------------
def test_lessons_are_numbered_from_00_without_gaps():
    stems = [p.stem for p in PATHS]
    assert len(stems) >= 9, stems
    for stem in stems:
        assert NAME_RE.match(stem), f"{stem}.ipynb is not named NN-slug"
    assert [int(s[:2]) for s in stems] == list(range(len(stems)))


def test_navigation_and_contents_page_are_up_to_date():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "navigation.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_navigation_check_notices_a_retitled_lesson_and_the_script_repairs_it(tmp_path):
    navigation = _load_navigation()
    for path in PATHS[:3]:
        shutil.copy(path, tmp_path / path.name)
    shutil.copy(NOTEBOOKS / "README.md", tmp_path / "README.md")
    assert navigation.run(tmp_path, check=True) != []  # the real README lists nine lessons
    navigation.run(tmp_path)
    assert navigation.run(tmp_path, check=True) == []
    retitled = tmp_path / PATHS[1].name
    nb = _read(retitled)
    nb.cells[0].source = nb.cells[0].source.replace(
        nb.cells[0].source.splitlines()[0], f"# {PATHS[1].stem[:2]} · A new title", 1
    )
    nbformat.write(nb, retitled)
    stale = navigation.run(tmp_path, check=True)
    assert PATHS[0].name in stale and PATHS[2].name in stale and "README.md" in stale
    assert PATHS[1].name not in stale  # its own links point at its neighbours, unchanged
    navigation.run(tmp_path)
    assert "A new title" in _read(tmp_path / PATHS[0].name).cells[1].source
    assert "[A new title]" in (tmp_path / "README.md").read_text(encoding="utf-8")
    assert navigation.run(tmp_path, check=True) == []


def test_contents_page_links_every_lesson_in_order():
    text = (NOTEBOOKS / "README.md").read_text(encoding="utf-8")
    positions = [text.index(f"({p.name})") for p in PATHS]
    assert positions == sorted(positions)


# Each notebook's layout ---------------------------------------------------------------
def test_first_cell_states_title_objectives_and_time(notebook):
    path, nb = notebook
    first = nb.cells[0]
    assert first.cell_type == "markdown"
    heading = HEADING_RE.match(first.source.splitlines()[0])
    assert heading, f"{path.name}: first line must be '# NN · Title'"
    assert heading.group(1) == path.stem[:2]
    assert "You will be able to" in first.source
    minutes = TIME_RE.search(first.source)
    assert minutes and 15 <= int(minutes.group(1)) <= 60, (
        f"{path.name}: needs '**Time:** N minutes'"
    )


def test_navigation_follows_the_first_cell_and_ends_the_notebook(notebook):
    path, nb = notebook
    assert nb.cells[1].source.startswith(MARKER)
    assert nb.cells[-1].source.startswith(MARKER)
    assert sum(c.source.startswith(MARKER) for c in nb.cells) == 2


def test_one_setup_cell_loads_the_tools_for_this_lesson(notebook):
    path, nb = notebook
    importing = [c for c in _code(nb) if IMPORT_RE.search(c.source)]
    assert len(importing) == 1, f"{path.name}: imports belong in one setup cell"
    setup = importing[0]
    assert setup is _code(nb)[0], f"{path.name}: the setup cell must be the first code cell"
    assert re.search(
        r"^from helpers import (analyze, load_article|load_article, analyze)$", setup.source, re.M
    )
    assert "from helpers.widgets import Lesson" in setup.source
    assert f'Lesson("{path.stem}")' in setup.source


def test_every_exercise_has_an_empty_cell_then_a_commented_solution(notebook):
    path, nb = notebook
    found = 0
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "markdown" or not EXERCISE_RE.search(cell.source):
            continue
        found += 1
        empty, answer = nb.cells[i + 1], nb.cells[i + 2]
        assert empty.cell_type == "code" and empty.source.strip() == "", (
            f"{path.name}: cell {i + 1} should be empty, for the student"
        )
        assert answer.cell_type == "code"
        assert all(line.startswith("#") for line in answer.source.splitlines() if line.strip()), (
            f"{path.name}: cell {i + 2} must be all comments so Run All never shows the answer"
        )
        load = LOAD_RE.search(answer.source)
        assert load, (
            f"{path.name}: cell {i + 2} needs '# %load ../lessons/<lesson>/solutions/<slug>.py'"
        )
        assert load.group(1) == path.stem
        assert (LESSONS / path.stem / "solutions" / load.group(2)).is_file()
    assert found >= 1, f"{path.name}: every lesson has at least one exercise"


def test_lesson_ends_with_a_self_check(notebook):
    path, nb = notebook
    assert _code(nb)[-1].source.strip() == 'lesson.quiz("self-check")'


def test_notebooks_load_files_through_helpers_not_paths(notebook):
    path, nb = notebook
    for cell in _code(nb):
        code = "\n".join(ln for ln in cell.source.splitlines() if not ln.lstrip().startswith("#"))
        assert "../" not in code and "seeds/" not in code, f"{path.name}: {code!r}"
        assert not re.search(r"\b(nltk|textstat)\b", code), f"{path.name} imports a heavy library"


def test_kernelspec_is_python3(notebook):
    path, nb = notebook
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert nb.metadata["kernelspec"]["language"] == "python"


# Stored outputs -----------------------------------------------------------------------
def test_stored_outputs_come_from_one_clean_run(notebook):
    path, nb = notebook
    counts = []
    for cell in _code(nb):
        if not cell.source.strip():
            assert cell.outputs == [], f"{path.name}: an empty exercise cell has output"
            continue
        assert isinstance(cell.execution_count, int), f"{path.name}: a cell was never run"
        counts.append(cell.execution_count)
        for output in cell.outputs:
            assert output.output_type != "error", f"{path.name}: stored error in {cell.source!r}"
            assert output.get("name") != "stderr", f"{path.name}: warning stored: {output.text!r}"
    assert counts == list(range(1, len(counts) + 1)), f"{path.name}: not run top to bottom once"


def test_stored_outputs_hold_no_run_specific_ids_or_widget_state(notebook):
    path, nb = notebook
    assert "widgets" not in nb.metadata
    for cell in _code(nb):
        assert "execution" not in cell.metadata
        for output in cell.outputs:
            view = output.get("data", {}).get(WIDGET_VIEW)
            if view is not None:
                assert view["model_id"] == "", f"{path.name}: run `make refresh`"
            text = _output_text(output)
            assert not re.search(r"0x[0-9a-f]{8,}", text), f"{path.name}: memory address stored"
            assert "medialit-refresh-" not in text and "/tmp/" not in text


def test_run_all_never_prints_a_solution(notebook):
    path, nb = notebook
    shown = "\n".join(_output_text(o) for c in _code(nb) for o in c.outputs)
    for solution in sorted((LESSONS / path.stem / "solutions").glob("*")):
        lines = [ln.strip() for ln in solution.read_text(encoding="utf-8").splitlines()]
        for line in lines:
            if len(line) >= 25 and not line.startswith("#"):
                assert line not in shown, f"{path.name} shows {solution.name}: {line!r}"


def test_only_notebooks_that_draw_charts_import_matplotlib(notebook):
    path, nb = notebook
    imports = any("matplotlib" in c.source for c in _code(nb))
    draws = any("image/png" in o.get("data", {}) for c in _code(nb) for o in c.outputs)
    assert imports == draws, f"{path.name}: matplotlib imported={imports}, chart drawn={draws}"


# Lesson data and teacher material ------------------------------------------------------
def test_every_exercise_the_notebook_uses_exists_with_the_right_type(notebook):
    path, nb = notebook
    exercises = _exercises(path.stem)
    source = "\n".join(c.source for c in _code(nb))
    calls = CALL_RE.findall(source)
    assert calls
    for method, ident in calls:
        if method == "solution":
            assert (LESSONS / path.stem / "solutions" / f"{ident}.md").is_file(), ident
            continue
        assert ident in exercises, f"{path.name} uses {ident!r}, missing from exercises.yml"
        assert exercises[ident]["type"] == TYPES[method], ident


def test_every_exercise_in_the_data_is_used_by_its_notebook(notebook):
    path, nb = notebook
    source = "\n".join(c.source for c in _code(nb))
    used = {ident for _, ident in CALL_RE.findall(source)}
    for ident, exercise in _exercises(path.stem).items():
        if exercise["type"] == "framing" and "framing_highlighter(" in source:
            continue  # the highlighter picks up the lesson's framing prompts by itself
        assert ident in used, f"lessons/{path.stem}/exercises.yml: {ident!r} is never shown"


def test_guide_has_every_section_and_a_rubric_for_each_open_question(notebook):
    path, nb = notebook
    guide = (LESSONS / path.stem / "guide.md").read_text(encoding="utf-8")
    assert guide.startswith(f"# Guide · {nb.cells[0].source.splitlines()[0][2:]}")
    for section in (
        "## Objectives",
        "## Timing",
        "## Discussion prompts",
        "## Common misconceptions",
        "## Answer notes",
    ):
        assert section in guide, f"{path.stem}/guide.md lacks {section}"
    assert "Rubric" in guide
    minutes = TIME_RE.search(nb.cells[0].source).group(1)
    assert f"· {minutes} minutes" in guide.splitlines()[2], "guide and notebook disagree on time"
    for ident, exercise in _exercises(path.stem).items():
        if exercise["type"] == "open_question":
            assert f"`{ident}`" in guide, f"{path.stem}/guide.md has no rubric for {ident}"
            for level in ("basic", "emergent", "proficient"):
                assert f"| {level} |" in guide


def test_outline_lists_every_lesson_with_the_notebooks_time():
    outline = (LESSONS / "outline.md").read_text(encoding="utf-8")
    total = 0
    for path in PATHS:
        first = _read(path).cells[0].source
        title = HEADING_RE.match(first.splitlines()[0]).group(2)
        minutes = int(TIME_RE.search(first).group(1))
        total += minutes
        assert f"### {path.stem[:2]} · {title} ({minutes} min" in outline, path.stem
        row = next(ln for ln in outline.splitlines() if ln.startswith(f"| {path.stem[:2]} |"))
        assert f"| {minutes} |" in row, f"outline table disagrees with {path.name}"
    assert f"Total: {total} minutes" in outline


def test_solution_files_are_short_and_use_only_the_lesson_variables():
    for solution in sorted(LESSONS.glob("*/solutions/*.py")):
        code = solution.read_text(encoding="utf-8")
        compile(code, str(solution), "exec")
        assert len(code.splitlines()) <= 15, solution
        assert code.splitlines()[0].startswith("#"), (
            f"{solution}: start with a comment that explains"
        )


def test_lessons_readme_lists_the_outputs_nbval_does_not_compare():
    readme = (LESSONS / "README.md").read_text(encoding="utf-8")
    sanitize = (ROOT / "tests" / "sanitize.cfg").read_text(encoding="utf-8")
    for kind in (WIDGET_VIEW, "image/png"):
        assert kind in readme and kind in sanitize
    sections = re.findall(r"^\[(.+)\]$", sanitize, re.M)
    assert sections
    for name in sections:
        assert name in readme, f"lessons/README.md does not explain the sanitizer [{name}]"


def test_notebook_json_is_formatted_the_way_nbformat_writes_it(notebook):
    path, nb = notebook
    assert path.read_text(encoding="utf-8") == nbformat.writes(nb) + "\n"
