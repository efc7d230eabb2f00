"""The text summary: complete, wrapped, and safe to print in a terminal."""

from __future__ import annotations

import re

from helpers import analyze
from helpers.summary_text import WIDTH, render_text, visible
from tests.conftest import run_cli
from tests.test_handout import make_report, tweet_report

# Anything a terminal would obey: C0/C1 controls (not newline), DEL, bidi controls.
_RAW_CONTROL = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)

HOSTILE = (
    "Mayor \x1b[2J\x1b[31mresigns\x1b[0m, says council\n\n"
    "The council said\r overwritten line\x07 on Thursday that \u202eexif.exe\u202c was sent. "
    "A C1 control \x9b31m and a line separator\u2028end.\n"
)


def test_control_characters_never_reach_the_terminal():
    out = render_text(analyze(HOSTILE, name="bad\x1bname"))
    assert not _RAW_CONTROL.search(out)
    assert "\\u001b[2J" in out and "\\u202e" in out and "\\u0007" in out


def test_cli_prints_a_safe_summary_for_stdin():
    result = run_cli("analyze", "-", stdin=HOSTILE.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "\x1b" not in out and "\u202e" not in out and "\r" not in out
    assert "Dates and timeline" in out


def test_visible_keeps_ordinary_text_and_windows_line_ends():
    assert visible("Café – “quoted” \t tab\nnew line") == "Café – “quoted” \t tab\nnew line"
    assert visible("one\r\ntwo") == "one\ntwo"
    assert visible("a\rb") == "a\\u000db"


def test_lines_are_wrapped(seed_report):
    out = render_text(seed_report)
    assert max(len(line) for line in out.splitlines()) <= WIDTH


def test_every_section_is_there(seed_report):
    out = render_text(seed_report)
    for title in ("Anatomy", "Readability", "Who is quoted", "Source mix", "Framing cues",
                  "Dates and timeline"):  # fmt: skip
        assert f"\n{title}" in out or out.startswith(title)
    assert "Headline:" in out and "Body 1:" in out
    assert "Flesch-Kincaid grade" in out and "Hardest sentences" in out


def test_seed_dates_and_timeline(seed_report):
    out = render_text(seed_report)
    assert "“Monday” -> 2018-07-16" in out
    assert "“last week” -> no single day" in out
    timeline = out[out.index("Timeline") :]
    assert timeline.index("2018-07-16") < timeline.index("2018-07-19")


def test_attribution_shows_type_channel_kind_and_explanation():
    out = render_text(tweet_report(no_comment=[3]))
    assert "Jo Park - spokesperson, via social media, direct quote (cue: “tweeted”)" in out
    assert "Quote: “We are ready”" in out
    assert "Why: A press secretary speaks for someone else." in out
    assert "spokesperson 1" in out and "social media 1" in out
    assert "Named sources: 100% of attributions" in out
    assert "Declined to comment (sentences 3)" in out


def test_framing_cues_are_grouped_by_category_in_contract_order():
    text = "Critics say the strongman may fail."
    report = make_report(
        text,
        framing=[
            {"sentence": 0, "text": "may", "category": "hedge", "start": 26, "end": 29,
             "explanation": "softens it"},
            {"sentence": 0, "text": "strongman", "category": "loaded_language", "start": 16,
             "end": 25, "explanation": "judges him"},
            {"sentence": 0, "text": "Critics say", "category": "weasel", "start": 0, "end": 11,
             "explanation": "names nobody"},
        ],
    )  # fmt: skip
    out = render_text(report)
    loaded, hedge, weasel = (
        out.index(k) for k in ("loaded language (1)", "hedge (1)", "weasel words (1)")
    )
    assert loaded < hedge < weasel
    assert "“strongman”" in out and "judges him" in out


def test_readability_warnings_are_printed():
    report = make_report("Short.", warnings=["Too few words for SMOG."])
    assert "Note (body): Too few words for SMOG." in render_text(report)


def test_empty_article():
    out = render_text(analyze(""))
    assert "No attributed statements were found." in out
    assert "No dates or time words were found." in out
