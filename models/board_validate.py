"""Checking untrusted exchange data (JSON, CSV) field by field, with messages that say where.

A board file holds data, never code: an imported file is read as plain JSON values and every
field is checked for type, range and references before one row is written, so a bad file is
refused whole and its message names the first thing that is wrong (``notes[3].colour``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from models.errors import BoardError, Phrase
from models.palette import is_valid_colour


class _Marker:
    pass


_REQUIRED: Any = _Marker()
_REQUIRED_TEXT: Any = _Marker()


class ExchangeError(BoardError):
    """An imported file is not what Pajalauta can read; ``message`` names what is wrong."""


class Fields:
    """Typed access to one JSON object; every problem raises :class:`ExchangeError`."""

    def __init__(self, value: object, where: str, allowed: tuple[str, ...]) -> None:
        if not isinstance(value, dict):
            raise ExchangeError(
                "{field}: expected an object {{…}}, found {kind}.", field=where, kind=_kind(value)
            )
        unknown = sorted(set(value) - set(allowed))
        if unknown:
            raise ExchangeError(
                "{field}: unknown field “{name}” (allowed: {allowed}).",
                field=where,
                name=unknown[0],
                allowed=", ".join(allowed),
            )
        self.value: dict[str, Any] = value
        self.where = where

    def _get(self, key: str, default: object) -> object:
        if key not in self.value:
            if default is _REQUIRED:
                raise ExchangeError(
                    "{field}: the field “{name}” is missing.", field=self.where, name=key
                )
            return default
        return self.value[key]

    def text(self, key: str, default: object = _REQUIRED_TEXT, limit: int = 100_000) -> str:
        value = self._get(key, _REQUIRED if default is _REQUIRED_TEXT else default)
        if not isinstance(value, str):
            raise ExchangeError(
                "{field}: expected text, found {kind}.",
                field=f"{self.where}.{key}",
                kind=_kind(value),
            )
        if len(value) > limit:
            raise ExchangeError(
                "{field}: longer than {limit} characters.", field=f"{self.where}.{key}", limit=limit
            )
        return value

    def optional_text(self, key: str) -> str | None:
        value = self._get(key, None)
        if value is None:
            return None
        return self.text(key)

    def number(self, key: str, default: object = _REQUIRED, positive: bool = False) -> float:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ExchangeError(
                "{field}: expected a number, found {kind}.",
                field=f"{self.where}.{key}",
                kind=_kind(value),
            )
        number = float(value)
        if not math.isfinite(number) or abs(number) > 1e9:
            raise ExchangeError(
                "{field}: {value} is not a usable number.",
                field=f"{self.where}.{key}",
                value=repr(value),
            )
        if positive and number <= 0:
            raise ExchangeError("{field}: must be greater than zero.", field=f"{self.where}.{key}")
        return number

    def integer(self, key: str, default: object = _REQUIRED, minimum: int | None = None) -> int:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ExchangeError(
                "{field}: expected a whole number, found {kind}.",
                field=f"{self.where}.{key}",
                kind=_kind(value),
            )
        if minimum is not None and value < minimum:
            raise ExchangeError(
                "{field}: must be at least {minimum}.", field=f"{self.where}.{key}", minimum=minimum
            )
        return value

    def reference(self, key: str, known: Mapping[int, object] | set[int], what: str) -> int | None:
        value = self._get(key, None)
        if value is None:
            return None
        number = self.integer(key)
        if number not in known:
            raise ExchangeError(
                "{field}: there is no {what} with id {id}.",
                field=f"{self.where}.{key}",
                what=_NOUNS[what],
                id=number,
            )
        return number

    def flag(self, key: str, default: object = _REQUIRED) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            raise ExchangeError(
                "{field}: expected true or false, found {kind}.",
                field=f"{self.where}.{key}",
                kind=_kind(value),
            )
        return value

    def colour(self, key: str, default: object = _REQUIRED) -> str:
        value = self._get(key, default)
        if not isinstance(value, str) or not is_valid_colour(value):
            raise ExchangeError(
                "{field}: {value} is not a colour like #FFE45C.",
                field=f"{self.where}.{key}",
                value=repr(value),
            )
        return value.upper()

    def mapping(self, key: str) -> dict[str, Any]:
        value = self._get(key, {})
        if not isinstance(value, dict):
            raise ExchangeError(
                "{field}: expected an object {{…}}, found {kind}.",
                field=f"{self.where}.{key}",
                kind=_kind(value),
            )
        return value


_NOUNS = {
    "frame": Phrase("frame"),
    "zone": Phrase("zone"),
    "group": Phrase("group"),
    "image": Phrase("image"),
    "note": Phrase("note"),
    "voting round": Phrase("voting round"),
}


def _kind(value: object) -> Phrase:
    if value is None:
        return Phrase("null")
    if isinstance(value, bool):
        return Phrase("true/false")
    if isinstance(value, int | float):
        return Phrase("the number {value}", value=repr(value))
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:29] + "…"
        return Phrase("the text “{value}”", value=shown)
    if isinstance(value, list):
        return Phrase("a list")
    if isinstance(value, dict):
        return Phrase("an object")
    return Phrase("{value}", value=type(value).__name__)


def items(value: object, where: str) -> list[object]:
    """A JSON list, or an :class:`ExchangeError` saying what was found instead."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ExchangeError(
            "{field}: expected a list […], found {kind}.", field=where, kind=_kind(value)
        )
    return value


def unique_id(fields: Fields, seen: set[int]) -> int:
    number = fields.integer("id", minimum=1)
    if number in seen:
        raise ExchangeError(
            "{field}: the id {id} is used twice.", field=f"{fields.where}.id", id=number
        )
    seen.add(number)
    return number
