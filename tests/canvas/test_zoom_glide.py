"""A wheel zoom in motion is shown from the last frame, scaled, with only the revealed strips
drawn anew: every note must still show during the zoom, and once the zoom rests the view must
look exactly as a view freshly opened at that zoom does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from canvas import style
from canvas.far_overview import FarOverview
from canvas.view import BoardView
from canvas.zoom_glide import TILES, carried, screen_source
from tests.canvas.conftest import VIEW_SIZE, Board
from tests.canvas.frames_helpers import insert_small_grid
from tests.wheel_events import send_wheel

COLOURS = ("#FFE66D", "#A8E28A", "#9FD3F5", "#F7A8C8", "#FFB36B", "#C9B6FF")
TEXTS = ("Asiakas", "Juva, Rantasalmi", "Työvaatteet pitäisi uusia", "", "Ö", "peruutustieto")


def wheel(board: Board, delta: int) -> None:
    """One real Ctrl+wheel notch at the centre of the viewport, and its frame."""
    send_wheel(board.view.viewport(), delta, Qt.KeyboardModifier.ControlModifier)
    board.view.viewport().repaint()


def grab(view: BoardView) -> QImage:
    return view.viewport().grab().toImage()


def spread_notes(board: Board, columns: int = 14, rows: int = 10) -> list[int]:
    """Notes side by side around the origin (none overlapping), each colour and text."""
    patches = [
        {
            "x": -2400.0 + col * 340.0,
            "y": -1700.0 + row * 340.0,
            "colour": COLOURS[(row + col) % len(COLOURS)],
            "text": TEXTS[(row * columns + col) % len(TEXTS)],
        }
        for row in range(rows)
        for col in range(columns)
    ]
    ids = board.document.notes.add(patches)  # type: ignore[arg-type]
    board.qtbot.waitUntil(lambda: all(board.scene.item_for(i) is not None for i in ids))
    return ids


def fresh_view(board: Board) -> BoardView:
    """A second view of the same scene at exactly the first one's zoom and place."""
    view = BoardView(board.scene, board.stack)
    board.qtbot.addWidget(view)
    view.resize(*VIEW_SIZE)
    view.show()
    board.qtbot.waitExposed(view)
    view.setTransform(board.view.transform())
    view.horizontalScrollBar().setValue(board.view.horizontalScrollBar().value())
    view.verticalScrollBar().setValue(board.view.verticalScrollBar().value())
    assert view.viewport().size() == board.view.viewport().size()
    assert view.mapFromScene(QPointF(0.0, 0.0)) == board.vp(0.0, 0.0)
    return view


def settle(board: Board) -> None:
    """The zoom rests; texts a frame had no time to lay out (queued) are laid out."""
    board.qtbot.waitUntil(lambda: not board.view.zooming, timeout=3000)
    board.view.viewport().repaint()
    board.scene.finish_layouts()
    QApplication.processEvents()


def test_the_frame_after_a_wheel_zoom_rests_is_a_fresh_views_frame(board: Board) -> None:
    insert_small_grid(board)
    spread_notes(board)
    checked = 0
    for delta, steps in ((-120, 3), (-120, 9), (120, 4), (120, 8)):
        for _ in range(steps):
            wheel(board, delta)
        assert board.view.zooming and board.view.glide_steps() > 0, "drawn from the picture"
        settle(board)
        moved = grab(board.view)
        fresh = fresh_view(board)
        board.scene.finish_layouts()
        fresh.viewport().repaint()
        assert moved == grab(fresh), f"at {board.view.scale_factor():.3f} after {steps} steps"
        fresh.close()
        checked += 1
    assert checked == 4


def _shown(image: QImage, colour: QColor) -> bool:
    found = image.pixelColor(0, 0)
    return max(abs(found.red() - colour.red()), abs(found.green() - colour.green())) < 12 and (
        abs(found.blue() - colour.blue()) < 12
    )


def test_every_note_in_sight_shows_at_every_step_of_a_zoom(board: Board) -> None:
    ids = spread_notes(board)
    board.scene.finish_layouts()
    board.view.viewport().repaint()
    steps = [-120] * 12 + [120] * 12
    far = False
    for delta in steps:
        wheel(board, delta)
        image = grab(board.view)
        scale = board.view.scale_factor()
        area = board.view.mapToScene(board.view.viewport().rect()).boundingRect()
        seen = 0
        for note_id in ids:
            note = board.note(note_id)
            # Above the text (it is centred), clear of the edges a scaled picture may blur.
            spot = QPointF(note.x + note.width * 0.5, note.y + note.height * 0.1)
            if not area.adjusted(2 / scale, 2 / scale, -2 / scale, -2 / scale).contains(spot):
                continue
            point = board.vp(spot.x(), spot.y())
            pixel = image.copy(point.x(), point.y(), 1, 1)
            assert _shown(pixel, QColor(note.colour)), (note_id, f"{scale:.3f}", delta)
            seen += 1
        assert seen > 0
        far = far or scale < style.FAR_SCALE
    assert far, "the zoom went into the far view and back"
    assert board.view.zooming and board.view.glide_steps() > 0


