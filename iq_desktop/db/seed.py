"""Reference data, put into a database once per entry.

Each entry has a key ("korridorthema:Mobilität"); the ledger table
``stammdaten_eintrag`` remembers the keys that were added, so running the seed
again (``init``, a migration) adds only what is new in this program version,
and never brings back an entry a user renamed or deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from iq_desktop import reference
from iq_desktop.enums import StrategieArt
from iq_desktop.models import (
    Base,
    Begriff,
    Gremium,
    Korridorthema,
    PhasenVorlage,
    StammdatenEintrag,
    StrategieElement,
)
from iq_desktop.models.base import utc_now


def _entries() -> Iterable[tuple[str, Callable[[], Base], Callable[[Session], bool]]]:
    """(key, how to build the row, whether an equal row already exists)."""
    for position, name in enumerate(reference.KORRIDORTHEMEN, start=1):
        yield (
            f"korridorthema:{name}",
            lambda name=name, position=position: Korridorthema(name=name, position=position),
            lambda s, name=name: s.scalar(select(Korridorthema.id).where(Korridorthema.name == name)) is not None,
        )
    for position, name in enumerate(reference.PHASENPLAN, start=1):
        yield (
            f"phase:{name}",
            lambda name=name, position=position: PhasenVorlage(name=name, position=position),
            lambda s, name=name: s.scalar(select(PhasenVorlage.id).where(PhasenVorlage.name == name)) is not None,
        )
    for position, gremium in enumerate(reference.GREMIEN, start=1):
        yield (
            f"gremium:{gremium.name}",
            lambda g=gremium, position=position: Gremium(name=g.name, langname=g.langname, position=position),
            lambda s, g=gremium: s.scalar(select(Gremium.id).where(Gremium.name == g.name)) is not None,
        )
    for art, names in (
        (StrategieArt.HANDLUNGSFELD, reference.HANDLUNGSFELDER),
        (StrategieArt.GESTALTUNGSPRINZIP, reference.GESTALTUNGSPRINZIPIEN),
    ):
        for position, name in enumerate(names, start=1):
            yield (
                f"{art.value}:{name}",
                lambda art=art, name=name, position=position: StrategieElement(
                    art=art, bezeichnung=name, position=position, aktiv=True
                ),
                lambda s, art=art, name=name: s.scalar(
                    select(StrategieElement.id).where(
                        StrategieElement.art == art, StrategieElement.bezeichnung == name
                    )
                ) is not None,
            )
    for begriff in reference.BEGRIFFE_ORIGINAL:
        yield (
            f"begriff:{begriff.schluessel}",
            lambda b=begriff: Begriff(
                schluessel=b.schluessel, singular=b.singular, plural=b.plural, genitiv=b.genitiv, genus=b.genus
            ),
            lambda s, b=begriff: s.get(Begriff, b.schluessel) is not None,
        )


def seed_reference_data(session: Session) -> int:
    """Add the reference entries this database has never had; return how many rows were added."""
    known = set(session.scalars(select(StammdatenEintrag.schluessel)))
    added = 0
    now = utc_now()
    for key, build, exists in _entries():
        if key in known:
            continue
        if not exists(session):
            session.add(build())
            added += 1
        session.add(StammdatenEintrag(schluessel=key, angelegt_am=now))
    return added
