"""Editing an experiment card on the canvas: double-click a field to write in it, a choice to
pick from its list; the title strip asks the window for the whole form.

Every change is one :class:`~canvas.commands.PatchNotesCommand` of the card's ``fields`` (and
its ``author`` when the owner changes), checked by the model's rules first, so a date written
"6.3.2026" is stored as 2026-03-06. A date the card does not understand ("maaliskuussa") is
kept as written, marked on the card, and a message says so: nothing typed is thrown away.
Tab and Shift+Tab walk through the card's written fields and stay inside the card.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeGuard, cast

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu

from canvas.card_item import CardItem, show_date
from canvas.choice_editor import ChoiceEditor
from canvas.commands import PatchNotesCommand, Reporter
from canvas.edit_contract import EditKey
from canvas.error_text import error_text
from canvas.frame_text import frame_font
from canvas.inline_editor import InlineEdits
from canvas.scene import BoardScene
from canvas.undo_text import translate
from models.errors import BoardError
from models.experiment import FIELD_KEYS, card_field, clean_card_fields, iso_date
from models.records import NotePatch

if TYPE_CHECKING:
    from canvas.interaction import InteractiveView

OnKey = Callable[[EditKey], None]
"""Qt's translation lookup; spelled out at each use so pyside6-lupdate finds the strings."""


TAB_ORDER = FIELD_KEYS
"""Tab walks through every field in card order: the theme in the title strip, the written
fields, the dates, and the choices (picked there with Space and the arrow keys)."""


def not_dates(changes: dict[str, str]) -> dict[str, str]:
    """The date fields in ``changes`` whose text is not a date, as written."""
    return {
        key: " ".join(value.split())
        for key, value in changes.items()
        if card_field(key).kind == "date" and iso_date(value) is None
    }


def card_patch(item: CardItem, changes: dict[str, str], keep_not_dates: bool = False) -> NotePatch:
    """The card's fields with ``changes`` applied and checked (ValueError if refused). With
    ``keep_not_dates`` a date that is not one stays as written instead of being refused (the
    in-place editor has nowhere to keep it otherwise; the form stays open instead)."""
    fields = {key: str(value) for key, value in item.note.fields.items()}
    kept = not_dates(changes) if keep_not_dates else {}
    fields.update(clean_card_fields({k: v for k, v in changes.items() if k not in kept}))
    fields.update(kept)
    patch: NotePatch = {"fields": fields}
    if "owner" in changes:
        patch["author"] = fields["owner"]
    return patch


def push_card_change(
    stack: QUndoStack,
    report: Reporter,
    item: CardItem,
    changes: dict[str, str],
    keep_not_dates: bool = False,
    notice: Reporter | None = None,
) -> bool:
    """One undo step that changes some fields of a card; False (and a message) if refused.

    The word on a date kept as written goes to ``notice`` when given: it is a hint, not a
    refusal, and a modal box would swallow the letters typed into the next field."""
    try:
        patch = card_patch(item, changes, keep_not_dates)
    except ValueError as error:
        reason = error_text(error if isinstance(error, BoardError) else str(error))
        report(translate("CardItem", "The card was not changed: {reason}").format(reason=reason))
        return False
    scene = item.scene()
    if not isinstance(scene, BoardScene):
        return False
    if patch.get("fields") == item.note.fields and "author" not in patch:
        return True
    stack.push(
        PatchNotesCommand(
            scene.document,
            {item.note_id: patch},
            translate("CardItem", "Edit experiment card"),
            report,
        )
    )
    for written in (not_dates(changes) if keep_not_dates else {}).values():
        (notice or report)(
            translate(
                "CardItem",
                "“%1” is not a date, so the card keeps it as written and "
                "marks it. Write the day like 6.3.2026 when you know it.",
            ).replace("%1", written)
        )
    return True


def weak_notice(view: InteractiveView) -> Reporter:
    """The view's hint signal as a reporter that does not keep the view alive."""
    ref = weakref.ref(view)

    def notice(text: str | BoardError) -> None:
        target = ref()
        if target is not None:
            target.noticeOccurred.emit(error_text(text))

    return notice


def _on_board(target: CardItem | None) -> TypeGuard[CardItem]:
    """Whether a card is still on the board (a removed note's item is hidden, or gone)."""
    return target is not None and target.scene() is not None and target.isVisible()


def next_field(key: str, forward: bool) -> str:
    """The field after (or before) ``key`` in Tab order, round the card."""
    index = TAB_ORDER.index(key) if key in TAB_ORDER else -1
    if index < 0:
        return TAB_ORDER[0] if forward else TAB_ORDER[-1]
    return TAB_ORDER[(index + (1 if forward else -1)) % len(TAB_ORDER)]


