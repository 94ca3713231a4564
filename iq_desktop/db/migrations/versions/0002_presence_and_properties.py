"""presence, database properties, audit trail by person

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 07:20:00

* ``anwesenheit``: who has the database open (heartbeat), so maintenance
  can refuse while others work.
* ``datenbank_eigenschaft``: properties every client treats alike (whether
  the file is shared on a network drive, the audit retention).
* ``audit_eintrag.person_id`` and an index on ``benutzer``: the audit viewer
  filters by person and by user. Existing rows get their person from the
  entity they name (a person or a staffing row).
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mssql

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_UTC_TIMESTAMP = sa.DateTime().with_variant(mssql.DATETIME2(), 'mssql')


def upgrade() -> None:
    op.create_table('anwesenheit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('benutzer', sa.Unicode(length=100), nullable=False),
    sa.Column('rechner', sa.Unicode(length=100), nullable=False),
    sa.Column('prozess', sa.Integer(), nullable=False),
    sa.Column('programmversion', sa.Unicode(length=30), nullable=False),
    sa.Column('seit', _UTC_TIMESTAMP, nullable=False),
    sa.Column('herzschlag', _UTC_TIMESTAMP, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_anwesenheit'))
    )
    with op.batch_alter_table('anwesenheit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_anwesenheit_herzschlag'), ['herzschlag'], unique=False)

    op.create_table('datenbank_eigenschaft',
    sa.Column('schluessel', sa.Unicode(length=60), nullable=False),
    sa.Column('wert', sa.Unicode(length=400), nullable=False),
    sa.PrimaryKeyConstraint('schluessel', name=op.f('pk_datenbank_eigenschaft'))
    )
    # add_column and create_index work on SQLite without a table copy (no batch mode needed)
    op.add_column('audit_eintrag', sa.Column('person_id', sa.Integer(), nullable=True))
    op.create_index(op.f('ix_audit_eintrag_person_id'), 'audit_eintrag', ['person_id'], unique=False)
    op.create_index(op.f('ix_audit_eintrag_benutzer'), 'audit_eintrag', ['benutzer'], unique=False)
    op.execute(
        "UPDATE audit_eintrag SET person_id = CAST(entitaet_id AS INTEGER) WHERE entitaet = 'person'"
    )
    op.execute(
        "UPDATE audit_eintrag SET person_id = (SELECT m.person_id FROM mitwirkung m "
        "WHERE CAST(m.id AS VARCHAR(60)) = audit_eintrag.entitaet_id) WHERE entitaet = 'mitwirkung'"
    )


def downgrade() -> None:
    op.drop_index(op.f('ix_audit_eintrag_benutzer'), table_name='audit_eintrag')
    op.drop_index(op.f('ix_audit_eintrag_person_id'), table_name='audit_eintrag')
    with op.batch_alter_table('audit_eintrag', schema=None) as batch_op:
        batch_op.drop_column('person_id')
    op.drop_table('datenbank_eigenschaft')
    with op.batch_alter_table('anwesenheit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_anwesenheit_herzschlag'))
    op.drop_table('anwesenheit')
