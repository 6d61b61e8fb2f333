"""Schema steps 5 and 6: a version 4 board gains phone sessions and private notes, then the
board's private-writing setting; it keeps every row and ends with the schema of a new board."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from models.document import BoardDocument
from models.migrations import LATEST_VERSION, STEPS
from models.phone_sessions import (
    hidden_notes,
    private_writing,
    set_private_writing,
    store_session,
    stored_sessions,
    written_by,
)
from tests.fixtures.boards import (
    V1_COUNTS,
    build_v1_board,
    pragma_value,
    schema_description,
    table_rows,
)


def build_v4_board(path: Path, version: int = 4) -> Path:
    """The version 1 fixture brought to ``version`` by the frozen steps, as that Pajalauta left
    it."""
    build_v1_board(path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        for step in STEPS:
            if step.to_version <= version:
                step.apply(conn)
        conn.execute(f"PRAGMA user_version={version}")
        conn.execute("COMMIT")
    finally:
        conn.close()
    return path


def test_a_version_4_board_gains_phone_sessions_and_keeps_every_note(tmp_path: Path) -> None:
    path = build_v4_board(tmp_path / "Varkaus.pajalauta")
    old = table_rows(path)
    assert pragma_value(path, "user_version") == 4
    assert "phone_sessions" not in old

    doc = BoardDocument.open(path)
    try:
        notes = doc.notes.all()
        assert len(notes) == V1_COUNTS["notes"]
        assert not any(note.hidden or note.phone_session_id for note in notes)
        assert stored_sessions(doc) == [] and hidden_notes(doc) == []
    finally:
        doc.close()

    assert pragma_value(path, "user_version") == LATEST_VERSION
    new = table_rows(path)
    for table in ("groups", "frames", "zones", "images", "votes", "dots"):
        assert new[table] == old[table], table
    assert [row[:-1] for row in new["board"]] == old["board"]
    assert [row[-1] for row in new["board"]] == [0], "writing is not private"
    assert [row[:16] for row in new["notes"]] == old["notes"], "every note as it was"
    assert [row[16:] for row in new["notes"]] == [(0, None)] * V1_COUNTS["notes"]
    assert new["phone_sessions"] == []
    fresh = tmp_path / "uusi.pajalauta"
    BoardDocument.create(fresh).close()
    assert schema_description(path) == schema_description(fresh)
    backup = path.with_name("Varkaus.v4-backup.pajalauta")
    assert pragma_value(backup, "user_version") == 4 and table_rows(backup) == old


def test_after_the_step_a_phone_session_and_a_private_note_are_kept(tmp_path: Path) -> None:
    path = build_v4_board(tmp_path / "Eduro.pajalauta")
    doc = BoardDocument.open(path)
    try:
        group = doc.groups.all()[0].id
        key = store_session(doc, "ab" * 32, 1, "Aino", group)
        (note,) = doc.notes.add([{"text": "yksityinen", "hidden": True, "phone_session_id": key}])
    finally:
        doc.close()
    doc = BoardDocument.open(path)
    try:
        (session,) = stored_sessions(doc)
        assert (session.id, session.name, session.group_id) == (key, "Aino", group)
        assert written_by(doc, key) == ([note], None)
        assert hidden_notes(doc) == [note]
        doc.groups.remove(group)  # the session stays, without its group
        assert stored_sessions(doc)[0].group_id is None
    finally:
        doc.close()


def test_a_version_5_board_keeps_its_hidden_notes_and_learns_whether_writing_is_private(
    tmp_path: Path,
) -> None:
    path = build_v4_board(tmp_path / "Varkaus.pajalauta", version=5)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE notes SET hidden = 1 WHERE id = (SELECT min(id) FROM notes)")
    conn.commit()
    conn.close()
    old = table_rows(path)
    doc = BoardDocument.open(path)
    try:
        assert len(hidden_notes(doc)) == 1
        assert private_writing(doc), "version 5 kept writing private while notes were hidden"
    finally:
        doc.close()
    assert pragma_value(path, "user_version") == 6
    new = table_rows(path)
    assert new["notes"] == old["notes"]
    assert [row[:-1] for row in new["board"]] == old["board"]
    assert [row[-1] for row in new["board"]] == [1]
    doc = BoardDocument.open(path)
    try:
        set_private_writing(doc, False)
    finally:
        doc.close()
    doc = BoardDocument.open(path)
    try:
        assert not private_writing(doc), "kept in the file"
    finally:
        doc.close()
    fresh = tmp_path / "uusi.pajalauta"
    BoardDocument.create(fresh).close()
    assert schema_description(path) == schema_description(fresh)
