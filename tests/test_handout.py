"""The HTML handout: safe with hostile text, self-contained, printable, labelled, accessible."""

from __future__ import annotations

from html.parser import HTMLParser

from helpers import analyze
from helpers.handout import render_html, render_summary_html
from helpers.report import Report
from helpers.vocabulary import CHANNELS, FRAMING_CATEGORIES, READABILITY_FORMULAS, SOURCE_TYPES

HOSTILE = (
    "Mayor <script>alert('x')</script> resigns, says council\n\n"
    "A photo: <img src=x onerror=alert(1)> and ![cat](http://evil.example/cat.png).\n\n"
    'Read <a href="javascript:alert(2)">this</a> or [click](javascript:alert(3)). '
    "The council said Thursday that critics say the plan may fail.\n\n"
    "Hidden \x1b[2J escape and \u202eright-to-left\u202c text, \"<b onmouseover='x'>\".\n"
)

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "nav", "article",
    "section", "div", "span", "p", "h1", "h2", "h3", "h4", "ol", "ul", "li", "mark",
    "strong", "table", "caption", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip


class _Page(HTMLParser):
    """Collects tags, attributes, text and heading levels of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.headings: list[int] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self.headings.append(int(tag[1]))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    p.close()
    return p


def make_report(text: str, name: str = "hand-built", **fields) -> Report:
    """A report dict built by hand, so every field can carry what a test needs."""
    metrics = dict.fromkeys(READABILITY_FORMULAS, 10.0) | {
        "words": 5,
        "sentences": 1,
        "syllables": 7,
    }
    attrs = fields.get("attributions", [])
    frames = fields.get("framing", [])
    by_type = dict.fromkeys(SOURCE_TYPES, 0)
    by_channel = dict.fromkeys(CHANNELS, 0)
    for a in attrs:
        by_type[a["source_type"]] = by_type.get(a["source_type"], 0) + 1
        by_channel[a["channel"]] = by_channel.get(a["channel"], 0) + 1
    sentences = fields.get(
        "sentences", [{"id": 0, "part": "body", "text": text, "start": 0, "end": len(text)}]
    )
    data = {
        "schema_version": "1",
        "source": {"name": name, "chars": len(text)},
        "parts": fields.get(
            "parts", [{"kind": "body", "text": text, "start": 0, "end": len(text)}]
        ),
        "sentences": sentences,
        "readability": {
            "body": metrics
            | {
                "text_standard": fields.get("standard", "9th grade"),
                "warnings": fields.get("warnings", []),
            },
            "whole": metrics | {"text_standard": "9th grade", "warnings": []},
            "per_sentence": [{"sentence": s["id"], **metrics} for s in sentences],
        },
        "attributions": attrs,
        "framing": frames,
        "dates": fields.get("dates", []),
        "summary": {
            "sentences": len(sentences),
            "words": 5,
            "attributions": len(attrs),
            "by_source_type": by_type,
            "by_channel": by_channel,
            "named_share": (sum(a["named"] for a in attrs) / len(attrs)) if attrs else None,
            "distinct_sources": len({a["speaker"] for a in attrs if a["speaker"]}),
            "anonymous": by_type["anonymous"],
            "vague": by_type["vague"],
            "framing_by_category": {
                c: sum(f["category"] == c for f in frames) for c in FRAMING_CATEGORIES
            },
            "no_comment": fields.get("no_comment", []),
        },
    }
    return Report(data, text)


def _assert_inert(page: str) -> _Page:
    """Nothing in the page can run or fetch anything."""
    p = parse(page)
    for tag, attrs in p.tags:
        assert tag in ALLOWED_TAGS, f"unexpected <{tag}>"
        for key, value in attrs.items():
            assert not key.startswith("on"), f"event handler {key} on <{tag}>"
            assert key not in ("src", "href", "srcset", "action", "formaction", "background")
            assert "javascript:" not in (value or "").lower()
    lowered = page.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<a " not in lowered
    assert "url(" not in lowered and "@import" not in lowered
    return p


# Hostile input -------------------------------------------------------------------------
def test_hostile_article_through_the_real_pipeline_shows_as_text():
    report = analyze(HOSTILE, name="<img src=x onerror=alert('name')>")
    page = render_html(report)
    p = _assert_inert(page)
    text = "".join(p.text)
    # The reader sees the hostile markup as words, exactly.
    assert "<script>alert('x')</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "![cat](http://evil.example/cat.png)" in text
    assert "[click](javascript:alert(3))" in text
    assert "<img src=x onerror=alert('name')>" in text  # the name, too
    assert "&lt;script&gt;" in page


def test_every_field_of_the_report_is_escaped():
    evil = "<script>x()</script><img src=y onerror=z()>"
    text = f"{evil} said {evil}."
    report = make_report(
        text,
        name=evil,
        parts=[{"kind": evil, "text": text, "start": 0, "end": len(text)}],
        attributions=[
            {
                "sentence": 0, "speaker": evil, "speaker_mention": evil, "source_type": "vague",
                "channel": "statement", "quote_kind": "direct", "cue": evil, "quote": evil,
                "named": False, "start": 0, "end": len(text), "explanation": evil,
            }
        ],
        framing=[
            {"sentence": 0, "text": text[:10], "category": evil, "start": 0, "end": 10, "explanation": evil},
        ],
        dates=[{"sentence": 0, "text": evil, "date": evil, "how": evil}],
        warnings=[evil],
        standard=evil,
        no_comment=[evil],
    )  # fmt: skip
    for page in (render_html(report), render_summary_html(report)):
        p = _assert_inert(page)
        assert evil in "".join(p.text)


def test_control_characters_are_shown_not_obeyed():
    page = render_html(analyze(HOSTILE))
    assert "\x1b" not in page and "\u202e" not in page
    assert "\\u001b[2J" in page and "\\u202e" in page


# Self-contained and printable ---------------------------------------------------------
def test_seed_handout_is_self_contained(seed_report):
    page = render_html(seed_report)
    _assert_inert(page)
    for tag_text in page.split("<")[1:]:
        head = tag_text.split(">", 1)[0].lower()
        assert "http://" not in head and "https://" not in head
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_print_css_and_language(seed_report):
    page = render_html(seed_report)
    assert "@media print" in page
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page


def test_parts_are_labelled_in_words(seed_report):
    page = render_html(seed_report)
    text = "".join(parse(page).text)
    kinds = {p["kind"] for p in seed_report.parts}
    words = {"headline": "[Headline]", "caption": "[Photo caption]", "credit": "[Credit line]",
             "dateline": "[Dateline]", "copyright": "[Copyright line]", "body": "[Body, paragraph 1]"}  # fmt: skip
    for kind in kinds:
        assert words[kind] in text


def test_framing_cue_is_marked_with_a_word_label():
    text = "The strongman spoke."
    report = make_report(
        text,
        framing=[
            {"sentence": 0, "text": "strongman", "category": "loaded_language", "start": 4,
             "end": 13, "explanation": "A label that judges."},
            {"sentence": 0, "text": "strong", "category": "intensifier", "start": 4, "end": 10,
             "explanation": "Overlaps the first cue."},
        ],
    )  # fmt: skip
    page = render_html(report)
    assert "<mark>strongman</mark>" in page
    assert "[loaded language]" in page
    # The overlapping cue is not marked twice in the text, but it is listed.
    assert page.count("<mark>") == 1 and "Overlaps the first cue." in page


def test_tables_headings_and_sections(seed_report):
    page = render_html(seed_report)
    p = parse(page)
    assert p.headings[0] == 1
    for before, after in zip(p.headings, p.headings[1:], strict=False):
        assert after <= before + 1, "a heading level was skipped"
    ths = [a for t, a in p.tags if t == "th"]
    assert ths and all(a.get("scope") in ("col", "row") for a in ths)
    assert sum(t == "table" for t, _ in p.tags) == sum(t == "caption" for t, _ in p.tags)
    text = "".join(p.text)
    for title in ("The article as a reader sees it", "Readability", "Who is quoted, and how",
                  "Source mix", "Framing cues", "Dates and timeline", "Questions to discuss"):  # fmt: skip
        assert title in text
    assert "2018-07-19" in text and "most recent Thursday" in text


def tweet_report(**fields) -> Report:
    """One sentence with one attribution in every column: a press secretary's tweet."""
    text = "“We are ready,” Press Secretary Jo Park tweeted."
    return make_report(
        text,
        attributions=[
            {"sentence": 0, "speaker": "Jo Park", "speaker_mention": "Press Secretary Jo Park",
             "source_type": "spokesperson", "channel": "social_media", "quote_kind": "direct",
             "cue": "tweeted", "quote": "We are ready", "named": True, "start": 0, "end": len(text),
             "explanation": "A press secretary speaks for someone else."},
        ],
        **fields,
    )  # fmt: skip


