"""Checking untrusted exchange data (JSON, CSV) field by field, with messages that say where.

A board file holds data, never code: an imported file is read as plain JSON values and every
field is checked for type, range and references before one row is written, so a bad file is
refused whole and its message names the first thing that is wrong (``notes[3].colour``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from models.errors import BoardError
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
            raise ExchangeError(f"{where}: expected an object {{…}}, found {_kind(value)}.")
        unknown = sorted(set(value) - set(allowed))
        if unknown:
            raise ExchangeError(f"{where}: unknown field “{unknown[0]}” (allowed: "
                                f"{', '.join(allowed)}).")
        self.value: dict[str, Any] = value
        self.where = where

    def _get(self, key: str, default: object) -> object:
        if key not in self.value:
            if default is _REQUIRED:
                raise ExchangeError(f"{self.where}: the field “{key}” is missing.")
            return default
        return self.value[key]

    def text(self, key: str, default: object = _REQUIRED_TEXT, limit: int = 100_000) -> str:
        value = self._get(key, _REQUIRED if default is _REQUIRED_TEXT else default)
        if not isinstance(value, str):
            raise ExchangeError(f"{self.where}.{key}: expected text, found {_kind(value)}.")
        if len(value) > limit:
            raise ExchangeError(f"{self.where}.{key}: longer than {limit:,} characters.")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self._get(key, None)
        if value is None:
            return None
        return self.text(key)

    def number(self, key: str, default: object = _REQUIRED, positive: bool = False) -> float:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ExchangeError(f"{self.where}.{key}: expected a number, found {_kind(value)}.")
        number = float(value)
        if not math.isfinite(number) or abs(number) > 1e9:
            raise ExchangeError(f"{self.where}.{key}: {value!r} is not a usable number.")
        if positive and number <= 0:
            raise ExchangeError(f"{self.where}.{key}: must be greater than zero.")
        return number

    def integer(self, key: str, default: object = _REQUIRED, minimum: int | None = None) -> int:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ExchangeError(f"{self.where}.{key}: expected a whole number, found "
                                f"{_kind(value)}.")
        if minimum is not None and value < minimum:
            raise ExchangeError(f"{self.where}.{key}: must be at least {minimum}.")
        return value

    def reference(self, key: str, known: Mapping[int, object] | set[int], what: str
                  ) -> int | None:
        value = self._get(key, None)
        if value is None:
            return None
        number = self.integer(key)
        if number not in known:
            raise ExchangeError(f"{self.where}.{key}: there is no {what} with id {number}.")
        return number

    def flag(self, key: str, default: object = _REQUIRED) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            raise ExchangeError(f"{self.where}.{key}: expected true or false, found "
                                f"{_kind(value)}.")
        return value

    def colour(self, key: str, default: object = _REQUIRED) -> str:
        value = self._get(key, default)
        if not isinstance(value, str) or not is_valid_colour(value):
            raise ExchangeError(f"{self.where}.{key}: {value!r} is not a colour like #FFE45C.")
        return value.upper()

    def mapping(self, key: str) -> dict[str, Any]:
        value = self._get(key, {})
        if not isinstance(value, dict):
            raise ExchangeError(f"{self.where}.{key}: expected an object {{…}}, found "
                                f"{_kind(value)}.")
        return value


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:29] + "…"
        return f"the text “{shown}”"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def items(value: object, where: str) -> list[object]:
    """A JSON list, or an :class:`ExchangeError` saying what was found instead."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ExchangeError(f"{where}: expected a list […], found {_kind(value)}.")
    return value


def unique_id(fields: Fields, seen: set[int]) -> int:
    number = fields.integer("id", minimum=1)
    if number in seen:
        raise ExchangeError(f"{fields.where}.id: the id {number} is used twice.")
    seen.add(number)
    return number
