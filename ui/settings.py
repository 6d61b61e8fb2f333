"""Where Pajalauta keeps preferences, recent boards and board files.

Preferences live in an INI file through QSettings (tests point ``QSettings.setPath`` at a
temporary folder). Boards live where the user chooses; the default folder is
``Documents/Pajalauta`` from QStandardPaths.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QStandardPaths

ORGANISATION = "Pajalauta"
APPLICATION = "Pajalauta"
MAX_RECENT = 8
BOARD_FILTER = QT_TRANSLATE_NOOP("BoardFiles", "Pajalauta boards (*.pajalauta);;All files (*)")


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def boards_folder() -> Path:
    """The default folder for new boards, created on first use."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents) if documents else Path.home()
    folder = base / "Pajalauta"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class RecentBoards:
    """The Open Recent list: newest first, at most ``MAX_RECENT``, missing files dropped."""

    KEY = "recent/boards"

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or app_settings()

    def paths(self) -> list[Path]:
        raw = self._settings.value(self.KEY, [])
        items = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
        return [Path(item) for item in items if item and Path(item).exists()]

    def add(self, path: Path) -> None:
        path = path.resolve()
        items = [p for p in self.paths() if p.resolve() != path]
        self._settings.setValue(self.KEY, [str(p) for p in [path, *items][:MAX_RECENT]])
        self._settings.setValue("recent/last", str(path))

    def remove(self, path: Path) -> None:
        path = path.resolve()
        self._settings.setValue(self.KEY, [str(p) for p in self.paths() if p.resolve() != path])

    def clear(self) -> None:
        self._settings.setValue(self.KEY, [])

    def last(self) -> Path | None:
        value = self._settings.value("recent/last", "")
        path = Path(str(value)) if value else None
        return path if path is not None and path.exists() else None
