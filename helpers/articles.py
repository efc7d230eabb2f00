"""Finding the project's folders and loading articles by name.

Notebooks sit in ``notebooks/``, tests in ``tests/``, a teacher may run Python
from anywhere: none of them should spell out ``../seeds``. Everything that
reads a project file goes through :func:`project_dir` and :func:`load_article`,
which find the folders themselves.

>>> article = load_article("trump-putin")
>>> article.title
'Talks underway for Trump-Putin meet in Washington, says White House'
>>> article.text.startswith("Talks underway")
True
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

__all__ = ["Article", "ArticleError", "load_article", "list_articles", "project_dir", "decode"]

_MARKERS = ("seeds", "lessons", "helpers")


class ArticleError(ValueError):
    """Input the suite cannot use; the message is one line a person can act on."""


@dataclass(frozen=True)
class Article:
    """An article's text and what we know about where it came from."""

    name: str
    text: str
    title: str = ""
    meta: dict = field(default_factory=dict, compare=False, repr=False)
    path: Path | None = field(default=None, compare=False, repr=False)

    def __str__(self) -> str:
        return self.text


@cache
def project_dir() -> Path:
    """The repository's top folder (the one holding ``seeds/`` and ``lessons/``).

    ``MEDIALIT_HOME`` overrides it; otherwise we look upwards from this package,
    then from the current folder.
    """
    env = os.environ.get("MEDIALIT_HOME")
    if env:
        return Path(env).resolve()
    for start in (Path(__file__).resolve().parent, Path.cwd().resolve()):
        for folder in (start, *start.parents):
            if all((folder / m).is_dir() for m in _MARKERS[:2]):
                return folder
    raise ArticleError("cannot find the project folder (set MEDIALIT_HOME to the repository)")


def seeds_dir() -> Path:
    return project_dir() / "seeds"


def lessons_dir() -> Path:
    return project_dir() / "lessons"


@cache
def _catalogue() -> dict[str, dict]:
    import yaml  # only needed when articles are looked up by name

    path = seeds_dir() / "articles.yml"
    with path.open(encoding="utf-8") as fh:
        entries = yaml.safe_load(fh) or []
    return {e["name"]: e for e in entries}


def list_articles() -> list[dict]:
    """Every article in ``seeds/``: name, title, kind (real or invented practice), file."""
    return [dict(e) for e in _catalogue().values()]


def decode(data: bytes, label: str = "input") -> str:
    """Bytes to text, or an :class:`ArticleError` that names the problem in one line.

    >>> decode("Caf\\u00e9".encode())
    'Café'
    >>> decode(b"\\x00\\x01\\x02")
    Traceback (most recent call last):
    ...
    helpers.articles.ArticleError: input looks like a binary file, not text
    """
    if not data:
        raise ArticleError(f"{label} is empty: there is no article to read")
    if b"\x00" in data[:65536]:
        raise ArticleError(f"{label} looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(
            f"{label} is not UTF-8 text (byte {err.start} cannot be read); "
            "save it as UTF-8 and try again"
        ) from None
    if not text.strip():
        raise ArticleError(f"{label} holds only white space: there is no article to read")
    return text


def load_article(name_or_path: str | os.PathLike) -> Article:
    """An article from ``seeds/`` by name (or a unique part of it), or from any file path.

    Raises :class:`ArticleError` with a one-line message when it cannot.
    """
    key = str(name_or_path)
    catalogue = _catalogue()
    entry = catalogue.get(key)
    if entry is None:
        hits = [e for n, e in catalogue.items() if key and key in n]
        if len(hits) == 1:
            entry = hits[0]
    if entry is not None:
        path = seeds_dir() / entry["file"]
        text = decode(path.read_bytes(), path.name)
        return Article(entry["name"], text, entry.get("title", ""), dict(entry), path)
    path = Path(key).expanduser()
    if not path.is_file():
        names = ", ".join(sorted(catalogue))
        raise ArticleError(f"no article called {key!r}: not a file, and not one of {names}")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"cannot read {path}: {err.strerror}") from None
    text = decode(data, path.name)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Article(path.stem, text, first[:200], {}, path)
