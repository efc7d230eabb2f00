"""Framing cues (helpers/framing.py): the words with which a text frames its story.

Every case is a sentence of our own. CATCH lists sentences in which a cue of a
category must be found (the cue's words are given, as the report would show
them); LEAVE_ALONE lists sentences in which that category must find nothing,
usually because the same word is used in another sense ("in May", "claimed
the title", "was tired", "exposed to").
"""

from __future__ import annotations

import shutil

import pytest

from helpers import framing
from helpers.framing import cue_list, find_framing, neutral_alternative
from helpers.vocabulary import FRAMING_CATEGORIES


def _sentences(text: str) -> list[dict]:
    """One sentence per line (the tests do not depend on the sentence splitter)."""
    out, pos = [], 0
    for line in text.split("\n"):
        start = text.index(line, pos)
        if line.strip():
            out.append(
                {
                    "id": len(out),
                    "part": "body",
                    "text": line,
                    "start": start,
                    "end": start + len(line),
                }
            )
        pos = start + len(line)
    return out


def frames(text: str, attributions: list[dict] | None = None) -> list[dict]:
    return find_framing(text, _sentences(text), attributions or [])


def cues(text: str, category: str, attributions: list[dict] | None = None) -> list[str]:
    return [f["text"] for f in frames(text, attributions) if f["category"] == category]


CATCH = [
    # added from a probe of new texts: tabloid labels, a welcome move, a growing number
    (
        "loaded_language",
        "The hitmaker splashed the cash on a villa.",
        ["hitmaker", "splashed the cash"],
    ),
    ("editorializing", "In a welcome move, the council froze rents.", ["In a welcome move"]),
    ("weasel", "A growing number of economists doubt the plan.", ["growing number"]),
    ("intensifier", "The crowd gave her a thunderous ovation.", ["thunderous"]),
    # loaded language
    ("loaded_language", "The regime jailed the strongman's critics.", ["regime", "strongman"]),
    (
        "loaded_language",
        "He was criticised for his unsettling embrace of the leader.",
        ["unsettling embrace"],
    ),
    (
        "loaded_language",
        "The opposition slammed the draconian crackdown.",
        ["slammed", "draconian crackdown"],
    ),
    ("loaded_language", "Radical ideas spread fast.", ["Radical"]),
    (
        "loaded_language",
        "The deal was agreed behind closed doors and waved through.",
        ["behind closed doors", "waved through"],
    ),
    # intensifier
    (
        "intensifier",
        "The plan drew strong criticism and was clearly rushed.",
        ["strong criticism", "clearly"],
    ),
    (
        "intensifier",
        "The storm caused massive, unprecedented damage.",
        ["massive", "unprecedented"],
    ),
    # hedge
    ("hedge", "The study suggests the drug may help slightly.", ["suggests", "may", "slightly"]),
    ("hedge", "Could the plan fail?", ["Could"]),
    ("hedge", "It was his seeming acceptance of the denial that upset voters.", ["seeming"]),
    # doubt
    ("doubt", "The alleged hacker ran a so-called charity.", ["alleged", "so-called"]),
    (
        "doubt",
        "He claimed to be a doctor and supposedly treated hundreds.",
        ["claimed to be", "supposedly"],
    ),
    # attribution verbs
    ("attribution_verb", "He claimed that the vote was rigged.", ["claimed"]),
    ("attribution_verb", "\u201cWe will win,\u201d she insisted.", ["insisted"]),
    (
        "attribution_verb",
        "The minister admitted the figures were wrong and denied any cover-up.",
        ["admitted", "denied"],
    ),
    ("attribution_verb", "The mayor maintained that the budget was sound.", ["maintained"]),
    # presupposition
    ("presupposition", "The files revealed that the mayor had lied.", ["revealed"]),
    ("presupposition", "She realised the error only later.", ["realised"]),
    # weasel
    ("weasel", "Critics say the law goes too far.", ["Critics say"]),
    ("weasel", "Questions remain about the cost.", ["Questions remain"]),
    ("weasel", "There are also questions about the date.", ["There are also questions"]),
    ("weasel", "It is, by common consent, the best bridge in town.", ["by common consent"]),
    ("weasel", "It\u2019s widely believed that the dam is unsafe.", ["It\u2019s widely believed"]),
    ("weasel", "Traders on the quay said business had collapsed.", ["Traders on the quay said"]),
    ("weasel", "The summit was marred by what many saw as weakness.", ["many saw"]),
    # scare quotes
    (
        "scare_quote",
        "The minister described the cuts as \u201csavings.\u201d",
        ["\u201csavings.\u201d"],
    ),
    ("scare_quote", "The \u201creforms\u201d hurt the poorest families.", ["\u201creforms\u201d"]),
    (
        "scare_quote",
        "Locals mocked the council\u2019s \u2018regeneration\u2019 plan.",
        ["\u2018regeneration\u2019"],
    ),
    # agentless passives
    ("agentless_passive", "Mistakes were made.", ["were made"]),
    ("agentless_passive", "The results are expected on Monday.", ["are expected"]),
    ("agentless_passive", "Twelve officers were indicted over the hacking.", ["were indicted"]),
    ("agentless_passive", "The documents were stolen last year.", ["were stolen"]),
    ("agentless_passive", "The report will be published by Friday.", ["be published"]),
    (
        "agentless_passive",
        "A new chief is expected to be appointed soon.",
        ["is expected to be appointed"],
    ),
    ("agentless_passive", "The claims are being investigated.", ["are being investigated"]),
    ("agentless_passive", "The bridge was not properly inspected.", ["was not properly inspected"]),
    # editorializing
    ("editorializing", "On the defensive, he declared victory.", ["On the defensive"]),
    (
        "editorializing",
        "She reacted angrily in a bid to end the row.",
        ["reacted angrily", "in a bid to"],
    ),
    (
        "editorializing",
        "The president, who has come under fire at home, said little.",
        ["come under fire"],
    ),
    # the writer's own words for secrecy, reversals and stretched time
    ("loaded_language", "The council quietly changed course in a U-turn.", ["quietly", "U-turn"]),
    ("loaded_language", "Critics say the firm was cutting corners.", ["cutting corners"]),
    ("loaded_language", "The board wants to water it down.", ["water it down"]),
    ("intensifier", "The packs arrived a full week early.", ["a full week"]),
    ("intensifier", "Talks went on deep into the night.", ["deep into"]),
    ("editorializing", "Her deputy went further, calling it a lie.", ["went further"]),
    ("editorializing", "The apology has done little to calm the row.", ["has done little to"]),
    (
        "editorializing",
        "Lund struck a noticeably more contrite tone.",
        ["struck a noticeably more contrite tone"],
    ),
    ("intensifier", "The row has badly dented his image.", ["badly"]),
    ("editorializing", "Residents were less forgiving.", ["less forgiving"]),
    ("editorializing", "The apology cut little ice with fans.", ["cut little ice"]),
    ("editorializing", "The timing could hardly be worse.", ["could hardly be worse"]),
    ("loaded_language", "The council massaged the figures.", ["massaged the figures"]),
    ("loaded_language", "Forty fans were crammed into one room.", ["crammed into"]),
    ("editorializing", "She listened impassively.", ["impassively"]),
    ("agentless_passive", "The surgeon was allowed to keep operating.", ["was allowed"]),
]

