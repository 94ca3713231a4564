"""SQL Server and PostgreSQL engines, checked at the level of URL and engine construction (no server here)."""

from __future__ import annotations

import types

import pytest
from sqlalchemy import create_engine
from sqlalchemy.dialects.mssql.pyodbc import MSDialect_pyodbc

from iq_desktop.db.engine import MSSQL_ODBC_DRIVER, server_engine_options


def _odbc_string(url) -> str:
    args, _kwargs = MSDialect_pyodbc().create_connect_args(url)
    return args[0]


def test_sql_server_without_user_uses_the_windows_login_and_driver_18() -> None:
    url, options = server_engine_options("mssql+pyodbc://sql01.stadt.local/iq_desktop")
    odbc = _odbc_string(url)
    assert f"DRIVER={{{MSSQL_ODBC_DRIVER}}}" in odbc
    assert "Server=sql01.stadt.local" in odbc and "Database=iq_desktop" in odbc
    assert "Trusted_Connection=yes" in odbc
    assert options == {"pool_pre_ping": True, "fast_executemany": True, "deprecate_large_types": True}


def test_sql_server_with_a_login_and_the_dbas_own_driver_options() -> None:
    url, _ = server_engine_options(
        "mssql+pyodbc://iq_app:geheim@sql01/iq_desktop?driver=ODBC+Driver+17+for+SQL+Server&TrustServerCertificate=yes"
    )
    odbc = _odbc_string(url)
    assert "DRIVER={ODBC Driver 17 for SQL Server}" in odbc  # what IT names wins
    assert "UID=iq_app" in odbc and "Trusted_Connection" not in odbc
    assert "TrustServerCertificate=yes" in odbc


def test_a_full_odbc_connection_string_is_passed_through_untouched() -> None:
    url, _ = server_engine_options("mssql+pyodbc:///?odbc_connect=DSN%3DIQ")
    assert dict(url.query) == {"odbc_connect": "DSN=IQ", "driver": MSSQL_ODBC_DRIVER}


def test_the_sql_server_engine_is_built_with_bulk_inserts_and_nvarchar_max() -> None:
    stub = types.SimpleNamespace(paramstyle="qmark", version="5.2.0", Error=Exception, pooling=False,
                                 Cursor=type("Cursor", (), {}), SQL_WVARCHAR=-9, SQL_WLONGVARCHAR=-10)
    url, options = server_engine_options("mssql+pyodbc://sql01/iq_desktop")
    engine = create_engine(url, module=stub, **options)
    assert engine.dialect.fast_executemany is True
    assert engine.dialect.deprecate_large_types is True
    assert engine.pool._pre_ping is True


def test_postgresql_gets_only_the_connection_check() -> None:
    url, options = server_engine_options("postgresql+psycopg://iq@db01/iq_desktop")
    assert url.render_as_string() == "postgresql+psycopg://iq@db01/iq_desktop"
    assert options == {"pool_pre_ping": True}


@pytest.mark.parametrize("driver_text", [
    'connection failed: connection to server at "127.0.0.1", port 5999 failed: Connection refused',
    "[Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: Error code 0x2746 (10054)",
    "[08S01] [Microsoft][ODBC Driver 18 for SQL Server]Communication link failure",
])
def test_a_server_that_cannot_be_reached_gets_a_german_message(driver_text: str) -> None:
    from sqlalchemy.exc import OperationalError

    from iq_desktop.db.errors import german_database_error

    error = german_database_error(OperationalError("SELECT 1", {}, Exception(driver_text)), "iq@rathaus-sql01")
    assert error.message.startswith("Der Datenbankserver von „iq@rathaus-sql01“ ist nicht erreichbar.")


def test_a_read_only_postgresql_engine_opens_read_only_sessions_and_keeps_the_dbas_options() -> None:
    _, options = server_engine_options("postgresql+psycopg://iq@db01/iq_desktop", read_only=True)
    assert options["connect_args"] == {"options": "-c default_transaction_read_only=on"}
    _, options = server_engine_options("postgresql+psycopg://iq@db01/iq_desktop?options=-c%20search_path%3Diq",
                                       read_only=True)
    assert options["connect_args"] == {"options": "-c search_path=iq -c default_transaction_read_only=on"}
