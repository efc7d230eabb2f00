"""Framing cues: the words with which an article tells you how to see the story.

:func:`find_framing` marks ten kinds of cue (the report contract's
``framing`` categories): loaded language, intensifiers, hedges, doubt,
judging attribution verbs, presuppositions, weasel words, scare quotes,
agentless passives and editorializing. Every finding carries the cue exactly
as it stands in the article, its offsets, and one plain sentence saying what
kind of cue it is and why a reader should notice it.

The word lists are data, not code: one file per category in
``helpers/data/framing/`` (the folder's README explains the line format), so a
teacher can read them and add a word. Some cues need a rule as well as a list,
and the rules live here:

- scare quotes: a quoted fragment of one to three words inside the writer's
  own sentence, held at a distance by a labelling word ("described as") or
  quoted from nobody (the order of the tests is written out in
  ``scare_quote.txt``);
- agentless passives: a finite form of *be* or *get* plus a past participle
  with no "by" + actor in the same clause ("mistakes were made");
- words inside quotation marks belong to the person quoted, so no cue is
  marked there; a capitalised cue in mid-sentence is a name ("in May"); single
  cue words side by side make one entry ("unsettling embrace"); a source the
  attribution rules call ``vague`` is also a weasel cue, so the two parts of
  the report agree.

Why our own matcher instead of an NLP library or one big regular expression:
the report must be built in well under a millisecond with nothing downloaded,
and a teacher must be able to see which listed words decided a finding. A
regular expression per list cost about 0.5 ms per article and 100 ms to
compile. Instead, the article is split once into words (at spaces; the regular
expression only reads the few pieces that are not plain words), and each cue is
indexed under one "anchor" word (its rarest word); only the few places where an
anchor occurs are examined, first by the words right beside it.

>>> text = "Critics say the strongman may have clearly lost."
>>> sents = [{"id": 0, "part": "body", "text": text, "start": 0, "end": len(text)}]
>>> [(f["text"], f["category"]) for f in find_framing(text, sents, [])]
[('Critics say', 'weasel'), ('strongman', 'loaded_language'), ('may have', 'hedge'), ('clearly', 'intensifier')]
>>> neutral_alternative("strongman")
'leader'
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from .attribution import newspaper_name_words
from .sentences import quote_marks
from .vocabulary import FRAMING_CATEGORIES

__all__ = ["find_framing", "neutral_alternative", "cue_list"]

DATA_DIR = Path(__file__).resolve().parent / "data" / "framing"

#: categories found from their word lists alone
LIST_CATEGORIES = tuple(
    c for c in FRAMING_CATEGORIES if c not in ("scare_quote", "agentless_passive")
)
#: helper lists used by the scare-quote rule (labelling words, titles, saying verbs)
_FRAME, _TITLE, _SAYING = "scare_frame", "scare_title", "saying"


def _set(words: str) -> frozenset[str]:
    """A set of words written as one string (easier to read and edit than a list)."""
    return frozenset(words.split())


#: words too frequent to anchor a cue (they would be looked at everywhere); the first
#: tier is avoided most
_VERY_COMMON = _set(
    """
    a an the of to in on at by for with from as and or but nor is was are were be been being
    am it its it's he she they we i you his her their them him this that has have had not
    who which
    """
)
_COMMON = _VERY_COMMON | _set(
    """
    these those what there no so all more some many most do does did up out about if would
    will can could may might should must than then also very just one own
    """
)
_HYPHENS = "-\u2010\u2011"
_WORD = re.compile(r"\w+(?:'\w+)*")
_LOWER_OK = str.maketrans({"\u2019": "'"})

# --------------------------------------------------------------------------
# Reading the lists
# --------------------------------------------------------------------------


class _Tok:
    """One word slot of a cue: the words allowed there."""

    __slots__ = ("words", "stems", "any", "hyphen", "context", "gap")

    def __init__(self, words, stems=(), any_word=False, hyphen=False, context=False, gap=False):
        self.words: frozenset[str] = words
        self.stems: tuple[str, ...] = stems  # "insist*": any word starting with the stem
        self.any = any_word  # "_": any word at all
        self.hyphen = hyphen  # joined to the word before by a hyphen in the list
        self.context = context  # "(that)": must be there, but is not part of the cue
        self.gap = gap  # "...": up to four words

    def accepts(self, word: str) -> bool:
        if word in self.words or self.any:
            return True
        if word.endswith("'s") and word[:-2] in self.words:
            return True  # "regime's" is "regime"
        return bool(self.stems) and word.startswith(self.stems)


class _Cue:
    """One listed cue (a line, or part of a line that listed hyphenated alternatives)."""

    __slots__ = (
        "category",
        "toks",
        "anchor",
        "alternative",
        "lowercase",
        "checks",
        "window",
        "marked",
    )

    def __init__(self, category, toks, anchor, alternative, lowercase):
        self.category: str = category
        self.toks: tuple[_Tok, ...] = toks
        self.anchor: int = anchor
        self.alternative: str | None = alternative
        self.lowercase: bool = lowercase
        # Quick tests before the full match (_match), so that most places where the
        # anchor stands are ruled out at once. ``checks``: (distance from the anchor,
        # the words accepted there) for every slot at a fixed distance (up to the
        # first "...") whose words can be listed, nearest first. ``window``: for the
        # slot right after the first "...", (where the "..." starts, the words
        # accepted), as that slot must be one of the next five words.
        checks = []
        window = None
        for i, tok in enumerate(toks):
            if tok.gap:
                after = toks[i + 1] if i + 1 < len(toks) else None
                if after is not None and not after.gap and _accepted(after) is not None:
                    window = (i - anchor, _accepted(after))
                break
            if i != anchor and _accepted(tok) is not None:
                checks.append((i - anchor, _accepted(tok)))
        checks.sort(key=lambda c: abs(c[0]))
        self.checks: tuple[tuple[int, frozenset[str]], ...] = tuple(checks)
        self.window: tuple[int, frozenset[str]] | None = window
        # the first and last slot that are part of the cue's span (not "(that)", not "...")
        marked = [i for i, tok in enumerate(toks) if not tok.context and not tok.gap]
        self.marked: tuple[int, int] | None = (marked[0], marked[-1]) if marked else None


def _accepted(tok: _Tok) -> frozenset[str] | None:
    """Every word ``tok.accepts``, when they can be listed (no "_", "..." or stem)."""
    if tok.any or tok.gap or tok.stems:
        return None
    return _with_possessives(tok.words)


@cache
def _with_possessives(words: frozenset[str]) -> frozenset[str]:
    """``words`` and their "'s" forms; one set for every slot that lists the same words
    (fewer objects for the matching to read, which matters when they are not cached)."""
    return words | {w + "'s" for w in words}


_HYPHEN_SPLIT = re.compile(r"[\-\u2010\u2011]")
_TOK_CACHE: dict[tuple[str, bool, bool], _Tok] = {}


def _split_token(piece: str) -> list[list[tuple[str, bool]]]:
    """'so-called' -> [[('so', False), ('called', True)]]; alternatives kept apart when hyphenated."""
    if "-" not in piece and "\u2010" not in piece and "\u2011" not in piece:
        return [[(piece, False)]]
    out = []
    for alt in piece.split("|"):
        parts = _HYPHEN_SPLIT.split(alt)
        out.append([(p, i > 0) for i, p in enumerate(parts) if p])
    return out


def _make_tok(spec: str, hyphen: bool, context: bool) -> _Tok:
    key = (spec, hyphen, context)
    tok = _TOK_CACHE.get(key)
    if tok is None:
        if spec == "...":
            tok = _Tok(frozenset(), gap=True)
        else:
            alts = spec.split("|")
            words = frozenset([a for a in alts if a != "_" and not a.endswith("*")])
            stems = tuple([a[:-1] for a in alts if a.endswith("*") and len(a) > 1])
            tok = _Tok(words, stems, "_" in alts, hyphen, context)
        _TOK_CACHE[key] = tok
    return tok


def _anchor_of(toks: tuple[_Tok, ...]) -> int | None:
    """The slot to look for first: the rarest words before any "..." (matching goes forward)."""
    best, best_rank = None, 9
    for i, t in enumerate(toks):
        if t.gap:
            break
        if t.any:
            continue
        rank = 2 if t.words & _VERY_COMMON else 1 if t.words & _COMMON else 0
        if rank < best_rank:
            best, best_rank = i, rank
    return best


def _parse_line(line: str, category: str) -> list[_Cue]:
    alternative = None
    if "=>" in line:
        line, alternative = (s.strip() for s in line.split("=>", 1))
    lowercase = line.endswith("[lowercase]")
    if lowercase:
        line = line[: -len("[lowercase]")].strip()
    line = line.lower().translate(_LOWER_OK)
    slots = []  # each: list of variants, each variant a list of (spec, hyphen, context)
    simple = True
    for piece in line.split():
        context = piece[0] == "(" and piece[-1] == ")"
        if context:
            piece = piece[1:-1]
        variants = _split_token(piece)
        simple = simple and len(variants) == 1
        slots.append([[(sp, h, context) for sp, h in v] for v in variants])
    combos = [tuple(v[0] for v in slots)] if simple else itertools.product(*slots)
    cues = []
    for variant in combos:
        toks = tuple([_make_tok(sp, h, c) for part in variant for sp, h, c in part])
        anchor = _anchor_of(toks) if toks else None
        if anchor is not None:
            cues.append(_Cue(category, toks, anchor, alternative, lowercase))
    return cues


@dataclass
class _List:
    """One data file: its cues, its exclusions, its explanation and its lines."""

    cues: list[_Cue]
    excludes: list[_Cue]
    explanation: str
    lines: list[str]


def _read(name: str) -> _List:
    cues: list[_Cue] = []
    excludes: list[_Cue] = []
    explanation = ""
    lines: list[str] = []
    for raw in (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split(" # ", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@explanation"):
            explanation = line[len("@explanation") :].strip()
        elif line.startswith("!"):
            excludes.extend(_parse_line(line[1:].strip(), "!" + name))
        else:
            lines.append(line)
            cues.extend(_parse_line(line, name))
    return _List(cues, excludes, explanation, lines)


@dataclass
class _Index:
    lists: dict[str, _List]
    stems: list[tuple[str, _Cue]]
    stem_tuple: tuple[str, ...]
    plans: dict[str, tuple]  # the cues filed under each anchor word, as _all_matches reads them
    irregular: frozenset[str]
    not_passive: _List


@cache
def _index() -> _Index:
    """Read every list once and index its cues by anchor word."""
    names = (*LIST_CATEGORIES, "scare_quote", "agentless_passive", "saying_verbs")
    lists = {name: _read(name) for name in names}
    every: list[_Cue] = []
    for name in LIST_CATEGORIES:
        every += lists[name].cues + lists[name].excludes
    scare = lists["scare_quote"]
    every += [_Cue(_FRAME, c.toks, c.anchor, None, False) for c in scare.cues]
    every += [_Cue(_TITLE, c.toks, c.anchor, None, False) for c in scare.excludes]
    every += [_Cue(_SAYING, c.toks, c.anchor, None, False) for c in lists["saying_verbs"].cues]
    passive = lists["agentless_passive"]
    every += passive.excludes
    by_anchor: dict[str, list[_Cue]] = {}
    stems: list[tuple[str, _Cue]] = []
    for cue in every:
        tok = cue.toks[cue.anchor]
        for word in tok.words:
            by_anchor.setdefault(word, []).append(cue)
        stems.extend((s, cue) for s in tok.stems)
    irregular = frozenset(w for c in passive.cues for t in c.toks for w in t.words)
    plans = {word: _plan(cues) for word, cues in by_anchor.items()}
    return _Index(lists, stems, tuple({s for s, _ in stems}), plans, irregular, passive)


def _plan(cues: list[_Cue]) -> tuple:
    """The cues filed under one anchor word, as _all_matches reads them: five items a
    cue (the cue; the words of a one-word cue, else None; the distance and words of
    its first quick test, or 0 and None; its other quick tests). Most places where an
    anchor stands are ruled out by the first quick test; reading it from the plan
    instead of from each cue's objects saves many reads of memory not in the cache.
    """
    out: list = []
    for cue in cues:
        if len(cue.toks) == 1:
            out.append((cue, cue.toks[0].words, 0, None, ()))
        else:
            first = cue.checks[0] if cue.checks else (0, None)
            out.append((cue, None, *first, cue.checks[1:]))
    return tuple(out)


def cue_list(category: str) -> list[str]:
    """The cue lines of one list, as a teacher wrote them (comments left out).

    >>> "strongman => leader" in cue_list("loaded_language")
    True
    """
    lists = _index().lists
    if category not in lists:
        raise ValueError(f"no cue list called {category!r}; try one of {', '.join(lists)}")
    return list(lists[category].lines)


def neutral_alternative(word: str) -> str | None:
    """A plainer word for a loaded cue, as listed in ``loaded_language.txt``.

    Returns the listed alternative: a word ("leader"), or advice in brackets
    when no single word will do ("(describe what happened)"); None when the
    word is not on the list or has no alternative.

    >>> neutral_alternative("Slammed")
    'criticise'
    >>> neutral_alternative("table") is None
    True
    """
    key = " ".join(word.lower().translate(_LOWER_OK).replace("-", " ").split())
    return _alternative_of(key)


@lru_cache(maxsize=4096)
def _alternative_of(key: str) -> str | None:
    """The plainer word the loaded-language list gives for ``key`` (words in lower case,
    one space apart), looked up when asked: a table of every combination of every line's
    words cost more memory (6,000 entries) than the few look-ups an article needs."""
    words = key.split()
    for cue in _index().lists["loaded_language"].cues:
        if cue.alternative and _fullmatch(cue, words):
            return cue.alternative
    return None


def _fullmatch(cue: _Cue, words: list[str]) -> bool:
    return len(words) == len(cue.toks) and all(
        t.accepts(w) for t, w in zip(cue.toks, words, strict=True)
    )


# --------------------------------------------------------------------------
# Matching cues around their anchors
# --------------------------------------------------------------------------

#: characters that are never part of a word (``_WORD``) and are common in news text
_NOT_WORD = '\n\r\t\xa0,.;:!?"()[]/-\u2010\u2011\u2013\u2014\u201c\u201d\u2018\u2026'


class _Words:
    """The article as words: ``words[i]`` runs from ``starts[i]`` to ``end(i)``;
    ``sep(i)`` is what stands between word i-1 and word i (``sep(0)``: before the
    first word). A word is what ``_WORD`` matches.

    No word holds a space, so the text is cut at spaces (``str.split``). Before
    that, the common characters that can never be in a word (``_NOT_WORD``:
    punctuation, quotation marks, dashes, line breaks) are replaced by spaces,
    one ``str.replace`` each, which keeps every offset. Then almost every piece
    is a word as it stands (letters and digits, perhaps joined by apostrophes:
    "it's"); only the few other pieces ("'we", "©2018", "a_b") go through the
    regular expression, which would be slow on the whole article.

    >>> w = _Words("“it's so-called,” he said.")
    >>> w.words, w.sep(2), w.sep(3)
    (["it's", 'so', 'called', 'he', 'said'], '-', ',” ')
    >>> [c for c in _NOT_WORD if c == "'" or _WORD.match(c)]  # none is part of a word
    []
    """

    __slots__ = ("low", "words", "starts", "n")

    def __init__(self, low: str):
        self.low = low
        self.words: list[str] = []
        self.starts: list[int] = []
        words, starts = self.words, self.starts
        spaced = low
        for c in _NOT_WORD:
            if c in spaced:
                spaced = spaced.replace(c, " ")
        pos = 0
        for piece in spaced.split(" "):
            n = len(piece)
            if piece.isalnum() or (
                "'" in piece
                and piece[0] != "'"
                and piece[-1] != "'"
                and "''" not in piece
                and piece.replace("'", "").isalnum()
            ):
                words.append(piece)
                starts.append(pos)
            elif piece:
                for m in _WORD.finditer(piece):
                    words.append(m.group())
                    starts.append(pos + m.start())
            pos += n + 1
        self.n = len(words)

    def end(self, i: int) -> int:
        """Where word ``i`` ends."""
        return self.starts[i] + len(self.words[i])

    def sep(self, i: int) -> str:
        """What stands between word ``i - 1`` and word ``i`` (``i`` < ``n``)."""
        return self.low[self.starts[i - 1] + len(self.words[i - 1]) if i else 0 : self.starts[i]]


def _gap_ok(gap: str, tok: _Tok) -> bool:
    if tok.hyphen:
        return len(gap) == 1 and gap in _HYPHENS
    return gap.isspace()


def _forward(w: _Words, toks: tuple[_Tok, ...], ti: int, wi: int) -> list[int] | None:
    """Match ``toks[ti:]`` against the words from ``wi`` on; the word index of each token.

    A "..." slot takes zero to four words (fewest first) and gets index -1: the
    words it takes are marked only as part of the span around them. Slots are
    matched one after the other in a loop; only a "..." tries the rest of the
    cue again for each number of words it may take.
    """
    out: list[int] = []
    words, n = w.words, w.n
    for t in range(ti, len(toks)):
        tok = toks[t]
        if tok.gap:
            for skip in range(5):
                if skip:
                    j = wi + skip - 1
                    if j >= n or not w.sep(j).isspace():
                        return None
                rest = _forward(w, toks, t + 1, wi + skip)
                if rest is not None:
                    out.append(-1)
                    return out + rest
            return None
        if wi >= n or not _gap_ok(w.sep(wi), tok) or not tok.accepts(words[wi]):
            return None
        out.append(wi)
        wi += 1
    return out


def _match(cue: _Cue, w: _Words, i: int) -> tuple[int, int] | None:
    """The span of ``cue`` if it stands in the article with its anchor at word ``i``."""
    toks, k = cue.toks, cue.anchor
    # words before the anchor
    for b in range(1, k + 1):
        j = i - b
        if (
            j < 0
            or not _gap_ok(w.sep(j + 1), toks[k - b + 1])
            or not toks[k - b].accepts(w.words[j])
        ):
            return None
    if cue.marked is None:
        return None
    after = _forward(w, toks, k + 1, i + 1)  # word index per token after the anchor
    if after is None:
        return None
    # word index of the first and last marked slot (slots up to the anchor are fixed)
    t_first, t_last = cue.marked
    first = i - k + t_first if t_first <= k else after[t_first - k - 1]
    last = i - k + t_last if t_last <= k else after[t_last - k - 1]
    end = w.end(last)
    word = w.words[last]
    if word.endswith("'s") and word not in toks[t_last].words:
        end -= 2  # "regime's": mark "regime"
    return w.starts[first], end


def _all_matches(w: _Words, idx: _Index) -> dict[str, list[tuple[int, int, _Cue]]]:
    """Every listed cue, exclusion and helper word found, grouped by list."""
    found: dict[str, list[tuple[int, int, _Cue]]] = {}
    words, starts = w.words, w.starts
    n = len(words)
    # each word's plan (None for most words) and the places that have one: one dict
    # look-up a word, with map and compress keeping the loop over every word in C
    plans = idx.plans
    got = list(map(plans.get, words))
    # "regime's": the plan of "regime" (a few words, looked up again; a second table
    # holding every anchor with "'s" would cost memory for all of them)
    low = w.low
    pos = low.find("'s")
    while pos >= 0:  # (found in the text, not by a loop over every word)
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and words[i][-2:] == "'s" and starts[i] + len(words[i]) == pos + 2:
            got[i] = got[i] or plans.get(words[i][:-2])
        pos = low.find("'s", pos + 2)
    hits = itertools.compress(range(n), got)
    if idx.stems:
        stems = idx.stem_tuple
        hits = sorted({*hits, *(i for i, x in enumerate(words) if x.startswith(stems))})
    for i in hits:
        word = words[i]
        start = starts[i]
        for cue, single, offset, accepted, more in got[i] or ():
            if single is not None:  # the word itself: nothing around it to check
                end = start + len(word)
                if word in single:  # (most often) listed as it stands
                    item = (start, end, cue)
                elif cue.toks[0].accepts(word):  # "regime's" (marked: "regime")
                    item = (start, end - 2 if word.endswith("'s") else end, cue)
                else:
                    continue
            else:
                # the quick tests: each only rules out places that _match would reject
                if accepted is not None:
                    j = i + offset
                    if j < 0 or j >= n or words[j] not in accepted:
                        continue
                span = _quick_tests_then_match(cue, more, w, i)
                if span is None:
                    continue
                item = (span[0], span[1], cue)
            bucket = found.get(cue.category)
            if bucket is None:
                found[cue.category] = [item]
            else:
                bucket.append(item)
        if idx.stems:
            for s, cue in idx.stems:
                if word.startswith(s):
                    if len(cue.toks) == 1:
                        span = _one_word_span(cue.toks[0], word, start)
                    else:
                        span = _quick_tests_then_match(cue, cue.checks, w, i)
                    if span is not None:
                        found.setdefault(cue.category, []).append((*span, cue))
    return found


def _one_word_span(tok: _Tok, word: str, start: int) -> tuple[int, int] | None:
    """The span of a one-word cue on ``word`` (its "'s" left out), or None."""
    if not tok.accepts(word):
        return None
    end = start + len(word)
    if word.endswith("'s") and word not in tok.words:
        end -= 2
    return start, end


def _quick_tests_then_match(
    cue: _Cue, checks: tuple[tuple[int, frozenset[str]], ...], w: _Words, i: int
) -> tuple[int, int] | None:
    """_match, after the quick tests ``checks`` and the "..." window have passed."""
    words = w.words
    for offset, accepted in checks:
        j = i + offset
        if j < 0 or j >= len(words) or words[j] not in accepted:
            return None
    if cue.window is not None:
        offset, accepted = cue.window
        if accepted.isdisjoint(words[i + offset : i + offset + 5]):
            return None
    return _match(cue, w, i)


# --------------------------------------------------------------------------
# Quotation marks
# --------------------------------------------------------------------------


class _Quote(NamedTuple):
    start: int  # the opening mark
    end: int  # just after the closing mark (or the end of the paragraph)
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, (self.end - 1 if self.closed else self.end)


def _quotes(text: str) -> list[_Quote]:
    """Quoted stretches, in order.

    A double quotation still open at the end of its paragraph runs to the end
    of that paragraph (a quotation that goes on into the next paragraph); a
    single mark that is never closed is taken for an apostrophe.
    """
    out: list[_Quote] = []
    n = len(text)
    open_at, kind = -1, ""
    for i in quote_marks(text):
        ch = text[i]
        if kind and text.find("\n", open_at, i) >= 0:
            if kind == "d":
                out.append(_Quote(open_at, text.index("\n", open_at), False))
            open_at, kind = -1, ""
        if kind == "d":
            if ch in '\u201d"':
                out.append(_Quote(open_at, i + 1, True))
                open_at, kind = -1, ""
        elif kind == "s":
            nxt = text[i + 1] if i + 1 < n else " "
            if ch in "'\u2019" and not nxt.isalnum() and not (text[i - 1] if i else " ").isspace():
                out.append(_Quote(open_at, i + 1, True))
                open_at, kind = -1, ""
        elif ch in '\u201c"':
            open_at, kind = i, "d"
        elif ch in "\u2018'":
            nxt = text[i + 1] if i + 1 < n else " "
            if not (text[i - 1] if i else " ").isalnum() and nxt.isalpha():
                open_at, kind = i, "s"
    if kind == "d":
        end = text.find("\n", open_at)
        out.append(_Quote(open_at, n if end == -1 else end, False))
    return out


# --------------------------------------------------------------------------
# Agentless passives
# --------------------------------------------------------------------------

_CONTRACTED = _set("it's that's there's what's they're we're you're")
_AUX = _CONTRACTED | _set(
    "am is are was were be been being get gets got gotten getting isn't aren't wasn't weren't"
)
_ADVERBS = _set(
    """
    not never also already still now then just even only all both either once long later last
    soon first since yet again often thus too so well ever
    himself herself itself themselves
    """
)
#: short prefixes joined to a participle by a hyphen ("had been X-rayed", "was re-elected",
#: "were cross-examined"); a longer first part is most often a compound adjective
#: ("short-lived", "cash-strapped", "London-based")
_HYPHEN_PREFIXES = _set("re co pre de mis cross fast hand double peer fact spot")
#: finite verbs before "to be" + participle that make the whole a finite passive ("had to be
#: put down", "needs to be fixed"; not "are to be expected", an idiom)
_MODAL_TO = _set("has have had need needs needed ought")
_BE_FINITE = _CONTRACTED | _set("am is are was were isn't aren't wasn't weren't")
#: words after "by" that say when or how, not who ("by Friday", "by phone", "by the end")
_NOT_AGENT = _set(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december spring summer autumn fall
    winter then now far phone telephone email e-mail mail post letter text courier hand default chance accident
    mistake design contrast comparison car train plane air sea road rail foot bus ship boat
    nightfall midnight noon dawn dusk tomorrow tonight today next early late mid year-end
    law itself themselves himself herself way about around nearly almost more less half
    percent per cent end time weekend morning afternoon evening night deadline week month
    year day weekend christmas easter
    """
)
_TIME_DETERMINERS = _set("the this next last that")
_TO_VERB_BY = re.compile(r"\s+[a-z]+\s+(?=by\b)")
_BY = re.compile(r"\bby\s+([\w'\-]+)(?:\s+([\w'\-]+))?")
_CLAUSE_END = re.compile(
    r"[,;:.!?()\[\]\u2014\u2013]|\s-\s|\b(?:to|that|which|who|whom|whose|when|"
    r"while|because|although|though|if|unless|until|after|before|where)\b"
)


