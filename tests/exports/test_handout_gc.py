"""The cycle collector waits while a handout is laid out and runs again after it, also when
the export fails (exports.gc_pause)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from exports.handout import ExportCancelled, write_handout
from tests.exports.boards import build_workshop_board


def test_the_collector_is_paused_during_the_export_only(tmp_path: Path) -> None:
    doc = build_workshop_board(tmp_path / "board.pajalauta")
    seen: list[bool] = []
    try:
        assert gc.isenabled()
        result = write_handout(
            doc, tmp_path / "handout.pdf", progress=lambda done, total: seen.append(gc.isenabled())
        )
        assert result.pages > 1
        assert seen and not any(seen), "paused while laid out"
        assert gc.isenabled(), "and running again after"
        with pytest.raises(ExportCancelled):
            write_handout(doc, tmp_path / "cancelled.pdf", cancel=lambda: True)
        assert gc.isenabled(), "a cancelled export resumes it too"
        gc.disable()
        try:
            write_handout(doc, tmp_path / "again.pdf")
            assert not gc.isenabled(), "a caller who had paused it keeps it paused"
        finally:
            gc.enable()
    finally:
        doc.close()
