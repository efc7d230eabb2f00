"""The lesson widgets: feedback, saving and restoring, escaping, labels, lesson data.

Most tests use a hand-made report (``fixture_report``) and the test lesson in
``tests/fixtures/lessons/test-lesson``, so they do not depend on how far the
analysis modules or the real lessons have got.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import re
import subprocess
import sys
from pathlib import Path

import ipywidgets as widgets
import pytest
import yaml

from helpers.report import Report
from helpers.vocabulary import (
    CHANNELS,
    FRAMING_CATEGORIES,
    PART_KINDS,
    READABILITY_FORMULAS,
    SOURCE_TYPES,
)
from helpers.widgets import Lesson, LessonDataError, labels, render
from helpers.widgets.exercises import expected_positions, quiz_feedback, spot_feedback
from helpers.widgets.lessondata import load_lesson, problems_in
from tests.conftest import lesson_widgets

FIXTURES = Path(__file__).parent / "fixtures" / "lessons"
ROOT = Path(__file__).resolve().parent.parent

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> [a](javascript:alert(1)) ![i](http://x/i.png)'
HEADLINE = "Mayor backs new bridge, says city hall <script>alert(1)</script>"
BODY = [
    "The mayor said on Monday that the bridge would open in May.",
    "“It is a great day,” tweeted Council Member Jo Park.",
    "Critics say the plan may fail.",
    "The river is wide.",
]


def fixture_report(speaker2: str = "Jo Park") -> Report:
    """A small report built by hand, following the contract, with exact offsets."""
    text = HEADLINE + "\n\n" + " ".join(BODY) + "\n"
    body_start = len(HEADLINE) + 2
    body = " ".join(BODY)
    parts = [
        {"kind": "headline", "text": HEADLINE, "start": 0, "end": len(HEADLINE)},
        {"kind": "body", "text": body, "start": body_start, "end": body_start + len(body)},
    ]
    sents = [{"id": 0, "part": "headline", "text": HEADLINE, "start": 0, "end": len(HEADLINE)}]
    pos = body_start
    for s in BODY:
        sents.append(
            {"id": len(sents), "part": "body", "text": s, "start": pos, "end": pos + len(s)}
        )
        pos += len(s) + 1

    def span(sid: int, words: str) -> dict:
        start = text.index(words, sents[sid]["start"])
        return {"sentence": sid, "start": start, "end": start + len(words)}

    per = []
    for s in sents:
        n = len(s["text"].split())
        m = {f: float(n + i) for i, f in enumerate(READABILITY_FORMULAS)}
        m["flesch_reading_ease"] = 100.0 - 3 * n
        per.append({"sentence": s["id"], **m, "words": n, "sentences": 1, "syllables": n + 3})
    whole = {f: 8.0 for f in READABILITY_FORMULAS}
    whole |= {"words": 40, "sentences": 4, "syllables": 55, "text_standard": "8th and 9th grade"}
    whole["warnings"] = ["few <b>words</b>"]

    def attribution(sid, words, **kw):
        return {
            **span(sid, words),
            "quote": None,
            "quote_kind": "indirect",
            "channel": "unspecified",
            **kw,
        }

    attrs = [
        attribution(
            1,
            "The mayor said",
            speaker="the mayor",
            speaker_mention="The mayor",
            source_type="named_person",
            cue="said",
            named=True,
            explanation="The verb “said” follows “The mayor”, a person speaking for themselves.",
        ),
        attribution(
            2,
            "tweeted Council Member Jo Park",
            speaker=speaker2,
            speaker_mention="Council Member Jo Park",
            source_type="named_person",
            channel="social_media",
            quote_kind="direct",
            cue="tweeted",
            named=True,
            explanation="“tweeted” marks a post by a named person <img src=x onerror=alert(1)>.",
        ),
        attribution(
            3,
            "Critics say",
            speaker=None,
            speaker_mention="Critics",
            source_type="vague",
            cue="say",
            named=False,
            explanation="“Critics say” names no one: a vague collective.",
        ),
    ]
    frames = [
        {
            **span(2, "great"),
            "text": "great",
            "category": "loaded_language",
            "explanation": "“great” judges <b>.",
        },
        {
            **span(3, "may"),
            "text": "may",
            "category": "hedge",
            "explanation": "“may” softens the claim.",
        },
        {
            **span(3, "Critics say"),
            "text": "Critics say",
            "category": "weasel",
            "explanation": "Nobody is named.",
        },
    ]
    dates = [
        {
            "sentence": 1,
            "text": "Monday",
            "date": "2024-03-04",
            "how": "the Monday before the article's date",
        },
        {"sentence": 1, "text": "May", "date": None, "how": "a month with no day"},
    ]
    by_type = dict.fromkeys(SOURCE_TYPES, 0) | {"named_person": 2, "vague": 1}
    summary = {
        "sentences": len(sents),
        "words": 40,
        "attributions": 3,
        "by_source_type": by_type,
        "by_channel": dict.fromkeys(CHANNELS, 0) | {"unspecified": 2, "social_media": 1},
        "named_share": 0.6667,
        "distinct_sources": 2,
        "anonymous": 0,
        "vague": 1,
        "framing_by_category": dict.fromkeys(FRAMING_CATEGORIES, 0)
        | {"loaded_language": 1, "hedge": 1, "weasel": 1},
        "no_comment": [],
    }
    data = {
        "schema_version": "1",
        "source": {"name": "fixture-article", "chars": len(text)},
        "parts": parts,
        "sentences": sents,
        "readability": {"body": whole, "whole": whole, "per_sentence": per},
        "attributions": attrs,
        "framing": frames,
        "dates": dates,
        "summary": summary,
    }
    for item in parts + sents + frames:
        assert text[item["start"] : item["end"]] == item["text"]
    return Report(data, text)


@pytest.fixture
def report() -> Report:
    return fixture_report()


@pytest.fixture
def make_lesson(tmp_path):
    def make(student: str | None = "Ana", lesson: str = "test-lesson") -> Lesson:
        return Lesson(lesson, student, lessons_dir=FIXTURES, save_dir=tmp_path)

    return make


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def find(widget, kind, css: str | None = None) -> list:
    return [
        w for w in walk(widget) if isinstance(w, kind) and (css is None or css in w._dom_classes)
    ]


def html_of(widget) -> str:
    return "\n".join(w.value for w in find(widget, widgets.HTML))


def spot_rows(panel) -> dict:
    return {w._medialit[1]: w for w in find(panel, widgets.VBox, "medialit-spot-item")}


def answer_spot(row, said, who="", kind=""):
    row_said = find(row, widgets.ToggleButtons)[0]
    who_box, kind_box = find(row, widgets.Dropdown)
    row_said.value, who_box.value, kind_box.value = said, who, kind


def click(panel, css: str):
    (b,) = find(panel, widgets.Button, css)
    b.click()


# Importing ---------------------------------------------------------------------------
def test_the_widgets_and_their_charts_never_import_matplotlib(tmp_path):
    code = f"""
