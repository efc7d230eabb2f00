"""Widgets that let a student explore the report: the article, framing, readability, sources, dates.

Everything shown is read from the report (``report.parts``, ``.sentences``,
``.readability``, ``.attributions``, ``.framing``, ``.dates``, ``.summary``);
these widgets sort, filter and label it, and never work out a finding of
their own. The rewrite box analyses the student's own sentence with
:func:`helpers.analyze`, the same engine. The charts (source mix,
readability by sentence, timeline) are HTML built by :mod:`.render`, not
images: every bar carries its words and its number as text, and a lesson
kernel never loads matplotlib (about 30 MB per student).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import ipywidgets as widgets

from ..summary_text import timeline
from ..vocabulary import CHANNELS, FRAMING_CATEGORIES, READABILITY_FORMULAS, SOURCE_TYPES
from .base import LABELLED, Panel, button, dropdown, heading, html
from .labels import (
    CHANNEL_LABELS,
    CHOOSE,
    EASIER_WHEN_HIGHER,
    FORMULA_COUNTS,
    FORMULA_LABELS,
    FRAMING_LABELS,
    FRAMING_MEANING,
    NOBODY,
    SOURCE_TYPE_SHORT,
)
from .lessondata import LessonDataError, exercise
from .render import (
    article_html,
    bar_chart_html,
    box,
    esc,
    highlighted_html,
    long_date,
    quoted,
    table,
    timeline_html,
)

__all__ = [
    "article_view",
    "framing_highlighter",
    "readability_chart",
    "readability_explorer",
    "rewrite_box",
    "source_mix",
    "timeline_chart",
]


def article_view(report) -> Panel:
    """The article laid out as a reader sees it, each part labelled in words."""
    return Panel([html(article_html(report))], kind="article", ident=report.name)


# Framing ----------------------------------------------------------------------------
def _framing_exercise(lesson, ex_id: str | None) -> tuple[str, dict]:
    if ex_id is not None:
        return ex_id, exercise(lesson.data, ex_id, "framing")
    try:
        data = lesson.data
    except LessonDataError:  # a lesson without exercises.yml: the highlighter works alone
        return "framing", {}
    for key, ex in data["exercises"].items():
        if ex.get("type") == "framing":
            return key, ex
    return "framing", {}


def framing_highlighter(lesson, report, ex_id: str | None = None, persist: bool = True) -> Panel:
    """Category toggles, the article with labelled highlights, and an explanation on demand."""
    ex_id, ex = _framing_exercise(lesson, ex_id) if persist else ("framing", {})
    cues = list(report.framing)
    counts = {c: 0 for c in FRAMING_CATEGORIES}
    for f in cues:
        counts[f["category"]] = counts.get(f["category"], 0) + 1
    categories = ex.get("categories") or [c for c in FRAMING_CATEGORIES if counts.get(c)]
    toggles = {
        c: widgets.Checkbox(
            value=True,
            description=f"{FRAMING_LABELS.get(c, c)} ({counts.get(c, 0)} found)",
            indent=False,
            layout=widgets.Layout(width="auto", margin="0 1em 0 0"),
        )
        for c in categories
    }
    text = html(css="medialit-framing-text")
    shown = [f for f in cues if f["category"] in toggles]
    explain = dropdown(
        "Explain a highlight",
        [(CHOOSE, -1)]
        + [
            (
                f"“{f['text']}”: {FRAMING_LABELS.get(f['category'], f['category'])} (sentence {f['sentence']})",
                i,
            )
            for i, f in enumerate(shown)
        ],
        value=-1,
        width="min(44em, 100%)",
    )
    explanation = html(css="medialit-explanation")
    listing = widgets.Checkbox(
        value=False, description="List every highlight with its explanation", indent=False
    )
    listed = html()

    def redraw(_=None) -> None:
        active = {c for c, t in toggles.items() if t.value}
        spans = [f for f in shown if f["category"] in active]
        text.value = highlighted_html(report, spans, list(FRAMING_CATEGORIES))
        listed.value = (
            box(
                table(
                    ["Sentence", "Words", "Category", "Why it is marked"],
                    [
                        (
                            f["sentence"],
                            f["text"],
                            FRAMING_LABELS.get(f["category"]),
                            f["explanation"],
                        )
                        for f in spans
                    ],
                    caption="Every highlight shown",
                )
            )
            if listing.value
            else ""
        )

    def explain_one(_=None) -> None:
        if explain.value is None or explain.value < 0:
            explanation.value = ""
            return
        f = shown[explain.value]
        cat = f["category"]
        explanation.value = box(
            f"<p>{quoted(f['text'])} is marked as <strong>{esc(FRAMING_LABELS.get(cat, cat))}</strong>. "
            f"{esc(f.get('explanation', ''))}</p><p>What this kind of word does: {esc(FRAMING_MEANING.get(cat, ''))}</p>",
            style="border-left:4px solid #555;padding-left:0.6em",
        )

    for t in toggles.values():
        t.observe(redraw, names="value")
    listing.observe(redraw, names="value")
    explain.observe(explain_one, names="value")
    redraw()
    children = [heading(ex.get("title") or "Words that frame the story", ex.get("instructions"))]
    if not cues:
        children.append(html(box("<p>The analysis found no framing cues in this article.</p>")))
    children += [
        html(box("<p><strong>Show these kinds of words</strong> (tick or untick):</p>")),
        widgets.HBox(list(toggles.values()), layout=widgets.Layout(flex_flow="row wrap")),
        text,
        explain,
        explanation,
        listing,
        listed,
    ]
    for p in ex.get("prompts") or []:
        area = widgets.Textarea(
            description="Your answer",
            style=LABELLED,
            layout=widgets.Layout(width="100%", height="5em"),
        )
        if persist:
            lesson.bind(f"{ex_id}/{p['id']}", [area])
        children += [html(box(f"<p><strong>Think:</strong> {esc(p['text'])}</p>")), area]
    return Panel(children, kind="framing", ident=ex_id)


# Readability -------------------------------------------------------------------------
def _hardness(formula: str, value: Any) -> float:
    """A number that grows as the text gets harder (reading ease runs the other way)."""
    if value is None:
        return float("-inf")
    return -float(value) if formula in EASIER_WHEN_HIGHER else float(value)


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def _rows(report) -> list[dict]:
    sentences = {s["id"]: s for s in report.sentences}
    rows = []
    for m in report.readability.get("per_sentence", []):
        s = sentences.get(m["sentence"])
        if s is not None:
            rows.append({**m, "text": s["text"], "part": s["part"]})
    return rows


def _ranks(rows: list[dict], formula: str) -> dict[int, int]:
    """Each sentence's place from the hardest (1) by one formula."""
    ordered = sorted(rows, key=lambda r: _hardness(formula, r.get(formula)), reverse=True)
    return {r["sentence"]: n for n, r in enumerate(ordered, 1)}


