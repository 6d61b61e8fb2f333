"""What a note may hold: a patch's values checked and normalised before they are written
(known columns only, clean NFC texts, a valid colour, finite numbers, sizes within limits)."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from models.errors import LimitError
from models.limits import MAX_NOTE_SIZE, MAX_NOTE_TEXT, MIN_NOTE_SIZE
from models.palette import is_valid_colour
from models.records import NOTE_FIELDS

DEFAULT_SIZE = 200.0
_KNOWN = frozenset(NOTE_FIELDS)
_NUMBERS = frozenset(("x", "y", "z", "width", "height"))
_SIZES = frozenset(("width", "height"))
_TEXTS = frozenset(("text", "author"))


def clean_text(text: str) -> str:
    """Normalise to NFC (so 'ä' typed two ways is one letter) and drop NULs and stray CRs."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():  # ASCII is already NFC
        text = unicodedata.normalize("NFC", text)
    if "\x00" in text:
        text = text.replace("\x00", "")
    if len(text) > MAX_NOTE_TEXT:
        raise LimitError(
            "A note can hold at most {limit} characters; this text has {n}. Split it over "
            "several notes.",
            limit=MAX_NOTE_TEXT,
            n=len(text),
        )
    return text


def _text(value: Any) -> str:
    """:func:`clean_text` of a value, without the call for the usual short ASCII text."""
    if (
        type(value) is str
        and value.isascii()
        and len(value) <= MAX_NOTE_TEXT
        and "\r" not in value
        and "\x00" not in value
    ):
        return value
    return clean_text(str(value))


def _colour(value: Any) -> str:
    colour = str(value)
    if colour not in _COLOURS_SEEN:
        if not is_valid_colour(colour):
            raise ValueError(f"not a colour: {value!r}")
        if len(_COLOURS_SEEN) < 4096:
            _COLOURS_SEEN.add(colour)
    return colour


_COLOURS_SEEN: set[str] = set()
"""Colours already found valid (a board uses a few): a bulk change checks each once."""


def clean_patch(patch: Mapping[str, Any]) -> dict[str, Any]:
    """A patch checked and normalised: known columns only, clean texts, a valid colour,
    finite numbers, sizes within the limits. Runs for every note of a bulk change, so each
    column present is looked at once."""
    values = dict(patch)
    if not values.keys() <= _KNOWN:
        raise ValueError(f"unknown note fields: {sorted(values.keys() - _KNOWN)}")
    for key, value in values.items():  # only existing keys are assigned: no resizing
        if key in _NUMBERS:
            number = float(value)
            if number - number != 0.0:  # inf - inf and nan - nan are nan
                raise ValueError(f"{key} must be a finite number")
            if key in _SIZES:
                if number < MIN_NOTE_SIZE:
                    number = float(MIN_NOTE_SIZE)
                elif number > MAX_NOTE_SIZE:
                    number = float(MAX_NOTE_SIZE)
            values[key] = number
        elif key in _TEXTS:
            values[key] = _text(value)
        elif key == "colour":
            values[key] = _colour(value)
        elif key == "hidden":
            values[key] = bool(value)
        elif key == "fields":
            if not isinstance(value, dict):
                raise ValueError("fields must be a mapping")
            values[key] = {str(k): _text(v) for k, v in value.items()} if value else {}
    return values


_ID_KEYS = ("zone_id", "group_id", "image_id", "phone_session_id")


def as_stored(values: Mapping[str, Any]) -> bool:
    """Whether a read of the columns just written gives these very values: the cleaned
    values are, except an id given as something other than a plain int (then read back)."""
    for key in _ID_KEYS:
        if key in values:
            value = values[key]
            if value is not None and type(value) is not int:
                return False
    return True


_PLACE = frozenset(("x", "y", "zone_id"))


def _clean_place(patch: Mapping[str, Any]) -> bool:
    """Whether a patch is a move's (finite ``float`` places, perhaps a cell): what
    :func:`clean_patch` gives back as it is, for a fraction of its cost a note."""
    if not patch.keys() <= _PLACE:
        return False
    x, y = patch.get("x", 0.0), patch.get("y", 0.0)
    return type(x) is float and type(y) is float and x - x == 0.0 and y - y == 0.0


def cleaned_patches(patches: Mapping[int, Mapping[str, Any]]) -> dict[int, dict[str, Any]]:
    """Each non-empty patch checked (:func:`clean_patch`); a move's copied as it is."""
    place = _clean_place
    return {nid: dict(p) if place(p) else clean_patch(p) for nid, p in patches.items() if p}


_AS_READ = frozenset(("x", "y", "width", "height", "z", "zone_id", "group_id", "text", "colour"))
"""Columns whose values, as a read gives them, are what :func:`clean_patch` would make."""


def patches_as_read(patches: Mapping[int, Mapping[str, Any]]) -> dict[int, dict[str, Any]]:
    """Values read from the file, copied (the store adds ``updated_at`` to them): checking
    them again was a tenth of undoing a drag of 5,000 notes. Other columns (a card's fields,
    a flag read as 0 or 1) are checked as before."""
    plain = _AS_READ.issuperset
    return {nid: dict(p) if plain(p) else clean_patch(p) for nid, p in patches.items() if p}
