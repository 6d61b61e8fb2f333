"""Each handout export starts from empty shared parses: one export never runs on what the last
one left (so each is measured, and holds memory, on its own)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from benchmarks.workshopgen import build_workshop_board
from exports import pdf_styles
from exports.handout import write_handout
from models.document import BoardDocument
from tests.exports.pdfcheck import page_texts


def test_each_handout_starts_from_empty_shared_parses(tmp_path: Path) -> None:
    doc = BoardDocument.create(tmp_path / "b.pajalauta", title="Jaettu")
    doc.notes.add([{"text": "Yksi lappu", "x": 0.0, "y": 0.0}])
    try:
        write_handout(doc, tmp_path / "a.pdf")
        assert pdf_styles._PARSED, "a handout shares its parsed headings"
        pdf_styles._PARSED[("stale", 0)] = next(iter(pdf_styles._PARSED.values()))
        write_handout(doc, tmp_path / "b.pdf")
    finally:
        doc.close()
    assert ("stale", 0) not in pdf_styles._PARSED
    assert pdf_styles._PARSED, "the second export shares its own parses again"


def _pages(path: Path) -> list[bytes]:
    reader = PdfReader(str(path))
    return [page.get_contents().get_data() for page in reader.pages]  # type: ignore[union-attr]


def test_an_export_after_another_boards_is_drawn_exactly_as_the_first(tmp_path: Path) -> None:
    """What one export keeps for the next (the styles' parses, the fonts) changes nothing:
    the same board exported before and after another board's export gives the same pages,
    operator for operator."""
    first, other = tmp_path / "paja.pajalauta", tmp_path / "toinen.pajalauta"
    build_workshop_board(first, 60)
    build_workshop_board(other, 120, seed=7)
    write_handout_of(first, tmp_path / "a.pdf")
    write_handout_of(other, tmp_path / "b.pdf")
    write_handout_of(first, tmp_path / "c.pdf")
    before, after = _pages(tmp_path / "a.pdf"), _pages(tmp_path / "c.pdf")
    assert len(before) == 18
    assert before == after
    assert before != _pages(tmp_path / "b.pdf")[:18]
    texts = page_texts(tmp_path / "c.pdf")
    assert "Ennen kokeilua · täytetty" in "\n".join(texts)


def write_handout_of(board: Path, target: Path) -> None:
    doc = BoardDocument.open(board, read_only=True)
    try:
        write_handout(doc, target)
    finally:
        doc.close()
