"""A note seen again is copied from a picture of it (:mod:`canvas.note_sprites`): the copy
must be exactly the pixels drawing it shows, at every zoom and fraction of a pixel, with the
view's dots, highlight and blank cards, and must follow every change of the note."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QTransform

from canvas import note_cache, note_sprites
from canvas.dots import DotTally
from canvas.note_item import NoteItem
from tests.canvas.conftest import Board

COLOURS = ("#FFE66D", "#A8E28A", "#9FD3F5", "#F7A8C8")
TEXTS = (
    "Asiakas",
    "Juva, Rantasalmi",
    "Työvaatteet pitäisi uusia ennen talvea, ja kengät myös",
    "",
    "Ö",
    "peruutustieto " * 30,  # overflows: the "more" marker
)


@pytest.fixture(autouse=True)
def drawn_not_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    """The paths tested here are those of notes Qt does not keep as pixels
    (:mod:`canvas.note_cache`)."""
    monkeypatch.setattr(note_cache, "ENABLED", False)


@pytest.fixture(autouse=True)
def no_pictures() -> Iterator[None]:
    note_sprites.forget()
    yield
    note_sprites.forget()


def spread(board: Board, columns: int = 6, rows: int = 4) -> list[int]:
    """Notes side by side at positions that fall on every fraction of a pixel, in two
    groups, sizes of their own."""
    groups = [board.document.groups.add(f"Ryhmä {n}", COLOURS[n]) for n in range(2)]
    patches = [
        {
            "x": -700.0 + col * 231.37,
            "y": -500.0 + row * 217.91,
            "width": 150.0 + (col % 3) * 37.5,
            "height": 150.0 + (row % 2) * 21.25,
            "colour": COLOURS[(row + col) % len(COLOURS)],
            "text": TEXTS[(row * columns + col) % len(TEXTS)],
            "group_id": groups[(row + col) % 2],
        }
        for row in range(rows)
        for col in range(columns)
    ]
    ids = board.document.notes.add(patches)  # type: ignore[arg-type]
    board.qtbot.waitUntil(lambda: all(board.scene.item_for(i) is not None for i in ids))
    board.scene.finish_layouts()
    return ids


def show(board: Board, scale: float, shift: QPointF | None = None) -> None:
    view = board.view
    view.setTransform(QTransform.fromScale(scale, scale))
    view.centerOn(shift if shift is not None else QPointF())
    board.scene.finish_layouts()


def frame(board: Board) -> QImage:
    """One paint of the view (a grab paints it)."""
    return board.view.viewport().grab().toImage()


def forget_pictures(board: Board) -> None:
    note_sprites.forget()
    for item in board.scene.note_items():
        item.pictures = None


def drawn_then_copied(board: Board) -> tuple[QImage, QImage]:
    """The view's frame drawn (every text laid out, the notes painted the first time), then
    copied (the paint after the one that draws the pictures)."""
    frame(board)
    board.scene.finish_layouts()
    forget_pictures(board)
    drawn = frame(board)
    for _ in range(note_sprites.SIGHTINGS):
        assert frame(board) == drawn
    return drawn, frame(board)


def pictured(board: Board, ids: list[int]) -> int:
    count = 0
    for note_id in ids:
        item = board.scene.item_for(note_id)
        assert isinstance(item, NoteItem)
        for seen in (item.pictures or {}).values():
            picture = seen[6]
            count += not isinstance(picture, int) and picture.pixmap is not None
    return count


@pytest.mark.parametrize("scale", [1.0, 0.7317, 0.5, 0.35, 0.2875, 1.618])
def test_copied_notes_are_the_drawn_notes_at_every_zoom(board: Board, scale: float) -> None:
    ids = spread(board)
    for shift in (QPointF(0.0, 0.0), QPointF(13.3, 7.77)):
        show(board, scale, shift)
        drawn, copied = drawn_then_copied(board)
        assert pictured(board, ids) > 0, "notes were copied"
        assert drawn == copied, f"at {scale} shifted by {shift}"


@pytest.mark.parametrize("scale", [0.5, 0.375, 0.2875, 0.25])
def test_copied_notes_are_the_drawn_notes_where_their_edges_fall_on_half_pixels(
    board: Board, scale: float
) -> None:
    """Notes a whole number of units apart, as cells stack phones' notes, at zooms where
    their edges land exactly between pixels, and notes cut by the view's top and left."""
    patches = [
        {
            "x": -1200.0 + col * 162.0 + (row % 3) * 32.0,
            "y": -1000.0 + row * 158.0 + (col % 3) * 32.0,
            "colour": COLOURS[(row + col) % len(COLOURS)],
            "text": f"Puhelin {col}, lappu {row}",
        }
        for row in range(14)
        for col in range(16)
    ]
    ids = board.document.notes.add(patches)  # type: ignore[arg-type]
    board.qtbot.waitUntil(lambda: all(board.scene.item_for(i) is not None for i in ids))
    for shift in (QPointF(0.0, 0.0), QPointF(-3.0, 5.0), QPointF(201.0, 133.0)):
        show(board, scale, shift)
        drawn, copied = drawn_then_copied(board)
        assert pictured(board, ids) > 0
        assert drawn == copied, f"at {scale} shifted by {shift}"


