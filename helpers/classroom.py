"""The teacher's view of a class: every student's saved work gathered into tables.

Point :func:`collect` at a folder of saved work (the students'
``<student>--<lesson>.json`` files, their ``<student>--export.json`` hand-in
files, or both, in the folder or in sub-folders, e.g. one per student) and it
returns a :class:`ClassReport` with pandas tables:

* ``scores``: one row per student per scored exercise (quiz, spot the
  attribution, timeline): the score of the student's last check, out of how
  many, and how many items the saved answers get right now;
* ``wide``: the same scores as students x exercises;
* ``items``: one row per student per item, right / wrong / not answered;
* ``missed``: the items most often missed, with the most common wrong answer;
* ``open_answers``: the written answers, ready for rubric scoring (empty
  ``level`` and ``comment`` columns for the teacher);
* ``problems``: every file that could not be used and every missing lesson
  file, one line each. In sub-folders only ``*--*.json`` files are looked
  at, so the folder may be a copy of the students' home folders.

Right and wrong are recomputed from the saved answers with the widgets' own
checks (:mod:`helpers.widgets.exercises`) against the lesson's
``exercises.yml``, so the report and the notebook can never disagree. Files
are read with :func:`helpers.progress.read_only`: the same checks as the
lesson, but a damaged file is listed, never renamed or rewritten.

Student names and answers are whatever the students typed: the text summary
shows control characters as ``\\uXXXX``, pandas escapes them in a notebook's
HTML tables, and the CSV files defuse cells that a spreadsheet would read as
a formula.

The command line (``python -m helpers class-report FOLDER [--csv FILE]``)
calls :func:`class_report_cli`. pandas, matplotlib and the widgets are
imported inside the functions that need them, so ``python -m helpers`` stays
fast.

>>> import tempfile
>>> demo = make_demo_folder(tempfile.mkdtemp(), students=3)
>>> report = collect(demo)
>>> report.students
['Ana', 'Ben', 'Chloé']
"""

from __future__ import annotations

import os
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import progress
from .summary_text import visible

__all__ = ["ClassReport", "class_report_cli", "collect", "make_demo_folder"]

SCORED = ("spot_attribution", "quiz", "timeline")
RIGHT, WRONG, UNANSWERED = "right", "wrong", "not answered"
EXIT_BAD_INPUT = 2
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# Reading the folder --------------------------------------------------------------------
@dataclass
class _Work:
    """One student's answers for one lesson, merged from every file that holds them."""

    student: str  # the name as typed (display name)
    lesson: str
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)

    def merge(self, answers: dict[str, dict[str, Any]], name: str) -> None:
        """Newest answer per key wins, as when two kernels save the same file."""
        for key, entry in answers.items():
            mine = self.answers.get(key)
            if mine is None or progress._when(entry) > progress._when(mine):
                self.answers[key] = entry
        self.files.append(name)

    def value(self, key: str) -> Any:
        entry = self.answers.get(key)
        return entry["value"] if entry is not None else None


def _files(folder: Path) -> list[Path]:
    """Every non-hidden file under ``folder`` (sub-folders too), sorted by relative path."""
    out = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out += [Path(root) / n for n in names if not n.startswith(".")]
    return sorted(out, key=lambda p: p.relative_to(folder).as_posix())


