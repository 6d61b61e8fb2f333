"""The rows of a board JSON file (:mod:`models.board_json`): their fields, and checking them.

Every row is checked (types, ranges, references to rows before it, image checksums) into a
:class:`BoardPayload` before anything is written, so a bad file creates nothing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import Any

from models.board_validate import ExchangeError, Fields, items, unique_id
from models.errors import BoardError, Phrase
from models.limits import MAX_IMAGE_BYTES, MAX_NOTE_SIZE, MAX_NOTE_TEXT, MIN_NOTE_SIZE
from models.note_values import clean_text

BOARD_FIELDS = ("title", "language", "workshop_date", "place", "facilitators")
GROUP_FIELDS = ("id", "name", "colour", "position")
FRAME_FIELDS = ("id", "template_key", "title", "x", "y", "width", "height", "z", "position")
ZONE_FIELDS = (
    "id",
    "frame_id",
    "key",
    "title",
    "prompt",
    "row",
    "col",
    "x",
    "y",
    "width",
    "height",
    "colour",
    "data",
)
IMAGE_FIELDS = ("id", "mime", "sha256", "caption", "created_at", "data_base64")
NOTE_FIELDS = (
    "id",
    "text",
    "colour",
    "x",
    "y",
    "width",
    "height",
    "z",
    "zone_id",
    "group_id",
    "author",
    "kind",
    "fields",
    "image_id",
    "created_at",
    "updated_at",
    "hidden",
)
VOTE_FIELDS = (
    "id",
    "title",
    "frame_id",
    "budget",
    "budget_per",
    "hidden",
    "started_at",
    "ended_at",
)
DOT_FIELDS = ("id", "vote_id", "note_id", "group_id", "voter", "created_at")
TOP_FIELDS = (
    "format",
    "version",
    "board",
    "groups",
    "frames",
    "zones",
    "images",
    "notes",
    "votes",
    "dots",
)


@dataclass(frozen=True)
class BoardPayload:
    """A checked board file: rows ready to insert, ids as in the file."""

    board: dict[str, str]
    groups: list[dict[str, Any]]
    frames: list[dict[str, Any]]
    zones: list[dict[str, Any]]
    images: list[dict[str, Any]]
    notes: list[dict[str, Any]]
    votes: list[dict[str, Any]]
    dots: list[dict[str, Any]]

    @property
    def counts(self) -> dict[str, int]:
        return {
            name: len(getattr(self, name))
            for name in ("groups", "frames", "zones", "images", "notes", "votes", "dots")
        }


class RowChecker:
    """Checks the rows of a parsed board file, table by table, references included."""

    def __init__(self, top: Fields) -> None:
        self.top = top

    def _rows(self, name: str, allowed: tuple[str, ...]) -> list[Fields]:
        return [
            Fields(value, f"{name}[{index}]", allowed)
            for index, value in enumerate(items(self.top.value.get(name), name))
        ]

    def payload(self) -> BoardPayload:
        board = Fields(self.top.value.get("board", {}), "board", BOARD_FIELDS)
        info = {key: board.text(key, "", limit=2_000) for key in BOARD_FIELDS}
        info["language"] = info["language"][:8] or "fi"
        groups, frames, zones, images = self._groups(), self._frames(), [], []
        frame_ids = {row["id"] for row in frames}
        zones = self._zones(frame_ids)
        images = self._images()
        notes = self._notes(
            {row["id"] for row in zones},
            {row["id"] for row in groups},
            {row["id"] for row in images},
        )
        votes = self._votes(frame_ids)
        dots = self._dots(
            {row["id"] for row in votes},
            {row["id"] for row in notes},
            {row["id"] for row in groups},
        )
        return BoardPayload(info, groups, frames, zones, images, notes, votes, dots)

    def _groups(self) -> list[dict[str, Any]]:
        seen: set[int] = set()
        rows = []
        for f in self._rows("groups", GROUP_FIELDS):
            name = f.text("name", limit=200).strip()
            if not name:
                raise ExchangeError("{field}: a group needs a name.", field=f"{f.where}.name")
            rows.append(
                {
                    "id": unique_id(f, seen),
                    "name": name,
                    "colour": f.colour("colour"),
                    "position": f.integer("position", 0),
                }
            )
        return rows

    def _geometry(self, f: Fields) -> dict[str, float]:
        return {
            "x": f.number("x"),
            "y": f.number("y"),
            "width": f.number("width", positive=True),
            "height": f.number("height", positive=True),
        }

    def _frames(self) -> list[dict[str, Any]]:
        seen: set[int] = set()
        return [
            {
                "id": unique_id(f, seen),
                "template_key": f.text("template_key", "", 200),
                "title": f.text("title", "", 2_000),
                **self._geometry(f),
                "z": f.number("z", 0.0),
                "position": f.integer("position", 0),
            }
            for f in self._rows("frames", FRAME_FIELDS)
        ]

    def _zones(self, frames: set[int]) -> list[dict[str, Any]]:
        seen: set[int] = set()
        rows = []
        for f in self._rows("zones", ZONE_FIELDS):
            frame_id = f.reference("frame_id", frames, "frame")
            if frame_id is None:
                raise ExchangeError(
                    "{field}: a zone must belong to a frame.", field=f"{f.where}.frame_id"
                )
            rows.append(
                {
                    "id": unique_id(f, seen),
                    "frame_id": frame_id,
                    "key": f.text("key", "", 200),
                    "title": f.text("title", "", 2_000),
                    "prompt": f.text("prompt", "", 2_000),
                    "row": f.integer("row", 0),
                    "col": f.integer("col", 0),
                    **self._geometry(f),
                    "colour": f.colour("colour", "#FFFFFF"),
                    "data": f.mapping("data"),
                }
            )
        return rows

    def _images(self) -> list[dict[str, Any]]:
        seen: set[int] = set()
        rows = []
        for f in self._rows("images", IMAGE_FIELDS):
            _refuse_large_photo(f)
            encoded = f.text("data_base64", limit=MAX_IMAGE_BYTES * 4 // 3 + 8)
            try:
                data = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError):
                raise ExchangeError(
                    "{field}: not valid base64.", field=f"{f.where}.data_base64"
                ) from None
            if len(data) > MAX_IMAGE_BYTES:
                raise ExchangeError(
                    "{field}: the image is larger than a board accepts.", field=f.where
                )
            digest = hashlib.sha256(data).hexdigest()
            stated = f.text("sha256", digest, 64).lower()
            if stated != digest:
                raise ExchangeError(
                    "{field}: does not match the image data (the file is damaged).",
                    field=f"{f.where}.sha256",
                )
            rows.append(
                {
                    "id": unique_id(f, seen),
                    "mime": f.text("mime", limit=100),
                    "data": data,
                    "sha256": digest,
                    "caption": f.text("caption", "", 2_000),
                    "created_at": f.text("created_at", "", 64),
                }
            )
        return rows

    def _notes(self, zones: set[int], groups: set[int], images: set[int]) -> list[dict[str, Any]]:
        seen: set[int] = set()
        rows = []
        for f in self._rows("notes", NOTE_FIELDS):
            geometry = self._geometry(f)
            for key in ("width", "height"):
                if not MIN_NOTE_SIZE <= geometry[key] <= MAX_NOTE_SIZE:
                    raise ExchangeError(
                        "{field}: a note is {low} to {high} units.",
                        field=f"{f.where}.{key}",
                        low=round(MIN_NOTE_SIZE),
                        high=round(MAX_NOTE_SIZE),
                    )
            _refuse_long_text(f)
            text = f.text("text", "", limit=MAX_NOTE_TEXT * 2)
            try:
                text = clean_text(text)
                fields = {
                    str(k): clean_text(_field_text(f, k, v)) for k, v in f.mapping("fields").items()
                }
            except ExchangeError:
                raise
            except BoardError as exc:  # clean_text's LimitError
                raise ExchangeError(
                    "{field}: {problem}", field=f.where, problem=Phrase.of(exc)
                ) from None
            kind = f.text("kind", "note", 40) or "note"
            rows.append(
                {
                    "id": unique_id(f, seen),
                    "text": text,
                    "colour": f.colour("colour"),
                    **geometry,
                    "z": f.number("z", 0.0),
                    "zone_id": f.reference("zone_id", zones, "zone"),
                    "group_id": f.reference("group_id", groups, "group"),
                    "author": f.text("author", "", 500),
                    "kind": kind,
                    "fields": fields,
                    "image_id": f.reference("image_id", images, "image"),
                    "created_at": f.text("created_at", "", 64),
                    "updated_at": f.text("updated_at", "", 64),
                    "hidden": f.flag("hidden", False),
                }
            )
        return rows

    def _votes(self, frames: set[int]) -> list[dict[str, Any]]:
        seen: set[int] = set()
        return [
            {
                "id": unique_id(f, seen),
                "title": f.text("title", "", 500),
                "frame_id": f.reference("frame_id", frames, "frame"),
                "budget": f.integer("budget", 3, minimum=0),
                "budget_per": f.text("budget_per", "group", 40),
                "hidden": f.flag("hidden", False),
                "started_at": f.text("started_at", "", 64),
                "ended_at": f.optional_text("ended_at"),
            }
            for f in self._rows("votes", VOTE_FIELDS)
        ]

    def _dots(self, votes: set[int], notes: set[int], groups: set[int]) -> list[dict[str, Any]]:
        seen: set[int] = set()
        rows = []
        for f in self._rows("dots", DOT_FIELDS):
            vote_id = f.reference("vote_id", votes, "voting round")
            note_id = f.reference("note_id", notes, "note")
            if vote_id is None or note_id is None:
                raise ExchangeError("{field}: a dot needs a vote_id and a note_id.", field=f.where)
            rows.append(
                {
                    "id": unique_id(f, seen),
                    "vote_id": vote_id,
                    "note_id": note_id,
                    "group_id": f.reference("group_id", groups, "group"),
                    "voter": f.text("voter", "", 200),
                    "created_at": f.text("created_at", "", 64),
                }
            )
        return rows


def _field_text(f: Fields, key: object, value: object) -> str:
    if not isinstance(value, str):
        raise ExchangeError("{field}: expected text.", field=f"{f.where}.fields.{key}")
    return value


def _refuse_large_photo(f: Fields) -> None:
    """Say the photo's size and the limit, not the length of its base64 text."""
    encoded = f.value.get("data_base64")
    if isinstance(encoded, str) and len(encoded) > MAX_IMAGE_BYTES * 4 // 3 + 8:
        megabytes = len(encoded) * 3 / 4 / 1024 / 1024
        raise ExchangeError(
            "{field}: the photo is {size} MB, but a board takes photos of at most {limit} MB. "
            "Make it smaller (a photo 2,000 pixels wide is plenty for a projector) and import "
            "again.",
            field=f.where,
            size=round(megabytes, 1),
            limit=MAX_IMAGE_BYTES // 1024 // 1024,
        )


def _refuse_long_text(f: Fields) -> None:
    text = f.value.get("text")
    if isinstance(text, str) and len(text) > MAX_NOTE_TEXT * 2:
        raise ExchangeError(
            "{field}: the text has {n} characters, but a note holds at most {limit}. Split it "
            "over several notes.",
            field=f"{f.where}.text",
            n=len(text),
            limit=MAX_NOTE_TEXT,
        )
