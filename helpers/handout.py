"""The printable HTML handout (placeholder until the handout lands)."""

from __future__ import annotations

import html

__all__ = ["render_html", "render_summary_html"]


def render_summary_html(report) -> str:
    return f"<pre>{html.escape(report.to_text())}</pre>"


def render_html(*reports) -> str:
    body = "".join(render_summary_html(r) for r in reports)
    return f"<!doctype html><html lang='en'><meta charset='utf-8'><title>Article report</title>{body}</html>\n"
