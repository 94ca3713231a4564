"""Fast, deterministic scale data for IQ Desktop: a realistic IQ portfolio of any size.

Usage (from the repository root)::

    .venv/bin/python bench/generate.py --scale 30 -o /tmp/bench-data/scale30.db [--seed 1]
        [--heute 2026-11-01] [--force]

Scale 1 is one city's IQ process: 6 Korridorthemen, 30 Leitprojekte, 300 people, about
1,700 Mitwirkungen and 3,300 audit rows. Scale N has N times as many corridors and
everything else in proportion (scale 30: 180 corridors, about 1,000 Leitprojekte,
10,000 people, 50,000 Mitwirkungen, 100,000 audit rows), so the rule report, the lists
and the exports can be measured on a portfolio far larger than any real one.

Why Core bulk inserts instead of the use cases
-----------------------------------------------
The demo (:mod:`iq_desktop.services.demo`) writes through the real use cases, one
transaction and one ORM flush per step; that is right for 24 projects and far too slow
for 100,000 rows. Here the database is still created the real way (``open_database``
runs the Alembic migrations and the reference-data seed), but the portfolio is then
planned in memory and written with SQLAlchemy Core ``insert`` executemany calls in one
transaction, foreign keys checked at commit. Core inserts bypass the ORM ``after_flush``
hook, so this module writes the audit trail itself, in the hook's exact format
(:mod:`iq_desktop.db.audit`), and sets every column explicitly: no default that reads
the clock (``version`` counters, ``aktualisiert_am``, ``erstellt_am``) ever kicks in.

The story the data tells
------------------------
Every date derives from ``--heute``; nothing reads the clock, and one
``random.Random(seed)`` makes every choice, so the same seed and ``--heute`` give
identical table contents. IT set up the database at go-live (the seed's audit rows and
ledger are stamped with that moment), the existing portfolio was taken over by an
import that, like this generator, wrote no audit rows, and from then on every change
was audited. The generator plans each entity's full history (created, named, consents
given, phase moved, milestone reached, risk closed, …) and keeps the newest events up
to the audit size, so go-live is wherever that budget reaches back to. A project's
"Aktualisiert am" is its latest change; its records (Sachstände, consents, milestones
reached) never lie after it, so a stale project (rule 7) really stopped reporting.

The IQ rules find problems in realistic proportion, and at every scale (the defects of
``_MAENGEL`` are exact shares, at least one project each): a few corridors with more than
five active projects, 2 % of the people in active project groups also in a second one
(some overridden with a reason), missing consents mostly for people staffed in the last
weeks, a few projects without Projektleitung, kick-off, planned end or milestones or a
note on the three aspects, one in twelve not updated within the reporting cycle. Problems
cluster in troubled projects, so about a third of the active projects have a finding.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import enum
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.engine import Connection

from iq_desktop import __version__
from iq_desktop.db.engine import BEGIN_MODE
from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.enums import (
    Ampel,
    AuditAktion,
    BenutzerRolle,
    EntscheidungsArt,
    EntscheidungsStatus,
    EtappenzielStatus,
    PhasenStatus,
    ProjektStatus,
    RisikoStatus,
    Rolle,
)
from iq_desktop.errors import DatenbankFehler
from iq_desktop.models import (
    Abteilung,
    Amt,
    AuditEintrag,
    Base,
    Benutzer,
    Dezernat,
    Entscheidung,
    Etappenziel,
    ExterneOrganisation,
    Gremium,
    KorridorJahresbericht,
    Korridorthema,
    Leitprojekt,
    Mitwirkung,
    Person,
    Phase,
    PhasenVorlage,
    ProjektBudget,
    ProjektKanal,
    ProjektZiel,
    RegelAusnahme,
    Risiko,
    Sachstand,
    Sitzung,
    StammdatenEintrag,
    StrategieElement,
    Zielvereinbarung,
    korridor_beauftragte,
    projekt_strategie,
)
from iq_desktop.reference import KANAELE, KORRIDORTHEMEN
from iq_desktop.services.names import full_name
from iq_desktop.services.status_reports import STAND_FORMAT

try:
    from bench import names as W
except ImportError:  # run as a script: bench/ itself is on sys.path
    import names as W  # type: ignore[no-redef]

DEFAULT_HEUTE = dt.date(2026, 11, 1)
DEFAULT_SEED = 1

#: the hook leaves these columns out of the trail (iq_desktop.db.audit._UNAUDITED)
_UNAUDITED = frozenset({"version", "aktualisiert_am", "stand"})
#: stored timestamps are naive UTC; office hours 07:00–17:00 local are 06:00–16:00 UTC
_DAY_START = dt.time(6, 0)
_WORKDAY_SECONDS = 10 * 3600
_ARCHIV = (ProjektStatus.ABGESCHLOSSEN, ProjektStatus.ABGEBROCHEN)
_ADMIN_LOGIN = "it-iqadmin"
_ADMIN_RECHNER = "KA-SRV-IQ01"
#: fixed public holidays (month, day) on which no Gremium meets
_FEIERTAGE = frozenset({(1, 1), (1, 6), (5, 1), (10, 3), (11, 1), (12, 24), (12, 25), (12, 26), (12, 31)})

#: the mix of project statuses (exact shares, by largest remainder)
_STATUS_ANTEILE: dict[ProjektStatus, float] = {
    ProjektStatus.GEPLANT: 0.10, ProjektStatus.LAUFEND: 0.64, ProjektStatus.PAUSIERT: 0.05,
    ProjektStatus.ABGESCHLOSSEN: 0.15, ProjektStatus.ABGEBROCHEN: 0.06,
}
#: defects of active projects the rules find, as exact shares (at least one project each)
_MAENGEL: dict[str, float] = {
    "veraltet": 0.08,  # rule 7: last update older than the reporting cycle
    "ohne_leitung": 0.04,  # rule 4: no Projektleitung (new projects more often)
    "ohne_kickoff": 0.04,  # rule 4: started without a recorded kick-off
    "ohne_ende": 0.03,  # rule 6: no planned end
    "ohne_etappen": 0.025,  # rule 6: no milestones
    "ohne_aspekt": 0.05,  # rule 5: an aspect neither considered nor explained
}
#: share of people in an active project group who sit in a second one at once (rule 2)
_ANTEIL_DOPPELROLLE = 0.02
#: share of such double roles overridden with a reason
_ANTEIL_AUSNAHME = 0.3


# ---------------------------------------------------------------------------
# Sizes and the result
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Sizes:
    """The fixed sizes of a scale; the rest (milestones, risks, …) follows per project.

    Scale 1 is the base city (30 projects, 300 people); each further unit adds a bit
    more (33.3 projects, 333 people) so that scale 30 has about 1,000 projects and
    10,000 people.
    """

    scale: int
    korridorthemen: int
    leitprojekte: int
    personen: int
    mitwirkungen: int
    sitzungen: int
    audit_eintraege: int

    @classmethod
    def for_scale(cls, scale: int) -> Sizes:
        if scale < 1:
            raise ValueError("scale must be at least 1")
        weitere = scale - 1
        return cls(
            scale=scale,
            korridorthemen=6 * scale,
            leitprojekte=30 * scale + round(weitere * 10 / 3),
            personen=300 * scale + round(weitere * 100 / 3),
            mitwirkungen=round(scale * 5000 / 3),
            sitzungen=20 * scale,
            audit_eintraege=round(scale * 10000 / 3),
        )


@dataclass(frozen=True)
class Summary:
    path: Path
    scale: int
    seed: int
    heute: dt.date
    #: rows per table (every table of the schema, seeded reference data included)
    counts: dict[str, int]
    seconds: float
    file_size: int
    #: the moment the audit trail starts (the database's set-up is a day before)
    go_live: dt.datetime | None

    def report(self) -> str:
        width = max(len(name) for name in self.counts)
        lines = [f"scale {self.scale}, seed {self.seed}, heute {self.heute.isoformat()} -> {self.path}"]
        lines += [f"  {name:<{width}}  {count:>9,}" for name, count in self.counts.items()]
        go_live = self.go_live.date().isoformat() if self.go_live else "-"
        lines.append(f"{self.seconds:.1f} s, {self.file_size / 1_000_000:.1f} MB, audit trail from {go_live}")
        return "\n".join(lines)


class GenerateError(Exception):
    """A problem the user can fix (existing file, bad argument); one line, exit code 2."""


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _plain(value: Any) -> Any:
    """A JSON-safe column value, as the audit hook writes it."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _dhh(jahr: int) -> int:
    """First year of the Doppelhaushalt that contains ``jahr`` (2025 -> 2024, as in 2024/2025)."""
    return jahr - jahr % 2


_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "ı": "i", "ć": "c", " ": "", "-": ""})


def _ascii(text: str) -> str:
    return text.lower().translate(_FOLD)


def _clip(value: dt.date, lo: dt.date, hi: dt.date) -> dt.date:
    return max(lo, min(value, hi))


def _aufteilen(total: int, anteile: Sequence[float]) -> list[int]:
    """Split ``total`` by shares into whole numbers that add up (largest remainder)."""
    roh = [total * a / sum(anteile) for a in anteile]
    zahlen = [int(r) for r in roh]
    for i in sorted(range(len(roh)), key=lambda i: zahlen[i] - roh[i])[: total - sum(zahlen)]:
        zahlen[i] += 1
    return zahlen


def _quote(anteil: float, anzahl: int) -> int:
    """How many of ``anzahl`` get a defect: the share, at least one (a defect at every scale)."""
    return min(anzahl, max(1, round(anteil * anzahl)))


@dataclass(frozen=True, slots=True)
class _Actor:
    """Who an audit row names: OS login and PC, as ``Actor.current()`` would."""

    login: str
    rechner: str


@dataclass(slots=True)
class _Event:
    """One audit row to be: the changes are a ready dict, or taken from ``row`` when written."""

    zeitpunkt: dt.datetime
    seq: int
    table: str
    entity_id: str
    aktion: AuditAktion
    leitprojekt_id: int | None
    actor: _Actor
    changes: dict[str, list[Any]] | None = None
    row: dict[str, Any] | None = None
    fields: Collection[str] | None = None
    overrides: dict[str, Any] | None = None

    def aenderungen(self) -> dict[str, list[Any]]:
        if self.changes is not None:
            return self.changes
        assert self.row is not None
        values = dict(self.row)
        if self.overrides:
            values.update(self.overrides)
        result: dict[str, list[Any]] = {}
        for key, value in values.items():
            if key in _UNAUDITED or value is None or (self.fields is not None and key not in self.fields):
                continue
            plain = _plain(value)
            result[key] = [None, plain] if self.aktion is AuditAktion.ANGELEGT else [plain, None]
        return result


@dataclass
class _Reference:
    """What the seed put into the new database, read back before planning."""

    korridor_ids: list[int]
    phasen: list[str]
    gremien: dict[str, int]
    strategie_ids: list[int]
    next_id: dict[str, int]
    seed_audit_ids: list[int]


@dataclass
class _Korridor:
    index: int
    id: int
    name: str
    dezernat_id: int
    buergermeister: int
    beauftragte: list[int]
    actor: _Actor | None = None


@dataclass
class _Projekt:
    """A planned Leitprojekt with its rows and the dates their events fall on."""

    row: dict[str, Any]
    korridor: _Korridor
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
    pl_actor: _Actor | None = None

    @property
    def id(self) -> int:
        return self.row["id"]

    @property
    def stand(self) -> dt.date:
        """The last day anything was recorded for the project."""
        return self.last_update.date()

    @property
    def aktiv(self) -> bool:
        return self.status not in _ARCHIV

    def status_am_tag(self, tag: dt.date) -> ProjektStatus:
        if self.status_am is not None and tag >= self.status_am:
            return self.status
        return ProjektStatus.LAUFEND if tag >= self.beginn else ProjektStatus.GEPLANT


