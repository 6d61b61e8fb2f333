"""After a language switch, the steps already on the undo stack speak the new language.

Texts made with :mod:`canvas.undo_text` know their source. Others (a ``self.tr("Add row")``
passed to a command) are found in our catalogues: the text shown is looked up among the
translations of every language, and its source is translated again.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoGroup

from canvas.undo_text import reword, reword_group
from ui.i18n import TRANSLATIONS


@cache
def _sources() -> dict[str, tuple[str, str]]:
    """Every text of our catalogues (sources and translations) → (context, source)."""
    import xml.etree.ElementTree as ET  # first needed after a language switch, not at start

    found: dict[str, tuple[str, str]] = {}
    for path in sorted(TRANSLATIONS.glob("pajalauta_*.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                if message.get("numerus") == "yes" or "%" in source:
                    continue  # counted and filled texts are made with canvas.undo_text
                found.setdefault(source, (name, source))
                translation = message.findtext("translation") or ""
                if translation.strip():
                    found.setdefault(translation, (name, source))
    return found


def word_again(text: str) -> str | None:
    """``text`` (an undo text in any of our languages) in the language installed now."""
    made = reword(text)
    if made is not None:
        return made
    known = _sources().get(text)
    if known is None:
        return None
    return QCoreApplication.translate(*known)


class UndoLanguage(QObject):
    """Keeps the Undo/Redo actions' texts in the current language.

    Qt's own actions fix their "Undo %1" prefix in the language of the moment they were made,
    so a switch would leave "Kumoa Add note"; these texts are set here on every change.
    """

    def __init__(self, group: QUndoGroup, undo: QAction, redo: QAction) -> None:
        super().__init__(group)
        self._group, self._undo, self._redo = group, undo, redo
        group.undoTextChanged.connect(self._show_undo)
        group.redoTextChanged.connect(self._show_redo)

    def _show_undo(self, text: str) -> None:
        self._undo.setText(
            QCoreApplication.translate("QUndoGroup", "Undo %1").replace("%1", text)
            if text
            else QCoreApplication.translate("QUndoGroup", "Undo", "Default text for undo action")
        )

    def _show_redo(self, text: str) -> None:
        self._redo.setText(
            QCoreApplication.translate("QUndoGroup", "Redo %1").replace("%1", text)
            if text
            else QCoreApplication.translate("QUndoGroup", "Redo", "Default text for redo action")
        )

    def retranslate(self) -> None:
        """Reword every step of every stack, then the actions (call after a switch)."""
        reword_group(self._group, word_again)
        self._show_undo(self._group.undoText())
        self._show_redo(self._group.redoText())
