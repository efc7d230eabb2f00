"""Attribution rules: who said what, through which channel (helpers/attribution.py).

Every case is a short text of our own. A case names the sentence it looks at and the
fields a student would read in the report: the speaker, the kind of source, the
channel and the kind of quotation. Cases in LEAVE_ALONE must give no attribution.
"""

from __future__ import annotations

import pytest

from helpers import analyze
from helpers.attribution import find_attributions_in
from helpers.vocabulary import CHANNELS, QUOTE_KINDS, SOURCE_TYPES

KEYS = [
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


def attributions(text: str, sentence: int | None = None) -> list[dict]:
    attrs, _ = find_attributions_in(text)
    if sentence is None:
        return attrs
    return [a for a in attrs if a["sentence"] == sentence]


def only(text: str, sentence: int | None = None) -> dict:
    found = attributions(text, sentence)
    assert len(found) == 1, [(a["speaker"], a["cue"]) for a in found]
    return found[0]


# (text, sentence id or None for the last one, speaker, source_type, channel, quote_kind, cue)
CASES = [
    # X said / said X
    ("Anna Berg said the bridge would reopen in May.", 0, "Anna Berg", "named_person", "unspecified", "indirect", "said"),
    ("Anna Berg said that the bridge was safe.", 0, "Anna Berg", "named_person", "unspecified", "indirect", "said"),
    ('"The bridge will reopen in May," said Anna Berg.', 0, "Anna Berg", "named_person", "unspecified", "direct", "said"),
    ("“The bridge will reopen in May,” Anna Berg said.", 0, "Anna Berg", "named_person", "unspecified", "direct", "said"),
    # tweets
    ("“The bridge is safe,” Anna Berg tweeted.", 0, "Anna Berg", "named_person", "social_media", "direct", "tweeted"),
    (
        "“The bridge is safe,” tweeted Anna Berg, who chairs the transport committee.",
        0, "Anna Berg", "named_person", "social_media", "direct", "tweeted",
    ),
    ("Anna Berg tweeted that the bridge was “perfectly safe” for cars.", 0, "Anna Berg", "named_person", "social_media", "partial", "tweeted"),
    # according to
    ("The bridge will reopen in May, according to Anna Berg.", 0, "Anna Berg", "named_person", "unspecified", "indirect", "according to"),
    ("The bridge collapsed at dawn, according to Reuters.", 0, "Reuters", "news_agency", "unspecified", "indirect", "according to"),
    ("The men met twice, according to court filings.", 0, "court filings", "document", "document", "indirect", "according to"),
    # told reporters / told an outlet
    ("Mayor Anna Berg told reporters the bridge was safe.", 0, "Anna Berg", "named_person", "briefing", "indirect", "told"),
    ("Anna Berg told the BBC that the bridge was safe.", 0, "Anna Berg", "named_person", "interview", "indirect", "told"),
    ("Anna Berg told the Springfield Herald that the bridge was safe.", 0, "Anna Berg", "named_person", "interview", "indirect", "told"),
    ("Anna Berg told AFP the bridge was safe.", 0, "Anna Berg", "named_person", "interview", "indirect", "told"),
    ('Anna Berg told reporters: "The bridge is safe."', 0, "Anna Berg", "named_person", "briefing", "direct", "told"),
    # statements, e-mails, press releases
    ("The ministry said in a statement that the bridge was safe.", 0, "the ministry", "institution", "statement", "indirect", "said"),
    ("The company announced the closure in a press release on Monday.", 0, "the company", "institution", "statement", "indirect", "announced"),
    ("Anna Berg said in an e-mail that the bridge was safe.", 0, "Anna Berg", "named_person", "statement", "indirect", "said"),
    # social networks
    ("Anna Berg wrote on X that the bridge was safe.", 0, "Anna Berg", "named_person", "social_media", "indirect", "wrote"),
    ("Anna Berg posted on Facebook that the bridge was safe.", 0, "Anna Berg", "named_person", "social_media", "indirect", "posted"),
    # briefings and interviews
    ("Anna Berg said at a news conference that the bridge was safe.", 0, "Anna Berg", "named_person", "briefing", "indirect", "said"),
    ("In an interview with CNN, Anna Berg said the bridge was safe.", 0, "Anna Berg", "named_person", "interview", "indirect", "said"),
    # anonymous sources
    (
        "A senior official, speaking on condition of anonymity, said the talks had failed.",
        0, "a senior official", "anonymous", "unspecified", "indirect", "said",
    ),
    (
        "An aide, who asked not to be named, said the talks had failed.",
        0, "an aide", "anonymous", "unspecified", "indirect", "said",
    ),
    ("Two people familiar with the talks said they had failed.", 0, "two people familiar with the talks", "anonymous", "unspecified", "indirect", "said"),
    ("Sources say the talks have failed.", 0, "sources", "anonymous", "unspecified", "indirect", "say"),
    ("US officials said the talks had failed.", 0, "US officials", "anonymous", "unspecified", "indirect", "said"),
    # vague collectives
    ("Critics say the plan is too expensive.", 0, "critics", "vague", "unspecified", "indirect", "say"),
    ("Experts say the bridge is unsafe.", 0, "experts", "vague", "unspecified", "indirect", "say"),
    ("Many saw the move as a betrayal.", 0, "many", "vague", "unspecified", "indirect", "saw"),
    ("Many see the plan as a mistake of historic size.", 0, "many", "vague", "unspecified", "indirect", "see"),
    ("It is widely believed that the plan will fail.", 0, None, "vague", "unspecified", "indirect", "It is widely believed"),
    (
        "The mayor faced criticism from across the political spectrum over the closure.",
        0, "across the political spectrum", "vague", "unspecified", "indirect",
        "criticism from across the political spectrum",
    ),
    # headlines
    ("Bridge to reopen in May, says city council\n\nThe council met on Monday.", 0, "city council", "institution", "unspecified", "indirect", "says"),
    # documents
    ("The report says the bridge needs repairs.", 0, "the report", "document", "document", "indirect", "says"),
    ("The indictments allege that the men stole millions.", 0, "the indictments", "document", "document", "indirect", "allege"),
    ("A study published in May found that the bridge was unsafe.", 0, "a study published in May", "document", "document", "indirect", "found"),
    # other saying-verbs
    ("Anna Berg announced her resignation on Monday.", 0, "Anna Berg", "named_person", "unspecified", "indirect", "announced"),
    ("“It was a long day,” Anna Berg added.", 0, "Anna Berg", "named_person", "unspecified", "direct", "added"),
    ("Anna Berg insisted that the bridge was safe.", 0, "Anna Berg", "named_person", "unspecified", "indirect", "insisted"),
    ("Anna Berg claimed the bridge had been inspected.", 0, "Anna Berg", "named_person", "unspecified", "indirect", "claimed"),
    ("Anna Berg declared the bridge open.", 0, "Anna Berg", "named_person", "unspecified", "indirect", "declared"),
    ("Anna Berg admitted that mistakes had happened.", 0, "Anna Berg", "named_person", "unspecified", "indirect", "admitted"),
    ("Anna Berg denied any wrongdoing.", 0, "Anna Berg", "named_person", "unspecified", "indirect", "denied"),
    ("Engineers warned that the bridge could fall.", 0, "engineers", "vague", "unspecified", "indirect", "warned"),
    ("Anna Berg argued that the repairs were too slow.", 0, "Anna Berg", "named_person", "unspecified", "indirect", "argued"),
    ("Anna Berg accused the council of hiding the report.", 0, "Anna Berg", "named_person", "unspecified", "indirect", "accused"),
    ("Anna Berg described the damage as “severe.”", 0, "Anna Berg", "named_person", "unspecified", "partial", "described"),
    ("Anna Berg listed her priorities as “schools, roads and jobs.”", 0, "Anna Berg", "named_person", "unspecified", "partial", "listed"),
    ("“Why now?” Anna Berg asked.", 0, "Anna Berg", "named_person", "unspecified", "direct", "asked"),
    ("Anna Berg asked whether the bridge was safe.", 0, "Anna Berg", "named_person", "unspecified", "indirect", "asked"),
    ("The ministry called for calm after the collapse.", 0, "the ministry", "institution", "unspecified", "indirect", "called"),
    # institutions, spokespeople, news agencies
    ("The White House said the trip was on.", 0, "the White House", "institution", "unspecified", "indirect", "said"),
    ("Police said two men were arrested.", 0, "police", "institution", "unspecified", "indirect", "said"),
    ("Russia denied the claims on Tuesday.", 0, "Russia", "institution", "unspecified", "indirect", "denied"),
    ("White House spokesman Hogan Gidley said the trip was on.", 0, "Hogan Gidley", "spokesperson", "unspecified", "indirect", "said"),
    ("A ministry spokeswoman said the trip was on.", 0, "a ministry spokeswoman", "spokesperson", "unspecified", "indirect", "said"),
    (
        "“The trip is on,” said Tom Hale, a spokesman for the ministry.",
        0, "Tom Hale", "spokesperson", "unspecified", "direct", "said",
    ),
    ("VNA reported that the bridge had collapsed.", 0, "VNA", "news_agency", "unspecified", "indirect", "reported"),
    ("State media reported that the bridge had collapsed.", 0, "state media", "news_agency", "unspecified", "indirect", "reported"),
    # the verb without its own subject
    ("Anna Berg visited the site and said repairs would start soon.", 0, "Anna Berg", "named_person", "unspecified", "indirect", "said"),
    (
        "The ministry issued a statement on Monday, saying repairs would start soon.",
        0, "the ministry", "institution", "statement", "indirect", "saying",
    ),
]


@pytest.mark.parametrize("text, sid, speaker, stype, channel, kind, cue", [c for c in CASES if c[2] or c[3]])
def test_attribution_case(text, sid, speaker, stype, channel, kind, cue):
    a = only(text, sid)
    got = (a["speaker"], a["source_type"], a["channel"], a["quote_kind"], a["cue"])
    assert got == (speaker, stype, channel, kind, cue), a["explanation"]


LEAVE_ALONE = [
    "He is said to be very rich.",
    "The so-called deal collapsed in March.",
    "The said property was sold at auction.",
    "That says a lot about the city.",
    "The protesters were told to leave the square.",
    "The story told in the film is true.",
    "That said, the plan has merits.",
    "Needless to say, the bridge was closed.",
    "The storm claimed the lives of 12 people.",
    "The company added 200 jobs in May.",
    "She called her mother from the station.",
    "Trump asked Bolton to stay for dinner.",
    "He wrote a book about the war.",
    "The alleged hackers were charged in Boston.",
    "WASHINGTON, United States (AFP) — The bridge was closed.",
    "The film shows a city at war.",
    "They want a say in the matter.",
    "On Instagram, the club posted a photo of the bridge.",
]


@pytest.mark.parametrize("text", LEAVE_ALONE)
def test_not_an_attribution(text):
    assert attributions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declined to comment.",
        "Anna Berg did not respond to a request for comment.",
        "Tom Hale could not be reached for comment.",
    ],
)
def test_no_comment_is_listed_not_attributed(text):
    attrs, no_comment = find_attributions_in("The bridge closed on Monday. " + text)
    assert attrs == []
    assert no_comment == [1]


