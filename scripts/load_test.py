"""A class at once: N students, each in their own kernel, run the first lessons and save answers.

What it simulates: a class opening the suite on one shared server. Each
simulated student gets a ``python3`` kernel of their own (working folder
``notebooks/``; every kernel shares one new, empty ``MEDIALIT_SAVE_DIR``, as a
class folder would) and runs the first three lessons top to bottom with
nbclient, in that one kernel. After each lesson the same kernel runs a little
more code, as the student's hands would: it types the student's own name
(``lesson.set_student``), then answers through the widgets themselves (sets
text boxes, picks options, ticks boxes, presses every "Check" button), so the
real save path runs. It prints what it set as JSON.

Students start a little apart (``--stagger``) and then all run together; the
kernels stay up until the last student is done, as in a lesson.

What it prints (figures, not a pass/fail test):

* per kernel: peak resident memory (``VmHWM`` from ``/proc/<pid>/status``) and
  the seconds each lesson took;
* all kernels together: the largest sum of their resident memory (``VmRSS``),
  sampled every half second (the target for 30 students is 4.5 GiB), and the
  largest sum of their proportional share (``Pss`` from ``smaps_rollup``),
  which counts the libraries all kernels share once, as the machine does;
* the slowest lesson run;
* the answers checked afterwards: each student's file is reopened with
  :class:`helpers.progress.Progress` and every answer compared with what the
  kernel set; lost or different answers are counted and named.

Memory is in MiB and GiB (1024-based, as ``/proc`` reports kB), Linux only.
Exit status 1 if a lesson failed or an answer was lost.

Usage::

    .venv/bin/python scripts/load_test.py --students 30
    .venv/bin/python scripts/load_test.py --students 4 --stagger 0.5
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
LESSONS = ("00-start-here", "01-context-and-time", "02-readability")
TARGET_GIB = 4.5
CELL_TIMEOUT = 600  # seconds; generous, since 30 kernels share the machine's cores
MARK = "LOADTEST-ANSWERS "

# Runs in the student's kernel after a lesson: the student types a name and
# answers through the widgets the lesson showed (not through the save functions).
ANSWER_CODE = """
import json as _json
import ipywidgets as _w

def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)

lesson.set_student({name!r})
_n = {number}
for _panel in lesson.shown:
    if "medialit-student" in _panel._dom_classes:
        continue  # the name box: the name is already set
    for _i, _c in enumerate(_walk(_panel)):
        if isinstance(_c, (_w.Text, _w.Textarea)):
            _c.value = f"{{lesson.student}} wrote this in {{lesson.id}} (box {{_i}})"
        elif isinstance(_c, (_w.RadioButtons, _w.Dropdown)) and len(_c.options) > 1:
            _c.index = 1 + (_n + _i) % (len(_c.options) - 1)
        elif isinstance(_c, _w.Checkbox):
            _c.value = (_n + _i) % 2 == 0
    for _c in list(_walk(_panel)):
        if isinstance(_c, _w.Button) and "medialit-check" in _c._dom_classes:
            _c.click()
_set = {{
    key: binding.get()
    for key, binding in lesson._bindings.items()
    if not key.endswith("/_score") and binding.get() != binding.default
}}
_set.update({{key: lesson.work.get(key) for key in lesson.work.keys() if key.endswith("/_score")}})
print({mark!r} + _json.dumps({{"student": lesson.student, "lesson": lesson.id, "answers": _set}}))
"""


def status_kb(pid: int, field: str) -> int | None:
    """A ``/proc/<pid>/status`` field in kB (``VmHWM``, ``VmRSS``), or None."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


class Student:
    """One simulated student: a kernel, three lessons, and the answers set through the widgets."""

    def __init__(self, number: int, save_dir: str, log_dir: Path):
        self.number = number
        self.name = f"Student {number:02d}"
        self.save_dir = save_dir
        self.log = open(log_dir / f"kernel-{number:02d}.log", "w", encoding="utf-8")  # noqa: SIM115
        self.km = None
        self.pid: int | None = None
        self.seconds: dict[str, float] = {}
        self.answers: dict[str, dict] = {}  # lesson -> key -> value set through the widgets
        self.error: str | None = None
        self.peak_kb: int | None = None

    async def run(self, delay: float) -> None:
        import nbformat
        from jupyter_client.manager import AsyncKernelManager
        from nbclient import NotebookClient

        await asyncio.sleep(delay)
        self.km = AsyncKernelManager(kernel_name="python3")
        env = {**os.environ, "MEDIALIT_SAVE_DIR": self.save_dir}
        try:
            await self.km.start_kernel(cwd=str(NOTEBOOKS), env=env, stderr=self.log)
            self.pid = self.km.provisioner.pid
            for lesson in LESSONS:
                nb = nbformat.read(NOTEBOOKS / f"{lesson}.ipynb", as_version=4)
                code = ANSWER_CODE.format(name=self.name, number=self.number, mark=MARK)
                nb.cells.append(nbformat.v4.new_code_cell(code))
                client = NotebookClient(
                    nb,
                    km=self.km,
                    timeout=CELL_TIMEOUT,
                    record_timing=False,
                    store_widget_state=False,
                    resources={"metadata": {"path": str(NOTEBOOKS)}},
                )
                start = time.perf_counter()
                await client.async_execute()
                self.seconds[lesson] = time.perf_counter() - start
                self.answers[lesson] = self._answers_from(nb.cells[-1])
        except Exception as err:  # one failing student is reported; the others go on
            first = str(err).strip().splitlines()
            self.error = f"{type(err).__name__}: {first[-1] if first else ''}"

    @staticmethod
    def _answers_from(cell) -> dict:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                for line in output["text"].splitlines():
                    if line.startswith(MARK):
                        return json.loads(line[len(MARK) :])["answers"]
        raise RuntimeError("the answering cell printed no answers")

    async def stop(self) -> None:
        if self.pid is not None:
            self.peak_kb = status_kb(self.pid, "VmHWM")
        if self.km is not None and self.km.has_kernel:
            await self.km.shutdown_kernel(now=True)
        self.log.close()


