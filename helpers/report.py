"""The article report: one document that every face of the suite renders.

:func:`analyze` runs each analysis once and gathers the findings into a
:class:`Report` that follows ``report-contract.md`` exactly (``schema_version``
"1"). Notebooks, widgets, the command line and the HTML handout all read this
report; none of them computes a finding of its own.

>>> report = analyze("Critics say the plan may fail. The mayor said it would not.", name="demo")
>>> report.to_dict()["source"]
{'name': 'demo', 'chars': 59}
>>> [s["text"] for s in report.sentences]
['Critics say the plan may fail.', 'The mayor said it would not.']
"""

from __future__ import annotations

import json
from typing import Any

from . import anatomy, attribution, dates, framing, readability, sentences
from .vocabulary import (
    ATTRIBUTION_KEYS,
    CHANNELS,
    FRAMING_CATEGORIES,
    FRAMING_KEYS,
    SOURCE_TYPES,
)

__all__ = ["Report", "analyze", "SCHEMA_VERSION"]

SCHEMA_VERSION = "1"


class Report:
    """The findings on one article, as the contract describes them.

    The keys of the contract are attributes (``report.parts``,
    ``report.attributions`` ...); :meth:`to_dict` gives the JSON object.
    Notebooks get pandas tables from the ``*_frame`` methods.
    """

    __slots__ = ("_data", "text")

    def __init__(self, data: dict[str, Any], text: str):
        self._data = data
        self.text = text

    def __getattr__(self, key: str) -> Any:
        try:
            return self._data[key]
        except KeyError:
            raise AttributeError(key) from None

    def __repr__(self) -> str:
        s = self._data["summary"]
        return (
            f"<Report {self._data['source']['name']!r}: {s['sentences']} sentences, "
            f"{s['attributions']} attributions, {len(self._data['framing'])} framing cues>"
        )

    @property
    def name(self) -> str:
        return self._data["source"]["name"]

    def to_dict(self) -> dict[str, Any]:
        """The report as the contract's JSON object (a fresh copy)."""
        return json.loads(json.dumps(self._data))

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self._data, ensure_ascii=False, indent=indent)

    def sentence(self, sid: int) -> dict[str, Any]:
        return self._data["sentences"][sid]

    # Faces -----------------------------------------------------------------
    def to_text(self) -> str:
        """A readable summary for the terminal."""
        from .summary_text import render_text

        return render_text(self)

    def to_html(self) -> str:
        """A self-contained, printable handout (no external assets)."""
        from .handout import render_html

        return render_html(self)

    def _repr_html_(self) -> str:  # pragma: no cover - notebooks only
        from .handout import render_summary_html

        return render_summary_html(self)

    # pandas tables for notebooks (pandas imported only here) --------------
    def parts_frame(self):
        return _frame(self._data["parts"], ["kind", "text", "start", "end"])

    def sentences_frame(self):
        return _frame(self._data["sentences"], ["id", "part", "text", "start", "end"]).set_index(
            "id"
        )

    def readability_frame(self):
        """One row per sentence: its text, part and every score."""
        import pandas as pd

        rows = self._data["readability"]["per_sentence"]
        frame = pd.DataFrame(rows).set_index("sentence")
        meta = self.sentences_frame()[["part", "text"]]
        return meta.join(frame, how="right")

    def attributions_frame(self):
        return _frame(self._data["attributions"], list(ATTRIBUTION_KEYS))

    def framing_frame(self):
        return _frame(self._data["framing"], list(FRAMING_KEYS))

    def dates_frame(self):
        return _frame(self._data["dates"], ["sentence", "text", "date", "how"])


def _frame(rows, columns):
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


def _summary(sents, attrs, frames, no_comment, whole) -> dict[str, Any]:
    by_type = dict.fromkeys(SOURCE_TYPES, 0)
    by_channel = dict.fromkeys(CHANNELS, 0)
    named = 0
    speakers = set()
    for a in attrs:
        by_type[a["source_type"]] += 1
        by_channel[a["channel"]] += 1
        named += bool(a["named"])
        if a["speaker"]:
            speakers.add(a["speaker"].casefold())
    by_cat = dict.fromkeys(FRAMING_CATEGORIES, 0)
    for f in frames:
        by_cat[f["category"]] += 1
    return {
        "sentences": len(sents),
        "words": whole["words"],
        "attributions": len(attrs),
        "by_source_type": by_type,
        "by_channel": by_channel,
        "named_share": round(named / len(attrs), 4) if attrs else None,
        "distinct_sources": len(speakers),
        "anonymous": by_type["anonymous"],
        "vague": by_type["vague"],
        "framing_by_category": by_cat,
        "no_comment": no_comment,
    }


def analyze(text: Any, name: str | None = None) -> Report:
    """Analyse one article and return its :class:`Report`.

    ``text`` is a ``str`` (an :class:`~helpers.articles.Article` works too).
    Any string is accepted; an empty one gives an empty report.
    """
    if name is None:
        name = getattr(text, "name", None) or "article"
    text = getattr(text, "text", text)
    if not isinstance(text, str):
        raise TypeError(f"analyze() needs the article as text (str), not {type(text).__name__}")
    parts = anatomy.split_parts(text)
    sents = sentences.split_sentences(text, parts)
    scores = readability.readability(text, sents)
    attrs, no_comment = attribution.find_attributions(text, sents, parts)
    frames = framing.find_framing(text, sents, attrs)
    when = dates.find_dates(text, sents, parts)
    data = {
        "schema_version": SCHEMA_VERSION,
        "source": {"name": str(name), "chars": len(text)},
        "parts": parts,
        "sentences": sents,
        "readability": scores,
        "attributions": attrs,
        "framing": frames,
        "dates": when,
        "summary": _summary(sents, attrs, frames, no_comment, scores["whole"]),
    }
    return Report(data, text)
