"""Browser fixtures: a private JupyterLab server and headless Chromium driven by Playwright.

The server serves a *copy* of ``notebooks/`` from a temporary folder (so
JupyterLab's autosave can never touch the repository's notebooks), finds seeds
and lessons through ``MEDIALIT_HOME``, and keeps students' saved answers in a
temporary folder. JupyterLab's user settings live in a temporary folder too,
with the "get notified about official Jupyter news?" toast turned off so it
never covers a widget. Each test starts with no saved work and no remembered
student name; its kernels are shut down when it ends. Everything started here
is stopped here, also on failure. The end state of each test is saved as
``test-output/browser/<test>.png`` (with ``<test>.console.txt`` when the
browser logged errors or dialogs).

Chromium comes from the system (Debian's ``chromium`` package); Playwright is
pointed at it with ``executable_path`` because it cannot download its own
browser here. Outside CI a missing browser skips these tests with one clear
line; in CI (``CI=true``) it is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, free_port

SHOTS = ROOT / "test-output" / "browser"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--disable-default-apps",
]


# Settings every test browser starts with: no "get notified about Jupyter news?"
# toast (it would cover widgets in screenshots) and no update check.
USER_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}


def _not_regular(folder: str, names: list[str]) -> set[str]:
    """Skip what is neither a file nor a folder (kernel sockets left in notebooks/)."""
    return {
        n for n in names if not (os.path.isfile(p := os.path.join(folder, n)) or os.path.isdir(p))
    }


def find_chromium() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and (path := shutil.which(candidate)):
            return path
    return None


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


NO_BROWSER = "no Chromium found (install Debian's chromium, or set CHROMIUM=/path/to/it)"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def skip_module_without_browser() -> None:
    """Outside CI, skip the calling test module with one line when there is no Chromium.

    Call it at the top of a browser test module: the run then reports one
    ``SKIPPED`` line saying why, instead of one per test. In CI it does
    nothing, and the ``chromium_path`` fixture fails every test instead.
    """
    if find_chromium() is None and not in_ci():
        pytest.skip(f"browser tests not run: {NO_BROWSER}", allow_module_level=True)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = find_chromium()
    if path is None:
        if in_ci():
            pytest.fail(f"browser tests need a browser in CI: {NO_BROWSER}")
        pytest.skip(f"browser tests not run: {NO_BROWSER}")
    return path


class LabServer:
    def __init__(self, base: str, token: str, save_dir: Path, root: Path, proc):
        self.base, self.token, self.save_dir, self.root, self.proc = (
            base,
            token,
            save_dir,
            root,
            proc,
        )

    def url(self, path: str) -> str:
        sep = "&" if "?" in path else "?"
        return f"{self.base}{path}{sep}token={self.token}"

    def api(self, path: str, method: str = "GET", body: dict | None = None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(
            self.url(path), data=data, method=method, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=30) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else None


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory, chromium_path):
    work = tmp_path_factory.mktemp("lab")
    skip = shutil.ignore_patterns("saved-work", ".ipynb_checkpoints")
    shutil.copytree(
        ROOT / "notebooks",
        work / "notebooks",
        ignore=lambda folder, names: skip(folder, names) | _not_regular(folder, names),
    )
    settings = work / "user-settings"
    for rel, values in USER_SETTINGS.items():
        (settings / rel).parent.mkdir(parents=True, exist_ok=True)
        (settings / rel).write_text(json.dumps(values), encoding="utf-8")
    save_dir = work / "saved-work"
    save_dir.mkdir()
    port, token = free_port(), "browser-test-token"
    env = {
        **os.environ,
        "MEDIALIT_HOME": str(ROOT),
        "MEDIALIT_SAVE_DIR": str(save_dir),
        "JUPYTER_RUNTIME_DIR": str(work / "runtime"),
        "JUPYTERLAB_WORKSPACES_DIR": str(work / "workspaces"),
        "JUPYTER_CONFIG_DIR": str(work / "config"),
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
    }
    log = (work / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            f"--ServerApp.root_dir={work}",
            f"--IdentityProvider.token={token}",
            "--LabApp.expose_app_in_browser=True",
            "--LabApp.news_url=None",
            "--LabApp.extension_manager=readonly",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            "--ServerApp.disable_check_xsrf=False",
            "--allow-root",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=work,
    )
    server = LabServer(f"http://127.0.0.1:{port}", token, save_dir, work, proc)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                server.api("/api/status")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((work / "server.log").read_text()[-3000:]) from None
                time.sleep(0.2)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_FLAGS)
        try:
            yield b
        finally:
            b.close()


def _on_dialog(pg, dialog) -> None:
    if dialog.type == "beforeunload":  # "leave the page?" on reload: not the page's own doing
        dialog.accept()
        return
    pg.dialogs.append(f"{dialog.type}: {dialog.message}")
    dialog.dismiss()


def _clear_saved_work(folder: Path) -> None:
    """Forget every saved answer and the remembered last name (``.last-student``)."""
    for item in folder.iterdir():
        if item.is_dir():
            shutil.rmtree(item)
        else:
            item.unlink()


def _stop_kernels(server: LabServer) -> None:
    """Shut down every notebook session (and its kernel) the test opened."""
    for session in server.api("/api/sessions") or []:
        server.api(f"/api/sessions/{session['id']}", method="DELETE")
    for kernel in server.api("/api/kernels") or []:
        server.api(f"/api/kernels/{kernel['id']}", method="DELETE")


@pytest.fixture
def page(browser, lab_server, request):
    """A fresh browser tab that records dialogs and console errors; screenshot at the end.

    Each test starts with no saved work and no remembered student name, and
    every kernel it started is shut down afterwards, also when it fails.
    """
    _clear_saved_work(lab_server.save_dir)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        pg = context.new_page()
        pg.dialogs = []
        pg.console_errors = []
        pg.on("dialog", lambda d: _on_dialog(pg, d))
        pg.on("console", lambda m: m.type == "error" and pg.console_errors.append(m.text))
        pg.on("pageerror", lambda e: pg.console_errors.append(str(e)))
        yield pg
        SHOTS.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(SHOTS / f"{request.node.name}.png"), full_page=False)
        log = SHOTS / f"{request.node.name}.console.txt"
        log.unlink(missing_ok=True)
        if pg.console_errors or pg.dialogs:
            lines = [f"dialog: {d}" for d in pg.dialogs] + [
                f"error: {e}" for e in pg.console_errors
            ]
            log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    finally:
        try:
            context.close()
        finally:
            _stop_kernels(lab_server)