def readability_explorer(report) -> Panel:
    """Per-sentence scores side by side, sortable; the hardest sentences; why formulas disagree."""
    rows = _rows(report)
    sort_by = dropdown(
        "Sort by",
        [("reading order", "order"), ("number of words", "words")]
        + [(FORMULA_LABELS[f], f) for f in READABILITY_FORMULAS],
        value="order",
    )
    direction = widgets.ToggleButtons(
        options=[("Hardest first", "hard"), ("Easiest first", "easy")],
        value="hard",
        description="Order",
        style=LABELLED,
    )
    grid = html(css="medialit-readability-table")
    hardest = html(css="medialit-hardest")
    closer = dropdown(
        "Look closer at sentence",
        [(CHOOSE, -1)] + [(f"{r['sentence']}: {r['text'][:60]}", r["sentence"]) for r in rows],
        value=-1,
        width="min(44em, 100%)",
    )
    why = html(css="medialit-disagree")
    body, whole = report.readability.get("body", {}), report.readability.get("whole", {})
    overall = [
        (FORMULA_LABELS[f], _fmt(body.get(f)), _fmt(whole.get(f)), FORMULA_COUNTS[f])
        for f in READABILITY_FORMULAS
    ]
    notes = [
        f"Body as a whole: {body.get('words', 0)} words in {body.get('sentences', 0)} sentences; "
        f"the formulas' consensus grade is {body.get('text_standard') or 'not given'}."
    ] + [f"Note: {w}" for w in body.get("warnings") or []]
    summary = html(
        box(
            "".join(f"<p>{esc(n)}</p>" for n in notes)
            + table(
                ["Formula", "Body", "Whole article", "What it counts"],
                overall,
                caption="The whole text",
            )
        )
    )

    def redraw(_=None) -> None:
        key = sort_by.value
        ordered = list(rows)
        if key == "words":
            ordered.sort(key=lambda r: r.get("words") or 0, reverse=direction.value == "hard")
        elif key != "order":
            ordered.sort(
                key=lambda r: _hardness(key, r.get(key)), reverse=direction.value == "hard"
            )
        headers = [
            "#",
            "Part",
            "Sentence",
            "Words",
            *(FORMULA_LABELS[f] for f in READABILITY_FORMULAS),
        ]
        grid.value = box(
            table(
                headers,
                [
                    (
                        r["sentence"],
                        r["part"],
                        r["text"],
                        r.get("words"),
                        *(_fmt(r.get(f)) for f in READABILITY_FORMULAS),
                    )
                    for r in ordered
                ],
                caption="Every sentence, every formula (reading ease: higher is easier; all others: higher is harder)",
            )
        )
        formula = key if key in READABILITY_FORMULAS else "flesch_kincaid_grade"
        top = sorted(rows, key=lambda r: _hardness(formula, r.get(formula)), reverse=True)[:3]
        hardest.value = box(
            f"<p><strong>The hardest sentences by {esc(FORMULA_LABELS[formula])}:</strong></p><ol>"
            + "".join(f"<li>{_fmt(r.get(formula))}: {quoted(r['text'])}</li>" for r in top)
            + "</ol>"
        )

    def look_closer(_=None) -> None:
        sid = closer.value
        row = next((r for r in rows if r["sentence"] == sid), None)
        if row is None:
            why.value = ""
            return
        places = {f: _ranks(rows, f)[sid] for f in READABILITY_FORMULAS}
        lines = [
            (FORMULA_LABELS[f], _fmt(row.get(f)), f"{places[f]} of {len(rows)}", FORMULA_COUNTS[f])
            for f in READABILITY_FORMULAS
        ]
        low, high = min(places.values()), max(places.values())
        verdict = (
            f"The formulas place this sentence anywhere from {low} to {high} (1 = hardest of {len(rows)}): "
            "they count different things, so a sentence of short words with many letters, or of "
            "common long words, can look easy to one formula and hard to another."
            if high != low
            else "All formulas agree on this sentence's place."
        )
        why.value = box(
            f"<p>{quoted(row['text'])}</p><p>{row.get('words')} words, {row.get('syllables')} syllables.</p>"
            + table(["Formula", "Score", "Place (1 = hardest)", "What it counts"], lines)
            + f"<p>{esc(verdict)}</p>"
        )

    sort_by.observe(redraw, names="value")
    direction.observe(redraw, names="value")
    closer.observe(look_closer, names="value")
    redraw()
    return Panel(
        [
            heading("How hard is it to read?"),
            summary,
            widgets.HBox([sort_by, direction], layout=widgets.Layout(flex_flow="row wrap")),
            hardest,
            grid,
            html(box("<p><strong>Why do the formulas disagree?</strong> Pick a sentence:</p>")),
            closer,
            why,
        ],
        kind="readability",
        ident=report.name,
    )


