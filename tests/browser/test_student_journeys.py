"""The lessons as students use them: JupyterLab in headless Chromium, one journey per test.

Each test opens a lesson, runs all its cells, works an exercise the way a
student would (clicks, typing, or the keyboard alone) and asserts what the
student then *sees*: rendered text in the page, not the kernel's state.
Every wait is on a condition (a widget appears, a text changes, the kernel
is idle); none is a fixed sleep.
"""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.conftest import skip_module_without_browser
from tests.browser.lab import (
    cell_count,
    command,
    is_focused,
    open_list,
    open_notebook,
    restart_kernel,
    run_all,
    set_student,
    show,
    tab_to,
    wait_for_notebook,
    widget,
)

skip_module_without_browser()

TEXT = {"use_inner_text": True}  # compare the rendered text a reader sees, not raw markup


def no_browser_errors(page) -> None:
    """Nothing went wrong where the student cannot see it: no alerts, no errors in the console."""
    assert page.dialogs == []
    assert page.console_errors == []


def seen(locator, pattern, timeout: float = 30_000) -> None:
    """Wait until LOCATOR's rendered text contains PATTERN (a string or a regex)."""
    expect(locator).to_contain_text(pattern, timeout=timeout, **TEXT)


def test_first_lesson_shows_the_article_with_labelled_parts(page, lab_server):
    open_notebook(page, lab_server, "00-start-here.ipynb")
    run_all(page)
    set_student(page, "Ana Start")
    article = widget(page, "article")
    # Each part's label (shown in capitals) comes right before its text.
    seen(article, re.compile(r"headline\s+Talks underway for Trump-Putin meet", re.I))
    seen(
        article,
        re.compile(r"photo caption\s+\(FILES\) In this file photo taken on July 16, 2018", re.I),
    )
    seen(article, re.compile(r"credit\s+/ AFP PHOTO / Brendan Smialowski", re.I))
    seen(article, re.compile(r"dateline\s+WASHINGTON", re.I))
    no_browser_errors(page)
    show(article)


def test_spot_the_attribution_explains_a_wrong_answer_and_scores_a_right_one(page, lab_server):
    open_notebook(page, lab_server, "03-who-is-speaking.ipynb")
    run_all(page)
    set_student(page, "Ben Spot")
    spot = widget(page, "spot")
    item = spot.locator(".medialit-spot-item").first
    seen(item, "Talks underway for Trump-Putin meet in Washington, says White House")
    feedback, score = item.locator(".medialit-feedback"), spot.locator(".medialit-score")
    check = spot.locator(".medialit-check")
    items = spot.locator(".medialit-spot-item").count()

    item.get_by_role("button", name="No", exact=True).click()
    check.click()
    seen(feedback, "✗ Not correct yet.")
    seen(feedback, "Look again at whether someone is reported as saying it.")
    seen(feedback, "Read the last three words of the headline.")  # the item's hint
    seen(score, f"Score: 0 of {items} ({items - 1} not answered yet)")

    item.get_by_role("button", name="Yes", exact=True).click()
    item.get_by_label("Who is speaking?").select_option(label="the White House")
    item.get_by_label("What kind of source?").select_option(
        label="an organisation (e.g. the White House)"
    )
    check.click()
    seen(feedback, "✓ Correct.")
    seen(feedback, "Why: Even the headline has a source.")
    seen(score, f"Score: 1 of {items} ({items - 1} not answered yet)")
    expect(feedback).not_to_contain_text("Not correct", **TEXT)
    no_browser_errors(page)
    show(item)


def labels(locator) -> dict[str, int]:
    """How many times each text label ("[LOADED LANGUAGE]", shown in capitals) is on screen."""
    found: dict[str, int] = {}
    for name in re.findall(r"\[([^\]\n]+)\]", locator.inner_text()):
        found[name.lower()] = found.get(name.lower(), 0) + 1
    return found


