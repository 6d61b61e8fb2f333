"""A note whose words are too long even at the smallest size breaks them between syllables
with a hyphen (the board's language), not anywhere; words that fit are never broken."""

from __future__ import annotations

from PySide6.QtGui import QRawFont

from canvas import style
from canvas.text_fit import fit_text
from tests.canvas.conftest import Board

LONG = "asiakastyytyväisyyskysely kotileivonnaiset erityisruokavaliot"


def _hyphen_glyphs() -> set[int]:
    raw = QRawFont.fromFont(style.note_font(style.MIN_FONT_PX))
    return {index for char in "-\u00ad\u2010" for index in raw.glyphIndexesForString(char)}


def _glyphs(runs: list) -> list[int]:  # type: ignore[type-arg]
    return [index for run in runs for index in run.glyphIndexes()]


def test_a_finnish_board_breaks_long_words_between_syllables(board: Board) -> None:
    note_id = board.add(text=LONG, x=0.0, y=0.0, width=110.0, height=110.0)
    item = board.scene.item_for(note_id)
    assert item is not None
    fitted = item.ensure_fit()
    assert fitted.pixel_size == style.MIN_FONT_PX
    hyphens = _hyphen_glyphs()
    assert hyphens & set(_glyphs(fitted.runs)), "a broken word shows a hyphen"
    plain = fit_text(LONG, 110.0, 110.0)
    assert not hyphens & set(_glyphs(plain.runs)), "without a language: cut, no hyphen"


def test_words_that_fit_are_not_hyphenated(board: Board) -> None:
    note_id = board.add(text="Kotileivonnaiset kerran viikossa", x=0.0, y=0.0)
    item = board.scene.item_for(note_id)
    assert item is not None
    assert not _hyphen_glyphs() & set(_glyphs(item.ensure_fit().runs))
