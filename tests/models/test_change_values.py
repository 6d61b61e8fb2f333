"""A change of some columns of notes tells listeners those columns' new values, so the scene
brings 5,000 dragged notes up to date without reading them back. Whatever the transaction
did, a row made from the values must equal the row the file holds; a note added, removed or
rewritten otherwise in the same transaction has no values (it is read back)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from models.document import BoardDocument
from models.records import Change, NoteData, patched_note


class Heard:
    def __init__(self, doc: BoardDocument) -> None:
        self.changes: list[Change] = []
        doc.subscribe(self)

    def __call__(self, changes: Sequence[Change]) -> None:
        self.changes = [c for c in changes if c.entity == "note"]

    @property
    def values(self) -> dict[int, dict[str, object]]:
        (change,) = self.changes
        return {k: dict(v) for k, v in (change.values or {}).items()}


def _notes(doc: BoardDocument) -> dict[int, NoteData]:
    return {note.id: note for note in doc.notes.all()}


def test_an_update_tells_its_columns_and_the_rows_made_from_them_equal_the_file(
    document: BoardDocument,
) -> None:
    ids = document.notes.add([{"text": "Toiveruuat", "x": 10.0}, {"text": "Kahvi"}])
    before = _notes(document)
    heard = Heard(document)
    document.notes.update({ids[0]: {"x": 410.0, "y": -5}, ids[1]: {"colour": "#A8E28A"}})
    after = _notes(document)
    values = heard.values
    assert set(values) == set(ids)
    assert values[ids[0]] == {"x": 410.0, "y": -5.0, "updated_at": after[ids[0]].updated_at}
    assert set(values[ids[1]]) == {"colour", "updated_at"}
    for note_id in ids:
        assert patched_note(before[note_id], values[note_id]) == after[note_id]
    assert before[ids[0]].x == 10.0, "the old row is left as it was"


def test_values_merge_over_a_transaction_and_a_rewritten_note_has_none(
    document: BoardDocument,
) -> None:
    kept, rewritten = document.notes.add([{"text": "Yksi"}, {"text": "Kaksi"}])
    before = _notes(document)
    heard = Heard(document)
    with document.write():
        document.notes.update({kept: {"x": 300.0}, rewritten: {"x": 300.0}})
        document.notes.update({kept: {"text": "Yksi uusi"}})
        removed = document.notes.remove([rewritten])
        document.notes.restore([replace(removed[0], text="Kaksi takaisin")])
    (change,) = heard.changes
    assert change.updated == {kept, rewritten}
    values = heard.values
    assert set(values) == {kept}, "the removed and restored note is read back"
    assert set(values[kept]) == {"x", "text", "updated_at"}
    assert patched_note(before[kept], values[kept]) == _notes(document)[kept]


def test_columns_read_inside_a_write_are_read_again_once_a_note_was_written(
    document: BoardDocument,
) -> None:
    """A move reads its notes' places twice in one transaction (their cells, then what undo
    needs): the second read may take the first's, but never past a write of any note."""
    ids = document.notes.add([{"text": f"lappu {n}", "x": 10.0 * n} for n in range(5)])
    with document.write():
        first = document.notes.columns(ids, ("x", "y", "zone_id"))
        assert document.notes.columns(ids, ("x",)) == {i: (first[i][0],) for i in ids}
        document.notes.update({ids[2]: {"x": 999.0}})
        assert document.notes.columns(ids, ("x", "zone_id"))[ids[2]] == (999.0, None)
        document.notes.remove([ids[3]])
        assert ids[3] not in document.notes.columns(ids, ("x",))
    assert document.notes.columns(ids, ("x",))[ids[2]] == (999.0,)