class CardInput:
    """In-place editing of cards, for one view (held weakly: the view owns this helper)."""

    def __init__(
        self,
        view: InteractiveView,
        stack: QUndoStack,
        report: Reporter,
        inline: InlineEdits,
        notice: Reporter | None = None,
    ) -> None:
        self._view = weakref.ref(view)
        self._stack = stack
        self._report = report
        self._notice = notice
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
        if spec.kind == "choice":
            self.pick_in_place(item, key)
            return
        value = str(item.note.fields.get(key, ""))
        if spec.kind == "date":
            value = show_date(value)
        rect = item.value_rect("title" if key == "theme" else key).adjusted(-6.0, -2.0, 6.0, 0.0)
        rect.setHeight(max(rect.height(), 34.0))
        size = max(round(14 * min(item.size()[0] / 320.0, item.size()[1] / 400.0)), 10)
        card = weakref.ref(item)

        def done(text: str) -> None:
            target = card()
            if _on_board(target):
                push_card_change(
                    self._stack,
                    self._report,
                    target,
                    {key: text},
                    keep_not_dates=True,
                    notice=self._notice,
                )

        def step(forward: bool) -> None:
            target = card()
            if _on_board(target):
                self.edit(target, next_field(key, forward))

        view = self._view()
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            view.ensureVisible(item.mapRectToScene(rect), 40, 40)
        self._inline.start(
            item, rect, value, frame_font(size), done, multiline=spec.kind == "text", step=step
        )

    def type_into(self, item: CardItem, text: str) -> None:
        """A letter typed on a selected card: its first empty field opens and the letter
        lands there (a card has no single text to add it to; dropping it would lose it)."""
        fields = item.note.fields
        key = next(
            (
                k
                for k in TAB_ORDER
                if k != "theme"
                and card_field(k).kind in ("line", "text")
                and not str(fields.get(k, "")).strip()
            ),
            "problem",
        )
        self.edit(item, key)
        editor = self._inline.editor
        if editor is not None:
            cursor = editor.textCursor()
            cursor.insertText(text)
            editor.setTextCursor(cursor)

    def _choices(self, item: CardItem, key: str) -> list[tuple[str, str]]:
        """(key, words) of a choice field's choices, "not chosen" first."""
        return [
            ("", translate("CardItem", "Not chosen")),
            *((c.key, c.label.text(item.language)) for c in card_field(key).choices),
        ]

    def pick_in_place(self, item: CardItem, key: str) -> None:
        """The choice field as a field of its own (reached by Tab): Space and the arrows
        step through its choices; the choice is kept as the editing contract says."""
        choices = self._choices(item, key)
        rect = item.value_rect(key).adjusted(-6.0, -2.0, 6.0, 0.0)
        rect.setHeight(max(rect.height(), 34.0))
        size = max(round(14 * min(item.size()[0] / 320.0, item.size()[1] / 400.0)), 10)
        current = str(item.note.fields.get(key, ""))
        card = weakref.ref(item)

        def done(text: str) -> None:
            target = card()
            value = next((k for k, words in choices if words == text), None)
            if value is not None and _on_board(target):
                push_card_change(self._stack, self._report, target, {key: value})

        def step(forward: bool) -> None:
            target = card()
            if _on_board(target):
                self.edit(target, next_field(key, forward))

        def make(on_key: OnKey, on_focus_lost: Callable[[], None]) -> ChoiceEditor:
            return ChoiceEditor(
                item, rect, choices, current, frame_font(size, True), on_key, on_focus_lost
            )

        view = self._view()
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            view.ensureVisible(item.mapRectToScene(rect), 40, 40)
        self._inline.start_with(make, done, step)

    def choose(self, item: CardItem, key: str) -> QMenu | None:
        """A small menu of the field's choices (and "not chosen") at the field."""
        view = self._view()
        if view is None:
            return None
        menu = QMenu(view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        current = str(item.note.fields.get(key, ""))
        card = weakref.ref(item)
        for choice_key, label in self._choices(item, key):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(choice_key == current)
            action.setData(choice_key)

        def picked(action: object) -> None:
            target = card()
            if _on_board(target):
                value = cast(str, action.data())  # type: ignore[attr-defined]
                push_card_change(self._stack, self._report, target, {key: value})

        menu.triggered.connect(picked)
        rect = item.mapRectToScene(item.field_rect(key))
        where = view.viewport().mapToGlobal(view.mapFromScene(rect.bottomLeft()))
        self.menu = menu
        menu.popup(QPoint(where))
        return menu