LEAVE_ALONE = [
    # a fire that burned through a forest is no spending spree
    ("loaded_language", "The fire burned through 2,000 hectares of forest."),
    ("weasel", "There are also chairs in the hall, and a form asks for consent."),
    ("intensifier", "The complaint was handled badly."),
    ("editorializing", "The new test is less generous with marks."),
    ("loaded_language", "The physio massaged his calf."),
    ("agentless_passive", "Staff are not allowed to speak to the press."),
    ("loaded_language", "The government jailed the leader's critics."),
    ("loaded_language", "The Radical Party won two seats."),
    ("loaded_language", "He followed a strict regimen of exercise."),
    ("loaded_language", "She said: \u201cThe regime is a gang of thugs.\u201d"),
    ("intensifier", "A strong wind blew across the bay."),
    ("hedge", "The vote took place in May."),
    ("hedge", "May 5 was a sunny day."),
    ("hedge", "Theresa May spoke to reporters."),
    ("hedge", "The country showed its military might."),
    ("hedge", "The mayor could not be reached for comment."),
    ("hedge", "The mayoral race is tight."),
    ("doubt", "He was supposed to arrive at noon."),
    ("doubt", "The self-driving bus would be late."),
    ("attribution_verb", "She claimed the title in 2019."),
    ("attribution_verb", "The storm claimed 40 lives."),
    ("attribution_verb", "He was admitted to hospital on Friday."),
    ("attribution_verb", "The government declared a state of emergency."),
    ("attribution_verb", "The judge said the case was closed, and warned of delays."),
    ("attribution_verb", "The accused sat silently."),
    ("attribution_verb", "The indictment alleges that they stole e-mails."),
    ("presupposition", "Workers were exposed to asbestos."),
    ("weasel", "Two critics said the law goes too far."),
    ("weasel", "People familiar with the talks said a deal was near."),
    ("weasel", "Anna Berg, a historian, said the statue should stay."),
    ("scare_quote", "The mayor said the post was published \u201cin error.\u201d"),
    ("scare_quote", "Her new film \u201cNorthern Lights\u201d opens on Friday."),
    ("scare_quote", "\u201cNonsense,\u201d she said."),
    ("scare_quote", "He used the word \u201cfreedom\u201d nine times."),
    ("agentless_passive", "The suspects were indicted by a grand jury."),
    ("agentless_passive", "She was tired after the match."),
    ("agentless_passive", "The company is based in Ohio."),
    ("agentless_passive", "He campaigned for the wall to be rebuilt."),
    ("agentless_passive", "The minister was born in 1960."),
    ("agentless_passive", "Police arrested the suspect on Monday."),
    ("agentless_passive", "A man who asked not to be named said the shop is closed."),
    ("agentless_passive", "The decision is set to be announced by the president."),
    ("editorializing", "She reacted to the news on Tuesday."),
    ("editorializing", "The bus went further than planned into the hills."),
    ("intensifier", "The club signed a full-back on a year's loan."),
    ("loaded_language", "Water poured down the hill after the storm."),
]


@pytest.mark.parametrize(("category", "text", "expected"), CATCH)
def test_catches(category, text, expected):
    assert cues(text, category) == expected


@pytest.mark.parametrize(("category", "text"), LEAVE_ALONE)
def test_leaves_alone(category, text):
    assert cues(text, category) == []


def test_every_category_has_a_case_to_catch_and_one_to_leave_alone():
    for category in FRAMING_CATEGORIES:
        assert any(c == category for c, *_ in CATCH), category
        assert any(c == category for c, _ in LEAVE_ALONE), category


def test_findings_follow_the_contract():
    text = (
        "Critics say the strongman may have clearly lost.\n"
        "Mistakes were made, and the mayor called the plan a \u201csuccess.\u201d"
    )
    found = frames(text)
    assert found, "no cue found"
    for f in found:
        assert set(f) == {"sentence", "text", "category", "start", "end", "explanation"}
        assert text[f["start"] : f["end"]] == f["text"]
        assert f["category"] in FRAMING_CATEGORIES
        # one sentence a student can read
        assert f["explanation"].endswith(".") and ". " not in f["explanation"]
    assert [f["start"] for f in found] == sorted(f["start"] for f in found)
    assert {f["sentence"] for f in found} == {0, 1}


def test_explanations_name_the_cue_and_the_kind_of_cue():
    text = (
        "Critics say the regime was clearly, possibly, allegedly hiding facts.\n"
        "He insisted the report revealed a plot; mistakes were made.\n"
        "On the defensive, the mayor described the cuts as \u201csavings.\u201d"
    )
    words = {
        "weasel": "weasel",
        "loaded_language": "loaded language",
        "intensifier": "intensifier",
        "hedge": "hedge",
        "doubt": "doubt",
        "attribution_verb": "speech verb",
        "presupposition": "fact",
        "agentless_passive": "passive",
        "editorializing": "editorializing",
        "scare_quote": "scare quotes",
    }
    found = {f["category"]: f for f in frames(text)}
    assert set(found) == set(FRAMING_CATEGORIES)
    for category, f in found.items():
        assert words[category] in f["explanation"], f["explanation"]
        assert f["text"].strip("\u201c\u201d.") in f["explanation"], f["explanation"]


