"""Every undo command, both ways, compared on the rows in the board file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from canvas.commands import (
    CreateNotesCommand,
    DeleteNotesCommand,
    MergeId,
    PatchNotesCommand,
)
from models.document import BoardDocument
from models.limits import MAX_NOTE_TEXT
from models.records import NotePatch
from tests.canvas.conftest import row
from tests.conftest import WORKSHOP_TEXTS


def rows(doc: BoardDocument) -> list[tuple]:
    return [row(note) for note in doc.notes.all()]


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def messages() -> list[str]:
    return []


def seed(doc: BoardDocument) -> list[int]:
    return doc.notes.add(
        [{"text": text, "x": i * 220.0, "y": 0.0} for i, text in enumerate(WORKSHOP_TEXTS)]
    )


def round_trip(doc: BoardDocument, stack: QUndoStack, command: object) -> None:
    before = rows(doc)
    stack.push(command)  # type: ignore[arg-type]
    after = rows(doc)
    assert after != before, "the command changed nothing"
    stack.undo()
    assert rows(doc) == before
    stack.redo()
    assert rows(doc) == after
    stack.undo()
    assert rows(doc) == before


def test_create_round_trip_keeps_ids(
    document: BoardDocument, stack: QUndoStack, messages: list[str]
) -> None:
    seed(document)
    command = CreateNotesCommand(
        document, [{"text": "uusi", "x": 5.0}, {"text": "toinen"}], "New notes", messages.append
    )
    round_trip(document, stack, command)
    stack.redo()
    assert [document.notes.get(i).text for i in command.ids] == ["uusi", "toinen"]
    assert messages == []


def test_delete_round_trip(document: BoardDocument, stack: QUndoStack, messages: list[str]) -> None:
    ids = seed(document)
    round_trip(document, stack, DeleteNotesCommand(document, ids[1:4], "Delete", messages.append))


@pytest.mark.parametrize(
    "patch",
    [
        {"x": 40.0, "y": -30.0},
        {"width": 320.0, "height": 90.0},
        {"colour": "#8CCBFF"},
        {"z": -5.0},
        {"text": "Ruoka läheltä 🙂"},
    ],
)
def test_patch_round_trip(
    document: BoardDocument, stack: QUndoStack, messages: list[str], patch: NotePatch
) -> None:
    ids = seed(document)
    round_trip(
        document,
        stack,
        PatchNotesCommand(document, {ids[0]: patch, ids[2]: patch}, "Change", messages.append),
    )


def test_text_of_one_session_merges_and_a_new_session_does_not(
    document: BoardDocument, stack: QUndoStack, messages: list[str]
) -> None:
    [note_id] = document.notes.add([{"text": ""}])
    for text in ("K", "Ko", "Kot", "Koti"):
        stack.push(
            PatchNotesCommand(
                document,
                {note_id: {"text": text}},
                "Edit",
                messages.append,
                MergeId.TEXT_EDIT,
                session=1,
            )
        )
    assert stack.count() == 1
    stack.push(
        PatchNotesCommand(
            document,
            {note_id: {"text": "Koti!"}},
            "Edit",
            messages.append,
            MergeId.TEXT_EDIT,
            session=2,
        )
    )
    assert stack.count() == 2
    stack.undo()
    assert document.notes.get(note_id).text == "Koti"
    stack.undo()
    assert document.notes.get(note_id).text == ""


def test_a_merged_change_that_cancels_out_is_dropped(
    document: BoardDocument, stack: QUndoStack, messages: list[str]
) -> None:
    [note_id] = document.notes.add([{"text": "x", "x": 0.0}])
    stack.push(
        PatchNotesCommand(document, {note_id: {"x": 10.0}}, "Nudge", messages.append, MergeId.NUDGE)
    )
    stack.push(
        PatchNotesCommand(document, {note_id: {"x": 0.0}}, "Nudge", messages.append, MergeId.NUDGE)
    )
    assert stack.count() == 0
    assert document.notes.get(note_id).x == 0.0


def test_nudges_of_other_notes_do_not_merge(
    document: BoardDocument, stack: QUndoStack, messages: list[str]
) -> None:
    a, b = document.notes.add([{"text": "a"}, {"text": "b"}])
    stack.push(
        PatchNotesCommand(document, {a: {"x": 10.0}}, "Nudge", messages.append, MergeId.NUDGE)
    )
    stack.push(
        PatchNotesCommand(document, {b: {"x": 10.0}}, "Nudge", messages.append, MergeId.NUDGE)
    )
    assert stack.count() == 2


def test_a_change_to_the_same_values_leaves_no_step(
    document: BoardDocument, stack: QUndoStack, messages: list[str]
) -> None:
    [note_id] = document.notes.add([{"colour": "#FFE45C"}])
    stack.push(
        PatchNotesCommand(document, {note_id: {"colour": "#FFE45C"}}, "Colour", messages.append)
    )
    assert stack.count() == 0


def test_a_refused_operation_is_reported_and_not_kept(
    document: BoardDocument, stack: QUndoStack, messages: list[str]
) -> None:
    [note_id] = document.notes.add([{"text": "ennallaan"}])
    stack.push(
        PatchNotesCommand(
            document, {note_id: {"text": "x" * (MAX_NOTE_TEXT + 1)}}, "Edit", messages.append
        )
    )
    assert stack.count() == 0
    assert len(messages) == 1 and f"{MAX_NOTE_TEXT:,}" in str(messages[0])
    assert document.notes.get(note_id).text == "ennallaan"


def test_a_read_only_board_reports_instead_of_raising(
    tmp_path: Path, stack: QUndoStack, messages: list[str]
) -> None:
    path = tmp_path / "vain luku.pajalauta"
    writable = BoardDocument.create(path)
    seed(writable)
    writable.close()
    doc = BoardDocument.open(path, read_only=True)
    try:
        before = rows(doc)
        stack.push(CreateNotesCommand(doc, [{"text": "ei mene"}], "New", messages.append))
        stack.push(DeleteNotesCommand(doc, [1], "Delete", messages.append))
        assert stack.count() == 0
        assert len(messages) == 2 and "read-only" in str(messages[0])
        assert rows(doc) == before
    finally:
        doc.close()


def test_an_undo_that_fails_is_reported(
    document: BoardDocument, stack: QUndoStack, messages: list[str]
) -> None:
    ids = seed(document)
    stack.push(DeleteNotesCommand(document, ids[:1], "Delete", messages.append))
    # Something re-created a row with that id behind the stack's back: the restore collides.
    with document.write() as conn:
        conn.exec_driver_sql(
            "INSERT INTO notes (id, text, colour, x, y, width, height, z, kind, fields, author,"
            " created_at, updated_at) VALUES (?, '', '#FFFFFF', 0, 0, 100, 100, 0, 'note',"
            " '{}', '', '', '')",
            (ids[0],),
        )
    stack.undo()
    assert len(messages) == 1
