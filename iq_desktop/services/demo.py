"""Demo data: a fictional but realistic IQ portfolio, written through the real use cases.

``fill_demo`` fills an empty database with six Korridorthemen, their Bürgermeister/innen
and Korridorbeauftragte, about 80 people in real Karlsruhe Ämter and external
organisations, 24 Leitprojekte in every state, their staffing, phases, Etappenziele,
risks, decisions, the meetings of the last year and two Sachstände per project.

Nothing is inserted behind the services' back: every step is one call of the same use
case the program uses, one transaction each. While a step runs, ``db.clock`` is set to a
plausible moment in the past (projects set up months or years ago, people named and
consents given, phases started, milestones reached, Sachstände recorded a few days before
the meeting they were written for), and the steps run in time order. So the audit trail
and each project's "Aktualisiert am" read like real history, and comparing two Sachstände
shows what changed in between. All dates are relative to a reference day ``heute``, so
the demo looks current whenever it is generated: milestones fall due in the coming weeks,
the last Lenkungsgruppe met a few weeks ago, three projects have not reported for longer
than the reporting cycle.

The data is hand-written (no randomness), so every run with the same ``heute`` writes the
same portfolio. Names of people are invented; offices and organisations are real.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import func, select

from iq_desktop.db.database import Database
from iq_desktop.enums import PhasenStatus, ProjektStatus, Rolle
from iq_desktop.i18n import translate
from iq_desktop.models import (
    Amt,
    Dezernat,
    ExterneOrganisation,
    Leitprojekt,
    Person,
    Phase,
    Sitzung,
    StrategieElement,
)
from iq_desktop.services import (
    corridors,
    decisions,
    meetings,
    milestones,
    people,
    phases,
    projects,
    risks,
    rules,
    staffing,
    status_reports,
)
from iq_desktop.services.demo_data import (
    _D,
    _E,
    _EXTERN,
    _KORRIDOR,
    _PERSON,
    _R,
    _T,
    AUSNAHMEN,
    DEZERNATE,
    KORRIDORE,
    LEITPROJEKTE,
    ORGANISATIONEN,
    PERSONEN,
    SITZUNGEN,
    Tag,
    _Ampel,
    _Ausnahme,
    _Dezernat,
    _Korridor,
    _Organisation,
    _Person,
    _Projekt,
    _Sitzung,
)
from iq_desktop.services.errors import DomainError
from iq_desktop.services.read_models import BudgetZeile, ZielvereinbarungZeile, ZielZeile
from iq_desktop.services.staffing import Zustimmung
from iq_desktop.services.terminology import load_terms
from iq_desktop.services.validate import format_date


@dataclass(frozen=True)
class DemoUmfang:
    """What ``fill_demo`` wrote, for the command line's summary line."""

    korridorthemen: int
    leitprojekte: int
    personen: int
    mitwirkungen: int
    etappenziele: int
    risiken: int
    sachstaende: int
    sitzungen: int


def fill_demo(db: Database, *, heute: dt.date | None = None) -> DemoUmfang:
    """Write the demo portfolio into an empty database, as of ``heute`` (today unless given).

    Refuses with a DomainError when the database already holds a Leitprojekt. All or
    nothing: an error or Ctrl+C on the way leaves the database as it was.
    """
    heute = heute or db.today()
    _refuse_unless_empty(db)
    original_clock = db.clock
    try:
        demo = _Demo(db, heute)
        demo.plan()
        # one transaction for the whole portfolio: interrupted, nothing of it stays
        with db.batch():
            demo.run()
    finally:
        db.clock = original_clock
    n = demo.anzahl
    return DemoUmfang(
        korridorthemen=n["korridorthemen"],
        leitprojekte=n["leitprojekte"],
        personen=n["personen"],
        mitwirkungen=n["mitwirkungen"],
        etappenziele=n["etappenziele"],
        risiken=n["risiken"],
        sachstaende=n["sachstaende"],
        sitzungen=n["sitzungen"],
    )


def _refuse_unless_empty(db: Database) -> None:
    """Demo data goes only where it cannot clash: no projects, people, offices or meetings yet."""
    with db.reading() as session:
        anzahl = {
            model: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Leitprojekt, Person, Dezernat, Amt, ExterneOrganisation, Sitzung)
        }
    if anzahl[Leitprojekt]:
        terms = load_terms(db)
        raise DomainError(
            translate("Demo", "Die Datenbank enthält bereits {n} {leitprojekte}; Demodaten werden nur "
                      "in eine leere Datenbank geschrieben.").format(
                n=anzahl[Leitprojekt],
                leitprojekte=terms.leitprojekt if anzahl[Leitprojekt] == 1 else terms.leitprojekte,
            )
        )
    if any(anzahl.values()):
        raise DomainError(
            translate("Demo", "Die Datenbank enthält bereits Personen, Organisationseinheiten oder Sitzungen; "
                      "Demodaten werden nur in eine leere Datenbank geschrieben.")
        )