# ---------------------------------------------------------------------------
# The generator: plans every row in memory, then hands them to the writer
# ---------------------------------------------------------------------------


class _Generator:
    def __init__(self, sizes: Sizes, seed: int, heute: dt.date, ref: _Reference) -> None:
        self.sizes = sizes
        self.rng = random.Random(seed)
        self.heute = heute
        self.ref = ref
        self.rows: dict[Table, list[dict[str, Any]]] = {table: [] for table in Base.metadata.sorted_tables}
        self.events: list[_Event] = []
        self._next_id = dict(ref.next_id)
        self._seq = 0
        self.korridore: list[_Korridor] = []
        self.projekte: list[_Projekt] = []
        self.person: dict[int, dict[str, Any]] = {}
        self.person_name: dict[int, str] = {}
        self.person_einsatz: dict[int, dt.date] = {}
        self.externe: list[int] = []
        self.staff: list[int] = []
        self.vme: list[int] = []
        self.amt_kuerzel: list[str] = []
        self.actors: dict[int, _Actor] = {}
        self.vme_actors: list[_Actor] = []
        self.doppelrollen: list[tuple[int, int, int]] = []  # (person, mitwirkung A, mitwirkung B)
        self.ueber_fuenf: list[_Korridor] = []
        self._logins: set[str] = set()
        self._titel: set[str] = set()

    # -- basics -----------------------------------------------------------

    def new_id(self, table: Table) -> int:
        value = self._next_id.get(table.name, 1)
        self._next_id[table.name] = value + 1
        return value

    def add(self, table: Table, row: dict[str, Any]) -> dict[str, Any]:
        self.rows[table].append(row)
        return row

    def moment(self, tag: dt.date) -> dt.datetime:
        """A time during office hours on ``tag`` (naive UTC)."""
        return dt.datetime.combine(tag, _DAY_START) + dt.timedelta(seconds=self.rng.randrange(_WORKDAY_SECONDS))

    def pick_weighted(self, options: Sequence[Any], weights: Sequence[float]) -> Any:
        return self.rng.choices(options, weights)[0]

    def sample_weighted(self, options: Sequence[Any], weights: Sequence[float], n: int) -> list[Any]:
        """``n`` distinct options, heavier ones more likely (keys u ** (1 / weight), the largest win)."""
        keys = [(self.rng.random() ** (1 / w), i) for i, w in enumerate(weights)]
        return [options[i] for _, i in sorted(keys, reverse=True)[:n]]

    def event(
        self,
        zeitpunkt: dt.datetime,
        table: Table,
        entity_id: object,
        aktion: AuditAktion,
        actor: _Actor,
        *,
        projekt: _Projekt | None = None,
        changes: dict[str, list[Any]] | None = None,
        row: dict[str, Any] | None = None,
        fields: Collection[str] | None = None,
        overrides: dict[str, Any] | None = None,
    ) -> None:
        """Plan one audit row; a project's events never lie after its last update."""
        if projekt is not None and zeitpunkt > projekt.last_update:
            zeitpunkt = projekt.last_update - dt.timedelta(seconds=self.rng.randint(30, 900))
        self._seq += 1
        self.events.append(
            _Event(zeitpunkt, self._seq, table.name, str(entity_id), aktion,
                   projekt.id if projekt is not None else None, actor, changes, row, fields, overrides)
        )

    def created(self, zeitpunkt: dt.datetime, table: Table, row: dict[str, Any], actor: _Actor, *,
                projekt: _Projekt | None = None, fields: Collection[str] | None = None,
                overrides: dict[str, Any] | None = None, ausgenommen: Collection[str] = ()) -> None:
        if ausgenommen:
            fields = [key for key in row if key not in ausgenommen]
        self.event(zeitpunkt, table, row["id"], AuditAktion.ANGELEGT, actor, projekt=projekt, row=row,
                   fields=fields, overrides=overrides)

    def changed(self, zeitpunkt: dt.datetime, table: Table, entity_id: object, actor: _Actor,
                changes: dict[str, list[Any]], *, projekt: _Projekt | None = None) -> None:
        plain = {key: [_plain(old), _plain(new)] for key, (old, new) in changes.items()}
        self.event(zeitpunkt, table, entity_id, AuditAktion.GEAENDERT, actor, projekt=projekt, changes=plain)

    def projekt_actor(self, p: _Projekt) -> _Actor:
        """Mostly the corridor's Korridorbeauftragte, sometimes VME or the project lead."""
        r = self.rng.random()
        if r < 0.12 and p.pl_actor is not None:
            return p.pl_actor
        if r < 0.3:
            return self.rng.choice(self.vme_actors)
        assert p.korridor.actor is not None
        return p.korridor.actor

    def login(self, vorname: str, nachname: str) -> str:
        base = _ascii(vorname[0] + nachname)
        login, n = base, 1
        while login in self._logins:
            n += 1
            login = f"{base}{n}"
        self._logins.add(login)
        return login

    # -- the plan -----------------------------------------------------------

    def run(self) -> None:
        self.organisation()
        self.personen()
        self.korridorthemen()
        self.benutzer()
        self.jahresberichte()
        self.sitzungen()
        self.leitprojekte()
        self.besetzung()
        self.risiken()
        self.sachstaende()
        self.ausnahmen()
        self.personen_historie()

    # -- organisation ---------------------------------------------------------

    def organisation(self) -> None:
        """One Dezernat per corridor, its Ämter (a district suffix beyond the first city), Abteilungen."""
        self.dezernate: list[int] = []
        self.aemter: list[tuple[int, int, list[int]]] = []  # (amt id, dezernat id, abteilung ids)
        self.vme_amt: list[int] = []
        for i in range(self.sizes.korridorthemen):
            bereich, vorlage = divmod(i, len(W.DEZERNATE))
            thema, aemter = W.DEZERNATE[vorlage]
            dezernat = self.add(Dezernat.__table__, {
                "id": self.new_id(Dezernat.__table__), "kuerzel": f"Dez. {i + 1}",
                "bezeichnung": f"Dezernat {i + 1} – {thema}", "buergermeister_id": None,
                "position": i + 1, "version": 1,
            })
            self.dezernate.append(dezernat["id"])
            for kuerzel, bezeichnung in aemter:
                amt = self.add(Amt.__table__, {
                    "id": self.new_id(Amt.__table__),
                    "kuerzel": kuerzel if bereich == 0 else f"{kuerzel}{bereich + 1}",
                    "bezeichnung": bezeichnung if bereich == 0 else f"{bezeichnung} – Bereich {bereich + 1}",
                    "dezernat_id": dezernat["id"], "version": 1,
                })
                self.amt_kuerzel.append(amt["kuerzel"])
                if kuerzel == "VME":
                    self.vme_amt.append(amt["id"])
                abteilungen = []
                for nr, name in enumerate(self.rng.sample(W.ABTEILUNGEN, 2), start=1):
                    abteilungen.append(self.add(Abteilung.__table__, {
                        "id": self.new_id(Abteilung.__table__), "amt_id": amt["id"], "bezeichnung": name,
                        "kuerzel": f"{amt['kuerzel']}-{nr}", "version": 1,
                    })["id"])
                self.aemter.append((amt["id"], dezernat["id"], abteilungen))
        self.organisationen: list[int] = []
        for i in range(8 * self.sizes.scale):
            standort, vorlage = divmod(i, len(W.ORGANISATIONEN))
            name, art = W.ORGANISATIONEN[vorlage]
            self.organisationen.append(self.add(ExterneOrganisation.__table__, {
                "id": self.new_id(ExterneOrganisation.__table__),
                "name": name if standort == 0 else f"{name} – Standort {standort + 1}",
                "art": art, "ort": "Karlsruhe", "version": 1,
            })["id"])

    # -- people -----------------------------------------------------------------

    def new_person(self, *, funktion: str, extern: bool = False, dezernat_id: int | None = None,
                   amt_id: int | None = None, abteilung_id: int | None = None,
                   organisation_id: int | None = None, frau: bool | None = None, titel: str | None = None,
                   dca: bool = False) -> int:
        rng = self.rng
        frau = rng.random() < 0.5 if frau is None else frau
        vorname = rng.choice(W.VORNAMEN_W if frau else W.VORNAMEN_M)
        nachname = rng.choice(W.NACHNAMEN)
        ident = self.new_id(Person.__table__)
        row = self.add(Person.__table__, {
            "id": ident, "anrede": "Frau" if frau else "Herr", "titel": titel, "vorname": vorname,
            "nachname": nachname, "funktion": funktion, "dezernat_id": dezernat_id, "amt_id": amt_id,
            "abteilung_id": abteilung_id, "externe_organisation_id": organisation_id,
            "email": None if extern else f"{_ascii(vorname)}.{_ascii(nachname)}@karlsruhe.example",
            "telefon": None if extern else f"0721 133-{rng.randint(1000, 9999)}",
            "ist_dca": dca, "bemerkung": None, "version": 1,
        })
        self.person[ident] = row
        self.person_name[ident] = full_name(titel, vorname, nachname)
        return ident

    def personen(self) -> None:
        """Bürgermeister/innen, Korridorbeauftragte, VME, city staff and external experts."""
        rng = self.rng
        n = self.sizes.korridorthemen
        self.buergermeister = []
        for i in range(n):
            frau = rng.random() < 0.5
            self.buergermeister.append(self.new_person(
                funktion="Bürgermeisterin" if frau else "Bürgermeister", dezernat_id=self.dezernate[i], frau=frau,
                titel="Dr." if rng.random() < 0.4 else None))
        self.beauftragte: list[list[int]] = []
        for i in range(n):
            erste = self.new_person(funktion=f"Sekretariatsleitung Dezernat {i + 1}", dezernat_id=self.dezernate[i])
            weitere = []
            if rng.random() < 0.15:
                amt_id, _, _ = rng.choice([a for a in self.aemter if a[1] == self.dezernate[i]])
                weitere.append(self.new_person(funktion="IQ-Beauftragte/r", amt_id=amt_id))
            self.beauftragte.append([erste, *weitere])
        for bereich in range(self.sizes.scale):
            for funktion in ("Leitung der Stabsstelle", "Prozessbegleitung IQ"):
                self.vme.append(self.new_person(funktion=funktion, amt_id=self.vme_amt[bereich],
                                                titel="Dr." if rng.random() < 0.3 else None))
        fest = len(self.person)
        externe = round(0.24 * self.sizes.personen)
        for _ in range(externe):
            r = rng.random()
            self.externe.append(self.new_person(
                funktion=rng.choice(W.FUNKTIONEN_EXTERN), extern=True, organisation_id=rng.choice(self.organisationen),
                titel="Prof. Dr." if r < 0.12 else "Dr." if r < 0.3 else None))
        for _ in range(self.sizes.personen - fest - externe):
            amt_id, _, abteilungen = rng.choice(self.aemter)
            self.staff.append(self.new_person(
                funktion=rng.choice(W.FUNKTIONEN), amt_id=amt_id,
                abteilung_id=rng.choice(abteilungen) if rng.random() < 0.5 else None,
                titel="Dr." if rng.random() < 0.06 else None, dca=rng.random() < 0.04))

    # -- corridors ---------------------------------------------------------------

    def korridorthemen(self) -> None:
        """The six seeded corridors are described; further ones added, with Beauftragte and résumés."""
        rng = self.rng
        namen = (*KORRIDORTHEMEN, *W.KORRIDORE_WEITERE)
        von = _dhh(self.heute.year) - 4
        self.korridor_updates: list[dict[str, Any]] = []
        for i in range(self.sizes.korridorthemen):
            name = namen[i % len(namen)] if i < len(namen) else f"{namen[i % len(namen)]} {i // len(namen) + 1}"
            werte = {
                "name": name, "position": i + 1, "buergermeister_id": self.buergermeister[i],
                "ziele": rng.choice(W.KORRIDOR_ZIELE).format(name=name),
                "beschreibung": rng.choice(W.KORRIDOR_BESCHREIBUNG).format(name=name),
                "laufzeit_von": von, "laufzeit_bis": von + 5,
            }
            if i < len(self.ref.korridor_ids):
                ident = self.ref.korridor_ids[i]
                self.korridor_updates.append({"b_id": ident, **{f"b_{k}": v for k, v in werte.items()}})
            else:
                ident = self.new_id(Korridorthema.__table__)
                self.add(Korridorthema.__table__, {"id": ident, **werte, "version": 1})
            korridor = _Korridor(i, ident, name, self.dezernate[i], self.buergermeister[i], self.beauftragte[i])
            self.korridore.append(korridor)
            for person in korridor.beauftragte:
                self.add(korridor_beauftragte, {"korridorthema_id": ident, "person_id": person})
        for row in self.rows[Dezernat.__table__]:
            row["buergermeister_id"] = self.buergermeister[row["position"] - 1]

    def jahresberichte(self) -> None:
        """Each corridor's résumé of the last one or two years, written in late January."""
        rng = self.rng
        for korridor in self.korridore:
            for jahr in range(self.heute.year - 2, self.heute.year):
                if jahr < self.heute.year - 1 and rng.random() < 0.3:
                    continue
                assert korridor.actor is not None
                row = self.add(KorridorJahresbericht.__table__, {
                    "id": self.new_id(KorridorJahresbericht.__table__), "korridorthema_id": korridor.id,
                    "jahr": jahr, "resuemee": rng.choice(W.JAHRESBERICHT_RESUEMEE),
                    "ausblick": rng.choice(W.JAHRESBERICHT_AUSBLICK), "bearbeitet_von": korridor.actor.login,
                    "version": 1,
                })
                geschrieben = min(dt.date(jahr + 1, 1, 10) + _days(rng.randint(0, 30)), self.heute)
                self.created(self.moment(geschrieben), KorridorJahresbericht.__table__, row, korridor.actor)

    # -- users (the logins of the audit trail) -----------------------------------

    def benutzer(self) -> None:
        rng = self.rng

        def add(login: str, anzeigename: str, rolle: BenutzerRolle, person_id: int | None,
                korridor_id: int | None = None) -> _Actor:
            self.add(Benutzer.__table__, {
                "id": self.new_id(Benutzer.__table__), "login": login, "anzeigename": anzeigename,
                "rolle": rolle, "korridorthema_id": korridor_id, "person_id": person_id, "aktiv": True,
                "version": 1,
            })
            self._logins.add(login)
            return _Actor(login, f"KA-PC{rng.randint(10000, 99999)}")

        self.admin = _Actor(_ADMIN_LOGIN, _ADMIN_RECHNER)
        add(_ADMIN_LOGIN, "IT-Administration IQ Desktop", BenutzerRolle.ADMINISTRATION, None)
        for person in self.vme:
            actor = add(self.login(self.person[person]["vorname"], self.person[person]["nachname"]),
                        self.person_name[person], BenutzerRolle.VME, person)
            self.actors[person] = actor
            self.vme_actors.append(actor)
        for korridor in self.korridore:
            for person in korridor.beauftragte:
                actor = add(self.login(self.person[person]["vorname"], self.person[person]["nachname"]),
                            self.person_name[person], BenutzerRolle.KORRIDORBEAUFTRAGTE, person, korridor.id)
                self.actors[person] = actor
                korridor.actor = korridor.actor or actor
        for person in rng.sample(self.staff, max(1, self.sizes.scale)):
            add(self.login(self.person[person]["vorname"], self.person[person]["nachname"]),
                self.person_name[person], BenutzerRolle.LESEND, person)

    # -- meetings -------------------------------------------------------------------

    def sitzungen(self) -> None:
        """Meetings of the six Gremien over the project history, each on its weekday."""
        rng = self.rng
        plan = (  # Gremium, weekday, weight
            ("IQ-Lenkungsgruppe", 2, 0.45), ("IQ-Lenkungskreis", 0, 0.15), ("BMK", 0, 0.15),
            ("Hauptausschuss", 1, 0.12), ("Gemeinderat", 1, 0.06), ("IQ-Netzwerktreffen", 3, 0.07),
        )
        anzahl = Counter(rng.choices([g for g, _, _ in plan], [w for _, _, w in plan], k=self.sizes.sitzungen))
        self.berichtstermine: list[tuple[dt.date, int, int]] = []  # (Stichtag, Sitzung, Gremium)
        letzter = self.heute + _days(120)
        for gremium, wochentag, _ in plan:
            n = anzahl[gremium]
            if n == 0:
                continue
            erster = letzter - _days(max(2400, 8 * n + 140))
            tag = erster + _days((wochentag - erster.weekday()) % 7)
            kandidaten = []
            while tag <= letzter:
                if (tag.month, tag.day) not in _FEIERTAGE:
                    kandidaten.append(tag)
                tag += _days(7)
            gremium_id = self.ref.gremien[gremium]
            for datum in sorted(rng.sample(kandidaten, n)):
                vergangen = datum < self.heute
                vorlage = None
                if gremium in ("Hauptausschuss", "Gemeinderat"):
                    vorlage = f"{datum.year}/{rng.randint(100, 2999):04d}"
                row = self.add(Sitzung.__table__, {
                    "id": self.new_id(Sitzung.__table__), "gremium_id": gremium_id, "datum": datum,
                    "top": str(rng.randint(1, 12)),
                    "oeffentlich": gremium == "Gemeinderat" or (gremium == "Hauptausschuss" and rng.random() < 0.3),
                    "vorlage_nr": vorlage, "ergebnis": W.SITZUNG_ERGEBNIS[gremium] if vergangen else None,
                    "bemerkung": W.SITZUNG_BEMERKUNG[gremium], "version": 1,
                })
                actor = rng.choice(self.vme_actors)
                geplant = min(datum - _days(35), self.heute - _days(rng.randint(1, 20)))
                self.created(self.moment(geplant), Sitzung.__table__, row, actor, ausgenommen={"ergebnis"})
                if vergangen and datum + _days(1) <= self.heute:
                    self.changed(self.moment(datum + _days(1)), Sitzung.__table__, row["id"], actor,
                                 {"ergebnis": [None, row["ergebnis"]]})
                if gremium not in ("IQ-Netzwerktreffen", "Gemeinderat"):
                    stichtag = datum - _days(6)
                    while stichtag.weekday() > 4:
                        stichtag -= _days(1)
                    self.berichtstermine.append((stichtag, row["id"], gremium_id))
        self.berichtstermine.sort()

    # -- Leitprojekte ------------------------------------------------------------------

    def projektzahlen(self) -> list[int]:
        """Projects per corridor: five as recommended, a few with six or seven, a few with four."""
        rng = self.rng
        n = self.sizes.korridorthemen
        zahlen = [5] * n
        for _ in range(max(1, n // 10)):
            plus, minus = rng.sample(range(n), 2)
            zahlen[plus] += 1
            zahlen[minus] -= 1
        for _ in range(self.sizes.leitprojekte - 5 * n):
            zahlen[rng.randrange(n)] += 1
        return zahlen

    def statuswahl(self, zahlen: list[int]) -> list[list[ProjektStatus]]:
        """Statuses per corridor in the shares of ``_STATUS_ANTEILE``; most corridors keep to five active ones."""
        rng = self.rng
        alle = [s for s, n in zip(_STATUS_ANTEILE, _aufteilen(sum(zahlen), list(_STATUS_ANTEILE.values())),
                                  strict=True) for _ in range(n)]
        rng.shuffle(alle)
        result = []
        for anzahl in zahlen:
            status, alle = alle[:anzahl], alle[anzahl:]
            aktiv = [i for i, s in enumerate(status) if not s.archiviert]
            if len(aktiv) > 5 and rng.random() < 0.65:
                for i in rng.sample(aktiv, len(aktiv) - 5):
                    status[i] = ProjektStatus.ABGESCHLOSSEN
            result.append(status)
        return result

    def maengel(self, plan: list[tuple[_Korridor, ProjektStatus]]) -> list[set[str]]:
        """Which active projects get which defect: exact shares, so every scale shows each rule.

        Problems cluster: a project that already has one is four times as likely to get the next.
        """
        maengel: list[set[str]] = [set() for _ in plan]
        aktive = [i for i, (_, s) in enumerate(plan) if not s.archiviert]
        neue = [i for i in aktive if plan[i][1] is ProjektStatus.GEPLANT]

        def ziehen(kandidaten: list[int], n: int) -> list[int]:
            return self.sample_weighted(kandidaten, [1 + 4 * len(maengel[i]) for i in kandidaten], n)

        for mangel, anteil in _MAENGEL.items():
            kandidaten = aktive
            if mangel == "ohne_kickoff":
                kandidaten = [i for i in aktive if plan[i][1] is not ProjektStatus.GEPLANT]
            n = _quote(anteil, len(kandidaten)) if kandidaten else 0
            if mangel == "ohne_leitung":  # half of them new projects whose group is not staffed yet
                gewaehlt = ziehen(neue, min(len(neue), (n + 1) // 2))
                gewaehlt += ziehen([i for i in aktive if i not in gewaehlt], n - len(gewaehlt))
            else:
                gewaehlt = ziehen(kandidaten, n)
            for i in gewaehlt:
                maengel[i].add(mangel)
        return maengel

    def titel(self) -> str:
        rng = self.rng
        for versuch in range(50):
            vorhaben = rng.choice(W.VORHABEN)
            if vorhaben not in self._titel:
                kandidat = vorhaben
            elif rng.random() < 0.75:
                kandidat = f"{vorhaben} – {rng.choice(W.STADTTEILE)}"
            else:
                kandidat = f"{vorhaben} – {rng.choice(W.TITEL_ZUSAETZE)}"
            if versuch > 40:
                kandidat = f"{kandidat} {versuch}"
            if kandidat not in self._titel:
                self._titel.add(kandidat)
                return kandidat
        raise RuntimeError("no unique project title found")

    def leitprojekte(self) -> None:
        plan: list[tuple[_Korridor, ProjektStatus]] = []
        for korridor, status in zip(self.korridore, self.statuswahl(self.projektzahlen()), strict=True):
            if sum(not s.archiviert for s in status) > 5:
                self.ueber_fuenf.append(korridor)
            plan += [(korridor, s) for s in status]
        for (korridor, status), maengel in zip(plan, self.maengel(plan), strict=True):
            p = self.plan_projekt(korridor, status, frozenset(maengel))
            self.projekte.append(p)
            self.phasen(p)
            self.etappenziele(p)
            self.steckbrief(p)
            self.entscheidungen(p)
            self.verlauf(p)

    def plan_projekt(self, korridor: _Korridor, status: ProjektStatus, maengel: frozenset[str]) -> _Projekt:
        """Dates of one project: start, planned end, status change and its last update."""
        rng, heute = self.rng, self.heute
        veraltet = "veraltet" in maengel
        status_am: dt.date | None = None
        if status is ProjektStatus.GEPLANT:
            beginn = heute + _days(rng.randint(14, 240))
        elif status in (ProjektStatus.LAUFEND, ProjektStatus.PAUSIERT):
            beginn = heute - _days(rng.randint(60, 2000))
            if status is ProjektStatus.PAUSIERT:
                frueheste = 40 if veraltet else 14
                status_am = heute - _days(rng.randint(frueheste, max(frueheste, min(300, (heute - beginn).days - 30))))
        elif status is ProjektStatus.ABGESCHLOSSEN:
            beginn = heute - _days(rng.randint(900, 2600))
            status_am = min(beginn + _days(rng.randint(700, 2000)), heute - _days(rng.randint(10, 200)))
        else:
            beginn = heute - _days(rng.randint(400, 2200))
            status_am = beginn + _days(rng.randint(180, (heute - beginn).days - 10))

        ende: dt.date | None
        if status is ProjektStatus.ABGESCHLOSSEN:
            assert status_am is not None
            ende = status_am - _days(rng.randint(0, 60))
        elif status is ProjektStatus.LAUFEND and rng.random() < 0.06 and (heute - beginn).days > 500:
            ende = heute - _days(rng.randint(10, 200))  # running late
        else:
            ende = beginn + _days(rng.randint(900, 2900))
        if "ohne_ende" in maengel:
            ende = None  # rule 6

        if status_am is not None and status in _ARCHIV:
            letzter = min(status_am + _days(rng.randint(0, 14)), heute - _days(1))
        elif veraltet:  # rule 7: nothing recorded for longer than the reporting cycle
            fruehestens = status_am or (beginn + _days(14) if beginn <= heute else heute - _days(160))
            letzter = heute - _days(rng.randint(32, max(32, min(160, (heute - fruehestens).days))))
        else:
            letzter = max(heute - _days(rng.randint(0, 28)), status_am or heute - _days(28))
        angelegt = min(beginn - _days(rng.randint(30, 150) if beginn <= heute else rng.randint(90, 400)),
                       letzter - _days(7))

        ident = self.new_id(Leitprojekt.__table__)
        row = self.add(Leitprojekt.__table__, {
            "id": ident, "titel": self.titel(), "korridorthema_id": korridor.id, "status": status,
            "beginn": beginn, "geplantes_ende": ende, "kickoff_am": None,
        })
        return _Projekt(row=row, korridor=korridor, status=status, beginn=beginn, ende=ende, status_am=status_am,
                        angelegt=angelegt, last_update=self.moment(letzter), maengel=maengel)

    def steckbrief(self, p: _Projekt) -> None:
        """The profile fields, goals, channels, budget lines, target agreements and strategy tags."""
        rng = self.rng
        row = p.row
        kickoff = None
        if p.beginn <= self.heute and p.status is not ProjektStatus.GEPLANT:
            kickoff = p.beginn + _days(rng.randint(0, 21))
            if kickoff > p.stand or "ohne_kickoff" in p.maengel:
                kickoff = None  # rule 4
        ampel, notiz = self.ampel(p)
        dimensionen: list[Ampel | None] = [None, None, None]
        if ampel is not None and rng.random() < 0.4:
            dimensionen = [ampel if i == 0 else rng.choice([Ampel.GRUEN, ampel]) for i in range(3)]
            rng.shuffle(dimensionen)
        aspekte: list[Any] = []
        ohne = rng.randrange(3) if "ohne_aspekt" in p.maengel else None
        for nr, (ja, nein) in enumerate(zip(W.ASPEKT_JA, W.ASPEKT_NEIN, strict=True)):
            if nr == ohne:
                aspekte += [False, None]  # rule 5
            elif rng.random() < 0.55:
                aspekte += [True, rng.choice(ja)]
            else:
                aspekte += [False, rng.choice(nein)]
        a, b = rng.sample(self.amt_kuerzel, 2)
        row.update({
            "kickoff_am": kickoff,
            "beschreibung": rng.choice(W.PROJEKT_BESCHREIBUNG).format(titel=row["titel"]),
            "beitrag_korridor": rng.choice(W.BEITRAG) if rng.random() < 0.8 else None,
            "zielgruppe": rng.choice(W.ZIELGRUPPEN),
            "zielgruppe_aktiv_eingebunden": rng.random() < 0.6,
            "chancen_nutzen": rng.choice(W.CHANCEN),
            "einbindung_zielgruppe": rng.choice(W.EINBINDUNG),
            "einbindung_intern": rng.choice(W.EINBINDUNG),
            "einbindung_extern": rng.choice(W.EINBINDUNG),
            "internationalitaet": aspekte[0], "internationalitaet_wie": aspekte[1],
            "digitalisierung": aspekte[2], "digitalisierung_wie": aspekte[3],
            "partizipation": aspekte[4], "partizipation_wie": aspekte[5],
            "personal": rng.choice(W.PERSONAL).format(a=a, b=b),
            "ausblick": rng.choice(W.AUSBLICK),
            "ampel": ampel, "ampel_notiz": notiz,
            "ampel_zeit": dimensionen[0], "ampel_budget": dimensionen[1], "ampel_personal": dimensionen[2],
            "nicht_oeffentlich": rng.random() < 0.04,
            "aktualisiert_am": p.last_update,
            "version": 1,
        })
        actor = self.projekt_actor(p)
        gespeichert = self.moment(min(p.angelegt + _days(7), p.stand))
        profil = ("beitrag_korridor", "zielgruppe", "zielgruppe_aktiv_eingebunden", "chancen_nutzen",
                  "einbindung_zielgruppe", "einbindung_intern", "einbindung_extern", "internationalitaet_wie",
                  "digitalisierung_wie", "partizipation_wie", "personal")
        changes = {key: [None, row[key]] for key in profil if row[key] is not None}
        for key in ("internationalitaet", "digitalisierung", "partizipation"):
            if row[key]:
                changes[key] = [False, True]
        strategie = sorted(rng.sample(self.ref.strategie_ids, rng.randint(1, 4)))
        changes["strategie"] = [[], strategie]
        self.changed(gespeichert, Leitprojekt.__table__, p.id, actor, changes, projekt=p)
        for element in strategie:
            self.add(projekt_strategie, {"leitprojekt_id": p.id, "strategie_element_id": element})

        position = 0
        for _ in range(rng.randint(2, 5)):
            position += 1
            ziel = self.add(ProjektZiel.__table__, {
                "id": self.new_id(ProjektZiel.__table__), "leitprojekt_id": p.id, "position": position,
                "ebene": 0, "text": rng.choice(W.ZIELE), "version": 1,
            })
            self.created(gespeichert, ProjektZiel.__table__, ziel, actor, projekt=p)
            if rng.random() < 0.15:
                position += 1
                ziel = self.add(ProjektZiel.__table__, {
                    "id": self.new_id(ProjektZiel.__table__), "leitprojekt_id": p.id, "position": position,
                    "ebene": 1, "text": rng.choice(W.UNTERZIELE), "version": 1,
                })
                self.created(gespeichert, ProjektZiel.__table__, ziel, actor, projekt=p)
        kanaele = rng.sample(KANAELE, rng.randint(1, 3))
        if rng.random() < 0.3:
            kanaele.append(rng.choice(W.KANAELE_FREI))
        for position, bezeichnung in enumerate(kanaele, start=1):
            kanal = self.add(ProjektKanal.__table__, {
                "id": self.new_id(ProjektKanal.__table__), "leitprojekt_id": p.id, "position": position,
                "bezeichnung": bezeichnung, "version": 1,
            })
            self.created(gespeichert, ProjektKanal.__table__, kanal, actor, projekt=p)
        self.budgets(p, actor, gespeichert)
        self.zielvereinbarungen(p, actor, gespeichert)

    def ampel(self, p: _Projekt) -> tuple[Ampel | None, str | None]:
        rng = self.rng
        if p.status is ProjektStatus.GEPLANT and rng.random() < 0.5:
            return None, None
        if p.status is ProjektStatus.ABGESCHLOSSEN:
            ampel = self.pick_weighted(list(Ampel), [0.85, 0.12, 0.03])
        elif p.status is ProjektStatus.ABGEBROCHEN:
            ampel = self.pick_weighted(list(Ampel), [0.1, 0.3, 0.6])
        else:
            ampel = self.pick_weighted([*Ampel, None], [0.6, 0.28, 0.09, 0.03])
        if ampel is Ampel.GELB:
            return ampel, rng.choice(W.AMPEL_NOTIZ_GELB) if rng.random() < 0.8 else None
        if ampel is Ampel.ROT:
            return ampel, rng.choice(W.AMPEL_NOTIZ_ROT)
        return ampel, None

    def budgets(self, p: _Projekt, actor: _Actor, gespeichert: dt.datetime) -> None:
        """One line per Doppelhaushalt from the start to the one running on the project's last day."""
        rng = self.rng
        betrag = rng.randint(5, 200) * 10_000
        stand = min(p.stand, p.status_am or p.stand)
        erster = _dhh(p.beginn.year)
        zeilen = []
        for jahr in range(erster, max(_dhh(stand.year), erster) + 1, 2):
            if p.status_am_tag(stand) is ProjektStatus.GEPLANT:
                werte = (betrag, None, None)
            else:
                anfang, ende = max(dt.date(jahr, 1, 1), p.beginn), dt.date(jahr + 1, 12, 31)
                verstrichen = min(1.0, max(0.0, (stand - anfang).days / max(1, (ende - anfang).days)))
                werte = (betrag, betrag, round(betrag * rng.uniform(0.7, 1.0) * verstrichen, -3))
            row = self.add(ProjektBudget.__table__, {
                "id": self.new_id(ProjektBudget.__table__), "leitprojekt_id": p.id,
                "doppelhaushalt": f"{jahr}/{jahr + 1}", "geplant": werte[0], "bewilligt": werte[1],
                "ausgegeben": None if werte[2] is None else int(werte[2]), "version": 1,
            })
            zeilen.append(row)
            tag = max(gespeichert.date(), dt.date(jahr, 1, 15))
            self.created(self.moment(tag) if tag > gespeichert.date() else gespeichert, ProjektBudget.__table__,
                         row, actor, projekt=p, ausgenommen={"ausgegeben"})
        letzte = zeilen[-1]
        if letzte["ausgegeben"]:
            vorher = int(round(letzte["ausgegeben"] * rng.uniform(0.6, 0.95), -3))
            self.changed(p.last_update, ProjektBudget.__table__, letzte["id"], self.projekt_actor(p),
                         {"ausgegeben": [vorher, letzte["ausgegeben"]]}, projekt=p)

    def zielvereinbarungen(self, p: _Projekt, actor: _Actor, gespeichert: dt.datetime) -> None:
        """One agreement per year: the milestones due that year; past years judged."""
        rng = self.rng
        stand = min(p.stand, p.status_am or p.stand)
        for jahr in range(p.beginn.year, stand.year + 1):
            faellig = [e["titel"] for e in p.etappen
                       if e["faellig_am"].year == jahr and e["status"] is not EtappenzielStatus.ENTFALLEN]
            text = ("Etappenziele: " + "; ".join(faellig)) if faellig else "Umsetzung nach Projektplan fortführen"
            erreicht: bool | None = None
            bemerkung = None
            if jahr < stand.year:
                erreicht = rng.random() < 0.78
                bemerkung = None if erreicht else "Nicht im Jahr erreicht; Verzug in die Folgeplanung übernommen."
            row = self.add(Zielvereinbarung.__table__, {
                "id": self.new_id(Zielvereinbarung.__table__), "leitprojekt_id": p.id, "jahr": jahr,
                "text": text, "erreicht": erreicht, "bemerkung": bemerkung, "version": 1,
            })
            tag = max(gespeichert.date(), dt.date(jahr, 1, 20))
            self.created(self.moment(tag) if tag > gespeichert.date() else gespeichert,
                         Zielvereinbarung.__table__, row, actor, projekt=p, ausgenommen={"erreicht", "bemerkung"})
            if erreicht is not None and dt.date(jahr + 1, 1, 25) <= p.stand:
                self.changed(self.moment(dt.date(jahr + 1, 1, 25)), Zielvereinbarung.__table__, row["id"], actor,
                             {"erreicht": [None, erreicht], "bemerkung": [None, bemerkung]}, projekt=p)

    def phasen(self, p: _Projekt) -> None:
        """The seeded phase plan with planned windows; statuses as of the project's last record."""
        rng = self.rng
        ende = p.ende or p.beginn + _days(3 * 365)
        dauer = (ende - p.beginn).days
        ende_1 = p.beginn + _days(dauer // 5)
        ende_2 = ende - _days(dauer * 3 // 20)
        fenster: list[tuple[dt.date | None, dt.date | None]] = [
            (p.beginn, ende_1), (ende_1 + _days(1), ende_2),
            (ende_2 + _days(1), ende) if p.ende is not None else (None, None),
        ]
        namen = list(self.ref.phasen)
        while len(fenster) < len(namen):
            fenster.append((None, None))
        fenster = fenster[: len(namen)]
        if p.aktiv and rng.random() < 0.03:
            namen.append(W.EXTRA_PHASE)
            fenster.append((None, None))
        p.fenster = fenster
        verzug = _days(rng.randint(0, 60) if rng.random() < 0.4 else 0)
        grenze = min(p.stand, p.status_am or p.stand)
        starts: list[dt.date | None] = [p.beginn]
        for von, _ in fenster[1:]:
            starts.append(None if von is None else von + verzug)
        if p.status is ProjektStatus.ABGESCHLOSSEN:
            assert p.status_am is not None
            letzte = len([s for s in starts if s is not None]) - 1
            starts = [None if s is None else min(s, p.status_am - _days(10 * (letzte - i)))
                      for i, s in enumerate(starts)]
        for position, (name, (von, bis)) in enumerate(zip(namen, fenster, strict=True), start=1):
            start = starts[position - 1]
            naechster = starts[position] if position < len(starts) else None
            begonnen = p.status is not ProjektStatus.GEPLANT and start is not None and start <= grenze
            if not begonnen:
                status, ist_von, ist_bis = PhasenStatus.NICHT_BEGONNEN, None, None
            elif naechster is not None and naechster <= grenze:
                status, ist_von, ist_bis = PhasenStatus.ABGESCHLOSSEN, start, naechster
            elif p.status is ProjektStatus.ABGESCHLOSSEN and p.status_am is not None:
                status, ist_von, ist_bis = PhasenStatus.ABGESCHLOSSEN, start, p.status_am
            else:
                status, ist_von, ist_bis = PhasenStatus.LAUFEND, start, None
            p.phasen.append(self.add(Phase.__table__, {
                "id": self.new_id(Phase.__table__), "leitprojekt_id": p.id, "position": position, "name": name,
                "geplante_schritte": rng.choice(W.PHASEN_SCHRITTE[position - 1]) if position <= 3 else None,
                "status": status, "geplant_von": von, "geplant_bis": bis, "ist_von": ist_von, "ist_bis": ist_bis,
                "version": 1,
            }))

    def etappenziele(self, p: _Projekt) -> None:
        """Milestones spread over the planned time; most due ones reached, a few overdue or dropped."""
        rng = self.rng
        if "ohne_etappen" in p.maengel:
            return  # rule 6: no milestones planned
        anzahl = rng.randint(2, 4) if p.status is ProjektStatus.GEPLANT else rng.randint(3, 8)
        ende = p.ende or p.beginn + _days(3 * 365)
        spanne = max(60, (ende - p.beginn).days - 45)
        titel = [W.ETAPPENZIELE[i] for i in sorted(rng.sample(range(len(W.ETAPPENZIELE)), anzahl))]
        faellig_tage = sorted(rng.sample(range(45, 45 + spanne), anzahl))
        for name, tage in zip(titel, faellig_tage, strict=True):
            faellig = p.beginn + _days(tage)
            angelegt = min(max(p.angelegt + _days(10), faellig - _days(730)), p.stand)
            erreicht = kommuniziert = None
            status = EtappenzielStatus.OFFEN
            if p.status in _ARCHIV and p.status_am is not None and faellig > p.status_am:
                status = EtappenzielStatus.ENTFALLEN
            elif faellig <= p.stand + _days(14):
                r = rng.random()
                kandidat = _clip(faellig + _days(rng.randint(-14, 30)), angelegt, p.stand)
                if r < 0.82 and (p.status_am is None or kandidat <= p.status_am):
                    erreicht, status = kandidat, EtappenzielStatus.ERREICHT
                elif r > 0.95:
                    status = EtappenzielStatus.ENTFALLEN
            intern, extern = rng.random() < 0.4, rng.random() < 0.25
            if erreicht is not None and (intern or extern) and rng.random() < 0.85:
                kommuniziert = erreicht + _days(rng.randint(0, 10))
                if kommuniziert > p.stand:
                    kommuniziert = None
            phase = self.phase_fuer(p, faellig)
            row = self.add(Etappenziel.__table__, {
                "id": self.new_id(Etappenziel.__table__), "leitprojekt_id": p.id, "phase_id": phase,
                "titel": name, "beschreibung": None, "faellig_am": faellig, "erreicht_am": erreicht,
                "status": status, "kommunikation_intern": intern, "kommunikation_extern": extern,
                "kommunikation_wie": rng.choice(W.KOMMUNIKATION_WIE) if intern or extern else None,
                "kommuniziert_am": kommuniziert, "version": 1,
            })
            p.etappen.append(row)
            p.etappe_angelegt.append(angelegt)
            if rng.random() < 0.02:
                self.phantom(p, Etappenziel.__table__, row, angelegt)

    def phase_fuer(self, p: _Projekt, tag: dt.date) -> int | None:
        """The phase whose planned window holds ``tag``; else the last planned one."""
        geplante = [(phase, von, bis) for phase, (von, bis) in zip(p.phasen, p.fenster, strict=True)
                    if von is not None and bis is not None]
        for phase, von, bis in geplante:
            if von <= tag <= bis:
                return phase["id"]
        return geplante[-1][0]["id"] if geplante else None

    def phantom(self, p: _Projekt, table: Table, vorbild: dict[str, Any], tag: dt.date) -> None:
        """A row entered by mistake and deleted a few days later: an id gap and two audit rows."""
        row = {**vorbild, "id": self.new_id(table)}
        actor = self.projekt_actor(p)
        self.created(self.moment(tag), table, row, actor, projekt=p)
        geloescht = min(tag + _days(self.rng.randint(0, 10)), p.stand)
        self.event(self.moment(geloescht), table, row["id"], AuditAktion.GELOESCHT, actor, projekt=p, row=row)

    def entscheidungen(self, p: _Projekt) -> None:
        rng = self.rng
        if p.beginn > p.stand:
            return
        for _ in range(self.pick_weighted([0, 1, 2, 3], [0.4, 0.33, 0.18, 0.09])):
            art = self.pick_weighted(list(EntscheidungsArt), [0.35, 0.5, 0.15])
            erfasst = p.beginn + _days(rng.randint(0, max(0, (p.stand - p.beginn).days)))
            alt = (p.stand - erfasst).days > 60
            status = self.pick_weighted(list(EntscheidungsStatus), [0.15, 0.75, 0.1] if alt else [0.7, 0.25, 0.05])
            clearing = None
            if art is EntscheidungsArt.DISSENS and rng.random() < 0.7:
                clearing = erfasst + _days(rng.randint(3, 30))
                if clearing > p.stand:
                    clearing = None
            entschieden = None
            if status is EntscheidungsStatus.ENTSCHIEDEN:
                entschieden = min(erfasst + _days(rng.randint(7, 90)), p.stand)
            row = self.add(Entscheidung.__table__, {
                "id": self.new_id(Entscheidung.__table__), "leitprojekt_id": p.id, "art": art,
                "titel": rng.choice(W.ENTSCHEIDUNGEN[art.value]),
                "beschreibung": "Siehe Sachstand; Abstimmung mit den beteiligten Ämtern läuft.",
                "erfasst_am": erfasst,
                "zu_entscheiden_durch": "Clearingstelle (VME)" if clearing else rng.choice(W.ENTSCHEIDUNG_DURCH),
                "faellig_bis": erfasst + _days(rng.randint(14, 90)) if rng.random() < 0.6 else None,
                "an_clearingstelle_am": clearing, "status": status,
                "ergebnis": rng.choice(W.ENTSCHEIDUNG_ERGEBNIS) if entschieden else None,
                "entschieden_am": entschieden,
                "entschieden_durch": rng.choice(W.ENTSCHEIDUNG_DURCH) if entschieden else None,
                "nicht_oeffentlich": rng.random() < 0.1, "version": 1,
            })
            p.entscheidungen.append(row)

    # -- the history of a project (audit events of its own rows) --------------------------

    def verlauf(self, p: _Projekt) -> None:
        """Set-up, start, kick-off, phase moves, milestones, decisions, status change, last update."""
        rng = self.rng
        row = p.row
        actor = self.projekt_actor(p)
        angelegt = self.moment(p.angelegt)
        self.created(angelegt, Leitprojekt.__table__, row, actor, projekt=p,
                     fields=("id", "titel", "korridorthema_id", "status", "beginn", "geplantes_ende",
                             "beschreibung", "internationalitaet", "digitalisierung", "partizipation",
                             "nicht_oeffentlich"),
                     overrides={"status": ProjektStatus.GEPLANT, "internationalitaet": False,
                                "digitalisierung": False, "partizipation": False, "nicht_oeffentlich": False})
        for phase in p.phasen:
            self.created(angelegt, Phase.__table__, phase, actor, projekt=p,
                         fields=("id", "leitprojekt_id", "position", "name", "status"),
                         overrides={"status": PhasenStatus.NICHT_BEGONNEN})
            if phase["geplant_von"] is not None:
                self.changed(self.moment(min(p.angelegt + _days(7), p.stand)), Phase.__table__, phase["id"],
                             actor, {"geplant_von": [None, phase["geplant_von"]],
                                     "geplant_bis": [None, phase["geplant_bis"]],
                                     "geplante_schritte": [None, phase["geplante_schritte"]]}, projekt=p)
        if p.beginn <= p.stand and p.status is not ProjektStatus.GEPLANT:
            self.changed(self.moment(p.beginn), Leitprojekt.__table__, p.id, self.projekt_actor(p),
                         {"status": [ProjektStatus.GEPLANT, ProjektStatus.LAUFEND]}, projekt=p)
        if row["kickoff_am"] is not None:
            self.changed(self.moment(row["kickoff_am"]), Leitprojekt.__table__, p.id, self.projekt_actor(p),
                         {"kickoff_am": [None, row["kickoff_am"]]}, projekt=p)
        for vorige, phase in zip([None, *p.phasen], p.phasen, strict=False):
            if phase["ist_von"] is None:
                continue
            moment = self.moment(phase["ist_von"])
            self.changed(moment, Phase.__table__, phase["id"], self.projekt_actor(p),
                         {"status": [PhasenStatus.NICHT_BEGONNEN, PhasenStatus.LAUFEND],
                          "ist_von": [None, phase["ist_von"]]}, projekt=p)
            if vorige is not None and vorige["ist_bis"] is not None:
                self.changed(moment, Phase.__table__, vorige["id"], self.projekt_actor(p),
                             {"status": [PhasenStatus.LAUFEND, PhasenStatus.ABGESCHLOSSEN],
                              "ist_bis": [None, vorige["ist_bis"]]}, projekt=p)
        letzte = p.phasen[-1]
        if letzte["status"] is PhasenStatus.ABGESCHLOSSEN and letzte["ist_bis"] is not None:
            self.changed(self.moment(letzte["ist_bis"]), Phase.__table__, letzte["id"], self.projekt_actor(p),
                         {"status": [PhasenStatus.LAUFEND, PhasenStatus.ABGESCHLOSSEN],
                          "ist_bis": [None, letzte["ist_bis"]]}, projekt=p)
        for etappe, angelegt_am in zip(p.etappen, p.etappe_angelegt, strict=True):
            a = self.projekt_actor(p)
            self.created(self.moment(angelegt_am), Etappenziel.__table__, etappe, a, projekt=p,
                         ausgenommen={"erreicht_am", "kommuniziert_am"}, overrides={"status": EtappenzielStatus.OFFEN})
            if etappe["erreicht_am"] is not None:
                self.changed(self.moment(etappe["erreicht_am"]), Etappenziel.__table__, etappe["id"], a,
                             {"erreicht_am": [None, etappe["erreicht_am"]],
                              "status": [EtappenzielStatus.OFFEN, EtappenzielStatus.ERREICHT]}, projekt=p)
            if etappe["kommuniziert_am"] is not None:
                self.changed(self.moment(etappe["kommuniziert_am"]), Etappenziel.__table__, etappe["id"], a,
                             {"kommuniziert_am": [None, etappe["kommuniziert_am"]]}, projekt=p)
            if etappe["status"] is EtappenzielStatus.ENTFALLEN:
                tag = _clip(etappe["faellig_am"] + _days(rng.randint(0, 30)), angelegt_am, p.stand)
                self.changed(self.moment(tag), Etappenziel.__table__, etappe["id"], a,
                             {"status": [EtappenzielStatus.OFFEN, EtappenzielStatus.ENTFALLEN]}, projekt=p)
        for e in p.entscheidungen:
            a = self.projekt_actor(p)
            self.created(self.moment(e["erfasst_am"]), Entscheidung.__table__, e, a, projekt=p,
                         ausgenommen={"an_clearingstelle_am", "ergebnis", "entschieden_am", "entschieden_durch"},
                         overrides={"status": EntscheidungsStatus.OFFEN})
            if e["an_clearingstelle_am"] is not None:
                self.changed(self.moment(e["an_clearingstelle_am"]), Entscheidung.__table__, e["id"], a,
                             {"an_clearingstelle_am": [None, e["an_clearingstelle_am"]]}, projekt=p)
            if e["entschieden_am"] is not None:
                self.changed(self.moment(e["entschieden_am"]), Entscheidung.__table__, e["id"], a,
                             {"status": [EntscheidungsStatus.OFFEN, e["status"]], "ergebnis": [None, e["ergebnis"]],
                              "entschieden_am": [None, e["entschieden_am"]],
                              "entschieden_durch": [None, e["entschieden_durch"]]}, projekt=p)
            elif e["status"] is EntscheidungsStatus.ZURUECKGEZOGEN:
                tag = _clip(e["erfasst_am"] + _days(rng.randint(7, 60)), e["erfasst_am"], p.stand)
                self.changed(self.moment(tag), Entscheidung.__table__, e["id"], a,
                             {"status": [EntscheidungsStatus.OFFEN, e["status"]]}, projekt=p)
        if p.status_am is not None:
            self.changed(self.moment(p.status_am), Leitprojekt.__table__, p.id, self.projekt_actor(p),
                         {"status": [ProjektStatus.LAUFEND, p.status]}, projekt=p)
        # the profile brought up to date: the project's latest change ("Aktualisiert am")
        vorher = rng.choice([t for t in W.AUSBLICK if t != row["ausblick"]])
        self.event(p.last_update, Leitprojekt.__table__, p.id, AuditAktion.GEAENDERT, self.projekt_actor(p),
                   projekt=p, changes={"ausblick": [vorher, row["ausblick"]]})

    # -- staffing -------------------------------------------------------------------------

    def mitwirkung(self, p: _Projekt, person: int, rolle: Rolle, *, von: dt.date | None,
                   bis: dt.date | None, anteil: int | None, vollstaendig: bool = False) -> dict[str, Any]:
        """One Mitwirkung with its naming and consents as far as they were given by the project's last day."""
        rng = self.rng
        extern = self.person[person]["externe_organisation_id"] is not None
        basis = von or p.beginn
        besetzt = _clip(basis - _days(21), p.angelegt + _days(2), p.stand)
        if basis > self.heute:  # a future project's group is staffed when it is set up
            besetzt = min(p.angelegt + _days(30), p.stand)
        benannt = zustimmungen = None
        if rolle in (Rolle.PROJEKTLEITUNG, Rolle.MITGLIED, Rolle.EXPERTE):
            benannt = min(besetzt + _days(2), p.stand)
            if not vollstaendig and rng.random() < 0.001:
                benannt = None  # rule 3: never named
            if not extern and rolle is not Rolle.EXPERTE and benannt is not None:
                zustimmungen = []
                for nach in (10, 6, 3):  # Dezernat, Amtsleitung, person, in the order of the row
                    tag = benannt + _days(nach + rng.randint(0, 14))
                    zustimmungen.append(tag if tag <= p.stand else None)
                if not vollstaendig and rng.random() < 0.01:
                    zustimmungen[0] = None  # rule 3: the Dezernat has not agreed yet
        row = {
            "id": self.new_id(Mitwirkung.__table__), "leitprojekt_id": p.id, "person_id": person, "rolle": rolle,
            "von": von, "bis": bis, "anteil_prozent": anteil,
            "benannt_von_id": p.korridor.buergermeister if benannt else None, "benannt_am": benannt,
            "zustimmung_dezernat_am": zustimmungen[0] if zustimmungen else None,
            "zustimmung_amtsleitung_am": zustimmungen[1] if zustimmungen else None,
            "zustimmung_person_am": zustimmungen[2] if zustimmungen else None,
            "bemerkung": None, "version": 1,
        }
        p.mitwirkungen.append(self.add(Mitwirkung.__table__, row))
        p.mitwirkung_angelegt.append(besetzt)
        self.person_einsatz[person] = min(besetzt, self.person_einsatz.get(person, besetzt))
        return row

    def besetzung(self) -> None:
        """Staff every project; keep the one-project rule except for a few percent of people."""
        rng = self.rng
        queue: list[int] = []
        for p in self.projekte:
            ende = p.status_am if p.status in _ARCHIV else None
            self.mitwirkung(p, p.korridor.buergermeister, Rolle.AUFTRAGGEBER, von=p.beginn, bis=ende, anteil=None,
                            vollstaendig=True)
            ohne_leitung = "ohne_leitung" in p.maengel  # rule 4
            anzahl = (0 if ohne_leitung else 1) + rng.randint(2, 5)
            for n in range(anzahl):
                person: int | None = None
                while person is None or person in p.gruppe:
                    if not p.aktiv:
                        person = rng.choice(self.staff)
                        continue
                    if not queue:  # more group places than city staff: some people get two (rule 2)
                        queue = rng.sample(self.staff, len(self.staff))
                    person = queue.pop()
                rolle = Rolle.PROJEKTLEITUNG if n == 0 and not ohne_leitung else Rolle.MITGLIED
                von = p.beginn
                if rolle is Rolle.MITGLIED and p.stand > p.beginn + _days(60) and rng.random() < 0.2:
                    von = p.beginn + _days(rng.randint(30, (p.stand - p.beginn).days))
                anteil = rng.randrange(30, 101, 10) if rolle is Rolle.PROJEKTLEITUNG else rng.randrange(10, 51, 5)
                self.mitwirkung(p, person, rolle, von=von, bis=ende, anteil=anteil)
                p.gruppe.append(person)
            # people who left the group earlier (exempt from rule 2: their period has ended)
            spanne = (min(p.stand, self.heute - _days(1)) - p.beginn).days
            if spanne > 90:
                for rolle in [Rolle.PROJEKTLEITUNG] * (rng.random() < 0.15) + [Rolle.MITGLIED] * rng.randint(0, 4):
                    person = rng.choice(self.staff)
                    if person in p.gruppe:
                        continue
                    bis = p.beginn + _days(rng.randint(60, spanne))
                    self.mitwirkung(p, person, rolle, von=p.beginn, bis=bis, anteil=rng.randrange(10, 51, 5),
                                    vollstaendig=True)
                    p.gruppe.append(person)
        self.doppelrollen_anlegen()
        self.weitere_mitwirkungen()
        self.projektleitungen_als_benutzer()

    def doppelrollen_anlegen(self) -> None:
        """Rule 2: a few people also sit in a second active project's group, mostly where a project is
        in trouble anyway (no lead, not reporting, …)."""
        rng = self.rng
        aktive = [p for p in self.projekte if p.aktiv]
        gewicht = {p.id: 1 + 4 * len(p.maengel) for p in aktive}
        gruppen = {}
        for p in aktive:
            for m in p.mitwirkungen:
                if m["rolle"] in (Rolle.PROJEKTLEITUNG, Rolle.MITGLIED) and m["bis"] is None:
                    gruppen.setdefault(m["person_id"], m)
        kandidaten = list(gruppen)
        anzahl = _quote(_ANTEIL_DOPPELROLLE, len(kandidaten)) if kandidaten else 0
        for person in self.sample_weighted(kandidaten, [gewicht[gruppen[k]["leitprojekt_id"]] for k in kandidaten],
                                           anzahl):
            erste = gruppen[person]
            andere = [p for p in aktive if p.id != erste["leitprojekt_id"] and person not in p.gruppe]
            zweites = self.pick_weighted(andere, [gewicht[p.id] for p in andere])
            zweite = self.mitwirkung(zweites, person, Rolle.MITGLIED, von=max(zweites.beginn, erste["von"]),
                                     bis=None, anteil=rng.randrange(10, 31, 5))
            zweites.gruppe.append(person)
            self.doppelrollen.append((person, erste["id"], zweite["id"]))

    def weitere_mitwirkungen(self) -> None:
        """Contact persons and external experts fill each project up to its share of all Mitwirkungen."""
        rng = self.rng
        kontakte = self.staff + self.vme
        fest = [len(p.mitwirkungen) for p in self.projekte]
        mittel = self.sizes.mitwirkungen / len(self.projekte)
        quoten = [max(f + 1, round(mittel * rng.uniform(0.6, 1.4))) for f in fest]
        differenz = self.sizes.mitwirkungen - sum(quoten)
        while differenz:
            i = rng.randrange(len(quoten))
            if differenz > 0:
                quoten[i] += 1
                differenz -= 1
            elif quoten[i] > fest[i] + 1:
                quoten[i] -= 1
                differenz += 1
        for p, quote, f in zip(self.projekte, quoten, fest, strict=True):
            weitere = quote - f
            experten = min(round(weitere * rng.uniform(0.45, 0.7)), len(self.externe))
            ende = p.status_am if p.status in _ARCHIV else None
            spanne = (min(p.stand, self.heute - _days(1)) - p.beginn).days
            for person in rng.sample(self.externe, experten):
                bis = ende
                if bis is None and spanne > 120 and rng.random() < 0.15:
                    bis = p.beginn + _days(rng.randint(60, spanne))
                self.mitwirkung(p, person, Rolle.EXPERTE, von=p.beginn, bis=bis,
                                anteil=None if rng.random() < 0.7 else rng.choice((5, 10)))
            ausgeschlossen = set(p.gruppe)
            auswahl = [k for k in rng.sample(kontakte, min(len(kontakte), weitere - experten + len(p.gruppe)))
                       if k not in ausgeschlossen][: weitere - experten]
            for person in auswahl:
                bis = ende
                if bis is None and spanne > 120 and rng.random() < 0.1:
                    bis = p.beginn + _days(rng.randint(60, spanne))
                self.mitwirkung(p, person, Rolle.ANSPRECHPERSON, von=p.beginn, bis=bis, anteil=None)
            if rng.random() < 0.6:
                self.phantom(p, Mitwirkung.__table__, p.mitwirkungen[-1], p.mitwirkung_angelegt[-1])
        for p in self.projekte:
            self.mitwirkung_historie(p)

    def mitwirkung_historie(self, p: _Projekt) -> None:
        """Staffed, named by the Bürgermeister/in, the three consents, ended: one audit row each."""
        for m, besetzt in zip(p.mitwirkungen, p.mitwirkung_angelegt, strict=True):
            actor = self.projekt_actor(p)
            bis_spaeter = m["bis"] is not None and m["bis"] < self.heute
            self.created(self.moment(besetzt), Mitwirkung.__table__, m, actor, projekt=p,
                         fields=("id", "leitprojekt_id", "person_id", "rolle", "von", "anteil_prozent",
                                 *(() if bis_spaeter else ("bis",))))
            if m["benannt_am"] is not None:
                self.changed(self.moment(m["benannt_am"]), Mitwirkung.__table__, m["id"], actor,
                             {"benannt_am": [None, m["benannt_am"]], "benannt_von_id": [None, m["benannt_von_id"]]},
                             projekt=p)
            for key in ("zustimmung_person_am", "zustimmung_amtsleitung_am", "zustimmung_dezernat_am"):
                if m[key] is not None:
                    self.changed(self.moment(m[key]), Mitwirkung.__table__, m["id"], actor, {key: [None, m[key]]},
                                 projekt=p)
            if bis_spaeter:
                self.changed(self.moment(min(m["bis"], p.stand)), Mitwirkung.__table__, m["id"], actor,
                             {"bis": [None, m["bis"]]}, projekt=p)

    def projektleitungen_als_benutzer(self) -> None:
        """Some project leads keep their own project (an optional role)."""
        rng = self.rng
        for p in self.projekte:
            if not p.aktiv or rng.random() > 0.2:
                continue
            leitung = next((m["person_id"] for m in p.mitwirkungen if m["rolle"] is Rolle.PROJEKTLEITUNG), None)
            if leitung is None or leitung in self.actors:
                continue
            row = self.person[leitung]
            login = self.login(row["vorname"], row["nachname"])
            self.add(Benutzer.__table__, {
                "id": self.new_id(Benutzer.__table__), "login": login, "anzeigename": self.person_name[leitung],
                "rolle": BenutzerRolle.PROJEKTLEITUNG, "korridorthema_id": None, "person_id": leitung,
                "aktiv": True, "version": 1,
            })
            self.actors[leitung] = p.pl_actor = _Actor(login, f"KA-NB{rng.randint(10000, 99999)}")

    # -- risks --------------------------------------------------------------------------------

    def risiken(self) -> None:
        rng = self.rng
        gewichte = [0.12, 0.33, 0.33, 0.16, 0.06]
        for p in self.projekte:
            if p.beginn - _days(60) > p.stand:
                continue
            erstes = max(p.angelegt, p.beginn - _days(60))
            for _ in range(self.pick_weighted(range(7), [0.1, 0.15, 0.2, 0.2, 0.15, 0.12, 0.08])):
                titel, massnahmen = rng.choice(W.RISIKEN)
                erkannt = erstes + _days(rng.randint(0, (p.stand - erstes).days))
                alt = (p.stand - erkannt).days > 120
                if p.status in _ARCHIV:
                    gewicht = [0.1, 0.1, 0.8]
                elif alt:
                    gewicht = [0.25, 0.25, 0.5]
                else:
                    gewicht = [0.6, 0.35, 0.05]
                status = self.pick_weighted(list(RisikoStatus), gewicht)
                w, a = rng.choices(range(1, 6), gewichte, k=2)
                geschlossen = None
                if status is RisikoStatus.GESCHLOSSEN:
                    geschlossen = _clip(erkannt + _days(rng.randint(30, 240)), erkannt, p.stand)
                pruefung = None
                if status is not RisikoStatus.GESCHLOSSEN:
                    pruefung = erkannt + _days(90 * (1 + (p.stand - erkannt).days // 90))
                row = self.add(Risiko.__table__, {
                    "id": self.new_id(Risiko.__table__), "leitprojekt_id": p.id, "titel": titel,
                    "beschreibung": None, "wahrscheinlichkeit": w, "auswirkung": a,
                    "verantwortlich_id": rng.choice(p.gruppe) if p.gruppe and rng.random() < 0.9 else None,
                    "massnahmen": massnahmen, "status": status, "erkannt_am": erkannt,
                    "naechste_pruefung": pruefung, "nicht_oeffentlich": rng.random() < 0.05, "version": 1,
                })
                p.risiken.append(row)
                p.risiko_geschlossen.append(geschlossen)
                self.risiko_historie(p, row, geschlossen)
                if rng.random() < 0.03:
                    self.phantom(p, Risiko.__table__, row, erkannt)

    def risiko_historie(self, p: _Projekt, row: dict[str, Any], geschlossen: dt.date | None) -> None:
        rng = self.rng
        actor = self.projekt_actor(p)
        erkannt = row["erkannt_am"]
        self.created(self.moment(erkannt), Risiko.__table__, row, actor, projekt=p,
                     ausgenommen={"naechste_pruefung"}, overrides={"status": RisikoStatus.OFFEN})
        if row["status"] is not RisikoStatus.OFFEN and (p.stand - erkannt).days > 14:
            bewertet = erkannt + _days(rng.randint(7, min(90, (p.stand - erkannt).days)))
            vorher = max(1, min(5, row["wahrscheinlichkeit"] + rng.choice((-1, 1))))
            self.changed(self.moment(bewertet), Risiko.__table__, row["id"], actor,
                         {"wahrscheinlichkeit": [vorher, row["wahrscheinlichkeit"]],
                          "status": [RisikoStatus.OFFEN, RisikoStatus.IN_BEARBEITUNG],
                          "naechste_pruefung": [erkannt + _days(90), row["naechste_pruefung"]]}, projekt=p)
        if geschlossen is not None:
            self.changed(self.moment(geschlossen), Risiko.__table__, row["id"], actor,
                         {"status": [RisikoStatus.IN_BEARBEITUNG, RisikoStatus.GESCHLOSSEN]}, projekt=p)

    # -- Sachstände -------------------------------------------------------------------------

    def sachstaende(self) -> None:
        """Several dated Sachstände per project, each for a meeting, with the frozen state."""
        rng = self.rng
        stichtage = [t[0] for t in self.berichtstermine]
        for p in self.projekte:
            lo = max(p.angelegt + _days(14), p.beginn - _days(60))
            kandidaten = self.berichtstermine[bisect.bisect_left(stichtage, lo):
                                              bisect.bisect_right(stichtage, p.stand)]
            anzahl = rng.randint(0, 1) if p.beginn > p.stand else rng.randint(2, 6)
            anzahl = min(anzahl, len(kandidaten))
            if not anzahl:
                continue
            termine = sorted(rng.sample(kandidaten[-3 * anzahl:], anzahl))
            ampeln = [(p.row["ampel"], p.row["ampel_notiz"])]
            for _ in termine[1:]:
                ampel, notiz = ampeln[0]
                if rng.random() < 0.3:
                    ampel = self.pick_weighted(list(Ampel), [0.6, 0.3, 0.1])
                    notiz = None if ampel is Ampel.GRUEN else rng.choice(
                        W.AMPEL_NOTIZ_GELB if ampel is Ampel.GELB else W.AMPEL_NOTIZ_ROT)
                ampeln.insert(0, (ampel, notiz))
            vorher: tuple[dt.date, Ampel | None, str | None] | None = None
            for nr, ((stichtag, sitzung, gremium), (ampel, notiz)) in enumerate(zip(termine, ampeln, strict=True)):
                if vorher is not None and (vorher[1], vorher[2]) != (ampel, notiz):
                    self.changed(self.moment(max(vorher[0], stichtag - _days(2))), Leitprojekt.__table__, p.id,
                                 self.projekt_actor(p),
                                 {"ampel": [vorher[1], ampel], "ampel_notiz": [vorher[2], notiz]}, projekt=p)
                self.sachstand(p, stichtag, sitzung, gremium, ampel, notiz, vorher[0] if vorher else None,
                               letzter=nr == anzahl - 1)
                vorher = (stichtag, ampel, notiz)

    def sachstand(self, p: _Projekt, stichtag: dt.date, sitzung: int, gremium: int, ampel: Ampel | None,
                  notiz: str | None, vorher: dt.date | None, *, letzter: bool) -> None:
        rng = self.rng
        actor = p.korridor.actor
        assert actor is not None
        seit = vorher or stichtag - _days(180)
        erreicht = [e for e in p.etappen if e["erreicht_am"] is not None and seit < e["erreicht_am"] <= stichtag]
        offen = sorted((e for e, angelegt in zip(p.etappen, p.etappe_angelegt, strict=True)
                        if angelegt <= stichtag and (e["erreicht_am"] is None or e["erreicht_am"] > stichtag)
                        and e["status"] is not EtappenzielStatus.ENTFALLEN),
                       key=lambda e: e["faellig_am"])[:2]
        bedarf = [d for d in p.entscheidungen
                  if d["erfasst_am"] <= stichtag and (d["entschieden_am"] is None or d["entschieden_am"] > stichtag)
                  and d["status"] is not EntscheidungsStatus.ZURUECKGEZOGEN]
        text = rng.choice(W.SACHSTAND_ERREICHT)
        if erreicht:
            text += " Erreichte Etappenziele: " + "; ".join(
                f"{e['titel']} ({e['erreicht_am']:%d.%m.%Y})" for e in erreicht) + "."
        status = p.status_am_tag(stichtag) if p.status is not ProjektStatus.GEPLANT else ProjektStatus.GEPLANT
        row = self.add(Sachstand.__table__, {
            "id": self.new_id(Sachstand.__table__), "leitprojekt_id": p.id, "stichtag": stichtag,
            "gremium_id": gremium, "sitzung_id": sitzung, "erreicht": text,
            "naechste_schritte": ("Nächste Etappenziele: " + "; ".join(
                f"{e['titel']} (fällig am {e['faellig_am']:%d.%m.%Y})" for e in offen) + ".") if offen else None,
            "entscheidungsbedarf": "; ".join(
                f"{d['titel']} (zu entscheiden durch {d['zu_entscheiden_durch']})" for d in bedarf) or None,
            "ausblick": p.row["ausblick"] if letzter else (
                f"Geplantes Projektende: {p.ende:%d.%m.%Y}." if p.ende is not None
                else "Das Projektende wird mit der nächsten Zielvereinbarung festgelegt."),
            "nicht_oeffentlich": p.row["nicht_oeffentlich"] or rng.random() < 0.05,
            "ampel": ampel, "projektstatus": status,
            "stand": self.stand(p, stichtag, status, ampel, notiz),
            "erstellt_am": min(self.moment(stichtag), p.last_update),
            "erstellt_von": actor.login, "version": 1,
        })
        self.created(row["erstellt_am"], Sachstand.__table__, row, actor, projekt=p)

    def stand(self, p: _Projekt, tag: dt.date, status: ProjektStatus, ampel: Ampel | None,
              notiz: str | None) -> dict[str, Any]:
        """The structured copy a Sachstand freezes (the shape of status_reports.snapshot), as of ``tag``."""
        phasen = []
        for phase in p.phasen:
            von = phase["ist_von"] if phase["ist_von"] is not None and phase["ist_von"] <= tag else None
            bis = phase["ist_bis"] if von is not None and phase["ist_bis"] is not None and phase["ist_bis"] <= tag \
                else None
            status_phase = (PhasenStatus.NICHT_BEGONNEN if von is None
                            else PhasenStatus.ABGESCHLOSSEN if bis is not None else PhasenStatus.LAUFEND)
            phasen.append({"name": phase["name"], "status": status_phase.value, "ist_von": _iso(von),
                           "ist_bis": _iso(bis)})
        aktuelle = next((ph["name"] for ph in phasen if ph["status"] == PhasenStatus.LAUFEND.value), None) or next(
            (ph["name"] for ph in phasen if ph["status"] == PhasenStatus.NICHT_BEGONNEN.value),
            phasen[-1]["name"] if phasen else None)
        etappen = []
        for e, angelegt in sorted(zip(p.etappen, p.etappe_angelegt, strict=True), key=lambda x: x[0]["faellig_am"]):
            if angelegt > tag:
                continue
            erreicht = e["erreicht_am"] if e["erreicht_am"] is not None and e["erreicht_am"] <= tag else None
            status_e = EtappenzielStatus.ERREICHT if erreicht else (
                EtappenzielStatus.ENTFALLEN if e["status"] is EtappenzielStatus.ENTFALLEN and e["faellig_am"] < tag
                else EtappenzielStatus.OFFEN)
            etappen.append({"titel": e["titel"], "faellig_am": _iso(e["faellig_am"]), "erreicht_am": _iso(erreicht),
                            "status": status_e.value})
        risiken = [
            {"titel": r["titel"], "wahrscheinlichkeit": r["wahrscheinlichkeit"], "auswirkung": r["auswirkung"],
             "score": r["wahrscheinlichkeit"] * r["auswirkung"],
             "status": (RisikoStatus.OFFEN if r["status"] is RisikoStatus.GESCHLOSSEN else r["status"]).value,
             "nicht_oeffentlich": r["nicht_oeffentlich"]}
            for r, geschlossen in zip(p.risiken, p.risiko_geschlossen, strict=True)
            if r["erkannt_am"] <= tag and (geschlossen is None or geschlossen > tag)
        ]
        mitwirkungen = [
            {"person": self.person_name[m["person_id"]], "rolle": m["rolle"].value, "von": _iso(m["von"]),
             "bis": _iso(m["bis"]) if m["bis"] is not None and m["bis"] <= tag else None}
            for m, besetzt in zip(p.mitwirkungen, p.mitwirkung_angelegt, strict=True)
            if besetzt <= tag
        ]
        return {
            "format": STAND_FORMAT, "titel": p.row["titel"], "status": status.value,
            "ampel": ampel.value if ampel else None, "ampel_notiz": notiz, "geplantes_ende": _iso(p.ende),
            "aktuelle_phase": aktuelle, "phasen": phasen, "etappenziele": etappen, "risiken": risiken,
            "mitwirkungen": mitwirkungen,
        }

    # -- overrides and people's own history ---------------------------------------------------

    def ausnahmen(self) -> None:
        """Some rule-2 findings and some corridors over five projects are overridden with a reason."""
        rng = self.rng
        mitwirkung = {m["id"]: m for p in self.projekte for m in p.mitwirkungen}
        for person, erste, zweite in self.doppelrollen:
            if rng.random() > _ANTEIL_AUSNAHME:
                continue
            tag = min(max(mitwirkung[erste]["von"], mitwirkung[zweite]["von"]) + _days(rng.randint(7, 40)),
                      self.heute - _days(1))
            name = self.person[person]
            sein = "ihr" if name["anrede"] == "Frau" else "sein"
            text = (f"{name['anrede']} {name['nachname']} bringt {sein} Fachwissen übergangsweise in beide Projekte "
                    "ein; die Doppelrolle ist befristet und in der IQ-Lenkungsgruppe abgestimmt.")
            for objekt in (erste, zweite):
                self.ausnahme("2", "mitwirkung", objekt, text, tag)
        for korridor in self.ueber_fuenf:
            if rng.random() < 0.25:
                self.ausnahme("1", "korridorthema", korridor.id, "Das zusätzliche Leitprojekt ist vom Gemeinderat "
                              "beauftragt und läuft bis zum Ende des Doppelhaushalts aus.",
                              self.heute - _days(rng.randint(20, 200)))

    def ausnahme(self, pruefung: str, objekt_typ: str, objekt_id: int, begruendung: str, tag: dt.date) -> None:
        actor = self.rng.choice(self.vme_actors)
        row = self.add(RegelAusnahme.__table__, {
            "id": self.new_id(RegelAusnahme.__table__), "pruefung": pruefung, "objekt_typ": objekt_typ,
            "objekt_id": objekt_id, "begruendung": begruendung, "erfasst_von": actor.login,
            "erfasst_am": self.moment(tag), "version": 1,
        })
        self.created(row["erfasst_am"], RegelAusnahme.__table__, row, actor)

    def personen_historie(self) -> None:
        """People are recorded a few days before they are first needed; a few change office or phone."""
        rng = self.rng
        for ident, row in self.person.items():
            einsatz = self.person_einsatz.get(ident)
            tag = einsatz - _days(rng.randint(1, 5)) if einsatz else self.heute - _days(rng.randint(30, 2000))
            actor = self.rng.choice(self.vme_actors)
            self.created(self.moment(tag), Person.__table__, row, actor)
            if row["telefon"] is not None and rng.random() < 0.06:
                vorher = f"0721 133-{rng.randint(1000, 9999)}"
                geaendert = tag + _days(rng.randint(1, max(1, (self.heute - tag).days)))
                self.changed(self.moment(min(geaendert, self.heute)), Person.__table__, ident, actor,
                             {"telefon": [vorher, row["telefon"]]})

    # -- the audit trail ------------------------------------------------------------------------

    def audit_rows(self, first_id: int, budget: int) -> list[dict[str, Any]]:
        """The newest ``budget`` events, oldest first, as audit rows; versions follow the changes kept."""
        self.events.sort(key=lambda e: (e.zeitpunkt, e.seq))
        kept = self.events[-budget:] if budget > 0 else []
        aenderungen: Counter[tuple[str, str]] = Counter(
            (e.table, e.entity_id) for e in kept if e.aktion is AuditAktion.GEAENDERT)
        for table, rows in self.rows.items():
            if "version" in table.c and "id" in table.c:
                for row in rows:
                    n = aenderungen.get((table.name, str(row["id"])))
                    if n:
                        row["version"] = 1 + n
        return [
            {
                "id": first_id + i, "zeitpunkt": e.zeitpunkt, "benutzer": e.actor.login, "rechner": e.actor.rechner,
                "programmversion": __version__, "entitaet": e.table, "entitaet_id": e.entity_id, "aktion": e.aktion,
                "leitprojekt_id": e.leitprojekt_id, "aenderungen": e.aenderungen(),
            }
            for i, e in enumerate(kept)
        ]


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


def _read_reference(conn: Connection) -> _Reference:
    next_id = {}
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key:
            next_id[table.name] = (conn.scalar(select(func.max(table.c.id))) or 0) + 1
    return _Reference(
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


def _write(conn: Connection, gen: _Generator, ref: _Reference, budget: int) -> dt.datetime | None:
    audit = gen.audit_rows(ref.next_id[AuditEintrag.__tablename__], budget - len(ref.seed_audit_ids))
    for table, rows in gen.rows.items():
        _insert(conn, table, rows)
    _insert(conn, AuditEintrag.__table__, audit)
    k = Korridorthema.__table__
    if gen.korridor_updates:
        conn.execute(
            update(k).where(k.c.id == bindparam("b_id")).values(
                {name[2:]: bindparam(name) for name in gen.korridor_updates[0] if name != "b_id"}),
            gen.korridor_updates,
        )
    # the database was set up (reference data seeded) by IT the day before go-live
    go_live = audit[0]["zeitpunkt"] if audit else None
    eingerichtet = dt.datetime.combine((go_live or dt.datetime.combine(gen.heute, _DAY_START)).date()
                                       - _days(1), dt.time(6, 45))
    conn.execute(update(StammdatenEintrag.__table__).values(angelegt_am=eingerichtet))
    a = AuditEintrag.__table__
    if ref.seed_audit_ids:
        conn.execute(update(a).where(a.c.id.in_(ref.seed_audit_ids)).values(
            zeitpunkt=eingerichtet, benutzer=_ADMIN_LOGIN, rechner=_ADMIN_RECHNER, programmversion=__version__))
    return go_live


def _counts(conn: Connection) -> dict[str, int]:
    return {table.name: conn.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables}


def generate(path: Path | str, scale: int, seed: int = DEFAULT_SEED, heute: dt.date = DEFAULT_HEUTE, *,
             force: bool = False) -> Summary:
    """Write a new database of the given scale to ``path``; refuse an existing file unless ``force``."""
    started = time.perf_counter()
    sizes = Sizes.for_scale(scale)
    path = Path(path)
    if path.is_dir():
        raise GenerateError(f"{path} is a directory")
    if path.exists() or path.is_symlink():
        if not force:
            raise GenerateError(f"{path} exists; use --force to overwrite it")
        path.unlink()
    for leftover in (path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal"),
                     path.with_name(path.name + "-shm")):
        if force:
            leftover.unlink(missing_ok=True)
    if not path.parent.is_dir():
        raise GenerateError(f"folder {path.parent} does not exist")

    try:
        database, _ = open_database(resolve_location(str(path), None), Zugriff.ZUM_ARBEITEN, seed=True,
                                    must_exist=False, backup_dir=path.parent)
    except DatenbankFehler as exc:
        raise GenerateError(str(exc)) from exc
    try:
        with database.engine.connect() as conn:
            # per connection, outside a transaction; the file keeps its journal mode
            conn.connection.driver_connection.execute("PRAGMA synchronous=OFF")
            with conn.execution_options(**{BEGIN_MODE: "IMMEDIATE"}).begin():
                conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")  # checked at commit
                ref = _read_reference(conn)
                gen = _Generator(sizes, seed, heute, ref)
                gen.run()
                go_live = _write(conn, gen, ref, sizes.audit_eintraege)
            conn.connection.driver_connection.execute("PRAGMA synchronous=FULL")
            counts = _counts(conn)
            conn.rollback()
    except BaseException:
        database.close()
        path.unlink(missing_ok=True)
        raise
    database.close()
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
    return Summary(path=path, scale=scale, seed=seed, heute=heute, counts=counts,
                   seconds=time.perf_counter() - started, file_size=path.stat().st_size, go_live=go_live)


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _scale(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = _Parser(prog="generate.py", description="Write a deterministic IQ Desktop database of a given scale.")
    parser.add_argument("--scale", type=_scale, required=True, help="1 = one city (6 corridors, 30 projects)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the SQLite file to write")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("--heute", type=_date, default=DEFAULT_HEUTE,
                        help=f"the reference day all dates derive from (default {DEFAULT_HEUTE.isoformat()})")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    try:
        args = parser.parse_args(argv)
        summary = generate(args.output, args.scale, args.seed, args.heute, force=args.force)
    except (_UsageError, GenerateError, OSError) as exc:
        print(f"generate.py: error: {exc}", file=sys.stderr)
        return 2
    print(summary.report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
