"""Opening is defensive: a file that is not a healthy board is refused with a sentence the
facilitator can act on, and the file is left exactly as it was.

A workshop laptop's folder holds photos, PDFs, last year's boards and half-copied USB files;
double-clicking the wrong one must never damage it or leave SQLite's side files beside it.
"""

from __future__ import annotations

import os
import random
import signal
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from models.document import BoardDocument
from models.errors import (
    BoardError,
    BoardInUseError,
    DamagedBoardError,
    NewerBoardError,
    NotABoardError,
)
from models.migrations import LATEST_VERSION
from tests.fixtures.boards import FIXTURES, last_wal_page, side_files, snapshot

JARGON = ("sqlite", "Error", "Traceback", "errno", "0x")


def assert_clear_message(error: BoardError, path: Path) -> None:
    message = error.message
    assert f"“{path.name}”" in message, message
    assert message[0].isupper() or message[0] == "“", message
    assert message.rstrip().endswith("."), message
    words = message.replace(f"“{path.name}”", "")
    assert not any(jargon in words for jargon in JARGON), message


def assert_refused(path: Path, expected: type[BoardError]) -> BoardError:
    """Open must fail with ``expected`` and leave the file and its folder as they were."""
    before = snapshot(path)
    with pytest.raises(BoardError) as refused:
        BoardDocument.open(path)
    assert isinstance(refused.value, expected), repr(refused.value)
    assert_clear_message(refused.value, path)
    after = snapshot(path)
    assert after[0] == before[0], "the file's bytes changed"
    assert after[1] == before[1], "the file's modification time changed"
    assert after[2] == before[2], "files appeared or vanished beside it"
    return refused.value


def png_bytes() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    pixels = b"".join(b"\x00" + bytes((255, 228, 92)) * 16 for _ in range(16))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(pixels))
        + chunk(b"IEND", b"")
    )


def make_board(path: Path, notes: int = 5, closed: bool = True) -> Path:
    doc = BoardDocument.create(path, title="Kiireen kesyttäjät")
    texts = [
        f"{n}. Omat keittäjät ja keittiöt jokaiseen päiväkotiin ja laitokseen – äöå"
        for n in range(notes)
    ]
    for start in range(0, notes, 400):
        doc.notes.add([{"text": t} for t in texts[start : start + 400]])
    doc.close()
    return path


