"""The lessons' interactive widgets (ipywidgets 8) and the student's saved work.

A notebook uses one object, :class:`Lesson`, named like the notebook::

    from helpers import load_article, analyze
    from helpers.widgets import Lesson

    lesson = Lesson("03-who-is-speaking")
    lesson.student_box()
    report = analyze(load_article("trump-putin"))
    lesson.spot_attribution(report, "spot")

Modules: :mod:`.lesson` (the Lesson and saving glue), :mod:`.exercises`
(spot the attribution, quiz, timeline, open question, worked answers),
:mod:`.explorers` (article view, framing, readability, rewrite, and the
charts: source mix, readability by sentence, timeline), :mod:`.byo` (bring
your own article), :mod:`.lessondata` (reading and checking
``exercises.yml``), :mod:`.render` (escaped HTML, charts drawn as HTML),
:mod:`.labels` (plain words for the report's vocabularies). Nothing here
imports matplotlib or pandas: the charts are HTML, so a lesson kernel stays
about 30 MB smaller.
"""

from __future__ import annotations

from .lesson import Lesson
from .lessondata import LessonDataError

__all__ = ["Lesson", "LessonDataError"]