def test_loaded_language_offers_a_plainer_word():
    assert neutral_alternative("strongman") == "leader"
    assert neutral_alternative("Slammed") == "criticise"
    assert neutral_alternative("unsettling embrace") == "close relationship"
    assert neutral_alternative("table") is None
    (f,) = frames("The strongman spoke.")
    assert "'leader'" in f["explanation"]


def test_cues_inside_quotation_marks_are_the_speakers_not_the_writers():
    text = "\u201cThe Fake News Media are clearly the enemy,\u201d he tweeted."
    assert [f["category"] for f in frames(text)] == []


def test_a_title_case_headline_is_not_mistaken_for_names():
    assert cues("Critics Slam Strongman Over Brutal Crackdown", "loaded_language") == [
        "Slam Strongman",
        "Brutal Crackdown",
    ]


def test_overlapping_cues_of_one_category_count_once_and_the_longest_wins():
    assert cues("Many believe it is widely believed to be so.", "weasel") == [
        "Many believe",
        "it is widely believed",
    ]
    assert cues("The plan drew strong criticism.", "intensifier") == ["strong criticism"]


def test_a_passive_inside_a_weasel_phrase_is_both():
    # "Two categories may share words when both truly apply" (tests/gold/README.md): nobody
    # is named as the authority, and the passive hides who believes it; the answer keys mark
    # "is understood" as either or both
    found = frames("It is widely believed that the dam leaks.")
    assert sorted((f["text"], f["category"]) for f in found) == [
        ("It is widely believed", "weasel"),
        ("is widely believed", "agentless_passive"),
    ]


def test_with_modals_the_hedge_and_the_passive_do_not_overlap():
    found = frames("Charges could be filed next week.")
    assert [(f["text"], f["category"]) for f in found] == [
        ("could", "hedge"),
        ("be filed", "agentless_passive"),
    ]


def test_a_vague_source_found_by_the_attribution_rules_is_a_weasel_cue():
    text = "Bloggers grumbled that the festival was too loud."
    vague = {
        "sentence": 0,
        "speaker": None,
        "speaker_mention": "Bloggers",
        "source_type": "vague",
        "channel": "unspecified",
        "quote_kind": "indirect",
        "cue": "grumbled",
        "quote": None,
        "named": False,
        "start": 0,
        "end": 17,
        "explanation": "",
    }
    assert cues(text, "weasel") == []
    assert cues(text, "weasel", [vague]) == ["Bloggers"]
    named = {**vague, "source_type": "named_person", "speaker": "Bloggers"}
    assert cues(text, "weasel", [named]) == []


def test_a_short_quote_the_article_attributes_is_a_partial_quote_not_a_scare_quote():
    text = "The mayor hailed a \u201chistoric day\u201d for the town."
    assert cues(text, "scare_quote") == ["\u201chistoric day\u201d"]
    attribution = {
        "sentence": 0,
        "quote": "historic day",
        "quote_kind": "partial",
        "start": 0,
        "end": 44,
    }
    assert cues(text, "scare_quote", [attribution]) == []


def test_a_fragment_quoted_in_full_elsewhere_is_not_a_scare_quote():
    text = (
        "\u201cOur plan is a great success for everyone,\u201d the mayor said.\n"
        "Not everyone saw a \u201cgreat success\u201d on Friday."
    )
    assert cues(text, "scare_quote") == []
    # ... unless the writer holds the label at a distance: "what he called"
    text2 = text.replace("Not everyone saw a", "Not everyone agreed with what he called a")
    assert cues(text2, "scare_quote") == ["\u201cgreat success\u201d"]


def test_seed_article_cues_from_the_lesson_plan(seed_report):
    found = {(f["text"].strip("\u201c\u201d."), f["category"]) for f in seed_report.framing}
    for expected in [
        ("strongman", "loaded_language"),
        ("unsettling embrace", "loaded_language"),
        ("seeming", "hedge"),
        ("On the defensive", "editorializing"),
        ("declared", "attribution_verb"),
        ("incredible", "scare_quote"),
        ("many saw", "weasel"),
        ("strong criticism", "intensifier"),
    ]:
        assert expected in found, expected


def test_every_list_says_what_it_marks_and_where_it_comes_from():
    for category in (*FRAMING_CATEGORIES, "saying_verbs"):
        path = framing.DATA_DIR / f"{category}.txt"
        head = path.read_text(encoding="utf-8").split("\n\n")[0]
        assert head.startswith("# "), category
        assert "comes from" in head or "Where it comes from" in head, category
        assert len(cue_list(category)) >= 20, category
    assert len(cue_list("loaded_language")) >= 150


def test_a_teacher_can_add_a_cue_by_adding_a_line(tmp_path, monkeypatch):
    folder = tmp_path / "framing"
    shutil.copytree(framing.DATA_DIR, folder)
    with (folder / "loaded_language.txt").open("a", encoding="utf-8") as fh:
        fh.write("\nboondoggler => planner\nfat-cat bosses\nmegaproject*\n")
    text = "The boondoggler met the fat-cat bosses about megaprojects."
    assert cues(text, "loaded_language") == []
    monkeypatch.setattr(framing, "DATA_DIR", folder)
    framing._index.cache_clear()
    try:
        assert cues(text, "loaded_language") == ["boondoggler", "fat-cat bosses", "megaprojects"]
        assert neutral_alternative("boondoggler") == "planner"
    finally:
        framing._index.cache_clear()


def test_list_features_documented_in_the_readme():
    # "_" any one word, "..." up to four words, "(that)" context, [lowercase]
    assert cues("The fire claimed three lives.", "attribution_verb") == []
    assert cues("Shipping companies have complained about fees.", "weasel") == [
        "companies have complained"
    ]
    assert cues("She maintained that nothing was wrong.", "attribution_verb") == ["maintained"]
    assert cues("Shops maintained the old prices.", "attribution_verb") == []
    assert cues("May brought rain, and it may bring more.", "hedge") == ["may"]


