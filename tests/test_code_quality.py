"""The layering and style rules of DESIGN.md, checked on every run."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def imported_modules(folder: str) -> dict[Path, set[str]]:
    found: dict[Path, set[str]] = {}
    for path in (ROOT / folder).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[path] = names
    return found


def test_models_import_no_qt_and_no_upper_layer() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(names)
        for path, names in imported_modules("models").items()
        if any(n.split(".")[0] in (*QT_MODULES, "canvas", "ui", "exports") for n in names)
    }
    assert offenders == {}


def test_exports_do_not_touch_widgets_or_scene_items() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(names)
        for path, names in imported_modules("exports").items()
        if "png" not in path.name
        and any(n.split(".")[0] in ("canvas", "ui") or n.endswith("QtWidgets") for n in names)
    }
    assert offenders == {}


def test_canvas_does_not_import_ui() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path, names in imported_modules("canvas").items()
        if any(n.split(".")[0] == "ui" for n in names)
    ]
    assert offenders == []


def _tool(name: str) -> list[str]:
    try:
        __import__(name)
    except ImportError:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return [sys.executable, "-m", name]


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [*_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_models_are_mypy_strict_clean() -> None:
    result = subprocess.run([*_tool("mypy"), "models"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
