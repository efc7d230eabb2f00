"""Who said what, through which channel (placeholder until the rules land).

Interface::

    find_attributions(text, sentences, parts) -> (list[dict], list[int])
    # attributions as in the contract, and the ids of "declined to comment" sentences
"""

__all__ = ["find_attributions"]


def find_attributions(text: str, sentences: list[dict], parts: list[dict]):
    return [], []