@pytest.mark.parametrize("steps", [2, 12])
def test_a_note_added_during_a_zoom_shows_before_it_rests(board: Board, steps: int) -> None:
    spread_notes(board, 4, 3)
    for _ in range(steps):
        wheel(board, -120)
    assert board.view.zooming
    [note_id] = board.document.notes.add(
        [{"x": 100.0, "y": 100.0, "colour": "#7B3FA0", "text": ""}]
    )
    board.qtbot.waitUntil(lambda: board.scene.item_for(note_id) is not None)
    wheel(board, -120)
    assert board.view.zooming
    image = grab(board.view)
    point = board.vp(110.0, 110.0)
    assert _shown(image.copy(point.x(), point.y(), 1, 1), QColor("#7B3FA0"))


def test_frame_texts_are_laid_out_ahead_while_the_board_is_idle(board: Board) -> None:
    board.view.centerOn(QPointF(50000.0, 50000.0))  # the frame is not drawn up close
    frame_id = insert_small_grid(board)
    layer = board.scene.frames
    frame = layer.frame_item(frame_id)
    assert frame is not None
    headers = [z for z in layer.zone_items(frame_id) if z.kind != "cell"]
    assert headers and all(z._text is None for z in headers), "not laid out while opening"
    board.qtbot.waitUntil(lambda: not layer.warmup.pending(), timeout=5000)
    assert all(z._text is not None for z in headers), "laid out before anyone zoomed in"
    assert frame._text is not None


def test_a_zoom_starts_from_the_frame_on_screen(board: Board) -> None:
    """The first step is not a whole frame drawn anew: it is the frame on screen, scaled."""
    spread_notes(board)
    board.scene.finish_layouts()
    board.view.viewport().repaint()
    wheel(board, -120)
    assert board.view.zooming and board.view.glide_steps() == 1, "started from the screen"
    settle(board)
    # A change the screen does not show yet: the first step draws the whole frame anew.
    [note_id] = board.document.notes.add([{"x": 40.0, "y": 40.0, "colour": "#7B3FA0", "text": ""}])
    board.qtbot.waitUntil(lambda: board.scene.item_for(note_id) is not None)
    wheel(board, -120)
    assert board.view.glide_steps() == 0, "drawn whole: the screen was out of date"


def test_what_the_screen_shows_is_the_views_last_frame(board: Board) -> None:
    spread_notes(board)
    viewport = board.view.viewport()
    for _ in range(2):  # texts the first frame had no time for are laid out for the second
        board.scene.finish_layouts()
        viewport.repaint()
        QApplication.processEvents()
    found = screen_source(viewport)
    assert found is not None, "the offscreen backing store is an image"
    source, rect = found
    assert rect.size() == viewport.size()
    assert source.copy(rect) == grab(board.view).convertToFormat(source.format())


def _colours(image: QImage) -> set[int]:
    pixels = image.convertToFormat(QImage.Format.Format_RGB32)
    return set(memoryview(pixels.constBits()).cast("I"))


def test_a_zoom_in_step_shows_the_last_frames_pixels_larger_never_blended(
    board: Board,
) -> None:
    spread_notes(board)
    board.scene.finish_layouts()
    board.view.viewport().repaint()
    before = grab(board.view)
    wheel(board, 120)
    assert board.view.zooming and board.view.glide_redrawn() == 0
    after = grab(board.view)
    assert after != before, "the step shows the picture larger"
    # Smoothed, a step made colours of its own at every edge, and copies of copies blurred.
    assert _colours(after) <= _colours(before)


