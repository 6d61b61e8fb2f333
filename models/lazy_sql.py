"""SQLAlchemy and the board's tables, imported when first used rather than at start.

Importing SQLAlchemy and building :mod:`models.schema` take about a third of starting
Pajalauta with a board, yet nothing before the board's first frame needs them: opening reads
through the driver (:mod:`models.sqlite_store`, :meth:`BoardDocument.read_rows` with plain SQL
text). So the models refer to both through the names below, which import the real module at
their first attribute (``sa.select``, ``tables.NoteRow``), and the window imports them right
after the first frame (:meth:`BoardDocument.prepare_writing`); a change made before that
merely imports them on the spot. Type checkers see the real modules.

Statements built from them are made when first needed (``functools.cache``), not as module
constants, for the same reason.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any


class LazyModule:
    """The module ``name``, imported at the first attribute asked of it; each attribute is
    then kept on this object, so later uses cost what a module attribute costs."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):
            raise AttributeError(attribute)  # copy, pickle and friends probe for these
        value = getattr(importlib.import_module(self._name), attribute)
        setattr(self, attribute, value)
        return value

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


if TYPE_CHECKING:
    import sqlalchemy as sa

    from models import schema as tables
else:
    sa = LazyModule("sqlalchemy")
    tables = LazyModule("models.schema")

__all__ = ["LazyModule", "sa", "tables"]
