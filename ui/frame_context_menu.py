"""The right-click menu on a frame or the empty canvas: what can be done to the frame, header,
cell or theme under the pointer. A note has its own menu (:mod:`ui.note_menu`); this one is
never shown for a note, so "Remove Frame…" is never one slip away from a note's entries.

Each entry runs one operation of :class:`ui.frame_menu.FrameOps` on the clicked target. On a
header the menu is about that column or row; on a cell it offers tidying, the cell's feeling on
a journey map and submenus for its column and row; on an experiment wall's theme, new cards and
themes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QMenu

from canvas.mood_item import mood_label, mood_value
from canvas.scene import BoardScene
from models.experiment import EXPERIMENT_KIND
from models.templates.plan import MOOD
from ui.frame_menu import Axis, FrameOps, Target, find_target

if TYPE_CHECKING:
    from ui.template_actions import TemplateActions

translate = QCoreApplication.translate
"""Qt's translation lookup; spelled out at each use so pyside6-lupdate finds the strings."""


def _add(menu: QMenu, text: str, slot: Callable[[], object], enabled: bool = True) -> None:
    action = menu.addAction(text)
    action.triggered.connect(lambda _checked=False: slot())
    action.setEnabled(enabled)


def _quoted(text: str) -> str:
    return f"“{text}”" if text else ""


def _axis_entries(menu: QMenu, ops: FrameOps, target: Target, axis: Axis) -> None:
    index = target.index(axis)
    if index is None:
        return
    count = ops.count(target.frame_id, axis)
    if axis == "col":
        texts = (
            translate("FrameMenu", "Add Column Before"),
            translate("FrameMenu", "Add Column After"),
            translate("FrameMenu", "Move Column Left"),
            translate("FrameMenu", "Move Column Right"),
            translate("FrameMenu", "Remove Column…"),
        )
    else:
        texts = (
            translate("FrameMenu", "Add Row Above"),
            translate("FrameMenu", "Add Row Below"),
            translate("FrameMenu", "Move Row Up"),
            translate("FrameMenu", "Move Row Down"),
            translate("FrameMenu", "Remove Row…"),
        )
    before, after, back, forward, remove = texts
    _add(menu, before, lambda: ops.add(target, axis, False))
    _add(menu, after, lambda: ops.add(target, axis, True))
    _add(menu, back, lambda: ops.move(target, axis, -1), index > 0)
    _add(menu, forward, lambda: ops.move(target, axis, 1), index < count - 1)
    _add(menu, remove, lambda: ops.remove(target, axis), count > 1)


def _rename_entries(menu: QMenu, ops: FrameOps, target: Target) -> None:
    _add(menu, translate("FrameMenu", "Rename Title"), lambda: ops.rename(target, "title"))
    _add(menu, translate("FrameMenu", "Edit Prompt"), lambda: ops.rename(target, "prompt"))


def _mood_menu(menu: QMenu, ops: FrameOps, target: Target) -> None:
    if target.zone is None or MOOD not in target.zone.zone.data:
        return
    moods = menu.addMenu(translate("FrameMenu", "Feeling"))
    current = mood_value(target.zone.zone)
    words = {
        2: translate("FrameMenu", "very good"),
        1: translate("FrameMenu", "good"),
        0: translate("FrameMenu", "neutral"),
        -1: translate("FrameMenu", "bad"),
        -2: translate("FrameMenu", "very bad"),
    }
    for mood in (2, 1, 0, -1, -2):
        action = moods.addAction(f"{mood_label(mood)}  {words[mood]}")
        action.setCheckable(True)
        action.setChecked(current == mood)
        action.triggered.connect(lambda _c=False, m=mood: ops.set_mood(target, m))
    moods.addSeparator()
    _add(
        moods,
        translate("FrameMenu", "Clear the Feeling"),
        lambda: ops.set_mood(target, None),
        current is not None,
    )


def build_context_menu(owner: TemplateActions, scene: BoardScene, scene_pos: QPointF) -> QMenu:
    ops = owner.ops
    menu = QMenu(owner.parent())  # type: ignore[arg-type]
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    target = find_target(scene, scene_pos)
    if target is None:
        _add(menu, translate("FrameMenu", "Insert Template…"), owner.open_insert_dialog)
        _add(
            menu,
            translate("FrameMenu", "New Experiment Card Here"),
            lambda: owner.new_card_at(scene_pos),
        )
        return menu
    zone = target.zone
    kind = zone.kind if zone is not None else "title"
    if kind == "column":
        _rename_entries(menu, ops, target)
        menu.addSeparator()
        _axis_entries(menu, ops, target, "col")
    elif kind == "row":
        _rename_entries(menu, ops, target)
        menu.addSeparator()
        _axis_entries(menu, ops, target, "row")
    elif kind == "cell":
        _add(menu, translate("FrameMenu", "Tidy Up This Cell"), lambda: ops.tidy(target))
        _mood_menu(menu, ops, target)
        menu.addSeparator()
        column = menu.addMenu(
            translate("FrameMenu", "Column %1").replace(
                "%1", _quoted(ops.header_title(target.frame_id, "col", target.index("col") or 0))
            )
        )
        _axis_entries(column, ops, target, "col")
        if ops.has_rows(target.frame_id):
            row = menu.addMenu(
                translate("FrameMenu", "Row %1").replace(
                    "%1",
                    _quoted(ops.header_title(target.frame_id, "row", target.index("row") or 0)),
                )
            )
            _axis_entries(row, ops, target, "row")
    elif kind == "free":
        if zone is not None and owner.card_kind(target) == EXPERIMENT_KIND:
            _add(
                menu,
                translate("FrameMenu", "New Experiment Card Here"),
                lambda: owner.new_card_at(scene_pos),
            )
        _add(menu, translate("FrameMenu", "Tidy Up This Theme"), lambda: ops.tidy(target))
        _rename_entries(menu, ops, target)
        menu.addSeparator()
        _add(menu, translate("FrameMenu", "Add Theme"), lambda: ops.add_zone(target))
        _add(menu, translate("FrameMenu", "Remove Theme…"), lambda: ops.remove_zone(target))
    menu.addSeparator()
    _add(menu, translate("FrameMenu", "Rename Frame"), lambda: ops.rename(target, "frame"))
    _add(menu, translate("FrameMenu", "Remove Frame…"), lambda: ops.remove_frame(target))
    return menu
