"""Readability scores: textstat's values, from one split of each sentence.

textstat is the reference. It runs here offline with our dictionary installed
(:func:`helpers.pronounce.use_in_textstat`), so it counts syllables from the
same data as the suite does.

* A sentence's scores must equal what textstat computes for that sentence's text.
* Body and whole-text scores must equal textstat's formulas applied to the
  sentences joined by spaces, with textstat's sentence counter replaced by
  the suite's count. textstat's formula modules each imported
  ``count_sentences`` by name, so we replace that name in each of them (and
  clear textstat's caches). The replacement answers for the text it is given:
  the whole body gives the number of the suite's sentences; the start of the
  body (Linsear Write re-joins the pieces holding its first 100 words) gives
  the number of the suite's sentences that start reaches.
"""

from __future__ import annotations

import pytest

from helpers.pronounce import use_in_textstat
from helpers.readability import COUNTS, FORMULAS, readability

# Sentences of our own that are hard to count: contractions with straight and
# curly apostrophes, quotes, dashes, hyphens, numbers, handles, symbols,
# abbreviations that fool a guess of sentence ends, letters beyond English.
HARD_SENTENCES = [
    "Don't stop—it's 2016's “best” deal, isn't it? @AmbJohnBolton said ©2018.",
    "The U.S. president, Mr. Smith, met Dr. Jones at 3 p.m. on Jan. 5 in Washington.",
    "Rock'n'roll isn't dead; they'll say it's 'fine' — O'Brien's co-operation was well-known.",
    "Putin’s “incredible” offer: 12 officers, 1,000 e-mails and $4.5m — #fakenews!",
    "He said: 'I'D rather NOT' – but WE'LL see, and y'all've heard the rest.",
    "Ça va? Naïve café owners' rights, naïveté and façades!!",
    "Hmm... uh-huh, mm-hmm, shh.",
    "Путин встретился с Трампом в Хельсинки.",
    "First line\nsecond line\twith a tab and  two spaces.",
    "2018.",
    "© Agence France-Presse",
    "/ AFP PHOTO / Brendan Smialowski",
    "—",
    "",
    "   ",
]

# Exactly 5% of its words (1 of 20: "harbour") are off the easy list: the
# edge where Dale-Chall starts adding 3.6365.
FIVE_PERCENT = (
    "The mayor said that the new boat will leave at nine and the old one will stay in the harbour."
)

# One sentence of more than 100 words: Linsear Write looks only at the first
# 100, and textstat guesses its sentences again on those ("Dr." comes later).
LONG_SENTENCE = " ".join(["the officials in the capital said that talks went on"] * 11)
LONG_SENTENCE += " until Dr. Who said yes to the plan, and the men went home."


def sents(*items: tuple[str, str]) -> list[dict]:
    """Sentence dicts as the segmenter makes them, from (part, text) pairs."""
    out, pos = [], 0
    for part, text in items:
        out.append(
            {"id": len(out), "part": part, "text": text, "start": pos, "end": pos + len(text)}
        )
        pos += len(text) + 1
    return out


@pytest.fixture(scope="module")
def textstat():
    restore = use_in_textstat()
    import textstat

    yield textstat
    restore()


def textstat_scores(ts, text: str) -> dict:
    """Every formula and count of M, as textstat computes it for ``text``."""
    m = {key: getattr(ts, key)(text) for key in FORMULAS}
    m.update(
        words=ts.lexicon_count(text),
        sentences=ts.sentence_count(text),
        syllables=ts.syllable_count(text),
        letters=ts.letter_count(text),
        characters=ts.char_count(text),
        polysyllables=ts.polysyllabcount(text),
        complex_words=ts.difficult_words(text, syllable_threshold=3, unique=False),
        difficult_words=ts.difficult_words(text, syllable_threshold=0, unique=False),
    )
    return m


def clear_textstat_caches():
    import sys

    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.backend"):
            for value in vars(module).values():
                if hasattr(value, "cache_clear"):
                    value.cache_clear()


