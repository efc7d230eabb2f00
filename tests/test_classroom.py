"""The teacher's class report: tables from saved work, checks reused, damaged files listed.

The tests write a small lesson of their own (on the seed article) into a
temporary lessons folder, so they do not change when the real lessons are
edited, and write students' work through :class:`helpers.progress.Progress`,
exactly as the widgets do.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import classroom, progress
from helpers.progress import Progress
from tests.conftest import run_cli

LESSON = "class-lesson"
LESSON_YAML = """\
schema: 1
lesson: class-lesson
article: trump-putin
exercises:
  quiz:
    type: quiz
    questions:
      - id: q-one
        kind: choice
        prompt: Which part tells you where the story was reported?
        options:
          - {text: The dateline, correct: true}
          - {text: The headline}
          - {text: The credit line}
      - id: q-many
        kind: multi
        prompt: Tick the sources that tweeted.
        options:
          - {text: Donald Trump, correct: true}
          - {text: Sarah Sanders, correct: true}
          - {text: Robert Mueller}
      - id: q-word
        kind: short
        prompt: Which saying-verb is neutral?
        accept: [said]
  spot:
    type: spot_attribution
    items:
      - id: headline
        match: says White House
        attribution: true
        speaker: [the White House, White House]
        source_type: institution
      - id: mueller
        match: Mueller is investigating possible collusion
        attribution: false
  timeline:
    type: timeline
    events:
      - {id: summit, text: The summit, date: 2018-07-16, cue: Monday}
      - {id: invite, text: The invitation, date: 2018-07-19}
  q-open:
    type: open_question
    prompt: Whose voices are missing?
    rubric: {basic: One name., emergent: Several names., proficient: Names and reasons.}
