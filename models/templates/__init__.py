"""Workshop templates as data: the format, the starter templates and the registry.

Adding a template means adding one :class:`Template` value to :data:`TEMPLATES`; inserting it,
membership of notes, row/column editing, the canvas and the handout all work from the stored
frame and zones, never from template-specific code.
"""

from __future__ import annotations

from typing import Final

from models.templates.format import (
    Band,
    FreeLayout,
    FreeZone,
    GridLayout,
    Label,
    Option,
    Template,
)
from models.templates.starters import STARTERS

TEMPLATES: Final[dict[str, Template]] = {template.key: template for template in STARTERS}
"""Every template offered by "New board from template…" and "Insert template…", in menu order."""


def get_template(key: str) -> Template:
    """The template called ``key``; a ``KeyError`` names the keys that exist."""
    try:
        return TEMPLATES[key]
    except KeyError:
        raise KeyError(f"no template {key!r}; known: {', '.join(TEMPLATES)}") from None


__all__ = [
    "TEMPLATES",
    "Band",
    "FreeLayout",
    "FreeZone",
    "GridLayout",
    "Label",
    "Option",
    "Template",
    "get_template",
]