def test_no_sentences_no_findings():
    assert find_framing("Mistakes were made.", [], []) == []
    assert find_framing("", [], []) == []


def test_credit_and_copyright_lines_are_not_the_writers_prose():
    text = "The strongman smiled.\nPhoto: strongman archive\nAll rights are reserved."
    sents = _sentences(text)
    sents[1]["part"], sents[2]["part"] = "credit", "copyright"
    found = find_framing(text, sents, [])
    assert [(f["sentence"], f["text"]) for f in found] == [(0, "strongman")]


def test_a_quotation_that_runs_on_into_the_next_paragraph_stays_a_quotation():
    text = (
        "\u201cThe regime has clearly failed,\u201d she said. \u201cIt must go.\n"
        "\u201cThe strongman should resign,\u201d she added."
    )
    assert [f["category"] for f in frames(text)] == []


def test_a_passive_after_a_modal_hides_who_acts():
    assert cues("Half the wheat crop could be lost this summer.", "agentless_passive") == [
        "be lost"
    ]
    assert cues("Two hundred jobs were lost.", "agentless_passive") == ["were lost"]
    # "lost" as a state of mind is not a passive
    assert cues("The old man was lost in thought.", "agentless_passive") == []


def test_a_setback_told_as_a_punch_is_loaded():
    assert cues("The ruling is a blow for the mayor.", "loaded_language") == ["a blow"]
    assert cues("He took a blow to the head in the second half.", "loaded_language") == []


def test_the_writer_calling_a_post_emotional_is_editorializing():
    assert cues("She said goodbye in an emotional post.", "editorializing") == ["emotional"]
    assert cues("She said goodbye in a short post.", "editorializing") == []


def test_reaction_words_in_their_plain_sense_are_left_alone():
    assert cues("The minister met with relief workers in the camp.", "editorializing") == []
    assert cues("Victims need emotional support, doctors said.", "editorializing") == []
    assert cues("The heated pool will close in May.", "editorializing") == []


def test_the_writer_describing_a_reaction_or_a_meeting_is_editorializing():
    assert cues("The ruling was met with relief in the town.", "editorializing") == [
        "met with relief"
    ]
    assert cues("After a heated meeting, the plan passed.", "editorializing") == ["heated"]
    assert cues("The mayor met with residents in the town.", "editorializing") == []


def test_relief_as_a_feeling_is_not_a_passive():
    assert cues("Residents were relieved that the pipes will go.", "agentless_passive") == []
    assert cues("He was relieved of his duties.", "agentless_passive") == ["was relieved"]


def test_being_understood_to_is_a_rumour_not_a_passive():
    assert cues("Several clubs are understood to be watching him.", "agentless_passive") == []
    # other uses of the same verbs are passives like any other
    assert cues("The rule was understood as a ban.", "agentless_passive") == ["was understood"]
    assert cues("The money was divided among the staff.", "agentless_passive") == ["was divided"]


def test_more_writer_words():
    assert cues("After months of sabre-rattling, talks resumed.", "loaded_language") == [
        "sabre-rattling"
    ]
    assert cues("He posted a cryptic photograph.", "editorializing") == ["cryptic"]
    assert cues("Drusland appeared ready to free them.", "hedge") == ["appeared ready"]
    assert cues("He spoke only to confirm his name.", "presupposition") == []


def test_declaring_an_event_is_an_act_not_a_judging_verb():
    assert cues("The mayor declared three days of mourning.", "attribution_verb") == []
    assert cues("The mayor declared a state of emergency.", "attribution_verb") == []
    assert cues("The mayor declared that the town was safe.", "attribution_verb") == ["declared"]


def test_overstatement_and_weary_looks():
    assert cues("Cases are far higher than reported.", "intensifier") == ["far higher"]
    assert cues("She attacked him relentlessly.", "intensifier") == ["relentlessly"]
    assert cues("A tired-looking Brekk spoke.", "editorializing") == ["tired-looking"]
    assert cues("The preliminary report came out on Monday.", "hedge") == []


def test_axing_and_stopping_short():
    assert cues("The council plans to axe the school.", "loaded_language") == ["axe"]
    assert cues("He swung an axe at the door.", "loaded_language") == []
    assert cues("She stopped short of calling for his resignation.", "editorializing") == [
        "stopped short of"
    ]
    assert cues("The driver is said to be cooperating.", "agentless_passive") == []
    assert cues("The driver is said to be cooperating.", "weasel") == ["is said to"]


def test_the_writer_judging_how_someone_took_the_news():
    text = "Oskar Lind was unapologetic. His deputy was more guarded. She took a swipe at critics."
    assert cues(text, "editorializing") == [
        "was unapologetic",
        "was more guarded",
        "took a swipe at",
    ]
    # a plain state is not a judgement of the person
    assert cues("Oskar Lind was unavailable on Monday.", "editorializing") == []


def test_feelings_put_into_the_facts():
    assert cues("It ended a bitter trade war after a gruelling night.", "loaded_language") == [
        "bitter",
        "gruelling",
    ]
    assert cues("The trade war ended after a long night.", "loaded_language") == []


def test_claim_as_a_noun_is_not_a_judging_verb():
    assert cues("Their asylum claim was rejected in May.", "attribution_verb") == []
    assert cues("Families whose claims were refused appealed.", "attribution_verb") == []
    assert cues("He claims the count was rigged.", "attribution_verb") == ["claims"]


def test_review_misfires_of_the_new_framing_entries_stay_fixed():
    assert cues("Many claim the new tax will hurt farmers.", "attribution_verb") == ["claim"]
    assert cues("The storm brought bitter cold to the north.", "loaded_language") == []
    assert cues("Police said the gunman took aim at the crowd.", "editorializing") == []
    assert cues("Shares in Halvor Pharma were unmoved.", "editorializing") == []


def test_prefixed_irregular_and_short_participles_are_passives():
    assert cues("The money would be repaid within a year.", "agentless_passive") == ["be repaid"]
    assert cues("The trees can be regrown.", "agentless_passive") == ["be regrown"]
    assert cues("She was sued for libel.", "agentless_passive") == ["was sued"]
    # leave alone: four-letter -ed words that are no participles; an agent named
    assert cues("The need was great and the bed was red.", "agentless_passive") == []
    assert cues("She was sued by her landlord.", "agentless_passive") == []


