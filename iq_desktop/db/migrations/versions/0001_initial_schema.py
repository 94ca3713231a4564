"""initial schema: every table of the IQ domain model

Revision ID: 0001
Revises:
Create Date: 2026-11-22 03:41:56.066260
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mssql

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

#: naive UTC; DATETIME2 on SQL Server (DATETIME rounds to 3 ms)
_UTC_TIMESTAMP = sa.DateTime().with_variant(mssql.DATETIME2(), 'mssql')


def upgrade() -> None:
    op.create_table('audit_eintrag',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('zeitpunkt', _UTC_TIMESTAMP, nullable=False),
    sa.Column('benutzer', sa.Unicode(length=100), nullable=False),
    sa.Column('rechner', sa.Unicode(length=100), nullable=False),
    sa.Column('programmversion', sa.Unicode(length=30), nullable=False),
    sa.Column('entitaet', sa.Unicode(length=40), nullable=False),
    sa.Column('entitaet_id', sa.Unicode(length=60), nullable=False),
    sa.Column('aktion', sa.Enum('angelegt', 'geaendert', 'geloescht', name='auditaktion', native_enum=False, length=30), nullable=False),
    sa.Column('leitprojekt_id', sa.Integer(), nullable=True),
    sa.Column('aenderungen', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_eintrag'))
    )
    with op.batch_alter_table('audit_eintrag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_eintrag_leitprojekt_id'), ['leitprojekt_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_eintrag_zeitpunkt'), ['zeitpunkt'], unique=False)

    op.create_table('begriff',
    sa.Column('schluessel', sa.Unicode(length=40), nullable=False),
    sa.Column('singular', sa.Unicode(length=100), nullable=False),
    sa.Column('plural', sa.Unicode(length=100), nullable=False),
    sa.Column('genitiv', sa.Unicode(length=100), nullable=False),
    sa.Column('genus', sa.Unicode(length=1), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('schluessel', name=op.f('pk_begriff'))
    )
    op.create_table('dezernat',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kuerzel', sa.Unicode(length=30), nullable=False),
    sa.Column('bezeichnung', sa.Unicode(length=200), nullable=False),
    sa.Column('buergermeister_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dezernat')),
    sa.UniqueConstraint('kuerzel', name=op.f('uq_dezernat_kuerzel'))
    )
    op.create_table('externe_organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Unicode(length=200), nullable=False),
    sa.Column('art', sa.Unicode(length=200), nullable=True),
    sa.Column('ort', sa.Unicode(length=100), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_externe_organisation')),
    sa.UniqueConstraint('name', name=op.f('uq_externe_organisation_name'))
    )
    op.create_table('gremium',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Unicode(length=200), nullable=False),
    sa.Column('langname', sa.Unicode(length=200), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gremium')),
    sa.UniqueConstraint('name', name=op.f('uq_gremium_name'))
    )
    op.create_table('phasen_vorlage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Unicode(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phasen_vorlage')),
    sa.UniqueConstraint('name', name=op.f('uq_phasen_vorlage_name'))
    )
    op.create_table('regel_ausnahme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pruefung', sa.Unicode(length=40), nullable=False),
    sa.Column('objekt_typ', sa.Unicode(length=40), nullable=False),
    sa.Column('objekt_id', sa.Integer(), nullable=False),
    sa.Column('begruendung', sa.UnicodeText(), nullable=False),
    sa.Column('erfasst_von', sa.Unicode(length=100), nullable=False),
    sa.Column('erfasst_am', _UTC_TIMESTAMP, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_regel_ausnahme')),
    sa.UniqueConstraint('pruefung', 'objekt_typ', 'objekt_id', name=op.f('uq_regel_ausnahme_pruefung_objekt_typ_objekt_id'))
    )
    op.create_table('stammdaten_eintrag',
    sa.Column('schluessel', sa.Unicode(length=200), nullable=False),
    sa.Column('angelegt_am', _UTC_TIMESTAMP, nullable=False),
    sa.PrimaryKeyConstraint('schluessel', name=op.f('pk_stammdaten_eintrag'))
    )
    op.create_table('strategie_element',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('art', sa.Enum('handlungsfeld', 'gestaltungsprinzip', name='strategieart', native_enum=False, length=30), nullable=False),
    sa.Column('bezeichnung', sa.Unicode(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('aktiv', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_strategie_element')),
    sa.UniqueConstraint('art', 'bezeichnung', name=op.f('uq_strategie_element_art_bezeichnung'))
    )
    op.create_table('amt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kuerzel', sa.Unicode(length=30), nullable=False),
    sa.Column('bezeichnung', sa.Unicode(length=200), nullable=False),
    sa.Column('dezernat_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['dezernat_id'], ['dezernat.id'], name=op.f('fk_amt_dezernat_id_dezernat')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_amt')),
    sa.UniqueConstraint('bezeichnung', name=op.f('uq_amt_bezeichnung')),
    sa.UniqueConstraint('kuerzel', name=op.f('uq_amt_kuerzel'))
    )
    op.create_table('sitzung',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('gremium_id', sa.Integer(), nullable=False),
    sa.Column('datum', sa.Date(), nullable=False),
    sa.Column('top', sa.Unicode(length=20), nullable=True),
    sa.Column('oeffentlich', sa.Boolean(), nullable=False),
    sa.Column('vorlage_nr', sa.Unicode(length=30), nullable=True),
    sa.Column('ergebnis', sa.Unicode(length=200), nullable=True),
    sa.Column('bemerkung', sa.UnicodeText(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['gremium_id'], ['gremium.id'], name=op.f('fk_sitzung_gremium_id_gremium')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sitzung')),
    sa.UniqueConstraint('gremium_id', 'datum', name=op.f('uq_sitzung_gremium_id_datum'))
    )
    with op.batch_alter_table('sitzung', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sitzung_datum'), ['datum'], unique=False)

    op.create_table('abteilung',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('amt_id', sa.Integer(), nullable=False),
    sa.Column('bezeichnung', sa.Unicode(length=200), nullable=False),
    sa.Column('kuerzel', sa.Unicode(length=30), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['amt_id'], ['amt.id'], name=op.f('fk_abteilung_amt_id_amt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_abteilung'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('anrede', sa.Unicode(length=20), nullable=True),
    sa.Column('titel', sa.Unicode(length=50), nullable=True),
    sa.Column('vorname', sa.Unicode(length=100), nullable=False),
    sa.Column('nachname', sa.Unicode(length=100), nullable=False),
    sa.Column('funktion', sa.Unicode(length=200), nullable=True),
    sa.Column('dezernat_id', sa.Integer(), nullable=True),
    sa.Column('amt_id', sa.Integer(), nullable=True),
    sa.Column('abteilung_id', sa.Integer(), nullable=True),
    sa.Column('externe_organisation_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.Unicode(length=200), nullable=True),
    sa.Column('telefon', sa.Unicode(length=50), nullable=True),
    sa.Column('ist_dca', sa.Boolean(), nullable=False),
    sa.Column('bemerkung', sa.UnicodeText(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['abteilung_id'], ['abteilung.id'], name=op.f('fk_person_abteilung_id_abteilung')),
    sa.ForeignKeyConstraint(['amt_id'], ['amt.id'], name=op.f('fk_person_amt_id_amt')),
    sa.ForeignKeyConstraint(['dezernat_id'], ['dezernat.id'], name=op.f('fk_person_dezernat_id_dezernat')),
    sa.ForeignKeyConstraint(['externe_organisation_id'], ['externe_organisation.id'], name=op.f('fk_person_externe_organisation_id_externe_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_nachname'), ['nachname'], unique=False)

    # dezernat -> person closes the cycle person -> amt -> dezernat; added once both exist
    with op.batch_alter_table('dezernat', schema=None) as batch_op:
        batch_op.create_foreign_key(
            'fk_dezernat_buergermeister_id_person', 'person', ['buergermeister_id'], ['id']
        )

    op.create_table('korridorthema',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Unicode(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('buergermeister_id', sa.Integer(), nullable=True),
    sa.Column('ziele', sa.UnicodeText(), nullable=True),
    sa.Column('beschreibung', sa.UnicodeText(), nullable=True),
    sa.Column('laufzeit_von', sa.Integer(), nullable=True),
    sa.Column('laufzeit_bis', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['buergermeister_id'], ['person.id'], name=op.f('fk_korridorthema_buergermeister_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_korridorthema')),
    sa.UniqueConstraint('name', name=op.f('uq_korridorthema_name'))
    )
    op.create_table('benutzer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.Unicode(length=100), nullable=False),
    sa.Column('anzeigename', sa.Unicode(length=200), nullable=False),
    sa.Column('rolle', sa.Enum('administration', 'vme', 'korridorbeauftragte', 'projektleitung', 'lesend', name='benutzerrolle', native_enum=False, length=30), nullable=False),
    sa.Column('korridorthema_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('aktiv', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['korridorthema_id'], ['korridorthema.id'], name=op.f('fk_benutzer_korridorthema_id_korridorthema')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_benutzer_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_benutzer')),
    sa.UniqueConstraint('login', name=op.f('uq_benutzer_login'))
    )
    op.create_table('korridor_beauftragte',
    sa.Column('korridorthema_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['korridorthema_id'], ['korridorthema.id'], name=op.f('fk_korridor_beauftragte_korridorthema_id_korridorthema')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_korridor_beauftragte_person_id_person')),
    sa.PrimaryKeyConstraint('korridorthema_id', 'person_id', name=op.f('pk_korridor_beauftragte'))
    )
    op.create_table('korridor_jahresbericht',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('korridorthema_id', sa.Integer(), nullable=False),
    sa.Column('jahr', sa.Integer(), nullable=False),
    sa.Column('resuemee', sa.UnicodeText(), nullable=True),
    sa.Column('ausblick', sa.UnicodeText(), nullable=True),
    sa.Column('bearbeitet_von', sa.Unicode(length=100), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['korridorthema_id'], ['korridorthema.id'], name=op.f('fk_korridor_jahresbericht_korridorthema_id_korridorthema')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_korridor_jahresbericht')),
    sa.UniqueConstraint('korridorthema_id', 'jahr', name=op.f('uq_korridor_jahresbericht_korridorthema_id_jahr'))
    )
    op.create_table('leitprojekt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('titel', sa.Unicode(length=200), nullable=False),
    sa.Column('korridorthema_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('geplant', 'laufend', 'pausiert', 'abgeschlossen', 'abgebrochen', name='projektstatus', native_enum=False, length=30), nullable=False),
    sa.Column('beginn', sa.Date(), nullable=True),
    sa.Column('geplantes_ende', sa.Date(), nullable=True),
    sa.Column('kickoff_am', sa.Date(), nullable=True),
    sa.Column('beschreibung', sa.UnicodeText(), nullable=True),
    sa.Column('beitrag_korridor', sa.UnicodeText(), nullable=True),
    sa.Column('zielgruppe', sa.UnicodeText(), nullable=True),
    sa.Column('zielgruppe_aktiv_eingebunden', sa.Boolean(), nullable=True),
    sa.Column('chancen_nutzen', sa.UnicodeText(), nullable=True),
    sa.Column('einbindung_zielgruppe', sa.Unicode(length=200), nullable=True),
    sa.Column('einbindung_intern', sa.Unicode(length=200), nullable=True),
    sa.Column('einbindung_extern', sa.Unicode(length=200), nullable=True),
    sa.Column('internationalitaet', sa.Boolean(), nullable=False),
    sa.Column('internationalitaet_wie', sa.UnicodeText(), nullable=True),
    sa.Column('digitalisierung', sa.Boolean(), nullable=False),
    sa.Column('digitalisierung_wie', sa.UnicodeText(), nullable=True),
    sa.Column('partizipation', sa.Boolean(), nullable=False),
    sa.Column('partizipation_wie', sa.UnicodeText(), nullable=True),
    sa.Column('personal', sa.Unicode(length=200), nullable=True),
    sa.Column('ausblick', sa.UnicodeText(), nullable=True),
    sa.Column('ampel', sa.Enum('gruen', 'gelb', 'rot', name='ampel', native_enum=False, length=30), nullable=True),
    sa.Column('ampel_notiz', sa.UnicodeText(), nullable=True),
    sa.Column('ampel_zeit', sa.Enum('gruen', 'gelb', 'rot', name='ampel', native_enum=False, length=30), nullable=True),
    sa.Column('ampel_budget', sa.Enum('gruen', 'gelb', 'rot', name='ampel', native_enum=False, length=30), nullable=True),
    sa.Column('ampel_personal', sa.Enum('gruen', 'gelb', 'rot', name='ampel', native_enum=False, length=30), nullable=True),
    sa.Column('nicht_oeffentlich', sa.Boolean(), nullable=False),
    sa.Column('aktualisiert_am', _UTC_TIMESTAMP, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['korridorthema_id'], ['korridorthema.id'], name=op.f('fk_leitprojekt_korridorthema_id_korridorthema')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leitprojekt'))
    )
    with op.batch_alter_table('leitprojekt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leitprojekt_aktualisiert_am'), ['aktualisiert_am'], unique=False)
        batch_op.create_index(batch_op.f('ix_leitprojekt_korridorthema_id'), ['korridorthema_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_leitprojekt_titel'), ['titel'], unique=False)

    op.create_table('entscheidung',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('leitprojekt_id', sa.Integer(), nullable=False),
    sa.Column('art', sa.Enum('problem', 'entscheidungsbedarf', 'dissens', name='entscheidungsart', native_enum=False, length=30), nullable=False),
    sa.Column('titel', sa.Unicode(length=200), nullable=False),
    sa.Column('beschreibung', sa.UnicodeText(), nullable=True),
    sa.Column('erfasst_am', sa.Date(), nullable=False),
    sa.Column('zu_entscheiden_durch', sa.Unicode(length=200), nullable=True),
    sa.Column('faellig_bis', sa.Date(), nullable=True),
    sa.Column('an_clearingstelle_am', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('offen', 'entschieden', 'zurueckgezogen', name='entscheidungsstatus', native_enum=False, length=30), nullable=False),
    sa.Column('ergebnis', sa.UnicodeText(), nullable=True),
    sa.Column('entschieden_am', sa.Date(), nullable=True),
    sa.Column('entschieden_durch', sa.Unicode(length=200), nullable=True),
    sa.Column('nicht_oeffentlich', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['leitprojekt_id'], ['leitprojekt.id'], name=op.f('fk_entscheidung_leitprojekt_id_leitprojekt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entscheidung'))
    )
    with op.batch_alter_table('entscheidung', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entscheidung_leitprojekt_id'), ['leitprojekt_id'], unique=False)

    op.create_table('mitwirkung',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('leitprojekt_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('rolle', sa.Enum('auftraggeber', 'projektleitung', 'mitglied', 'experte', 'ansprechperson', name='rolle', native_enum=False, length=30), nullable=False),
    sa.Column('von', sa.Date(), nullable=True),
    sa.Column('bis', sa.Date(), nullable=True),
    sa.Column('anteil_prozent', sa.Integer(), nullable=True),
    sa.Column('benannt_von_id', sa.Integer(), nullable=True),
    sa.Column('benannt_am', sa.Date(), nullable=True),
    sa.Column('zustimmung_dezernat_am', sa.Date(), nullable=True),
    sa.Column('zustimmung_amtsleitung_am', sa.Date(), nullable=True),
    sa.Column('zustimmung_person_am', sa.Date(), nullable=True),
    sa.Column('bemerkung', sa.UnicodeText(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['benannt_von_id'], ['person.id'], name=op.f('fk_mitwirkung_benannt_von_id_person')),
    sa.ForeignKeyConstraint(['leitprojekt_id'], ['leitprojekt.id'], name=op.f('fk_mitwirkung_leitprojekt_id_leitprojekt')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_mitwirkung_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mitwirkung')),
    sa.UniqueConstraint('leitprojekt_id', 'person_id', 'rolle', name=op.f('uq_mitwirkung_leitprojekt_id_person_id_rolle'))
    )
    with op.batch_alter_table('mitwirkung', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mitwirkung_leitprojekt_id'), ['leitprojekt_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mitwirkung_person_id'), ['person_id'], unique=False)

    op.create_table('phase',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('leitprojekt_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Unicode(length=200), nullable=False),
    sa.Column('geplante_schritte', sa.UnicodeText(), nullable=True),
    sa.Column('status', sa.Enum('nicht_begonnen', 'laufend', 'abgeschlossen', name='phasenstatus', native_enum=False, length=30), nullable=False),
    sa.Column('geplant_von', sa.Date(), nullable=True),
    sa.Column('geplant_bis', sa.Date(), nullable=True),
    sa.Column('ist_von', sa.Date(), nullable=True),
    sa.Column('ist_bis', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['leitprojekt_id'], ['leitprojekt.id'], name=op.f('fk_phase_leitprojekt_id_leitprojekt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phase'))
    )
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phase_leitprojekt_id'), ['leitprojekt_id'], unique=False)

    op.create_table('projekt_budget',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('leitprojekt_id', sa.Integer(), nullable=False),
    sa.Column('doppelhaushalt', sa.Unicode(length=9), nullable=False),
    sa.Column('geplant', sa.Integer(), nullable=True),
    sa.Column('bewilligt', sa.Integer(), nullable=True),
    sa.Column('ausgegeben', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['leitprojekt_id'], ['leitprojekt.id'], name=op.f('fk_projekt_budget_leitprojekt_id_leitprojekt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_projekt_budget'))
    )
    with op.batch_alter_table('projekt_budget', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_projekt_budget_leitprojekt_id'), ['leitprojekt_id'], unique=False)

    op.create_table('projekt_kanal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('leitprojekt_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('bezeichnung', sa.Unicode(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['leitprojekt_id'], ['leitprojekt.id'], name=op.f('fk_projekt_kanal_leitprojekt_id_leitprojekt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_projekt_kanal'))
    )
    with op.batch_alter_table('projekt_kanal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_projekt_kanal_leitprojekt_id'), ['leitprojekt_id'], unique=False)

    op.create_table('projekt_strategie',
    sa.Column('leitprojekt_id', sa.Integer(), nullable=False),
    sa.Column('strategie_element_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['leitprojekt_id'], ['leitprojekt.id'], name=op.f('fk_projekt_strategie_leitprojekt_id_leitprojekt')),
    sa.ForeignKeyConstraint(['strategie_element_id'], ['strategie_element.id'], name=op.f('fk_projekt_strategie_strategie_element_id_strategie_element')),
    sa.PrimaryKeyConstraint('leitprojekt_id', 'strategie_element_id', name=op.f('pk_projekt_strategie'))
    )
    op.create_table('projekt_ziel',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('leitprojekt_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('ebene', sa.Integer(), nullable=False),
    sa.Column('text', sa.UnicodeText(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['leitprojekt_id'], ['leitprojekt.id'], name=op.f('fk_projekt_ziel_leitprojekt_id_leitprojekt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_projekt_ziel'))
    )
    with op.batch_alter_table('projekt_ziel', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_projekt_ziel_leitprojekt_id'), ['leitprojekt_id'], unique=False)

    op.create_table('risiko',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('leitprojekt_id', sa.Integer(), nullable=False),
    sa.Column('titel', sa.Unicode(length=200), nullable=False),
    sa.Column('beschreibung', sa.UnicodeText(), nullable=True),
    sa.Column('wahrscheinlichkeit', sa.Integer(), nullable=False),
    sa.Column('auswirkung', sa.Integer(), nullable=False),
    sa.Column('verantwortlich_id', sa.Integer(), nullable=True),
    sa.Column('massnahmen', sa.UnicodeText(), nullable=True),
    sa.Column('status', sa.Enum('offen', 'in_bearbeitung', 'geschlossen', name='risikostatus', native_enum=False, length=30), nullable=False),
    sa.Column('erkannt_am', sa.Date(), nullable=False),
    sa.Column('naechste_pruefung', sa.Date(), nullable=True),
    sa.Column('nicht_oeffentlich', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['leitprojekt_id'], ['leitprojekt.id'], name=op.f('fk_risiko_leitprojekt_id_leitprojekt')),
    sa.ForeignKeyConstraint(['verantwortlich_id'], ['person.id'], name=op.f('fk_risiko_verantwortlich_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risiko'))
    )
    with op.batch_alter_table('risiko', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_risiko_leitprojekt_id'), ['leitprojekt_id'], unique=False)

    op.create_table('sachstand',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('leitprojekt_id', sa.Integer(), nullable=False),
    sa.Column('stichtag', sa.Date(), nullable=False),
    sa.Column('gremium_id', sa.Integer(), nullable=True),
    sa.Column('sitzung_id', sa.Integer(), nullable=True),
    sa.Column('erreicht', sa.UnicodeText(), nullable=True),
    sa.Column('naechste_schritte', sa.UnicodeText(), nullable=True),
    sa.Column('entscheidungsbedarf', sa.UnicodeText(), nullable=True),
    sa.Column('ausblick', sa.UnicodeText(), nullable=True),
    sa.Column('nicht_oeffentlich', sa.Boolean(), nullable=False),
    sa.Column('ampel', sa.Enum('gruen', 'gelb', 'rot', name='ampel', native_enum=False, length=30), nullable=True),
    sa.Column('projektstatus', sa.Enum('geplant', 'laufend', 'pausiert', 'abgeschlossen', 'abgebrochen', name='projektstatus', native_enum=False, length=30), nullable=False),
    sa.Column('stand', sa.JSON(), nullable=False),
    sa.Column('erstellt_am', _UTC_TIMESTAMP, nullable=False),
    sa.Column('erstellt_von', sa.Unicode(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['gremium_id'], ['gremium.id'], name=op.f('fk_sachstand_gremium_id_gremium')),
    sa.ForeignKeyConstraint(['leitprojekt_id'], ['leitprojekt.id'], name=op.f('fk_sachstand_leitprojekt_id_leitprojekt')),
    sa.ForeignKeyConstraint(['sitzung_id'], ['sitzung.id'], name=op.f('fk_sachstand_sitzung_id_sitzung')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sachstand'))
    )
    with op.batch_alter_table('sachstand', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sachstand_leitprojekt_id'), ['leitprojekt_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sachstand_stichtag'), ['stichtag'], unique=False)

    op.create_table('zielvereinbarung',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('leitprojekt_id', sa.Integer(), nullable=False),
    sa.Column('jahr', sa.Integer(), nullable=False),
    sa.Column('text', sa.UnicodeText(), nullable=False),
    sa.Column('erreicht', sa.Boolean(), nullable=True),
    sa.Column('bemerkung', sa.UnicodeText(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['leitprojekt_id'], ['leitprojekt.id'], name=op.f('fk_zielvereinbarung_leitprojekt_id_leitprojekt')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_zielvereinbarung'))
    )
    with op.batch_alter_table('zielvereinbarung', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zielvereinbarung_leitprojekt_id'), ['leitprojekt_id'], unique=False)

    op.create_table('etappenziel',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('leitprojekt_id', sa.Integer(), nullable=False),
    sa.Column('phase_id', sa.Integer(), nullable=True),
    sa.Column('titel', sa.Unicode(length=200), nullable=False),
    sa.Column('beschreibung', sa.UnicodeText(), nullable=True),
    sa.Column('faellig_am', sa.Date(), nullable=False),
    sa.Column('erreicht_am', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('offen', 'erreicht', 'entfallen', name='etappenzielstatus', native_enum=False, length=30), nullable=False),
    sa.Column('kommunikation_intern', sa.Boolean(), nullable=False),
    sa.Column('kommunikation_extern', sa.Boolean(), nullable=False),
    sa.Column('kommunikation_wie', sa.Unicode(length=200), nullable=True),
    sa.Column('kommuniziert_am', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['leitprojekt_id'], ['leitprojekt.id'], name=op.f('fk_etappenziel_leitprojekt_id_leitprojekt')),
    sa.ForeignKeyConstraint(['phase_id'], ['phase.id'], name=op.f('fk_etappenziel_phase_id_phase')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_etappenziel'))
    )
    with op.batch_alter_table('etappenziel', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_etappenziel_leitprojekt_id'), ['leitprojekt_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('dezernat', schema=None) as batch_op:
        batch_op.drop_constraint('fk_dezernat_buergermeister_id_person', type_='foreignkey')

    with op.batch_alter_table('etappenziel', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_etappenziel_leitprojekt_id'))

    op.drop_table('etappenziel')
    with op.batch_alter_table('zielvereinbarung', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zielvereinbarung_leitprojekt_id'))

    op.drop_table('zielvereinbarung')
    with op.batch_alter_table('sachstand', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sachstand_stichtag'))
        batch_op.drop_index(batch_op.f('ix_sachstand_leitprojekt_id'))

    op.drop_table('sachstand')
    with op.batch_alter_table('risiko', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_risiko_leitprojekt_id'))

    op.drop_table('risiko')
    with op.batch_alter_table('projekt_ziel', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_projekt_ziel_leitprojekt_id'))

    op.drop_table('projekt_ziel')
    op.drop_table('projekt_strategie')
    with op.batch_alter_table('projekt_kanal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_projekt_kanal_leitprojekt_id'))

    op.drop_table('projekt_kanal')
    with op.batch_alter_table('projekt_budget', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_projekt_budget_leitprojekt_id'))

    op.drop_table('projekt_budget')
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phase_leitprojekt_id'))

    op.drop_table('phase')
    with op.batch_alter_table('mitwirkung', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mitwirkung_person_id'))
        batch_op.drop_index(batch_op.f('ix_mitwirkung_leitprojekt_id'))

    op.drop_table('mitwirkung')
    with op.batch_alter_table('entscheidung', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entscheidung_leitprojekt_id'))

    op.drop_table('entscheidung')
    with op.batch_alter_table('leitprojekt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leitprojekt_titel'))
        batch_op.drop_index(batch_op.f('ix_leitprojekt_korridorthema_id'))
        batch_op.drop_index(batch_op.f('ix_leitprojekt_aktualisiert_am'))

    op.drop_table('leitprojekt')
    op.drop_table('korridor_jahresbericht')
    op.drop_table('korridor_beauftragte')
    op.drop_table('benutzer')
    op.drop_table('korridorthema')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_nachname'))

    op.drop_table('person')
    op.drop_table('abteilung')
    with op.batch_alter_table('sitzung', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sitzung_datum'))

    op.drop_table('sitzung')
    op.drop_table('amt')
    op.drop_table('strategie_element')
    op.drop_table('stammdaten_eintrag')
    op.drop_table('regel_ausnahme')
    op.drop_table('phasen_vorlage')
    op.drop_table('gremium')
    op.drop_table('externe_organisation')
    op.drop_table('dezernat')
    op.drop_table('begriff')
    with op.batch_alter_table('audit_eintrag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_eintrag_zeitpunkt'))
        batch_op.drop_index(batch_op.f('ix_audit_eintrag_leitprojekt_id'))

    op.drop_table('audit_eintrag')
