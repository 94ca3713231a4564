"""The migrations build exactly the models' schema, and the program knows its revisions."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

import iq_desktop.db.migrate as migrate_module
from iq_desktop import reference
from iq_desktop.db import schema_version
from iq_desktop.models import Base


def _script_directory() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(Path(migrate_module.__file__).with_name("migrations")))
    return ScriptDirectory.from_config(config)


def test_migrations_produce_exactly_the_model_schema(db) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        tables = set(inspect(connection).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def test_every_editable_table_has_a_version_counter() -> None:
    unversioned = {
        name for name, table in Base.metadata.tables.items() if "version" not in table.c
    }
    # link tables, the append-only audit trail, the seed's ledger and the database's own
    # bookkeeping (presence, properties) are not edited row by row in forms
    assert unversioned == {
        "anwesenheit", "audit_eintrag", "datenbank_eigenschaft", "korridor_beauftragte", "projekt_strategie",
        "stammdaten_eintrag",
    }


def test_string_columns_are_unicode() -> None:
    from sqlalchemy import Enum, String, Unicode, UnicodeText

    for table in Base.metadata.tables.values():
        for column in table.c:
            if isinstance(column.type, String) and not isinstance(column.type, Enum):
                assert isinstance(column.type, Unicode | UnicodeText), f"{table.name}.{column.name}"


def test_known_revisions_match_the_migration_scripts() -> None:
    script = _script_directory()
    assert script.get_heads() == [schema_version.HEAD]
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == schema_version.KNOWN_REVISIONS


def test_downgrade_and_upgrade_round_trip(db) -> None:
    from alembic import command

    config = Config()
    config.set_main_option("script_location", str(Path(migrate_module.__file__).with_name("migrations")))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    with db.engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == {"alembic_version"}
    migrate_module.upgrade_to_head(db.engine)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_seeded_reference_data_is_exactly_the_domain_lists(db) -> None:
    with db.engine.connect() as connection:
        korridore = connection.execute(text("SELECT name FROM korridorthema ORDER BY position")).scalars()
        assert tuple(korridore) == (
            "Zukunft Innenstadt",
            "Moderne Verwaltung",
            "Soziale Stadt",
            "Wirtschafts- und Wissenschaftsstadt",
            "Grüne Stadt",
            "Mobilität",
        )
        phasen = connection.execute(text("SELECT name FROM phasen_vorlage ORDER BY position")).scalars()
        assert tuple(phasen) == ("Initiierungsphase", "Umsetzungsphase", "Abschlussphase")
        gremien = set(connection.execute(text("SELECT name FROM gremium")).scalars())
        assert gremien == {g.name for g in reference.GREMIEN}
        felder = connection.execute(
            text("SELECT bezeichnung FROM strategie_element WHERE art='handlungsfeld' ORDER BY position")
        ).scalars()
        assert tuple(felder) == reference.HANDLUNGSFELDER
        prinzipien = connection.execute(
            text("SELECT count(*) FROM strategie_element WHERE art='gestaltungsprinzip'")
        ).scalar()
        assert prinzipien == len(reference.GESTALTUNGSPRINZIPIEN)
        begriffe = dict(connection.execute(text("SELECT schluessel, plural FROM begriff")).all())
        assert begriffe == {
            "korridorthema": "Korridorthemen",
            "leitprojekt": "Leitprojekte",
            "korridorbeauftragte": "Korridorbeauftragte",
        }
