"""Board JSON: export → import → export gives the same text; bad files create nothing."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from exports.exchange import InputFileError, import_file, write_json
from models import board_json
from models.board_validate import ExchangeError
from models.document import BoardDocument
from models.snapshot import take_snapshot
from tests.exports.boards import SAMI, build_workshop_board


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Any]:
    doc = build_workshop_board(tmp_path / "source.pajalauta")
    try:
        write_json(doc, tmp_path / "board.json")
    finally:
        doc.close()
    return json.loads((tmp_path / "board.json").read_text(encoding="utf-8"))


def test_round_trip_is_identical(tmp_path: Path, exported: dict[str, Any]) -> None:
    first = (tmp_path / "board.json").read_text(encoding="utf-8")
    report = import_file(tmp_path / "board.json", tmp_path / "copy.pajalauta")
    assert report.created_board and report.notes == len(exported["notes"])
    doc = BoardDocument.open(tmp_path / "copy.pajalauta")
    try:
        assert doc.info().title == "Asiakasprosessit – 1. työpaja"
        second = board_json.dumps(take_snapshot(doc))
    finally:
        doc.close()
    assert second == first
    assert SAMI in first, "letters are written as themselves, not escaped"


def test_the_export_holds_every_kind_of_row(exported: dict[str, Any]) -> None:
    assert exported["format"] == "pajalauta-board" and exported["version"] == 1
    for section in ("groups", "frames", "zones", "images", "notes", "votes", "dots"):
        assert exported[section], section
    photo = next(i for i in exported["images"] if i["caption"] == "Ruokasali")
    assert base64.b64decode(photo["data_base64"]).startswith(b"\x89PNG")
    card = next(n for n in exported["notes"] if n["kind"] == "experiment")
    assert card["fields"]["owner"]


def test_import_into_a_board_with_content_adds_beside_it(
    tmp_path: Path, exported: dict[str, Any]
) -> None:
    doc = build_workshop_board(tmp_path / "target.pajalauta")
    before = take_snapshot(doc)
    try:
        board_json.import_payload(doc, board_json.parse(json.dumps(exported)))
        after = take_snapshot(doc)
    finally:
        doc.close()
    assert len(after.notes) == 2 * len(before.notes)
    assert len(after.frames) == 2 * len(before.frames)
    old_right = max(f.x + f.width for f in before.frames)
    new_frames = [f for f in after.frames if f.id not in before.frame_by_id]
    assert min(f.x for f in new_frames) > old_right
    assert after.info.title == before.info.title
    assert len(after.dots) == 2 * len(before.dots)


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return change


BAD = [
    (_set("format", "something-else"), "not a Pajalauta board export"),
    (_set("version", 7), "newer Pajalauta"),
    (_set("notes.3.colour", "red"), "notes[3].colour"),
    (_set("notes.0.zone_id", 99999), "notes[0].zone_id: there is no zone"),
    (_set("notes.1.x", "left"), "notes[1].x: expected a number"),
    (_set("notes.2.text", "x" * 5000), "notes[2]"),
    (_set("notes.2.width", 10), "notes[2].width"),
    (_set("zones.0.frame_id", 4242), "zones[0].frame_id"),
    (_set("images.0.data_base64", "not base64!"), "images[0].data_base64"),
    (_set("images.0.sha256", "0" * 64), "does not match"),
    (_set("dots.0.note_id", 123456), "dots[0].note_id"),
    (_set("groups.1.id", 1), "used twice"),
    (_set("notes.0.surprise", 1), "unknown field “surprise”"),
    (_set("notes.0.fields", {"owner": 5}), "expected text"),
]


@pytest.mark.parametrize(("change", "message"), BAD)
def test_bad_file_is_refused_and_creates_nothing(
    tmp_path: Path, exported: dict[str, Any], change: Callable[[dict[str, Any]], None], message: str
) -> None:
    change(exported)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(exported), encoding="utf-8")
    board = tmp_path / "new.pajalauta"
    with pytest.raises(InputFileError) as caught:
        import_file(bad, board)
    assert message in caught.value.message
    assert not board.exists()


def test_bad_file_leaves_an_existing_board_untouched(
    tmp_path: Path, exported: dict[str, Any]
) -> None:
    exported["dots"][0]["vote_id"] = 777  # the very last section to be checked
    board = tmp_path / "existing.pajalauta"
    BoardDocument.create(board, title="Olemassa").close()
    before = board.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(exported), encoding="utf-8")
    with pytest.raises(InputFileError, match="voting round"):
        import_file(bad, board)
    doc = BoardDocument.open(board)
    try:
        assert doc.notes.count() == 0 and doc.info().title == "Olemassa"
    finally:
        doc.close()
    assert board.read_bytes()[:100] == before[:100]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not valid JSON"),
        ('{"format": "pajalauta-board", "version": 1, ', "not valid JSON"),
        ("[1, 2]", "expected an object"),
        ('{"format": "pajalauta-board", "version": 1, "notes": {}}', "notes: expected a list"),
        ('{"format": "pajalauta-board", "version": 1, "x": NaN}', "not allowed"),
    ],
)
def test_broken_json_text(text: str, message: str) -> None:
    with pytest.raises(ExchangeError, match=message):
        board_json.parse(text)
