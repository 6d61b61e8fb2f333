"""Numbers in the window's messages are written the way the UI language writes them: the
note's limit reads "4000" in Finnish, not "4,000" (which reads as four point nought there)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from canvas.editor import NoteEditor
from models.document import BoardDocument
from tests.ui.conftest import open_alerts
from ui.i18n import install_language
from ui.main_window import MainWindow


def test_the_note_limit_is_written_the_finnish_way(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    assert install_language("fi")
    path = tmp_path / "raja.pajalauta"
    doc = BoardDocument.create(path, title="Raja", language="fi")
    [note_id] = doc.notes.add([{"text": "alku", "x": 0.0, "y": 0.0}])
    doc.close()
    assert window.open_path(path)
    view = window.view
    assert view is not None
    view.centerOn(QPointF(100, 100))
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(40, 40))
    )
    editor = view.edit_session().editor
    assert isinstance(editor, NoteEditor)
    QApplication.clipboard().setText("pitkä teksti " * 400)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    texts = [box.text() for box in open_alerts(window)]
    assert texts and any("4000" in text for text in texts), texts
    assert not any("4,000" in text for text in texts), texts
    assert window.document is not None
    assert window.document.notes.get(note_id).text == "alku"  # type: ignore[union-attr]
