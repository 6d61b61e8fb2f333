"""The "Into" list of quick entry: cells grouped under their frame's title, filtered by typing.

It wraps the bar's combo box: two fixed entries first (follow the laptop; loose notes in the
middle of the view), then for each frame a bold, unselectable title and its cells. Typing in
the box shows only the entries whose "frame › cell" words contain what was typed.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter

from ui.target_model import Entry, EntryModel
from ui.targets import TEXT_STYLE

FOLLOW: Final = -1
"""The target follows the laptop: its selected cell, else the cell under its view's middle."""
LOOSE: Final = -2
"""No cell: notes line up loose in the middle of the laptop view."""
MIN_CHARACTERS = 28
LIST_WIDTH = 620


class TargetList(QObject):
    chosen = Signal(int)
    """A zone id, :data:`FOLLOW` or :data:`LOOSE`, picked by the user."""

    SEARCH_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(
        self,
        combo: QComboBox,
        parent: QObject | None = None,
        title_text: str = "#000000",
        title_fill: str = "#FFFFFF",
    ) -> None:
        super().__init__(parent)
        self.combo = combo
        self._entries: dict[int, Entry] = {}
        """Each pickable entry by its value: its label and "frame › cell" are read from it."""
        self._follow_text = ""
        self._title_text, self._title_fill = title_text, title_fill
        self._model: EntryModel | None = None
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Never measure every entry to size the box (thousands of cells on a big board).
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(MIN_CHARACTERS)
        combo.setMaxVisibleItems(20)
        self.completer = QCompleter(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(15)
        popup, view, line = self.completer.popup(), combo.view(), combo.lineEdit()
        assert popup is not None and view is not None and line is not None
        self._line = line
        line.setFont(combo.font())  # the box's big text, also in the part that takes typing
        popup.setStyleSheet(TEXT_STYLE)
        # Lists wider than the box: "frame › row · column" must be read whole.
        popup.setMinimumWidth(LIST_WIDTH)
        view.setMinimumWidth(LIST_WIDTH)
        self._search: EntryModel | None = None
        combo.activated.connect(self._activated)
        self.completer.activated[QModelIndex].connect(self._completed)  # type: ignore[index]
        line.editingFinished.connect(self._restore_text)

    def set_cells(self, cells: list[Entry], follow: str, loose: str) -> None:
        """Replace the entries; ``cells`` holds the frames' titles (value None) and their
        cells, in order."""
        self._follow_text = follow
        entries = [Entry(follow, FOLLOW, follow), Entry(loose, LOOSE, loose), *cells]
        picked = [entry for entry in entries if entry.value is not None]
        self._entries = {entry.value: entry for entry in picked}  # type: ignore[misc]
        model = EntryModel(entries, self._title_text, self._title_fill, self)
        # The filter has a list of its own (cells named with their frame, no titles), and
        # belongs to the line edit, so the combo box never second-guesses what it picked.
        search = EntryModel(picked, parent=self, show_search=True)
        self.combo.blockSignals(True)
        old, self._model = self._model, model
        old_search, self._search = self._search, search
        self.combo.setModel(model)
        self.completer.setModel(search)
        self._line.setCompleter(self.completer)
        for previous in (old, old_search):
            if previous is not None:
                previous.deleteLater()
        self.combo.blockSignals(False)

    def built(self) -> bool:
        """Whether the entries were ever set (the list names no cell before)."""
        return bool(self._entries)

    def label_of(self, zone_id: int | None) -> str | None:
        entry = self._entries.get(zone_id) if zone_id is not None else None
        return entry.text.strip() if entry is not None else None

    def show_following(self, label: str | None) -> None:
        text = f"{self._follow_text}: {label}" if label else self._follow_text
        self.combo.blockSignals(True)
        self.combo.setItemText(0, text)
        self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)
        self._restore_text()

    def show_choice(self, value: int | None) -> None:
        index = self.combo.findData(value)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._restore_text()

    def current_value(self) -> int | None:
        value = self.combo.currentData()
        return int(value) if isinstance(value, int) else None

    def _activated(self, index: int) -> None:
        value = self.combo.itemData(index)
        if isinstance(value, int):
            self.chosen.emit(value)
        self._restore_text()

    def _completed(self, index: QModelIndex) -> None:
        """An entry picked from the filtered list."""
        value = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(value, int):
            # After the combo box has finished its own handling of the same key press.
            QTimer.singleShot(0, lambda: self._pick(value))

    def _pick(self, value: int) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(value), 0))
        self.chosen.emit(value)
        self._restore_text()

    def _restore_text(self) -> None:
        """What the box shows is always the current entry, never half-typed words; it reads
        from its beginning, and the tooltip names the frame too."""
        self.combo.setEditText(self.combo.currentText().strip())
        self._line.setCursorPosition(0)
        value = self.combo.currentData()
        self.combo.setToolTip(
            entry.search
            if (entry := self._entries.get(value)) is not None
            else self.combo.currentText().strip()
            if isinstance(value, int)
            else ""
        )
