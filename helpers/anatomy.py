"""An article's anatomy: headline, caption, credit, dateline, body, copyright.

Interface (used by :mod:`helpers.report`)::

    split_parts(text: str) -> list[dict]   # {"kind", "text", "start", "end"}

Parts are in reading order, never overlap, and ``text[start:end] == part["text"]``
(offsets into the text exactly as given, ``\\r\\n`` line endings included).
Lines holding only white space (also a lone non-breaking space) are not parts.

How a pasted wire article is read, rule by rule:

1. **Paragraphs.** Every non-blank line is a paragraph. Hard-wrapped text (lines
   cut at about 70-100 characters, as in e-mail or PDF copies) is joined back
   into paragraphs; a line that ends mid-sentence and is followed by a line
   starting in lower case is joined to it in any text.
2. **Copyright**: a line starting with ``©``, ``(c)`` or "Copyright" followed
   by a year, a sign or a name, or saying "All rights reserved".
3. **Credit**: a photo or agency credit line: ``/ AFP PHOTO / Name``,
   ``(Photo by Name / AFP)``, ``Photo: Name/Reuters``, ``AP Photo/Name``,
   ``REUTERS/Name``, ``Name/Getty Images``, ``(Reporting by ...; Editing by ...)``,
   "... contributed to this report". A credit at the end of a caption paragraph
   becomes a part of its own.
4. **Caption**: a paragraph starting like a photo caption (``(FILES)``,
   ``FILE -``, ``FILE PHOTO:``, "In this (file) photo", "This photo taken"),
   ending with a photo credit, or sitting just before a photo credit (in the
   seed, the two lines above ``/ AFP PHOTO / ...``).
5. **Headline**: the first paragraph, when it is not a dateline paragraph and
   is short with no final full stop (or very short and followed by a blank
   line). A text of one paragraph has no headline: it is all body.
6. **Dateline**: where the story starts: ``WASHINGTON, United States (AFP) —``,
   ``LONDON (Reuters) -``, ``NEW YORK (AP) —``, ``KYIV, Ukraine —``. The
   dateline is a part of its own, and the first body paragraph starts after it.
   Lines between the headline and the dateline (byline, time stamp, standfirst)
   are ``other``.
7. ``other``: a section label above the headline ("OPINION"), bylines ("By
   Jane Doe") and time stamps before the story, page furniture
   ("Advertisement", "Read more: ..."), a note in square brackets, and an
   author's note among the last paragraphs ("X is a columnist for ...", "The
   views expressed ..."). Every remaining paragraph is ``body``.

``split_parts(text, explain=True)`` adds a ``"why"`` key to each part: one
plain sentence saying which rule decided its kind (for the anatomy lesson).

We wrote these rules ourselves: no library reads the anatomy of a wire story,
and the rules must stay small enough for a teacher to read and argue with.

>>> [p["kind"] for p in split_parts("Mayor quits\\n\\nLONDON (Reuters) - The mayor quit.")]
['headline', 'dateline', 'body']
>>> split_parts("LONDON (Reuters) - The mayor quit.")[1]["text"]
'The mayor quit.'
>>> split_parts("   ")
[]
"""

from __future__ import annotations

import re

__all__ = ["split_parts"]

# White space for our purposes: everything str.isspace() accepts (the
# non-breaking space U+00A0 included), plus the invisible format characters a
# paste from the web often carries (byte-order mark, zero-width spaces).
_WS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    "\ufeff\u200b\u200c\u200d\u2060"
)
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_WS_CLASS = "\\s\ufeff\u200b-\u200d\u2060"
# One line's content without the white space around it.
_CONTENT = re.compile(f"[^{_WS_CLASS}](?:[^{_BREAKS}]*[^{_WS_CLASS}])?")
_BREAK = re.compile(f"\r\n|[{_BREAKS}]")

# Closing quotes and brackets that may follow a line's final mark.
_CLOSING = "\"'”’»)]"


def _last_mark(line: str) -> str:
    """The last character of ``line`` before any closing quotes or brackets."""
    return line.rstrip(_CLOSING)[-1:]


def _ends_sentence(line: str) -> bool:
    """Does the line end like a sentence (or a clause: colon, semicolon)?"""
    return _last_mark(line) in _SENTENCE_MARKS


