"""The printable HTML handout, and the compact view a notebook shows.

:func:`render_html` turns one or more reports into one self-contained HTML
page: the article as a reader sees it (each part labelled, framing cues
marked), readability, who is quoted, the source mix, the framing cues with
their explanations, the dates and a timeline, and questions to discuss.
:func:`render_summary_html` is the short version behind ``Report._repr_html_``.

Safety: an article is text a student pasted in, so every string from the
article or the report is escaped (``html.escape`` with ``quote=True``) and
control characters are shown as ``\\uXXXX`` (:func:`helpers.summary_text.visible`).
The page has no script, no link and no external resource (no web fonts, no
CDN, no images), and a Content-Security-Policy that forbids them, so a pasted
``<script>`` or ``<img onerror=...>`` shows as words and never runs.

Accessibility: ``lang`` is set, headings go h1 > h2 > h3 > h4, every table
has a caption and header cells with ``scope``, colours pass WCAG AA
contrast, and nothing is said by colour alone: each part and each marked cue
carries its label in words ("[Headline]", "[loaded language]").

Everything is built by appending to lists, so the page grows linearly with
the article (a 5 MB article renders in about a second).

>>> from helpers import analyze
>>> page = render_html(analyze("<b>Hi</b> said the mayor.", name="demo"))
>>> "&lt;b&gt;Hi&lt;/b&gt;" in page and "<b>" not in page
True
"""

from __future__ import annotations

import html
from typing import Any

from .summary_text import (
    FORMULA_LABELS,
    FRAMING_HELP,
    PART_LABELS,
    hardest_sentences,
    label,
    timeline,
    visible,
)
from .vocabulary import CHANNELS, FRAMING_CATEGORIES, READABILITY_FORMULAS, SOURCE_TYPES

__all__ = ["render_html", "render_summary_html"]

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'"

_CSS = """
:root { color-scheme: light; }
body { font-family: Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fff;
  margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.5; }
h1, h2, h3, h4 { font-family: Arial, Helvetica, sans-serif; line-height: 1.25; }
h1 { font-size: 1.7rem; margin: 0 0 .5rem; }
h2 { font-size: 1.45rem; border-bottom: 3px solid #1a1a1a; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.15rem; margin-top: 1.8rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
.meta { color: #404040; font-family: Arial, Helvetica, sans-serif; }
.part { border-left: 4px solid #595959; padding: .3rem .8rem; margin: .6rem 0; }
.part-headline { border-left-width: 8px; font-size: 1.2rem; font-weight: bold; }
.part-caption, .part-credit, .part-copyright, .part-dateline { background: #f2f2f2; }
.part-label { display: block; font: bold .8rem Arial, Helvetica, sans-serif; color: #404040;
  text-transform: none; }
.part-text { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: #fff3b0; color: #1a1a1a; border-bottom: 2px solid #7a5c00; padding: 0 .1em; }
.cue-label { font: .75rem Arial, Helvetica, sans-serif; color: #5c4400; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .92rem; }
table.compact { width: auto; min-width: 20rem; }
caption { text-align: left; font: bold .95rem Arial, Helvetica, sans-serif; padding: .3rem 0; }
th, td { border: 1px solid #8c8c8c; padding: .3rem .45rem; text-align: left; vertical-align: top;
  overflow-wrap: break-word; }
th { background: #e8e8e8; }
thead th { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.empty { font-style: italic; color: #404040; }
.warning { border-left: 4px solid #8a4b00; padding: .2rem .6rem; background: #fff6ec; }
.questions { border: 2px solid #1a1a1a; padding: .3rem 1rem .8rem; margin-top: 1.5rem; }
.questions h3 { margin-top: .6rem; }
nav ol { padding-left: 1.3rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  article.report { break-before: page; }
  article.report:first-of-type { break-before: auto; }
  h2, h3, h4 { break-after: avoid; }
  tr, .part, .questions, li { break-inside: avoid; }
  mark { background: none; border-bottom: 2px solid #000; }
  th { background: none; }
  .part-caption, .part-credit, .part-copyright, .part-dateline, .warning { background: none; }
  nav { display: none; }
}
"""


