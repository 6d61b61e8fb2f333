"""The window layer. Importing it first puts :mod:`ui.source_reads` in place."""

from __future__ import annotations

import PySide6.QtCore  # noqa: F401  # PySide6's import hook is in place once this has run

from ui import source_reads

source_reads.install()
