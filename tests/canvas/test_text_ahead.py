"""Texts of the notes around a resting view are laid out ahead: a pan then shows each note
it reveals with its text in the very frame that reveals it, with nothing left to lay out."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from canvas import view_ahead
from canvas.note_item import NoteItem
from tests.canvas.conftest import Board
from tests.wheel_events import send_wheel

TEXTS = ("Asiakas soittaa palveluneuvontaan", "Juva, Rantasalmi", "Työvaatteet pitäisi uusia")


def many_notes(board: Board, columns: int = 30, rows: int = 24) -> list[int]:
    """Notes on a wide grid around the origin, far more than one view shows at 100 %."""
    patches = [
        {
            "x": -4500.0 + col * 300.0,
            "y": -3600.0 + row * 300.0,
            "text": f"{TEXTS[(row + col) % len(TEXTS)]} {row}.{col}",
        }
        for row in range(rows)
        for col in range(columns)
    ]
    ids = board.document.notes.add(patches)  # type: ignore[arg-type]
    board.qtbot.waitUntil(lambda: all(board.scene.item_for(i) is not None for i in ids))
    return ids


def items(board: Board, ids: list[int]) -> list[NoteItem]:
    found = [board.scene.item_for(i) for i in ids]
    return [item for item in found if item is not None]


def at_rest(board: Board) -> None:
    """Paint at 100 % centred on the origin and let the view rest until the work is done."""
    view = board.view
    view.zoom_reset()
    view.centerOn(QPointF(0.0, 0.0))
    view.viewport().repaint()
    board.qtbot.waitUntil(lambda: view.ahead.laid_out > 0, timeout=3000)
    board.qtbot.waitUntil(lambda: view.ahead.pending() == 0, timeout=5000)
    QApplication.processEvents()


def wheel_down(board: Board) -> None:
    send_wheel(board.view.viewport(), -120)
    board.view.viewport().repaint()


def test_notes_just_beyond_a_resting_view_have_their_text_laid_out(board: Board) -> None:
    ids = many_notes(board)
    at_rest(board)
    view = board.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    near = shown.adjusted(
        -shown.width() * 0.9, -shown.height() * 0.9, shown.width() * 0.9, shown.height() * 0.9
    )
    far = shown.adjusted(
        -shown.width() * 2.5, -shown.height() * 2.5, shown.width() * 2.5, shown.height() * 2.5
    )
    around = [i for i in items(board, ids) if near.contains(i.scene_rect())]
    beyond = [i for i in items(board, ids) if not far.intersects(i.scene_rect())]
    assert around and beyond
    assert all(item.fitted is not None for item in around)
    assert all(item.fitted is None for item in beyond), "only the view's surroundings"


def test_a_pan_after_a_rest_reveals_notes_with_their_text_at_once(board: Board) -> None:
    many_notes(board)
    at_rest(board)
    view = board.view
    before = view.verticalScrollBar().value()
    for _ in range(4):
        wheel_down(board)
        assert board.scene.pending_layouts() == 0, "every revealed note had its text"
    assert view.verticalScrollBar().value() > before


def test_nothing_is_laid_out_ahead_where_the_view_draws_no_text(board: Board) -> None:
    ids = many_notes(board)
    view = board.view
    view.zoom_reset()
    view.scale(0.1, 0.1)  # the far view: notes are blocks
    view.centerOn(QPointF(0.0, 0.0))
    view.viewport().repaint()
    board.qtbot.wait(view_ahead.AFTER_MS * 4)
    assert view.ahead.laid_out == 0
    assert all(item.fitted is None for item in items(board, ids))


def test_nothing_is_laid_out_ahead_where_too_many_notes_show_for_text(board: Board) -> None:
    """At a zoom that draws items but no text (too many notes in sight), laying texts out
    ahead would be work no frame shows."""
    patches = [
        {
            "x": col * 110.0,
            "y": row * 110.0,
            "width": 100.0,
            "height": 100.0,
            "text": f"n {row}.{col}",
        }
        for row in range(40)
        for col in range(50)
    ]
    ids = board.document.notes.add(patches)  # type: ignore[arg-type]
    board.qtbot.waitUntil(lambda: all(board.scene.item_for(i) is not None for i in ids))
    view = board.view
    view.zoom_reset()
    view.scale(0.3, 0.3)
    view.centerOn(QPointF(2750.0, 2200.0))
    scale = view.scale_factor()
    assert not view.draws_blocks_at(scale), "items are drawn, as blocks without text"
    assert not view.draws_text_at(scale)
    view.viewport().repaint()
    board.qtbot.wait(view_ahead.AFTER_MS * 4)
    assert view.ahead.laid_out == 0
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    beyond = [i for i in items(board, ids) if not shown.intersects(i.scene_rect())]
    assert beyond and all(item.fitted is None for item in beyond)


def test_a_view_at_rest_is_not_searched_again_until_its_notes_or_place_change(
    board: Board,
) -> None:
    many_notes(board)
    at_rest(board)
    view = board.view

    def rest() -> int:
        view.viewport().repaint()
        assert not view.ahead.resting(), "a paint makes it look around after a pause"
        board.qtbot.waitUntil(view.ahead.resting, timeout=5000)
        return view.ahead.searched

    for _ in range(10):  # until a look around found nothing left to lay out
        searched = rest()
        if rest() == searched:
            break
    else:
        raise AssertionError("every paint searched around the view again")
    assert rest() == searched, "nothing left around it: a paint does not search again"
    assert rest() == searched
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    [new] = board.document.notes.add(
        [{"x": shown.right() + 50.0, "y": shown.top() + 10.0, "text": "Puhelimesta"}]
    )
    board.qtbot.waitUntil(lambda: board.scene.item_for(new) is not None)
    item = board.scene.item_for(new)
    assert item is not None and item.fitted is None
    board.qtbot.waitUntil(lambda: rest() > searched, timeout=3000)
    board.qtbot.waitUntil(lambda: item.fitted is not None, timeout=3000)
    searched = view.ahead.searched
    view.centerOn(QPointF(600.0, 0.0))  # a pan: another place to look around
    board.qtbot.waitUntil(lambda: rest() > searched, timeout=3000)
