"""Opening a board written by an older Pajalauta brings it forward without losing a note.

The version 1 board comes from ``tests/fixtures/board_v1.sql``: frozen SQL, not today's ORM, so
these tests keep meaning the same thing when the schema grows.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert

from models.document import BoardDocument
from models.errors import BoardError
from models.migrations import LATEST_VERSION, STEPS, pending
from models.schema import DotRow, VoteRow
from models.sqlite_store import APPLICATION_ID
from tests.fixtures.boards import (
    V1_COUNTS,
    build_v1_board,
    pragma_value,
    schema_description,
    side_files,
    snapshot,
    table_rows,
)

V1_NOTE_COLUMNS = (
    "id",
    "text",
    "colour",
    "x",
    "y",
    "width",
    "height",
    "z",
    "zone_id",
    "group_id",
    "author",
    "created_at",
    "updated_at",
)


@pytest.fixture
def v1_path(tmp_path: Path) -> Path:
    return build_v1_board(tmp_path / "Linja 3 työpaja.pajalauta")


def backup_of(path: Path) -> Path:
    return path.with_name(f"{path.stem}.v1-backup{path.suffix}")


def fresh_board(folder: Path) -> Path:
    path = folder / "uusi.pajalauta"
    BoardDocument.create(path).close()
    return path


def column_rows(path: Path, table: str, columns: tuple[str, ...]) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        quoted = ", ".join(f'"{c}"' for c in columns)
        return conn.execute(f'SELECT {quoted} FROM "{table}" ORDER BY rowid').fetchall()
    finally:
        conn.close()


def test_the_fixture_is_a_version_1_board(v1_path: Path) -> None:
    rows = table_rows(v1_path)
    assert {table: len(found) for table, found in rows.items()} == V1_COUNTS
    assert pragma_value(v1_path, "user_version") == 1
    assert pragma_value(v1_path, "application_id") == APPLICATION_ID
    assert [step.to_version for step in pending(1)] == [step.to_version for step in STEPS]
    assert LATEST_VERSION > 1


def test_opening_migrates_to_the_latest_version_and_keeps_every_row(v1_path: Path) -> None:
    old_rows = table_rows(v1_path)
    old_notes = column_rows(v1_path, "notes", V1_NOTE_COLUMNS)

    doc = BoardDocument.open(v1_path)
    try:
        assert not doc.read_only
        info = doc.info()
        assert info.title == "Linja 3 – Asiakasprosessit, 1. työpaja"
        assert info.place == "Juva"
        notes = doc.notes.all()
        assert len(notes) == V1_COUNTS["notes"]
        by_id = {note.id: note for note in notes}
        assert by_id[14].text == "ihmiskontakti,\nmuutama sana kuljettajan kanssa"
        assert by_id[36].text == "Asiakkaiden huomiointi: esim. à la carte -listat"
        assert (by_id[36].zone_id, by_id[36].group_id) == (15, 3)
        assert all(
            note.kind == "note" and note.fields == {} and note.image_id is None for note in notes
        )
    finally:
        doc.close()

    assert pragma_value(v1_path, "user_version") == LATEST_VERSION
    assert pragma_value(v1_path, "application_id") == APPLICATION_ID
    assert column_rows(v1_path, "notes", V1_NOTE_COLUMNS) == old_notes
    new_rows = table_rows(v1_path)
    for table in ("groups", "frames", "images"):
        assert new_rows[table] == old_rows[table], table
    width = len(old_rows["board"][0])  # later steps add columns to the board row
    assert [row[:width] for row in new_rows["board"]] == old_rows["board"]
    zone_columns = tuple(name for name, *_ in schema_description(v1_path)["zones"]["columns"])[
        : len(old_rows["zones"][0])
    ]
    assert column_rows(v1_path, "zones", zone_columns) == old_rows["zones"]
    assert new_rows["votes"] == [] and new_rows["dots"] == []
    assert side_files(v1_path) == []


def test_a_backup_of_the_old_file_is_written_first(v1_path: Path) -> None:
    original_bytes = v1_path.read_bytes()
    original_rows = table_rows(v1_path)
    BoardDocument.open(v1_path).close()

    backup = backup_of(v1_path)
    assert backup.name == "Linja 3 työpaja.v1-backup.pajalauta"
    assert backup.exists()
    assert table_rows(backup) == original_rows
    assert pragma_value(backup, "user_version") == 1
    assert pragma_value(backup, "application_id") == APPLICATION_ID
    copied = backup.read_bytes()
    assert len(copied) == len(original_bytes)
    # Every page is the same; only the header's counters and journal mode may differ.
    assert copied[100:] == original_bytes[100:]
    assert side_files(backup) == []


def test_the_backup_itself_opens_as_an_old_board(v1_path: Path, tmp_path: Path) -> None:
    BoardDocument.open(v1_path).close()
    moved = tmp_path / "palautettu.pajalauta"
    backup_of(v1_path).rename(moved)
    doc = BoardDocument.open(moved)
    try:
        assert doc.notes.count() == V1_COUNTS["notes"]
    finally:
        doc.close()


def test_a_migrated_board_has_the_schema_of_a_new_board(v1_path: Path, tmp_path: Path) -> None:
    BoardDocument.open(v1_path).close()
    migrated = schema_description(v1_path)
    created = schema_description(fresh_board(tmp_path))
    assert sorted(migrated) == sorted(created)
    for table in created:
        assert migrated[table]["columns"] == created[table]["columns"], table
        assert migrated[table]["foreign_keys"] == created[table]["foreign_keys"], table
        assert migrated[table]["indexes"] == created[table]["indexes"], table


def test_migrating_a_rollback_journal_board_gives_the_same_result(tmp_path: Path) -> None:
    path = build_v1_board(tmp_path / "vanha.pajalauta", wal=False)
    assert path.read_bytes()[18:20] == b"\x01\x01"  # header: rollback journal
    BoardDocument.open(path).close()
    assert path.read_bytes()[18:20] == b"\x02\x02", "an opened board must be in WAL mode"
    assert pragma_value(path, "user_version") == LATEST_VERSION
    assert schema_description(path) == schema_description(fresh_board(tmp_path))
    assert {t: len(r) for t, r in table_rows(path).items() if t in V1_COUNTS} == V1_COUNTS


def test_the_new_columns_and_tables_work_after_migration(v1_path: Path) -> None:
    doc = BoardDocument.open(v1_path)
    try:
        (card,) = doc.notes.add(
            [
                {
                    "kind": "experiment",
                    "image_id": 1,
                    "group_id": 2,
                    "fields": {"problem": "Hiljaiset asiakkaat", "experiment": "Kysytään toiveet"},
                }
            ]
        )
        doc.notes.update({26: {"image_id": 1}})
        with doc.write() as conn:
            vote = conn.execute(
                insert(VoteRow).values(
                    title="Mikä kokeillaan ensin?",
                    started_at="2024-06-02T08:00:00+00:00",
                )
            ).inserted_primary_key
            assert vote is not None
            conn.execute(
                insert(DotRow).values(
                    vote_id=vote[0],
                    note_id=26,
                    group_id=1,
                    created_at="2024-06-02T08:01:00+00:00",
                )
            )
    finally:
        doc.close()
    doc = BoardDocument.open(v1_path)
    try:
        note = doc.notes.get(card)
        assert note is not None
        assert note.fields["experiment"] == "Kysytään toiveet" and note.image_id == 1
        updated = doc.notes.get(26)
        assert updated is not None and updated.image_id == 1
        doc.notes.remove([26])  # a dot on a removed note goes with it (ON DELETE CASCADE)
    finally:
        doc.close()
    assert table_rows(v1_path)["dots"] == []


def test_opening_a_migrated_board_again_leaves_the_backup_alone(v1_path: Path) -> None:
    BoardDocument.open(v1_path).close()
    backup = backup_of(v1_path)
    first = snapshot(backup)
    doc = BoardDocument.open(v1_path)
    doc.notes.add([{"text": "Uusi lappu"}])
    doc.close()
    assert snapshot(backup)[:2] == first[:2]
    assert len(table_rows(backup)["notes"]) == V1_COUNTS["notes"]


@pytest.mark.parametrize("wal", [True, False], ids=["wal board", "rollback-journal copy"])
def test_a_migration_that_fails_halfway_leaves_the_file_unchanged(
    tmp_path: Path,
    wal: bool,
) -> None:
    # A table the version 2 step wants to create is already there, so the step fails after
    # it has altered the notes table: the whole migration must roll back. Saved copies and
    # backups use the rollback journal, so that mode must be left alone too.
    path = build_v1_board(
        tmp_path / "rikki.pajalauta",
        extra_sql="CREATE TABLE votes (id INTEGER PRIMARY KEY, topic TEXT);"
        "INSERT INTO votes VALUES (1, 'jäänne');",
        wal=wal,
    )
    before = snapshot(path)
    rows_before = table_rows(path)

    with pytest.raises(BoardError) as refused:
        BoardDocument.open(path)
    message = refused.value.message
    assert "“rikki.pajalauta”" in message
    assert "older Pajalauta" in message and "left as it was" in message
    assert "votes" in refused.value.detail

    after = snapshot(path)
    assert after[0] == before[0], "the board's bytes changed"
    assert after[1] == before[1], "the board's modification time changed"
    assert side_files(path) == []
    assert pragma_value(path, "user_version") == 1
    assert table_rows(path) == rows_before
    assert "kind" not in [c[0] for c in schema_description(path)["notes"]["columns"]]

    # Nothing was half-done: once the stray table is gone the same file migrates.
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE votes")
    conn.commit()
    conn.close()
    doc = BoardDocument.open(path)
    try:
        assert doc.notes.count() == V1_COUNTS["notes"]
    finally:
        doc.close()


def test_an_old_board_that_cannot_be_written_is_refused_untouched(v1_path: Path) -> None:
    before = snapshot(v1_path)
    with pytest.raises(BoardError) as refused:
        BoardDocument.open(v1_path, read_only=True)
    assert "“Linja 3 työpaja.pajalauta”" in refused.value.message
    assert "older Pajalauta" in refused.value.message
    assert snapshot(v1_path) == before
    assert not backup_of(v1_path).exists()
