"""Schema step 3 gives every zone a ``data`` column (a journey map's emotion marks)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from models.document import BoardDocument
from models.migrations import LATEST_VERSION
from models.templates import get_template
from tests.fixtures.boards import downgrade_phone_sessions


def test_a_version_2_board_gains_zone_data_and_keeps_its_zones(board_path: Path) -> None:
    doc = BoardDocument.create(board_path, title="Palvelupolku")
    frame_id = doc.frames.instantiate(get_template("journey_map"), 0, 0, "fi")
    zones = doc.frames.zones(frame_id)
    doc.close()
    # Turn the file back into what version 2 wrote: no zones.data column.
    conn = sqlite3.connect(board_path)
    conn.execute("ALTER TABLE zones DROP COLUMN data")
    downgrade_phone_sessions(conn)
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()

    doc = BoardDocument.open(board_path)
    try:
        migrated = doc.frames.zones(frame_id)
        assert [(z.id, z.key, z.title, z.x, z.y) for z in migrated] == [
            (z.id, z.key, z.title, z.x, z.y) for z in zones
        ]
        assert all(zone.data == {} for zone in migrated)
        feelings = next(z for z in migrated if z.key == "feelings/waiting")
        # Old journey maps have no marks yet; the lane is still there to write on.
        assert feelings.title == "" and feelings.row == 2
    finally:
        doc.close()
    conn = sqlite3.connect(board_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    conn.close()
    assert board_path.with_name(f"{board_path.stem}.v2-backup{board_path.suffix}").exists()