import sys, helpers.widgets
print('matplotlib' in sys.modules, 'pandas' in sys.modules)
from helpers import analyze, load_article
from helpers.widgets import Lesson
lesson = Lesson("test-lesson", "Ana", lessons_dir={str(FIXTURES)!r}, save_dir={str(tmp_path)!r})
report = analyze(load_article("trump-putin"))
charts = [
    lesson.source_mix(report, show=False),
    lesson.readability_chart(report, show=False),
    lesson.timeline_chart(report, show=False),
]
print(len(charts), 'matplotlib' in sys.modules, 'pandas' in sys.modules)
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.split() == ["False", "False", "3", "False", "False"]


def test_every_vocabulary_value_has_a_plain_label():
    assert set(labels.SOURCE_TYPE_LABELS) == set(SOURCE_TYPES) == set(labels.SOURCE_TYPE_SHORT)
    assert set(labels.FRAMING_LABELS) == set(FRAMING_CATEGORIES) == set(labels.FRAMING_MEANING)
    assert set(labels.CHANNEL_LABELS) == set(CHANNELS)
    assert set(labels.PART_LABELS) == set(PART_KINDS)
    assert set(labels.FORMULA_LABELS) == set(READABILITY_FORMULAS) == set(labels.FORMULA_COUNTS)


# Lesson data -------------------------------------------------------------------------
def lesson_files() -> list[Path]:
    return sorted((ROOT / "lessons").glob("*/exercises.yml")) + [
        FIXTURES / "test-lesson" / "exercises.yml"
    ]


@pytest.mark.parametrize("path", lesson_files(), ids=lambda p: p.parent.name)
def test_every_lessons_exercise_file_follows_the_schema(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert problems_in(data, path.parent.name) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d.update(lesson="other"), "lesson: must be 'test-lesson'"),
        (
            lambda d: d["exercises"]["spot"]["items"][0].update(source_type="expert"),
            "source_type must be one of",
        ),
        (
            lambda d: d["exercises"]["spot"]["items"][0].pop("attribution"),
            "attribution must be true or false",
        ),
        (lambda d: d["exercises"]["spot"]["hints"].update(typo="x"), "unknown mistake kind"),
        (
            lambda d: d["exercises"]["self-check"]["questions"][0]["options"][1].update(
                correct=True
            ),
            "exactly one option",
        ),
        (
            lambda d: d["exercises"]["self-check"]["questions"][1].update(
                accept_regex=["(unclosed"]
            ),
            "not a valid pattern",
        ),
        (
            lambda d: d["exercises"]["timeline"]["events"][0].update(date="16 July"),
            "date must be YYYY-MM-DD",
        ),
        (lambda d: d["exercises"]["timeline"]["events"][2].pop("order"), "needs order"),
        (
            lambda d: d["exercises"]["q-voices"]["rubric"].pop("emergent"),
            "needs basic, emergent and proficient",
        ),
        (
            lambda d: d["exercises"]["framing"].update(categories=["spin"]),
            "categories: must be a list of",
        ),
        (lambda d: d["exercises"].update({"Bad Id": {"type": "quiz"}}), "ids use lower-case"),
    ],
)
def test_schema_check_names_each_mistake(change, problem):
    data = yaml.safe_load((FIXTURES / "test-lesson" / "exercises.yml").read_text(encoding="utf-8"))
    change(data)
    assert any(problem in p for p in problems_in(data, "test-lesson")), problems_in(
        data, "test-lesson"
    )


def test_broken_lesson_file_gives_one_clear_error(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "exercises.yml").write_text(
        "schema: 1\nlesson: x\nexercises: [\n", encoding="utf-8"
    )
    with pytest.raises(LessonDataError, match=r"not valid YAML \(line"):
        load_lesson("x", tmp_path)
    with pytest.raises(LessonDataError, match="does not exist"):
        load_lesson("missing", tmp_path)


def test_unknown_exercise_names_the_ones_that_exist(make_lesson, report):
    with pytest.raises(LessonDataError, match="has no exercise 'nope'.*self-check"):
        make_lesson().quiz("nope", show=False)
    with pytest.raises(LessonDataError, match="is a quiz, not a timeline"):
        make_lesson().timeline(report, "self-check", show=False)


def test_yaml_dates_become_iso_strings():
    events = load_lesson("test-lesson", FIXTURES)["exercises"]["timeline"]["events"]
    assert [e["date"] for e in events] == ["2024-05-01", "2024-03-04", None]


# Spot the attribution ---------------------------------------------------------------
ITEM = {
    "id": "park",
    "attribution": True,
    "speakers": ["Jo Park"],
    "source_type": "named_person",
    "why": "Jo Park is named.",
    "hint": "",
    "sentence": {"id": 2},
}
FOUND = [
    {
        "cue": "tweeted",
        "speaker_mention": "Council Member Jo Park",
        "explanation": "“tweeted” marks a post.",
    }
]
HINTS = {
    "speaker": "Read the words next to the verb.",
    "source_types": {"named_person": "One person, named."},
}


