"""Starting the GUI: the QApplication, the window and which board to show first."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.qt_import_hook import use_plain_import

use_plain_import()  # before the imports below: PySide6 would read each module's source

from canvas.error_text import error_text  # noqa: E402
from canvas.fonts import apply_to_application  # noqa: E402
from models.document import BoardDocument  # noqa: E402
from models.errors import BoardError  # noqa: E402
from ui.first_frame import after_first_frame  # noqa: E402
from ui.settings import APPLICATION, ORGANISATION  # noqa: E402


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("pajalauta")
    apply_to_application(app)
    return app


def open_first_board(window: object, board: Path | None, read_only: bool, demo: bool) -> None:
    """The board named on the command line, else the demo if asked, else the last board,
    else (first start) the demo board. Start is over once it is painted: then SQLAlchemy is
    imported and the collector held since the first line of ``main`` runs again (see
    :mod:`ui.first_frame`)."""
    try:
        _open_first_board(window, board, read_only, demo)
    finally:
        after_first_frame(window)  # SQLAlchemy, then the collector: see ui.first_frame


def _open_first_board(window: object, board: Path | None, read_only: bool, demo: bool) -> None:
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    if board is not None:
        board = board.expanduser()
        if board.exists():
            window.open_path(board, read_only=read_only)
            return
        from ui.i18n import current_language

        try:
            document = BoardDocument.create(board, title=board.stem, language=current_language())
            document.groups.ensure_defaults(document.info().language)
            window.show_document(document)
        except BoardError as error:
            window.alert(
                QCoreApplication.translate("MainWindow", "Cannot create the board"),
                error_text(error),
            )
        return
    if demo:
        window.files.open_demo()
        return
    last = window.recent.last()
    if last is not None:
        if not window.open_path(last):
            window.recent.remove(last)
        return
    window.files.open_demo()


def run_gui(board: Path | None = None, read_only: bool = False, demo: bool = False) -> int:
    app = make_application()
    from models.temporaries import remove_stale
    from ui.i18n import install_language, preferred_language
    from ui.main_window import MainWindow
    from ui.settings import app_settings

    install_language(preferred_language(app_settings()))
    remove_stale()  # hidden .part files a killed Pajalauta left beside copies and exports
    window = MainWindow()
    screen = window.screen()
    if window.settings.value("window/geometry") is None and screen is not None:
        # First start: the room bars and a whole frame need the whole screen.
        window.setGeometry(screen.availableGeometry())
        window.showMaximized()
    else:
        window.show()
    open_first_board(window, board, read_only, demo)
    return app.exec()
