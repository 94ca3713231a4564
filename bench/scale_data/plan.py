"""The plan in memory: the shared state every planner writes into, and the planned entities.

One :class:`Plan` is handed from stage to stage. It holds only what all of them share:
the one seeded ``random.Random`` (every choice comes from it, so the order of the calls
is the data), the reference day, the rows per table with their next ids, and the audit
trail. What one stage produces for the next (people, users, corridors, projects) is
passed on explicitly by :mod:`bench.scale_data.planner`.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table

from bench.scale_data.audit import Actor, AuditTrail
from bench.scale_data.dates import DAY_START, WORKDAY_SECONDS
from bench.scale_data.sizes import Sizes
from iq_desktop.enums import ProjektStatus
from iq_desktop.models import Base

#: the statuses of a finished project (no longer active)
ARCHIV = (ProjektStatus.ABGESCHLOSSEN, ProjektStatus.ABGEBROCHEN)


@dataclass
class Reference:
    """What the seed put into the new database, read back before planning."""

    korridor_ids: list[int]
    phasen: list[str]
    gremien: dict[str, int]
    strategie_ids: list[int]
    next_id: dict[str, int]
    seed_audit_ids: list[int]


class Plan:
    """Seeded choices, the rows to insert per table and the audit trail to be."""

    def __init__(self, sizes: Sizes, seed: int, heute: dt.date, ref: Reference) -> None:
        self.sizes = sizes
        self.rng = random.Random(seed)
        self.heute = heute
        self.ref = ref
        self.rows: dict[Table, list[dict[str, Any]]] = {table: [] for table in Base.metadata.sorted_tables}
        self.trail = AuditTrail(self.rng)
        #: the seeded corridors, described further: ``b_``-prefixed values for one executemany update
        self.korridor_updates: list[dict[str, Any]] = []
        self._next_id = dict(ref.next_id)

    def new_id(self, table: Table) -> int:
        value = self._next_id.get(table.name, 1)
        self._next_id[table.name] = value + 1
        return value

    def add(self, table: Table, row: dict[str, Any]) -> dict[str, Any]:
        self.rows[table].append(row)
        return row

    def moment(self, tag: dt.date) -> dt.datetime:
        """A time during office hours on ``tag`` (naive UTC)."""
        return dt.datetime.combine(tag, DAY_START) + dt.timedelta(seconds=self.rng.randrange(WORKDAY_SECONDS))

    def pick_weighted(self, options: Sequence[Any], weights: Sequence[float]) -> Any:
        return self.rng.choices(options, weights)[0]

    def sample_weighted(self, options: Sequence[Any], weights: Sequence[float], n: int) -> list[Any]:
        """``n`` distinct options, heavier ones more likely (keys u ** (1 / weight), the largest win)."""
        keys = [(self.rng.random() ** (1 / w), i) for i, w in enumerate(weights)]
        return [options[i] for _, i in sorted(keys, reverse=True)[:n]]


@dataclass
class Korridor:
    """A planned Korridorthema: its Bürgermeister/in, Beauftragte and the login that edits it most."""

    index: int
    id: int
    name: str
    dezernat_id: int
    buergermeister: int
    beauftragte: list[int]
    actor: Actor | None = None


@dataclass
class Projekt:
    """A planned Leitprojekt with its rows and the dates their events fall on."""

    row: dict[str, Any]
    korridor: Korridor
    status: ProjektStatus
    beginn: dt.date
    ende: dt.date | None
    status_am: dt.date | None
    angelegt: dt.date
    last_update: dt.datetime
    maengel: frozenset[str] = frozenset()
    phasen: list[dict[str, Any]] = field(default_factory=list)
    fenster: list[tuple[dt.date | None, dt.date | None]] = field(default_factory=list)
    etappen: list[dict[str, Any]] = field(default_factory=list)
    etappe_angelegt: list[dt.date] = field(default_factory=list)
    risiken: list[dict[str, Any]] = field(default_factory=list)
    risiko_geschlossen: list[dt.date | None] = field(default_factory=list)
    entscheidungen: list[dict[str, Any]] = field(default_factory=list)
    mitwirkungen: list[dict[str, Any]] = field(default_factory=list)
    mitwirkung_angelegt: list[dt.date] = field(default_factory=list)
    gruppe: list[int] = field(default_factory=list)
    pl_actor: Actor | None = None

    @property
    def id(self) -> int:
        return self.row["id"]

    @property
    def stand(self) -> dt.date:
        """The last day anything was recorded for the project."""
        return self.last_update.date()

    @property
    def aktiv(self) -> bool:
        return self.status not in ARCHIV

    def status_am_tag(self, tag: dt.date) -> ProjektStatus:
        if self.status_am is not None and tag >= self.status_am:
            return self.status
        return ProjektStatus.LAUFEND if tag >= self.beginn else ProjektStatus.GEPLANT