def pss_kb(pid: int) -> int:
    """The process's proportional set size in kB: shared pages divided among their users."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


async def sample_memory(students: list[Student], every: float, peak: dict) -> None:
    """Keep the largest sums of the kernels' VmRSS and Pss seen so far in ``peak``."""
    while True:
        pids = [s.pid for s in students if s.pid is not None]
        total = sum(status_kb(pid, "VmRSS") or 0 for pid in pids)
        if total > peak["kb"]:
            peak["kb"], peak["alive"] = total, len(pids)
        peak["pss"] = max(peak["pss"], sum(pss_kb(pid) for pid in pids))
        await asyncio.sleep(every)


def check_saved(students: list[Student], save_dir: str) -> tuple[int, list[str]]:
    """Reopen every student's files with Progress; (answers that match, problems)."""
    from helpers.progress import Progress

    checked, problems = 0, []
    for s in students:
        for lesson, answers in s.answers.items():
            work = Progress(s.name, lesson, folder=save_dir)
            problems += [f"{s.name} {lesson}: {p}" for p in work.problems]
            for key, value in answers.items():
                if key not in work:
                    problems.append(f"{s.name} {lesson} {key}: lost")
                elif work.get(key) != value:
                    problems.append(
                        f"{s.name} {lesson} {key}: saved {work.get(key)!r}, set {value!r}"
                    )
                else:
                    checked += 1
    return checked, problems


async def main_async(args) -> int:
    save_dir = tempfile.mkdtemp(prefix="medialit-load-")
    log_dir = Path(tempfile.mkdtemp(prefix="medialit-load-logs-"))
    students = [Student(n, save_dir, log_dir) for n in range(1, args.students + 1)]
    peak = {"kb": 0, "alive": 0, "pss": 0}
    print(
        f"{args.students} students, lessons {', '.join(LESSONS)}; one kernel each, "
        f"started {args.stagger:g} s apart; {os.cpu_count()} CPU cores",
        flush=True,
    )
    sampler = asyncio.create_task(sample_memory(students, 0.5, peak))
    wall = time.perf_counter()
    await asyncio.gather(*(s.run(i * args.stagger) for i, s in enumerate(students)))
    wall = time.perf_counter() - wall
    await asyncio.sleep(1.0)  # one more sample with every kernel still up
    sampler.cancel()
    await asyncio.gather(*(s.stop() for s in students))

    print(f"\n{'student':12} {'peak MiB':>9} " + " ".join(f"{lesson:>20}" for lesson in LESSONS))
    for s in students:
        peak_mib = f"{s.peak_kb / 1024:9.0f}" if s.peak_kb else "        ?"
        times = " ".join(
            f"{s.seconds[lesson]:19.1f}s" if lesson in s.seconds else f"{'-':>20}"
            for lesson in LESSONS
        )
        print(f"{s.name:12} {peak_mib} {times}" + (f"  FAILED {s.error}" if s.error else ""))

    peaks = [s.peak_kb / 1024 for s in students if s.peak_kb]
    runs = [(sec, s.name, lesson) for s in students for lesson, sec in s.seconds.items()]
    failed = [s for s in students if s.error]
    checked, problems = check_saved(students, save_dir)
    total_gib = peak["kb"] / 1024 / 1024
    print("\nSummary")
    if peaks:
        print(
            f"  peak memory per kernel (VmHWM): max {max(peaks):.0f} MiB, "
            f"mean {sum(peaks) / len(peaks):.0f} MiB, min {min(peaks):.0f} MiB"
        )
    verdict = "within" if total_gib <= TARGET_GIB else "OVER"
    print(
        f"  all kernels together (largest sum of VmRSS, {peak['alive']} kernels up): "
        f"{total_gib:.2f} GiB = {peak['kb'] * 1024 / 1e9:.2f} GB ({verdict} the {TARGET_GIB:g} GiB target)"
    )
    print(
        f"  the same counting shared library pages once (largest sum of Pss): "
        f"{peak['pss'] / 1024 / 1024:.2f} GiB = {peak['pss'] * 1024 / 1e9:.2f} GB"
    )
    if runs:
        slowest = max(runs)
        print(f"  slowest lesson run: {slowest[0]:.1f} s ({slowest[1]}, {slowest[2]})")
        mean = sum(r[0] for r in runs) / len(runs)
        print(f"  mean lesson run: {mean:.1f} s over {len(runs)} runs")
    print(f"  wall time for the whole class: {wall:.0f} s")
    print(f"  lessons that failed: {len(failed)}")
    print(
        f"  answers checked after reopening each file with Progress: {checked}, problems: {len(problems)}"
    )
    for line in problems[:20]:
        print(f"    {line}")
    if not args.keep:
        shutil.rmtree(save_dir, ignore_errors=True)
        shutil.rmtree(log_dir, ignore_errors=True)
    else:
        print(f"  saved work kept in {save_dir}; kernel logs in {log_dir}")
    return 1 if failed or problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--stagger", type=float, default=1.0, help="seconds between two starts")
    parser.add_argument("--keep", action="store_true", help="keep the saved work and kernel logs")
    args = parser.parse_args(argv)
    if not Path("/proc/self/status").exists():
        print("this benchmark reads /proc and runs on Linux only", file=sys.stderr)
        return 1
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
