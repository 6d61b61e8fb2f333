"""The phones' join card (QR code, address, six-digit code) on the projector takes a column
of its own at the right: a stop's notes are laid out left of it and never under it (the card
covered the right half of a note's text), and the clock moves left of it too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QRectF, Qt
from pytestqt.qtbot import QtBot

from tests.ui.phone_support import make_phone_board, open_phones
from tests.ui.room_boards import open_board
from tests.ui.test_presenter import open_presenter
from ui.main_window import MainWindow

LONG = (
    "Teema: Innostajana työyhteisössä. Ongelma asiakkaan näkökulmasta: kiire ja väsymys "
    "näkyvät asiakkaille. Mitä kokeilen: ohjatut taukojumpat kahdesti viikossa."
)


def test_the_join_card_covers_no_note_and_no_clock(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    doc = open_board(window, make_phone_board(tmp_path / "liity.pajalauta"))
    frame = doc.frames.all()[0]
    cell = doc.frames.grid(frame.id).cells[0]
    doc.notes.add([{"text": LONG, "x": cell.x + 20, "y": cell.y + 60, "zone_id": cell.id}])
    presenter = open_presenter(window, qtbot)
    open_phones(window)
    overlay = window.phones.overlay
    assert overlay is not None and overlay.isVisible()
    window.countdown.start(300)
    card_area = QRectF(overlay.geometry())
    pages_seen = 0
    for _ in range(8):  # the board, the frame, then its cells
        qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
        qtbot.wait(30)
        page = presenter.reading.page if presenter.reading.isVisible() else None
        if page is not None:
            pages_seen += 1
            for rect in page.rects():
                assert not rect.intersects(card_area), (rect, card_area)
        viewport = presenter.view.viewport().geometry()
        assert not QRect(viewport).intersects(overlay.geometry()), "the wall stays left of it"
    assert pages_seen, "a cell's notes were laid out to read"
    assert not presenter.clock.geometry().intersects(overlay.geometry())
    window.phones.panel.on_projector.click()
    qtbot.wait(30)
    assert presenter.content_rect().right() > overlay.geometry().left(), "the column is given back"
