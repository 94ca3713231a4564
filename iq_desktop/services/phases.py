"""Use cases of phases: plan dates and steps, start, complete, add or rename a phase."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from iq_desktop.db.database import Database
from iq_desktop.enums import PhasenStatus
from iq_desktop.i18n import translate
from iq_desktop.models import Leitprojekt, Phase
from iq_desktop.services import validate as v
from iq_desktop.services.errors import DomainError


def plan_phase(
    db: Database,
    *,
    phase_id: int,
    geplant_von: dt.date | None,
    geplant_bis: dt.date | None,
    geplante_schritte: str | None = None,
    expected_version: int | None = None,
) -> None:
    with db.transaction() as session:
        phase = v.get_for_update(session, Phase, phase_id, expected_version, was="Die Phase")
        v.date_order(geplant_von, geplant_bis, feld="geplant_bis",
                     start_name="geplant von", end_name="geplant bis")
        phase.geplant_von = geplant_von
        phase.geplant_bis = geplant_bis
        phase.geplante_schritte = v.optional_text(geplante_schritte)


def move_phase(
    db: Database, *, phase_id: int, status: PhasenStatus, am: dt.date | None = None, expected_version: int | None = None
) -> None:
    """Start or complete a phase (or set it back); the actual dates follow the status.

    Starting or completing a phase completes the phases before it that are still running.
    """
    status = PhasenStatus(status)
    with db.transaction() as session:
        phase = v.get_for_update(session, Phase, phase_id, expected_version, was="Die Phase")
        am = am or db.today()
        if status is not PhasenStatus.NICHT_BEGONNEN:
            earlier = session.scalars(
                select(Phase).where(
                    Phase.leitprojekt_id == phase.leitprojekt_id,
                    Phase.position < phase.position,
                    Phase.status == PhasenStatus.LAUFEND,
                )
            )
            for other in earlier:
                other.status = PhasenStatus.ABGESCHLOSSEN
                other.ist_bis = other.ist_bis or am
        if status is PhasenStatus.LAUFEND:
            phase.ist_von = phase.ist_von or am
            phase.ist_bis = None
        elif status is PhasenStatus.ABGESCHLOSSEN:
            phase.ist_von = phase.ist_von or am
            if phase.ist_von > am:
                raise DomainError(
                    translate("Phasen", "Die Phase kann nicht vor ihrem Beginn ({b}) abgeschlossen werden.")
                    .format(b=v.format_date(phase.ist_von)),
                    feld="ist_bis",
                )
            phase.ist_bis = am
        else:
            phase.ist_von = None
            phase.ist_bis = None
        phase.status = status


def add_phase(
    db: Database, *, projekt_id: int, name: str, nach_position: int | None = None
) -> int:
    """Add a phase to a project (at the end, or after the given position)."""
    with db.transaction() as session:
        v.get_or_fail(session, Leitprojekt, projekt_id, was="Das Leitprojekt")
        name = v.required_text(name, feld="name", bezeichnung="Name der Phase")
        last = session.scalar(
            select(func.max(Phase.position)).where(Phase.leitprojekt_id == projekt_id)
        ) or 0
        position = last + 1 if nach_position is None else nach_position + 1
        if nach_position is not None:
            for later in session.scalars(
                select(Phase).where(Phase.leitprojekt_id == projekt_id, Phase.position >= position)
            ):
                later.position += 1
        phase = Phase(
            leitprojekt_id=projekt_id, position=position, name=name, status=PhasenStatus.NICHT_BEGONNEN
        )
        session.add(phase)
        session.flush()
        return phase.id


def rename_phase(db: Database, *, phase_id: int, name: str, expected_version: int | None = None) -> None:
    with db.transaction() as session:
        phase = v.get_for_update(session, Phase, phase_id, expected_version, was="Die Phase")
        phase.name = v.required_text(name, feld="name", bezeichnung="Name der Phase")