@pytest.fixture
def suite_count(textstat, monkeypatch):
    """Install a sentence counter that gives the suite's count; returns a setter."""
    from textstat.backend.metrics import (
        _linsear_write_formula,
        _sentences_per_word,
        _smog_index,
        _words_per_sentence,
    )

    state = {}

    def count_sentences(text: str) -> int:
        pieces = text.split()
        assert pieces == state["pieces"][: len(pieces)], "textstat counted a text we did not give"
        if len(pieces) == len(state["pieces"]):
            return len(state["starts"])
        return sum(1 for start in state["starts"] if start < len(pieces))

    for module in (_words_per_sentence, _smog_index, _sentences_per_word, _linsear_write_formula):
        monkeypatch.setattr(module, "count_sentences", count_sentences)
    clear_textstat_caches()

    def use(sentences: list[dict]) -> str:
        """Count ``sentences`` as the suite does; returns their text joined by spaces."""
        state["pieces"], state["starts"] = [], []
        for i, sentence in enumerate(sentences):
            # a dateline sentence begins the sentence after it: no sentence of its own
            if i == 0 or sentences[i - 1]["part"] != "dateline":
                state["starts"].append(len(state["pieces"]))
            state["pieces"] += sentence["text"].split()
        clear_textstat_caches()
        return " ".join(s["text"] for s in sentences)

    yield use
    monkeypatch.undo()
    clear_textstat_caches()


def assert_same(ours: dict, theirs: dict, where: str):
    for key, value in theirs.items():
        assert ours[key] == value, f"{where}: {key} is {ours[key]!r}, textstat says {value!r}"


# Each sentence scores as textstat scores it ----------------------------------


def test_every_seed_sentence_scores_as_textstat(textstat, seed_report):
    per_sentence = seed_report.readability["per_sentence"]
    assert [m["sentence"] for m in per_sentence] == [s["id"] for s in seed_report.sentences]
    for sentence, m in zip(seed_report.sentences, per_sentence, strict=True):
        assert_same(m, textstat_scores(textstat, sentence["text"]), repr(sentence["text"]))


@pytest.mark.parametrize("text", [*HARD_SENTENCES, FIVE_PERCENT, LONG_SENTENCE])
def test_hard_sentences_score_as_textstat(textstat, text):
    m = readability(text, sents(("body", text)))["per_sentence"][0]
    assert_same(m, textstat_scores(textstat, text), repr(text))


def test_a_sentence_keeps_textstats_own_sentence_guess(textstat):
    # One sentence for the suite; textstat sees two ("U.S." then a full stop).
    text = "The U.S. envoy arrived in the capital late. Then he left."
    m = readability(text, sents(("body", text)))["per_sentence"][0]
    assert m["sentences"] == textstat.sentence_count(text) == 2


# Body and whole text: textstat's formulas with the suite's sentence count ----------


def body_and_whole_match(textstat, suite_count, sentences: list[dict], report: dict):
    from textstat.backend.metrics import _smog_index

    for key, wanted in (("body", ("body", "dateline")), ("whole", None)):
        group = [s for s in sentences if wanted is None or s["part"] in wanted]
        joined = suite_count(group)
        theirs = textstat_scores(textstat, joined)
        theirs["sentences"] = _smog_index.count_sentences(joined)  # the replaced counter
        theirs["text_standard"] = textstat.text_standard(joined) if theirs["words"] else ""
        assert_same(report[key], theirs, key)


def test_seed_body_and_whole_use_textstat_formulas_with_our_count(
    textstat, suite_count, seed_report
):
    body_and_whole_match(textstat, suite_count, seed_report.sentences, seed_report.readability)


