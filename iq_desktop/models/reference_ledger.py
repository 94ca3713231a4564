"""Which reference-data entries have been put into this database once (the seed's memory)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Unicode
from sqlalchemy.orm import Mapped, mapped_column

from iq_desktop.models.base import UTC_TIMESTAMP, Base


class StammdatenEintrag(Base):
    """One seeded entry, e.g. "korridorthema:Mobilität".

    The seed adds an entry only if it has never been added: a Gremium a user
    renamed or deleted does not come back with the next migration.
    Not editable, hence no version counter.
    """

    __tablename__ = "stammdaten_eintrag"

    schluessel: Mapped[str] = mapped_column(Unicode(200), primary_key=True)
    angelegt_am: Mapped[dt.datetime] = mapped_column(UTC_TIMESTAMP)
