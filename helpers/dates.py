"""Dates in the article: explicit dates, weekdays and relative references.

Interface (used by :mod:`helpers.report`)::

    find_dates(text: str, sentences: list[dict], parts: list[dict]) -> list[dict]
    # {"sentence", "text", "date": "YYYY-MM-DD" | None, "how", "start", "end"}

What is found, in reading order:

- explicit dates: ``July 16, 2018``, ``16 July 2018``, ``Jul. 16``, ``2018-07-16``,
  ``Thursday, July 19``; a date without a year takes its year from the
  article's date (the year that puts it nearest);
- weekdays: ``Thursday``, ``Monday's summit``, ``on Tuesday night``,
  ``last Monday``, ``next Friday``;
- days counted from the article's date: ``yesterday``, ``today``,
  ``tomorrow``, ``two weeks ago``;
- days counted from an event: ``three days after the Finland summit`` (when
  the article dates the summit elsewhere) and ``the next day``;
- spans, listed with ``date`` None because they are not one day:
  ``last week``, ``later this year``, ``in July``, ``July 2018``, ``in the
  fall``, and a year on its own (``the 2016 presidential election``).

**The article's date (the anchor).** Relative words are counted from the
day the story was written. The best evidence wins: (1) a date in the
dateline or a "Published" line; (2) the latest date on which the article
reports someone speaking ("Trump said on July 19, 2018"), checked against
the weekdays of the news ("the White House said Thursday": if that weekday
names the day after, the story was written a day later); (3) the latest full
date that falls on such a news weekday. With none of these, relative words
stay unresolved and ``how`` says why.

**Weekdays.** News agencies name the days of the past week by their weekday,
so a bare weekday is the most recent one on or before the article's date,
unless its clause speaks of the future ("will", "is due to"; see
``data/dates/future_markers.txt``), when it is the first one on or after.

**Left alone:** "may" and "march" as verbs, "Trump May Meet" in a title
(a month needs a day, a year or a time word such as "in" next to it),
newspapers and named days ("Sunday Times", "Super Tuesday"; see
``data/dates/not_dates.txt``), numbers that are not years ("12 intelligence
officers", "2000 people"; see ``data/dates/year_context.txt``) and
"Mondays" (a habit, not a day).

Why our own rules instead of a library: date libraries (dateparser,
parsedatetime) count "Thursday" from the computer's clock rather than the
article's own date, take tens of milliseconds to import, and cannot say in
words why they chose a day. News needs few patterns, and each rule here comes
with a sentence a student can read. For speed, one regular expression whose
alternatives each begin with a fixed letter finds the date words (Python
skips quickly over text without them); only the few words around each hit
are then examined.

>>> text = "Trump said on July 19, 2018 he was pleased. Aides said Monday it was planned."
>>> sents = [{"id": 0, "part": "body", "text": text[:43], "start": 0, "end": 43},
...          {"id": 1, "part": "body", "text": text[44:], "start": 44, "end": len(text)}]
>>> [(d["text"], d["date"]) for d in find_dates(text, sents, [])]
[('July 19, 2018', '2018-07-19'), ('Monday', '2018-07-16')]
>>> print(find_dates(text, sents, [])[1]["how"].split(" (")[0])
Monday: the most recent Monday on or before the article's date, July 19, 2018
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from pathlib import Path

__all__ = ["find_dates"]

_DATA = Path(__file__).resolve().parent / "data" / "dates"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ABBREVIATIONS = dict(  # "Sept" before "Sep", so the longer one is tried first
    sorted(
        {**{m[:3]: i + 1 for i, m in enumerate(MONTHS) if m != "May"}, "Sept": 9}.items(),
        key=lambda kv: -len(kv[0]),
    )
)
_MONTH_OF = {name: i + 1 for i, name in enumerate(MONTHS)} | _ABBREVIATIONS
_WEEKDAY_OF = {name: i for i, name in enumerate(WEEKDAYS)}
_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_UNIT_WORDS = ("day", "week", "Week", "month", "Month", "year", "Year", "night", "Night")
_PARTS_OF_DAY = ("morning", "afternoon", "evening")
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "fifteen": 15, "twenty": 20, "thirty": 30}  # fmt: skip
_VAGUE_NUMBERS = {"several", "few", "some", "many", "couple", "of"}
_SPAN_WORDS = {"last", "this", "next", "past", "previous", "coming"}
_EDGE_WORDS = {"early", "earlier", "late", "later"}
# Words that make a bare month name a time ("in May", "since March"), not a verb or a name.
_MONTH_LEAD = {"in", "since", "until", "till", "by", "from", "through", "during", "early",
               "late", "mid", "mid-", "last", "next", "this", "before", "after", "of"}  # fmt: skip
_SEASON_LEAD = {"in", "by", "until", "till", "during", "since", "for"}
# Words that end the event after "after"/"before" ("the summit between ...").
_NP_STOP = {"between", "with", "in", "on", "at", "of", "by", "for", "to", "from", "and",
            "which", "that", "who", "when", "where", "as", "but", "over", "while"}  # fmt: skip
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "your", "this"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
_PUNCT = "“”\"'‘’()[]{},.;:!?—–-"
_BREAK = ',.;:!?”")—–'
_PART_WORDS = {
    "headline": "the headline",
    "caption": "the caption",
    "credit": "the credit line",
    "dateline": "the dateline",
    "body": "the article body",
    "copyright": "the copyright line",
}

# Lower-case date words are found by a rarer piece of them ("mmer" for "summer",
# "day" for "today" and "yesterday"), and the letters before it are checked in
# Python: the scan then stops at far fewer places in ordinary text.
_CORES = {
    "day": ("yester", "to", ""),
    "morrow": ("to",),
    "ght": ("toni", "ni"),
    "week": ("",),
    "month": ("",),
    "year": ("",),
    "morning": ("",),
    "fternoon": ("a",),
    "vening": ("e",),
    "pring": ("s",),
    "mmer": ("su",),
    "mn": ("autu",),
    "fall": ("",),
    "winter": ("",),
}
_CAPITALISED = (
    *MONTHS,
    *_ABBREVIATIONS,
    *WEEKDAYS,
    *(w.capitalize() for w in _RELATIVE_DAYS),
    "Week",
    "Month",
    "Year",
    "Night",
)


def _alternation(words) -> str:
    """``a|b|c`` grouped by first letter, so the scan tries few branches."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    alts = []
    for first, rests in groups.items():
        rests.sort(key=len, reverse=True)
        tail = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
        alts.append(first + tail)
    return "|".join(alts)