def test_framing_toggle_changes_the_highlights_and_their_labels(page, lab_server):
    open_notebook(page, lab_server, "05-framing.ipynb")
    run_all(page)
    set_student(page, "Cleo Frame")
    framing = widget(page, "framing")
    text = framing.locator(".medialit-framing-text")
    marks = text.locator("mark")
    loaded = framing.get_by_role("checkbox", name=re.compile(r"^loaded language \(\d+ found\)"))
    seen(text, re.compile(r"strongman\s*\[loaded language\]", re.I))
    before, marked = labels(text), marks.count()
    assert loaded.is_checked() and before.get("loaded language", 0) >= 2, before
    assert len(before) >= 3, before  # several kinds of words are highlighted

    loaded.uncheck()
    expect(text).not_to_contain_text(re.compile(r"\[loaded language\]", re.I), **TEXT)
    after = labels(text)
    assert after == {k: v for k, v in before.items() if k != "loaded language"}, after
    assert 0 < marks.count() < marked, (marked, marks.count())
    seen(text, "strongman")  # the word is still there, no longer marked

    loaded.check()
    seen(text, re.compile(r"strongman\s*\[loaded language\]", re.I))
    expect(marks).to_have_count(marked)
    assert labels(text) == before
    no_browser_errors(page)
    show(framing)


def test_rewriting_a_hard_sentence_updates_its_scores(page, lab_server):
    open_notebook(page, lab_server, "02-readability.ipynb")
    run_all(page)
    set_student(page, "Dev Rewrite")
    rewrite = widget(page, "rewrite")
    scores = rewrite.locator(".medialit-rewrite-scores")
    seen(scores, "your version is as hard as the original")
    box = rewrite.get_by_role("textbox", name="Your rewrite")
    original = box.input_value()
    assert len(original.split()) > 20

    box.press("Control+a")
    box.press_sequentially("Trump wants Putin to visit. Talks have begun.")
    seen(scores, re.compile(r"your version is easier: \d+\.\d → \d+\.\d"))
    seen(scores, "shorter")
    expect(scores).not_to_contain_text("as hard as the original", **TEXT)
    no_browser_errors(page)
    show(rewrite)


def test_answers_are_still_there_after_reload_and_kernel_restart(page, lab_server):
    name = "Eve Returns"
    answer = "The photo is three days older than the news, so a reader could be misled."
    choice = "A news organisation that sells its stories and photos to many newspapers and websites"
    open_notebook(page, lab_server, "01-context-and-time.ipynb")
    run_all(page)
    set_student(page, name)
    open_q = widget(page, "open")
    open_q.get_by_role("textbox", name="Your answer").press_sequentially(answer)
    quiz = page.locator(".medialit-quiz").last  # the self-check at the end of the lesson
    question = quiz.locator(".medialit-quiz-question").nth(1)
    question.scroll_into_view_if_needed()
    question.get_by_role("radio", name=choice).check()
    question.locator(".medialit-check").click()
    # The kernel handles messages in order: once this feedback shows, the answer typed above is saved.
    seen(question.locator(".medialit-feedback"), "✓ Correct.")
    seen(open_q, f"Saved as you type ({len(answer.split())} words)")

    command(page, "docmanager:save")
    page.reload()
    wait_for_notebook(page, "01-context-and-time.ipynb")
    restart_kernel(page)
    run_all(page)

    student = widget(page, "student")
    seen(student.locator(".medialit-student-status"), f"Welcome back, “{name}”")
    expect(student.get_by_role("textbox", name="Your name")).to_have_value(name)
    open_q = widget(page, "open")
    expect(open_q.get_by_role("textbox", name="Your answer")).to_have_value(answer)
    seen(open_q, f"Saved as you type ({len(answer.split())} words)")
    quiz = page.locator(".medialit-quiz").last
    question = quiz.locator(".medialit-quiz-question").nth(1)
    question.scroll_into_view_if_needed()
    expect(question.get_by_role("radio", name=choice)).to_be_checked()
    seen(quiz.locator(".medialit-score"), "(last check)")
    assert page.dialogs == []  # (a restart logs JupyterLab's own "Canceled future" console errors)
    show(open_q)


HOSTILE = """Harbour to close <img src=x onerror=alert(1)> after storm

PORTVILLE (AFP) - The harbour will close on Monday, the council said. <script>alert(2)</script>

"We had no choice," said mayor Ann Lee. Read [the report](javascript:alert(3)) or \
<a href="javascript:alert(4)">this page</a>.

![storm damage](x) Officials said repairs could take weeks.
"""


