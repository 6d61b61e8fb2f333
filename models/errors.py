"""Errors that carry a sentence a workshop facilitator can act on."""

from __future__ import annotations


class BoardError(Exception):
    """A problem with a board that the user must be told about in plain words.

    ``message`` is shown to the user as it is; the exception text stays technical.
    """

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(f"{message} {detail}".strip())
        self.message = message
        self.detail = detail


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


class ForeignSchemaError(BoardError):
    """The file holds triggers, views or tables that Pajalauta did not create (code, not data)."""