# ---------------------------------------------------------------------------
# Speaker resolution
# ---------------------------------------------------------------------------
def test_role_resolves_to_the_person_introduced_with_it():
    a = only("Health Minister Anna Berg visited the site. The minister said repairs would start soon.", 1)
    assert (a["speaker"], a["speaker_mention"], a["named"]) == ("Anna Berg", "The minister", True)


def test_surname_resolves_to_full_name_and_title_is_stripped():
    a = only("Dr. Anna Berg leads the team. Berg said the results were clear.", 1)
    assert a["speaker"] == "Anna Berg"
    a = only("Sen. Tom Hale spoke. Mr. Hale said the vote was close.", 1)
    assert a["speaker"] == "Tom Hale"


def test_surname_resolves_even_when_full_name_comes_later():
    text = "Hale says bridge is safe\n\nSenator Tom Hale said the bridge would reopen."
    found = attributions(text)
    assert [a["speaker"] for a in found] == ["Tom Hale", "Tom Hale"]


def test_pronoun_resolves_to_the_last_person_talked_about():
    a = only("President Tom Hale met Anna Berg on Monday. He said the talks went well.", 1)
    assert (a["speaker"], a["speaker_mention"]) == ("Tom Hale", "He")


def test_pronoun_skips_a_person_of_the_other_gender():
    a = only("Tom Hale spoke first. Sarah Lee followed him. He said the plan was fair.", 2)
    assert a["speaker"] == "Tom Hale"
    a = only("Tom Hale spoke first. Sarah Lee followed him. She said the plan was fair.", 2)
    assert a["speaker"] == "Sarah Lee"