def test_article_parts_body_and_whole_use_textstat_formulas_with_our_count(textstat, suite_count):
    # More than 100 words, so Linsear Write stops inside the body.
    sentences = sents(
        ("headline", "Harbour board delays vote on ferry fares, says mayor"),
        ("caption", "Passengers queue for the 7:15 ferry on Monday. (Photo: J. Doe)"),
        ("dateline", "PORTVILLE (Coast News) —"),
        ("body", "The harbour board put off its vote on ferry fares until next month."),
        (
            "body",
            "“We need more time,” the mayor said, adding that 1,200 residents had written in.",
        ),
        ("body", "Critics say the delay favours the operator, which wants a 12% rise."),
        ("body", "The operator's spokeswoman didn't respond to a request for comment."),
        ("body", "Fares last rose in 2019, when the board approved a smaller increase."),
        ("body", "Some commuters now drive around the bay, a trip of almost an hour."),
        ("body", "Others say they'll keep taking the boat whatever it costs."),
        ("body", "The board's next meeting is scheduled for the first Tuesday of June."),
        ("copyright", "© 2024 Coast News"),
    )
    assert sum(len(s["text"].split()) for s in sentences if s["part"] != "headline") > 100
    report = readability("", sentences)
    body_and_whole_match(textstat, suite_count, sentences, report)
    # the dateline's words count in the body; it begins the next sentence
    assert report["body"]["sentences"] == 8
    assert report["body"]["words"] == sum(m["words"] for m in report["per_sentence"][2:11])
    assert report["whole"]["sentences"] == 11


def test_body_counts_are_sums_over_its_sentences():
    sentences = sents(
        ("headline", "A very short headline"),
        ("body", "Officials announced an unprecedented investigation on Thursday."),
        ("body", "Nobody commented."),
    )
    report = readability("", sentences)
    body = [m for m in report["per_sentence"] if sentences[m["sentence"]]["part"] == "body"]
    for key in ("words", "syllables", "letters", "polysyllables", "difficult_words"):
        assert report["body"][key] == sum(m[key] for m in body)
        assert report["whole"][key] == sum(m[key] for m in report["per_sentence"])


def test_report_holds_the_contract_keys(seed_report):
    scores = seed_report.to_dict()["readability"]
    for m in (scores["body"], scores["whole"], *scores["per_sentence"]):
        assert set(FORMULAS) | set(COUNTS) <= set(m)
    for m in (scores["body"], scores["whole"]):
        assert m["text_standard"].endswith(" grade")
        assert all(isinstance(w, str) and w for w in m["warnings"])


# Warnings and empty text ------------------------------------------------------


def test_short_texts_are_flagged():
    text = "The mayor said the vote would wait."
    report = readability(text, sents(("body", text)))
    warnings = " ".join(report["body"]["warnings"])
    assert "only 7 words" in warnings
    assert "single sentence" in warnings
    assert "SMOG" in warnings


def test_a_long_text_has_no_warnings():
    line = "The harbour board will vote on the ferry fares at its meeting next month."
    sentences = sents(*[("body", line)] * 30)
    assert readability("", sentences)["body"]["warnings"] == []


@pytest.mark.parametrize(
    "sentences",
    [[], sents(("body", "")), sents(("body", "   ")), sents(("body", "— ©"))],
    ids=["no sentences", "empty sentence", "white space", "symbols only"],
)
def test_text_without_words_gives_zeros_and_a_warning(sentences):
    report = readability("", sentences)
    for key in ("body", "whole"):
        m = report[key]
        assert m["words"] == m["syllables"] == 0
        assert all(m[f] == 0 for f in FORMULAS)
        assert m["text_standard"] == ""
        assert any("no words" in w for w in m["warnings"])


def test_no_body_sentences_means_an_empty_body_with_a_warning():
    report = readability("", sents(("headline", "Mayor delays the ferry vote")))
    assert report["body"]["sentences"] == report["body"]["words"] == 0
    assert report["body"]["warnings"] == ["The body has no words to score, so every score is 0."]
    assert report["whole"]["words"] == 5


def test_results_are_fresh_each_call():
    sentences = sents(("body", "The mayor said the vote would wait."))
    first = readability("", sentences)
    first["body"]["warnings"].clear()
    first["per_sentence"][0]["words"] = 99
    second = readability("", sentences)
    assert second["body"]["warnings"] and second["per_sentence"][0]["words"] == 7
