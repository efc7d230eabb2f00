"""Probes a reviewer judged by reading them (tests/fixtures/reviewed_probes.json).

Each probe is a short text of a reviewer's own, written to find where a batch of new
attribution rules went wrong. For the probes below the reviewer judged the new answer
right: who speaks in which sentence, and what kind of source it is. They guard the
session's fixes against later changes (a name split by a month or a particle, a
headline label read as a speaker, a street read as a person ...).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.attribution import find_attributions_in

CASES = json.loads((Path(__file__).parent / "fixtures" / "reviewed_probes.json").read_text())[
    "cases"
]


@pytest.mark.parametrize("case", CASES, ids=[c["probe"] for c in CASES])
def test_a_reviewed_probe_keeps_its_judged_answer(case):
    attrs, _ = find_attributions_in(case["text"])
    got = [[a["sentence"], a["speaker"], a["source_type"]] for a in attrs]
    assert got == case["expected"], case["text"]
