"""Wording of our messages in Finnish, Swedish and English, without Qt.

The window and the command line share these tables, so an error reads the same in both and a
translator finds every message in one place. Keys are the English templates the code raises
(:mod:`models.errors`); a pair is (one, many), picked by the parameter ``n`` — the rule of all
three languages (1 is singular, everything else plural), written in one place.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from models.errors import BoardError, fill
from models.wording.errors_fi import FI
from models.wording.errors_sv import SV

LANGUAGES = ("fi", "sv", "en")

ENGLISH_PLURALS: dict[str, tuple[str, str]] = {
    "This zone holds {n} notes. Move them first, or choose to keep them below the frame or to "
    "delete them.": (
        "This zone holds 1 note. Move it first, or choose to keep it below the frame or to "
        "delete it.",
        "This zone holds {n} notes. Move them first, or choose to keep them below the frame or "
        "to delete them.",
    ),
    "This row holds {n} notes. Move them first, or choose to keep them below the frame or to "
    "delete them.": (
        "This row holds 1 note. Move it first, or choose to keep it below the frame or to "
        "delete it.",
        "This row holds {n} notes. Move them first, or choose to keep them below the frame or "
        "to delete them.",
    ),
    "This column holds {n} notes. Move them first, or choose to keep them below the frame or to "
    "delete them.": (
        "This column holds 1 note. Move it first, or choose to keep it below the frame or to "
        "delete it.",
        "This column holds {n} notes. Move them first, or choose to keep them below the frame "
        "or to delete them.",
    ),
    "{who} has used all {n} dots of this vote.": (
        "{who} has used the only dot of this vote.",
        "{who} has used all {n} dots of this vote.",
    ),
    "This voter has used all {n} dots of this vote.": (
        "This voter has used the only dot of this vote.",
        "This voter has used all {n} dots of this vote.",
    ),
}

CATALOGUES: dict[str, Mapping[str, str | tuple[str, str]]] = {
    "fi": FI,
    "sv": SV,
    "en": ENGLISH_PLURALS,
}


def plural_index(n: int) -> int:
    """0 for the singular form, 1 for the plural: the same rule in Finnish, Swedish, English."""
    return 0 if abs(n) == 1 else 1


def word(template: str, params: Mapping[str, object], language: str) -> str:
    """``template`` in ``language`` with its parameters filled (English when not translated)."""
    entry = CATALOGUES.get(language, {}).get(template, template)
    if isinstance(entry, tuple):
        count = params.get("n", 0)
        entry = entry[plural_index(count if isinstance(count, int) else 0)]
    return fill(entry, params, language)


def describe(error: BoardError, language: str) -> str:
    """An error's sentence for a user who reads ``language``."""
    return word(error.template, error.params, language)


def language_of_environment(environ: Mapping[str, str] | None = None) -> str:
    """The command line's language: ``PAJALAUTA_LANG``, else the locale (``LANGUAGE``,
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG``): Swedish, Finnish, otherwise English."""
    env = os.environ if environ is None else environ
    for name in ("PAJALAUTA_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        code = value.split(":")[0][:2].lower()
        return code if code in LANGUAGES else "en"
    return "en"
