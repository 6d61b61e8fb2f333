"""Experiment cards in the main window: Insert › New Experiment Card, a card where the
right-click menu was opened, and the card's form.

A mixin of :class:`ui.template_actions.TemplateActions`, which owns the window, knows whether
the board is writable and in which language it is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

from canvas.frame_items import ZoneItem
from models.cell_slots import caption_room, cell_area, free_slot_in, occupied_in
from models.experiment import CARD_SIZE
from models.placement import next_free_slot

if TYPE_CHECKING:
    from ui.card_dialog import CardDialog
    from ui.frame_menu import Target
    from ui.main_window import MainWindow


class CardActions:
    """What the template actions do with experiment cards."""

    _window: MainWindow
    card_dialog: CardDialog | None

    def _writable(self) -> bool:
        raise NotImplementedError

    def _language(self) -> str:
        raise NotImplementedError

    def new_experiment_card(self) -> list[int]:
        """A card in the first free place of the cell under the view's centre (its theme on
        an experiment wall), or at the centre."""
        scene, view = self._window.scene, self._window.view
        if scene is None or view is None or not self._writable():
            return []
        centre = view.mapToScene(view.viewport().rect().center())
        zone = scene.frames.zone_at(centre)
        width, height = CARD_SIZE
        if zone is not None:
            x, y = self._free_place(zone)
            centre = QPointF(x + width / 2, y + height / 2)
        ids = view.frame_input().new_card(centre, zone)
        if ids:
            view.ensureVisible(
                QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height), 40, 40
            )
        return ids

    def new_card_at(self, scene_pos: QPointF) -> list[int]:
        """A card centred where the menu was opened (its theme from the zone there)."""
        scene, view = self._window.scene, self._window.view
        if scene is None or view is None or not self._writable():
            return []
        return view.frame_input().new_card(scene_pos, scene.frames.zone_at(scene_pos))

    def card_kind(self, target: Target) -> str:
        view = self._window.view
        if view is None or target.zone is None:
            return "note"
        return view.frame_input().card_kind(target.zone)

    def _free_place(self, zone: ZoneItem) -> tuple[float, float]:
        """The first free slot of the zone, read from the file: a cell by the rule quick entry
        and phones use, any other zone by the same slots below its caption."""
        document = self._window.document
        assert document is not None
        if zone.is_cell:
            return free_slot_in(document, zone.zone, CARD_SIZE)
        area = cell_area(zone.zone)
        taken = occupied_in(document, area, reach=area[1] + area[3])
        return next_free_slot(area, taken, CARD_SIZE, top_margin=caption_room(zone.zone))

    def edit_card(self, note_id: int) -> CardDialog | None:
        scene, stack = self._window.scene, self._window.undo_stack
        if scene is None or stack is None or not self._writable():
            return None
        from ui.card_dialog import CardDialog, board_themes

        dialog = CardDialog(
            scene, note_id, stack, board_themes(scene, self._language()), self._window
        )
        self.card_dialog = dialog
        dialog.open()
        return dialog
