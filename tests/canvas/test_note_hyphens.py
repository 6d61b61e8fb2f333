"""A note's word too long for its line breaks between syllables with a hyphen (the board's
language), not anywhere, at the smallest size and wherever keeping it whole would shrink the
text to a size hard to read; words that fit are not broken."""

from __future__ import annotations

from PySide6.QtGui import QRawFont

from canvas import style
from canvas.text_fit import fit_text
from tests.canvas.conftest import Board

LONG = "asiakastyytyväisyyskysely kotileivonnaiset erityisruokavaliot"


def _hyphen_glyphs(pixel_size: int = style.MIN_FONT_PX) -> set[int]:
    raw = QRawFont.fromFont(style.note_font(pixel_size))
    return {index for char in "-\u00ad\u2010" for index in raw.glyphIndexesForString(char)}


def _glyphs(runs: list) -> list[int]:  # type: ignore[type-arg]
    return [index for run in runs for index in run.glyphIndexes()]


def test_a_finnish_board_breaks_long_words_between_syllables(board: Board) -> None:
    note_id = board.add(text=LONG, x=0.0, y=0.0, width=110.0, height=110.0)
    item = board.scene.item_for(note_id)
    assert item is not None
    fitted = item.ensure_fit()
    assert fitted.pixel_size <= style.MIN_FONT_PX + 1, "nothing fits whole: about the minimum"
    hyphens = _hyphen_glyphs(fitted.pixel_size)
    assert hyphens & set(_glyphs(fitted.runs)), "a broken word shows a hyphen"
    plain = fit_text(LONG, 110.0, 110.0)
    assert not hyphens & set(_glyphs(plain.runs)), "without a language: cut, no hyphen"


def test_words_that_fit_are_not_hyphenated(board: Board) -> None:
    note_id = board.add(text="Työvaatteet pitäisi uusia ennen talvea", x=0.0, y=0.0)
    item = board.scene.item_for(note_id)
    assert item is not None
    assert not _hyphen_glyphs() & set(_glyphs(item.ensure_fit().runs))


def test_a_long_word_breaks_between_syllables_rather_than_shrinking_the_note(
    board: Board,
) -> None:
    """DESIGN: "asiakastyytyväisyyskysely" or "Kotileivonnaiset" alone on a note made
    shrink-to-fit pick a tiny font (13 and 20 px on a 200-unit note); hyphenated by the
    board's language the note reads at its full size."""
    for text in ("asiakastyytyväisyyskysely", "Kotileivonnaiset kerran viikossa"):
        note_id = board.add(text=text, x=0.0, y=0.0, width=200.0, height=200.0)
        item = board.scene.item_for(note_id)
        assert item is not None
        fitted = item.ensure_fit()
        whole = fit_text(text, 200.0, 200.0)
        assert fitted.pixel_size >= whole.pixel_size * 1.5, text
        assert not fitted.overflow
        assert _hyphen_glyphs(fitted.pixel_size) & set(_glyphs(fitted.runs)), text
        assert not _hyphen_glyphs(whole.pixel_size) & set(_glyphs(whole.runs))