def _e(s: Any) -> str:
    """Any value as safe HTML text: control characters shown, markup escaped."""
    return html.escape(visible("" if s is None else s), quote=True)


def _num(x: Any) -> str:
    if isinstance(x, bool) or x is None:
        return "—"
    if isinstance(x, float):
        return f"{x:.1f}"
    return _e(x)


def _table(
    out: list[str], caption: str, head: list[str], rows: list[list[str]], nums=(), compact=False
) -> None:
    """A table; ``rows`` hold HTML already escaped; the first cell is a row header."""
    cls = ' class="compact"' if compact else ""
    out.append(f"<table{cls}><caption>{caption}</caption><thead><tr>")
    out.extend(f'<th scope="col">{h}</th>' for h in head)
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>")
        for i, cell in enumerate(row):
            cls = ' class="num"' if i in nums else ""
            if i == 0:
                out.append(f'<th scope="row"{cls}>{cell}</th>')
            else:
                out.append(f"<td{cls}>{cell}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")


def _title(report) -> str:
    d = report._data
    for p in d.get("parts") or []:
        if p.get("kind") == "headline" and p.get("text", "").strip():
            return " ".join(p["text"].split())
    return d.get("source", {}).get("name") or "Article"


# The article as a reader sees it -----------------------------------------------
def _marked(text: str, start: int, end: int, cues: list[dict]) -> str:
    """``text[start:end]`` escaped, with the framing cues inside it marked and labelled."""
    out: list[str] = []
    pos = start
    for f in cues:
        s, e = f.get("start", -1), f.get("end", -1)
        if not (isinstance(s, int) and isinstance(e, int)) or s < pos or e > end or s >= e:
            continue  # overlapping or outside this part: listed in the table only
        name = label("framing", f.get("category"))
        out.append(_e(text[pos:s]))
        out.append(f'<mark>{_e(text[s:e])}</mark><span class="cue-label"> [{_e(name)}]</span>')
        pos = e
    out.append(_e(text[pos:end]))
    return "".join(out)


def _article_text(out: list[str], report) -> None:
    d = report._data
    text = report.text
    parts = d.get("parts") or []
    cues = sorted(
        (f for f in d.get("framing") or [] if isinstance(f.get("start"), int)),
        key=lambda f: (f["start"], -f.get("end", 0)),
    )
    out.append("<h3>The article as a reader sees it</h3>")
    out.append(
        '<p class="meta">Each part is labelled in square brackets. Framing cues are '
        "highlighted and followed by their kind in brackets, for example [loaded language].</p>"
    )
    if not parts:
        out.append('<p class="empty">The article is empty.</p>')
        return
    ci = 0
    body_n = 0
    for p in parts:
        kind = p.get("kind", "other")
        s, e = p.get("start", 0), p.get("end", 0)
        while ci < len(cues) and cues[ci]["start"] < s:
            ci += 1
        mine = []
        cj = ci
        while cj < len(cues) and cues[cj]["start"] < e:
            mine.append(cues[cj])
            cj += 1
        name = PART_LABELS.get(kind, "Other")
        if kind == "body":
            body_n += 1
            name = f"Body, paragraph {body_n}"
        safe_kind = kind if kind in PART_LABELS else "other"
        out.append(
            f'<div class="part part-{safe_kind}"><span class="part-label">[{_e(name)}]</span>'
            f'<span class="part-text">{_marked(text, s, e, mine)}</span></div>'
        )


