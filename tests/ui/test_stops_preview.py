"""The projector's picture on the laptop is never taken inside a change: one repaint after a
quiet while waits for the projector to be quiet again; a projector that keeps repainting
still gets a new picture every :data:`ui.stops_panel.STALE_MS`."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from benchmarks.workshopgen import build_workshop_board
from tests.ui.room_boards import open_board
from tests.ui.test_projector_room import open_presenter
from ui.main_window import MainWindow
from ui.stops_panel import QUIET_MS, REFRESH_MS, STALE_MS, StopsPanel


def _panel(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> tuple[StopsPanel, object]:
    path = tmp_path / "kuva.pajalauta"
    build_workshop_board(path, 200)
    open_board(window, path)
    presenter = open_presenter(window, qtbot)
    panel = window.findChild(StopsPanel)
    assert panel is not None and panel.isVisible()
    QTest.qWait(3 * REFRESH_MS)
    panel.refresh_preview()
    return panel, presenter


def test_one_repaint_after_a_quiet_while_waits_for_quiet(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    panel, presenter = _panel(window, tmp_path, qtbot)
    shown = panel.preview.pixmap().cacheKey()
    QTest.qWait(STALE_MS + REFRESH_MS)  # a quiet while, longer than the stale picture's age
    assert panel.preview.pixmap().cacheKey() == shown, "nothing changed: the same picture"
    presenter.view.viewport().repaint()  # type: ignore[attr-defined]  # a change lands
    panel._refresh_if_painted()  # the panel's periodic look, right after it
    assert panel.preview.pixmap().cacheKey() == shown, "not inside the change"
    qtbot.waitUntil(lambda: panel.preview.pixmap().cacheKey() != shown, timeout=5000)


def test_a_projector_that_keeps_repainting_gets_a_picture_now_and_then(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    panel, presenter = _panel(window, tmp_path, qtbot)
    shown = panel.preview.pixmap().cacheKey()
    viewport = presenter.view.viewport()  # type: ignore[attr-defined]
    started = time.perf_counter()
    while panel.preview.pixmap().cacheKey() == shown:
        assert time.perf_counter() - started < 10 * STALE_MS / 1000, "no picture"
        viewport.repaint()  # never quiet for QUIET_MS
        QTest.qWait(QUIET_MS // 4)


def test_after_a_drag_the_picture_waits_for_the_drop_to_be_painted(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt

    panel, presenter = _panel(window, tmp_path, qtbot)
    shown = panel.preview.pixmap().cacheKey()
    assert window.view is not None
    viewport = window.view.viewport()
    centre = viewport.rect().center()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    presenter.view.viewport().repaint()  # type: ignore[attr-defined]  # the drag's preview
    QTest.qWait(QUIET_MS + 2 * REFRESH_MS)  # the button held all along
    assert panel.preview.pixmap().cacheKey() == shown, "no picture while the button is held"
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    panel._refresh_if_painted()  # the panel's look, just as the drop lands
    assert panel.preview.pixmap().cacheKey() == shown, "not inside the drop"
    qtbot.waitUntil(lambda: panel.preview.pixmap().cacheKey() != shown, timeout=5000)
