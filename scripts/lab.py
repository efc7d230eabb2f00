"""Start JupyterLab on 127.0.0.1 with the first lesson open (``make lab``).

Extra arguments go to JupyterLab (``make lab LAB_ARGS="--port=9999"``). On a
machine with no display the browser is not opened; open the printed address.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_LESSON = "notebooks/00-start-here.ipynb"


def main(argv: list[str]) -> None:
    os.chdir(ROOT)
    args = [
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.root_dir={ROOT}",
        # Classrooms sit behind firewalls: no update checks, news feed or PyPI look-ups.
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.news_url=None",
        "--LabApp.extension_manager=readonly",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # containers and CI run as root
        args.append("--allow-root")
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        args.append("--no-browser")
        print(
            f"No display found: open the address below in a browser ({FIRST_LESSON}).", flush=True
        )
    os.execv(sys.executable, [sys.executable, "-m", "jupyterlab", *args, *argv, FIRST_LESSON])


if __name__ == "__main__":
    main(sys.argv[1:])