_TRIGGER = re.compile(_alternation((*_CAPITALISED, *_CORES)) + r"|1[89]\d\d|20\d\d")
_YEAR = r"(1[89]\d\d|20\d\d)(?!\d|,\d)"
_MD_TAIL = re.compile(r"\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s{1,3}" + _YEAR + ")?")
_MY_TAIL = re.compile(r"\.?,?\s{1,3}(?:of\s{1,3})?" + _YEAR)
_Y_TAIL = re.compile(r"\.?,?\s{1,3}" + _YEAR)
_DM_LEFT = re.compile(r"(?<![\d,.$£€])\b(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?\Z")
_WD_LEFT = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"),?\s{1,3}(?:the\s{1,3})?\Z")
_WD_DATE_AHEAD = re.compile(
    r",?\s{1,3}(?:the\s{1,3})?(?:\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
_FOLLOWER = re.compile(r"\s{1,3}([A-Za-z]+)")
_ISO_TAIL = re.compile(r"-(\d\d)-(\d\d)(?!\d)")
_NUM_LEFT = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/\Z")
_PART_OF_DAY = re.compile(r"\s{1,3}(morning|afternoon|evening|night)\b")
_UNIT_RIGHT = re.compile(r"\s{1,3}(ago|after|before|later|earlier)\b")
_DATELINE_LEFT = re.compile(r"[A-Z][A-Z.'’ -]{2,}(?:,[^,\n—–]{1,40})?,\s*\Z")
_DATELINE_RIGHT = re.compile(r"[^\n]{0,40}?(?:\(|—|–| - )")
_EVENT_REACH = 40  # how many sentences away an event's date may stand
_PUBLISHED = {"published", "posted", "updated"}
_LAST_BREAK = re.compile(r".*[,;:—–(“\"]", re.S)
_NEXT_BREAK = re.compile(r"[,;:—–)”\"]")


# Data files --------------------------------------------------------------
def _lines(name: str) -> dict[str, list[str]]:
    """The entries of one data file, by ``[section]`` ("" before any section)."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    with (_DATA / name).open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                current = line[1:-1]
                sections.setdefault(current, [])
            else:
                sections[current].append(line)
    return sections


class _Rules:
    """The word lists from ``helpers/data/dates/``, loaded once."""

    __slots__ = ("not_dates", "verbs", "future", "future_gate", "year_before", "year_after")

    def __init__(self) -> None:
        keywords = set(_MONTH_OF) | set(_WEEKDAY_OF) | {"Today", "today"}
        self.not_dates: dict[str, list[tuple[str, str]]] = {}
        for phrase in _lines("not_dates.txt")[""]:
            for m in re.finditer(r"[A-Za-z]+", phrase):
                if m.group() in keywords:
                    self.not_dates.setdefault(m.group(), []).append(
                        (phrase[: m.start()], phrase[m.end() :])
                    )
                    break
        self.verbs = frozenset(w.lower() for w in _lines("reporting_verbs.txt")[""])
        markers = sorted(_lines("future_markers.txt")[""], key=len, reverse=True)
        # Matched on the lower-cased clause; each alternative starts with a
        # fixed letter so the scan is quick; the word boundary before a match
        # is checked in Python (see _future).
        # A quick test before the regex: is any marker's first word there at all?
        self.future_gate = tuple(
            {(" " if m[0].isalpha() else "") + m.split()[0].lower() for m in markers}
        )
        self.future = re.compile(
            "|".join(r"\s+".join(map(re.escape, m.lower().split())) for m in markers) + r"(?!\w)"
        )
        ctx = _lines("year_context.txt")
        self.year_before = frozenset(ctx["before"])
        self.year_after = frozenset(ctx["after"])


@cache
def _rules() -> _Rules:
    return _Rules()


# Small helpers -------------------------------------------------------------
def _fmt(d: date, weekday: bool = False) -> str:
    """``July 19, 2018`` (or ``Thursday, July 19, 2018``)."""
    s = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    return f"{WEEKDAYS[d.weekday()]}, {s}" if weekday else s


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_year(m: int, d: int, ref: date) -> date | None:
    """The date ``m/d`` in the year that puts it nearest ``ref``."""
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        c = _day(y, m, d)
        if c and (best is None or abs((c - ref).days) < abs((best - ref).days)):
            best = c
    return best


def _clean(word: str) -> str:
    return word.strip(_PUNCT).lower()


def _words_before(text: str, pos: int, lo: int, k: int = 5) -> list[str]:
    """Up to ``k`` raw words before ``pos`` (not before ``lo``), nearest last."""
    words = text[max(lo, pos - 60) : pos].split()
    if pos - 60 > lo and words:
        words = words[1:]  # the first may be cut in half
    return words[-k:]


def _quote(s: str) -> str:
    return "“" + " ".join(s.split()) + "”"


def _weeks_monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _month_shift(d: date, k: int) -> tuple[int, int]:
    n = d.year * 12 + d.month - 1 + k
    return n // 12, n % 12 + 1


class _Mention:
    """One date expression found in the text, before it is resolved."""

    __slots__ = (
        "kind",
        "start",
        "end",
        "sent",
        "y",
        "m",
        "d",
        "wd",
        "n",
        "unit",
        "which",
        "edge",
        "future",
        "reporting",
        "np",
        "head",
        "date",
        "how",
        "note",
        "day",
    )

    def __init__(
        self,
        kind: str,
        start: int,
        end: int,
        sent: dict,
        y: int | None = None,
        m: int | None = None,
        d: int | None = None,
        wd: int | None = None,
        n: int | None = None,
        unit: str | None = None,
        which: str | None = None,
        edge: str | None = None,
        np: str | None = None,
        head: str | None = None,
    ) -> None:
        self.kind, self.start, self.end, self.sent = kind, start, end, sent
        self.y, self.m, self.d, self.wd, self.n = y, m, d, wd, n
        self.unit, self.which, self.edge, self.np, self.head = unit, which, edge, np, head
        self.note = None
        self.future = self.reporting = False
        self.date: date | None = None  # the resolved day, when there is one
        self.day: date | None = None  # the written day of an explicit date
        self.how = ""


# Finding -------------------------------------------------------------------
def _is_name(word: str, text: str, s: int, e: int, rules: _Rules) -> bool:
    """True when the word is part of a name such as "Sunday Times" or "USA Today"."""
    for before, after in rules.not_dates.get(word, ()):
        if (not before or text.startswith(before, s - len(before))) and (
            not after or text.startswith(after, e)
        ):
            return True
    return False


def _said_before(words: list[str], verbs: frozenset[str]) -> int | None:
    """Index (from the end) of a saying verb among the last words before a date.

    Skips "on", "early"/"late", stops at a clause break; looks at most four
    words back ("said Thursday", "told reporters Thursday", "said in a
    statement on Thursday").
    """
    seen = 0
    for i in range(len(words) - 1, -1, -1):
        raw = words[i]
        w = raw.lower()
        if w not in verbs:
            w = _clean(raw)
        if seen == 0 and w in ("on", "early", "late", "earlier", "later"):
            continue
        if w in verbs:
            return len(words) - i
        if raw[-1] in _BREAK or seen >= 3 or w in _PRONOUNS or w == "that":
            return None  # a new clause: "said Friday he rested Thursday"
        seen += 1
    return None


def _said_after(text: str, end: int, sent_end: int, verbs: frozenset[str]) -> bool:
    """True for "Earlier Thursday, Trump tweeted": a comma then a saying verb."""
    tail = text[end : min(sent_end, end + 60)]
    if not tail.startswith(","):
        return False
    for raw in tail[1:].split()[:5]:
        if _clean(raw) in verbs:
            return True
        if raw[-1] in _BREAK:
            return False
    return False


def _at_sentence_start(text: str, start: int, sent_start: int) -> bool:
    return start - sent_start < 8 and text[sent_start:start].strip(" “\"‘'(") in ("", "On", "on")


def _find_month(text, word, s, e, sent, rules):
    if text[e : e + 1].isalnum() or text.startswith(("'s", "’s"), e):
        return None
    if _is_name(word, text, s, e, rules):
        return None
    lo = sent["start"]
    month = _MONTH_OF[word]
    start, day, year, end = s, None, None, e
    mt = _MD_TAIL.match(text, e)
    if mt:
        day, end = int(mt[1]), mt.end()
        year = int(mt[2]) if mt[2] else None
    else:
        dl = _DM_LEFT.search(text, max(lo, s - 12), s)
        if dl:
            day, start = int(dl[1]), dl.start()
            yt = _Y_TAIL.match(text, e)
            if yt:
                year, end = int(yt[1]), yt.end()
    if day is not None:
        wl = text.find("day", start - 6, start) > 0 and _WD_LEFT.search(
            text, max(lo, start - 14), start
        )
        stated = None
        if wl:
            stated, start = _WEEKDAY_OF[wl[1]], wl.start()
        kind = "full" if year else "md"
        return _Mention(kind, start, end, sent, y=year, m=month, d=day, wd=stated)
    my = _MY_TAIL.match(text, e)
    if my:
        return _Mention("month", s, my.end(), sent, y=int(my[1]), m=month)
    if word in _ABBREVIATIONS:
        return None
    words = _words_before(text, s, lo, 2)
    lead = _clean(words[-1]) if words and text[s - 1].isspace() else ""
    if not lead and text[max(lo, s - 4) : s].lower() == "mid-":
        lead = "mid-"
    if lead not in _MONTH_LEAD:
        return None
    which = lead if lead in ("last", "next", "this") else None
    return _Mention("month", s, e, sent, m=month, which=which)


def _clause(text: str, start: int, end: int, sent: dict) -> str:
    """The clause around a date: from the last comma, dash or quote mark to the next."""
    lo, hi = sent["start"], sent["end"]
    lm = _LAST_BREAK.match(text, max(lo, start - 120), start)
    left = lm.end() if lm else max(lo, start - 120)
    rm = _NEXT_BREAK.search(text, end, hi)
    right = rm.start() if rm else hi
    if not text[left:start].strip(" On") and right < hi:  # "On Monday, he will ..."
        rm = _NEXT_BREAK.search(text, right + 1, hi)
        right = rm.start() if rm else hi
    return text[left:right]


def _future(clause: str, rules: _Rules) -> str | None:
    """The first future marker ("will", "is due") in a clause, if any."""
    low = clause.lower()
    padded = " " + low
    if not any(g in padded for g in rules.future_gate):
        return None
    for m in rules.future.finditer(low):
        s = m.start()
        if s == 0 or not (
            low[s - 1].isalnum() or (low[s - 1] in "'’" and m.group()[0] not in "'’")
        ):
            return clause[s : m.end()]
    return None


def _find_weekday(text, word, s, e, sent, rules):
    if text[e : e + 1].isalnum() or _is_name(word, text, s, e, rules):
        return None
    if _WD_DATE_AHEAD.match(text, e):
        return None  # "Thursday, July 19": the month takes the weekday along
    lo = sent["start"]
    start, end = s, e
    before = _words_before(text, s, lo, 7)
    words = before[-3:]
    which = None
    if words and text[s - 1].isspace():
        w1 = _clean(words[-1])
        if w1 in _EDGE_WORDS:
            start = text.rfind(words[-1], lo, s)
            words = words[:-1]
            w1 = _clean(words[-1]) if words else ""
        if w1 in ("last", "next", "this", "coming") and words[-1][-1] not in _BREAK:
            which = "next" if w1 == "coming" else w1
            start = text.rfind(words[-1], lo, start)
    pm = _PART_OF_DAY.match(text, e)
    if pm:
        end = pm.end()
    mention = _Mention("weekday", start, end, sent, wd=_WEEKDAY_OF[word], which=which)
    if which is None:
        if start != s:
            before = _words_before(text, start, lo, 6)
        if _said_before(before, rules.verbs) is not None or (
            _at_sentence_start(text, start, lo) and _said_after(text, end, sent["end"], rules.verbs)
        ):
            mention.reporting = True
        else:
            note = _future(_clause(text, start, end, sent), rules)
            if note:
                mention.future, mention.note = True, note
    return mention


def _find_relative_day(text, word, s, e, sent, rules):
    if text[e : e + 1].isalnum() or _is_name(word, text, s, e, rules):
        return None
    end = e
    pm = _PART_OF_DAY.match(text, e)
    if pm and word.lower() != "tonight":
        end = pm.end()
    return _Mention("relday", s, end, sent, n=_RELATIVE_DAYS[word.lower()])


def _number(words: list[str]) -> tuple[int | None, int, bool]:
    """(number, how many words it used, vague) from the words before a unit."""
    if not words:
        return None, 0, False
    w1 = _clean(words[-1])
    if w1.isdigit() and len(w1) <= 3:
        return int(w1), 1, False
    if w1 in _NUMBERS:
        return _NUMBERS[w1], 1, False
    if w1 in _VAGUE_NUMBERS:
        used = 2 if len(words) > 1 and _clean(words[-2]) in ("a", "the", "couple") else 1
        if used == 2 and len(words) > 2 and _clean(words[-3]) == "a":
            used = 3
        return None, used, True
    return None, 0, False


def _noun_phrase(text: str, pos: int, hi: int) -> tuple[str, str | None]:
    """The words after "after"/"before" up to a break, and their head noun."""
    chunk = text[pos : min(hi, pos + 80)]
    words: list[str] = []
    for raw in chunk.split():
        w = _clean(raw)
        if not w or w in _NP_STOP or w in _PRONOUNS or (words and w in _DETERMINERS):
            if not words and w in _PRONOUNS:
                return raw.strip(_PUNCT), None
            break
        words.append(raw.strip(_PUNCT))
        if raw[-1] in _BREAK or len(words) == 5:
            break
    if not words:
        return "", None
    head = words[-1].lower()
    for poss in ("'s", "’s"):
        head = head.removesuffix(poss)
    return " ".join(words), head


def _find_unit(text, word, s, e, sent, rules):
    base = word.lower()
    after = e
    plural = False
    if base == "week" and text.startswith("end", e):
        base, after = "weekend", e + 3
    if text[after : after + 1] == "s" and base in ("day", "week", "weekend", "month", "year"):
        plural, after = True, after + 1
    if text[after : after + 1].isalnum():
        return None
    lo = sent["start"]
    words = _words_before(text, s, lo, 4)
    if not text[s - 1 : s].isspace():
        words = []
    w1 = _clean(words[-1]) if words else ""
    w2 = _clean(words[-2]) if len(words) > 1 else ""
    if base in _PARTS_OF_DAY or base == "night":
        if (base == "night" and w1 == "last") or (base != "night" and w1 == "this"):
            start = text.rfind(words[-1], lo, s)
            return _Mention("relday", start, after, sent, n=-1 if w1 == "last" else 0)
        return None
    rm = _UNIT_RIGHT.match(text, after)
    unit = base
    if rm and base != "weekend":
        rel = rm[1]
        n, used, vague = _number(words)
        if used == 0 and w1 == "the" and not plural:
            n, used = 1, 1
        if used == 0:
            return None
        start = text.rfind(words[-used], lo, s)
        if w1 in ("next", "following", "previous") and w2 == "the":
            return None  # "the next day before ..." is unusual; leave it
        if rel == "ago":
            return _Mention("ago", start, rm.end(), sent, n=n, unit=unit)
        if rel in ("later", "earlier"):
            return _Mention("chain", start, rm.end(), sent, n=n, unit=unit, which=rel)
        np_text, head = _noun_phrase(text, rm.end(), sent["end"])
        kind = "event" if np_text else "chain"
        return _Mention(
            kind, start, rm.end(), sent, n=n, unit=unit, which=rel, np=np_text, head=head
        )
    if base == "day" and not plural and w1 in ("next", "following", "previous") and w2 == "the":
        start = text.rfind(words[-2], lo, s)
        which = "earlier" if w1 == "previous" else "later"
        return _Mention("chain", start, after, sent, n=1, unit="day", which=which)
    if base != "day" and not plural and w1 in _SPAN_WORDS:
        start = text.rfind(words[-1], lo, s)
        edge = None
        if w2 in _EDGE_WORDS and len(words) > 1 and words[-2][-1] not in _BREAK:
            edge = w2
            start = text.rfind(words[-2], lo, start)
        elif w1 == "past" and w2 == "the":
            start = text.rfind(words[-2], lo, start)
        return _Mention("span", start, after, sent, unit=unit, which=w1, edge=edge)
    return None


def _find_season(text, word, s, e, sent, rules):
    if text[e : e + 1].isalnum() or text.startswith(" of", e):
        return None
    lo = sent["start"]
    words = _words_before(text, s, lo, 2)
    if not words or not text[s - 1 : s].isspace():
        return None
    w1 = _clean(words[-1])
    w2 = _clean(words[-2]) if len(words) > 1 else ""
    if w1 in ("this", "next", "last", "early", "late") or w1 == "the" and w2 in _SEASON_LEAD:
        start = text.rfind(words[-1], lo, s)
    elif w1 in _SEASON_LEAD and word != "fall":
        start = s
    else:
        return None
    return _Mention("season", start, e, sent, unit=word, which=w1)


def _find_year(text, word, s, e, sent, rules):
    year = int(word)
    nxt = text[e : e + 1]
    prev = text[s - 1 : s]
    lo = sent["start"]
    if nxt == "-" and not prev.isalnum():
        iso = _ISO_TAIL.match(text, e)
        if iso:
            return _Mention("iso", s, iso.end(), sent, y=year, m=int(iso[1]), d=int(iso[2]))
    if prev == "/":
        num = _NUM_LEFT.search(text, max(lo, s - 6), s)
        if num and not nxt.isdigit():
            a, b = int(num[1]), int(num[2])
            return _Mention("numeric", num.start(), e, sent, y=year, m=a, d=b)
        return None
    if prev.isalnum() or prev in "$£€.,/" or nxt.isalnum() or nxt == "%":
        return None
    words = _words_before(text, s, lo, 1)
    w1 = ""
    if words and (prev.isspace() or words[-1].lower() == "mid-"):
        w1 = words[-1].lower()
    nm = _FOLLOWER.match(text, e)
    follower = nm[1].lower() if nm else ""
    if follower in rules.year_after or (w1 in rules.year_before and w1 != "the"):
        return _Mention("year", s, e, sent, y=year)
    return None


_FINDERS = {}
for _w in MONTHS + tuple(_ABBREVIATIONS):
    _FINDERS[_w] = _find_month
for _w in WEEKDAYS:
    _FINDERS[_w] = _find_weekday
for _w in _RELATIVE_DAYS:
    _FINDERS[_w] = _FINDERS[_w.capitalize()] = _find_relative_day
for _w in _UNIT_WORDS + _PARTS_OF_DAY:
    _FINDERS[_w] = _find_unit
for _w in _SEASONS:
    _FINDERS[_w] = _find_season


def _scan(text: str, sentences: list[dict], rules: _Rules) -> list[_Mention]:
    found: list[_Mention] = []
    consumed = 0
    i, last = -1, len(sentences) - 1
    for m in _TRIGGER.finditer(text):
        s, e = m.span()
        word = m.group()
        core = _CORES.get(word)
        if core:
            for before in core:
                if text.startswith(before, s - len(before)):
                    s -= len(before)
                    word = before + word
                    break
            else:
                continue
        if s < consumed or (s and text[s - 1].isalnum()):
            continue
        while i < last and sentences[i + 1]["start"] <= s:  # hits come in reading order
            i += 1
        if i < 0:
            continue
        sent = sentences[i]
        if e > sent["end"]:
            continue
        finder = _FINDERS.get(word, _find_year)
        mention = finder(text, word, s, e, sent, rules)
        if mention is not None:  # it may run past a sentence end ("Dec." then "28")
            found.append(mention)
            consumed = mention.end
    return found


# The article's date ----------------------------------------------------------
class _Anchor:
    """The day the article was written, and where that came from."""

    __slots__ = ("day", "mention", "source", "reason", "desc")

    def __init__(self, day: date, mention: _Mention | None, source: str, reason: str):
        self.day, self.mention, self.source, self.reason = day, mention, source, reason
        self.desc = f"the article's date, {_fmt(day)} ({source})"


def _part_words(sent: dict) -> str:
    return _PART_WORDS.get(sent["part"], "the text")


def _dateline(text: str, m: _Mention, datelines: list[dict]) -> str | None:
    """Where the date stands if it is in the dateline or a "Published" line, else None."""
    if m.sent["part"] == "dateline" or any(p["start"] <= m.start < p["end"] for p in datelines):
        return "the dateline"
    lo = m.sent["start"]
    if (
        m.start - lo < 80
        and _DATELINE_LEFT.match(text, lo, m.start)
        and _DATELINE_RIGHT.match(text, m.end)
    ):
        return "the dateline"
    raw = _words_before(text, m.start, lo, 3)
    while raw and _clean(raw[-1]) in ("on", ""):
        raw.pop()
    if raw and _clean(raw[-1]) in _PUBLISHED:
        return f"the line {_quote(text[text.rfind(raw[-1], lo, m.start) : m.end])}"
    return None


def _said_on(text: str, m: _Mention, verbs: frozenset[str]) -> str | None:
    """The words that report speech on this date ("said on July 19, 2018"), if any."""
    lo = m.sent["start"]
    words = text[lo : m.start].split()[-6:]
    if words and _clean(words[-1]) == "on":
        k = _said_before(words[:-1], verbs)
        if k is not None:
            verb = words[-1 - k]
            return text[text.rfind(verb, lo, m.start) : m.end]
    if _at_sentence_start(text, m.start, lo) and _said_after(text, m.end, m.sent["end"], verbs):
        tail = text[m.end : m.sent["end"]].split()[:6]
        for raw in tail:
            if _clean(raw) in verbs:
                return text[lo : text.find(raw, m.end) + len(raw)]
    return None


def _find_anchor(text: str, found: list[_Mention], parts: list[dict], rules: _Rules):
    full = [m for m in found if m.kind in ("full", "iso") and m.day]
    if not full:
        return None
    news_days = {m.wd for m in found if m.kind == "weekday" and m.reporting}
    datelines = [p for p in parts if p["kind"] == "dateline"]
    for m in full:
        where = _dateline(text, m, datelines)
        if where:
            return _Anchor(
                m.day,
                m,
                f"taken from {where}",
                "it is the date printed at the top of the story, where the reporter says when it was written",
            )
    said = [(m.day, m, w) for m in full if (w := _said_on(text, m, rules.verbs))]
    if said:
        day, m, words = max(said, key=lambda t: (t[0], t[1].start))
        source = f"taken from {_part_words(m.sent)}: {_quote(words)}"
        reason = "it is the latest day on which the article reports someone speaking"
        wd = day.weekday()
        if not news_days or wd in news_days:
            if wd in news_days:
                reason += f", and a {WEEKDAYS[wd]}, like the news weekday {_news_example(text, found, wd)}"
            return _Anchor(day, m, source, reason)
        nxt = day + timedelta(days=1)
        if nxt.weekday() in news_days:
            example = _news_example(text, found, nxt.weekday())
            return _Anchor(
                nxt,
                None,
                f"the day after {_fmt(day)} in {_part_words(m.sent)}, because the news "
                f"happened on a {WEEKDAYS[nxt.weekday()]}: {example}",
                "",
            )
        return _Anchor(day, m, source, reason)
    matching = [m for m in full if m.day.weekday() in news_days]
    if matching:
        m = max(matching, key=lambda x: (x.day, x.start))
        wd = m.day.weekday()
        example = _news_example(text, found, wd)
        return _Anchor(
            m.day,
            m,
            f"taken from {_part_words(m.sent)}, a {WEEKDAYS[wd]} like {example}",
            f"it is the latest full date that falls on the weekday of the news, {example}",
        )
    return None


def _news_example(text: str, found: list[_Mention], wd: int) -> str:
    """The words that tie a weekday to the news, e.g. “said Thursday”."""
    for m in found:
        if m.kind == "weekday" and m.reporting and m.wd == wd:
            lo = m.sent["start"]
            words = text[lo : m.start].split()[-6:]
            k = _said_before(words, _rules().verbs)
            if k is not None:
                return _quote(text[text.rfind(words[-k], lo, m.start) : m.end])
            tail = text[m.end : m.sent["end"]].split()[:6]
            for raw in tail:
                if _clean(raw) in _rules().verbs:
                    return _quote(text[m.start : text.find(raw, m.end) + len(raw)])
    return _quote(WEEKDAYS[wd])


# Resolving -------------------------------------------------------------------
def _resolve_simple(m: _Mention, text: str, anchor: _Anchor | None, near: _Mention | None):
    """Resolve every kind but the ones counted from another date (event, chain).

    ``near`` is the nearest full date in the text, used for the year of a
    date written without one when the article's date is unknown.
    """
    label = text[m.start : m.end]
    said = " ".join(label.split())
    k = m.kind
    if k in ("full", "iso"):
        if m.day is None:
            m.how = f"{said}: there is no such day in the calendar."
            return
        m.date = m.day
        how = f"{said}: a full date written out in the text"
        if k == "iso":
            how = f"{said}: a full date written as year-month-day"
        if m.wd is not None and m.wd != m.day.weekday():
            how += (
                f"; careful: {_fmt(m.day)} was a {WEEKDAYS[m.day.weekday()]}, "
                f"not a {WEEKDAYS[m.wd]}"
            )
        if anchor and anchor.mention is m:
            how += f"; it is used as the article's date because {anchor.reason}"
        m.how = how + "."
        return
    if k == "md":
        if anchor:
            ref, where = anchor.day, anchor.desc
        else:
            ref = near.day if near else None
            where = ref and f"{_fmt(ref)}, written elsewhere in the text"
        if not _day(2000, m.m, m.d):
            m.how = f"{said}: there is no such day in the calendar."
            return
        if ref is None:
            m.how = f"{said}: no year is written and the article gives no year to take it from."
            return
        m.date = _nearest_year(m.m, m.d, ref)
        how = f"{said}: no year is written, so it is the {MONTHS[m.m - 1]} {m.d} nearest to {where}"
        if m.wd is not None and m.date and m.wd != m.date.weekday():
            how += f"; careful: that day was a {WEEKDAYS[m.date.weekday()]}, not a {WEEKDAYS[m.wd]}"
        m.how = how + "."
        return
    if k == "numeric":
        a, b, y = m.m, m.d, m.y
        first, second = _day(y, b, a), _day(y, a, b)  # day/month, month/day
        if first and second and first != second:
            m.how = (
                f"{said}: a date in numbers that could mean {_fmt(first)} or {_fmt(second)} "
                "(countries write the day and the month in different orders), so it is left open."
            )
        elif first or second:
            m.date = first or second
            m.how = f"{said}: a date in numbers; only one reading is a real day, {_fmt(m.date)}."
        else:
            m.how = f"{said}: there is no such day in the calendar."
        return
    if k == "month":
        if m.y:
            m.how = f"{said}: a whole month ({MONTHS[m.m - 1]} {m.y}), not a single day."
        else:
            m.how = f"{said}: a whole month, not a single day."
        return
    if k == "year":
        m.how = f"{said}: a year on its own, not a single day."
        return
    if k == "season":
        m.how = f"{said}: a season, a span of about three months, not a single day."
        return
    if anchor is None:
        m.how = _no_anchor(said, m)
        return
    a = anchor.day
    if k == "weekday":
        wd, name = m.wd, WEEKDAYS[m.wd]
        if m.which == "last":
            m.date = a - timedelta(days=(a.weekday() - wd - 1) % 7 + 1)
            rule = f"the last {name} before {anchor.desc}"
        elif m.which == "next":
            m.date = a + timedelta(days=(wd - a.weekday() - 1) % 7 + 1)
            rule = f"the first {name} after {anchor.desc}"
        elif m.which == "this":
            m.date = _weeks_monday(a) + timedelta(days=wd)
            rule = f"the {name} of the same week (Monday to Sunday) as {anchor.desc}"
        elif m.future:
            m.date = a + timedelta(days=(wd - a.weekday()) % 7)
            rule = (
                f"the sentence speaks about the future ({_quote(m.note)}), so it is the first "
                f"{name} on or after {anchor.desc}"
            )
        else:
            m.date = a - timedelta(days=(a.weekday() - wd) % 7)
            rule = f"the most recent {name} on or before {anchor.desc}"
        m.how = f"{said}: {rule}, which is {_fmt(m.date, True)}."
        return
    if k == "relday":
        m.date = a + timedelta(days=m.n)
        rule = {
            -1: "the day before",
            0: "the same day as",
            1: "the day after",
        }[m.n]
        m.how = f"{said}: {rule} {anchor.desc}."
        return
    if k == "ago":
        if m.n is None:
            m.how = (
                f"{said}: the article does not say exactly how long ago, so no day can be counted."
            )
        elif m.unit in ("day", "week"):
            days = m.n * (7 if m.unit == "week" else 1)
            m.date = a - timedelta(days=days)
            m.how = f"{said}: {days} days before {anchor.desc}."
        else:
            y, mo = _month_shift(a, -m.n * (12 if m.unit == "year" else 1))
            m.how = (
                f"{said}: about {MONTHS[mo - 1]} {y}, counted back from {anchor.desc}; "
                "a month or more ago is too rough to name one day."
            )
        return
    if k == "span":
        m.how = f"{said}: {_span_words(m, a, anchor)}."


def _span_words(m: _Mention, a: date, anchor: _Anchor) -> str:
    which, unit, edge = m.which, m.unit, m.edge
    shift = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    not_one = "a span of time, not one day"
    if which == "past":
        return f"{not_one}: the {unit} leading up to {anchor.desc}"
    if unit in ("week", "weekend"):
        monday = _weeks_monday(a) + timedelta(days=7 * shift)
        if unit == "weekend":
            sat = monday + timedelta(days=5)
            if which in ("last", "previous") and a.weekday() >= 5:
                sat = _weeks_monday(a) - timedelta(days=2)
            return (
                f"{not_one}: the weekend of {_fmt(sat, True)} and {_fmt(sat + timedelta(days=1), True)}, "
                f"counted from {anchor.desc}"
            )
        sunday = monday + timedelta(days=6)
        name = {-1: "the week before", 0: "the same week as", 1: "the week after"}[shift]
        part = {
            "earlier": "some day before it in ",
            "early": "the first days of ",
            "later": "some day after it in ",
            "late": "the last days of ",
        }.get(edge, "")
        return (
            f"{not_one}: {part}{name} {anchor.desc}, from {_fmt(monday, True)} "
            f"to {_fmt(sunday, True)}"
        )
    if unit == "month":
        y, mo = _month_shift(a, shift)
        label = f"{MONTHS[mo - 1]} {y}"
    else:
        label = str(a.year + shift)
    if edge in ("earlier", "later") and shift == 0:
        side = "before" if edge == "earlier" else "after"
        return f"{not_one}: it only says some time in {label} {side} {anchor.desc}"
    when = {"early": "the beginning of ", "late": "the end of "}.get(edge, "all of ")
    return f"{not_one}: it only says {when}{label}, counted from {anchor.desc}"


def _no_anchor(said: str, m: _Mention) -> str:
    if m.kind == "weekday":
        return (
            f"{said}: a weekday, but the article gives no calendar date to count from, "
            "so it cannot be placed in the calendar."
        )
    return f"{said}: this is counted from the day the article was written, and the article does not give that date."


def _single_day(m: _Mention) -> bool:
    return m.date is not None and m.kind not in ("event", "chain")


def _event_day(text: str, m: _Mention, found: list[_Mention], idx: int):
    """The day of the event named after "after"/"before".

    Returns (day, words that date the event) when the article dates it once,
    (None, "several") when it gives different days, else (None, "").
    The event is dated where its head noun stands next to a day elsewhere:
    "Monday's first summit", "the July 16 summit", "the summit on Monday".
    """
    np_end = m.end + len(m.np) + 2
    nxt = found[idx + 1] if idx + 1 < len(found) else None
    if nxt is not None and m.end <= nxt.start <= np_end:  # "three days after July 16"
        if _single_day(nxt):
            return nxt.date, _quote(text[nxt.start : nxt.end])
        return None, ""
    if not m.head:
        return None, ""
    hits: dict[date, str] = {}
    head = m.head.removesuffix("s")
    sid = m.sent["id"]
    lo_i, hi_i = idx, idx  # only mentions within _EVENT_REACH sentences: linear on long texts
    while lo_i > 0 and sid - found[lo_i - 1].sent["id"] <= _EVENT_REACH:
        lo_i -= 1
    while hi_i + 1 < len(found) and found[hi_i + 1].sent["id"] - sid <= _EVENT_REACH:
        hi_i += 1
    for other in found[lo_i : hi_i + 1]:
        if other is m or not _single_day(other):
            continue
        lo, hi = other.sent["start"], other.sent["end"]
        if text.find(head, max(lo, other.start - 50), min(hi, other.end + 40)) < 0:
            continue
        tail = text[other.end : min(hi, other.end + 40)]
        possessive = tail.startswith(("'s", "’s"))
        # "Monday's first summit" (two words may stand between) or "the July 16 summit"
        words = tail[2:].split()[:3] if possessive else tail.split()[:1]
        phrase = ""
        for raw in words:
            if _clean(raw).removesuffix("s") == head:
                cut = text.find(raw, other.end) + len(raw.rstrip(_PUNCT))
                phrase = text[other.start : cut]
                break
            if raw[-1] in _BREAK:
                break
        if not phrase:
            before = text[max(lo, other.start - 50) : other.start].split()[-5:]
            if before and _clean(before[-1]) in ("on", "of"):
                for raw in reversed(before[:-1]):
                    if raw[-1] in _BREAK:
                        break
                    if _clean(raw).removesuffix("s") == head:
                        phrase = text[text.rfind(raw, lo, other.start) : other.end]
                        break
        if phrase:
            hits.setdefault(other.date, f"sentence {other.sent['id']}: {_quote(phrase)}")
    if len(hits) == 1:
        return next(iter(hits.items()))
    return None, "several" if hits else ""


def _resolve_relative(m: _Mention, text: str, found: list[_Mention], idx: int):
    said = " ".join(text[m.start : m.end].split())
    if m.n is None:
        m.how = f"{said}: the article does not say exactly how long, so no day can be counted."
        return
    if m.unit not in ("day", "week"):
        m.how = f"{said}: a month or more is too rough to name one day."
        return
    days = m.n * (7 if m.unit == "week" else 1)
    sign = 1 if m.which in ("after", "later") else -1
    count = f"{days} day{'s' if days != 1 else ''} {'after' if sign > 0 else 'before'}"
    if m.kind == "event":
        day, where = _event_day(text, m, found, idx)
        what = _quote(m.np or "an event")
        if day is not None:
            m.date = day + timedelta(days=sign * days)
            m.how = (
                f"{said}: {what} was on {_fmt(day, True)} ({where}), "
                f"and {said[:1].lower() + said[1:]} that is {_fmt(m.date, True)}."
            )
        elif where == "several":
            m.how = f"{said}: the article gives more than one date for {what}, so it is left open."
        else:
            m.how = f"{said}: the article does not say on what day {what} happened, so the days cannot be counted."
        return
    prev = None
    for other in reversed(found[:idx]):
        if other.sent["id"] < m.sent["id"] - 1:
            break
        if other.date is not None:
            prev = other
            break
    if prev is None:
        m.how = f"{said}: it counts from a day named just before it, and the text names none there."
        return
    m.date = prev.date + timedelta(days=sign * days)
    m.how = (
        f"{said}: {count} the day named just before it, {_fmt(prev.date)} "
        f"({_quote(text[prev.start : prev.end])}), so {_fmt(m.date, True)}."
    )


def find_dates(text: str, sentences: list[dict], parts: list[dict]) -> list[dict]:
    """Find every date expression, resolve it against the article's own date.

    Args:
        text: the article, exactly as read.
        sentences: the sentences (``id``, ``part``, ``start``, ``end``).
        parts: the article's anatomy (used to spot a dateline).

    Returns:
        One dict per date expression, in reading order: ``sentence`` (id),
        ``text`` (as in the article), ``date`` ("YYYY-MM-DD" or None),
        ``how`` (one sentence: which anchor and rule decided, or why no
        single day), ``start`` and ``end`` (offsets into ``text``).
    """
    if not sentences:
        return []
    rules = _rules()
    found = _scan(text, sentences, rules)
    if not found:
        return []
    for m in found:
        if m.kind in ("full", "iso"):
            m.day = _day(m.y, m.m, m.d)
    anchor = _find_anchor(text, found, parts, rules)
    near = None  # the last full date before, or else the first one after
    if anchor is None:
        near = next((m for m in found if m.kind in ("full", "iso") and m.day), None)
    for m in found:
        if near is not None and m.kind in ("full", "iso") and m.day:
            near = m
        if m.kind not in ("event", "chain"):
            _resolve_simple(m, text, anchor, near)
    for i, m in enumerate(found):
        if m.kind in ("event", "chain"):
            _resolve_relative(m, text, found, i)
    return [
        {
            "sentence": m.sent["id"],
            "text": text[m.start : m.end],
            "date": m.date.isoformat() if m.date else None,
            "how": m.how,
            "start": m.start,
            "end": m.end,
        }
        for m in found
    ]
