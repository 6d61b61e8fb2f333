"""An undo of a change of many notes puts back the values it read, unchecked where a read
already gives what a check would make, and the scene then shows exactly the file's rows;
a selection of many notes is asked of the scene's kept ids, never stale."""

from __future__ import annotations

from dataclasses import astuple

from PySide6.QtGui import QUndoStack

from canvas.commands import PatchNotesCommand
from canvas.note_item import colour_for
from canvas.scene import BoardScene
from models.document import BoardDocument
from models.records import NotePatch

NOTES = 120


def _seed(document: BoardDocument) -> list[int]:
    return document.notes.add(
        [
            {
                "text": f"Lappu {i}",
                "x": (i % 12) * 230.0,
                "y": (i // 12) * 230.0,
                "colour": "#a8e28a" if i % 3 else "#ffe66d",
                "hidden": i % 5 == 0,
                "fields": {"hypothesis": f"H{i}"} if i % 7 == 0 else {},
                "kind": "experiment" if i % 7 == 0 else "note",
            }
            for i in range(NOTES)
        ]
    )


def _file(document: BoardDocument) -> list[tuple[object, ...]]:
    document.notes.written.clear()
    return [astuple(note)[:-3] for note in document.notes.all()]  # without times and phone


def _scene(scene: BoardScene) -> list[tuple[object, ...]]:
    """The rows the items hold, each item showing its row (place, colour)."""
    for item in scene.note_items():
        assert (item.x(), item.y()) == (item.note.x, item.note.y)
        assert item.colour == colour_for(item.note.colour), "the item shows its row's colour"
    notes = sorted((item.note for item in scene.note_items()), key=lambda n: (n.z, n.id))
    return [astuple(note)[:-3] for note in notes]


def test_undo_and_redo_of_a_change_of_many_notes_show_the_files_rows(
    document: BoardDocument,
) -> None:
    ids = _seed(document)
    scene = BoardScene(document)
    stack = QUndoStack()
    before = _file(document)
    patches: dict[int, NotePatch] = {}
    for index, note_id in enumerate(ids):
        patch: NotePatch = {"x": 5000.0 + index, "y": -300.0 - index}
        if index % 2:
            patch["colour"] = "#ff8c8c"
        if index % 5 == 0:
            patch["hidden"] = False
        if index % 7 == 0:
            patch["fields"] = {"hypothesis": "uusi"}
        patches[note_id] = patch
    stack.push(PatchNotesCommand(document, patches, "muutos", lambda _message: None))
    after = _file(document)
    assert after != before
    assert _scene(scene) == after
    stack.undo()
    assert _file(document) == before
    assert _scene(scene) == before, "the scene shows what the undo wrote"
    hidden = [item.note.hidden for item in scene.note_items()]
    assert all(type(flag) is bool for flag in hidden) and hidden.count(True) == NOTES // 5
    cards = [item.note for item in scene.note_items() if item.note.kind == "experiment"]
    assert cards and all(card.fields["hypothesis"] != "uusi" for card in cards)
    stack.redo()
    assert _file(document) == after and _scene(scene) == after
    stack.undo()
    assert _file(document) == before and _scene(scene) == before
    scene.detach()


def test_the_selection_by_layer_follows_every_change_of_the_selection(
    document: BoardDocument,
) -> None:
    ids = _seed(document)
    scene = BoardScene(document)

    def by_z() -> list[int]:
        return [item.note_id for item in scene.selected_items_by_z()]

    def qt() -> list[int]:
        items = [i for i in scene.selectedItems() if hasattr(i, "note")]
        return [i.note.id for i in sorted(items, key=lambda i: (i.note.z, i.note.id))]

    scene.select_notes(ids)
    assert by_z() == qt() == ids
    scene.item_for(ids[3]).setSelected(False)  # type: ignore[union-attr]
    assert by_z() == qt() == ids[:3] + ids[4:]
    document.notes.remove(ids[:10])
    assert by_z() == qt() == ids[10:]
    scene.clearSelection()
    assert by_z() == qt() == []
    scene.select_notes(ids[50:60])
    document.notes.update({ids[55]: {"z": -1.0}})
    assert by_z() == qt() == [ids[55], *ids[50:55], *ids[56:60]]
    scene.detach()
