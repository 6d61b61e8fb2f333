"""Adding, removing and reordering segments, lanes, stages and groups with notes inside, and
undoing and redoing each step exactly, on real files that are reopened in between."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from models.document import BoardDocument
from models.frames import FrameLayoutError, ZoneNotEmptyError
from models.records import FrameData, ZoneData
from models.templates import get_template
from models.templates.plan import MOOD

Snapshot = tuple[FrameData | None, list[ZoneData], dict[int, tuple[float, float, int | None]]]


def snapshot(doc: BoardDocument) -> Snapshot:
    """Everything a user sees of frames and notes (timestamps aside)."""
    frames = doc.frames.all()
    notes = {n.id: (n.x, n.y, n.zone_id) for n in doc.notes.all()}
    return (frames[0] if frames else None, doc.frames.zones(), notes)


def reopen(doc: BoardDocument) -> BoardDocument:
    path = doc.path
    doc.close()
    return BoardDocument.open(path)


def fill(doc: BoardDocument, frame_id: int) -> dict[str, int]:
    """One note in every cell, named after the cell's key; returns note ids by cell key."""
    ids = {}
    for cell in doc.frames.grid(frame_id).cells:
        [note_id] = doc.notes.add([{"text": cell.key, "x": cell.x + 24, "y": cell.y + 24}])
        ids[cell.key] = note_id
    doc.frames.assign_zones(ids.values())
    return ids


def assert_notes_sit_in_their_cells(doc: BoardDocument, frame_id: int) -> None:
    """Each note still 24 px inside the cell named by its text, and a member of it."""
    cells = {cell.key: cell for cell in doc.frames.grid(frame_id).cells}
    for note in doc.notes.all():
        if note.text in cells:
            cell = cells[note.text]
            assert (note.x, note.y, note.zone_id) == (cell.x + 24, cell.y + 24, cell.id), note.text


@pytest.fixture
def dream_fear(board_path: Path) -> tuple[BoardDocument, int, dict[str, int]]:
    doc = BoardDocument.create(board_path, title="Linja 3")
    frame_id = doc.frames.instantiate(get_template("dream_fear"), 100, 100)
    return doc, frame_id, fill(doc, frame_id)


def test_adding_a_segment_shifts_the_rows_below_with_their_notes(
    dream_fear: tuple[BoardDocument, int, dict[str, int]],
) -> None:
    doc, frame_id, ids = dream_fear
    start = snapshot(doc)
    old = doc.frames.grid(frame_id)
    edit = doc.frames.add_row(frame_id, 1, "Omaiset", "Läheiset ja omaiset")
    grid = doc.frames.grid(frame_id)
    assert [z.title for z in grid.rows] == [
        "Kunta asiakkaana",
        "Omaiset",
        "Loppuasiakas",
        "Kunnan henkilöstö asiakkaana",
    ]
    height = old.rows[1].height
    assert grid.frame.height == old.frame.height + height
    new_cells = [c for c in grid.cells if c.row == 1]
    assert [c.key for c in new_cells] == ["row-1/dreams", "row-1/goal", "row-1/fear"]
    # Cells keep their column's colour; the new segment's cells too.
    assert [c.colour for c in new_cells] == [c.colour for c in old.cells if c.row == 0]
    assert_notes_sit_in_their_cells(doc, frame_id)
    end_customer = doc.notes.get(ids["end_customer/dreams"])
    assert end_customer is not None and end_customer.y == old.cell(1, 0).y + 24 + height
    doc = reopen(doc)
    try:
        after = snapshot(doc)
        doc.frames.apply(edit.before)
        assert snapshot(doc) == start
        doc.frames.apply(edit.after)
        assert snapshot(doc) == after
    finally:
        doc.close()


def test_a_non_empty_column_is_not_removed_without_asking(
    dream_fear: tuple[BoardDocument, int, dict[str, int]],
) -> None:
    doc, frame_id, ids = dream_fear
    start = snapshot(doc)
    with pytest.raises(ZoneNotEmptyError) as refused:
        doc.frames.remove_column(frame_id, 1)
    assert sorted(refused.value.note_ids) == sorted(
        ids[key] for key in ("municipality/goal", "end_customer/goal", "staff/goal")
    )
    assert "3 note" in refused.value.message
    assert snapshot(doc) == start
    doc = reopen(doc)
    try:
        assert snapshot(doc) == start
    finally:
        doc.close()


