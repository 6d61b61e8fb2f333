"""Finnish, Swedish and English for the whole UI, switchable while the app runs.

Our strings come from ``ui/translations/pajalauta_<lang>.qm`` (compiled from the ``.ts`` files
with ``pyside6-lrelease``; ``scripts/update_translations.py`` does both steps). English is the
source language, but it has a small catalogue too: the singular and plural of every ``%n``
text ("1 note", "3 notes"). Qt's own dialogs, buttons and the undo actions use Qt's
``qtbase_<lang>.qm``. Installing a translator makes Qt send a LanguageChange event to every
widget, and each window re-sets its texts in ``retranslate()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = ("fi", "sv", "en")
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
_SETTING = "ui/language"
_LOCALES = {
    "fi": QLocale.Language.Finnish,
    "sv": QLocale.Language.Swedish,
    "en": QLocale.Language.English,
}
_installed: list[QTranslator] = []


def system_language(locale: QLocale | None = None) -> str:
    """Swedish on a Swedish system (also Swedish in Finland), Finnish on a Finnish one,
    English otherwise."""
    language = (locale or QLocale.system()).language()
    for code, qt_language in _LOCALES.items():
        if language == qt_language:
            return code
    return "en"


def preferred_language(settings: QSettings) -> str:
    """The language the user chose last time, else the system's (see :func:`system_language`)."""
    chosen = str(settings.value(_SETTING, "") or "")
    return chosen if chosen in LANGUAGES else system_language()


def remember_language(settings: QSettings, language: str) -> None:
    settings.setValue(_SETTING, language)


def install_language(language: str) -> bool:
    """Replace the installed translators; returns False when our catalogue was not found."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    language = language if language in LANGUAGES else "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(_LOCALES[language]))
    ours = QTranslator(app)
    found = ours.load(str(TRANSLATIONS / f"pajalauta_{language}.qm"))
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = [(ours, found)]
    if language != "en":
        loaded.append((qt_own, qt_own.load(f"qtbase_{language}", qt_dir)))
    for translator, ok in loaded:
        if ok:
            app.installTranslator(translator)
            _installed.append(translator)
    return found


def current_language() -> str:
    return system_language(QLocale())
