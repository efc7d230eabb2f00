"""The command line: ``python -m helpers analyze PATH [PATH ...]``.

Exit status 0 on success, 2 for input the suite cannot use (missing file,
empty, binary, not UTF-8), with a one-line message on standard error and no
traceback. This module never imports pandas or ipywidgets, so it starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .articles import ArticleError, decode

__all__ = ["main"]

EXIT_BAD_INPUT = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m helpers",
        description="Take a news article apart: anatomy, readability, sources and framing.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="analyse one or more articles")
    a.add_argument(
        "paths", nargs="+", metavar="PATH", help="article file(s); - reads standard input"
    )
    a.add_argument("--format", choices=("text", "json", "html"), default="text")
    a.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    c = sub.add_parser("class-report", help="collect students' saved answers into one table")
    c.add_argument("folder", help="folder holding the students' saved files")
    c.add_argument("--csv", metavar="FILE", help="also write the table as CSV")
    return parser


def _read(path: str) -> tuple[str, str]:
    """(name, text) for a path or ``-``; ArticleError with one line if unusable."""
    if path == "-":
        return "stdin", decode(sys.stdin.buffer.read(), "standard input")
    p = Path(path)
    if p.is_dir():
        raise ArticleError(f"{path} is a folder, not an article file")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except OSError as err:
        raise ArticleError(f"{path}: cannot read it ({err.strerror})") from None
    return p.stem, decode(data, path)


def _analyze(args) -> int:
    from .report import analyze

    # Read everything first, so bad input fails before any output is written.
    inputs = [_read(p) for p in args.paths]
    reports = [analyze(text, name=name) for name, text in inputs]
    if args.format == "json":
        docs = [r.to_dict() for r in reports]
        out = json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2) + "\n"
    elif args.format == "html":
        from .handout import render_html

        out = render_html(*reports)
    else:
        out = "\n\n".join(r.to_text() for r in reports) + "\n"
    if args.output:
        Path(args.output).write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    return 0


def _class_report(args) -> int:
    from .classroom import class_report_cli

    return class_report_cli(args.folder, args.csv)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return _analyze(args)
        return _class_report(args)
    except ArticleError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except OSError as err:  # e.g. cannot write -o FILE
        print(f"error: {err.filename or ''} {err.strerror}".strip(), file=sys.stderr)
        return EXIT_BAD_INPUT
