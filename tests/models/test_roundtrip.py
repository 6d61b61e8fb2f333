"""Everything written to a board comes back identical after the file is closed and reopened.

Workshop text is Finnish and Sámi typed on whatever keyboard the laptop has, with emoji and line
breaks; a letter that changes or a note that is cut on the way through the file is a lost idea.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from models.document import BoardDocument
from models.errors import LimitError
from models.limits import MAX_NOTE_TEXT
from models.phone_sessions import store_session
from models.records import NOTE_FIELDS, NoteData, NotePatch
from models.schema import FrameRow, GroupRow, ImageRow, ZoneRow
from tests.fixtures.boards import table_rows

FINNISH = "Pahin pelko: ostettu palvelu jää tekemättä – ÄÖÅ äöå"
SAMI = "Sámi: á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž"
EMOJI = "Keittäjä 👩\u200d🍳 tykkää 👍🏽 🇫🇮 ✨"
MULTILINE = "Ateriapalvelu:\n- erityisruokavaliot\n- juhlapyhien perinneruuat\n\n  loppu  "
PNG_BYTES = bytes.fromhex(
    "89504E470D0A1A0A0000000D4948445200000002000000020802000000FDD49A73000000104944415478"
    "9C63F87F86018818201400363E072DAB3F3EC20000000049454E44AE426082"
)


def long_text(length: int) -> str:
    """Real-looking text of exactly ``length`` code points, every awkward letter included."""
    unit = f"{FINNISH} {SAMI} 🙂\n"
    text = (unit * (length // len(unit) + 1))[:length]
    assert len(text) == length
    return text


def add_related_rows(doc: BoardDocument) -> dict[str, int]:
    """A frame with a zone, a group and an image: the rows a note may point at."""
    with doc.write() as conn:
        frame = conn.execute(
            insert(FrameRow).values(
                template_key="dream_fear",
                title="Asiakkaan unelmat ja pelot",
                x=0.0,
                y=0.0,
                width=2400.0,
                height=1500.0,
                created_at="2024-03-06T06:50:00+00:00",
            )
        ).inserted_primary_key
        assert frame is not None
        zone = conn.execute(
            insert(ZoneRow).values(
                frame_id=frame[0],
                key="loppu.pelko",
                title="Pahin pelko",
                prompt="Loppuasiakas",
                row=1,
                col=3,
                x=1800.0,
                y=500.0,
                width=600.0,
                height=500.0,
            )
        ).inserted_primary_key
        group = conn.execute(
            insert(GroupRow).values(
                name="Kiireen kesyttäjät",
                colour="#A8E28A",
                position=2,
            )
        ).inserted_primary_key
        image = conn.execute(
            insert(ImageRow).values(
                mime="image/png",
                data=PNG_BYTES,
                sha256="0" * 64,
                caption="Pieni teko",
                created_at="2024-05-14T11:20:00+00:00",
            )
        ).inserted_primary_key
    assert zone is not None and group is not None and image is not None
    return {"frame": frame[0], "zone": zone[0], "group": group[0], "image": image[0]}


def reopen(doc: BoardDocument) -> BoardDocument:
    doc.close()
    return BoardDocument.open(doc.path)


def test_board_info_survives_reopening(document: BoardDocument) -> None:
    patch = {
        "title": "Linja 3 – Asiakasprosessit, 1. työpaja 🙂",
        "language": "se",
        "workshop_date": "2024-03-06",
        "place": "Juva – Rantasalmi\nSulkava",
        "facilitators": "Áile Čohkká, Đuolbba Ŋuolja, ÄÖÅ Šŧž",
    }
    old = document.update_info(patch)  # type: ignore[arg-type]
    assert old == {
        "title": "Asiakasprosessit, 1. työpaja",
        "language": "fi",
        "workshop_date": "",
        "place": "",
        "facilitators": "",
    }
    before = document.info()
    document = reopen(document)
    try:
        after = document.info()
        assert after == before
        for key, value in patch.items():
            assert getattr(after, key) == value
    finally:
        document.close()


def test_every_note_field_survives_reopening(document: BoardDocument) -> None:
    related = add_related_rows(document)
    patches: list[dict[str, Any]] = [
        {
            "text": FINNISH,
            "colour": "#FF9EC4",
            "x": -1234.5625,
            "y": 98765.125,
            "width": 240.0,
            "height": 180.5,
            "z": 7.25,
            "zone_id": related["zone"],
            "group_id": related["group"],
            "author": "Kiireen kesyttäjät",
        },
        {"text": SAMI, "author": "Ánde Čáhppes", "colour": "#8CCBFF"},
        {"text": EMOJI, "kind": "image", "image_id": related["image"]},
        {"text": MULTILINE, "zone_id": related["zone"]},
        {"text": long_text(MAX_NOTE_TEXT), "width": 4000.0, "height": 60.0},
        {
            "text": "",
            "kind": "experiment",
            "fields": {
                "problem": "Hiljaiset asiakkaat eivät tule kuulluiksi",
                "experiment": "Kysytään jokaiselta ruokailijalta yksi toive 🙂\nviikon ajan",
                "expectation": "Sámi: čđŋšŧž ÁČĐŊŠŦŽ",
                "result": "",
            },
        },
    ]
    ids = document.notes.add(patches)  # type: ignore[arg-type]
    before = document.notes.many(ids)
    for note, patch in zip(before, patches, strict=True):
        for key, value in patch.items():
            assert getattr(note, key) == value, key

    document = reopen(document)
    try:
        after = document.notes.many(ids)
        assert after == before
        assert document.notes.count() == len(patches)
        experiment = after[-1]
        assert experiment.kind == "experiment"
        assert experiment.fields["experiment"].endswith("🙂\nviikon ajan")
        assert after[2].image_id == related["image"] and after[2].kind == "image"
        assert after[0].zone_id == related["zone"] and after[0].group_id == related["group"]
        assert len(after[4].text) == MAX_NOTE_TEXT
    finally:
        document.close()


def test_updated_fields_survive_reopening(document: BoardDocument) -> None:
    related = add_related_rows(document)
    (note_id,) = document.notes.add([{"text": "luonnos"}])
    patch: NotePatch = {
        "text": SAMI + "\n" + EMOJI,
        "colour": "#C9B0FF",
        "x": 10.5,
        "y": -20.25,
        "width": 300.0,
        "height": 150.0,
        "z": 42.0,
        "zone_id": related["zone"],
        "group_id": related["group"],
        "author": "Innostujat",
        "kind": "experiment",
        "fields": {"problem": FINNISH},
        "image_id": related["image"],
        "hidden": True,
        "phone_session_id": store_session(document, "0" * 64, 7, "Aino", related["group"]),
    }
    assert set(patch) == set(NOTE_FIELDS), "the test must change every note field"
    previous = document.notes.update({note_id: patch})
    assert previous[note_id]["text"] == "luonnos"
    assert previous[note_id]["zone_id"] is None
    document = reopen(document)
    try:
        note = document.notes.get(note_id)
        assert note is not None
        for key, value in patch.items():
            assert getattr(note, key) == value, key
    finally:
        document.close()


def test_decomposed_letters_are_stored_composed(document: BoardDocument, board_path: Path) -> None:
    decomposed = "ta\u0308hti o\u0308ljy a\u030ak c\u030c s\u030c z\u030c A\u0308"
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    (note_id,) = document.notes.add([{"text": decomposed, "fields": {"idea": decomposed}}])
    document.close()

    stored = {row[0]: row for row in table_rows(board_path)["notes"]}[note_id]
    composed = "tähti öljy åk č š ž Ä"
    assert stored[1] == composed
    assert "\u0308" not in stored[1] and "\u030c" not in stored[1]
    reopened = BoardDocument.open(board_path)
    try:
        note = reopened.notes.get(note_id)
        assert note is not None
        assert note.text == composed
        assert note.fields == {"idea": composed}
        assert note.text.count("ä") == 1, "a search for 'ä' must find the note"
    finally:
        reopened.close()


def test_crlf_from_a_windows_clipboard_becomes_one_line_break(document: BoardDocument) -> None:
    (note_id,) = document.notes.add([{"text": "rivi 1\r\nrivi 2\rrivi 3"}])
    note = document.notes.get(note_id)
    assert note is not None and note.text == "rivi 1\nrivi 2\nrivi 3"


def test_decomposed_text_over_the_limit_counts_composed_letters(
    document: BoardDocument,
) -> None:
    text = "a\u0308" * MAX_NOTE_TEXT  # twice the limit in code points, the limit when composed
    (note_id,) = document.notes.add([{"text": text}])
    note = document.notes.get(note_id)
    assert note is not None and note.text == "ä" * MAX_NOTE_TEXT


def wal_size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_text_over_the_limit_is_refused_and_nothing_is_written(
    document: BoardDocument,
    board_path: Path,
) -> None:
    (kept_id,) = document.notes.add([{"text": "Oma bussi retkiin"}])
    before = document.notes.all()
    wal_before = wal_size(board_path)
    heard: list[object] = []
    document.subscribe(heard.append)
    too_long = long_text(MAX_NOTE_TEXT + 1)

    with pytest.raises(LimitError) as refused:
        document.notes.add([{"text": "Väriä elämään"}, {"text": too_long}])
    assert f"{MAX_NOTE_TEXT:,}" in refused.value.message
    assert f"{MAX_NOTE_TEXT + 1:,}" in refused.value.message

    with pytest.raises(LimitError):
        document.notes.update({kept_id: {"text": too_long}})
    with pytest.raises(LimitError):
        document.notes.add([{"kind": "experiment", "fields": {"problem": too_long}}])

    assert document.notes.all() == before, "no note of the refused batch may appear"
    assert heard == []
    assert wal_size(board_path) == wal_before, "a refused edit must not write to the file"
    document = reopen(document)
    try:
        assert document.notes.all() == before
    finally:
        document.close()


def test_a_full_page_of_notes_reads_back_in_order(document: BoardDocument) -> None:
    texts = [f"{n}. {FINNISH} {SAMI}" for n in range(300)]
    ids = document.notes.add(
        [{"text": t, "x": float(n), "y": float(-n)} for n, t in enumerate(texts)]
    )
    document = reopen(document)
    try:
        notes = document.notes.all()
        assert [note.text for note in notes] == texts
        assert [note.id for note in notes] == ids
        assert document.notes.top_z() == float(len(texts))
        fetched: list[NoteData] = document.notes.many(list(reversed(ids)))
        assert [note.id for note in fetched] == list(reversed(ids))
    finally:
        document.close()


def test_author_and_board_info_are_stored_composed(
    document: BoardDocument,
    board_path: Path,
) -> None:
    decomposed = "Pa\u0308ivi A\u0308ika\u0308s, C\u030cohkka\u0301"
    composed = unicodedata.normalize("NFC", decomposed)
    assert composed == "Päivi Äikäs, Čohkká"
    (note_id,) = document.notes.add([{"text": "Toiveruuat", "author": decomposed}])
    document.update_info({"title": decomposed, "place": decomposed, "facilitators": decomposed})
    document.close()

    rows = table_rows(board_path)
    note_row = {row[0]: row for row in rows["notes"]}[note_id]
    assert composed in note_row and decomposed not in note_row
    assert rows["board"][0][1] == composed
    assert decomposed not in rows["board"][0]
