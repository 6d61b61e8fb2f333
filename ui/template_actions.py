"""Templates in the main window: File › New Board from Template…, the Insert menu, the
right-click menu on frames, and the experiment card's form.

``install(window)`` is called once by the main window. The actions read the window's current
board (``window.document``, ``scene``, ``view``, ``undo_stack``) when they run, and each view's
``contextMenuRequested`` and ``cardFormRequested`` signals are connected when the window shows
a board (``boardChanged``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox
from shiboken6 import isValid

from canvas.error_text import error_text
from canvas.frame_commands import InsertFrameCommand
from models.document import BoardDocument
from models.errors import BoardError
from models.templates import TEMPLATES, Template
from ui.board_files import ui_language, with_suffix
from ui.card_actions import CardActions
from ui.frame_menu import FrameOps, Target, find_target
from ui.settings import BOARD_FILTER, boards_folder

if TYPE_CHECKING:
    from ui.board_info_dialog import BoardInfoDialog
    from ui.card_dialog import CardDialog
    from ui.main_window import MainWindow
    from ui.template_dialog import TemplateDialog

INSERT_GAP = 400.0
"""Space between the board's content and a frame inserted to its right."""


class TemplateActions(CardActions, QObject):
    """The template actions and menus of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.ops = FrameOps(window)
        self.dialog: TemplateDialog | None = None
        self.card_dialog: CardDialog | None = None
        self.details_dialog: BoardInfoDialog | None = None
        self.menu: QMenu | None = None
        self._views: list[object] = []
        self.new_from_template = self._action(self.new_board_from_template)
        self.insert_template = self._action(self.open_insert_dialog)
        self.new_card = self._action(self.new_experiment_card)
        self.tidy = self._action(lambda: self._on_current(self.ops.tidy))
        self.rename_title = self._action(
            lambda: self._on_current(
                lambda t: self.ops.rename(t, "title" if t.zone is not None else "frame")
            )
        )
        self.rename_frame = self._action(
            lambda: self._on_current(lambda t: self.ops.rename(t, "frame"))
        )
        self.add_column = self._action(
            lambda: self._on_current(lambda t: self.ops.add(t, "col", True))
        )
        self.add_row = self._action(
            lambda: self._on_current(lambda t: self.ops.add(t, "row", True))
        )
        self.remove_frame = self._action(lambda: self._on_current(self.ops.remove_frame))
        self.insert_menu = QMenu(window)
        self.templates_menu = QMenu(window)
        self.templates_menu.aboutToShow.connect(self._fill_templates_menu)
        self.insert_menu.aboutToShow.connect(self._update_enabled)
        self._build_menus()
        self.retranslate()
        window.installEventFilter(self)
        board_closing = getattr(window, "boardClosing", None)
        if board_closing is not None:
            board_closing.connect(self._board_closing)
        board_changed = getattr(window, "boardChanged", None)
        if board_changed is not None:
            board_changed.connect(self._board_changed)
        else:  # a window without the signal: follow its pages instead
            window.pages.currentChanged.connect(lambda _index: self._board_changed())
        self._board_changed()

    def _action(self, slot: object) -> QAction:
        action = QAction(self._window)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self._window.addAction(action)
        return action

    # --- menus and texts ------------------------------------------------------------------
    def _build_menus(self) -> None:
        window = self._window
        file_menu = window.acts.menus.get("file")
        if file_menu is not None:
            actions = file_menu.actions()
            after = (
                actions.index(window.acts.open_board) if window.acts.open_board in actions else 0
            )
            file_menu.insertAction(actions[after], self.new_from_template)
        menu = self.insert_menu
        menu.addAction(self.insert_template)
        menu.addMenu(self.templates_menu)
        menu.addSeparator()
        menu.addAction(self.new_card)
        menu.addSeparator()
        menu.addActions(
            [
                self.tidy,
                self.add_column,
                self.add_row,
                self.rename_title,
                self.rename_frame,
                self.remove_frame,
            ]
        )
        view_menu = window.acts.menus.get("view")
        bar = window.menuBar()
        actions = bar.actions()
        following = None
        if view_menu is not None and view_menu.menuAction() in actions:
            index = actions.index(view_menu.menuAction())
            following = actions[index + 1] if index + 1 < len(actions) else None
        if following is not None:
            bar.insertMenu(following, menu)
        else:
            bar.addMenu(menu)

    def retranslate(self) -> None:
        self.new_from_template.setText(self.tr("New Board from &Template…"))
        self.insert_template.setText(self.tr("Insert &Template…"))
        self.new_card.setText(self.tr("New &Experiment Card"))
        self.tidy.setText(self.tr("T&idy Up Cell"))
        self.rename_title.setText(self.tr("&Rename Title"))
        self.rename_frame.setText(self.tr("Rename &Frame"))
        self.add_column.setText(self.tr("Add &Column"))
        self.add_row.setText(self.tr("Add Ro&w"))
        self.remove_frame.setText(self.tr("Remove Frame…"))
        self.insert_menu.setTitle(self.tr("&Insert"))
        self.templates_menu.setTitle(self.tr("Template"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _fill_templates_menu(self) -> None:
        self.templates_menu.clear()
        language = self._language()
        for template in TEMPLATES.values():
            action = self.templates_menu.addAction(template.name.text(language))
            action.triggered.connect(lambda _c=False, t=template: self.insert(t))
            action.setEnabled(self._writable())

    def _writable(self) -> bool:
        doc = self._window.document
        return doc is not None and not doc.read_only and self._window.view is not None

    def _update_writable(self) -> bool:
        """What needs only a writable board. The frame actions follow it until the Insert
        menu opens, which asks what they act on (:meth:`_update_enabled`)."""
        writable = self._writable()
        self.insert_template.setEnabled(writable)
        self.new_card.setEnabled(writable)
        self.templates_menu.setEnabled(writable)
        for action in self._target_actions():
            action.setEnabled(writable)
        return writable

    def _target_actions(self) -> tuple[QAction, ...]:
        return (
            self.tidy,
            self.add_column,
            self.add_row,
            self.rename_title,
            self.rename_frame,
            self.remove_frame,
        )

    def _update_enabled(self) -> None:
        writable = self._update_writable()
        target = self.current_target() if writable else None
        grid = target is not None and self.ops.is_grid(target.frame_id)
        cell = target is not None and target.zone is not None and target.zone.is_cell
        self.tidy.setEnabled(cell)
        self.add_column.setEnabled(grid)
        self.add_row.setEnabled(grid and target is not None and self.ops.has_rows(target.frame_id))
        for action in (self.rename_title, self.rename_frame, self.remove_frame):
            action.setEnabled(target is not None)

    def _language(self) -> str:
        doc = self._window.document
        return doc.info().language if doc is not None else ui_language()

    # --- the open board -------------------------------------------------------------------
    def _board_changed(self) -> None:
        view = self._window.view
        # What lies under the view's centre is asked when the Insert menu opens: asking now
        # would make that place's note items before the board's first frame.
        self._update_writable()
        if view is None or any(v is view for v in self._views):
            return
        self._views = [view]
        view.contextMenuRequested.connect(self.show_context_menu)
        view.cardFormRequested.connect(self.edit_card)

    def _board_closing(self) -> None:
        """Keep a title being typed, and close what still points at the board."""
        view = self._window.view
        if view is not None:
            view.inline_edits().finish()
        for widget in (self.card_dialog, self.menu, self.ops.question, self.details_dialog):
            if widget is not None and isValid(widget) and widget.isVisible():
                widget.close()
        if (
            self.dialog is not None
            and self.dialog.isVisible()
            and self.dialog.language_box.isHidden()
        ):
            self.dialog.reject()
        self.card_dialog = self.menu = self.details_dialog = None
        self.ops.question = None

    def _report(self, message: str | BoardError) -> None:
        self._window.alert(self.tr("Pajalauta"), error_text(message))

    def current_target(self) -> Target | None:
        """What the menu bar's frame actions act on: the selected note's cell, else the
        frame under the view's centre."""
        scene, view = self._window.scene, self._window.view
        if scene is None or view is None:
            return None
        for note_id in reversed(scene.selected_note_ids()):
            item = scene.item_for(note_id)
            if item is not None:
                target = find_target(scene, item.scene_rect().center())
                if target is not None:
                    return target
        return find_target(scene, view.mapToScene(view.viewport().rect().center()))

    def _on_current(self, operation: object) -> None:
        target = self.current_target()
        if target is not None and self._writable():
            operation(target)  # type: ignore[operator]

    # --- inserting templates --------------------------------------------------------------
    def open_insert_dialog(self) -> TemplateDialog | None:
        if not self._writable():
            return None
        from ui.template_dialog import TemplateDialog

        scene = self._window.scene
        groups = scene.document.groups.all() if scene is not None else []
        dialog = TemplateDialog("insert", self._language(), groups, self._window)
        dialog.accepted.connect(lambda: self._insert_chosen(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _insert_chosen(self, dialog: TemplateDialog) -> None:
        template = dialog.template()
        if template is not None:
            self.insert(template, dialog.options())

    def insert(self, template: Template, options: dict[str, bool] | None = None) -> int | None:
        """Put ``template`` to the right of everything on the board and show it."""
        window = self._window
        scene, view, stack = window.scene, window.view, window.undo_stack
        if scene is None or view is None or stack is None or not self._writable():
            return None
        content = scene.content_rect()
        x = round(content.right() + INSERT_GAP) if content is not None else 0.0
        y = round(content.top()) if content is not None else 0.0
        name = template.name.text(self._language())
        command = InsertFrameCommand(
            scene.document,
            template,
            float(x),
            float(y),
            None,
            options,
            self.tr("Insert “%1”").replace("%1", name),
            self._report,
        )
        stack.push(command)
        item = scene.frames.frame_item(command.frame_id) if command.frame_id else None
        if item is None:
            return None
        view.zoom_to_rect(item.scene_rect())
        return command.frame_id

    def new_board_from_template(self, path: Path | None = None) -> TemplateDialog:
        """Choose a template, then a file (``path`` skips the file dialog), and open the new
        board with the template on it."""
        from ui.template_dialog import TemplateDialog

        dialog = TemplateDialog("new", ui_language(), (), self._window)
        dialog.accepted.connect(lambda: self._create_board(dialog, path))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _create_board(self, dialog: TemplateDialog, path: Path | None) -> bool:
        template, language = dialog.template(), dialog.language()
        if template is None:
            return False
        name = template.name.text(language)
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._window,
                self.tr("New Board from Template"),
                str(boards_folder() / name),
                QCoreApplication.translate("BoardFiles", str(BOARD_FILTER)),
            )
            if not chosen:
                return False
            path = with_suffix(Path(chosen))
        try:
            document = BoardDocument.create(path, title=name, language=language)
            document.groups.ensure_defaults(language)  # a new board's usual three groups
        except BoardError as error:
            self._window.alert(
                self.tr("Cannot create the board"), error_text(error), QMessageBox.Icon.Critical
            )
            return False
        try:
            document.frames.instantiate(template, 0.0, 0.0, language, dialog.options())
        except BoardError as error:
            document.close()
            path.unlink(missing_ok=True)
            self._window.alert(
                self.tr("Cannot create the board"), error_text(error), QMessageBox.Icon.Critical
            )
            return False
        self._window.show_document(document)
        self.ask_details()
        return True

    def ask_details(self) -> BoardInfoDialog | None:
        """Title, date, place and facilitators of the workshop, prefilled; Skip keeps them."""
        from ui.board_info_dialog import ask_new_board_details

        self.details_dialog = ask_new_board_details(self._window)
        return self.details_dialog

    # --- the right-click menu ---------------------------------------------------------------
    def show_context_menu(self, scene_pos: QPointF, global_pos: QPoint) -> QMenu | None:
        scene = self._window.scene
        if scene is None or not self._writable():
            return None
        from ui.frame_context_menu import build_context_menu

        menu = build_context_menu(self, scene, scene_pos)
        if menu is None or menu.isEmpty():
            return None
        self.menu = menu
        menu.popup(global_pos)
        return menu


def install(window: MainWindow) -> TemplateActions:
    """Add the template actions and menus to ``window`` (once, when it is built)."""
    actions = TemplateActions(window)
    window.template_actions = actions  # type: ignore[attr-defined]
    return actions
