"""The exercises: spotting attributions, the quiz, the timeline, open questions, worked answers.

Each exercise reads its key, hints and texts from the lesson's
``exercises.yml`` (format: ``lessons/SCHEMA.md``) and its findings from the
article's report; the code here only compares and explains. Feedback always
says in words and with a symbol whether an answer is right, explains why, and
lets the student change the answer and check again. Every answer is saved
through the lesson as soon as it changes.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

import ipywidgets as widgets

from ..vocabulary import SOURCE_TYPES
from .base import LABELLED, Panel, button, dropdown, heading, html
from .labels import CHOOSE, NOBODY, NOT_STATED, SOURCE_TYPE_LABELS, YES_NO
from .lessondata import LessonDataError, exercise
from .render import box, esc, feedback, quoted, safe_markdown

__all__ = ["open_question", "quiz", "solution", "spot_attribution", "timeline"]

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def norm(text: Any) -> str:
    """Text for comparing: no case, straight quotes, single spaces.

    >>> norm("  The  “Fake News”  ")
    'the "fake news"'
    """
    return " ".join(str(text or "").translate(_QUOTES).casefold().split())


def norm_speaker(name: Any) -> str:
    """A speaker's name for comparing: :func:`norm` without a leading "the".

    >>> norm_speaker("The White House") == norm_speaker("white house")
    True
    """
    text = norm(name)
    return text[4:] if text.startswith("the ") else text


def _score_html(right: int, total: int, unanswered: int = 0) -> str:
    extra = f" ({unanswered} not answered yet)" if unanswered else ""
    return box(f"<p><strong>Score: {right} of {total}</strong>{esc(extra)}</p>")


def _score_widget(lesson, key: str) -> widgets.HTML:
    """The score line; the last checked score is saved and shown again on reopening."""
    score = html(css="medialit-score")

    def setter(value: Any) -> None:
        if isinstance(value, dict) and {"score", "of"} <= set(value):
            score.value = _score_html(int(value["score"]), int(value["of"]))
            score.value = score.value.replace("</strong>", "</strong> (last check)", 1)
        else:
            score.value = ""

    lesson.bind(key, [], getter=lambda: None, setter=setter)
    if key in lesson.work:
        setter(lesson.work.get(key))
    return score


# Spot the attribution ---------------------------------------------------------------
def _find_sentence(report, item: dict, ex_id: str) -> dict:
    sentences = report.sentences
    if item.get("match"):
        want = norm(item["match"])
        hits = [s for s in sentences if want in norm(s["text"])]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1 and isinstance(item.get("sentence"), int):
            for s in hits:
                if s["id"] == item["sentence"]:
                    return s
        found = "no sentence" if not hits else f"{len(hits)} sentences"
        raise LessonDataError(
            f"exercise {ex_id!r}: {found} of {report.name!r} contain {item['match']!r}; "
            "make match longer or add sentence: ID"
        )
    sid = item["sentence"]
    if not 0 <= sid < len(sentences):
        raise LessonDataError(f"exercise {ex_id!r}: {report.name!r} has no sentence {sid}")
    return sentences[sid]


def _speakers(value: Any) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)


def _items_from_yaml(report, ex: dict, ex_id: str) -> list[dict]:
    items = []
    for item in ex["items"]:
        sentence = _find_sentence(report, item, ex_id)
        items.append(
            {
                "id": item.get("id") or f"s{sentence['id']}",
                "sentence": sentence,
                "attribution": item["attribution"],
                "speakers": _speakers(item.get("speaker")) if item["attribution"] else None,
                "source_type": item.get("source_type"),
                "why": item.get("why", ""),
                "hint": item.get("hint", ""),
            }
        )
    return items


def _items_from_report(report, ex: dict, limit: int | None = None) -> list[dict]:
    parts = set(ex.get("parts") or [])
    by_sentence: dict[int, list[dict]] = {}
    for a in report.attributions:
        by_sentence.setdefault(a["sentence"], []).append(a)
    items = []
    for s in report.sentences:
        if parts and s["part"] not in parts:
            continue
        found = by_sentence.get(s["id"], [])
        first = found[0] if found else None
        items.append(
            {
                "id": f"s{s['id']}",
                "sentence": s,
                "attribution": bool(found),
                "speakers": [first["speaker"]] if first and first["speaker"] else None,
                "source_type": first["source_type"] if first else None,
                "why": "",
                "hint": "",
            }
        )
    return items[:limit] if limit else items


def _speaker_options(report, ex: dict, items: list[dict]) -> list[tuple[str, str]]:
    names: list[str] = []
    seen = set()
    candidates = [a.get("speaker") for a in report.attributions]
    for item in items:
        candidates += (item["speakers"] or [])[:1]
    candidates += ex.get("extra_speakers") or []
    for name in candidates:
        if name and norm_speaker(name) not in seen and norm_speaker(name) != norm_speaker(NOBODY):
            seen.add(norm_speaker(name))
            names.append(name)
    return [(CHOOSE, ""), *((n, n) for n in names), (NOBODY, NOBODY)]


def _deciding_words(found: list[dict]) -> str:
    words = []
    for a in found:
        for key in ("cue", "speaker_mention"):
            if a.get(key) and a[key] not in words:
                words.append(a[key])
    return ", ".join(quoted(w) for w in words)


def _judge_spot(item: dict, answer: dict) -> tuple[bool | None, list[str]]:
    """Is the answer right, and which mistake kinds it makes (``[]`` when right)."""
    said = answer.get("attribution")
    if said not in ("yes", "no"):
        return None, []
    if item["attribution"] and said == "no":
        return False, ["missed"]
    if not item["attribution"]:
        return (True, []) if said == "no" else (False, ["not_an_attribution"])
    mistakes = []
    expected = item["speakers"]
    chosen = answer.get("speaker") or ""
    if expected is None:
        if chosen != NOBODY:
            mistakes.append("speaker")
    elif norm_speaker(chosen) not in {norm_speaker(s) for s in expected}:
        mistakes.append("speaker")
    if answer.get("source_type") != item["source_type"]:
        mistakes.append("source_type")
    return not mistakes, mistakes


_WHAT = {
    "missed": "whether someone is reported as saying it",
    "not_an_attribution": "whether someone is reported as saying it",
    "speaker": "who is speaking",
    "source_type": "what kind of source it is",
}


def spot_feedback(
    item: dict, answer: dict, found: list[dict], hints: dict, tries: int
) -> tuple[bool | None, str]:
    """The feedback block for one sentence: verdict, what to look at, hints, the rule and its words.

    ``found`` are the report's attributions for the sentence. The full
    explanation (the report's rule and the key's ``why``) shows after a
    right answer or from the second wrong check; before that, hints and the
    deciding words guide the student without giving the answer away.
    """
    ok, mistakes = _judge_spot(item, answer)
    lines: list[str] = []
    if ok is None:
        lines.append(esc("Choose yes or no first, then check again."))
        return None, feedback(None, lines)
    if mistakes:
        parts = sorted({_WHAT[m] for m in mistakes}, key=list(_WHAT.values()).index)
        lines.append(esc("Look again at " + " and ".join(parts) + "."))
        if item.get("hint"):
            lines.append(esc(item["hint"]))
        for m in mistakes:
            text = hints.get(m)
            if m == "source_type" and item.get("source_type") in (hints.get("source_types") or {}):
                text = hints["source_types"][item["source_type"]]
            if text:
                lines.append("Hint: " + esc(text))
    words = _deciding_words(found)
    if words and (ok or mistakes):
        lines.append(f"The words that decide it: {words}.")
    if ok or tries >= 2:
        if found:
            for a in found:
                lines.append("What the analysis found: " + esc(a.get("explanation") or ""))
        elif item["attribution"] is False:
            lines.append(esc("The analysis found no attribution in this sentence either."))
        else:
            lines.append(esc("The analysis missed this one: no rule matched its words."))
        if item.get("why"):
            lines.append("Why: " + esc(item["why"]))
    return ok, feedback(ok, lines)


def spot_attribution(
    lesson,
    report,
    ex_id: str,
    ex: dict | None = None,
    persist: bool = True,
    limit: int | None = None,
) -> Panel:
    """Build the spot-the-attribution exercise ``ex_id`` for ``report``.

    ``ex`` overrides the YAML (bring-your-own article uses the report's key);
    ``persist=False`` keeps answers out of the saved work.
    """
    if ex is None:
        ex = exercise(lesson.data, ex_id, "spot_attribution")
    note = ""
    if ex.get("items"):
        meant_for = (lesson.data if persist else {}).get("article")
        if meant_for and meant_for != report.name:
            items = _items_from_report(report, ex, limit)
            note = (
                f"This exercise's key was written for “{meant_for}”; for “{report.name}” "
                "the answers below come from the computer's analysis, which can be wrong."
            )
        else:
            items = _items_from_yaml(report, ex, ex_id)
    else:
        items = _items_from_report(report, ex, limit)
        note = "The answers are checked against the computer's analysis, which can be wrong: if you disagree, say why."
    hints = ex.get("hints") or {}
    speaker_options = _speaker_options(report, ex, items)
    type_options = [(CHOOSE, ""), *((SOURCE_TYPE_LABELS[t], t) for t in SOURCE_TYPES)]
    by_sentence: dict[int, list[dict]] = {}
    for a in report.attributions:
        by_sentence.setdefault(a["sentence"], []).append(a)

    rows, checks = [], []
    for n, item in enumerate(items, 1):
        s = item["sentence"]
        text = html(
            box(
                f"<p><strong>Sentence {n} of {len(items)}</strong> "
                f"<span>({esc(s['part'])}, sentence id {s['id']})</span><br>{quoted(s['text'])}</p>"
            )
        )
        said = widgets.ToggleButtons(
            options=list(YES_NO),
            value=None,
            description="Does it say who said it?",
            tooltips=[
                "yes: someone is reported as saying this",
                "no: nobody is reported as saying this",
            ],
            style={**LABELLED, "button_width": "4em"},
        )
        who = dropdown("Who is speaking?", speaker_options)
        kind = dropdown("What kind of source?", type_options)
        out = html(css="medialit-feedback")
        tries = {"wrong": 0}

        def getter(said=said, who=who, kind=kind) -> dict:
            return {"attribution": said.value, "speaker": who.value, "source_type": kind.value}

        def setter(value: dict, said=said, who=who, kind=kind) -> None:
            value = value or {}
            said.value = (
                value.get("attribution") if value.get("attribution") in ("yes", "no") else None
            )
            names = [v for _, v in who.options]
            who.value = value.get("speaker") if value.get("speaker") in names else ""
            types = [v for _, v in kind.options]
            kind.value = value.get("source_type") if value.get("source_type") in types else ""

        if persist:
            lesson.bind(f"{ex_id}/{item['id']}", [said, who, kind], getter=getter, setter=setter)
        checks.append((item, getter, out, tries))
        rows.append(
            Panel(
                [
                    text,
                    said,
                    widgets.HBox([who, kind], layout=widgets.Layout(flex_flow="row wrap")),
                    out,
                ],
                kind="spot-item",
                ident=item["id"],
                layout=widgets.Layout(border="1px solid #bbb", padding="0.3em", margin="0.3em 0"),
            )
        )

    check = button(
        "Check my answers", "Check every sentence and show the score", css="medialit-check"
    )
    score = _score_widget(lesson, f"{ex_id}/_score") if persist else html(css="medialit-score")

    def on_check(_=None) -> None:
        right = unanswered = 0
        for item, getter, out, tries in checks:
            ok, block = spot_feedback(
                item,
                getter(),
                by_sentence.get(item["sentence"]["id"], []),
                hints,
                tries["wrong"] + 1,
            )
            if ok is False:
                tries["wrong"] += 1
            right += ok is True
            unanswered += ok is None
            out.value = block
        score.value = _score_html(right, len(checks), unanswered)
        if persist:
            lesson.save(f"{ex_id}/_score", {"score": right, "of": len(checks)})

    check.on_click(on_check)
    top = [heading(ex.get("title"), ex.get("instructions"))]
    if note:
        top.append(html(box(f"<p>{esc(note)}</p>")))
    return Panel([*top, lesson.notice, *rows, check, score], kind="spot", ident=ex_id)


# Quiz -----------------------------------------------------------------------------
def _accepted(q: dict, answer: str) -> bool:
    said = norm(answer).rstrip(".!").strip()
    if said in {norm(a).rstrip(".!").strip() for a in q.get("accept") or []}:
        return True
    return any(re.search(str(p), said, re.IGNORECASE) for p in q.get("accept_regex") or [])


def quiz_feedback(q: dict, answer: Any, tries: int) -> tuple[bool | None, str]:
    """Feedback for one question; ``tries`` counts this check (1 = first)."""
    kind = q["kind"]
    options = q.get("options") or []
    lines: list[str] = []
    if kind == "choice":
        chosen = next((o for o in options if o["text"] == answer), None)
        if chosen is None:
            return None, feedback(None, [esc("Choose an answer first.")])
        ok = chosen.get("correct") is True
        if chosen.get("why"):
            lines.append(esc(chosen["why"]))
    elif kind == "multi":
        ticked = set(answer or [])
        if not ticked:
            return None, feedback(None, [esc("Tick at least one answer first.")])
        wrong = [o for o in options if (o["text"] in ticked) != (o.get("correct") is True)]
        ok = not wrong
        shown = [o for o in options if o.get("correct") is True] if ok else wrong
        lines += [f"{quoted(o['text'])}: {esc(o['why'])}" for o in shown if o.get("why")]
        if not ok:
            lines.insert(
                0,
                esc(
                    f"{len(wrong)} of the boxes {'is' if len(wrong) == 1 else 'are'} not right yet."
                ),
            )
    else:
        if not str(answer or "").strip():
            return None, feedback(None, [esc("Type an answer first.")])
        ok = _accepted(q, str(answer))
    if not ok and q.get("hint"):
        lines.append("Hint: " + esc(q["hint"]))
    if q.get("why") and (ok or tries >= 2):
        lines.append("Why: " + esc(q["why"]))
    if not ok:
        lines.append(esc("Change your answer and check again."))
    return ok, feedback(ok, lines)


def quiz(lesson, ex_id: str) -> Panel:
    """The quiz ``ex_id``: each question with its own Check button, feedback and retry."""
    ex = exercise(lesson.data, ex_id, "quiz")
    questions = ex["questions"]
    results: dict[str, bool | None] = {}
    score = _score_widget(lesson, f"{ex_id}/_score")
    blocks = []
    for n, q in enumerate(questions, 1):
        prompt = html(
            box(f"<p><strong>Question {n} of {len(questions)}.</strong> {esc(q['prompt'])}</p>")
        )
        texts = [o["text"] for o in q.get("options") or []]
        if q["kind"] == "choice":
            control = widgets.RadioButtons(
                options=texts,
                value=None,
                description="Your answer",
                style=LABELLED,
                layout=widgets.Layout(width="auto"),
            )

            def setter(value, c=control, t=texts) -> None:
                c.value = value if value in t else None

            lesson.bind(
                f"{ex_id}/{q['id']}", [control], getter=lambda c=control: c.value, setter=setter
            )
            answer_of = lambda c=control: c.value  # noqa: E731
            body = [control]
        elif q["kind"] == "multi":
            boxes = [
                widgets.Checkbox(
                    value=False, description=t, indent=False, layout=widgets.Layout(width="auto")
                )
                for t in texts
            ]

            def getter(boxes=boxes) -> list[str]:
                return [b.description for b in boxes if b.value]

            def setter(value, boxes=boxes) -> None:
                for b in boxes:
                    b.value = b.description in (value or [])

            lesson.bind(f"{ex_id}/{q['id']}", boxes, getter=getter, setter=setter)
            answer_of = getter
            body = [html(box("<p>Tick every answer that is right:</p>")), *boxes]
        else:
            control = widgets.Text(
                description="Your answer",
                placeholder="type here",
                style=LABELLED,
                layout=widgets.Layout(width="min(40em, 100%)"),
            )
            lesson.bind(f"{ex_id}/{q['id']}", [control])
            answer_of = lambda c=control: c.value  # noqa: E731
            body = [control]
        out = html(css="medialit-feedback")
        check = button("Check answer", f"Check your answer to question {n}", css="medialit-check")
        tries = {"n": 0}

        def on_check(_=None, q=q, answer_of=answer_of, out=out, tries=tries) -> None:
            tries["n"] += 1
            ok, block = quiz_feedback(q, answer_of(), tries["n"])
            out.value = block
            results[q["id"]] = ok
            right = sum(v is True for v in results.values())
            waiting = sum(results.get(other["id"]) is None for other in questions)
            score.value = _score_html(right, len(questions), waiting)
            lesson.save(f"{ex_id}/_score", {"score": right, "of": len(questions)})

        check.on_click(on_check)
        blocks.append(Panel([prompt, *body, check, out], kind="quiz-question", ident=q["id"]))
    return Panel(
        [heading(ex.get("title"), ex.get("instructions")), lesson.notice, *blocks, score],
        kind="quiz",
        ident=ex_id,
    )


# Timeline -------------------------------------------------------------------------
def _day(iso: str) -> str:
    d = _dt.date.fromisoformat(iso)
    return f"{d:%A} {d.day} {d:%B %Y}"


def expected_positions(events: list[dict]) -> dict[str, set[int]]:
    """The positions (1 = earliest) each event may take; events on the same day may swap.

    >>> expected_positions([{"id": "b", "date": "2018-07-19"}, {"id": "a", "date": "2018-07-16"},
    ...                     {"id": "c", "date": "2018-07-19"}])
    {'a': {1}, 'b': {2, 3}, 'c': {2, 3}}
    """
    n = len(events)
    fixed = {e["id"]: e["order"] for e in events if isinstance(e.get("order"), int)}
    free = [p for p in range(1, n + 1) if p not in set(fixed.values())]
    dated = sorted(
        (e for e in events if e["id"] not in fixed),
        key=lambda e: (e.get("date") or "9999", events.index(e)),
    )
    out: dict[str, set[int]] = {k: {v} for k, v in fixed.items()}
    by_date: dict[Any, list[int]] = {}
    for e, pos in zip(dated, free, strict=False):
        by_date.setdefault(e.get("date"), []).append(pos)
    for e in dated:
        out[e["id"]] = set(by_date[e.get("date")]) if e.get("date") else {free[dated.index(e)]}
    return {e["id"]: out[e["id"]] for e in sorted(events, key=lambda e: e["id"])}


def _report_dates(report, cue: str | None) -> list[dict]:
    if not cue:
        return []
    want = norm(cue)
    exact = [d for d in report.dates if norm(d["text"]) == want]
    return exact or [d for d in report.dates if want in norm(d["text"])]


def timeline(lesson, report, ex_id: str) -> Panel:
    """The timeline ``ex_id``: order the events and pick their dates; feedback uses the report's dates."""
    ex = exercise(lesson.data, ex_id, "timeline")
    events = ex["events"]
    mode = ex.get("mode", "both")
    positions = expected_positions(events)
    dates = {d["date"] for d in report.dates if d.get("date")}
    dates |= {e["date"] for e in events if e.get("date")}
    dates |= set(ex.get("distractor_dates") or [])
    date_options = [(CHOOSE, ""), *((_day(d), d) for d in sorted(dates)), (NOT_STATED, "none")]
    pos_options = [(CHOOSE, 0), *((str(p), p) for p in range(1, len(events) + 1))]
    rows, checks = [], []
    for ev in events:
        text = html(box(f"<p><strong>Event:</strong> {esc(ev['text'])}</p>"))
        pos = dropdown("Position (1 = earliest)", pos_options, value=0)
        day = dropdown("Date", date_options, value="")
        shown = [c for c, m in ((pos, "order"), (day, "dates")) if mode in (m, "both")]

        def getter(pos=pos, day=day) -> dict:
            return {"position": pos.value, "date": day.value}

        def setter(value, pos=pos, day=day) -> None:
            value = value or {}
            pos.value = (
                value.get("position") if value.get("position") in [v for _, v in pos.options] else 0
            )
            day.value = (
                value.get("date") if value.get("date") in [v for _, v in day.options] else ""
            )

        lesson.bind(f"{ex_id}/{ev['id']}", shown, getter=getter, setter=setter)
        out = html(css="medialit-feedback")
        checks.append((ev, getter, out, {"wrong": 0}))
        rows.append(
            Panel(
                [text, widgets.HBox(shown, layout=widgets.Layout(flex_flow="row wrap")), out],
                kind="timeline-event",
                ident=ev["id"],
                layout=widgets.Layout(border="1px solid #bbb", padding="0.3em", margin="0.3em 0"),
            )
        )
    check = button(
        "Check my timeline", "Check every event and show the score", css="medialit-check"
    )
    score = _score_widget(lesson, f"{ex_id}/_score")

    def on_check(_=None) -> None:
        answers = [getter() for _, getter, _, _ in checks]
        taken: dict[int, int] = {}
        for a in answers:
            if a["position"]:
                taken[a["position"]] = taken.get(a["position"], 0) + 1
        right = unanswered = 0
        for (ev, _getter, out, tries), answer in zip(checks, answers, strict=True):
            ok, block = timeline_feedback(
                ev, answer, positions[ev["id"]], mode, report, taken, tries["wrong"] + 1
            )
            tries["wrong"] += ok is False
            right += ok is True
            unanswered += ok is None
            out.value = block
        score.value = _score_html(right, len(checks), unanswered)
        lesson.save(f"{ex_id}/_score", {"score": right, "of": len(checks)})

    check.on_click(on_check)
    return Panel(
        [heading(ex.get("title"), ex.get("instructions")), lesson.notice, *rows, check, score],
        kind="timeline",
        ident=ex_id,
    )


def timeline_feedback(
    ev: dict, answer: dict, allowed: set[int], mode: str, report, taken: dict[int, int], tries: int
) -> tuple[bool | None, str]:
    """Feedback on one event's position and date, with the report's reading of the article's words."""
    lines, verdicts = [], []
    if mode in ("order", "both"):
        p = answer.get("position") or 0
        if not p:
            verdicts.append(None)
            lines.append(esc("Position: not chosen yet."))
        else:
            good = p in allowed
            verdicts.append(good)
            lines.append(esc(f"Position {p}: {'✓ right' if good else '✗ not right yet'}."))
            if taken.get(p, 0) > 1:
                lines.append(
                    esc(f"Two or more events are at position {p}; each needs its own place.")
                )
    if mode in ("dates", "both"):
        d = answer.get("date") or ""
        if not d:
            verdicts.append(None)
            lines.append(esc("Date: not chosen yet."))
        else:
            good = d == (ev.get("date") or "none")
            verdicts.append(good)
            shown = NOT_STATED if d == "none" else _day(d)
            lines.append(esc(f"Date {shown}: {'✓ right' if good else '✗ not right yet'}."))
    ok: bool | None = None if None in verdicts else all(verdicts)
    if False in verdicts:
        ok = False
    found = _report_dates(report, ev.get("cue"))
    if ok is False and ev.get("cue") and tries < 2:
        lines.append(f"Hint: find the words {quoted(ev['cue'])} in the article.")
    if ok or (ok is False and tries >= 2):
        for d in found:
            when = _day(d["date"]) if d.get("date") else "no exact date"
            lines.append(
                f"The analysis read {quoted(d['text'])} as {esc(when)}: {esc(d.get('how', ''))}"
            )
        if ev.get("cue") and not found:
            lines.append(f"The analysis did not find a date in {quoted(ev['cue'])}.")
        if ev.get("why"):
            lines.append("Why: " + esc(ev["why"]))
    return ok, feedback(ok, lines)


# Open question --------------------------------------------------------------------
def open_question(lesson, ex_id: str) -> Panel:
    """A saved-as-you-type answer box with the three-level rubric shown beside it."""
    ex = exercise(lesson.data, ex_id, "open_question")
    prompt = html(box(f"<p><strong>Question:</strong> {esc(ex['prompt'])}</p>"))
    area = widgets.Textarea(
        description="Your answer",
        placeholder=ex.get("placeholder", "Write your answer here."),
        continuous_update=True,
        style=LABELLED,
        layout=widgets.Layout(width="100%", height="9em"),
    )
    status = html(css="medialit-status")

    def show_status(_=None) -> None:
        words = len(area.value.split())
        status.value = box(
            f"<p>✓ Saved as you type ({words} word{'s' if words != 1 else ''}). Your teacher scores this answer.</p>"
            if words
            else "<p>Nothing written yet.</p>"
        )

    lesson.bind(f"{ex_id}/answer", [area])
    area.observe(show_status, names="value")
    show_status()
    rubric = ex["rubric"]
    rows = "".join(
        f'<tr><th scope="row" style="text-align:left;white-space:nowrap;padding:0.2em 0.5em;border:1px solid #999">{level.capitalize()}</th>'
        f'<td style="padding:0.2em 0.5em;border:1px solid #999">{esc(rubric[level])}</td></tr>'
        for level in ("basic", "emergent", "proficient")
    )
    table = html(
        box(
            "<p><strong>How your teacher will score it</strong> (three levels):</p>"
            f'<table style="border-collapse:collapse">{rows}</table>'
        ),
        css="medialit-rubric",
    )
    return Panel(
        [
            heading(ex.get("title"), ex.get("instructions")),
            lesson.notice,
            prompt,
            area,
            status,
            table,
        ],
        kind="open",
        ident=ex_id,
    )


# Worked answers -------------------------------------------------------------------
def solution(lesson, slug: str) -> Panel:
    """A "Show the answer" button; the file is read only when it is pressed."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", slug):
        raise LessonDataError(f"solution names use letters, digits, - and _, not {slug!r}")
    toggle = button("Show the answer", "Show the worked answer", css="medialit-show-answer")
    shown = html(css="medialit-solution-text")

    def on_press(_=None) -> None:
        if shown.value:
            shown.value = ""
            toggle.description = "Show the answer"
            return
        path = lesson.folder / "solutions" / f"{slug}.md"
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            shown.value = box(
                f"<p>There is no worked answer called {esc(slug)} yet ({esc(path.name)}).</p>"
            )
        else:
            shown.value = box(
                safe_markdown(text), style="border-left:4px double #555;padding-left:0.6em"
            )
        toggle.description = "Hide the answer"

    toggle.on_click(on_press)
    return Panel([toggle, shown], kind="solution", ident=slug)
