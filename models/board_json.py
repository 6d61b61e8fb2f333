"""A whole board as JSON, and back: for scripts, diffs and moving boards between machines.

The format is documented in ``exports/JSON_SCHEMA.md`` ("pajalauta-board", version 2). Export
writes every row with its id; import checks the whole file first (types, ranges, references,
image checksums; :mod:`models.board_json_rows`) and only then writes it in one transaction
(:mod:`models.board_json_import`), so a bad file creates nothing. Into an empty board the ids
are kept, so export → import → export gives the same text; into a board with content, rows
get new ids and the imported content is placed to the right of it.

Notes written privately from phones and not revealed yet stay hidden through a JSON file
(``"hidden": true``). Which phone wrote a note is not exported: a phone's session is a
credential of that phone's browser for this board, not content, so imported notes belong to
the laptop.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any, Final, TextIO

from models.board_json_import import ImportSummary as ImportSummary
from models.board_json_import import import_payload as import_payload
from models.board_json_rows import (
    BOARD_FIELDS,
    DOT_FIELDS,
    FRAME_FIELDS,
    GROUP_FIELDS,
    NOTE_FIELDS,
    TOP_FIELDS,
    VOTE_FIELDS,
    ZONE_FIELDS,
    RowChecker,
)
from models.board_json_rows import BoardPayload as BoardPayload
from models.board_validate import ExchangeError, Fields
from models.snapshot import BoardSnapshot

FORMAT: Final = "pajalauta-board"
VERSION: Final = 2
"""Version 2 added ``"hidden"`` to notes. A file without hidden notes is still written as
version 1, so an older Pajalauta reads it; one with hidden notes is version 2, which an older
Pajalauta refuses as newer instead of stumbling over the unknown field."""
MAX_FILE_BYTES: Final = 512 * 1024 * 1024


# --- export -------------------------------------------------------------------------------
def board_to_dict(snapshot: BoardSnapshot) -> dict[str, Any]:
    """Every row of the board as plain JSON values, in the snapshot's stable order."""
    info = snapshot.info
    return {
        "format": FORMAT,
        "version": VERSION if any(n.hidden for n in snapshot.notes) else 1,
        "board": {key: getattr(info, key) for key in BOARD_FIELDS},
        "groups": [{key: getattr(g, key) for key in GROUP_FIELDS} for g in snapshot.groups],
        "frames": [{key: getattr(f, key) for key in FRAME_FIELDS} for f in snapshot.frames],
        "zones": [
            {key: getattr(z, key) for key in ZONE_FIELDS if key != "data"}
            | {"data": dict(sorted(z.data.items()))}
            for z in snapshot.zones
        ],
        # The checksum is computed afresh: it vouches for the bytes in this file.
        "images": [
            {
                "id": i.id,
                "mime": i.mime,
                "sha256": hashlib.sha256(i.data).hexdigest(),
                "caption": i.caption,
                "created_at": i.created_at,
                "data_base64": base64.b64encode(i.data).decode("ascii"),
            }
            for i in snapshot.images
        ],
        # "hidden" only on notes written privately and not revealed yet (see VERSION).
        "notes": [
            {key: getattr(n, key) for key in NOTE_FIELDS if key not in ("fields", "hidden")}
            | {"fields": dict(sorted(n.fields.items()))}
            | ({"hidden": True} if n.hidden else {})
            for n in snapshot.notes
        ],
        "votes": [{key: getattr(v, key) for key in VOTE_FIELDS} for v in snapshot.votes],
        "dots": [{key: getattr(d, key) for key in DOT_FIELDS} for d in snapshot.dots],
    }


def dumps(snapshot: BoardSnapshot) -> str:
    """The board as JSON text (UTF-8 when written; letters stay readable, not escaped)."""
    return json.dumps(board_to_dict(snapshot), ensure_ascii=False, indent=2) + "\n"


def dump(snapshot: BoardSnapshot, stream: TextIO) -> None:
    """:func:`dumps` written to ``stream`` as it is made. Indented JSON is made in small
    pieces; joined into one string first, the pieces of a 5,000-note board held some 20 MB
    at once, in the window's process."""
    json.dump(board_to_dict(snapshot), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


# --- reading ------------------------------------------------------------------------------
def parse(data: str | bytes) -> BoardPayload:
    """Check a board file completely; :class:`ExchangeError` names the first problem."""
    if isinstance(data, bytes):
        if len(data) > MAX_FILE_BYTES:
            raise ExchangeError("The file is too large to be a board export.")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ExchangeError(
                "The file is not UTF-8 text (byte {byte}).", byte=exc.start
            ) from None
    try:
        value = json.loads(data, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            "The file is not valid JSON: {problem} at line {line}, column {column}.",
            problem=exc.msg,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise ExchangeError("The file is not valid JSON: it is nested too deeply.") from None
    top = Fields(value, "board", TOP_FIELDS)
    if top.value.get("format") != FORMAT:
        raise ExchangeError(
            'This is not a Pajalauta board export (expected "format": "{format}").', format=FORMAT
        )
    version = top.integer("version")
    if version > VERSION:
        raise ExchangeError(
            "The file is format version {version}, made by a newer "
            "Pajalauta; this one reads version {latest}.",
            version=version,
            latest=VERSION,
        )
    if version < 1:
        raise ExchangeError(
            "{field}: {version} is not a known version.", field="board.version", version=version
        )
    return RowChecker(top).payload()


def _no_constant(name: str) -> None:
    raise ExchangeError("The file is not valid JSON: {name} is not allowed.", name=name)
