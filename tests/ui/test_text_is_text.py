"""Text is only ever text: markup in a note, caption, title, file or group name is shown
literally in the window's labels and messages, printed literally in the handout, and a CSV
cell that a spreadsheet would run as a formula is stored as text.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from exports.handout import write_handout
from models import board_csv
from models.document import BoardDocument
from models.snapshot import take_snapshot
from tests.exports.pdfcheck import page_texts, squeeze
from tests.ui.conftest import open_alerts
from ui.main_window import MainWindow

MARKUP = '<b>Tärkeä</b> <img src="x.png"> <a href="https://example.com">linkki</a>'
FORMULAS = [
    '=HYPERLINK("https://example.com";"klikkaa")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "'=jo valmiiksi heittomerkki",
]


def hostile_board(path: Path) -> Path:
    doc = BoardDocument.create(path, title=MARKUP)
    doc.groups.add(MARKUP)
    doc.notes.add(
        [
            {"text": MARKUP, "x": 0.0, "y": 0.0},
            *({"text": text, "x": 250.0 * (i + 1), "y": 0.0} for i, text in enumerate(FORMULAS)),
        ]
    )
    doc.close()
    return path


def test_messages_and_labels_show_markup_literally(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_path(hostile_board(tmp_path / "merkit.pajalauta"))
    assert MARKUP in window.windowTitle()
    labels = [
        w
        for w in QApplication.allWidgets()
        if isinstance(w, QLabel) and not isinstance(w.parent(), QMessageBox)
    ]
    for label in labels:
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    bad = tmp_path / '<img src="x.png"> <b>kuva<b>.pajalauta'
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    assert not window.open_path(bad)
    boxes = open_alerts(window)
    assert any(bad.name in box.text() for box in boxes), [b.text() for b in boxes]
    for box in boxes:
        assert box.textFormat() == Qt.TextFormat.PlainText
        label = next(w for w in box.findChildren(QLabel) if bad.name in w.text())
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_the_handout_prints_markup_literally(tmp_path: Path) -> None:
    path = hostile_board(tmp_path / "merkit.pajalauta")
    pdf = tmp_path / "moniste.pdf"
    doc = BoardDocument.open(path)
    try:
        write_handout(doc, pdf)
    finally:
        doc.close()
    text = squeeze(" ".join(page_texts(pdf)))
    assert squeeze("<b>Tärkeä</b>") in text
    assert squeeze('<a href="https://example.com">linkki</a>') in text


def test_csv_cells_never_run_as_formulas_and_read_back_as_written(tmp_path: Path) -> None:
    path = hostile_board(tmp_path / "kaavat.pajalauta")
    doc = BoardDocument.open(path)
    try:
        written = board_csv.dumps(take_snapshot(doc))
    finally:
        doc.close()
    rows = list(csv.reader(io.StringIO(written)))
    texts = [row[0] for row in rows[1:]]
    for text in texts:
        assert not text.startswith(board_csv.FORMULA_STARTS), text
    assert "'=HYPERLINK" in written
    assert sorted(note.text for note in board_csv.parse(written)) == sorted([MARKUP, *FORMULAS])