def _is_participle(word: str, irregular: frozenset[str]) -> bool:
    return word in irregular or (len(word) > 4 and word.endswith("ed"))


def _has_agent(low: str, end: int, limit: int) -> bool:
    """True when "by" + an actor follows in the same clause (``low[end:limit]``)."""
    window = low[end:limit]
    stop = _CLAUSE_END.search(window)
    if stop:
        # "was asked to leave by the chairman": the agent after a one-word infinitive
        after = _TO_VERB_BY.match(window, stop.end()) if stop.group() == "to" else None
        if after is not None and _has_agent(low, end + after.end(), limit):
            return True
        window = window[: stop.start()]
    for m in _BY.finditer(window):
        word, second = m.group(1), m.group(2) or ""
        if word in _TIME_DETERMINERS and (second in _NOT_AGENT or second[:1].isdigit()):
            continue
        if word in _NOT_AGENT or word[0].isdigit():
            continue
        return True
    return False


def _adverb(word: str) -> bool:
    return word in _ADVERBS or (len(word) > 3 and word.endswith("ly"))


def _participle_after(w: _Words, j: int, irregular: frozenset[str]) -> int | None:
    """Index of the participle in "[adverb] [adverb] [being|been] [adverb] PARTICIPLE" from j."""
    n, words, sep = w.n, w.words, w.sep
    if j < n and _adverb(words[j]) and sep(j).isspace():  # up to two adverbs
        j += 1
        if j < n and _adverb(words[j]) and sep(j).isspace():
            j += 1
    if j < n and words[j] in ("being", "been") and sep(j).isspace():
        j += 1
        if j < n and _adverb(words[j]) and sep(j).isspace():
            j += 1
    if j < n and _is_participle(words[j], irregular) and sep(j).isspace():
        return j
    if (
        j + 1 < n
        and sep(j).isspace()
        and (len(words[j]) == 1 or words[j] in _HYPHEN_PREFIXES)
        and w.sep(j + 1) in _HYPHENS
        and w.sep(j + 1) != ""
        and _is_participle(words[j + 1], irregular)
    ):
        return j + 1  # "had been X-rayed": the participle after a hyphenated prefix
    return None