def test_spot_feedback_for_a_wrong_answer_says_so_and_hints_without_giving_it_away():
    answer = {"attribution": "yes", "speaker": "the mayor", "source_type": "vague"}
    ok, block = spot_feedback(ITEM, answer, FOUND, HINTS, tries=1)
    assert ok is False
    assert "✗ Not correct yet." in block
    assert "who is speaking and what kind of source it is" in block
    assert "Read the words next to the verb." in block and "One person, named." in block
    assert "“tweeted”" in block and "“Council Member Jo Park”" in block  # the deciding words
    assert "Jo Park is named." not in block and "marks a post" not in block  # the answer waits
    ok, block = spot_feedback(ITEM, answer, FOUND, HINTS, tries=2)
    assert "“tweeted” marks a post." in block and "Why: Jo Park is named." in block


def test_spot_feedback_for_a_right_answer_explains_the_rule():
    answer = {"attribution": "yes", "speaker": "jo  park", "source_type": "named_person"}
    ok, block = spot_feedback(ITEM, answer, FOUND, HINTS, tries=1)
    assert ok is True
    assert "✓ Correct." in block
    assert "What the analysis found: “tweeted” marks a post." in block
    assert "Why: Jo Park is named." in block
    assert "Hint" not in block


def test_spot_feedback_for_no_answer_asks_for_one():
    ok, block = spot_feedback(ITEM, {"attribution": None}, FOUND, HINTS, tries=1)
    assert ok is None and "Not answered yet" in block and "✓" not in block and "✗" not in block


def test_spot_exercise_checks_scores_and_lets_the_student_retry(make_lesson, report):
    lesson = make_lesson()
    panel = lesson.spot_attribution(report, "spot", show=False)
    assert "medialit-spot" in panel._dom_classes
    rows = spot_rows(panel)
    assert list(rows) == ["mayor", "park", "critics", "river"]
    # who-options: names from the report and the key, the extra distractor, and "nobody named"
    who = [label for label, _ in find(rows["park"], widgets.Dropdown)[0].options]
    assert who == ["(choose)", "the mayor", "Jo Park", "Robert Roe", "nobody named"]
    kinds = [value for _, value in find(rows["park"], widgets.Dropdown)[1].options]
    assert kinds == ["", *SOURCE_TYPES]

    answer_spot(rows["mayor"], "yes", "the mayor", "named_person")  # right
    answer_spot(rows["park"], "yes", "the mayor", "named_person")  # wrong speaker
    answer_spot(rows["critics"], "no")  # missed attribution
    click(panel, "medialit-check")
    (score,) = find(panel, widgets.HTML, "medialit-score")
    assert "Score: 1 of 4" in score.value and "1 not answered yet" in score.value
    feedback = {k: html_of(find(r, widgets.HTML, "medialit-feedback")[0]) for k, r in rows.items()}
    assert "✓ Correct." in feedback["mayor"] and "The verb “said” follows" in feedback["mayor"]
    assert (
        "✗ Not correct yet." in feedback["park"]
        and "Read the words next to the saying-verb." in feedback["park"]
    )
    assert "Look for a saying-verb such as said or tweeted." in feedback["critics"]
    assert "Not answered yet" in feedback["river"]

    answer_spot(rows["park"], "yes", "Jo Park", "named_person")
    answer_spot(rows["critics"], "yes", "nobody named", "vague")
    answer_spot(rows["river"], "no")
    click(panel, "medialit-check")
    assert "Score: 4 of 4" in score.value
    assert lesson.work.get("spot/_score") == {"score": 4, "of": 4}


def test_spot_key_from_the_report_when_the_lesson_was_written_for_another_article(
    make_lesson, report
):
    other = Report({**report._data, "source": {"name": "someone-elses", "chars": 1}}, report.text)
    panel = make_lesson().spot_attribution(other, "spot", show=False)
    assert "written for “fixture-article”" in html_of(panel)
    assert list(spot_rows(panel)) == ["s0", "s1", "s2", "s3", "s4"]


def test_spot_item_that_matches_no_sentence_is_a_data_error(make_lesson, report):
    changed = Report({**report._data, "sentences": report.sentences[:2]}, report.text)
    with pytest.raises(
        LessonDataError, match="no sentence of 'fixture-article' contain 'tweeted Council"
    ):
        make_lesson().spot_attribution(changed, "spot", show=False)


# Quiz -----------------------------------------------------------------------------------
def quiz_question(qid: str) -> dict:
    questions = load_lesson("test-lesson", FIXTURES)["exercises"]["self-check"]["questions"]
    return next(q for q in questions if q["id"] == qid)


def test_choice_feedback_explains_the_chosen_option():
    q = quiz_question("q-channel")
    ok, block = quiz_feedback(q, "At a briefing", 1)
    assert ok is False and "✗ Not correct yet." in block and "Nobody mentions a briefing." in block
    assert "Change your answer and check again." in block
    ok, block = quiz_feedback(q, "In a tweet", 2)
    assert ok is True and "✓ Correct." in block and "The verb is &quot;tweeted&quot;." in block


@pytest.mark.parametrize(
    ("typed", "right"),
    [("said", True), (" Said. ", True), ("says", True), ("claimed", False), ("said it", False)],
)
def test_short_answers_are_compared_kindly(typed, right):
    ok, _ = quiz_feedback(quiz_question("q-verb"), typed, 1)
    assert ok is right


def test_short_answer_hint_first_then_why():
    q = quiz_question("q-verb")
    _, first = quiz_feedback(q, "claimed", 1)
    assert "Hint: It is the most common one." in first and "does not judge" not in first
    _, second = quiz_feedback(q, "claimed", 2)
    assert "does not judge the speaker" in second


