"""Dump every report for a fixed corpus, to check that a speed-up changed nothing.

A speed change must leave the report byte for byte the same. Run this script in
the old checkout and in the new one, then compare the two files::

    git worktree add /tmp/before HEAD            # the code before the change
    (cd /tmp/before && python scripts/same_output.py /tmp/before.json)
    python scripts/same_output.py /tmp/after.json
    cmp /tmp/before.json /tmp/after.json && echo identical

The corpus is every article in ``seeds/`` and every ``tests/*/*.txt`` (the
held-out sets and the segmentation cases), word-swapped variants of the
catalogue articles (the benchmark's, so caches cannot hide a difference), and
edge cases: empty and blank text, HTML, Windows line ends, tabs, a very long
article. The script always reads the corpus from the checkout it runs in, so
both runs must have the same test texts (a worktree of an older commit may not
have the newest held-out sets: pass ``--only-seeds`` then, or copy them in), and
the same ``scripts/bench.py`` (its variants changed at commit 3037b07; copy the
new one into an older worktree).

Each report is written with ``Report.to_json()`` (the command line's JSON), one
per line, so ``diff`` shows which article changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def corpus(only_seeds: bool = False, variants: int = 300) -> list[tuple[str, str]]:
    """(name, text) pairs, always in the same order."""
    from bench import corpus as bench_corpus

    files = sorted((ROOT / "seeds").glob("*.txt"))
    if not only_seeds:
        files += sorted((ROOT / "tests").glob("*/*.txt"))
    texts = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in files]
    texts += [(f"variant-{k}", t) for k, t in enumerate(bench_corpus(variants, seed=11))]
    seed = texts[0][1]
    texts += [
        ("empty", ""),
        ("blank", "  \n \n"),
        ("html", "<p>Mayor Ada Voss said <script>alert(1)</script> the road is shut.</p>"),
        ("crlf", seed.replace("\n", "\r\n")),
        ("tabs", "\t".join(seed.split(" "))),
        ("long", seed * 40),
        ("quotes", "“”“ He said: “Yes.” She said ‘no’. They said, 'maybe'."),
    ]
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="file to write, one JSON report per line")
    parser.add_argument("--only-seeds", action="store_true", help="leave out tests/*/*.txt")
    parser.add_argument("--variants", type=int, default=300, help="word-swapped variants")
    args = parser.parse_args(argv)
    from helpers import analyze

    texts = corpus(args.only_seeds, args.variants)
    with open(args.out, "w", encoding="utf-8") as out:
        for name, text in texts:
            out.write(analyze(text, name=name).to_json(indent=None) + "\n")
    print(f"{len(texts)} reports written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
