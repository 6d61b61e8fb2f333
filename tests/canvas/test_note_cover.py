"""A note lying exactly under another is not painted (:mod:`canvas.note_cover`), and shows
again the moment it is uncovered: moved, brought to front, its cover dragged or tidied away."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage

from canvas import note_cache, note_cover
from canvas.frame_commands import TidyZoneCommand
from canvas.note_item import NoteItem
from models.cell_slots import CellSlots
from models.frame_types import is_cell
from models.membership import settle
from models.note_values import DEFAULT_SIZE
from models.palette import PALETTE
from models.records import NoteData, NotePatch
from models.templates.starters import DREAM_FEAR
from tests.canvas.conftest import Board

YELLOW, BLUE, GREEN = PALETTE["yellow"], PALETTE["blue"], PALETTE["green"]


@pytest.fixture(autouse=True)
def drawn_not_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    """The paths tested here are those of notes Qt does not keep as pixels
    (:mod:`canvas.note_cache`)."""
    monkeypatch.setattr(note_cache, "ENABLED", False)


@pytest.fixture
def skipped(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Ids of the notes whose paint was skipped as covered, frame after frame."""
    found: list[int] = []
    real = note_cover.covered

    def recording(item: NoteItem) -> bool:
        answer = real(item)
        if answer:
            found.append(item.note_id)
        return answer

    note_cover.forget()
    monkeypatch.setattr(note_cover, "covered", recording)
    yield found
    note_cover.forget()


def frame(board: Board, skipped: list[int]) -> QImage:
    """Two full paints of the view (the first teaches the places); what the second shows."""
    board.view.viewport().grab()
    skipped.clear()
    image = board.view.viewport().grab().toImage()
    ratio = image.width() / board.view.viewport().width()
    return (
        image.scaled(int(image.width() / ratio), int(image.height() / ratio))
        if ratio != 1
        else image
    )


def colour_at(board: Board, image: QImage, x: float, y: float) -> str:
    point = board.vp(x, y)
    return image.pixelColor(point).name().upper()


def test_a_note_under_another_of_its_size_is_skipped_and_shows_when_uncovered(
    board: Board, skipped: list[int]
) -> None:
    under = board.add(text="Alla", colour=YELLOW, x=0.0, y=0.0)
    over = board.add(text="Päällä", colour=BLUE, x=0.0, y=0.0)
    assert board.note(over).z > board.note(under).z
    image = frame(board, skipped)
    assert skipped == [under], "only the covered note is skipped"
    assert colour_at(board, image, 100, 150) == BLUE

    board.document.notes.update({over: {"x": 250.0}})  # the cover goes
    image = frame(board, skipped)
    assert skipped == []
    assert colour_at(board, image, 100, 150) == YELLOW
    assert colour_at(board, image, 350, 150) == BLUE

    board.document.notes.update({over: {"x": 0.0}})  # and comes back
    image = frame(board, skipped)
    assert skipped == [under]
    assert colour_at(board, image, 100, 150) == BLUE


def test_a_covered_note_brought_to_front_draws_over_its_cover(
    board: Board, skipped: list[int]
) -> None:
    under = board.add(text="Alla", colour=YELLOW, x=0.0, y=0.0)
    over = board.add(text="Päällä", colour=BLUE, x=0.0, y=0.0)
    frame(board, skipped)
    assert skipped == [under]
    board.scene.clearSelection()
    item = board.scene.item_for(under)
    assert item is not None
    item.setSelected(True)
    board.view.bring_to_front()
    assert board.note(under).z > board.note(over).z
    board.scene.clearSelection()
    image = frame(board, skipped)
    assert skipped == [over], "now the other one lies under"
    assert colour_at(board, image, 100, 150) == YELLOW


