"""Quick entry: type a note, press Enter, it appears in the target cell beside the last one.

The target follows the laptop, never the projector: by default ("where the laptop is") it is
the cell selected on the laptop, else the cell under the middle of the laptop view. A group
can pin a cell from the "Into" list (grouped by frame, filtered by typing); selecting a note
or a cell on the laptop pins that cell too. Each group keeps its own target, so when the
next group takes the laptop its notes go where it last wrote. Each note is one undo step.

Nothing here walks the board: the list is built from one read of the zones (rebuilt only when
frames or zones change), the selection is looked at once per event-loop turn, however many
items a select-all changed, and the cell under the view's middle is one indexed lookup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

from canvas.quick_place import add_quick_note
from models.cell_labels import cells_by_frame
from models.frame_types import is_cell
from models.records import Change
from ui.target_list import FOLLOW, LOOSE, TargetList
from ui.target_model import Entry

if TYPE_CHECKING:
    from ui.room import Room

HEADER_TEXT = "#1F2933"
HEADER_FILL = "#E6EAF0"
FOLLOW_DELAY_MS = 120
"""Scrolling the laptop updates the shown target this long after the last scroll step."""
FILL_AFTER_OPEN_MS = 2000
"""The cell list of a board just opened is built just after the view's first paint (a zero
timer alone runs before it, and a 5,000-note board's list costs ~75 ms nobody has looked at
yet), or at once when the target is wanted before that. A shown view that has not painted
this long after the event loop's first turn (a minimised window) gets its list anyway; a
hidden view at once."""
WAITING_MS = 600_000
"""The list is still to be built (the timer runs): until the event loop turns."""
FILL_AFTER_PAINT_MS = 20
"""Counted from the end of the first paint, so the frame is on screen first."""


class QuickEntry(QObject):
    def __init__(self, room: Room) -> None:
        super().__init__(room)
        self._room = room
        self._targets: dict[int | None, int | None] = {}
        """Per group (its id, None without groups): a pinned cell, LOOSE, or FOLLOW."""
        self._connected_scene: object | None = None
        bar = room.bar
        self.list = TargetList(bar.zones, self, HEADER_TEXT, HEADER_FILL)
        self.list.chosen.connect(self._chosen)
        bar.entry.returnPressed.connect(self.add_from_box)
        bar.add_button.clicked.connect(self.add_from_box)
        bar.entry.escaped.connect(self._back_to_board)
        self.focus = room.make_action("Ctrl+E", self.focus_box)
        room.groupChanged.connect(self._show_target)
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self._selection_settled)
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(FOLLOW_DELAY_MS)
        self._follow_timer.timeout.connect(self._follow)
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self.fill_zones)
        self._painted = False
        self._typing_view: object | None = None
        """The view whose stray letters come to the box (connected once)."""
        self._looked_at: tuple[int | None] | None = None
        """What :meth:`_selected_zone` just found, while one settling looks at it twice
        (asking Qt for 5,000 selected items twice)."""
        self.retranslate()

    def retranslate(self) -> None:
        self.focus.setText(self.tr("&Quick Note"))
        self.fill_zones()

    # --- the open board -----------------------------------------------------------------------
    def board_closing(self) -> None:
        """A note still in the box goes on the board before it closes (as a note being edited
        is kept): the typing is neither lost nor carried over to the next board."""
        entry = self._room.bar.entry
        if not entry.text().strip() or self.add_note(entry.text()) is not None:
            entry.clear()  # a note that could not be written stays in the box, to copy

    def board_changed(self) -> None:
        window = self._room.window
        scene, view = window.scene, window.view
        if scene is not None and scene is not self._connected_scene:
            scene.selectionChanged.connect(self._selection_timer.start)
            self._connected_scene = scene
        if view is not None and view is not self._typing_view:
            self._typing_view = view
            view.strayTextTyped.connect(self._typed_on_board)
        if view is not None:
            view.horizontalScrollBar().valueChanged.connect(self._view_moved)
            view.verticalScrollBar().valueChanged.connect(self._view_moved)
            view.zoomChanged.connect(self._view_moved)
        if window.document is None:
            self._targets.clear()
            self._connected_scene = None
        # The list is built after the first frame is painted: a board opens without waiting
        # for a list nobody has looked at yet.
        if view is not None and view.isVisible():
            # Counted from the event loop's first turn: opening a big board on a busy
            # machine may itself take longer than the wait.
            self._fill_timer.start(WAITING_MS)
            self._painted = False
            QTimer.singleShot(0, self, self._loop_turned)
            view.viewport().installEventFilter(self)
        else:
            self._fill_timer.start(0)
        writable = self._room.writable()
        for widget in (self._room.bar.entry, self._room.bar.add_button, self._room.bar.zones):
            widget.setEnabled(writable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The view's first paint of a board just opened: build the cell list just after."""
        if event.type() == QEvent.Type.Paint:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._after_first_paint)
        return False

    def _loop_turned(self) -> None:
        if self._fill_timer.isActive() and not self._painted:
            self._fill_timer.start(FILL_AFTER_OPEN_MS)

    def _after_first_paint(self) -> None:
        if self._fill_timer.isActive():
            self._fill_timer.start(FILL_AFTER_PAINT_MS)

    def _view_moved(self, *_args: object) -> None:
        self._follow_timer.start()

    def on_changes(self, changes: Sequence[Change]) -> None:
        if any(change.entity in ("frame", "zone") for change in changes):
            self._fill_timer.start(0)

    def fill_zones(self) -> None:
        """ "Where the laptop is", "Loose, in the middle of the view", then every cell under
        its frame's title."""
        self._fill_timer.stop()
        entries: list[Entry] = []
        doc = self._room.document()
        if doc is not None:
            frames = doc.frames.all()
            scene = self._room.window.scene
            # The scene's frame layer holds every zone's row, kept up to date with the file.
            zones = scene.frames.zone_rows() if scene is not None else doc.frames.zones()
            # A workshop repeats its templates: the same words, kept once (4,600 cells).
            words: dict[str, str] = {}
            same = words.setdefault
            for frame in cells_by_frame(frames, zones):
                if not frame.cells:
                    continue
                title = frame.title or self.tr("Frame")
                entries.append(Entry(same(title, title), None, same(f"{title} ›", f"{title} ›")))
                for cell in frame.cells:
                    shown, search = "    " + (cell.label or title), f"{title} › {cell.label}"
                    entries.append(Entry(same(shown, shown), cell.zone_id, same(search, search)))
            del frames, zones
        self.list.set_cells(
            entries, self.tr("Where the laptop is"), self.tr("Loose, in the middle of the view")
        )
        self._show_target()

    # --- the target ---------------------------------------------------------------------------
    def _group(self) -> int | None:
        return self._room.groups.current

    def target_zone(self) -> int | None:
        """The cell the next quick note goes into (None: loose, in the middle of the view)."""
        if self._selection_timer.isActive():  # a selection change not looked at yet
            self._selection_timer.stop()
            self._selection_settled()
        chosen = self._targets.get(self._group(), FOLLOW)
        if chosen == FOLLOW:
            return self.followed_zone()
        return None if chosen == LOOSE else chosen

    def followed_zone(self) -> int | None:
        """The laptop's cell: the selected one, else the one under the middle of its view."""
        selected = self._selected_zone()
        if selected is not None:
            return selected
        doc, view = self._room.document(), self._room.window.view
        if doc is None or view is None:
            return None
        centre = view.mapToScene(view.viewport().rect().center())
        return doc.frames.zone_at(centre.x(), centre.y())

    def set_target(self, zone_id: int | None) -> None:
        """Pin a cell for the current group (None: loose notes in the middle of the view)."""
        self._targets[self._group()] = LOOSE if zone_id is None else zone_id
        self._show_target()

    def follow_laptop(self) -> None:
        """Let the current group's target follow the laptop again."""
        self._targets[self._group()] = FOLLOW
        self._show_target()

    def _chosen(self, value: int) -> None:
        self._targets[self._group()] = value
        self._show_target()

    def _follow(self) -> None:
        """The laptop view moved: show its cell, unless the list is still to be built after
        the first paint (it shows the target when built; a board just opened is fitted)."""
        if not self._fill_timer.isActive():
            self._show_target()

    def _show_target(self) -> None:
        if self._fill_timer.isActive():  # the list of a board just opened, wanted already
            self.fill_zones()  # (it shows the target when built)
            return
        chosen = self._targets.get(self._group(), FOLLOW)
        if chosen == FOLLOW:
            # A list not built yet (a board just opened) names no cell: none to look for.
            zone_id = self.followed_zone() if self.list.built() else None
            self.list.show_following(self.list.label_of(zone_id) if zone_id else None)
        else:
            self.list.show_choice(chosen)

    def _selected_zone(self) -> int | None:
        """The cell of the one selected note or cell; a frame stands for its first cell."""
        if self._looked_at is not None:
            return self._looked_at[0]
        scene = self._room.window.scene
        if scene is None:
            return None
        try:
            selected = scene.selected_ids()  # kept: a select-all of 5,000 asks Qt once
            item = scene.item_for(selected[0]) if len(selected) == 1 else None
        except RuntimeError:  # the scene is being torn down
            return None
        if item is None:
            return None
        note = getattr(item, "note", None)
        zone_id = (
            getattr(note, "zone_id", None) if note is not None else getattr(item, "zone_id", None)
        )
        if isinstance(zone_id, int):
            return zone_id
        frame_id = getattr(item, "frame_id", None)
        if note is None and isinstance(frame_id, int):
            return self._first_zone_of(frame_id)
        return None

    def _first_zone_of(self, frame_id: int) -> int | None:
        doc = self._room.document()
        if doc is None:
            return None
        cells = [zone for zone in doc.frames.zones(frame_id) if is_cell(zone)]
        return cells[0].id if cells else None

    def _selection_settled(self) -> None:
        """Once per event-loop turn after selection changes (a select-all of 5,000 notes costs
        one look, not 5,000): selecting a note or a cell on the laptop makes the current group
        follow the laptop again, and the laptop's selected cell is then the target."""
        zone = self._selected_zone()
        if zone is not None:
            self._targets[self._group()] = FOLLOW
        self._looked_at = (zone,)  # showing the target looks at the same selection
        try:
            self._show_target()
        finally:
            self._looked_at = None

    # --- adding -------------------------------------------------------------------------------
    def add_note(self, text: str) -> int | None:
        """Add one note with ``text`` at the next free place; returns its id."""
        window = self._room.window
        scene, view = window.scene, window.view
        text = text.strip()
        if not text or scene is None or view is None or not self._room.writable():
            return None
        centre = view.mapToScene(view.viewport().rect().center())
        command = add_quick_note(
            scene,
            text,
            self.target_zone(),
            centre,
            view.current_colour,
            view.current_group_id,
            self._room.status,
        )
        self._room.push(command)
        if not command.ids:
            return None
        note_id = command.ids[0]
        scene.select_notes([note_id])
        self._selection_timer.stop()  # selecting the note just placed changes no target
        item = scene.item_for(note_id)
        if item is not None:
            view.ensureVisible(item.scene_rect(), 40, 40)
        return note_id

    def add_from_box(self) -> None:
        entry = self._room.bar.entry
        if self.add_note(entry.text()) is not None:
            entry.setText("")  # and its typing history: Ctrl+Z now takes the note back
        entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def _typed_on_board(self, text: str) -> None:
        """A letter typed on the board with no note to take it starts a quick note (the room
        bar shown again if it was hidden: the letters are seen where they land)."""
        entry = self._room.bar.entry
        if not self._room.bar_holder.isVisible():
            self._room.bar_holder.setVisible(True)
        entry.setFocus(Qt.FocusReason.OtherFocusReason)
        entry.end(False)
        entry.insert(text)

    def focus_box(self) -> None:
        self._room.bar.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._room.bar.entry.selectAll()

    def _back_to_board(self) -> None:
        view = self._room.window.view
        if view is not None:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
