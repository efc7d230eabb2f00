"""The readable text summary printed by ``python -m helpers analyze PATH``.

It also holds what every face of the report shares: the words used for the
report's codes (``named_person`` is shown as "named person") and
:func:`visible`, which makes control characters in an article visible
instead of letting them act. A pasted article can hide an ANSI escape
sequence (ESC ``[2J`` clears a terminal), a carriage return that overwrites
a line, or a right-to-left override that shows text backwards; all of these
are printed as ``\\uXXXX`` so a teacher sees that they are there.

>>> visible("red\\x1b[31m text")
'red\\\\u001b[31m text'
>>> label("source_type", "named_person")
'named person'
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

from .vocabulary import CHANNELS, FRAMING_CATEGORIES, READABILITY_FORMULAS, SOURCE_TYPES

__all__ = [
    "render_text",
    "visible",
    "label",
    "hardest_sentences",
    "timeline",
    "LABELS",
    "FRAMING_HELP",
    "FORMULA_LABELS",
    "PART_LABELS",
]

WIDTH = 88

# Words for the report's codes --------------------------------------------------
LABELS: dict[str, dict[str, str]] = {
    "source_type": {
        "named_person": "named person",
        "spokesperson": "spokesperson",
        "institution": "institution",
        "document": "document",
        "anonymous": "anonymous source",
        "vague": "vague (no one named)",
        "news_agency": "news agency",
    },
    "channel": {
        "social_media": "social media",
        "statement": "statement",
        "briefing": "briefing or speech",
        "interview": "interview",
        "document": "document",
        "unspecified": "not said",
    },
    "quote_kind": {
        "direct": "direct quote",
        "partial": "partial quote",
        "indirect": "reported speech",
    },
    "framing": {
        "loaded_language": "loaded language",
        "intensifier": "intensifier",
        "hedge": "hedge",
        "doubt": "doubt",
        "attribution_verb": "judging saying-verb",
        "presupposition": "presented as fact",
        "weasel": "weasel words",
        "scare_quote": "scare quotes",
        "agentless_passive": "hidden actor",
        "editorializing": "writer's opinion",
    },
}

FRAMING_HELP = {
    "loaded_language": "Words that carry a judgement, such as labels that make a person look good or bad.",
    "intensifier": "Words that make something sound bigger, stronger or more certain.",
    "hedge": "Words that soften a claim, so the writer is less committed to it.",
    "doubt": "Words that make a claim look doubtful before you have read the evidence.",
    "attribution_verb": "A saying-verb other than 'said' that judges the speaker, such as 'claimed' or 'admitted'.",
    "presupposition": "Verbs that treat a disputed point as already proven.",
    "weasel": "Authority with no one named: who exactly are 'critics' or 'experts'?",
    "scare_quote": "Quotation marks around a word to keep the writer at a distance from it.",
    "agentless_passive": "A passive sentence that hides who did the action.",
    "editorializing": "The writer's own description of how someone behaved or felt.",
}

FORMULA_LABELS = {
    "flesch_reading_ease": "Flesch reading ease (higher is easier)",
    "flesch_kincaid_grade": "Flesch-Kincaid grade",
    "gunning_fog": "Gunning fog index",
    "smog_index": "SMOG index",
    "coleman_liau_index": "Coleman-Liau index",
    "automated_readability_index": "Automated readability index",
    "dale_chall_readability_score": "Dale-Chall score",
}

PART_LABELS = {
    "headline": "Headline",
    "caption": "Photo caption",
    "credit": "Credit line",
    "dateline": "Dateline",
    "body": "Body",
    "copyright": "Copyright line",
    "other": "Other",
}


def label(kind: str, code: Any) -> str:
    """The words shown for a code of the report (the code itself if unknown)."""
    return LABELS.get(kind, {}).get(code, str(code))


# Control characters ------------------------------------------------------------------
# C0 and C1 controls (but not tab and newline), DEL, the bidirectional
# controls that reorder text on screen, and the Unicode line separators.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)


def _escape_one(m: re.Match) -> str:
    return f"\\u{ord(m.group()):04x}"


def visible(s: Any) -> str:
    """``s`` as text with every control character shown as ``\\uXXXX``.

    A Windows line end (CR LF) becomes a plain newline first.
    """
    s = str(s)
    if "\r\n" in s:
        s = s.replace("\r\n", "\n")
    return _CONTROL.sub(_escape_one, s)


def _one_line(s: Any) -> str:
    return " ".join(visible(s).split())


def _clip(s: Any, n: int) -> str:
    s = _one_line(s)
    return s if len(s) <= n else s[: n - 1] + "…"


def _q(s: Any, n: int = 80) -> str:
    """Article words in quotation marks (unless they already start with one)."""
    s = _clip(s, n)
    return s if s[:1] in "“\"‘'«" else f"“{s}”"


def _number(x: Any, digits: int = 1) -> str:
    if isinstance(x, bool) or x is None:
        return "—"
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        return f"{x:.{digits}f}"
    return _one_line(x)


def hardest_sentences(data: dict, k: int = 3) -> list[tuple[dict, dict]]:
    """The ``k`` body sentences with the highest Flesch-Kincaid grade.

    Returns (sentence, scores) pairs, hardest first. Sentences of fewer than
    three words are skipped (a grade means little there); when the article
    has no body part, every sentence is considered.
    """
    sents = data.get("sentences") or []
    rows = data.get("readability", {}).get("per_sentence") or []
    by_id = {s["id"]: s for s in sents}
    pairs = [(by_id[r["sentence"]], r) for r in rows if r.get("sentence") in by_id]
    body = [p for p in pairs if p[0].get("part") == "body"] or pairs
    body = [p for p in body if (p[1].get("words") or 0) >= 3] or body
    body.sort(key=lambda p: -(p[1].get("flesch_kincaid_grade") or 0.0))
    return body[:k]


def timeline(dates: list[dict]) -> list[tuple[str, list[dict]]]:
    """The resolved dates grouped by day, earliest day first, reading order within a day."""
    by_day: dict[str, list[dict]] = {}
    for t in dates:
        if t.get("date"):
            by_day.setdefault(str(t["date"]), []).append(t)
    return sorted(by_day.items())


# The summary ---------------------------------------------------------------------
class _Out:
    """Lines of the summary, wrapped to ``WIDTH`` with a hanging indent."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, s: str = "", indent: int = 0, hang: int = 2) -> None:
        if not s:
            self.lines.append("")
            return
        self.lines.extend(
            textwrap.wrap(
                s,
                WIDTH,
                initial_indent=" " * indent,
                subsequent_indent=" " * (indent + hang),
                break_long_words=True,
                break_on_hyphens=False,
            )
            or [""]
        )

    def heading(self, s: str) -> None:
        if self.lines:
            self.lines.append("")
        self.lines.append(s)
        self.lines.append("-" * min(len(s), WIDTH))


