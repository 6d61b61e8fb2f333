#!/usr/bin/env python3
"""Screenshots of a board with photos: the window, the projector on a photo stop, and the
handout pages (overview and appendix), in Finnish, on the example board.

    Xvfb :99 -screen 0 1920x1080x24 -screen 1 1280x720x24 &
    DISPLAY=:99 .venv/bin/python scripts/photo_screenshots.py docs/

The photos are drawn here with Pillow (a flip chart, a wall of sticky notes, a tablet photo
of a "small act" taken sideways with an EXIF orientation tag, a 24 MP camera photo) and
added through the window's own ways in: Insert › Photo… and a drop on a cell.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FONT = ROOT / "models" / "fonts" / "DejaVuSans.ttf"


def settle(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def make_photos(folder: Path) -> list[Path]:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    def font(size: int) -> ImageFont.FreeTypeFont:
        return ImageFont.truetype(str(FONT), size)

    flip = Image.new("RGB", (2400, 3200), (236, 233, 224))
    draw = ImageDraw.Draw(flip)
    draw.rectangle((150, 120, 2250, 3080), fill=(250, 249, 244))
    draw.text((260, 220), "Asiakkaan unelmat", fill=(20, 60, 160), font=font(150))
    for row, line in enumerate(
        [
            "• ruoka on lämmintä",
            "• tuttu hoitaja",
            "• saa valita itse",
            "• kotileivonnaiset",
            "• aikaa jutella",
        ]
    ):
        draw.text((300, 620 + row * 380), line, fill=(30, 30, 30), font=font(120))
    flip = flip.filter(ImageFilter.GaussianBlur(1.2))
    flip_path = folder / "fläppi.jpg"
    flip.save(flip_path, quality=90)

    wall = Image.new("RGB", (4000, 2600), (214, 210, 200))
    draw = ImageDraw.Draw(wall)
    colours = [(255, 235, 120), (170, 220, 250), (250, 170, 190), (180, 230, 170)]
    for index in range(24):
        x, y = 260 + (index % 8) * 450, 300 + (index // 8) * 700
        draw.rectangle((x, y, x + 380, y + 380), fill=colours[index % 4])
        draw.line((x + 40, y + 140, x + 320, y + 140), fill=(40, 40, 40), width=14)
        draw.line((x + 40, y + 230, x + 260, y + 230), fill=(40, 40, 40), width=14)
    wall_path = folder / "seinä.jpg"
    wall.save(wall_path, quality=88)

    act = Image.new("RGB", (3000, 2000), (120, 170, 210))
    draw = ImageDraw.Draw(act)
    draw.rectangle((0, 1300, 3000, 2000), fill=(150, 110, 80))
    draw.ellipse((900, 600, 1700, 1400), fill=(250, 250, 245))
    draw.ellipse((1100, 800, 1500, 1200), fill=(220, 120, 60))
    draw.text((1900, 500), "Kiitos!", fill=(255, 255, 255), font=font(220))
    act = act.rotate(-90, expand=True)  # as the tablet stored it; EXIF 8 turns it back
    exif = Image.Exif()
    exif[0x0112] = 8
    act_path = folder / "teko.jpg"
    act.save(act_path, quality=90, exif=exif)

    camera = Image.linear_gradient("L").resize((6000, 4000)).convert("RGB")
    draw = ImageDraw.Draw(camera)
    draw.rectangle((1500, 1200, 4500, 2800), fill=(60, 120, 70))
    draw.text((1700, 1600), "Taukojumppa", fill=(255, 255, 255), font=font(400))
    camera_path = folder / "IMG_2041.jpg"
    camera.save(camera_path, quality=85)
    return [flip_path, wall_path, act_path, camera_path]


def render_pages(pdf: Path, prefix: Path) -> None:
    """Pages as PNG: pdftoppm when installed, else PDFium (already a test dependency)."""
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(prefix)], check=True)
        return
    import pypdfium2  # type: ignore[import-untyped]

    document = pypdfium2.PdfDocument(str(pdf))
    for index in range(len(document)):
        image = document[index].render(scale=70 / 72).to_pil()
        image.save(f"{prefix}-{index + 1:02d}.png")


def main(out: Path) -> int:
    from PySide6.QtCore import QPointF, QRectF, QSettings

    from canvas.commands import PatchNotesCommand
    from exports.handout import write_handout
    from ui.app import make_application
    from ui.i18n import install_language

    work = Path(tempfile.mkdtemp(prefix="pajalauta-photo-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = make_application()
    install_language("fi")
    from ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    window.files.open_demo(folder=work)
    settle(app, 0.5)  # the window fits a newly opened board once its bars are in place
    doc, view, stack = window.document, window.view, window.undo_stack
    scene = window.scene
    assert doc is not None and view is not None and stack is not None and scene is not None
    flip, wall, act, camera = make_photos(work)
    ideas = next(f for f in doc.frames.all() if f.template_key == "idea_lists")
    content = scene.content_rect()
    assert content is not None
    below = QPointF(ideas.x + ideas.width / 2, content.bottom() + 400)
    view.centerOn(below)
    settle(app, 0.5)
    window.photo_actions.add_files([flip, wall, act])  # type: ignore[attr-defined]
    settle(app, 0.5)
    while view.photos.busy():
        settle(app, 0.2)
    cell = [z for z in doc.frames.zones(ideas.id) if z.height > 200][-1]
    view.photos.add_files([camera], QPointF(cell.x + cell.width / 2, cell.y + cell.height / 2))
    while view.photos.busy():
        settle(app, 0.2)
    captions = {
        "fläppi.jpg": "Fläppi: asiakkaan unelmat",
        "seinä.jpg": "Ryhmien seinä",
        "teko.jpg": "Pieni teko: kiitoskortti",
        "IMG_2041.jpg": "Taukojumppa",
    }
    cards = [n for n in doc.notes.all() if n.kind == "image"]
    stack.push(
        PatchNotesCommand(
            doc,
            {c.id: {"text": captions[c.fields["file"]]} for c in cards},
            "Kuvatekstit",
            lambda _m: None,
        )
    )
    settle(app, 0.5)
    area = None
    for card in cards:
        rect = QRectF(card.x, card.y, card.width, card.height)
        area = rect if area is None else area.united(rect)
    assert area is not None
    ideas_item = scene.frames.frame_item(ideas.id)
    assert ideas_item is not None
    view.zoom_to_rect(area.united(ideas_item.sceneBoundingRect()))
    settle(app, 2.0)
    scene.thumbnails.wait()
    settle(app, 1.0)
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / "photos-window.png"))
    loose = [c for c in cards if c.zone_id is None]
    close = QRectF(loose[0].x, loose[0].y, loose[0].width, loose[0].height)
    for card in loose[1:]:
        close = close.united(QRectF(card.x, card.y, card.width, card.height))
    scene.clearSelection()
    view.zoom_to_rect(close.adjusted(-150, -150, 150, 150))
    settle(app, 1.0)
    scene.thumbnails.wait()
    settle(app, 1.0)
    window.grab().save(str(out / "photos-window-close.png"))
    room = window.room
    room.presenter.set_open(True)
    stop = next(s for s in room.presenter.stops() if s.kind == "photo" and "teko" in s.title)
    room.presenter.go_to(stop, animate=False)
    settle(app, 1.5)
    scene.thumbnails.wait()
    settle(app, 1.0)
    presenter = room.presenter.presenter
    assert presenter is not None
    presenter.grab().save(str(out / "photos-projector.png"))
    pdf = work / "kuvat.pdf"
    write_handout(doc, pdf)
    render_pages(pdf, out / "photos-handout")
    print(f"saved to {out}; handout {pdf.stat().st_size / 1024:.0f} KiB")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
