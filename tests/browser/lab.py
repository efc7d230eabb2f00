"""Small helpers to drive JupyterLab from Playwright: open, run, wait on conditions.

Waits are always on a condition in the page (the kernel is idle, an element
appears, a text changes), never fixed sleeps. JupyterLab runs with
``expose_app_in_browser`` so commands can be executed as
``window.jupyterapp.commands.execute(...)``.
"""

from __future__ import annotations

from playwright.sync_api import expect

# The notebook NAME is the current tab, its kernel is idle and its cells are on the page.
NOTEBOOK_READY_JS = """(name) => {
  const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  if (!w || !w.context || !w.context.path.endsWith(name)) return false;
  const k = w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
  return !!k && k.status === 'idle' && !!w.content && w.content.widgets.length > 0;
}"""

# Start "Run All Cells"; the command's promise settles when every cell has run.
START_RUN_ALL_JS = """() => {
  window.__medialitRun = {done: false, ok: null, error: null};
  const state = window.__medialitRun;
  window.jupyterapp.commands.execute('notebook:run-all-cells').then(
    ok => { state.ok = ok; state.done = true; },
    err => { state.error = String(err); state.done = true; });
}"""

RUN_ALL_DONE_JS = """() => {
  const state = window.__medialitRun;
  if (!state || !state.done) return false;
  const w = window.jupyterapp.shell.currentWidget;
  const k = w.sessionContext.session && w.sessionContext.session.kernel;
  const busy = [...document.querySelectorAll('.jp-Notebook .jp-InputPrompt')]
    .some(p => p.textContent.includes('[*]'));
  return !!k && k.status === 'idle' && !busy;
}"""


def open_notebook(page, server, name: str, timeout: float = 60_000) -> None:
    """Open ``notebooks/NAME`` in a fresh workspace and wait until its kernel is idle.

    ``?reset`` makes JupyterLab forget the tabs an earlier test left open, so
    only this notebook (and only its kernel) is started.
    """
    page.goto(server.url(f"/lab/tree/notebooks/{name}?reset"))
    wait_for_notebook(page, name, timeout)


def wait_for_notebook(page, name: str, timeout: float = 60_000) -> None:
    """Wait until NAME is the current tab, its cells are on the page and its kernel is idle."""
    page.wait_for_function(NOTEBOOK_READY_JS, arg=name, timeout=timeout)


def command(page, name: str, args: dict | None = None) -> None:
    page.evaluate("([n, a]) => window.jupyterapp.commands.execute(n, a || {})", [name, args])


def run_all(page, timeout: float = 90_000) -> None:
    """Run every cell (as Run > Run All Cells does) and wait until the last one has finished.

    Fails with the notebook's error text when a cell raised: a student would
    see a traceback instead of the lesson.
    """
    page.evaluate(START_RUN_ALL_JS)
    page.wait_for_function(RUN_ALL_DONE_JS, timeout=timeout)
    state = page.evaluate("() => window.__medialitRun")
    if state["error"] or state["ok"] is False:
        raise AssertionError(
            f"Run All Cells failed: {state['error'] or ''}\n" + "\n".join(error_outputs(page))
        )


RESTARTED_JS = """() => {
  const log = window.__medialitRestart;
  const w = window.jupyterapp.shell.currentWidget;
  const k = w.sessionContext.session && w.sessionContext.session.kernel;
  return log.restarted && !!k && k.status === 'idle' && k.connectionStatus === 'connected';
}"""


def restart_kernel(page, timeout: float = 60_000) -> None:
    """Kernel > Restart Kernel…, confirm with "Restart", and wait until the new kernel is idle."""
    page.evaluate(
        """() => {
      const log = window.__medialitRestart = {restarted: false, statuses: []};
      const k = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
      k.statusChanged.connect((_, status) => {
        log.statuses.push(status);
        if (status === 'restarting' || status === 'autorestarting') log.restarted = true;
      });
      k.connectionStatusChanged.connect((_, status) => log.statuses.push('connection: ' + status));
    }"""
    )
    page.evaluate("() => { window.jupyterapp.commands.execute('notebook:restart-kernel'); }")
    dialog = page.locator(".jp-Dialog")
    dialog.get_by_role("button", name="Confirm Kernel Restart").click()
    expect(dialog).to_have_count(0)
    try:
        page.wait_for_function(RESTARTED_JS, timeout=timeout)
    except Exception as err:
        log = page.evaluate("() => window.__medialitRestart")
        raise AssertionError(f"the kernel did not come back after a restart: {log}") from err


def error_outputs(page) -> list[str]:
    """The text of every traceback shown in the notebook."""
    return page.locator(
        ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
    ).all_inner_texts()


def widget(page, css: str, timeout: float = 30_000):
    """The first ``.medialit-CSS`` widget, once rendered, scrolled into view and visible.

    ipywidgets draw their views asynchronously after the cell has run, so
    this waits for the widget's DOM rather than for the kernel.
    """
    loc = page.locator(f".medialit-{css}").first
    loc.wait_for(state="attached", timeout=timeout)
    loc.scroll_into_view_if_needed(timeout=timeout)
    expect(loc).to_be_visible(timeout=timeout)
    return loc


def set_student(page, name: str, timeout: float = 30_000) -> None:
    """Type NAME in the lesson's "Your name" box, press Enter, and wait for the confirmation."""
    box = widget(page, "student", timeout)
    field = box.get_by_role("textbox", name="Your name")
    field.fill("")
    field.press_sequentially(name)
    field.press("Enter")
    expect(box.locator(".medialit-student-status")).to_contain_text(
        f"under the name “{name}”", timeout=timeout
    )


def is_focused(locator) -> bool:
    return locator.evaluate("e => e === document.activeElement")


def tab_to(page, target, key: str = "Tab", limit: int = 150) -> int:
    """Press KEY (Tab or Shift+Tab) until TARGET has the keyboard focus; returns how many presses.

    Focus moves synchronously with each key press, so this checks after every
    press instead of waiting. Fails if TARGET is not reached in LIMIT presses
    (a control a keyboard user cannot get to).
    """
    for presses in range(1, limit + 1):
        page.keyboard.press(key)
        if is_focused(target):
            return presses
    raise AssertionError(f"{key} pressed {limit} times and the control never got the focus")


def cell_count(page) -> int:
    return page.evaluate("() => window.jupyterapp.shell.currentWidget.content.widgets.length")


def open_list(page, select, timeout: float = 10_000) -> None:
    """Open the focused drop-down with Space, as a keyboard user does, and wait until it is open.

    On a *closed* drop-down, JupyterLab takes the arrow keys and letters for
    its own notebook shortcuts (jupyter-widgets/ipywidgets#3912); once the
    list is open they move through its options.
    """
    assert is_focused(select)
    page.keyboard.press("Space")
    page.wait_for_function("e => e.matches(':open')", arg=select.element_handle(), timeout=timeout)


def show(locator) -> None:
    """Scroll LOCATOR to the top of the notebook so the end-of-test screenshot shows it."""
    locator.evaluate("e => e.scrollIntoView({block: 'start'})")
