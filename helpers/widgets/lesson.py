"""The :class:`Lesson`: one notebook's widgets, its exercise data and the student's saved work.

A notebook makes one ``Lesson`` (named like the notebook) and asks it for
widgets. The lesson reads its exercises from ``lessons/<lesson>/exercises.yml``
only when an exercise needs them, keeps the student's answers in a
:class:`helpers.progress.Progress` file, and restores every answer when the
notebook is run again. Each method shows its widget (or returns it, with
``show=False``)::

    lesson = Lesson("03-who-is-speaking")
    lesson.student_box()
    lesson.quiz("self-check")
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from .. import progress
from .base import LABELLED, Panel, button, html
from .lessondata import lessons_root, load_lesson
from .render import box, esc, quoted

__all__ = ["Lesson"]


@dataclass
class _Binding:
    """How one saved answer is read from and written to its controls."""

    get: Callable[[], Any]
    set: Callable[[Any], None]
    default: Any
    controls: list = field(default_factory=list)


def _as_report(report: Any):
    from ..report import Report, analyze

    return report if isinstance(report, Report) else analyze(report)


class Lesson:
    """The widgets of one lesson, wired to the lesson's data and the student's saved work.

    Args:
        lesson_id: the notebook's file name without ``.ipynb`` (``"03-who-is-speaking"``).
        student: the student's name; default: the name last typed on this
            computer, else ``"anonymous"`` until a name is typed in :meth:`student_box`.
        lessons_dir: where the lesson folders are (default ``MEDIALIT_LESSONS_DIR`` or ``lessons/``).
        save_dir: where saved work goes (default :func:`helpers.progress.save_dir`).
    """

    def __init__(
        self,
        lesson_id: str,
        student: str | None = None,
        *,
        lessons_dir: str | os.PathLike | None = None,
        save_dir: str | os.PathLike | None = None,
    ):
        self.id = lesson_id
        self.lessons_dir = Path(lessons_dir) if lessons_dir is not None else lessons_root()
        self.save_dir = Path(save_dir) if save_dir is not None else progress.save_dir()
        self._bindings: dict[str, _Binding] = {}
        self._restoring = False
        self.shown: list[widgets.Widget] = []
        self.notice = html(css="medialit-notice")
        self._status = html(css="medialit-student-status")
        self._welcome = student is None
        if student is None:
            student = progress.last_student(self.save_dir)
        self.work = progress.Progress(student, lesson_id, folder=self.save_dir)
        self._show_problems(self.work.problems)

    def __repr__(self) -> str:
        return f"<Lesson {self.id!r}>"

    # Lesson data ----------------------------------------------------------------
    @property
    def data(self) -> dict[str, Any]:
        """This lesson's checked ``exercises.yml`` (read once, again after an edit)."""
        return load_lesson(self.id, self.lessons_dir)

    @property
    def folder(self) -> Path:
        return self.lessons_dir / self.id

    @property
    def student(self) -> str:
        """The name answers are saved under (``"anonymous"`` until one is typed)."""
        return self.work.display_name

    # Saving ---------------------------------------------------------------------
    def _show_problems(self, problems: list[str]) -> None:
        if problems:
            self.notice.value = box(
                "".join(f"<p><strong>⚠ Saved work:</strong> {esc(p)}</p>" for p in problems),
                style="border:2px solid #8a6d00;padding:0.2em 0.6em",
            )

    def save(self, key: str, value: Any) -> None:
        """Save one answer now; a problem shows as one line in the notice, never as a traceback."""
        if self._restoring:
            return
        try:
            self.work.save(key, value)
        except progress.SavedWorkError as err:
            self._show_problems([str(err)])

    def bind(
        self,
        key: str,
        controls: list[widgets.Widget],
        getter: Callable[[], Any] | None = None,
        setter: Callable[[Any], None] | None = None,
    ) -> None:
        """Save ``controls``' answer under ``key`` whenever it changes, and restore it now.

        With one control and no ``getter``/``setter`` the control's ``value`` is the answer.
        """
        if getter is None or setter is None:
            (control,) = controls

            def getter() -> Any:
                return control.value

            def setter(value: Any) -> None:
                control.value = value

        binding = _Binding(getter, setter, getter(), list(controls))
        self._bindings[key] = binding
        if key in self.work:
            self._apply(binding, self.work.get(key))

        def changed(_change: dict) -> None:
            if not self._restoring and binding is self._bindings.get(key):
                value = binding.get()
                if key not in self.work or self.work.get(key) != value:
                    self.save(key, value)

        for control in controls:
            control.observe(changed, names="value")

    def _apply(self, binding: _Binding, value: Any) -> None:
        self._restoring = True
        try:
            binding.set(value)
        except Exception:  # noqa: BLE001 - a saved value that no longer fits (options changed): keep the control as it is
            pass
        finally:
            self._restoring = False

    def set_student(self, name: str) -> None:
        """Switch to ``name``'s saved work: their answers appear in every widget.

        Answers typed before any name was given move to the new name.
        """
        new = progress.Progress(name, self.id, folder=self.save_dir)
        if new.path == self.work.path:
            return
        carry = self.work.anonymous and not new.anonymous
        self.work = new
        self._welcome = False
        self.notice.value = ""
        self._show_problems(new.problems)
        moved = {}
        for key, binding in self._bindings.items():
            if key in new:
                self._apply(binding, new.get(key))
            elif carry and binding.get() != binding.default:
                moved[key] = binding.get()
            else:
                self._apply(binding, binding.default)
        if moved:
            try:
                new.save_many(moved)
            except progress.SavedWorkError as err:
                self._show_problems([str(err)])
        if not new.anonymous:
            progress.remember_student(name, self.save_dir)
        self._update_status()

    def export(self) -> Path:
        """Write one file with all of this student's lessons, for the teacher; returns its path."""
        return progress.export_all(self.work.display_name, self.save_dir)

    # Showing ----------------------------------------------------------------------
    def _out(self, widget: widgets.Widget, show: bool):
        self.shown.append(widget)
        if not show:
            return widget
        from IPython.display import display

        display(widget)
        return None

    def _update_status(self) -> None:
        work = self.work
        if work.anonymous:
            inner = esc(
                "No name yet: your answers are saved as “anonymous”. Type your name and press "
                "Enter so they are saved under your name."
            )
        else:
            name = quoted(work.display_name)
            greeting = f"Welcome back, {name}. " if self._welcome and work.keys() else ""
            inner = (
                f"{greeting}Your answers are saved as you go, under the name {name} "
                f"(file {esc(work.path.name)}). Not you? Type your own name and press Enter."
            )
        self._status.value = box(f"<p>{inner}</p>")

    def student_box(self, show: bool = True):
        """The "Your name" box: the name picks the saved-work file (empty: "anonymous")."""
        name = widgets.Text(
            value="" if self.work.anonymous else self.work.display_name,
            description="Your name",
            placeholder="type your name, then press Enter",
            continuous_update=False,
            style=LABELLED,
        )
        use = button("Use this name", "Save my answers under this name")
        make = button(
            "Make a file for my teacher",
            "Write all my answers into one file",
            css="medialit-export",
        )
        exported = html()

        def apply(_=None) -> None:
            self.set_student(name.value)

        def do_export(_=None) -> None:
            try:
                path = self.export()
            except (OSError, progress.SavedWorkError) as err:
                exported.value = box(f"<p>✗ Could not write the file: {esc(err)}</p>")
                return
            import base64

            data = base64.b64encode(path.read_bytes()).decode("ascii")
            exported.value = box(
                f"<p>✓ Written: {esc(path.name)} in {esc(path.parent)}. "
                f'<a download="{esc(path.name)}" href="data:application/json;base64,{data}">'
                f"Download {esc(path.name)}</a> and hand it to your teacher.</p>"
            )

        name.observe(apply, names="value")
        use.on_click(apply)
        make.on_click(do_export)
        self._update_status()
        panel = Panel(
            [widgets.HBox([name, use]), self._status, self.notice, make, exported],
            kind="student",
            ident=self.id,
        )
        return self._out(panel, show)

    # The widgets (built in their own modules) -------------------------------------
    def article(self, report, show: bool = True):
        """The article as a reader sees it, every part labelled in words."""
        from .explorers import article_view

        return self._out(article_view(_as_report(report)), show)

    def spot_attribution(self, report, exercise: str = "spot", show: bool = True):
        """Which sentences carry an attribution, who speaks, what type of source (key from the YAML)."""
        from .exercises import spot_attribution

        return self._out(spot_attribution(self, _as_report(report), exercise), show)

    def framing_highlighter(self, report, exercise: str | None = None, show: bool = True):
        """The framing cues the report found, highlighted and labelled by category."""
        from .explorers import framing_highlighter

        return self._out(framing_highlighter(self, _as_report(report), exercise), show)

    def readability_explorer(self, report, show: bool = True):
        """Every formula side by side per sentence, hardest sentences, and why formulas disagree."""
        from .explorers import readability_explorer

        return self._out(readability_explorer(_as_report(report)), show)

    def rewrite_box(self, report, sentence: int | str | None = None, show: bool = True):
        """Rewrite a hard sentence and watch its scores change as you type."""
        from .explorers import rewrite_box

        return self._out(rewrite_box(self, _as_report(report), sentence), show)

    def timeline(self, report, exercise: str = "timeline", show: bool = True):
        """Put the article's events in order and give their dates."""
        from .exercises import timeline

        return self._out(timeline(self, _as_report(report), exercise), show)

    def quiz(self, exercise: str = "self-check", show: bool = True):
        """Choice and short-answer questions with feedback that explains why."""
        from .exercises import quiz

        return self._out(quiz(self, exercise), show)

    def open_question(self, exercise: str, show: bool = True):
        """A written answer, saved as it is typed, with the teacher's rubric beside it."""
        from .exercises import open_question

        return self._out(open_question(self, exercise), show)

    def source_mix(self, report, show: bool = True):
        """Who the article quotes, by source type and by channel: two charts, every count as text."""
        from .explorers import source_mix

        return self._out(source_mix(_as_report(report)), show)

    def readability_chart(self, report, formula: str = "flesch_kincaid_grade", show: bool = True):
        """Each sentence's score by one formula as a bar, the hardest marked "hardest" in words."""
        from .explorers import readability_chart

        return self._out(readability_chart(_as_report(report), formula), show)

    def timeline_chart(self, report, show: bool = True):
        """The article's dates on a line in date order, each with its rule; the undated ones below."""
        from .explorers import timeline_chart

        return self._out(timeline_chart(_as_report(report)), show)

    def solution(self, slug: str, show: bool = True):
        """A "Show the answer" button that reveals ``solutions/<slug>.md`` only when pressed."""
        from .exercises import solution

        return self._out(solution(self, slug), show)

    def byo_article(self, show: bool = True):
        """Bring your own article: paste or upload text, analyse it, download a handout."""
        from .byo import byo_article

        return self._out(byo_article(self), show)
