"""The rows of the quick-note "Into" list as plain tuples behind a Qt list model.

A workshop board of 20,000 notes has some 4,600 cells. One ``QStandardItem`` per entry, in the
list and again in its filter, made 9,000 Qt objects (12 MB and a third of a second in one go
after the first frame) for a list that is mostly never opened. Here an entry is a tuple of
the strings it shows; Qt asks for the rows it draws or filters, and gets them from the tuple.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Index = QModelIndex | QPersistentModelIndex
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_DISPLAY = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)


class Entry(NamedTuple):
    """One row: the words shown, the value picked (None: a frame's title, not pickable) and
    the words the filter matches ("frame › cell")."""

    text: str
    value: int | None
    search: str


class EntryModel(QAbstractListModel):
    """Read-only rows of :class:`Entry`; a title row (value None) is bold, shaded and cannot
    be picked. Only the shown text of a row can be set (the combo box's first entry says
    which cell "where the laptop is" means now)."""

    SEARCH_ROLE = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(
        self,
        entries: list[Entry],
        title_text: str = "#000000",
        title_fill: str = "#FFFFFF",
        parent: QObject | None = None,
        show_search: bool = False,
    ) -> None:
        """``show_search``: rows show their "frame › cell" words (the filter's list, made of
        the same entries as the box's)."""
        super().__init__(parent)
        self._entries = entries
        self._shown = 2 if show_search else 0
        self._title_font = QFont()
        self._title_font.setBold(True)
        self._title_text = QBrush(QColor(title_text))
        self._title_fill = QBrush(QColor(title_fill))

    def entries(self) -> list[Entry]:
        return self._entries

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._entries):
            return None
        entry = self._entries[row]
        if role in _DISPLAY:
            return entry[self._shown]
        if role == Qt.ItemDataRole.UserRole:
            return entry.value
        if role == self.SEARCH_ROLE:
            return entry.search
        if entry.value is None:
            if role == Qt.ItemDataRole.FontRole:
                return self._title_font
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._title_text
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._title_fill
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._entries):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.NoItemFlags if self._entries[row].value is None else _SELECTABLE

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = index.row()
        if role not in _DISPLAY or not index.isValid() or not 0 <= row < len(self._entries):
            return False
        entry = self._entries[row]
        self._entries[row] = (
            entry._replace(search=str(value)) if self._shown else entry._replace(text=str(value))
        )
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True
