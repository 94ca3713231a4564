"""Reading the seeded database back, and writing the plan into it in one transaction.

Why Core bulk inserts instead of the use cases
-----------------------------------------------
The demo (:mod:`iq_desktop.services.demo`) writes through the real use cases, one
transaction and one ORM flush per step; that is right for 24 projects and far too slow
for 100,000 rows. Here the database is still created the real way (``open_database``
runs the Alembic migrations and the reference-data seed), but the portfolio is then
planned in memory and written with SQLAlchemy Core ``insert`` executemany calls in one
transaction, foreign keys checked at commit. Core inserts bypass the ORM ``after_flush``
hook, so the audit trail is written from the plan (:mod:`bench.scale_data.audit`), and
every column is set explicitly: no default that reads the clock (``version`` counters,
``aktualisiert_am``, ``erstellt_am``) ever kicks in.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.engine import Connection

from bench.scale_data.audit import ADMIN_LOGIN, ADMIN_RECHNER
from bench.scale_data.dates import DAY_START, days
from bench.scale_data.plan import Plan, Reference
from iq_desktop import __version__
from iq_desktop.models import (
    AuditEintrag,
    Base,
    Gremium,
    Korridorthema,
    PhasenVorlage,
    StammdatenEintrag,
    StrategieElement,
)


def read_reference(conn: Connection) -> Reference:
    """The seeded rows the plan builds on, and the next free id of every table."""
    next_id = {}
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key:
            next_id[table.name] = (conn.scalar(select(func.max(table.c.id))) or 0) + 1
    return Reference(
        korridor_ids=list(conn.scalars(select(Korridorthema.id).order_by(Korridorthema.position, Korridorthema.id))),
        phasen=list(conn.scalars(select(PhasenVorlage.name).order_by(PhasenVorlage.position))),
        gremien={name: ident for name, ident in conn.execute(select(Gremium.name, Gremium.id))},
        strategie_ids=list(conn.scalars(select(StrategieElement.id).order_by(StrategieElement.id))),
        next_id=next_id,
        seed_audit_ids=list(conn.scalars(select(AuditEintrag.id).order_by(AuditEintrag.id))),
    )


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Bulk insert; every row names every column, so no default (and no clock) is ever used."""
    if not rows:
        return
    columns = set(table.c.keys())
    for row in rows:
        if row.keys() != columns:
            raise AssertionError(f"{table.name}: row keys differ from the columns: {set(row) ^ columns}")
    conn.execute(insert(table), rows)


def write(conn: Connection, plan: Plan, budget: int) -> dt.datetime | None:
    """Insert the plan and the newest audit events within ``budget`` (seed rows included).

    Returns go-live, the moment of the first audit row kept; the seed's own audit rows
    and reference data are dated to IT's set-up the day before.
    """
    ref = plan.ref
    audit = plan.trail.rows(ref.next_id[AuditEintrag.__tablename__], budget - len(ref.seed_audit_ids), plan.rows)
    for table, rows in plan.rows.items():
        _insert(conn, table, rows)
    _insert(conn, AuditEintrag.__table__, audit)
    k = Korridorthema.__table__
    if plan.korridor_updates:
        conn.execute(
            update(k).where(k.c.id == bindparam("b_id")).values(
                {name[2:]: bindparam(name) for name in plan.korridor_updates[0] if name != "b_id"}),
            plan.korridor_updates,
        )
    # the database was set up (reference data seeded) by IT the day before go-live
    go_live = audit[0]["zeitpunkt"] if audit else None
    eingerichtet = dt.datetime.combine((go_live or dt.datetime.combine(plan.heute, DAY_START)).date()
                                       - days(1), dt.time(6, 45))
    conn.execute(update(StammdatenEintrag.__table__).values(angelegt_am=eingerichtet))
    a = AuditEintrag.__table__
    if ref.seed_audit_ids:
        conn.execute(update(a).where(a.c.id.in_(ref.seed_audit_ids)).values(
            zeitpunkt=eingerichtet, benutzer=ADMIN_LOGIN, rechner=ADMIN_RECHNER, programmversion=__version__))
    return go_live