def test_zooming_in_draws_blurred_tiles_anew_a_few_a_step(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    insert_small_grid(board)
    spread_notes(board)
    board.scene.finish_layouts()
    board.view.viewport().repaint()
    monkeypatch.setattr("canvas.view_glide.BUDGET_SECONDS", 10.0)  # a machine fast enough
    wheel(board, 120)
    assert board.view.glide_redrawn() == 0, "blown up 1.2 times: shown as it is"
    for _ in range(9):
        wheel(board, 120)
    assert board.view.glide_steps() == 10, "never drawn whole while it moves"
    redrawn = board.view.glide_redrawn()
    assert 0 < redrawn < 9 * TILES * TILES, "tiles drawn anew, not every tile every step"


def test_a_fast_wheels_steps_draw_no_tile_past_their_budget(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    insert_small_grid(board)
    spread_notes(board)
    board.scene.finish_layouts()
    board.view.viewport().repaint()
    board.view._sharpen.setInterval(60_000)  # no pause between the steps below
    monkeypatch.setattr("canvas.view_glide.BUDGET_SECONDS", 0.0)  # no tile ever fits
    for _ in range(8):
        wheel(board, 120)
    assert board.view.glide_steps() == 8
    assert board.view.glide_redrawn() == 0, "the picture shown as it is, one copy a step"
    assert board.view._glide.blurred > 0


def test_a_resting_view_scrolls_and_paints_as_before_the_zoom(board: Board) -> None:
    view = board.view
    spread_notes(board)
    mode = view.viewportUpdateMode()
    opaque = view.viewport().testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    wheel(board, -120)
    assert not view.horizontalScrollBar().updatesEnabled(), "scroll bars wait for the rest"
    settle(board)
    assert view.viewportUpdateMode() == mode
    assert view.viewport().testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent) == opaque
    assert view.horizontalScrollBar().updatesEnabled()
    assert view.verticalScrollBar().updatesEnabled()


def test_tiles_carry_the_zoom_they_were_drawn_at() -> None:
    side = 60 * TILES  # tiles of 60 pixels
    size = QSize(side, side)
    drawn = [1.0] * (TILES * TILES)
    drawn[0] = 0.5  # the top left tile was drawn further out
    # Zoomed in 2x about the middle: every tile comes from the old middle, not the corner.
    inwards = carried(drawn, size, QRectF(-side / 2, -side / 2, 2.0 * side, 2.0 * side), 2.0)
    assert inwards == [1.0] * (TILES * TILES)
    # Zoomed out: the old picture now covers all but the outermost ring of tiles.
    outwards = carried(drawn, size, QRectF(60.0, 60.0, side - 120.0, side - 120.0), 0.8)
    inner = range(1, TILES - 1)
    assert outwards[1 * TILES + 1] == 0.5, "the old top left tile's blur is kept"
    assert all(outwards[r * TILES + c] == 1.0 for r in inner for c in inner if (r, c) != (1, 1))
    edges = [
        r * TILES + c
        for r in range(TILES)
        for c in range(TILES)
        if r in (0, TILES - 1) or c in (0, TILES - 1)
    ]
    assert all(outwards[i] == 0.8 for i in edges), "drawn at this zoom"


def test_the_boards_picture_drawn_in_pieces_is_the_one_drawn_at_once(board: Board) -> None:
    insert_small_grid(board)
    spread_notes(board)
    view = board.view
    content = board.scene.content_rect()
    assert content is not None
    whole = FarOverview()
    whole.prepare(content, "state", view._overview_steps)
    pieces = FarOverview()
    turns = 1
    while not pieces.build(content, "state", view._overview_steps, 0.0):
        turns += 1
    assert turns > 2, "one piece a turn"
    assert pieces._image == whole._image
    assert not pieces.build(content, "changed", view._overview_steps, 0.0), "drawn anew"


def test_a_pause_in_the_zoom_draws_more_blurred_tiles_anew(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    insert_small_grid(board)
    spread_notes(board)
    board.scene.finish_layouts()
    board.view.viewport().repaint()
    board.view._rest.setInterval(60_000)  # the pause below stays shorter than the rest
    # No step draws a tile, however fast the machine: blurred tiles remain for the pause.
    monkeypatch.setattr("canvas.view_glide.BUDGET_SECONDS", 0.0)
    monkeypatch.setattr("canvas.view_glide.SHARPEN_SECONDS", 0.0)  # and it draws one at least
    for _ in range(8):
        wheel(board, 120)
    assert board.view._glide.blurred > 0
    redrawn = board.view.glide_redrawn()
    board.qtbot.waitUntil(lambda: board.view.glide_redrawn() > redrawn, timeout=5000)
    assert board.view.zooming


def test_a_zoom_by_the_menu_during_a_wheel_zoom_is_drawn_exactly(board: Board) -> None:
    spread_notes(board)
    wheel(board, -120)
    assert board.view.zooming
    board.view.zoom_to_fit()
    assert not board.view.zooming, "the whole board is drawn as it is, not from a picture"
    wheel(board, 120)
    board.view.zoom_reset()
    assert not board.view.zooming
