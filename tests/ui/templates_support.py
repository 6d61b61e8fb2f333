"""Helpers for template tests on a real main window: boards, right-clicks, menus, rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.canvas.conftest import key_code
from ui.main_window import MainWindow
from ui.template_actions import TemplateActions, install


def template_actions(window: MainWindow) -> TemplateActions:
    found = getattr(window, "template_actions", None)
    return found if isinstance(found, TemplateActions) else install(window)


def new_board(
    window: MainWindow,
    qtbot: QtBot,
    path: Path,
    key: str,
    language: str = "fi",
    options: dict[str, bool] | None = None,
) -> int:
    """A new board from ``key`` through the dialog, as a user makes it; returns the frame."""
    actions = template_actions(window)
    dialog = actions.new_board_from_template(path)
    qtbot.waitExposed(dialog)
    dialog.select(key)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData(language))
    for option, on in (options or {}).items():
        dialog.set_option(option, on)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: window.document is not None and window.document.path == path)
    assert window.document is not None
    details = actions.details_dialog
    assert details is not None, "the workshop details are asked"
    qtbot.waitExposed(details)
    details.reject()  # "Skip"
    [frame] = window.document.frames.all()
    return frame.id


def show(window: MainWindow, x: float, y: float, scale: float = 0.5) -> None:
    """Centre the view on a scene point at a given zoom."""
    view = window.view
    assert view is not None
    view._set_scale(scale)
    view.centerOn(QPointF(x, y))


def vp(window: MainWindow, x: float, y: float) -> QPoint:
    assert window.view is not None
    return window.view.mapFromScene(QPointF(x, y))


def right_click(window: MainWindow, qtbot: QtBot, x: float, y: float) -> QMenu:
    """A right-click at a scene point: the button press and release, then the context-menu
    event the platform sends after them (QTest does not synthesise that one)."""
    view = window.view
    assert view is not None
    actions = template_actions(window)
    actions.menu = None
    pos = vp(window, x, y)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.RightButton, pos=pos)
    qtbot.mouseRelease(viewport, Qt.MouseButton.RightButton, pos=pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    menu = actions.menu
    assert menu is not None, "a menu opens"
    qtbot.waitUntil(menu.isVisible)
    return menu


def find_action(menu: QMenu, text: str) -> QAction:
    for action in menu.actions():
        if action.text() == text:
            return action
        sub = action.menu()
        if isinstance(sub, QMenu):
            try:
                return find_action(sub, text)
            except LookupError:
                continue
    raise LookupError(f"no {text!r} in {[a.text() for a in menu.actions()]}")


def choose(menu: QMenu, text: str) -> None:
    action = find_action(menu, text)
    assert action.isEnabled(), f"{text} is enabled"
    action.trigger()
    menu.close()


def question(window: MainWindow, qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox)))
    return next(box for box in window.findChildren(QMessageBox) if box.isVisible())


def answer(box: QMessageBox, qtbot: QtBot, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def file_rows(window: MainWindow) -> tuple[Any, ...]:
    """Frames, zones and notes as the file holds them (without the moving timestamp)."""
    doc = window.document
    assert doc is not None
    notes = tuple(
        (n.id, n.text, n.x, n.y, n.width, n.height, n.zone_id, n.kind, n.fields)
        for n in doc.notes.all()
    )
    return tuple(doc.frames.all()), tuple(doc.frames.zones()), notes


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` a character at a time, as a keyboard layout would (not only ASCII)."""
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, key_code(char), char, Qt.KeyboardModifier.NoModifier
        )
