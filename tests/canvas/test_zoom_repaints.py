"""A wheel zoom on the laptop repaints the laptop only: the projector, showing the same scene,
repaints when what it shows changes, not because the laptop drew a frame's headers for the
first time (which gives all the frame's headers their shared sizes)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QTransform

from benchmarks.qtframes import PaintCounter
from canvas.frame_items import ZoneItem
from canvas.projector_view import ProjectorView
from canvas.zoom_sketch import BATCH_RECTS, sketch_far_pieces
from models.templates import Band, GridLayout, Label
from tests.canvas.conftest import Board
from tests.canvas.frames_helpers import ORIGIN, SMALL_GRID
from tests.wheel_events import send_wheel

UNTITLED_ROW = replace(
    SMALL_GRID,
    key="test_untitled_row",
    layout=replace(
        SMALL_GRID.layout,
        rows=(
            Band("top", Label("Ylärivi", "Top row"), Label("Ylhäällä", "Up here")),
            Band("bottom", Label("", ""), colour="#FBEBEA"),
        ),
    ),
)
"""The small grid with a row header left without a title (as a facilitator may leave one)."""


def _frame(board: Board) -> list[ZoneItem]:
    """The grid inserted; its headers."""
    assert isinstance(UNTITLED_ROW.layout, GridLayout)
    frame_id = board.document.frames.instantiate(UNTITLED_ROW, *ORIGIN)
    layer = board.scene.frames
    board.qtbot.waitUntil(lambda: layer.frame_item(frame_id) is not None)
    return [z for z in layer.zone_items(frame_id) if z.kind != "cell"]


def _projector(board: Board, scale: float, centre: QPointF) -> tuple[ProjectorView, PaintCounter]:
    projector = ProjectorView(board.scene, board.stack)
    board.qtbot.addWidget(projector)
    projector.resize(160, 160)
    projector.show()
    board.qtbot.waitExposed(projector)
    projector.setTransform(QTransform.fromScale(scale, scale))
    projector.centerOn(centre)
    projector.viewport().repaint()
    counter = PaintCounter()
    projector.viewport().installEventFilter(counter)
    board.qtbot.wait(200)  # its own rest after its first frame, if any
    counter.count = 0
    return projector, counter


def _zoom_in_to_the_headers(board: Board, steps: int) -> None:
    view = board.view
    for _ in range(steps):
        send_wheel(view.viewport(), 120, Qt.KeyboardModifier.ControlModifier)
        view.viewport().repaint()
        board.qtbot.wait(5)
    assert view.zooming and view.scale_factor() > 1.0
    board.qtbot.waitUntil(lambda: not view.zooming, timeout=3000)
    board.qtbot.wait(50)


def test_a_laptop_wheel_zoom_does_not_repaint_the_projector(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("canvas.view_glide.BUDGET_SECONDS", 10.0)  # tiles drawn in the steps
    headers = _frame(board)
    untitled = next(z for z in headers if z.kind == "row" and not z.zone.title)
    view = board.view
    view.setTransform(QTransform.fromScale(0.1, 0.1))
    view.centerOn(QPointF(0.0, 0.0))
    view.viewport().repaint()
    assert view.uses_blocks(), "from far: no header item drawn on the laptop yet"
    # The projector shows the untitled header up close, none of the titled ones.
    projector, counter = _projector(board, 1.0, untitled.scene_rect().center())
    assert all(z._text is None for z in headers), "no header text laid out yet"
    _zoom_in_to_the_headers(board, 14)
    assert any(z._text is not None for z in headers), "the laptop drew the headers' text"
    assert untitled._cap is not None, "the frame's row headers were evened out"
    assert counter.count == 0, "nothing the projector shows changed"
    projector.close()


def test_a_header_shown_with_its_text_repaints_when_its_size_changes(board: Board) -> None:
    headers = _frame(board)
    board.view.viewport().repaint()  # at 100 %: every header's text drawn
    header = next(z for z in headers if z.kind == "column")
    assert header._text is not None
    projector, counter = _projector(board, 1.0, header.scene_rect().center())
    header.set_title_cap(18)
    board.qtbot.waitUntil(lambda: counter.count > 0, timeout=2000)
    projector.close()


def test_a_zoom_step_leaves_a_templates_first_headers_to_the_frame_at_rest(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Laying out a template's headers the first time costs 5-30 ms: not in a zoom step."""
    monkeypatch.setattr("canvas.zone_header._LAID_OUT", set())  # no frame of its kind yet
    monkeypatch.setattr("canvas.view_glide.BUDGET_SECONDS", 10.0)  # tiles drawn in the steps
    headers = _frame(board)
    frame = headers[0].parentItem()
    view = board.view
    view.setTransform(QTransform.fromScale(0.1, 0.1))
    view.centerOn(QPointF(0.0, 0.0))
    view.viewport().repaint()
    for _ in range(14):
        send_wheel(view.viewport(), 120, Qt.KeyboardModifier.ControlModifier)
        view.viewport().repaint()
    assert view.zooming and view.scale_factor() > 1.0 and view.glide_redrawn() > 0
    assert all(z._text is None for z in headers), "not laid out in a step"
    assert getattr(frame, "even_out", None) is not None
    board.qtbot.waitUntil(lambda: not view.zooming, timeout=3000)
    view.viewport().repaint()  # the frame at rest (Qt may not have painted it yet)
    assert all(z.text_shown for z in headers if z.zone.title), "exact text once it rests"
    assert getattr(frame, "even_out", None) is None


