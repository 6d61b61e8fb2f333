"""A wheel pan step repaints a strip of the view: the notes scrolling in are drawn there,
not kept as pixels (kept, each was drawn whole into a new pixmap at the next step and then
scrolled on, never copied from it). A frame that shows them whole keeps them (a frame of
the whole view also keeps those its edge cuts), and what the pan shows is what drawing
every note shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRect
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

from canvas.note_item import NoteItem
from tests.canvas.conftest import Board
from tests.canvas.test_note_cache import COLOURS, shows_like_drawn, steady
from tests.wheel_events import send_wheel


def _grid(board: Board) -> list[NoteItem]:
    patches = [
        {
            "x": -450.0 + col * 230.0,
            "y": -320.0 + row * 190.0,
            "height": 150.0,
            "colour": COLOURS[(row + col) % len(COLOURS)],
            "text": f"Rivi {row}, sarake {col}: asiakkaan toive",
        }
        for row in range(9)
        for col in range(4)
    ]
    ids = board.document.notes.add(patches)  # type: ignore[arg-type]
    board.qtbot.waitUntil(lambda: all(board.scene.item_for(i) is not None for i in ids))
    board.scene.finish_layouts()
    items = [board.scene.item_for(i) for i in ids]
    return [item for item in items if isinstance(item, NoteItem)]


class _Painted(QObject):
    """The rectangles of the viewport's paint events."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.rects.append(event.rect())
        return False


def test_a_pan_step_keeps_no_note_it_paints_only_in_part(board: Board) -> None:
    items = _grid(board)
    view = board.view
    view.centerOn(QPointF(0.0, 0.0))
    steady(board, view)

    def in_sight() -> list[NoteItem]:
        area = view.mapToScene(view.viewport().rect()).boundingRect()
        return [item for item in items if area.contains(item.sceneBoundingRect())]

    view.viewport().repaint()  # on screen: a wheel step scrolls these pixels
    seen_whole = set(map(id, in_sight()))
    assert any(item.cached_in is not None for item in items), "the notes in sight are kept"
    # The notes out of sight when the whole view was last drawn (one the view's edge cut
    # was drawn, and kept, with it).
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    newcomers = [item for item in items if not shown.intersects(item.sceneBoundingRect())]
    assert len(newcomers) >= 8
    cut_seen = 0
    painted = _Painted()
    view.viewport().installEventFilter(painted)
    whole_frames = 0
    for _ in range(8):
        painted.rects.clear()
        kept_before = {id(item) for item in newcomers if item.cached_in is not None}
        send_wheel(view.viewport(), -120)
        QApplication.processEvents()  # the strip the step scrolled in is painted
        seen_whole |= set(map(id, in_sight()))
        whole_view = view.viewport().rect()
        if any(rect.contains(whole_view) for rect in painted.rects):
            whole_frames += 1
            continue  # a frame of the whole view keeps the notes its edge cuts
        area = view.mapToScene(whole_view).boundingRect()
        for item in newcomers:
            cut = id(item) not in seen_whole and area.intersects(item.sceneBoundingRect())
            if cut and id(item) not in kept_before:
                cut_seen += 1
                assert item.cached_in is None, item.note.text
    assert whole_frames <= 2, "the steps repaint strips"
    assert cut_seen >= 4, "notes came into sight in part"
    steady(board, view)
    assert any(item.cached_in is not None for item in newcomers), "kept once shown whole"
    shows_like_drawn(board, view)
