"""The store's modules as the services call them, each imported at its first use.

Importing a store module that writes imports SQLAlchemy and the ORM's tables (~0.3 s). The window imports the
services before it shows a meeting, and a meeting is read with plain SQL (store/meeting_reads.py): so the services
name the store's writing modules here, and the ORM loads with the first write, or behind the painted window
(services/database.load_for_writing), not before a chair can see the meeting (issue 32)."""

from __future__ import annotations

import importlib


class StoreModule:
    """Stands for the store module `name`: an attribute asked of it is the module's, imported then (Python's import
    lock makes a second thread wait for the first). Looked up on every call, so a test's monkeypatch holds."""

    named: set[str] = set()  # every store module a service names: what load_all imports

    def __init__(self, name: str):
        self._name = name
        StoreModule.named.add(name)

    def __getattr__(self, attribute: str):
        return getattr(importlib.import_module(self._name), attribute)

    @classmethod
    def load_all(cls) -> None:
        """Import every store module the services name (with them SQLAlchemy and the ORM's tables)."""
        for name in sorted(cls.named):
            importlib.import_module(name)

    def __repr__(self) -> str:
        return f"<store module {self._name}, imported at first use>"
