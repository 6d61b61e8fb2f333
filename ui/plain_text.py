"""Text is only ever text: every label and message box of the application shows plain text.

Qt guesses (``Qt.AutoText``) whether a label's text is HTML, so a note, caption, board title
or group name such as ``<b>Tärkeä</b>`` or ``<img src=…>`` would be rendered as markup, and a
link in it would be live. Pajalauta never shows rich text on purpose, so one application-wide
event filter gives every QLabel and QMessageBox ``Qt.PlainText`` as it is polished, whoever
made it. Tooltips of user text go through :func:`tooltip`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

_POLISH = QEvent.Type.Polish
_AUTO = Qt.TextFormat.AutoText


class _PlainText(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here (thousands while the window is built):
        # the cheapest test first.
        if event.type() != _POLISH:
            return False
        if isinstance(watched, QMessageBox) or (
            isinstance(watched, QLabel) and watched.textFormat() == _AUTO
        ):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


_installed: list[_PlainText] = []


def install_plain_text() -> None:
    """Install the filter on the application once (safe to call again)."""
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication) or _installed:
        return
    guard = _PlainText(app)
    app.installEventFilter(guard)
    _installed.append(guard)


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (tooltips, too, guess HTML)."""
    import html  # when first asked: html.entities is a large table, not needed at start

    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""
