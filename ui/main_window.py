"""The laptop window: menus, toolbar, the board view, and the life of one open board."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QDateTime, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QUndoView,
    QWidget,
)

from canvas.error_text import error_text
from canvas.scene import BoardScene
from canvas.view import BoardView
from models.document import BoardDocument
from models.errors import BoardError, is_save_failure
from models.records import Change
from ui.actions import BoardActions
from ui.board_files import BoardFiles
from ui.countdown import Countdown
from ui.i18n import current_language, install_language, remember_language
from ui.idle_preload import preload_after_first_paint
from ui.lazy_dock import LazyDock
from ui.plain_text import install_plain_text
from ui.room import Room
from ui.settings import RecentBoards, app_settings
from ui.start_page import StartPage, make_start_page
from ui.undo_language import UndoLanguage
from ui.window_parts import build_toolbar, make_history_dock
from ui.zoom_label import ZoomLabel


class MainWindow(QMainWindow):
    """One window shows at most one board; closing the board shows the start page."""

    boardChanged = Signal()
    """After a board was shown or closed (``document`` is the new board, or None)."""
    boardClosing = Signal()
    """Before the open board's view and scene are taken down (let go of them now)."""

    def __init__(self, clock: Callable[[], float] | None = None) -> None:
        """``clock``: monotonic seconds for the workshop timer (tests pass a fake one)."""
        super().__init__()
        install_plain_text()  # labels and messages never render a note's markup
        self.settings = app_settings()
        self.recent = RecentBoards(self.settings)
        self.document: BoardDocument | None = None
        self.scene: BoardScene | None = None
        self.view: BoardView | None = None
        self.undo_stack: QUndoStack | None = None
        self.undo_group = QUndoGroup(self)
        self.acts = BoardActions(self, self.undo_group, self._view_slot)
        self.undo_language = UndoLanguage(self.undo_group, self.acts.undo, self.acts.redo)
        self.files = BoardFiles(self)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.acts.build_menus(self.menuBar(), self.recent_menu)
        self.pages = QStackedWidget(self)
        self._start_page: StartPage | None = None  # built when first shown (not at start)
        self.setCentralWidget(self.pages)
        self.toolbar = build_toolbar(self)
        self._build_history_dock()
        self._build_status_bar()
        self._connect()
        self.countdown = Countdown(clock, self) if clock is not None else Countdown(parent=self)
        self.room = Room(self)
        self._install_extensions()
        self.resize(1280, 800)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.retranslate()
        self._refresh()
        # The start page once the board named at start had its chance to open (or failed to).
        QTimer.singleShot(0, lambda: self._refresh() if self.document is None else None)
        preload_after_first_paint(self)  # not during the first open (see ui.idle_preload)

    # --- building ---------------------------------------------------------------------------
    def _build_history_dock(self) -> None:
        self._history = LazyDock(self, self.acts.history, lambda: make_history_dock(self))

    @property
    def history_dock(self) -> QDockWidget:
        """The undo history's dock (built when first shown or asked for)."""
        return self._history.dock

    @property
    def history_view(self) -> QUndoView:
        view = self._history.dock.widget()
        assert isinstance(view, QUndoView)
        return view

    def _build_status_bar(self) -> None:
        self.save_label = QLabel()
        self.zoom_label = ZoomLabel()  # a new figure per wheel step repaints only the label
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

    def _connect(self) -> None:
        acts, files = self.acts, self.files
        acts.new_board.triggered.connect(lambda: files.new_board())
        acts.open_board.triggered.connect(lambda: files.open_board())
        acts.open_demo.triggered.connect(lambda: files.open_demo())
        acts.save_copy.triggered.connect(lambda: files.save_copy())
        acts.save_as.triggered.connect(lambda: files.save_as())
        acts.board_info.triggered.connect(lambda: files.edit_board_info())
        acts.close_board.triggered.connect(self.close_board)
        acts.quit.triggered.connect(self.close)
        acts.full_screen.toggled.connect(
            lambda on: self.showFullScreen() if on else self.showNormal()
        )
        acts.shortcuts.triggered.connect(self._show_shortcuts)
        acts.about.triggered.connect(self._show_about)
        for action in acts.colours.values():
            action.triggered.connect(
                lambda _checked=False, a=action: self._use_colour(str(a.data()))
            )
        for action in acts.languages.values():
            action.triggered.connect(
                lambda _checked=False, a=action: self.set_language(str(a.data()))
            )

    def _install_extensions(self) -> None:
        """Menus that other modules add to the window (templates, frames, import/export)."""
        from ui import laptop, template_actions
        from ui.exchange_actions import ExchangeActions

        template_actions.install(self)
        laptop.install(self)
        from ui import phone_control

        phone_control.install(self)
        from ui import photo_actions

        photo_actions.install(self)
        from ui import board_heap

        board_heap.install(self)
        self.exchange = ExchangeActions(self)
        self.exchange.install(self.acts.menus["file"], before=self.acts.board_info)
        self._refresh()

    def set_language(self, language: str) -> None:
        """Switch the UI language now and remember it for the next start."""
        install_language(language)
        remember_language(self.settings, language)
        self.retranslate()

    def retranslate(self) -> None:
        self.undo_language.retranslate()
        self.acts.retranslate()
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.toolbar.setWindowTitle(self.tr("Board"))
        if self._history.built is not None:
            self.history_dock.setWindowTitle(self.tr("Undo History"))
            self.history_view.setEmptyLabel(self.tr("<opened>"))
        if self._start_page is not None:
            self._start_page.retranslate()
        self.room.retranslate()
        if hasattr(self, "exchange"):
            self.exchange.retranslate()
        for code, action in self.acts.languages.items():
            action.setChecked(code == current_language())
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _view_slot(self, name: str) -> Callable[[], None]:
        def call() -> None:
            if self.view is not None:
                getattr(self.view, name)()

        return call

    # --- the open board ---------------------------------------------------------------------
    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open a board file; on failure say why and keep what is open now."""
        path = Path(path)
        if self.document is not None and self.document.path.resolve() == path.resolve():
            return True
        try:
            document = BoardDocument.open(path, read_only=read_only)
        except BoardError as error:
            self.alert(
                self.tr("Cannot open the board"), error_text(error), QMessageBox.Icon.Critical
            )
            if not path.exists():
                self.recent.remove(path)
            return False
        self.show_document(document)
        repaired = document.checks.take_repairs()
        if repaired:
            self.alert(
                self.tr("Some values were repaired"),
                "\n\n".join(error_text(sentence) for sentence in repaired),
            )
        if document.read_only and not read_only:
            self.alert(
                self.tr("Opened read-only"),
                self.tr(
                    "“%1” cannot be written here, so it was opened read-only. Use "
                    "File › Save As… to keep working on a copy."
                ).replace("%1", path.name),
                QMessageBox.Icon.Information,
            )
        return True

    def show_document(self, document: BoardDocument) -> None:
        """Make ``document`` this window's board (closing the previous one)."""
        self.close_board()
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self.scene = BoardScene(document, self)
        self.view = BoardView(self.scene, self.undo_stack, self)
        self.view.zoomChanged.connect(self._show_zoom)
        self.view.errorOccurred.connect(self._on_error)
        self.pages.addWidget(self.view)
        self.pages.setCurrentWidget(self.view)
        document.subscribe(self._on_changes)
        self.recent.add(document.path)
        self._saved_at = QDateTime.currentDateTime()
        self._save_failed = False
        self.view.zoom_to_fit()
        self.view.setFocus()
        self._refresh()
        self.boardChanged.emit()
        # Again once the bars that boardChanged shows have taken their room from the view,
        # so the first frame is the one the board stays at (no zoom jump, no frame wasted).
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.view.zoom_to_fit()
        QTimer.singleShot(0, self._fit_new_board)  # a window laid out later than that

    def _fit_new_board(self) -> None:
        if self.view is not None and not self.view.is_editing():
            self.view.zoom_to_fit()

    def close_board(self) -> None:
        if self.document is None:
            return
        self.boardClosing.emit()
        if self.view is not None:
            self.view.edit_session().finish()  # while the file is still open to write to
        document, view, scene, stack = self.document, self.view, self.scene, self.undo_stack
        self.document = self.view = self.scene = self.undo_stack = None
        document.unsubscribe(self._on_changes)
        if scene is not None:
            scene.detach()
        if view is not None:
            self.pages.removeWidget(view)
            view.deleteLater()
        if stack is not None:
            self.undo_group.removeStack(stack)
            stack.deleteLater()
        if scene is not None:
            scene.deleteLater()
        document.close()
        self._refresh()
        self.boardChanged.emit()

    def _on_changes(self, changes: Sequence[Change]) -> None:
        # A refused change re-announces what the file holds: that is no save.
        self._save_failed = self.document is not None and self.document.write_failed
        if not self._save_failed:
            self._saved_at = QDateTime.currentDateTime()
        if any(change.entity == "board" for change in changes):
            self._refresh()
        else:
            self._show_save_state()

    def _on_error(self, problem: BoardError | str) -> None:
        failed = isinstance(problem, BoardError) and is_save_failure(problem)
        if failed or (self.document is not None and self.document.write_failed):
            self._save_failed = True
            self._show_save_state()
        self.alert(self.tr("Pajalauta"), error_text(problem), QMessageBox.Icon.Warning)

    def _use_colour(self, hex_colour: str) -> None:
        if self.view is None:
            return
        self.view.current_colour = hex_colour
        if self.view.scene() is not None and self.scene and self.scene.selected_note_ids():
            self.view.set_colour_of_selected(hex_colour)

    # --- state shown ----------------------------------------------------------------------
    def _refresh(self) -> None:
        doc = self.document
        has_board = doc is not None
        writable = has_board and doc is not None and not doc.read_only
        for action in self.acts.view_actions():
            action.setEnabled(has_board)
        for action in self.acts.board_actions():
            action.setEnabled(writable)
        if hasattr(self, "exchange"):
            self.exchange.set_enabled(has_board, writable)
        if doc is None:
            self.setWindowTitle("Pajalauta")
            self.setWindowFilePath("")
            if self._start_page is not None or self.isVisible():
                self.start_page.set_recent(self.recent.paths())
                self.pages.setCurrentWidget(self.start_page)
            self.save_label.setText("")
            self.zoom_label.setText("")
            return
        title = doc.info().title or doc.path.stem
        suffix = self.tr(" (read-only)") if doc.read_only else ""
        self.setWindowTitle(f"{title} — {doc.path.name}{suffix} — Pajalauta")
        self.setWindowFilePath(str(doc.path))
        self._show_save_state()

    def _show_save_state(self) -> None:
        doc = self.document
        if doc is None:
            return
        if doc.read_only:
            text, style = self.tr("Read-only: changes are not possible"), "color: #8a5a00;"
        elif self._save_failed:
            text = self.tr("The last change was NOT saved")
            style = "color: #b00020; font-weight: 600;"
        elif self.files.file_gone():
            text = self.tr("The board file was deleted: File › Save As… keeps the work")
            style = "color: #b00020; font-weight: 600;"
        else:
            when = QLocale().toString(self._saved_at.time(), QLocale.FormatType.ShortFormat)
            text, style = self.tr("All changes saved (%1)").replace("%1", when), "color: #2e7d32;"
        self.save_label.setText(text)
        if self.save_label.styleSheet() != style:  # a style sheet costs ~0.5 ms per commit
            self.save_label.setStyleSheet(style)

    def _show_zoom(self, scale: float) -> None:
        self.zoom_label.setText(f"{scale * 100:.0f} %")

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for path in paths:
            action = self.recent_menu.addAction(f"{path.name}  ({path.parent})")
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(no recent boards)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear List"), self.recent.clear)

    def alert(
        self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning
    ) -> QMessageBox:
        """A window-modal message that does not block the event loop (and so not the tests)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a board's name or text is never markup
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _show_shortcuts(self) -> None:
        from ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.acts, self).open()

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Pajalauta"),
            self.tr(
                "Pajalauta — a wall for service-development workshops.\n"
                "Boards are saved as every change happens."
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.close_board()
        super().closeEvent(event)

    def central(self) -> QWidget | None:
        return self.start_page if self.document is None else self.pages.currentWidget()

    @property
    def start_page(self) -> StartPage:
        """Without a board: built when first shown, so a board opened at start never waits."""
        if self._start_page is None:
            self._start_page = make_start_page(self)
        return self._start_page
