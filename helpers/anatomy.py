"""An article's anatomy: headline, caption, credit, dateline, body, copyright.

Interface (used by :mod:`helpers.report`)::

    split_parts(text: str) -> list[dict]   # {"kind", "text", "start", "end"}

Parts are in reading order, do not overlap, and ``text[start:end] == part["text"]``.
(Placeholder: one body part per paragraph, until the anatomy rules land.)
"""

from __future__ import annotations

import re

__all__ = ["split_parts"]

_PARA = re.compile(r"[^\n]*\S[^\n]*")


def split_parts(text: str) -> list[dict]:
    parts = []
    for m in _PARA.finditer(text):
        start, end = m.start(), m.end()
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        parts.append({"kind": "body", "text": text[start:end], "start": start, "end": end})
    return parts
