"""Errors that carry a sentence a workshop facilitator can act on, in any of our languages.

An error keeps its English *template* (``"“{name}” is damaged: the file is cut short."``) and
its *parameters* apart, so the window, the command line and the tests word the same error in
Finnish, Swedish or English (:func:`models.wording.describe`); ``message`` is the English
wording, for logs and for code that has no language. The template is also the key of the
translation tables, so a new error is one raise with a literal template plus one line per
language in ``models/wording/``; a test checks every raise has its Finnish and Swedish line.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping


class Phrase:
    """A translatable piece of a message (``"the number {value}"``) used as a parameter."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params: Mapping[str, object] = params

    @classmethod
    def of(cls, error: BoardError) -> Phrase:
        """An error's sentence as a part of another message."""
        return cls(error.template, **error.params)

    def __str__(self) -> str:
        return fill(self.template, self.params, "en")

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Phrase)
            and other.template == self.template
            and dict(other.params) == dict(self.params)
        )

    def __hash__(self) -> int:
        return hash(self.template)

    def __repr__(self) -> str:
        return f"Phrase({self.template!r}, **{dict(self.params)!r})"


def format_value(value: object, language: str) -> str:
    """A parameter as the language writes it: ``12 345`` and ``1,5`` in Finnish and Swedish."""
    if isinstance(value, Phrase):
        from models.wording import word

        return word(value.template, value.params, language)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        if language == "en":
            return f"{value:,}"
        return f"{value:,}".replace(",", "\u00a0") if abs(value) >= 10_000 else str(value)
    if isinstance(value, float):
        shown = f"{value:,.1f}" if language == "en" else f"{value:,.1f}".replace(",", "\u00a0")
        return shown if language == "en" else shown.replace(".", ",")
    return str(value)


def fill(template: str, params: Mapping[str, object], language: str) -> str:
    """``template`` with its ``{name}`` fields filled, values written the language's way."""
    if not params:
        return template
    return template.format(**{k: format_value(v, language) for k, v in params.items()})


class BoardError(Exception):
    """A problem with a board that the user must be told about in plain words.

    ``message`` is the English sentence; ``template`` and ``params`` let an interface word it
    in its own language. The exception text stays technical (it adds ``detail``).
    """

    def __init__(self, message: str, detail: str = "", **params: object) -> None:
        self.template = message
        self.params: Mapping[str, object] = params
        self.message = fill(message, params, "en")
        self.detail = detail
        super().__init__(f"{self.message} {detail}".strip())


class NotABoardError(BoardError):
    """The file is not a Pajalauta board at all (not SQLite, or another program's database)."""


class DamagedBoardError(BoardError):
    """The file was a board once but is truncated or corrupt."""


class NewerBoardError(BoardError):
    """The board was written by a newer Pajalauta with a schema we do not know."""


class BoardInUseError(BoardError):
    """Another Pajalauta (or another window) holds the board open."""


class ReadOnlyBoardError(BoardError):
    """A change was attempted on a board that was opened read-only."""


class LimitError(BoardError):
    """A note text, paste or image is larger than a board accepts."""


class StorageError(BoardError):
    """The disk refused a write (full, read-only, removed)."""


class FieldValueError(BoardError, ValueError):
    """A value typed into a field does not fit it (a date that is not a date)."""


def os_reason(exc: OSError) -> Phrase:
    """Why the system refused, in words we can translate (the system's own text otherwise)."""
    reasons = {
        errno.ENOSPC: Phrase("the disk is full"),
        errno.EACCES: Phrase("no permission"),
        errno.EPERM: Phrase("no permission"),
        errno.EROFS: Phrase("the disk is read-only"),
        errno.ENOENT: Phrase("the folder does not exist"),
        errno.EISDIR: Phrase("it is a folder"),
    }
    return reasons.get(exc.errno or 0) or Phrase("{value}", value=exc.strerror or str(exc))


def is_save_failure(error: BaseException) -> bool:
    """Did this error mean a change was not written to the board file?"""
    return isinstance(error, StorageError | ReadOnlyBoardError)


class ForeignSchemaError(BoardError):
    """The file holds triggers, views or tables that Pajalauta did not create (code, not data)."""
