"""The join code as people in the room see it: a QR code, the address and the short code.

:class:`QrCode` paints the QR matrix from ``segno`` with plain rectangles (crisp at any size,
no image files); :class:`JoinCard` puts the three together, and the same card is shown on the
laptop's phone panel and, large, in a corner of the projector.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

QUIET_ZONE = 2


class QrCode(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.setMinimumSize(120, 120)

    def set_text(self, text: str) -> None:
        import segno  # loads when a join card is shown, not at start

        qr = segno.make(text, error="m", micro=False)
        self._matrix = [[bool(cell) for cell in row] for row in qr.matrix]
        self.setToolTip(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.fillRect(QRectF(0, 0, side, side), Qt.GlobalColor.white)
        if not self._matrix:
            return
        modules = len(self._matrix) + 2 * QUIET_ZONE
        step = side / modules
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(
                        QRectF(
                            (x + QUIET_ZONE) * step, (y + QUIET_ZONE) * step, step + 0.5, step + 0.5
                        )
                    )


class JoinCard(QWidget):
    """QR code, address and join code; ``large`` for the projector's back row."""

    def __init__(self, large: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneJoinCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#phoneJoinCard { background: white; border-radius: 12px; }"
            "QLabel { color: black; background: white; }"
        )
        self.qr = QrCode(self)
        self.heading = QLabel(self)
        self.address = QLabel(self)
        self.code = QLabel(self)
        for label in (self.heading, self.address, self.code):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale = 1.5 if large else 1.0
        self.heading.setStyleSheet(f"font-size: {round(14 * scale)}pt; font-weight: 600;")
        self.address.setStyleSheet(f"font-size: {round(12 * scale)}pt;")
        self.code.setStyleSheet(
            f"font-size: {round(22 * scale)}pt; font-weight: 700; letter-spacing: 4px;"
        )
        side, margin = round(200 * scale), round(12 * scale)
        self.qr.setFixedSize(side, side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.heading)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.address)
        layout.addWidget(self.code)

    def show_join(self, url: str, address: str, code: str) -> None:
        self.heading.setText(self.tr("Write from your phone"))
        self.qr.set_text(url)
        self.address.setText(address)
        self.code.setText(self.tr("Code %1").replace("%1", " ".join([code[:3], code[3:]])))
