"""Sentence segmentation: right on news text, exact offsets, never across parts."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.anatomy import split_parts
from helpers.sentences import segment, split_sentences
from tests.conftest import ROOT


def sentences(text: str) -> list[str]:
    return [s["text"] for s in split_sentences(text, split_parts(text))]


def split(text: str) -> list[str]:
    """One paragraph of body text, segmented."""
    return [text[a:b] for a, b in segment(text)]


def assert_well_formed(text: str, parts: list[dict], sents: list[dict]) -> None:
    """Ids in order, exact offsets, no overlap, each sentence inside one part."""
    pos = 0
    bounds = [(p["start"], p["end"], p["kind"]) for p in parts]
    for i, s in enumerate(sents):
        assert set(s) == {"id", "part", "text", "start", "end"}
        assert s["id"] == i
        assert pos <= s["start"] < s["end"] <= len(text)
        assert text[s["start"] : s["end"]] == s["text"]
        assert s["text"] == s["text"].strip()
        assert any(a <= s["start"] and s["end"] <= b and k == s["part"] for a, b, k in bounds)
        pos = s["end"]


# The seed -----------------------------------------------------------------


def test_seed_sentence_count_by_part(seed_text):
    sents = split_sentences(seed_text, split_parts(seed_text))
    assert Counter(s["part"] for s in sents) == {
        "headline": 1,
        "caption": 3,
        "credit": 1,
        "dateline": 1,
        "body": 10,
        "copyright": 1,
    }
    assert len(sents) == 17  # textstat counts 13


def test_seed_caption_sentences(seed_text):
    caption = [
        s["text"]
        for s in split_sentences(seed_text, split_parts(seed_text))
        if s["part"] == "caption"
    ]
    assert caption[0].startswith("(FILES) In this file photo") and caption[0].endswith("Helsinki.")
    assert caption[1].startswith("Trump said on July 19, 2018") and caption[1].endswith("Helsinki.")
    # The quotation continues after its closing mark: one sentence.
    assert caption[2].startswith("“The Summit with Russia")
    assert "Media,” tweeted Trump, who has come under fire" in caption[2]
    assert caption[2].endswith("strongman Russian leader.")


def test_seed_sentences_end_after_the_closing_quote(seed_text):
    body = [
        s["text"] for s in split_sentences(seed_text, split_parts(seed_text)) if s["part"] == "body"
    ]
    assert body[0].startswith("President Donald Trump has instructed")
    assert body[3].endswith("North Korea and more.”")
    assert body[7].endswith("described as “incredible.”")
    assert "@AmbJohnBolton" in body[1]


def test_seed_sentences_well_formed(seed_text):
    parts = split_parts(seed_text)
    assert_well_formed(seed_text, parts, split_sentences(seed_text, parts))


# Rules, each with a sentence it must split and one it must leave alone ----

CASES = [
    # quotations
    (
        "“We are ready. We will win,” she said. Nobody replied.",
        ["“We are ready.", "We will win,” she said.", "Nobody replied."],
    ),
    (
        "It was a “great success.” Critics disagreed.",
        ["It was a “great success.”", "Critics disagreed."],
    ),
    ('"It is over." He left.', ['"It is over."', "He left."]),
    ("“Why now?” she asked. “Why not?”", ["“Why now?” she asked.", "“Why not?”"]),
    ("“It is over!” Smith said. The crowd left.", ["“It is over!” Smith said.", "The crowd left."]),
    (
        "“Is it over?” Ana Ruiz, 34, asked reporters. She left.",
        ["“Is it over?” Ana Ruiz, 34, asked reporters.", "She left."],
    ),
    (
        "“Who pays?” He said the budget office had warned of a shortfall last year.",
        ["“Who pays?”", "He said the budget office had warned of a shortfall last year."],
    ),
    ("'I rang five times. Nobody called back.'", ["'I rang five times.", "Nobody called back.'"]),
    # abbreviations that never end a sentence
    (
        "Dr. Lee met Sen. Ruiz and Gov. Park. They talked.",
        ["Dr. Lee met Sen. Ruiz and Gov. Park.", "They talked."],
    ),
    (
        "Mr. and Mrs. Cole met Ms. Day. Rep. Obi came too.",
        ["Mr. and Mrs. Cole met Ms. Day.", "Rep. Obi came too."],
    ),
    (
        "Some towns, e.g. Ely, voted no. Others, i.e. most, agreed.",
        ["Some towns, e.g. Ely, voted no.", "Others, i.e. most, agreed."],
    ),
    ("It was Roe vs. Wade. No. 10 said nothing.", ["It was Roe vs. Wade.", "No. 10 said nothing."]),
    (
        "The vote is on Jan. 5. It may slip to Feb. 2.",
        ["The vote is on Jan. 5.", "It may slip to Feb. 2."],
    ),
    # a currency before its amount, a Canadian councillor's title
    (
        "They earn Rs. 1,350 a day. Tk. 500 buys rice.",
        ["They earn Rs. 1,350 a day.", "Tk. 500 buys rice."],
    ),
    ("Pay rose to 40 Rs. The union agreed.", ["Pay rose to 40 Rs.", "The union agreed."]),
    (
        "Coun. Trish Bell wrote on Monday. Coun. Ray Orr agreed.",
        ["Coun. Trish Bell wrote on Monday.", "Coun. Ray Orr agreed."],
    ),
    (
        "Its head, Engr. Sadiq Bello, spoke. He left.",
        ["Its head, Engr. Sadiq Bello, spoke.", "He left."],
    ),
    # abbreviations that may end a sentence: the next word decides
    ("He flew to the U.S. The talks began.", ["He flew to the U.S.", "The talks began."]),
    (
        "The U.S. President spoke. U.S. officials agreed.",
        ["The U.S. President spoke.", "U.S. officials agreed."],
    ),
    ("It ended at 2 a.m. Supporters cheered.", ["It ended at 2 a.m.", "Supporters cheered."]),
    (
        "The rally is at 2 p.m. Saturday. Police expect 5,000.",
        ["The rally is at 2 p.m. Saturday.", "Police expect 5,000."],
    ),
    ("It starts at 7 p.m. ET on Friday.", ["It starts at 7 p.m. ET on Friday."]),
    (
        "They sold torches, batteries, etc. Shelves were empty.",
        ["They sold torches, batteries, etc.", "Shelves were empty."],
    ),
    ("They sold torches, etc. by noon.", ["They sold torches, etc. by noon."]),
    ("She works at Acme Inc. Shares fell 3%.", ["She works at Acme Inc.", "Shares fell 3%."]),
    ("Acme Inc. Chief Executive Ann Lee quit.", ["Acme Inc. Chief Executive Ann Lee quit."]),
    (
        "He lives in St. Louis. Main St. closed early.",
        ["He lives in St. Louis.", "Main St. closed early."],
    ),
    ("It was Tomás Rivera Sr. The son scored.", ["It was Tomás Rivera Sr.", "The son scored."]),
    # a Canadian province in a dateline, and at the end of a sentence
    ("OTTAWA, Ont. — The bill passed.", ["OTTAWA, Ont. — The bill passed."]),
    (
        "The convoy left Regina, Sask. Premier Anne Roy said it was calm.",
        ["The convoy left Regina, Sask.", "Premier Anne Roy said it was calm."],
    ),
    (
        "She moved to Regina, Sask. The move paid off.",
        ["She moved to Regina, Sask.", "The move paid off."],
    ),
    # initials
    (
        "George W. Bush met J.K. Rowling. It went well.",
        ["George W. Bush met J.K. Rowling.", "It went well."],
    ),
    ("They chose Plan B. The rest is history.", ["They chose Plan B.", "The rest is history."]),
    # the platform X is no initial: a name after "on X." starts a new sentence
    ("He wrote on X. Vrba later deleted it.", ["He wrote on X.", "Vrba later deleted it."]),
    ("They met Jean X. Dupont in Paris.", ["They met Jean X. Dupont in Paris."]),
    # numbers, handles, addresses
    (
        "It cost $3.5 billion, up 2.5% on 2023. Shares rose.",
        ["It cost $3.5 billion, up 2.5% on 2023.", "Shares rose."],
    ),
    ("Ask @AmbJohnBolton. He knows.", ["Ask @AmbJohnBolton.", "He knows."]),
    (
        "See www.example.gov/info. Write to help@example.org. Thanks.",
        ["See www.example.gov/info.", "Write to help@example.org.", "Thanks."],
    ),
    # ellipses, parentheses, dashes
    ("They work nights... They deserve more.", ["They work nights...", "They deserve more."]),
    ("Files... simply turned to ash.", ["Files... simply turned to ash."]),
    (
        "The vote passed. (Both sides claimed victory.) Talks resume.",
        ["The vote passed.", "(Both sides claimed victory.)", "Talks resume."],
    ),
    (
        "An offer — the first in years — was made. It failed.",
        ["An offer — the first in years — was made.", "It failed."],
    ),
    # lower-case brand names open a sentence; a list number does not end one
    ("Sales fell. iPhone orders slowed.", ["Sales fell.", "iPhone orders slowed."]),
    ("1. Pack a bag. 2. Leave early.", ["1. Pack a bag.", "2. Leave early."]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_segmentation_rule(text, expected):
    assert split(text) == expected


def test_a_headline_of_several_sentences_is_split_as_the_keys_split_it():
    text = "Trump invites Putin. Critics fume? Not all\n\nThe president spoke on Monday.\n"
    got = split_sentences(text, split_parts(text))
    assert [(s["part"], s["text"]) for s in got] == [
        ("headline", "Trump invites Putin."),
        ("headline", "Critics fume?"),
        ("headline", "Not all"),
        ("body", "The president spoke on Monday."),
    ]
    # ... but an abbreviation in a headline ends nothing, and a headline with no full stop
    # inside is whole
    for headline in ["U.S. stocks fall as Fed holds rates", "No. 10 denies leak"]:
        text = headline + "\n\nThe president spoke on Monday.\n"
        got = split_sentences(text, split_parts(text))
        assert [s["text"] for s in got if s["part"] == "headline"] == [headline]


def test_dateline_is_its_own_sentence_and_body_starts_after_it():
    text = "Mayor quits\n\nLONDON (Reuters) - The mayor quit. Nobody was surprised.\n"
    got = split_sentences(text, split_parts(text))
    assert [(s["part"], s["text"]) for s in got] == [
        ("headline", "Mayor quits"),
        ("dateline", "LONDON (Reuters) -"),
        ("body", "The mayor quit."),
        ("body", "Nobody was surprised."),
    ]


def test_a_sentence_never_spans_two_parts():
    text = "Mayor quits\n\nThe mayor said she was leaving the\n\nJob she had held since 2010.\n"
    got = sentences(text)
    assert got == [
        "Mayor quits",
        "The mayor said she was leaving the",
        "Job she had held since 2010.",
    ]


def test_windows_line_endings_keep_exact_offsets():
    text = "Mayor quits\r\n\r\nThe mayor quit.\r\n“Why?” she asked.\r\n"
    parts = split_parts(text)
    sents = split_sentences(text, parts)
    assert [s["text"] for s in sents] == ["Mayor quits", "The mayor quit.", "“Why?” she asked."]
    assert_well_formed(text, parts, sents)


# Accuracy on held-out texts ------------------------------------------------


def _compare_module():
    path = ROOT / "scripts" / "compare_segmenters.py"
    spec = importlib.util.spec_from_file_location("compare_segmenters", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_body_sentence_f1_on_held_out_texts():
    cmp = _compare_module()
    cases = [c for c in cmp.load_cases() if c.origin == "held-out"]
    assert len(cases) >= 6
    predicted = gold = hit = 0
    for case in cases:
        sents = split_sentences(case.text, split_parts(case.text))
        ours = {(s["start"], s["end"]) for s in sents if s["part"] == "body"}
        wanted = {(s, e) for part, s, e in case.spans if part == "body"}
        predicted, gold, hit = predicted + len(ours), gold + len(wanted), hit + len(ours & wanted)
    precision, recall = hit / predicted, hit / gold
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.98, f"body-sentence F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"


def test_held_out_texts_are_long_enough_and_gold_covers_them():
    cmp = _compare_module()
    for case in cmp.load_cases():
        if case.origin != "held-out":
            continue
        assert 150 <= len(case.text.split()) <= 500, case.name
        # Nothing but white space lies between gold sentences: the gold covers the text.
        pos = 0
        for _, s, e in case.spans:
            assert not case.text[pos:s].strip(), (case.name, case.text[pos:s])
            pos = e
        assert not case.text[pos:].strip(), case.name


# Any input -----------------------------------------------------------------

NEWSY = st.sampled_from(
    list("abcXYZ .,!?…;:—–-\"'“”‘’()[]@/\n\r\t\u00a0\ufeff0123456789")
    + ["U.S.", "a.m.", "Dr.", "etc.", " (AFP) — ", "WASHINGTON", "\r\n", "...", "/ AFP PHOTO / "]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(NEWSY, max_size=80).map("".join)))
def test_any_text_gives_well_formed_sentences(text):
    parts = split_parts(text)
    assert_well_formed(text, parts, split_sentences(text, parts))


def test_five_megabytes_of_text_do_not_break_it(seed_text):
    text = (seed_text + "\n\x00\x07 " + "Word. " * 50) * 1900
    assert len(text) > 5_000_000
    parts = split_parts(text)
    sents = split_sentences(text, parts)
    assert len(sents) > 100_000
    assert text[sents[-1]["start"] : sents[-1]["end"]] == sents[-1]["text"]


def test_one_huge_line_without_spaces():
    text = "x" * 2_000_000 + "."
    assert sentences(text) == [text]
