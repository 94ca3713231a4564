"""The window's one door to the read services: load the portfolio, load one project.

The services (and with them SQLAlchemy) are imported inside the functions, so the
window can be shown before the database layer is loaded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.db.location import DatabaseLocation
    from iq_desktop.services.portfolio_rows import PortfolioLists
    from iq_desktop.services.read_models import (
        Begriffe,
        KorridorKnoten,
        LeitprojektDetail,
        ProjektZeile,
        Regelbericht,
    )


@dataclass(frozen=True)
class PortfolioStand:
    """Everything the window shows at one moment, loaded in one go."""

    terms: Begriffe
    rows: tuple[ProjektZeile, ...]
    corridors: tuple[KorridorKnoten, ...]
    stichtag: dt.date
    berichtszyklus_tage: int
    geladen_um: dt.datetime
    #: the newest audit row when loaded (see ``latest_change``)
    latest_change: int = 0

    def corridor(self, korridor_id: int | None) -> KorridorKnoten | None:
        return next((c for c in self.corridors if c.id == korridor_id), None)

    def row(self, projekt_id: int) -> ProjektZeile | None:
        return next((r for r in self.rows if r.id == projekt_id), None)


def load_portfolio(
    db: Database, *, stichtag: dt.date | None, berichtszyklus_tage: int, mit_archiv: bool
) -> PortfolioStand:
    """Terms, project rows and the corridor tree: what the window needs to show its lists."""
    from iq_desktop.services.portfolio import portfolio_lists

    stichtag = stichtag or db.today()
    lists = portfolio_lists(db, stichtag=stichtag, berichtszyklus_tage=berichtszyklus_tage, mit_archiv=mit_archiv)
    return _stand(lists, stichtag)


def load_quick(
    location: DatabaseLocation, *, stichtag: dt.date | None, berichtszyklus_tage: int
) -> PortfolioStand | None:
    """The same lists read without SQLAlchemy, for the first frame; None when the regular path must decide."""
    from iq_desktop.services.quick_start import read_quick

    stichtag = stichtag or dt.date.today()
    lists = read_quick(location, stichtag=stichtag, berichtszyklus_tage=berichtszyklus_tage)
    return _stand(lists, stichtag) if lists is not None else None


def _stand(lists: PortfolioLists, stichtag: dt.date) -> PortfolioStand:
    return PortfolioStand(
        terms=lists.terms,
        rows=tuple(lists.rows),
        corridors=tuple(lists.corridors),
        stichtag=stichtag,
        berichtszyklus_tage=lists.berichtszyklus_tage,
        geladen_um=dt.datetime.now(),
        latest_change=lists.latest_change,
    )


def latest_change(db: Database) -> int:
    from iq_desktop.services.portfolio import latest_change as newest

    return newest(db)


def load_rule_report(db: Database, *, stichtag: dt.date, berichtszyklus_tage: int) -> Regelbericht:
    """The rule report on ``stichtag``; the window asks for it after the lists are on screen."""
    from iq_desktop.services.rules import check_rules

    return check_rules(db, stichtag=stichtag, berichtszyklus_tage=berichtszyklus_tage)


def load_detail(db: Database, projekt_id: int) -> LeitprojektDetail:
    from iq_desktop.services.portfolio import get_leitprojekt

    return get_leitprojekt(db, projekt_id)