def test_removing_a_column_keeping_its_notes_below_the_frame(
    dream_fear: tuple[BoardDocument, int, dict[str, int]],
) -> None:
    doc, frame_id, ids = dream_fear
    start = snapshot(doc)
    old = doc.frames.grid(frame_id)
    edit = doc.frames.remove_column(frame_id, 1, notes="release")
    grid = doc.frames.grid(frame_id)
    assert [z.title for z in grid.columns] == ["Unelmat", "Pahin pelko"]
    assert grid.frame.width == old.frame.width - old.columns[1].width
    assert_notes_sit_in_their_cells(doc, frame_id)
    released = doc.notes.many(
        ids[k] for k in ("municipality/goal", "end_customer/goal", "staff/goal")
    )
    assert [n.text for n in released] == ["municipality/goal", "end_customer/goal", "staff/goal"]
    bottom = grid.frame.y + grid.frame.height
    for note in released:
        assert note.zone_id is None and note.y > bottom
        assert note.x == old.columns[1].x + 24
    # Kept in the same arrangement: the same distances apart as in their cells.
    assert [b.y - a.y for a, b in pairwise(released)] == [old.rows[1].height, old.rows[2].height]
    doc.frames.apply(edit.before)
    assert snapshot(doc) == start
    doc.frames.apply(edit.after)
    doc.frames.apply(edit.before)
    assert snapshot(doc) == start


def test_removing_a_segment_with_its_notes_and_getting_them_back(
    dream_fear: tuple[BoardDocument, int, dict[str, int]],
) -> None:
    doc, frame_id, ids = dream_fear
    doc.notes.update({ids["staff/fear"]: {"text": "väsymys näkyy työntekijöissä – Sámi: ŋ ŧ"}})
    start = snapshot(doc)
    texts = {n.id: n.text for n in doc.notes.all()}
    edit = doc.frames.remove_row(frame_id, 2, notes="delete")
    assert doc.notes.many(ids[k] for k in ("staff/dreams", "staff/goal", "staff/fear")) == []
    assert [z.title for z in doc.frames.grid(frame_id).rows] == ["Kunta asiakkaana", "Loppuasiakas"]
    doc = reopen(doc)
    try:
        doc.frames.apply(edit.before)
        assert snapshot(doc) == start
        assert {n.id: n.text for n in doc.notes.all()} == texts
        doc.frames.apply(edit.after)
        assert len(doc.notes.all()) == len(texts) - 3
    finally:
        doc.close()


def test_reordering_segments_and_columns_carries_the_notes(
    dream_fear: tuple[BoardDocument, int, dict[str, int]],
) -> None:
    doc, frame_id, _ids = dream_fear
    start = snapshot(doc)
    first = doc.frames.move_row(frame_id, 0, 2)
    second = doc.frames.move_column(frame_id, 2, 0)
    grid = doc.frames.grid(frame_id)
    assert [z.title for z in grid.rows] == [
        "Loppuasiakas",
        "Kunnan henkilöstö asiakkaana",
        "Kunta asiakkaana",
    ]
    assert [z.title for z in grid.columns] == ["Pahin pelko", "Unelmat", "Tavoite"]
    assert grid.cell(2, 0) is not None and grid.cell(2, 0).key == "municipality/fear"
    assert_notes_sit_in_their_cells(doc, frame_id)
    doc = reopen(doc)
    try:
        middle = snapshot(doc)
        doc.frames.apply(second.before)
        doc.frames.apply(first.before)
        assert snapshot(doc) == start
        doc.frames.apply(first.after)
        doc.frames.apply(second.after)
        assert snapshot(doc) == middle
    finally:
        doc.close()