def _read_folder(folder: Path) -> tuple[dict[tuple[str, str], _Work], list[tuple[str, str]], int]:
    """(work by (student file name, lesson), problems as (file, reason), files read)."""
    works: dict[tuple[str, str], _Work] = {}
    problems: list[tuple[str, str]] = []
    read = 0
    for path in _files(folder):
        name = path.relative_to(folder).as_posix()
        if path.suffix == ".lock":  # the lessons' lock files: nothing in them
            continue
        top = path.parent == folder
        if not top and (path.suffix != ".json" or progress.SEPARATOR not in path.name):
            continue  # sub-folders (e.g. students' homes) hold other files too: not ours
        if path.suffix != ".json":
            problems.append((name, "skipped: only saved-work .json files are read"))
            continue
        if ".corrupt-" in path.name:
            problems.append((name, "a damaged file a lesson set aside earlier (not read)"))
            continue
        document, reason = progress.read_only(path)
        if document is None:
            problems.append((name, f"not used: {reason}"))
            continue
        read += 1
        student_key = path.stem.partition(progress.SEPARATOR)[0]
        shown = " ".join(str(document.get("student") or "").split()) or progress.ANONYMOUS
        if document["format"] == progress.EXPORT_FORMAT:
            lessons = document["lessons"]
        else:
            lessons = {document["lesson"]: document["answers"]}
        for lesson, answers in lessons.items():
            if progress.safe_name(lesson) != lesson:
                problems.append((name, f"not used for {lesson!r}: that is not a lesson id"))
                continue
            work = works.setdefault((student_key, lesson), _Work(shown, lesson))
            work.merge(answers, name)
    return works, problems, read


# Checking answers with the widgets' own checks ----------------------------------------------
def _shown(value: Any) -> str:
    """A saved answer as one line of text."""
    if value is None:
        return ""
    if isinstance(value, dict) and "attribution" in value:
        from .widgets.labels import SOURCE_TYPE_SHORT

        said = value.get("attribution") or "?"
        if said != "yes":
            return str(said)
        kind = value.get("source_type") or "?"
        kind = SOURCE_TYPE_SHORT.get(kind, kind) if isinstance(kind, str) else kind
        return f"yes / {value.get('speaker') or '?'} / {kind}"
    if isinstance(value, dict) and "position" in value:
        return f"position {value.get('position') or '?'}, date {value.get('date') or '?'}"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


class _Lessons:
    """Lesson data and the article reports the checks need, each loaded once."""

    def __init__(self, lessons_dir: Path | None):
        self.root = lessons_dir
        self._data: dict[str, dict | None] = {}
        self._reports: dict[str, Any] = {}
        self.problems: list[tuple[str, str]] = []
        self.unfit: set[tuple[str, str]] = set()

    def data(self, lesson: str) -> dict | None:
        if lesson not in self._data:
            from .widgets.lessondata import LessonDataError, load_lesson

            try:
                self._data[lesson] = load_lesson(lesson, self.root)
            except LessonDataError as err:
                self._data[lesson] = None
                self.problems.append(
                    (
                        f"lessons/{lesson}/exercises.yml",
                        f"answers for {lesson} are listed but not checked: {err}",
                    )
                )
        return self._data[lesson]

    def report(self, lesson: str):
        data = self.data(lesson) or {}
        name = data.get("article")
        if not name:
            return None
        if name not in self._reports:
            from . import ArticleError, analyze, load_article

            try:
                self._reports[name] = analyze(load_article(name))
            except ArticleError as err:
                self._reports[name] = None
                self.problems.append(
                    (
                        f"lessons/{lesson}/exercises.yml",
                        f"its article {name!r} cannot be loaded, so sentence and timeline "
                        f"answers are not checked: {err}",
                    )
                )
        return self._reports[name]


def _items(kind: str, ex_id: str, ex: dict, report) -> list[dict]:
    """The exercise's items as ``{"id", "prompt", "judge"}``; ``judge(answer, all) -> bool|None``.

    ``judge`` calls the widget's own check for that item.
    """
    from .widgets import exercises as w

    out = []
    if kind == "spot_attribution":
        if report is None:
            return []
        items = (
            w._items_from_yaml(report, ex, ex_id)
            if ex.get("items")
            else w._items_from_report(report, ex)
        )
        for item in items:
            out.append(
                {
                    "id": item["id"],
                    "prompt": item["sentence"]["text"],
                    "judge": lambda answer, _all, item=item: w._judge_spot(item, answer),
                }
            )
    elif kind == "quiz":
        for q in ex["questions"]:
            out.append(
                {
                    "id": q["id"],
                    "prompt": q["prompt"],
                    "judge": lambda answer, _all, q=q: (w.quiz_feedback(q, answer, 1)[0], []),
                }
            )
    elif kind == "timeline" and report is not None:
        events = ex["events"]
        positions = w.expected_positions(events)
        mode = ex.get("mode", "both")

        def judge(answer, every, ev) -> tuple[bool | None, list[str]]:
            taken: dict[int, int] = {}
            for other in every.values():
                if isinstance(other, dict) and other.get("position"):
                    taken[other["position"]] = taken.get(other["position"], 0) + 1
            ok, _ = w.timeline_feedback(ev, answer, positions[ev["id"]], mode, report, taken, 1)
            return ok, []

        for ev in events:
            out.append(
                {
                    "id": ev["id"],
                    "prompt": ev["text"],
                    "judge": lambda answer, every, ev=ev: judge(answer, every, ev),
                }
            )
    return out


