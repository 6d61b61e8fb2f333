"""Closing a board leaves only the board file behind, however it was opened."""

from __future__ import annotations

from pathlib import Path

from models.document import BoardDocument


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


def test_read_only_open_leaves_no_wal_or_shm(document: BoardDocument, board_path: Path) -> None:
    document.notes.add([{"text": "Avoimet ovet"}])
    document.close()
    reader = BoardDocument.open(board_path, read_only=True)
    assert [n.text for n in reader.notes.all()] == ["Avoimet ovet"]
    reader.close()
    assert siblings(board_path) == [board_path.name]


def test_read_write_close_folds_the_wal_in(document: BoardDocument, board_path: Path) -> None:
    document.notes.add([{"text": "Toiveruuat"}])
    assert (board_path.parent / f"{board_path.name}-wal").exists()
    document.close()
    assert siblings(board_path) == [board_path.name]
