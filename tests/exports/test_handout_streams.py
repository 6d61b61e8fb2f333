"""Page streams are compressed at PAGE_FLATE_LEVEL (quicker than zlib's default, a little
larger); the embedded fonts and the other streams keep ReportLab's default compression."""

from __future__ import annotations

import zlib
from pathlib import Path

from pypdf import PdfReader

from exports.handout import write_handout
from exports.pdf_doc import PAGE_FLATE_LEVEL
from tests.exports.boards import build_workshop_board
from tests.exports.pdfcheck import page_texts


def test_pages_are_flate_at_the_page_level_and_fonts_at_the_default(tmp_path: Path) -> None:
    doc = build_workshop_board(tmp_path / "juva.pajalauta")
    try:
        write_handout(doc, tmp_path / "juva.pdf")
    finally:
        doc.close()
    reader = PdfReader(str(tmp_path / "juva.pdf"))
    assert len(reader.pages) > 10
    for page in reader.pages:
        stream = page["/Contents"].get_object()
        assert list(stream["/Filter"]) == ["/FlateDecode"]
        drawn = stream.get_data()
        assert b"BT" in drawn  # every page has words (at least its footer)
        assert stream._data == zlib.compress(drawn, PAGE_FLATE_LEVEL)
    fonts = [
        font["/DescendantFonts"][0].get_object()["/FontDescriptor"]["/FontFile2"].get_object()
        if "/DescendantFonts" in font
        else font["/FontDescriptor"]["/FontFile2"].get_object()
        for page in reader.pages[:1]
        for font in (f.get_object() for f in page["/Resources"]["/Font"].values())
    ]
    assert fonts
    for file in fonts:
        assert file._data == zlib.compress(file.get_data())
    assert "Kokeilukortti" in "".join(page_texts(tmp_path / "juva.pdf"))
