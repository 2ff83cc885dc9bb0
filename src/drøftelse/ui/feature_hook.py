"""PySide6's import hook, made safe for the libraries we load after it.

Once PySide6 is imported, every later import in the process calls its `__feature__` hook, which asks whether the
new module "uses PySide6" (`shibokensupport.feature._mod_uses_pyside`) through `inspect.getsource(module)`. That
call first looks up `module.__wrapped__`, and on a module with a `__getattr__` that imports (pydantic's
`pydantic.errors` and friends, 2.x) the lookup is an import made in the middle of the hook. In the frozen app
(PyInstaller, no source files) this ended in "cannot import name 'import_string' from partially initialized
module 'pydantic._internal._validators'" while a meeting file was read (CI, check_deb.sh, 2026-12-06).

The answer only matters to `from __feature__ import snake_case, true_property`, which Drøftelse never uses. So the
question is asked without touching the module's attributes: the source file is read as bytes when there is one
(the same test PySide6 makes, "PySide6" in the text), otherwise the answer is no. It is also cheaper than
`inspect.getsource` on each of the ~700 modules SQLAlchemy, Alembic and reportlab bring.
"""

from __future__ import annotations

import sys
from types import ModuleType


def uses_pyside(module: ModuleType) -> bool:
    """PySide6's question for `module`, answered from its source file without calling into the module."""
    path = vars(module).get("__file__")  # not getattr: a module's own __getattr__ may import
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built in, compiled, or frozen: PySide6's own answer for these is no as well
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def make_feature_hook_safe() -> bool:
    """Puts `uses_pyside` in PySide6's hook; False when this PySide6 has no such hook (nothing to make safe)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside
    return True
