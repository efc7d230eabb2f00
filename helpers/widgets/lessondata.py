"""Lesson data: reading and checking ``lessons/<lesson>/exercises.yml``.

Answer keys, hints, feedback and questions live in YAML a teacher can edit
(the format is ``lessons/SCHEMA.md``). This module loads a lesson's file once,
checks it against that format and gives each problem as one line that names
the file, the exercise and the key, so a typo shows up as a clear message in
the notebook (and in the tests) rather than as a wrong answer key.

It does not import ipywidgets, so the check also runs from the command line::

    python -m helpers.widgets lessons/03-who-is-speaking/exercises.yml

>>> problems_in({"schema": 1, "lesson": "x", "exercises": {"q": {"type": "quiz", "questions": []}}}, "x")
['exercise "q": a quiz needs at least one question']
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import sys
from pathlib import Path
from typing import Any

from ..vocabulary import FRAMING_CATEGORIES, SOURCE_TYPES

__all__ = [
    "EXERCISE_TYPES",
    "LessonDataError",
    "exercise",
    "lessons_root",
    "load_lesson",
    "problems_in",
]

EXERCISE_TYPES = ("spot_attribution", "quiz", "timeline", "open_question", "framing")
RUBRIC_LEVELS = ("basic", "emergent", "proficient")
MISTAKE_KINDS = ("missed", "not_an_attribution", "speaker", "source_type")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_cache: dict[Path, tuple[float, dict[str, Any]]] = {}


class LessonDataError(ValueError):
    """Lesson data that cannot be used; the message names the file and the problem."""


def lessons_root() -> Path:
    """The ``lessons/`` folder: ``MEDIALIT_LESSONS_DIR`` if set, else the project's."""
    env = os.environ.get("MEDIALIT_LESSONS_DIR")
    if env:
        return Path(env).expanduser()
    from ..articles import lessons_dir

    return lessons_dir()


def _iso(value: Any) -> Any:
    """YAML reads ``2018-07-16`` as a date; the widgets compare ISO strings."""
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def _normalise(data: dict[str, Any]) -> dict[str, Any]:
    for ex in (data.get("exercises") or {}).values():
        if isinstance(ex, dict) and ex.get("type") == "timeline":
            for ev in ex.get("events") or []:
                if isinstance(ev, dict) and "date" in ev:
                    ev["date"] = _iso(ev["date"])
            ex["distractor_dates"] = [_iso(d) for d in ex.get("distractor_dates") or []]
    return data


def load_lesson(lesson: str, root: str | os.PathLike | None = None) -> dict[str, Any]:
    """The checked contents of ``<root>/<lesson>/exercises.yml`` (read again only when it changes).

    Raises:
        LessonDataError: the file is missing, is not YAML, or breaks the format.
    """
    import yaml

    path = Path(root or lessons_root()) / lesson / "exercises.yml"
    try:
        mtime = path.stat().st_mtime
    except OSError:
        raise LessonDataError(
            f"no exercises for lesson {lesson!r}: {path} does not exist"
        ) from None
    hit = _cache.get(path)
    if hit and hit[0] == mtime:
        return hit[1]
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        line = getattr(getattr(err, "problem_mark", None), "line", None)
        where = f" (line {line + 1})" if line is not None else ""
        raise LessonDataError(f"{path} is not valid YAML{where}") from None
    problems = problems_in(data, lesson)
    if problems:
        raise LessonDataError(
            f"{path}: {problems[0]}"
            + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else "")
        )
    data = _normalise(data)
    _cache[path] = (mtime, data)
    return data


def exercise(data: dict[str, Any], ex_id: str, kind: str) -> dict[str, Any]:
    """Exercise ``ex_id`` of type ``kind`` from checked lesson data."""
    exercises = data.get("exercises") or {}
    if ex_id not in exercises:
        known = ", ".join(sorted(exercises)) or "none"
        raise LessonDataError(
            f"lesson {data.get('lesson')!r} has no exercise {ex_id!r} (it has: {known})"
        )
    ex = exercises[ex_id]
    if ex.get("type") != kind:
        raise LessonDataError(f"exercise {ex_id!r} is a {ex.get('type')}, not a {kind}")
    return ex


