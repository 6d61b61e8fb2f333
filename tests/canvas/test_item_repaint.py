"""An edit repaints the note's area in every view that shows it (canvas.item_repaint hands the
views the area directly instead of marking the item dirty for Qt's walk of every item)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF
from PySide6.QtGui import QPaintEvent, QRegion, QUndoStack
from pytestqt.qtbot import QtBot

from canvas.commands import PatchNotesCommand
from canvas.view import BoardView
from models.experiment import new_card
from tests.canvas.conftest import Board


class Painted(QObject):
    """The regions of the paint events a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.region = QRegion()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.region = self.region.united(event.region())
        return False


def _settle(qtbot: QtBot) -> None:
    for _ in range(5):
        qtbot.wait(5)


def _view_rect(view: BoardView, area: QRectF) -> QRect:
    return view.mapFromScene(area).boundingRect()


def _repainted(
    board: Board, views: list[BoardView], note_id: int, change: dict[str, object]
) -> None:
    """Push ``change`` and check that each view repainted all of the note."""
    _settle(board.qtbot)
    watchers = []
    for view in views:
        watcher = Painted()
        view.viewport().installEventFilter(watcher)
        watchers.append(watcher)
    board.stack.push(
        PatchNotesCommand(board.document, {note_id: change}, "Edit", lambda _m: None)  # type: ignore[dict-item]
    )
    _settle(board.qtbot)
    item = board.scene.item_for(note_id)
    assert item is not None
    for view, watcher in zip(views, watchers, strict=True):
        view.viewport().removeEventFilter(watcher)
        wanted = _view_rect(view, item.scene_rect()).intersected(view.viewport().rect())
        assert not wanted.isEmpty()
        missing = QRegion(wanted).subtracted(watcher.region)
        assert missing.isEmpty(), f"{change}: not repainted {missing.boundingRect()}"


def test_text_and_colour_edits_repaint_the_note_in_both_views(board: Board, qtbot: QtBot) -> None:
    note_id = board.add(text="Toiveruuat", x=-100.0, y=-100.0)
    other = BoardView(board.scene, QUndoStack())
    qtbot.addWidget(other)
    other.resize(640, 360)
    other.show()
    qtbot.waitExposed(other)
    other.scale(0.5, 0.5)
    other.centerOn(QPointF(0.0, 0.0))
    _repainted(board, [board.view, other], note_id, {"text": "Kotileivonnaiset"})
    _repainted(board, [board.view, other], note_id, {"colour": "#A8E28A"})
    board.stack.undo()
    _settle(qtbot)
    assert board.scene.item_for(note_id).note.colour != "#A8E28A"  # type: ignore[union-attr]


def test_a_card_keeping_its_pixels_is_repainted_with_the_change(board: Board) -> None:
    [card_id] = board.document.notes.add([new_card(-150.0, -200.0, problem="Aamupala")])
    item = board.scene.item_for(card_id)
    assert item is not None and item.cacheMode() != item.CacheMode.NoCache
    fields = {**item.note.fields, "problem": "Kotileivonnaiset"}
    _repainted(board, [board.view], card_id, {"fields": fields})
