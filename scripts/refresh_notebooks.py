"""Re-execute every lesson notebook in place so its stored outputs match the code (``make refresh``).

Each notebook runs top to bottom in a fresh ``python3`` kernel whose working
folder is ``notebooks/`` and whose ``MEDIALIT_SAVE_DIR`` is a new, empty
temporary folder, so stored outputs never depend on answers saved on this
machine. The strict notebook tests (nbval) then compare a fresh run with these
stored outputs.

What is written back, and what is not:

- outputs and execution counts, as the kernel produced them;
- no per-cell timing metadata and no widget state (``metadata.widgets``): both
  change on every run and would only add noise to diffs;
- widget outputs keep their short text form, but their random model id is
  blanked (``"model_id": ""``). JupyterLab hides a widget output with an empty
  id until the cell is run, instead of showing "Error displaying widget: model
  not found", and a refresh that changes nothing leaves the file byte for byte
  the same;
- a notebook whose run fails is left untouched and the script exits 1, naming
  the notebook and the cell.

Usage::

    python scripts/refresh_notebooks.py                # every notebook, two at a time
    python scripts/refresh_notebooks.py notebooks/03-who-is-speaking.ipynb
    python scripts/refresh_notebooks.py --jobs 1
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
KERNEL = "python3"
CELL_TIMEOUT = 120  # seconds; a lesson cell takes well under one
ANSI = re.compile(r"\x1b\[[0-9;]*m")  # colour codes in tracebacks


def notebook_paths(args: list[str] | None = None) -> list[Path]:
    """The notebooks named on the command line, or every lesson in ``notebooks/``
    and the teacher notebooks in ``lessons/teacher/``."""
    if args:
        return [Path(a).resolve() for a in args]
    teacher = NOTEBOOKS.parent / "lessons" / "teacher"
    return sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")) + sorted(teacher.glob("*.ipynb"))


@contextmanager
def fresh_save_dir():
    """Point ``MEDIALIT_SAVE_DIR`` at a new empty folder for the duration (kernels inherit it)."""
    old = os.environ.get("MEDIALIT_SAVE_DIR")
    with tempfile.TemporaryDirectory(prefix="medialit-refresh-") as folder:
        os.environ["MEDIALIT_SAVE_DIR"] = folder
        try:
            yield folder
        finally:
            if old is None:
                os.environ.pop("MEDIALIT_SAVE_DIR", None)
            else:
                os.environ["MEDIALIT_SAVE_DIR"] = old


def kernel_log():
    """A temporary file for the kernel's own messages (stderr), shown only when a run fails.

    The kernel prints start-up notices there (for example that it talks over
    local TCP without encryption); they are not part of any notebook output.
    """
    return tempfile.TemporaryFile(mode="w+", encoding="utf-8", prefix="medialit-kernel-")


def make_client(nb, timeout: int = CELL_TIMEOUT):
    """An nbclient client set up the way every script here runs lessons."""
    from nbclient import NotebookClient

    return NotebookClient(
        nb,
        kernel_name=KERNEL,
        timeout=timeout,
        record_timing=False,
        store_widget_state=False,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def clean(nb) -> None:
    """Drop what changes on every run: timing metadata, widget state, widget model ids."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            for output in cell.get("outputs", []):
                output.get("metadata", {}).pop("execution", None)
                view = output.get("data", {}).get(WIDGET_VIEW)
                if view is not None:
                    view["model_id"] = ""


def refresh(path: Path) -> tuple[str, float, str | None]:
    """Execute one notebook in place; return (name, seconds, error message or None)."""
    import nbformat
    from nbclient.exceptions import CellExecutionError

    start = time.perf_counter()
    nb = nbformat.read(path, as_version=4)
    try:
        with fresh_save_dir(), kernel_log() as log:
            try:
                make_client(nb).execute(stderr=log)
            except CellExecutionError:
                raise
            except Exception:  # the kernel died or hung: its own messages may say why
                log.seek(0)
                tail = log.read().strip().splitlines()[-5:]
                if tail:
                    print(f"{path.name}: the kernel's last words:", *tail, sep="\n    ")
                raise
    except CellExecutionError as err:
        lines = ANSI.sub("", str(err)).strip().splitlines()
        return path.name, time.perf_counter() - start, "\n    ".join(lines[-6:])
    except Exception as err:  # kernel died, timeout: say so, keep the file as it was
        return path.name, time.perf_counter() - start, f"{type(err).__name__}: {err}"
    clean(nb)
    nbformat.validate(nb)
    nbformat.write(nb, path)
    return path.name, time.perf_counter() - start, None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", help="notebooks to refresh (default: all)")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    args = parser.parse_args(argv)
    paths = notebook_paths(args.notebooks)
    if not paths:
        print("no notebooks found", file=sys.stderr)
        return 1
    failed = 0
    if args.jobs > 1 and len(paths) > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(refresh, paths))
    else:
        results = [refresh(p) for p in paths]
    for name, seconds, error in results:
        if error:
            failed += 1
            print(f"FAILED  {name} ({seconds:.1f} s)\n    {error}", flush=True)
        else:
            print(f"ok      {name} ({seconds:.1f} s)", flush=True)
    if failed:
        print(f"{failed} notebook(s) failed and were left unchanged", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
