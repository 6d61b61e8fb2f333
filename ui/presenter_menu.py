"""The Workshop menu's projector part, the texts of the projector's actions, stop names.

Split out of :mod:`ui.presenter_control`; its strings keep the ``PresenterControl``
translation context, so the existing translations stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from canvas.stops import Stop

if TYPE_CHECKING:
    from ui.presenter_control import PresenterControl


def actions(control: PresenterControl) -> list[QAction]:
    """The actions the laptop window takes keyboard shortcuts for."""
    return [
        control.open,
        control.next_stop,
        control.prev_stop,
        control.next_frame,
        control.prev_frame,
        control.whole_board,
        control.follow,
        control.laptop_too,
        control.hide_texts,
        control.contrast,
    ]


def stop_label(stop: Stop) -> str:
    """A stop's name in lists and on the projector: "Title (2/3)" for a page."""
    if stop.pages > 1:
        return (
            QCoreApplication.translate("PresenterControl", "%1 (%2/%3)")
            .replace("%1", stop.title)
            .replace("%2", str(stop.page + 1))
            .replace("%3", str(stop.pages))
        )
    return stop.title


def fill_menu(control: PresenterControl, menu: QMenu) -> None:
    menu.addAction(control.open)
    menu.addMenu(control.screens_menu)
    menu.addSeparator()
    menu.addActions(
        [
            control.next_stop,
            control.prev_stop,
            control.next_frame,
            control.prev_frame,
            control.whole_board,
        ]
    )
    menu.addMenu(control.stops_menu)
    menu.addAction(control.stops_toggle)  # the dock itself is built when first shown
    menu.addActions([control.follow, control.laptop_too])
    menu.addSeparator()
    menu.addActions([control.hide_texts, control.contrast])


def retranslate(control: PresenterControl) -> None:
    """The actions' and submenus' texts in the language now chosen."""

    texts = {
        control.open: QCoreApplication.translate("PresenterControl", "&Presenter Window"),
        control.next_stop: QCoreApplication.translate("PresenterControl", "&Next Stop"),
        control.prev_stop: QCoreApplication.translate("PresenterControl", "Pre&vious Stop"),
        control.next_frame: QCoreApplication.translate("PresenterControl", "Next &Frame"),
        control.prev_frame: QCoreApplication.translate("PresenterControl", "Previous F&rame"),
        control.whole_board: QCoreApplication.translate("PresenterControl", "&Whole Board"),
        control.follow: QCoreApplication.translate("PresenterControl", "Show &My View"),
        control.laptop_too: QCoreApplication.translate("PresenterControl", "Move My View &Too"),
        control.hide_texts: QCoreApplication.translate(
            "PresenterControl", "&Hide Texts on the Projector"
        ),
        control.contrast: QCoreApplication.translate(
            "PresenterControl", "High &Contrast Projector"
        ),
    }
    for action, text in texts.items():
        action.setText(text)
    control.screens_menu.setTitle(
        QCoreApplication.translate("PresenterControl", "Projector &Screen")
    )
    control.stops_menu.setTitle(QCoreApplication.translate("PresenterControl", "&Go To"))
