"""Alembic environment. Drøftelse runs migrations from code (store/migrate.py) and hands over its connection;
`alembic -x db=PATH upgrade head` from this folder works too, for a developer."""

from alembic import context
from sqlalchemy import create_engine

from drøftelse.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things; batch mode copies the table instead
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    url = config.get_main_option("sqlalchemy.url") or f"sqlite:///{context.get_x_argument(as_dictionary=True)['db']}"
    with create_engine(url).connect() as conn:
        run_migrations(conn)
        conn.commit()