# Readability ------------------------------------------------------------------------
def _readability(out: list[str], d: dict) -> None:
    read = d.get("readability") or {}
    body, whole = read.get("body") or {}, read.get("whole") or {}
    out.append("<h3>Readability</h3>")
    out.append(
        '<p class="meta">Each formula estimates how hard the text is to read. Grades are '
        "US school grades (grade 9 is about age 14-15); for reading ease, higher is easier.</p>"
    )
    rows = [
        [_e(FORMULA_LABELS[k]), _num(body.get(k)), _num(whole.get(k))] for k in READABILITY_FORMULAS
    ]
    rows += [
        [_e(k), _num(body.get(k)), _num(whole.get(k))] for k in ("words", "sentences", "syllables")
    ]
    rows.append(
        [
            "Consensus grade",
            _e(body.get("text_standard") or "—"),
            _e(whole.get("text_standard") or "—"),
        ]
    )
    _table(out, "Readability scores", ["Formula or count", "Body", "Whole article"], rows, (1, 2))
    warnings = [("body", w) for w in body.get("warnings") or []]
    warnings += [("whole article", w) for w in whole.get("warnings") or []]
    if warnings:
        out.append('<div class="warning"><h4>Warnings</h4><ul>')
        out.extend(f"<li>Warning ({where}): {_e(w)}</li>" for where, w in warnings)
        out.append("</ul></div>")
    hard = hardest_sentences(d)
    if hard:
        rows = [
            [
                _e(sent.get("id")),
                _num(scores.get("flesch_kincaid_grade")),
                _num(scores.get("words")),
                _e(sent.get("text")),
            ]
            for sent, scores in hard
        ]
        _table(
            out,
            "The three hardest sentences (highest Flesch-Kincaid grade)",
            ["Sentence", "Grade", "Words", "Text"],
            rows,
            (1, 2),
        )


# Sources ----------------------------------------------------------------------------
def _attributions(out: list[str], d: dict) -> None:
    attrs = d.get("attributions") or []
    out.append("<h3>Who is quoted, and how</h3>")
    if not attrs:
        out.append('<p class="empty">No attributed statements were found.</p>')
    else:
        rows = [
            [
                _e(a.get("sentence")),
                _e(a.get("speaker") or "(no one named)"),
                _e(label("source_type", a.get("source_type"))),
                _e(label("channel", a.get("channel"))),
                _e(label("quote_kind", a.get("quote_kind"))),
                _e(a.get("cue")),
                _e(a.get("quote") or "—"),
                _e(a.get("explanation")),
            ]
            for a in attrs
        ]
        _table(
            out,
            f"Attributions ({len(attrs)})",
            [
                "Sentence",
                "Speaker",
                "Source type",
                "Channel",
                "Quote kind",
                "Cue",
                "Quote",
                "Explanation",
            ],
            rows,
        )
    s = d.get("summary") or {}
    out.append("<h3>Source mix</h3>")
    types, channels = s.get("by_source_type") or {}, s.get("by_channel") or {}
    _table(
        out,
        "Attributions by source type",
        ["Source type", "Count"],
        [[_e(label("source_type", t)), _num(types.get(t, 0))] for t in SOURCE_TYPES],
        (1,),
        compact=True,
    )
    _table(
        out,
        "Attributions by channel",
        ["Channel", "Count"],
        [[_e(label("channel", c)), _num(channels.get(c, 0))] for c in CHANNELS],
        (1,),
        compact=True,
    )
    share = s.get("named_share")
    facts = [
        "Named sources: "
        + ("no attributions" if share is None else f"{share:.0%} of the attributions"),
        f"Distinct sources: {_num(s.get('distinct_sources', 0))}",
        f"Anonymous: {_num(s.get('anonymous', 0))}; vague: {_num(s.get('vague', 0))}",
    ]
    if s.get("no_comment"):
        ids = ", ".join(_e(i) for i in s["no_comment"])
        facts.append(f"Declined to comment (not counted as sources): sentences {ids}")
    out.append("<ul>" + "".join(f"<li>{f}</li>" for f in facts) + "</ul>")


