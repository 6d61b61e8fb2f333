"""The notes a bulk add or restore hands to the reads after it equal what the file holds.

Listeners read the notes a paste or an undone delete just wrote; the store serves those from
what it wrote. A served note that differs from its row (a cell assigned after the insert, a
rolled-back transaction, a later edit) would leave a note on the screen that the file does not
have, so every case compares the served notes with a read of the file itself.
"""

from __future__ import annotations

import pytest

from models.document import BoardDocument
from models.errors import BoardError
from models.experiment import EXPERIMENT_KIND
from models.frame_types import is_cell
from models.membership import settle
from models.records import NoteData, NotePatch
from models.templates.starters import DREAM_FEAR, EXPERIMENT_WALL


def _from_file(doc: BoardDocument, ids: list[int]) -> list[NoteData]:
    kept = doc.notes.written
    doc.notes.written = type(kept)()
    try:
        return doc.notes.many(ids)
    finally:
        doc.notes.written = kept


def _varied(doc: BoardDocument) -> list[NotePatch]:
    """Plain notes, a hidden phone note, a card with fields, a group, odd texts, in a cell."""
    doc.groups.ensure_defaults("fi")
    group = doc.groups.all()[0].id
    frame_id = doc.frames.instantiate(DREAM_FEAR, 0.0, 0.0)
    cell = next(zone for zone in doc.frames.zones(frame_id) if is_cell(zone))
    return [
        {"text": "Kotileivonnaiset"},
        {"text": "Sámi: á č đ ŋ", "colour": "#a8e28a", "x": 10, "y": 20.5, "group_id": group},
        {"text": "ei\r\nnäy", "hidden": True, "author": "Puhelin 3"},
        {"text": "", "kind": EXPERIMENT_KIND, "fields": {"hypothesis": "Asiakkaat tulevat"}},
        {"text": "solussa", "x": cell.x + 10, "y": cell.y + 40, "width": 30, "height": 50},
    ]


def test_added_notes_served_to_the_reads_after_equal_the_file(document: BoardDocument) -> None:
    patches = _varied(document)
    ids = document.notes.add(patches)
    assert document.notes.written.get(ids[0]) is not None, "the add keeps what it wrote"
    served = document.notes.many(ids)
    assert served == _from_file(document, ids)
    assert [note.id for note in served] == ids
    again = [ids[1], ids[0], ids[1]]
    assert document.notes.many(again) == _from_file(document, again), "each once, same order"
    assert served[3].fields == {"hypothesis": "Asiakkaat tulevat"}
    assert served[3].fields is not patches[3]["fields"], "a note never shares the patch's dict"


def test_a_cell_assigned_in_the_same_transaction_is_kept_as_the_file_holds_it(
    document: BoardDocument,
) -> None:
    """Settling into cells writes the zones with their values: the notes kept take them
    (a duplicate of 5,000 notes needs no read back) and equal the file."""
    patches = _varied(document)
    with document.write():
        ids = document.notes.add(patches)
        settle(document, ids)
    kept = document.notes.written.get(ids[4])
    assert kept is not None and kept.zone_id is not None, "kept, in the cell it belongs to"
    assert document.notes.many(ids) == _from_file(document, ids)


def test_an_edit_or_a_removal_after_the_add_is_what_the_reads_see(
    document: BoardDocument,
) -> None:
    ids = document.notes.add([{"text": f"lappu {n}"} for n in range(20)])
    document.notes.update({ids[3]: {"text": "muutettu", "x": 400.0}})
    document.notes.remove([ids[7]])
    served = document.notes.many(ids)
    assert served == _from_file(document, ids)
    assert served[3].text == "muutettu" and ids[7] not in {note.id for note in served}


def test_a_rolled_back_add_hands_nothing_on(document: BoardDocument) -> None:
    before = document.notes.count()
    with pytest.raises(BoardError), document.write():
        ids = document.notes.add([{"text": "peruttu"} for _ in range(5)])
        document.notes.update({ids[0]: {"colour": "not a colour"}})
    assert document.notes.count() == before
    assert document.notes.many(ids) == []


def test_restored_notes_served_to_the_reads_after_equal_the_file(
    document: BoardDocument,
) -> None:
    document.frames.instantiate(EXPERIMENT_WALL, 0.0, -3000.0)
    ids = document.notes.add(_varied(document))
    removed = document.notes.remove(ids)
    assert document.notes.many(ids) == []
    document.notes.restore(removed)
    assert document.notes.many(ids) == _from_file(document, ids) == list(removed)
