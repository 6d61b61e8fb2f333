"""The vote panel (a dock): which vote, how many dots each group has left, and the ranking.

Dots left are shown as dots (●●○) next to the group's colour, large enough to read from a step
away: the group at the laptop sees at a glance what it still has. The ranking appears when the
vote ends (or live, for a vote that is not hidden).
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.records import GroupData, NoteData, VoteData
from ui.plain_text import tooltip

FULL_DOT = "●"
USED_DOT = "○"


def local_time(iso: str | None) -> str:
    if not iso:
        return ""
    stamp = QDateTime.fromString(iso, Qt.DateFormat.ISODate).toLocalTime()
    locale = QLocale()
    return (
        locale.toString(stamp.date(), QLocale.FormatType.ShortFormat)
        + " "
        + locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    )


def excerpt(text: str, length: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"


class VotePanel(QWidget):
    startRequested = Signal()
    endRequested = Signal()
    revealRequested = Signal()
    voteChosen = Signal(int)
    noteChosen = Signal(int)
    placingToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votePanel")
        self.setStyleSheet(
            "#votePanel QLabel, #votePanel QPushButton, #votePanel QCheckBox,"
            " #votePanel QComboBox, #votePanel QLineEdit { font-size: 12pt; }"
            " #votePanel QListWidget { font-size: 13pt; }"
        )
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.votes = QComboBox(self)
        self.votes.activated.connect(
            lambda index: self.voteChosen.emit(int(self.votes.itemData(index)))
        )
        top.addWidget(self.votes, 1)
        self.start = QPushButton(self)
        self.start.clicked.connect(self.startRequested)
        top.addWidget(self.start)
        layout.addLayout(top)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.left_title = QLabel(self)
        self.left_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.left_title)
        self.left = QGridLayout()
        self.left.setHorizontalSpacing(10)
        layout.addLayout(self.left)
        voter_row = QHBoxLayout()
        self.voter_label = QLabel(self)
        self.voter = QLineEdit(self)
        self.voter_label.setBuddy(self.voter)
        voter_row.addWidget(self.voter_label)
        voter_row.addWidget(self.voter, 1)
        layout.addLayout(voter_row)
        self.placing = QCheckBox(self)
        self.placing.toggled.connect(self.placingToggled)
        layout.addWidget(self.placing)
        buttons = QHBoxLayout()
        self.reveal = QPushButton(self)
        self.reveal.clicked.connect(self.revealRequested)
        self.end = QPushButton(self)
        self.end.setStyleSheet("font-weight: 700;")
        self.end.clicked.connect(self.endRequested)
        buttons.addWidget(self.reveal)
        buttons.addWidget(self.end)
        layout.addLayout(buttons)
        self.ranking_title = QLabel(self)
        self.ranking_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.ranking_title)
        self.ranking = QListWidget(self)
        self.ranking.itemActivated.connect(
            lambda item: self.noteChosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        layout.addWidget(self.ranking, 1)
        self._vote: VoteData | None = None
        self._left_widgets: list[QWidget] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.start.setText(self.tr("Start a Vote…"))
        self.left_title.setText(self.tr("Dots left"))
        self.voter_label.setText(self.tr("&Voter:"))
        self.voter.setPlaceholderText(self.tr("name or initials"))
        self.placing.setText(self.tr("Clicking a note places a dot"))
        self.reveal.setText(self.tr("Show the Dots"))
        self.end.setText(self.tr("End the Vote"))

    def voter_name(self) -> str:
        return self.voter.text().strip()

    # --- showing a vote -----------------------------------------------------------------------
    def show_votes(self, votes: list[VoteData], shown: VoteData | None) -> None:
        self.votes.clear()
        for vote in votes:
            self.votes.addItem(f"{vote.title} — {local_time(vote.started_at)}", vote.id)
        if shown is not None:
            self.votes.setCurrentIndex(self.votes.findData(shown.id))
        self.votes.setVisible(bool(votes))
        self._vote = shown

    def show_state(self, vote: VoteData | None, scope: str, placing: bool, writable: bool) -> None:
        running = vote is not None and vote.running
        if vote is None:
            self.state.setText(
                self.tr(
                    "No vote yet. Start one: each group gets a few dots to "
                    "put on the notes it likes best."
                )
            )
        else:
            budget = vote.budget if isinstance(vote.budget, int) else 0
            per = (
                self.tr("%n dots per group", "", budget)
                if vote.budget_per == "group"
                else self.tr("%n dots per person", "", budget)
            )
            parts = [per, scope]
            if running:
                parts.insert(0, self.tr("Voting now"))
                if vote.hidden:
                    parts.append(self.tr("dots hidden until the end"))
            else:
                parts.insert(0, self.tr("Ended %1").replace("%1", local_time(vote.ended_at)))
            self.state.setText(" · ".join(parts))
        self.start.setEnabled(writable and not running)
        self.end.setVisible(running)
        self.end.setEnabled(writable)
        self.reveal.setVisible(running and vote is not None and vote.hidden)
        self.placing.setVisible(running)
        self.placing.blockSignals(True)
        self.placing.setChecked(placing)
        self.placing.blockSignals(False)
        per_person = vote is not None and vote.budget_per == "person" and running
        self.voter_label.setVisible(per_person)
        self.voter.setVisible(per_person)
        self.left_title.setVisible(running)

    def show_left(
        self, groups: list[GroupData], left: dict[int | None, int], budget: int, current: int | None
    ) -> None:
        """One row per group: colour, name, dots left as ●●○ and as a number."""
        for widget in self._left_widgets:
            self.left.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._left_widgets = []
        for row, group in enumerate(groups):
            count = max(0, left.get(group.id, budget))
            chip = QLabel(self)
            chip.setFixedSize(22, 22)
            edge = "3px solid #111" if group.id == current else "1px solid #555"
            chip.setStyleSheet(f"background: {group.colour}; border: {edge}; border-radius: 11px;")
            name = QLabel(group.name, self)
            if group.id == current:
                name.setStyleSheet("font-weight: 700;")
            dots = QLabel(FULL_DOT * count + USED_DOT * max(0, budget - count), self)
            dots.setStyleSheet("font-size: 16pt; letter-spacing: 2px;")
            number = QLabel(self.tr("%1 left").replace("%1", str(count)), self)
            for col, widget in enumerate((chip, name, dots, number)):
                self.left.addWidget(widget, row, col)
                self._left_widgets.append(widget)

    def show_ranking(
        self, title: str, rows: list[tuple[int, NoteData | None, int]], note_text: str = ""
    ) -> None:
        """``rows`` are (rank, note, dots); a note None has been deleted since."""
        self.ranking_title.setText(title)
        self.ranking.clear()
        if note_text:
            item = QListWidgetItem(note_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.ranking.addItem(item)
            return
        for rank, note, count in rows:
            text = excerpt(note.text) if note is not None and note.text.strip() else "—"
            item = QListWidgetItem(f"{rank}.  {FULL_DOT} {count}   {text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id if note is not None else -1)
            item.setToolTip(tooltip(note.text) if note is not None else "")
            self.ranking.addItem(item)

    def ranking_texts(self) -> list[str]:
        return [self.ranking.item(i).text() for i in range(self.ranking.count())]