# Rewriting a hard sentence -----------------------------------------------------------
@lru_cache(maxsize=64)
def _scores(text: str) -> dict:
    """The engine's scores for a piece of text (the whole text, as the student typed it)."""
    from ..report import analyze

    return analyze(text, name="rewrite").readability["whole"]


def _pick_sentence(report, sentence: int | str | None) -> dict:
    sentences = report.sentences
    if isinstance(sentence, int):
        return sentences[sentence]
    if isinstance(sentence, str):
        from .exercises import norm

        hit = next((s for s in sentences if norm(sentence) in norm(s["text"])), None)
        return hit or {"id": -1, "part": "body", "text": sentence}
    rows = [r for r in _rows(report) if r["part"] == "body"] or _rows(report)
    if not rows:
        return sentences[0] if sentences else {"id": -1, "part": "body", "text": ""}
    hardest = max(
        rows,
        key=lambda r: (
            _hardness("flesch_kincaid_grade", r.get("flesch_kincaid_grade")),
            r.get("words") or 0,
        ),
    )
    return report.sentence(hardest["sentence"])


def _change(formula: str, old: Any, new: Any) -> str:
    if old is None or new is None:
        return "–"
    diff = _hardness(formula, new) - _hardness(formula, old)
    if abs(diff) < 0.05:
        return "no change"
    return "harder" if diff > 0 else "easier"


