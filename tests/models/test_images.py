"""Images stored in the board file: limits, formats, and that they survive a reopen."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from models.document import BoardDocument
from models.errors import LimitError
from models.images import ImageStore
from models.limits import MAX_IMAGE_BYTES


def tiny_png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xe4\x5c")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_an_image_round_trips_and_is_stored_once(document: BoardDocument, board_path: Path) -> None:
    images = ImageStore(document)
    png = tiny_png()
    first = images.add(png, caption="Taukojumppa")
    assert images.add(png) == first
    document.close()
    reopened = BoardDocument.open(board_path)
    try:
        assert ImageStore(reopened).data(first) == ("image/png", png)
    finally:
        reopened.close()


def test_too_large_or_not_an_image_is_refused_with_nothing_stored(
    document: BoardDocument,
) -> None:
    images = ImageStore(document)
    with pytest.raises(LimitError, match="up to 20 MB"):
        images.add(b"\x89PNG\r\n\x1a\n" + bytes(MAX_IMAGE_BYTES))
    with pytest.raises(LimitError, match="not a PNG"):
        images.add(b"#!/bin/sh\nrm -rf /\n")
    assert images.data(1) is None


def test_a_stored_photo_is_found_by_its_checksum_index_not_by_reading_every_photo(
    document: BoardDocument,
) -> None:
    """Adding a photo looks for an identical one; on a board of fifty photos a scan would
    read every photo's bytes (the checksum is stored after them)."""
    with document.read() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM images WHERE sha256 = 'x'"
        ).all()
    assert "ix_images_sha256" in str(plan)