# Checking ---------------------------------------------------------------------
def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _date(value: Any) -> bool:
    value = _iso(value)
    if value is None:
        return True
    try:
        _dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def problems_in(data: Any, lesson: str | None = None) -> list[str]:
    """Every way ``data`` (a parsed exercises.yml) breaks the format, one line each."""
    if not isinstance(data, dict):
        return ["the file must be a mapping with schema, lesson and exercises"]
    out = []
    if data.get("schema") not in (1, "1"):
        out.append("schema: must be 1")
    if lesson is not None and data.get("lesson") != lesson:
        out.append(f"lesson: must be {lesson!r} (the folder name), not {data.get('lesson')!r}")
    exercises = data.get("exercises")
    if not isinstance(exercises, dict):
        return [*out, "exercises: must be a mapping of exercise id to exercise"]
    for ex_id, ex in exercises.items():
        where = f'exercise "{ex_id}"'
        if not isinstance(ex_id, str) or not _ID.match(ex_id):
            out.append(f"{where}: ids use lower-case letters, digits and -")
        if not isinstance(ex, dict):
            out.append(f"{where}: must be a mapping")
            continue
        kind = ex.get("type")
        if kind not in EXERCISE_TYPES:
            out.append(f"{where}: type must be one of {', '.join(EXERCISE_TYPES)}")
            continue
        for key in ("title", "instructions"):
            if key in ex and not _text(ex[key]):
                out.append(f"{where}: {key} must be text")
        out += [f"{where}: {p}" for p in _CHECKS[kind](ex)]
    return out


def _check_spot(ex: dict) -> list[str]:
    out = []
    items = ex.get("items")
    if items is not None and (not isinstance(items, list) or not items):
        return ["items: must be a non-empty list (or left out to use the report's key)"]
    ids = set()
    for n, item in enumerate(items or [], 1):
        at = f"item {n}"
        if not isinstance(item, dict):
            out.append(f"{at}: must be a mapping")
            continue
        if not _text(item.get("match")) and not isinstance(item.get("sentence"), int):
            out.append(f"{at}: needs match (words of the sentence) or sentence (its id)")
        if not isinstance(item.get("attribution"), bool):
            out.append(f"{at}: attribution must be true or false")
        speaker = item.get("speaker")
        listed = isinstance(speaker, list) and speaker and all(_text(s) for s in speaker)
        if speaker is not None and not _text(speaker) and not listed:
            out.append(f"{at}: speaker must be a name, a list of names, or null")
        if item.get("attribution") is True and item.get("source_type") not in SOURCE_TYPES:
            out.append(f"{at}: source_type must be one of {', '.join(SOURCE_TYPES)}")
        for key in ("why", "hint", "id"):
            if key in item and not _text(item[key]):
                out.append(f"{at}: {key} must be text")
        item_id = item.get("id") or (
            f"s{item.get('sentence')}" if "sentence" in item else item.get("match")
        )
        if item_id in ids:
            out.append(f"{at}: two items share the id {item_id!r}; give each an id")
        ids.add(item_id)
    hints = ex.get("hints") or {}
    if not isinstance(hints, dict):
        out.append("hints: must be a mapping")
    else:
        for key, value in hints.items():
            if key == "source_types":
                if not isinstance(value, dict) or any(k not in SOURCE_TYPES for k in value):
                    out.append("hints.source_types: keys must be source types")
            elif key not in MISTAKE_KINDS:
                out.append(f"hints.{key}: unknown mistake kind (use {', '.join(MISTAKE_KINDS)})")
            elif not _text(value):
                out.append(f"hints.{key}: must be text")
    parts = ex.get("parts")
    if parts is not None and not (isinstance(parts, list) and all(_text(p) for p in parts)):
        out.append("parts: must be a list of part kinds")
    extra = ex.get("extra_speakers")
    if extra is not None and not (isinstance(extra, list) and all(_text(s) for s in extra)):
        out.append("extra_speakers: must be a list of names")
    return out


def _check_quiz(ex: dict) -> list[str]:
    questions = ex.get("questions")
    if not isinstance(questions, list) or not questions:
        return ["a quiz needs at least one question"]
    out, ids = [], set()
    for n, q in enumerate(questions, 1):
        if not isinstance(q, dict):
            out.append(f"question {n}: must be a mapping")
            continue
        at = f"question {q.get('id', n)}"
        if not isinstance(q.get("id"), str) or not _ID.match(q["id"]):
            out.append(f"{at}: id must use lower-case letters, digits and -")
        if q.get("id") in ids:
            out.append(f"{at}: id used twice")
        ids.add(q.get("id"))
        if not _text(q.get("prompt")):
            out.append(f"{at}: prompt must be text")
        kind = q.get("kind")
        if kind in ("choice", "multi"):
            options = q.get("options")
            if not isinstance(options, list) or len(options) < 2:
                out.append(f"{at}: needs at least two options")
                continue
            right = 0
            for m, opt in enumerate(options, 1):
                if not isinstance(opt, dict) or not _text(opt.get("text")):
                    out.append(f"{at}, option {m}: needs text")
                    continue
                right += opt.get("correct") is True
                if "why" in opt and not _text(opt["why"]):
                    out.append(f"{at}, option {m}: why must be text")
            texts = [o.get("text") for o in options if isinstance(o, dict)]
            if len(set(texts)) != len(texts):
                out.append(f"{at}: two options have the same text")
            if kind == "choice" and right != 1:
                out.append(f"{at}: a choice question needs exactly one option with correct: true")
            if kind == "multi" and right < 1:
                out.append(f"{at}: a multi question needs at least one option with correct: true")
        elif kind == "short":
            accept = q.get("accept") or []
            regex = q.get("accept_regex") or []
            if not accept and not regex:
                out.append(f"{at}: a short question needs accept or accept_regex")
            if not isinstance(accept, list) or not all(_text(a) for a in accept):
                out.append(f"{at}: accept must be a list of texts")
            if not isinstance(regex, list):
                out.append(f"{at}: accept_regex must be a list")
            else:
                for pattern in regex:
                    try:
                        re.compile(str(pattern))
                    except re.error as err:
                        out.append(f"{at}: accept_regex {pattern!r} is not a valid pattern ({err})")
        else:
            out.append(f"{at}: kind must be choice, multi or short")
        for key in ("why", "hint"):
            if key in q and not _text(q[key]):
                out.append(f"{at}: {key} must be text")
    return out


