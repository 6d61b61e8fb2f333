"""Rows the caller already holds (the scene's, for a delete or a drag of 5,000 selected
notes): a removal deletes without reading them and hands back those very rows and the dots
that went with them, a restore then puts back the same file; a move inside a write reads
their places from them, and only within that write."""

from __future__ import annotations

from dataclasses import replace

from models.document import BoardDocument


def table(doc: BoardDocument, name: str) -> list[tuple[object, ...]]:
    """A table as the file holds it, every column."""
    with doc.read() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(f"SELECT * FROM {name} ORDER BY id")]


def _board(document: BoardDocument) -> list[int]:
    document.groups.ensure_defaults("fi")
    group = document.groups.all()[0].id
    ids = document.notes.add(
        [
            {"text": f"Idea {i}", "x": i * 210.0, "group_id": group, "hidden": i == 3}
            for i in range(8)
        ]
    )
    vote = document.votes.start("Paras idea", budget=3)
    for note_id in ids[:3]:
        document.votes.place_dot(vote, note_id, group)
    document.notes.written.clear()
    return ids


def test_known_rows_are_removed_unread_and_restored_to_the_same_file(
    document: BoardDocument,
) -> None:
    ids = _board(document)
    before_notes, before_dots = table(document, "notes"), table(document, "dots")
    rows = document.notes.many(ids)
    wanted = [ids[5], ids[0], ids[2], ids[7]]
    removed = document.notes.remove(wanted, rows)
    assert [note.id for note in removed] == wanted
    assert all(note is next(r for r in rows if r.id == note.id) for note in removed)
    assert sorted(dot.note_id for dot in removed.dots) == sorted([ids[0], ids[2]])
    assert sorted(n.id for n in document.notes.all()) == sorted(set(ids) - set(wanted))
    assert len(table(document, "dots")) == 1
    document.notes.restore(removed)
    assert table(document, "notes") == before_notes
    assert table(document, "dots") == before_dots


def test_rows_that_do_not_cover_every_note_are_read_instead(document: BoardDocument) -> None:
    ids = _board(document)
    before = table(document, "notes")
    rows = [replace(note, text="vanha") for note in document.notes.many(ids[:2])]
    removed = document.notes.remove(ids[:4], rows)
    assert [note.text for note in removed] == ["Idea 0", "Idea 1", "Idea 2", "Idea 3"]
    document.notes.restore(removed)
    assert table(document, "notes") == before


def test_known_rows_serve_the_reads_of_one_write_only(document: BoardDocument) -> None:
    ids = _board(document)
    rows = document.notes.many(ids)
    document.notes.known(rows)  # outside a write: nothing kept
    assert document.notes.columns(ids, ("x",)) == {n.id: (n.x,) for n in rows}
    shown = [replace(note, x=note.x + 1.0) for note in rows]  # what only the caller holds
    with document.write():
        document.notes.known(shown)
        assert document.notes.columns(ids, ("x", "zone_id")) == {
            n.id: (n.x, n.zone_id) for n in shown
        }
        document.notes.update({ids[0]: {"y": 5.0}})
        assert document.notes.columns(ids, ("x",)) == {n.id: (n.x,) for n in rows}, "read"
    with document.write():
        assert document.notes.columns(ids, ("x",)) == {n.id: (n.x,) for n in rows}