def test_multi_feedback_names_the_boxes_still_wrong():
    q = quiz_question("q-types")
    ok, block = quiz_feedback(q, ["named person", "document"], 1)
    assert ok is False and "2 of the boxes are not right yet." in block
    assert "No document is quoted." in block and "The mayor and Jo Park." not in block
    ok, _ = quiz_feedback(q, ["named person", "vague group"], 1)
    assert ok is True


def test_quiz_widget_checks_each_question_and_keeps_score(make_lesson):
    lesson = make_lesson()
    panel = lesson.quiz("self-check", show=False)
    questions = {w._medialit[1]: w for w in find(panel, widgets.VBox, "medialit-quiz-question")}
    find(questions["q-channel"], widgets.RadioButtons)[0].value = "In a tweet"
    click(questions["q-channel"], "medialit-check")
    find(questions["q-verb"], widgets.Text)[0].value = "claimed"
    click(questions["q-verb"], "medialit-check")
    assert "✓ Correct." in html_of(questions["q-channel"])
    assert "✗ Not correct yet." in html_of(questions["q-verb"])
    (score,) = find(panel, widgets.HTML, "medialit-score")
    assert "Score: 1 of 3" in score.value
    find(questions["q-verb"], widgets.Text)[0].value = "said"
    click(questions["q-verb"], "medialit-check")
    assert "Score: 2 of 3" in score.value


# Timeline -------------------------------------------------------------------------------
def test_expected_positions_follow_dates_and_fixed_places():
    events = load_lesson("test-lesson", FIXTURES)["exercises"]["timeline"]["events"]
    assert expected_positions(events) == {"announcement": {2}, "opening": {3}, "plan": {1}}


def test_timeline_feedback_uses_the_reports_reading_of_the_dates(make_lesson, report):
    panel = make_lesson().timeline(report, "timeline", show=False)
    rows = {w._medialit[1]: w for w in find(panel, widgets.VBox, "medialit-timeline-event")}
    pos, day = find(rows["announcement"], widgets.Dropdown)
    assert [v for _, v in day.options] == ["", "2024-03-04", "2024-03-05", "2024-05-01", "none"]
    assert ("Monday 4 March 2024", "2024-03-04") in day.options
    pos.value, day.value = 2, "2024-03-04"
    pos2, day2 = find(rows["opening"], widgets.Dropdown)
    pos2.value, day2.value = 2, "2024-03-05"
    click(panel, "medialit-check")
    right = html_of(find(rows["announcement"], widgets.HTML, "medialit-feedback")[0])
    wrong = html_of(find(rows["opening"], widgets.HTML, "medialit-feedback")[0])
    assert "✓ Correct." in right and "the Monday before the article&#x27;s date" in right
    assert "✗ Not correct yet." in wrong and "Position 2: ✗ not right yet" in wrong
    assert "Two or more events are at position 2" in wrong and "find the words “May”" in wrong
    assert "Score: 1 of 3" in find(panel, widgets.HTML, "medialit-score")[0].value


# Open question, solution -----------------------------------------------------------------
def test_open_question_saves_as_typed_and_shows_the_rubric(make_lesson):
    lesson = make_lesson()
    panel = lesson.open_question("q-voices", show=False)
    assert "medialit-open" in panel._dom_classes
    (area,) = find(panel, widgets.Textarea)
    area.value = "The mayor and Jo Park speak; nobody from the river."
    assert lesson.work.get("q-voices/answer") == area.value
    text = html_of(panel)
    assert "Basic" in text and "Emergent" in text and "Proficient" in text
    assert "Names speakers and a missing voice, with quotations." in text
    assert "Saved as you type (10 words)" in text


def test_solution_is_read_only_when_the_button_is_pressed(make_lesson):
    lesson = make_lesson()
    panel = lesson.solution("sample", show=False)
    (toggle,) = find(panel, widgets.Button)
    assert toggle.description == "Show the answer"
    assert "Jo Park" not in html_of(panel)
    toggle.click()
    shown = html_of(panel)
    assert "<strong>Jo Park</strong> tweeted." in shown
    assert "&lt;script&gt;" in shown and "<script" not in shown and "<img src=x" not in shown
    assert "[link](javascript:alert(1))" in shown and "<a " not in shown
    assert toggle.description == "Hide the answer"
    toggle.click()
    assert "Jo Park" not in html_of(panel)
    missing = lesson.solution("no-such-answer", show=False)
    find(missing, widgets.Button)[0].click()
    assert "There is no worked answer called no-such-answer yet" in html_of(missing)
    with pytest.raises(LessonDataError):
        lesson.solution("../secret", show=False)


# Explorers ------------------------------------------------------------------------------
def test_article_view_labels_every_part_in_words(make_lesson, report):
    panel = make_lesson().article(report, show=False)
    text = html_of(panel)
    assert "medialit-article" in panel._dom_classes
    assert "Headline" in text and "Body" in text
    with_photo = Report(
        {
            **report._data,
            "parts": [
                {"kind": "headline", "text": "H", "start": 0, "end": 1},
                {"kind": "caption", "text": "A file photo", "start": 0, "end": 1},
                {"kind": "credit", "text": "AFP PHOTO / X", "start": 0, "end": 1},
                {"kind": "dateline", "text": "WASHINGTON (AFP) —", "start": 0, "end": 1},
            ],
        },
        report.text,
    )
    text = html_of(make_lesson().article(with_photo, show=False))
    for word in ("Photo", "Photo caption", "A file photo", "Credit", "AFP PHOTO / X", "Dateline"):
        assert word in text


def test_framing_highlighter_toggles_categories_and_explains_on_demand(make_lesson, report):
    lesson = make_lesson()
    panel = lesson.framing_highlighter(report, show=False)
    (text,) = find(panel, widgets.HTML, "medialit-framing-text")
    assert (
        "[loaded language]" in text.value
        and "[hedge]" in text.value
        and "[nobody named]" in text.value
    )
    toggles = {c.description: c for c in find(panel, widgets.Checkbox)}
    assert "hedge (1 found)" in toggles
    toggles["hedge (1 found)"].value = False
    assert "[hedge]" not in text.value and "[loaded language]" in text.value
    explain = find(panel, widgets.Dropdown)[0]
    explain.value = 0
    (why,) = find(panel, widgets.HTML, "medialit-explanation")
    assert "loaded language" in why.value and "“great” judges &lt;b&gt;." in why.value
    (prompt,) = find(panel, widgets.Textarea)
    prompt.value = "It sounds happy."
    assert lesson.work.get("framing/p-great") == "It sounds happy."