def test_more_short_and_irregular_participles_are_passives():
    assert cues("The interview was broadcast on Sunday.", "agentless_passive") == ["was broadcast"]
    assert cues("The data could be used against them.", "agentless_passive") == ["be used"]
    text = "The school was last refurbished in 1990."
    assert cues(text, "agentless_passive") == ["was last refurbished"]
    # leave alone: "used to" as a habit; a broadcast by someone named
    assert cues("She is used to working late.", "agentless_passive") == []
    assert cues("The match was broadcast by Radio Tarn.", "agentless_passive") == []


def test_a_quoted_label_before_its_noun_is_a_scare_quote_even_beside_speech():
    text = "The council said its “smart” meters were working."
    assert cues(text, "scare_quote") == ["“smart”"]
    text = "Halloran’s “tough love” methods were widely praised, the coach said."
    assert cues(text, "scare_quote") == ["“tough love”"]
    # leave alone: a name, a noun that is the quoted words themselves, words in "said that"
    assert cues("Ann Berg said the “Kingfisher” project was on time.", "scare_quote") == []
    text = "Trump said he looked forward to a “second meeting” with Putin."
    assert cues(text, "scare_quote") == []
    text = "The charity said that the ruling showed a “culture of disbelief” in the department."
    assert cues(text, "scare_quote") == []


def test_a_quoted_label_that_is_the_noun_itself_is_a_scare_quote():
    # after "the", "their", a possessive (and "own", "promised" between), beside speech too
    text = "The landlord blamed the damp on their “habits”, the tenants said."
    assert cues(text, "scare_quote") == ["“habits”"]
    text = "Shares fell as traders weighed the promised “efficiencies” against the cost, analysts said."
    assert cues(text, "scare_quote") == ["“efficiencies”"]
    text = "Even the club's own “wellbeing coach” was quoted by the paper, a fan said."
    assert cues(text, "scare_quote") == ["“wellbeing coach”"]
    # leave alone: after "a", after "was", a name
    text = "The mayor said she looked forward to a “fresh start” with the union."
    assert cues(text, "scare_quote") == []
    text = "The mayor said the deal was their “best” in years."
    assert cues(text, "scare_quote") == []
    assert cues("The union said the “Kestrel” plan had failed.", "scare_quote") == []


def test_doubt_over_a_group_and_reports_nobody_names_are_weasels():
    assert cues("Not all scientists are convinced.", "weasel") == [
        "Not all scientists are convinced"
    ]
    text = "Shares fell on reports that the chief executive would quit."
    assert cues(text, "weasel") == ["on reports that"]
    assert cues("Supporters hope the deal will hold.", "weasel") == ["Supporters hope"]
    # leave alone: plain facts about many people (a review's probes); a counted group;
    # a crowd's numbers
    assert cues("Tickets for many fans were cancelled.", "weasel") == []
    assert cues("For some workers, the new shifts start at 5am.", "weasel") == []
    assert cues("Two parents said the school had failed.", "weasel") == []
    assert cues("About 5,000 people were expected to attend.", "weasel") == []


def test_review_misfires_of_the_grown_lists_stay_fixed():
    assert cues("Meteoric iron was found at the crater site.", "intensifier") == []
    assert cues("The fuel tanks were tanked up before dawn.", "intensifier") == []
    assert cues("The bakery's baking conditions were inspected.", "intensifier") == []
    assert cues("The firm has a colourful history of logo designs.", "editorializing") == []
    # still caught: the judging senses
    assert cues("Her meteoric rise surprised the league.", "intensifier") == ["meteoric rise"]


def test_branded_is_a_judging_speech_verb_but_not_a_brand():
    text = "Viewers and fellow artists have branded the decision a disgrace."
    assert cues(text, "attribution_verb") == ["branded"]
    assert cues("The shop sells its own branded goods.", "attribution_verb") == []
    # a second review's probes: marking a product; a brand as a noun
    text = "Nike has branded its new trainers with a silver tick."
    assert cues(text, "attribution_verb") == []
    assert cues("The company's branding was updated in 2021.", "attribution_verb") == []


def test_confirmed_presupposes_only_a_belief_and_could_not_is_no_hedge():
    text = "For many supporters, the leak merely confirmed what they had long suspected."
    assert cues(text, "presupposition") == ["confirmed"]
    assert cues("The figures confirmed their worst fears.", "presupposition") == ["confirmed"]
    assert cues("Talks could resume on Thursday.", "hedge") == ["could"]
    # leave alone: an official confirming a fact (35 sets of keys never mark it); inability
    assert cues("Police confirmed that two men were arrested.", "presupposition") == []
    assert cues("She could not afford to lose a day's work.", "hedge") == []
    assert cues("The row could hardly have come at a worse moment.", "hedge") == []


def test_plain_words_the_annotators_never_marked_are_not_flagged():
    # sizes and shares, a plain "simply", a dated discovery, ownership, a demand
    text = (
        "Roughly 40 families, largely from the old estate, mostly tenants, moved out. "
        "The shop simply closed and the bus barely moved. "
        "The leak came to light on Monday. Both towns claim the island. "
        "The union demanded that the mill reopen. The two chefs' feud went on."
    )
    found = frames(text)
    assert found == [], [(f["category"], f["text"]) for f in found]


def test_claim_as_a_saying_verb_is_still_flagged():
    assert cues("Vane claims that the figures were wrong.", "attribution_verb") == ["claims"]
    assert cues("They claim the figures were wrong.", "attribution_verb") == ["claim"]
    assert cues("The figures, he claimed, were wrong.", "attribution_verb") == ["claimed"]
    assert cues("The claims were rejected.", "attribution_verb") == []
    assert cues("It was notoriously slow.", "intensifier") == ["notoriously"]


