#!/usr/bin/env python3
"""Screenshots of the shared-laptop fixes, taken from a real X screen (popups included).

    Xvfb :13 -screen 0 1920x1080x24 &
    DISPLAY=:13 .venv/bin/python scripts/laptop_screenshots.py docs/ [fi|en]

Drives the real window with real key and mouse events (QTest), on the example board: a card
field being edited with Tab, a date kept as written and marked, a note being edited next to a
selected one, the note's own menu, the workshop details asked for a new board, and the message
after the handout is written.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def settle(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def shoot(app: object, path: Path) -> None:
    settle(app, 0.6)
    subprocess.run(["import", "-window", "root", "-crop", "1500x1000+0+0", str(path)], check=True)
    print("saved", path)


def main(out: Path, language: str) -> int:
    from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application
    from ui.i18n import install_language

    work = Path(tempfile.mkdtemp(prefix="pajalauta-laptop-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = make_application()
    app.setCursorFlashTime(0)  # a caret that does not blink is in every screenshot
    install_language(language)
    from canvas.card_item import CardItem
    from models.experiment import new_card
    from ui.export_dialog import ExportDialog
    from ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.move(0, 0)
    window.resize(1500, 1000)
    window.show()
    window.activateWindow()  # without a window manager nothing else makes it active
    window.files.open_demo(folder=work)
    doc, view, scene = window.document, window.view, window.scene
    assert doc is not None and view is not None and scene is not None
    settle(app, 1.0)

    def type_text(text: str) -> None:
        for char in text:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                view,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )

    # 1. a card: type, Tab to the next field, a date that is not one
    [card_id] = doc.notes.add([new_card(-3000.0, -3000.0, problem="Asiakas valittaa")])
    settle(app, 0.3)
    card = scene.item_for(card_id)
    assert isinstance(card, CardItem)
    view.zoom_reset()
    view.centerOn(card.scene_rect().center())
    settle(app, 0.3)

    def field_point(key: str) -> QPoint:
        rect = card.mapRectToScene(card.field_rect(key))
        return view.mapFromScene(QPointF(rect.center().x(), rect.bottom() - 6))

    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=field_point("start_date"))
    type_text("maaliskuussa")
    QTest.keyClick(view, Qt.Key.Key_Return)
    settle(app, 0.3)
    modal = QApplication.activeModalWidget()
    if modal is not None:
        modal.close()
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=field_point("problem"))
    type_text(" puhelimessa")
    QTest.keyClick(view, Qt.Key.Key_Tab)
    type_text("Kuljettaja kysyy")
    shoot(app, out / f"laptop-card-{language}.png")
    QTest.keyClick(view, Qt.Key.Key_Escape)

    # 2. a selected note, then typing on it: the edit frame and caret come first
    notes = [n for n in doc.notes.all() if n.kind == "note" and n.text]
    note = notes[0]
    item = scene.item_for(note.id)
    assert item is not None
    view.centerOn(item.scene_rect().center())
    settle(app, 0.3)
    scene.select_notes([note.id])
    shoot(app, out / f"laptop-note-selected-{language}.png")
    type_text("!")
    window.activateWindow()
    shoot(app, out / f"laptop-note-editing-{language}.png")
    QTest.keyClick(view, Qt.Key.Key_Escape)

    # 3. the note's own menu
    centre = view.mapFromScene(item.scene_rect().center())
    QTest.mousePress(view.viewport(), Qt.MouseButton.RightButton, pos=centre)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.RightButton, pos=centre)
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, centre, view.viewport().mapToGlobal(centre)
        ),
    )
    shoot(app, out / f"laptop-note-menu-{language}.png")
    menu = window.note_menus.menu  # type: ignore[attr-defined]
    if menu is not None:
        menu.close()

    # 4. the handout written: Open / Show in Folder
    export = ExportDialog(doc, window)
    export.path_edit.setText(str(work / "moniste.pdf"))
    export.start()
    while export.done_box is None:
        settle(app, 0.2)
    shoot(app, out / f"laptop-export-done-{language}.png")
    export.done_box.close()

    # 5. a new board from a template asks for the workshop's details
    actions = window.template_actions  # type: ignore[attr-defined]
    dialog = actions.new_board_from_template(work / "uusi.pajalauta")
    settle(app, 0.5)
    dialog.select("idea_lists")
    dialog.accept()
    settle(app, 0.8)
    shoot(app, out / f"laptop-details-{language}.png")
    if actions.details_dialog is not None:
        actions.details_dialog.reject()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(
        main(
            Path(sys.argv[1] if len(sys.argv) > 1 else "docs"),
            sys.argv[2] if len(sys.argv) > 2 else "fi",
        )
    )
