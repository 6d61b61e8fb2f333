"""Another program deletes (or replaces) the board file while it is open: SQLite goes on
writing into the deleted file, so the board must notice and a copy must still be possible,
back under the same name too."""

from __future__ import annotations

import os
from pathlib import Path

from models.document import BoardDocument


def test_a_deleted_board_file_is_noticed_and_saved_back_under_its_name(
    document: BoardDocument, board_path: Path
) -> None:
    document.notes.add([{"text": "ennen poistoa", "x": 0.0, "y": 0.0}])
    assert not document.file_gone()
    for side in ("", "-wal", "-shm"):
        Path(f"{board_path}{side}").unlink(missing_ok=True)
    assert document.file_gone()
    document.notes.add([{"text": "poiston jälkeen", "x": 300.0, "y": 0.0}])
    document.save_copy(board_path)
    again = BoardDocument.open(board_path)
    try:
        assert sorted(n.text for n in again.notes.all()) == ["ennen poistoa", "poiston jälkeen"]
    finally:
        again.close()


def test_a_board_file_replaced_by_another_is_noticed(
    document: BoardDocument, board_path: Path, tmp_path: Path
) -> None:
    other = BoardDocument.create(tmp_path / "toinen.pajalauta", title="Toinen")
    other.close()
    os.replace(tmp_path / "toinen.pajalauta", board_path)
    assert document.file_gone()


def test_a_board_in_its_place_is_not_gone(document: BoardDocument) -> None:
    document.notes.add([{"text": "tallessa", "x": 0.0, "y": 0.0}])
    assert not document.file_gone()
