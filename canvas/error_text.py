"""An error from the model, worded in the language the UI speaks now."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from models.errors import BoardError, Phrase, format_value
from models.wording import describe

_LANGUAGES = {QLocale.Language.Finnish: "fi", QLocale.Language.Swedish: "sv"}


def ui_language() -> str:
    """The UI language ("fi", "sv" or "en"), as :func:`ui.i18n.install_language` set it."""
    return _LANGUAGES.get(QLocale().language(), "en")


def error_text(problem: BoardError | Phrase | str) -> str:
    """``problem``'s sentence in the UI language (a text passes through as it is)."""
    if isinstance(problem, BoardError):
        return describe(problem, ui_language())
    if isinstance(problem, Phrase):
        return format_value(problem, ui_language())
    return problem


def number_text(value: int) -> str:
    """A count in a UI sentence, written the UI language's way: 4000 and 12 345 in Finnish
    and Swedish (where "4,000" would read as four point nought), 4,000 in English."""
    return format_value(value, ui_language())
