"""The media-literacy suite's one analysis engine, and the widgets that show it.

What a notebook may use is listed here; everything else is private::

    from helpers import load_article, analyze
    report = analyze(load_article("trump-putin"))

Widgets import ipywidgets, so they load only when first used
(``helpers.widgets``), which keeps the command line fast.
"""

from __future__ import annotations

from .articles import Article, ArticleError, list_articles, load_article, project_dir
from .report import Report, analyze

__all__ = [
    "Article",
    "ArticleError",
    "Report",
    "analyze",
    "list_articles",
    "load_article",
    "project_dir",
]

__version__ = "0.1.0"