def _score_of(value: Any) -> tuple[int | None, int | None]:
    if (
        isinstance(value, dict)
        and all(isinstance(value.get(k), int) for k in ("score", "of"))
        and not any(isinstance(value.get(k), bool) for k in ("score", "of"))
    ):
        return value["score"], value["of"]
    return None, None


def _gather(folder: Path, lessons_dir: Path | None) -> dict[str, Any]:
    """Every row of every table, as plain lists of dicts."""
    works, problems, read = _read_folder(folder)
    lessons = _Lessons(lessons_dir)
    names = {key: work.student for (key, _), work in works.items()}
    all_lessons = sorted({lesson for _, lesson in works})
    students = sorted(names, key=lambda k: (names[k].casefold(), k))
    scores, items, opens = [], [], []
    unusable = {Path(name).name for name, _ in problems}
    for key in students:
        for lesson in all_lessons:
            work = works.get((key, lesson))
            if work is None:
                if f"{key}{progress.SEPARATOR}{lesson}.json" in unusable:
                    continue  # already listed as unusable
                problems.append(
                    (
                        f"{key}{progress.SEPARATOR}{lesson}.json",
                        f"missing: {names[key]} has saved work for other lessons but none for this one",
                    )
                )
                continue
            _check_work(work, lessons, scores, items, opens, problems)
    return {
        "students": [names[k] for k in students],
        "lessons": all_lessons,
        "files_read": read,
        "scores": scores,
        "items": items,
        "open_answers": opens,
        "problems": problems + lessons.problems,
    }


def _check_work(work: _Work, lessons: _Lessons, scores, items, opens, problems) -> None:
    from .widgets.lessondata import LessonDataError

    data = lessons.data(work.lesson)
    where = ", ".join(work.files)
    if data is None:  # unknown lesson: the scores the student saw, unchecked
        for key in sorted(work.answers):
            ex_id, _, leaf = key.rpartition("/")
            if leaf == "_score":
                score, of = _score_of(work.value(key))
                scores.append(_score_row(work, ex_id, "", score, of, None))
        return
    report = lessons.report(work.lesson)
    for ex_id, ex in data["exercises"].items():
        kind = ex["type"]
        if kind == "open_question":
            text = work.value(f"{ex_id}/answer")
            if isinstance(text, str) and text.strip():
                opens.append(
                    {
                        "student": work.student,
                        "lesson": work.lesson,
                        "question": ex_id,
                        "prompt": ex["prompt"],
                        "answer": text,
                        "words": len(text.split()),
                        "level": "",
                        "comment": "",
                    }
                )
            continue
        if kind not in SCORED:
            continue
        started = any(k.startswith(f"{ex_id}/") for k in work.answers)
        if not started:
            continue
        every = {
            k.rpartition("/")[2]: work.value(k) for k in work.answers if k.startswith(f"{ex_id}/")
        }
        right_now = 0
        try:
            checks = _items(kind, ex_id, ex, report)
        except LessonDataError as err:  # the key does not fit the article (e.g. it was edited)
            checks = []
            if (work.lesson, ex_id) not in lessons.unfit:
                lessons.unfit.add((work.lesson, ex_id))
                lessons.problems.append((f"lessons/{work.lesson}/exercises.yml", str(err)))
        for item in checks:
            answer = every.get(item["id"])
            try:
                ok, mistakes = item["judge"](answer, every) if answer is not None else (None, [])
            except (AttributeError, KeyError, TypeError, ValueError):
                ok, mistakes = None, []
                problems.append(
                    (where, f"{ex_id}/{item['id']}: the saved answer has an unexpected form")
                )
            right_now += ok is True
            items.append(
                {
                    "student": work.student,
                    "lesson": work.lesson,
                    "exercise": ex_id,
                    "type": kind,
                    "item": item["id"],
                    "prompt": item["prompt"],
                    "answer": _shown(answer),
                    "result": UNANSWERED if ok is None else RIGHT if ok else WRONG,
                    "mistakes": ", ".join(mistakes),
                }
            )
        score, of = _score_of(work.value(f"{ex_id}/_score"))
        if f"{ex_id}/_score" in work.answers and score is None:
            problems.append((where, f"{ex_id}/_score: the saved score has an unexpected form"))
        scores.append(_score_row(work, ex_id, kind, score, of, right_now))


