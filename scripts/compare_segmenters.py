"""Compare our sentence segmenter with pysbd on gold-segmented news texts.

Usage::

    .venv/bin/python scripts/compare_segmenters.py            # table of P/R/F1 and timings
    .venv/bin/python scripts/compare_segmenters.py --errors   # also list every miss

Texts and their gold segmentation:

* ``tests/segmentation_cases/NAME.txt`` with ``NAME.sentences.txt``: held-out
  texts written before the segmenter was tuned. The gold file has one sentence
  per line in reading order; a line for a sentence outside the body starts
  with its part in brackets (``[headline] ...``, ``[caption] ...``).
* ``tests/segmentation_cases/seed/trump-putin.sentences.txt``: the seed (not
  held out: the rules were written looking at it).
* ``tests/gold/*.yml`` with a ``sentences:`` list, when other helpers have
  written them (practice articles in ``seeds/``; not used for tuning).

Scores are for **body sentences**, matched by exact offsets: both segmenters
get the same body paragraphs (from :func:`helpers.anatomy.split_parts`), so
the figures compare segmentation only. "all" scores every sentence of the
article: ours as the report gives it, pysbd on the whole text as a user would
call it. Timings are milliseconds per article: ours for ``split_parts`` +
``split_sentences`` on the whole text, pysbd for one call on the whole text.
"""

from __future__ import annotations

import argparse
import re
import sys
import timeit
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "segmentation_cases"
GOLD_YML = ROOT / "tests" / "gold"
SEEDS = ROOT / "seeds"

_TAG = re.compile(r"^\[(\w+)\]\s*")


@dataclass
class Case:
    name: str
    text: str
    gold: list[tuple[str, str]]  # (part, sentence text)
    held_out: bool
    origin: str
    spans: list[tuple[str, int, int]] = field(default_factory=list)


def read_text(path: Path) -> str:
    """The file's text exactly as stored (``\\r\\n`` kept)."""
    return path.read_bytes().decode("utf-8-sig")


def parse_gold_lines(lines: list[str]) -> list[tuple[str, str]]:
    out = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip() or line.startswith("#"):
            continue
        m = _TAG.match(line)
        out.append((m.group(1), line[m.end() :]) if m else ("body", line))
    return out


def locate(text: str, gold: list[tuple[str, str]]) -> list[tuple[str, int, int]]:
    """Offsets of each gold sentence, found in order (white space may differ)."""
    spans = []
    pos = 0
    for part, sentence in gold:
        pattern = r"\s+".join(re.escape(w) for w in sentence.split())
        m = re.compile(pattern).search(text, pos)
        if m is None:
            raise ValueError(f"gold sentence not found after offset {pos}: {sentence!r}")
        spans.append((part, m.start(), m.end()))
        pos = m.end()
    return spans


def load_cases() -> list[Case]:
    cases = []
    for gold_path in sorted(CASES.glob("*.sentences.txt")):
        name = gold_path.name[: -len(".sentences.txt")]
        text = read_text(CASES / f"{name}.txt")
        gold = parse_gold_lines(read_text(gold_path).splitlines())
        cases.append(Case(name, text, gold, True, "held-out"))
    seed_gold = CASES / "seed" / "trump-putin.sentences.txt"
    if seed_gold.exists():
        text = read_text(SEEDS / "afp-2018-07-19-trump-putin-invitation.txt")
        gold = parse_gold_lines(read_text(seed_gold).splitlines())
        cases.append(Case("seed:trump-putin", text, gold, False, "seed"))
    cases.extend(_yaml_cases())
    for case in cases:
        case.spans = locate(case.text, case.gold)
    return cases


def _yaml_cases() -> list[Case]:
    if not GOLD_YML.is_dir():
        return []
    import yaml

    out = []
    for path in sorted(GOLD_YML.glob("*.yml")):
        data = yaml.safe_load(read_text(path)) or {}
        if not isinstance(data, dict) or not data.get("sentences"):
            continue
        text_path = None
        for key in ("file", "path", "seed", "article"):
            value = data.get(key)
            if isinstance(value, str):
                for candidate in (SEEDS / value, ROOT / value, SEEDS / f"{value}.txt"):
                    if candidate.is_file():
                        text_path = candidate
                        break
            if text_path:
                break
        if text_path is None and (SEEDS / f"{path.stem}.txt").is_file():
            text_path = SEEDS / f"{path.stem}.txt"
        if text_path is None:
            name = data.get("name", path.stem)
            try:
                from helpers import load_article

                text_path = load_article(name).path
            except Exception:
                print(f"note: no article text found for {path.name}; skipped", file=sys.stderr)
                continue
        gold = []
        dateline = data.get("dateline") if isinstance(data.get("dateline"), str) else None
        for item in data["sentences"]:
            if isinstance(item, str):
                item = {"part": "body", "text": item}
            if not (isinstance(item, dict) and "text" in item):
                continue
            part, sentence = str(item.get("part", "body")), item["text"]
            # These keys keep the dateline inside the first body sentence; we
            # make it a part of its own, which the key's `dateline:` allows.
            if dateline and part == "body" and sentence.startswith(dateline):
                gold.append(("dateline", dateline))
                sentence = sentence[len(dateline) :].strip()
                dateline = None
            gold.append((part, sentence))
        out.append(Case(f"gold:{path.stem}", read_text(text_path), gold, True, "tests/gold"))
    return out


