"""Dates: explicit dates, weekdays and relative references, and what is left alone.

Most tests build their own sentences with a tiny splitter (one sentence per
full stop) so that they test the date rules alone; the seed tests go through
the real pipeline (``analyze``).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.dates import find_dates

_SENT = re.compile(r"\S.*?(?:[.!?]”?(?=\s|$)|$)", re.S)


def _dates(text: str, parts: list[dict] | None = None) -> list[dict]:
    sents = [
        {"id": i, "part": "body", "text": m.group(), "start": m.start(), "end": m.end()}
        for i, m in enumerate(_SENT.finditer(text))
    ]
    found = find_dates(text, sents, parts or [])
    for d in found:  # offsets point into the text, always
        assert text[d["start"] : d["end"]] == d["text"]
        assert d["how"] and d["how"].endswith(".")
    return found


def _by_text(text: str) -> dict[str, dict]:
    return {d["text"]: d for d in _dates(text)}


# An article-like opening that gives the anchor: "said on July 19, 2018".
ANCHOR = "Trump said on July 19, 2018, he was pleased. "


# The seed, through the real pipeline -----------------------------------------
def _seed_dates(seed_report) -> list[tuple[str, str | None]]:
    return [(d["text"], d["date"]) for d in seed_report.dates]


def test_seed_anchor_is_july_19_from_said_on(seed_report):
    anchor = next(d for d in seed_report.dates if d["text"] == "July 19, 2018")
    assert anchor["date"] == "2018-07-19"
    assert "article's date" in anchor["how"] and "Thursday" in anchor["how"]


def test_seed_thursdays_and_monday_resolve(seed_report):
    found = _seed_dates(seed_report)
    thursdays = [d for t, d in found if t.endswith("Thursday")]
    assert thursdays == ["2018-07-19"] * 3  # said Thursday, Earlier Thursday, declared Thursday
    assert ("Monday", "2018-07-16") in found  # Monday's first summit


def test_seed_three_days_after_the_summit_is_counted_from_monday(seed_report):
    d = next(d for d in seed_report.dates if d["text"] == "three days after")
    assert d["date"] == "2018-07-19"
    assert "Monday" in d["how"] and "Finland summit" in d["how"]


def test_seed_spans_are_explained_not_dated(seed_report):
    by = {d["text"]: d for d in seed_report.dates}
    assert by["last week"]["date"] is None
    assert "span" in by["last week"]["how"] and "July 9, 2018" in by["last week"]["how"]
    assert by["later this year"]["date"] is None
    assert "2018" in by["later this year"]["how"]
    assert by["2016"]["date"] is None and "year on its own" in by["2016"]["how"]


def test_seed_photo_date_and_nothing_from_numbers(seed_report):
    found = _seed_dates(seed_report)
    assert ("July 16, 2018", "2018-07-16") in found
    assert not any("12" in t for t, _ in found)  # "12 intelligence officers"


def test_weekday_how_names_the_rule_and_the_anchor(seed_report):
    d = next(d for d in seed_report.dates if d["text"] == "Monday")
    assert "most recent Monday on or before" in d["how"]
    assert "July 19, 2018" in d["how"] and "taken from" in d["how"]


# Explicit dates ----------------------------------------------------------------
@pytest.mark.parametrize(
    "written, iso",
    [
        ("July 16, 2018", "2018-07-16"),
        ("16 July 2018", "2018-07-16"),
        ("Jul. 16, 2018", "2018-07-16"),
        ("the 16th of July, 2018", "2018-07-16"),
        ("2018-07-16", "2018-07-16"),
        ("Sept. 3, 2019", "2019-09-03"),
        ("25/12/2018", "2018-12-25"),
    ],
)
def test_explicit_dates(written, iso):
    found = _dates(f"The bridge opened on {written} after years of work.")
    assert [d["date"] for d in found] == [iso]
    assert written.removeprefix("the ") in found[0]["text"]


def test_date_without_year_takes_the_year_nearest_the_anchor():
    by = _by_text(
        "The minister said on 3 January 2019 that talks would resume. They stalled on Dec. 28."
    )
    assert by["Dec. 28"]["date"] == "2018-12-28"  # not December 2019
    assert "nearest" in by["Dec. 28"]["how"]


def test_date_without_year_and_no_anchor_stays_open():
    [d] = _dates("The bridge opened on July 16 after years of work.")
    assert d["date"] is None and "no year" in d["how"]


def test_ambiguous_numeric_date_is_left_open_with_both_readings():
    [d] = _dates("Ministers met on 03/07/2018 in Rome.")
    assert d["date"] is None
    assert "July 3, 2018" in d["how"] and "March 7, 2018" in d["how"]


def test_wrong_weekday_and_impossible_day_are_flagged():
    by = _by_text("They met on Friday, July 19, 2018 and again on February 30, 2018.")
    assert by["Friday, July 19, 2018"]["date"] == "2018-07-19"
    assert "was a Thursday, not a Friday" in by["Friday, July 19, 2018"]["how"]
    assert by["February 30, 2018"]["date"] is None
    assert "no such day" in by["February 30, 2018"]["how"]


# Weekdays and days counted from the article's date --------------------------------
def test_bare_weekday_is_the_most_recent_one():
    by = _by_text(ANCHOR + "The mayor said Tuesday the bridge was safe.")
    assert by["Tuesday"]["date"] == "2018-07-17"


def test_weekday_in_a_future_clause_is_the_coming_one():
    by = _by_text(ANCHOR + "The mayor will open the bridge on Tuesday night.")
    assert by["Tuesday night"]["date"] == "2018-07-24"
    assert "future" in by["Tuesday night"]["how"] and "will" in by["Tuesday night"]["how"]


def test_last_next_and_this_weekday():
    by = _by_text(ANCHOR + "He rested last Friday. He leaves next Monday. He golfs this Saturday.")
    assert by["last Friday"]["date"] == "2018-07-13"
    assert by["next Monday"]["date"] == "2018-07-23"
    assert by["this Saturday"]["date"] == "2018-07-21"


def test_yesterday_today_tomorrow_and_last_night():
    by = _by_text(
        ANCHOR + "He spoke yesterday, speaks today and flies tomorrow. It rained last night."
    )
    assert by["yesterday"]["date"] == "2018-07-18"
    assert by["today"]["date"] == "2018-07-19"
    assert by["tomorrow"]["date"] == "2018-07-20"
    assert by["last night"]["date"] == "2018-07-18"


def test_weeks_ago_counts_days_and_months_ago_stays_open():
    by = _by_text(ANCHOR + "Two weeks ago the talks failed. A year ago they began.")
    assert by["Two weeks ago"]["date"] == "2018-07-05"
    assert "14 days before" in by["Two weeks ago"]["how"]
    assert by["A year ago"]["date"] is None and "July 2017" in by["A year ago"]["how"]


def test_spans_give_no_single_day_but_say_which_days():
    by = _by_text(ANCHOR + "Last week he met them. Earlier this year he won. Next month he leaves.")
    assert {d["date"] for d in by.values() if d["text"] != "July 19, 2018"} == {None}
    assert "Monday, July 9, 2018 to Sunday, July 15, 2018" in by["Last week"]["how"]
    assert "before" in by["Earlier this year"]["how"] and "2018" in by["Earlier this year"]["how"]
    assert "August 2018" in by["Next month"]["how"]


def test_days_after_an_event_dated_elsewhere():
    by = _by_text(
        ANCHOR + "Voters went to the polls in the election on Nov. 6, 2018. "
        "Two days after the election the count ended."
    )
    assert by["Two days after"]["date"] == "2018-11-08"
    assert "election" in by["Two days after"]["how"]


def test_days_after_an_undated_event_explains_why_not():
    by = _by_text(ANCHOR + "Three days after the storm, the roads opened.")
    assert by["Three days after"]["date"] is None
    assert "does not say on what day “the storm” happened" in by["Three days after"]["how"]


def test_the_next_day_counts_from_the_day_named_just_before():
    by = _by_text(ANCHOR + "He left on Tuesday, and the next day he returned.")
    assert by["the next day"]["date"] == "2018-07-18"


def test_relative_words_without_any_anchor_say_why():
    by = _by_text("The mayor said Thursday that the bridge opened last week.")
    assert by["Thursday"]["date"] is None and "no calendar date" in by["Thursday"]["how"]
    assert by["last week"]["date"] is None and "does not give that date" in by["last week"]["how"]


# How the anchor is chosen ----------------------------------------------------------
def test_dateline_date_is_the_anchor():
    by = _by_text("PARIS, 5 March 2019 (Reuters) - The mayor said Monday the bridge was safe.")
    assert by["Monday"]["date"] == "2019-03-04"
    assert "dateline" in by["Monday"]["how"]


def test_dateline_part_from_the_anatomy_is_used():
    text = "LONDON, March 5, 2019 — The mayor spoke yesterday."
    parts = [{"kind": "dateline", "text": text[:23], "start": 0, "end": 23}]
    by = {d["text"]: d for d in _dates(text, parts)}
    assert by["yesterday"]["date"] == "2019-03-04"


def test_news_weekday_the_day_after_a_said_on_date_moves_the_anchor():
    # Written on Friday about a statement made on Thursday July 19.
    by = _by_text(
        "Trump said on July 19, 2018 he was pleased. Aides said Friday he rested Thursday."
    )
    assert by["Friday"]["date"] == "2018-07-20"
    assert by["Thursday"]["date"] == "2018-07-19"


def test_full_date_on_the_news_weekday_is_the_anchor():
    by = _by_text("The vote was held on July 17, 2018. The mayor said Tuesday he was pleased.")
    assert by["Tuesday"]["date"] == "2018-07-17"
    assert "weekday of the news" in by["July 17, 2018"]["how"]


def test_an_old_photo_date_alone_is_not_the_anchor():
    by = _by_text(
        "In this file photo taken on July 16, 2018, two men shake hands. He said Thursday it went well."
    )
    assert by["Thursday"]["date"] is None


# What must be left alone ------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Trump may meet Putin again.",
        "Trump May Meet Putin Again.",
        "Protesters march on the capital.",
        "The Sunday Times reported it.",
        "Candidates fought hard before Super Tuesday.",
        "Putin offered to question 12 intelligence officers.",
        "Some 2000 people marched.",
        "The ticket cost $2016.",
        "USA Today said so.",
        "He works Mondays.",
        "The Marine stood by the column in the holiday traffic.",
        "Prices may fall, and the fall of the empire was slow.",
        "That night was cold, and the day was long.",
    ],
)
def test_not_dates(sentence):
    assert _dates(sentence) == []


def test_a_year_in_a_year_context_is_listed_without_a_day():
    by = _by_text("He lost the 2016 presidential election and has led the party since 2012.")
    assert by["2016"]["date"] is None and by["2012"]["date"] is None
    assert "year on its own" in by["2016"]["how"]


def test_bare_month_needs_a_time_word():
    assert [d["text"] for d in _dates("The elections in May were close.")] == ["May"]
    assert _dates("Theresa May spoke.") == []


def test_empty_input():
    assert find_dates("", [], []) == []


# Any text --------------------------------------------------------------------------------
_PIECES = (
    "July 16, 2018", "Monday", "Monday’s", "said", "on", "three days after", "the summit",
    "last week", "ago", "two", "2016", "2018-07-16", "03/07/2018", "in May", "Dec.", "28",
    "tonight", "Today", "will", "the next day", "later this year", "WASHINGTON,", "(AFP) —",
    ".", ",", "“", "”", "\n\n", "\x1b", "fall", "the fall of", "Sunday Times", "12",
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_text_gives_exact_offsets_and_an_explanation(pieces):
    from helpers import anatomy, sentences

    text = " ".join(pieces)
    parts = anatomy.split_parts(text)
    sents = sentences.split_sentences(text, parts)
    ids = {s["id"] for s in sents}
    for d in find_dates(text, sents, parts):
        assert text[d["start"] : d["end"]] == d["text"]
        assert d["sentence"] in ids and d["how"]
        assert d["date"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", d["date"])
