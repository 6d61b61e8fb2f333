"""Bring the translation catalogues up to date with the code, and compile them.

    python3 scripts/update_translations.py          # lupdate + lrelease
    python3 scripts/update_translations.py --check  # also fail if a text lacks a translation

1. ``pyside6-lupdate`` reads every ``.py`` file of the app (``ui``, ``canvas``, ``exports``,
   ``models``, ``main.py``) and updates ``ui/translations/pajalauta_{fi,sv}.ts`` (new texts
   arrive marked unfinished; texts no longer in the code are dropped) and
   ``pajalauta_en.ts``, which holds only the singular/plural forms of ``%n`` texts.
2. A translator fills in the unfinished texts (Qt Linguist: ``pyside6-linguist FILE.ts``).
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

Messages of the model, the exports and the command line are not Qt texts; they live in
``models/wording/`` and ``exports/cli_texts.py`` (tests check all three languages are there).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "ui" / "translations"
SOURCES = ("ui", "canvas", "exports", "models")
CATALOGUES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install pyside6)")
    return found


def sources() -> list[str]:
    files = [p for folder in SOURCES for p in sorted((ROOT / folder).rglob("*.py"))]
    return [str(p.relative_to(ROOT)) for p in [*files, ROOT / "main.py"]]


def unfinished(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
            missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str]) -> int:
    lupdate, lrelease = tool("pyside6-lupdate"), tool("pyside6-lrelease")
    files = sources()
    for code, locale in CATALOGUES.items():
        ts = TRANSLATIONS / f"pajalauta_{code}.ts"
        extra = ["-pluralonly"] if code == "en" else []
        subprocess.run(
            [
                lupdate,
                *files,
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                locale,
                *extra,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        missing = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {len(missing)} without a translation")
        for source in missing[:20]:
            print(f"    {source!r}")
    if "--check" in argv and any(
        unfinished(TRANSLATIONS / f"pajalauta_{c}.ts") for c in CATALOGUES
    ):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
