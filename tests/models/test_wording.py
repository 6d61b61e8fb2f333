"""Every message the model and the exports raise reads in Finnish and Swedish, with the same
parameters as the English, and real errors are worded in the language asked for."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from models.document import BoardDocument
from models.errors import BoardError, LimitError, NotABoardError, ReadOnlyBoardError
from models.wording import CATALOGUES, FI, SV, describe, language_of_environment, word
from models.wording.harvest import raised_everywhere

ROOT = Path(__file__).resolve().parents[2]
RAISED = raised_everywhere(ROOT, ("models", "exports"))
TEMPLATES = sorted({r.template for r in RAISED if r.template is not None})


def fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_every_raise_gives_a_literal_template_not_a_built_sentence() -> None:
    built = [f"{r.path}:{r.line} {r.call}" for r in RAISED if r.template is None]
    assert built == [], "pass a literal template and parameters, not an f-string"
    assert len(TEMPLATES) > 100  # the harvest really finds the raises


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_raised_message_has_a_translation_with_the_same_parameters(language: str) -> None:
    table = CATALOGUES[language]
    missing = [t for t in TEMPLATES if t not in table]
    assert missing == []
    for template in TEMPLATES:
        entry = table[template]
        for form in entry if isinstance(entry, tuple) else (entry,):
            assert fields(form) <= fields(template), (template, form)
            if not isinstance(entry, tuple):
                assert fields(form) == fields(template), (template, form)


@pytest.mark.parametrize("table", [FI, SV], ids=["fi", "sv"])
def test_no_translation_is_the_english_left_in_place(table: dict[str, object]) -> None:
    words_left = [
        t
        for t in TEMPLATES
        if table[t] == t
        and any(
            len(word) > 3
            for word in t.replace("{", " ").replace("}", " ").split()
            if word.isalpha() and word not in fields(t)
        )
    ]
    assert words_left == []


def test_a_count_picks_the_singular_and_the_plural() -> None:
    template = (
        "This row holds {n} notes. Move them first, or choose to keep them below the "
        "frame or to delete them."
    )
    assert word(template, {"n": 1}, "en").startswith("This row holds 1 note. Move it")
    assert word(template, {"n": 3}, "en").startswith("This row holds 3 notes. Move them")
    assert word(template, {"n": 1}, "fi").startswith("Tällä rivillä on 1 lappu.")
    assert word(template, {"n": 4}, "fi").startswith("Tällä rivillä on 4 lappua.")
    assert word(template, {"n": 1}, "sv").startswith("Den här raden har 1 lapp.")
    assert word(template, {"n": 2}, "sv").startswith("Den här raden har 2 lappar.")
    plural_templates = [t for t in TEMPLATES if isinstance(FI[t], tuple)]
    assert all("{n}" in t and isinstance(SV[t], tuple) for t in plural_templates)


def test_a_real_refusal_reads_in_each_language(tmp_path: Path) -> None:
    notes = tmp_path / "muistiinpanot.pajalauta"
    notes.write_text("ei taulu", encoding="utf-8")
    with pytest.raises(NotABoardError) as refused:
        BoardDocument.open(notes)
    error = refused.value
    assert describe(error, "en") == error.message
    assert "”muistiinpanot.pajalauta” ei ole Pajalaudan taulu" in describe(error, "fi")
    assert "”muistiinpanot.pajalauta” är ingen Pajalauta-tavla" in describe(error, "sv")


def test_numbers_are_written_the_language_s_way(tmp_path: Path) -> None:
    doc = BoardDocument.create(tmp_path / "luvut.pajalauta")
    try:
        with pytest.raises(LimitError) as refused:
            doc.notes.add([{"text": "x" * 12_345}])
    finally:
        doc.close()
    assert "12,345" in describe(refused.value, "en")
    assert "12\u00a0345" in describe(refused.value, "fi")
    assert "12\u00a0345" in describe(refused.value, "sv")


def test_a_read_only_board_refuses_in_swedish(tmp_path: Path) -> None:
    BoardDocument.create(tmp_path / "lukko.pajalauta").close()
    doc = BoardDocument.open(tmp_path / "lukko.pajalauta", read_only=True)
    try:
        with pytest.raises(ReadOnlyBoardError) as refused:
            doc.notes.add([{"text": "hej"}])
    finally:
        doc.close()
    assert describe(refused.value, "sv") == (
        "”lukko.pajalauta” är öppen skrivskyddad; den kan inte ändras."
    )


def test_a_nested_reason_is_worded_too() -> None:
    import errno

    from models.errors import os_reason

    error = BoardError(
        "Cannot read “{name}”: {reason}.",
        name="a.csv",
        reason=os_reason(OSError(errno.EACCES, "Permission denied")),
    )
    assert describe(error, "en") == "Cannot read “a.csv”: no permission."
    assert describe(error, "fi") == "Tiedostoa ”a.csv” ei voi lukea: ei oikeuksia."
    assert describe(error, "sv") == "Kan inte läsa ”a.csv”: behörighet saknas."


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "sv_FI.UTF-8"}, "sv"),
        ({"LANG": "sv_SE.UTF-8"}, "sv"),
        ({"LANG": "fi_FI.UTF-8"}, "fi"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANGUAGE": "sv:fi", "LANG": "fi_FI.UTF-8"}, "sv"),
        ({"PAJALAUTA_LANG": "fi", "LANG": "sv_SE.UTF-8"}, "fi"),
    ],
)
def test_the_command_line_takes_its_language_from_the_environment(
    environ: dict[str, str], expected: str
) -> None:
    assert language_of_environment(environ) == expected