def test_attribution_row_shows_every_column():
    report = tweet_report()
    text_seen = "".join(parse(render_html(report)).text)
    for words in ("Jo Park", "spokesperson", "social media", "direct quote", "tweeted",
                  "We are ready", "A press secretary speaks for someone else."):  # fmt: skip
        assert words in text_seen
    assert "Named sources: 100% of the attributions" in text_seen


def test_several_reports_in_one_page(seed_report):
    other = analyze(
        "Council votes on bridge\n\nThe council said Monday it would vote.", name="bridge"
    )
    page = render_html(seed_report, other)
    assert page.count("<html") == 1
    assert page.count('<article class="report"') == 2
    assert 'id="report-1"' in page and 'id="report-2"' in page
    assert "Council votes on bridge" in page and "Talks underway" in page


def test_summary_html_is_compact_and_counts(seed_report):
    small = render_summary_html(seed_report)
    assert len(small) < len(render_html(seed_report)) / 5
    text = "".join(_assert_inert(small).text)
    assert f"{seed_report.summary['attributions']}" in text and "Dates" in text


def test_empty_page_and_empty_article():
    assert "No article was given." in render_html()
    page = render_html(analyze(""))
    _assert_inert(page)
    assert "The article is empty." in page


def test_a_five_megabyte_article_renders_whole():
    para = "The council said the strongman may fail. " * 40
    text = "\n\n".join([para] * 3000)  # about 5 MB
    parts, frames, pos = [], [], 0
    for _ in range(3000):
        parts.append({"kind": "body", "text": para, "start": pos, "end": pos + len(para)})
        frames.append({"sentence": 0, "text": "strongman", "category": "loaded_language",
                       "start": pos + 21, "end": pos + 30, "explanation": "label"})  # fmt: skip
        pos += len(para) + 2
    page = render_html(make_report(text, parts=parts, framing=frames))
    assert len(text) > 4_900_000
    assert page.count("<mark>strongman</mark>") == 3000
    assert "[Body, paragraph 3000]" in page