def _ends_with_full_stop(line: str) -> bool:
    """A final full stop, not an ellipsis."""
    stripped = line.rstrip(_CLOSING)
    return stripped.endswith(".") and not stripped.endswith("..")


_SENTENCE_MARKS = frozenset(".!?…:;")

_COPYRIGHT_START = re.compile(
    r"(?:©|Ⓒ|\([cC]\)\s|copyright\s*(?:©|\([cC]\)|\d{4}\b|(?-i:[A-Z])[^.]{0,60}$))", re.IGNORECASE
)
_COPYRIGHT_ANY = re.compile(
    r"\ball rights reserved\b|\bmay not be (?:published|reproduced|broadcast)", re.IGNORECASE
)

# News and photo agencies as they appear in credit lines.
_AGENCY = (
    r"(?:AFP|AP|EPA(?:-EFE)?|EFE|Reuters|REUTERS|Xinhua|XINHUA|ANP|AAP|dpa|DPA|ANSA|"
    r"KCNA(?: VIA KNS)?|TASS|Sputnik|SPUTNIK|Yonhap|YONHAP|Kyodo|KYODO|POOL|Pool|"
    r"HANDOUT|Handout|SIPA|ABACA|NurPhoto|ZUMA(?: Press)?|Anadolu(?: Agency)?|UPI|"
    r"PA(?: Wire)?|Bloomberg|Getty Images|Shutterstock|Alamy|Press Association|"
    r"Associated Press|Agence France-Presse)"
)
# A whole line that is a credit: how it starts ...
_CREDIT_START = re.compile(
    r"(?:"
    # / AFP PHOTO / Name ; AFP PHOTO / NAME ; NWS PHOTO / Name ; EPA/NAME ; REUTERS/Name
    rf"\(?/?\s*(?:{_AGENCY}|(?-i:[A-Z]{{2,8}}))(?:\s+(?:PHOTO|Photo|PHOTOS|Photos|IMAGES|Images|"
    r"PICTURE|POOL|Pool|HANDOUT|Handout|VIDEO|Video|TV))\s*/\s*\S"
    rf"|\(?/?\s*{_AGENCY}\s*/\s*\S"
    # Photo: Name/Reuters ; Photo by Name ; Photograph: ... ; Image credit: ...
    r"|\(?(?:photo|photograph|picture|image|video|illustration|graphic)s?\s*"
    r"(?:credit\s*)?(?::|by\b|courtesy\b)"
    # Credit: ... ; Courtesy of ...
    r"|\(?(?:credit|credits|courtesy of)\s*:?\s+\S"
    # (Reporting by X; Editing by Y)
    r"|\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|"
    r"translated|research)(?:\s+and\s+\w+)?\s+by\b"
    # AFP ; — AFP ; (AFP) ; -- Reuters
    rf"|(?:[-–—]+\s*)?\(?{_AGENCY}\)?\.?$"
    r")",
    re.IGNORECASE,
)
# What any line that _CREDIT_START matches has: a "/" (the agency forms), one of
# these words at the start (the photo, credit and reporting forms), or, for an
# agency named alone, a few characters after its dashes (the longest agency
# name has 20). A quick test, so that the long pattern runs on few paragraphs.
_CREDIT_WORD_START = re.compile(
    r"\(?(?:photo|picture|image|video|illustration|graphic|credit|courtesy|additional|"
    r"reporting|writing|editing|compiled|produced|translated|research)",
    re.IGNORECASE,
)
_AGENCY_ALONE_MAX = 24  # "(" + agency + ")" + "." + a final line break


def _may_start_credit(line: str) -> bool:
    """False when ``_CREDIT_START`` cannot match ``line`` (see above).

    >>> import re._parser  # the longest agency name still fits the bound
    >>> re._parser.parse(_AGENCY, re.IGNORECASE).getwidth()[1] + 4 <= _AGENCY_ALONE_MAX
    True
    >>> _may_start_credit("The mayor quit on Monday after a long row over the budget.")
    False
    """
    return (
        "/" in line
        or len(line.lstrip("-–—").lstrip()) <= _AGENCY_ALONE_MAX
        or _CREDIT_WORD_START.match(line) is not None
    )


