"""Speed and memory of the article report (``make bench``). Prints figures; asserts nothing.

Measured, side by side in one run:

1. Throughput of the full report (``helpers.analyze``: anatomy, sentences,
   readability, attribution, framing, dates, summary) on seed-sized articles,
   on one core. The articles are variants of the seed and the practice texts
   with words swapped in every sentence, so no per-sentence cache can help
   (``corpus`` says how; the script prints the share of repeated sentences).
2. The naive pipeline a user would assemble: pysbd for sentences, then textstat
   for every formula on every sentence and on the body. textstat is given the
   suite's offline pronunciation data (it would otherwise try to download NLTK's
   cmudict).
3. ``python -m helpers analyze SEED --format json`` from cold: wall time and
   peak memory (max RSS) of the whole process, median of several runs.
4. Where the time goes: milliseconds per article in each stage of the report, on
   another round of fresh variants (for deciding what to make faster).
5. A yardstick for the machine (a fixed pure-Python loop), so that figures taken
   on different machines can be compared.

Targets (issue 3): >= 500 articles/s; <= half the naive pipeline's time;
cold CLI <= 0.8 s and <= 90 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.vocabulary import READABILITY_FORMULAS as FORMULAS  # noqa: E402


def corpus(n: int, seed: int = 7) -> list[str]:
    """``n`` seed-sized articles: the real texts with words swapped in every sentence.

    Each sentence (as the suite splits it) gets about one swapped word in twelve,
    at least one; a sentence with no lower-case word to swap (a credit line, a
    copyright line) gets one letter or digit changed instead. So articles
    hardly ever share a sentence (``repeated_share`` measures it), and a cache of sentence results cannot make the figure look better
    than a new article would.
    """
    from helpers import list_articles, load_article
    from helpers.anatomy import split_parts
    from helpers.sentences import split_sentences

    bases = [load_article(a["name"]).text for a in list_articles()]
    bases = [b for b in bases if len(b) < 6000] or bases
    spans = [[(s["start"], s["end"]) for s in split_sentences(b, split_parts(b))] for b in bases]
    rng = random.Random(seed)
    vocab = sorted({w for b in bases for w in b.split() if w.isalpha() and w.islower()})
    out = []
    for i in range(n):
        text = bases[i % len(bases)]
        pieces, pos = [], 0
        for a, b in spans[i % len(bases)]:
            pieces.append(text[pos:a])
            pieces.append(_swap(text[a:b], rng, vocab))
            pos = b
        pieces.append(text[pos:])
        out.append("".join(pieces))
    return out


def _swap(sentence: str, rng: random.Random, vocab: list[str]) -> str:
    """The sentence with about one word in twelve (at least one) swapped for another."""
    words = sentence.split(" ")
    free = [j for j, w in enumerate(words) if w.isalpha() and w.islower()]
    if free:
        for _ in range(max(1, len(words) // 12)):
            words[rng.choice(free)] = rng.choice(vocab)
        return " ".join(words)
    # no lower-case word (a credit or copyright line, "Really?"): change letters of the
    # longer words ("Smialowski" -> "Smiqlowski") or digits, so that the line is new too
    spots = [
        k for m in re.finditer(r"[A-Za-z]{4,}|\d", sentence) for k in range(m.start(), m.end())
    ]
    for _ in range(2 if len(words) < 3 else 1):
        if not spots:
            break
        j = rng.choice(spots)
        old = sentence[j]
        if old.isdigit():
            new = str((int(old) + rng.randrange(1, 10)) % 10)
        else:
            new = rng.choice([c for c in "abcdefghijklmnopqrstuvwxyz" if c != old.lower()])
            new = new.upper() if old.isupper() else new
        sentence = sentence[:j] + new + sentence[j + 1 :]
    return sentence


def repeated_share(texts: list[str]) -> float:
    """The share of sentences that repeat one seen earlier in ``texts`` (what a cache of
    sentence results could save)."""
    from helpers.anatomy import split_parts
    from helpers.sentences import split_sentences

    seen: set[str] = set()
    repeats = total = 0
    for t in texts:
        for s in split_sentences(t, split_parts(t)):
            total += 1
            repeats += s["text"] in seen
            seen.add(s["text"])
    return repeats / total if total else 0.0


def time_per_article(fn, rounds: list[list[str]]) -> float:
    """Best time per article over several rounds, each on articles not seen before."""
    best = float("inf")
    for texts in rounds:
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, (time.perf_counter() - t0) / len(texts))
    return best


def stage_costs(texts: list[str]) -> dict[str, float]:
    """Milliseconds per article spent in each stage of the report, in one pass over
    articles not seen before (the stages ``helpers.analyze`` runs, in its order; the
    rest of ``analyze`` is the summary and the report object)."""
    from helpers import anatomy, attribution, dates, framing, readability, sentences

    spent = dict.fromkeys(
        ["anatomy", "sentences", "readability", "attribution", "framing", "dates"], 0.0
    )
    clock = time.perf_counter
    for t in texts:
        t0 = clock()
        parts = anatomy.split_parts(t)
        t1 = clock()
        sents = sentences.split_sentences(t, parts)
        t2 = clock()
        readability.readability(t, sents)
        t3 = clock()
        attrs, _ = attribution.find_attributions(t, sents, parts)
        t4 = clock()
        framing.find_framing(t, sents, attrs)
        t5 = clock()
        dates.find_dates(t, sents, parts)
        t6 = clock()
        marks = (t0, t1, t2, t3, t4, t5, t6)
        for name, a, b in zip(spent, marks[:-1], marks[1:], strict=True):
            spent[name] += b - a
    return {name: total * 1000 / len(texts) for name, total in spent.items()}


def naive_pipeline():
    import pysbd
    import textstat

    from helpers import pronounce

    pronounce.use_in_textstat()
    seg = pysbd.Segmenter(language="en", clean=False)

    def run(text: str):
        sents = seg.segment(text)
        per = [{f: getattr(textstat, f)(s) for f in FORMULAS} for s in sents]
        body = {f: getattr(textstat, f)(text) for f in FORMULAS}
        return per, body

    return run


def cold_cli(runs: int) -> tuple[float, float]:
    seed = ROOT / "seeds" / "afp-2018-07-19-trump-putin-invitation.txt"
    walls, peaks = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "helpers", "analyze", str(seed), "--format", "json"],
            stdout=subprocess.DEVNULL,
            cwd=ROOT,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - t0)
        peaks.append(usage.ru_maxrss / 1024)  # KiB on Linux
        assert os.waitstatus_to_exitcode(status) == 0
    return statistics.median(walls), statistics.median(peaks)


def machine_reference(runs: int = 7) -> float:
    """Milliseconds for a fixed pure-Python loop (``sum(range(10**6))``, best of
    ``runs``): a yardstick for comparing the figures above across machines. Time
    the same line on the machine in question (``python -m timeit
    "sum(range(10**6))"``); pure-Python work such as the report scales by about
    the same factor."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        sum(range(10**6))
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="articles per round")
    parser.add_argument("--cold-runs", type=int, default=7)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    # Cold start first, while this process is still small: on Linux a child's
    # max RSS starts from its parent's, so measuring later would inflate it.
    wall, peak = cold_cli(args.cold_runs)

    from helpers import analyze

    # Every round gets fresh variants, so no cache keyed on a sentence can help.
    pool = corpus(args.n * 5)
    rounds = [pool[i * args.n : (i + 1) * args.n] for i in range(3)]
    texts = rounds[0]
    avg_chars = sum(map(len, pool)) / len(pool)
    analyze(pool[-1])  # load data files once, as a notebook or server would
    ours = time_per_article(analyze, rounds)
    naive = naive_pipeline()
    naive(pool[-1])
    theirs = time_per_article(naive, [pool[3 * args.n : 4 * args.n]])
    stages = stage_costs(pool[4 * args.n :])

    print(
        f"articles: 3 rounds of {len(texts)} fresh variants, {avg_chars:.0f} characters on average, one core; "
        f"{repeated_share(pool[: 3 * args.n]):.1%} of their sentences repeat an earlier one"
    )
    print(
        f"full report (helpers.analyze):   {ours * 1000:7.2f} ms/article  {1 / ours:8.0f} articles/s  (target >= 500/s)"
    )
    print(
        f"naive pysbd + textstat:          {theirs * 1000:7.2f} ms/article  {1 / theirs:8.0f} articles/s"
    )
    print(f"ratio ours / naive:              {ours / theirs:7.2f}  (target <= 0.50)")
    print(
        f"cold CLI analyze --format json:  {wall:7.2f} s wall   {peak:6.1f} MB peak  (targets <= 0.8 s, <= 90 MB; median of {args.cold_runs})"
    )
    print(
        f"this machine's yardstick:        {machine_reference():7.2f} ms for sum(range(10**6)) "
        "(scale the figures above by it to compare machines)"
    )
    total = sum(stages.values())
    print(f"where the time goes (one pass over {args.n} more fresh variants, ms/article):")
    for name, ms in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {name:12} {ms:6.2f}  {ms / total:5.1%}")


if __name__ == "__main__":
    main()
