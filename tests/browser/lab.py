"""Small helpers to drive JupyterLab from Playwright: open, run, wait on conditions.

Waits are always on a condition in the page (the kernel is idle, an element
appears), never fixed sleeps. JupyterLab runs with ``expose_app_in_browser``
so commands can be executed as ``window.jupyterapp.commands.execute(...)``.
"""

from __future__ import annotations

KERNEL_IDLE_JS = """() => {
  const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
  return !!k && k.status === 'idle' && !!w.content && w.content.widgets.length > 0;
}"""

ALL_RUN_JS = """() => {
  const w = window.jupyterapp.shell.currentWidget;
  const k = w.sessionContext.session && w.sessionContext.session.kernel;
  if (!k || k.status !== 'idle') return false;
  const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')];
  return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
}"""


def open_notebook(page, server, name: str, timeout: float = 60_000) -> None:
    page.goto(server.url(f"/lab/tree/notebooks/{name}"))
    page.wait_for_function(KERNEL_IDLE_JS, timeout=timeout)


def command(page, name: str, args: dict | None = None) -> None:
    page.evaluate("([n, a]) => window.jupyterapp.commands.execute(n, a || {})", [name, args])


def run_all(page, timeout: float = 90_000) -> None:
    command(page, "notebook:run-all-cells")
    page.wait_for_function(ALL_RUN_JS, timeout=timeout)


def restart_kernel(page, timeout: float = 60_000) -> None:
    page.evaluate(
        "() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.restart()"
    )
    page.wait_for_function(KERNEL_IDLE_JS, timeout=timeout)


def error_outputs(page) -> list[str]:
    return page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts()
