"""The laptop's side of the phone server: document work runs on the GUI thread, and every
phone write becomes a step on the board's undo stack.

:class:`QtGate` receives work from the server's thread through a queued signal, runs it where
the document lives and answers through the future the handler awaits. A phone change arrives
already done (:mod:`models.phone_ops`); :class:`PhoneStepCommand` puts it on the undo stack
without doing it twice, so the facilitator can undo a phone's note like any other.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QUndoCommand

from models.document import BoardDocument
from models.errors import BoardError
from models.phone_ops import PhoneChange
from ui.phone.gate import Work

translate = QCoreApplication.translate


def step_text(change: PhoneChange) -> str:
    texts = {
        "note": translate("Phones", "Note from phone %1"),
        "edit": translate("Phones", "Phone %1 edits a note"),
        "withdraw": translate("Phones", "Phone %1 withdraws a note"),
        "card": translate("Phones", "Experiment card from phone %1"),
        "dot": translate("Phones", "Dot from phone %1"),
        "undot": translate("Phones", "Phone %1 takes back a dot"),
    }
    return texts.get(change.kind, translate("Phones", "Change from phone %1")).replace(
        "%1", change.who
    )


class PhoneStepCommand(QUndoCommand):
    """A phone's change, already written; undo and redo go through the document."""

    def __init__(
        self, document: BoardDocument, change: PhoneChange, report: Callable[[str], None]
    ) -> None:
        super().__init__(step_text(change))
        self._document = document
        self._change = change
        self._report = report
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self._change.redo(self._document)
        except BoardError as error:
            self._report(error.message)

    def undo(self) -> None:
        try:
            self._change.undo(self._document)
        except BoardError as error:
            self._report(error.message)


class QtGate(QObject):
    _work = Signal(object)

    def __init__(
        self,
        document: BoardDocument,
        record: Callable[[PhoneChange], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._record = record
        self._closed = False
        self._work.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def submit(self, work: Work[Any]) -> Future[Any]:
        future: Future[Any] = Future()
        if self._closed:
            future.set_exception(RuntimeError("the board is no longer open to phones"))
        else:
            self._work.emit((work, future))
        return future

    def close(self) -> None:
        """Refuse new work and drop work still queued: a phone that was not answered was not
        told its note was saved, and a closed board must not be written."""
        self._closed = True

    @Slot(object)
    def _run(self, item: tuple[Work[Any], Future[Any]]) -> None:
        work, future = item
        if self._closed or self._document.closed:
            future.set_exception(RuntimeError("the board is no longer open to phones"))
            return
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(work(self._document, self._record))
        except BaseException as error:
            future.set_exception(error)
