"""Text is only ever text: every label and message box of the application shows plain text.

Qt guesses (``Qt.AutoText``) whether a label's text is HTML, so a note, caption, board title
or group name such as ``<b>Tärkeä</b>`` or ``<img src=…>`` would be rendered as markup, and a
link in it would be live. Pajalauta never shows rich text on purpose, so one application-wide
event filter gives every QLabel and QMessageBox ``Qt.PlainText`` as it is polished, whoever
made it. Tooltips of user text go through :func:`tooltip`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProxyStyle

_AUTO = Qt.TextFormat.AutoText


class _PlainText(QProxyStyle):
    """The application's style, which also makes each label and message box plain text as
    it is polished (once per widget: an application-wide event filter in Python was asked
    about every event, some 2,000 while the window is built, 50 ms of the start)."""

    def polish(self, what: object) -> None:
        if isinstance(what, QMessageBox) or (
            isinstance(what, QLabel) and what.textFormat() == _AUTO
        ):
            what.setTextFormat(Qt.TextFormat.PlainText)
        super().polish(what)  # type: ignore[call-overload]


_installed: list[_PlainText] = []


def install_plain_text() -> None:
    """Give the application the plain-text style once (safe to call again)."""
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication) or _installed:
        return
    style = _PlainText()
    app.setStyle(style)
    _installed.append(style)


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (tooltips, too, guess HTML)."""
    import html  # when first asked: html.entities is a large table, not needed at start

    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""
