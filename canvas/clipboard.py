"""Copying notes out and pasting notes or plain text in.

Copied notes go on the clipboard twice: as JSON under a private MIME type (so a paste into
Pajalauta recreates them with colours and sizes) and as plain text (so a paste into an e-mail or
a document gets the words). Pasted plain text becomes one note per non-empty line, which is how
facilitators move a typed list from a chat or a document onto the wall.

Nothing here touches the board; the view turns the resulting patches into one undo command.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPointF

from canvas.error_text import number_text
from models.limits import MAX_NOTE_SIZE, MAX_NOTE_TEXT, MAX_PASTE_NOTES, MIN_NOTE_SIZE
from models.note_values import DEFAULT_SIZE
from models.palette import is_valid_colour
from models.records import NoteData, NotePatch

MIME_TYPE = "application/x-pajalauta-notes+json"
FORMAT_VERSION = 1
GRID_GAP = 24.0
_COPIED_FIELDS = ("text", "colour", "width", "height", "kind", "fields", "hidden")


class PasteRefused(Exception):
    """A paste that would create nothing sensible; ``message`` is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


translate = QCoreApplication.translate


def notes_to_mime(notes: Sequence[NoteData]) -> QMimeData:
    """Both clipboard forms of ``notes``; positions are kept relative to the first note's."""
    mime = QMimeData()
    if not notes:
        return mime
    left = min(note.x for note in notes)
    top = min(note.y for note in notes)
    payload = {
        "version": FORMAT_VERSION,
        "notes": [
            {
                **{name: getattr(note, name) for name in _COPIED_FIELDS},
                "dx": note.x - left,
                "dy": note.y - top,
            }
            for note in notes
        ],
    }
    mime.setData(MIME_TYPE, QByteArray(json.dumps(payload, ensure_ascii=False).encode("utf-8")))
    # A note written privately on a phone and not revealed stays hidden in a paste, and its
    # words never reach another program.
    mime.setText("\n".join(note.text for note in notes if not note.hidden))
    return mime


