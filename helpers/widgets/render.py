"""HTML the widgets show: always escaped, always readable without colour.

Everything that reaches an ``ipywidgets.HTML`` value goes through :func:`esc`
(article text, student answers, file names, lesson texts): a pasted
``<script>`` or ``<img onerror=...>`` shows as text and never runs. Styles are
inline, so no stylesheet can leak into the rest of JupyterLab. Every mark has
a text label (``[loaded language]``) and every verdict a word and a symbol
(✓ Correct / ✗ Not correct yet); colour only repeats what the words say.

Charts are drawn the same way, as HTML: :func:`bar_chart_html` gives every
bar its label and its number as text, a striped fill and a border (so it
still shows in Windows high-contrast mode), and a table for screen readers;
:func:`timeline_html` puts dated findings along a vertical line. No
JavaScript, no image, no outside file, and no matplotlib in a lesson kernel.

>>> esc('<img src=x onerror="alert(1)">')
'&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
>>> esc("left \\u202eright")  # a right-to-left override is shown, not obeyed
'left \\\\u202eright'
>>> verdict(True)
'<strong>✓ Correct.</strong>'
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from ..summary_text import visible
from .labels import FRAMING_LABELS, PART_LABELS

WRAP = "overflow-wrap:anywhere;word-break:break-word;white-space:normal;max-width:100%"
TAG = "font-size:0.8em;font-weight:bold;letter-spacing:0.03em;text-transform:uppercase;color:#333"
# Each framing category gets a background and an underline style; the text label says which it is.
_MARK_STYLES = (
    ("#fff3b0", "solid"),
    ("#ffd6d6", "dashed"),
    ("#d6ecff", "dotted"),
    ("#dff5d8", "double"),
    ("#ecdcff", "wavy"),
)


def esc(text: Any) -> str:
    """``text`` as safe HTML text (quotes escaped too, for use inside attributes).

    Control characters (an ANSI escape, a right-to-left override that would
    show text backwards) become visible ``\\uXXXX``, as in the handout;
    newlines and tabs stay as they are.
    """
    return html.escape(visible("" if text is None else text), quote=True)


def box(inner: str, tag: str = "div", style: str = "") -> str:
    """``inner`` (already safe HTML) in a block that wraps very long lines."""
    return f'<{tag} style="{WRAP};{style}">{inner}</{tag}>'


def verdict(ok: bool | None) -> str:
    """The verdict in words and a symbol; ``None`` means not answered."""
    if ok is None:
        return "<strong>? Not answered yet.</strong>"
    return "<strong>✓ Correct.</strong>" if ok else "<strong>✗ Not correct yet.</strong>"


def feedback(ok: bool | None, lines: Iterable[str]) -> str:
    """A feedback block: the verdict, then each (already escaped) line as a paragraph."""
    border = {True: "4px solid #2e7d32", False: "4px dashed #b71c1c", None: "4px dotted #555"}[ok]
    body = "".join(f'<p style="margin:0.25em 0">{line}</p>' for line in lines if line)
    return box(
        f"{verdict(ok)}{body}", style=f"border-left:{border};padding:0.2em 0.6em;margin:0.3em 0"
    )


def quoted(words: str) -> str:
    return f"“{esc(words)}”"


def label(text: str) -> str:
    return f'<span style="{TAG}">{esc(text)}</span>'


def paragraph(text: str, style: str = "") -> str:
    return box(esc(text), tag="p", style=style)


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], caption: str = "") -> str:
    """A plain table; every cell is escaped.

    Short cells (numbers, labels) never break; long text wraps at spaces and,
    for very long words, inside them; a table wider than the page scrolls
    sideways instead of squeezing its columns.
    """
    cell = "border:1px solid #999;padding:0.2em 0.4em;vertical-align:top;text-align:left"

    def td(value: Any) -> str:
        text = "" if value is None else str(value)
        fit = "white-space:nowrap" if len(text) <= 14 else "overflow-wrap:break-word"
        fit += ";min-width:14em" if len(text) > 60 else ""
        return f'<td style="{cell};{fit}">{esc(text)}</td>'

    head = "".join(
        f'<th scope="col" style="{cell};white-space:nowrap">{esc(h)}</th>' for h in headers
    )
    body = "".join("<tr>" + "".join(td(v) for v in row) + "</tr>" for row in rows)
    cap = (
        f'<caption style="text-align:left;font-weight:bold">{esc(caption)}</caption>'
        if caption
        else ""
    )
    return (
        f'<div style="overflow-x:auto;max-width:100%"><table style="border-collapse:collapse">{cap}'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


# Charts drawn as HTML -----------------------------------------------------------------
# Hidden on screen, read by screen readers (the usual "visually hidden" recipe).
SR_ONLY = (
    "position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;"
    "clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0"
)
# Bars are black-bordered stripes; a marked bar is solid black with a thick double border
# and a word beside it. The border keeps bars visible where backgrounds are switched off.
_BAR = "border:1px solid #000;background:repeating-linear-gradient(135deg,#fff 0 3px,#444 3px 5px)"
_BAR_MARKED = "border:3px double #000;background:#222"
_MARKER = "font-size:0.85em;border:2px solid #000;padding:0 0.3em;white-space:nowrap"
_LONGEST = 98  # the longest bar's share of its track (its border stays inside)

ChartRow = tuple[str, float | int | None, str]


def number(value: float | int | None, digits: int = 1) -> str:
    """A chart's number as text: whole numbers as they are, others rounded, ``–`` for none.

    >>> number(7), number(11.64), number(None)
    ('7', '11.6', '–')
    """
    if value is None:
        return "–"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return f"{float(value):.{digits}f}"


def figure(title: str, summary: str, inner: str, css: str = "") -> str:
    """A chart's frame: a caption (the title in bold, then a one-line summary) and ``inner``.

    ``inner`` must already be safe HTML; ``title`` and ``summary`` are escaped here.
    """
    cap = f"<strong>{esc(title)}</strong>" + (f"<br>{esc(summary)}" if summary else "")
    classes = f"medialit-chart {css}".strip()
    return box(
        f'<figure class="{classes}" style="margin:0.5em 0;position:relative">'
        f'<figcaption style="margin-bottom:0.4em">{cap}</figcaption>{inner}</figure>'
    )


def bar_chart_html(
    rows: Iterable[ChartRow],
    title: str,
    *,
    summary: str = "",
    headers: Sequence[str] = ("", "Value", "Note"),
    marked: Collection[int] = (),
    mark: str = "hardest",
    reference: tuple[str, float] | None = None,
    label_width: str = "11em",
    digits: int = 1,
) -> str:
    """A horizontal bar chart in plain HTML: every bar shows its label and its number as text.

    Args:
        rows: ``(label, value, note)`` per bar, in the order shown; ``value``
            may be ``None`` (shown as ``–``, no bar); ``note`` (may be empty) is
            shown in smaller type under the label.
        title: the chart's caption.
        summary: one sentence under the title saying what the chart shows.
        headers: the column names of the table screen readers get instead of the bars.
        marked: indexes of rows that stand out: a solid bar and the word ``mark``
            beside it, so colour is never the only sign.
        reference: ``(name, value)`` drawn as a dashed line across the bars and
            said in words under them.
        label_width: room for the labels (they wrap when longer).
        digits: decimals for numbers that are not whole.

    Returns a ``<figure class="medialit-chart">``: the caption, then one
    ``medialit-bar`` row per bar (label, number, bar), hidden from screen
    readers, which read a table of the same rows instead. Every string is
    escaped. A value of zero or below gets no bar, only its number.

    >>> page = bar_chart_html([("named <b>", 3, ""), ("vague", 1, "many")], "Who speaks")
    >>> "named &lt;b&gt;" in page and ">3<" in page and "medialit-bar" in page
    True
    """
    rows = list(rows)
    marked = set(marked)
    values = [float(v) for _, v, _ in rows if v is not None]
    if reference is not None:
        values.append(float(reference[1]))
    top = max([v for v in values if v > 0] or [1.0])

    def share(value: float) -> float:
        return max(0.0, float(value)) / top * _LONGEST

    line = ""
    if reference is not None:
        line = (
            f'<span aria-hidden="true" style="position:absolute;top:0;bottom:0;'
            f'left:{share(reference[1]):.1f}%;border-left:3px dashed #000;box-shadow:1px 0 #fff,-1px 0 #fff"></span>'
        )
    number_width = "9em" if marked else "3.5em"
    bars = []
    for i, (name, value, note) in enumerate(rows):
        is_marked = i in marked
        bar = (
            f'<span style="display:inline-block;box-sizing:border-box;height:1.2em;'
            f'width:{share(value):.1f}%;{_BAR_MARKED if is_marked else _BAR}"></span>'
            if value is not None and value > 0
            else ""
        )
        tag = f'<span style="{_MARKER}">▲ {esc(mark)}</span> ' if is_marked else ""
        extra = f'<br><span style="font-size:0.85em;color:#333">{esc(note)}</span>' if note else ""
        bars.append(
            f'<div class="medialit-bar{" medialit-bar-marked" if is_marked else ""}" '
            'style="display:flex;flex-wrap:wrap;align-items:center;gap:0.1em 0.6em;'
            'margin:0.2em 0;padding:0.15em 0;border-bottom:1px dotted #999">'
            f'<div class="medialit-bar-label" style="flex:0 1 {label_width};min-width:6em">{esc(name)}{extra}</div>'
            f'<div class="medialit-bar-value" style="flex:0 0 {number_width};text-align:right;white-space:nowrap">'
            f"{tag}<strong>{esc(number(value, digits))}</strong></div>"
            '<div style="flex:1 1 10em;position:relative;min-height:1.4em;display:flex;'
            f'align-items:center">{bar}{line}</div></div>'
        )
    key = ""
    if reference is not None:
        key = (
            f'<p style="margin:0.3em 0">Dashed line: {esc(reference[0])}, '
            f"{esc(number(reference[1], digits))}.</p>"
        )
    shown = f'<div aria-hidden="true">{"".join(bars)}{key}</div>'
    table_rows = [
        (
            name,
            number(value, digits),
            ", ".join(x for x in (mark if i in marked else "", note) if x),
        )
        for i, (name, value, note) in enumerate(rows)
    ]
    if reference is not None:
        table_rows.append((reference[0], number(reference[1], digits), ""))
    hidden = f'<div style="{SR_ONLY}">{table(headers, table_rows, caption=title)}</div>'
    return figure(title, summary, shown + hidden)


def timeline_html(
    days: Sequence[tuple[str, Sequence[Mapping[str, Any]]]],
    undated: Sequence[Mapping[str, Any]],
    title: str,
    *,
    summary: str = "",
) -> str:
    """Dated findings along a vertical line, one stop per day, then the ones with no single day.

    ``days`` is ``[(YYYY-MM-DD, findings)]`` in date order; each finding is a
    report date (``text``, ``sentence``, ``how``). Each day says how many days
    after the one before it falls.

    >>> page = timeline_html([("2018-07-16", [{"text": "Monday", "sentence": 3, "how": "<i>"}])], [], "When")
    >>> "Monday, July 16, 2018" in page and "&lt;i&gt;" in page
    True
    """

    def finding(t: Mapping[str, Any]) -> str:
        where = f" (sentence {esc(t.get('sentence'))})" if t.get("sentence") is not None else ""
        how = str(t.get("how") or "")
        words = str(t.get("text") or "")
        if words and how.startswith(words + ":"):  # the rule repeats the words: say them once
            how = how[len(words) + 1 :].strip()
        return f'<li style="margin:0.2em 0">{quoted(t.get("text", ""))}{where}: {esc(how)}</li>'

    stops, before = [], None
    for day, found in days:
        when = _day(day)
        gap = ""
        if before is not None and when is not None:
            n = (when - before).days
            gap = f' <span style="{TAG}">{n} day{"" if n == 1 else "s"} later</span>'
        before = when or before
        heading = f"{when:%A}, {long_date(when)}" if when else str(day)
        stops.append(
            '<li class="medialit-timeline-day" style="position:relative;margin:0 0 0.8em 0;padding-left:0.9em">'
            '<span aria-hidden="true" style="position:absolute;left:-0.62em;top:0.1em;background:#fff;'
            'line-height:1">◆</span>'
            f"<strong>{esc(heading)}</strong>{gap}"
            f'<ul style="margin:0.2em 0 0 0;padding-left:1.2em">{"".join(finding(t) for t in found)}</ul></li>'
        )
    inner = (
        '<ol style="list-style:none;margin:0.3em 0 0.3em 0.6em;padding:0;border-left:3px solid #000">'
        + "".join(stops)
        + "</ol>"
        if stops
        else "<p>No date in the article could be pinned to one day.</p>"
    )
    if undated:
        inner += (
            '<p style="margin:0.6em 0 0.2em"><strong>No single day in the article</strong> '
            "(and why):</p>"
            f'<ul style="margin:0;padding-left:1.2em">{"".join(finding(t) for t in undated)}</ul>'
        )
    return figure(title, summary, inner, css="medialit-timeline-chart")


def long_date(day: dt.date) -> str:
    """A date as the article would write it.

    >>> long_date(dt.date(2018, 7, 16))
    'July 16, 2018'
    """
    return f"{day:%B} {day.day}, {day.year}"


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


# The article as a reader sees it ---------------------------------------------
def article_html(report) -> str:
    """Headline, photo box (caption and credit), dateline, body and copyright, each labelled in words."""
    parts = list(report.parts)
    out = []
    photo: list[str] = []

    def flush_photo() -> None:
        if photo:
            out.append(
                box(
                    f'{label("Photo")}<div style="border:1px dashed #666;padding:1.5em;margin:0.3em 0;'
                    f'text-align:center;color:#333">[photo: not shown]</div>{"".join(photo)}',
                    style="border:1px solid #666;padding:0.5em;margin:0.6em 0;background:#f6f6f6",
                )
            )
            photo.clear()

    for part in parts:
        kind, text = part["kind"], part["text"]
        name = PART_LABELS.get(kind, kind)
        if kind in ("caption", "credit"):
            photo.append(box(f"{label(name)} {esc(text)}", style="margin:0.2em 0"))
            continue
        flush_photo()
        if kind == "headline":
            out.append(
                box(
                    f'{label(name)}<br><span style="font-size:1.4em;font-weight:bold">{esc(text)}</span>'
                )
            )
        elif kind == "dateline":
            out.append(box(f"{label(name)} <strong>{esc(text)}</strong>", style="margin-top:0.5em"))
        elif kind == "body":
            out.append(box(f"{label(name)} {esc(text)}", tag="p"))
        else:
            out.append(
                box(f'{label(name)} <span style="font-size:0.9em">{esc(text)}</span>', tag="p")
            )
    flush_photo()
    if not parts:
        out.append(paragraph("(The article is empty.)"))
    return box("".join(out), style="font-family:Georgia,serif;line-height:1.5")


# Highlighting spans of the article --------------------------------------------
def mark_style(category: str, order: Sequence[str]) -> str:
    bg, line = (
        _MARK_STYLES[order.index(category) % len(_MARK_STYLES)]
        if category in order
        else ("#eee", "solid")
    )
    return f"background:{bg};text-decoration:underline {line};text-decoration-thickness:2px;padding:0 1px"


def highlighted_html(
    report,
    spans: Sequence[Mapping[str, Any]],
    order: Sequence[str],
    names: Mapping[str, str] = FRAMING_LABELS,
) -> str:
    """The article's parts as paragraphs with ``spans`` marked and labelled after each span.

    ``spans`` are dicts with ``start``, ``end`` and ``category``; a span that
    overlaps one already drawn is still labelled, so nothing found is hidden.
    The spans are sorted once and swept along the parts, so a long article
    with thousands of spans takes time in proportion to its length.
    """
    text = report.text
    parts = list(report.parts)
    ordered = sorted(spans, key=lambda s: (s["start"], -s["end"]))
    inside: dict[int, list[Mapping[str, Any]]] = {}
    active: list[
        Mapping[str, Any]
    ] = []  # spans that started before this part and may reach into it
    nxt = 0
    for i in sorted(range(len(parts)), key=lambda i: parts[i]["start"]):
        p_start, p_end = parts[i]["start"], parts[i]["end"]
        while nxt < len(ordered) and ordered[nxt]["start"] < p_end:
            active.append(ordered[nxt])
            nxt += 1
        active = [s for s in active if s["end"] > p_start]
        inside[i] = [s for s in active if s["start"] < p_end]
    paragraphs = []
    for i, part in enumerate(parts):
        p_start, p_end = part["start"], part["end"]
        pieces, pos = [], p_start
        for s in inside[i]:
            start, end = max(s["start"], pos, p_start), min(s["end"], p_end)
            tag = f' <span style="{TAG}">[{esc(names.get(s["category"], s["category"]))}]</span>'
            if start >= end:  # overlaps a span already drawn: keep its label
                pieces.append(tag)
                continue
            pieces.append(esc(text[pos:start]))
            style = mark_style(s["category"], order)
            pieces.append(f'<mark style="{style}">{esc(text[start:end])}</mark>{tag}')
            pos = end
        pieces.append(esc(text[pos:p_end]))
        name = PART_LABELS.get(part["kind"], part["kind"])
        paragraphs.append(box(f"{label(name)} {''.join(pieces)}", tag="p"))
    return box("".join(paragraphs), style="font-family:Georgia,serif;line-height:1.7")


# A small, safe subset of Markdown for worked answers -------------------------
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CODE = re.compile(r"`([^`]+)`")


def safe_markdown(text: str) -> str:
    """Paragraphs, ``- `` lists, ``#`` headings, ``**bold**`` and ```code``` from escaped text.

    Nothing else is interpreted: links, images and HTML stay as the text typed.

    >>> safe_markdown("**Why:** <b>see</b> [x](javascript:alert(1))")
    '<div style="overflow-wrap:anywhere;word-break:break-word;white-space:normal;max-width:100%;"><p><strong>Why:</strong> &lt;b&gt;see&lt;/b&gt; [x](javascript:alert(1))</p></div>'
    """
    blocks = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.rstrip() for ln in block.splitlines() if ln.strip()]
        if not lines:
            continue
        if all(ln.lstrip().startswith(("- ", "* ")) for ln in lines):
            items = "".join(f"<li>{_inline(ln.lstrip()[2:])}</li>" for ln in lines)
            blocks.append(f"<ul>{items}</ul>")
        elif lines[0].startswith("#"):
            head = lines[0].lstrip("#").strip()
            blocks.append(f"<h4>{_inline(head)}</h4>")
            if lines[1:]:
                blocks.append(f"<p>{_inline(' '.join(lines[1:]))}</p>")
        else:
            blocks.append(f"<p>{_inline(' '.join(lines))}</p>")
    return box("".join(blocks))


def _inline(text: str) -> str:
    out = esc(text)
    out = _CODE.sub(r"<code>\1</code>", out)
    return _BOLD.sub(r"<strong>\1</strong>", out)
