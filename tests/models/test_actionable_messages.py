"""Messages say what the user can act on: the photo's size against the limit, the note's
limit rather than an internal one, the CSV row, a link that leads nowhere."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest

from models import board_csv, board_json
from models.board_validate import ExchangeError
from models.document import BoardDocument
from models.errors import BoardError
from models.snapshot import take_snapshot


def exported(tmp_path: Path) -> dict[str, object]:
    doc = BoardDocument.create(tmp_path / "lähde.pajalauta", title="Lähde")
    doc.notes.add([{"text": "lappu", "x": 0.0, "y": 0.0}])
    try:
        result: dict[str, object] = json.loads(board_json.dumps(take_snapshot(doc)))
    finally:
        doc.close()
    return result


def test_a_large_photo_is_refused_with_its_size_and_the_limit(tmp_path: Path) -> None:
    data = exported(tmp_path)
    photo = os.urandom(30 * 1024 * 1024)
    data["images"] = [
        {
            "id": 1,
            "mime": "image/jpeg",
            "sha256": "",
            "caption": "",
            "created_at": "",
            "data_base64": base64.b64encode(photo).decode(),
        }
    ]
    with pytest.raises(ExchangeError) as refused:
        board_json.parse(json.dumps(data))
    message = refused.value.message
    assert "30.0 MB" in message and "20 MB" in message, message
    assert "characters" not in message


def test_a_long_text_is_refused_with_the_note_limit(tmp_path: Path) -> None:
    data = exported(tmp_path)
    notes = data["notes"]
    assert isinstance(notes, list)
    notes[0]["text"] = "sana " * 10_000
    with pytest.raises(ExchangeError) as refused:
        board_json.parse(json.dumps(data))
    message = refused.value.message
    assert "4,000" in message and "50,000" in message and "8,000" not in message, message


def test_a_huge_csv_cell_names_its_row_and_the_note_limit() -> None:
    text = "teksti,ryhmä\nlyhyt,A\n" + "x" * 1_000_000 + ",B\n"
    with pytest.raises(ExchangeError) as refused:
        board_csv.parse(text)
    message = refused.value.message
    assert message.startswith("Row 3") and "4,000" in message, message
    assert "field larger" not in message


def test_a_symbolic_link_loop_is_named_as_such(tmp_path: Path) -> None:
    loop = tmp_path / "silmukka.pajalauta"
    loop.symlink_to(loop)
    for attempt in (BoardDocument.open, BoardDocument.create):
        with pytest.raises(BoardError) as refused:
            attempt(loop)
        assert "symbolic link" in refused.value.message and "silmukka" in refused.value.message
