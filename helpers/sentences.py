"""Sentence segmentation for news text.

Interface (used by :mod:`helpers.report`)::

    split_sentences(text: str, parts: list[dict]) -> list[dict]
    # {"id", "part", "text", "start", "end"}; never spans two parts

(Placeholder: splits after . ! ? followed by white space, until the real segmenter lands.)
"""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

_END = re.compile(r"(?<=[.!?])\s+")


def split_sentences(text: str, parts: list[dict]) -> list[dict]:
    out: list[dict] = []
    for part in parts:
        pos = part["start"]
        for piece in _END.split(part["text"]):
            if piece.strip():
                start = text.index(piece, pos)
                end = start + len(piece)
                out.append(
                    {
                        "id": len(out),
                        "part": part["kind"],
                        "text": piece,
                        "start": start,
                        "end": end,
                    }
                )
                pos = end
    return out