def test_a_new_stage_in_a_journey_map_takes_a_feeling_and_keeps_the_others(
    document: BoardDocument,
) -> None:
    frame_id = document.frames.instantiate(get_template("journey_map"), 0, 0, "en")
    fill(document, frame_id)
    grid = document.frames.grid(frame_id)
    for col, mark in enumerate([-1, -2, 0, -2, 2, 1]):
        document.frames.set_mood(grid.cell(2, col).id, mark)  # type: ignore[union-attr]
    start = snapshot(document)
    edit = document.frames.add_column(frame_id, 4, "Päätös", "Mitä päätetään?", key="decision")
    grid = document.frames.grid(frame_id)
    assert [z.key for z in grid.columns] == [
        "need",
        "information",
        "contact",
        "waiting",
        "decision",
        "service",
        "feedback",
    ]
    assert [grid.cell(2, c).data[MOOD] for c in range(7)] == [  # type: ignore[union-attr]
        -1,
        -2,
        0,
        -2,
        None,
        2,
        1,
    ]
    assert [c.key for c in grid.cells if c.col == 4] == [
        "actions/decision",
        "touchpoints/decision",
        "feelings/decision",
        "bottlenecks/decision",
        "ideas/decision",
    ]
    # The lanes' colours carry on into the new stage.
    assert [c.colour for c in grid.cells if c.col == 4] == [
        c.colour for c in grid.cells if c.col == 0
    ]
    assert_notes_sit_in_their_cells(document, frame_id)
    document.frames.apply(edit.before)
    assert snapshot(document) == start


def test_group_columns_can_be_added_removed_and_reordered(document: BoardDocument) -> None:
    frame_id = document.frames.instantiate(get_template("idea_lists"), 0, 0)
    start = snapshot(document)
    added = document.frames.add_column(frame_id, 3, "Ryhmä 4")
    grid = document.frames.grid(frame_id)
    assert [z.title for z in grid.columns] == [
        "Ryhmä 1",
        "Ryhmä 2",
        "Ryhmä 3",
        "Ryhmä 4",
        "Parkkipaikka",
    ]
    assert grid.cells[3].key == "column-1" and grid.cells[3].height == grid.cells[0].height
    fill(document, frame_id)
    moved = document.frames.move_column(frame_id, 4, 0)
    assert document.frames.grid(frame_id).columns[0].title == "Parkkipaikka"
    assert_notes_sit_in_their_cells(document, frame_id)
    with pytest.raises(FrameLayoutError):
        document.frames.add_row(frame_id, 0, "Rivi")
    document.frames.apply(moved.before)
    document.notes.remove([n.id for n in document.notes.all()])
    document.frames.apply(added.before)
    assert snapshot(document) == start


def test_a_frame_keeps_one_column(document: BoardDocument) -> None:
    frame_id = document.frames.instantiate(get_template("idea_lists"), 0, 0)
    for _ in range(3):
        document.frames.remove_column(frame_id, 0)
    with pytest.raises(FrameLayoutError):
        document.frames.remove_column(frame_id, 0)
    with pytest.raises(FrameLayoutError):
        document.frames.move_column(frame_id, 0, 3)
    assert [z.title for z in document.frames.grid(frame_id).columns] == ["Parkkipaikka"]


def test_experiment_wall_themes_are_editable(document: BoardDocument) -> None:
    frame_id = document.frames.instantiate(get_template("experiment_wall"), 0, 0)
    start = snapshot(document)
    grid = document.frames.grid(frame_id)
    last = grid.cells[-1]
    added = document.frames.add_zone(frame_id, "Ruokahävikin vähentäminen")
    grid = document.frames.grid(frame_id)
    new = grid.cells[-1]
    assert (new.title, new.x, new.y, new.width) == (
        "Ruokahävikin vähentäminen",
        last.x + last.width + 40,
        last.y,
        last.width,
    )
    assert grid.frame.width == new.x + new.width - grid.frame.x
    assert document.frames.zone_at(new.x + 10, new.y + 10) == new.id
    [card] = document.notes.add(
        [{"text": "", "kind": "experiment", "x": new.x + 50, "y": new.y + 80}]
    )
    document.frames.assign_zones([card])
    with pytest.raises(ZoneNotEmptyError):
        document.frames.remove_zone(new.id)
    removed = document.frames.remove_zone(new.id, notes="release")
    assert document.frames.zone(new.id) is None
    assert document.notes.get(card) is not None
    document.frames.apply(removed.before)
    assert document.frames.zone(new.id) == new
    assert document.notes.get(card).zone_id == new.id  # type: ignore[union-attr]
    with pytest.raises(FrameLayoutError):
        document.frames.add_column(frame_id, 0, "x")
    document.notes.remove([card])
    document.frames.apply(added.before)
    assert snapshot(document) == start
