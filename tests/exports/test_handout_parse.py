"""Plain words (no tag, no entity) are parsed without ReportLab's HTML parser: the fragments
must be the ones that parser makes, attribute for attribute, in every handout style."""

from __future__ import annotations

from dataclasses import fields

import pytest
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from exports.pdf_styles import Styles, forget_shared, markup, parsed, styles
from tests.exports.boards import LONG_NOTE

TEXTS = [
    "Avoimet ovet",
    "  Kaksi   välilyöntiä\tja sarkain  ",
    "Rivi yksi\nrivi kaksi",
    "Ánde Ŋuolla – Čá ÷ 10 % €",
    "x",
    "1",
    LONG_NOTE,
    "tähti * ja vinoviiva / ja lainaus \"kyllä\" 'ei'",
]


def _reportlab(text: str, style: object) -> list[dict[str, str]]:
    parser = ParaParser()
    parser.caseSensitive = 1
    _, frags, _ = parser.parse(cleanBlockQuotedText(text), style)  # type: ignore[no-untyped-call]
    return _attributes(frags)


def _attributes(frags: list[ParaFrag] | None) -> list[dict[str, str]]:
    return [{key: repr(value) for key, value in vars(frag).items()} for frag in frags or []]


@pytest.mark.parametrize("name", [f.name for f in fields(Styles)])
def test_plain_words_parse_as_reportlabs_parser_parses_them(name: str) -> None:
    forget_shared()
    style = getattr(styles(), name)
    for text in TEXTS:
        for shown in (text, markup(text)):
            assert "<" not in text
            assert _attributes(parsed(shown, style)) == _reportlab(shown, style), shown
    marked = "<b>Lihavoitu</b> &amp; tavallinen"
    assert _attributes(parsed(marked, style)) == _reportlab(marked, style)
    assert len(_reportlab(marked, style)) > 1  # the markup path: several fragments
