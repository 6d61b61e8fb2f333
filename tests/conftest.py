"""Shared fixtures: every test gets its own board file on disk; Qt runs offscreen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

SCREENS = Path(__file__).resolve().parent / "fixtures" / "screens.json"
"""A 1920×1080 laptop screen and a 1280×720 projector beside it, the same on every machine."""
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS}"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
os.environ.pop("QT_SCALE_FACTOR", None)
os.environ.pop("QT_SCREEN_SCALE_FACTORS", None)
os.environ.setdefault("PAJALAUTA_STATE_DIR", tempfile.mkdtemp(prefix="pajalauta-state-"))

from models.document import BoardDocument  # noqa: E402  (after the environment is pinned)

WORKSHOP_TEXTS = (
    "laadukas, hyvin toimiva tuote/palvelu",
    "Juva, Rantasalmi, Sulkava, kunnat",
    "erityisruokavaliot tarkasti huomioon",
    "peruutustieto ei kulje meille",
    "Sámi: á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž",
    "Työvaatteet pitäisi uusia 🙂",
)


@pytest.fixture
def board_path(tmp_path: Path) -> Path:
    return tmp_path / "työpaja.pajalauta"


@pytest.fixture
def document(board_path: Path) -> Iterator[BoardDocument]:
    doc = BoardDocument.create(board_path, title="Asiakasprosessit, 1. työpaja")
    yield doc
    doc.close()


@pytest.fixture(scope="session", autouse=True)
def _shipped_fonts(qapp: object) -> None:
    """Text is measured with the fonts that ship with Pajalauta, at a pinned UI size, so a
    layout that passes here passes on every machine (no fallback to the machine's fonts)."""
    from PySide6.QtWidgets import QApplication

    from canvas.fonts import apply_to_application

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_to_application(app, point_size=10.0)


@pytest.fixture(scope="session", autouse=True)
def _empty_clipboard_before_exit() -> Iterator[None]:
    """Qt's offscreen platform (PySide6 6.11) segfaults at interpreter exit while its clipboard
    still holds a QMimeData, turning a green run into exit code 139. The xcb platform the app
    runs on does not; emptying the clipboard once at the end of the session avoids it."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.clipboard().clear()
