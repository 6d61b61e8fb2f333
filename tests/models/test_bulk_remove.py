"""Removing many notes reads their rows in the same statement that deletes them: what comes
back (and what an undo puts back) is exactly what the file held, in the order asked, with
the dots that went with them."""

from __future__ import annotations

import pytest

from models.document import BoardDocument
from models.records import NoteData
from tests.models.test_written_notes import _from_file, _varied


def _table(doc: BoardDocument, name: str) -> list[tuple[object, ...]]:
    with doc.read() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {name} ORDER BY id")]


def _board(doc: BoardDocument) -> list[int]:
    ids = doc.notes.add(_varied(doc))
    ids += doc.notes.add([{"text": f"lappu {i}", "x": i * 210.0} for i in range(40)])
    doc.notes.written.clear()  # read from the file, as a delete long after the add does
    return ids


def test_removed_notes_are_the_rows_the_file_held_in_the_order_asked(
    document: BoardDocument,
) -> None:
    ids = _board(document)
    group = document.groups.all()[0].id
    vote = document.votes.start("Paras idea", budget=5)
    for note_id in ids[:3]:
        document.votes.place_dot(vote, note_id, group)
    wanted = [*reversed(ids[5:]), ids[0], ids[2], 99_999, ids[0]]  # unknown and twice
    expected: list[NoteData] = _from_file(document, list(dict.fromkeys(wanted)))
    notes_before, dots_before = _table(document, "notes"), _table(document, "dots")
    removed = document.notes.remove(wanted)
    assert list(removed) == expected
    assert {dot.note_id for dot in removed.dots} == {ids[0], ids[2]}
    assert document.notes.many(ids) == _from_file(document, ids[1:2] + ids[3:5])
    document.notes.restore(removed)
    assert _table(document, "notes") == notes_before
    assert _table(document, "dots") == dots_before


def test_a_failed_bulk_remove_leaves_every_row(document: BoardDocument) -> None:
    ids = _board(document)
    before = _table(document, "notes")
    try:
        with document.write():
            document.notes.remove(ids)
            raise RuntimeError("the disk went away")
    except Exception:
        pass
    assert _table(document, "notes") == before


def test_an_update_that_keeps_nothing_writes_the_notes_that_exist(
    document: BoardDocument,
) -> None:
    """An undo or redo of a move knows the values it puts back: nothing is read for them, and
    a note removed meanwhile (a phone withdrew it) is neither written nor announced."""
    ids = document.notes.add([{"text": f"n{i}", "x": 10.0 * i} for i in range(5)])
    document.notes.remove([ids[2]])
    heard: list[object] = []
    document.subscribe(heard.extend)
    previous = document.notes.update(
        {note_id: {"x": 500.0 + note_id, "y": 7.0} for note_id in ids}, keep=False
    )
    assert previous == {}
    assert document.notes.count() == 4
    assert [(n.x, n.y) for n in document.notes.many(ids)] == [
        (500.0 + i, 7.0) for i in ids if i != ids[2]
    ]
    [change] = [c for c in heard if getattr(c, "entity", "") == "note"]
    assert set(change.updated) == set(ids) - {ids[2]}  # type: ignore[attr-defined]


def test_without_returning_many_notes_are_read_then_removed_the_same(
    document: BoardDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An SQLite older than 3.35 has no DELETE … RETURNING: the rows are read first, and
    what comes back (and an undo puts back) is the same."""
    from models import note_sql

    ids = _board(document)
    before = _table(document, "notes")
    expected = _from_file(document, ids[::-1])
    monkeypatch.setattr(note_sql, "RETURNING", False)
    removed = document.notes.remove(ids[::-1])
    assert list(removed) == expected
    document.notes.restore(removed)
    assert _table(document, "notes") == before