def _number(value: Any, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def _check_count(count: int) -> None:
    if count > MAX_PASTE_NOTES:
        raise PasteRefused(
            translate(
                "BoardClipboard",
                "The clipboard holds {count} notes, but one paste can make at most {limit}. "
                "Nothing was pasted; paste a shorter list.",
            ).format(count=number_text(count), limit=number_text(MAX_PASTE_NOTES))
        )


def _check_text(text: str) -> None:
    if len(text) > MAX_NOTE_TEXT:
        raise PasteRefused(
            translate(
                "BoardClipboard",
                "One note would get {length} characters, but a note holds at most {limit}. "
                "Nothing was pasted.",
            ).format(length=number_text(len(text)), limit=number_text(MAX_NOTE_TEXT))
        )


def patches_from_mime(
    mime: QMimeData, centre: QPointF, colour: str, group_id: int | None
) -> list[NotePatch]:
    """What a paste of ``mime`` should create, centred on ``centre``.

    Raises :class:`PasteRefused` for too many notes or too long a text; returns an empty list
    when the clipboard holds nothing usable.
    """
    if mime.hasFormat(MIME_TYPE):
        patches = _patches_from_json(bytes(mime.data(MIME_TYPE).data()), group_id)
        if patches:
            return _centred(patches, centre)
    if mime.hasText():
        lines = [line.strip() for line in mime.text().splitlines()]
        lines = [line for line in lines if line]
        _check_count(len(lines))
        for line in lines:
            _check_text(line)
        return grid_patches(lines, centre, colour, group_id)
    return []


def _patches_from_json(data: bytes, group_id: int | None) -> list[NotePatch]:
    try:
        payload = json.loads(data.decode("utf-8"))
        raw_notes = payload["notes"] if isinstance(payload, dict) else []
    except (ValueError, KeyError, UnicodeDecodeError):
        return []
    if not isinstance(raw_notes, list):
        return []
    _check_count(len(raw_notes))
    patches: list[NotePatch] = []
    for raw in raw_notes:
        if not isinstance(raw, dict):
            continue
        text = str(raw.get("text", ""))
        _check_text(text)
        colour = str(raw.get("colour", ""))
        patch: NotePatch = {
            "text": text,
            "x": _number(raw.get("dx"), 0.0),
            "y": _number(raw.get("dy"), 0.0),
            "width": min(
                max(_number(raw.get("width"), DEFAULT_SIZE), MIN_NOTE_SIZE), MAX_NOTE_SIZE
            ),
            "height": min(
                max(_number(raw.get("height"), DEFAULT_SIZE), MIN_NOTE_SIZE), MAX_NOTE_SIZE
            ),
            "group_id": group_id,
        }
        if is_valid_colour(colour):
            patch["colour"] = colour
        if isinstance(raw.get("kind"), str) and raw["kind"]:
            patch["kind"] = raw["kind"]
        if isinstance(raw.get("fields"), dict):
            patch["fields"] = {str(k): str(v) for k, v in raw["fields"].items()}
        if raw.get("hidden") is True:
            patch["hidden"] = True
        patches.append(patch)
    return patches


def _centred(patches: list[NotePatch], centre: QPointF) -> list[NotePatch]:
    right = max(p.get("x", 0.0) + p.get("width", DEFAULT_SIZE) for p in patches)
    bottom = max(p.get("y", 0.0) + p.get("height", DEFAULT_SIZE) for p in patches)
    left = round(centre.x() - right / 2.0)
    top = round(centre.y() - bottom / 2.0)
    for patch in patches:
        patch["x"] = left + patch.get("x", 0.0)
        patch["y"] = top + patch.get("y", 0.0)
    return patches


def grid_patches(
    texts: Sequence[str],
    centre: QPointF,
    colour: str,
    group_id: int | None,
    size: float = DEFAULT_SIZE,
) -> list[NotePatch]:
    """One default-size note per text, in a near-square grid (rows in reading order) centred
    on ``centre``."""
    if not texts:
        return []
    columns = max(1, math.ceil(math.sqrt(len(texts) * 16 / 9)))
    columns = min(columns, len(texts))
    rows = math.ceil(len(texts) / columns)
    step = size + GRID_GAP
    left = round(centre.x() - (columns * step - GRID_GAP) / 2.0)
    top = round(centre.y() - (rows * step - GRID_GAP) / 2.0)
    return [
        {
            "text": text,
            "colour": colour,
            "group_id": group_id,
            "x": float(left + (index % columns) * step),
            "y": float(top + (index // columns) * step),
            "width": size,
            "height": size,
        }
        for index, text in enumerate(texts)
    ]


# --- photos: copied cards carry their picture, so a paste into another board shows it -------
PHOTO_DATA_KEY = "image_data"


def add_photo_data(
    mime: QMimeData, notes: Sequence[NoteData], data_of: Callable[[int], bytes | None]
) -> None:
    """Put each copied photo's stored bytes into the notes payload of ``mime``."""
    photos = [note for note in notes if note.image_id is not None]
    if not photos or not mime.hasFormat(MIME_TYPE):
        return
    payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
    for entry, note in zip(payload["notes"], notes, strict=True):
        data = data_of(note.image_id) if note.image_id is not None else None
        if data is not None:
            entry[PHOTO_DATA_KEY] = base64.b64encode(data).decode("ascii")
    mime.setData(MIME_TYPE, QByteArray(json.dumps(payload, ensure_ascii=False).encode("utf-8")))


def photo_payload(mime: QMimeData) -> list[bytes | None] | None:
    """The picture bytes of each copied note (``None`` for a plain note), or ``None`` when
    the clipboard holds no copied photo. Aligned with :func:`patches_from_mime`'s notes."""
    if not mime.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
        raw_notes = payload["notes"] if isinstance(payload, dict) else []
        images = [
            base64.b64decode(raw[PHOTO_DATA_KEY]) if PHOTO_DATA_KEY in raw else None
            for raw in raw_notes
            if isinstance(raw, dict)
        ]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error):
        return None
    return images if any(image is not None for image in images) else None
