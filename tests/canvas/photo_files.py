"""Real image files for the photo tests, made with Pillow (a camera's EXIF orientation tag,
transparency, a camera-sized photo, damaged and impostor files)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

BLUE = (20, 40, 220)
RED = (220, 30, 30)


def rotated_jpeg(path: Path) -> Path:
    """Stored 600 × 400 with a blue top-left quarter and EXIF orientation 6 (the camera was
    turned): shown upright it is 400 × 600 with the blue quarter top right."""
    image = Image.new("RGB", (600, 400), RED)
    image.paste(BLUE, (0, 0, 300, 200))
    exif = Image.Exif()
    exif[0x0112] = 6
    image.save(path, "JPEG", quality=95, exif=exif)
    return path


def transparent_png(path: Path) -> Path:
    """300 × 200, the left half fully transparent, the right half opaque red."""
    image = Image.new("RGBA", (300, 200), (*RED, 255))
    image.paste((0, 0, 0, 0), (0, 0, 150, 200))
    image.save(path, "PNG")
    return path


def huge_jpeg(path: Path, size: tuple[int, int] = (6000, 4000)) -> Path:
    """A camera-sized photo (24 MP): a gradient, so it compresses like a picture."""
    Image.linear_gradient("L").resize(size).convert("RGB").save(path, "JPEG", quality=80)
    return path


def webp(path: Path) -> Path:
    Image.new("RGB", (320, 240), BLUE).save(path, "WEBP")
    return path


def corrupt_jpeg(path: Path) -> Path:
    """Starts like a JPEG, then nothing a decoder can use."""
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x13\x37" * 400)
    return path


def text_as_jpeg(path: Path) -> Path:
    path.write_text("Tämä ei ole kuva vaan muistiinpano.\n" * 20, encoding="utf-8")
    return path


def heic(path: Path) -> Path:
    """The first bytes of an iPhone photo (an ISO-BMFF ``ftyp`` box of brand ``heic``)."""
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    return path


def place_photo(document, path: Path, centre: tuple[float, float], caption: str = "") -> int:  # type: ignore[no-untyped-def]
    """A photo card written straight into the file (setup, not the gesture under test)."""
    from canvas.photo_prepare import prepare_file
    from models.images import ImageStore
    from models.photos import photo_patches

    prepared = prepare_file(path)
    (patch,) = photo_patches([prepared.facts], centre, caption=caption)
    patch["image_id"] = ImageStore(document).add(prepared.data)
    note_id = document.notes.add([patch])[0]
    document.frames.assign_zones([note_id])
    return note_id
