"""Workshop › Open Board to Phones: the laptop's control of the phone server.

Off by default. Opening picks the network address (the room's Wi-Fi or the facilitator's
hotspot), starts :class:`ui.phone.server.PhoneServer` off the GUI thread and shows the join
card on the laptop's phone panel and on the projector. Stopping, closing the board or quitting
closes every phone connection and frees the port. Arrivals reach the scene through the
document's change notifications like every other change; private notes are stored hidden and
shown blank (colour without text) on both screens, and in the handout left out, until the
facilitator reveals them, also after the laptop was restarted.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from canvas.commands import DeleteNotesCommand, PatchNotesCommand
from models.errors import BoardError
from models.phone_sessions import (
    arrivals,
    hidden_notes,
    private_writing,
    set_private_writing,
    stored_sessions,
    written_by,
)
from models.records import Change, NotePatch
from ui.lazy_dock import LazyDock

if TYPE_CHECKING:
    from canvas.stops import Stop
    from models.document import BoardDocument
    from models.phone_ops import PhoneChange
    from models.phone_room import PhoneRoom
    from ui.main_window import MainWindow
    from ui.phone.server import PhoneServer
    from ui.phone_gate import QtGate
    from ui.phone_panel import PhonePanel
    from ui.phone_qr import JoinCard

OVERLAY_MARGIN = 24


def local_addresses() -> list[str]:
    """IPv4 addresses of the network interfaces that are up, loopback last."""
    from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface  # not at start

    found: list[str] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        if not (interface.flags() & flags.IsUp and interface.flags() & flags.IsRunning):
            continue
        for entry in interface.addressEntries():
            ip: QHostAddress = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(ip.toString())
    found.sort(key=lambda a: (ipaddress.ip_address(a).is_loopback, a))
    return found or ["127.0.0.1"]


class PhoneControl(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.room: PhoneRoom | None = None
        self.server: PhoneServer | None = None
        self.gate: QtGate | None = None
        self._document: BoardDocument | None = None
        self._projector_frame: int | None = None
        self._counts_shown: tuple[object, ...] | None = None
        self.action = QAction(window)
        self.action.setCheckable(True)
        self.action.triggered.connect(self._toggled)
        self.reveal_action = QAction(window)
        self.reveal_action.triggered.connect(self.reveal)
        window.room.menu.addSeparator()
        window.room.menu.addAction(self.action)
        window.room.menu.addAction(self.reveal_action)
        # The panel, its join card and the phone models load when the board opens to phones.
        self._panel = LazyDock(window, QAction(window), self._make_panel)
        self.overlay: JoinCard | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._refresh)
        window.boardClosing.connect(self.stop)
        window.boardChanged.connect(self._board_changed)
        window.room.stopChanged.connect(self._stop_changed)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        window.installEventFilter(self)  # the window's language change (the panel may not exist)
        self.retranslate()
        self._board_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _make_panel(self) -> PhonePanel:
        from ui.phone_panel import PhonePanel

        panel = PhonePanel(self.window)
        panel.stop.clicked.connect(self.stop)
        panel.languageChanged.connect(self.retranslate)
        panel.frameToggled.connect(self._frame_toggled)
        panel.private.toggled.connect(self._private_toggled)
        panel.reveal.clicked.connect(self.reveal)
        panel.removeRequested.connect(self.remove_participant_notes)
        panel.on_projector.toggled.connect(lambda _on: self._place_overlay())
        panel.follow.toggled.connect(self._follow_toggled)
        return panel

    @property
    def panel(self) -> PhonePanel:
        """The laptop's phone panel (a dock, built when the board first opens to phones)."""
        return cast("PhonePanel", self._panel.dock)

    def retranslate(self) -> None:
        self._counts_shown = None  # the panel's counts are worded again at the next second
        self.action.setText(self.tr("Open Board to &Phones…"))
        self.reveal_action.setText(self.tr("&Reveal Phone Notes"))

    # --- opening and closing ------------------------------------------------------------------
    def _toggled(self, on: bool) -> None:
        if not on:
            self.stop()
            return
        addresses = local_addresses()
        address, ok = QInputDialog.getItem(
            self.window,
            self.tr("Open Board to Phones"),
            self.tr(
                "Phones in the room join through this network address (the room's "
                "Wi-Fi or your hotspot):"
            ),
            addresses,
            0,
            False,
        )
        if not ok or not self.open(address):
            self.action.setChecked(False)

    def open(self, host: str, port: int | None = None) -> bool:
        """Start listening on ``host`` (``port``: the server's default); returns False (and
        says why) when that fails. The server, and aiohttp with it, loads here, not at start."""
        document = self.window.document
        if document is None or document.read_only or self.server is not None:
            return False
        from models.phone_room import PhoneRoom
        from models.phone_snapshot import PhonePublisher
        from ui.phone.server import DEFAULT_PORT, PhoneServer
        from ui.phone_gate import QtGate

        self.room = PhoneRoom(stored=stored_sessions(document))

        self.gate = QtGate(document, self._record, self)
        port = DEFAULT_PORT if port is None else port
        self.server = PhoneServer(self.room, self.gate, host, port)
        try:
            self.server.start()
        except OSError as error:
            self.window.room.status(
                self.tr("Phones cannot join: %1").replace("%1", str(error)), 10000, warning=True
            )
            self.gate.close()
            self.room = self.server = self.gate = None
            return False
        self._document = document
        PhonePublisher(document, self.room)
        document.subscribe(self._on_changes)
        first = self._projector_frame or self.window.room.frame_in_view()
        if first is None:
            frames = document.frames.all()
            first = frames[0].id if frames else None
        if first is not None:
            self.room.set_open(first, True)
        self._publish()
        self.action.setChecked(True)
        # Private writing is the board's: after a break or a crash it stays as it was.
        self.panel.private.setChecked(private_writing(document))
        self.room.set_private(self.panel.private.isChecked())
        self.panel.join.show_join(
            self.server.url(), self.server.url(with_token=False), self.room.join_code
        )
        self.panel.show()
        self._refresh_frames()
        self._refresh()
        self._tick.start()
        return True

    def stop(self) -> None:
        """Close every phone connection and free the port (stop, close board, quit)."""
        server, gate = self.server, self.gate
        self.server = self.gate = None
        if gate is not None:
            gate.close()
        if server is not None:
            server.stop()
        if self._document is not None:
            self._document.unsubscribe(self._on_changes)
            self._document = None
        self.room = None
        self._tick.stop()
        self.action.setChecked(False)
        self._panel.hide()
        if self.overlay is not None:
            self.overlay.hide()
            self.overlay.deleteLater()
            self.overlay = None

    def _board_changed(self) -> None:
        document = self.window.document
        writable = document is not None and not document.read_only
        self.action.setEnabled(writable)
        self.reveal_action.setEnabled(writable)
        hidden = hidden_notes(document) if document is not None and not document.closed else []
        if hidden:
            self.window.room.status(
                self.tr(
                    "%n phone note(s) are hidden until you reveal them (Workshop › Reveal "
                    "Phone Notes).",
                    "",
                    len(hidden),
                ),
                15000,
            )

    # --- what arrives ---------------------------------------------------------------------------
    def _record(self, change: PhoneChange) -> None:
        """A phone's change is done: make it an undo step. A private note shows blank by
        itself: the row says it is hidden."""
        document, stack = self.window.document, self.window.undo_stack
        if document is None or stack is None:
            return
        from ui.phone_gate import PhoneStepCommand

        stack.push(PhoneStepCommand(document, change, self._report))

    def _report(self, message: str | BoardError) -> None:
        self.window.room.status(message, 8000, warning=True)

    def _on_changes(self, changes: Sequence[Change]) -> None:
        if self.room is None:
            return
        self.room.on_changes(changes)
        if any(c.entity == "frame" for c in changes):
            self._refresh_frames()

    # --- facilitation ---------------------------------------------------------------------------
    def _frame_toggled(self, frame_id: int, on: bool) -> None:
        if self.room is not None:
            self.room.set_open(frame_id, on)
            self._publish()

    def _publish(self) -> None:
        """What phones read, published now that the open frames changed (so their next polls
        are answered off this thread)."""
        if self.room is not None and self._document is not None and not self._document.closed:
            from models.phone_snapshot import published

            published(self._document, self.room)

    def _follow_toggled(self, on: bool) -> None:
        if on and self._projector_frame is not None:
            self._open_only(self._projector_frame)

    def _stop_changed(self, stop: Stop) -> None:
        frame_id = stop.id if stop.kind == "frame" else stop.frame_id
        if frame_id is None:
            return
        self._projector_frame = frame_id
        if self.room is not None and self.panel.follow.isChecked():
            self._open_only(frame_id)

    def _open_only(self, frame_id: int) -> None:
        if self.room is None:
            return
        for other in self.room.open_frames():
            self.room.set_open(other, False)
        self.room.set_open(frame_id, True)
        self._publish()
        self._refresh_frames()

    def _private_toggled(self, on: bool) -> None:
        if self.room is None or self._document is None:
            return
        if private_writing(self._document) != on:
            try:
                set_private_writing(self._document, on)
            except BoardError as error:
                self._report(error)
                self.panel.private.setChecked(not on)
                return
        self.room.set_private(on)

    def reveal(self) -> None:
        """Show every note written privately, as one undo step (undo hides them again)."""
        document, stack = self.window.document, self.window.undo_stack
        if document is None or stack is None or document.closed:
            return
        hidden = hidden_notes(document)
        if not hidden:
            self.window.room.status(self.tr("No phone notes are hidden."), 5000)
            return
        label = self.tr("Reveal %n phone note(s)", "", len(hidden))
        patches: dict[int, NotePatch] = {note_id: {"hidden": False} for note_id in hidden}
        stack.push(PatchNotesCommand(document, patches, label, self._report))
        self._refresh()

    def remove_participant_notes(self, key: int) -> None:
        """One undo step that takes every note and the card one phone wrote off the board."""
        document, stack = self.window.document, self.window.undo_stack
        if self.room is None or document is None or stack is None:
            return
        session = self.room.by_key(key)
        if session is None:
            return
        notes, card = written_by(document, key)
        ids = [*notes, *([card] if card is not None else [])]
        if ids:
            who = session.name or self.tr("Phone %1").replace("%1", str(session.number))
            stack.push(
                DeleteNotesCommand(
                    document, ids, self.tr("Remove notes of %1").replace("%1", who), self._report
                )
            )
        self._refresh()

    # --- keeping the panel and the projector up to date -----------------------------------------
    def _refresh_frames(self) -> None:
        document = self.window.document
        if self.room is not None and document is not None and not document.closed:
            self.panel.show_frames(document.frames.all(), self.room.open_frames())

    def _refresh(self) -> None:
        """The counts, once a second: read and shown again only when the board, the phones
        in the room or the language changed since they were last shown."""
        document, room = self.window.document, self.room
        if room is None or document is None or document.closed:
            return
        sessions = tuple((s.key, s.name, s.group_id) for s in room.sessions())
        shown = (room.version, room.connected(), sessions)
        if shown != self._counts_shown:
            self._counts_shown = shown
            self.panel.show_counts(room, document.groups.all(), arrivals(document))
        self._place_overlay()

    def _place_overlay(self) -> None:
        """The join card in the projector's top-right corner (a child of its window, so the
        presenter's own code needs no change)."""
        presenter = getattr(self.window.room.presenter, "presenter", None)
        wanted = (
            self.server is not None
            and self.room is not None
            and presenter is not None
            and self.panel.on_projector.isChecked()
        )
        if not wanted:
            if self.overlay is not None:
                self.overlay.hide()
            _keep_side_free(presenter, 0)
            return
        assert isinstance(presenter, QWidget) and self.server is not None
        if self.overlay is None or self.overlay.parent() is not presenter:
            if self.overlay is not None:
                self.overlay.deleteLater()
            from ui.phone_qr import JoinCard

            self.overlay = JoinCard(large=True, parent=presenter)
            assert self.room is not None
            self.overlay.show_join(
                self.server.url(), self.server.url(with_token=False), self.room.join_code
            )
        self.overlay.adjustSize()
        self.overlay.move(presenter.width() - self.overlay.width() - OVERLAY_MARGIN, OVERLAY_MARGIN)
        self.overlay.show()
        self.overlay.raise_()
        _keep_side_free(presenter, self.overlay.width() + OVERLAY_MARGIN)


def _keep_side_free(presenter: object, width: int) -> None:
    """The projector keeps the join card's column free (its stops laid out left of it)."""
    if presenter is not None:
        from ui.presenter import PresenterWindow  # loaded with the projector already

        if isinstance(presenter, PresenterWindow):
            presenter.keep_side_free(width)


def install(window: MainWindow) -> PhoneControl:
    control = PhoneControl(window)
    window.phones = control  # type: ignore[attr-defined]
    return control