def _score_row(work: _Work, ex_id: str, kind: str, score, of, right_now) -> dict:
    return {
        "student": work.student,
        "lesson": work.lesson,
        "exercise": ex_id,
        "type": kind,
        "score": score,
        "of": of,
        "percent": round(100 * score / of) if score is not None and of else None,
        "right_now": right_now,
    }


# The report -----------------------------------------------------------------------------
@dataclass
class ClassReport:
    """A class's saved work as pandas tables (see the module docstring for each table)."""

    students: list[str]
    lessons: list[str]
    files_read: int
    scores: Any
    wide: Any
    items: Any
    missed: Any
    open_answers: Any
    problems: Any

    def summary(self, top: int = 5, csv_files: list[Path] | None = None) -> str:
        """A readable summary: averages per exercise, most-missed items, open answers, problems."""
        return _summary(self, top, csv_files)

    def to_csv(self, path: str | os.PathLike) -> list[Path]:
        """Write the tables as CSV (UTF-8 with a byte-order mark, which spreadsheets expect).

        ``path`` gets the students x exercises table; beside it go
        ``<stem>-scores.csv``, ``-items.csv``, ``-missed.csv``,
        ``-open-answers.csv`` (for rubric scoring) and ``-problems.csv``.
        A text cell that starts like a formula (``=``, ``+``, ``-``, ``@``)
        gets a leading ``'`` so a spreadsheet shows it instead of running it.
        Returns the paths written.
        """
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        out = [path]
        _defused(self.wide.reset_index()).to_csv(path, index=False, encoding="utf-8-sig")
        for suffix, table in (
            ("scores", self.scores),
            ("items", self.items),
            ("missed", self.missed),
            ("open-answers", self.open_answers),
            ("problems", self.problems),
        ):
            target = path.with_name(f"{path.stem}-{suffix}.csv")
            _defused(table).to_csv(target, index=False, encoding="utf-8-sig")
            out.append(target)
        return out

    def plot_scores(self):
        """A matplotlib Figure: each exercise's scores (one dot per student, a box for the spread)."""
        return _plot_scores(self.scores)

    def plot_missed(self, top: int = 10):
        """A matplotlib Figure: the ``top`` items most often answered wrong, as bars with counts."""
        return _plot_missed(self.missed, top)


def _defused(table):
    """A copy of ``table`` whose text cells cannot run as spreadsheet formulas."""
    out = table.copy()
    for column in out.columns:
        if out[column].dtype == object or str(out[column].dtype).startswith("str"):
            out[column] = out[column].map(
                lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v
            )
    return out


