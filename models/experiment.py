"""The experiment card: a structured item (a note of kind ``"experiment"``) with two halves.

In Varkaus every participant filled one card: the problem from the customer's point of view,
what I will try, what I expect; a few weeks later, at the next session, what happened and what
I learned. The card's values live in ``NoteData.fields`` as strings (dates as ISO
``YYYY-MM-DD``, choices as their keys), so the file stays plain and the handout can print them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from models.errors import FieldValueError
from models.note_values import clean_text
from models.palette import PALETTE
from models.records import NotePatch
from models.templates.format import Label

EXPERIMENT_KIND: Final = "experiment"
CARD_SIZE: Final = (320.0, 400.0)
CARD_COLOUR: Final = PALETTE["white"]

Half = Literal["before", "after"]
HalfStatus = Literal["empty", "partial", "filled"]
FieldKind = Literal["line", "text", "date", "choice"]


@dataclass(frozen=True, slots=True)
class Choice:
    key: str
    label: Label


@dataclass(frozen=True, slots=True)
class CardField:
    key: str
    label: Label
    half: Half
    kind: FieldKind = "text"
    required: bool = True
    """Whether the half counts as filled only once this field has a value."""
    choices: tuple[Choice, ...] = ()


SOLVED_CHOICES: Final = (
    Choice("yes", Label("Kyllä", "Yes")),
    Choice("partly", Label("Osittain", "Partly")),
    Choice("no", Label("Ei", "No")),
    Choice("not_yet", Label("Ei vielä", "Not yet")),
)
NEXT_CHOICES: Final = (
    Choice("keep", Label("Jatkan näin", "Keep")),
    Choice("change", Label("Muutan", "Change")),
    Choice("stop", Label("Lopetan", "Stop")),
)

FIELDS: Final[tuple[CardField, ...]] = (
    CardField("theme", Label("Teema", "Theme"), "before", "line", required=False),
    CardField("owner", Label("Kokeilija", "Owner"), "before", "line", required=False),
    CardField(
        "problem",
        Label("Ongelma asiakkaan näkökulmasta", "The problem from the customer's point of view"),
        "before",
    ),
    CardField("try", Label("Mitä kokeilen", "What I will try"), "before"),
    CardField(
        "expect",
        Label("Mitä odotan – mistä tiedän, että onnistui", "What I expect – how I will know"),
        "before",
    ),
    CardField("start_date", Label("Aloitan", "Start date"), "before", "date", required=False),
    CardField("review_date", Label("Arvioidaan", "Review date"), "before", "date", required=False),
    CardField(
        "happened",
        Label("Mitä tapahtui – tilanne nyt", "What happened – the situation now"),
        "after",
    ),
    CardField(
        "solved",
        Label("Ratkesiko ongelma?", "Was the problem solved?"),
        "after",
        "choice",
        choices=SOLVED_CHOICES,
    ),
    CardField("learned", Label("Mitä opin", "What I learned"), "after"),
    CardField(
        "next", Label("Seuraava askel", "Next step"), "after", "choice", choices=NEXT_CHOICES
    ),
)
FIELD_KEYS: Final = tuple(field.key for field in FIELDS)
HALF_TITLES: Final[dict[Half, Label]] = {
    "before": Label("Ennen kokeilua", "Before the experiment"),
    "after": Label("Kokeilun jälkeen", "After the experiment"),
}

_BY_KEY: Final = {field.key: field for field in FIELDS}
_FINNISH_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def card_field(key: str) -> CardField:
    return _BY_KEY[key]


def parse_date(text: str) -> str:
    """``2026-03-06`` or the Finnish ``6.3.2026`` → ``2026-03-06``; blank stays blank."""
    parsed = iso_date(text)
    if parsed is None:
        raise FieldValueError(
            "“{value}” is not a date; write it like 6.3.2026.", value=text.strip()
        )
    return parsed


def iso_date(text: str) -> str | None:
    """A date written ``6.3.2026`` or ``2026-03-06`` as ISO; ``""`` for blank; None when the
    text is not a date (a card keeps such a text as written, marked, rather than lose it)."""
    text = text.strip()
    if not text:
        return ""
    match = _FINNISH_DATE.match(text)
    try:
        if match:
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day).isoformat()
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def clean_card_fields(fields: Mapping[str, object]) -> dict[str, str]:
    """Check and normalise card values before they are stored; unknown names are refused."""
    unknown = set(fields) - set(FIELD_KEYS)
    if unknown:
        raise ValueError(f"unknown experiment card fields: {sorted(unknown)}")
    cleaned: dict[str, str] = {}
    for key, raw in fields.items():
        spec = _BY_KEY[key]
        value = clean_text("" if raw is None else str(raw))
        if spec.kind == "date":
            value = parse_date(value)
        elif spec.kind == "choice":
            value = value.strip()
            if value and value not in {choice.key for choice in spec.choices}:
                raise ValueError(f"{key} must be one of {[c.key for c in spec.choices]}")
        elif spec.kind == "line":
            value = " ".join(value.split())
        cleaned[key] = value
    return cleaned


def half_status(fields: Mapping[str, str], half: Half) -> HalfStatus:
    """``filled`` when every required field of the half has a value, ``empty`` when no field
    of it has one; the card shows this so the next session sees whose results are missing."""
    specs = [spec for spec in FIELDS if spec.half == half]
    filled = {spec.key for spec in specs if str(fields.get(spec.key, "")).strip()}
    if not filled:
        return "empty"
    if all(spec.key in filled for spec in specs if spec.required):
        return "filled"
    return "partial"


def halves_filled(fields: Mapping[str, str]) -> tuple[bool, bool]:
    """(before half filled, after half filled)."""
    return half_status(fields, "before") == "filled", half_status(fields, "after") == "filled"


def choice_label(key: str, value: str, language: str) -> str:
    """The words for a stored choice ("partly" → "Osittain"); free text is returned as is."""
    spec = _BY_KEY.get(key)
    for choice in spec.choices if spec else ():
        if choice.key == value:
            return choice.label.text(language)
    return value


def new_card(x: float, y: float, **fields: str) -> NotePatch:
    """What ``doc.notes.add`` needs for a new experiment card at (x, y)."""
    width, height = CARD_SIZE
    values = {key: "" for key in FIELD_KEYS}
    values.update(clean_card_fields(fields))
    return {
        "kind": EXPERIMENT_KIND,
        "x": x,
        "y": y,
        "width": width,
        "height": height,
        "colour": CARD_COLOUR,
        "text": "",
        "author": values["owner"],
        "fields": values,
    }


def card_lines(fields: Mapping[str, str], language: str) -> list[tuple[str, str]]:
    """(label, value) of every filled field in card order, choices in words: for the
    handout, the CSV export and a card's tooltip."""
    lines = []
    for spec in FIELDS:
        value = str(fields.get(spec.key, "")).strip()
        if value:
            lines.append((spec.label.text(language), choice_label(spec.key, value, language)))
    return lines