# Framing ------------------------------------------------------------------------------
def _framing(out: list[str], d: dict) -> None:
    frames = d.get("framing") or []
    out.append("<h3>Framing cues</h3>")
    if not frames:
        out.append('<p class="empty">No framing cues were found.</p>')
        return
    groups: dict[Any, list[dict]] = {}
    for f in frames:
        groups.setdefault(f.get("category"), []).append(f)
    order = [c for c in FRAMING_CATEGORIES if c in groups]
    order += [c for c in groups if c not in FRAMING_CATEGORIES]
    for cat in order:
        items = groups[cat]
        out.append(f"<h4>{_e(label('framing', cat))} ({len(items)})</h4>")
        if cat in FRAMING_HELP:
            out.append(f'<p class="meta">{_e(FRAMING_HELP[cat])}</p>')
        rows = [[_e(f.get("sentence")), _e(f.get("text")), _e(f.get("explanation"))] for f in items]
        _table(
            out,
            f"Cues of the kind: {_e(label('framing', cat))}",
            ["Sentence", "Words", "Explanation"],
            rows,
        )


# Dates ---------------------------------------------------------------------------------
def _dates(out: list[str], d: dict) -> None:
    dates = d.get("dates") or []
    out.append("<h3>Dates and timeline</h3>")
    if not dates:
        out.append('<p class="empty">No dates or time words were found.</p>')
        return
    rows = [
        [
            _e(t.get("sentence")),
            _e(t.get("text")),
            _e(t.get("date") or "no single day"),
            _e(t.get("how")),
        ]
        for t in dates
    ]
    _table(
        out,
        f"Dates and time words ({len(dates)})",
        ["Sentence", "Words", "Date", "How"],
        rows,
        (2,),
    )
    days = timeline(dates)
    if days:
        out.append("<h4>Timeline, earliest first</h4><ol>")
        for day, items in days:
            words = ", ".join(
                f"“{_e(t.get('text'))}” (sentence {_e(t.get('sentence'))})" for t in items
            )
            out.append(f"<li><strong>{_e(day)}</strong>: {words}</li>")
        out.append("</ol>")


# Questions -----------------------------------------------------------------------------
def _questions(out: list[str], d: dict) -> None:
    s = d.get("summary") or {}
    kinds = {p.get("kind") for p in d.get("parts") or []}
    attrs = d.get("attributions") or []
    qs: list[str] = []
    if kinds & {"credit", "copyright", "dateline"}:
        qs.append(
            "Who is behind this article? Look at the dateline, the credit line and the "
            "copyright line: who wrote it, and for whom?"
        )
    else:
        qs.append(
            "Who is behind this article? Nothing in the text names an agency or a writer: where could you find out?"
        )
    if attrs:
        share = s.get("named_share")
        named = f"{share:.0%}" if share is not None else "none"
        qs.append(
            f"The article has {len(attrs)} attributed statements, and {named} of them name their "
            "source. Whose voice is missing, and how would the story change with it?"
        )
    channels = s.get("by_channel") or {}
    if channels.get("social_media"):
        qs.append(
            f"{channels['social_media']} statement(s) come from social media posts. How would you "
            "trace one back to the original post and check its date and wording?"
        )
    if (s.get("vague") or 0) + (s.get("anonymous") or 0):
        qs.append(
            "Some claims come from people who are not named. What reason, if any, does the "
            "article give, and how much weight would you give those claims?"
        )
    if d.get("framing"):
        qs.append(
            "Choose one highlighted framing cue and rewrite its sentence in neutral words. "
            "What changes for the reader?"
        )
    if any(t.get("date") for t in d.get("dates") or []):
        qs.append(
            "Use the timeline: which events happened first? Is every photo or quote from the "
            "same day as the news it illustrates?"
        )
    qs.append("What do other sources say? Find one other report of the same events and compare.")
    out.append('<section class="questions"><h3>Questions to discuss</h3><ol>')
    out.extend(f"<li>{_e(q)}</li>" for q in qs)
    out.append("</ol></section>")