# ... or how it ends ("... contributed to this report.", "Name/AFP", "Name/Getty Images").
_CREDIT_END = re.compile(
    r"(?:\bcontributed(?:\s+to)?\s+(?:this|the)\s+report(?:ing)?\.?\)?"
    r"|\b(?:writers?|reporters?|correspondents?|journalists?|staff)\b[^.]{0,120}\bcontributed\.?"
    rf"|/\s*{_AGENCY}(?:\s+via\s+Getty\s+Images)?\)?"
    r"|\bGetty Images\)?)$",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(r"photo|picture|image|/", re.IGNORECASE)
# A credit at the end of a caption paragraph, after a sentence or a space.
_TRAILING_CREDIT = re.compile(
    r"(?<=[\s.])(?:"
    r"\((?:AP|AFP|Reuters|REUTERS|EPA|[A-Z][\w.-]*)\s+Photos?\s*/[^()\n]{1,80}\)"  # (AP Photo/X, File)
    r"|\(Photos?\s+by\s+[^()\n]{1,80}\)"  # (Photo by X / AFP)
    r"|\((?:Xinhua|XINHUA|EPA|AFP|Reuters|REUTERS)\s*/[^()\n]{1,60}\)"  # (Xinhua/Li Ran)
    rf"|/?\s*{_AGENCY}\s+(?:PHOTO|Photo|PHOTOS)\s*/[^/\n]{{1,60}}(?:/[^/\n]{{1,40}})?"  # / AFP PHOTO / X
    r"|(?:REUTERS|EPA(?:-EFE)?)/[^\s/][^/\n]{0,60}(?:/[^/\n]{1,40})?"  # REUTERS/X/File Photo
    r"|(?:Photo|Photograph|Picture|Image)s?\s*(?:credit)?\s*:\s*[^\n]{1,80}"  # Photo: X/Reuters
    r"|[A-Z][^\s/()]*(?:\s+[A-Z][^\s/()]*){0,3}\s*/\s*(?:AFP|AP|Reuters|Getty Images|"
    r"EPA|Bloomberg)(?:\s+via\s+Getty\s+Images)?"  # Name/AFP via Getty Images
    r")$"
)
_CAPTION_START = re.compile(
    r"^(?:\((?:FILES?|FILE PHOTO|HANDOUT|POOL|ARCHIVES?)\)"
    r"|FILE(?:\s+PHOTO)?\s*[-–—:]"
    r"|In\s+(?:this|these|a|an)\s+(?:[\w,.'’-]+\s+){0,6}?(?:photos?|pictures?|images?|"
    r"handout|frame\s+grab|video\s+grab|screen\s*(?:shot|grab)|still)\b"
    r"|(?:This|These|A|An)\s+(?:[\w'’-]+\s+){0,3}?(?:photos?|pictures?|images?|"
    r"frame\s+grab|video\s+grab|screen\s*(?:shot|grab))\s+(?:taken|released|provided|"
    r"made|shows?|obtained|distributed|handed|posted|courtesy|from|by)\b)",
    re.IGNORECASE,
)
# "By Jane Doe", "By JOHN DOE and ANN LEE, Associated Press", "Updated 10.42am, 14 March".
_BYLINE = re.compile(
    r"(?:By|BY)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von|da|al|bin|la))*"
    r"\s*(?:,.*)?|(?:Published|Updated|Posted|Last updated|First published)\b.*\d.*"
)
_FURNITURE = re.compile(
    r"^(?:advertisement|advert|sponsored(?: content)?|share(?: this)?(?: article| story)?|"
    r"read more|related(?: articles?| stories| coverage)?|click here|sign up|subscribe|"
    r"listen to this article|watch|video|more on this story|skip to content)\b[^\n]{0,60}$",
    re.IGNORECASE,
)
_FURNITURE_MAX = 83  # the longest paragraph _FURNITURE can match (see _is_furniture)


def _is_furniture(line: str) -> bool:
    """Web-page furniture ("Advertisement", "Read more: ..."): ``_FURNITURE`` matches.

    The pattern matches at most 82 characters, then perhaps a final line break
    for its ``$``, so a longer paragraph (most are) is not tried.

    >>> import re._parser  # the bound still holds for the pattern
    >>> re._parser.parse(_FURNITURE.pattern, _FURNITURE.flags).getwidth()[1] + 1 <= _FURNITURE_MAX
    True
    >>> _is_furniture("Advertisement"), _is_furniture("The advertisement ran on Monday.")
    (True, False)
    """
    return len(line) <= _FURNITURE_MAX and _FURNITURE.match(line) is not None


# A section label above the headline ("OPINION", "ANALYSIS").
_KICKER = re.compile(
    r"(?:opinion|analysis|editorial|comment|commentary|column|op-ed|review|explainer|"
    r"exclusive|breaking(?: news)?|update|live|fact check|feature|interview|perspective|"
    r"obituary|letters?|sponsored|news|world|politics|business|sport|sports|science|"
    r"health|culture|local)\s*:?",
    re.IGNORECASE,
)
# An editor's or author's note: a paragraph in square brackets, or a short
# author biography and disclaimer at the end ("X is a columnist for ...").
_BRACKETED = re.compile(r"\[[^\[\]]*\]")  # (so it starts with "[")
_AUTHOR_NOTE = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:columnist|writer|contributor|correspondent|editor|commentator|author|journalist|"
    r"fellow|professor|lecturer)\b"
)
_VIEWS_EXPRESSED = re.compile(r".*\bviews expressed\b")


