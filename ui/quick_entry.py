"""Quick entry: type a note, press Enter, it appears in the chosen zone beside the last one.

The target zone follows what the facilitator points at: a selected note's zone, a selected
zone or frame (its first zone), or the stop shown on the projector. It can also be chosen in
the box's "Into" list. Each note is one undo step with its zone, group and colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from canvas.quick_place import add_quick_note
from canvas.stops import Stop
from models.frame_types import is_cell
from models.records import Change

if TYPE_CHECKING:
    from ui.room import Room


class QuickEntry(QObject):
    def __init__(self, room: Room) -> None:
        super().__init__(room)
        self._room = room
        bar = room.bar
        bar.entry.returnPressed.connect(self.add_from_box)
        bar.add_button.clicked.connect(self.add_from_box)
        bar.entry.escaped.connect(self._back_to_board)
        self.focus = room.make_action("Ctrl+E", self.focus_box)
        room.stopChanged.connect(self._stop_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.focus.setText(self.tr("&Quick Note"))
        self.fill_zones()

    # --- the open board -----------------------------------------------------------------------
    def board_changed(self) -> None:
        scene = self._room.window.scene
        if scene is not None:
            scene.selectionChanged.connect(self._selection_changed)
        self.fill_zones()
        writable = self._room.writable()
        for widget in (self._room.bar.entry, self._room.bar.add_button, self._room.bar.zones):
            widget.setEnabled(writable)

    def on_changes(self, changes: Sequence[Change]) -> None:
        if any(change.entity in ("frame", "zone") for change in changes):
            self.fill_zones()

    def fill_zones(self) -> None:
        """"Near the middle of the view", then every zone a note can belong to."""
        combo = self._room.bar.zones
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("the middle of the view"), None)
        doc = self._room.document()
        if doc is not None:
            frames = {frame.id: frame for frame in doc.frames.all()}
            for zone in doc.frames.zones():
                frame = frames.get(zone.frame_id)
                if frame is None or not is_cell(zone):
                    continue
                label = doc.frames.label(zone.id) or zone.title or frame.title
                combo.addItem(f"{frame.title} › {label}" if frame.title else label, zone.id)
        index = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def target_zone(self) -> int | None:
        value = self._room.bar.zones.currentData()
        return int(value) if value is not None else None

    def set_target(self, zone_id: int | None) -> None:
        combo = self._room.bar.zones
        index = combo.findData(zone_id) if zone_id is not None else 0
        if index >= 0:
            combo.setCurrentIndex(index)

    def _first_zone_of(self, frame_id: int) -> int | None:
        doc = self._room.document()
        if doc is None:
            return None
        cells = [zone for zone in doc.frames.zones(frame_id) if is_cell(zone)]
        return cells[0].id if cells else None

    def _stop_changed(self, stop: Stop) -> None:
        if stop.kind == "zone":
            self.set_target(stop.id)
        elif stop.kind == "frame" and stop.id is not None:
            self.set_target(self._first_zone_of(stop.id))

    def _selection_changed(self) -> None:
        scene = self._room.window.scene
        if scene is None:
            return
        try:
            selected = scene.selectedItems()
        except RuntimeError:  # the scene is being torn down
            return
        if len(selected) != 1:
            return
        item = selected[0]
        note = getattr(item, "note", None)
        zone_id = getattr(note, "zone_id", None) if note is not None else \
            getattr(item, "zone_id", None)
        frame_id = getattr(item, "frame_id", None)
        if isinstance(zone_id, int):
            self.set_target(zone_id)
        elif note is None and isinstance(frame_id, int):
            self.set_target(self._first_zone_of(frame_id))

    # --- adding -------------------------------------------------------------------------------
    def add_note(self, text: str) -> int | None:
        """Add one note with ``text`` at the next free place; returns its id."""
        window = self._room.window
        scene, view = window.scene, window.view
        text = text.strip()
        if not text or scene is None or view is None or not self._room.writable():
            return None
        centre = view.mapToScene(view.viewport().rect().center())
        command = add_quick_note(scene, text, self.target_zone(), centre, view.current_colour,
                                 view.current_group_id, self._room.status)
        self._room.push(command)
        if not command.ids:
            return None
        note_id = command.ids[0]
        scene.select_notes([note_id])
        item = scene.item_for(note_id)
        if item is not None:
            view.ensureVisible(item.scene_rect(), 40, 40)
        return note_id

    def add_from_box(self) -> None:
        entry = self._room.bar.entry
        if self.add_note(entry.text()) is not None:
            entry.clear()
        entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_box(self) -> None:
        self._room.bar.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._room.bar.entry.selectAll()

    def _back_to_board(self) -> None:
        view = self._room.window.view
        if view is not None:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
