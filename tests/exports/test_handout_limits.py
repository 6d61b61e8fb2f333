"""Long texts and big boards: shortened visibly inside their notes, never overflowing, and a
2,000-note board still exports."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2

from exports.handout import write_handout
from models.document import BoardDocument
from tests.exports.boards import LONG_NOTE, build_numbered_board
from tests.exports.pdfcheck import page_texts, squeeze

YELLOW = (1.0, 0.894, 0.361)


def _is_note_fill(colour: object) -> bool:
    return (
        isinstance(colour, tuple | list)
        and len(colour) == 3
        and all(abs(a - b) < 0.01 for a, b in zip(colour, YELLOW, strict=True))
    )


def test_a_long_note_is_shortened_inside_its_box_and_complete_in_the_text(tmp_path: Path) -> None:
    long_text = (LONG_NOTE * 2)[:300]
    unbroken = "Kuljetus" + "ateriapalvelu" * 40
    assert len(long_text) == 300 and len(unbroken) == 528
    doc = BoardDocument.create(tmp_path / "long.pajalauta", title="Pitkät laput")
    doc.notes.add(
        [{"text": long_text, "x": 0.0, "y": 0.0}, {"text": unbroken, "x": 260.0, "y": 0.0}]
    )
    target = tmp_path / "long.pdf"
    try:
        write_handout(doc, target)
    finally:
        doc.close()
    texts = page_texts(target)
    assert squeeze(long_text) in squeeze("".join(texts))
    assert squeeze(unbroken) in squeeze("".join(texts))
    overview_index = next(i for i, t in enumerate(texts) if "…" in t)
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[overview_index]
        notes = [r for r in page.rects if _is_note_fill(r.get("non_stroking_color"))]
        assert len(notes) == 2
        header_bottom, footer_top = 80, page.height - 60
        inside = [
            c
            for c in page.chars
            if header_bottom < c["top"] < footer_top
            and c["text"].strip()
            and not c["text"].isdigit()
        ]
        drawn = [
            c
            for c in inside
            if any(
                r["x0"] - 0.5 <= c["x0"]
                and c["x1"] <= r["x1"] + 0.5
                and r["top"] - 0.5 <= c["top"]
                and c["bottom"] <= r["bottom"] + 0.5
                for r in notes
            )
        ]
        heading = [c for c in inside if c["top"] < notes[0]["top"]]
        assert len(drawn) + len(heading) == len(inside), "text outside its note"
        ellipses = [c for c in drawn if c["text"] == "…"]
        assert len(ellipses) == 2, "both notes must end visibly shortened"


def test_a_2000_note_board_exports(tmp_path: Path) -> None:
    doc = build_numbered_board(tmp_path / "big.pajalauta", 2000)
    target = tmp_path / "big.pdf"
    try:
        result = write_handout(doc, target)
    finally:
        doc.close()
    texts = page_texts(target)
    assert 30 <= result.pages == len(texts) <= 120
    squeezed = squeeze("".join(texts))
    for index in range(0, 2000, 97):
        assert f"Lappu{index:05d}" in squeezed
    pdf = pypdfium2.PdfDocument(str(target))
    try:
        for index in (0, 1, len(pdf) // 2):
            image = pdf[index].render(scale=1.0).to_pil().convert("L")
            assert image.getextrema()[0] < 128
    finally:
        pdf.close()
