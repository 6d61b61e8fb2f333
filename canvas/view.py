"""The board view the main window embeds: public slots for its menu actions, zoom slots and
photos dropped on it.

How it paints (level of detail, the far view) lives in :mod:`canvas.view_paint`, a zoom in
motion in :mod:`canvas.view_glide`; mouse, wheel, pinch and in-canvas keys in
:mod:`canvas.interaction`.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Slot
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QPainterPath,
    QTextCursor,
    QTransform,
)

from canvas import zoom
from canvas.edit_reach import EditReach
from canvas.photo_input import PhotoInput
from canvas.view_glide import GlidingView
from models.palette import is_valid_colour


class BoardView(GlidingView):
    """An editable view of a :class:`~canvas.scene.BoardScene`.

    ``BoardView(scene, undo_stack, parent=None)``; signals ``zoomChanged(float)``,
    ``errorOccurred(str)`` and ``editingChanged(bool)`` come from :class:`InteractiveView`.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.photos = PhotoInput(self._scene, self._stack, self._report, self)
        """Dropped, pasted and chosen photos (see :mod:`canvas.photo_input`)."""
        self.setAcceptDrops(True)
        self.reach = EditReach(self)
        """A note opened for writing far away comes close (see :mod:`canvas.edit_reach`)."""
        self.editingChanged.connect(self._reach_edited_note)

    def _reach_edited_note(self, editing: bool) -> None:
        note_id = self._editing.note_id if editing else None
        item = self._scene.item_for(note_id) if note_id is not None else None
        editor = self._editing.editor
        if item is not None and editor is not None and self.reach.reach(item.sceneBoundingRect()):
            # A click on a block did not aim at a letter: the writing goes on at the end.
            cursor = editor.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            editor.setTextCursor(cursor)

    def uses_blocks(self) -> bool:
        """Whether the view now draws the far view (notes as blocks, titles by the layer)."""
        return self._use_blocks(self.transform().m11())

    # --- properties -------------------------------------------------------------------------
    @property
    def current_colour(self) -> str:
        """Colour of notes made with :meth:`new_note`, double-click and plain-text paste."""
        return self._colour

    @current_colour.setter
    def current_colour(self, colour: str) -> None:
        if is_valid_colour(colour):
            self._colour = colour.upper()

    @property
    def current_group_id(self) -> int | None:
        return self._group_id

    @current_group_id.setter
    def current_group_id(self, group_id: int | None) -> None:
        self._group_id = group_id
        self.photos.group_id = group_id

    # --- slots for the window's actions ------------------------------------------------------
    @Slot()
    def new_note(self) -> None:
        self._new_note_at(self._place_for_new())

    @Slot()
    def edit_selected(self) -> None:
        self._edit_topmost_selected()

    @Slot()
    def delete_selected(self) -> None:
        if self._editing.active:
            self._editing.delete_text()
        else:
            self._actions.delete(self._selected())

    @Slot()
    def duplicate_selected(self) -> None:
        self._editing.finish()
        self._actions.duplicate(self._selected())

    @Slot()
    def copy_selected(self) -> None:
        if self._editing.active:
            self._editing.copy_text()
        else:
            self._actions.copy(self._selected())

    @Slot()
    def cut_selected(self) -> None:
        if self._editing.active:
            self._editing.cut_text()
        else:
            self._actions.cut(self._selected())

    @Slot()
    def paste(self) -> None:
        if self._editing.active:
            self._editing.paste_text()
        else:
            mime = QGuiApplication.clipboard().mimeData()
            if mime is None or not self.photos.paste(mime, self._view_centre(), self._group_id):
                self._paste_notes()

    @Slot()
    def select_all(self) -> None:
        if self._editing.active:
            self._editing.select_all_text()
            return
        content = self._scene.content_rect()
        if content is None:
            return
        path = QPainterPath()
        path.addRect(content.adjusted(-1.0, -1.0, 1.0, 1.0))
        self._scene.setSelectionArea(
            path,
            Qt.ItemSelectionOperation.ReplaceSelection,
            Qt.ItemSelectionMode.IntersectsItemBoundingRect,
            QTransform(),
        )

    @Slot(str)
    def set_colour_of_selected(self, colour: str) -> None:
        self._actions.set_colour(self._selected(), colour)

    @Slot()
    def bring_to_front(self) -> None:
        self._actions.bring_to_front(self._selected())

    @Slot()
    def send_to_back(self) -> None:
        self._actions.send_to_back(self._selected())

    @Slot()
    def grow_selected_to_fit(self) -> None:
        self._actions.grow_to_fit(self._selected())

    @Slot()
    def zoom_in(self) -> None:
        self.end_glide()
        self._set_scale(self.scale_factor() * zoom.STEP)

    @Slot()
    def zoom_out(self) -> None:
        self.end_glide()
        self._set_scale(self.scale_factor() / zoom.STEP)

    @Slot()
    def zoom_reset(self) -> None:
        self.end_glide()
        self._set_scale(1.0)

    @Slot()
    def zoom_to_fit(self) -> None:
        content = self._scene.content_rect()
        if content is None:
            self._set_scale(1.0)
            self.centerOn(0.0, 0.0)
        else:
            self._fit(content)

    @Slot()
    def zoom_to_selection(self) -> None:
        items = self._scene.selected_items_by_z()
        if items:
            area = items[0].scene_rect()
            for item in items[1:]:
                area = area.united(item.scene_rect())
            self._fit(area)

    def zoom_to_rect(self, rect: QRectF) -> None:
        """Show ``rect`` (scene units) whole and centred, e.g. a frame just inserted."""
        self._fit(rect)

    def _fit(self, rect: QRectF) -> None:
        self.end_glide()
        before = self.scale_factor()
        scale = zoom.fit(self, rect)
        if scale != before:
            self.zoomChanged.emit(scale)

    # --- photos dropped from the file manager (see canvas.photo_input) ----------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.isInteractive() and self.photos.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.isInteractive() and self.photos.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        scene_pos = self.mapToScene(event.position().toPoint())
        if self.isInteractive() and self.photos.drop(event.mimeData(), scene_pos):
            event.acceptProposedAction()
        else:
            super().dropEvent(event)
