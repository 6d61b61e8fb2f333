"""Photo figures: adding a camera photo, a board of photos and notes, its frames, memory and
handout, beside Qt's own decode of the same files in the same run. Figures, not tests.

    .venv/bin/python -m benchmarks.photos                 # 50 photos + 1,000 notes, ~3 min
    .venv/bin/python -m benchmarks.photos --photos 10 --notes 200 --repeat 5   # quick look

One JSON document goes to stdout, progress to stderr. Test images are generated here with
Pillow: a 6000 × 4000 (24 MP) JPEG of about 10 MB for adding, and for the board 50 distinct
photos in the form the board stores them (4096 px on the long side, as adding one makes).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw
from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QImage, QImageReader, QUndoStack
from PySide6.QtWidgets import QApplication

from benchmarks.boardgen import layout
from benchmarks.qtframes import (
    PaintCounter,
    application,
    measure_frames,
    settle,
    show_first_frame,
    size_viewport,
    timed_repaint,
)
from benchmarks.timing import load_average, ms_since, peak_rss_mb, summary

CAMERA = (6000, 4000)
STORED = (4096, 2731)
PAN_STEPS = 40


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def rss_mb() -> float:
    """Resident memory now (not the peak): what the process holds after a step."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576, 1)


# --- test images ----------------------------------------------------------------------------
def _base(size: tuple[int, int]) -> Image.Image:
    """Noise over a gradient: compresses like a photo (a flat image would be a few KB)."""
    noise = Image.effect_noise(size, 40).convert("RGB")
    gradient = Image.linear_gradient("L").resize(size).convert("RGB")
    return Image.blend(noise, gradient, 0.5)


