"""Hostile input: article text, answers, names and file names are always shown as text.

A pasted article, a student's answer or name, or a file name may hold HTML,
Markdown, ``javascript:`` links, enormous lines, control characters or
right-to-left marks. None of it may become markup that runs: every widget,
the HTML handout, the text summary and the teacher's class report are checked
here with the real engine. The checks parse the HTML the way a browser would
and look at what is markup (tags and attributes), not at text that merely
looks like markup once escaped.
"""

from __future__ import annotations

import ast
import datetime as dt
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import ipywidgets as widgets
import pytest

from helpers import analyze, classroom
from helpers.handout import render_html
from helpers.progress import Progress
from helpers.widgets import Lesson
from tests.conftest import ROOT, lesson_widgets, run_cli

FIXTURES = ROOT / "tests" / "fixtures" / "lessons"

SCRIPT = '<script>alert("x")</script>'
IMG = "<img src=x onerror=alert(1)>"
JS_LINK = "[click](javascript:alert(1))"
MD_IMAGE = "![x](http://evil/x.png)"
RAW_LINK = '<a href="javascript:alert(1)">win</a>'
CONTROL = "\x1b[31mred\x1b[0m \x07 \u202eevil\u202c \u2066x\u2069"
HOSTILE = f"{SCRIPT} {IMG} {JS_LINK} {MD_IMAGE} {RAW_LINK} {CONTROL}"
LONG = "x" * 100_000  # one word of 100,000 characters

ARTICLE = f"""Mayor backs bridge {SCRIPT}, says city hall

WASHINGTON (AFP) - The mayor said on Monday that the bridge {IMG} would open in May.

"It is a great day {JS_LINK}," tweeted Council Member {SCRIPT} Park.

Critics say the plan {MD_IMAGE} may fail, according to {RAW_LINK} officials.

{CONTROL} The river is wide, said the engineer.
"""

BAD_URL = re.compile(r"^\s*(javascript|vbscript|data:text/html(?!;charset=utf-8;base64))", re.I)