def test_spokesperson_title_resolves_to_named_press_secretary():
    a = only("Press Secretary Sarah Sanders spoke on Monday. The press secretary said the trip was on.", 1)
    assert (a["speaker"], a["source_type"], a["named"]) == ("Sarah Sanders", "spokesperson", True)


def test_the_president_prefers_the_president_most_talked_about():
    text = (
        "US President Tom Hale met Russian President Ivan Petrov. Hale spoke first. "
        "Hale later left. The US president said the talks went well."
    )
    assert only(text, 3)["speaker"] == "Tom Hale"


# ---------------------------------------------------------------------------
# Quotations
# ---------------------------------------------------------------------------
def test_continued_quote_has_the_same_speaker_and_is_direct():
    text = 'Coach Maria Lopez spoke after the game. "We are ready," she said. "The team has trained for months."'
    found = attributions(text)
    assert [(a["sentence"], a["speaker"], a["quote_kind"]) for a in found] == [
        (1, "Maria Lopez", "direct"),
        (2, "Maria Lopez", "direct"),
    ]
    assert found[1]["quote"] == "The team has trained for months."
    assert "continued quote" in found[1]["explanation"]


def test_quote_of_two_sentences_is_attributed_in_both():
    found = attributions("“The bridge is safe. We checked it twice,” Anna Berg said.")
    assert [(a["sentence"], a["speaker"], a["quote_kind"]) for a in found] == [
        (0, "Anna Berg", "direct"),
        (1, "Anna Berg", "direct"),
    ]