def test_one_frame_of_each_kind_is_laid_out_ahead_first_the_nearest_first(board: Board) -> None:
    layer = board.scene.frames
    doc = board.document
    grids = [doc.frames.instantiate(SMALL_GRID, x, 0.0) for x in (3000.0, 6000.0, 9000.0)]
    untitled = [doc.frames.instantiate(UNTITLED_ROW, x, 0.0) for x in (12000.0, 4500.0)]
    board.qtbot.waitUntil(lambda: all(layer.frame_item(i) is not None for i in grids + untitled))
    board.view.centerOn(QPointF(9300.0, 300.0))  # nearest: grids[2], then untitled[0]
    order = list(reversed(layer.warmup._order(layer)))
    assert order[:2] == [grids[2], untitled[0]], "one of each kind, the nearest first"
    assert order[2:] == [grids[1], untitled[1], grids[0]], "then the others, nearest first"


def test_texts_queued_in_a_zoom_step_are_laid_out_once_it_rests(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A zoom's steps come from a picture a text laid out would not change (and a repaint for
    it would repaint the projector too): the queue waits for the zoom to rest."""
    for index in range(30):
        board.add(
            text=f"lappu numero {index}",
            x=-600.0 + 220.0 * (index % 6),
            y=220.0 * (index // 6) - 500.0,
        )
    view = board.view
    view.setTransform(QTransform.fromScale(0.1, 0.1))
    view.centerOn(QPointF(0.0, 0.0))
    view.viewport().repaint()
    monkeypatch.setattr("canvas.view_glide.LAYOUT_BUDGET_SECONDS", 0.0)  # every text queued
    monkeypatch.setattr("canvas.view_glide.BUDGET_SECONDS", 10.0)  # tiles drawn in the steps
    for _ in range(13):
        send_wheel(view.viewport(), 120, Qt.KeyboardModifier.ControlModifier)
        view.viewport().repaint()
        board.qtbot.wait(20)  # the queue's turns come and go
    assert view.zooming and view.scale_factor() > 0.8
    assert board.scene.pending_layouts() > 0, "waiting for the zoom to rest"
    board.qtbot.waitUntil(lambda: not view.zooming, timeout=3000)
    board.qtbot.waitUntil(lambda: board.scene.pending_layouts() == 0, timeout=3000)


def test_the_boards_picture_is_drawn_in_pieces_of_a_thousand_notes_at_most(board: Board) -> None:
    """A zoom step's share of drawing the board's picture stays small on a big board."""
    patches = [
        {"x": 130.0 * (i % 50), "y": 130.0 * (i // 50), "colour": "#FFE66D", "text": ""}
        for i in range(2500)
    ]
    ids = board.document.notes.add(patches)  # type: ignore[arg-type]
    board.scene.finish_items()
    cache = board.scene.far_cache()
    content = board.scene.content_rect()
    assert content is not None and len(ids) == 2500
    pieces = sketch_far_pieces([], cache, [content], QBrush(QColor("#FFFFFF")))
    assert len(pieces) == 1 + -(-2500 // BATCH_RECTS), "the ground, then a piece a thousand"


def test_a_zoom_step_lays_out_the_headers_of_a_kind_of_frame_seen_before(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The others of a template's frames reuse its layouts: drawn with text in the step."""
    monkeypatch.setattr("canvas.view_glide.BUDGET_SECONDS", 10.0)  # tiles drawn in the steps
    first = _frame(board)
    board.view.viewport().repaint()  # at 100 %: the first frame's headers laid out
    assert all(z._text is not None for z in first if z.zone.title)
    frame_id = board.document.frames.instantiate(UNTITLED_ROW, ORIGIN[0] + 5000.0, ORIGIN[1])
    layer = board.scene.frames
    board.qtbot.waitUntil(lambda: layer.frame_item(frame_id) is not None)
    second = [z for z in layer.zone_items(frame_id) if z.kind != "cell"]
    view = board.view
    view.setTransform(QTransform.fromScale(0.1, 0.1))
    view.centerOn(QPointF(5000.0, 0.0))
    view.viewport().repaint()
    for _ in range(14):
        send_wheel(view.viewport(), 120, Qt.KeyboardModifier.ControlModifier)
        view.viewport().repaint()
    assert view.zooming and view.glide_redrawn() > 0
    assert any(z.text_shown for z in second), "drawn with its text during the zoom"