def test_a_group_speaking_as_a_general_truth_is_a_weasel():
    assert cues("Doctors urge caution over the pills.", "weasel") == ["Doctors urge"]
    assert cues("Staff describe chaotic scenes.", "weasel") == ["Staff describe"]
    # leave alone: a group the story points at, a group in the past tense
    assert cues("The doctors say the pills are safe.", "weasel") == []
    assert cues("Staff had warned managers in May.", "weasel") == []


def test_review_misfires_of_the_fifth_sessions_framing_stay_fixed():
    from helpers import analyze

    def found(text, category):
        return [f["text"] for f in analyze(text).to_dict()["framing"] if f["category"] == category]

    # a label inside what someone is reported as saying is their own word, not a scare quote
    text = "Inspectors said the “significant cracking” had been there for years."
    assert found(text, "scare_quote") == []
    # a speaker found with "claims" makes it a judging verb, whatever stands before it
    assert found("Tomlin claims the money was a loan.", "attribution_verb") == ["claims"]
    assert found("Both countries claim the hills around the lake.", "attribution_verb") == []
    # a counted group, or one the story points at, is no weasel
    assert found("Six nurses describe being shouted at.", "weasel") == []
    assert found("The junior doctors say the rota is unsafe.", "weasel") == []


def test_words_are_filed_where_annotators_put_them():
    assert cues("The proposal was brushed aside.", "loaded_language") == ["brushed aside"]
    assert cues("It was a bitter dispute.", "loaded_language") == ["bitter"]
    assert cues("She sounded noticeably warier.", "editorializing") == ["noticeably"]
    assert cues("She sounded noticeably warier.", "intensifier") == []


def test_a_newsroom_vouching_for_itself_is_a_weasel():
    for text, cue in (
        ("The Gazette understands that the cameras were ordered.", "The Gazette understands"),
        ("The family asked for privacy, the Advertiser understands.", "the Advertiser understands"),
    ):
        assert cues(text, "weasel") == [cue], text
    # leave alone: a person understanding, and a paper's name inside someone's words
    for text in (
        "Anna Bell understands that the plan will fail.",
        "“The Gazette understands nothing,” she said.",
    ):
        assert cues(text, "weasel") == [], text


def test_review_near_misses_of_the_new_framing_cues_stay_unmarked():
    for text, category in (
        ("The Prime Minister understands the anger of farmers.", "weasel"),
        ("The Gazette has learned the lesson of 2019.", "weasel"),
        ("The depot was badly managed for years.", "intensifier"),
        ("Each team is allowed to name five substitutes.", "agentless_passive"),
        ("The child was less kind to her brother than to her sister.", "editorializing"),
    ):
        assert cues(text, category) == [], text
    assert cues("The Daily Post has learned that the mayor resigned.", "weasel") == [
        "The Daily Post has learned"
    ]
    # a newsroom without "the", and its "learned" is no presupposition of its own
    text = "NRB News has learned that the deal was signed."
    assert cues(text, "weasel") == ["NRB News has learned"]
    assert cues(text, "presupposition") == []


def test_second_review_near_misses_of_framing_stay_unmarked():
    for text, category in (
        ("Anna Post understands that her client is upset.", "weasel"),
        ("Canada Post understands the anger of its staff.", "weasel"),
        ("Students crammed for their exams.", "loaded_language"),
    ):
        assert cues(text, category) == [], text


def test_passives_with_short_participles_and_after_had_to():
    text = (
        "A backing track had been cued up. Two whales had to be put down. "
        "The wall needs to be rebuilt."
    )
    found = cues(text, "agentless_passive")
    assert found == ["been cued", "had to be put", "needs to be rebuilt"]
    # leave alone: a score, an infinitive after a noun, and fixed phrases with "to be"
    text = (
        "The score was tied at half-time. He wants the wall to be rebuilt. "
        "If reports are to be believed, the deal is off. Such delays are to be expected."
    )
    assert cues(text, "agentless_passive") == []


def test_passives_with_ever_a_reflexive_or_a_hyphenated_participle():
    text = (
        "No fine was ever paid. The referee was herself struck. "
        "The ankle had not been X-rayed. The witness was cross-examined for an hour."
    )
    found = cues(text, "agentless_passive")
    assert found == ["was ever paid", "was herself struck", "been X-rayed", "was cross-examined"]
    # leave alone: compound adjectives, and an agent after a one-word infinitive
    text = (
        "The revival was short-lived. The firm is family-owned. "
        "The reporter was told to leave by the steward."
    )
    assert cues(text, "agentless_passive") == []


def test_states_and_idioms_that_look_like_passives():
    assert cues("The hall was packed with farmers.", "agentless_passive") == []
    assert cues("The two firms are locked in a bitter dispute.", "agentless_passive") == []
    assert cues("The side door was locked.", "agentless_passive") == ["was locked"]


def test_a_crowd_that_blames_or_opposes_is_a_weasel():
    assert cues("Many fishermen blame the new weir.", "weasel") == ["Many fishermen blame"]
    assert cues("Some locals opposed the mast.", "weasel") == ["Some locals opposed"]
    assert cues("Aid groups condemned the raid.", "weasel") == ["groups condemned"]
    assert cues("Western diplomats in the capital said little.", "weasel") == []
    # leave alone: a counted or pointed-at group, the audience of a call, the warned
    for text in (
        "The two groups condemned the raid.",
        "Investors on the earnings call asked about debt.",
        "Swimmers have been warned about the current.",
    ):
        assert cues(text, "weasel") == [], text


def test_the_writers_reading_of_a_mood_or_a_quarrel_is_editorializing():
    for text, cue in (
        ("By nightfall the mood in the square was ugly.", "the mood in the square was ugly"),
        ("The atmosphere turned frosty.", "The atmosphere turned frosty"),
        ("Tempers quickly flared.", "Tempers quickly flared"),
        ("The feud has turned personal.", "The feud has turned personal"),
        ("Party elders sprang to his defence.", "sprang to his defence"),
        ("The report paints a bleak picture.", "paints a bleak picture"),
        ("The coach struck a defiant note.", "struck a defiant note"),
    ):
        assert cues(text, "editorializing") == [cue], text
    assert cues("The mood was grim.", "loaded_language") == []
    # leave alone: a painting, a bell that struck, a defence lawyer
    for text in (
        "She painted a picture of the harbour.",
        "The clock struck nine.",
        "He rushed to the defence ministry.",
    ):
        assert cues(text, "editorializing") == [], text


