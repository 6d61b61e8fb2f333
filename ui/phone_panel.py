"""The laptop's phone panel: join code, who is connected, what arrived, and the switches of
facilitation (which frames are open for writing, private writing and reveal, removing one
participant's notes, stopping)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.phone_room import PhoneRoom
from models.phone_sessions import Arrivals
from models.records import FrameData, GroupData
from ui.phone_qr import JoinCard


class PhonePanel(QDockWidget):
    frameToggled = Signal(int, bool)
    languageChanged = Signal()
    removeRequested = Signal(int)
    """A phone session (its row in the file) whose notes the facilitator wants off the board."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneDock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.join = JoinCard(parent=body)
        self.connected = QLabel(body)
        self.follow = QCheckBox(body)
        self.follow.setChecked(True)
        self.frames_label = QLabel(body)
        self.frames = QListWidget(body)
        self.frames.setMaximumHeight(140)
        self.private = QCheckBox(body)
        self.reveal = QPushButton(body)
        self.arrivals = QLabel(body)
        self.arrivals.setTextFormat(Qt.TextFormat.PlainText)
        self.arrivals.setWordWrap(True)
        self.people_label = QLabel(body)
        self.people = QListWidget(body)
        self.people.setMaximumHeight(160)
        self.remove = QPushButton(body)
        self.on_projector = QCheckBox(body)
        self.on_projector.setChecked(True)
        self.stop = QPushButton(body)
        for widget in (self.join, self.connected, self.follow, self.frames_label, self.frames):
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.private)
        row.addWidget(self.reveal)
        layout.addLayout(row)
        for part in (
            self.arrivals,
            self.people_label,
            self.people,
            self.remove,
            self.on_projector,
            self.stop,
        ):
            layout.addWidget(part)
        layout.addStretch(1)
        self.setWidget(body)
        self.frames.itemChanged.connect(self._frame_item_changed)
        self.remove.clicked.connect(self._remove_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Phones"))
        self.follow.setText(self.tr("Open the projector's frame for writing"))
        self.frames_label.setText(self.tr("Open for writing:"))
        self.private.setText(self.tr("Private writing"))
        self.reveal.setText(self.tr("Reveal"))
        self.people_label.setText(self.tr("Participants:"))
        self.remove.setText(self.tr("Remove Participant's Notes"))
        self.on_projector.setText(self.tr("Show the join code on the projector"))
        self.stop.setText(self.tr("Close Board to Phones"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.languageChanged.emit()
        super().changeEvent(event)

    # --- showing ------------------------------------------------------------------------------
    def show_frames(self, frames: list[FrameData], open_ids: set[int]) -> None:
        self.frames.blockSignals(True)
        self.frames.clear()
        for frame in frames:
            item = QListWidgetItem(frame.title or self.tr("Frame %1").replace("%1", str(frame.id)))
            item.setData(Qt.ItemDataRole.UserRole, frame.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if frame.id in open_ids else Qt.CheckState.Unchecked
            )
            self.frames.addItem(item)
        self.frames.blockSignals(False)

    def show_counts(self, room: PhoneRoom, groups: list[GroupData], found: Arrivals) -> None:
        self.connected.setText(self.tr("Connected phones: %1").replace("%1", str(room.connected())))
        names: dict[int | None, str] = {g.id: g.name for g in groups}
        arrived, hidden = found.written, found.hidden
        lines = []
        names_or_none = {None: self.tr("No group"), **names}
        for group_id, count in sorted(arrived.items(), key=lambda i: names_or_none.get(i[0], "")):
            name = names_or_none.get(group_id, self.tr("No group"))
            line = self.tr("%1: %2 arrived").replace("%1", name).replace("%2", str(count))
            if hidden.get(group_id):
                line += self.tr(" (%1 hidden)").replace("%1", str(hidden[group_id]))
            lines.append(line)
        self.arrivals.setText("\n".join(lines) or self.tr("Nothing has arrived yet."))
        self.reveal.setEnabled(bool(hidden))
        rows: list[tuple[int, str]] = []
        for session in room.sessions():
            written = found.per_session.get(session.key, 0)
            who = session.name or self.tr("Phone %1").replace("%1", str(session.number))
            group = names.get(session.group_id, "") if session.group_id is not None else ""
            rows.append((session.key, f"{who} · {group} · {written}"))
        self._show_people(rows)
        self.remove.setEnabled(self.people.count() > 0)

    def _show_people(self, rows: list[tuple[int, str]]) -> None:
        """One row per phone, changed in place (sixty rows made again every second while
        phones write would relayout and repaint the list each time); made again only when
        phones joined or left."""
        people = self.people
        keys = [people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(people.count())]
        if keys == [key for key, _text in rows]:
            for index, (_key, text) in enumerate(rows):
                item = people.item(index)
                if item.text() != text:
                    item.setText(text)
            return
        current = people.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        people.clear()
        for key, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            people.addItem(item)
            if key == chosen:
                people.setCurrentItem(item)

    # --- reacting -------------------------------------------------------------------------------
    def _frame_item_changed(self, item: QListWidgetItem) -> None:
        self.follow.setChecked(False)
        self.frameToggled.emit(
            int(item.data(Qt.ItemDataRole.UserRole)), item.checkState() == Qt.CheckState.Checked
        )

    def _remove_clicked(self) -> None:
        item = self.people.currentItem()
        if item is not None:
            self.removeRequested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
