"""HTML the widgets show: always escaped, always readable without colour.

Everything that reaches an ``ipywidgets.HTML`` value goes through :func:`esc`
(article text, student answers, file names, lesson texts): a pasted
``<script>`` or ``<img onerror=...>`` shows as text and never runs. Styles are
inline, so no stylesheet can leak into the rest of JupyterLab. Every mark has
a text label (``[loaded language]``) and every verdict a word and a symbol
(✓ Correct / ✗ Not correct yet); colour only repeats what the words say.

>>> esc('<img src=x onerror="alert(1)">')
'&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
>>> verdict(True)
'<strong>✓ Correct.</strong>'
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

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
    """``text`` as safe HTML text (quotes escaped too, for use inside attributes)."""
    return html.escape("" if text is None else str(text), quote=True)


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

    head = "".join(f'<th scope="col" style="{cell}">{esc(h)}</th>' for h in headers)
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
    """
    text = report.text
    paragraphs = []
    for part in report.parts:
        p_start, p_end = part["start"], part["end"]
        inside = sorted(
            (s for s in spans if s["start"] < p_end and s["end"] > p_start),
            key=lambda s: (s["start"], -s["end"]),
        )
        pieces, pos = [], p_start
        for s in inside:
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
