"""Letters typed on the board when no single note is selected (someone clicked a cell and
started to write) go into the quick-note box and Enter adds them as a note; they used to
vanish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from canvas.view import BoardView
from models.document import BoardDocument
from tests.ui.room_boards import cells, make_room_board, open_board
from ui.main_window import MainWindow


def type_on(widget: object, text: str) -> None:
    for char in text:
        target = QApplication.focusWidget()
        code = Qt.Key(ord(char.upper())) if char != " " else Qt.Key.Key_Space
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, target, code, char, Qt.KeyboardModifier.NoModifier
        )


def click_an_empty_cell(
    window: MainWindow, doc: BoardDocument, qtbot: QtBot, index: int
) -> BoardView:
    """A real click on an empty corner of the first frame's ``index``-th cell."""
    view = window.view
    assert view is not None
    zone = doc.frames.zone(cells(doc)[index])
    assert zone is not None
    inside = QPointF(zone.x + zone.width - 30, zone.y + zone.height - 30)
    view.centerOn(inside)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(inside))
    return view


def test_letters_typed_on_an_empty_cell_become_a_quick_note(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "kirjoita.pajalauta"))
    view = click_an_empty_cell(window, doc, qtbot, 2)
    assert view.hasFocus() and not window.scene.selected_note_ids()  # type: ignore[union-attr]
    before = doc.notes.count()
    type_on(view, "Oma bussi retkiin")
    box = window.room.bar.entry
    assert box.text() == "Oma bussi retkiin", "every letter kept, in order"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert doc.notes.count() == before + 1
    assert "Oma bussi retkiin" in [n.text for n in doc.notes.all()]


def test_letters_typed_on_the_next_board_go_to_its_box_too(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """Each opened board has a view of its own; the box follows the one shown now."""
    for name in ("eka", "toka", "kolmas"):
        doc = open_board(window, make_room_board(tmp_path / f"{name}.pajalauta"))
        view = click_an_empty_cell(window, doc, qtbot, 1)
        type_on(view, name)
        box = window.room.bar.entry
        assert box.text() == name, f"the letters typed on {name} reached the box once"
        box.clear()
        window.close_board()
        QApplication.processEvents()


def test_letters_typed_with_the_room_bar_hidden_show_it_again(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """The room bar hidden from the window's menu: the letters would go into a box no one
    sees (and be added as an unseen note when the board closes)."""
    doc = open_board(window, make_room_board(tmp_path / "piilossa.pajalauta"))
    window.show()
    qtbot.waitExposed(window)
    window.room.bar_holder.toggleViewAction().trigger()
    assert not window.room.bar_holder.isVisible()
    view = click_an_empty_cell(window, doc, qtbot, 2)
    type_on(view, "Näkyvissä")
    box = window.room.bar.entry
    assert window.room.bar_holder.isVisible() and box.isVisible()
    assert box.text() == "Näkyvissä"
