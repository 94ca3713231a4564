"""People who take part in the IQ process (only what the work needs)."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Unicode, UnicodeText
from sqlalchemy.orm import Mapped, mapped_column, relationship

from iq_desktop.models.base import Base, IntPK, Versioned
from iq_desktop.models.organisation import Abteilung, Amt, Dezernat, ExterneOrganisation


class Person(Versioned, Base):
    """A member of city staff (Dezernat/Amt) or of an external organisation."""

    __tablename__ = "person"

    id: Mapped[IntPK]
    anrede: Mapped[str | None] = mapped_column(Unicode(20))
    titel: Mapped[str | None] = mapped_column(Unicode(50))
    vorname: Mapped[str] = mapped_column(Unicode(100))
    nachname: Mapped[str] = mapped_column(Unicode(100), index=True)
    funktion: Mapped[str | None]
    dezernat_id: Mapped[int | None] = mapped_column(ForeignKey("dezernat.id"))
    amt_id: Mapped[int | None] = mapped_column(ForeignKey("amt.id"))
    abteilung_id: Mapped[int | None] = mapped_column(ForeignKey("abteilung.id"))
    externe_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("externe_organisation.id")
    )
    email: Mapped[str | None]
    telefon: Mapped[str | None] = mapped_column(Unicode(50))
    ist_dca: Mapped[bool] = mapped_column(Boolean, default=False)
    bemerkung: Mapped[str | None] = mapped_column(UnicodeText)

    dezernat: Mapped[Dezernat | None] = relationship(foreign_keys=[dezernat_id])
    amt: Mapped[Amt | None] = relationship()
    abteilung: Mapped[Abteilung | None] = relationship()
    externe_organisation: Mapped[ExterneOrganisation | None] = relationship()

    @property
    def ist_extern(self) -> bool:
        return self.externe_organisation_id is not None
