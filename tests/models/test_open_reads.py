"""Opening reads whole tables as plain driver rows (models.document.read_rows): what it reads
must be exactly what the ordinary queries read, types included."""

from __future__ import annotations

from pathlib import Path

from models.document import BoardDocument
from models.experiment import EXPERIMENT_KIND
from models.snapshot import take_snapshot
from models.templates import get_template


def test_the_whole_board_read_plainly_is_the_board_read_through_queries(tmp_path: Path) -> None:
    path = tmp_path / "board.pajalauta"
    doc = BoardDocument.create(path)
    try:
        first = doc.frames.instantiate(get_template("dream_fear"), 0, 0)
        second = doc.frames.instantiate(get_template("journey_map"), 0, 2000)
        doc.notes.add(
            [
                {"text": "piilossa", "hidden": True, "x": 40.0, "y": 300.0},
                {"text": "näkyvä", "colour": "#A8E28A", "z": 7.0},
                {"text": "kortti", "kind": EXPERIMENT_KIND, "fields": {"owner": "Aino"}},
            ]
        )
    finally:
        doc.close()
    doc = BoardDocument.open(path)
    try:
        notes = doc.notes.all()
        assert notes == list(take_snapshot(doc).notes)
        assert notes == doc.notes.many([note.id for note in notes])
        by_text = {note.text: note for note in notes}
        assert all(type(note.hidden) is bool for note in notes)
        assert by_text["piilossa"].hidden and not by_text["näkyvä"].hidden
        assert by_text["kortti"].fields == {"owner": "Aino"}
        assert [note.text for note in notes] == ["piilossa", "kortti", "näkyvä"], "by z"
        zones = doc.frames.zones()
        assert zones == doc.frames.zones(first) + doc.frames.zones(second)
        assert any(zone.data for zone in zones), "a zone with data is read with it"
        assert all(type(zone.data) is dict for zone in zones)
    finally:
        doc.close()