def _readability(out: _Out, d: dict) -> None:
    read = d.get("readability", {})
    body, whole = read.get("body", {}), read.get("whole", {})
    out.heading("Readability")
    out(f"{'':<38}{'body':>10}{'whole':>10}", 2)
    for key in READABILITY_FORMULAS:
        out(
            f"{FORMULA_LABELS[key]:<38}{_number(body.get(key)):>10}{_number(whole.get(key)):>10}", 2
        )
    for key in ("words", "sentences", "syllables"):
        out(f"{key:<38}{_number(body.get(key)):>10}{_number(whole.get(key)):>10}", 2)
    if body.get("text_standard") or whole.get("text_standard"):
        out(
            f"Consensus grade: body {_one_line(body.get('text_standard') or '—')}; "
            f"whole article {_one_line(whole.get('text_standard') or '—')}",
            2,
        )
    for name, m in (("body", body), ("whole article", whole)):
        for w in m.get("warnings") or []:
            out(f"Note ({name}): {_one_line(w)}", 2, 6)
    hard = hardest_sentences(d)
    if hard:
        out("Hardest sentences (highest Flesch-Kincaid grade):", 2)
        for sent, scores in hard:
            out(
                f"[{sent['id']}] grade {_number(scores.get('flesch_kincaid_grade'))}, "
                f"{_number(scores.get('words'))} words: {_clip(sent['text'], 300)}",
                4,
                4,
            )


