"""The schema as SQL for a database administrator: the DDL of every table, and the migration script.

A city's DBA creates the database and reviews what the program will run on it
before granting rights. Both texts are produced without a server: the DDL is
compiled from the models for the chosen dialect, the migration script comes
from Alembic's offline mode (``upgrade head --sql``) over the same migrations
the program runs itself.

SQL Server is compiled for version 2016 and newer (``MSSQL_VERSION``) with
``deprecate_large_types``: dates become DATE and DATETIME2, long texts
NVARCHAR(max), not the deprecated DATETIME and NTEXT that SQLAlchemy writes
when it cannot ask a server for its version.
"""

from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy.engine import Dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from iq_desktop import __version__
from iq_desktop.db import schema_version

DIALECTS = ("mssql", "postgresql")
#: the oldest SQL Server the program supports (2016); compiling without a server assumes this
MSSQL_VERSION = (13, 0)


def dialect_for(name: str) -> Dialect:
    if name == "mssql":
        from sqlalchemy.dialects import mssql

        dialect = mssql.dialect(deprecate_large_types=True)
        dialect.server_version_info = MSSQL_VERSION
        return dialect
    if name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.dialect()
    raise ValueError(f"unknown dialect {name!r}")


def schema_ddl(dialect_name: str) -> str:
    """CREATE TABLE and CREATE INDEX for every table, in dependency order."""
    from iq_desktop.models import Base

    dialect = dialect_for(dialect_name)
    statements = []
    for table in Base.metadata.sorted_tables:
        statements.append(str(CreateTable(table).compile(dialect=dialect)).strip())
        statements.extend(
            str(CreateIndex(index).compile(dialect=dialect)).strip()
            for index in sorted(table.indexes, key=lambda i: i.name or "")
        )
    separator = "\nGO\n" if dialect_name == "mssql" else ";\n"
    return separator.join(statements) + separator


def migration_script(dialect_name: str) -> str:
    """What ``iq-desktop migrate`` runs on an empty database, as SQL (Alembic offline mode)."""
    from alembic import command
    from alembic.config import Config

    dialect_for(dialect_name)  # refuse an unknown name before Alembic does something odd
    buffer = io.StringIO()
    config = Config(output_buffer=buffer)
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    config.attributes["offline_dialect"] = dialect_name
    command.upgrade(config, "head", sql=True)
    return buffer.getvalue()


def schema_sql(dialect_name: str) -> str:
    """Both texts with a header naming program version, schema revision and dialect."""
    title = {"mssql": "Microsoft SQL Server", "postgresql": "PostgreSQL"}[dialect_name]
    header = (
        f"-- IQ Desktop {__version__}, Schemastand {schema_version.HEAD}, {title}\n"
        "-- Teil 1: Tabellen und Indizes (zum Prüfen; angelegt werden sie durch Teil 2)\n"
    )
    part_two = (
        "\n-- Teil 2: Migrationsskript, wie es 'iq-desktop migrate' auf einer leeren Datenbank ausführt\n"
    )
    return header + schema_ddl(dialect_name) + part_two + migration_script(dialect_name)
