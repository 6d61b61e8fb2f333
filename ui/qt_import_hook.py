"""PySide6's ``__feature__`` import hook, switched off: Pajalauta uses no ``__feature__``.

Importing ``PySide6.QtCore`` replaces ``builtins.__import__`` with a hook (for the opt-in
``from __feature__ import snake_case, true_property``) that, after every later import, reads the
imported module's whole source file to see whether it mentions PySide6. At start that is some
360 modules (SQLAlchemy, the standard library, ours) read and searched: about a tenth of a cold
start. Pajalauta never imports ``__feature__``, so the interpreter's own import is put back.
"""

from __future__ import annotations

import builtins

import PySide6.QtCore  # noqa: F401  (installs the hook this module takes away again)


def use_plain_import() -> None:
    """Put Python's own ``__import__`` back if PySide6's hook replaced it (idempotent)."""
    original = getattr(builtins, "__orig_import__", None)
    hook = getattr(builtins, "__feature_import__", None)
    if original is not None and hook is not None and builtins.__import__ is hook:
        builtins.__import__ = original
