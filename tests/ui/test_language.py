"""Finnish and English: complete catalogues, and switching while the window is open."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.i18n import TRANSLATIONS
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = TRANSLATIONS / "pajalauta_fi.ts"


def menu_titles(win: MainWindow) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


def test_switching_language_changes_menus_both_ways(window: MainWindow) -> None:
    window.set_language("fi")
    titles = menu_titles(window)
    assert titles[:3] == ["&Tiedosto", "&Muokkaa", "&Näytä"] and titles[-1] == "&Ohje"
    assert window.acts.new_board.text() == "&Uusi taulu…"
    assert window.start_page._buttons[2].text() == "Avaa esimerkkitaulu"
    assert window.acts.languages["fi"].isChecked()
    window.set_language("en")
    titles = menu_titles(window)
    assert titles[:3] == ["&File", "&Edit", "&View"] and titles[-1] == "&Help"
    assert window.acts.new_board.text() == "&New Board…"
    assert window.acts.languages["en"].isChecked()


def test_language_choice_is_remembered(window: MainWindow) -> None:
    from ui.i18n import preferred_language

    window.set_language("fi")
    assert preferred_language(window.settings) == "fi"
    window.set_language("en")
    assert preferred_language(window.settings) == "en"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_catalogue_is_complete(language: str) -> None:
    """Every text has its translation (English: the singular and plural of ``%n`` texts)."""
    from scripts.update_translations import unfinished

    assert unfinished(TRANSLATIONS / f"pajalauta_{language}.ts") == []


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_count_has_both_forms_and_shows_the_number(language: str) -> None:
    for message in ET.parse(TRANSLATIONS / f"pajalauta_{language}.ts").getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        forms = [form.text or "" for form in message.iter("numerusform")]
        assert len(forms) == 2, message.findtext("source")
        assert "%n" in forms[1], forms


def test_every_translatable_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(
        str(p) for folder in ("ui", "canvas", "exports") for p in (ROOT / folder).rglob("*.py")
    )
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)

    def catalogue(path: Path) -> set[tuple[str, str]]:
        return {
            (context.findtext("name") or "", message.findtext("source") or "")
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message")
        }

    for language in ("fi", "sv"):
        assert catalogue(fresh) - catalogue(TRANSLATIONS / f"pajalauta_{language}.ts") == set()
