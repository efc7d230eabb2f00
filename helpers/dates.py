"""Dates in the article (placeholder until the date rules land).

Interface::

    find_dates(text: str, sentences: list[dict], parts: list[dict]) -> list[dict]
    # {"sentence", "text", "date": "YYYY-MM-DD" | None, "how"}
"""

__all__ = ["find_dates"]


def find_dates(text: str, sentences: list[dict], parts: list[dict]) -> list[dict]:
    return []