# people or opinion "divided" or "split" are a state, unless a word of sharing out follows
_DIVIDED = frozenset(["divided", "split"])
_SHARED_OUT = frozenset(["into", "between", "among", "amongst", "up", "off", "across", "in"])
# a stance or an aim, before "to" or "for" ("The council is opposed to the plan", "The fund
# was meant for families"), unless a passive follows ("was meant to be approved": one cue)
_STANCES = frozenset(["opposed", "meant"])
# the participles that may be a state, and the plain "is", "was" before them (not "am" nor
# a contraction: the forms of _BE_FINITE these were measured with)
_STATE_PARTICIPLES = _DIVIDED | _STANCES
_FINITE_BE = _BE_FINITE - _CONTRACTED - {"am"}
_CLAUSE_ENDS = frozenset(".,;:!?")
_TWO_WORDS_AFTER = re.compile(r"[^\w.,;:!?]*(\w*(?:[^\w.,;:!?]+\w+)?)")


def _passives(w: _Words, text: str, irregular: frozenset[str]) -> list[tuple[int, int, int]]:
    """(start, end, participle start) of each finite be/get + participle, in order.

    Non-finite forms are left out ("for the wall to be rebuilt", "after being
    arrested", "having been told"), except as the end of a finite chain: "is
    expected to be appointed" is one passive.
    """
    out: list[tuple[int, int, int]] = []
    words = w.words
    last = -1
    for i in itertools.compress(range(len(words)), map(_AUX.__contains__, words)):
        if i <= last:
            continue  # "being" inside "is being investigated"
        j = _participle_after(w, i + 1, irregular)
        if j is None or text[w.starts[j]].isupper():
            continue  # no participle, or a name ("was Ahmed")
        aux, before = words[i], words[i - 1] if i else ""
        if aux in _CONTRACTED and words[j] in ("got", "gotten"):
            continue  # "it's got": has got
        modal = aux == "be" and before == "to" and i > 1 and words[i - 2] in _MODAL_TO
        if (aux in ("be", "get") and before == "to" and not modal) or (
            aux == "been" and before == "having"
        ):
            continue
        if aux in ("being", "getting") and before not in _BE_FINITE:
            continue
        end = j
        # "is expected to be appointed": one passive
        if j + 2 < w.n and words[j + 1] == "to" and words[j + 2] in ("be", "get", "have"):
            k = j + 3 if words[j + 2] != "have" else j + 4
            if words[j + 2] != "have" or (j + 3 < w.n and words[j + 3] == "been"):
                chain = _participle_after(w, k, irregular) if k < w.n else None
                if chain is not None:
                    end = chain
        # "Three others had to be put down": the finite verb before "to" starts it
        out.append((w.starts[i - 2] if modal else w.starts[i], w.end(end), w.starts[j]))
        last = end
    return out


