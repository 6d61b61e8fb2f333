"""The shared laptop, driven as a group would: a note's own menu, frames removed only from the
frame's menu and after a question, room bars that a stray right-click cannot hide, big targets,
a toolbar that stays put, Ctrl+Y, workshop details on a new board and the handout's message."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QFontInfo, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from canvas.commands import PatchNotesCommand
from models.palette import PALETTE
from tests.ui.room_boards import cells, make_room_board, open_board, settle
from tests.ui.templates_support import (
    answer,
    choose,
    find_action,
    question,
    right_click,
    show,
    template_actions,
    vp,
)
from ui.export_dialog import ExportDialog
from ui.main_window import MainWindow


def note_menu(window: MainWindow, qtbot: QtBot, x: float, y: float) -> QMenu:
    """A right-click on a note: press, release and the context-menu event, as a platform
    sends them."""
    view = window.view
    assert view is not None
    menus = window.note_menus  # type: ignore[attr-defined]
    menus.menu = None
    template_actions(window).menu = None
    pos = vp(window, x, y)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.RightButton, pos=pos)
    qtbot.mouseRelease(viewport, Qt.MouseButton.RightButton, pos=pos)
    QApplication.sendEvent(
        viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    )
    assert template_actions(window).menu is None, "the frame's menu did not open"
    menu = menus.menu
    assert menu is not None, "the note's menu opens"
    qtbot.waitUntil(menu.isVisible)
    return menu


def texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_a_right_click_on_a_note_opens_the_notes_own_menu(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "menu.pajalauta"))
    cell = doc.frames.zone(cells(doc)[0])
    assert cell is not None
    [note_id] = doc.notes.add([{"text": "Toiveruuat", "x": cell.x + 30, "y": cell.y + 120}])
    doc.frames.assign_zones([note_id])
    show(window, cell.x + 130, cell.y + 220, 1.0)
    settle()
    menu = note_menu(window, qtbot, cell.x + 130, cell.y + 220)
    words = texts(menu)
    assert "Remove Frame…" not in words and "Tidy Up This Cell" not in words
    for wanted in (
        "&Edit Text",
        "&Colour",
        "&Groups",
        "D&uplicate",
        "Bring to &Front",
        "Cu&t",
        "&Copy",
        "&Delete",
    ):
        assert wanted in words, wanted
    assert window.scene is not None and window.scene.selected_note_ids() == [note_id]
    colours = find_action(menu, "&Colour").menu()
    assert colours is not None
    choose(colours, "Blue")
    menu.close()
    assert doc.notes.get(note_id).colour == PALETTE["blue"]  # type: ignore[union-attr]
    menu = note_menu(window, qtbot, cell.x + 130, cell.y + 220)
    groups = find_action(menu, "&Groups").menu()
    assert groups is not None
    second = doc.groups.all()[1]
    choose(groups, second.name)
    menu.close()
    assert doc.notes.get(note_id).group_id == second.id  # type: ignore[union-attr]
    assert window.undo_stack is not None
    window.undo_stack.undo()
    assert doc.notes.get(note_id).group_id is None  # type: ignore[union-attr]
    menu = note_menu(window, qtbot, cell.x + 130, cell.y + 220)
    choose(menu, "&Delete")
    assert doc.notes.get(note_id) is None
    assert len(doc.frames.all()) == 2, "the frame is still there"


def test_an_empty_frame_is_removed_only_after_a_question(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "kehys.pajalauta", loose=[]))
    frame = doc.frames.all()[0]
    show(window, frame.x + 200, frame.y + 40, 0.5)
    choose(right_click(window, qtbot, frame.x + 200, frame.y + 40), "Remove Frame…")
    box = question(window, qtbot)
    answer(box, qtbot, "Cancel")
    assert len(doc.frames.all()) == 2, "Cancel keeps the frame"
    choose(right_click(window, qtbot, frame.x + 200, frame.y + 40), "Remove Frame…")
    answer(question(window, qtbot), qtbot, "Remove the Frame")
    assert [f.id for f in doc.frames.all()] != [frame.id] and len(doc.frames.all()) == 1


def room_controls(window: MainWindow) -> list[QWidget]:
    bar = window.room.bar
    found: list[QWidget] = [
        w
        for w in bar.findChildren(QWidget)
        if isinstance(w, (QAbstractButton, QLineEdit, QComboBox)) and w.isVisible()
    ]
    return found


def test_the_room_bars_have_big_targets_and_a_right_click_cannot_hide_them(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    open_board(window, make_room_board(tmp_path / "isot.pajalauta"))
    settle()
    controls = room_controls(window)
    assert len(controls) >= 10, "group buttons, +, highlight, timer, box, list, Add"
    for widget in controls:
        name = (
            widget.objectName()
            or type(widget).__name__ + ":" + getattr(widget, "text", lambda: "")()
        )
        assert widget.height() >= 40, f"{name} is {widget.height()} px tall"
        assert QFontInfo(widget.font()).pixelSize() >= 14, f"{name} has small text"
    holder = window.room.bar_holder
    group_button = next(
        w for w in controls if isinstance(w, QAbstractButton) and w.text().startswith("1")
    )
    pos = QPoint(5, 5)
    QApplication.sendEvent(
        group_button,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, group_button.mapToGlobal(pos)),
    )
    QApplication.sendEvent(
        window,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(5, 5), window.mapToGlobal(QPoint(5, 5))
        ),
    )
    settle()
    popups = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert popups == [], "no toolbar/dock menu opened"
    assert holder.isVisible() and window.toolbar.isVisible()


def test_the_toolbar_stays_put_as_the_undo_text_grows_and_ctrl_y_redoes(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    doc = open_board(window, make_room_board(tmp_path / "kumoa.pajalauta"))
    settle()
    bar = window.toolbar
    after_undo = bar.widgetForAction(window.acts.zoom_fit)
    assert after_undo is not None
    before = after_undo.geometry()
    note = doc.notes.all()[0]
    stack = window.undo_stack
    assert isinstance(stack, QUndoStack)
    stack.push(
        PatchNotesCommand(
            doc,
            {note.id: {"text": "Uusi"}},
            "Edit a rather long description of what was done",
            print,
        )
    )
    settle()
    assert "long description" in window.acts.undo.text()
    assert after_undo.geometry() == before, "buttons after Undo did not move"
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.notes.get(note.id).text == note.text  # type: ignore[union-attr]
    qtbot.keyClick(window.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert doc.notes.get(note.id).text == "Uusi", "Ctrl+Y redoes"


def menu_bar_actions(window: MainWindow) -> set[int]:
    found: set[int] = set()

    def walk(actions: list) -> None:  # type: ignore[type-arg]
        for action in actions:
            found.add(id(action))
            if action.menu() is not None:
                walk(action.menu().actions())

    walk(window.menuBar().actions())
    return found


def test_every_room_action_is_reachable_from_the_keyboard(
    window: MainWindow, tmp_path: Path
) -> None:
    open_board(window, make_room_board(tmp_path / "näppis.pajalauta"))
    room = window.room
    in_menus = menu_bar_actions(window)
    timer = room.timer
    wanted = [
        *room.groups.choose[:3],
        room.groups.add,
        room.quick.focus,
        room.votes.start,
        room.votes.end,
        room.votes.reveal,
        room.presenter.next_stop,
        room.presenter.prev_stop,
        room.presenter.open,
        timer.pause_action,
        timer.plus_action,
        timer.stop_action,
        *timer.presets.actions()[:3],
    ]
    for action in wanted:
        assert not action.shortcut().isEmpty() or id(action) in in_menus, action.text()


def test_a_board_from_a_template_asks_for_the_workshop_and_the_handout_uses_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "uusi.pajalauta"
    actions = template_actions(window)
    dialog = actions.new_board_from_template(path)
    qtbot.waitExposed(dialog)
    dialog.select("idea_lists")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: actions.details_dialog is not None)
    details = actions.details_dialog
    assert details is not None
    qtbot.waitExposed(details)
    assert details.title_edit.text(), "prefilled with the template's name"
    assert details.date_edit.text().count(".") == 2, "prefilled with today"
    details.title_edit.setText("Ruokapalvelun työpaja")
    details.place_edit.setText("Juvan kunnantalo")
    details.facilitators_edit.setPlainText("Aino Ohjaaja")
    qtbot.mouseClick(
        details.buttons.button(details.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    doc = window.document
    assert doc is not None
    info = doc.info()
    assert (info.title, info.place, info.facilitators) == (
        "Ruokapalvelun työpaja",
        "Juvan kunnantalo",
        "Aino Ohjaaja",
    )
    export = ExportDialog(doc, window)
    target = tmp_path / "moniste.pdf"
    export.path_edit.setText(str(target))
    opened: list[str] = []

    class Opener(QObject):
        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            opened.append(url.toLocalFile())

    opener = Opener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        export.start()
        qtbot.waitUntil(lambda: export.done_box is not None, timeout=30_000)
        box = export.done_box
        assert isinstance(box, QMessageBox)
        qtbot.waitUntil(box.isVisible)
        labels = [b.text() for b in box.buttons()]
        assert "Open" in labels and "Show in Folder" in labels
        show_folder = next(b for b in box.buttons() if b.text() == "Show in Folder")
        qtbot.mouseClick(show_folder, Qt.MouseButton.LeftButton)
        assert opened == [str(tmp_path)]
    finally:
        QDesktopServices.unsetUrlHandler("file")
    pages = PdfReader(target).pages
    cover, later = pages[0].extract_text(), pages[-1].extract_text()
    assert "Ruokapalvelun työpaja" in cover and "Juvan kunnantalo" in cover
    assert "Aino Ohjaaja" in cover
    assert "Ruokapalvelun työpaja" in later, "page headers carry the workshop's title"


def test_a_new_empty_board_asks_for_the_workshop_too_and_skip_keeps_it_as_made(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "tyhjä.pajalauta"
    assert window.files.new_board(path)
    details = window.files.details_dialog  # type: ignore[attr-defined]
    assert details is not None
    qtbot.waitExposed(details)
    assert details.title_edit.text() == "tyhjä"
    qtbot.mouseClick(
        details.buttons.button(details.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not details.isVisible()
    assert window.document is not None and window.document.info().title == "tyhjä"
    assert window.document.info().workshop_date == "", "Skip stores nothing"


def test_a_target_grows_with_the_desktops_text_size(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    from ui.targets import MIN_TARGET_PX, fit_target

    normal, scaled = QPushButton("Tauko"), QPushButton("Tauko")
    qtbot.addWidget(normal)
    qtbot.addWidget(scaled)
    normal.setStyleSheet("font-size: 12pt;")
    scaled.setStyleSheet("font-size: 24pt;")  # what a 200 % font setting gives
    assert fit_target(normal) >= MIN_TARGET_PX
    assert fit_target(scaled) > fit_target(normal) + 20
