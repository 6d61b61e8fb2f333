"""Notes CSV: opens in a spreadsheet, round-trips, and lands notes where the file says."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from exports.exchange import InputFileError, import_file, write_csv
from models import board_csv
from models.board_csv_import import import_rows
from models.document import BoardDocument
from models.snapshot import take_snapshot
from tests.exports.boards import QUOTES, SAMI, build_workshop_board


@pytest.fixture
def workshop_csv(tmp_path: Path) -> Path:
    doc = build_workshop_board(tmp_path / "source.pajalauta")
    try:
        write_csv(doc, tmp_path / "notes.csv")
    finally:
        doc.close()
    return tmp_path / "notes.csv"


def test_csv_is_utf8_with_bom_and_quoted_for_spreadsheets(workshop_csv: Path) -> None:
    raw = workshop_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["teksti", "kehys", "alue", "ryhmä", "väri", "äänet", "kirjoittaja", "luotu"]
    assert all(len(row) == 8 for row in rows)
    texts = [row[0] for row in rows]
    assert SAMI in texts and QUOTES in texts
    assert "Juva, Rantasalmi, Sulkava, kunnat" in texts  # a comma inside, quoted
    card = next(row for row in rows if "Ánde Ŋuolla" in row[0])
    assert "\n" in card[0] and card[1] == "Kokeiluseinä"
    voted = next(row for row in rows if row[5] == "3")
    assert voted[3] == "Työnilon näkyväksi tekijät"
    cell = next(
        row
        for row in rows
        if row[0] == "peruutustieto ei kulje meille" and row[1] == "Asiakkaan unelmat ja pelot"
    )
    assert cell[2] == "Loppuasiakas / Pahin pelko" and cell[4] == "Pinkki"


def test_round_trip_is_identical(tmp_path: Path, workshop_csv: Path) -> None:
    first = workshop_csv.read_bytes()
    report = import_file(workshop_csv, tmp_path / "copy.pajalauta")
    assert report.created_board
    doc = BoardDocument.open(tmp_path / "copy.pajalauta")
    try:
        write_csv(doc, tmp_path / "again.csv")
        snapshot = take_snapshot(doc)
    finally:
        doc.close()
    assert (tmp_path / "again.csv").read_bytes() == first
    assert {frame.title for frame in snapshot.frames} >= {
        "Asiakkaan unelmat ja pelot",
        "Ryhmien ideat",
    }


def test_import_into_a_chosen_template_frame_fills_its_cells(tmp_path: Path) -> None:
    doc = build_workshop_board(tmp_path / "board.pajalauta")
    try:
        frame = next(f for f in take_snapshot(doc).frames if f.template_key == "dream_fear")
        text = (
            "teksti;alue;väri\n"
            "Ateria ajallaan;Loppuasiakas / Unelmat;vihreä\n"
            "Hinta nousee;loppuasiakas / pahin pelko;\n"
            "Ilman aluetta;;\n"
        )
        result = import_rows(doc, board_csv.parse(text.encode("utf-8")), frame.id)
        snapshot = take_snapshot(doc)
    finally:
        doc.close()
    placed = {note.text: note for note in snapshot.notes if note.id in result.note_ids}
    assert (
        snapshot.zone_label(snapshot.zone_by_id[placed["Ateria ajallaan"].zone_id])
        == "Loppuasiakas / Unelmat"
    )
    assert placed["Ateria ajallaan"].colour == "#A8E28A"
    fear = snapshot.zone_by_id[placed["Hinta nousee"].zone_id]
    assert snapshot.zone_label(fear) == "Loppuasiakas / Pahin pelko"
    zone = snapshot.zone_by_id[placed["Hinta nousee"].zone_id]
    note = placed["Hinta nousee"]
    assert zone.x <= note.x and note.x + note.width <= zone.x + zone.width
    assert placed["Ilman aluetta"].zone_id == snapshot.cells(frame.id)[0].id


def test_a_form_export_without_zones_lands_in_a_plain_frame(tmp_path: Path) -> None:
    source = tmp_path / "lomake.csv"
    source.write_text(
        "Text,Group,Extra column\nOmat keittäjät,Kiireen kesyttäjät,x\n"
        "Oma bussi retkiin,Kiireen kesyttäjät,y\nVäriä elämään,,z\n",
        encoding="utf-8",
    )
    report = import_file(source, tmp_path / "new.pajalauta")
    doc = BoardDocument.open(tmp_path / "new.pajalauta")
    try:
        snapshot = take_snapshot(doc)
    finally:
        doc.close()
    assert report.notes == 3 and len(snapshot.frames) == 1
    frame = snapshot.frames[0]
    assert frame.template_key == "" and frame.title == "Tuodut laput"
    assert all(snapshot.note_frame[n.id] == frame.id for n in snapshot.notes)
    assert [g.name for g in snapshot.groups] == ["Kiireen kesyttäjät"]
    grouped = [n for n in snapshot.notes if n.group_id is not None]
    assert len(grouped) == 2 and grouped[0].colour == snapshot.groups[0].colour


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("otsikko,muuta\nabc,def\n", "at least “text”"),
        ("text,colour\nHyvä idea,punainen\n", "Row 2: “punainen” is not a colour"),
        ("text,votes\nHyvä idea,paljon\n", "Row 2: votes must be a whole number"),
        ("text,votes\nHyvä idea,1\nToinen,-2\n", "Row 3: votes must be a whole number"),
        ("text\n\n\n", "no notes"),
        ("text,created\nIdea,eilen\n", "is not a date"),
        ("text\n" + "x" * 4001 + "\n", "a note holds at most"),
    ],
)
def test_bad_csv_is_refused_and_creates_nothing(tmp_path: Path, text: str, message: str) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        import_file(source, tmp_path / "new.pajalauta")
    assert message in caught.value.message
    assert not (tmp_path / "new.pajalauta").exists()


def test_unknown_zone_in_an_existing_frame_changes_nothing(tmp_path: Path) -> None:
    board = tmp_path / "board.pajalauta"
    doc = build_workshop_board(board)
    count = doc.notes.count()
    doc.close()
    source = tmp_path / "notes.csv"
    source.write_text(
        "text,frame,zone\nEnsimmäinen,Ryhmien ideat,Parkkipaikka\n"
        "Toinen,Ryhmien ideat,Ei tällaista\n",
        encoding="utf-8",
    )
    from models.board_validate import ExchangeError

    with pytest.raises(ExchangeError, match="Row 3: the frame “Ryhmien ideat” has no zone"):
        import_file(source, board)
    doc = BoardDocument.open(board)
    try:
        assert doc.notes.count() == count
    finally:
        doc.close()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_an_excel_unicode_text_file_is_read(tmp_path: Path, encoding: str) -> None:
    """Excel's "Unicode Text" and LibreOffice's UTF-16 CSV: a byte-order mark, tabs."""
    source = tmp_path / "excel.csv"
    text = "teksti\tryhmä\r\nTyövaatteet pitäisi uusia\tInnostujat\r\nVäriä elämään\t\r\n"
    data = text.encode(encoding)
    source.write_bytes(data if encoding == "utf-16" else b"\xfe\xff" + data)
    report = import_file(source, tmp_path / "new.pajalauta")
    doc = BoardDocument.open(tmp_path / "new.pajalauta")
    try:
        texts = sorted(n.text for n in doc.notes.all())
        groups = [g.name for g in doc.groups.all()]
    finally:
        doc.close()
    assert report.notes == 2
    assert texts == ["Työvaatteet pitäisi uusia", "Väriä elämään"]
    assert "Innostujat" in groups