def compare_html(original: str, rewritten: str) -> str:
    """Old and new scores side by side, each change said in words."""
    if not rewritten.strip():
        return box("<p>Write your version of the sentence in the box.</p>")
    old, new = _scores(original), _scores(rewritten)
    ow, nw = old.get("words") or 0, new.get("words") or 0
    rows = [("Words", ow, nw, "same length" if ow == nw else ("shorter" if nw < ow else "longer"))]
    for f in READABILITY_FORMULAS:
        rows.append(
            (
                FORMULA_LABELS[f],
                _fmt(old.get(f)),
                _fmt(new.get(f)),
                _change(f, old.get(f), new.get(f)),
            )
        )
    fk_old, fk_new = old.get("flesch_kincaid_grade"), new.get("flesch_kincaid_grade")
    if fk_old is None or fk_new is None:
        headline = ""
    else:
        change = _change("flesch_kincaid_grade", fk_old, fk_new)
        if change == "no change":
            headline = f"By the Flesch-Kincaid grade your version is as hard as the original ({_fmt(fk_new)})."
        else:
            headline = (
                f"By the Flesch-Kincaid grade your version is {change}: {_fmt(fk_old)} → {_fmt(fk_new)} "
                f"(about {abs(fk_old - fk_new):.0f} school year{'s' if round(abs(fk_old - fk_new)) != 1 else ''} "
                f"{'less' if change == 'easier' else 'more'})."
            )
    warnings = "".join(f"<p>Note: {esc(w)}</p>" for w in new.get("warnings") or [])
    return box(
        (f"<p><strong>{esc(headline)}</strong></p>" if headline else "")
        + table(["Measure", "Original", "Yours", "Change"], rows)
        + warnings
    )


def rewrite_box(lesson, report, sentence: int | str | None = None, persist: bool = True) -> Panel:
    """A text area prefilled with a hard sentence; its scores update as the student types."""
    chosen = _pick_sentence(report, sentence)
    original = chosen["text"]
    key = f"rewrite/s{chosen['id']}" if chosen["id"] >= 0 else "rewrite/own"
    shown = html(
        box(
            f"<p><strong>The original sentence</strong> (sentence {chosen['id']}):<br>{quoted(original)}</p>"
        )
        if chosen["id"] >= 0
        else box(f"<p><strong>The original sentence:</strong><br>{quoted(original)}</p>")
    )
    area = widgets.Textarea(
        value=original,
        description="Your rewrite",
        continuous_update=True,
        style=LABELLED,
        layout=widgets.Layout(width="100%", height="7em"),
    )
    result = html(css="medialit-rewrite-scores")
    reset = button("Start again from the original", "Put the original sentence back in the box")

    def update(_=None) -> None:
        result.value = compare_html(original, area.value)

    area.observe(update, names="value")
    reset.on_click(lambda _=None: setattr(area, "value", original))
    if persist:
        lesson.bind(key, [area])
    update()
    return Panel(
        [
            heading(
                "Make it easier to read",
                "Rewrite the sentence so a younger reader understands it, keeping its meaning. The scores change as you type.",
            ),
            shown,
            area,
            reset,
            result,
        ],
        kind="rewrite",
        ident=key,
    )


# Charts ----------------------------------------------------------------------------
def source_mix(report) -> Panel:
    """Who speaks, by source type and by channel: two bar charts with every count as text.

    The counts are the report's summary (every type and channel, zeros
    included); beside each source type's bar are the sources of that type.
    """
    summary = report.summary
    counts = summary.get("by_source_type", {})
    who: dict[str, list[str]] = {t: [] for t in SOURCE_TYPES}
    for a in report.attributions:
        name = a.get("speaker") or NOBODY
        if name not in who.setdefault(a["source_type"], []):
            who[a["source_type"]].append(name)
    by_type = [
        (SOURCE_TYPE_SHORT[t], int(counts.get(t, 0)), ", ".join(who.get(t, [])))
        for t in SOURCE_TYPES
    ]
    by_channel = [
        (CHANNEL_LABELS.get(c, c), int(summary.get("by_channel", {}).get(c, 0)), "")
        for c in CHANNELS
    ]
    share = summary.get("named_share")
    total = summary.get("attributions", 0)
    facts = [
        f"{total} attributions from {summary.get('distinct_sources', 0)} different sources.",
        "Share with a named source: "
        + ("none to count" if share is None else f"{round(share * 100)}%")
        + ".",
    ]
    children = [
        heading("Who gets to speak?"),
        html(box("".join(f"<p>{esc(f)}</p>" for f in facts))),
    ]
    if sum(n for _, n, _ in by_type):
        children.append(
            html(
                bar_chart_html(
                    by_type,
                    "Attributions by source type",
                    summary=_most(by_type, total),
                    headers=("Source type", "Attributions", "Who"),
                    label_width="14em",
                ),
                css="medialit-chart",
            )
        )
        children.append(
            html(
                bar_chart_html(
                    by_channel,
                    "How they said it: attributions by channel",
                    summary=_most(by_channel, total),
                    headers=("Channel", "Attributions", ""),
                    label_width="14em",
                ),
                css="medialit-chart",
            )
        )
    else:
        children.append(
            html(box("<p>The analysis found no attributions, so there is no chart to draw.</p>"))
        )
    return Panel(children, kind="source-mix", ident=report.name)


