"""PySide6's import hook, made safe for the libraries we load after it.

Once PySide6 is imported, every later import in the process calls its `__feature__` hook, which asks whether the
new module "uses PySide6" (`shibokensupport.feature._mod_uses_pyside`) through `inspect.getsource(module)`. That
call first looks up `module.__wrapped__`, and on a module with a `__getattr__` that imports (pydantic's
`pydantic.errors` and friends, 2.x) the lookup is an import made in the middle of the hook. In the frozen app
(PyInstaller, no source files) this ended in "cannot import name 'import_string' from partially initialized
module 'pydantic._internal._validators'" while a meeting file was read (CI, check_deb.sh, 2026-12-06).

The answer only matters to `from __feature__ import snake_case, true_property`, which Drøftelse never uses: a module
that "uses PySide6" gets feature set 0 (none), one that does not gets -1 ("ignore"), and without a feature selected
anywhere the two read Qt's classes alike. So the answer is no for every module, without touching the module or
reading its file: reading each source file cost ~4 ms of reopening a meeting (147 modules) and more when the ~700
modules of SQLAlchemy, Alembic and reportlab load (issue 32).
"""

from __future__ import annotations

import sys
from types import ModuleType


def uses_pyside(module: ModuleType) -> bool:
    """PySide6's question for `module`: no, asked of nothing (Drøftelse selects no feature anywhere)."""
    return False


def make_feature_hook_safe() -> bool:
    """Puts `uses_pyside` in PySide6's hook; False when this PySide6 has no such hook (nothing to make safe)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    return True
