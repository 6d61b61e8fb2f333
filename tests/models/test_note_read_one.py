"""The read every edit makes first (models.note_sql.SELECT_ONE, plain SQL) reads exactly what
the compiled query of many notes reads."""

from __future__ import annotations

from pathlib import Path

from models import note_sql
from models.document import BoardDocument
from models.experiment import EXPERIMENT_KIND
from models.note_rows import SELECT_NOTES


def test_one_note_read_plainly_is_the_note_the_query_reads(tmp_path: Path) -> None:
    assert tuple(SELECT_NOTES.selected_columns.keys()) == note_sql.READ_COLUMNS
    doc = BoardDocument.create(tmp_path / "board.pajalauta")
    try:
        doc.notes.add(
            [
                {"text": "piilossa", "hidden": True, "x": 40.0, "y": 300.0},
                {"text": "näkyvä", "colour": "#A8E28A", "z": 7.0},
                {"text": "kortti", "kind": EXPERIMENT_KIND, "fields": {"owner": "Aino"}},
            ]
        )
        notes = doc.notes.all()
        assert [doc.notes.get(note.id) for note in notes] == notes
        assert doc.notes.get(max(note.id for note in notes) + 1) is None
        card = next(note for note in notes if note.kind == EXPERIMENT_KIND)
        previous = doc.notes.update({card.id: {"text": "muokattu"}})
        assert previous == {card.id: {"text": "kortti"}}
        assert doc.notes.get(card.id).fields == {"owner": "Aino"}  # type: ignore[union-attr]
    finally:
        doc.close()