def test_a_quote_with_no_one_before_it_is_not_a_continuation():
    assert attributions('The bridge closed. "Nobody told us," a sign read.') == []


def test_quote_text_has_no_marks_and_offsets_point_into_the_text():
    text = "The bridge closed. “It was a long day,” Anna Berg added."
    a = only(text, 1)
    assert a["quote"] == "It was a long day"
    assert text[a["start"] : a["end"]] == "“It was a long day,” Anna Berg added"


def test_straight_and_curly_quotes_read_alike():
    curly = only("“We won,” said Tom Hale.")
    straight = only('"We won," said Tom Hale.')
    assert (curly["quote"], curly["quote_kind"]) == (straight["quote"], straight["quote_kind"]) == ("We won", "direct")


def test_saying_verb_inside_a_quotation_is_not_a_cue():
    a = only("“Everyone said it could not be done,” Anna Berg said.")
    assert a["speaker"] == "Anna Berg"


# ---------------------------------------------------------------------------
# Explanations
# ---------------------------------------------------------------------------
def test_explanation_names_rule_words_type_and_channel():
    a = only("“The bridge is safe,” tweeted Tom Hale, who chairs the committee.")
    e = a["explanation"]
    assert "Rule 'quote, then saying-verb and speaker'" in e
    assert "'tweeted Tom Hale'" in e
    assert "named person" in e and "social media" in e


def test_explanation_flags_a_judging_verb():
    assert "not a neutral word" in only("Anna Berg claimed the bridge was safe.")["explanation"]
    assert "not a neutral word" not in only("Anna Berg said the bridge was safe.")["explanation"]


def test_explanation_says_how_a_pronoun_was_resolved():
    e = only("Tom Hale arrived late. He said the roads were closed.", 1)["explanation"]
    assert "'He' points back to Tom Hale" in e


# ---------------------------------------------------------------------------
# The seed article (pedagogy.md: what the sourcing lesson needs from it)
# ---------------------------------------------------------------------------
def test_seed_sourcing_matches_the_lesson(seed_report):
    attrs = seed_report.attributions
    tweets = [(a["speaker"], a["source_type"]) for a in attrs if a["channel"] == "social_media" and a["cue"] == "tweeted"]
    assert ("Donald Trump", "named_person") in tweets
    assert ("Sarah Sanders", "spokesperson") in tweets
    assert sum(1 for s, _ in tweets if s == "Donald Trump") == 2
    types = {a["source_type"] for a in attrs}
    assert {"institution", "document", "vague"} <= types
    assert "anonymous" not in types
    assert any(a["speaker"] == "the White House" and a["sentence"] == 0 for a in attrs)
    assert any(a["cue"] == "allege" and a["source_type"] == "document" for a in attrs)
    vague = {a["cue"] for a in attrs if a["source_type"] == "vague"}
    assert vague == {"saw as", "criticism from across the political spectrum"}


def test_seed_attributions_follow_the_contract(seed_report, seed_text):
    for a in seed_report.attributions:
        assert list(a) == KEYS
        assert a["source_type"] in SOURCE_TYPES
        assert a["channel"] in CHANNELS
        assert a["quote_kind"] in QUOTE_KINDS
        assert seed_text[a["start"] : a["end"]].strip() == seed_text[a["start"] : a["end"]]
        sent = seed_report.sentence(a["sentence"])
        assert sent["start"] <= a["start"] < a["end"] <= sent["end"]
        if a["quote"]:
            assert a["quote"].split(" … ")[0] in seed_text
        assert a["explanation"].startswith("Rule '") and a["explanation"].endswith(".")


def test_analyze_counts_sources_and_no_comment():
    r = analyze("Critics say the plan may fail. The mayor declined to comment.", name="t")
    assert r.summary["vague"] == 1
    assert r.summary["no_comment"] == [1]
