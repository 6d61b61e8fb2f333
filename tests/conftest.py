"""Shared fixtures: every test gets its own board file on disk; Qt runs offscreen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PAJALAUTA_STATE_DIR", tempfile.mkdtemp(prefix="pajalauta-state-"))

from models.document import BoardDocument

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
def _empty_clipboard_before_exit() -> Iterator[None]:
    """Qt's offscreen platform (PySide6 6.11) segfaults at interpreter exit while its clipboard
    still holds a QMimeData, turning a green run into exit code 139. The xcb platform the app
    runs on does not; emptying the clipboard once at the end of the session avoids it."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.clipboard().clear()
