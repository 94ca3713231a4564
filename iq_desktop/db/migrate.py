"""Bringing a database to the program's schema: classify its revision, back up, upgrade.

The revision check is one query and needs no Alembic; Alembic is imported
only when an upgrade is due (it costs about a third of a second to import).
The upgrade runs in one transaction that first takes the write lock and
classifies again, so two PCs starting at once never migrate twice, and an
interrupted upgrade leaves the database as it was.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import column, inspect, select, table, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from iq_desktop import __version__
from iq_desktop.db import schema_version
from iq_desktop.db.engine import BEGIN_MODE
from iq_desktop.db.errors import german_database_error
from iq_desktop.db.location import DatabaseLocation
from iq_desktop.db.presence import refuse_maintenance
from iq_desktop.errors import DatenbankFehler
from iq_desktop.i18n import translate
from iq_desktop.models.base import utc_now

log = logging.getLogger(__name__)

#: a table only IQ Desktop databases have; an unknown revision without it is someone else's Alembic
_OUR_TABLE = "leitprojekt"


class SchemaZustand(enum.Enum):
    LEER = "leer"  #: no tables at all: a new database
    AKTUELL = "aktuell"  #: at the program's head revision
    AELTER = "aelter"  #: a known, older revision: migrate
    NEUER = "neuer"  #: a revision this program does not know: written by a newer version
    FREMD = "fremd"  #: tables, but not an IQ Desktop database


def classify(connection: Connection) -> tuple[SchemaZustand, str | None]:
    """Classify the database by its Alembic revision (one or two queries)."""
    tables = _table_names(connection)
    revision = None
    if "alembic_version" in tables:
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        revision = rows[0][0] if rows else None
    if revision is None:
        # an empty alembic_version (downgraded to base) counts as empty
        others = [name for name in tables if name != "alembic_version"]
        return (SchemaZustand.FREMD if others else SchemaZustand.LEER), None
    if revision == schema_version.HEAD:
        return SchemaZustand.AKTUELL, revision
    if revision in schema_version.KNOWN_REVISIONS:
        return SchemaZustand.AELTER, revision
    return (SchemaZustand.NEUER if _OUR_TABLE in tables else SchemaZustand.FREMD), revision


def schema_state(engine: Engine, location: DatabaseLocation) -> tuple[SchemaZustand, str | None]:
    try:
        with engine.connect() as connection:
            return classify(connection)
    except DBAPIError as exc:
        raise german_database_error(exc, location.display, sqlite_path=location.sqlite_path) from exc


def _table_names(connection: Connection) -> list[str]:
    if connection.dialect.name == "sqlite":
        rows = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
        )
        return [r[0] for r in rows]
    return inspect(connection).get_table_names()


def migrate_locked(
    engine: Engine,
    location: DatabaseLocation,
    before_upgrade: Callable[[SchemaZustand, str | None], None],
) -> tuple[SchemaZustand, str | None]:
    """Take the write lock, classify again and upgrade if still needed, all in one transaction.

    ``before_upgrade`` runs under the lock when an upgrade is due (the backup).
    Returns the state found under the lock.
    """
    try:
        with engine.connect() as connection:
            connection.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
            with connection.begin():
                state, revision = classify(connection)
                if state in (SchemaZustand.NEUER, SchemaZustand.FREMD):
                    raise refuse_state(state, revision, location, connection)
                if state is SchemaZustand.AELTER:
                    # another PC still running the older program would meet a changed schema
                    refuse_maintenance(connection, utc_now(), translate(
                        "Datenbank", "Die Aktualisierung der Datenbank auf den Schemastand dieses Programms"))
                if state in (SchemaZustand.LEER, SchemaZustand.AELTER):
                    before_upgrade(state, revision)
                    _alembic_upgrade(connection)
                    log.info("database %s migrated from %s to %s", location.display, revision,
                             schema_version.HEAD)
    except DBAPIError as exc:
        raise german_database_error(exc, location.display, sqlite_path=location.sqlite_path) from exc
    return state, revision


def _alembic_upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    config.attributes["connection"] = connection
    command.upgrade(config, target)


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
    """Run the migrations in one transaction (tests and tools; the program uses migrate_locked).

    ``target`` builds an older schema, to test upgrades from it.
    """
    with engine.begin() as connection:
        _alembic_upgrade(connection, target)


def last_writer_version(bind: Engine | Connection) -> str | None:
    """The program version of the newest audit row: who last wrote (a newer program, for NEUER).

    Best effort: a newer schema may have changed the table; then nothing is named.
    """
    audit = table("audit_eintrag", column("id"), column("programmversion"))
    query = select(audit.c.programmversion).order_by(audit.c.id.desc()).limit(1)
    try:
        if isinstance(bind, Connection):
            with bind.begin_nested():
                return bind.execute(query).scalar()
        with bind.connect() as connection:
            return connection.execute(query).scalar()
    except DBAPIError:
        log.info("no program version found in the audit trail", exc_info=True)
        return None


def refuse_state(
    state: SchemaZustand, revision: str | None, location: DatabaseLocation, bind: Engine | Connection | None = None
) -> DatenbankFehler:
    """The German error for a database the program must not use as it is."""
    display = location.display
    db_option = "" if location.is_default else f" --db „{display}“"
    if state is SchemaZustand.NEUER:
        writer = last_writer_version(bind) if bind is not None else None
        neuere = translate("Datenbank", "IQ Desktop {v}, ").format(v=writer) if writer else ""
        return DatenbankFehler(
            translate("Datenbank", "Die Datenbank „{db}“ stammt von einer neueren Programmversion "
                      "({neuere}Schemastand {rev}); dieses Programm ist IQ Desktop {eigene} (Schemastand "
                      "{kopf}). Bitte IQ Desktop aktualisieren; die Datenbank wurde nicht verändert.")
            .format(db=display, neuere=neuere, rev=revision, eigene=__version__, kopf=schema_version.HEAD)
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
                      "Bitte zuerst „iq-desktop init{opt}“ ausführen.").format(db=display, opt=db_option)
        )
    return DatenbankFehler(
        translate("Datenbank", "Die Datenbank „{db}“ hat einen älteren Schemastand ({rev}) und "
                  "muss migriert werden. Bitte „iq-desktop migrate{opt}“ ausführen (die IT-Abteilung "
                  "hilft).").format(db=display, rev=revision, opt=db_option)
    )
