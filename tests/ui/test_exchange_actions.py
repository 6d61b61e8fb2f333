"""Import and export from the window: real files, one undo step per import."""

from __future__ import annotations

from pathlib import Path

from models.document import BoardDocument
from tests.ui.conftest import open_alerts
from ui.exchange_actions import ExchangeActions
from ui.main_window import MainWindow

CSV = (
    "\ufefftext,group,colour\n"
    "Ohjatut taukojumpat,Innostujat,green\n"
    '"Hierontalappuja – ennaltaehkäisy",Innostujat,\n'
    "Sámi: čđŋšŧž,,blue\n"
)


def open_board(window: MainWindow, tmp_path: Path) -> BoardDocument:
    path = tmp_path / "tuonti.pajalauta"
    BoardDocument.create(path, title="Tuonti").close()
    assert window.open_path(path)
    assert window.document is not None
    return window.document


def test_csv_import_is_one_undo_step_with_stable_ids(window: MainWindow, tmp_path: Path) -> None:
    doc = open_board(window, tmp_path)
    source = tmp_path / "lomake.csv"
    source.write_text(CSV, encoding="utf-8")
    exchange = ExchangeActions(window)
    before = doc.groups.all()  # a new board's default groups
    assert exchange.import_notes(source)
    after = doc.notes.all()
    assert sorted(n.text for n in after) == sorted(
        ["Ohjatut taukojumpat", "Hierontalappuja – ennaltaehkäisy", "Sámi: čđŋšŧž"]
    )
    groups = doc.groups.all()
    window.acts.undo.trigger()
    assert doc.notes.all() == [] and doc.groups.all() == before
    window.acts.redo.trigger()
    assert doc.notes.all() == after and doc.groups.all() == groups


def test_a_bad_csv_is_refused_and_nothing_is_added(window: MainWindow, tmp_path: Path) -> None:
    doc = open_board(window, tmp_path)
    source = tmp_path / "rikki.csv"
    source.write_bytes(b"\x00\x01\x02 not,a,csv\n\xff\xfe")
    assert not ExchangeActions(window).import_notes(source)
    assert doc.notes.all() == [] and window.undo_stack is not None
    assert window.undo_stack.count() == 0
    assert open_alerts(window)


def test_exports_write_files_and_json_import_opens_a_new_board(
    window: MainWindow, tmp_path: Path
) -> None:
    doc = open_board(window, tmp_path)
    doc.notes.add([{"text": "Avoimet ovet"}, {"text": "Toiveruuat", "x": 240.0}])
    exchange = ExchangeActions(window)
    assert exchange.export_csv(tmp_path / "laput.csv")
    assert "Avoimet ovet" in (tmp_path / "laput.csv").read_text(encoding="utf-8-sig")
    assert exchange.export_png(tmp_path / "kuva.png", width=800)
    assert (tmp_path / "kuva.png").read_bytes().startswith(b"\x89PNG")
    assert exchange.export_json(tmp_path / "taulu.json")
    assert exchange.import_board(tmp_path / "taulu.json", tmp_path / "kopio.pajalauta")
    assert window.document is not None and window.document.path.name == "kopio.pajalauta"
    assert sorted(n.text for n in window.document.notes.all()) == ["Avoimet ovet", "Toiveruuat"]


def test_file_menu_offers_export_and_import_and_ctrl_p_opens_the_handout_dialog(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    from PySide6.QtCore import Qt

    from ui.export_dialog import ExportDialog

    titles = [a.text() for a in window.acts.menus["file"].actions()]
    assert "E&xport" in titles and "&Import" in titles
    assert not window.exchange.export_menu.isEnabled()
    open_board(window, tmp_path)
    assert window.exchange.export_menu.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialogs = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
