"""Photos out of the board: the handout (overview and appendix, as embedded JPEGs of about
200 dpi, captions searchable), the PNG export, the CSV list and the JSON round trip."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from exports.exchange import import_file, write_csv, write_json
from exports.handout import write_handout
from exports.png import write_png
from models.document import BoardDocument
from models.images import ImageStore
from models.templates.starters import IDEA_LISTS
from tests.canvas import photo_files

CAPTIONS = ("Fläppi: asiakkaan unelmat", "Pienet teot asiakkaalle", "Taukojumppa")


@pytest.fixture
def photo_board(tmp_path: Path, qapp) -> BoardDocument:  # type: ignore[no-untyped-def]
    doc = BoardDocument.create(tmp_path / "kuvat.pajalauta", title="Kuvatyöpaja")
    doc.frames.instantiate(IDEA_LISTS, 0.0, 0.0)
    frame = doc.frames.all()[0]
    files = (
        photo_files.huge_jpeg(tmp_path / "flappi.jpg"),
        photo_files.rotated_jpeg(tmp_path / "teko.jpg"),
        photo_files.transparent_png(tmp_path / "jumppa.png"),
    )
    zones = doc.frames.zones(frame.id)
    cells = [zone for zone in zones if zone.height > 200][:3]
    for path, caption, zone in zip(files, CAPTIONS, cells, strict=True):
        photo_files.place_photo(
            doc, path, (zone.x + zone.width / 2, zone.y + zone.height / 2), caption
        )
    photo_files.place_photo(
        doc,
        photo_files.webp(tmp_path / "irti.webp"),
        (frame.x + frame.width + 400.0, 200.0),
        "Irrallinen kuva",
    )
    yield doc
    doc.close()


def _images(page) -> list:  # type: ignore[no-untyped-def]
    resources = page.get("/Resources") or {}
    xobjects = resources.get("/XObject") or {}
    found = []
    for ref in xobjects.values():
        obj = ref.get_object()
        if obj.get("/Subtype") == "/Image":
            found.append(obj)
        elif obj.get("/Subtype") == "/Form":  # ReportLab draws flowables inside forms
            found += _images(obj)
    return found


def test_the_handout_shows_photos_on_the_overview_and_in_the_appendix(
    photo_board: BoardDocument, tmp_path: Path
) -> None:
    out = tmp_path / "kuvat.pdf"
    write_handout(photo_board, out)
    reader = PdfReader(out)
    pages = [(page.extract_text() or "", _images(page)) for page in reader.pages]
    overview = [images for text, images in pages if "Koko taulu" in text and images]
    assert overview and len(overview[0]) >= 4, "the overview page does not draw the photos"
    appendix = [(text, images) for text, images in pages if "Liite: kuvat" in text]
    assert appendix, "no image appendix"
    appendix_text = " ".join(" ".join(text.split()) for text, _ in pages)
    for caption in (*CAPTIONS, "Irrallinen kuva"):
        assert caption in appendix_text
    embedded = [image for _, images in pages for image in images]
    assert all("/DCTDecode" in str(image.get("/Filter")) for image in embedded), (
        "photos are embedded as raw pixels, not as JPEG"
    )
    widest = max(max(int(image["/Width"]), int(image["/Height"])) for image in embedded)
    # A4 text width is about 6.3 in; at 200 dpi that is ~1,300 px (never the 4,096 stored).
    assert widest <= 1400
    size = out.stat().st_size
    print(f"\nhandout with 4 photos: {size / 1024:.0f} KiB, largest image {widest} px")
    assert size < 3 * 1024 * 1024


def test_png_export_draws_the_photos(photo_board: BoardDocument, tmp_path: Path) -> None:
    out = tmp_path / "kuvat.png"
    write_png(photo_board, out, width=2400)
    image = QImage(str(out))
    assert not image.isNull()
    webp_card = next(n for n in photo_board.notes.all() if n.text == "Irrallinen kuva")
    snapshot_left = min(n.x for n in photo_board.notes.all())
    frames = photo_board.frames.all()
    left = min(snapshot_left, *(f.x for f in frames))
    right = max(
        max(n.x + n.width for n in photo_board.notes.all()), *(f.x + f.width for f in frames)
    )
    scale = image.width() / (right - left + 0.0)
    # The WebP photo is solid blue: its card's middle must be blue in the PNG, not a grey box.
    x = (webp_card.x + webp_card.width / 2 - left) * scale
    found = [
        QColor(image.pixel(int(x) + dx, y))
        for y in range(0, image.height(), 4)
        for dx in (-2, 0, 2)
    ]
    assert any(c.blue() > 180 and c.red() < 60 and c.green() < 80 for c in found)


def test_csv_lists_photos_with_their_captions(photo_board: BoardDocument, tmp_path: Path) -> None:
    out = tmp_path / "kuvat.csv"
    write_csv(photo_board, out)
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    texts = [row[0] for row in rows[1:]]
    for caption in CAPTIONS:
        assert f"[Kuva] {caption}" in texts


def test_json_round_trips_photos_byte_for_byte(photo_board: BoardDocument, tmp_path: Path) -> None:
    out = tmp_path / "kuvat.json"
    write_json(photo_board, out)
    assert len(json.loads(out.read_text("utf-8"))["images"]) == 4
    board = tmp_path / "takaisin.pajalauta"
    import_file(out, board)
    before = ImageStore(photo_board)
    copy = BoardDocument.open(board)
    try:
        originals = {
            n.text: before.data(n.image_id) for n in photo_board.notes.all() if n.kind == "image"
        }
        again = {
            n.text: ImageStore(copy).data(n.image_id) for n in copy.notes.all() if n.kind == "image"
        }
        assert again == originals
        fields = {n.text: n.fields for n in copy.notes.all() if n.kind == "image"}
        assert fields[CAPTIONS[0]]["original"].startswith("6000×4000")
        upright = Image.open(io.BytesIO(again[CAPTIONS[1]][1]))
        assert upright.size == (400, 600)
    finally:
        copy.close()