# --------------------------------------------------------------------------
# Overlap look-ups that stay fast on very long articles
# --------------------------------------------------------------------------


_START_END, _FIRST, _SECOND = (
    operator.itemgetter(0, 1),
    operator.itemgetter(0),
    operator.itemgetter(1),
)


class _Spans:
    """Character spans that answer "does anything overlap start..end?" in O(log n).

    Cues are short, so only spans starting within the longest span's length
    before ``end`` can overlap; a sorted list of starts finds them by bisection.
    Checking every kept span for every new one made a 5 MB article take minutes.
    """

    def __init__(self, spans=()):
        pairs = sorted(map(_START_END, spans))  # (start, end, ...) -> (start, end)
        if not pairs:
            self.starts, self.ends, self.longest = [], [], 0
            return
        self.starts = list(map(_FIRST, pairs))
        self.ends = list(map(_SECOND, pairs))
        self.longest = max(map(operator.sub, self.ends, self.starts), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # spans starting before ``end``
        lowest = start - self.longest
        while i > 0 and self.starts[i - 1] >= lowest:
            i -= 1
            if self.ends[i] > start:
                return True
        return False

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        self.longest = max(self.longest, end - start)

    def ending_between(self, low: int, high: int):
        """(start, end) of every span whose end lies in ``low..high`` (any order)."""
        lo = bisect.bisect_left(self.starts, low - self.longest)
        hi = bisect.bisect_right(self.starts, high)
        pairs = zip(self.starts[lo:hi], self.ends[lo:hi], strict=True)
        return [(s, e) for s, e in pairs if low <= e <= high]


# --------------------------------------------------------------------------
# Scare quotes
# --------------------------------------------------------------------------

_SMALL = _set(
    "it him her them this that the a an his its their as itself himself herself themselves"
)


def _ends_just_before(spans: _Spans, q_start: int, low: str) -> tuple[int, int] | None:
    """A span that ends right before ``q_start``, with at most two small words between."""
    for s, e in sorted(spans.ending_between(q_start - 39, q_start)):
        if e <= q_start and q_start - e < 40:
            between = _WORD.findall(low, e, q_start)
            rest = _WORD.sub("", low[e:q_start])
            if len(between) <= 2 and all(w in _SMALL for w in between) and not rest.strip(" ,"):
                return s, e
    return None


#: "he said", "said the mayor", "according to": a quotation ending in a comma that is
#: speech, not a label with the sentence's comma inside the closing mark ("the coasts,")
_SPEECH_AFTER = re.compile(r"\s*(?:[\w'\-]+\s+){0,3}?(?:according\b|as\s+\w+\s+puts?\b)")


def _speech_follows(text: str, end: int, found) -> bool:
    """True when a saying verb or "according to" comes within a few words after ``end``."""
    window = text[end : end + 60]
    if _SPEECH_AFTER.match(window.lower()):
        return True
    cut = end + len(" ".join(window.split()[:4])) + 2
    return any(end <= s < cut for s, _e, _ in found.get(_SAYING, ()))


def _scare_quotes(text, low, w: _Words, sents, starts, quotes, found, attributed: set[int]):
    """Yield (quote, sentence, reason) for each scare quote (rules in ``scare_quote.txt``)."""
    ranges = []  # the words inside each quotation: (first, after the last)
    for q in quotes:
        a, b = q.inner
        ranges.append((bisect.bisect_left(w.starts, a), bisect.bisect_left(w.starts, b)))
    titles = _Spans(found.get(_TITLE, ()))
    frames = _Spans(found.get(_FRAME, ()))
    # the longer quotations, for runs of 1-3 words: {run length: " a b c " for every
    # quotation of more words, one per line}, each length gathered when first needed.
    # Words hold no white space, so " x y " is in " a b c d " exactly when x, y are
    # two words in a row there.
    held: dict[int, str] = {}
    saying: set[int] | None = None
    say_starts: list[int] = []
    for q, (lo, hi) in zip(quotes, ranges, strict=True):
        if not q.closed or not 1 <= hi - lo <= 3:
            continue
        sent = _sentence_at(sents, starts, q.start, q.end)
        if sent is None or sent.get("part") in _NOT_WRITING:
            continue
        inner = text[q.inner[0] : q.inner[1]].rstrip()
        if inner[-1:] in "?!:;" or (inner[-1:] == "," and _speech_follows(text, q.end, found)):
            continue  # speech that the sentence goes on to attribute
        before = text[sent["start"] : q.start].rstrip()
        if not any(c.isalpha() for c in before) or before.endswith(":"):
            continue  # the quotation opens the sentence: speech, not a fragment
        if _ends_just_before(titles, q.start, low):
            continue  # a title or a name: the film "Jaws"
        frame = _ends_just_before(frames, q.start, low)
        if frame:
            label = " ".join(text[frame[0] : frame[1]].split())
            yield q, sent, f"the writer puts the label after '{label}' in quotation marks"
            continue
        size = hi - lo
        if size not in held:
            held[size] = "\n".join(f" {' '.join(w.words[a:b])} " for a, b in ranges if b - a > size)
        if f" {' '.join(w.words[lo:hi])} " in held[size]:
            continue  # the full statement is quoted elsewhere in the article
        if saying is None:
            saying = set()
            say_starts = sorted(s for s, _e, _ in found.get(_SAYING, ()))
            for s, e, _ in found.get(_SAYING, ()):
                in_sent = _sentence_at(sents, starts, s, e)
                if in_sent is not None:
                    saying.add(in_sent["id"])
        if sent["id"] not in attributed and sent["id"] not in saying:
            yield q, sent, "nobody in the article is quoted saying these words"
            continue
        # a label inside what someone is reported as saying is more likely their own word
        # ("Inspectors said the “significant cracking” had been there for years")
        k = bisect.bisect_left(say_starts, sent["start"])
        reported = k < len(say_starts) and say_starts[k] < q.start
        if _THAT.search(before) is None and (
            _attributive(text, q, w.words[lo:hi], inner)
            or (not reported and _label_as_noun(text, q, inner))
        ):
            # (after "said that ..." the words are more likely the speaker's own)
            yield (
                q,
                sent,
                (
                    "the words in quotation marks describe the noun after them, as a label the "
                    "writer keeps at a distance, not as a sentence somebody said"
                ),
            )


#: words before a quoted label that make it part of a noun phrase ("its “AI-first” plan")
_LABEL_BEFORE = _set("the a an its their his her our this these those")
#: words after a quotation that show it is not describing a noun after it
_NOT_NOUN = _set(
    """
    and or but nor to of in on at by for with from as than that which who whom whose
    is are was were be been being has have had will would can could may might must shall
    should do does did not it he she they we you i
    """
)
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z\-]*)\b")


