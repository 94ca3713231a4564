"""`iq-desktop schema-sql`: the DDL and the migration script a DBA reviews, compiled without a server."""

from __future__ import annotations

import re

import pytest

from iq_desktop import paths
from iq_desktop.cli import main
from iq_desktop.db import schema_version
from iq_desktop.db.schema_sql import migration_script, schema_ddl
from iq_desktop.models import Base

TABLES = sorted(t.name for t in Base.metadata.sorted_tables)


def _created(sql: str) -> list[str]:
    return sorted(re.findall(r"CREATE TABLE (\w+) \(", sql))


def test_every_table_compiles_for_sql_server_with_unicode_and_identity() -> None:
    ddl = schema_ddl("mssql")
    assert _created(ddl) == TABLES
    leitprojekt = re.search(r"CREATE TABLE leitprojekt \((.*?)\n\)", ddl, re.S).group(1)
    assert re.search(r"\bid INTEGER NOT NULL IDENTITY", leitprojekt)
    assert re.search(r"\btitel NVARCHAR\(200\) NOT NULL", leitprojekt)  # umlauts and ß need NVARCHAR
    assert "NVARCHAR(max)" in ddl and "NTEXT" not in ddl and " TEXT" not in ddl
    assert re.search(r"\bbeginn DATE\b", leitprojekt)  # a date, not DATETIME (SQL Server 2008 and newer)
    assert re.search(r"\baktualisiert_am DATETIME2 NOT NULL", leitprojekt)  # DATETIME would round to 3 ms
    assert not re.search(r"\bDATETIME\b", ddl)
    assert "\nGO\n" in ddl


def test_every_table_compiles_for_postgresql() -> None:
    ddl = schema_ddl("postgresql")
    assert _created(ddl) == TABLES
    assert re.search(r"CREATE TABLE leitprojekt \(\s*id SERIAL NOT NULL", ddl)
    assert "BOOLEAN" in ddl and "NVARCHAR" not in ddl


@pytest.mark.parametrize("dialect", ["mssql", "postgresql"])
def test_the_migration_script_is_the_programs_own_migrations(dialect: str) -> None:
    script = migration_script(dialect)
    assert _created(script) == sorted([*TABLES, "alembic_version"])
    if dialect == "mssql":  # the migrations write the same types as the models
        assert "DATETIME2" in script and not re.search(r"\bDATETIME\b", script)
    first, *later = schema_version.KNOWN_REVISIONS
    assert re.search(rf"INSERT INTO alembic_version \(version_num\) .*VALUES \('{first}'\)", script)
    for previous, revision in zip(schema_version.KNOWN_REVISIONS, later, strict=False):
        assert f"UPDATE alembic_version SET version_num='{revision}' WHERE alembic_version.version_num = " \
               f"'{previous}'" in script


def test_command_prints_both_parts_and_touches_no_database(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["schema-sql", "--dialect", "mssql"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert out.startswith("-- IQ Desktop ")
    assert "-- Teil 1: Tabellen und Indizes" in out and "-- Teil 2: Migrationsskript" in out
    assert not paths.default_database_path().exists()  # needs no database, creates none


def test_an_unknown_dialect_is_one_german_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["schema-sql", "--dialect", "oracle"])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1
    assert "--dialect: ungültige Angabe 'oracle' (möglich: 'mssql', 'postgresql')" in err
