"""A killed Pajalauta loses nothing it had reported as saved.

A child process edits a board as fast as it can and prints each edit right after its
transaction commits; the parent kills it with SIGKILL at a random moment, over and over on the
same file. After each kill the file must be intact, open without a stale lock, and hold every
acknowledged edit (or a later value of it, since the child may get further than the parent read).
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.document import BoardDocument
from tests.fixtures.boards import FIXTURES
from tests.fixtures.edit_burst import note_text

ITERATIONS = 25
SEED = 20240306
SEQ = re.compile(r"^muistilappu (\d+) ")


def run_and_kill(path: Path, seed: int, rng: random.Random) -> dict[int, int]:
    """Start an editing child, read some acknowledgements, kill it; {note id: last seq}."""
    child = subprocess.Popen(
        [sys.executable, str(FIXTURES / "edit_burst.py"), str(path), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    acknowledged: dict[int, int] = {}
    try:
        first = child.stdout.readline().strip()
        assert first == "ready", f"child did not start: {first!r}"
        for _ in range(rng.randint(0, 60)):
            line = child.stdout.readline()
            if not line:
                break
            _verb, note_id, seq = line.split()
            acknowledged[int(note_id)] = int(seq)
        time.sleep(rng.uniform(0.0, 0.01))
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
    return acknowledged


@pytest.mark.slow
def test_every_acknowledged_edit_survives_a_kill(board_path: Path) -> None:
    BoardDocument.create(board_path, title="Kaatuva kone").close()
    rng = random.Random(SEED)
    acknowledged: dict[int, int] = {}
    for iteration in range(ITERATIONS):
        acks = run_and_kill(board_path, SEED + iteration, rng)
        for note_id, seq in acks.items():
            acknowledged[note_id] = max(seq, acknowledged.get(note_id, 0))

        where = f"iteration {iteration} (seed {SEED + iteration})"
        doc = BoardDocument.open(board_path)  # raises BoardInUseError if a lock outlived it
        try:
            assert not doc.read_only, where
            with doc.read() as conn:
                check = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            assert check == ["ok"], f"{where}: {check}"
            stored = {note.id: note.text for note in doc.notes.all()}
        finally:
            doc.close()

        for note_id, seq in acknowledged.items():
            assert note_id in stored, f"{where}: acknowledged note {note_id} is lost"
            found = SEQ.match(stored[note_id])
            assert found, f"{where}: note {note_id} holds {stored[note_id]!r}"
            assert int(found.group(1)) >= seq, (
                f"{where}: note {note_id} went back from edit {seq} to {found.group(1)}"
            )
            assert stored[note_id] == note_text(int(found.group(1))), where
    assert len(acknowledged) > ITERATIONS, "the children hardly got to edit anything"
