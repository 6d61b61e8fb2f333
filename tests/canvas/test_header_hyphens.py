"""A header word too long for its line breaks between its syllables with a hyphen, in the
board's language, before it would break anywhere: from afar the room read "Kunta asiakkaan a"
and "Loppuasia kas" as the first look of a board."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF, QGlyphRun, QRawFont

from canvas.frame_text import far_lines, frame_font, lay_out
from models.hyphenation import hyphen_points


def line_glyphs(runs: list[QGlyphRun]) -> list[list[int]]:
    """The glyph indexes of each line, top to bottom."""
    by_y: dict[int, list[tuple[float, int]]] = {}
    for run in runs:
        for index, point in zip(run.glyphIndexes(), run.positions(), strict=True):
            by_y.setdefault(round(point.y()), []).append((point.x(), index))
    return [[index for _, index in sorted(by_y[y])] for y in sorted(by_y)]


def glyphs_of(text: str, px: int) -> list[int]:
    return list(QRawFont.fromFont(frame_font(px, True)).glyphIndexesForString(text))


@pytest.mark.parametrize(
    ("word", "language"),
    [("Loppuasiakas", "fi"), ("asiakastyytyväisyyskysely", "fi"), ("Kommunen", "sv")],
)
def test_a_long_word_breaks_between_syllables_with_a_hyphen(
    qapp: object, word: str, language: str
) -> None:
    px = 40
    width = round(QFontMetricsF(frame_font(px, True)).horizontalAdvance(word) * 0.7, 1)
    lines = far_lines(word, px, width, 1e6, False, True, language)
    assert lines.complete
    rows = line_glyphs(lines.runs)
    assert len(rows) >= 2
    hyphen = glyphs_of("-", px)[0]
    letters = glyphs_of(word, px)
    taken = 0
    for row in rows[:-1]:
        assert row[-1] == hyphen, "a hyphen ends the broken line"
        taken += len(row) - 1
        assert row[:-1] == letters[taken - (len(row) - 1) : taken]
        assert taken in hyphen_points(word, language), "the break is between syllables"
    assert rows[-1] == letters[taken:]


def test_without_a_language_the_word_still_breaks_rather_than_being_cut(qapp: object) -> None:
    lines = lay_out("Loppuasiakas", 40, True, 150.0, 1e6, anywhere=True)
    assert lines.complete and len(line_glyphs(lines.runs)) >= 2


def test_a_word_that_fits_a_line_of_its_own_stays_whole(qapp: object) -> None:
    """Only the word too wide for any line takes hyphens ("a asiak-|kaana" would do)."""
    px = 40
    metrics = QFontMetricsF(frame_font(px, True))
    width = round(metrics.horizontalAdvance("asiakkaana") + 4, 1)
    lines = far_lines("a asiakkaana asiakastyytyväisyyskysely", px, width, 1e6, False, True, "fi")
    rows = line_glyphs(lines.runs)
    assert rows[:2] == [glyphs_of("a", px), glyphs_of("asiakkaana", px)]
    assert len(rows) > 3 and rows[2][-1] == glyphs_of("-", px)[0]
