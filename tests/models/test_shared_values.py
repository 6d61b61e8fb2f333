"""A board's notes read whole keep the values many notes have in common as one object each
(models.note_rows.note_reader): the same notes, types included, in less memory."""

from __future__ import annotations

from pathlib import Path

from models.document import BoardDocument
from models.note_rows import note_from_row, note_reader


def test_equal_values_of_many_notes_are_one_object_and_keep_their_types(tmp_path: Path) -> None:
    path = tmp_path / "board.pajalauta"
    doc = BoardDocument.create(path)
    try:
        doc.notes.add(
            [
                {"text": f"lappu {index}", "colour": "#9FD3F5", "x": 1.0, "y": 220.0 * index}
                for index in range(6)
            ]
            + [{"text": "toinen", "colour": "#FFE66D", "x": 1.0, "y": 1.0, "hidden": True}]
        )
    finally:
        doc.close()
    doc = BoardDocument.open(path)
    try:
        notes = doc.notes.all()
        # The same notes as the one-by-one read makes of each row.
        assert notes == doc.notes.many([note.id for note in notes])
        blue = [note for note in notes if note.colour == "#9FD3F5"]
        assert len(blue) == 6
        assert len({id(note.colour) for note in blue}) == 1
        assert len({id(note.kind) for note in notes}) == 1
        assert len({id(note.width) for note in notes}) == 1
        assert len({id(note.x) for note in notes}) == 1
        assert len({id(note.created_at) for note in blue}) == 1, "added together: one stamp"
        # Equal numbers of different types never stand for each other (1 == 1.0).
        assert all(type(note.x) is float and type(note.y) is float for note in notes)
        assert all(type(note.hidden) is bool for note in notes)
        assert [note.hidden for note in notes].count(True) == 1
        # Unequal values stay apart.
        assert len({note.colour for note in notes}) == 2
        assert len({note.text for note in notes}) == 7
    finally:
        doc.close()


def test_the_reader_makes_of_each_row_what_note_from_row_makes() -> None:
    base = ("#FFE66D", 10.0, 20.0, 200.0, 200.0, 0.0, 3, None, "", "note", "{}", None)
    stamp = "2026-03-06T09:00:00+02:00"
    # New objects for every value, as the driver makes them.
    rows = [
        (n, f"lappu {n}", *(_copy(v) for v in base), _copy(stamp), _copy(stamp), n % 2, None)
        for n in range(3)
    ]
    read = note_reader()
    shared = [read(row) for row in rows]
    plain = [note_from_row(row) for row in rows]
    assert shared == plain
    assert len({id(note.colour) for note in plain}) == 3
    assert len({id(note.colour) for note in shared}) == 1
    assert shared[0].created_at is shared[2].updated_at
    assert [note.hidden for note in shared] == [False, True, False]


def _copy(value: object) -> object:
    """An equal value in a new object (strings and floats; others as they are)."""
    if isinstance(value, str):
        return "".join([value[:1], value[1:]])
    if isinstance(value, float):
        return float(str(value))
    return value


def test_the_zones_of_repeated_templates_share_their_texts(tmp_path: Path) -> None:
    from models.templates import get_template

    doc = BoardDocument.create(tmp_path / "board.pajalauta")
    try:
        first = doc.frames.instantiate(get_template("dream_fear"), 0, 0)
        second = doc.frames.instantiate(get_template("dream_fear"), 0, 3000)
        zones = doc.frames.zones()
        assert zones == doc.frames.zones(first) + doc.frames.zones(second)
        by_key: dict[str, list[object]] = {}
        for zone in zones:
            by_key.setdefault(zone.key, []).append(zone)
        pairs = [found for found in by_key.values() if len(found) == 2]
        assert pairs
        for one, other in pairs:
            assert one.title is other.title and one.prompt is other.prompt  # type: ignore[attr-defined]
            assert one.colour is other.colour  # type: ignore[attr-defined]
        assert all(type(zone.width) is float and type(zone.row) is int for zone in zones)
        assert all(type(zone.data) is dict for zone in zones)
        assert len({id(zone.data) for zone in zones}) == len(zones), "each its own mapping"
    finally:
        doc.close()