# ---------------------------------------------------------------------------
# The machinery: plan every step on its day, then run the steps in time order.
# ---------------------------------------------------------------------------

#: time of day (naive UTC) of a day's first step, and the gap between two steps of a day
_ERSTER_SCHRITT = dt.time(7, 30)
_ABSTAND = dt.timedelta(seconds=20)
#: the consents a city employee gives after being named, in the usual order, days after naming
_ZUSTIMMUNGEN = ((Zustimmung.PERSON, 3), (Zustimmung.AMTSLEITUNG, 6), (Zustimmung.DEZERNAT, 10))


def _dhh_start(jahr: int) -> int:
    """First year of the Doppelhaushalt that contains ``jahr`` (2025 -> 2024, as in 2024/2025)."""
    return jahr - jahr % 2


def _runden(betrag: float) -> int:
    return int(round(betrag / 1000) * 1000)


def _fenster(p: _Projekt) -> tuple[tuple[Tag | None, Tag | None], ...]:
    """Planned (from, to) of the three default phases; a project without an end plans two."""
    ende = p.ende if p.ende is not None else p.beginn + 3 * 365
    dauer = ende - p.beginn
    ende_1 = p.beginn + dauer // 5
    ende_2 = ende - dauer * 3 // 20
    dritte: tuple[Tag | None, Tag | None] = (ende_2 + 1, ende) if p.ende is not None else (None, None)
    return ((p.beginn, ende_1), (ende_1 + 1, ende_2), dritte)


def _phase_fuer(fenster: tuple[tuple[Tag | None, Tag | None], ...], faellig: Tag) -> int:
    """Position of the phase whose planned period holds the due date."""
    for position, (von, bis) in enumerate(fenster, start=1):
        if von is not None and bis is not None and von <= faellig <= bis:
            return position
    if faellig < (fenster[0][0] or 0):
        return 1
    return 3 if fenster[2][0] is not None else 2


def _ostersonntag(jahr: int) -> dt.date:
    """Easter Sunday (Gregorian calendar, anonymous algorithm)."""
    a, (b, c) = jahr % 19, divmod(jahr, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    wochentag = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * wochentag) // 451
    monat, tag = divmod(h + wochentag - 7 * m + 114, 31)
    return dt.date(jahr, monat, tag + 1)


#: fixed public holidays in Baden-Württemberg, plus Christmas Eve and New Year's Eve
_FESTE_FEIERTAGE = {(1, 1), (1, 6), (5, 1), (10, 3), (11, 1), (12, 24), (12, 25), (12, 26), (12, 31)}
#: movable ones, in days from Easter Sunday: Karfreitag, Ostermontag, Christi Himmelfahrt,
#: Pfingstmontag, Fronleichnam
_OSTERN_FEIERTAGE = {-2, 1, 39, 50, 60}


def _feiertag(datum: dt.date) -> bool:
    return (datum.month, datum.day) in _FESTE_FEIERTAGE or \
        (datum - _ostersonntag(datum.year)).days in _OSTERN_FEIERTAGE


def _status_am(p: _Projekt, tag: Tag) -> ProjektStatus:
    if p.status_am is not None and tag >= p.status_am:
        return p.status
    return ProjektStatus.LAUFEND if tag >= p.beginn else ProjektStatus.GEPLANT


def _fixed(moment: dt.datetime) -> dt.datetime:
    """The simulated clock: always the moment of the step that is running."""
    return moment


def _email(p: _Person) -> str | None:
    if p.org in _EXTERN:
        return None
    name = f"{p.vorname}.{p.nachname}".lower()
    for umlaut, ersatz in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), (" ", "")):
        name = name.replace(umlaut, ersatz)
    return f"{name}@karlsruhe.example"


