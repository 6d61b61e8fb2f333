"""A message beside a window that leaves the keyboard where it is.

It may come up in the middle of someone's typing (the first change after the board's file
went missing is often a letter in a note), and a window-modal box would take the letters
typed next, with Space or Enter closing it unread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def notice(
    window: QWidget, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning
) -> QMessageBox:
    """Show ``text`` in a box over ``window``; the keys stay with the widget that had them."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, window)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a board's name is never markup
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    typing = QApplication.focusWidget()
    box.show()
    if typing is not None and typing.window() is window:
        window.activateWindow()  # the box stays over its window
        typing.setFocus(Qt.FocusReason.OtherFocusReason)
    return box
