"""Each handout export starts from empty shared parses: one export never runs on what the last
one left (so each is measured, and holds memory, on its own)."""

from __future__ import annotations

from pathlib import Path

from exports import pdf_styles
from exports.handout import write_handout
from models.document import BoardDocument


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