def _attributive(text: str, q, words: list[str], inner: str) -> bool:
    """A quoted label before the noun it describes, after "the", "its" or a possessive:
    "the “smart” meters", "Tallis's “low-impact” design". Somebody's real words seldom
    stand there; a name ("the “Kingfisher” project") starts every word with a capital."""
    if all(x[:1].isupper() for x in inner.split()):
        return False
    head = _words_before_label(text, q, keep=1)  # "its new “smart” meters"
    if not head or not _label_determiner(head[-1]):
        return False
    nxt = _NEXT_WORD.match(text, q.end)
    return nxt is not None and nxt[1] not in _NOT_NOUN and len(words) <= 3


#: words that may stand between "the"/"a"/"its" and a quoted label ("a separate", "the
#: show's own", "the promised", "a £150")
_LABEL_ADJ = _set("own new separate promised so-called latest first second planned proposed such")
#: words that introduce somebody's own description: "called it a “disaster”" is theirs
_NAMING = _set(
    """
    called call calls calling described describe describes describing dubbed branded
    labelled labeled termed as it them him her this that was is were are be been
    """
)


def _words_before_label(text: str, q, keep: int = 0, amounts: bool = False) -> list[str]:
    """The lower-case words before quotation ``q``, with the describing words that may
    stand between a determiner and a label taken off the end ("its new", "the show's
    own"), and with ``amounts`` sums too ("a £150"); at least ``keep`` words stay."""
    head = text[max(0, q.start - 40) : q.start].lower().split()
    while len(head) > keep and (
        head[-1] in _LABEL_ADJ or amounts and (head[-1][:1] in "£$€" or head[-1][:1].isdigit())
    ):
        head.pop()
    return head


