"""The open database the window and the command hold is services.database.Database, which wraps the store's by
composition (issue 33): no store class reaches ui/ that way. And store/database.py ↔ store/postgres.py is no
circle: the server's module builds on store/transactions.py, not on the file's."""

import ast
import inspect

from conftest import REPO

from drøftelse.services import database as service
from drøftelse.store import database as store_database
from drøftelse.store.transactions import DatabaseBase

SOURCE = REPO / "src" / "drøftelse"


def test_the_opened_database_is_the_services_own_class_around_the_stores(tmp_path):
    db = service.open_database(tmp_path / "udvalg.sqlite")
    try:
        assert type(db) is service.Database
        assert not any(c.__module__.startswith("drøftelse.store") for c in inspect.getmro(type(db)))
        assert isinstance(db.store, store_database.Database)
        assert (db.path, db.read_only, db.dialect, db.server) == (tmp_path / "udvalg.sqlite", None, "sqlite", None)
        with db.transaction():  # what the store functions ask of it reaches the wrapped database
            db.connect().close()
    finally:
        db.dispose()


def test_the_file_and_the_server_share_a_base_and_not_each_others_module():
    postgres = ast.parse((SOURCE / "store" / "postgres.py").read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(postgres) if isinstance(n, ast.ImportFrom)}
    assert "drøftelse.store.database" not in imported
    assert issubclass(store_database.Database, DatabaseBase)