def make_photos(folder: Path, count: int, size: tuple[int, int], quality: int) -> list[Path]:
    """``count`` different JPEGs (a coloured block moves), so the board stores each one."""
    base = _base(size)
    paths = []
    for index in range(count):
        image = base.copy()
        draw = ImageDraw.Draw(image)
        x = (index * 397) % (size[0] - size[0] // 4)
        draw.rectangle(
            (x, size[1] // 3, x + size[0] // 4, size[1] // 3 + size[1] // 4),
            fill=((index * 53) % 256, (index * 97) % 256, 160),
        )
        path = folder / f"photo-{size[0]}-{index:02d}.jpg"
        image.save(path, "JPEG", quality=quality)
        paths.append(path)
    return paths


# --- baseline: Qt alone -----------------------------------------------------------------------
def qt_decode(path: Path, longest: int | None) -> float:
    """Milliseconds for QImageReader to decode ``path`` (scaled to ``longest`` if given)."""
    started = time.perf_counter()
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if longest is not None:
        size = reader.size()
        ratio = longest / max(size.width(), size.height())
        reader.setScaledSize(QSize(round(size.width() * ratio), round(size.height() * ratio)))
    image = reader.read()
    assert not image.isNull()
    return ms_since(started)


def baseline(camera: Path, stored: list[Path]) -> dict[str, Any]:
    full = qt_decode(camera, None)
    started = time.perf_counter()
    QImage(str(camera)).scaled(*STORED)
    naive = ms_since(started)
    return {
        "camera_decode_full_ms": round(full, 1),
        "camera_decode_scaled_4096_ms": round(qt_decode(camera, 4096), 1),
        "camera_decode_then_scale_ms": round(naive, 1),
        "stored_decode_full": summary([qt_decode(p, None) for p in stored[:10]]),
        "stored_decode_256": summary([qt_decode(p, 256) for p in stored[:10]]),
    }


# --- ours -------------------------------------------------------------------------------------
def pump_until(app: QApplication, done: Any, timeout_s: float = 120.0) -> dict[str, Any]:
    """Run the event loop until ``done()``; the longest turn is the longest GUI freeze."""
    started = time.perf_counter()
    turns: list[float] = []
    while not done() and time.perf_counter() - started < timeout_s:
        turn = time.perf_counter()
        app.processEvents()
        turns.append(ms_since(turn))
        time.sleep(0.001)
    return {
        "wall_ms": round(ms_since(started), 1),
        "turns": len(turns),
        "longest_turn_ms": round(max(turns, default=0.0), 2),
    }


def add_camera_photo(app: QApplication, folder: Path, camera: Path) -> dict[str, Any]:
    from canvas.scene import BoardScene
    from canvas.view import BoardView
    from models.document import BoardDocument

    doc = BoardDocument.create(folder / "adding.pajalauta")
    scene = BoardScene(doc)
    view = BoardView(scene, QUndoStack())
    size_viewport(view, app)
    show_first_frame(app, view, PaintCounter())
    result = add_to_view(app, view, camera)
    scene.detach()
    view.close()
    doc.close()
    return result


def add_to_view(app: QApplication, view: Any, camera: Path) -> dict[str, Any]:
    """Add ``camera`` to an open view as a drop would; time the GUI thread throughout."""
    before = view.board_scene().note_count()
    commit: list[float] = []
    add = view.photos._add

    def timed_add(*args: Any) -> None:  # the GUI-thread part: one transaction, one item
        began = time.perf_counter()
        add(*args)
        commit.append(ms_since(began))

    view.photos._add = timed_add
    started = time.perf_counter()
    batch = view.photos.add_files([camera], QPointF(0.0, 0.0))
    call_ms = ms_since(started)
    pumped = pump_until(app, lambda: not view.photos.busy())
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    view.zoom_to_fit()
    first_frame = timed_repaint(view.viewport(), counter)
    result = {
        "start_call_ms": round(call_ms, 2),
        "commit_ms": round(commit[0], 2) if commit else None,
        **pumped,
        "first_frame_ms": None if first_frame is None else round(first_frame, 2),
        "added": view.board_scene().note_count() - before,
        "refused": batch.refused,
    }
    view.viewport().removeEventFilter(counter)
    return result


def build_photo_board(path: Path, photos: list[Path], notes: int) -> dict[str, Any]:
    """50 photos in a row of cards above a grid of notes, written through the model."""
    from canvas.photo_prepare import prepare_file
    from models.document import BoardDocument
    from models.images import ImageStore
    from models.photos import photo_patches

    doc = BoardDocument.create(path, title="Photos benchmark")
    started = time.perf_counter()
    patches = layout(notes)
    width = max(p["x"] + p["width"] for p in patches) if patches else 4000.0
    with doc.write():
        doc.notes.add(patches)
        store = ImageStore(doc)
        columns = 10
        for index, photo in enumerate(photos):
            prepared = prepare_file(photo)
            row, col = divmod(index, columns)
            centre = (width * (col + 0.5) / columns, -400.0 - row * 420.0)
            (patch,) = photo_patches([prepared.facts], centre, caption=f"Kuva {index + 1}")
            patch["image_id"] = store.add(prepared.data)
            doc.notes.add([patch])
    doc.close()
    return {"build_ms": round(ms_since(started), 1), "file_mb": round(path.stat().st_size / 1e6, 1)}


def open_and_frames(
    app: QApplication,
    path: Path,
    repeat: int,
    snapshots: Path | None,
    camera: Path | None = None,
) -> dict[str, Any]:
    from canvas.scene import BoardScene
    from canvas.view import BoardView
    from models.document import BoardDocument

    before = rss_mb()
    started = time.perf_counter()
    doc = BoardDocument.open(path)
    scene = BoardScene(doc)
    view = BoardView(scene, QUndoStack())
    size_viewport(view, app)
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    shown = show_first_frame(app, view, counter)
    open_ms = ms_since(started)
    view.zoom_to_fit()
    settled = settle(app, counter, timeout_s=60.0)
    scene.thumbnails.wait()
    settle(app, counter)
    rss_fit = rss_mb()
    rects = [item.scene_rect() for item in scene.note_items()]
    content = scene.content_rect()
    assert content is not None
    frames = measure_frames(
        app,
        view,
        content.center(),
        view.zoom_to_fit,
        repeat,
        rects,
        None if snapshots is None else snapshots / "photos",
    )
    # Pan along the row of photos at 1:1: every step brings new photos into sight.
    photos = scene.photo_items()
    view.zoom_reset()
    pan: list[float] = []
    left = min(p.scene_rect().left() for p in photos)
    right = max(p.scene_rect().right() for p in photos)
    top = min(p.scene_rect().top() for p in photos)
    for step in range(PAN_STEPS):
        view.centerOn(QPointF(left + (right - left) * step / (PAN_STEPS - 1), top + 400.0))
        elapsed = timed_repaint(view.viewport(), counter)
        if elapsed is not None:
            pan.append(elapsed)
        app.processEvents()
    scene.thumbnails.wait()
    rss_panned = rss_mb()
    adding = add_to_view(app, view, camera) if camera is not None else None
    result = {
        "first_frame_shown": shown,
        "open_to_first_frame_ms": round(open_ms, 1),
        "fit_settle": settled,
        "frames": frames,
        "pan_1to1": summary(pan),
        "rss_before_open_mb": before,
        "rss_after_fit_mb": rss_fit,
        "rss_after_pan_mb": rss_panned,
        "thumbnail_cache_mb": round(scene.thumbnails.cached_bytes / 1_048_576, 1),
        "photos": len(photos),
        "notes": scene.note_count() - len(photos) - (1 if adding else 0),
        "add_camera_photo_to_this_board": adding,
    }
    scene.detach()
    view.close()
    doc.close()
    return result


def handout(path: Path, out: Path) -> dict[str, Any]:
    from exports.handout import write_handout
    from models.document import BoardDocument

    doc = BoardDocument.open(path, read_only=True)
    started = time.perf_counter()
    try:
        write_handout(doc, out)
    finally:
        doc.close()
    return {"ms": round(ms_since(started), 1), "pdf_mb": round(out.stat().st_size / 1e6, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--snapshots", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    app = application()
    result: dict[str, Any] = {
        "load_before": load_average(),
        "photos": args.photos,
        "notes": args.notes,
    }
    with tempfile.TemporaryDirectory(prefix="pajalauta-photos-") as name:
        folder = Path(name)
        log("making a 24 MP camera JPEG …")
        (camera,) = make_photos(folder, 1, CAMERA, 85)
        result["camera_file_mb"] = round(camera.stat().st_size / 1e6, 2)
        log(f"making {args.photos} stored-size photos …")
        stored = make_photos(folder, args.photos, STORED, 88)
        log("baseline: QImageReader …")
        result["baseline_qt"] = baseline(camera, stored)
        log("adding the camera photo in a view …")
        result["add_camera_photo"] = add_camera_photo(app, folder, camera)
        board = folder / "photos.pajalauta"
        log("building the board …")
        result["board"] = build_photo_board(board, stored, args.notes)
        log("opening it and measuring frames …")
        result["open"] = open_and_frames(app, board, args.repeat, args.snapshots, camera)
        log("writing the handout …")
        result["handout"] = handout(board, folder / "photos.pdf")
    result["peak_rss_mb"] = peak_rss_mb()
    result["load_after"] = load_average()
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
