"""Alembic environment: runs on the connection the program hands over.

Offline (``iq-desktop schema-sql``) it writes the script for the dialect the
caller names instead (iq_desktop.db.schema_sql).
"""

from __future__ import annotations

from alembic import context

from iq_desktop.models import Base

if context.is_offline_mode():
    dialect_name = context.config.attributes["offline_dialect"]
    context.configure(
        dialect_name=dialect_name,
        dialect_opts={"deprecate_large_types": True} if dialect_name == "mssql" else {},
        target_metadata=Base.metadata,
        literal_binds=True,
    )
    if dialect_name == "mssql":  # no server to ask: compile for the oldest supported version
        from iq_desktop.db.schema_sql import MSSQL_VERSION

        context.get_context().dialect.server_version_info = MSSQL_VERSION
else:
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
