"""What a Sachstandsbericht says: scope, meeting, each project's Sachstand and changes; filtered for a public session.

Everything here works on the services' read models; the Word file is written
by :mod:`iq_desktop.exports.word_report`. Decisions a reader would ask about:

* **Which Sachstand.** Per project the newest one on or before the Stichtag
  (for a public session: the newest that is not marked nicht öffentlich).
  A project without one is reported from its record, and the report says so.
* **Since when.** For a Gremium, "the last report" is the newest Sachstand
  linked to an earlier meeting of that Gremium (the report history); without
  a Gremium, the Sachstand before the one reported. Changes compare the two
  frozen states; when no newer Sachstand exists, the old state is compared
  with the project's state today.
* **Which data.** Phases, milestones, staffing, risks and decisions are the
  project's record as the database holds it at the export; the Stichtag picks
  the Sachstand, bounds "reached since" and "due next", and dates the report.
* **Public sessions** leave out projects, risks, decisions and Sachstand texts
  marked nicht öffentlich, also from the comparison of states.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from iq_desktop.db.database import Database
from iq_desktop.enums import EntscheidungsStatus, EtappenzielStatus
from iq_desktop.formatting import format_date, german_sort_key
from iq_desktop.i18n import translate
from iq_desktop.services import derived, meetings, portfolio, status_reports
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.errors import DomainError
from iq_desktop.services.read_models import (
    EntscheidungZeile,
    EtappenzielZeile,
    LeitprojektDetail,
    MitwirkungZeile,
    ProjektZeile,
    RisikoZeile,
    SachstandZeile,
    SitzungZeile,
)
from iq_desktop.services.status_reports import Aenderung
from iq_desktop.services.terminology import load_terms

#: how many open risks a project shows (the largest first), and how many upcoming milestones
TOP_RISIKEN = 5
NAECHSTE_ETAPPENZIELE = 3


@dataclass(frozen=True)
class Rahmen:
    """The report's frame: title block data."""

    titel: str
    umfang: str
    gremium: str | None
    sitzung: SitzungZeile | None
    stichtag: dt.date
    autor: str
    erstellt_am: dt.date
    #: who issues the report (settings: "Stadt Karlsruhe – Stabsstelle VME"); None: not named
    organisation: str | None
    #: for a public session (ö): nothing marked nicht öffentlich is in the report
    oeffentlich: bool
    begriffe: Begriffe


@dataclass(frozen=True)
class ProjektAbschnitt:
    """One project's part of the report."""

    zeile: ProjektZeile
    #: the record, already without what a public session must not see
    detail: LeitprojektDetail
    sachstand: SachstandZeile | None
    #: "seit der Sitzung … am …", or None without an earlier report
    seit_text: str | None
    #: None: nothing to compare with
    aenderungen: tuple[Aenderung, ...] | None
    #: compared with the project's state today (no newer Sachstand since the last report)
    aenderungen_bis_heute: bool
    erreicht: tuple[EtappenzielZeile, ...]
    naechste: tuple[EtappenzielZeile, ...]
    mitwirkungen: tuple[MitwirkungZeile, ...]
    risiken: tuple[RisikoZeile, ...]
    weitere_risiken: int
    entscheidungen: tuple[EntscheidungZeile, ...]
    #: (id, version) of the Sachstand to link to the meeting, when the report is for one and it is not yet linked
    zu_verknuepfen: tuple[int, int] | None


@dataclass(frozen=True)
class KorridorAbschnitt:
    id: int
    name: str
    buergermeister: str | None
    projekte: tuple[ProjektAbschnitt, ...]


@dataclass(frozen=True)
class BerichtInhalt:
    rahmen: Rahmen
    korridore: tuple[KorridorAbschnitt, ...]

    @property
    def projekte(self) -> tuple[ProjektAbschnitt, ...]:
        return tuple(p for k in self.korridore for p in k.projekte)