def _is_author_note(line: str) -> bool:
    """An author's biography ("X is a columnist for ...") or a disclaimer ("The views
    expressed ..."). The disclaimer's pattern reads the whole first line, so it runs
    only on a paragraph that holds the words.

    >>> _is_author_note("Ann Lee is a columnist for the Gazette."), _is_author_note("It rained.")
    (True, False)
    """
    return _AUTHOR_NOTE.match(line) is not None or (
        "views expressed" in line and _VIEWS_EXPRESSED.match(line) is not None
    )


# Datelines: a place (a city in capitals, then up to two ", Region" or
# ", Month Day" pieces), an optional agency in brackets, then a dash or colon.
_DATELINE = re.compile(
    r"(?P<city>[^\W\d_][^\s,()—–:]*(?:[ \t]+[^\s,()—–:\-][^\s,()—–:]*){0,4})"
    r"(?P<more>(?:,[ \t]*[^\s,()—–:\-][^,()—–:\n]{0,40}?){0,2})"
    r"[ \t]*(?:\((?P<agency>[^()\n]{1,40})\)[ \t]*)?"
    r"(?P<sep>—|–|--|-(?=\s)|:(?=\s)|(?<=\))(?=[A-Z“\"]))"
)
# a transcript's speaker opening a paragraph ("CALLER:", "DR FALLON:"): when one such
# label opens two paragraphs or more, the labels are turns, not datelines ("NEW DELHI:")
_TURN_LABEL = re.compile(r"([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,2}):\s")
# labels of a web page's sections, which repeat without being anyone's turn
_SECTION_LABELS = frozenset(
    ["READ MORE", "ALSO READ", "WATCH", "PHOTO", "PHOTOS", "VIDEO", "EDITOR'S NOTE", "NOTE"]
    + ["CORRECTION", "UPDATE", "UPDATED", "RELATED", "LISTEN", "SEE ALSO", "BREAKING"]
)


def _transcript(text: str, paras: list) -> bool:
    """Do paragraphs open with a speaker's label in capitals, the same label at least
    twice ("CALLER: ...", "DISPATCHER: ...", "CALLER: ...")?"""
    seen: set[str] = set()
    for para in paras:
        m = _TURN_LABEL.match(text, para[0], para[1])
        if m is None or m.group(1) in _SECTION_LABELS:
            continue
        if m.group(1) in seen:
            return True
        seen.add(m.group(1))
    return False


_DATELINE_MARKS = ("—", "–", "-", ":", ")")  # one ends every dateline (see _dateline)
_NOT_PLACES = {
    "BREAKING",
    "UPDATE",
    "UPDATED",
    "EXCLUSIVE",
    "WATCH",
    "ANALYSIS",
    "OPINION",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "CORRECTION",
    "FILE",
    "FILES",
    "FILE PHOTO",
    "PHOTO",
    "VIDEO",
    "LIVE",
    "NOTE",
    "FACT CHECK",
    "FACTBOX",
    "EXPLAINER",
    "ADVISORY",
    "URGENT",
    "FLASH",
    "REVIEW",
    "INTERVIEW",
}
_SMALL_WORDS = {"and", "of", "de", "del", "da", "do", "la", "le", "du", "the", "upon", "on", "am"}

_HEADLINE_MAX_WORDS = 30
_HEADLINE_WITH_STOP_MAX_WORDS = 12