def ours(text: str) -> list[dict]:
    from helpers.anatomy import split_parts
    from helpers.sentences import split_sentences

    return split_sentences(text, split_parts(text))


_PYSBD = None


def pysbd_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """pysbd's sentences in ``text[start:end]`` as trimmed offsets into ``text``."""
    global _PYSBD
    if _PYSBD is None:
        import pysbd

        _PYSBD = pysbd.Segmenter(language="en", clean=False, char_span=True)
    end = len(text) if end is None else end
    out = []
    for span in _PYSBD.segment(text[start:end]):
        s, e = start + span.start, start + span.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def prf(predicted: set, gold: set) -> tuple[float, float, float]:
    hit = len(predicted & gold)
    p = hit / len(predicted) if predicted else 1.0
    r = hit / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(case: Case) -> dict:
    """Body and whole-article scores of both segmenters on one case."""
    from helpers.anatomy import split_parts

    sents = ours(case.text)
    gold_body = {(s, e) for part, s, e in case.spans if part == "body"}
    gold_all = {(s, e) for _, s, e in case.spans}
    ours_body = {(x["start"], x["end"]) for x in sents if x["part"] == "body"}
    ours_all = {(x["start"], x["end"]) for x in sents}
    sbd_body = set()
    for part in split_parts(case.text):
        if part["kind"] == "body":
            sbd_body.update(pysbd_spans(case.text, part["start"], part["end"]))
    sbd_all = set(pysbd_spans(case.text))
    return {
        "gold": len(gold_body),
        "ours": prf(ours_body, gold_body),
        "pysbd": prf(sbd_body, gold_body),
        "ours_all": prf(ours_all, gold_all),
        "pysbd_all": prf(sbd_all, gold_all),
        "ours_body_spans": ours_body,
        "pysbd_body_spans": sbd_body,
        "gold_body_spans": gold_body,
    }


def micro(cases: list[Case], results: list[dict], key: str) -> tuple[float, float, float]:
    pred_n = gold_n = hit = 0
    prefix = key.replace("ours", "ours_body").replace("pysbd", "pysbd_body")
    for _, res in zip(cases, results, strict=True):
        pred, gold = res[f"{prefix}_spans"], res["gold_body_spans"]
        pred_n += len(pred)
        gold_n += len(gold)
        hit += len(pred & gold)
    p = hit / pred_n if pred_n else 1.0
    r = hit / gold_n if gold_n else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ms_per_article(fn, text: str, number: int) -> float:
    timer = timeit.Timer(lambda: fn(text))
    return min(timer.repeat(repeat=5, number=number)) / number * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every missed sentence")
    parser.add_argument("--no-timing", action="store_true", help="skip the timings")
    args = parser.parse_args(argv)

    cases = load_cases()
    results = [score(c) for c in cases]
    print(
        f"{'text':34} {'origin':9} {'gold':>4}  {'ours P/R/F1':>17}  {'pysbd P/R/F1':>17}"
        f"  {'all: ours':>9} {'pysbd':>5}  {'ms ours':>7} {'pysbd':>6}"
    )
    for case, res in zip(cases, results, strict=True):
        t_ours = t_sbd = float("nan")
        if not args.no_timing:
            t_ours = ms_per_article(ours, case.text, 200)
            t_sbd = ms_per_article(pysbd_spans, case.text, 5)
        o, s = res["ours"], res["pysbd"]
        print(
            f"{case.name:34} {case.origin:9} {res['gold']:4}  "
            f"{o[0]:.2f}/{o[1]:.2f}/{o[2]:.3f}  {s[0]:.2f}/{s[1]:.2f}/{s[2]:.3f}  "
            f"{res['ours_all'][2]:9.3f} {res['pysbd_all'][2]:5.3f}  {t_ours:7.3f} {t_sbd:6.2f}"
        )
        if args.errors:
            for label in ("ours", "pysbd"):
                pred, gold = res[f"{label}_body_spans"], res["gold_body_spans"]
                for s_, e_ in sorted(pred - gold):
                    print(f"    {label} extra: {case.text[s_:e_]!r}")
                for s_, e_ in sorted(gold - pred):
                    print(f"    {label} missed: {case.text[s_:e_]!r}")
    groups = [
        (
            "held-out, batch 1",
            lambda c: c.origin == "held-out" and c.name[:3] not in ("b2-", "b3-"),
        ),
        ("held-out, batch 2", lambda c: c.name.startswith("b2-")),
        ("held-out, batch 3", lambda c: c.name.startswith("b3-")),
        ("held-out, all", lambda c: c.origin == "held-out"),
        ("tests/gold (dev)", lambda c: c.origin == "tests/gold"),
        ("seed", lambda c: c.origin == "seed"),
    ]
    for label, chosen in groups:
        pairs = [(c, r) for c, r in zip(cases, results, strict=True) if chosen(c)]
        if not pairs:
            continue
        cs, rs = zip(*pairs, strict=True)
        o, s = micro(list(cs), list(rs), "ours"), micro(list(cs), list(rs), "pysbd")
        n = sum(r["gold"] for r in rs)
        print(
            f"{'TOTAL ' + label:44} {n:4}  {o[0]:.2f}/{o[1]:.2f}/{o[2]:.3f}  "
            f"{s[0]:.2f}/{s[1]:.2f}/{s[2]:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
