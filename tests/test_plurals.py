"""No plural is built by hand: counts go through Qt's ``%n`` forms in the UI and through the
(one, many) pairs of the Qt-free tables in the model, the exports and the command line.

"1 kokeilukorttia" and "imported 1 notes" came from code that glued a number to a plural word
or picked a word with ``if count == 1``; these checks read the code and the catalogues for
exactly those shapes.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from models.wording import ENGLISH_PLURALS

ROOT = Path(__file__).resolve().parents[1]
CODE = sorted(
    p for folder in ("ui", "canvas", "exports", "models") for p in (ROOT / folder).rglob("*.py")
)
TRANSLATING = {"tr", "translate", "text", "say", "word", "QT_TRANSLATE_NOOP"}
NOUNS = (
    r"notes?|dots?|votes?|cards?|pages?|rows?|images?|templates?|groups?|lines?|"
    r"lappua|lappu|ääntä|pistettä|kokeilukorttia|sivua|lappar|röster|sidor"
)
GLUED = re.compile(rf"(%\d|\{{(n|count)(:[^}}]*)?\}}) ({NOUNS})\b")


def _is_one(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Compare)
        and all(isinstance(op, ast.Eq | ast.NotEq) for op in node.ops)
        and any(
            isinstance(side, ast.Constant) and side.value == 1
            for side in (node.left, *node.comparators)
        )
    )


def _words_in(node: ast.AST) -> bool:
    for inner in ast.walk(node):
        if isinstance(inner, ast.Call):
            name = (
                inner.func.attr
                if isinstance(inner.func, ast.Attribute)
                else getattr(inner.func, "id", "")
            )
            if name in TRANSLATING:
                return True
        if (
            isinstance(inner, ast.Constant)
            and isinstance(inner.value, str)
            and re.search(r"[A-Za-zÄÖäö]{3}", inner.value)
        ):
            return True
    return False


@pytest.mark.parametrize("path", CODE, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_word_is_chosen_by_comparing_a_count_with_one(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.IfExp | ast.If) and _is_one(node.test):
            branches = [node.body, node.orelse]
            if all(branches) and all(
                _words_in(b) if isinstance(b, ast.AST) else any(_words_in(s) for s in b)
                for b in branches
            ):
                found.append(node.lineno)
        if (
            isinstance(node, ast.FunctionDef)
            and "plural" in node.name
            and node.name not in ("plural_index",)
        ):
            found.append(node.lineno)
    assert found == [], f"{path.name}: use tr(..., n) or a (one, many) pair"


@pytest.mark.parametrize("path", CODE, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_count_is_glued_to_a_plural_word_outside_the_plural_tables(path: Path) -> None:
    tables = {
        "models/wording/errors_fi.py",
        "models/wording/errors_sv.py",
        "models/wording/__init__.py",
        "exports/texts.py",
        "exports/cli_texts.py",
    }
    if str(path.relative_to(ROOT)) in tables:
        return  # every counted text there is a pair; tests/models/test_wording.py checks them
    glued = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and GLUED.search(node.value)
            and node.value not in NEVER_ONE
            and node.value not in ENGLISH_PLURALS
        ):
            glued.append(node.value)
    assert glued == []


NEVER_ONE = {
    # the count here is always above a limit of thousands, so never 1
    "The file has {n} rows; import at most {limit} notes at a time.",
    "The clipboard holds {count} notes, but one paste can make at most {limit}. "
    "Nothing was pasted; paste a shorter list.",
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_counted_qt_text_is_a_plural_form(language: str) -> None:
    ts = ROOT / "ui" / "translations" / f"pajalauta_{language}.ts"
    bad = [
        message.findtext("source")
        for message in ET.parse(ts).getroot().iter("message")
        if message.get("numerus") != "yes"
        and message.findtext("source") not in NEVER_ONE
        and (
            "(s)" in (message.findtext("source") or "")
            or GLUED.search(message.findtext("source") or "")
            or GLUED.search(message.findtext("translation") or "")
        )
    ]
    assert bad == []


def test_the_wording_tables_count_with_pairs() -> None:
    from models.wording import CATALOGUES

    for language, table in CATALOGUES.items():
        for template, entry in table.items():
            if "{n}" in template and template not in NEVER_ONE and GLUED.search(template):
                assert isinstance(entry, tuple), (language, template)
