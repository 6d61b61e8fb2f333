"""The canvas draws with the font that ships with Pajalauta, never a machine's fallback."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication

from canvas import style
from canvas.fonts import shipped_family
from models.typeface_files import BOLD_FILE, FAMILY, REGULAR_FILE


def test_the_shipped_files_are_registered_and_used_by_notes() -> None:
    assert REGULAR_FILE.is_file() and BOLD_FILE.is_file()
    assert shipped_family() == FAMILY
    assert FAMILY in QFontDatabase.families()
    for size in (12, 18, 32):
        info = QFontInfo(style.note_font(size))
        assert info.family() == FAMILY
        assert info.pixelSize() == size


def test_the_application_font_is_the_shipped_one() -> None:
    assert QFontInfo(QGuiApplication.font()).family() == FAMILY
