"""The handout export dialog: a real PDF written off the GUI thread, and a real cancel."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from models.document import BoardDocument
from ui.export_dialog import ExportDialog


def test_exports_the_chosen_sections_without_blocking(
    qtbot: QtBot, document: BoardDocument, tmp_path: Path
) -> None:
    document.notes.add([{"text": "Ruoka- ja kahvietusetelit", "x": 0.0, "y": 0.0}])
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog)
    target = tmp_path / "moniste.pdf"
    dialog.path_edit.setText(str(target))
    dialog.sections["overview"].setChecked(False)
    dialog.start()
    assert dialog.is_busy()  # start() returned while the worker writes
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Ruoka- ja kahvietusetelit" in text
    assert dialog.chosen_sections() == ["templates", "outside", "followup", "images"]


def test_cancel_leaves_no_file(qtbot: QtBot, document: BoardDocument, tmp_path: Path) -> None:
    with document.write():
        document.notes.add(
            [
                {
                    "text": f"Idea {i}: uusi rakennus, jossa kaikki palvelut samassa",
                    "x": 220.0 * (i % 50),
                    "y": 220.0 * (i // 50),
                }
                for i in range(2000)
            ]
        )
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog)
    target = tmp_path / "peruttu.pdf"
    dialog.path_edit.setText(str(target))
    dialog.start()
    dialog.cancel_or_close()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert "Cancelled" in dialog.status.text()
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf" or "part" in p.name] == []
