"""Measure the suite's rules against the hand-made answer keys (``make eval``).

Every gold file in ``tests/gold`` (the dev set), ``tests/heldout`` and the later
held-out sets ``tests/heldout2``, ``tests/heldout3`` ... names an article and says, by hand, what a perfect report would
hold: its sentences, its attributions, its no-comment sentences and its
framing cues (format: ``tests/gold/README.md``). This script runs
:func:`helpers.analyze` on each article and prints, per article and per set:

- sentences: precision, recall and F1 of exact spans (white space stripped),
  for body sentences and for all sentences, and how often a matched sentence
  got the right part;
- attributions: a predicted attribution matches a gold one in the same gold
  sentence with the same source type (F1 ignoring the type too); among the
  matches, how often speaker, channel and quote kind are right; precision
  and recall per source type; precision and recall of the no-comment list;
- framing: a predicted cue matches a gold cue when their spans overlap and
  the category is the same; precision and recall per category, and recall
  ignoring the category. A predicted cue that lies wholly inside quotation
  marks (scare quotes apart) is not held against the rules, because the gold
  marks the writer's words only; it is counted separately.

Usage::

    .venv/bin/python scripts/evaluate.py                 # tables for every set
    .venv/bin/python scripts/evaluate.py --json          # the figures as JSON
    .venv/bin/python scripts/evaluate.py --article NAME  # one article: every miss and false positive
    .venv/bin/python scripts/evaluate.py --set tests/heldout2             # only this folder's table
    .venv/bin/python scripts/evaluate.py --set tests/heldout2 --article X # an article in that folder

``--against FOLDER`` scores a second annotator's keys for the same articles
instead of the rules (``--set tests/heldout8 --against /path/to/second/keys``):
the agreement between two people is the ceiling the rules can be held to.

``--set FOLDER`` (repeatable) scores any folder of ``NAME.txt`` + ``NAME.yml``
pairs in the same format instead of the default sets; the set is named
after the folder. Without it, the output is exactly the default one.

Rule writers tune on the dev set only and do not open the held-out texts;
``--article`` on a held-out article prints a reminder.

Exit status: 0; 1 when a gold file cannot be read or ``analyze`` crashed on an
article (the other articles are still scored); 2 when a ``--set`` folder holds
no answer keys.

Written for this project rather than taken from a library: the matching rules
(gold sentence located by a substring, dateline-tolerant sentence spans,
surname-tolerant speakers, quotation-aware framing) are ours.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers.vocabulary import (  # noqa: E402
    CHANNELS,
    FRAMING_CATEGORIES,
    PART_KINDS,
    QUOTE_KINDS,
    SOURCE_TYPES,
)

SETS = {"dev": ROOT / "tests" / "gold", "held-out": ROOT / "tests" / "heldout"}
# the later held-out sets (tests/heldout2, heldout3, ...), each once measured untouched
SETS.update(
    (p.name, p)
    for p in sorted((ROOT / "tests").glob("heldout[0-9]*"), key=lambda p: int(p.name[7:]))
)
REQUIRED_ATTRIBUTION_KEYS = ("sentence", "speaker", "source_type", "channel", "quote_kind")
_ARTICLES = {"a", "an", "the"}


class GoldError(ValueError):
    """A gold file that does not fit its article; the message says where."""


# --------------------------------------------------------------------------
# Reading and locating the gold
# --------------------------------------------------------------------------


def gold_files(folder: Path) -> list[Path]:
    """The gold files of one set, sorted by name."""
    return sorted(folder.glob("*.yml"))


def load_gold(path: Path) -> dict[str, Any]:
    """One gold file as a dict (``GoldError`` if it is not a YAML mapping)."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise GoldError(f"{path.name}: not valid YAML ({err})") from None
    if not isinstance(data, dict) or "article" not in data or "sentences" not in data:
        raise GoldError(f"{path.name}: needs at least 'article' and 'sentences'")
    data.setdefault("attributions", [])
    data.setdefault("no_comment", [])
    data.setdefault("framing", [])
    return data


def article_text(gold: dict[str, Any]) -> str:
    """The text the gold describes: a path from the repository root, or a seed name."""
    from helpers import load_article

    ref = str(gold["article"])
    path = ROOT / ref
    if path.is_file():
        return load_article(str(path)).text
    return load_article(ref).text


def _unique(text: str, sub: str, what: str) -> int:
    if not isinstance(sub, str) or not sub:
        raise GoldError(f"{what}: needs a non-empty string")
    n = text.count(sub)
    if n != 1:
        raise GoldError(f"{what}: {sub!r} occurs {n} times in the article (must be once)")
    return text.index(sub)