class _Demo:
    """Plans the demo history as dated steps, then performs them with the clock set."""

    def __init__(self, db: Database, heute: dt.date) -> None:
        self.db = db
        self.heute = heute
        self.anzahl: Counter[str] = Counter()
        self._steps: list[tuple[Tag, int, Callable[[], object]]] = []
        self._grenze: Tag = -1
        self._erster_einsatz: dict[str, Tag] = {}
        self._sitzung_tag = self._sitzungstage()
        # ids, filled while the steps run
        self.dezernat: dict[str, int] = {}
        self.amt: dict[str, int] = {}
        self.organisation: dict[str, int] = {}
        self.person: dict[str, int] = {}
        self.korridor: dict[str, int] = {}
        self.gremium: dict[str, int] = {}
        self.strategie: dict[str, int] = {}
        self.sitzung: dict[str, int] = {}
        self.projekt: dict[str, int] = {}
        self.phase: dict[tuple[str, int], int] = {}
        self.mitwirkung: dict[tuple[str, str, Rolle], int] = {}
        self.etappe: dict[tuple[str, int], int] = {}
        self.risiko: dict[tuple[str, int], int] = {}
        self.entscheidung: dict[tuple[str, int], int] = {}
        #: the Ampel each project has now: a Steckbrief saved later must keep it
        self.ampel: dict[str, _Ampel] = {}

    # -- days --------------------------------------------------------------

    def date(self, tag: Tag) -> dt.date:
        return self.heute + dt.timedelta(days=tag)

    def _datum(self, tag: Tag | None) -> dt.date | None:
        return None if tag is None else self.date(tag)

    def _fmt(self, tag: Tag) -> str:
        return format_date(self.date(tag))

    def _wochentag(self, tag: Tag, wochentag: int) -> Tag:
        """The day itself or the latest earlier one that falls on ``wochentag``."""
        return tag - (self.date(tag).weekday() - wochentag) % 7

    def _sitzungstage(self) -> dict[str, Tag]:
        """Meeting days on their weekday, a week later where that is a public holiday."""
        tage: dict[str, Tag] = {}
        for s in SITZUNGEN:
            tag = self._wochentag(s.tag if s.nach is None else tage[s.nach] + s.tag, s.wochentag)
            while _feiertag(self.date(tag)):
                tag += 7
            tage[s.key] = tag
        return tage

    def _angelegt(self, p: _Projekt) -> Tag:
        return p.angelegt if p.angelegt is not None else p.beginn - 90

    def _berichtstage(self, p: _Projekt) -> tuple[Tag, ...]:
        """The days the Sachstände are recorded: the last working day six days before the meeting."""
        tage = []
        for key in p.berichte:
            tag = self._sitzung_tag[key] - 6
            while self.date(tag).weekday() > 4 or _feiertag(self.date(tag)):
                tag -= 1
            tage.append(tag)
        return tuple(tage)

    def _letzter_tag(self, p: _Projekt) -> Tag:
        """A stale project changes nothing after its last Sachstand."""
        return self._berichtstage(p)[-1] if p.veraltet else -1

    def _etappe_geplant(self, p: _Projekt, e: _E) -> Tag:
        """Milestones are planned with the project; far-off ones about two years ahead."""
        angelegt = self._angelegt(p)
        tag = angelegt + 10 if e.faellig - angelegt <= 900 else e.faellig - 730
        if e.erreicht is not None:
            tag = min(tag, e.erreicht)
        return min(tag, self._letzter_tag(p))

    # -- scheduling --------------------------------------------------------

    def at(self, tag: Tag, action: Callable[..., object], *args: Any) -> None:
        """Schedule ``action(*args)`` on ``tag``; a step after the project's last day is a data error."""
        if tag > self._grenze:
            raise ValueError(f"demo step {action.__name__} on day {tag} lies after day {self._grenze}")
        self._steps.append((tag, len(self._steps), partial(action, *args)))

    def _use(self, person: str, tag: Tag) -> None:
        """Note that ``person`` is needed on ``tag`` (they are recorded a few days before)."""
        self._erster_einsatz[person] = min(tag, self._erster_einsatz.get(person, tag))

    def plan(self) -> None:
        stammdaten = min(self._angelegt(p) for p in LEITPROJEKTE) - 30
        self._plan_organisation(stammdaten)
        self._plan_korridore(stammdaten + 2)
        self._plan_sitzungen()
        for projekt in LEITPROJEKTE:
            self._plan_projekt(projekt)
        for ausnahme in AUSNAHMEN:
            self.at(ausnahme.tag, self._override, ausnahme)
        self._plan_personen(stammdaten + 1)

    def run(self) -> None:
        with self.db.reading() as session:
            self.strategie = {
                name: ident
                for ident, name in session.execute(select(StrategieElement.id, StrategieElement.bezeichnung))
            }
        self.korridor = {k.name: corridors.korridorthema_id(self.db, k.name) for k in KORRIDORE}
        self.gremium = {s.gremium: meetings.gremium_id(self.db, s.gremium) for s in SITZUNGEN}
        tag_davor, n = None, 0
        for tag, _, step in sorted(self._steps, key=lambda s: (s[0], s[1])):
            n = n + 1 if tag == tag_davor else 0
            tag_davor = tag
            moment = dt.datetime.combine(self.date(tag), _ERSTER_SCHRITT) + n * _ABSTAND
            self.db.clock = partial(_fixed, moment)
            step()

    # -- organisation, corridors, meetings -----------------------------------

    def _plan_organisation(self, tag: Tag) -> None:
        for position, dezernat in enumerate(DEZERNATE, start=1):
            self.at(tag, self._add_dezernat, dezernat, position)
            for kuerzel, bezeichnung in dezernat.aemter:
                self.at(tag, self._add_amt, kuerzel, bezeichnung, dezernat.kuerzel)
        for organisation in ORGANISATIONEN:
            self.at(tag, self._add_organisation, organisation)

    def _plan_personen(self, fruehestens: Tag) -> None:
        for person in PERSONEN:
            einsatz = self._erster_einsatz.get(person.nachname)
            self.at(fruehestens if einsatz is None else max(fruehestens, einsatz - 3), self._add_person, person)

    def _plan_korridore(self, tag: Tag) -> None:
        jahresbericht = min((dt.date(self.heute.year, 1, 20) - self.heute).days, -2)
        for korridor in KORRIDORE:
            for person in (korridor.buergermeister, *korridor.beauftragte):
                self._use(person, tag)
            self.at(tag, self._describe_korridor, korridor)
            self.at(jahresbericht, self._jahresbericht, korridor, self.date(jahresbericht).year - 1)

    def _plan_sitzungen(self) -> None:
        for sitzung in SITZUNGEN:
            tag = self._sitzung_tag[sitzung.key]
            self.at(min(tag - 35, -1), self._plan_sitzung, sitzung)
            if sitzung.ergebnis is not None and tag < -1:
                self.at(tag + 1, self._sitzung_ergebnis, sitzung)

    def _add_dezernat(self, d: _Dezernat, position: int) -> None:
        self.dezernat[d.kuerzel] = people.add_dezernat(
            self.db, kuerzel=d.kuerzel, bezeichnung=d.bezeichnung, position=position
        )

    def _add_amt(self, kuerzel: str, bezeichnung: str, dezernat: str) -> None:
        self.amt[kuerzel] = people.add_amt(
            self.db, kuerzel=kuerzel, bezeichnung=bezeichnung, dezernat_id=self.dezernat[dezernat]
        )

    def _add_organisation(self, o: _Organisation) -> None:
        self.organisation[o.key] = people.add_externe_organisation(self.db, name=o.name, art=o.art, ort="Karlsruhe")

    def _add_person(self, p: _Person) -> None:
        if p.org in self.amt:
            org = {"amt_id": self.amt[p.org]}
        elif p.org in self.dezernat:
            org = {"dezernat_id": self.dezernat[p.org]}
        else:
            org = {"externe_organisation_id": self.organisation[p.org]}
        self.person[p.nachname] = people.add_person(
            self.db, vorname=p.vorname, nachname=p.nachname, anrede=p.anrede, titel=p.titel,
            funktion=p.funktion, email=_email(p), ist_dca=p.dca, **org,
        )
        self.anzahl["personen"] += 1

    def _describe_korridor(self, k: _Korridor) -> None:
        people.set_dezernat_buergermeister(
            self.db, dezernat_id=self.dezernat[k.dezernat], person_id=self.person[k.buergermeister]
        )
        von = _dhh_start(self.heute.year) - 4  # three Doppelhaushalte up to the current one
        corridors.describe_korridorthema(
            self.db, korridorthema_id=self.korridor[k.name], buergermeister_id=self.person[k.buergermeister],
            ziele=k.ziele, beschreibung=k.beschreibung, laufzeit_von=von, laufzeit_bis=von + 5,
        )
        for person in k.beauftragte:
            corridors.appoint_korridorbeauftragte(
                self.db, korridorthema_id=self.korridor[k.name], person_id=self.person[person]
            )
        self.anzahl["korridorthemen"] += 1

    def _jahresbericht(self, k: _Korridor, jahr: int) -> None:
        corridors.record_jahresbericht(
            self.db, korridorthema_id=self.korridor[k.name], jahr=jahr, resuemee=k.resuemee, ausblick=k.ausblick
        )

    def _plan_sitzung(self, s: _Sitzung) -> None:
        vorlage = None
        if s.vorlage is not None:
            erste = min(self._sitzung_tag[t.key] for t in SITZUNGEN if t.vorlage == s.vorlage)
            vorlage = f"{self.date(erste).year}/{s.vorlage:04d}"
        self.sitzung[s.key] = meetings.plan_sitzung(
            self.db, gremium_id=self.gremium[s.gremium], datum=self.date(self._sitzung_tag[s.key]), top=s.top,
            oeffentlich=s.oeffentlich, vorlage_nr=vorlage, bemerkung=s.bemerkung,
        )
        self.anzahl["sitzungen"] += 1

    def _sitzung_ergebnis(self, s: _Sitzung) -> None:
        assert s.ergebnis is not None
        meetings.record_sitzung_result(self.db, sitzung_id=self.sitzung[s.key], ergebnis=s.ergebnis)

    def _override(self, a: _Ausnahme) -> None:
        for projekt, rolle in a.mitwirkungen:
            rules.override_finding(
                self.db, pruefung="2", objekt_typ=rules.OBJEKT_MITWIRKUNG,
                objekt_id=self.mitwirkung[(projekt, a.person, rolle)], begruendung=a.begruendung,
            )

    # -- one Leitprojekt ------------------------------------------------------

    def _plan_projekt(self, p: _Projekt) -> None:
        angelegt = self._angelegt(p)
        self._grenze = self._letzter_tag(p)
        self.at(angelegt, self._set_up, p)
        self.at(angelegt + 7, self._save_steckbrief, p, angelegt + 7, False)
        self.at(angelegt + 7, self._plan_phasen, p)
        self._plan_team(p, angelegt)
        self._plan_verlauf(p)
        self._plan_etappen(p)
        self._plan_risiken(p)
        self._plan_entscheidungen(p)
        self._plan_berichte(p)
        self._grenze = -1

    def _plan_team(self, p: _Projekt, angelegt: Tag) -> None:
        auftraggeber = _T(_KORRIDOR[p.korridor].buergermeister, Rolle.AUFTRAGGEBER)
        for m in (auftraggeber, *p.team):
            von = p.beginn if m.von is None else m.von
            # staffed three weeks before joining; a future project's group when it is set up
            tag = max(angelegt + 2, von - 21) if von - 21 < -1 else angelegt + 30
            self._staff(p, m, min(tag, self._grenze))

    def _staff(self, p: _Projekt, m: _T, tag: Tag) -> None:
        self._use(m.person, tag)
        self.at(tag, self._add_mitwirkung, p, m)
        if m.bis is not None and m.bis < 0:
            self.at(m.bis, self._end_mitwirkung, p.key, m, m.bis)
        if m.rolle in (Rolle.AUFTRAGGEBER, Rolle.ANSPRECHPERSON) or not m.benannt:
            return
        benannt = min(tag + 2, self._grenze)
        self.at(benannt, self._name, p, m, benannt)
        if _PERSON[m.person].org in _EXTERN:
            return
        for zustimmung, nach in _ZUSTIMMUNGEN[: len(_ZUSTIMMUNGEN) - m.offen]:
            am = min(benannt + nach, self._grenze)
            self.at(am, self._consent, p.key, m, zustimmung, am)

    def _plan_verlauf(self, p: _Projekt) -> None:
        """Start, kick-off, phase moves, and pausing, completing or aborting."""
        if p.beginn < 0:
            self.at(p.beginn, self._change_status, p.key, ProjektStatus.LAUFEND)
            self.at(p.beginn, self._move_phase, p.key, 1, PhasenStatus.LAUFEND, p.beginn)
        if p.kickoff is not None:
            self.at(p.kickoff, self._kickoff, p.key, p.kickoff)
        stop = min(-1 if p.status_am is None else p.status_am, self._grenze)
        for position, (von, _) in enumerate(_fenster(p)[1:], start=2):
            if von is not None and p.beginn < von + p.verzug <= stop:
                self.at(von + p.verzug, self._move_phase, p.key, position, PhasenStatus.LAUFEND, von + p.verzug)
        if p.status_am is None:
            return
        if p.status is ProjektStatus.ABGESCHLOSSEN:
            self.at(p.status_am, self._move_phase, p.key, 3, PhasenStatus.ABGESCHLOSSEN, p.status_am)
        self.at(p.status_am, self._change_status, p.key, p.status)
        if p.status.archiviert:
            auftraggeber = _T(_KORRIDOR[p.korridor].buergermeister, Rolle.AUFTRAGGEBER)
            for m in (auftraggeber, *p.team):
                if m.bis is None:
                    self.at(p.status_am, self._end_mitwirkung, p.key, m, p.status_am)

    def _plan_etappen(self, p: _Projekt) -> None:
        fenster = _fenster(p)
        for i, e in enumerate(p.etappen):
            self.at(self._etappe_geplant(p, e), self._plan_etappe, p.key, i, e, _phase_fuer(fenster, e.faellig))
            for tag, action in ((e.erreicht, self._reach), (e.kommuniziert, self._communicate),
                                (e.entfallen, self._drop)):
                if tag is not None:
                    self.at(tag, action, p.key, i, tag)

    def _plan_risiken(self, p: _Projekt) -> None:
        for i, r in enumerate(p.risiken):
            self._use(r.owner, r.erkannt)
            self.at(r.erkannt, self._log_risiko, p.key, i, r)
            if r.bewertet is not None:
                self.at(r.bewertet[0], self._assess_risiko, p.key, i, r.bewertet)
            if r.geschlossen is not None:
                self.at(r.geschlossen, self._close_risiko, p.key, i)

    def _plan_entscheidungen(self, p: _Projekt) -> None:
        for i, d in enumerate(p.entscheidungen):
            self.at(d.erfasst, self._log_entscheidung, p.key, i, d)
            if d.clearing is not None:
                self.at(d.clearing, self._clearing, p.key, i, d.clearing)
            if d.entschieden is not None:
                self.at(d.entschieden[0], self._decide, p.key, i, d.entschieden)

    def _plan_berichte(self, p: _Projekt) -> None:
        """Ampel before each Sachstand; the profile brought up to date in the last weeks, or
        before the last Sachstand of an archived or a stale project."""
        tage = self._berichtstage(p)
        if p.ampel_vorher is not None:
            self.at(tage[0] - 2, self._set_ampel, p.key, p.ampel_vorher)
        fortschreibung = tage[-1] - 8 if p.veraltet or p.status.archiviert else -2 - LEITPROJEKTE.index(p) * 7 % 19
        self.at(fortschreibung, self._save_steckbrief, p, fortschreibung, True)
        self.at(tage[-1] - 2, self._set_ampel, p.key, p.ampel)
        for nr, (sitzung, tag) in enumerate(zip(p.berichte, tage, strict=True)):
            self.at(tag, self._record_sachstand, p, nr, sitzung, tag)

    # -- the steps of a Leitprojekt -------------------------------------------

    def _set_up(self, p: _Projekt) -> None:
        ident = projects.set_up_leitprojekt(
            self.db, titel=p.titel, korridorthema_id=self.korridor[p.korridor], beginn=self.date(p.beginn),
            geplantes_ende=self._datum(p.ende), beschreibung=p.beschreibung,
        )
        self.projekt[p.key] = ident
        with self.db.reading() as session:
            for phase_id, position in session.execute(
                select(Phase.id, Phase.position).where(Phase.leitprojekt_id == ident)
            ):
                self.phase[(p.key, position)] = phase_id
        self.anzahl["leitprojekte"] += 1

    def _save_steckbrief(self, p: _Projekt, tag: Tag, fortschreibung: bool) -> None:
        projects.save_steckbrief(self.db, projekt_id=self.projekt[p.key],
                                 daten=self._steckbrief(p, tag, fortschreibung=fortschreibung))

    def _steckbrief(self, p: _Projekt, tag: Tag, *, fortschreibung: bool) -> projects.Steckbrief:
        international, digital, partizipation = p.aspekte
        ampel = self.ampel.get(p.key)
        return projects.Steckbrief(
            titel=p.titel, korridorthema_id=self.korridor[p.korridor], status=_status_am(p, tag),
            beginn=self.date(p.beginn), geplantes_ende=self._datum(p.ende),
            kickoff_am=self._datum(p.kickoff) if p.kickoff is not None and p.kickoff <= tag else None,
            beschreibung=p.beschreibung, beitrag_korridor=p.beitrag, zielgruppe=p.zielgruppe,
            zielgruppe_aktiv_eingebunden=p.zielgruppe_aktiv, chancen_nutzen=p.chancen,
            einbindung_zielgruppe=p.einbindung[0], einbindung_intern=p.einbindung[1],
            einbindung_extern=p.einbindung[2],
            internationalitaet=international.beruecksichtigt, internationalitaet_wie=international.wie,
            digitalisierung=digital.beruecksichtigt, digitalisierung_wie=digital.wie,
            partizipation=partizipation.beruecksichtigt, partizipation_wie=partizipation.wie,
            personal=p.personal, ausblick=p.ausblick if fortschreibung else None,
            nicht_oeffentlich=p.nicht_oeffentlich,
            ziele=tuple(
                ZielZeile(position, *(ziel if isinstance(ziel, tuple) else (0, ziel)))
                for position, ziel in enumerate(p.ziele, start=1)
            ),
            kanaele=p.kanaele,
            strategie_ids=tuple(self.strategie[name] for name in p.strategie if name in self.strategie),
            budgets=self._budgets(p, tag),
            zielvereinbarungen=self._zielvereinbarungen(p, tag),
            ampel=ampel.gesamt if ampel else None, ampel_notiz=ampel.notiz if ampel else None,
            ampel_zeit=ampel.zeit if ampel else None, ampel_budget=ampel.budget if ampel else None,
            ampel_personal=ampel.personal if ampel else None,
        )

    def _budgets(self, p: _Projekt, tag: Tag) -> tuple[BudgetZeile, ...]:
        """One line per Doppelhaushalt from the start to the one running on ``tag``."""
        stand = self.date(tag if p.status_am is None else min(tag, p.status_am))
        start = self.date(p.beginn)
        geplant = _status_am(p, tag) is ProjektStatus.GEPLANT
        zeilen = []
        for jahr in range(_dhh_start(start.year), max(_dhh_start(stand.year), _dhh_start(start.year)) + 1, 2):
            if geplant:
                zeilen.append(BudgetZeile(f"{jahr}/{jahr + 1}", p.budget, None, None))
                continue
            anfang, ende = max(dt.date(jahr, 1, 1), start), dt.date(jahr + 1, 12, 31)
            verstrichen = min(1.0, max(0.0, (stand - anfang).days / max(1, (ende - anfang).days)))
            zeilen.append(BudgetZeile(f"{jahr}/{jahr + 1}", p.budget, p.budget,
                                      _runden(p.budget * 0.9 * verstrichen)))
        return tuple(zeilen)

    def _zielvereinbarungen(self, p: _Projekt, tag: Tag) -> tuple[ZielvereinbarungZeile, ...]:
        """One agreement per year: the milestones due that year; past years judged."""
        stand = self.date(tag)
        letztes = stand.year if p.status_am is None else min(stand.year, self.date(p.status_am).year)
        zeilen = []
        for jahr in range(min(self.date(p.beginn).year, letztes), letztes + 1):
            faellig = [e for e in p.etappen if self.date(e.faellig).year == jahr and e.entfallen is None]
            text = ("Etappenziele: " + "; ".join(e.titel for e in faellig)) if faellig else \
                "Umsetzung nach Projektplan fortführen"
            if jahr >= stand.year:
                zeilen.append(ZielvereinbarungZeile(jahr, text, None, None))
                continue
            jahresende = (dt.date(jahr, 12, 31) - self.heute).days
            verfehlt = [e.titel for e in faellig if e.erreicht is None or e.erreicht > jahresende]
            bemerkung = ("Nicht im Jahr erreicht: " + "; ".join(verfehlt)) if verfehlt else None
            zeilen.append(ZielvereinbarungZeile(jahr, text, not verfehlt, bemerkung))
        return tuple(zeilen)

    def _plan_phasen(self, p: _Projekt) -> None:
        """Plan the default phases (an edited phase plan may have fewer or more of them)."""
        for position, ((von, bis), schritte) in enumerate(zip(_fenster(p), p.schritte, strict=True), start=1):
            if (p.key, position) in self.phase:
                phases.plan_phase(
                    self.db, phase_id=self.phase[(p.key, position)], geplant_von=self._datum(von),
                    geplant_bis=self._datum(bis), geplante_schritte=schritte,
                )

    def _move_phase(self, projekt: str, position: int, status: PhasenStatus, tag: Tag) -> None:
        if (projekt, position) in self.phase:
            phases.move_phase(self.db, phase_id=self.phase[(projekt, position)], status=status, am=self.date(tag))

    def _change_status(self, projekt: str, status: ProjektStatus) -> None:
        projects.change_status(self.db, projekt_id=self.projekt[projekt], status=status)

    def _kickoff(self, projekt: str, tag: Tag) -> None:
        projects.record_kickoff(self.db, projekt_id=self.projekt[projekt], datum=self.date(tag))

    def _set_ampel(self, projekt: str, a: _Ampel) -> None:
        self.ampel[projekt] = a
        projects.set_ampel(
            self.db, projekt_id=self.projekt[projekt], ampel=a.gesamt, notiz=a.notiz, zeit=a.zeit,
            budget=a.budget, personal=a.personal,
        )

    def _add_mitwirkung(self, p: _Projekt, m: _T) -> None:
        von = p.beginn if m.von is None else m.von
        self.mitwirkung[(p.key, m.person, m.rolle)] = staffing.staff_person(
            self.db, projekt_id=self.projekt[p.key], person_id=self.person[m.person], rolle=m.rolle,
            von=self.date(von), bis=self._datum(m.bis) if m.bis is not None and m.bis >= 0 else None,
            anteil_prozent=m.anteil,
        )
        self.anzahl["mitwirkungen"] += 1

    def _name(self, p: _Projekt, m: _T, tag: Tag) -> None:
        staffing.name_by_buergermeister(
            self.db, mitwirkung_id=self.mitwirkung[(p.key, m.person, m.rolle)], benannt_am=self.date(tag),
            benannt_von_id=self.person[_KORRIDOR[p.korridor].buergermeister],
        )

    def _consent(self, projekt: str, m: _T, zustimmung: Zustimmung, tag: Tag) -> None:
        staffing.record_consent(
            self.db, mitwirkung_id=self.mitwirkung[(projekt, m.person, m.rolle)], zustimmung=zustimmung,
            am=self.date(tag),
        )

    def _end_mitwirkung(self, projekt: str, m: _T, tag: Tag) -> None:
        staffing.end_mitwirkung(self.db, mitwirkung_id=self.mitwirkung[(projekt, m.person, m.rolle)],
                                bis=self.date(tag))

    def _plan_etappe(self, projekt: str, i: int, e: _E, phase: int) -> None:
        self.etappe[(projekt, i)] = milestones.plan_etappenziel(
            self.db, projekt_id=self.projekt[projekt], titel=e.titel, faellig_am=self.date(e.faellig),
            phase_id=self.phase.get((projekt, phase)), kommunikation_intern=e.intern,
            kommunikation_extern=e.extern, kommunikation_wie=e.wie,
        )
        self.anzahl["etappenziele"] += 1

    def _reach(self, projekt: str, i: int, tag: Tag) -> None:
        milestones.reach_etappenziel(self.db, etappenziel_id=self.etappe[(projekt, i)], erreicht_am=self.date(tag))

    def _communicate(self, projekt: str, i: int, tag: Tag) -> None:
        milestones.record_communication(
            self.db, etappenziel_id=self.etappe[(projekt, i)], kommuniziert_am=self.date(tag)
        )

    def _drop(self, projekt: str, i: int, _tag: Tag) -> None:
        milestones.drop_etappenziel(self.db, etappenziel_id=self.etappe[(projekt, i)])

    def _log_risiko(self, projekt: str, i: int, r: _R) -> None:
        self.risiko[(projekt, i)] = risks.log_risiko(
            self.db, projekt_id=self.projekt[projekt], titel=r.titel, wahrscheinlichkeit=r.w, auswirkung=r.a,
            beschreibung=r.beschreibung, massnahmen=r.massnahmen, verantwortlich_id=self.person[r.owner],
            erkannt_am=self.date(r.erkannt), naechste_pruefung=self.date(r.erkannt + 90),
            nicht_oeffentlich=r.nicht_oeffentlich,
        )
        self.anzahl["risiken"] += 1

    def _assess_risiko(self, projekt: str, i: int, bewertung: tuple[Tag, int, int]) -> None:
        tag, wahrscheinlichkeit, auswirkung = bewertung
        risks.assess_risiko(
            self.db, risiko_id=self.risiko[(projekt, i)], wahrscheinlichkeit=wahrscheinlichkeit,
            auswirkung=auswirkung, naechste_pruefung=self.date(tag + 90),
        )

    def _close_risiko(self, projekt: str, i: int) -> None:
        risks.close_risiko(self.db, risiko_id=self.risiko[(projekt, i)])

    def _log_entscheidung(self, projekt: str, i: int, d: _D) -> None:
        self.entscheidung[(projekt, i)] = decisions.log_entscheidung(
            self.db, projekt_id=self.projekt[projekt], art=d.art, titel=d.titel, beschreibung=d.beschreibung,
            zu_entscheiden_durch=d.durch, faellig_bis=self._datum(d.faellig), erfasst_am=self.date(d.erfasst),
            nicht_oeffentlich=d.nicht_oeffentlich,
        )

    def _clearing(self, projekt: str, i: int, tag: Tag) -> None:
        decisions.send_to_clearingstelle(self.db, entscheidung_id=self.entscheidung[(projekt, i)], am=self.date(tag))

    def _decide(self, projekt: str, i: int, entscheidung: tuple[Tag, str, str]) -> None:
        tag, ergebnis, durch = entscheidung
        decisions.record_decision(
            self.db, entscheidung_id=self.entscheidung[(projekt, i)], ergebnis=ergebnis,
            entschieden_am=self.date(tag), entschieden_durch=durch,
        )

    def _record_sachstand(self, p: _Projekt, nr: int, sitzung: str, tag: Tag) -> None:
        status_reports.record_sachstand(
            self.db, projekt_id=self.projekt[p.key], stichtag=self.date(tag), sitzung_id=self.sitzung[sitzung],
            nicht_oeffentlich=p.nicht_oeffentlich, **self._sachstand_texte(p, nr, tag),
        )
        self.anzahl["sachstaende"] += 1

    def _sachstand_texte(self, p: _Projekt, nr: int, tag: Tag) -> dict[str, str | None]:
        """The secretariat's texts: its own words plus what the project's record says on ``tag``."""
        tage = self._berichtstage(p)
        seit = tage[nr - 1] if nr else tag - 180
        erreicht = [e for e in p.etappen if e.erreicht is not None and seit < e.erreicht <= tag]
        offen = sorted(
            (e for e in p.etappen
             if self._etappe_geplant(p, e) <= tag and (e.erreicht is None or e.erreicht > tag)
             and (e.entfallen is None or e.entfallen > tag)),
            key=lambda e: e.faellig,
        )[:2]
        bedarf = [d for d in p.entscheidungen
                  if d.erfasst <= tag and (d.entschieden is None or d.entschieden[0] > tag)]
        text = p.lagen[nr]
        if erreicht:
            text += " Erreichte Etappenziele: " + "; ".join(f"{e.titel} ({self._fmt(e.erreicht)})"
                                                             for e in erreicht if e.erreicht is not None) + "."
        return {
            "erreicht": text,
            "naechste_schritte": ("Nächste Etappenziele: " + "; ".join(
                f"{e.titel} (fällig am {self._fmt(e.faellig)})" for e in offen) + ".") if offen else None,
            "entscheidungsbedarf": "; ".join(
                f"{d.titel} (zu entscheiden durch {self._entscheider(d, tag)})" for d in bedarf) or None,
            "ausblick": p.ausblick if nr == len(tage) - 1 else (
                f"Geplantes Projektende: {self._fmt(p.ende)}." if p.ende is not None
                else "Das Projektende wird mit der nächsten Zielvereinbarung festgelegt."),
        }

    def _entscheider(self, d: _D, tag: Tag) -> str:
        if d.clearing is not None and d.clearing <= tag:
            return "die Clearingstelle (Stabsstelle VME)"
        return d.durch or "offen"
