"""Boards for the room tests: real files with frames, zones, groups and workshop notes."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.document import BoardDocument
from models.frame_types import is_cell
from models.templates.starters import DREAM_FEAR, IDEA_LISTS
from ui.main_window import MainWindow

IDEAS = [
    "Työvaatteet pitäisi uusia",
    "Lähiruuan hyödyntäminen",
    "Kotileivonnaiset",
    "Toiveruuat",
    "Avoimet ovet",
]


def make_room_board(path: Path, groups: bool = True, loose: list[str] | None = None) -> Path:
    """Two frames side by side (dream/fear, idea lists) and some loose notes below them."""
    doc = BoardDocument.create(path, title="Juvan työpaja", language="fi")
    if groups:
        doc.groups.ensure_defaults("fi")
    doc.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    first = doc.frames.all()[0]
    doc.frames.instantiate(IDEA_LISTS, first.x + first.width + 600.0, 0.0)
    texts = IDEAS if loose is None else loose
    doc.notes.add(
        [{"text": text, "x": 240.0 * i, "y": first.height + 800.0} for i, text in enumerate(texts)]
    )
    doc.close()
    return path


def open_board(window: MainWindow, path: Path) -> BoardDocument:
    assert window.open_path(path)
    assert window.document is not None and window.view is not None
    QApplication.processEvents()
    return window.document


def cells(doc: BoardDocument, frame_index: int = 0) -> list[int]:
    frame = doc.frames.all()[frame_index]
    return [zone.id for zone in doc.frames.zones(frame.id) if is_cell(zone)]


def wait_for(qtbot: QtBot, condition: object, timeout: int = 3000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)  # type: ignore[arg-type]


def settle(ms: int = 50) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()


def grab(widget: object) -> QImage:
    return widget.grab().toImage()  # type: ignore[attr-defined]


def dark_pixels(image: QImage, rect: QRect, threshold: int = 90) -> int:
    rect = rect.intersected(image.rect())
    count = 0
    for y in range(rect.top(), rect.bottom(), 2):
        for x in range(rect.left(), rect.right(), 2):
            if image.pixelColor(x, y).lightness() < threshold:
                count += 1
    return count


def view_rect(view: object, scene_rect: QRectF) -> QRect:
    """Viewport pixels of a scene rectangle."""
    return view.mapFromScene(scene_rect).boundingRect()  # type: ignore[attr-defined]


def view_point(view: object, x: float, y: float) -> QPoint:
    return view.mapFromScene(QPointF(x, y))  # type: ignore[attr-defined]


def type_text(widget: object, text: str) -> None:
    """Type any text (Finnish letters too) a character at a time, like a keyboard would;
    QTest.keyClicks knows only ASCII."""
    from PySide6.QtTest import QTest

    from tests.canvas.conftest import key_code

    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            widget,
            key_code(char),
            char,  # type: ignore[arg-type]
            Qt.KeyboardModifier.NoModifier,
        )


def left_click(
    qtbot: QtBot, view: object, pos: QPoint, button: Qt.MouseButton = Qt.MouseButton.LeftButton
) -> None:
    qtbot.mouseClick(view.viewport(), button, pos=pos)  # type: ignore[attr-defined]