def test_shares_and_prices_that_crash_tumble_or_slump_are_intensifiers():
    for text, cue in (
        ("Shares in the airline crashed on Friday.", "crashed"),
        ("The pound tumbled against the dollar.", "tumbled"),
        ("Profits at the chain slumped by half.", "slumped"),
        ("Stocks tumble as rates rise.", "tumble"),
    ):
        assert cues(text, "intensifier") == [cue], text
    # leave alone: the literal senses, and a fact named by its record
    for text in (
        "A van crashed into the bridge.",
        "The rider tumbled from his horse.",
        "She slumped against the wall.",
        "Rents hit a record high in June.",
    ):
        assert cues(text, "intensifier") == [], text


def test_certainty_overstated():
    assert cues("The bill is sure to pass.", "intensifier") == ["is sure to"]
    assert cues("A strike now looks almost certain.", "intensifier") == ["almost certain"]
    assert cues("Make sure to vote.", "intensifier") == []


def test_new_loaded_words_and_their_literal_near_misses():
    for text, cue in (
        ("The overblown fears faded.", "overblown"),
        ("The council rammed the budget through.", "rammed the budget through"),
        ("The grant is a lifeline for the club.", "lifeline"),
        ("The plan began to unravel in May.", "began to unravel"),
        ("Lawyers are dragging out the case.", "dragging out the case"),
    ):
        assert cues(text, "loaded_language") == [cue], text
    for text in (
        "Vandals slashed the tyres of six cars.",
        "The seats were slashed with a knife.",
        "Fate dealt a cruel twist.",
    ):
        assert cues(text, "loaded_language") == [], text
    assert cues("The board slashed the budget.", "loaded_language") == ["slashed"]


def test_literal_senses_of_judging_and_factive_verbs_stay_unmarked():
    for text, category in (
        ("Nurses agreed to admit the boy overnight.", "attribution_verb"),
        ("The prize had been claimed by March.", "attribution_verb"),
        ("He was shouting at the umpire.", "attribution_verb"),
        ("The deal would expose the town to heavy fines.", "presupposition"),
        ("Divers uncovered a cache of rifles.", "presupposition"),
        ("The drought exposed layers of clay.", "presupposition"),
        ("Tenants may still request a repair.", "hedge"),
    ):
        assert cues(text, category) == [], text
    assert cues("The audit exposed the fraud.", "presupposition") == ["exposed"]
    assert cues("The audit uncovered a cover-up.", "presupposition") == ["uncovered"]
    assert cues("Prices may still rise.", "hedge") == ["may"]


# --- hunt 12g: weasel crowds, reactions, judging words, states, literal senses ---------


def test_reportedly_and_sourcing_formulas_are_weasels():
    assert cues("Two clinics have reportedly shut.", "weasel") == ["reportedly"]
    assert cues("Two clinics have reportedly shut.", "hedge") == []
    assert cues("It is learnt that the coach will quit.", "weasel") == ["It is learnt"]
    assert cues("It is learnt that the coach will quit.", "presupposition") == []
    assert cues("There were claims that the count was late.", "weasel") == ["There were claims"]
    assert cues("There were claims that the count was late.", "attribution_verb") == []
    # leave alone: a student who learnt a lesson, a person who claims
    assert cues("She learnt that the count was late.", "weasel") == []
    assert cues("He claims that the count was late.", "attribution_verb") == ["claims"]


def test_a_vague_crowd_as_agent_or_taking_a_stand_is_a_weasel():
    for text, cue in (
        ("The ruling was met with dismay by many observers.", "by many observers"),
        ("Others back the new curfew.", "Others back"),
        ("Some parents quietly support the curfew.", "parents quietly support"),
        ("Property developers voiced similar anger.", "developers voiced"),
        ("Industry insiders have long warned of a glut.", "Industry insiders have long warned"),
    ):
        assert cues(text, "weasel") == [cue], text
    # leave alone: a particular group, a need for support, a return home, a named firm's staff
    for text in (
        "The ruling was welcomed by the two unions.",
        "Many parents need more support.",
        "Some residents came back home.",
        "Economists at Norbank estimate growth at two per cent.",
        "Industry figures show a fall in sales.",
    ):
        assert cues(text, "weasel") == [], text


def test_the_writers_reading_of_a_reaction_or_a_motive():
    for text, cue in (
        ("Local traders were less sanguine.", "less sanguine"),
        ("The envoy was more effusive.", "more effusive"),
        ("Outside experts were cautious.", "were cautious"),
        ("The mayor is reluctant to take the blame.", "is reluctant to"),
    ):
        assert cues(text, "editorializing") == [cue], text
    # leave alone: a sanguine thing compared in plain terms, and a caution sign
    for text in ("The new roof is more waterproof.", "A caution sign stood by the gate."):
        assert cues(text, "editorializing") == [], text


def test_more_judging_words_and_their_plain_neighbours():
    for text, cue in (
        ("The board tried to rush the plan through.", "rush the plan through"),
        ("The rollout was anything but smooth.", "anything but"),
        ("The rivals traded insults all week.", "traded insults"),
        ("The deal was struck in closed-door talks.", "closed-door"),
        ("Deficit hawks want cuts.", "Deficit hawks"),
        ("The audit papered over the losses.", "papered over"),
        ("The curriculum was driven by ideology.", "driven by ideology"),
        ("The vapes were aggressively marketed to teenagers.", "aggressively marketed"),
    ):
        assert cues(text, "loaded_language") == [cue], text
    # leave alone: a nurse who rushed through the door, a menu choice, birds, trade figures
    for text in (
        "A nurse rushed through the door.",
        "He would eat anything but fish.",
        "Two hawks circled the field.",
        "The firms traded goods worth millions.",
    ):
        assert cues(text, "loaded_language") == [], text


def test_past_suggested_with_a_thing_as_subject_is_a_hedge():
    assert cues("The survey suggested rents would rise.", "hedge") == ["suggested"]
    assert cues("Early results had suggested a delay.", "hedge") == ["suggested"]
    assert cues("The coach suggested a new drill.", "hedge") == []