def test_framing_spans_that_overlap_keep_every_label(make_lesson, report):
    overlapping = {
        "sentence": 3,
        "text": "Critics",
        "category": "loaded_language",
        "explanation": "x",
    }
    start = report.framing[2]["start"]
    overlapping |= {"start": start, "end": start + 7}
    data = {**report._data, "framing": [*report.framing, overlapping]}
    panel = make_lesson().framing_highlighter(Report(data, report.text), show=False)
    (text,) = find(panel, widgets.HTML, "medialit-framing-text")
    assert text.value.count("[nobody named]") == 1 and text.value.count("[loaded language]") == 2


def test_readability_explorer_sorts_and_explains_disagreement(make_lesson, report):
    panel = make_lesson().readability_explorer(report, show=False)
    sort_by, closer = find(panel, widgets.Dropdown)
    (grid,) = find(panel, widgets.HTML, "medialit-readability-table")
    sort_by.value = "words"
    first_row = grid.value.split("<tbody>")[1].split("</tr>")[0]
    assert "The mayor said on Monday" in first_row  # the sentence with the most words
    (direction,) = find(panel, widgets.ToggleButtons)
    direction.value = "easy"
    first_row = grid.value.split("<tbody>")[1].split("</tr>")[0]
    assert "The river is wide." in first_row
    closer.value = 4
    (why,) = find(panel, widgets.HTML, "medialit-disagree")
    assert "letters per word" in why.value and "Place (1 = hardest)" in why.value
    assert "few &lt;b&gt;words&lt;/b&gt;" in html_of(panel)  # the report's warning, escaped


def test_rewrite_box_scores_the_students_text_with_the_engine(make_lesson, report):
    from helpers import analyze

    lesson = make_lesson()
    panel = lesson.rewrite_box(report, sentence=1, show=False)
    assert "medialit-rewrite" in panel._dom_classes
    (area,) = find(panel, widgets.Textarea)
    assert area.value == BODY[0]
    area.value = "The bridge opens in May."
    (scores,) = find(panel, widgets.HTML, "medialit-rewrite-scores")
    old = analyze(BODY[0]).readability["whole"]
    new = analyze("The bridge opens in May.").readability["whole"]
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", scores.value)
    row = cells.index("Words")
    assert cells[row : row + 4] == ["Words", str(old["words"]), str(new["words"]), "shorter"]
    grade = cells.index("Flesch-Kincaid grade")
    assert cells[grade + 2] == f"{new['flesch_kincaid_grade']:.1f}"
    assert "shorter" in scores.value
    assert lesson.work.get("rewrite/s1") == "The bridge opens in May."
    area.value = ""
    assert "Write your version" in scores.value


def bars(chart_html: str) -> list[tuple[str, str]]:
    """(label with its note, number with its marker) of each visible bar, as a reader sees them."""

    def text(fragment: str) -> str:
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())

    labels = re.findall(r'class="medialit-bar-label"[^>]*>(.*?)</div>', chart_html)
    values = re.findall(r'class="medialit-bar-value"[^>]*>(.*?)</div>', chart_html)
    assert len(labels) == len(values) == chart_html.count('class="medialit-bar') // 3
    return [(text(a), text(b)) for a, b in zip(labels, values, strict=True)]