def _nth(text: str, sub: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            return -1
    return pos


def locate(gold: dict[str, Any], text: str) -> dict[str, Any]:
    """Turn the gold's strings into offsets in ``text``.

    Returns ``sentences`` (list of (start, end)), ``alt`` (sentence index ->
    span without the dateline), ``attributions`` and ``no_comment`` (gold
    sentence indexes) and ``framing`` (list of (start, end, category)).
    Raises :class:`GoldError` naming the first entry that does not fit.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for k, s in enumerate(gold["sentences"]):
        sent = s.get("text") if isinstance(s, dict) else None
        if not isinstance(sent, str) or not sent.strip() or sent != sent.strip():
            raise GoldError(f"sentence {k}: text must be a non-empty string without outer spaces")
        i = text.find(sent, pos)
        if i < 0:
            raise GoldError(f"sentence {k} not found (in order) in the article: {sent[:60]!r}")
        if text[pos:i].strip():
            raise GoldError(
                f"text before sentence {k} is in no sentence: {text[pos:i].strip()[:60]!r}"
            )
        spans.append((i, i + len(sent)))
        pos = i + len(sent)
    if text[pos:].strip():
        raise GoldError(
            f"text after the last sentence is in no sentence: {text[pos:].strip()[:60]!r}"
        )

    alt: dict[int, tuple[int, int]] = {}
    dateline = gold.get("dateline")
    if dateline:
        hits = [k for k, (a, _) in enumerate(spans) if text.startswith(dateline, a)]
        if len(hits) != 1:
            raise GoldError(f"dateline {dateline!r} starts {len(hits)} sentences (must be one)")
        k = hits[0]
        a, b = spans[k]
        start = a + len(dateline)
        while start < b and text[start].isspace():
            start += 1
        alt[k] = (start, b)

    def sentence_of(start: int, end: int, what: str) -> int:
        for k, (a, b) in enumerate(spans):
            if a <= start and end <= b:
                return k
        raise GoldError(f"{what}: does not lie inside one gold sentence")

    attrs = []
    for n, a in enumerate(gold["attributions"]):
        what = f"attribution {n}"
        i = _unique(text, a.get("sentence"), what)
        attrs.append(sentence_of(i, i + len(a["sentence"]), what))
    nocom = []
    for n, sub in enumerate(gold["no_comment"]):
        what = f"no_comment {n}"
        i = _unique(text, sub, what)
        nocom.append(sentence_of(i, i + len(sub), what))
    frames = []
    for n, f in enumerate(gold["framing"]):
        what = f"framing {n}"
        cue = f.get("text")
        if not isinstance(cue, str) or not cue:
            raise GoldError(f"{what}: needs a text")
        occ = f.get("occurrence")
        if occ is None:
            i = _unique(text, cue, what)
        else:
            i = _nth(text, cue, int(occ))
            if i < 0:
                raise GoldError(f"{what}: {cue!r} does not occur {occ} times")
        sentence_of(i, i + len(cue), what)
        frames.append((i, i + len(cue), f.get("category")))
    return {
        "sentences": spans,
        "alt": alt,
        "attributions": attrs,
        "no_comment": nocom,
        "framing": frames,
    }


def check_enums(gold: dict[str, Any]) -> list[str]:
    """Problems with the closed vocabularies in one gold file (empty when all is well)."""
    problems = []
    for k, s in enumerate(gold["sentences"]):
        if s.get("part") not in PART_KINDS:
            problems.append(f"sentence {k}: part {s.get('part')!r} is not one of {PART_KINDS}")
    for n, a in enumerate(gold["attributions"]):
        missing = [key for key in REQUIRED_ATTRIBUTION_KEYS if key not in a]
        if missing:
            problems.append(f"attribution {n}: missing {', '.join(missing)}")
            continue
        for key, allowed in (
            ("source_type", SOURCE_TYPES),
            ("channel", CHANNELS),
            ("quote_kind", QUOTE_KINDS),
        ):
            if a[key] not in allowed:
                problems.append(f"attribution {n}: {key} {a[key]!r} is not one of {allowed}")
        if a["speaker"] is not None and not isinstance(a["speaker"], str):
            problems.append(f"attribution {n}: speaker must be a string or null")
        also = a.get("also_accept", [])
        if not isinstance(also, list) or not all(isinstance(x, str) for x in also):
            problems.append(f"attribution {n}: also_accept must be a list of strings")
        if a.get("cue") is None and not a.get("continuation"):
            problems.append(f"attribution {n}: cue may be null only with continuation: true")
    for n, f in enumerate(gold["framing"]):
        if f.get("category") not in FRAMING_CATEGORIES:
            problems.append(
                f"framing {n}: category {f.get('category')!r} is not one of the contract's"
            )
    return problems


# --------------------------------------------------------------------------
# Matching helpers
# --------------------------------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _copyright_lines(
    text: str, gspans: list[tuple[int, int]], gsent: list[dict]
) -> list[tuple[int, int]]:
    """The lines of the article that hold gold copyright sentences, each as one span."""
    out = []
    for (a, b), sent in zip(gspans, gsent, strict=True):
        if sent["part"] != "copyright":
            continue
        start = text.rfind("\n", 0, a) + 1
        end = text.find("\n", b)
        line = _trim(text, start, len(text) if end < 0 else end)
        if line not in out:
            out.append(line)
    return out


def _in_line(span: tuple[int, int], lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The copyright line that holds ``span``, if one does."""
    for line in lines:
        if line[0] <= span[0] and span[1] <= line[1]:
            return line
    return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _best_sentence(span: tuple[int, int], spans: list[tuple[int, int]]) -> int:
    """Index of the gold sentence that overlaps ``span`` most, or -1."""
    best, best_k = 0, -1
    for k, s in enumerate(spans):
        o = _overlap(span, s)
        if o > best:
            best, best_k = o, k
    if best_k < 0 and span[0] == span[1]:  # an empty span: the sentence holding it
        for k, (a, b) in enumerate(spans):
            if a <= span[0] < b:
                return k
    return best_k


def _valid_span(item: dict, text: str) -> tuple[int, int] | None:
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        return start, end
    return None


def _words(name: str | None) -> list[str]:
    if not name:
        return []
    s = name.casefold().replace("’", "'").replace("‘", "'")
    words = re.findall(r"[\w'-]+", s)
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return words


def _contains(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return n > 0 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def speaker_matches(pred: str | None, gold: str | None, also: list[str] | tuple = ()) -> bool:
    """Whether a predicted speaker names the gold speaker.

    Case, a leading article and extra words around the gold name are
    forgiven ("Press Secretary Sarah Sanders" for "Sarah Sanders"); a surname
    alone is accepted for a personal name ("Trump" for "Donald Trump"), and
    so is anything the gold lists in ``also_accept``.

    >>> speaker_matches("trump", "Donald Trump")
    True
    >>> speaker_matches("White House", "the White House")
    True
    >>> speaker_matches("a senior official", "Sarah Sanders")
    False
    >>> speaker_matches(None, None)
    True
    """
    p = _words(pred)
    if gold is None and not p:
        return True
    for cand in ([gold] if gold else []) + list(also):
        c = _words(cand)
        if c and (p == c or _contains(p, c)):
            return True
    if gold and p:
        raw = gold.split()
        if len(raw) >= 2 and all(w[:1].isupper() for w in raw) and p == _words(raw[-1]):
            return True
    return False


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted stretches (curly double, straight double, curly single)."""
    spans = [m.span() for m in re.finditer(r"“[^”\n]*”", text)]
    spans += [m.span() for m in re.finditer(r'"[^"\n]*"', text)]
    spans += [m.span() for m in re.finditer(r"‘[^’\n]*’(?!\w)", text)]
    return spans


def _greedy(pairs: list[tuple[tuple, int, int]]) -> list[tuple[int, int]]:
    """One-to-one matching: best-scored pairs first."""
    pairs.sort(key=lambda x: x[0], reverse=True)
    used_g, used_p, out = set(), set(), []
    for _score, g, p in pairs:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            out.append((g, p))
    return out


def _prf() -> dict[str, int]:
    return {"tp": 0, "pred": 0, "gold": 0}


def empty_counts() -> dict[str, Any]:
    """Raw counts for one article or a whole set (they add up; ratios do not)."""
    return {
        "articles": 0,
        "errors": 0,
        "sent_body": _prf(),
        "sent_all": _prf(),
        "part_ok": 0,
        "attr": _prf(),
        "attr_any_type": _prf(),
        "speaker_ok": 0,
        "channel_ok": 0,
        "kind_ok": 0,
        "by_type": {t: _prf() for t in SOURCE_TYPES},
        # gold type -> predicted type, over the attributions matched ignoring the type
        "type_confusion": {g: dict.fromkeys(SOURCE_TYPES, 0) for g in SOURCE_TYPES},
        "no_comment": {"tp_pred": 0, "tp_gold": 0, "pred": 0, "gold": 0},
        "framing": {
            c: {"tp_pred": 0, "tp_gold": 0, "pred": 0, "gold": 0} for c in FRAMING_CATEGORIES
        },
        "framing_any": {"tp_gold": 0, "gold": 0},
        "framing_in_quotes": 0,
    }


def add_counts(total: dict[str, Any], part: dict[str, Any]) -> dict[str, Any]:
    """Add ``part`` into ``total`` (nested dicts of ints), in place; returns ``total``."""
    for key, value in part.items():
        if isinstance(value, dict):
            add_counts(total[key], value)
        else:
            total[key] += value
    return total


# --------------------------------------------------------------------------
# Scoring one article
# --------------------------------------------------------------------------


def score_article(
    gold: dict[str, Any], text: str, report: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, list]]:
    """Compare one report (the contract's dict) with its gold.

    Returns ``(counts, details)``: counts as in :func:`empty_counts`, details
    the misses and false positives as readable lines for ``--article``.
    """
    where = locate(gold, text)
    counts = empty_counts()
    counts["articles"] = 1
    details: dict[str, list] = {
        k: [] for k in ("sentences", "attributions", "no_comment", "framing")
    }
    gspans = where["sentences"]
    gsent = gold["sentences"]

    # Sentences -------------------------------------------------------------
    psents = report.get("sentences") or []
    pspans: list[tuple[int, int]] = []
    for s in psents:
        span = _valid_span(s, text)
        pspans.append(_trim(text, *span) if span else (0, 0))
    dateline_span = None
    if gold.get("dateline"):
        k = next(iter(where["alt"]))
        dateline_span = _trim(text, gspans[k][0], where["alt"][k][0])
    # A copyright line is one unit however its full stops split it ("© 2026 Nordpress.
    # All rights reserved."): the keys split it both ways, and it is no prose.
    lines = _copyright_lines(text, gspans, gsent)
    line_of = [_in_line(span, lines) for span in gspans]
    first_of: dict[tuple[int, int], int] = {}
    for k, line in enumerate(line_of):
        if line is not None:
            first_of.setdefault(line, k)
    # the gold pieces of a split line after its first count as one with it
    merged = {k for k, line in enumerate(line_of) if line is not None and first_of[line] != k}
    gspans = [line or span for line, span in zip(line_of, gspans, strict=True)]
    index = {span: k for k, span in enumerate(gspans) if k not in merged}
    index.update({span: k for k, span in where["alt"].items()})
    body = {k for k, s in enumerate(gsent) if s["part"] == "body"}
    matched_all: dict[int, int] = {}
    counted_pred = []
    seen_lines: set = set()
    for j, span in enumerate(pspans):
        if span[0] >= span[1] or span == dateline_span:
            continue  # empty, or the dateline split off as a part of its own
        line = _in_line(span, lines)
        if line is not None:
            if line in seen_lines:
                continue  # the rest of a copyright line already counted
            seen_lines.add(line)
            span = pspans[j] = line
        counted_pred.append(j)
        k = index.get(span)
        if k is not None and k not in matched_all:
            matched_all[k] = j
    counts["sent_all"] = {
        "tp": len(matched_all),
        "pred": len(counted_pred),
        "gold": len(gspans) - len(merged),
    }
    body_pred = [j for j in counted_pred if any(_overlap(pspans[j], gspans[k]) for k in body)]
    counts["sent_body"] = {
        "tp": sum(1 for k in matched_all if k in body),
        "pred": len(body_pred),
        "gold": len(body),
    }
    for k, j in matched_all.items():
        part = psents[j].get("part")
        if part == gsent[k]["part"]:
            counts["part_ok"] += 1
        else:
            details["sentences"].append(
                f"part {part!r} should be {gsent[k]['part']!r}: {gsent[k]['text'][:70]!r}"
            )
    for k in range(len(gspans)):
        if k not in matched_all and k not in merged:
            details["sentences"].append(f"missed: {gsent[k]['text']!r}")
    hit = set(matched_all.values())
    for j in counted_pred:
        if j not in hit:
            details["sentences"].append(
                f"not a gold sentence: {text[pspans[j][0] : pspans[j][1]]!r}"
            )

    # Attributions -----------------------------------------------------------
    gattrs = gold["attributions"]
    pattrs = [a for a in (report.get("attributions") or []) if isinstance(a, dict)]
    p_sent = []
    for a in pattrs:
        span = _valid_span(a, text)
        if span is None:
            sid = a.get("sentence")
            span = pspans[sid] if isinstance(sid, int) and 0 <= sid < len(pspans) else (0, 0)
        p_sent.append(_best_sentence(span, gspans) if span[1] > span[0] else -1)

    def checks(g: dict, p: dict) -> tuple[bool, bool, bool]:
        return (
            speaker_matches(p.get("speaker"), g.get("speaker"), g.get("also_accept", [])),
            p.get("channel") == g["channel"],
            p.get("quote_kind") == g["quote_kind"],
        )

    typed, untyped = [], []
    for gi, g in enumerate(gattrs):
        for pi, p in enumerate(pattrs):
            if p_sent[pi] != where["attributions"][gi]:
                continue
            same = p.get("source_type") == g["source_type"]
            score = checks(g, p)
            untyped.append(((same, *score), gi, pi))
            if same:
                typed.append((score, gi, pi))
    matches = _greedy(typed)
    counts["attr"] = {"tp": len(matches), "pred": len(pattrs), "gold": len(gattrs)}
    any_type = _greedy(untyped)
    counts["attr_any_type"] = {"tp": len(any_type), "pred": len(pattrs), "gold": len(gattrs)}
    for gi, pi in any_type:
        pred_type = pattrs[pi].get("source_type")
        if pred_type in SOURCE_TYPES:
            counts["type_confusion"][gattrs[gi]["source_type"]][pred_type] += 1
    for t in SOURCE_TYPES:
        counts["by_type"][t] = {
            "tp": sum(1 for gi, _ in matches if gattrs[gi]["source_type"] == t),
            "pred": sum(1 for p in pattrs if p.get("source_type") == t),
            "gold": sum(1 for g in gattrs if g["source_type"] == t),
        }
    matched_g = {gi for gi, _ in matches}
    matched_p = {pi for _, pi in matches}
    for gi, pi in matches:
        g, p = gattrs[gi], pattrs[pi]
        sp, ch, kind = checks(g, p)
        counts["speaker_ok"] += sp
        counts["channel_ok"] += ch
        counts["kind_ok"] += kind
        wrong = []
        if not sp:
            wrong.append(f"speaker {p.get('speaker')!r} should be {g.get('speaker')!r}")
        if not ch:
            wrong.append(f"channel {p.get('channel')!r} should be {g['channel']!r}")
        if not kind:
            wrong.append(f"quote_kind {p.get('quote_kind')!r} should be {g['quote_kind']!r}")
        if wrong:
            details["attributions"].append(f"matched at {g['sentence']!r}, but " + "; ".join(wrong))
    for gi, g in enumerate(gattrs):
        if gi not in matched_g:
            details["attributions"].append(
                f"missed: {g['source_type']} {g.get('speaker')!r} ({g['channel']}, {g['quote_kind']}, "
                f"cue {g.get('cue')!r}) at {g['sentence']!r}"
            )
    for pi, p in enumerate(pattrs):
        if pi not in matched_p:
            k = p_sent[pi]
            at = gsent[k]["text"][:60] if k >= 0 else "no gold sentence"
            details["attributions"].append(
                f"false positive: {p.get('source_type')} {p.get('speaker')!r} "
                f"(cue {p.get('cue')!r}) in {at!r}"
            )

    # No comment ---------------------------------------------------------------
    summary = report.get("summary") or {}
    pred_nc = set()
    for sid in summary.get("no_comment") or []:
        if isinstance(sid, int) and 0 <= sid < len(pspans) and pspans[sid][1] > pspans[sid][0]:
            pred_nc.add(_best_sentence(pspans[sid], gspans))
    gold_nc = set(where["no_comment"])
    counts["no_comment"] = {
        "tp_pred": len(pred_nc & gold_nc),
        "tp_gold": len(pred_nc & gold_nc),
        "pred": len(pred_nc),
        "gold": len(gold_nc),
    }
    for k in sorted(gold_nc - pred_nc):
        details["no_comment"].append(f"missed: {gsent[k]['text']!r}")
    for k in sorted(pred_nc - gold_nc):
        at = gsent[k]["text"] if k >= 0 else "no gold sentence"
        details["no_comment"].append(f"false positive: {at!r}")

    # Framing ----------------------------------------------------------------
    gframes = where["framing"]
    pframes = []
    for f in report.get("framing") or []:
        span = _valid_span(f, text) if isinstance(f, dict) else None
        if span is not None:
            pframes.append((span[0], span[1], f.get("category")))
    pairs = []
    for gi, (gs, ge, gc) in enumerate(gframes):
        for pi, (ps, pe, pc) in enumerate(pframes):
            if pc == gc and _overlap((gs, ge), (ps, pe)):
                pairs.append(((_overlap((gs, ge), (ps, pe)),), gi, pi))
    fmatch = _greedy(pairs)
    fg = {gi for gi, _ in fmatch}
    fp = {pi for _, pi in fmatch}
    quotes = quote_spans(text)
    ignored = set()
    for pi, (ps, pe, pc) in enumerate(pframes):
        if pi not in fp and pc != "scare_quote" and any(a <= ps and pe <= b for a, b in quotes):
            ignored.add(pi)
    counts["framing_in_quotes"] = len(ignored)
    for c in FRAMING_CATEGORIES:
        counts["framing"][c] = {
            "tp_pred": sum(1 for pi in fp if pframes[pi][2] == c),
            "tp_gold": sum(1 for gi in fg if gframes[gi][2] == c),
            "pred": sum(1 for pi, f in enumerate(pframes) if f[2] == c and pi not in ignored),
            "gold": sum(1 for f in gframes if f[2] == c),
        }
    any_hit = {
        gi
        for gi, (gs, ge, _) in enumerate(gframes)
        if any(_overlap((gs, ge), (ps, pe)) for ps, pe, _ in pframes)
    }
    counts["framing_any"] = {"tp_gold": len(any_hit), "gold": len(gframes)}
    for gi, (gs, ge, gc) in enumerate(gframes):
        if gi not in fg:
            other = "" if gi not in any_hit else " (found with another category)"
            details["framing"].append(f"missed: {gc} {text[gs:ge]!r}{other}")
    for pi, (ps, pe, pc) in enumerate(pframes):
        if pi not in fp and pi not in ignored:
            details["framing"].append(f"false positive: {pc} {text[ps:pe]!r}")
    for pi in sorted(ignored):
        ps, pe, pc = pframes[pi]
        details["framing"].append(f"inside quotation marks, not scored: {pc} {text[ps:pe]!r}")
    return counts, details


# --------------------------------------------------------------------------
# Figures from counts
# --------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def _prf_figures(c: dict[str, int]) -> dict[str, float | None]:
    p, r = _ratio(c["tp"], c["pred"]), _ratio(c["tp"], c["gold"])
    # Nothing expected and nothing predicted is a perfect score, not a gap.
    if c["pred"] == 0 and c["gold"] == 0:
        p = r = 1.0
    elif c["pred"] == 0:
        p = 0.0
    return {"precision": p, "recall": r, "f1": _f1(p, r)}


def figures(counts: dict[str, Any]) -> dict[str, Any]:
    """Ratios from raw counts (``None`` where there is nothing to divide by)."""
    tp = counts["attr"]["tp"]
    nc = counts["no_comment"]
    fr = counts["framing"]
    f_tp_pred = sum(v["tp_pred"] for v in fr.values())
    f_tp_gold = sum(v["tp_gold"] for v in fr.values())
    f_pred = sum(v["pred"] for v in fr.values())
    f_gold = sum(v["gold"] for v in fr.values())
    return {
        "articles": counts["articles"],
        "errors": counts["errors"],
        "sentences": {
            "gold": counts["sent_all"]["gold"],
            "body": _prf_figures(counts["sent_body"]),
            "all": _prf_figures(counts["sent_all"]),
            "part_accuracy": _ratio(counts["part_ok"], counts["sent_all"]["tp"]),
        },
        "attributions": {
            "gold": counts["attr"]["gold"],
            "predicted": counts["attr"]["pred"],
            **_prf_figures(counts["attr"]),
            "f1_ignoring_type": _prf_figures(counts["attr_any_type"])["f1"],
            "speaker_accuracy": _ratio(counts["speaker_ok"], tp),
            "channel_accuracy": _ratio(counts["channel_ok"], tp),
            "quote_kind_accuracy": _ratio(counts["kind_ok"], tp),
            "by_source_type": {
                t: {"gold": c["gold"], "predicted": c["pred"], **_prf_figures(c)}
                for t, c in counts["by_type"].items()
            },
            # matched ignoring the type: how often each gold type was given each type
            "type_confusion": counts["type_confusion"],
        },
        "no_comment": {
            "gold": nc["gold"],
            "predicted": nc["pred"],
            "precision": _ratio(nc["tp_pred"], nc["pred"]),
            "recall": _ratio(nc["tp_gold"], nc["gold"]),
        },
        "framing": {
            "gold": f_gold,
            "predicted": f_pred,
            "precision": _ratio(f_tp_pred, f_pred),
            "recall": _ratio(f_tp_gold, f_gold),
            "recall_ignoring_category": _ratio(
                counts["framing_any"]["tp_gold"], counts["framing_any"]["gold"]
            ),
            "inside_quotes_not_scored": counts["framing_in_quotes"],
            "by_category": {
                c: {
                    "gold": v["gold"],
                    "predicted": v["pred"],
                    "precision": _ratio(v["tp_pred"], v["pred"]),
                    "recall": _ratio(v["tp_gold"], v["gold"]),
                }
                for c, v in fr.items()
            },
        },
    }


# --------------------------------------------------------------------------
# Running the sets
# --------------------------------------------------------------------------


def evaluate_file(path: Path, analyze=None) -> tuple[dict, dict, dict, str | None]:
    """Score one gold file: ``(gold, counts, details, error)``.

    ``analyze`` defaults to :func:`helpers.analyze`; a crash in it (or a bad
    gold file) is reported as ``error`` and scores as an empty report.
    """
    if analyze is None:
        from helpers import analyze
    error = None
    try:
        gold = load_gold(path)
        text = article_text(gold)
        locate(gold, text)
    except Exception as err:  # a broken gold file: nothing to score against
        return {"article": path.stem}, empty_counts(), {}, f"{path.name}: {err}"
    try:
        report = analyze(text, name=str(gold["article"])).to_dict()
    except Exception:
        error = f"{path.name}: analyze() crashed:\n{traceback.format_exc(limit=3)}"
        report = {}
    counts, details = score_article(gold, text, report)
    counts["errors"] = int(error is not None)
    return gold, counts, details, error


def report_from_gold(gold: dict[str, Any], text: str) -> dict[str, Any]:
    """What a flawless ``analyze()`` would return for this gold, in the contract's shape.

    Used to check that the scorer gives full marks to the gold itself, and to score
    one annotator's keys against another's (``--against``).
    """
    where = locate(gold, text)
    sents = [
        {"id": k, "part": s["part"], "text": s["text"], "start": a, "end": b}
        for k, (s, (a, b)) in enumerate(zip(gold["sentences"], where["sentences"], strict=True))
    ]
    attrs = []
    for n, g in enumerate(gold["attributions"]):
        start = text.index(g["sentence"])
        attrs.append(
            {
                "sentence": where["attributions"][n],
                "speaker": g["speaker"],
                "source_type": g["source_type"],
                "channel": g["channel"],
                "quote_kind": g["quote_kind"],
                "start": start,
                "end": start + len(g["sentence"]),
            }
        )
    frames = [
        {"sentence": 0, "text": text[s:e], "category": c, "start": s, "end": e}
        for s, e, c in where["framing"]
    ]
    return {
        "sentences": sents,
        "attributions": attrs,
        "framing": frames,
        "summary": {"no_comment": where["no_comment"]},
    }


class _KeyReport:
    """A second annotator's key standing in for a report (``.to_dict()``, like Report)."""

    def __init__(self, data: dict[str, Any]):
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return self.data


def keys_as_analyze(folder: Path):
    """An ``analyze(text, name=...)`` that returns another annotator's key for the article.

    The keys in ``folder`` name their articles like the gold does; an article with no
    key there scores as an empty report.
    """
    keys = {}
    for path in gold_files(folder):
        key = load_gold(path)
        keys[str(key["article"])] = key

    def analyze(text: str, name: str = "") -> _KeyReport:
        key = keys.get(name)
        return _KeyReport(report_from_gold(key, text) if key else {})

    return analyze


def evaluate_sets(sets: dict[str, Path] | None = None, analyze=None) -> dict[str, Any]:
    """Counts and figures for every set, per article and in total."""
    sets = SETS if sets is None else sets
    out: dict[str, Any] = {"sets": {}, "errors": []}
    grand = empty_counts()
    for set_name, folder in sets.items():
        total = empty_counts()
        articles = {}
        for path in gold_files(folder):
            _gold, counts, _details, error = evaluate_file(path, analyze)
            if error:
                out["errors"].append(error)
                counts["errors"] = 1
            articles[path.stem] = {"counts": counts, "figures": figures(counts)}
            add_counts(total, counts)
        add_counts(grand, total)
        out["sets"][set_name] = {
            "folder": str(folder.relative_to(ROOT)) if folder.is_relative_to(ROOT) else str(folder),
            "articles": articles,
            "counts": total,
            "figures": figures(total),
        }
    out["counts"] = grand
    out["figures"] = figures(grand)
    return out


# --------------------------------------------------------------------------
# Printing
# --------------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    return "  —  " if x is None else f"{x:5.2f}"


_MAIN_COLUMNS = (
    ("sents", 5),
    ("bodyF1", 6),
    ("allF1", 6),
    ("part", 5),
    ("attrP", 5),
    ("attrR", 5),
    ("attrF1", 6),
    ("F1any", 5),
    ("spkr", 5),
    ("chan", 5),
    ("kind", 5),
    ("ncP", 5),
    ("ncR", 5),
    ("frP", 5),
    ("frR", 5),
    ("frRany", 6),
    ("inQ", 4),
)


def _row(name: str, f: dict[str, Any]) -> str:
    s, a, n, fr = f["sentences"], f["attributions"], f["no_comment"], f["framing"]
    cells = [
        f"{s['gold']:5d}",
        _fmt(s["body"]["f1"]),
        _fmt(s["all"]["f1"]),
        _fmt(s["part_accuracy"]),
        _fmt(a["precision"]),
        _fmt(a["recall"]),
        _fmt(a["f1"]),
        _fmt(a["f1_ignoring_type"]),
        _fmt(a["speaker_accuracy"]),
        _fmt(a["channel_accuracy"]),
        _fmt(a["quote_kind_accuracy"]),
        _fmt(n["precision"]),
        _fmt(n["recall"]),
        _fmt(fr["precision"]),
        _fmt(fr["recall"]),
        _fmt(fr["recall_ignoring_category"]),
        f"{fr['inside_quotes_not_scored']:4d}",
    ]
    return f"{name[:30]:30s} " + " ".join(
        c.rjust(w) for c, (_, w) in zip(cells, _MAIN_COLUMNS, strict=True)
    )


def print_tables(result: dict[str, Any], out=sys.stdout) -> None:
    """The human-readable tables: one block per set, then the grand total."""
    header = f"{'article':30s} " + " ".join(h.rjust(w) for h, w in _MAIN_COLUMNS)
    legend = (
        "sents: gold sentences; bodyF1/allF1: exact sentence spans; part: right part among matched; "
        "attr P/R/F1: same sentence and source type; F1any: ignoring type; spkr/chan/kind: accuracy "
        "among matched attributions; nc: no-comment; fr: framing (span overlap, same category); "
        "frRany: recall ignoring category; inQ: predicted cues inside quotation marks, not scored"
    )
    print(legend, file=out)
    for set_name, block in result["sets"].items():
        n = len(block["articles"])
        print(f"\n== {set_name} ({block['folder']}): {n} article{'s' * (n != 1)} ==", file=out)
        print(header, file=out)
        for name, art in block["articles"].items():
            print(_row(name, art["figures"]), file=out)
        print(_row("TOTAL", block["figures"]), file=out)
        _print_breakdowns(block["figures"], out)
    print("\n== all sets ==", file=out)
    print(header, file=out)
    print(_row("TOTAL", result["figures"]), file=out)
    if result["errors"]:
        print(f"\n{len(result['errors'])} error(s):", file=out)
        for e in result["errors"]:
            print("  " + e.replace("\n", "\n  "), file=out)


def _print_breakdowns(f: dict[str, Any], out) -> None:
    print(f"  {'source type':14s} {'gold':>5s} {'pred':>5s} {'P':>5s} {'R':>5s}", file=out)
    for t, v in f["attributions"]["by_source_type"].items():
        print(
            f"  {t:14s} {v['gold']:5d} {v['predicted']:5d} {_fmt(v['precision'])} {_fmt(v['recall'])}",
            file=out,
        )
    print(f"  {'framing':18s} {'gold':>5s} {'pred':>5s} {'P':>5s} {'R':>5s}", file=out)
    for c, v in f["framing"]["by_category"].items():
        print(
            f"  {c:18s} {v['gold']:5d} {v['predicted']:5d} {_fmt(v['precision'])} {_fmt(v['recall'])}",
            file=out,
        )


def print_confusion(confusion: dict[str, dict[str, int]], out=sys.stdout) -> None:
    """The source-type confusion table: a row per gold type, a column per type given."""
    short = {
        t: t.replace("named_person", "person").replace("spokesperson", "spokes")[:9]
        for t in SOURCE_TYPES
    }
    print(
        "\nsource type given (columns) for each gold type (rows), found attributions only:",
        file=out,
    )
    print(" " * 14 + "".join(f"{short[t]:>10}" for t in SOURCE_TYPES), file=out)
    for g in SOURCE_TYPES:
        row = confusion[g]
        print(f"{g:14}" + "".join(f"{row[t]:>10}" for t in SOURCE_TYPES), file=out)
    wrong = sum(n for g, row in confusion.items() for t, n in row.items() if t != g)
    print(f"given another type: {wrong}", file=out)


def find_gold(name: str, sets: dict[str, Path] | None = None) -> tuple[str, Path]:
    """``(set name, path)`` of the gold file for an article name or file stem.

    ``sets`` defaults to the standard sets (:data:`SETS`): dev and every held-out folder.
    """
    sets = SETS if sets is None else sets
    for set_name, folder in sets.items():
        for path in gold_files(folder):
            if path.stem == name:
                return set_name, path
            try:
                if str(load_gold(path)["article"]) == name:
                    return set_name, path
            except GoldError:
                continue
    raise SystemExit(f"no gold file for {name!r} in {', '.join(str(p) for p in sets.values())}")


def print_article(name: str, out=sys.stdout, sets: dict[str, Path] | None = None) -> int:
    set_name, path = find_gold(name, sets)
    if path.parent.resolve() != SETS["dev"].resolve():
        print(
            "Note: this article is in the held-out set. If you write rules, do not tune them on it.\n",
            file=out,
        )
    gold, counts, details, error = evaluate_file(path)
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"{shown} ({set_name})", file=out)
    if error:
        print(error, file=out)
    cols = " ".join(h.rjust(w) for h, w in _MAIN_COLUMNS)
    print(f"{'article':30s} {cols}", file=out)
    print(_row(path.stem, figures(counts)), file=out)
    for section, lines in details.items():
        print(f"\n{section}: {len(lines)} to look at", file=out)
        for line in lines:
            print(f"  - {line}", file=out)
    return 1 if error else 0


def folder_arg(ref: str) -> Path | None:
    """The folder a ``--set`` argument names (from the working directory, else the
    repository root), or ``None`` when it is not a folder holding ``.yml`` files."""
    for base in (Path.cwd(), ROOT):
        folder = (base / ref).resolve()
        if folder.is_dir() and gold_files(folder):
            return folder
    return None


def set_label(folder: Path) -> str:
    """A set's name in the tables: its path from the repository root, or as given."""
    return str(folder.relative_to(ROOT)) if folder.is_relative_to(ROOT) else str(folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--article", metavar="NAME", help="one article, with its misses and false positives"
    )
    parser.add_argument(
        "--set",
        metavar="FOLDER",
        action="append",
        help=(
            "score this folder of NAME.txt + NAME.yml files instead of the default sets "
            "(repeatable; with --article, look for the article there)"
        ),
    )
    parser.add_argument(
        "--confusion",
        action="store_true",
        help=(
            "also print, over all sets, which source type the rules gave each gold type "
            "(the attributions found, whatever their type): where typing goes wrong"
        ),
    )
    parser.add_argument(
        "--against",
        metavar="FOLDER",
        help=(
            "score a second annotator's keys in FOLDER (same article names) instead of "
            "the rules: how well two people agree on the same articles"
        ),
    )
    args = parser.parse_args(argv)
    analyze = None
    if args.against:
        folder = folder_arg(args.against)
        if folder is None:
            print(f"evaluate.py: --against {args.against}: no .yml answer keys", file=sys.stderr)
            return 2
        analyze = keys_as_analyze(folder)
    sets = None
    if args.set:
        sets = {}
        for ref in args.set:
            folder = folder_arg(ref)
            if folder is None:
                print(
                    f"evaluate.py: --set {ref}: not a folder with .yml answer keys", file=sys.stderr
                )
                return 2
            sets[set_label(folder)] = folder
    if args.article:
        return print_article(args.article, sets=sets)
    result = evaluate_sets(sets, analyze)
    if args.json:
        doc = {
            "sets": {
                k: {
                    "folder": v["folder"],
                    "total": v["figures"],
                    "articles": {a: x["figures"] for a, x in v["articles"].items()},
                }
                for k, v in result["sets"].items()
            },
            "total": result["figures"],
            "errors": result["errors"],
        }
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        print_tables(result)
        if args.confusion:
            print_confusion(result["figures"]["attributions"]["type_confusion"])
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
