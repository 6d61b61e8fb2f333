"""Note colours chosen to stay distinct on a washed-out projector with dark text on top."""

from __future__ import annotations

from typing import Final

PALETTE: Final[dict[str, str]] = {
    "yellow": "#FFE45C",
    "orange": "#FFB35C",
    "pink": "#FF9EC4",
    "green": "#A8E28A",
    "blue": "#8CCBFF",
    "purple": "#C9B0FF",
    "grey": "#DADADA",
    "white": "#FFFFFF",
}

DEFAULT_COLOUR: Final = PALETTE["yellow"]

COLOUR_NAMES_FI: Final[dict[str, str]] = {
    "yellow": "Keltainen",
    "orange": "Oranssi",
    "pink": "Pinkki",
    "green": "Vihreä",
    "blue": "Sininen",
    "purple": "Violetti",
    "grey": "Harmaa",
    "white": "Valkoinen",
}


COLOUR_NAMES_SV: Final[dict[str, str]] = {
    "yellow": "Gul",
    "orange": "Orange",
    "pink": "Rosa",
    "green": "Grön",
    "blue": "Blå",
    "purple": "Lila",
    "grey": "Grå",
    "white": "Vit",
}


def is_valid_colour(value: str) -> bool:
    """A colour is stored as ``#RRGGBB``; anything else is refused before it reaches the file."""
    if len(value) != 7 or value[0] != "#":
        return False
    try:
        int(value[1:], 16)
    except ValueError:
        return False
    return True
