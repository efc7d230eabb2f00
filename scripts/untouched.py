"""Score held-out sets with frozen rules, printing totals only.

The held-out protocol (``tests/gold/README.md``) asks that a new set be measured
with the rules as they were, before anyone reads its misses. This script does
the bookkeeping: for each revision given, it checks the code out into a
temporary git worktree, copies the sets in (they may be newer than the code),
runs ``scripts/evaluate.py --json`` there and prints one line of totals. It
never prints an article's misses, so it is safe to run on sets nobody may read
yet.

    python scripts/untouched.py tests/heldout47 tests/heldout48
    python scripts/untouched.py --rev fa955e5 --rev HEAD tests/heldout47
    python scripts/untouched.py --rev 69ca666 --rev WORK --changed tests/heldout47

``WORK`` (the default) is the working tree as it is now. ``--changed`` also
says how many articles got a different report (attributions, framing and
no-comment) between the first two revisions, without saying which.

Written for this project: git and the evaluation script already do the work,
this only strings them together so that nobody has to read per-article output
by accident.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = "WORK"

_COLUMNS = (
    ("F1", "attributions", "f1"),
    ("any type", "attributions", "f1_ignoring_type"),
    ("speaker", "attributions", "speaker_accuracy"),
    ("channel", "attributions", "channel_accuracy"),
    ("kind", "attributions", "quote_kind_accuracy"),
    ("framing P", "framing", "precision"),
    ("framing R", "framing", "recall"),
    ("no-comment R", "no_comment", "recall"),
)

# run inside a checkout: one digest per article of what the rules decided
_DIGESTS = r"""
import hashlib, json, sys
from helpers import analyze
out = {}
for path in sys.argv[1:]:
    r = analyze(open(path, encoding="utf-8").read()).to_dict()
    keep = [r["attributions"], r["framing"], r["summary"]["no_comment"]]
    out[path] = hashlib.sha256(json.dumps(keep, sort_keys=True).encode()).hexdigest()
print(json.dumps(out))
"""


@contextmanager
def checkout(rev: str, sets: list[Path]):
    """A directory holding the code of ``rev`` and a copy of ``sets``."""
    if rev == WORK:
        yield ROOT
        return
    tmp = Path(tempfile.mkdtemp(prefix="untouched-"))
    where = tmp / "code"
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(where), rev],
        check=True,
    )
    try:
        for s in sets:
            target = where / s.relative_to(ROOT)
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(s, target)
        yield where
    finally:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(where)], check=False
        )
        shutil.rmtree(tmp, ignore_errors=True)


def _run(code_dir: Path, args: list[str]) -> str:
    env = dict(os.environ, PYTHONPATH=str(code_dir))
    done = subprocess.run(
        [sys.executable, *args], cwd=code_dir, env=env, capture_output=True, text=True
    )
    return done.stdout


def totals(code_dir: Path, sets: list[Path]) -> dict:
    """The evaluation's totals over ``sets`` with the code in ``code_dir``."""
    args = ["scripts/evaluate.py", "--json"]
    for s in sets:
        args += ["--set", str(s.relative_to(ROOT))]
    out = _run(code_dir, args)  # the script exits 1 when a target is missed
    try:
        return json.loads(out)["total"]
    except (json.JSONDecodeError, KeyError) as err:
        raise SystemExit(f"no totals from {code_dir}: {err}") from None


def digests(code_dir: Path, sets: list[Path]) -> dict[str, str]:
    texts = [str(p.relative_to(ROOT)) for s in sets for p in sorted(s.glob("*.txt"))]
    return json.loads(_run(code_dir, ["-c", _DIGESTS, *texts]))


def row(label: str, t: dict) -> str:
    cells = []
    for _name, part, key in _COLUMNS:
        value = (t.get(part) or {}).get(key)
        cells.append(f"{value:.3f}" if isinstance(value, (int, float)) else "  -  ")
    return f"{label:12} " + " ".join(f"{c:>9}" for c in cells)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", type=Path, help="held-out folders, e.g. tests/heldout47")
    ap.add_argument("--rev", action="append", help=f"git revision to score ({WORK}: as it is)")
    ap.add_argument("--changed", action="store_true", help="count articles whose report differs")
    args = ap.parse_args(argv)
    sets = [s.resolve() for s in args.sets]
    for s in sets:
        if not s.is_dir() or not any(s.glob("*.yml")):
            raise SystemExit(f"{s}: not a folder of answer keys")
    revs = args.rev or [WORK]
    print(f"{len(sets)} set(s): " + ", ".join(s.name for s in sets))
    print(f"{'rules':12} " + " ".join(f"{name:>9}" for name, _p, _k in _COLUMNS))
    found = []
    for rev in revs:
        with checkout(rev, sets) as code_dir:
            print(row(rev[:12], totals(code_dir, sets)), flush=True)
            if args.changed:
                found.append(digests(code_dir, sets))
    if args.changed and len(found) >= 2:
        a, b = found[0], found[1]
        changed = sum(a.get(k) != b.get(k) for k in a)
        print(
            f"articles whose report differs between {revs[0]} and {revs[1]}: {changed} of {len(a)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
