"""Alembic environment: always given a live connection by telecentre_desk.db.migrate."""

from __future__ import annotations

from alembic import context

from telecentre_desk.db.models import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app never runs alembic from its own CLI
    raise RuntimeError("run migrations through telecentre_desk.db.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