def collect(
    folder: str | os.PathLike,
    lessons_dir: str | os.PathLike | None = None,
) -> ClassReport:
    """Read every saved-work file under ``folder`` (nothing is changed on disk).

    Args:
        folder: the class's saved work: ``<student>--<lesson>.json`` and
            ``<student>--export.json`` files, in the folder or sub-folders.
        lessons_dir: where the lessons' ``exercises.yml`` are (default: the project's).

    Raises:
        FileNotFoundError: ``folder`` is not a folder.
    """
    import pandas as pd

    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not a folder")
    rows = _gather(folder, Path(lessons_dir) if lessons_dir is not None else None)
    scores = pd.DataFrame(
        rows["scores"],
        columns=["student", "lesson", "exercise", "type", "score", "of", "percent", "right_now"],
    )
    for column in ("score", "of", "percent", "right_now"):
        scores[column] = scores[column].astype("Int64")
    items = pd.DataFrame(
        rows["items"],
        columns=[
            "student",
            "lesson",
            "exercise",
            "type",
            "item",
            "prompt",
            "answer",
            "result",
            "mistakes",
        ],
    )
    opens = pd.DataFrame(
        rows["open_answers"],
        columns=["student", "lesson", "question", "prompt", "answer", "words", "level", "comment"],
    )
    problems = pd.DataFrame(rows["problems"], columns=["file", "problem"])
    return ClassReport(
        students=rows["students"],
        lessons=rows["lessons"],
        files_read=rows["files_read"],
        scores=scores,
        wide=_wide(scores, rows["students"]),
        items=items,
        missed=_missed(items),
        open_answers=opens,
        problems=problems,
    )


def _exercise_label(lesson: str, exercise: str) -> str:
    return f"{lesson}/{exercise}"


def _wide(scores, students: list[str]):
    """Students x exercises; each column named ``lesson/exercise (of N)``, cells the last score."""
    import pandas as pd

    columns: dict[str, Any] = {}
    for (lesson, exercise), group in scores.groupby(["lesson", "exercise"], sort=False):
        of = group["of"].dropna()
        name = _exercise_label(lesson, exercise)
        if len(of) and of.nunique() == 1:
            name += f" (of {int(of.iloc[0])})"
        columns[name] = group.set_index("student")["score"]
    wide = pd.DataFrame(columns, index=pd.Index(students, name="student"))
    return wide.astype("Int64") if len(wide.columns) else wide


def _missed(items):
    """Per item: how many answered, how many wrong, the most common wrong answer; most missed first."""
    import pandas as pd

    rows = []
    for (lesson, exercise, item), group in items.groupby(
        ["lesson", "exercise", "item"], sort=False
    ):
        answered = group[group["result"] != UNANSWERED]
        wrong = answered[answered["result"] == WRONG]
        common = Counter(wrong["answer"]).most_common(1)
        kinds = Counter(k for m in wrong["mistakes"] for k in m.split(", ") if k)
        rows.append(
            {
                "lesson": lesson,
                "exercise": exercise,
                "item": item,
                "prompt": group["prompt"].iloc[0],
                "answered": len(answered),
                "wrong": len(wrong),
                "percent_wrong": round(100 * len(wrong) / len(answered)) if len(answered) else 0,
                "common_wrong_answer": common[0][0] if common else "",
                "times": common[0][1] if common else 0,
                "mistakes": ", ".join(f"{k} ×{n}" for k, n in kinds.most_common()),
            }
        )
    table = pd.DataFrame(
        rows,
        columns=[
            "lesson",
            "exercise",
            "item",
            "prompt",
            "answered",
            "wrong",
            "percent_wrong",
            "common_wrong_answer",
            "times",
            "mistakes",
        ],
    )
    # most wrong first; ties keep the lessons' own order (a stable sort)
    return table.sort_values(
        ["wrong", "percent_wrong"], ascending=False, kind="stable"
    ).reset_index(drop=True)


