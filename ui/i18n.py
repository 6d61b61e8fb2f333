"""Finnish and English for the whole UI, switchable while the app runs.

Our strings come from ``ui/translations/pajalauta_<lang>.qm`` (compiled from the ``.ts`` files
with ``pyside6-lrelease``); Qt's own dialogs and the undo actions use Qt's ``qtbase_<lang>.qm``.
Installing a translator makes Qt send a LanguageChange event to every widget, and each window
re-sets its texts in ``retranslate()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = ("fi", "en")
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
_SETTING = "ui/language"
_installed: list[QTranslator] = []


def system_language() -> str:
    return "fi" if QLocale.system().language() == QLocale.Language.Finnish else "en"


def preferred_language(settings: QSettings) -> str:
    """The language the user chose last time, else Finnish on a Finnish system, else English."""
    chosen = str(settings.value(_SETTING, "") or "")
    return chosen if chosen in LANGUAGES else system_language()


def remember_language(settings: QSettings, language: str) -> None:
    settings.setValue(_SETTING, language)


def install_language(language: str) -> bool:
    """Replace the installed translators; returns False when our catalogue was not found."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Finnish if language == "fi"
                               else QLocale.Language.English))
    ours = QTranslator(app)
    found = language == "en" or ours.load(str(TRANSLATIONS / f"pajalauta_{language}.qm"))
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for translator, loaded in (
        (ours, found and language != "en"),
        (qt_own, qt_own.load(f"qtbase_{language}", qt_dir)),
    ):
        if loaded:
            app.installTranslator(translator)
            _installed.append(translator)
    return found


def current_language() -> str:
    return "fi" if QLocale().language() == QLocale.Language.Finnish else "en"
