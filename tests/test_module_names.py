"""No module of narrate binds the same top-level name twice.

The normalizer's rules live in large modules edited by several people at once; a constant
added under a name the module already uses ("_ONE_BEFORE", "_NAME_BEFORE") silently
replaces the first one for every rule that read it, and neither Python nor ruff says so
(ruff's F811 only sees redefinitions of names never used). Two such merges changed readings
("per kWh, not per kW" became "kilowatts") before this test existed.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "narrate"


def top_level_names(source: str) -> Counter[str]:
    """How often each name is bound at a module's top level (assignments, defs, classes)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_top_level_names_finds_a_rebinding() -> None:
    source = "import re\n_A = re.compile('a')\ndef f():\n    return _A\n_A = re.compile('b')\n"
    assert top_level_names(source)["_A"] == 2
    assert top_level_names("X = 1\nY: int = 2\n")["X"] == 1


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    twice = {n: k for n, k in top_level_names(path.read_text(encoding="utf-8")).items() if k > 1}
    assert not twice, f"{path.name} binds these names more than once: {twice}"


def test_no_rule_handler_is_defined_by_two_rule_classes() -> None:
    """The normalizer mixes the rule classes of narrate/speech into one class: a handler or
    helper two of them define under one name resolves to the first in the MRO, and the
    other's rules quietly call the wrong one (a clash of helper names once made the
    normalizer fall back to the raw text)."""
    from narrate.normalize import _Normalizer

    owners: dict[str, list[str]] = {}
    for cls in _Normalizer.__mro__[1:]:
        if cls is object:
            continue
        for name in vars(cls):
            if not name.startswith("__"):
                owners.setdefault(name, []).append(cls.__name__)
    clashes = {name: classes for name, classes in owners.items() if len(classes) > 1}
    assert not clashes, f"names defined by more than one rule class: {clashes}"
