"""``python main.py export|import …`` as a script or CI job runs it: exit codes and one-line
messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from models.document import BoardDocument
from tests.exports.boards import build_workshop_board

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | Path, language: str = "en") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["PAJALAUTA_LANG"] = language
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "juva.pajalauta"
    build_workshop_board(path).close()
    return path


def test_export_everything_without_a_display(board: Path, tmp_path: Path) -> None:
    result = run(
        "export",
        board,
        "--pdf",
        tmp_path / "h.pdf",
        "--csv",
        tmp_path / "n.csv",
        "--json",
        tmp_path / "b.json",
        "--png",
        tmp_path / "b.png",
        "--page-size",
        "Letter",
        "--png-width",
        "800",
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert (tmp_path / "h.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "n.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "b.json").read_text(encoding="utf-8").startswith("{")
    assert QImage(str(tmp_path / "b.png")).width() == 800
    assert not [p for p in board.parent.iterdir() if p.name.endswith(("-wal", "-shm"))]


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["export", "{board}"], 2, "choose at least one of --pdf"),
        (["export", "{board}", "--pdf", "{out}/x.pdf", "--page-size", "A5"], 2, "A4 or Letter"),
        (
            ["export", "{board}", "--pdf", "{out}/x.pdf", "--sections", "cover"],
            2,
            "sections: cover",
        ),
        (["export", "{board}", "--bogus"], 2, "unrecognized arguments"),
        (["export", "{out}/missing.pajalauta", "--pdf", "{out}/x.pdf"], 3, "does not exist"),
        (["export", "{out}/not-a-board.pajalauta", "--pdf", "{out}/x.pdf"], 3, ""),
        (["export", "{board}", "--pdf", "{out}/no/such/folder/x.pdf"], 4, "does not exist"),
        (["import", "{out}/missing.json", "--board", "{out}/new.pajalauta"], 3, "does not exist"),
        (["import", "{out}/bad.json", "--board", "{out}/new.pajalauta"], 3, "not valid JSON"),
        (["import", "{out}/bad.csv", "--board", "{out}/new.pajalauta"], 3, "is not a colour"),
        (["import", "{out}/bad.csv"], 2, "--board"),
    ],
)
def test_failures_have_exit_codes_and_one_line(
    board: Path, tmp_path: Path, args: list[str], code: int, words: str
) -> None:
    (tmp_path / "not-a-board.pajalauta").write_text("hello", encoding="utf-8")
    (tmp_path / "bad.json").write_text("{ nope", encoding="utf-8")
    (tmp_path / "bad.csv").write_text("text,colour\nIdea,fuchsia\n", encoding="utf-8")
    result = run(*(arg.format(board=board, out=tmp_path) for arg in args))
    assert result.returncode == code, result.stderr
    assert result.stderr.count("\n") == 1 and words in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "new.pajalauta").exists()
    assert not (tmp_path / "x.pdf").exists()


def test_import_creates_the_board_and_adds_to_it(tmp_path: Path) -> None:
    source = tmp_path / "ideas.csv"
    source.write_text(
        "teksti;ryhmä\nOma bussi retkiin;Kiireen kesyttäjät\nVäriä elämään;\n", encoding="utf-8-sig"
    )
    board = tmp_path / "uusi.pajalauta"
    first = run("import", source, "--board", board)
    assert first.returncode == 0, first.stderr
    assert "new board" in first.stdout
    second = run("import", source, "--board", board)
    assert second.returncode == 0, second.stderr
    doc = BoardDocument.open(board)
    try:
        assert doc.notes.count() == 4
    finally:
        doc.close()


def test_read_only_board_cannot_take_an_import(tmp_path: Path) -> None:
    board = tmp_path / "lukittu.pajalauta"
    BoardDocument.create(board).close()
    board.chmod(0o444)
    source = tmp_path / "one.csv"
    source.write_text("text\nYksi\n", encoding="utf-8")
    try:
        if os.access(board, os.W_OK):
            pytest.skip("running as a user who can write read-only files")
        result = run("import", source, "--board", board)
    finally:
        board.chmod(0o644)
    assert result.returncode == 4 and "read-only" in result.stderr


def test_a_board_that_cannot_be_created_is_exit_4(tmp_path: Path) -> None:
    source = tmp_path / "one.csv"
    source.write_text("text\nYksi\n", encoding="utf-8")
    result = run("import", source, "--board", tmp_path / "no" / "such" / "folder.pajalauta")
    assert result.returncode == 4, result.stderr
    assert result.stderr.count("\n") == 1
