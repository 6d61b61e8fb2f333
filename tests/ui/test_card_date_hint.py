"""Writing an experiment card's fields in one go: a date the card does not understand
("maaliskuussa") is kept and marked, and the word on how to write a date waits in the status
bar; it does not open a box that would swallow what is typed next into the following field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from canvas.card_item import CardItem
from models.document import BoardDocument
from models.experiment import new_card
from tests.ui.conftest import open_alerts
from ui.main_window import MainWindow


def keys_to_focus(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Each character to whatever has the keyboard now (an open box, else the focus), as a
    real keyboard sends it."""
    for char in text:
        boxes = open_alerts(window)
        target = boxes[0] if boxes else QApplication.focusWidget()
        assert isinstance(target, QWidget)
        code = Qt.Key(ord(char.upper())) if char.strip() else Qt.Key.Key_Space
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, target, code, char, Qt.KeyboardModifier.NoModifier
        )
        qtbot.wait(1)


def test_typing_goes_on_into_the_next_field_after_a_date_that_is_not_one(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "kokeilut.pajalauta"
    document = BoardDocument.create(path, title="Kokeilut")
    [card_id] = document.notes.add([new_card(0.0, 0.0, problem="Jono on pitkä")])
    document.close()
    assert window.open_path(path)
    view, scene = window.view, window.scene
    assert view is not None and scene is not None
    item = scene.item_for(card_id)
    assert isinstance(item, CardItem)
    view.centerOn(item)
    rect = item.mapRectToScene(item.field_rect("review_date"))
    where = view.mapFromScene(rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(where))
    keys_to_focus(qtbot, window, "maaliskuussa")
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, Qt.Key.Key_Tab)
    qtbot.wait(20)
    keys_to_focus(qtbot, window, "Soitin kolmelle")
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    assert window.document is not None
    note = window.document.notes.get(card_id)
    assert note is not None
    fields = note.fields
    assert fields["review_date"] == "maaliskuussa", "kept as written"
    assert not open_alerts(window), "no box took the keyboard"
    assert any(str(value) == "Soitin kolmelle" for value in fields.values()), "nothing lost"
    assert "maaliskuussa" in window.statusBar().currentMessage()
    assert "6.3.2026" in window.statusBar().currentMessage()