def _label_determiner(word: str) -> bool:
    """ "the", "its", "their" ... or a possessive ("Tallis's"): a noun phrase starts."""
    return word in _LABEL_BEFORE or word.endswith(("'s", "\u2019s"))


def _label_as_noun(text: str, q, inner: str) -> bool:
    """A quoted label that is itself the noun after "the", "its" or a possessive (with
    "own", "promised" ... between): "their “lifestyle”", "the promised “synergies”", "the
    show's own “body language expert”". Not somebody's description ("called it the
    “worst”"), not a name ("the “Kingfisher”"), at most three words; not after "a"
    ("looking forward to a “second meeting”" is more often the speaker's own words)."""
    if all(x[:1].isupper() for x in inner.split()) or inner[:1].isupper():
        return False
    head = _words_before_label(text, q, amounts=True)
    if len(head) < 2:
        return False
    det, before = head[-1], head[-2]
    if det in ("a", "an") or not _label_determiner(det):
        return False  # "a “second meeting”": more often the speaker's own words
    return before not in _NAMING and len(inner.split()) <= 3


# --------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------


#: the report lists findings at the same place in the contract's order of categories
_ORDER = {c: i for i, c in enumerate(FRAMING_CATEGORIES)}
#: parts of an article that are not the writer's prose
_NOT_WRITING = frozenset({"credit", "copyright"})


