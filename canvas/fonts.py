"""The shipped typefaces, registered with Qt once per process.

Qt falls back to whatever a machine has when a family is missing, so a canvas that merely
*asks* for a family lays text out differently on every laptop (and tests pass on one machine
and fail on the next). Registering the files that ship with the package, and asking for that
family alone, makes line breaks and shrink-to-fit identical everywhere.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from models.typeface_files import BOLD_FILE, FAMILY, REGULAR_FILE

log = logging.getLogger(__name__)


@cache
def _register() -> str:
    family = FAMILY
    for path in (REGULAR_FILE, BOLD_FILE):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not register the shipped font %s", path)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families:
            family = families[0]
    return family


def shipped_family() -> str:
    """The family name of the shipped sans-serif; registers the files on first use.

    Needs a QGuiApplication (Qt's font database lives in it)."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("fonts can be registered only after the QApplication exists")
    return _register()


def apply_to_application(app: QGuiApplication, point_size: float | None = None) -> None:
    """Make the shipped family the UI font too, so dialogs and bars measure the same everywhere."""
    font = QFont(app.font())
    font.setFamilies([shipped_family()])
    if point_size is not None:
        font.setPointSizeF(point_size)
    app.setFont(font)
