"""How the web server reaches the document without touching it.

The board's SQLite connection and the laptop's undo stack belong to the GUI thread. A handler
packs its document work into a function and submits it to a :class:`Gate`; the gate runs it
where the document lives and hands back the result as a :class:`concurrent.futures.Future`,
which the handler awaits without blocking the server's event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from models.document import BoardDocument
    from models.phone_ops import Applier

T = TypeVar("T")
Work = Callable[["BoardDocument", "Applier | None"], T]


class Gate(Protocol):
    def submit(self, work: Work[T]) -> Future[T]:
        """Run ``work(document, apply)`` where the document lives; ``apply`` records a done
        :class:`~models.phone_ops.PhoneChange` as an undoable step (or is None)."""
        ...