def _most(rows: list[tuple[str, int, str]], total: int) -> str:
    """One sentence naming the biggest bar(s) and the bars at zero."""
    top = max(n for _, n, _ in rows)
    leaders = [name for name, n, _ in rows if n == top]
    zero = [name for name, n, _ in rows if n == 0]
    each = " each" if len(leaders) > 1 else ""
    said = f"Biggest: {' and '.join(leaders)}, {top}{each} of {total}."
    return said + (f" None: {', '.join(zero)}." if zero else "")


def readability_chart(report, formula: str = "flesch_kincaid_grade", top: int = 3) -> Panel:
    """Each sentence's score by one formula as a bar; the ``top`` hardest carry the word "hardest".

    Raises:
        ValueError: when ``formula`` is not one of the report's formulas.
    """
    if formula not in READABILITY_FORMULAS:
        raise ValueError(
            f"unknown formula {formula!r}; choose one of: {', '.join(READABILITY_FORMULAS)}"
        )
    name = FORMULA_LABELS[formula]
    rows = _rows(report)
    if not rows:
        inner = box("<p>The article has no sentences to score.</p>")
        return Panel(
            [html(inner, css="medialit-chart")], kind="readability-chart", ident=report.name
        )
    hardest = [
        r["sentence"]
        for r in sorted(rows, key=lambda r: _hardness(formula, r.get(formula)), reverse=True)[:top]
        if r.get(formula) is not None
    ]
    marked = [i for i, r in enumerate(rows) if r["sentence"] in hardest]
    bars = [
        (
            f"{r['sentence']} · {_first_words(r['text'])}",
            r.get(formula),
            f"{r.get('words')} words" + ("" if r["part"] == "body" else f", {r['part']}"),
        )
        for r in rows
    ]
    body = report.readability.get("body", {}).get(formula)
    way = (
        "higher means easier"
        if formula in EASIER_WHEN_HIGHER
        else "a school grade: higher means harder"
    )
    first = next(r for r in rows if r["sentence"] == hardest[0]) if hardest else None
    summary = f"{name}, {way}. One bar per sentence, in reading order (0 is the first)."
    if first is not None:
        summary += (
            f" The hardest is sentence {first['sentence']} ({_fmt(first.get(formula))}); "
            f"marked “hardest”: sentences {', '.join(str(h) for h in sorted(hardest))}."
        )
    chart = bar_chart_html(
        bars,
        f"How hard is each sentence? ({name})",
        summary=summary,
        headers=("Sentence", name, "Note"),
        marked=marked,
        mark="hardest",
        reference=("the whole body", body) if body is not None else None,
        label_width="16em",
    )
    return Panel([html(chart, css="medialit-chart")], kind="readability-chart", ident=report.name)


def _first_words(text: str, n: int = 6) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _when(day: str) -> str:
    try:
        return long_date(dt.date.fromisoformat(day))
    except ValueError:
        return day


def timeline_chart(report) -> Panel:
    """The article's dates on a line in date order, with the rule behind each; then the undated ones."""
    days = timeline(report.dates)
    undated = [t for t in report.dates if not t.get("date")]
    dated = sum(len(found) for _, found in days)
    if days:
        first, last = (_when(day) for day in (days[0][0], days[-1][0]))
        span = f"from {first} to {last}" if first != last else f"all on {first}"
        summary = (
            f"{dated} date words pinned to {len(days)} day{'s' if len(days) != 1 else ''}, {span}"
        )
    else:
        summary = "No date word could be pinned to one day"
    summary += f"; {len(undated)} with no single day." if undated else "."
    chart = timeline_html(
        days, undated, "When it happened: the article's dates in order", summary=summary
    )
    return Panel([html(chart, css="medialit-chart")], kind="timeline-chart", ident=report.name)