def _attributions(out: _Out, d: dict) -> None:
    attrs = d.get("attributions") or []
    s = d.get("summary", {})
    out.heading(f"Who is quoted ({len(attrs)} attribution{'s' if len(attrs) != 1 else ''})")
    if not attrs:
        out("No attributed statements were found.", 2)
    for a in attrs:
        who = _one_line(a.get("speaker") or "(no one named)")
        out(
            f"[{a.get('sentence')}] {who} - {label('source_type', a.get('source_type'))}, "
            f"via {label('channel', a.get('channel'))}, {label('quote_kind', a.get('quote_kind'))}"
            f" (cue: {_q(a.get('cue', ''))})",
            2,
            4,
        )
        if a.get("quote"):
            out(f"Quote: {_q(a['quote'], 400)}", 6, 2)
        if a.get("explanation"):
            out(f"Why: {_one_line(a['explanation'])}", 6, 2)
    out.heading("Source mix")
    types = s.get("by_source_type") or {}
    channels = s.get("by_channel") or {}
    out(
        "By type: "
        + ", ".join(f"{label('source_type', t)} {types.get(t, 0)}" for t in SOURCE_TYPES),
        2,
        4,
    )
    out(
        "By channel: " + ", ".join(f"{label('channel', c)} {channels.get(c, 0)}" for c in CHANNELS),
        2,
        4,
    )
    share = s.get("named_share")
    out(
        f"Named sources: {'no attributions' if share is None else f'{share:.0%} of attributions'}"
        f"; distinct sources: {s.get('distinct_sources', 0)}; anonymous: {s.get('anonymous', 0)};"
        f" vague: {s.get('vague', 0)}",
        2,
        4,
    )
    if s.get("no_comment"):
        ids = ", ".join(str(i) for i in s["no_comment"])
        out(f"Declined to comment (sentences {ids}); these are not counted as sources.", 2, 4)


def _framing(out: _Out, d: dict) -> None:
    frames = d.get("framing") or []
    out.heading(f"Framing cues ({len(frames)})")
    if not frames:
        out("No framing cues were found.", 2)
        return
    groups: dict[str, list[dict]] = {}
    for f in frames:
        groups.setdefault(f.get("category"), []).append(f)
    order = [c for c in FRAMING_CATEGORIES if c in groups] + [
        c for c in groups if c not in FRAMING_CATEGORIES
    ]
    for cat in order:
        items = groups[cat]
        out(f"{label('framing', cat)} ({len(items)}): {FRAMING_HELP.get(cat, '')}", 2, 4)
        for f in items:
            out(f"[{f.get('sentence')}] {_q(f.get('text', ''))}", 4, 4)
            if f.get("explanation"):
                out(_one_line(f["explanation"]), 8, 0)


def _dates(out: _Out, d: dict) -> None:
    dates = d.get("dates") or []
    out.heading(f"Dates and timeline ({len(dates)})")
    if not dates:
        out("No dates or time words were found.", 2)
        return
    for t in dates:
        out(
            f"[{t.get('sentence')}] {_q(t.get('text', ''), 60)} -> {t.get('date') or 'no single day'}",
            2,
            4,
        )
        if t.get("how"):
            out(_one_line(t["how"]), 6, 0)
    by_day = timeline(dates)
    if by_day:
        out("Timeline (earliest first; [n] is the sentence):", 2)
        for day, items in by_day:
            words = ", ".join(f"{_q(t.get('text', ''), 40)} [{t.get('sentence')}]" for t in items)
            out(f"{day}: {words}", 4, 4)


def render_text(report) -> str:
    """The report as a summary for a terminal: plain text, lines of at most 88 characters.

    Every string that comes from the article passes through :func:`visible`,
    so control characters are shown, never obeyed.
    """
    d = report._data
    s = d.get("summary", {})
    src = d.get("source", {})
    out = _Out()
    out(f"Article: {_one_line(src.get('name', 'article'))} ({src.get('chars', 0)} characters)")
    out(
        f"{s.get('sentences', 0)} sentences, {s.get('words', 0)} words, "
        f"{s.get('attributions', 0)} attributions, {len(d.get('framing') or [])} framing cues, "
        f"{len(d.get('dates') or [])} dates"
    )
    out.heading("Anatomy")
    counts: dict[str, int] = {}
    for p in d.get("parts") or []:
        kind = p.get("kind", "other")
        counts[kind] = counts.get(kind, 0) + 1
        name = PART_LABELS.get(kind, _one_line(kind))
        if kind == "body":
            name = f"Body {counts[kind]}"
        out(f"{name + ':':<16}{_clip(p.get('text', ''), 200)}", 2, 16)
    _readability(out, d)
    _attributions(out, d)
    _framing(out, d)
    _dates(out, d)
    return "\n".join(out.lines)