def collect(
    db: Database,
    *,
    korridor_id: int | None,
    projekt_id: int | None,
    gremium_id: int | None,
    sitzung_id: int | None,
    stichtag: dt.date,
    autor: str,
    organisation: str | None = None,
) -> BerichtInhalt:
    """Read everything the report needs, through the services, in a handful of queries."""
    if korridor_id is not None and projekt_id is not None:
        raise DomainError(translate("Sachstandsbericht", "Bitte als Umfang entweder ein {Korridorthema} oder ein "
                                    "{Leitprojekt} wählen, nicht beides.").format(**load_terms(db).format_args()))
    begriffe = load_terms(db)
    sitzung = meetings.get_sitzung(db, sitzung_id).sitzung if sitzung_id is not None else None
    if sitzung is not None:
        if gremium_id is not None and gremium_id != sitzung.gremium_id:
            raise DomainError(translate("Sachstandsbericht", "Die Sitzung am {d} gehört zu {g}, nicht zum gewählten "
                                        "Gremium.").format(d=format_date(sitzung.datum), g=sitzung.gremium),
                              feld="sitzung_id")
        gremium_id = sitzung.gremium_id
    gremium = _gremium_name(db, gremium_id)
    oeffentlich = sitzung is not None and sitzung.oeffentlich

    zeilen = portfolio.list_projects(db, stichtag=stichtag, mit_archiv=True)
    if projekt_id is not None:
        zeilen = [z for z in zeilen if z.id == projekt_id]
        if not zeilen:
            portfolio.get_leitprojekt(db, projekt_id)  # the German "not found"
        if oeffentlich and zeilen[0].nicht_oeffentlich:
            raise DomainError(translate("Sachstandsbericht", "„{t}“ ist als nicht öffentlich gekennzeichnet und gehört "
                                        "nicht in einen Bericht für eine öffentliche Sitzung.")
                              .format(t=zeilen[0].titel))
        umfang = f"{begriffe.leitprojekt} „{zeilen[0].titel}“"
    else:
        zeilen = [z for z in zeilen if not z.status.archiviert]
        if korridor_id is not None:
            name = _korridor_name(db, korridor_id)
            zeilen = [z for z in zeilen if z.korridorthema_id == korridor_id]
            umfang = f"{begriffe.korridorthema} „{name}“"
        else:
            umfang = translate("Sachstandsbericht", "alle {Leitprojekte} (ohne abgeschlossene und abgebrochene)")
            umfang = umfang.format(**begriffe.format_args())
        if oeffentlich:
            zeilen = [z for z in zeilen if not z.nicht_oeffentlich]
    rahmen = Rahmen(
        titel=translate("Sachstandsbericht", "Sachstandsbericht"), umfang=umfang, gremium=gremium, sitzung=sitzung,
        stichtag=stichtag, autor=autor, organisation=organisation, erstellt_am=db.today(),
        oeffentlich=oeffentlich, begriffe=begriffe,
    )
    details = portfolio.get_leitprojekte(db, [z.id for z in zeilen])
    plaene = [_Plan.of(d, rahmen, gremium_id) for d in details]
    states = status_reports.frozen_states(
        db, [s.id for p in plaene for s in (p.sachstand, p.vorher) if s is not None])
    abschnitte = [p.section(zeile, states, rahmen) for zeile, p in zip(zeilen, plaene, strict=True)]
    return BerichtInhalt(rahmen, _by_corridor(abschnitte, korridor_id, db))


def _gremium_name(db: Database, gremium_id: int | None) -> str | None:
    if gremium_id is None:
        return None
    for ident, name in meetings.list_gremien(db):
        if ident == gremium_id:
            return name
    raise DomainError(translate("Sachstandsbericht", "Das Gremium (Nr. {id}) gibt es nicht.").format(id=gremium_id),
                      feld="gremium_id")


def _korridor_name(db: Database, korridor_id: int) -> str:
    for knoten in portfolio.corridor_tree(db):
        if knoten.id == korridor_id:
            return knoten.name
    raise DomainError(translate("Sachstandsbericht", "Das {Korridorthema} (Nr. {id}) gibt es nicht.").format(
        id=korridor_id, **load_terms(db).format_args()), feld="korridor_id")


def _by_corridor(
    abschnitte: Sequence[ProjektAbschnitt], korridor_id: int | None, db: Database
) -> tuple[KorridorAbschnitt, ...]:
    """Corridors in their order (the list's), projects by title; a chosen corridor appears even when empty."""
    groups: dict[int, list[ProjektAbschnitt]] = {}
    names: dict[int, tuple[str, str | None]] = {}
    for a in abschnitte:
        groups.setdefault(a.zeile.korridorthema_id, []).append(a)
        names[a.zeile.korridorthema_id] = (a.zeile.korridorthema, a.zeile.buergermeister)
    if korridor_id is not None and korridor_id not in groups:
        knoten = next(k for k in portfolio.corridor_tree(db) if k.id == korridor_id)
        return (KorridorAbschnitt(knoten.id, knoten.name, knoten.buergermeister, ()),)
    return tuple(
        KorridorAbschnitt(ident, names[ident][0], names[ident][1],
                          tuple(sorted(groups[ident], key=lambda a: german_sort_key(a.zeile.titel))))
        for ident in groups
    )


