"""The command line speaks the terminal's language: results with real plurals, our usage
errors, argparse's own sentences and the board's errors, in Finnish, Swedish and English."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from exports.cli import main
from exports.cli_texts import ARGPARSE, HELP, TEXTS
from models.document import BoardDocument

ROOT = Path(__file__).resolve().parents[2]


def fields(text: str) -> set[str]:
    return {name for _l, name, _s, _c in string.Formatter().parse(text) if name}


def one_note_board(path: Path) -> Path:
    doc = BoardDocument.create(path, title="Yksi")
    doc.notes.add([{"text": "Ruoka on hyvää"}])
    doc.close()
    return path


def test_every_text_of_the_command_line_is_in_three_languages() -> None:
    for key, texts in TEXTS.items():
        assert set(texts) == {"fi", "sv", "en"}, key
        english = texts["en"]
        for language in ("fi", "sv"):
            entry = texts[language]
            assert type(entry) is type(english), key
            for mine, theirs in zip(
                entry if isinstance(entry, tuple) else (entry,),
                english if isinstance(english, tuple) else (english,),
                strict=True,
            ):
                assert fields(mine) == fields(theirs), (key, language)
    assert all(set(texts) == {"fi", "sv", "en"} for texts in HELP.values())
    assert all({"fi", "sv"} <= set(texts) for texts in ARGPARSE.values())


def test_the_code_says_only_keys_that_exist() -> None:
    tree = ast.parse((ROOT / "exports" / "cli.py").read_text(encoding="utf-8"))
    keys = [
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("say", "h", "help_text")
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    assert len(keys) > 15
    assert [key for key in keys if key not in TEXTS and key not in HELP] == []
    printed = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("print", "UsageError")
        and node.args
        and isinstance(node.args[0], ast.JoinedStr | ast.Constant)
    ]
    assert printed == [], "print and raise through say(), never an English literal"


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [("fi", "1 lappu", "1 sivu"), ("sv", "1 lapp", "sidor"), ("en", "1 note", "pages")],
)
def test_results_use_real_singular_and_plural(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, one: str, many: str
) -> None:
    board = one_note_board(tmp_path / "yksi.pajalauta")
    code = main(
        ["export", str(board), "--csv", str(tmp_path / "n.csv"), "--pdf", str(tmp_path / "m.pdf")],
        language,
    )
    out = capsys.readouterr().out
    assert code == 0
    (csv_line,) = (line for line in out.splitlines() if "n.csv" in line)
    assert csv_line.endswith(f": {one}")
    (pdf_line,) = (line for line in out.splitlines() if "m.pdf" in line)
    assert many in pdf_line or (language == "fi" and "sivua" in pdf_line)
    assert "1 notes" not in out and "1 lappua" not in out and "1 lappar" not in out


def test_import_of_one_note_says_so_in_finnish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "laput.csv"
    source.write_text("teksti\nKuljettaja kysyy\n", encoding="utf-8")
    code = main(["import", str(source), "--board", str(tmp_path / "uusi.pajalauta")], "fi")
    assert code == 0
    assert (
        capsys.readouterr()
        .out.strip()
        .endswith("(uusi taulu): tuotiin 1 lappu tiedostosta laput.csv")
    )


@pytest.mark.parametrize(
    ("argv", "language", "expected"),
    [
        (["export", "{board}"], "sv", "välj minst en av --pdf"),
        (["export", "{board}", "--pdf", "{out}", "--bogus"], "fi", "tuntemattomia argumentteja"),
        (
            ["export", "{board}", "--pdf", "{out}", "--page-size", "A3"],
            "fi",
            "Paperikoon pitää olla A4 tai Letter",
        ),
        (["export"], "sv", "de här argumenten saknas"),
        (["import", "{board}"], "fi", "nämä argumentit puuttuvat: --board"),
        (["frobnicate"], "sv", "kommandona utan fönster"),
    ],
)
def test_usage_errors_speak_the_language(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    language: str,
    expected: str,
) -> None:
    board = one_note_board(tmp_path / "b.pajalauta")
    args = [a.format(board=board, out=tmp_path / "x.pdf") for a in argv]
    assert main(args, language) == 2
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1


def test_a_bad_board_is_refused_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "fel.pajalauta"
    fake.write_bytes(b"")
    assert main(["export", str(fake), "--csv", str(tmp_path / "x.csv")], "sv") == 3
    assert capsys.readouterr().err.strip() == (
        "”fel.pajalauta” är tom (0 byte); den är ingen Pajalauta-tavla."
    )


def test_help_is_in_finnish(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--help"], "fi") == 0
    out = capsys.readouterr().out
    assert out.startswith("käyttö: pajalauta export")
    assert "kirjoita PDF-muistio tähän" in out and "valinnat" in out


def test_the_window_command_explains_itself_in_swedish(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import main as entry

    monkeypatch.setenv("PAJALAUTA_LANG", "sv")
    with pytest.raises(SystemExit):
        entry.main(["--bogus"])
    err = capsys.readouterr().err
    assert "pajalauta: fel: okända argument: --bogus" in err
    with pytest.raises(SystemExit):
        entry.main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("användning: pajalauta") and "öppna exempeltavlan" in out