# The readable summary -------------------------------------------------------------------
def _line(text: Any, width: int = 90) -> str:
    """One line of student or lesson text, control characters visible, clipped."""
    s = " ".join(visible(text).split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _summary(report: ClassReport, top: int, csv_files: list[Path] | None) -> str:
    lines = [
        f"Class report: {len(report.students)} student(s), {len(report.lessons)} lesson(s), "
        f"{report.files_read} file(s) read, {len(report.problems)} problem(s).",
        "",
    ]
    scores = report.scores
    if len(scores):
        lines.append("Average score per exercise (the score of each student's last check):")
        for (lesson, exercise), group in scores.groupby(["lesson", "exercise"], sort=False):
            checked = group.dropna(subset=["score", "of"])
            label = _exercise_label(lesson, exercise)
            if not len(checked):
                lines.append(f"  {label:<42} not checked yet ({len(group)} student(s) started it)")
                continue
            of = int(checked["of"].max())
            mean = float(checked["score"].mean())
            percent = round(100 * float(checked["score"].sum()) / float(checked["of"].sum()))
            waiting = len(group) - len(checked)
            extra = f", {waiting} started but not checked" if waiting else ""
            lines.append(
                f"  {label:<42} {mean:4.1f} of {of:<3} ({percent:3d}%)  "
                f"{len(checked)} student(s){extra}"
            )
    else:
        lines.append("No scored exercise has been started yet.")
    lines.append("")
    missed = report.missed[report.missed["wrong"] > 0].head(top)
    if len(missed):
        lines.append(f"Most missed items (top {len(missed)}):")
        for n, row in enumerate(missed.itertuples(index=False), 1):
            lines.append(
                f"  {n}. {_exercise_label(row.lesson, row.exercise)} #{row.item}: "
                f"{row.wrong} of {row.answered} wrong ({row.percent_wrong}%)"
            )
            lines.append(f"     {_line(row.prompt, 86)}")
            lines.append(
                f"     most common wrong answer ({row.times}x): {_line(row.common_wrong_answer, 60)}"
            )
    else:
        lines.append("Most missed items: none answered wrong yet.")
    lines.append("")
    opens = report.open_answers
    questions = opens.groupby(["lesson", "question"]).ngroups if len(opens) else 0
    lines.append(
        f"Open answers awaiting rubric scoring: {len(opens)} (in {questions} question(s))."
    )
    lines.append("")
    if len(report.problems):
        lines.append(
            f"Problems ({len(report.problems)}); these files were not used or are missing:"
        )
        for row in report.problems.itertuples(index=False):
            lines.append(f"  {_line(row.file, 60)}: {_line(row.problem, 120)}")
    else:
        lines.append("Problems: none.")
    if csv_files:
        lines += ["", "CSV files written:", *(f"  {p}" for p in csv_files)]
    return "\n".join(lines) + "\n"


def class_report_cli(folder: str, csv_path: str | None = None) -> int:
    """``python -m helpers class-report FOLDER [--csv FILE]``: print the summary, write CSVs.

    Exit 0 when the folder was read (damaged files are listed, not fatal), 2
    with one line on standard error when ``folder`` is not a folder.
    """
    path = Path(folder).expanduser()
    if not path.is_dir():
        what = "does not exist" if not path.exists() else "is not a folder"
        print(f"error: {folder} {what}", file=sys.stderr)
        return EXIT_BAD_INPUT
    report = collect(path)
    written = report.to_csv(csv_path) if csv_path else None
    sys.stdout.write(report.summary(csv_files=written))
    return 0


# Charts ---------------------------------------------------------------------------------
def _plot_scores(scores):
    from matplotlib.figure import Figure

    checked = scores.dropna(subset=["score", "of"])
    groups = list(checked.groupby(["lesson", "exercise"], sort=False))
    fig = Figure(figsize=(8, 0.6 * max(len(groups), 1) + 1.4), dpi=80, layout="constrained")
    ax = fig.add_subplot()
    if not groups:
        ax.text(0.5, 0.5, "No exercise checked yet", ha="center", va="center")
        ax.set_axis_off()
        return fig
    data = [(g["score"] / g["of"] * 100).astype(float).tolist() for _, g in groups]
    positions = list(range(len(groups), 0, -1))  # first exercise at the top
    ax.boxplot(data, positions=positions, orientation="horizontal", widths=0.5, showfliers=False)
    for y, values in zip(positions, data, strict=True):
        counts = Counter(values)
        for value, n in counts.items():
            ax.scatter([value], [y], s=20 + 25 * n, marker="o", color="#1f4e79", zorder=3)
            if n > 1:
                ax.annotate(
                    str(n), (value, y), xytext=(0, 7), textcoords="offset points", ha="center"
                )
    ax.set_yticks(positions, [f"{_exercise_label(*key)} (n={len(g)})" for key, g in groups])
    ax.set_xlim(-5, 105)
    ax.set_xlabel("score at the last check (% of the exercise); numbers = students on the same dot")
    ax.set_title("Scores per exercise: one dot per student, the box holds the middle half")
    ax.grid(axis="x", linestyle=":")
    return fig


def _plot_missed(missed, top: int):
    from matplotlib.figure import Figure

    rows = missed[missed["wrong"] > 0].head(top)
    fig = Figure(figsize=(8, 0.45 * max(len(rows), 1) + 1.4), dpi=80, layout="constrained")
    ax = fig.add_subplot()
    if not len(rows):
        ax.text(0.5, 0.5, "No item answered wrong yet", ha="center", va="center")
        ax.set_axis_off()
        return fig
    labels = [f"{r.lesson}/{r.exercise} #{r.item}" for r in rows.itertuples(index=False)]
    y = list(range(len(rows), 0, -1))
    bars = ax.barh(
        y, rows["percent_wrong"].tolist(), color="#b36200", hatch="//", edgecolor="black"
    )
    ax.bar_label(
        bars, labels=[f"{r.wrong} of {r.answered}" for r in rows.itertuples(index=False)], padding=3
    )
    ax.set_yticks(y, labels)
    ax.set_xlim(0, 115)
    ax.set_xlabel("% of the students who answered it who got it wrong")
    ax.set_title(f"The {len(rows)} item(s) most often missed")
    return fig


# A demo class ---------------------------------------------------------------------------
DEMO_NAMES = (
    "Ana", "Ben", "Chloé", "Dev", "Emeka", "Fatima", "Gus", "Hana", "Ivan", "Jonas",
    "Kai", "Lena", "Marta", "Nour", "Oskar", "Priya", "Quinn", "Rosa", "Sami", "Tomás",
    "Uma", "Vik", "Wen", "Xavi", "Yara", "Zoltan", "Ada", "Bo", "Cleo", "Dara",
)  # fmt: skip
DEMO_LESSONS = ("00-start-here", "01-context-and-time", "02-readability", "03-who-is-speaking")
_DEMO_OPEN = {  # made-up answers at each rubric level, per open question of the demo lessons
    "q-file-photo": {
        "basic": "I think the photo is fine because it shows Trump and Putin.",
        "emergent": "The photo is from July 16, the summit, but the news is from July 19, so it could confuse people.",
        "proficient": (
            "The caption starts with (FILES) and says the photo was taken on July 16, 2018, but the news "
            "is from July 19. Someone who sees the photo without the caption could think it shows the "
            "invitation, so they should trace it back to the Helsinki summit."
        ),
    },
    "q-grade-level": {
        "basic": "Yes, news should be easy.",
        "emergent": "I partly agree. The body scores about grade 14, so shorter sentences would help, but I am not sure what would be lost.",
        "proficient": (
            "I partly agree. The body scores around grade 14, and the sentence about the indictments is "
            "very long. Splitting it would make it easier, but we could lose who said what and the exact "
            "names, so easier is only better if nothing true is lost."
        ),
    },
    "q-missing-voices": {
        "basic": "Trump is in the article. I think he is wrong about Putin.",
        "emergent": "We hear Trump on Twitter, Sarah Sanders and the White House. Nobody from Russia speaks.",
        "proficient": (
            "We hear Trump and Sarah Sanders through tweets, the White House as an organisation and the "
            "indictment as a document; the critics are never named. Missing: a Russian official or an "
            "expert on the summit, who could say what the invitation means."
        ),
    },
}


def _demo_answer(kind: str, item: dict, right: bool, rng: random.Random, report, ex: dict) -> Any:
    """A plausible answer, right or wrong, in the form the widget saves."""
    from .vocabulary import SOURCE_TYPES
    from .widgets.labels import NOBODY

    if kind == "quiz":
        q = item
        if q["kind"] == "choice":
            good = [o["text"] for o in q["options"] if o.get("correct")]
            bad = [o["text"] for o in q["options"] if not o.get("correct")]
            return rng.choice(good if right else bad)
        if q["kind"] == "multi":
            good = [o["text"] for o in q["options"] if o.get("correct")]
            if right:
                return good
            return [t for t in good[:-1]] + [
                o["text"] for o in q["options"] if not o.get("correct")
            ][:1]
        return (q.get("accept") or ["said"])[0] if right else "I am not sure"
    if kind == "spot_attribution":
        key = item
        if not key["attribution"]:
            return {"attribution": "yes" if not right else "no", "speaker": "", "source_type": ""}
        speaker = key["speakers"][0] if key["speakers"] else NOBODY
        source = key["source_type"]
        if not right:
            if rng.random() < 0.5:
                source = rng.choice([t for t in SOURCE_TYPES if t != source])
            else:
                return {"attribution": "no", "speaker": "", "source_type": ""}
        return {"attribution": "yes", "speaker": speaker, "source_type": source}
    ev, allowed = item
    date = ev.get("date") or "none"
    position = min(allowed)
    if not right:
        position = position % len(ex["events"]) + 1
    return {"position": position, "date": date}


def make_demo_folder(folder: str | os.PathLike, students: int = 12, seed: int = 7) -> Path:
    """Fill ``folder`` with a made-up class's saved work, the same every time; returns the folder.

    Each student gets a skill level and answers the first lessons' quizzes,
    spot-the-attribution, timeline and open questions through
    :class:`helpers.progress.Progress`, with scores computed by the widgets'
    own checks. Two students skip the last lesson, and one file is damaged
    on purpose, so the report has problems to list.
    """
    from .widgets import exercises as w
    from .widgets.lessondata import load_lesson

    folder = Path(folder).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    lessons = _Lessons(None)
    names = list(DEMO_NAMES[:students])
    for n, name in enumerate(names):
        skill = 0.45 + 0.5 * rng.random()
        for lesson in DEMO_LESSONS:
            if lesson == DEMO_LESSONS[-1] and n in (3, 7):
                continue  # two students have not started the last lesson
            data = load_lesson(lesson)
            report = lessons.report(lesson)
            answers: dict[str, Any] = {}
            for ex_id, ex in data["exercises"].items():
                kind = ex["type"]
                if kind == "open_question":
                    level = "proficient" if skill > 0.8 else "emergent" if skill > 0.6 else "basic"
                    if ex_id in _DEMO_OPEN and rng.random() < 0.85:
                        answers[f"{ex_id}/answer"] = _DEMO_OPEN[ex_id][level]
                    continue
                if kind == "quiz":
                    keyed = [(q["id"], q) for q in ex["questions"]]
                elif kind == "spot_attribution":
                    keyed = [(i["id"], i) for i in w._items_from_yaml(report, ex, ex_id)]
                elif kind == "timeline":
                    pos = w.expected_positions(ex["events"])
                    keyed = [(e["id"], (e, pos[e["id"]])) for e in ex["events"]]
                else:
                    continue
                for item_id, item in keyed:
                    answers[f"{ex_id}/{item_id}"] = _demo_answer(
                        kind, item, rng.random() < skill, rng, report, ex
                    )
            work = progress.Progress(name, lesson, folder=folder)
            work.save_many(answers)
            # the score the student would see after pressing Check, from the widgets' checks
            checked = _Work(name, lesson)
            checked.merge(work._answers, "")
            rows: list[dict] = []
            _check_work(checked, lessons, rows, [], [], [])
            work.save_many(
                {
                    f"{row['exercise']}/_score": {"score": row["right_now"], "of": _count(row)}
                    for row in rows
                }
            )
    damaged = folder / f"{names[-1]}{progress.SEPARATOR}{DEMO_LESSONS[2]}.json"
    damaged.write_text('{"format": "medialit-saved-work", "answers": {', encoding="utf-8")
    return folder


def _count(row: dict) -> int:
    """How many items the exercise of a score row has (from the lesson data)."""
    from .widgets.lessondata import load_lesson

    ex = load_lesson(row["lesson"])["exercises"][row["exercise"]]
    return len(ex.get("questions") or ex.get("items") or ex.get("events") or [])
