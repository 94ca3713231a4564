"""Mitwirkungen: who works in which project, named and consented, and a few double roles (rule 2).

Every project gets its Auftraggeber (the corridor's Bürgermeister/in), a project group
drawn from the city staff so that hardly anyone sits in two active groups, people who
left earlier, and then contact persons and external experts up to the scale's total.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.scale_data.dates import clip, days
from bench.scale_data.history import phantom
from bench.scale_data.people import Personen
from bench.scale_data.plan import ARCHIV, Plan, Projekt
from bench.scale_data.sizes import ANTEIL_DOPPELROLLE, quote
from bench.scale_data.users import Zugaenge, editor_of
from iq_desktop.enums import Rolle
from iq_desktop.models import Mitwirkung

#: (person, her first Mitwirkung, the second one at the same time)
Doppelrolle = tuple[int, int, int]


def _mitwirkung(plan: Plan, personen: Personen, p: Projekt, person: int, rolle: Rolle, *, von: dt.date | None,
                bis: dt.date | None, anteil: int | None, vollstaendig: bool = False) -> dict[str, Any]:
    """One Mitwirkung with its naming and consents as far as they were given by the project's last day.

    Unless ``vollstaendig``, a few are never named or lack the Dezernat's consent (rule 3).
    """
    rng = plan.rng
    extern = personen.row[person]["externe_organisation_id"] is not None
    basis = von or p.beginn
    besetzt = clip(basis - days(21), p.angelegt + days(2), p.stand)
    if basis > plan.heute:  # a future project's group is staffed when it is set up
        besetzt = min(p.angelegt + days(30), p.stand)
    benannt = zustimmungen = None
    if rolle in (Rolle.PROJEKTLEITUNG, Rolle.MITGLIED, Rolle.EXPERTE):
        benannt = min(besetzt + days(2), p.stand)
        if not vollstaendig and rng.random() < 0.001:
            benannt = None  # rule 3: never named
        if not extern and rolle is not Rolle.EXPERTE and benannt is not None:
            zustimmungen = []
            for nach in (10, 6, 3):  # Dezernat, Amtsleitung, person, in the order of the row
                tag = benannt + days(nach + rng.randint(0, 14))
                zustimmungen.append(tag if tag <= p.stand else None)
            if not vollstaendig and rng.random() < 0.01:
                zustimmungen[0] = None  # rule 3: the Dezernat has not agreed yet
    row = {
        "id": plan.new_id(Mitwirkung.__table__), "leitprojekt_id": p.id, "person_id": person, "rolle": rolle,
        "von": von, "bis": bis, "anteil_prozent": anteil,
        "benannt_von_id": p.korridor.buergermeister if benannt else None, "benannt_am": benannt,
        "zustimmung_dezernat_am": zustimmungen[0] if zustimmungen else None,
        "zustimmung_amtsleitung_am": zustimmungen[1] if zustimmungen else None,
        "zustimmung_person_am": zustimmungen[2] if zustimmungen else None,
        "bemerkung": None, "version": 1,
    }
    p.mitwirkungen.append(plan.add(Mitwirkung.__table__, row))
    p.mitwirkung_angelegt.append(besetzt)
    personen.einsatz[person] = min(besetzt, personen.einsatz.get(person, besetzt))
    return row


def staff_project_groups(plan: Plan, personen: Personen, projekte: list[Projekt]) -> None:
    """Staff every project; keep the one-project rule except for a few percent of people."""
    rng = plan.rng
    queue: list[int] = []
    for p in projekte:
        ende = p.status_am if p.status in ARCHIV else None
        _mitwirkung(plan, personen, p, p.korridor.buergermeister, Rolle.AUFTRAGGEBER, von=p.beginn, bis=ende,
                    anteil=None, vollstaendig=True)
        ohne_leitung = "ohne_leitung" in p.maengel  # rule 4
        anzahl = (0 if ohne_leitung else 1) + rng.randint(2, 5)
        for n in range(anzahl):
            person: int | None = None
            while person is None or person in p.gruppe:
                if not p.aktiv:
                    person = rng.choice(personen.staff)
                    continue
                if not queue:  # more group places than city staff: some people get two (rule 2)
                    queue = rng.sample(personen.staff, len(personen.staff))
                person = queue.pop()
            rolle = Rolle.PROJEKTLEITUNG if n == 0 and not ohne_leitung else Rolle.MITGLIED
            von = p.beginn
            if rolle is Rolle.MITGLIED and p.stand > p.beginn + days(60) and rng.random() < 0.2:
                von = p.beginn + days(rng.randint(30, (p.stand - p.beginn).days))
            anteil = rng.randrange(30, 101, 10) if rolle is Rolle.PROJEKTLEITUNG else rng.randrange(10, 51, 5)
            _mitwirkung(plan, personen, p, person, rolle, von=von, bis=ende, anteil=anteil)
            p.gruppe.append(person)
        # people who left the group earlier (exempt from rule 2: their period has ended)
        spanne = (min(p.stand, plan.heute - days(1)) - p.beginn).days
        if spanne > 90:
            for rolle in [Rolle.PROJEKTLEITUNG] * (rng.random() < 0.15) + [Rolle.MITGLIED] * rng.randint(0, 4):
                person = rng.choice(personen.staff)
                if person in p.gruppe:
                    continue
                bis = p.beginn + days(rng.randint(60, spanne))
                _mitwirkung(plan, personen, p, person, rolle, von=p.beginn, bis=bis, anteil=rng.randrange(10, 51, 5),
                            vollstaendig=True)
                p.gruppe.append(person)


def plan_double_roles(plan: Plan, personen: Personen, projekte: list[Projekt]) -> list[Doppelrolle]:
    """Rule 2: a few people also sit in a second active project's group, mostly where a project is
    in trouble anyway (no lead, not reporting, …)."""
    rng = plan.rng
    doppelrollen: list[Doppelrolle] = []
    aktive = [p for p in projekte if p.aktiv]
    gewicht = {p.id: 1 + 4 * len(p.maengel) for p in aktive}
    gruppen = {}
    for p in aktive:
        for m in p.mitwirkungen:
            if m["rolle"] in (Rolle.PROJEKTLEITUNG, Rolle.MITGLIED) and m["bis"] is None:
                gruppen.setdefault(m["person_id"], m)
    kandidaten = list(gruppen)
    anzahl = quote(ANTEIL_DOPPELROLLE, len(kandidaten)) if kandidaten else 0
    for person in plan.sample_weighted(kandidaten, [gewicht[gruppen[k]["leitprojekt_id"]] for k in kandidaten],
                                       anzahl):
        erste = gruppen[person]
        andere = [p for p in aktive if p.id != erste["leitprojekt_id"] and person not in p.gruppe]
        zweites = plan.pick_weighted(andere, [gewicht[p.id] for p in andere])
        zweite = _mitwirkung(plan, personen, zweites, person, Rolle.MITGLIED, von=max(zweites.beginn, erste["von"]),
                             bis=None, anteil=rng.randrange(10, 31, 5))
        zweites.gruppe.append(person)
        doppelrollen.append((person, erste["id"], zweite["id"]))
    return doppelrollen


def plan_further_mitwirkungen(plan: Plan, zugaenge: Zugaenge, personen: Personen, projekte: list[Projekt]) -> None:
    """Contact persons and external experts fill each project up to its share of all Mitwirkungen.

    The shares vary by project but add up to exactly the scale's number of Mitwirkungen.
    """
    rng = plan.rng
    kontakte = personen.staff + personen.vme
    fest = [len(p.mitwirkungen) for p in projekte]
    mittel = plan.sizes.mitwirkungen / len(projekte)
    quoten = [max(f + 1, round(mittel * rng.uniform(0.6, 1.4))) for f in fest]
    differenz = plan.sizes.mitwirkungen - sum(quoten)
    while differenz:
        i = rng.randrange(len(quoten))
        if differenz > 0:
            quoten[i] += 1
            differenz -= 1
        elif quoten[i] > fest[i] + 1:
            quoten[i] -= 1
            differenz += 1
    for p, soll, f in zip(projekte, quoten, fest, strict=True):
        weitere = soll - f
        experten = min(round(weitere * rng.uniform(0.45, 0.7)), len(personen.externe))
        ende = p.status_am if p.status in ARCHIV else None
        spanne = (min(p.stand, plan.heute - days(1)) - p.beginn).days
        for person in rng.sample(personen.externe, experten):
            bis = ende
            if bis is None and spanne > 120 and rng.random() < 0.15:
                bis = p.beginn + days(rng.randint(60, spanne))
            _mitwirkung(plan, personen, p, person, Rolle.EXPERTE, von=p.beginn, bis=bis,
                        anteil=None if rng.random() < 0.7 else rng.choice((5, 10)))
        ausgeschlossen = set(p.gruppe)
        auswahl = [k for k in rng.sample(kontakte, min(len(kontakte), weitere - experten + len(p.gruppe)))
                   if k not in ausgeschlossen][: weitere - experten]
        for person in auswahl:
            bis = ende
            if bis is None and spanne > 120 and rng.random() < 0.1:
                bis = p.beginn + days(rng.randint(60, spanne))
            _mitwirkung(plan, personen, p, person, Rolle.ANSPRECHPERSON, von=p.beginn, bis=bis, anteil=None)
        if rng.random() < 0.6:
            phantom(plan, zugaenge, p, Mitwirkung.__table__, p.mitwirkungen[-1], p.mitwirkung_angelegt[-1])


def plan_mitwirkung_history(plan: Plan, zugaenge: Zugaenge, p: Projekt) -> None:
    """Staffed, named by the Bürgermeister/in, the three consents, ended: one audit row each."""
    trail = plan.trail
    for m, besetzt in zip(p.mitwirkungen, p.mitwirkung_angelegt, strict=True):
        actor = editor_of(plan, zugaenge, p)
        bis_spaeter = m["bis"] is not None and m["bis"] < plan.heute
        trail.created(plan.moment(besetzt), Mitwirkung.__table__, m, actor, projekt=p,
                      fields=("id", "leitprojekt_id", "person_id", "rolle", "von", "anteil_prozent",
                              *(() if bis_spaeter else ("bis",))))
        if m["benannt_am"] is not None:
            trail.changed(plan.moment(m["benannt_am"]), Mitwirkung.__table__, m["id"], actor,
                          {"benannt_am": [None, m["benannt_am"]], "benannt_von_id": [None, m["benannt_von_id"]]},
                          projekt=p)
        for key in ("zustimmung_person_am", "zustimmung_amtsleitung_am", "zustimmung_dezernat_am"):
            if m[key] is not None:
                trail.changed(plan.moment(m[key]), Mitwirkung.__table__, m["id"], actor, {key: [None, m[key]]},
                              projekt=p)
        if bis_spaeter:
            trail.changed(plan.moment(min(m["bis"], p.stand)), Mitwirkung.__table__, m["id"], actor,
                          {"bis": [None, m["bis"]]}, projekt=p)