def test_disputed_as_a_verb_judges_the_speaker():
    assert cues("The club has disputed the fine.", "attribution_verb") == ["disputed"]
    assert cues("She disputes that account.", "attribution_verb") == ["disputes"]
    for text in ("The disputed island lies north.", "He was muttering to himself."):
        assert cues(text, "attribution_verb") == [], text


def test_hyphenated_passives_and_states_after_be():
    assert cues("The data have not been peer-reviewed.", "agentless_passive") == [
        "been peer-reviewed"
    ]
    assert cues("The figures were never fact-checked.", "agentless_passive") == [
        "were never fact-checked"
    ]
    for text in (
        "Nurses were divided over the rota.",
        "The driver was visibly shaken.",
        "Dogs are not permitted on the beach.",
        "Fans were caught off guard.",
        "The revival was short-lived.",
    ):
        assert cues(text, "agentless_passive") == [], text


def test_degree_adverbs_in_a_literal_sense_and_weather_grades():
    assert cues("That claim is entirely false.", "intensifier") == ["entirely"]
    for text in (
        "The school is funded entirely by donations.",
        "They plan to scrap the levy entirely.",
        "Forecasters warned of very heavy rainfall.",
    ):
        assert cues(text, "intensifier") == [], text
    assert cues("The crowd was very loud.", "intensifier") == ["very"]


def test_reviewers_plot_twists_and_legal_claims_are_not_framing():
    assert cues("It would be unfair to reveal the twist.", "presupposition") == []
    assert cues("The leak revealed the plan.", "presupposition") == ["revealed"]
    assert cues("She won her claim that she was underpaid.", "doubt") == []
    assert cues("He repeated his claim that he was underpaid.", "doubt") == ["his claim that"]


def test_a_scare_quote_with_the_sentences_comma_inside_the_closing_mark():
    text = 'The plan favours what he called "the heartland," and little else.'
    assert cues(text, "scare_quote") == ['"the heartland,"']
    # leave alone: speech that the sentence goes on to attribute
    text = 'Then, "no comment," he said, and left.'
    assert cues(text, "scare_quote") == []


def test_a_company_called_a_giant_and_a_critics_verdict_are_loaded():
    assert cues("The phone giant's new fee angered customers.", "loaded_language") == [
        "phone giant's"
    ]
    assert cues("It is a lesser play than his first.", "loaded_language") == ["a lesser play"]
    # leave alone: an animal, and a comparison of size
    assert cues("A giant panda was born at the zoo.", "loaded_language") == []
    assert cues("Farms add to it, to a lesser extent.", "loaded_language") == []


def test_short_regular_participles_and_letters_from_heldout107_110():
    # four-letter regular participles the -ed rule leaves out (not "tied": mostly a score)
    assert cues("The lane is used as a rat run.", "agentless_passive") == ["is used"]
    assert cues("He is used to it. The score was tied 2-2.", "agentless_passive") == []
    # "by letter" is how, not who
    assert cues("Owners will be contacted by letter.", "agentless_passive") == ["be contacted"]
    assert cues("Owners will be contacted by the dealer.", "agentless_passive") == []


def test_decisions_waved_through_with_their_object_inside():
    assert cues("The state waved the project through on Friday.", "loaded_language") == [
        "waved the project through"
    ]
    assert cues("Officials brushed the concerns aside.", "loaded_language") == [
        "brushed the concerns aside"
    ]
    # a wave or a brush with the hand, a costume: no judgement
    text = (
        "The guard waved her through the checkpoint. The striker brushed the defender aside. "
        "The children dressed up as pirates."
    )
    assert cues(text, "loaded_language") == []


def test_states_after_a_plain_is_and_labels_from_heldout123_138():
    # a need, a stance or an aim after a plain "is": a state, as the keys read it
    text = (
        "More money is needed. The council is opposed to the plan. The fund was meant for families."
    )
    assert cues(text, "agentless_passive") == []
    # ... but acts after "be" or a modal, before a passive, or with no "to" after them
    text = (
        "More money would be needed. The plan was meant to be approved in May. "
        "The application was opposed at the hearing."
    )
    assert cues(text, "agentless_passive") == [
        "be needed",
        "was meant to be approved",
        "was opposed",
    ]
    # labels in the writer's own words, not inside a quotation
    text = "The operator blamed fare dodgers. The plan is wishful thinking."
    assert cues(text, "loaded_language") == ["fare dodgers", "wishful thinking"]
    assert cues('"It is wishful thinking," she said.', "loaded_language") == []


def test_every_vague_source_the_attribution_rules_find_is_a_weasel_too():
    from helpers import analyze

    def weasels(text: str) -> list[str]:
        return [f["text"] for f in analyze(text).to_dict()["framing"] if f["category"] == "weasel"]

    # a crowd with a place or a trade inside it, a columnist's "I am told", "reckon"
    assert weasels("Some in the industry say the rules are too strict.") == ["Some in the industry"]
    assert weasels("Employers, I am told, have stopped reading grades.") == ["I am told"]
    assert weasels("Plenty of fans on the forums reckon the owner is lying.") == [
        "Plenty of fans on the forums"
    ]
    # a share of a crowd is still a crowd
    assert weasels("Thousands of customers said the app had crashed.") == ["Thousands of customers"]
    # ... but not staff of a named firm, nor a speaker's own "I'm told" inside a quotation
    assert weasels("Analysts at Norbank said the shares were cheap.") == []
    assert weasels("Many economists at Norbank said the shares were cheap.") == []
    assert weasels('"I am told nothing," said Ann Hale, who runs the shop.') == []


def test_people_divided_are_a_state_money_divided_an_act():
    text = "Reaction online was divided. Economists are deeply split on the cut."
    assert cues(text, "agentless_passive") == []
    assert cues("The money was divided among the staff.", "agentless_passive") == ["was divided"]
    text = "Players were split into two groups. The estate would be divided."
    assert cues(text, "agentless_passive") == ["were split", "be divided"]
    text = "The inheritance was divided equally between them. Bail was opposed."
    assert cues(text, "agentless_passive") == ["was divided", "was opposed"]
