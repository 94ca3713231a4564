"""The audit trail: one row per insert, update or delete, written in the same transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, Unicode
from sqlalchemy.orm import Mapped, mapped_column

from iq_desktop.enums import AuditAktion
from iq_desktop.models.base import UTC_TIMESTAMP, Base, enum_column


class AuditEintrag(Base):
    """Not editable, hence no version counter."""

    __tablename__ = "audit_eintrag"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True
    )
    zeitpunkt: Mapped[dt.datetime] = mapped_column(UTC_TIMESTAMP, index=True)
    benutzer: Mapped[str] = mapped_column(Unicode(100), index=True)
    rechner: Mapped[str] = mapped_column(Unicode(100))
    programmversion: Mapped[str] = mapped_column(Unicode(30))
    entitaet: Mapped[str] = mapped_column(Unicode(40))
    entitaet_id: Mapped[str] = mapped_column(Unicode(60))
    aktion: Mapped[AuditAktion] = mapped_column(enum_column(AuditAktion))
    #: the Leitprojekt the row belongs to, for filtering the trail by project
    leitprojekt_id: Mapped[int | None] = mapped_column(Integer, index=True)
    #: the person the row concerns (a person, their staffing), for filtering the trail by person
    person_id: Mapped[int | None] = mapped_column(Integer, index=True)
    #: {field: [old, new]}
    aenderungen: Mapped[dict[str, Any]] = mapped_column(JSON)
