"""Undo texts that can be worded again when the language changes.

An undo step keeps its text for as long as it stays on the stack, so a step made in Finnish
would go on saying "Kumoa Lisää lappu" after a switch to English. Each text is therefore made
from its translatable source (``translate("BoardView", "Move frame")``, or with a count
``Undo.tr("Delete %n note(s)", "", 3)``) and remembered; after a switch,
:func:`reword_stack` gives every step on a stack its text in the new language. Steps are
found by the text they show, so any kind of ``QUndoCommand`` (and Qt's macros) takes part
without carrying anything extra.

``Undo.tr(...)`` is spelled so that ``pyside6-lupdate`` files the string under the context
"Undo" and sees its count (it takes the name before ``.tr`` as the context, and only a
``tr(source, "", n)`` call with a variable count as a plural): a ``Words`` object is bound to a
name equal to its context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoGroup, QUndoStack

_made: dict[str, UndoText] = {}
"""Every text made here so far (in any language), by the text: how to word it again."""


class UndoText(str):
    """A translated text that remembers its source, its count and its ``%1``… arguments."""

    context: str
    source: str
    n: int
    args: tuple[str, ...]

    def __new__(
        cls, context: str, source: str, n: int = -1, args: tuple[str, ...] = ()
    ) -> UndoText:
        text = QCoreApplication.translate(context, source, None, n)
        for index, value in enumerate(args, start=1):
            text = text.replace(f"%{index}", value)
        made = super().__new__(cls, text)
        made.context, made.source, made.n, made.args = context, source, n, args
        _made[str(made)] = made
        return made

    def arg(self, value: object) -> UndoText:
        """The same text with the next ``%1``, ``%2``… filled with ``value``."""
        return UndoText(self.context, self.source, self.n, (*self.args, str(value)))

    def again(self) -> UndoText:
        """This text in the language installed now."""
        return UndoText(self.context, self.source, self.n, self.args)


class Words:
    """Undo texts of one translation context."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> UndoText:
        del disambiguation  # spelled out only so that lupdate sees the count
        return UndoText(self.context, source, n)


def translate(
    context: str, source: str, disambiguation: str | None = None, n: int = -1
) -> UndoText:
    """``QCoreApplication.translate`` that remembers its source (use it for undo texts)."""
    del disambiguation
    return UndoText(context, source, n)


Undo = Words("Undo")
"""Undo texts with a count: ``Undo.tr("Delete %n note(s)", "", count)``."""


def reword(text: str) -> str | None:
    """``text`` (an undo text made here) in the language installed now; None if unknown."""
    made = _made.get(text)
    return str(made.again()) if made is not None else None


def reword_stack(stack: QUndoStack, word: Callable[[str], str | None] = reword) -> None:
    """Give every step on ``stack`` its text in the language installed now."""
    for index in range(stack.count()):
        command = stack.command(index)
        if command is None:
            continue
        worded = word(command.text())
        if worded is not None:
            command.setText(worded)


def reword_group(group: QUndoGroup, word: Callable[[str], str | None] = reword) -> None:
    """Reword every stack of ``group`` and make its Undo/Redo actions show the new texts."""
    for stack in group.stacks():
        reword_stack(stack, word)
    group.undoTextChanged.emit(group.undoText())
    group.redoTextChanged.emit(group.redoText())