def test_a_note_of_another_size_or_place_is_never_taken_for_a_cover(
    board: Board, skipped: list[int]
) -> None:
    board.add(text="Alla", colour=YELLOW, x=0.0, y=0.0)
    board.add(text="Iso", colour=BLUE, x=0.0, y=0.0, width=DEFAULT_SIZE - 10.0)
    board.add(text="Vieressä", colour=GREEN, x=1.0, y=0.0)
    image = frame(board, skipped)
    assert skipped == []
    assert colour_at(board, image, 1 + DEFAULT_SIZE - 5, 150) == GREEN


def test_dragging_the_cover_away_shows_the_note_under_it_during_the_drag(
    board: Board, skipped: list[int]
) -> None:
    under = board.add(text="Alla", colour=YELLOW, x=0.0, y=0.0)
    board.add(text="Päällä", colour=BLUE, x=0.0, y=0.0)
    frame(board, skipped)
    assert skipped == [under]
    viewport = board.view.viewport()
    start, end = board.vp(150, 150), board.vp(450, 150)
    board.qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        board.qtbot.mouseMove(viewport, start + (end - start) * (step / 5))
    image = frame(board, skipped)  # mid-drag: the file still has both at (0, 0)
    assert skipped == []
    assert colour_at(board, image, 60, 150) == YELLOW
    board.qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    image = frame(board, skipped)
    assert skipped == []
    assert colour_at(board, image, 60, 150) == YELLOW


def under_others(notes: list[NoteData]) -> set[int]:
    """Notes with another note at exactly their place and size, above them."""
    return {
        note.id
        for note in notes
        for other in notes
        if other.z > note.z
        and (other.x, other.y, other.width, other.height)
        == (note.x, note.y, note.width, note.height)
    }


def assert_topmost_shows(board: Board, image: QImage, notes: list[NoteData]) -> None:
    """Near each note's top-left corner the board shows the colour of the topmost note
    there: what painting every note in z order would show."""
    for note in notes:
        x, y = note.x + 8.0, note.y + 8.0
        top = max(
            (n for n in notes if n.x <= x < n.x + n.width and n.y <= y < n.y + n.height),
            key=lambda n: n.z,
        )
        assert colour_at(board, image, x, y) == top.colour.upper(), f"note {top.id} shows"


def test_a_full_cell_paints_only_its_notes_in_sight_before_and_after_tidy_up(
    board: Board, skipped: list[int]
) -> None:
    doc = board.document
    doc.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    zone = next(z for z in doc.frames.zones(doc.frames.all()[0].id) if is_cell(z))
    slots = CellSlots(doc, zone, (DEFAULT_SIZE, DEFAULT_SIZE))
    colours = [YELLOW, BLUE, GREEN, PALETTE["pink"]]
    rows: list[NotePatch] = []
    for index in range(80):
        x, y = slots.take()
        rows.append({"x": x, "y": y, "text": f"{index}", "colour": colours[index % 4]})
    ids = doc.notes.add(rows)
    corner = (zone.x + 40.0, zone.y + zone.height - DEFAULT_SIZE - 40.0)
    doc.notes.update({i: {"x": corner[0], "y": corner[1]} for i in ids[:6]})  # dropped in a pile
    settle(doc, ids)  # the notes belong to the cell, as a phone's do
    board.view.zoom_to_rect(QRectF(zone.x, zone.y, zone.width, zone.height))
    stacked = doc.notes.many(ids)
    assert under_others(stacked), "the cell is full: notes lie on notes"
    image = frame(board, skipped)
    assert set(skipped) == under_others(stacked), "every note under another, and only those"
    assert_topmost_shows(board, image, stacked)

    board.stack.push(TidyZoneCommand(doc, zone.id, "Siistitään", lambda _message: None))
    tidied = doc.notes.many(ids)
    assert [(n.x, n.y) for n in tidied] != [(n.x, n.y) for n in stacked]
    image = frame(board, skipped)
    assert under_others(tidied) == set()
    assert skipped == [], "after Tidy Up no note lies under another: every one is painted"
    assert_topmost_shows(board, image, tidied)

    board.stack.undo()
    image = frame(board, skipped)
    assert set(skipped) == under_others(stacked), "undo stacks them again"
    assert_topmost_shows(board, image, stacked)