def screen_reader_rows(chart_html: str) -> list[list[str]]:
    """The rows of the table a screen reader reads instead of the bars."""
    (hidden,) = re.findall(r'<div style="position:absolute.*?</table>', chart_html)
    rows = re.findall(r"<tr>(.*?)</tr>", hidden.split("<tbody>")[1])
    return [[html.unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", r)] for r in rows]


def test_source_mix_charts_show_every_type_and_channel_with_its_count_as_text(make_lesson, report):
    panel = make_lesson().source_mix(report, show=False)
    by_type, by_channel = (w.value for w in find(panel, widgets.HTML, "medialit-chart"))
    assert bars(by_type) == [
        ("named person the mayor, Jo Park", "2"),
        ("spokesperson", "0"),
        ("organisation", "0"),
        ("document", "0"),
        ("unnamed source", "0"),
        ("vague group nobody named", "1"),
        ("news agency", "0"),
    ]
    assert [b[1] for b in bars(by_channel)] == ["1", "0", "0", "0", "0", "2"]
    assert bars(by_channel)[0][0] == "social media" and bars(by_channel)[-1][0] == "not said"
    for chart in (by_type, by_channel):
        assert 'class="medialit-chart"' in chart and "<figcaption" in chart
        assert "<img" not in chart and "<script" not in chart  # drawn as HTML, no picture
        assert 'aria-hidden="true"' in chart  # the bars; the table below is read instead
    assert screen_reader_rows(by_type)[0] == ["named person", "2", "the mayor, Jo Park"]
    assert "Biggest: named person, 2 of 3. None: spokesperson" in by_type
    # a longer bar for a bigger count, no bar at all for zero
    widths = [
        float(w)
        for w in re.findall(r"[;\"]width:([\d.]+)%", by_channel.split("position:absolute")[0])
    ]
    assert widths == [49.0, 98.0]


def test_source_mix_without_attributions_says_so(make_lesson, report):
    empty = report.to_dict()
    empty["summary"] = {**empty["summary"], "attributions": 0}
    empty["summary"]["by_source_type"] = dict.fromkeys(SOURCE_TYPES, 0)
    empty["attributions"] = []
    panel = make_lesson().source_mix(Report(empty, report.text), show=False)
    assert not find(panel, widgets.HTML, "medialit-chart")
    assert "no attributions, so there is no chart" in html_of(panel)


def test_readability_chart_shows_every_sentence_and_marks_the_hardest_in_words(make_lesson, report):
    lesson = make_lesson()
    panel = lesson.readability_chart(report, show=False)
    assert repr(panel) == "<medialit readability-chart 'fixture-article'>"
    (chart,) = (w.value for w in find(panel, widgets.HTML, "medialit-chart"))
    shown = bars(chart)
    grades = {r["sentence"]: r["flesch_kincaid_grade"] for r in report.readability["per_sentence"]}
    assert len(shown) == len(report.sentences)
    for (label_text, value), s in zip(shown, report.sentences, strict=True):
        first = " ".join(html.unescape(s["text"]).split()[:3])
        assert label_text.startswith(f"{s['id']} · {first}")
        assert value.endswith(f"{grades[s['id']]:.1f}")
    hardest = sorted(grades, key=grades.get, reverse=True)[:3]
    assert [i for i, (_, v) in enumerate(shown) if v.startswith("▲ hardest")] == sorted(hardest)
    assert chart.count("medialit-bar-marked") == 3
    assert (
        f"Dashed line: the whole body, {report.readability['body']['flesch_kincaid_grade']:.1f}"
        in chart
    )
    table_rows = screen_reader_rows(chart)  # one per sentence, then the whole body
    assert len(table_rows) == len(report.sentences) + 1
    assert [i for i, r in enumerate(table_rows) if r[2].startswith("hardest")] == sorted(hardest)
    assert table_rows[-1][:2] == ["the whole body", "8.0"]


def test_readability_chart_by_reading_ease_marks_the_lowest_scores(make_lesson, report):
    panel = make_lesson().readability_chart(report, "flesch_reading_ease", show=False)
    shown = bars(html_of(panel))
    ease = {r["sentence"]: r["flesch_reading_ease"] for r in report.readability["per_sentence"]}
    hardest = sorted(ease, key=ease.get)[:3]  # reading ease: lower is harder
    assert [i for i, (_, v) in enumerate(shown) if "hardest" in v] == sorted(hardest)
    assert "higher means easier" in html_of(panel)
    with pytest.raises(
        ValueError, match="unknown formula 'grade'; choose one of: flesch_reading_ease"
    ):
        make_lesson().readability_chart(report, "grade", show=False)


def with_dates(report: Report, dates: list[dict]) -> Report:
    data = report.to_dict()
    return Report({**data, "dates": dates}, report.text)


def test_timeline_chart_puts_dates_in_order_and_lists_the_undated_with_their_reason(
    make_lesson, report
):
    dates = [
        {"sentence": 3, "text": "Friday", "date": "2024-03-08", "how": "Friday: the Friday after."},
        {"sentence": 1, "text": "in May", "date": None, "how": "in May: a month, not one day."},
        {"sentence": 1, "text": "Monday", "date": "2024-03-04", "how": "the Monday before."},
        {"sentence": 2, "text": "that day", "date": "2024-03-04", "how": "the same Monday."},
    ]
    panel = make_lesson().timeline_chart(with_dates(report, dates), show=False)
    assert repr(panel) == "<medialit timeline-chart 'fixture-article'>"
    chart = html_of(panel)
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", chart)).split())
    order = [
        "Monday, March 4, 2024",
        "“Monday” (sentence 1): the Monday before.",
        "“that day” (sentence 2): the same Monday.",
        "Friday, March 8, 2024 4 days later",
        "“Friday” (sentence 3): the Friday after.",  # the words are not said twice
        "No single day in the article (and why):",
        "“in May” (sentence 1): a month, not one day.",
    ]
    places = [text.index(o) for o in order]
    assert places == sorted(places)
    assert (
        "3 date words pinned to 2 days, from March 4, 2024 to March 8, 2024; 1 with no single day."
        in text
    )
    assert chart.count('class="medialit-timeline-day"') == 2


def test_timeline_chart_with_no_dates_says_so(make_lesson, report):
    chart = html_of(make_lesson().timeline_chart(with_dates(report, []), show=False))
    assert "No date in the article could be pinned to one day." in chart


def test_charts_show_hostile_labels_as_text(make_lesson):
    hostile = fixture_report(speaker2=HOSTILE)
    dates = [{"sentence": 0, "text": HOSTILE, "date": "2024-03-04", "how": HOSTILE + "\u202e"}]
    dates.append({"sentence": 0, "text": HOSTILE, "date": None, "how": HOSTILE})
    first_words = hostile.to_dict()
    first_words["sentences"][1] = {**first_words["sentences"][1], "text": HOSTILE}
    lesson = make_lesson()
    pages = [
        html_of(lesson.source_mix(hostile, show=False)),
        html_of(lesson.readability_chart(Report(first_words, hostile.text), show=False)),
        html_of(lesson.timeline_chart(with_dates(hostile, dates), show=False)),
        render.bar_chart_html(
            [(HOSTILE, 1, HOSTILE)],
            HOSTILE,
            summary=HOSTILE,
            headers=(HOSTILE,) * 3,
            marked=[0],
            mark=HOSTILE,
            reference=(HOSTILE, 1.0),
        ),
    ]
    for page in pages:
        assert_inert(page)
        assert "&lt;script&gt;" in page
        assert "\u202e" not in page  # a right-to-left override is shown as \\u202e, not obeyed
    assert "\\u202e" in pages[2]


# Saving and restoring ---------------------------------------------------------------------
def fill_everything(lesson, report):
    spot = lesson.spot_attribution(report, "spot", show=False)
    answer_spot(spot_rows(spot)["park"], "yes", "Jo Park", "named_person")
    answer_spot(spot_rows(spot)["river"], "no")
    quiz = lesson.quiz("self-check", show=False)
    find(quiz, widgets.RadioButtons)[0].value = "In a tweet"
    find(quiz, widgets.Text)[0].value = "said"
    find(quiz, widgets.Checkbox)[1].value = True
    timeline = lesson.timeline(report, "timeline", show=False)
    pos, day = find(timeline, widgets.Dropdown)[:2]
    pos.value, day.value = 3, "2024-05-01"
    find(lesson.open_question("q-voices", show=False), widgets.Textarea)[
        0
    ].value = "Missing: the river's neighbours."
    find(lesson.rewrite_box(report, show=False), widgets.Textarea)[0].value = "Short now."
    find(lesson.framing_highlighter(report, show=False), widgets.Textarea)[0].value = "It praises."


def read_everything(lesson, report) -> dict:
    spot = lesson.spot_attribution(report, "spot", show=False)
    row = spot_rows(spot)["park"]
    quiz = lesson.quiz("self-check", show=False)
    timeline = lesson.timeline(report, "timeline", show=False)
    return {
        "spot": [
            find(row, widgets.ToggleButtons)[0].value,
            *(d.value for d in find(row, widgets.Dropdown)),
        ],
        "river": find(spot_rows(spot)["river"], widgets.ToggleButtons)[0].value,
        "choice": find(quiz, widgets.RadioButtons)[0].value,
        "short": find(quiz, widgets.Text)[0].value,
        "multi": [c.value for c in find(quiz, widgets.Checkbox)],
        "timeline": [d.value for d in find(timeline, widgets.Dropdown)[:2]],
        "open": find(lesson.open_question("q-voices", show=False), widgets.Textarea)[0].value,
        "rewrite": find(lesson.rewrite_box(report, show=False), widgets.Textarea)[0].value,
        "framing": find(lesson.framing_highlighter(report, show=False), widgets.Textarea)[0].value,
    }


FILLED = {
    "spot": ["yes", "Jo Park", "named_person"],
    "river": "no",
    "choice": "In a tweet",
    "short": "said",
    "multi": [False, True, False],
    "timeline": [3, "2024-05-01"],
    "open": "Missing: the river's neighbours.",
    "rewrite": "Short now.",
    "framing": "It praises.",
}


def test_a_new_session_shows_the_saved_answers(make_lesson, report):
    fill_everything(make_lesson("Ana"), report)
    assert read_everything(make_lesson("Ana"), report) == FILLED  # e.g. after a kernel restart
    other = read_everything(make_lesson("Ben"), report)
    assert other["open"] == "" and other["spot"] == [None, "", ""]


def test_the_last_name_is_remembered_after_a_restart(make_lesson, report):
    first = make_lesson(None)
    first.set_student("Ana")
    fill_everything(first, report)
    again = make_lesson(None)  # no name given: the one typed last on this computer
    assert again.student == "Ana"
    assert read_everything(again, report) == FILLED
    box = again.student_box(show=False)
    assert find(box, widgets.Text)[0].value == "Ana"
    assert "Welcome back, “Ana”" in html_of(box)


def test_answers_given_before_a_name_move_to_the_name(make_lesson, report, tmp_path):
    lesson = make_lesson("")
    box = lesson.student_box(show=False)
    assert "your answers are saved as “anonymous”" in html_of(box)
    area = find(lesson.open_question("q-voices", show=False), widgets.Textarea)[0]
    area.value = "written before typing a name"
    find(box, widgets.Text)[0].value = "Zoë"
    assert lesson.student == "Zoë"
    assert "under the name “Zoë”" in html_of(box)
    assert make_lesson("Zoë").work.get("q-voices/answer") == "written before typing a name"
    find(box, widgets.Text)[
        0
    ].value = "Ben"  # a different student: Zoë's answer is not shown to Ben
    assert area.value == ""
    find(box, widgets.Text)[0].value = "Zoë"
    assert area.value == "written before typing a name"


def test_damaged_saved_work_is_reported_in_the_student_box(make_lesson, tmp_path):
    make_lesson("Ana").work.save("q-voices/answer", "x")
    (tmp_path / "Ana--test-lesson.json").write_text("{oops", encoding="utf-8")
    lesson = make_lesson("Ana")
    text = html_of(lesson.student_box(show=False))
    assert (
        "⚠ Saved work:" in text and "not valid JSON" in text and "Ana--test-lesson.corrupt-" in text
    )
    assert text.count("⚠") == 1


def test_export_button_writes_one_file_for_the_teacher(make_lesson, tmp_path):
    lesson = make_lesson("Ana")
    lesson.work.save("q-voices/answer", "x")
    box = lesson.student_box(show=False)
    click(box, "medialit-export")
    text = html_of(box)
    assert "✓ Written: Ana--export.json" in text and 'download="Ana--export.json"' in text
    data = json.loads((tmp_path / "Ana--export.json").read_text(encoding="utf-8"))
    assert data["lessons"]["test-lesson"]["q-voices/answer"]["value"] == "x"
    assert lesson.export() == tmp_path / "Ana--export.json"


# Bring your own article ------------------------------------------------------------------
def byo_parts(panel):
    (paste,) = find(panel, widgets.Textarea)
    (upload,) = find(panel, widgets.FileUpload)
    (analyse,) = find(panel, widgets.Button, "medialit-analyse")
    message = find(panel, widgets.HTML, "medialit-feedback")[0]
    return paste, upload, analyse, message


def upload_file(upload, name: str, data: bytes) -> None:
    upload.value = (
        {
            "name": name,
            "type": "text/plain",
            "size": len(data),
            "content": memoryview(data),
            "last_modified": dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        },
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty"),
        (
            "photo<img src=x onerror=alert(1)>.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00",
            "looks like a binary file",
        ),
        ("latin1.txt", "Café crème".encode("latin-1"), "is not UTF-8 text"),
        ("blank.txt", b"  \n\t\n", "holds only white space"),
    ],
)
def test_bad_uploads_get_one_line(make_lesson, name, data, message):
    panel = make_lesson().byo_article(show=False)
    paste, upload, analyse, out = byo_parts(panel)
    upload_file(upload, name, data)
    analyse.click()
    assert message in out.value and "✗" in out.value and out.value.count("<p>") == 1
    assert "<img src=x" not in out.value
    assert find(panel, widgets.VBox, "medialit-byo-result") == []


def test_empty_paste_gets_one_line(make_lesson):
    panel = make_lesson().byo_article(show=False)
    paste, upload, analyse, out = byo_parts(panel)
    analyse.click()
    assert "the pasted text is empty" in out.value


def test_pasted_article_gets_the_full_analysis_and_a_handout(make_lesson, seed_text):
    from helpers import analyze
    from helpers.handout import render_html

    panel = make_lesson().byo_article(show=False)
    paste, upload, analyse, out = byo_parts(panel)
    paste.value = seed_text
    analyse.click()
    assert "✓ Analysed your-article" in out.value
    (result,) = find(panel, widgets.VBox, "medialit-byo-result")
    for kind in (
        "medialit-article",
        "medialit-framing",
        "medialit-readability",
        "medialit-spot",
        "medialit-source-mix",
    ):
        assert find(result, widgets.VBox, kind), kind
    link = find(result, widgets.HTML, "medialit-handout")[0].value
    data = link.split("base64,")[1].split('"')[0]
    assert base64.b64decode(data).decode("utf-8") == render_html(
        analyze(seed_text, name="your-article")
    )
    assert 'download="handout-your-article.html"' in link


# Escaping, labels, classes --------------------------------------------------------------------
everything = lesson_widgets


def assert_inert(text: str) -> None:
    for raw in ("<script", "<img src=x", "<b>", '<a href="javascript', '<img src="http'):
        assert raw not in text, raw


def test_hostile_text_is_shown_as_text_everywhere(make_lesson):
    hostile_report = fixture_report(speaker2=HOSTILE)
    lesson = make_lesson(HOSTILE)
    built = everything(lesson, hostile_report)
    # press every button and show every explanation, so every text the widgets can show is made
    spot = built[2]
    for row in spot_rows(spot).values():
        answer_spot(row, "yes", HOSTILE, "vague")
    for _ in range(2):
        click(spot, "medialit-check")
    framing = built[3]
    find(framing, widgets.Dropdown)[0].value = 0
    find(framing, widgets.Checkbox)[-1].value = True
    find(built[4], widgets.Dropdown)[1].value = 2
    find(built[5], widgets.Textarea)[0].value = HOSTILE
    find(built[7], widgets.Text)[0].value = HOSTILE
    for b in find(built[7], widgets.Button):
        b.click()
    find(built[8], widgets.Textarea)[0].value = HOSTILE
    find(built[10], widgets.Button)[0].click()
    click(built[0], "medialit-export")
    paste, upload, analyse, _ = byo_parts(built[11])
    paste.value = HOSTILE + "\n\n" + "The mayor said it was fine. " + HOSTILE
    analyse.click()
    upload_file(upload, HOSTILE + ".txt", b"")
    analyse.click()
    text = "\n".join(html_of(w) for w in built)
    assert_inert(text)
    assert "&lt;script&gt;" in text and "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "[a](javascript:alert(1))" in text  # Markdown is not interpreted either
    assert text.count("<script") == 0


def test_long_lines_wrap(make_lesson, report):
    for w in everything(make_lesson(), report):
        for h in find(w, widgets.HTML):
            if h.value:
                assert "overflow-wrap:anywhere" in h.value


def test_every_control_has_a_visible_label(make_lesson, report):
    controls = (
        widgets.Text,
        widgets.Textarea,
        widgets.Dropdown,
        widgets.ToggleButtons,
        widgets.RadioButtons,
        widgets.Checkbox,
        widgets.FileUpload,
        widgets.Button,
    )
    seen = set()
    for w in everything(make_lesson(), report):
        for c in find(w, controls):
            seen.add(type(c).__name__)
            assert c.description.strip(), f"{type(c).__name__} in {w!r} has no label"
            assert not getattr(c, "description_allow_html", False)
    assert seen == {t.__name__ for t in controls}


def test_containers_have_stable_classes_and_short_reprs(make_lesson, report):
    built = everything(make_lesson(), report)
    classes = [next(c for c in w._dom_classes if c.startswith("medialit-")) for w in built]
    assert classes == [
        "medialit-student",
        "medialit-article",
        "medialit-spot",
        "medialit-framing",
        "medialit-readability",
        "medialit-rewrite",
        "medialit-timeline",
        "medialit-quiz",
        "medialit-open",
        "medialit-source-mix",
        "medialit-solution",
        "medialit-byo",
        "medialit-readability-chart",
        "medialit-timeline-chart",
    ]
    assert (
        repr(built[2]) == "<medialit spot 'spot'>"
    )  # not the tree of answers: stored outputs stay stable
    assert all(
        find(w, widgets.HTML, "medialit-feedback")
        for w in (built[2], built[6], built[7], built[11])
    )


def test_show_displays_once_and_returns_nothing(make_lesson, report, capsys):
    lesson = make_lesson()
    assert lesson.article(report) is None
    assert capsys.readouterr().out.strip() == "<medialit article 'fixture-article'>"
    assert lesson.shown and repr(lesson.shown[-1]) == "<medialit article 'fixture-article'>"


def test_the_seed_article_renders_with_the_real_engine(make_lesson, seed_report):
    lesson = make_lesson()
    headline = "Talks underway for Trump-Putin meet"
    assert headline in html_of(lesson.article(seed_report, show=False))
    assert headline in html_of(lesson.framing_highlighter(seed_report, show=False))
    assert headline in html_of(lesson.readability_explorer(seed_report, show=False))
    mix = html_of(lesson.source_mix(seed_report, show=False))
    assert f"{seed_report.summary['attributions']} attributions from" in mix
    (area,) = find(lesson.rewrite_box(seed_report, show=False), widgets.Textarea)
    assert area.value in [s["text"] for s in seed_report.sentences]