def _check_timeline(ex: dict) -> list[str]:
    events = ex.get("events")
    if not isinstance(events, list) or len(events) < 2:
        return ["a timeline needs at least two events"]
    out, ids = [], set()
    if ex.get("mode", "both") not in ("order", "dates", "both"):
        out.append("mode: must be order, dates or both")
    for n, ev in enumerate(events, 1):
        if not isinstance(ev, dict):
            out.append(f"event {n}: must be a mapping")
            continue
        at = f"event {ev.get('id', n)}"
        if not isinstance(ev.get("id"), str) or not _ID.match(ev["id"]) or ev["id"] in ids:
            out.append(f"{at}: needs a unique id of lower-case letters, digits and -")
        ids.add(ev.get("id"))
        if not _text(ev.get("text")):
            out.append(f"{at}: text must be text")
        if not _date(ev.get("date")):
            out.append(f"{at}: date must be YYYY-MM-DD or null")
        if ev.get("date") is None and not isinstance(ev.get("order"), int):
            out.append(f"{at}: an event without a date needs order (its position, 1 = earliest)")
        if "order" in ev and not (isinstance(ev["order"], int) and 1 <= ev["order"] <= len(events)):
            out.append(f"{at}: order must be a position from 1 to {len(events)}")
        for key in ("cue", "why"):
            if key in ev and not _text(ev[key]):
                out.append(f"{at}: {key} must be text")
    if not all(_date(d) and d is not None for d in ex.get("distractor_dates") or []):
        out.append("distractor_dates: must be a list of YYYY-MM-DD dates")
    return out


def _check_open(ex: dict) -> list[str]:
    out = []
    if not _text(ex.get("prompt")):
        out.append("prompt must be text")
    rubric = ex.get("rubric")
    if not isinstance(rubric, dict) or any(not _text(rubric.get(k)) for k in RUBRIC_LEVELS):
        out.append("rubric: needs basic, emergent and proficient descriptions")
    if "placeholder" in ex and not _text(ex["placeholder"]):
        out.append("placeholder must be text")
    return out


def _check_framing(ex: dict) -> list[str]:
    out = []
    cats = ex.get("categories")
    if cats is not None and (
        not isinstance(cats, list) or any(c not in FRAMING_CATEGORIES for c in cats)
    ):
        out.append(f"categories: must be a list of {', '.join(FRAMING_CATEGORIES)}")
    ids = set()
    for n, p in enumerate(ex.get("prompts") or [], 1):
        if not isinstance(p, dict) or not _text(p.get("text")):
            out.append(f"prompt {n}: needs text")
            continue
        pid = p.get("id")
        if not isinstance(pid, str) or not _ID.match(pid) or pid in ids:
            out.append(f"prompt {n}: needs a unique id of lower-case letters, digits and -")
        ids.add(pid)
    return out


_CHECKS = {
    "spot_attribution": _check_spot,
    "quiz": _check_quiz,
    "timeline": _check_timeline,
    "open_question": _check_open,
    "framing": _check_framing,
}


def main(argv: list[str] | None = None) -> int:
    """Check exercises.yml files; print one line per problem; exit 1 when any is found."""
    import yaml

    paths = [Path(p) for p in (argv if argv is not None else sys.argv[1:])]
    if not paths:
        paths = sorted(lessons_root().glob("*/exercises.yml"))
    bad = 0
    for path in paths:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError, UnicodeDecodeError) as err:
            print(f"{path}: cannot read: {str(err).splitlines()[0]}")
            bad += 1
            continue
        problems = problems_in(data, path.parent.name)
        bad += bool(problems)
        for p in problems:
            print(f"{path}: {p}")
        if not problems:
            print(f"{path}: fine")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
