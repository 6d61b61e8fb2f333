"""Save a copy / Save As: a consistent copy of the live board, made with SQLite's backup API.

Copying the live file byte by byte would miss every edit still in the WAL; these tests make
edits that are only in the WAL and check the copy has them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import insert

from models.document import BoardDocument
from models.errors import BoardError, BoardInUseError, StorageError
from models.migrations import LATEST_VERSION
from models.schema import GroupRow, ImageRow
from models.sqlite_store import APPLICATION_ID
from tests.fixtures.boards import pragma_value, side_files, table_rows

IDEAS = [
    "Omat keittäjät ja keittiöt",
    "à la carte -listat",
    "Oma bussi retkiin 🚌",
    "Sámi: á č đ ŋ š ŧ ž",
    "rivi 1\nrivi 2",
]


def live_rows(doc: BoardDocument) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, read through the open document's own connection."""
    with doc.read() as conn:
        names = [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return {
            name: [
                tuple(row) for row in conn.exec_driver_sql(f'SELECT * FROM "{name}" ORDER BY rowid')
            ]
            for name in names
        }


@pytest.fixture
def busy_document(document: BoardDocument) -> BoardDocument:
    document.update_info({"place": "Juva", "facilitators": "Áile, Đuolbba"})
    with document.write() as conn:
        conn.execute(insert(GroupRow).values(name="Innostujat", colour="#8CCBFF"))
        conn.execute(
            insert(ImageRow).values(
                mime="image/jpeg",
                data=bytes(range(256)) * 400,
                sha256="f" * 64,
                created_at="2024-06-02T08:00:00+00:00",
            )
        )
    ids = document.notes.add([{"text": text, "group_id": 1} for text in IDEAS])
    document.notes.update({ids[0]: {"text": "Omat keittäjät jokaiseen päiväkotiin"}})
    document.notes.remove([ids[1]])
    return document


def test_the_copy_is_a_board_with_identical_rows(
    busy_document: BoardDocument,
    tmp_path: Path,
) -> None:
    target = tmp_path / "kopio.pajalauta"
    expected = live_rows(busy_document)
    busy_document.save_copy(target)

    assert table_rows(target) == expected
    assert pragma_value(target, "application_id") == APPLICATION_ID
    assert pragma_value(target, "user_version") == LATEST_VERSION
    assert side_files(target) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert target.read_bytes()[18:20] == b"\x01\x01", "a copy is a plain rollback-journal file"
    copy = BoardDocument.open(target)
    try:
        assert copy.info() == busy_document.info()
        assert copy.notes.all() == busy_document.notes.all()
    finally:
        copy.close()
    assert target.read_bytes()[18:20] == b"\x01\x01", "opening alone writes nothing"
    copy = BoardDocument.open(target)
    try:
        copy.notes.add([{"text": "muutos"}])
    finally:
        copy.close()
    assert target.read_bytes()[18:20] == b"\x02\x02", "once changed, the copy saves via WAL"


def test_the_copy_has_edits_that_are_still_only_in_the_wal(
    busy_document: BoardDocument,
    board_path: Path,
    tmp_path: Path,
) -> None:
    (fresh,) = busy_document.notes.add([{"text": "vasta kirjoitettu"}])
    main_file_only = table_rows(board_path).get("notes", [])  # the file without its WAL
    assert fresh not in [row[0] for row in main_file_only], "the edit must still be in the WAL"

    target = tmp_path / "kopio.pajalauta"
    busy_document.save_copy(target)
    assert fresh in [row[0] for row in table_rows(target)["notes"]]


def test_the_original_stays_open_locked_and_editable(
    busy_document: BoardDocument,
    board_path: Path,
    tmp_path: Path,
) -> None:
    target = tmp_path / "kopio.pajalauta"
    progress: list[tuple[int, int]] = []
    busy_document.save_copy(target, progress=lambda done, total: progress.append((done, total)))
    assert progress and progress[-1][0] == progress[-1][1] > 0

    assert not busy_document.closed
    with pytest.raises(BoardInUseError):
        BoardDocument.open(board_path)
    (later,) = busy_document.notes.add([{"text": "kopion jälkeen"}])
    assert busy_document.notes.get(later) is not None
    assert later not in [row[0] for row in table_rows(target)["notes"]]

    copy = BoardDocument.open(target)  # the copy is its own board, free to open
    try:
        copy.notes.add([{"text": "vain kopiossa"}])
        assert copy.notes.count() == busy_document.notes.count()
    finally:
        copy.close()
    assert "vain kopiossa" not in [n.text for n in busy_document.notes.all()]


def test_copying_over_an_existing_file_replaces_it(
    busy_document: BoardDocument,
    tmp_path: Path,
) -> None:
    target = tmp_path / "vanha kopio.pajalauta"
    target.write_text("vanha sisältö")
    busy_document.save_copy(target)
    assert table_rows(target) == live_rows(busy_document)


@pytest.mark.parametrize("spelling", ["same", "dotdot", "symlink"])
def test_copying_onto_the_live_board_is_refused(
    busy_document: BoardDocument,
    board_path: Path,
    tmp_path: Path,
    spelling: str,
) -> None:
    if spelling == "same":
        target = board_path
    elif spelling == "dotdot":
        (tmp_path / "ali").mkdir()
        target = tmp_path / "ali" / ".." / board_path.name
    else:
        target = tmp_path / "linkki.pajalauta"
        target.symlink_to(board_path)
    before = live_rows(busy_document)
    stat_before = os.stat(board_path)

    with pytest.raises(BoardError) as refused:
        busy_document.save_copy(target)
    assert "cannot replace the board it is copied from" in refused.value.message

    assert os.stat(board_path).st_ino == stat_before.st_ino
    assert live_rows(busy_document) == before
    busy_document.notes.add([{"text": "yhä toimii"}])
    assert busy_document.notes.count() == len(IDEAS)


def test_a_copy_into_a_missing_folder_fails_cleanly(
    busy_document: BoardDocument,
    tmp_path: Path,
) -> None:
    target = tmp_path / "ei ole" / "kopio.pajalauta"
    with pytest.raises(StorageError) as refused:
        busy_document.save_copy(target)
    assert "“kopio.pajalauta”" in refused.value.message
    assert not target.parent.exists()
    busy_document.notes.add([{"text": "yhä toimii"}])


def test_a_copy_onto_a_board_open_in_another_window_is_refused(
    busy_document: BoardDocument,
    tmp_path: Path,
) -> None:
    other_path = tmp_path / "toinen.pajalauta"
    other = BoardDocument.create(other_path, title="Toinen ikkuna")
    try:
        other.notes.add([{"text": "toisen ikkunan lappu"}])
        with pytest.raises(BoardInUseError) as refused:
            busy_document.save_copy(other_path)
        assert "“toinen.pajalauta”" in refused.value.message
        # Replacing the file under the other window would send its next edits nowhere.
        other.notes.add([{"text": "tallentuu yhä"}])
    finally:
        other.close()
    reopened = BoardDocument.open(other_path)
    try:
        assert [n.text for n in reopened.notes.all()] == ["toisen ikkunan lappu", "tallentuu yhä"]
    finally:
        reopened.close()


def test_a_copy_onto_a_crashed_board_is_refused(
    busy_document: BoardDocument,
    tmp_path: Path,
) -> None:
    # A -wal left by a crash belongs to the old file; SQLite would replay it onto the copy.
    crashed = tmp_path / "kaatunut.pajalauta"
    BoardDocument.create(crashed).close()
    wal = crashed.with_name(crashed.name + "-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    before = crashed.read_bytes()
    with pytest.raises(BoardInUseError):
        busy_document.save_copy(crashed)
    assert crashed.read_bytes() == before