"""

RIGHT = {
    "quiz/q-one": "The dateline",
    "quiz/q-many": ["Donald Trump", "Sarah Sanders"],
    "quiz/q-word": " Said. ",
    "spot/headline": {
        "attribution": "yes",
        "speaker": "White House",
        "source_type": "institution",
    },
    "spot/mueller": {"attribution": "no", "speaker": "", "source_type": ""},
    "timeline/summit": {"position": 1, "date": "2018-07-16"},
    "timeline/invite": {"position": 2, "date": "2018-07-19"},
}


@pytest.fixture
def lessons_dir(tmp_path) -> Path:
    folder = tmp_path / "lessons" / LESSON
    folder.mkdir(parents=True)
    (folder / "exercises.yml").write_text(LESSON_YAML, encoding="utf-8")
    return tmp_path / "lessons"


@pytest.fixture
def class_dir(tmp_path) -> Path:
    folder = tmp_path / "class"
    folder.mkdir()
    return folder


def save(folder: Path, student: str, answers: dict, lesson: str = LESSON) -> Path:
    work = Progress(student, lesson, folder=folder)
    work.save_many(answers)
    return work.path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# Tables ------------------------------------------------------------------------------------
def test_scores_are_the_last_check_and_right_now_is_recomputed(class_dir, lessons_dir):
    save(class_dir, "Ana", {**RIGHT, "quiz/_score": {"score": 1, "of": 3}})
    save(class_dir, "Ben", {"quiz/q-one": "The headline", "quiz/_score": {"score": 0, "of": 3}})
    report = classroom.collect(class_dir, lessons_dir)
    assert report.students == ["Ana", "Ben"]
    quiz = report.scores.query("exercise == 'quiz'").set_index("student")
    # Ana checked early (1 of 3) and then fixed her answers: right_now says 3
    assert quiz.loc["Ana", ["score", "of", "percent", "right_now"]].tolist() == [1, 3, 33, 3]
    assert quiz.loc["Ben", ["score", "right_now"]].tolist() == [0, 0]
    spot = report.scores.query("exercise == 'spot'").set_index("student")
    assert spot.loc["Ana", "right_now"] == 2 and spot.loc["Ana", "score"] is pd_na()
    assert "Ben" not in spot.index  # never started the spot exercise: no row
    assert list(report.wide.columns) == [
        "class-lesson/quiz (of 3)",
        "class-lesson/spot",
        "class-lesson/timeline",
    ]
    assert report.wide.loc["Ben", "class-lesson/quiz (of 3)"] == 0


def pd_na():
    import pandas as pd

    return pd.NA


def test_items_are_judged_by_the_widgets_own_checks(class_dir, lessons_dir):
    from helpers.widgets.exercises import quiz_feedback

    wrong = {
        "quiz/q-one": "The headline",
        "quiz/q-many": ["Donald Trump"],
        "quiz/q-word": "claimed",
        "spot/headline": {
            "attribution": "yes",
            "speaker": "White House",
            "source_type": "document",
        },
        "spot/mueller": {
            "attribution": "yes",
            "speaker": "Robert Mueller",
            "source_type": "named_person",
        },
        "timeline/summit": {"position": 2, "date": "2018-07-16"},
        "timeline/invite": {"position": 1, "date": "2018-07-18"},
    }
    save(class_dir, "Ana", RIGHT)
    save(class_dir, "Ben", wrong)
    save(class_dir, "Cleo", {"quiz/q-one": "The headline"})
    items = classroom.collect(class_dir, lessons_dir).items.set_index(["student", "item"])
    for item in ("q-one", "q-many", "q-word", "headline", "mueller", "summit", "invite"):
        assert items.loc[("Ana", item), "result"] == "right", item
        assert items.loc[("Ben", item), "result"] == "wrong", item
    assert items.loc[("Ben", "headline"), "mistakes"] == "source_type"
    assert items.loc[("Ben", "mueller"), "mistakes"] == "not_an_attribution"
    assert items.loc[("Cleo", "q-word"), "result"] == "not answered"
    assert items.loc[("Ben", "headline"), "answer"] == "yes / White House / document"
    # the same verdict the student saw in the notebook
    q = {"kind": "short", "accept": ["said"]}
    assert quiz_feedback(q, " Said. ", 1)[0] is True


def test_most_missed_items_come_first_with_the_common_wrong_answer(class_dir, lessons_dir):
    for name, answer in [
        ("Ana", "The headline"),
        ("Ben", "The headline"),
        ("Cleo", "The credit line"),
    ]:
        save(class_dir, name, {"quiz/q-one": answer, "quiz/q-word": "said"})
    save(class_dir, "Dara", {"quiz/q-one": "The dateline"})
    missed = classroom.collect(class_dir, lessons_dir).missed
    top = missed.iloc[0]
    assert (top["item"], top["answered"], top["wrong"], top["percent_wrong"]) == ("q-one", 4, 3, 75)
    assert (top["common_wrong_answer"], top["times"]) == ("The headline", 2)
    assert top["prompt"] == "Which part tells you where the story was reported?"
    word = missed.set_index("item").loc["q-word"]
    assert (word["answered"], word["wrong"]) == (3, 0)


def test_open_answers_are_ready_for_rubric_scoring(class_dir, lessons_dir):
    save(class_dir, "Ana", {"q-open/answer": "Nobody from Russia speaks."})
    save(class_dir, "Ben", {"q-open/answer": "   "})  # blank: nothing to score
    opens = classroom.collect(class_dir, lessons_dir).open_answers
    assert opens.to_dict("records") == [
        {
            "student": "Ana",
            "lesson": LESSON,
            "question": "q-open",
            "prompt": "Whose voices are missing?",
            "answer": "Nobody from Russia speaks.",
            "words": 4,
            "level": "",
            "comment": "",
        }
    ]


def test_export_files_count_and_the_newest_answer_wins(class_dir, lessons_dir):
    path = save(class_dir, "Ana", {"quiz/q-one": "The headline"})
    save(class_dir, "Ana", {"quiz/q-one": "The dateline"}, lesson="other-lesson")
    export = progress.export_all("Ana", class_dir)
    data = json.loads(export.read_text(encoding="utf-8"))
    data["lessons"][LESSON]["quiz/q-one"] = {
        "value": "The dateline",
        "saved": "2999-01-01T00:00:00+00:00",
    }
    export.write_text(json.dumps(data), encoding="utf-8")
    handed_in = class_dir / "handed-in"
    handed_in.mkdir()
    export.rename(handed_in / export.name)  # a sub-folder, as when collected from students
    report = classroom.collect(class_dir, lessons_dir)
    assert report.files_read == 3
    items = report.items.set_index(["student", "item"])
    assert items.loc[("Ana", "q-one"), "answer"] == "The dateline"
    assert path.exists()


# Damaged and missing files ------------------------------------------------------------------
def test_damaged_files_are_listed_and_never_touched(class_dir, lessons_dir):
    save(class_dir, "Ana", RIGHT)
    save(class_dir, "Ana", {"x/answer": "hi"}, lesson="other-lesson")
    save(class_dir, "Ben", RIGHT)
    edited = json.loads((class_dir / f"Ben--{LESSON}.json").read_text(encoding="utf-8"))
    edited["answers"]["quiz/q-one"]["value"] = "The headline"
    (class_dir / f"Ben--{LESSON}.json").write_text(json.dumps(edited), encoding="utf-8")
    (class_dir / f"Cleo--{LESSON}.json").write_text("{oops", encoding="utf-8")
    (class_dir / f"Dara--{LESSON}.json").write_bytes(b"\xff\xfe not utf-8")
    (class_dir / "notes.txt").write_text("my notes", encoding="utf-8")
    (class_dir / "stray.json").write_text("{}", encoding="utf-8")
    (class_dir / f"Eve--{LESSON}.corrupt-20240101T000000000000Z.json").write_text(
        "{", encoding="utf-8"
    )
    before = snapshot(class_dir)
    report = classroom.collect(class_dir, lessons_dir)
    assert snapshot(class_dir) == before  # nothing renamed, rewritten or locked
    problems = dict(zip(report.problems["file"], report.problems["problem"], strict=True))
    assert problems == {
        f"Ben--{LESSON}.json": "not used: its checksum does not match the answers (it was edited or damaged)",
        f"Cleo--{LESSON}.json": "not used: it is not valid JSON",
        f"Dara--{LESSON}.json": "not used: it is not valid JSON",
        "notes.txt": "skipped: only saved-work .json files are read",
        "stray.json": "not used: its name is not <student>--<lesson>.json",
        f"Eve--{LESSON}.corrupt-20240101T000000000000Z.json": "a damaged file a lesson set aside earlier (not read)",
        "lessons/other-lesson/exercises.yml": problems["lessons/other-lesson/exercises.yml"],
    }
    # Ana's second file names a lesson with no exercises.yml: listed once, her answers kept
    assert problems["lessons/other-lesson/exercises.yml"].startswith(
        "answers for other-lesson are listed but not checked: no exercises for lesson"
    )
    assert report.students == ["Ana"]


def test_a_lesson_without_exercise_data_is_reported_once(class_dir, lessons_dir):
    save(class_dir, "Ana", {"x/_score": {"score": 2, "of": 4}}, lesson="retired-lesson")
    save(class_dir, "Ben", {"x/_score": {"score": 1, "of": 4}}, lesson="retired-lesson")
    report = classroom.collect(class_dir, lessons_dir)
    assert report.problems["file"].tolist() == ["lessons/retired-lesson/exercises.yml"]
    assert "listed but not checked" in report.problems["problem"].iloc[0]
    assert report.scores["score"].tolist() == [2, 1]  # the scores the students saw still count


def test_a_student_without_a_file_for_a_lesson_is_listed_as_missing(class_dir, lessons_dir):
    save(class_dir, "Ana", RIGHT)
    save(class_dir, "Ana", {"a/answer": "x"}, lesson="other-lesson")
    save(class_dir, "Ben", {"a/answer": "y"}, lesson="other-lesson")
    report = classroom.collect(class_dir, lessons_dir)
    missing = report.problems[report.problems["problem"].str.startswith("missing")]
    assert missing.to_dict("records") == [
        {
            "file": f"Ben--{LESSON}.json",
            "problem": "missing: Ben has saved work for other lessons but none for this one",
        }
    ]


def test_answers_in_an_unexpected_form_are_listed_not_fatal(class_dir, lessons_dir):
    save(
        class_dir,
        "Ana",
        {
            "spot/headline": ["not", "a", "dict"],
            "quiz/q-many": 7,
            "quiz/q-one": "The dateline",
            "quiz/_score": {"score": "all", "of": 3},
        },
    )
    report = classroom.collect(class_dir, lessons_dir)
    lines = report.problems["problem"].tolist()
    assert "spot/headline: the saved answer has an unexpected form" in lines
    assert "quiz/q-many: the saved answer has an unexpected form" in lines
    assert "quiz/_score: the saved score has an unexpected form" in lines
    items = report.items.set_index("item")
    assert items.loc["q-one", "result"] == "right"  # the rest of the file still counts


# Summary, CSV, charts, command line ------------------------------------------------------------
def test_summary_names_averages_missed_items_open_answers_and_problems(class_dir, lessons_dir):
    save(class_dir, "Ana", {**RIGHT, "quiz/_score": {"score": 3, "of": 3}, "q-open/answer": "x y"})
    save(class_dir, "Ben", {"quiz/q-one": "The headline", "quiz/_score": {"score": 0, "of": 3}})
    (class_dir / f"Cleo--{LESSON}.json").write_text("{oops", encoding="utf-8")
    text = classroom.collect(class_dir, lessons_dir).summary()
    assert "Class report: 2 student(s), 1 lesson(s), 2 file(s) read, 1 problem(s)." in text
    assert "class-lesson/quiz" in text and "1.5 of 3   ( 50%)  2 student(s)" in text
    assert "class-lesson/spot" in text and "not checked yet (1 student(s) started it)" in text
    assert "1. class-lesson/quiz #q-one: 1 of 2 wrong (50%)" in text
    assert "most common wrong answer (1x): The headline" in text
    assert "Open answers awaiting rubric scoring: 1 (in 1 question(s))." in text
    assert f"Cleo--{LESSON}.json: not used: it is not valid JSON" in text


def test_csv_files_open_in_a_spreadsheet_and_cannot_run_formulas(class_dir, lessons_dir, tmp_path):
    save(
        class_dir,
        '=HYPERLINK("http://evil")',
        {"q-open/answer": "=1+1 is two", "quiz/q-one": "The dateline"},
    )
    save(class_dir, "Zoë", {"q-open/answer": "-minus", "quiz/q-one": "The dateline"})
    written = classroom.collect(class_dir, lessons_dir).to_csv(tmp_path / "out" / "class.csv")
    assert [p.name for p in written] == [
        "class.csv",
        "class-scores.csv",
        "class-items.csv",
        "class-missed.csv",
        "class-open-answers.csv",
        "class-problems.csv",
    ]
    raw = written[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM makes spreadsheets read UTF-8 (Zoë)
    with open(written[4], encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    cells = {(r["student"], r["answer"]) for r in rows}
    assert cells == {('\'=HYPERLINK("http://evil")', "'=1+1 is two"), ("Zoë", "'-minus")}
    assert rows[0].keys() >= {"level", "comment", "prompt", "question"}


def test_charts_are_labelled_in_words(class_dir, lessons_dir, tmp_path):
    save(class_dir, "Ana", {**RIGHT, "quiz/_score": {"score": 3, "of": 3}})
    save(class_dir, "Ben", {"quiz/q-one": "The headline", "quiz/_score": {"score": 0, "of": 3}})
    report = classroom.collect(class_dir, lessons_dir)
    ax = report.plot_scores().axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["class-lesson/quiz (n=2)"]
    assert "one dot per student" in ax.get_title()
    bars = report.plot_missed().axes[0]
    assert [t.get_text() for t in bars.get_yticklabels()] == ["class-lesson/quiz #q-one"]
    assert "1 of 2" in [t.get_text() for t in bars.texts]
    (tmp_path / "empty").mkdir()
    empty = classroom.collect(tmp_path / "empty", lessons_dir).plot_missed().axes[0]
    assert "No item answered wrong yet" in [t.get_text() for t in empty.texts]


def test_demo_class_is_the_same_every_time(tmp_path):
    first = classroom.collect(classroom.make_demo_folder(tmp_path / "a"))
    second = classroom.collect(classroom.make_demo_folder(tmp_path / "b"))
    assert first.summary() == second.summary()
    assert first.wide.equals(second.wide)
    assert len(first.students) == 12 and first.files_read == 45
    checked = first.scores.dropna(subset=["score"])
    assert (checked["score"] == checked["right_now"]).all()  # scores come from the same checks
    assert set(first.problems["problem"].str.split(":").str[0]) == {"not used", "missing"}


def test_command_line_prints_the_summary_and_writes_csv(tmp_path):
    demo = classroom.make_demo_folder(tmp_path / "class")
    result = run_cli("class-report", str(demo), "--csv", str(tmp_path / "report.csv"))
    out = result.stdout.decode("utf-8")
    assert result.returncode == 0, result.stderr
    assert "Average score per exercise" in out and "Most missed items (top 5):" in out
    assert "Lena--02-readability.json: not used: it is not valid JSON" in out
    assert (tmp_path / "report-open-answers.csv").is_file()
    assert str(tmp_path / "report.csv") in out


@pytest.mark.parametrize("make", ["missing", "file"])
def test_command_line_refuses_a_folder_that_is_not_there(tmp_path, make):
    target = tmp_path / "nope"
    if make == "file":
        target.write_text("x", encoding="utf-8")
    result = run_cli("class-report", str(target))
    err = result.stderr.decode("utf-8").strip()
    assert result.returncode == 2 and result.stdout == b""
    assert err.count("\n") == 0 and err.startswith("error: ") and str(target) in err


def test_importing_the_module_loads_no_heavy_library():
    code = (
        "import sys, helpers.classroom\n"
        "print(sorted(m for m in ('pandas', 'matplotlib', 'ipywidgets') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_read_only_never_changes_a_damaged_file(tmp_path):
    path = save(tmp_path, "Ana", {"a/answer": "x"})
    data = json.loads(path.read_text(encoding="utf-8"))
    data["answers"]["a/answer"]["value"] = "changed"
    path.write_text(json.dumps(data), encoding="utf-8")
    document, reason = progress.read_only(path)
    assert document is None and "checksum does not match" in reason
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == [path.name]
    # the lesson itself still sets it aside, as before
    assert "could not be used" in Progress("Ana", LESSON, folder=tmp_path).problems[0]


def test_sub_folders_may_be_copies_of_students_homes(class_dir, lessons_dir):
    home = class_dir / "ana-home"
    (home / "medialit-saved-work").mkdir(parents=True)
    save(home / "medialit-saved-work", "Ana", {"quiz/q-one": "The dateline"})
    (home / "essay.txt").write_text("not saved work", encoding="utf-8")
    (home / "settings.json").write_text("{}", encoding="utf-8")
    (home / ".ipynb_checkpoints").mkdir()
    (home / ".ipynb_checkpoints" / f"Ana--{LESSON}.json").write_text("{", encoding="utf-8")
    (class_dir / "readme.txt").write_text("x", encoding="utf-8")
    report = classroom.collect(class_dir, lessons_dir)
    assert report.students == ["Ana"] and report.files_read == 1
    # only a stray file at the top is worth a line; the homes' other files are not ours
    assert report.problems["file"].tolist() == ["readme.txt"]
