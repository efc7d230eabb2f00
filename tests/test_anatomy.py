"""The article's anatomy: what a teacher pasting a wire story expects to see."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.anatomy import split_parts
from helpers.vocabulary import PART_KINDS

SEED_HEADLINE = "Talks underway for Trump-Putin meet in Washington, says White House"


def kinds(text: str) -> list[str]:
    return [p["kind"] for p in split_parts(text)]


def texts(text: str, kind: str) -> list[str]:
    return [p["text"] for p in split_parts(text) if p["kind"] == kind]


def assert_well_formed(text: str, parts: list[dict]) -> None:
    """Exact offsets, reading order, no overlap, no white space around a part."""
    pos = 0
    for part in parts:
        assert set(part) == {"kind", "text", "start", "end"}
        assert part["kind"] in PART_KINDS
        assert pos <= part["start"] < part["end"] <= len(text)
        assert text[part["start"] : part["end"]] == part["text"]
        assert part["text"] == part["text"].strip()
        pos = part["end"]


# The seed -----------------------------------------------------------------


def test_seed_parts_in_reading_order(seed_text):
    parts = split_parts(seed_text)
    assert [p["kind"] for p in parts] == (
        ["headline", "caption", "caption", "credit", "dateline"] + ["body"] * 10 + ["copyright"]
    )
    assert_well_formed(seed_text, parts)


def test_seed_headline_credit_dateline_copyright(seed_text):
    assert texts(seed_text, "headline") == [SEED_HEADLINE]
    assert texts(seed_text, "credit") == ["/ AFP PHOTO / Brendan Smialowski"]
    assert texts(seed_text, "dateline") == ["WASHINGTON, United States (AFP) —"]
    assert texts(seed_text, "copyright") == ["© Agence France-Presse"]


def test_seed_caption_is_both_lines_above_the_credit(seed_text):
    first, second = texts(seed_text, "caption")
    assert first.startswith("(FILES) In this file photo taken on July 16, 2018")
    assert first.endswith("ahead a meeting in Helsinki.")
    assert second.startswith("Trump said on July 19, 2018")
    assert second.endswith("the strongman Russian leader.")


def test_seed_first_body_paragraph_starts_after_the_dateline(seed_text):
    body = split_parts(seed_text)[5]
    assert body["kind"] == "body"
    assert body["text"].startswith("President Donald Trump has instructed")
    assert seed_text[body["start"] - 2 : body["start"]] == "— "


def test_seed_line_holding_only_a_non_breaking_space_is_no_part(seed_text):
    assert "\n\u00a0\n" in seed_text
    assert all(p["text"] != "\u00a0" for p in split_parts(seed_text))


def test_explain_says_why_each_part_has_its_kind(seed_text):
    parts = split_parts(seed_text, explain=True)
    assert all(p["why"] for p in parts)
    assert "credit" in parts[2]["why"] and "above" in parts[2]["why"]


# Datelines ----------------------------------------------------------------


@pytest.mark.parametrize(
    "dateline",
    [
        "LONDON (Reuters) -",
        "PARIS, France (AFP) —",
        "NEW YORK (AP) —",
        "KYIV, Ukraine —",
        "ST. LOUIS (AP) —",
        "BEIJING, Jan. 13 (Xinhua) --",
        "SAN FRANCISCO, Calif. (AP) —",
        "Washington (AFP) -",
        "PORT-AU-PRINCE, Haiti —",
    ],
)
def test_dateline_is_its_own_part(dateline):
    text = f"Mayor quits after vote\n\n{dateline} The mayor of a small town resigned on Monday.\n\nMore later."
    parts = split_parts(text)
    assert [p["kind"] for p in parts] == ["headline", "dateline", "body", "body"]
    assert parts[1]["text"] == dateline
    assert parts[2]["text"] == "The mayor of a small town resigned on Monday."


@pytest.mark.parametrize(
    "paragraph",
    [
        "NATO - the alliance said on Monday - would meet again.",
        "BREAKING: The mayor has resigned.",
        "Meanwhile, Trump — who was in Helsinki — said nothing.",
        "US officials said the talks — the first in years — went well.",
    ],
)
def test_paragraphs_that_only_look_like_datelines_stay_body(paragraph):
    text = f"Mayor quits after vote\n\n{paragraph}\n\nMore later today."
    assert kinds(text) == ["headline", "body", "body"]


def test_article_without_headline_starts_with_its_dateline():
    text = (
        "KYIV, Ukraine — Parliament passed the bill on Tuesday.\n\n"
        "The vote came after weeks of debate.\n"
    )
    assert kinds(text) == ["dateline", "body", "body"]


def test_text_without_newlines_keeps_dateline_and_body():
    text = "NEW YORK (AP) — Stocks fell on Tuesday. Bond yields rose. Oil was flat."
    parts = split_parts(text)
    assert [p["kind"] for p in parts] == ["dateline", "body"]
    assert parts[1]["text"] == "Stocks fell on Tuesday. Bond yields rose. Oil was flat."


# Headlines ----------------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Mayor quits after late-night council vote",
        "Can a phone app spot skin cancer early?",
        "'We were ignored': residents fume over bins",
        "Mayor quits.",  # very short, set apart by a blank line
    ],
)
def test_headline_is_the_first_short_line(headline):
    text = f"{headline}\n\nThe mayor of a small town resigned on Monday after a vote.\n"
    assert texts(text, "headline") == [headline]


def test_long_first_sentence_is_not_a_headline():
    first = (
        "The mayor of a small town resigned on Monday after a late-night council vote "
        "that left her without a majority."
    )
    text = f"{first}\n\nShe had led the town for six years.\n"
    assert kinds(text) == ["body", "body"]


def test_single_paragraph_text_is_all_body():
    assert kinds("Mayor quits after vote") == ["body"]
    assert kinds("The mayor quit. Nobody was surprised.") == ["body"]


def test_section_label_above_the_headline_is_other():
    text = "OPINION\n\nThe bridge plan is a mistake\n\nBy Ann Lee\n\nI have lived here for years.\n"
    assert kinds(text) == ["other", "headline", "other", "body"]


# Captions and credits -----------------------------------------------------


def test_caption_without_credit():
    text = (
        "Mayor quits after vote\n\n"
        "(FILES) This photo taken on May 2, 2023 shows the town hall.\n\n"
        "The mayor resigned on Monday.\n"
    )
    assert kinds(text) == ["headline", "caption", "body"]


def test_caption_ending_with_its_credit_is_cut_in_two():
    caption = "FILE - In this Jan. 12, 2023, file photo, commuters wait for a train."
    text = f"Council backs rail plan\n\n{caption} (AP Photo/Dana Whitcombe, File)\n\nThe vote was 7-2.\n"
    parts = split_parts(text)
    assert [p["kind"] for p in parts] == ["headline", "caption", "credit", "body"]
    assert parts[1]["text"] == caption
    assert parts[2]["text"] == "(AP Photo/Dana Whitcombe, File)"
    assert_well_formed(text, parts)


@pytest.mark.parametrize(
    "credit",
    [
        "/ AFP PHOTO / Brendan Smialowski",
        "AFP PHOTO / SAUL LOEB",
        "(Photo by Jane Doe / AFP)",
        "Photo: Kevin Lamarque/Reuters",
        "AP Photo/Evan Vucci",
        "REUTERS/Hannah Mbeki/File Photo",
        "Chip Somodevilla/Getty Images",
        "NWS PHOTO / Lena Ostrova",
    ],
)
def test_photo_credit_and_the_caption_above_it(credit):
    text = f"Mayor quits after vote\n\nThe mayor leaves the town hall on Monday.\n{credit}\n\nShe resigned after a vote.\n"
    parts = split_parts(text)
    assert [p["kind"] for p in parts] == ["headline", "caption", "credit", "body"]
    assert parts[2]["text"] == credit


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Priya Lal; Editing by Tom Ashcroft)",
        "Associated Press writer Sam Okafor contributed to this report.",
        "Associated Press writer Tom Reyes in Phoenix contributed.",
    ],
)
def test_agency_credit_at_the_end(line):
    text = f"Mayor quits after vote\n\nThe mayor resigned on Monday.\n\n{line}\n"
    assert kinds(text) == ["headline", "body", "credit"]


@pytest.mark.parametrize(
    "line",
    [
        "Photos of the meeting were shared widely online.",
        "Reuters reported that the vote had been delayed.",
        "He has worked for AFP in Paris since 2010.",
        "Copyright lawyers say the ruling could change how photos are shared.",
    ],
)
def test_body_lines_that_mention_photos_agencies_or_copyright_stay_body(line):
    text = f"Mayor quits after vote\n\nThe mayor resigned on Monday.\n\n{line}\n\nMore later."
    assert kinds(text) == ["headline", "body", "body", "body"]


@pytest.mark.parametrize(
    "line",
    [
        "© Agence France-Presse",
        "Copyright 2024 The Associated Press. All rights reserved.",
        "(c) 2018 Reuters",
    ],
)
def test_copyright_line(line):
    text = f"Mayor quits after vote\n\nThe mayor resigned on Monday.\n\n{line}\n"
    assert texts(text, "copyright") == [line]


# Other parts --------------------------------------------------------------


def test_byline_and_time_stamp_before_the_story_are_other():
    text = (
        "Mayor quits after vote\nBy Lena Hart, Staff Writer\nUpdated 10.42am, 14 March 2024\n\n"
        "The mayor resigned on Monday after a vote.\n"
    )
    assert kinds(text) == ["headline", "other", "other", "body"]


@pytest.mark.parametrize(
    "first",
    [
        "By Monday, the fire had spread to three counties, officials said.",
        "From the start, the plan was flawed, critics said.",
        "Published reports say the fire started at a campsite.",
    ],
)
def test_first_paragraph_starting_like_a_byline_stays_body(first):
    text = f"Fire spreads in hills\n\n{first}\n\nCrews worked overnight.\n"
    assert kinds(text) == ["headline", "body", "body"]


def test_author_note_and_bracketed_note_at_the_end_are_other():
    text = (
        "The bridge plan is a mistake\n\nI have lived here for years. The plan is wrong.\n\n"
        "Martha Quill is a columnist for the Bay Gazette. The views expressed here are her own.\n\n"
        "[Practice text: the people and places are invented.]\n"
    )
    assert kinds(text) == ["headline", "body", "other", "other"]


def test_a_columnist_mentioned_mid_story_stays_body():
    text = (
        "Paper names new editor\n\nThe paper named a new editor on Monday.\n\n"
        "Ann Lee is a columnist for the paper and will keep her column.\n\n"
        "She starts in May.\n\nStaff were told on Friday.\n"
    )
    assert kinds(text) == ["headline", "body", "body", "body", "body"]


# Line endings, blank lines, wrapping --------------------------------------


def test_windows_line_endings_and_blank_padding(seed_text):
    crlf = "\r\n \r\n\u00a0\r\n" + seed_text.replace("\n", "\r\n") + "\r\n\r\n  \r\n"
    parts = split_parts(crlf)
    assert [p["kind"] for p in parts] == [p["kind"] for p in split_parts(seed_text)]
    assert [p["text"] for p in parts] == [p["text"] for p in split_parts(seed_text)]
    assert all("\r" not in p["text"] for p in parts)
    assert_well_formed(crlf, parts)


def test_hard_wrapped_paragraphs_are_joined():
    text = (
        "Flood warnings for river towns\n\n"
        "MILLBRIDGE, Wales (Reuters) - Forecasters issued flood warnings for three\n"
        "towns along the river on Sunday after a second night of heavy rain,\n"
        "and told residents to move valuables upstairs.\n\n"
        "The weather service said up to 80 mm of rain could fall on high ground\n"
        "by Monday evening. That is twice the usual amount for the whole of\n"
        "October.\n"
    )
    parts = split_parts(text)
    assert [p["kind"] for p in parts] == ["headline", "dateline", "body", "body"]
    assert parts[2]["text"].endswith("move valuables upstairs.")
    assert parts[3]["text"].startswith("The weather service") and parts[3]["text"].endswith(
        "October."
    )


def test_lines_of_separate_paragraphs_are_not_joined():
    text = (
        "Governor signs school meals bill\n"
        "The governor signed the bill on Monday in front of pupils and teachers.\n"
        "Critics said the state could not afford it and would have to cut elsewhere.\n"
        "The law takes effect in the autumn.\n"
    )
    assert kinds(text) == ["headline", "body", "body", "body"]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\u00a0\r\n\t", "\ufeff", "\x00", "—", "."])
def test_degenerate_input(text):
    parts = split_parts(text)
    assert_well_formed(text, parts)
    assert all(p["text"].strip() for p in parts)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_well_formed_parts(text):
    assert_well_formed(text, split_parts(text))


def test_a_headline_kicker_in_capitals_is_no_dateline():
    text = (
        "SOFA, SO BAD: Burglar who nodded off on the settee is caged\n\n"
        "By Danny Crowe, Crime Reporter\n\nA burglar was jailed on Monday.\n"
    )
    assert kinds(text) == ["headline", "other", "body"]
    # a colon dateline before a sentence still is one
    text = "Storm hits coast\n\nNEW DELHI: Officials said 12 people died.\n"
    assert kinds(text) == ["headline", "dateline", "body"]


def test_a_colon_dateline_before_a_lede_without_a_full_stop_stays_one():
    # one paragraph only: the lede after the dateline, whatever its last mark
    assert kinds("LONDON: The bank held rates on Thursday, its governor said (Reuters)") == [
        "dateline",
        "body",
    ]
