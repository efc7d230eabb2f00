"""Framing cues (placeholder until the rules land).

Interface::

    find_framing(text, sentences, attributions) -> list[dict]
    # {"sentence", "text", "category", "start", "end", "explanation"}
"""

__all__ = ["find_framing"]


def find_framing(text: str, sentences: list[dict], attributions: list[dict]) -> list[dict]:
    return []
