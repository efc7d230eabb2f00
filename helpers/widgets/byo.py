"""Bring your own article: paste or upload a text, see the full analysis, download a handout.

Input goes through :func:`helpers.articles.decode`, the same check the command
line uses, so an empty, binary or non-UTF-8 file gets the same one-line
message. The article, its file name and every finding are shown escaped.
Answers given on a pasted article are not saved (the article itself is not
kept), which the widget says.
"""

from __future__ import annotations

import base64
import re

import ipywidgets as widgets

from ..articles import ArticleError, decode
from .base import LABELLED, Panel, button, heading, html
from .labels import CHANNEL_LABELS, NOBODY, SOURCE_TYPE_SHORT
from .render import box, esc, table

__all__ = ["byo_article"]

MAX_CHARS = (
    200_000  # about 30 000 words: far more than a news article, small enough for a class laptop
)
SPOT_SENTENCES = 15


def _file_stem(name: str) -> str:
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name or "")
    stem = re.sub(r"[^\w-]+", "-", stem).strip("-_")[:60]
    return stem or "your-article"


def _attribution_rows(report) -> list[tuple]:
    return [
        (
            a["sentence"],
            a.get("speaker") or NOBODY,
            SOURCE_TYPE_SHORT.get(a["source_type"], a["source_type"]),
            CHANNEL_LABELS.get(a["channel"], a["channel"]),
            a.get("cue", ""),
            a.get("explanation", ""),
        )
        for a in report.attributions
    ]


def handout_link(report) -> str:
    """A link that downloads the printable handout (a data: URL; nothing is written to disk)."""
    from ..handout import render_html

    data = base64.b64encode(render_html(report).encode("utf-8")).decode("ascii")
    name = f"handout-{_file_stem(report.name)}.html"
    return (
        f'<p><a download="{esc(name)}" href="data:text/html;charset=utf-8;base64,{data}" '
        f'style="font-weight:bold">⬇ Download handout ({esc(name)})</a> '
        "to print or hand in: it holds the whole analysis.</p>"
    )


def analysis_panel(lesson, report) -> Panel:
    """Everything the suite finds in one article: summary, article, tables and the explorers."""
    from .exercises import spot_attribution
    from .explorers import article_view, framing_highlighter, readability_explorer, source_mix

    s = report.summary
    facts = (
        f"{s['sentences']} sentences, {s['words']} words, {s['attributions']} attributions, "
        f"{len(report.framing)} framing cues, {len(report.dates)} dates."
    )
    spot_ex = {
        "type": "spot_attribution",
        "title": "Practise: who is speaking?",
        "instructions": (
            f"The first {SPOT_SENTENCES} sentences at most. Answers on your own article are not saved."
        ),
    }
    return Panel(
        [
            html(
                box(
                    f"<p><strong>Analysis of {esc(report.name)}:</strong> {esc(facts)}</p>"
                    + handout_link(report)
                ),
                css="medialit-handout",
            ),
            article_view(report),
            html(
                box(
                    table(
                        ["Sentence", "Who", "Source type", "Channel", "Words that mark it", "Why"],
                        _attribution_rows(report),
                        caption="Who is quoted, and how",
                    )
                    if report.attributions
                    else "<p>The analysis found no attributions (nobody is reported as saying anything).</p>"
                ),
                css="medialit-attributions",
            ),
            source_mix(report),
            framing_highlighter(lesson, report, persist=False),
            readability_explorer(report),
            spot_attribution(
                lesson, report, "byo-spot", ex=spot_ex, persist=False, limit=SPOT_SENTENCES
            ),
        ],
        kind="byo-result",
        ident=report.name,
    )


def byo_article(lesson) -> Panel:
    """Paste text or upload a .txt file, press Analyse, and get the analysis and a handout link."""
    paste = widgets.Textarea(
        description="Paste an article",
        placeholder="Paste the article's text here (headline first), or upload a .txt file below.",
        style=LABELLED,
        layout=widgets.Layout(width="100%", height="12em"),
    )
    upload = widgets.FileUpload(
        accept=".txt,text/plain", multiple=False, description="Upload a .txt file"
    )
    analyse = button(
        "Analyse", "Analyse the pasted text or the uploaded file", css="medialit-analyse"
    )
    message = html(css="medialit-feedback")
    results = Panel([], kind="byo-results")
    latest = {"source": "text"}

    upload.observe(lambda _: latest.update(source="file"), names="value")
    paste.observe(lambda _: latest.update(source="text"), names="value")

    def on_analyse(_=None) -> None:
        from ..report import analyze

        results.children = []
        files = upload.value
        try:
            if latest["source"] == "file" and files:
                f = files[-1]
                name = str(f.get("name") or "upload.txt")
                data = bytes(f.get("content") or b"")
                upload.value = ()  # the file's bytes need not stay in the notebook's widget state
                latest["source"] = "file"
                text = decode(data, f"the file {name}")
                article_name = _file_stem(name)
            else:
                text = decode(paste.value.encode("utf-8"), "the pasted text")
                article_name = "your-article"
            if len(text) > MAX_CHARS:
                raise ArticleError(
                    f"the article is too long ({len(text)} characters; at most {MAX_CHARS})"
                )
        except ArticleError as err:
            message.value = box(f"<p>✗ {esc(err)}</p>")
            return
        report = analyze(text, name=article_name)
        message.value = box(f"<p>✓ Analysed {esc(article_name)}: see below.</p>")
        results.children = [analysis_panel(lesson, report)]

    analyse.on_click(on_analyse)
    return Panel(
        [
            heading(
                "Bring your own article",
                "Paste a news article, or upload it as a .txt file, then press Analyse. The text is analysed here and not kept.",
            ),
            paste,
            upload,
            analyse,
            message,
            results,
        ],
        kind="byo",
    )
