"""Time each lesson notebook and measure its kernel's peak memory.

Each notebook runs top to bottom, one after another, in a fresh ``python3``
kernel (working folder ``notebooks/``, a new empty ``MEDIALIT_SAVE_DIR``). The
time counts from before the kernel starts to the end of the last cell; the
memory is the kernel process's peak resident size (``VmHWM`` in
``/proc/<pid>/status``, Linux only), read after the last cell and before the
kernel stops. Nothing is written back to the notebooks.

Budget per notebook: 6 s and 150 MB. The script prints one line per notebook and
exits 1 when any notebook is over budget or fails.

Usage::

    python scripts/bench_notebooks.py [NOTEBOOK ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from refresh_notebooks import fresh_save_dir, kernel_log, make_client, notebook_paths  # noqa: E402

MAX_SECONDS = 6.0
MAX_MB = 150.0


def peak_rss_mb(pid: int) -> float | None:
    """The process's peak resident memory in MB (``VmHWM``), or None where /proc is missing."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def bench(path: Path) -> tuple[float, float | None]:
    """Run one notebook in a fresh kernel; return (seconds, peak MB)."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    with fresh_save_dir(), kernel_log() as log:
        client = make_client(nb)
        start = time.perf_counter()
        with client.setup_kernel(stderr=log):
            for index, cell in enumerate(nb.cells):
                client.execute_cell(cell, index)
            seconds = time.perf_counter() - start
            memory = peak_rss_mb(client.km.provisioner.pid)
    return seconds, memory


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*")
    args = parser.parse_args(argv)
    over = 0
    print(
        f"{'notebook':32} {'seconds':>8} {'peak MB':>8}   (budget {MAX_SECONDS:g} s, {MAX_MB:g} MB)"
    )
    for path in notebook_paths(args.notebooks):
        try:
            seconds, memory = bench(path)
        except Exception as err:  # a failing notebook is reported, the others still run
            over += 1
            print(f"{path.name:32} FAILED: {type(err).__name__}: {str(err).splitlines()[0]}")
            continue
        flag = ""
        if seconds > MAX_SECONDS or (memory is not None and memory > MAX_MB):
            over += 1
            flag = "  OVER BUDGET"
        mem = f"{memory:8.1f}" if memory is not None else "       ?"
        print(f"{path.name:32} {seconds:8.2f} {mem}{flag}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
