"""A zoom-out step draws only the strips its kept picture leaves open; the marks over the far
view (a vote's dots) are drawn on the notes those strips touch, not on every note in sight."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from canvas import look
from canvas.dots import DotTally
from tests.canvas.conftest import Board

WHITE = QColor("#FFFFFF")


def voted_notes(board: Board) -> tuple[list[int], DotTally]:
    ids = board.document.notes.add(
        [
            {"x": 0.0, "y": 0.0, "text": "Asiakas", "colour": "#FFE66D"},
            {"x": 600.0, "y": 0.0, "text": "Juva", "colour": "#A8E28A"},
        ]  # type: ignore[list-item]
    )
    board.qtbot.waitUntil(lambda: all(board.scene.item_for(i) is not None for i in ids))
    document = board.document
    vote = document.votes.start("Paras", budget=10, budget_per="group")
    group = document.groups.add("Ryhmä 1", "#E8590C")
    for note_id in ids:
        document.votes.place_dot(vote, note_id, group)
    tally = DotTally(document)
    tally.show_vote(vote)
    return ids, tally


def marks(board: Board, areas: list[QRectF]) -> QImage:
    """The look's marks alone over white, drawn as the far view draws them (scene units)."""
    image = QImage(800, 200, QImage.Format.Format_RGB32)
    image.fill(WHITE)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    visible = QRectF(-50.0, -50.0, 1600.0, 400.0)
    painter.scale(0.5, 0.5)
    painter.translate(50.0, 50.0)
    look.decorate_far(painter, board.scene, visible, 0.5, areas)
    painter.end()
    return image


def inked(image: QImage, left: int, right: int) -> int:
    """Pixels that are not white between columns ``left`` and ``right``."""
    return sum(
        1
        for x in range(left, right)
        for y in range(image.height())
        if image.pixelColor(x, y) != WHITE
    )


def test_marks_are_drawn_on_the_notes_the_strips_touch_only(board: Board) -> None:
    ids, tally = voted_notes(board)
    first, second = (board.note(i) for i in ids)
    view_look = board.view.look
    view_look.dots = tally
    view_look.changed()
    try:
        with look.painting_with(view_look):
            everywhere = marks(board, [])
            strip = QRectF(first.x - 20.0, first.y - 20.0, 40.0, first.height + 40.0)
            one = marks(board, [strip])
            both = marks(board, [strip, QRectF(second.x + second.width - 5.0, 0.0, 30.0, 50.0)])
    finally:
        view_look.dots = None
        view_look.changed()
        tally.detach()
    # Columns of the image: the first note is drawn at x 25..125, the second at 325..425.
    assert inked(everywhere, 0, 300) > 0 and inked(everywhere, 300, 800) > 0
    assert inked(one, 0, 300) == inked(everywhere, 0, 300)
    assert inked(one, 300, 800) == 0, "a note no strip touches is not marked again"
    assert both == everywhere


def test_a_strip_touching_a_note_at_its_edge_marks_it(board: Board) -> None:
    ids, tally = voted_notes(board)
    second = board.note(ids[1])
    view_look = board.view.look
    view_look.dots = tally
    view_look.changed()
    try:
        with look.painting_with(view_look):
            edge = QRectF(second.x + second.width, second.y, 10.0, 10.0)
            image = marks(board, [edge])
    finally:
        view_look.dots = None
        view_look.changed()
        tally.detach()
    assert inked(image, 300, 800) > 0


def test_the_boards_picture_is_drawn_anew_after_an_edit_once_the_board_is_quiet(
    board: Board,
) -> None:
    """A zoom-out cuts the edges it reveals from a picture of the whole board; after an edit
    (a phone's note) that picture is drawn again while nobody waits, in short slices."""
    from tests.canvas.frames_helpers import insert_small_grid
    from tests.canvas.test_zoom_glide import spread_notes

    insert_small_grid(board)
    spread_notes(board)
    view = board.view
    view.zoom_to_fit()
    view.viewport().repaint()
    board.qtbot.waitUntil(view.overview_fresh, timeout=10_000)
    board.document.notes.add([{"x": 4000.0, "y": 3000.0, "text": "Puhelimesta"}])  # type: ignore[list-item]
    board.qtbot.waitUntil(lambda: not view.overview_fresh(), timeout=3000)
    view.viewport().repaint()  # the board shows the note at rest
    assert not view.overview_fresh(), "not drawn while the board paints"
    board.qtbot.waitUntil(view.overview_fresh, timeout=10_000)
