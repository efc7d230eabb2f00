"""The engine's modules bind each top-level and class-level name once.

attribution.py is long and grows one rule at a time; twice a new set or method was given
the name of an existing one, and Python silently kept only the later one, changing rules
far from the edit without any error. These tests catch that before a review has to.
"""

from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT

MODULES = sorted((ROOT / "helpers").glob("*.py"))


def _bound_names(body: list[ast.stmt]) -> list[tuple[str, int]]:
    """(name, line) for each name bound directly in ``body``: assignments, functions,
    classes (not inside ``if``/``try``, where binding twice is usually on purpose)."""
    out = []
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append((node.name, node.lineno))
        elif isinstance(node, ast.Assign):
            out += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.value is not None
        ):
            out.append((node.target.id, node.lineno))
    return out


def _twice(body: list[ast.stmt], where: str) -> list[str]:
    seen: dict[str, int] = {}
    clashes = []
    for name, line in _bound_names(body):
        if name in seen:
            clashes.append(f"{where}: {name} bound on lines {seen[name]} and {line}")
        seen.setdefault(name, line)
    return clashes


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_name_is_bound_twice(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    clashes = _twice(tree.body, path.name)
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            clashes += _twice(node.body, f"{path.name} class {node.name}")
    assert not clashes, "\n".join(clashes)


def test_the_check_sees_a_method_defined_twice():
    source = "class A:\n    def f(self):\n        pass\n\n    def f(self, x):\n        pass\n"
    tree = ast.parse(source)
    assert _twice(tree.body[0].body, "A") == ["A: f bound on lines 2 and 5"]
