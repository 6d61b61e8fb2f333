"""Insert › Photo… in the real window: the menu, the file dialog, progress, the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QPushButton

from models.images import ImageStore
from tests.canvas import photo_files
from tests.ui.conftest import open_alerts
from ui.main_window import MainWindow


def _insert_menu_texts(window: MainWindow) -> list[str]:
    menu = window.template_actions.insert_menu  # type: ignore[attr-defined]
    return [action.text() for action in menu.actions()]


def choose(window: MainWindow, files: list[Path]) -> None:
    """Trigger Insert › Photo… and pick ``files`` in the dialog it opens."""
    window.photo_actions.insert_photo.trigger()  # type: ignore[attr-defined]
    dialog = window.photo_actions.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles
    dialog.setDirectory(str(files[0].parent))
    dialog.selectFile(" ".join(f'"{path.name}"' for path in files))
    dialog.accept()


def test_insert_photo_adds_the_chosen_files_as_one_step(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    window.files.new_board(tmp_path / "kuvat.pajalauta")  # type: ignore[attr-defined]
    assert "&Photo…" in _insert_menu_texts(window)
    files = [
        photo_files.rotated_jpeg(tmp_path / "teko1.jpg"),
        photo_files.huge_jpeg(tmp_path / "teko2.jpg"),
        photo_files.webp(tmp_path / "teko3.webp"),
    ]
    choose(window, files)
    view = window.view
    assert view is not None
    progress = window.photo_actions.progress  # type: ignore[attr-defined]
    assert progress is not None and progress.maximum() == 3
    qtbot.waitUntil(lambda: not view.photos.busy(), timeout=30_000)
    document = window.document
    assert document is not None
    cards = [note for note in document.notes.all() if note.kind == "image"]
    assert len(cards) == 3
    assert window.undo_stack is not None and window.undo_stack.count() == 1
    assert "6000×4000" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert document.notes.all() == []
    window.undo_stack.redo()
    assert {ImageStore(document).data(c.image_id)[0] for c in cards} == {"image/jpeg", "image/webp"}


def test_a_damaged_file_chosen_gets_a_message_and_adds_nothing(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    window.files.new_board(tmp_path / "kuvat.pajalauta")  # type: ignore[attr-defined]
    choose(window, [photo_files.corrupt_jpeg(tmp_path / "rikki.jpg")])
    qtbot.waitUntil(lambda: bool(open_alerts(window)), timeout=30_000)
    assert "rikki.jpg" in open_alerts(window)[0].text()
    assert window.document is not None and window.document.notes.all() == []
    assert window.undo_stack is not None and window.undo_stack.count() == 0


def test_cancelling_the_progress_adds_nothing(window: MainWindow, tmp_path: Path, qtbot) -> None:
    window.files.new_board(tmp_path / "kuvat.pajalauta")  # type: ignore[attr-defined]
    choose(
        window, [photo_files.huge_jpeg(tmp_path / "a.jpg"), photo_files.webp(tmp_path / "b.webp")]
    )
    progress = window.photo_actions.progress  # type: ignore[attr-defined]
    progress.findChild(QPushButton).click()  # the dialog's Cancel button
    view = window.view
    assert view is not None
    qtbot.waitUntil(lambda: not view.photos.busy(), timeout=30_000)
    assert window.document is not None and window.document.notes.all() == []
    assert window.undo_stack is not None and window.undo_stack.count() == 0