def _sentence_at(sents: list[dict], starts: list[int], start: int, end: int) -> dict | None:
    i = bisect.bisect_right(starts, start) - 1
    if i < 0:
        return None
    s = sents[i]
    return s if start >= s["start"] and end <= s["end"] else None


_MINOR = _set("the and but for nor yet with from into over onto upon")


def _title_case(sentence: str) -> bool:
    """A headline written Like This: most words of three letters or more are capitalised."""
    words = [
        w
        for w in re.findall(r"[^\W\d_][\w'\u2019\-]*", sentence)
        if len(w) > 2 and w.lower() not in _MINOR
    ]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _is_name(text: str, start: int, sent: dict) -> bool:
    """A capitalised cue in mid-sentence (not after a quote mark, colon or dash) is a name."""
    if not text[start].isupper() or text[start + 1 : start + 2] == "-":
        return False  # lower case, or a letter and a hyphen ("U-turn"): not a name
    before = text[sent["start"] : start].rstrip()
    if not any(c.isalnum() for c in before):
        return False
    if before[-1] in ":\u2014\u2013-(\"\u201c\u2018'":
        return False
    return not _title_case(sent["text"])


def _explain(template: str, cue: str, alt: str | None = None) -> str:
    """The finding's sentence: the list's template with the cue (and a plainer word) filled in."""
    sentence = template.replace("{cue}", cue)
    if alt:
        if alt.startswith("("):
            sentence += "; a plainer report would " + alt.strip("()")
        elif alt:
            sentence += f"; a plainer word would be '{alt}'"
    return sentence[:1].upper() + sentence[1:] + "."


# words that open a block of weasel.txt by counting or pointing ("the industry", "dozens _
# parents"), not by naming whose people they are
_COUNTING = frozenset(
    ["the", "these", "those", "both", "his", "her", "their", "its", "our", "my", "two", "three"]
    + ["four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "a", "one"]
    + ["of"]  # "Thousands of customers posted": a share of a crowd
)
_FIRST_WORD = re.compile(r"[\w’'-]+")


def _first_word(text: str, start: int) -> str:
    m = _FIRST_WORD.match(text, start)
    return m.group().lower() if m else ""


def _vague_weasels(text, attributions, sents, starts, results, found, idx, add) -> None:
    """A weasel entry for each vague source the attribution rules found, unless one is there.

    The attribution part of the report calls a source ``vague`` when it names
    no one ("campaigners said"); the same words are a weasel cue, so the two
    parts of the report agree.
    """
    taken = _Spans((f["start"], f["end"]) for f in results if f["category"] == "weasel")
    # a block that names someone in particular stops the weasel ("Analysts at Norbank", "Many
    # familiar with the case"); one that only counts or points ("the industry", "dozens of
    # parents") does not: the attribution rules already found the source vague
    blocked = _Spans(
        span for span in found.get("!weasel", ()) if _first_word(text, span[0]) not in _COUNTING
    )
    template = idx.lists["weasel"].explanation
    for a in attributions:
        if a.get("source_type") != "vague":
            continue
        start, end = a.get("start"), a.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end:
            continue
        span = text[start:end]
        for words in (a.get("speaker_mention"), a.get("cue")):
            if words and words in span:
                start = start + span.index(words)
                end = start + len(words)
                break
        if taken.overlaps(start, end) or blocked.overlaps(start, end):
            continue
        sent = _sentence_at(sents, starts, start, end)
        if sent is None:
            continue
        cue = " ".join(text[start:end].split())
        add("weasel", start, end, sent, _explain(template, cue))
        taken.add(start, end)


# "The Gazette understands that ...", "..., the Advertiser understands.", "NRB News has
# learned that": the newsroom vouches for something without saying who told it. The name
# ends in a word of a newspaper's name (the attribution rules' list of them);
# "has learned" needs "that" ("The Gazette has learned the lesson" is no claim).
@cache
def _newsroom_knows() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, newspaper_name_words())))
    return re.compile(
        r"(?:\b[Tt]he\s+(?:[A-Z][\w&'’-]*\s+){0,2}(?:" + words + r")"
        # without "the" only a name ending in "News" ("NRB News"; not "Anna Post")
        r"|(?<![\w’'])(?:[A-Z][\w&'’-]*\s+){1,2}News)"
        r"\s+(?:understands\b|has\s+learn(?:ed|t)\s+that\b)"
    )


def _newsroom_weasels(text, usable, results, found, idx, add) -> None:
    """A weasel entry for a newsroom's own unsourced knowledge ("The Gazette
    understands that the cameras were ordered in November"): like "it is understood",
    it names nobody who said so."""
    if "understands" not in text and " has learn" not in text:
        return
    taken = _Spans((f["start"], f["end"]) for f in results if f["category"] == "weasel")
    blocked = _Spans(found.get("!weasel", ()))
    template = idx.lists["weasel"].explanation
    for m in _newsroom_knows().finditer(text):
        words = m.group().removesuffix("that").rstrip()  # "that" opens the claim itself
        start, end = m.start(), m.start() + len(words)
        sent = usable(start, end)  # not inside a quotation, not in a credit line
        if sent is None or taken.overlaps(start, end) or blocked.overlaps(start, end):
            continue
        add("weasel", start, end, sent, _explain(template, " ".join(words.split())))
        # "has learned" is the newsroom's claim, not a presupposition of its own
        results[:] = [
            f
            for f in results
            if not (f["category"] == "presupposition" and start <= f["start"] < end)
        ]


_CLAIM = re.compile(r"\bclaims?\b", re.IGNORECASE)


def _claims_of_speakers(text, attributions, sents, starts, results, idx, add) -> None:
    """An attribution_verb entry where the attribution rules found "claim"/"claims" as
    the saying-verb ("Tomlin claims the money was a loan"). The list marks the verb only
    after "that" or a pronoun, because the same word is as often a noun ("both claims")
    or ownership ("both countries claim the hills"); a found speaker settles it."""
    taken = _Spans((f["start"], f["end"]) for f in results if f["category"] == "attribution_verb")
    template = idx.lists["attribution_verb"].explanation
    for a in attributions:
        if (a.get("cue") or "").lower() not in ("claim", "claims"):
            continue
        i = a.get("sentence")
        if not isinstance(i, int) or not 0 <= i < len(sents):
            continue
        sent = sents[i]
        m = _CLAIM.search(text, sent["start"], sent["end"])
        if m is None or taken.overlaps(m.start(), m.end()):
            continue
        add("attribution_verb", m.start(), m.end(), sent, _explain(template, m.group()))
        taken.add(m.start(), m.end())


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few letters grow when lower-cased (İ): keep offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.replace("\u2019", "'")


