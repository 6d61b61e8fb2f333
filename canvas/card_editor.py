"""Editing an experiment card on the canvas: double-click a field to write in it, a choice to
pick from its list; the title strip asks the window for the whole form.

Every change is one :class:`~canvas.commands.PatchNotesCommand` of the card's ``fields`` (and
its ``author`` when the owner changes), checked by the model's rules first, so a date written
"6.3.2026" is stored as 2026-03-06 and a wrong date is refused with a message.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu

from canvas.card_item import CardItem, show_date
from canvas.commands import PatchNotesCommand, Reporter
from canvas.error_text import error_text
from canvas.frame_text import frame_font
from canvas.inline_editor import InlineEdits
from canvas.scene import BoardScene
from canvas.undo_text import translate
from models.errors import BoardError
from models.experiment import card_field, clean_card_fields
from models.records import NotePatch

if TYPE_CHECKING:
    from canvas.interaction import InteractiveView

"""Qt's translation lookup; spelled out at each use so pyside6-lupdate finds the strings."""



def card_patch(item: CardItem, changes: dict[str, str]) -> NotePatch:
    """The card's fields with ``changes`` applied and checked (ValueError if refused)."""
    fields = {key: str(value) for key, value in item.note.fields.items()}
    fields.update(clean_card_fields(changes))
    patch: NotePatch = {"fields": fields}
    if "owner" in changes:
        patch["author"] = fields["owner"]
    return patch


def push_card_change(stack: QUndoStack, report: Reporter, item: CardItem,
                     changes: dict[str, str]) -> bool:
    """One undo step that changes some fields of a card; False (and a message) if refused."""
    try:
        patch = card_patch(item, changes)
    except ValueError as error:
        reason = error_text(error if isinstance(error, BoardError) else str(error))
        report(translate("CardItem", "The card was not changed: {reason}").format(reason=reason))
        return False
    scene = item.scene()
    if not isinstance(scene, BoardScene):
        return False
    if patch.get("fields") == item.note.fields and "author" not in patch:
        return True
    stack.push(PatchNotesCommand(scene.document, {item.note_id: patch},
                                 translate("CardItem", "Edit experiment card"), report))
    return True


class CardInput:
    """In-place editing of cards, for one view (held weakly: the view owns this helper)."""

    def __init__(self, view: InteractiveView, stack: QUndoStack, report: Reporter,
                 inline: InlineEdits) -> None:
        self._view = weakref.ref(view)
        self._stack = stack
        self._report = report
        self._inline = inline
        self.menu: QMenu | None = None

    def _open_form(self, note_id: int) -> None:
        """The window shows the card's form (the view only asks for it)."""
        view = self._view()
        if view is not None:
            view.cardFormRequested.emit(note_id)

    def double_click(self, item: CardItem, scene_pos: QPointF) -> None:
        key = item.field_at(item.mapFromScene(scene_pos))
        scene = item.scene()
        read_only = isinstance(scene, BoardScene) and scene.document.read_only
        if key is None or key == "title" or read_only:
            self._open_form(item.note_id)
        elif card_field(key).kind == "choice":
            self.choose(item, key)
        else:
            self.edit(item, key)

    def edit(self, item: CardItem, key: str) -> None:
        spec = card_field(key)
        value = str(item.note.fields.get(key, ""))
        if spec.kind == "date":
            value = show_date(value)
        rect = item.value_rect(key).adjusted(-6.0, -2.0, 6.0, 0.0)
        rect.setHeight(max(rect.height(), 34.0))
        size = max(round(14 * min(item.size()[0] / 320.0, item.size()[1] / 400.0)), 10)
        card = weakref.ref(item)

        def done(text: str) -> None:
            target = card()
            if target is not None and target.scene() is not None:
                push_card_change(self._stack, self._report, target, {key: text})

        view = self._view()
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._inline.start(item, rect, value, frame_font(size), done)

    def choose(self, item: CardItem, key: str) -> QMenu | None:
        """A small menu of the field's choices (and "not chosen") at the field."""
        view = self._view()
        if view is None:
            return None
        spec = card_field(key)
        menu = QMenu(view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        current = str(item.note.fields.get(key, ""))
        card = weakref.ref(item)
        for choice_key, label in [("", translate("CardItem", "Not chosen")),
                                  *((c.key, c.label.text(item.language)) for c in spec.choices)]:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(choice_key == current)
            action.setData(choice_key)

        def picked(action: object) -> None:
            target = card()
            if target is not None and target.scene() is not None:
                value = cast(str, action.data())  # type: ignore[attr-defined]
                push_card_change(self._stack, self._report, target, {key: value})

        menu.triggered.connect(picked)
        rect = item.mapRectToScene(item.field_rect(key))
        where = view.viewport().mapToGlobal(view.mapFromScene(rect.bottomLeft()))
        self.menu = menu
        menu.popup(QPoint(where))
        return menu