class Markup(HTMLParser):
    """Collects the start tags a browser would see in a piece of HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    handle_startendtag = handle_starttag


# Every "<" that is not escaped starts markup: escaped text never holds one. Scanning the
# distinct tags (not the whole page) keeps a 5 MB article's 50 MB handout quick to check.
TAG = re.compile(r"<[^>]*>?")


def tags_in(page: str) -> list[tuple[str, dict[str, str]]]:
    found = []
    for raw in set(TAG.findall(page)):
        parser = Markup()
        parser.feed(raw)
        parser.close()
        if raw.startswith(("</", "<!")):
            continue
        assert len(parser.tags) == 1, f"not a well-formed tag: {raw[:60]!r}"
        found += parser.tags
    return found


def assert_inert(page: str, allow_links: bool = True) -> str:
    """Fail if ``page`` holds a script, an event handler, a javascript: URL or an outside image.

    Returns the text a browser would show, for checks that the input is there as text.
    """
    for tag, attrs in tags_in(page):
        assert tag not in ("script", "iframe", "object", "embed", "base", "form"), tag
        for name, value in attrs.items():
            assert not name.startswith("on"), f"<{tag} {name}=...>"
            if name in ("href", "src", "action", "formaction", "xlink:href", "poster"):
                assert not BAD_URL.match(value), f"<{tag} {name}={value[:40]}>"
        if tag == "img":  # only the charts the suite draws itself
            assert attrs.get("src", "").startswith("data:image/png;base64,"), attrs.get("src")
        if tag == "a":
            assert allow_links, "a link in a page that must have none"
            assert attrs.get("href", "").startswith("data:"), attrs.get("href")
    return html.unescape(TAG.sub("", page))


def test_the_markup_check_finds_what_it_looks_for():
    for bad in (
        SCRIPT,
        IMG,
        RAW_LINK,
        '<img src="http://evil/x.png">',
        '<p onclick="x()">hi</p>',
        '<a href=" JavaScript:alert(1)">x</a>',
    ):
        with pytest.raises(AssertionError):
            assert_inert(f"<p>fine</p>{bad}")
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt; [a](javascript:x) &lt;img src=x onerror=y&gt;"
    assert (
        assert_inert(f"<p>{escaped}</p>")
        == "<script>alert(1)</script> [a](javascript:x) <img src=x onerror=y>"
    )
    with pytest.raises(AssertionError):
        assert_inert('<a download="x" href="data:text/html;base64,AA">x</a>', allow_links=False)


# Every widget --------------------------------------------------------------------------------
def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def html_of(panels) -> str:
    return "\n".join(
        w.value
        for p in panels
        for w in walk(p)
        if isinstance(w, widgets.HTML | widgets.HTMLMath | widgets.Label)
    )


def play(panel, text: str, upload_name: str) -> None:
    """Do everything a student could: type ``text`` everywhere, pick, tick, press every button."""
    for w in list(walk(panel)):
        if isinstance(w, widgets.Text | widgets.Textarea):
            w.value = text
        elif isinstance(w, widgets.ToggleButtons):
            w.index = 0  # "yes" in the spot exercise
        elif isinstance(w, widgets.Dropdown | widgets.RadioButtons) and len(w.options) > 1:
            w.index = len(w.options) - 1
        elif isinstance(w, widgets.Checkbox):
            w.value = True
        elif isinstance(w, widgets.FileUpload):
            data = text.encode("utf-8")
            w.value = (
                {
                    "name": upload_name,
                    "type": "text/plain",
                    "size": len(data),
                    "content": memoryview(data),
                    "last_modified": dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
                },
            )
    for _ in range(2):  # twice: the second wrong check shows the full explanation
        for w in list(walk(panel)):
            if isinstance(w, widgets.Button):
                w.click()


all_widgets = lesson_widgets


@pytest.fixture(scope="module")
def hostile_report():
    return analyze(ARTICLE, name=f"upload {IMG}")


def test_every_widget_shows_hostile_text_as_text(tmp_path, hostile_report):
    lesson = Lesson("test-lesson", HOSTILE, lessons_dir=FIXTURES, save_dir=tmp_path)
    panels = all_widgets(lesson, hostile_report)
    for panel in panels:
        play(panel, ARTICLE, f"{IMG}{CONTROL}.txt")
    shown = assert_inert(html_of(panels))
    # the input is there, as text a student can read
    assert SCRIPT in shown and IMG in shown and JS_LINK in shown and MD_IMAGE in shown
    assert RAW_LINK in shown
    assert "\u202e" not in html_of(panels)  # a right-to-left override is shown, not obeyed


def test_hostile_student_answers_come_back_as_text(tmp_path, hostile_report):
    first = Lesson("test-lesson", HOSTILE, lessons_dir=FIXTURES, save_dir=tmp_path)
    for panel in all_widgets(first, hostile_report)[:11]:
        play(panel, HOSTILE, "x.txt")
    again = Lesson("test-lesson", HOSTILE, lessons_dir=FIXTURES, save_dir=tmp_path)
    panels = all_widgets(again, hostile_report)
    areas = [w.value for p in panels for w in walk(p) if isinstance(w, widgets.Textarea)]
    assert HOSTILE in areas  # restored exactly, as the value of a text box
    assert_inert(html_of(panels))


def test_a_very_long_line_wraps_and_stays_text(tmp_path):
    report = analyze(f"Headline {SCRIPT}\n\nThe mayor said {LONG}{IMG} was fine.\n", name="long")
    lesson = Lesson("test-lesson", "Ana", lessons_dir=FIXTURES, save_dir=tmp_path)
    panels = all_widgets(lesson, report)[:10]
    text = html_of(panels)
    shown = assert_inert(text)
    assert LONG in shown
    for w in (
        w for p in panels for w in walk(p) if isinstance(w, widgets.HTML) and LONG in w.value
    ):
        assert (
            "overflow-wrap:anywhere" in w.value
        )  # the long word breaks instead of widening the page


# The HTML handout and the text summary ---------------------------------------------------------
def test_handout_has_no_script_no_link_and_a_strict_policy(hostile_report):
    page = render_html(hostile_report)
    shown = assert_inert(page, allow_links=False)
    assert SCRIPT in shown and IMG in shown and MD_IMAGE in shown
    tags = tags_in(page)
    policy = [a["content"] for t, a in tags if t == "meta" and a.get("http-equiv")]
    assert policy and "default-src 'none'" in policy[0] and "img-src 'none'" in policy[0]
    assert "\u202e" not in page and "\\u202e" in page  # the reversing mark is shown, not obeyed


def test_notebook_summary_of_a_report_is_inert(hostile_report):
    assert_inert(hostile_report._repr_html_())


def test_text_summary_shows_control_characters_instead_of_obeying_them(hostile_report):
    text = hostile_report.to_text()
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\\u001b" in text and "\\u202e" in text
    assert SCRIPT in text  # in a terminal, markup is only text


def test_five_megabytes_of_hostile_text_are_analysed_and_shown_as_text(tmp_path):
    unit = (
        f"The mayor said {SCRIPT} the bridge {IMG} would open, according to {JS_LINK} "
        f"officials. {MD_IMAGE} \u202eCritics say it may fail.\n\n"
    )
    text = (unit * (5_000_000 // len(unit) + 1))[:5_000_000]
    report = analyze(text, name="big")
    assert report.parts[-1]["end"] == len(text.rstrip())
    assert len(report.attributions) >= len(text) // len(unit)  # every paragraph was read
    shown = assert_inert(render_html(report), allow_links=False)
    assert shown.count(SCRIPT) >= len(text) // len(unit)
    summary = report.to_text()
    assert "\u202e" not in summary and "\\u202e" in summary
    lesson = Lesson("test-lesson", "Ana", lessons_dir=FIXTURES, save_dir=tmp_path)
    # the article view; not the framing highlighter, whose cost grows with the square of the
    # article's length (about 15 s for 2 MB; the lead has the figures)
    assert SCRIPT in assert_inert(html_of([lesson.article(report, show=False)]))


# The teacher's class report --------------------------------------------------------------------
@pytest.fixture
def hostile_class(tmp_path) -> Path:
    folder = tmp_path / "class"
    folder.mkdir()
    for name in (HOSTILE, f"=cmd|' /C calc'!A0 {CONTROL}"):
        Progress(name, "00-start-here", folder=folder).save_many(
            {"self-check/q-dateline": HOSTILE, "self-check/_score": {"score": 0, "of": 5}}
        )
        Progress(name, "02-readability", folder=folder).save(
            "q-grade-level/answer", f"{HOSTILE}\n{LONG}"
        )
    for odd in (
        f"{IMG}--00-start-here.json",
        "evil\u202enosj.json",
        "new\nline--x.json",
        "$(rm -rf ~)--00.json",
    ):
        (folder / odd).write_text(SCRIPT, encoding="utf-8")
    return folder


def test_class_report_tables_show_hostile_names_and_answers_as_text(hostile_class):
    report = classroom.collect(hostile_class)
    assert HOSTILE in " ".join(report.students)
    for table in (
        report.wide,
        report.scores,
        report.items,
        report.missed,
        report.open_answers,
        report.problems,
    ):
        shown = assert_inert(table.to_html())
        assert_inert(table._repr_html_())
        if table is report.open_answers:
            assert SCRIPT in shown
    assert len(report.problems) == 4


def test_class_report_summary_is_one_line_per_problem_with_controls_visible(hostile_class):
    text = classroom.collect(hostile_class).summary()
    assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text
    problems = text.split("Problems (4)")[1].strip().splitlines()
    assert len(problems) == 5  # the heading's rest and four one-line problems
    assert any("new line--x.json" in line for line in problems)  # the newline is not obeyed
    assert any("evil\\u202enosj.json" in line for line in problems)


def test_class_report_command_line_with_hostile_files(hostile_class, tmp_path):
    result = run_cli("class-report", str(hostile_class), "--csv", str(tmp_path / "out.csv"))
    out = result.stdout.decode("utf-8")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in out and "\u202e" not in out
    opens = (tmp_path / "out-open-answers.csv").read_text(encoding="utf-8-sig")
    assert "'=cmd|' /C calc'!A0" in opens  # a spreadsheet shows the formula instead of running it


# Nothing evaluates input -------------------------------------------------------------------------
RUNS_CODE = {"eval", "exec", "compile", "__import__"}
UNSAFE_CALLS = {
    ("pickle", "load"),
    ("pickle", "loads"),
    ("marshal", "load"),
    ("marshal", "loads"),
    ("shelve", "open"),
    ("yaml", "unsafe_load"),
    ("yaml", "full_load"),
    ("os", "system"),
    ("os", "popen"),
}


def unsafe_calls(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
            found += [
                f"imports {n}" for n in names if n.split(".")[0] in ("pickle", "marshal", "shelve")
            ]
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in RUNS_CODE:
            found.append(f"{func.id}() at line {node.lineno}")
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            pair = (func.value.id, func.attr)
            if pair in UNSAFE_CALLS:
                found.append(f"{'.'.join(pair)}() at line {node.lineno}")
            if pair == ("yaml", "load"):
                loader = next((k.value for k in node.keywords if k.arg == "Loader"), None)
                if not (
                    isinstance(loader, ast.Attribute)
                    and loader.attr in ("SafeLoader", "CSafeLoader")
                ):
                    found.append(f"yaml.load() without SafeLoader at line {node.lineno}")
        if any(
            k.arg == "shell" and getattr(k.value, "value", False) is True for k in node.keywords
        ):
            found.append(f"shell=True at line {node.lineno}")
    return found


def test_nothing_under_helpers_evaluates_input():
    sources = sorted((ROOT / "helpers").rglob("*.py"))
    assert len(sources) > 10
    problems = {str(p.relative_to(ROOT)): unsafe_calls(p) for p in sources}
    assert {k: v for k, v in problems.items() if v} == {}


def test_the_unsafe_call_finder_finds_what_it_looks_for(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import pickle\nimport yaml\nx = eval(s)\nyaml.load(s)\nyaml.load(s, Loader=yaml.SafeLoader)\n"
        "subprocess.run(c, shell=True)\n",
        encoding="utf-8",
    )
    assert unsafe_calls(sample) == [
        "imports pickle",
        "eval() at line 3",
        "yaml.load() without SafeLoader at line 4",
        "shell=True at line 6",
    ]


def test_a_doubled_article_before_a_name_is_read_without_error():
    # "The The Atlantic said": the outlet's short name once pointed back to itself
    report = analyze("The The Atlantic said the plan had failed.").to_dict()
    assert len(report["sentences"]) == 1
