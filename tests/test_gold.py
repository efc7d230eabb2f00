"""The hand-made answer keys, the practice texts and the evaluation script.

The gold files are what `make eval` measures the rules against, so a typo in
one silently skews every figure: these tests check that each file fits its
article exactly, that the annotations agree with the guide in
tests/gold/README.md, that the scorer gives full marks to the gold itself,
and that the segmenter reaches its target on both sets.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest
import yaml

from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("evaluate", ROOT / "scripts" / "evaluate.py")
ev = importlib.util.module_from_spec(_spec)
sys.modules["evaluate"] = ev
_spec.loader.exec_module(ev)

DEV = ev.gold_files(ev.SETS["dev"])
# every held-out article (all sets but the dev set): invented, marked, seed-sized
HELDOUT = [p for name, folder in ev.SETS.items() if name != "dev" for p in ev.gold_files(folder)]
# every set evaluate.py knows: the dev set, tests/heldout and tests/heldout2, 3, ...
# (each later set written and annotated by someone who had not read the rules, and
# measured once untouched: see tests/gold/README.md)
ALL_GOLD = [path for folder in ev.SETS.values() for path in ev.gold_files(folder)]
# and the second annotator's keys (tests/agreement), which must be just as well formed
ALL_GOLD += sorted((ROOT / "tests" / "agreement").glob("*/*.yml"))
MARKER = (
    "[Practice text written for this course: the people, places and events in it are fictional.]"
)
JUDGING_VERBS = (
    "claim",
    "insist",
    "declare",
    "admit",
    "acknowledg",
    "accuse",
    "denie",
    "deny",
    "complain",
    "blame",
)
SENTENCE_F1_TARGET = 0.98


def _catalogue() -> list[dict]:
    return yaml.safe_load((ROOT / "seeds" / "articles.yml").read_text(encoding="utf-8"))


def _gold_and_text(path):
    gold = ev.load_gold(path)
    return gold, ev.article_text(gold)


# ---------------------------------------------------------------------------
# The gold files themselves
# ---------------------------------------------------------------------------


def test_both_sets_hold_the_articles_the_course_needs():
    dev_names = {ev.load_gold(p)["article"] for p in DEV}
    practice = {e["name"] for e in _catalogue() if e["kind"] == "practice"}
    assert "trump-putin" in dev_names
    assert len(practice) >= 4
    assert practice <= dev_names, "every practice text in seeds/ needs an answer key"
    assert len(HELDOUT) >= 3
    for path in HELDOUT:
        text_file = ROOT / ev.load_gold(path)["article"]
        assert text_file.parent == path.parent and text_file.is_file(), path.name


@pytest.mark.parametrize("path", ALL_GOLD, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_file_fits_its_article_exactly(path):
    gold, text = _gold_and_text(path)
    where = ev.locate(gold, text)  # raises GoldError naming the entry that does not fit
    assert ev.check_enums(gold) == []
    # Every sentence text is found in order, and together they cover the text.
    covered = " ".join(text[a:b] for a, b in where["sentences"])
    assert len(covered.split()) == len(text.split())
    assert [text[a:b] for a, b in where["sentences"]] == [s["text"] for s in gold["sentences"]]
    for (s, e, _category), frame in zip(where["framing"], gold["framing"], strict=True):
        assert text[s:e] == frame["text"]


def _inside_quotation(text: str, start: int, end: int) -> bool:
    """A sentence in the middle of a quotation: a mark opened earlier in its paragraph
    is still open, and closes after it ("“One. Two. Three,” she said." holds "Two.")."""
    para = text.rfind("\n", 0, start) + 1
    before = text[para:start]
    after = text[end : (text.find("\n", end) + 1 or len(text) + 1) - 1]
    if before.count("“") > before.count("”"):
        return "”" in after
    return before.count('"') % 2 == 1 and '"' in after


def test_a_quotation_of_three_sentences_has_its_middle_one_inside_it():
    text = '“First. Middle sentence here. Last,” she said. Next "One. Two. Three," he said.\nFree.'
    middle = text.index("Middle")
    assert _inside_quotation(text, middle, text.index("Last"))
    assert _inside_quotation(text, text.index("Two."), text.index("Three"))
    assert not _inside_quotation(text, text.index("Next"), text.index('"One'))
    assert not _inside_quotation(text, text.index("Free."), len(text))


@pytest.mark.parametrize("path", ALL_GOLD, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_follows_its_own_annotation_guide(path):
    gold, text = _gold_and_text(path)
    where = ev.locate(gold, text)
    spans = where["sentences"]
    frames = where["framing"]

    def cues_in(k, category):
        a, b = spans[k]
        return [text[s:e] for s, e, c in frames if c == category and a <= s and e <= b]

    for n, a in enumerate(gold["attributions"]):
        k = where["attributions"][n]
        # A vague source is always a weasel cue as well (README, framing).
        if a["source_type"] == "vague":
            assert cues_in(k, "weasel"), f"vague source without a weasel cue: {a['sentence']!r}"
        # A judging saying-verb as the cue is also an attribution_verb cue.
        cue = (a.get("cue") or "").casefold()
        if any(v in cue for v in JUDGING_VERBS):
            assert cues_in(k, "attribution_verb"), f"judging verb not marked: {cue!r}"
        # A continuation sentence holds a quotation.
        if a.get("continuation"):
            assert a["quote_kind"] == "direct"
        if a["quote_kind"] in ("direct", "partial"):
            sentence = text[spans[k][0] : spans[k][1]]
            assert any(q in sentence for q in '“”"‘’') or _inside_quotation(text, *spans[k]), (
                f"no quotation marks: {a['sentence']!r}"
            )
    # A no-comment sentence is never also an attribution.
    assert not set(where["no_comment"]) & set(where["attributions"])


def test_seed_gold_records_the_cases_the_lessons_teach():
    gold = ev.load_gold(ev.SETS["dev"] / "trump-putin.yml")
    by_sentence = {a["sentence"]: a for a in gold["attributions"]}
    assert by_sentence["says White House"]["source_type"] == "institution"
    sanders = by_sentence["Press Secretary Sarah Sanders tweeted"]
    assert (sanders["source_type"], sanders["channel"], sanders["quote_kind"]) == (
        "spokesperson",
        "social_media",
        "direct",
    )
    assert by_sentence["allege that they publicly released"]["source_type"] == "document"
    frames = {(f["text"], f["category"]) for f in gold["framing"]}
    for cue in (
        ("strongman", "loaded_language"),
        ("On the defensive", "editorializing"),
        ("declared", "attribution_verb"),
        ("incredible", "scare_quote"),
        ("many saw", "weasel"),
        ("strong criticism", "intensifier"),
    ):
        assert cue in frames


# ---------------------------------------------------------------------------
# The catalogue and the practice texts
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("entry", _catalogue(), ids=lambda e: e["name"])
def test_catalogue_entry_points_to_a_loadable_article(entry):
    from helpers import load_article

    assert (ROOT / "seeds" / entry["file"]).is_file()
    assert entry["kind"] in ("real", "practice")
    article = load_article(entry["name"])
    assert article.name == entry["name"]
    assert article.text.strip()
    if entry["kind"] == "practice":
        assert entry.get("note"), "a practice entry says what it is for"
        assert article.text.rstrip().splitlines()[-1] == MARKER
        assert 400 <= len(article.text.split()) <= 700


def test_catalogue_keeps_the_seed_entry_first_and_unchanged():
    first = _catalogue()[0]
    assert first == {
        "name": "trump-putin",
        "file": "afp-2018-07-19-trump-putin-invitation.txt",
        "kind": "real",
        "title": "Talks underway for Trump-Putin meet in Washington, says White House",
        "agency": "Agence France-Presse (AFP)",
        "date": "July 19, 2018",
        "dateline": "WASHINGTON, United States",
        "photo": "file photo taken on July 16, 2018 (AFP PHOTO / Brendan Smialowski)",
    }


@pytest.mark.parametrize("path", HELDOUT, ids=lambda p: p.stem)
def test_heldout_text_is_marked_as_invented(path):
    text = (ROOT / ev.load_gold(path)["article"]).read_text(encoding="utf-8")
    assert text.rstrip().splitlines()[-1] == MARKER
    assert 400 <= len(text.split()) <= 700


# ---------------------------------------------------------------------------
# The scorer
# ---------------------------------------------------------------------------


perfect_report = ev.report_from_gold


@pytest.mark.parametrize("path", ALL_GOLD, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_scorer_gives_full_marks_to_the_gold_itself(path):
    gold, text = _gold_and_text(path)
    counts, details = ev.score_article(gold, text, perfect_report(gold, text))
    f = ev.figures(counts)
    assert f["sentences"]["all"]["f1"] == 1.0
    assert f["sentences"]["body"]["f1"] == 1.0
    assert f["sentences"]["part_accuracy"] == 1.0
    a = f["attributions"]
    assert (a["precision"], a["recall"], a["f1_ignoring_type"]) == (1.0, 1.0, 1.0)
    assert (a["speaker_accuracy"], a["channel_accuracy"], a["quote_kind_accuracy"]) == (
        1.0,
        1.0,
        1.0,
    )
    assert f["no_comment"]["recall"] in (1.0, None)
    assert (f["framing"]["precision"], f["framing"]["recall"]) == (1.0, 1.0)
    assert all(not lines for lines in details.values()), details


def test_scorer_gives_nothing_to_an_empty_report():
    gold, text = _gold_and_text(ev.SETS["dev"] / "practice-port-charges.yml")
    f = ev.figures(ev.score_article(gold, text, {})[0])
    assert f["sentences"]["all"]["recall"] == 0.0
    assert f["attributions"]["recall"] == 0.0 and f["attributions"]["f1"] == 0.0
    assert f["framing"]["recall"] == 0.0
    assert f["no_comment"]["recall"] == 0.0


def _tiny_gold(**extra):
    text = (
        "Mayor says bridge will open\n\n"
        "OLDTOWN (XNA) — The bridge will open in May, Mayor Ann Lee said. "
        "Critics called it “a white elephant” and said it was badly built.\n"
    )
    gold = {
        "article": "tiny",
        "dateline": "OLDTOWN (XNA) —",
        "sentences": [
            {"part": "headline", "text": "Mayor says bridge will open"},
            {
                "part": "body",
                "text": "OLDTOWN (XNA) — The bridge will open in May, Mayor Ann Lee said.",
            },
            {
                "part": "body",
                "text": "Critics called it “a white elephant” and said it was badly built.",
            },
        ],
        "attributions": [
            {
                "sentence": "Mayor Ann Lee said",
                "speaker": "Ann Lee",
                "source_type": "named_person",
                "channel": "unspecified",
                "quote_kind": "indirect",
                "cue": "said",
            }
        ],
        "no_comment": [],
        "framing": [{"text": "badly", "category": "loaded_language"}],
        **extra,
    }
    return gold, text


def test_a_dateline_split_off_on_its_own_still_counts_as_right():
    gold, text = _tiny_gold()
    report = perfect_report(gold, text)
    first = report["sentences"][1]
    cut = text.index("The bridge")
    report["sentences"][1:2] = [
        {"id": 1, "part": "dateline", "start": first["start"], "end": cut - 1},
        {"id": 2, "part": "body", "start": cut, "end": first["end"]},
    ]
    f = ev.figures(ev.score_article(gold, text, report)[0])
    assert f["sentences"]["all"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_a_copyright_line_counts_as_one_unit_however_it_is_split():
    gold, text = _tiny_gold()
    line = "© 2026 Oldtown Post. All rights reserved."
    text += "\n" + line + "\n"
    for pieces in ([line], ["© 2026 Oldtown Post.", "All rights reserved."]):
        key = {
            **gold,
            "sentences": gold["sentences"] + [{"part": "copyright", "text": p} for p in pieces],
        }
        for split in (False, True):
            report = perfect_report(key, text)
            report["sentences"] = [x for x in report["sentences"] if x["part"] != "copyright"]
            start = text.index(line)
            cuts = [(start, start + len(line))]
            if split:
                mid = text.index("All rights")
                cuts = [(start, mid - 1), (mid, start + len(line))]
            report["sentences"] += [
                {"id": len(report["sentences"]) + i, "part": "copyright", "start": a, "end": b}
                for i, (a, b) in enumerate(cuts)
            ]
            f = ev.figures(ev.score_article(key, text, report)[0])
            assert f["sentences"]["all"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_a_merged_sentence_is_a_miss_and_a_false_positive():
    gold, text = _tiny_gold()
    report = perfect_report(gold, text)
    a, b = report["sentences"][1], report["sentences"][2]
    report["sentences"][1:3] = [{"id": 1, "part": "body", "start": a["start"], "end": b["end"]}]
    f = ev.figures(ev.score_article(gold, text, report)[0])
    assert f["sentences"]["body"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert f["sentences"]["all"]["recall"] == pytest.approx(1 / 3, abs=1e-3)


def test_attribution_needs_the_right_sentence_and_type_but_speaker_is_forgiving():
    gold, text = _tiny_gold()
    report = perfect_report(gold, text)
    report["attributions"][0]["speaker"] = "Mayor Ann Lee"
    f = ev.figures(ev.score_article(gold, text, report)[0])["attributions"]
    assert (f["f1"], f["speaker_accuracy"]) == (1.0, 1.0)
    report["attributions"][0]["source_type"] = "spokesperson"
    f = ev.figures(ev.score_article(gold, text, report)[0])["attributions"]
    assert (f["f1"], f["f1_ignoring_type"]) == (0.0, 1.0)
    elsewhere = text.index("Critics called")
    report["attributions"][0].update(
        source_type="named_person", start=elsewhere, end=elsewhere + 14
    )
    f = ev.figures(ev.score_article(gold, text, report)[0])["attributions"]
    assert f["f1_ignoring_type"] == 0.0


def test_framing_cue_inside_quotation_marks_is_not_held_against_the_rules():
    gold, text = _tiny_gold()
    report = perfect_report(gold, text)
    s = text.index("white elephant")
    report["framing"].append(
        {
            "sentence": 2,
            "text": "white elephant",
            "category": "loaded_language",
            "start": s,
            "end": s + 14,
        }
    )
    counts, details = ev.score_article(gold, text, report)
    f = ev.figures(counts)["framing"]
    assert f["precision"] == 1.0 and f["inside_quotes_not_scored"] == 1
    assert any("inside quotation marks" in line for line in details["framing"])
    report["framing"][-1]["category"] = "scare_quote"  # a scare quote is scored
    assert ev.figures(ev.score_article(gold, text, report)[0])["framing"]["precision"] == 0.5


@pytest.mark.parametrize(
    ("pred", "gold", "also", "ok"),
    [
        ("Donald Trump", "Donald Trump", [], True),
        ("Press Secretary Sarah Sanders", "Sarah Sanders", [], True),
        ("Trump", "Donald Trump", [], True),
        ("White House", "the White House", [], True),
        ("the official", "a senior official", ["the official"], True),
        ("Sanders", "Donald Trump", [], False),
        ("a senior official", "two people familiar with the investigation", [], False),
        ("the council", None, [], False),
        (None, "Donald Trump", [], False),
    ],
)
def test_speaker_matching(pred, gold, also, ok):
    assert ev.speaker_matches(pred, gold, also) is ok


# ---------------------------------------------------------------------------
# The real rules against the gold, and the script as `make eval` runs it
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def evaluation():
    return ev.evaluate_sets()


def test_evaluation_scores_every_article_without_errors(evaluation):
    assert evaluation["errors"] == []
    for name, block in evaluation["sets"].items():
        assert block["figures"]["articles"] == len(ev.gold_files(ev.SETS[name]))


@pytest.mark.parametrize("set_name", list(ev.SETS))
def test_segmenter_reaches_its_sentence_target(evaluation, set_name):
    sentences = evaluation["sets"][set_name]["figures"]["sentences"]
    # Figures only in the message: the held-out texts stay unseen.
    assert sentences["all"]["f1"] >= SENTENCE_F1_TARGET, sentences
    assert sentences["body"]["f1"] >= SENTENCE_F1_TARGET, sentences


def test_make_eval_prints_tables_and_json():
    script = str(ROOT / "scripts" / "evaluate.py")
    out = subprocess.run(
        [sys.executable, script, "--json"], capture_output=True, text=True, timeout=120
    )
    doc = json.loads(out.stdout)
    assert {"dev", "held-out", "heldout2", "heldout7"} <= set(doc["sets"])
    assert doc["total"]["sentences"]["gold"] > 200
    assert "by_source_type" in doc["total"]["attributions"]
    assert "by_category" in doc["total"]["framing"]
    table = subprocess.run([sys.executable, script], capture_output=True, text=True, timeout=120)
    assert "== dev (tests/gold)" in table.stdout and "== held-out (tests/heldout)" in table.stdout
    one = subprocess.run(
        [sys.executable, script, "--article", "trump-putin"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "attributions:" in one.stdout and "framing:" in one.stdout


def test_two_annotators_can_be_compared(tmp_path):
    """--against scores a second annotator's keys: identical keys agree fully, a changed one does not."""
    folder = ev.SETS["held-out"]
    first = ev.gold_files(folder)[0]
    same = ev.evaluate_sets({"x": folder}, ev.keys_as_analyze(folder))
    assert same["figures"]["attributions"]["f1"] == 1.0
    assert same["figures"]["framing"]["recall"] == 1.0
    changed = yaml.safe_load(first.read_text(encoding="utf-8"))
    changed["attributions"][0]["source_type"] = next(
        t for t in ("vague", "document") if t != changed["attributions"][0]["source_type"]
    )
    for path in ev.gold_files(folder):  # the same keys, with one answer changed
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / first.name).write_text(
        yaml.safe_dump(changed, allow_unicode=True), encoding="utf-8"
    )
    other = ev.evaluate_sets({"x": folder}, ev.keys_as_analyze(tmp_path))
    attributions = other["figures"]["attributions"]
    assert attributions["f1"] < 1.0 and attributions["f1_ignoring_type"] == 1.0
    # the confusion table shows where the type went
    was = yaml.safe_load(first.read_text(encoding="utf-8"))["attributions"][0]["source_type"]
    now = changed["attributions"][0]["source_type"]
    assert attributions["type_confusion"][was][now] == 1
    assert all(
        n == 0
        for t, n in same["figures"]["attributions"]["type_confusion"][was].items()
        if t != was
    )
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "evaluate.py"),
            "--set",
            str(folder),
            "--against",
            str(tmp_path),
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert json.loads(out.stdout)["total"]["attributions"]["f1"] < 1.0


def test_untouched_scoring_prints_totals_and_never_an_articles_misses():
    """scripts/untouched.py is how a new held-out set is scored before anyone may read
    its misses: it must give the same totals as the evaluation, and nothing per article."""
    script = str(ROOT / "scripts" / "untouched.py")
    out = subprocess.run(
        [sys.executable, script, "--rev", "WORK", "--rev", "WORK", "--changed", "tests/heldout"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    ).stdout
    lines = out.splitlines()
    work = [line for line in lines if line.startswith("WORK ")]
    assert len(work) == 2 and work[0] == work[1], out
    f1 = float(work[0].split()[1])
    total = ev.evaluate_sets({"heldout": ROOT / "tests" / "heldout"})["figures"]
    expected = total["attributions"]["f1"]
    assert abs(f1 - expected) < 0.0006, (f1, expected)
    assert lines[-1].endswith(": 0 of 3"), out  # the same rules change no report
    assert "missed" not in out and "false positive" not in out and ".yml" not in out