@dataclass(frozen=True)
class _Plan:
    """One project's choice of Sachstände, before their frozen states are read."""

    detail: LeitprojektDetail
    sachstand: SachstandZeile | None
    vorher: SachstandZeile | None
    #: the earlier report was a meeting of the report's Gremium
    vorher_sitzung: bool

    @classmethod
    def of(cls, detail: LeitprojektDetail, rahmen: Rahmen, gremium_id: int | None) -> _Plan:
        if rahmen.oeffentlich:
            detail = dataclasses.replace(
                detail,
                risiken=tuple(r for r in detail.risiken if not r.nicht_oeffentlich),
                entscheidungen=tuple(e for e in detail.entscheidungen if not e.nicht_oeffentlich),
                sachstaende=tuple(s for s in detail.sachstaende if not s.nicht_oeffentlich),
            )
        # detail.sachstaende: newest first
        candidates = [s for s in detail.sachstaende if s.stichtag <= rahmen.stichtag]
        sachstand = candidates[0] if candidates else None
        if gremium_id is not None:
            meeting_day = rahmen.sitzung.datum if rahmen.sitzung is not None else rahmen.stichtag + dt.timedelta(1)
            earlier = [s for s in detail.sachstaende
                       if s.sitzung_id is not None and s.gremium_id == gremium_id and s.sitzung_datum is not None
                       and s.sitzung_datum < meeting_day
                       and (rahmen.sitzung is None or s.sitzung_id != rahmen.sitzung.id)]
            if earlier:
                newest = max(earlier, key=lambda s: (s.sitzung_datum, s.stichtag, s.id))
                return cls(detail, sachstand, newest, True)
        vorher = candidates[1] if len(candidates) > 1 else None
        return cls(detail, sachstand, vorher, False)

    def section(self, zeile: ProjektZeile, states: dict[int, dict[str, Any]], rahmen: Rahmen) -> ProjektAbschnitt:
        detail, stichtag = self.detail, rahmen.stichtag
        seit, seit_text = self._since(rahmen)
        aenderungen: tuple[Aenderung, ...] | None = None
        bis_heute = False
        if self.vorher is not None:
            before = _public(states[self.vorher.id], rahmen.oeffentlich)
            if self.sachstand is not None and self.sachstand.id != self.vorher.id and (
                    self.sachstand.stichtag, self.sachstand.id) > (self.vorher.stichtag, self.vorher.id):
                after = _public(states[self.sachstand.id], rahmen.oeffentlich)
            else:
                after, bis_heute = _public(status_reports.snapshot(detail), rahmen.oeffentlich), True
            aenderungen = tuple(status_reports.compare_staende(before, after))
        erreicht = tuple(
            z for z in detail.etappenziele
            if z.status is EtappenzielStatus.ERREICHT and z.erreicht_am is not None and z.erreicht_am <= stichtag
            and (seit is None or z.erreicht_am > seit)
        )
        offen = sorted((z for z in detail.etappenziele if z.status is EtappenzielStatus.OFFEN),
                       key=lambda z: (z.faellig_am, z.id))
        risiken = sorted((r for r in detail.risiken if r.status.offen),
                         key=lambda r: (derived.risk_score(r), r.erkannt_am, r.id), reverse=True)
        link = None
        if (rahmen.sitzung is not None and self.sachstand is not None and self.sachstand.sitzung_id is None
                and self.sachstand.gremium_id in (None, rahmen.sitzung.gremium_id)):
            link = (self.sachstand.id, self.sachstand.version)
        return ProjektAbschnitt(
            zeile=zeile, detail=detail, sachstand=self.sachstand, seit_text=seit_text, aenderungen=aenderungen,
            aenderungen_bis_heute=bis_heute, erreicht=erreicht, naechste=tuple(offen[:NAECHSTE_ETAPPENZIELE]),
            mitwirkungen=tuple(m for m in detail.mitwirkungen if derived.not_ended(m.bis, stichtag)),
            risiken=tuple(risiken[:TOP_RISIKEN]), weitere_risiken=max(len(risiken) - TOP_RISIKEN, 0),
            entscheidungen=tuple(e for e in detail.entscheidungen if e.status is EntscheidungsStatus.OFFEN),
            zu_verknuepfen=link,
        )

    def _since(self, rahmen: Rahmen) -> tuple[dt.date | None, str | None]:
        vorher = self.vorher
        if vorher is None:
            return None, None
        if self.vorher_sitzung and vorher.sitzung_datum is not None:
            return vorher.sitzung_datum, translate("Sachstandsbericht", "seit der Sitzung {g} am {d}").format(
                g=rahmen.gremium, d=format_date(vorher.sitzung_datum))
        return vorher.stichtag, translate("Sachstandsbericht", "seit dem Sachstand vom {d}").format(
            d=format_date(vorher.stichtag))


def _public(stand: dict[str, Any], oeffentlich: bool) -> dict[str, Any]:
    """A frozen state without its risks marked nicht öffentlich (for a public session)."""
    if not oeffentlich:
        return stand
    return {**stand, "risiken": [r for r in stand.get("risiken", []) if not r.get("nicht_oeffentlich")]}
