"""Building blocks the widgets share: labelled controls and named containers.

Every control gets a visible text label (``description`` shown in full), and
every container a stable CSS class (``medialit-<kind>``) that browser tests
look for. Containers print as ``<medialit spot 'spot'>`` rather than as the
full tree of their children, so a notebook's stored text output does not
change with a student's answers.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from .render import box, esc

LABELLED = {"description_width": "initial"}


class Panel(widgets.VBox):
    """A vertical box with the CSS class ``medialit-<kind>`` and a short, stable repr."""

    def __init__(self, children: Any = (), kind: str = "panel", ident: str = "", **kwargs: Any):
        super().__init__(children=list(children), **kwargs)
        self.add_class(f"medialit-{kind}")
        self._medialit = (kind, ident)

    def __repr__(self) -> str:
        kind, ident = self._medialit
        return f"<medialit {kind}{' ' + repr(ident) if ident else ''}>"


def html(value: str = "", css: str | None = None) -> widgets.HTML:
    """An HTML widget (``value`` must already be escaped) that wraps long lines."""
    w = widgets.HTML(value=value, layout=widgets.Layout(width="100%"))
    w.add_class("medialit-text")
    if css:
        w.add_class(css)
    return w


def heading(title: str | None, instructions: str | None = None) -> widgets.HTML:
    parts = []
    if title:
        parts.append(f'<h3 style="margin:0.3em 0">{esc(title)}</h3>')
    if instructions:
        parts.append(f"<p>{esc(instructions)}</p>")
    return html(box("".join(parts)) if parts else "")


def button(text: str, tooltip: str = "", css: str | None = None) -> widgets.Button:
    """A button whose visible text says what it does (Enter and Space press it)."""
    b = widgets.Button(
        description=text,
        tooltip=tooltip or text,
        layout=widgets.Layout(width="auto", align_self="flex-start"),
    )
    if css:
        b.add_class(css)
    return b


def dropdown(label: str, options: list, value: Any = None, width: str = "auto") -> widgets.Dropdown:
    kwargs = {"value": value} if value is not None else {}
    return widgets.Dropdown(
        options=options,
        description=label,
        style=LABELLED,
        layout=widgets.Layout(width=width),
        **kwargs,
    )