def _is_byline(line: str) -> bool:
    """A byline or time stamp: short, no final full stop."""
    return (
        len(line) <= 120
        and _words(line) <= 15
        and not _ends_with_full_stop(line)
        and _BYLINE.fullmatch(line) is not None
    )


def _is_upper_place(words: str) -> bool:
    letters = [c for c in words if c.isalpha()]
    return len(letters) >= 2 and words == words.upper()


def _dateline(text: str, start: int, end: int) -> int | None:
    """End offset of the dateline at ``start`` (its dash or colon included), or None.

    Every dateline ends in a dash or a colon, or just after a closing bracket
    ("sep" in ``_DATELINE``), so a paragraph whose first 160 characters hold none
    of them is not tried.
    """
    stop = min(end, start + 160)
    head = text[start:stop]
    if not any(mark in head for mark in _DATELINE_MARKS):
        return None
    m = _DATELINE.match(text, start, stop)
    if m is None:
        return None
    city, agency, sep = m.group("city", "agency", "sep")
    if city.upper() in _NOT_PLACES:
        return None
    if _is_upper_place(city):
        if sep == ":" and (agency is not None or len(city.split()) > 3):
            return None
    elif agency is None or sep == ":" or not all(w[:1].isupper() for w in city.split()):
        return None
    if sep == "" and agency is None:
        return None
    for piece in m.group("more").split(",")[1:]:
        for word in piece.split():
            if not (word[:1].isupper() or word[:1].isdigit() or word in _SMALL_WORDS):
                return None
    if agency is not None and not (agency[:1].isupper() and len(agency.split()) <= 4):
        return None
    if (
        sep == ":"
        and start == len(text) - len(text.lstrip())  # the article's first line
        and text[end:].strip()  # with more after it
        and text[start:end].rstrip()[-1:] not in ".!?\"”’')"
    ):
        return None  # "SOFA, SO BAD: Burglar who nodded off is caged": a headline's kicker
    rest = text[m.end() : min(end, m.end() + 200)].lstrip(_WS)
    if rest[:1].islower() or (rest and rest == rest.upper() and any(c.isalpha() for c in rest)):
        return None
    return m.end()


def _is_copyright(line: str) -> bool:
    if len(line) > 400:
        return False
    if _COPYRIGHT_START.match(line):
        return True
    return ("reserved" in line or "may not be" in line) and _COPYRIGHT_ANY.search(line) is not None


def _is_credit(line: str) -> bool:
    if len(line) > 250:
        return False
    if _may_start_credit(line) and _CREDIT_START.match(line):
        return True
    tail = line[-80:]
    if "/" not in tail and "contributed" not in tail and "Getty" not in tail:
        return False
    return _CREDIT_END.search(tail) is not None


def _trailing_credit(line: str) -> int | None:
    """Where a photo credit at the end of ``line`` starts, or None."""
    tail = line[-160:]
    if "/" not in tail and "hoto" not in tail and "icture" not in tail and "mage" not in tail:
        return None
    m = _TRAILING_CREDIT.search(tail)
    if m is None:
        return None
    at = len(line) - len(tail) + m.start()
    return at if line[:at].strip() else None


def _is_photo_credit(line: str) -> bool:
    return _is_credit(line) and _PHOTO_CREDIT.search(line) is not None


def _words(line: str) -> int:
    return len(line.split())


