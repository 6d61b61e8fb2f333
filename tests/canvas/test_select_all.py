"""Select all (Ctrl+A's area over the whole board) selects every note with one
``selectionChanged``, and without asking Qt's index; any other area still selects what it
touches."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainterPath, QTransform

from models.templates.starters import IDEA_LISTS
from tests.canvas.conftest import Board


def _spread(board: Board) -> list[int]:
    board.document.frames.instantiate(IDEA_LISTS, 3000.0, 0.0)
    return board.document.notes.add(
        [{"text": f"idea {i}", "x": i * 400.0 - 2000.0, "y": (i % 4) * 300.0} for i in range(30)]
    )


def test_select_all_selects_every_note_once(board: Board) -> None:
    ids = _spread(board)
    signals: list[int] = []
    board.scene.selectionChanged.connect(lambda: signals.append(1))
    board.view.select_all()
    assert sorted(board.scene.selected_note_ids()) == sorted(ids)
    assert {item.note_id for item in board.scene.selectedItems()} == set(ids)  # Qt agrees
    assert len(signals) == 1
    # The far view frames exactly these notes.
    assert len(board.scene.selection_outlines(2.0).frames) == len(ids)


def test_select_all_replaces_a_selection_and_an_area_still_selects_what_it_holds(
    board: Board,
) -> None:
    ids = _spread(board)
    board.scene.select_notes(ids[:3])
    board.view.select_all()
    assert len(board.scene.selected_note_ids()) == len(ids)
    # A band over the first notes only (what a rubber band does).
    path = QPainterPath()
    path.addRect(QRectF(-2050.0, -50.0, 900.0, 1300.0))
    board.scene.setSelectionArea(
        path,
        Qt.ItemSelectionOperation.ReplaceSelection,
        Qt.ItemSelectionMode.ContainsItemBoundingRect,
        QTransform(),
    )
    assert sorted(board.scene.selected_note_ids()) == sorted(ids[:2])
    # Adding to the selection with an area over everything keeps what was selected too.
    whole = QPainterPath()
    whole.addRect(QRectF(-1e6, -1e6, 2e6, 2e6))
    board.scene.setSelectionArea(
        whole,
        Qt.ItemSelectionOperation.AddToSelection,
        Qt.ItemSelectionMode.IntersectsItemShape,
        QTransform(),
    )
    assert len(board.scene.selected_note_ids()) == len(ids)


def test_the_kept_selected_ids_follow_every_way_the_selection_changes(board: Board) -> None:
    ids = _spread(board)
    scene = board.scene
    board.view.select_all()
    assert sorted(scene.selected_ids()) == sorted(ids)
    scene.clearSelection()
    assert scene.selected_ids() == []
    board.click(board.centre_of(ids[4]))  # a click on one note
    assert scene.selected_ids() == [ids[4]]
    scene.item_for(ids[7]).setSelected(True)  # type: ignore[union-attr]
    assert sorted(scene.selected_ids()) == sorted([ids[4], ids[7]])
    board.document.notes.remove([ids[4]])  # a selected note goes (a phone, an undo)
    assert scene.selected_ids() == [ids[7]]
