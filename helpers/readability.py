"""Readability scores (placeholder until the readability engine lands).

Interface::

    readability(text: str, sentences: list[dict]) -> {"body": M, "whole": M, "per_sentence": [...]}
"""

from __future__ import annotations

from .vocabulary import READABILITY_COUNTS, READABILITY_FORMULAS

__all__ = ["readability"]


def _empty() -> dict:
    m = dict.fromkeys(READABILITY_FORMULAS, 0.0)
    m.update(dict.fromkeys(READABILITY_COUNTS, 0))
    return m


def readability(text: str, sentences: list[dict]) -> dict:
    words = sum(len(s["text"].split()) for s in sentences)
    body = _empty() | {
        "words": words,
        "sentences": len(sentences),
        "text_standard": "",
        "warnings": [],
    }
    return {
        "body": body,
        "whole": dict(body),
        "per_sentence": [{"sentence": s["id"], **_empty()} for s in sentences],
    }
