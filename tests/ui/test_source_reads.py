"""PySide6's import hook still tells modules that use PySide6 from those that do not, without
keeping their sources in linecache (ui.source_reads)."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import ui  # noqa: F401  # installs the check
from ui import source_reads


def test_imported_modules_are_sorted_as_before_and_their_sources_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules["PySide6.support.feature"]
    assert getattr(feature._mod_uses_pyside, "_pajalauta_reads_files", False)
    assert not source_reads.install(), "once is enough"
    (tmp_path / "uses_qt_here.py").write_text(
        "from PySide6.QtCore import QPointF\nPOINT = QPointF(1, 2)\n", encoding="utf-8"
    )
    (tmp_path / "plain_here.py").write_text("VALUE = 'ei Qt:ta'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        # An import statement, as modules are imported (PySide6 hooks ``__import__``).
        exec("import uses_qt_here, plain_here", {})
        assert feature.pyside_feature_dict["uses_qt_here"] == 0
        assert feature.pyside_feature_dict["plain_here"] == -1
        assert not [name for name in linecache.cache if name.startswith(str(tmp_path))]
    finally:
        for name in ("uses_qt_here", "plain_here"):
            sys.modules.pop(name, None)
