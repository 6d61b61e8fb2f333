"""Notes written privately from phones through JSON and CSV: a JSON file keeps them hidden
(and carries no phone's session), a CSV spreadsheet leaves them out like the handout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exports.exchange import import_file, write_csv, write_json
from models import board_json
from models.board_validate import ExchangeError
from models.document import BoardDocument
from models.phone_sessions import hidden_notes, store_session
from models.snapshot import take_snapshot
from tests.exports.boards import build_workshop_board

SECRET = "Esihenkilö ei kuuntele"


def _with_private_note(path: Path) -> tuple[BoardDocument, int]:
    doc = build_workshop_board(path)
    key = store_session(doc, "cd" * 32, 7, "Aino", None)
    (note,) = doc.notes.add([{"text": SECRET, "hidden": True, "phone_session_id": key}])
    return doc, note


def test_json_keeps_a_private_note_hidden_and_round_trips(tmp_path: Path) -> None:
    doc, note = _with_private_note(tmp_path / "source.pajalauta")
    try:
        write_json(doc, tmp_path / "board.json")
    finally:
        doc.close()
    first = (tmp_path / "board.json").read_text(encoding="utf-8")
    exported = json.loads(first)
    assert exported["version"] == 2, "an older Pajalauta says the file is newer"
    written = next(n for n in exported["notes"] if n["id"] == note)
    assert written["hidden"] is True and written["text"] == SECRET
    assert all("hidden" not in n for n in exported["notes"] if n["id"] != note)
    assert "phone_session_id" not in written, "a phone's session is not content"

    import_file(tmp_path / "board.json", tmp_path / "copy.pajalauta")
    copy = BoardDocument.open(tmp_path / "copy.pajalauta")
    try:
        assert hidden_notes(copy) == [note]
        assert copy.notes.get(note).phone_session_id is None
        assert board_json.dumps(take_snapshot(copy)) == first
    finally:
        copy.close()


def test_a_board_without_private_notes_is_still_written_as_version_1(tmp_path: Path) -> None:
    doc = build_workshop_board(tmp_path / "source.pajalauta")
    try:
        exported = board_json.board_to_dict(take_snapshot(doc))
    finally:
        doc.close()
    assert exported["version"] == 1
    assert not any("hidden" in n for n in exported["notes"])


def test_hidden_must_be_true_or_false(tmp_path: Path) -> None:
    doc, note = _with_private_note(tmp_path / "source.pajalauta")
    try:
        exported = board_json.board_to_dict(take_snapshot(doc))
    finally:
        doc.close()
    next(n for n in exported["notes"] if n["id"] == note)["hidden"] = "kyllä"
    with pytest.raises(ExchangeError, match="hidden"):
        board_json.parse(json.dumps(exported))


def test_csv_leaves_private_notes_out(tmp_path: Path) -> None:
    doc, _note = _with_private_note(tmp_path / "source.pajalauta")
    try:
        count = write_csv(doc, tmp_path / "notes.csv")
        shown = len(take_snapshot(doc).notes) - 1
    finally:
        doc.close()
    text = (tmp_path / "notes.csv").read_text(encoding="utf-8-sig")
    assert SECRET not in text
    assert count == shown