def test_pasted_html_and_script_show_as_text_and_never_run(page, lab_server):
    open_notebook(page, lab_server, "07-bring-your-own.ipynb")
    run_all(page)
    byo = widget(page, "byo")
    byo.get_by_role("textbox", name="Paste an article").fill(HOSTILE)
    errors_before = len(page.console_errors)
    byo.locator(".medialit-analyse").click()
    result = widget(page, "byo-result", timeout=60_000)
    seen(byo, "✓ Analysed your-article")
    article = result.locator(".medialit-article")
    for literal in (
        "<img src=x onerror=alert(1)>",
        "<script>alert(2)</script>",
        "[the report](javascript:alert(3))",
        '<a href="javascript:alert(4)">this page</a>',
        "![storm damage](x)",
    ):
        seen(article, literal)
    # The framing and spot-the-attribution parts of the analysis show the same text.
    widget(page, "spot-item")
    seen(result.locator(".medialit-spot-item").first, "<img src=x onerror=alert(1)>")

    assert page.dialogs == []
    assert page.console_errors[errors_before:] == []  # none caused by the pasted text
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert page.locator("script", has_text="alert(").count() == 0
    assert not page.evaluate(
        "() => [...document.querySelectorAll('*')].some(e => e.hasAttribute('onerror'))"
    )
    no_browser_errors(page)
    show(article)


def test_warm_up_quiz_with_the_keyboard_only(page, lab_server):
    """Tab to a choice, Space to tick it, Tab to Check, Space/Enter to press it; no mouse."""
    open_notebook(page, lab_server, "00-start-here.ipynb")
    run_all(page)
    cells = cell_count(page)
    quiz = widget(page, "quiz")
    question = quiz.locator(".medialit-quiz-question").first
    feedback = question.locator(".medialit-feedback")
    check = question.locator(".medialit-check")
    right = question.get_by_role("radio", name="Shift+Enter")
    wrong = question.get_by_role("radio", name="Enter", exact=True)

    # From where Run All leaves the focus, Tab through the page to the name box.
    name_box = page.locator(".medialit-student").get_by_role("textbox", name="Your name")
    tab_to(page, name_box)
    page.keyboard.type("Finn Keys")
    page.keyboard.press("Enter")
    seen(page.locator(".medialit-student-status"), "under the name “Finn Keys”")

    tab_to(page, wrong)
    page.keyboard.press("Space")
    expect(wrong).to_be_checked()
    tab_to(page, check)
    page.keyboard.press("Space")
    seen(feedback, "✗ Not correct yet.")
    seen(feedback, "Enter alone starts a new line inside the cell.")

    tab_to(page, right, key="Shift+Tab", limit=5)
    page.keyboard.press("Space")
    expect(right).to_be_checked()
    tab_to(page, check, limit=5)
    page.keyboard.press("Enter")
    seen(feedback, "✓ Correct.")
    seen(quiz.locator(".medialit-score"), re.compile(r"Score: 1 of 1\b"))
    assert is_focused(check)  # the focus stayed on the button
    assert cell_count(page) == cells  # no key press reached JupyterLab's own shortcuts
    no_browser_errors(page)
    show(quiz)


def test_spot_item_with_the_keyboard_only(page, lab_server):
    """Toggle buttons with Space; drop-downs opened with Space, arrows to move, Enter to pick."""
    open_notebook(page, lab_server, "03-who-is-speaking.ipynb")
    run_all(page)
    cells = cell_count(page)
    spot = widget(page, "spot")
    item = spot.locator(".medialit-spot-item").first
    yes = item.get_by_role("button", name="Yes", exact=True)
    who = item.get_by_label("Who is speaking?")
    kind = item.get_by_label("What kind of source?")
    check = spot.locator(".medialit-check")

    tab_to(page, yes)
    page.keyboard.press("Space")
    expect(yes).to_have_class(re.compile(r"\bmod-active\b"))  # shown pressed
    tab_to(page, who, limit=3)
    open_list(page, who)
    page.keyboard.press("ArrowDown")  # the first name in the list
    page.keyboard.press("Enter")
    expect(who).to_have_value("the White House")
    tab_to(page, kind, limit=2)
    open_list(page, kind)
    for key in ("ArrowDown", "ArrowDown", "ArrowDown", "Enter"):  # the third kind of source
        page.keyboard.press(key)
    expect(kind).to_have_value("an organisation (e.g. the White House)")
    tab_to(page, check)
    page.keyboard.press("Enter")

    feedback = item.locator(".medialit-feedback")
    seen(feedback, "✓ Correct.")
    seen(feedback, "Why: Even the headline has a source.")
    seen(spot.locator(".medialit-score"), re.compile(r"Score: 1 of \d+"))
    assert cell_count(page) == cells
    no_browser_errors(page)
    show(item)
