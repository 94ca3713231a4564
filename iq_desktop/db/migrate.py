"""Bringing a database to the program's schema: detect its revision, back up, upgrade.

The revision check is one query and needs no Alembic; Alembic is imported
only when an upgrade is due (it costs about a third of a second to import).
"""

from __future__ import annotations

import enum
import logging
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError, ProgrammingError

from iq_desktop.db import schema_version
from iq_desktop.errors import DatenbankFehler
from iq_desktop.i18n import translate

log = logging.getLogger(__name__)


class SchemaZustand(enum.Enum):
    LEER = "leer"  #: no tables at all: a new database
    AKTUELL = "aktuell"  #: at the program's head revision
    AELTER = "aelter"  #: a known, older revision: migrate
    NEUER = "neuer"  #: a revision this program does not know: written by a newer version
    FREMD = "fremd"  #: tables, but not an IQ Desktop database


def schema_state(engine: Engine) -> tuple[SchemaZustand, str | None]:
    """Classify the database by its Alembic revision (one query in the common case)."""
    try:
        with engine.connect() as connection:
            revision = _read_revision(connection)
            if revision is None:
                # an empty alembic_version (downgraded to base) counts as empty
                has_tables = any(name != "alembic_version" for name in _table_names(connection))
                return (SchemaZustand.FREMD if has_tables else SchemaZustand.LEER), None
    except DatabaseError as exc:
        raise DatenbankFehler(
            translate("Datenbank", "Die Datenbank lässt sich nicht lesen ({grund}). Sie ist "
                      "beschädigt oder keine SQLite-Datenbank; sie wurde nicht verändert.")
            .format(grund=_reason(exc))
        ) from exc
    if revision == schema_version.HEAD:
        return SchemaZustand.AKTUELL, revision
    if revision in schema_version.KNOWN_REVISIONS:
        return SchemaZustand.AELTER, revision
    return SchemaZustand.NEUER, revision


def _read_revision(connection: Connection) -> str | None:
    try:
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except (OperationalError, ProgrammingError):
        connection.rollback()
        return None
    return rows[0][0] if rows else None


def _table_names(connection: Connection) -> list[str]:
    if connection.dialect.name == "sqlite":
        rows = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
        )
        return [r[0] for r in rows]
    return inspect(connection).get_table_names()


def _reason(exc: DatabaseError) -> str:
    return str(exc.orig) if exc.orig is not None else str(exc)


def upgrade_to_head(engine: Engine) -> None:
    """Run the Alembic migrations in one connection (batch mode on SQLite)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database migrated to %s", schema_version.HEAD)


def refuse_state(state: SchemaZustand, revision: str | None, display: str) -> DatenbankFehler:
    """The German error for a database the program must not use as it is."""
    if state is SchemaZustand.NEUER:
        return DatenbankFehler(
            translate("Datenbank", "Die Datenbank „{db}“ stammt von einer neueren Programmversion "
                      "(Schemastand {rev}). Bitte IQ Desktop aktualisieren; die Datenbank wurde "
                      "nicht verändert.").format(db=display, rev=revision)
        )
    if state is SchemaZustand.FREMD:
        return DatenbankFehler(
            translate("Datenbank", "„{db}“ ist keine IQ-Desktop-Datenbank (sie enthält fremde "
                      "Tabellen). Bitte eine andere Datei wählen; diese wurde nicht verändert.")
            .format(db=display)
        )
    if state is SchemaZustand.LEER:
        return DatenbankFehler(
            translate("Datenbank", "Die Datenbank „{db}“ ist noch nicht eingerichtet. "
                      "Bitte zuerst „iq-desktop init“ ausführen.").format(db=display)
        )
    return DatenbankFehler(
        translate("Datenbank", "Die Datenbank „{db}“ hat einen älteren Schemastand ({rev}) und "
                  "muss migriert werden. Bitte „iq-desktop migrate“ ausführen (die IT-Abteilung "
                  "hilft).").format(db=display, rev=revision)
    )
