"""A duplicate's copies are put in their cells before they are inserted (one write): each
copy ends with the zone and card theme that inserting it and then settling it gave."""

from __future__ import annotations

from dataclasses import astuple, replace

from models.document import BoardDocument
from models.experiment import new_card
from models.frame_types import is_cell
from models.membership import settle
from models.records import NoteData, ZoneData
from models.templates import get_template


def _board(document: BoardDocument) -> tuple[list[NoteData], ZoneData]:
    """Notes and cards in cells, on cell edges and loose, and copies' places that take some
    into another cell, some out of every cell and some from nowhere into a cell."""
    wall = document.frames.instantiate(get_template("experiment_wall"), 0.0, 0.0)
    themes = [zone for zone in document.frames.zones(wall) if is_cell(zone)]
    first, second = themes[0], themes[1]
    journey = document.frames.instantiate(get_template("dream_fear"), 0.0, 3000.0)
    cell = next(zone for zone in document.frames.zones(journey) if is_cell(zone))
    patches = [
        new_card(first.x + 20, first.y + 120, theme=first.title),
        new_card(first.x + first.width - 150, first.y + 120, theme="vanha teema"),
        new_card(-900.0, -900.0, theme="irrallaan"),
        {"text": "solussa", "x": cell.x + 10, "y": cell.y + 40, "width": 80, "height": 80},
        {"text": "reunalla", "x": cell.x + cell.width - 60, "y": cell.y + 40},
        {"text": "irti", "x": cell.x - 400, "y": cell.y + 40, "width": 100, "height": 100},
    ]
    ids = document.notes.add(patches)
    settle(document, ids)
    document.notes.written.clear()
    notes = document.notes.many(ids)
    assert second.x >= first.x + first.width - 1
    return notes, cell


def _places(notes: list[NoteData], cell: ZoneData) -> list[tuple[float, float]]:
    return [
        (notes[0].x + 24.0, notes[0].y + 24.0),  # stays in its theme
        (notes[1].x + 200.0, notes[1].y),  # into the next theme: takes its title
        (40.0, 160.0),  # a loose card into the first theme
        (notes[3].x + 24.0, notes[3].y + 24.0),  # stays in its cell
        (cell.x - 500.0, cell.y),  # out of every cell
        (cell.x + 30.0, cell.y + 30.0),  # from nowhere into a cell
    ]


def _rows(document: BoardDocument, ids: list[int]) -> list[tuple[object, ...]]:
    """The rows as stored, without id and times (the two writes differ only there)."""
    document.notes.written.clear()
    return [
        astuple(replace(note, id=0, z=0.0, created_at="", updated_at=""))
        for note in document.notes.many(ids)
    ]


def test_settled_copies_equal_copies_inserted_then_settled(document: BoardDocument) -> None:
    notes, cell = _board(document)
    places = _places(notes, cell)
    with document.write():
        before = document.notes.add_copies(notes, places)
        settle(document, before)
    settled = document.notes.add_copies(notes, places, settle=True)
    expected, got = _rows(document, before), _rows(document, settled)
    assert got == expected
    zones = [row[8] for row in got]
    assert zones[1] != notes[1].zone_id and zones[2] is not None, "copies moved into cells"
    assert zones[4] is None and zones[5] is not None
    assert got[1][12]["theme"] != "vanha teema", "a card copy takes its new theme's title"
    assert notes[1].fields["theme"] == "vanha teema", "its original keeps its own"
