"""The organisation's words for the three IQ terms, with their grammatical forms."""

from __future__ import annotations

from sqlalchemy import Unicode
from sqlalchemy.orm import Mapped, mapped_column

from iq_desktop.models.base import Base, Versioned


class Begriff(Versioned, Base):
    __tablename__ = "begriff"

    #: "korridorthema", "leitprojekt" or "korridorbeauftragte"
    schluessel: Mapped[str] = mapped_column(Unicode(40), primary_key=True)
    singular: Mapped[str] = mapped_column(Unicode(100))
    plural: Mapped[str] = mapped_column(Unicode(100))
    genitiv: Mapped[str] = mapped_column(Unicode(100))
    genus: Mapped[str] = mapped_column(Unicode(1))