def _lines(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, blank line before) for every non-blank line.

    A line's content is what ``_CONTENT`` matches: ``str.splitlines`` breaks
    lines at exactly the characters of ``_BREAKS`` (and at ``\\r\\n``), and
    ``str.strip(_WS)`` removes the white space around the content (quicker than
    running the regular expression over the text).

    >>> _lines("Title\\n\\n  Body one.\\r\\nBody two.  \\n")
    [(0, 5, True), (9, 18, True), (20, 29, False)]
    """
    out: list[tuple[int, int, bool]] = []
    prev = pos = 0
    for line in text.splitlines(True):
        content = line.strip(_WS)
        if not content:
            pos += len(line)
            continue
        s = pos + len(line) - len(line.lstrip(_WS))
        e = s + len(content)
        pos += len(line)
        if out:
            gap = text[prev:s]
            blank = gap == "\n\n" or gap != "\n" and len(_BREAK.findall(gap)) >= 2
        else:
            blank = True
        out.append((s, e, blank))
        prev = e
    return out


def _special(line: str) -> bool:
    """Lines that are never joined to a neighbour: credits, captions, datelines..."""
    return (
        _is_copyright(line)
        or _is_credit(line)
        or _CAPTION_START.match(line) is not None
        or _is_byline(line)
    )


def _paragraphs(text: str) -> list[tuple[int, int, bool]]:
    """Lines joined into paragraphs where a sentence clearly runs on."""
    lines = _lines(text)
    if len(lines) < 2:
        return lines
    # Hard-wrapped text: most longer lines are at most 100 characters, and
    # several lines stop mid-sentence while their paragraph goes on.
    lengths = [e - s for s, e, _ in lines]
    longish = [n for n in lengths if n > 40]
    # (what _ends_sentence says of each line's last 8 characters, without two calls a line)
    ends = [text[max(s, e - 8) : e].rstrip(_CLOSING)[-1:] in _SENTENCE_MARKS for s, e, _ in lines]
    runs_on = sum(
        1 for i in range(len(lines) - 1) if not lines[i + 1][2] and lengths[i] > 40 and not ends[i]
    )
    wrapped = runs_on >= 2 and sum(n <= 100 for n in longish) >= 0.8 * len(longish)
    width = max(longish, default=0)
    first = text[lines[0][0] : lines[0][1]]
    first_is_headline = (
        _headline_like(first, lines[1][2], True) is not None
        and _dateline(text, lines[0][0], lines[0][1]) is None
    )
    out: list[tuple[int, int, bool]] = [lines[0]]
    for i in range(1, len(lines)):
        s, e, blank = lines[i]
        join = False
        if not blank and not (i == 1 and first_is_headline):
            ps, pe, _ = lines[i - 1]
            prev_line, line = text[ps:pe], text[s:e]
            if _special(line) or _special(prev_line) or _dateline(text, s, e) is not None:
                join = False
            elif wrapped:
                # A line ending a sentence well short of the margin ends its paragraph.
                join = not ends[i - 1] or line[:1].islower() or lengths[i - 1] >= 0.75 * width
            else:
                join = not ends[i - 1] and lengths[i - 1] > 40 and line[:1].islower()
        if join:
            ps, _, pblank = out[-1]
            out[-1] = (ps, e, pblank)
        else:
            out.append((s, e, blank))
    return out


def _headline_like(line: str, blank_after: bool, more: bool) -> str | None:
    """Why the first paragraph is a headline, or None."""
    if not more:
        return None
    words = _words(line)
    if words > _HEADLINE_MAX_WORDS or len(line) > 250:
        return None
    if not _ends_with_full_stop(line):
        return "it is the first line, short, and has no full stop at the end, as headlines do"
    if blank_after and words <= _HEADLINE_WITH_STOP_MAX_WORDS and line.count(". ") == 0:
        return "it is the first line, very short and set apart by a blank line"
    return None


def split_parts(text: str, explain: bool = False) -> list[dict]:
    """Split an article into its parts, in reading order.

    Args:
        text: the article exactly as read; any string is accepted.
        explain: add a ``"why"`` key with the rule that decided each part.

    Returns:
        One dict per part: ``{"kind", "text", "start", "end"}``.

    >>> [p["kind"] for p in split_parts("Hi there\\n\\n/ AFP PHOTO / Ann Lee\\n\\nPARIS (AFP) — Rain fell.")]
    ['headline', 'credit', 'dateline', 'body']
    """
    if not isinstance(text, str) or not text:
        return []
    paras = _paragraphs(text)
    n = len(paras)
    if n == 0:
        return []
    lines = [text[s:e] for s, e, _ in paras]
    kinds: list[str | None] = [None] * n
    why: list[str] = [""] * n
    # (index, offset) where a paragraph is cut in two: a caption and its credit.
    cuts: dict[int, int] = {}

    for i, line in enumerate(lines):
        if _is_copyright(line):
            kinds[i], why[i] = "copyright", "it is a copyright line (©, Copyright, rights reserved)"
        elif _is_credit(line):
            kinds[i], why[i] = "credit", "it names who took the photo or supplied the story"
        elif _is_furniture(line):
            kinds[i], why[i] = "other", "it is web-page furniture, not part of the story"
        elif line[:1] == "[" and _BRACKETED.fullmatch(line):
            kinds[i], why[i] = "other", "it is a note in square brackets, not part of the story"
        else:
            at = _trailing_credit(line)
            if at is not None:
                kinds[i] = "caption"
                why[i] = "it describes a photo and ends with the photo credit"
                cuts[i] = paras[i][0] + at
            elif _CAPTION_START.match(line):
                kinds[i] = "caption"
                why[i] = "it starts the way photo captions do (FILES, FILE, In this photo ...)"

    # A paragraph just before a photo credit is its caption: every line of the
    # same block, or the one paragraph before a credit that stands alone.
    for i in range(n):
        if kinds[i] != "credit" or not _is_photo_credit(lines[i]):
            continue
        alone = paras[i][2]  # a blank line between the credit and what comes before
        j = i - 1
        while j >= 0 and kinds[j] is None:
            if j == 0 and _headline_like(lines[0], paras[1][2], True):
                break
            kinds[j], why[j] = "caption", "it sits just above the photo credit"
            if alone or paras[j][2]:
                break
            j -= 1

    # A section label ("OPINION") may sit above the headline.
    first = 0
    if n > 2 and kinds[0] is None and _KICKER.fullmatch(lines[0]):
        kinds[0], why[0] = "other", "it is the section label above the headline"
        first = 1
    # Headline: the first paragraph (after any section label).
    h = first
    if kinds[h] is None and n > h + 1 and _dateline(text, paras[h][0], paras[h][1]) is None:
        reason = _headline_like(lines[h], paras[h + 1][2], True)
        if reason:
            kinds[h], why[h] = "headline", reason
            first = h + 1

    # An author's note at the end: the last paragraphs before the copyright.
    seen = 0
    for i in range(n - 1, first, -1):
        if kinds[i] in ("copyright", "credit", "other"):
            continue
        if kinds[i] is None and _words(lines[i]) <= 60 and _is_author_note(lines[i]):
            kinds[i], why[i] = "other", "it is a note about the author, not part of the story"
        seen += 1
        if seen >= 2:
            break

    # Dateline: the first open paragraph that starts with one, within the opening.
    dateline_at: tuple[int, int] | None = None
    open_seen = 0
    for i in range(first, n):
        if kinds[i] is not None:
            continue
        end = _dateline(text, paras[i][0], paras[i][1])
        label = text[paras[i][0] : end].strip() if end is not None else ""
        if label.endswith(":") and _transcript(text, paras):
            end = None  # "CASTELLANE:" opening later paragraphs too: a transcript's speaker
        if end is not None:
            dateline_at = (i, end)
            break
        open_seen += 1
        if open_seen >= 6 or (_words(lines[i]) > 25 and not _is_byline(lines[i])):
            break
    if dateline_at is not None:
        for i in range(first, dateline_at[0]):
            if kinds[i] is None:
                kinds[i], why[i] = "other", "it comes before the dateline, where the story starts"

    # Bylines, time stamps and short lines without a full stop before the story.
    for i in range(first, n):
        if kinds[i] is not None:
            if kinds[i] in ("caption", "credit", "other"):
                continue
            break
        if dateline_at is not None and i == dateline_at[0]:
            break
        if _is_byline(lines[i]):
            kinds[i], why[i] = "other", "it is a byline or time stamp, not the story itself"
        elif i > 0 and _words(lines[i]) <= 15 and not _ends_sentence(lines[i]):
            kinds[i], why[i] = "other", "it is a short line before the story starts"
        else:
            break

    parts: list[dict] = []

    def add(kind: str, s: int, e: int, reason: str) -> None:
        part = {"kind": kind, "text": text[s:e], "start": s, "end": e}
        if explain:
            part["why"] = reason
        parts.append(part)

    for i, (s, e, _) in enumerate(paras):
        kind = kinds[i]
        if dateline_at is not None and i == dateline_at[0]:
            d_end = dateline_at[1]
            add("dateline", s, d_end, "it names the place (and agency) the story was filed from")
            rest = _CONTENT.search(text, d_end, e)
            if rest is not None:
                add(
                    "body", rest.start(), e, "it is the story's first paragraph, after the dateline"
                )
            continue
        if kind is None:
            add("body", s, e, "it is a paragraph of the story")
        elif i in cuts:
            cut = cuts[i]
            head = text[s:cut].rstrip(_WS)
            add("caption", s, s + len(head), why[i])
            add("credit", cut, e, "it names who took the photo")
        else:
            add(kind, s, e, why[i])
    return parts
