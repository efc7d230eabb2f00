"""Readability scores for the article's body, the whole text and every sentence.

Interface (used by :mod:`helpers.report`)::

    readability(text: str, sentences: list[dict]) -> {"body": M, "whole": M, "per_sentence": [...]}

textstat (0.7.13) is the reference: a sentence's scores are exactly what
textstat computes for that sentence's text, and the body and whole-text
scores are textstat's formulas fed with the suite's own sentence count. The
tests check both against textstat itself. We do not call textstat here
because importing it imports NLTK (60 MB, a quarter of a second), because it
downloads its pronouncing dictionary on first use, and because it splits the
text again for every formula. Instead each sentence is split once and every
count is taken from that one split, replicating textstat's rules (for speed,
an article's sentences are cleaned of punctuation together, see
:func:`_count_all` and :func:`_strip_punctuation`, and each word's counts are
computed once and then looked up, see :func:`_sum_word_counts`):

* **Words.** Apostrophes are removed unless a contraction ending follows
  (``'t 's 'd 've 'll 're``: "don't" stays, "Putin’s" loses its curly
  apostrophe and becomes "Putins"); every other character that is neither a
  letter, a digit, ``_`` nor white space is deleted (so "Trump-Putin" becomes
  the one word "TrumpPutin", "@AmbJohnBolton" becomes "AmbJohnBolton", and
  "©" or "—" vanish); what is left is split at white space. Numbers such as
  "2016" are words.
* **Syllables** per word come from :mod:`helpers.pronounce` (CMU dictionary,
  hyphenation patterns for unknown words), exactly as textstat counts them.
* **Letters** (Coleman-Liau) are the letters, digits and underscores.
  **Characters** (ARI) are all characters but white space, punctuation
  included; ARI divides them by the white-space-separated pieces,
  punctuation-only pieces included, not by the words.
* **Polysyllables** (SMOG) are words of 3 or more syllables. **Complex
  words** (Gunning fog) are words of 3 or more syllables that are not on the
  Dale-Chall list of easy words. **Difficult words** (Dale-Chall) are all the
  words not on that list (textstat's own ``difficult_words()`` counts
  differently by default: unique words of 2 or more syllables). The list is
  textstat's ``resources/en/easy_words.txt``, read from disk.
* **Sentences.** For one sentence, textstat guesses the count itself
  (pieces ending in ``. ! ?``, ignoring pieces of two words or fewer), and
  we use its guess so that its scores come out the same; it is 1 for almost
  every sentence ("The U.S. envoy left. Then..." held in one sentence gives
  2). A sentence's ``sentences`` count is that guess, so every count in M is
  the one its formulas used. For the body and the whole text, the count is
  the number of sentences the suite's segmenter found.
* **Formulas** keep textstat's arithmetic, order of operations and special
  cases (a score is 0 when a count it divides by is 0; Dale-Chall adds 3.6365
  when more than 5% of the words are difficult; SMOG is 3.1291 for a text with
  no long words). Scores are not rounded, as textstat does not round them.
  M also holds Linsear Write (as text_standard computes it: on the first
  100 words), because text_standard weighs it.
* **text_standard** is textstat's consensus: each of eight grades
  (Flesch-Kincaid, Flesch reading ease turned into a grade, SMOG,
  Coleman-Liau, ARI, Dale-Chall, Linsear Write on the first 100 words, and
  Gunning fog) votes with its value rounded down, rounded up and rounded to
  the nearest whole number, and the most common grade wins; it is written
  "9th and 10th grade". Only the body and the whole text get it, with
  ``warnings``: plain sentences for a student when the text is too short
  (under 100 words), a single sentence, or under SMOG's 30 sentences.
* **Departures**, only for a body or whole text without a single word:
  every score is 0 and text_standard is ``""`` (textstat would give a lone
  "©" a SMOG of 3.1291 and "0th and 1st grade").

Body and whole-text counts are sums of the sentences' counts: textstat's
counts add up over sentences joined by a space. The body is every sentence
whose part is ``body`` or ``dateline``. A dateline that the segmenter made a
sentence of its own ("WASHINGTON (AFP) —") adds its words but not a
sentence: it is how the next sentence begins.

>>> sents = [{"id": 0, "part": "body", "text": "The cat sat on the mat.", "start": 0, "end": 23}]
>>> report = readability("The cat sat on the mat.", sents)
>>> report["body"]["words"], report["body"]["syllables"], report["body"]["flesch_reading_ease"]
(6, 6, 116.14500000000001)
>>> report["body"]["text_standard"]
'1st and 2nd grade'
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from itertools import accumulate, repeat
from typing import NamedTuple

from .pronounce import _CACHE_SIZE, _package_file, _syllables_lower
from .vocabulary import READABILITY_FORMULAS

__all__ = ["readability", "FORMULAS", "COUNTS"]

#: The scores in every M, in the order a table shows them: the contract's seven, then
#: Linsear Write, which text_standard's consensus also weighs.
FORMULAS = (*READABILITY_FORMULAS, "linsear_write_formula")
#: The raw counts in every M: what the formulas were computed from.
COUNTS = (
    "words",
    "sentences",
    "syllables",
    "letters",
    "characters",
    "polysyllables",
    "complex_words",
    "difficult_words",
)
BODY_PARTS = ("body", "dateline")

# textstat's punctuation rule (rm_apostrophe=False), both of its passes in one:
# every character that is neither a word character nor white space, except an
# apostrophe followed by a contraction ending. (Written to start with a character
# class, which lets the regular expression engine skip over words quickly.)
_PUNCTUATION = re.compile(r"[^\w\s](?<!'(?=[tsd]|ve|ll|re))")
# textstat's sentence guess: a word boundary, text up to . ! ?, the marks.
_SENTENCE_GUESS = re.compile(r"\b[^.!?]+[.!?]*")

_MIN_WORDS = 100  # formulas were calibrated on samples of 100 words or more
_SMOG_SENTENCES = 30  # SMOG counts long words in 30 sentences


class _Counts(NamedTuple):
    """What textstat counts in one sentence, from one split of its text."""

    words: int
    syllables: int
    letters: int
    characters: int
    tokens: int  # white-space-separated pieces, punctuation-only ones included
    polysyllables: int
    complex_words: int
    difficult_words: int
    guessed_sentences: int  # textstat's own sentence count for this text
    linsear_sentences: int  # the count textstat's Linsear Write uses for this text alone
    short_words: int  # words of one or two syllables (Linsear Write's "easy" words)
    text: str  # the sentence, for Linsear Write's first 100 words (see _words)


_easy: frozenset[str] | None = None


def _easy_words() -> frozenset[str]:
    global _easy
    if _easy is None:
        path = _package_file("textstat", "resources", "en", "easy_words.txt")
        _easy = frozenset(line.strip() for line in path.read_text("utf-8").splitlines())
    return _easy


def _word_count(text: str) -> int:
    return len(_PUNCTUATION.sub("", text).split())


# Characters that are never word characters: a sentence's marks and quotes
_EDGE_MARKS = " .!?,;:'\"\u201c\u201d\u2018\u2019()[]\u2026\u2014\u2013-"


def _guess_sentences(text: str) -> int:
    """textstat's ``count_sentences``: 0 for no text, else at least 1.

    textstat's pieces start at a word boundary and run up to and over the next
    ``. ! ?``, so a second piece needs a word character after a mark that
    follows the first word character. Without a mark between its first and
    last word character (most sentences: the mark is at the end), the text
    has one piece or none and the answer is 1. Stripping marks and quotes from
    both ends (``_EDGE_MARKS``, no word character among them) leaves at least
    that stretch, so the quick test looks for a mark in what is left.

    >>> _guess_sentences("He left the room."), _guess_sentences("“He left the room. We all stayed.”")
    (1, 2)
    """
    if not text:
        return 0
    inner = text.strip(_EDGE_MARKS)
    if "." not in inner and "!" not in inner and "?" not in inner:
        return 1
    pieces = _SENTENCE_GUESS.findall(text)
    if len(pieces) < 2:
        return 1  # the words of the one piece cannot change the answer (most sentences)
    ignored = sum(1 for piece in pieces if _word_count(piece) <= 2)
    return max(1, len(pieces) - ignored)


# A word's counts packed in one int (see _word_counts), 64 bits per count: no
# text is that long, so adding up a sentence's ints never carries from one
# count into the next.
_BITS = 64
_MASK = (1 << _BITS) - 1
_LONG, _SHORT, _DIFFICULT, _COMPLEX, _SYLLABLES = (i * _BITS for i in range(5))


def _word_counts(lower: str) -> int:
    """What one lower-cased word adds to a sentence's counts, packed in one int.

    The counts, from the lowest bits up: a word of 3 or more syllables, a word
    of one or two, a word not on the easy list, a word that is both long and
    not easy, and (on top) its syllables. Adding up the ints of a sentence's
    words takes every count at once (see :func:`_sum_word_counts`).

    >>> [(_word_counts("government") >> shift) & _MASK for shift in (_LONG, _SYLLABLES)]
    [1, 3]
    """
    n = _syllables_lower(lower)  # = syllables(word)
    difficult = lower not in _easy_words()
    return (
        (int(n >= 3) << _LONG)
        + (int(0 < n < 3) << _SHORT)
        + (int(difficult) << _DIFFICULT)
        + (int(difficult and n >= 3) << _COMPLEX)
        + (n << _SYLLABLES)
    )


#: _word_counts of the words seen so far (bounded: emptied when full)
_known: dict[str, int] = {}


def _sum_word_counts(words: list[str]) -> int:
    """The sum of ``_word_counts`` over ``words``, from the cache of known words.

    ``sum(map(_known.__getitem__, words))`` adds up a sentence in C, with a
    plain dict look-up per word (faster than a ``functools.lru_cache`` call);
    a word not seen before raises KeyError, and then the sentence's new words
    are counted, remembered, and the sum taken again.

    >>> _sum_word_counts(["the", "cat"]) == _word_counts("the") + _word_counts("cat")
    True
    """
    known = _known
    try:
        return sum(map(known.__getitem__, words))
    except KeyError:
        if len(known) + len(words) > _CACHE_SIZE:
            known.clear()
        for word in words:
            if word not in known:
                known[word] = _word_counts(word)
        return sum(map(known.__getitem__, words))


def _counts(text: str, kept: str, lowered: str) -> _Counts:
    """textstat's counts for one sentence, given it without punctuation (``kept``)
    and that lower-cased.

    ``lowered.split()`` gives the same words as lower-casing each word of
    ``kept`` (no character lower-cases into or out of white space, and the
    Greek final-sigma rule does not look across white space). A sentence that
    is printable (so " " is its only white space) with its pieces one space
    apart (nearly every sentence) is not split into pieces: it has one piece
    more than spaces.
    """
    lowers = lowered.split()
    total = _sum_word_counts(lowers)
    spaces = text.count(" ")
    if text.isprintable() and "  " not in text and text[:1] != " " != text[-1:]:
        tokens = spaces + 1 if text else 0
    else:
        spaces = len(text) - len("".join(text.split()))  # every kind of white space
        tokens = len(text.split())
    guessed = _guess_sentences(text)
    return _Counts(
        len(lowers),  # words
        total >> _SYLLABLES,  # syllables
        # letters: removing punctuation kept the white space; apostrophes are not letters
        len(kept) - spaces - kept.count("'"),
        len(text) - spaces,  # characters
        tokens,
        (total >> _LONG) & _MASK,  # polysyllables
        (total >> _COMPLEX) & _MASK,  # complex_words
        (total >> _DIFFICULT) & _MASK,  # difficult_words
        guessed,  # guessed_sentences
        # linsear_sentences: Linsear Write guesses again on the pieces re-joined by
        # single spaces, which changes the guess only for white space alone (0, not 1)
        _first_words_guess(text.split()) if tokens > _MIN_WORDS else guessed if tokens else 0,
        (total >> _SHORT) & _MASK,  # short_words
        text,
    )


#: the ASCII characters that the punctuation rule deletes (every one but letters,
#: digits, "_", white space and the apostrophe, which depends on what follows it)
_ASCII_PUNCTUATION = bytes(c for c in range(128) if chr(c) != "'" and _PUNCTUATION.match(chr(c)))
_ASCII = bytes(range(128))
_CONTRACTION_ENDINGS = ("t", "s", "d", "ve", "ll", "re")


def _strip_punctuation(text: str) -> str:
    """``_PUNCTUATION.sub("", text)`` (textstat's punctuation rule), in C-speed steps.

    The regular expression tests every character of the article; instead: an
    apostrophe is kept only when a contraction ending follows it (split at the
    apostrophes, each piece starts with what follows one), the ASCII marks are
    deleted from the UTF-8 bytes with one ``bytes.translate`` (no byte of a
    longer character is ASCII), and each other character present (quotation
    marks, dashes ...) is deleted unless it is a word character or white space
    (``str.isalnum``, ``str.isspace``: the same tests the ``\\w`` and ``\\s`` of
    the regular expression make).

    >>> _strip_punctuation("“It’s Trump-Putin’s ‘deal’,” he said. Don't!")
    "Its TrumpPutins deal he said Don't"
    """
    if "'" in text:
        pieces = text.split("'")
        text = pieces[0] + "".join(
            ["'" + p if p.startswith(_CONTRACTION_ENDINGS) else p for p in pieces[1:]]
        )
    data = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_PUNCTUATION)
    if data.isascii():
        return data.decode("ascii")
    out = data.decode("utf-8", "surrogatepass")
    for char in set(data.translate(None, _ASCII).decode("utf-8", "surrogatepass")):
        if not (char.isalnum() or char.isspace()):
            out = out.replace(char, "")
    return out


#: white space (the "record separator") that joins sentences to clean them together
_SEPARATOR = "\x1e"


def _count_all(texts: list[str]) -> list[_Counts]:
    """textstat's counts for each of ``texts``.

    The texts are cleaned of punctuation and lower-cased in one go, joined by
    ``_SEPARATOR``: it is white space, which the punctuation rule neither
    removes nor looks across (and lower-casing leaves alone), so the result
    splits back into one string per text. One call of each step for a whole
    article instead of one per sentence. A text that holds the separator
    itself is cleaned on its own.

    >>> [c.words for c in _count_all(["Hello, world.", "It's \u2014 fine!", ""])]
    [2, 2, 0]
    """
    joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts) - 1:
        out = []
        for text in texts:
            kept = _strip_punctuation(text)
            out.append(_counts(text, kept, kept.lower()))
        return out
    kept = _strip_punctuation(joined)
    return list(map(_counts, texts, kept.split(_SEPARATOR), kept.lower().split(_SEPARATOR)))


def _words(text: str) -> list[str]:
    """textstat's words of ``text``, lower-cased (as _counts finds them)."""
    return _strip_punctuation(text).lower().split()


def _first_words_guess(tokens: list[str]) -> int:
    """textstat's sentence guess on the pieces that hold the first 100 words (if any)."""
    taken = used = 0
    for used, token in enumerate(tokens, 1):  # noqa: B007  (used is read after the loop)
        taken += bool(_PUNCTUATION.sub("", token))
        if taken == _MIN_WORDS:
            break
    return _guess_sentences(" ".join(tokens[:used]))


def _linsear_write(counts: list[_Counts], reach: list[int] | None) -> float:
    """textstat's Linsear Write as text_standard calls it: on the first 100 words.

    Args:
        counts: the sentences' counts, in order.
        reach: for a group of sentences, ``reach[i]`` is the suite's count of
            sentences in a text that runs into sentence ``i`` (Linsear Write
            divides by the sentences its first 100 words reach). None for one
            sentence scored alone: textstat's own guess decides.

    Words of 3 or more syllables count 3, words of one or two count 1 (words
    of no syllable count nothing). Only a text of more than 100 pieces is cut
    at its 100th word, so whole sentences are added from their counts and only
    the sentence holding the 100th word is looked at word by word.
    """
    easy = hard = 0
    index = len(counts) - 1
    if sum(c.tokens for c in counts) <= _MIN_WORDS:
        for c in counts:
            easy += c.short_words
            hard += c.polysyllables
    else:
        taken = 0
        for index, c in enumerate(counts):  # noqa: B007  (index is read after the loop)
            if taken + c.words < _MIN_WORDS:
                taken += c.words
                easy += c.short_words
                hard += c.polysyllables
                continue
            for n in map(_syllables_lower, _words(c.text)[: _MIN_WORDS - taken]):
                if n >= 3:
                    hard += 1
                elif n > 0:
                    easy += 1
            break
    if reach is None:
        sentences = counts[0].linsear_sentences
    else:
        sentences = reach[index] if any(c.tokens for c in counts) else 0
    return _linsear_score(easy, hard, sentences)


def _linsear_score(easy: int, hard: int, sentences: int) -> float:
    """textstat's Linsear Write from its counts (words of 1-2 and of 3+ syllables)."""
    if not sentences:
        return 0.0
    number = float((easy * 1 + hard * 3) / sentences)
    if number <= 20:
        number -= 2
    return number / 2


def _scores(c: _Counts, n: int, linsear: float) -> dict:
    """textstat's formulas for counts ``c`` and ``n`` sentences (same arithmetic).

    The dict starts with a ``"sentence"`` key (None): a sentence's row gets its
    id filled in there (quicker than building ``{"sentence": id, **m}``), and
    :func:`_group` deletes the key.
    """
    # one unpacking instead of a look-up per field
    (words, syllables, letters, characters, tokens, polysyllables, complex_words,
     difficult_words, _, _, _, _) = c  # fmt: skip
    wps = words / n if n else 0.0
    spw = syllables / words if words else 0.0
    if wps == 0 or spw == 0:
        fre = fkg = 0.0
    else:
        fre = 206.835 - 1.015 * wps - 84.6 * spw
        fkg = (0.39 * wps) + (11.8 * spw) - 15.59
    fog = 0.4 * (wps + 100 * complex_words / words) if words else 0.0
    smog = (1.043 * (30 * (polysyllables / n)) ** 0.5) + 3.1291 if n else 0.0
    letters_per_100 = (letters / words if words else 0.0) * 100  # per 100 words
    per_word = (n / words if words else 0.0) * 100
    cli = (
        0.0
        if letters_per_100 == 0 or per_word == 0
        else (0.058 * letters_per_100) - (0.296 * per_word) - 15.8
    )
    chars = characters / tokens if tokens else 0.0
    ari = 0.0 if chars == 0 or wps == 0 else (4.71 * chars) + (0.5 * wps) - 21.43
    if words:
        hard = 100 * difficult_words / words
        dale_chall = (0.1579 * hard) + (0.0496 * wps)
        if hard > 5:
            dale_chall += 3.6365
    else:
        dale_chall = 0.0
    return {
        "sentence": None,
        "flesch_reading_ease": fre,
        "flesch_kincaid_grade": fkg,
        "gunning_fog": fog,
        "smog_index": smog,
        "coleman_liau_index": cli,
        "automated_readability_index": ari,
        "dale_chall_readability_score": dale_chall,
        "linsear_write_formula": linsear,
        "words": words,
        "sentences": n,
        "syllables": syllables,
        "letters": letters,
        "characters": characters,
        "polysyllables": polysyllables,
        "complex_words": complex_words,
        "difficult_words": difficult_words,
    }


def _ease_grade(score: float) -> list[int]:
    """textstat's bands of reading ease as grades (a score of 100 or more gets 13)."""
    for low, grades in ((90, [5]), (80, [6]), (70, [7]), (60, [8, 9]), (50, [10]), (40, [11])):
        if low <= score < low + 10:
            return grades
    return [12] if 30 <= score < 40 else [13]


def _suffix(grade: int) -> str:
    if grade % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(grade % 10, "th")


# The grades text_standard weighs, in textstat's order (ties go to the earliest).
_CONSENSUS = (
    "flesch_kincaid_grade",
    "flesch_reading_ease",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "linsear_write_formula",
    "gunning_fog",
)


def _text_standard(m: dict) -> str:
    """textstat's consensus grade, as its string ("10th and 11th grade")."""
    if not m["words"]:
        return ""
    grade: list[int] = []
    for key in _CONSENSUS:
        score = m[key]
        if key == "flesch_reading_ease":
            grade.extend(_ease_grade(score))
        else:
            grade.extend([math.floor(score), math.ceil(score), round(score)])
    # the most common grade, the first of them on a tie (as Counter.most_common(1));
    # a Counter keeps its keys in order of first appearance
    tally = Counter(grade)
    value = float(max(tally, key=tally.__getitem__))
    value = max(1, min(value, 18))
    lower = int(value) - 1
    return f"{lower}{_suffix(lower)} and {lower + 1}{_suffix(lower + 1)} grade"


def _warnings(m: dict, what: str) -> list[str]:
    words, n = m["words"], m["sentences"]
    if not words:
        return [f"The {what} has no words to score, so every score is 0."]
    out = []
    if words < _MIN_WORDS:
        out.append(
            f"The {what} has only {words} words. Readability formulas were made for "
            f"passages of at least {_MIN_WORDS} words, so treat these scores as rough."
        )
    if n == 1:
        out.append(
            f"The {what} is a single sentence, so the scores describe that one "
            "sentence, not a passage."
        )
    if n < _SMOG_SENTENCES:
        out.append(
            f"SMOG counts long words in {_SMOG_SENTENCES} sentences; with {n} "
            f"sentence{'s' if n != 1 else ''} its score is only an estimate."
        )
    return out


def _sentence_numbers(parts: list[str]) -> list[int]:
    """The suite's sentence count up to and including each sentence.

    A dateline that is a sentence of its own ("WASHINGTON (AFP) —") is how
    the next sentence begins, so it joins that sentence instead of counting
    as one: each sentence adds 1 (True) unless the one before it is a dateline.

    >>> _sentence_numbers(["headline", "dateline", "body", "body", "dateline"])
    [1, 2, 2, 3, 4]
    """
    if not parts:
        return []
    return list(accumulate(map(operator.ne, parts[:-1], repeat("dateline")), initial=1))


def _group(counts: list[_Counts], parts: list[str], what: str) -> dict:
    numbers = _sentence_numbers(parts)
    n = numbers[-1] if numbers else 0
    summed = len(_Counts._fields) - 1  # every count (all fields but the text)
    # column i holds count i of every sentence
    columns = list(zip(*counts, strict=True))[:summed] or [()] * summed
    total = _Counts(*map(sum, columns), "")
    m = _scores(total, n, _linsear_write(counts, numbers))
    del m["sentence"]  # the body and the whole text are not one sentence
    if not total.words:  # SMOG would say 3.1291 for sentences with no words at all
        m.update(dict.fromkeys(FORMULAS, 0.0))
    m["text_standard"] = _text_standard(m)
    m["warnings"] = _warnings(m, what)
    return m


def _sentence_scores(c: _Counts) -> dict:
    if c.tokens <= _MIN_WORDS:  # every word counts (what _linsear_write would do)
        linsear = _linsear_score(c.short_words, c.polysyllables, c.linsear_sentences)
    else:
        linsear = _linsear_write([c], None)
    return _scores(c, c.guessed_sentences, linsear)


def readability(text: str, sentences: list[dict]) -> dict:
    """Score the body, the whole text and every sentence.

    Args:
        text: the article (unused: every count comes from the sentences' texts).
        sentences: the suite's sentences (``id``, ``part`` and ``text`` are read).

    Returns:
        ``{"body": M, "whole": M, "per_sentence": [{"sentence": id, **M}]}``
        where M holds the formulas of :data:`FORMULAS` and the counts of
        :data:`COUNTS`; body and whole also hold ``text_standard`` and
        ``warnings`` (plain sentences a student can read).
    """
    counts = _count_all([s["text"] for s in sentences])
    per_sentence = list(map(_sentence_scores, counts))
    for row, s in zip(per_sentence, sentences, strict=True):
        row["sentence"] = s["id"]  # the key is already first: see _scores
    parts = [s["part"] for s in sentences]
    in_body = [i for i, part in enumerate(parts) if part in BODY_PARTS]
    return {
        "body": _group([counts[i] for i in in_body], [parts[i] for i in in_body], "body"),
        "whole": _group(counts, parts, "text"),
        "per_sentence": per_sentence,
    }
