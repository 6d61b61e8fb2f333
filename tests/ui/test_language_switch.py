"""Switching the language changes every text already shown: menus, actions, the undo steps
already on the stack, the Undo/Redo actions, the history panel and the F1 list.

The catalogues are the real ones (``ui/translations``); a text counts as "old language" when it
is the translation of some source in the language left behind and not a valid text in the new
one, so a widget that keeps one stale word fails the test.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from models.document import BoardDocument
from ui.i18n import TRANSLATIONS, install_language, system_language
from ui.main_window import MainWindow
from ui.shortcuts_dialog import ShortcutsDialog


def catalogue(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) → the texts it may show in ``language`` (every plural form)."""
    found: dict[tuple[str, str], list[str]] = {}
    root = ET.parse(TRANSLATIONS / f"pajalauta_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "")
            forms = [f.text or "" for f in message.iter("numerusform")]
            found[key] = forms or [message.findtext("translation") or ""]
    return found


def plain(text: str) -> str:
    return text.replace("&", "").strip()


LANGUAGE_NAMES = {"Suomi", "Svenska", "English"}
"""The View › Language entries: each language's own name, in every language."""


def stale_words(old: str, new: str) -> set[str]:
    """Texts that belong to ``old`` only: never a source, never a ``new`` translation."""
    before, after = catalogue(old), catalogue(new)
    allowed = {plain(source) for _context, source in before} | LANGUAGE_NAMES
    allowed |= {plain(text) for texts in after.values() for text in texts}
    return (
        {
            plain(text)
            for texts in before.values()
            for text in texts
            if "%" not in text and "{" not in text
        }
        - allowed
        - {""}
    )


def belongs_to(widget: QWidget, window: MainWindow) -> bool:
    parent: QWidget | None = widget
    while parent is not None and parent is not window:
        parent = parent.parentWidget()
    return parent is window


def shown_texts(window: MainWindow) -> list[str]:
    """Every text of the window and of its other windows (projector, dialogs) now shown."""
    texts = [window.windowTitle(), window.save_label.text(), window.history_dock.windowTitle()]
    others = [
        w
        for w in QApplication.topLevelWidgets()
        if w is not window and w.isVisible() and belongs_to(w, window)
    ]
    for top in [window, *others]:
        texts.append(top.windowTitle())
        texts += [action.text() for action in top.findChildren(QAction)]
        texts += [action.toolTip() for action in top.findChildren(QAction)]
        texts += [menu.title() for menu in top.findChildren(QMenu)]
        texts += [label.text() for label in top.findChildren(QLabel)]
        texts += [button.text() for button in top.findChildren(QAbstractButton)]
    stack = window.undo_stack
    assert stack is not None
    texts += [stack.command(i).text() for i in range(stack.count())]
    return [plain(text) for text in texts if text]


def switch(window: MainWindow, language: str) -> None:
    """View › Language › …, then let the posted LanguageChange events arrive (as they do at
    once in the running app)."""
    window.acts.languages[language].trigger()
    QApplication.processEvents()


def undo_steps(window: MainWindow) -> list[str]:
    stack = window.undo_stack
    assert stack is not None
    return [stack.command(i).text() for i in range(stack.count())]


@pytest.fixture
def worked_board(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    """A board with five steps made by keys in Finnish: new note, typing, nudge, delete."""
    doc = BoardDocument.create(tmp_path / "kieli.pajalauta", title="Kielitesti")
    doc.notes.add(
        [{"text": "Unelmat", "x": 0.0, "y": 0.0}, {"text": "Pelot", "x": 260.0, "y": 0.0}]
    )
    doc.close()
    switch(window, "fi")
    assert window.open_path(tmp_path / "kieli.pajalauta")
    view = window.view
    assert view is not None
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    port = view.viewport()
    qtbot.keyClick(port, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(port, "Ruoka")
    qtbot.keyClick(port, Qt.Key.Key_Escape)
    qtbot.keyClick(port, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(port, Qt.Key.Key_Right)
    qtbot.keyClick(port, Qt.Key.Key_Delete)
    qtbot.keyClick(port, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    return window


def test_steps_made_in_finnish_speak_swedish_and_english_after_a_switch(
    worked_board: MainWindow, qtbot: QtBot
) -> None:
    window = worked_board
    steps = undo_steps(window)
    assert steps[-2:] == ["Siirrä 3 lappua hieman", "Poista 3 lappua"], steps
    assert window.acts.undo.text() == "Kumoa Siirrä 3 lappua hieman"
    assert window.acts.redo.text() == "Tee Poista 3 lappua uudelleen"

    switch(window, "sv")
    assert undo_steps(window)[-2:] == ["Flytta 3 lappar lite", "Ta bort 3 lappar"]
    assert window.acts.undo.text() == "Ångra Flytta 3 lappar lite"
    assert window.acts.redo.text() == "Gör om Ta bort 3 lappar"
    shown = window.history_view.model()
    rows = [shown.index(r, 0).data() for r in range(shown.rowCount())]
    assert "Ta bort 3 lappar" in rows and "Poista 3 lappua" not in rows
    assert window.view is not None
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.acts.undo.text() == "Ångra Redigera lappens text"  # a step after the switch
    assert window.acts.redo.text() == "Gör om Flytta 3 lappar lite"
    qtbot.keyClick(
        window.view.viewport(),
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.acts.redo.text() == "Gör om Ta bort 3 lappar"

    switch(window, "en")
    assert undo_steps(window)[-2:] == ["Nudge 3 notes", "Delete 3 notes"]
    assert window.acts.undo.text() == "Undo Nudge 3 notes"
    assert window.acts.redo.text() == "Redo Delete 3 notes"


@pytest.mark.parametrize(
    ("old", "new"), [("fi", "sv"), ("sv", "fi"), ("fi", "en"), ("sv", "en"), ("en", "fi")]
)
def test_no_text_of_the_old_language_is_left_anywhere(
    worked_board: MainWindow, old: str, new: str
) -> None:
    window = worked_board
    switch(window, old)
    switch(window, new)
    stale = stale_words(old, new) if old != "en" else set()
    left = sorted({text for text in shown_texts(window) if text in stale})
    assert not left, "\n".join(left)
    if old == "en":  # English sources are allowed in other languages only as names
        sources = {plain(source) for _c, source in catalogue(new)} - {
            plain(t) for texts in catalogue(new).values() for t in texts
        }
        left = sorted({t for t in shown_texts(window) if t in sources - LANGUAGE_NAMES})
        assert not left, "\n".join(left)


def test_the_f1_list_follows_the_switch_even_while_open(worked_board: MainWindow) -> None:
    window = worked_board
    switch(window, "fi")
    dialog = ShortcutsDialog(window.acts, window)
    names = [name for name, _keys in dialog.rows]
    assert "Kumoa" in names and "Uusi lappu" in names
    assert not any(name.startswith("Kumoa ") for name in names)  # no step text in a key list
    switch(window, "sv")
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "Ångra" in names and "Ny lapp" in names and "Kumoa" not in names
    assert dialog.windowTitle() == "Kortkommandon"
    dialog.close()


def test_qt_own_buttons_speak_the_language(window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    for language, cancel in (("fi", "Peru"), ("sv", "Avbryt"), ("en", "Cancel")):
        switch(window, language)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        button = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert button is not None and plain(button.text()) == cancel, language
        box.deleteLater()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden), "sv"),
        (QLocale(QLocale.Language.Swedish, QLocale.Country.Finland), "sv"),
        (QLocale(QLocale.Language.Finnish, QLocale.Country.Finland), "fi"),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "en"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "en"),
    ],
)
def test_default_language_follows_the_system(locale: QLocale, expected: str) -> None:
    assert system_language(locale) == expected


def test_every_language_has_its_catalogue(window: MainWindow) -> None:
    for language in ("fi", "sv", "en"):
        assert install_language(language), language
    switch(window, "en")


@pytest.mark.parametrize(
    ("language", "look_in", "types"),
    [("fi", "Sijainti:", "Tiedostotyyppi:"), ("sv", "Titta i:", "Filer av typ:")],
)
def test_qt_file_dialog_has_no_english_label(
    window: MainWindow, language: str, look_in: str, types: str
) -> None:
    from PySide6.QtWidgets import QFileDialog

    switch(window, language)
    dialog = QFileDialog(window, "", "", "Pajalauta (*.pajalauta)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.show()
    labels = {plain(label.text()) for label in dialog.findChildren(QLabel) if label.text()}
    assert {look_in, types} <= labels, labels
    assert not labels & {"Look in:", "Files of type:", "File name:"}
    dialog.close()


def test_a_step_named_with_plain_tr_is_found_again_in_the_catalogues(window: MainWindow) -> None:
    """Commands made by menus with ``self.tr("Add row")`` are reworded too (found by their
    Finnish text in our catalogue), as are Qt-made texts we do not know (left as they are)."""
    from ui.undo_language import word_again

    switch(window, "sv")
    assert word_again("Lisää rivi") == "Lägg till rad"
    assert word_again("Add row") == "Lägg till rad"
    assert word_again("Poista kehys") == "Ta bort ram"
    assert word_again("Something Qt made") is None
    switch(window, "en")
    assert word_again("Lägg till rad") == "Add row"