#: degree adverbs that are literal after a verb ("funded entirely by donations", "halt
#: enrichment entirely."): only before a word they grade ("entirely wrong") do they overstate
_DEGREE = _set("entirely completely wholly")
_LITERAL_AFTER = re.compile(
    r"\s*(?:[,;:.!?)\u2014\u2013]|$|(?:by|on|of|from|in|to|with|through|for|at|out|off|"
    r"and|or|but|after|before|until|since|as)\b)"
)


def _literal_degree(low: str, start: int, end: int) -> bool:
    """True for "entirely" at the end of its clause or before a preposition (a literal amount)."""
    return low[start:end] in _DEGREE and _LITERAL_AFTER.match(low, end) is not None


def find_framing(text: str, sentences: list[dict], attributions: list[dict]) -> list[dict]:
    """Every framing cue in ``text``, in reading order.

    Args:
        text: the article, exactly as read.
        sentences: the report's sentences (keys ``id``, ``start``, ``end``,
            ``text``); a cue is reported only inside one sentence.
        attributions: the report's attributions (key ``sentence``); a short
            quotation in a sentence with an attribution is taken for the
            speaker's words, not a scare quote (unless a labelling word such as
            "described as" introduces it).

    Returns:
        Dicts ``{"sentence", "text", "category", "start", "end",
        "explanation"}`` as in the report contract, sorted by position.

    >>> t = 'Mistakes were made, and the mayor called the plan a "success".'
    >>> s = [{"id": 0, "part": "body", "text": t, "start": 0, "end": len(t)}]
    >>> [(f["text"], f["category"]) for f in find_framing(t, s, [])]
    [('were made', 'agentless_passive'), ('"success"', 'scare_quote')]
    """
    if not sentences or not text:
        return []
    idx = _index()
    starts = [s["start"] for s in sentences]
    sents = sentences
    if any(map(operator.gt, starts, starts[1:])):  # not in order yet (the report's are)
        sents = sorted(sentences, key=lambda s: s["start"])
        starts = [s["start"] for s in sents]
    low = _lower(text)
    quotes = _quotes(text)
    quote_starts = [q.start for q in quotes]

    def usable(start: int, end: int) -> dict | None:
        sent = _sentence_at(sents, starts, start, end)
        if sent is None or sent.get("part") in _NOT_WRITING:
            return None
        i = bisect.bisect_right(quote_starts, start) - 1
        if i >= 0 and quotes[i].start < start < quotes[i].end:
            return None  # inside a quotation: the speaker's words, not the writer's
        return sent

    w = _Words(low)
    found = _all_matches(w, idx)
    results: list[dict] = []

    def add(category: str, start: int, end: int, sent: dict, explanation: str) -> None:
        results.append(
            {
                "sentence": sent["id"],
                "text": text[start:end],
                "category": category,
                "start": start,
                "end": end,
                "explanation": explanation,
            }
        )

    for name in LIST_CATEGORIES:
        spans = found.get(name)
        if not spans:
            continue
        blocked = _Spans(found.get("!" + name, ()))
        taken = _Spans()
        kept: list[tuple[int, int, dict, str | None]] = []
        # longest first, so that a shorter cue inside a longer one is dropped
        for start, end, cue in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
            if blocked.overlaps(start, end) or taken.overlaps(start, end):
                continue
            if cue.lowercase and not text[start:end].islower():
                continue
            sent = usable(start, end)
            if sent is None or _is_name(text, start, sent):
                continue
            if name == "intensifier" and _literal_degree(low, start, end):
                continue
            kept.append((start, end, sent, cue.alternative))
            taken.add(start, end)
        kept.sort(key=_FIRST)
        merged: list[list] = []  # [start, end, sentence, alternative, made of single words]
        for start, end, sent, alt in kept:
            single = not any(map(str.isspace, low[start:end]))
            last = merged[-1] if merged else None
            if last and single and last[4] and last[2] is sent and text[last[1] : start].isspace():
                # single words side by side ("unsettling" + "embrace") make one entry
                key = " ".join(low[last[0] : end].replace("-", " ").split())
                last[1], last[3] = end, _alternative_of(key) or last[3] or alt
            else:
                merged.append([start, end, sent, alt, single])
        template = idx.lists[name].explanation
        for start, end, sent, alt, _ in merged:
            cue_text = " ".join(text[start:end].split())
            add(name, start, end, sent, _explain(template, cue_text, alt))

    _vague_weasels(text, attributions, sents, starts, results, found, idx, add)
    _claims_of_speakers(text, attributions, sents, starts, results, idx, add)
    _newsroom_weasels(text, usable, results, found, idx, add)

    passive = idx.not_passive
    blocked = _Spans(found.get("!agentless_passive", ()))
    for start, end, part in _passives(w, text, idx.irregular):
        if blocked.overlaps(part, end):
            continue  # "was tired", "is based in": an adjective, not a passive
        sent = usable(start, end)
        if sent is None or _has_agent(low, end, sent["end"]):
            continue
        participle = low[part:end]
        be = low[start:part].split()[0] if participle in _STATE_PARTICIPLES else ""
        if be in _FINITE_BE:
            # the two words after the participle, none at a clause's end
            after = (
                []
                if low[end : end + 1] in _CLAUSE_ENDS
                else _TWO_WORDS_AFTER.match(low, end)[1].split()
            )
            if participle in _DIVIDED and _SHARED_OUT.isdisjoint(after):
                continue  # "Reaction online was divided": a state ("was divided among": an act)
            if participle in _STANCES and (
                after[:1] in (["to"], ["for"]) or not after and be in ("is", "are")
            ):
                # "is opposed to the plan", "was meant to help", "Not everyone is opposed.": a
                # stance, an aim ("Bail was opposed.": an act)
                continue
        cue = " ".join(text[start:end].split())
        add("agentless_passive", start, end, sent, _explain(passive.explanation, cue))

    attributed = {a["sentence"] for a in attributions}
    template = idx.lists["scare_quote"].explanation
    for q, sent, reason in _scare_quotes(text, low, w, sents, starts, quotes, found, attributed):
        words = text[q.inner[0] : q.inner[1]].strip(" .,;:!?")
        explanation = _explain(template, f"\u201c{words}\u201d").replace("{reason}", reason)
        add("scare_quote", q.start, q.end, sent, explanation)

    results.sort(key=lambda f: (f["start"], _ORDER[f["category"]]))
    return results
