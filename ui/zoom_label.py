"""The status bar's zoom figure, made so a wheel zoom does not lay the window out anew.

A label whose text changes asks its parents to lay themselves out again (the status bar, then
the whole main window): about a millisecond on every zoom step. This one keeps one fixed size,
wide enough for any zoom the view allows, so a new figure only repaints the label.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

WIDEST = "8888 %"
"""Wider than any zoom figure shown (the view zooms from 1 % to a few hundred per cent)."""


class ZoomLabel(QLabel):
    """``ZoomLabel(parent=None)``: ``setText("125 %")`` as any label; its size stays put."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._fix_size()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_size()

    def _fix_size(self) -> None:
        """A fixed width and height: Qt then leaves the layouts above alone on a new text."""
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(WIDEST) + margins.left() + margins.right() + 4
        height = max(metrics.height() + margins.top() + margins.bottom(), 1)
        self.setFixedSize(width, height)
