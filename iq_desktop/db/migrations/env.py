"""Alembic environment: runs on the connection the program hands over."""

from __future__ import annotations

from alembic import context

from iq_desktop.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("IQ Desktop runs its migrations through iq_desktop.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