def test_copied_dots_highlight_and_blank_cards_are_the_drawn_ones(board: Board) -> None:
    ids = spread(board)
    document = board.document
    vote = document.votes.start("Paras", budget=40, budget_per="group")
    groups = [g.id for g in document.groups.all()]
    for index, note_id in enumerate(ids[:12]):
        for dot in range(index % 4 + 1):
            document.votes.place_dot(vote, note_id, groups[dot % len(groups)])
    tally = DotTally(document)
    tally.show_vote(vote)
    look = board.view.look
    looks = (
        {"dots": tally},
        {"dots": tally, "dim_except": groups[0]},
        {"dots": tally, "hide_text": True},
        {"dots": None, "min_text_px": 18.0},
    )
    try:
        for fields in looks:
            look.dots, look.dim_except, look.hide_text = None, None, False
            look.min_text_px = 5.0
            for name, value in fields.items():
                setattr(look, name, value)
            look.changed()
            for scale in (1.0, 0.2875, 0.45):
                show(board, scale)
                drawn, copied = drawn_then_copied(board)
                assert pictured(board, ids) > 0
                assert drawn == copied, f"{sorted(fields)} at {scale}"
    finally:
        look.dots = None
        look.changed()
        tally.detach()


def test_a_changed_note_shows_its_change_and_not_its_old_picture(board: Board) -> None:
    ids = spread(board, 3, 2)
    show(board, 0.5)
    drawn_then_copied(board)
    assert pictured(board, ids) == len(ids)
    before = frame(board)
    board.document.notes.update({ids[0]: {"text": "Uusi teksti", "colour": "#F7A8C8"}})
    board.qtbot.waitUntil(lambda: board.scene.item_for(ids[0]).note.text == "Uusi teksti")
    board.scene.finish_layouts()
    changed = frame(board)
    assert changed != before
    # What a note shows after the change is what drawing it shows.
    forget_pictures(board)
    assert changed == frame(board)


def test_a_selected_note_is_drawn_with_its_frame_not_copied(board: Board) -> None:
    ids = spread(board, 3, 2)
    show(board, 1.0)
    drawn_then_copied(board)
    item = board.scene.item_for(ids[4])
    assert item is not None
    unselected = frame(board)
    item.setSelected(True)
    selected = frame(board)
    assert selected != unselected, "the selection frame shows"
    item.setSelected(False)
    assert frame(board) == unselected


def test_pictures_are_let_go_beyond_their_budget(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(note_sprites, "MAX_BYTES", 200_000)
    ids = spread(board)
    show(board, 1.0)
    drawn, copied = drawn_then_copied(board)
    assert drawn == copied
    assert 0 < note_sprites.kept_bytes() <= 200_000 + 400 * 400 * 4
    assert 0 < pictured(board, ids) < len(ids)
    assert frame(board) == drawn, "notes whose picture was let go are drawn again"
