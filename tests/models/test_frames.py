"""Frames on a real board file: membership, moving, removing, renaming, tidying."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.document import BoardDocument
from models.frames import FrameLayoutError
from models.records import Change, NoteData, ZoneData
from models.templates import get_template
from tests.conftest import WORKSHOP_TEXTS


def reopen(doc: BoardDocument) -> BoardDocument:
    path = doc.path
    doc.close()
    return BoardDocument.open(path)


def note_in(doc: BoardDocument, zone: ZoneData, text: str, dx: float = 20, dy: float = 20) -> int:
    """A note whose top-left corner is (dx, dy) inside ``zone``, assigned as the canvas would."""
    [note_id] = doc.notes.add([{"text": text, "x": zone.x + dx, "y": zone.y + dy}])
    doc.frames.assign_zones([note_id])
    return note_id


def where(doc: BoardDocument, note_id: int) -> tuple[float, float, int | None]:
    note = doc.notes.get(note_id)
    assert note is not None
    return note.x, note.y, note.zone_id


def positions(notes: list[NoteData]) -> dict[int, tuple[float, float, int | None]]:
    return {note.id: (note.x, note.y, note.zone_id) for note in notes}


def test_a_note_belongs_to_the_cell_under_its_centre(document: BoardDocument) -> None:
    frame_id = document.frames.instantiate(get_template("dream_fear"), 0, 0)
    grid = document.frames.grid(frame_id)
    dreams, goal = grid.cell(1, 0), grid.cell(1, 1)
    assert dreams is not None and goal is not None
    # Top-left in "dreams", but the centre (x + 100) is over the line in "goal".
    [note_id] = document.notes.add(
        [{"text": WORKSHOP_TEXTS[2], "x": goal.x - 90, "y": goal.y + 10}]
    )
    assert document.frames.assign_zones([note_id]) == {note_id: {"zone_id": None}}
    assert where(document, note_id)[2] == goal.id
    # Dragged left into "dreams": re-assigned; the returned patch undoes it.
    document.notes.update({note_id: {"x": dreams.x + 30}})
    undo = document.frames.assign_zones([note_id])
    assert undo == {note_id: {"zone_id": goal.id}} and where(document, note_id)[2] == dreams.id
    # Dragged out of the frame: belongs to nothing.
    document.notes.update({note_id: {"x": -900.0}})
    document.frames.assign_zones([note_id])
    assert where(document, note_id)[2] is None
    # Unchanged notes are not rewritten.
    assert document.frames.assign_zones([note_id]) == {}
    document = reopen(document)
    try:
        assert where(document, note_id) == (-900.0, goal.y + 10, None)
    finally:
        document.close()


def test_headers_take_no_notes_and_the_topmost_frame_wins(document: BoardDocument) -> None:
    lower = document.frames.instantiate(get_template("idea_lists"), 0, 0)
    upper = document.frames.instantiate(get_template("idea_lists"), 300, 500)
    low, up = document.frames.grid(lower), document.frames.grid(upper)
    header = low.columns[0]
    assert document.frames.zone_at(header.x + 10, header.y + 10) is None
    assert document.frames.zone_at(up.cells[0].x + 5, up.cells[0].y + 5) == up.cells[0].id
    assert document.frames.zone_at(low.cells[0].x + 5, low.cells[0].y + 5) == low.cells[0].id
    # A point on the left edge belongs to the cell, on the right edge to the next one.
    first, second = low.cells[0], low.cells[1]
    assert document.frames.zone_at(first.x, first.y + 5) == first.id
    assert document.frames.zone_at(second.x, first.y + 5) == second.id
    assert document.frames.zone_at(-1, 5000) is None


def test_moving_a_frame_moves_its_notes_and_only_them(document: BoardDocument) -> None:
    frame_id = document.frames.instantiate(get_template("journey_map"), 0, 0)
    grid = document.frames.grid(frame_id)
    inside = [
        note_in(document, cell, text)
        for cell, text in zip(grid.cells[::7], WORKSHOP_TEXTS, strict=False)
    ]
    [outside] = document.notes.add([{"text": "irrallaan", "x": -500, "y": -500}])
    before = positions(document.notes.all())
    heard: list[list[Change]] = []
    document.subscribe(lambda changes: heard.append(list(changes)))
    edit = document.frames.move(frame_id, 250.0, -75.5)
    assert len(heard) == 1
    after = positions(document.notes.all())
    for note_id in inside:
        x, y, zone = before[note_id]
        assert after[note_id] == (x + 250.0, y - 75.5, zone)
    assert after[outside] == before[outside]
    moved = document.frames.grid(frame_id)
    assert (moved.frame.x, moved.frame.y) == (250.0, -75.5)
    assert [(c.x, c.y) for c in moved.cells] == [(c.x + 250.0, c.y - 75.5) for c in grid.cells]
    # Undo and redo are exact.
    document.frames.apply(edit.before)
    assert positions(document.notes.all()) == before
    assert document.frames.grid(frame_id) == grid
    document.frames.apply(edit.after)
    assert positions(document.notes.all()) == after
    document = reopen(document)
    try:
        assert positions(document.notes.all()) == after
    finally:
        document.close()


@pytest.mark.parametrize("policy", ["release", "delete"])
def test_removing_a_frame_and_putting_it_back(board_path: Path, policy: str) -> None:
    doc = BoardDocument.create(board_path, language="en")
    frame_id = doc.frames.instantiate(get_template("dream_fear"), 0, 0)
    other = doc.frames.instantiate(get_template("dream_fear"), 0, 5000)
    grid = doc.frames.grid(frame_id)
    notes = [
        note_in(doc, cell, text) for cell, text in zip(grid.cells, WORKSHOP_TEXTS, strict=False)
    ]
    doc.frames.rename_zone(grid.rows[0].id, "Kunnat")
    state = doc.frames.state(frame_id)
    all_notes = doc.notes.all()
    edit = doc.frames.remove(frame_id, notes=policy)  # type: ignore[arg-type]
    assert doc.frames.get(frame_id) is None
    assert doc.frames.zones(frame_id) == []
    assert [frame.id for frame in doc.frames.all()] == [other]
    if policy == "release":
        assert [(n.x, n.y) for n in doc.notes.many(notes)] == [
            (n.x, n.y) for n in all_notes if n.id in notes
        ]
        assert all(note.zone_id is None for note in doc.notes.many(notes))
    else:
        assert doc.notes.many(notes) == []
    doc = reopen(doc)
    try:
        doc.frames.apply(edit.before)
        assert doc.frames.state(frame_id).zones == state.zones
        assert doc.frames.get(frame_id) == state.frame
        assert positions(doc.notes.many(notes)) == positions(list(state.notes))
        assert [n.text for n in doc.notes.many(notes)] == list(WORKSHOP_TEXTS)
        doc.frames.apply(edit.after)
        assert doc.frames.get(frame_id) is None
        assert len(doc.notes.many(notes)) == (len(notes) if policy == "release" else 0)
    finally:
        doc.close()


def test_renaming_segments_stages_and_frames(document: BoardDocument) -> None:
    frame_id = document.frames.instantiate(get_template("journey_map"), 0, 0)
    grid = document.frames.grid(frame_id)
    stage = grid.columns[3]
    old = document.frames.rename_zone(stage.id, "Jonottaminen", "Kauanko odotetaan?")
    assert old == ("Odottaminen", "Mitä odottaessa tapahtuu?")
    assert document.frames.rename_zone(grid.rows[0].id, prompt="Sámi: Mii dáhpáhuvvá?") == (
        "Asiakkaan toiminta",
        "Mitä asiakas tekee?",
    )
    assert document.frames.rename_frame(frame_id, "Ateriapalvelun polku") == "Palvelupolku"
    cell = grid.cell(0, 3)
    assert cell is not None
    document = reopen(document)
    try:
        again = document.frames.grid(frame_id)
        assert (again.columns[3].title, again.columns[3].prompt) == (
            "Jonottaminen",
            "Kauanko odotetaan?",
        )
        assert again.rows[0].prompt == "Sámi: Mii dáhpáhuvvá?"
        assert again.frame.title == "Ateriapalvelun polku"
        assert document.frames.label(cell.id) == "Asiakkaan toiminta · Jonottaminen"
        with pytest.raises(FrameLayoutError):
            document.frames.rename_zone(10_000, "x")
    finally:
        document.close()


def test_tidy_puts_a_cells_notes_in_a_grid_inside_it(document: BoardDocument) -> None:
    frame_id = document.frames.instantiate(get_template("dream_fear"), 0, 0)
    grid = document.frames.grid(frame_id)
    cell = grid.cell(1, 0)
    assert cell is not None
    scattered = [
        (300, 420),
        (40, 30),
        (460, 40),
        (150, 250),
        (20, 400),
        (350, 150),
        (480, 470),
        (90, 160),
    ]
    ids = [note_in(document, cell, f"toive {i}", dx, dy) for i, (dx, dy) in enumerate(scattered)]
    before = positions(document.notes.many(ids))
    undo = document.frames.tidy(cell.id)
    tidied = document.notes.many(ids)
    # Reading order kept: rows of notes top to bottom, each row left to right.
    by_place = sorted(tidied, key=lambda n: (n.y, n.x))
    assert [n.text for n in by_place] == [f"toive {i}" for i in (1, 2, 7, 3, 5, 4, 0, 6)]
    # Three per row, no overlaps, every note inside the cell and still a member.
    assert len({n.x for n in tidied}) == 3 and len({n.y for n in tidied}) == 3
    for note in tidied:
        assert cell.x <= note.x and note.x + note.width <= cell.x + cell.width
        assert cell.y <= note.y and note.y + note.height <= cell.y + cell.height
        assert note.zone_id == cell.id
    document.notes.update(undo)
    assert positions(document.notes.many(ids)) == before


def test_tidy_keeps_an_overfull_cell_inside_by_overlapping(document: BoardDocument) -> None:
    frame_id = document.frames.instantiate(get_template("journey_map"), 0, 0)
    cell = document.frames.grid(frame_id).cell(0, 0)
    assert cell is not None
    ids = [note_in(document, cell, f"{i}", 10 + i * 7, 10) for i in range(9)]
    document.frames.tidy(cell.id)
    assert document.frames.assign_zones(ids) == {}
    for note in document.notes.many(ids):
        centre = (note.x + note.width / 2, note.y + note.height / 2)
        assert cell.x < centre[0] < cell.x + cell.width
        assert cell.y < centre[1] < cell.y + cell.height
    with pytest.raises(FrameLayoutError):
        document.frames.tidy(document.frames.grid(frame_id).columns[0].id)
