"""Settings for the notebook tests (``pytest --nbval notebooks``).

nbval starts each notebook's kernel with this process's environment. Pointing
``MEDIALIT_SAVE_DIR`` at a new, empty folder here (at import, before any kernel
starts) means a test run never reads or writes the saved answers of whoever
uses this machine, and the stored outputs (written by
``scripts/refresh_notebooks.py`` the same way) match a fresh run.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

_SAVE_DIR = tempfile.mkdtemp(prefix="medialit-nbval-")
os.environ["MEDIALIT_SAVE_DIR"] = _SAVE_DIR
atexit.register(shutil.rmtree, _SAVE_DIR, ignore_errors=True)
