"""The report follows the contract: every key, type and vocabulary, on any text."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import analyze
from helpers.vocabulary import (
    ATTRIBUTION_KEYS,
    CHANNELS,
    FRAMING_CATEGORIES,
    FRAMING_KEYS,
    PART_KINDS,
    QUOTE_KINDS,
    READABILITY_COUNTS,
    READABILITY_FORMULAS,
    SOURCE_TYPES,
)
from tests.conftest import ROOT

TOP_KEYS = {
    "schema_version",
    "source",
    "parts",
    "sentences",
    "readability",
    "attributions",
    "framing",
    "dates",
    "summary",
}
SUMMARY_KEYS = {
    "sentences",
    "words",
    "attributions",
    "by_source_type",
    "by_channel",
    "named_share",
    "distinct_sources",
    "anonymous",
    "vague",
    "framing_by_category",
    "no_comment",
}


# The contract's keys, spelled out here independently of the code under test.
CONTRACT_ATTRIBUTION_KEYS = [
    "sentence",
    "speaker",
    "speaker_mention",
    "source_type",
    "channel",
    "quote_kind",
    "cue",
    "quote",
    "named",
    "start",
    "end",
    "explanation",
]
CONTRACT_FRAMING_KEYS = ["sentence", "text", "category", "start", "end", "explanation"]


def test_vocabulary_lists_the_contract_keys_in_order():
    assert list(ATTRIBUTION_KEYS) == CONTRACT_ATTRIBUTION_KEYS
    assert list(FRAMING_KEYS) == CONTRACT_FRAMING_KEYS


def check_contract(doc: dict, text: str) -> None:
    """Assert everything the contract promises about one report."""
    assert set(doc) >= TOP_KEYS
    assert doc["schema_version"] == "1"
    assert doc["source"]["chars"] == len(text)
    for p in doc["parts"]:
        assert p["kind"] in PART_KINDS
        assert text[p["start"] : p["end"]] == p["text"]
    ends = [p["end"] for p in doc["parts"]]
    starts = [p["start"] for p in doc["parts"]]
    assert all(a <= b for a, b in zip(ends, starts[1:], strict=False)), (
        "parts overlap or out of order"
    )
    last_end = 0
    for i, s in enumerate(doc["sentences"]):
        assert s["id"] == i
        assert s["part"] in PART_KINDS
        assert text[s["start"] : s["end"]] == s["text"]
        assert s["start"] >= last_end, "sentences overlap or out of order"
        last_end = s["end"]
        assert any(p["start"] <= s["start"] and s["end"] <= p["end"] for p in doc["parts"]), (
            "a sentence spans two parts"
        )
    r = doc["readability"]
    for key in ("body", "whole"):
        for name in READABILITY_FORMULAS + READABILITY_COUNTS:
            assert isinstance(r[key][name], int | float), name
        assert isinstance(r[key]["text_standard"], str)
        assert all(isinstance(w, str) for w in r[key]["warnings"])
    assert [x["sentence"] for x in r["per_sentence"]] == [s["id"] for s in doc["sentences"]]
    ids = {s["id"] for s in doc["sentences"]}
    for a in doc["attributions"]:
        assert set(a) >= set(CONTRACT_ATTRIBUTION_KEYS)
        assert a["sentence"] in ids
        assert a["source_type"] in SOURCE_TYPES
        assert a["channel"] in CHANNELS
        assert a["quote_kind"] in QUOTE_KINDS
        assert isinstance(a["named"], bool)
        assert a["explanation"].strip()
        assert 0 <= a["start"] < a["end"] <= len(text)
    for f in doc["framing"]:
        assert f["category"] in FRAMING_CATEGORIES
        assert text[f["start"] : f["end"]] == f["text"]
        assert f["sentence"] in ids and f["explanation"].strip()
    for d in doc["dates"]:
        assert d["sentence"] in ids
        assert d["date"] is None or (len(d["date"]) == 10 and d["date"][4] == "-")
        assert d["how"].strip()
    s = doc["summary"]
    assert set(s) >= SUMMARY_KEYS
    assert list(s["by_source_type"]) == list(SOURCE_TYPES)
    assert list(s["by_channel"]) == list(CHANNELS)
    assert list(s["framing_by_category"]) == list(FRAMING_CATEGORIES)
    assert s["attributions"] == len(doc["attributions"]) == sum(s["by_source_type"].values())
    assert s["sentences"] == len(doc["sentences"])
    assert s["anonymous"] == s["by_source_type"]["anonymous"]
    assert all(i in ids for i in s["no_comment"])
    json.dumps(doc)  # serialisable


def test_seed_report_follows_the_contract(seed_report, seed_text):
    check_contract(seed_report.to_dict(), seed_text)


def test_to_dict_is_a_copy_the_caller_may_change(seed_report):
    doc = seed_report.to_dict()
    doc["parts"].clear()
    assert seed_report.to_dict()["parts"]


def test_empty_text_gives_an_empty_report():
    doc = analyze("").to_dict()
    check_contract(doc, "")
    assert doc["sentences"] == [] and doc["summary"]["named_share"] is None


def test_frames_show_the_same_rows_as_the_report(seed_report):
    frame = seed_report.sentences_frame()
    assert list(frame["text"]) == [s["text"] for s in seed_report.sentences]
    per = seed_report.readability_frame()
    assert len(per) == len(seed_report.sentences)
    assert "flesch_reading_ease" in per.columns and "text" in per.columns


def test_analyze_refuses_bytes_with_a_clear_message():
    import pytest

    with pytest.raises(TypeError, match="needs the article as text"):
        analyze(b"bytes are not text")


news_alphabet = st.sampled_from(
    list("abcXYZ .,;:!?'\"“”‘’—–-()@#\n\n\t\u00a0©0123456789")
    + ["said", " Mr. ", "U.S.", " he ", "tweeted", "“", "”", "according to", "\r\n", "<script>"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(news_alphabet, max_size=120).map("".join))
def test_any_news_like_text_gives_a_valid_report(text):
    check_contract(analyze(text).to_dict(), text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text_gives_a_valid_report(text):
    check_contract(analyze(text).to_dict(), text)


def test_the_same_article_gives_the_same_report_in_every_run(tmp_path):
    """Two separate processes (different hash seeds) export byte-identical reports.

    This is what scripts/same_output.py relies on to prove a speed-up changed nothing,
    and what a teacher relies on when a class re-runs an export.
    """
    script = str(ROOT / "scripts" / "same_output.py")
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"run{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, script, str(out), "--only-seeds", "--variants", "5"],
            check=True,
            capture_output=True,
            env=env,
            timeout=120,
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    lines = outs[0].decode("utf-8").splitlines()
    assert len(lines) >= 5 + 5 + 7  # seeds, variants, edge cases
    assert all(json.loads(line)["schema_version"] for line in lines)


def _data_phrases() -> list[str]:
    """Every phrase the attribution rules look for, as written in their data files."""
    phrases = set()
    for path in sorted((ROOT / "helpers" / "data" / "attribution").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(("#", "[")):
                continue
            for piece in line.replace("|", ",").split(","):
                piece = piece.strip()
                if piece and piece != "-" and len(piece) < 40:
                    phrases.add(piece)
    return sorted(phrases)


# Places where a cue phrase has broken the rules before: the end of a headline ("...,
# court told"), twice over ("The The Atlantic said"), after a quotation, before a name.
CUE_FRAMES = [
    "Pop star hid cash in a shell firm, court {p}\n\nThe trial opened on Monday.",
    "The {p} said the plan had failed. The {p} {p} agreed.",
    "“It is over,” {p}. “We lost.”\n\nAnna Vale, {p}, said so.",
]


def test_every_cue_phrase_in_awkward_places_gives_a_valid_report():
    phrases = _data_phrases()
    assert len(phrases) > 1000  # the data files were read
    for phrase in phrases:
        for frame in CUE_FRAMES:
            text = frame.format(p=phrase)
            check_contract(analyze(text).to_dict(), text)
