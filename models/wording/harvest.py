"""Find every message template raised in the code, for the translation tables' tests.

A template is the literal first argument of a call to one of our error classes or to
:class:`~models.errors.Phrase`. Programmer errors (``ValueError``, ``KeyError``, …) are not
shown to users as they are and are left out.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PROGRAMMER_ERRORS = frozenset(
    {
        "ValueError",
        "AttributeError",
        "KeyError",
        "TypeError",
        "RuntimeError",
        "AssertionError",
        "IndexError",
        "IntegrityError",
        "OperationalError",
        "NotImplementedError",
        "FileNotFoundError",
        "UsageError",
    }
)


@dataclass(frozen=True)
class Raised:
    path: str
    line: int
    call: str
    template: str | None
    """None when the message is not a literal (an f-string, a variable, …)."""


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def raised_in(path: Path, root: Path) -> Iterator[Raised]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _name(node.func)
        if name in PROGRAMMER_ERRORS or not (name.endswith("Error") or name == "Phrase"):
            continue
        first = node.args[0]
        literal = (
            first.value
            if (isinstance(first, ast.Constant) and isinstance(first.value, str))
            else None
        )
        if literal is None and isinstance(first, ast.Attribute) and first.attr == "template":
            continue  # re-raising another error's template, already counted where it began
        yield Raised(str(path.relative_to(root)), node.lineno, name, literal)


def raised_everywhere(root: Path, folders: tuple[str, ...] = ("models", "exports")) -> list[Raised]:
    found: list[Raised] = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            found.extend(raised_in(path, root))
    return found