@pytest.fixture(scope="module")
def big_board(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a closed board with enough notes to fill many pages."""
    path = make_board(tmp_path_factory.mktemp("big") / "iso.pajalauta", notes=2_000)
    return path.read_bytes()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --- files that are not boards at all ---------------------------------------------------------
NOT_BOARDS: dict[str, Callable[[Path], Path]] = {
    "text file": lambda p: write(p, "Tämä on muistio, ei taulu.\nÄÖÅ\n".encode() * 40),
    "random bytes": lambda p: write(p, random.Random(7).randbytes(64 * 1024)),
    "png picture": lambda p: write(p, png_bytes()),
    "empty file": lambda p: write(p, b""),
}


@pytest.mark.parametrize("kind", sorted(NOT_BOARDS))
def test_a_file_that_is_not_a_database_is_refused(kind: str, tmp_path: Path) -> None:
    path = NOT_BOARDS[kind](tmp_path / "ideat.pajalauta")
    assert_refused(path, NotABoardError)


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT)")
    conn.execute("INSERT INTO moz_places VALUES (1, 'https://www.juva.fi', 'Juvan kunta')")
    conn.commit()
    conn.close()
    error = assert_refused(path, NotABoardError)
    assert "another program" in error.message
    assert side_files(path) == []


def test_a_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kansio.pajalauta"
    path.mkdir()
    (path / "sisältö.txt").write_text("ei taulu")
    before = sorted(os.listdir(path))
    with pytest.raises(NotABoardError) as refused:
        BoardDocument.open(path)
    assert_clear_message(refused.value, path)
    assert "folder" in refused.value.message
    assert sorted(os.listdir(path)) == before
    assert side_files(path) == []


def test_a_missing_file_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "poistettu.pajalauta"
    with pytest.raises(BoardError) as refused:
        BoardDocument.open(path)
    assert_clear_message(refused.value, path)
    assert "does not exist" in refused.value.message
    assert os.listdir(tmp_path) == []


# --- boards that are damaged or too new ------------------------------------------------------
def test_a_board_cut_to_half_its_size_is_refused(big_board: bytes, tmp_path: Path) -> None:
    page_size = 4096
    half = len(big_board) // 2 // page_size * page_size
    assert len(big_board) > 64 * page_size, "the board must span many pages"
    path = write(tmp_path / "puolikas.pajalauta", big_board[:half])
    error = assert_refused(path, DamagedBoardError)
    assert "damaged" in error.message


@pytest.mark.parametrize("cut", [50, 4096 + 1000, 0.5])
def test_a_board_cut_off_mid_page_is_refused(big_board: bytes, tmp_path: Path, cut: float) -> None:
    size = int(len(big_board) * cut) + 123 if isinstance(cut, float) else int(cut)
    assert size % 4096
    path = write(tmp_path / "katkennut.pajalauta", big_board[:size])
    assert_refused(path, DamagedBoardError)


def test_a_board_with_a_scrambled_page_is_refused(big_board: bytes, tmp_path: Path) -> None:
    data = bytearray(big_board)
    page = len(data) // 4096 // 2
    data[page * 4096 : (page + 1) * 4096] = random.Random(3).randbytes(4096)
    path = write(tmp_path / "sotkettu.pajalauta", bytes(data))
    assert_refused(path, DamagedBoardError)


def test_a_board_from_a_newer_pajalauta_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = make_board(tmp_path / "tuleva.pajalauta")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={LATEST_VERSION + 1}")
    conn.close()
    assert side_files(path) == []
    error = assert_refused(path, NewerBoardError)
    assert "newer Pajalauta" in error.message and "Update" in error.message


def test_a_saved_copy_without_its_board_record_is_refused(tmp_path: Path) -> None:
    import sqlite3

    original = BoardDocument.create(tmp_path / "alkuperäinen.pajalauta")
    path = tmp_path / "kopio.pajalauta"
    original.save_copy(path)  # a copy uses the rollback journal until it is first opened
    original.close()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM board")
    conn.commit()
    conn.close()
    error = assert_refused(path, BoardError)
    assert "damaged" in error.message


# --- boards that are in use -------------------------------------------------------------------
def test_a_board_open_in_this_process_is_refused(tmp_path: Path) -> None:
    path = make_board(tmp_path / "auki.pajalauta")
    first = BoardDocument.open(path)
    try:
        first.notes.add([{"text": "ensimmäinen ikkuna"}])
        assert_refused(path, BoardInUseError)
        assert_refused(path, BoardInUseError)  # and again: the refusal left nothing behind
        with pytest.raises(BoardInUseError):
            BoardDocument.open(path, read_only=True)
        # The first window is not disturbed by the refused second one.
        first.notes.add([{"text": "yhä tallentuu"}])
        assert first.notes.count() == 7
    finally:
        first.close()
    assert side_files(path) == []
    reopened = BoardDocument.open(path)
    assert reopened.notes.count() == 7
    reopened.close()


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """Another Pajalauta process with the board open, until the test lets it go."""
    path = make_board(tmp_path / "toisella koneella.pajalauta")
    child = subprocess.Popen(
        [sys.executable, str(FIXTURES / "hold_board.py"), str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "ready 5"
        yield path, child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)


def test_a_board_open_in_another_process_is_refused(
    holder: tuple[Path, subprocess.Popen[str]],
) -> None:
    path, child = holder
    error = assert_refused(path, BoardInUseError)
    assert "already open" in error.message
    with pytest.raises(BoardInUseError):
        BoardDocument.open(path, read_only=True)

    assert child.stdin is not None and child.stdout is not None
    child.stdin.close()
    assert child.stdout.readline().strip() == "closed"
    assert child.wait(timeout=10) == 0
    doc = BoardDocument.open(path)  # once the other Pajalauta closes it, it opens here
    try:
        assert doc.notes.count() == 5
    finally:
        doc.close()


def test_a_board_left_by_a_killed_process_opens_with_all_data(
    holder: tuple[Path, subprocess.Popen[str]],
) -> None:
    path, child = holder
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write("add 25\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "added 25"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)

    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the edits must be only in the stale WAL"
    viewer = BoardDocument.open(path, read_only=True)
    try:
        assert viewer.notes.count() == 30, "a read-only look must see what the WAL holds"
    finally:
        viewer.close()
    doc = BoardDocument.open(path)
    try:
        texts = [note.text for note in doc.notes.all()]
        assert len(texts) == 30
        assert texts[-25:] == [f"tapettu prosessi {n} – ÄÖÅ" for n in range(25)]
        doc.notes.add([{"text": "elämä jatkuu"}])
    finally:
        doc.close()
    assert side_files(path) == []
    reopened = BoardDocument.open(path)
    assert reopened.notes.count() == 31
    reopened.close()


def test_a_board_whose_last_checkpoint_was_cut_off_opens_with_all_data(
    holder: tuple[Path, subprocess.Popen[str]],
) -> None:
    path, child = holder
    assert child.stdin is not None and child.stdout is not None
    added = 0
    # Add notes until the WAL holds pages the file does not have yet (when that happens
    # depends on the schema's page use and SQLite's automatic checkpoints).
    while added < 2000:
        child.stdin.write("add 50\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "added 50"
        added += 50
        first_page = last_wal_page(path, 1)
        if int.from_bytes(first_page[28:32], "big") * len(first_page) > path.stat().st_size:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    # A checkpoint writes page 1 (whose header counts every page) before the pages after it;
    # a crash there leaves the file shorter than its header says, with the WAL intact.
    first_page = last_wal_page(path, 1)
    data = path.read_bytes()
    path.write_bytes(first_page + data[len(first_page) :])
    assert int.from_bytes(first_page[28:32], "big") * len(first_page) > len(data)

    doc = BoardDocument.open(path)
    try:
        assert doc.notes.count() == 5 + added
        with doc.read() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        doc.close()
