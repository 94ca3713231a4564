"""Reference data, inserted idempotently: only what is missing by its natural key is added."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from iq_desktop import reference
from iq_desktop.enums import StrategieArt
from iq_desktop.models import (
    Begriff,
    Gremium,
    Korridorthema,
    PhasenVorlage,
    StrategieElement,
)


def seed_reference_data(session: Session) -> int:
    """Add the six Korridorthemen, the phase plan, the Gremien, the strategy fields and
    the IQ terms where missing; return how many rows were added. Existing rows,
    including a user's edits, are left alone."""
    added = 0

    existing = set(session.scalars(select(Korridorthema.name)))
    for position, name in enumerate(reference.KORRIDORTHEMEN, start=1):
        if name not in existing:
            session.add(Korridorthema(name=name, position=position))
            added += 1

    existing = set(session.scalars(select(PhasenVorlage.name)))
    for position, name in enumerate(reference.PHASENPLAN, start=1):
        if name not in existing:
            session.add(PhasenVorlage(name=name, position=position))
            added += 1

    existing = set(session.scalars(select(Gremium.name)))
    for position, gremium in enumerate(reference.GREMIEN, start=1):
        if gremium.name not in existing:
            session.add(Gremium(name=gremium.name, langname=gremium.langname, position=position))
            added += 1

    existing_pairs = set(session.execute(select(StrategieElement.art, StrategieElement.bezeichnung)))
    for art, names in (
        (StrategieArt.HANDLUNGSFELD, reference.HANDLUNGSFELDER),
        (StrategieArt.GESTALTUNGSPRINZIP, reference.GESTALTUNGSPRINZIPIEN),
    ):
        for position, name in enumerate(names, start=1):
            if (art, name) not in existing_pairs:
                session.add(StrategieElement(art=art, bezeichnung=name, position=position, aktiv=True))
                added += 1

    existing = set(session.scalars(select(Begriff.schluessel)))
    for begriff in reference.BEGRIFFE_ORIGINAL:
        if begriff.schluessel not in existing:
            session.add(
                Begriff(
                    schluessel=begriff.schluessel,
                    singular=begriff.singular,
                    plural=begriff.plural,
                    genitiv=begriff.genitiv,
                    genus=begriff.genus,
                )
            )
            added += 1
    return added