def _report(out: list[str], report, n: int) -> None:
    d = report._data
    src = d.get("source") or {}
    s = d.get("summary") or {}
    out.append(f'<article class="report" id="report-{n}" aria-labelledby="report-{n}-title">')
    out.append(f'<h2 id="report-{n}-title">{_e(_title(report))}</h2>')
    out.append(
        f'<p class="meta">Source: {_e(src.get("name", "article"))} · {_num(src.get("chars", 0))} '
        f"characters · {_num(s.get('sentences', 0))} sentences · {_num(s.get('words', 0))} words · "
        f"{_num(s.get('attributions', 0))} attributions · {len(d.get('framing') or [])} framing "
        f"cues · {len(d.get('dates') or [])} dates</p>"
    )
    _article_text(out, report)
    _readability(out, d)
    _attributions(out, d)
    _framing(out, d)
    _dates(out, d)
    _questions(out, d)
    out.append("</article>")


def render_html(*reports) -> str:
    """One printable, self-contained HTML page for one or more reports.

    Args:
        *reports: :class:`helpers.report.Report` objects (``_data`` holds the
            contract's dict, ``text`` the article).

    Returns:
        A complete HTML document as a string.
    """
    out: list[str] = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="referrer" content="no-referrer">\n',
    ]
    titles = [_title(r) for r in reports]
    page_title = titles[0] if len(titles) == 1 else f"{len(titles)} articles"
    out.append(f"<title>Article handout: {_e(page_title)}</title>\n")
    out.append(f"<style>{_CSS}</style>\n</head>\n<body>\n<header>\n")
    out.append("<h1>Taking a news article apart</h1>\n")
    out.append(
        '<p class="meta">A handout made by the media-literacy suite: the article, its parts, '
        "how hard it is to read, who is quoted, how its words frame the story, and its dates.</p>\n"
    )
    if len(reports) > 1:
        out.append('<nav aria-label="Articles in this handout"><ol>')
        out.extend(f"<li>{_e(t)}</li>" for t in titles)
        out.append("</ol></nav>\n")
    if not reports:
        out.append('<p class="empty">No article was given.</p>\n')
    out.append("</header>\n<main>\n")
    for n, report in enumerate(reports, 1):
        _report(out, report, n)
        out.append("\n")
    out.append("</main>\n</body>\n</html>\n")
    return "".join(out)


def render_summary_html(report) -> str:
    """A compact HTML view of one report, for a notebook's output cell."""
    d = report._data
    s = d.get("summary") or {}
    body = (d.get("readability") or {}).get("body") or {}
    types = s.get("by_source_type") or {}
    cats = s.get("framing_by_category") or {}
    dated = sum(1 for t in d.get("dates") or [] if t.get("date"))
    cell = 'style="border:1px solid #8c8c8c;padding:2px 6px;text-align:left"'
    rows = [
        ("Sentences", _num(s.get("sentences", 0))),
        ("Words", _num(s.get("words", 0))),
        (
            "Readability of the body",
            f"grade {_num(body.get('flesch_kincaid_grade'))} (Flesch-Kincaid), "
            f"reading ease {_num(body.get('flesch_reading_ease'))}",
        ),
        ("Attributions", _num(s.get("attributions", 0))),
        (
            "Source types",
            _e(", ".join(f"{label('source_type', t)} {n}" for t, n in types.items() if n))
            or "none",
        ),
        (
            "Framing cues",
            _e(", ".join(f"{label('framing', c)} {n}" for c, n in cats.items() if n)) or "none",
        ),
        ("Dates", f"{len(d.get('dates') or [])} found, {dated} placed on a calendar day"),
    ]
    parts = [
        '<div class="medialit-report" style="font-family:Arial,Helvetica,sans-serif;color:#1a1a1a">',
        f'<p style="margin:0 0 4px"><strong>{_e(_title(report))}</strong> '
        f"({_e((d.get('source') or {}).get('name', 'article'))})</p>",
        '<table style="border-collapse:collapse"><caption style="text-align:left">'
        "Report summary (report.to_html() gives the full handout)</caption><tbody>",
    ]
    for name, value in rows:
        parts.append(f'<tr><th scope="row" {cell}>{name}</th><td {cell}>{value}</td></tr>')
    parts.append("</tbody></table></div>")
    return "".join(parts)
