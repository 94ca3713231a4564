"""People: Bürgermeister/innen, Korridorbeauftragte, VME, city staff and external experts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bench.scale_data import names as W
from bench.scale_data.audit import Actor
from bench.scale_data.dates import days
from bench.scale_data.organisation import Organisation
from bench.scale_data.plan import Plan
from iq_desktop.models import Dezernat, Person
from iq_desktop.services.names import full_name

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "ı": "i", "ć": "c", " ": "", "-": ""})


def ascii_fold(text: str) -> str:
    """Lower-case ASCII for e-mail addresses and logins (``Jörg`` -> ``joerg``, ``Hans-Peter`` -> ``hanspeter``)."""
    return text.lower().translate(_FOLD)


@dataclass
class Personen:
    """Every planned person (row and display name by id) and the pools later stages draw from."""

    row: dict[int, dict[str, Any]] = field(default_factory=dict)
    name: dict[int, str] = field(default_factory=dict)
    #: the day a person was first staffed in a project (they are recorded a few days before)
    einsatz: dict[int, dt.date] = field(default_factory=dict)
    #: per corridor
    buergermeister: list[int] = field(default_factory=list)
    beauftragte: list[list[int]] = field(default_factory=list)
    vme: list[int] = field(default_factory=list)
    externe: list[int] = field(default_factory=list)
    staff: list[int] = field(default_factory=list)


def _new_person(plan: Plan, personen: Personen, *, funktion: str, extern: bool = False,
                dezernat_id: int | None = None, amt_id: int | None = None, abteilung_id: int | None = None,
                organisation_id: int | None = None, frau: bool | None = None, titel: str | None = None,
                dca: bool = False) -> int:
    rng = plan.rng
    frau = rng.random() < 0.5 if frau is None else frau
    vorname = rng.choice(W.VORNAMEN_W if frau else W.VORNAMEN_M)
    nachname = rng.choice(W.NACHNAMEN)
    ident = plan.new_id(Person.__table__)
    row = plan.add(Person.__table__, {
        "id": ident, "anrede": "Frau" if frau else "Herr", "titel": titel, "vorname": vorname,
        "nachname": nachname, "funktion": funktion, "dezernat_id": dezernat_id, "amt_id": amt_id,
        "abteilung_id": abteilung_id, "externe_organisation_id": organisation_id,
        "email": None if extern else f"{ascii_fold(vorname)}.{ascii_fold(nachname)}@karlsruhe.example",
        "telefon": None if extern else f"0721 133-{rng.randint(1000, 9999)}",
        "ist_dca": dca, "bemerkung": None, "version": 1,
    })
    personen.row[ident] = row
    personen.name[ident] = full_name(titel, vorname, nachname)
    return ident


def plan_people(plan: Plan, org: Organisation) -> Personen:
    """Bürgermeister/innen, Korridorbeauftragte, VME, city staff and external experts."""
    rng = plan.rng
    personen = Personen()
    n = plan.sizes.korridorthemen
    for i in range(n):
        frau = rng.random() < 0.5
        personen.buergermeister.append(_new_person(
            plan, personen, funktion="Bürgermeisterin" if frau else "Bürgermeister",
            dezernat_id=org.dezernate[i], frau=frau, titel="Dr." if rng.random() < 0.4 else None))
    for row in plan.rows[Dezernat.__table__]:  # heading the Dezernat as well as its corridor
        row["buergermeister_id"] = personen.buergermeister[row["position"] - 1]
    for i in range(n):
        erste = _new_person(plan, personen, funktion=f"Sekretariatsleitung Dezernat {i + 1}",
                            dezernat_id=org.dezernate[i])
        weitere = []
        if rng.random() < 0.15:
            amt_id, _, _ = rng.choice([a for a in org.aemter if a[1] == org.dezernate[i]])
            weitere.append(_new_person(plan, personen, funktion="IQ-Beauftragte/r", amt_id=amt_id))
        personen.beauftragte.append([erste, *weitere])
    for bereich in range(plan.sizes.scale):
        for funktion in ("Leitung der Stabsstelle", "Prozessbegleitung IQ"):
            personen.vme.append(_new_person(plan, personen, funktion=funktion, amt_id=org.vme_amt[bereich],
                                            titel="Dr." if rng.random() < 0.3 else None))
    fest = len(personen.row)
    externe = round(0.24 * plan.sizes.personen)
    for _ in range(externe):
        r = rng.random()
        personen.externe.append(_new_person(
            plan, personen, funktion=rng.choice(W.FUNKTIONEN_EXTERN), extern=True,
            organisation_id=rng.choice(org.organisationen),
            titel="Prof. Dr." if r < 0.12 else "Dr." if r < 0.3 else None))
    for _ in range(plan.sizes.personen - fest - externe):
        amt_id, _, abteilungen = rng.choice(org.aemter)
        personen.staff.append(_new_person(
            plan, personen, funktion=rng.choice(W.FUNKTIONEN), amt_id=amt_id,
            abteilung_id=rng.choice(abteilungen) if rng.random() < 0.5 else None,
            titel="Dr." if rng.random() < 0.06 else None, dca=rng.random() < 0.04))
    return personen


def plan_people_history(plan: Plan, personen: Personen, vme: Sequence[Actor]) -> None:
    """People are recorded by VME a few days before they are first needed; a few change their phone number."""
    rng = plan.rng
    for ident, row in personen.row.items():
        einsatz = personen.einsatz.get(ident)
        tag = einsatz - days(rng.randint(1, 5)) if einsatz else plan.heute - days(rng.randint(30, 2000))
        actor = rng.choice(vme)
        plan.trail.created(plan.moment(tag), Person.__table__, row, actor)
        if row["telefon"] is not None and rng.random() < 0.06:
            vorher = f"0721 133-{rng.randint(1000, 9999)}"
            geaendert = tag + days(rng.randint(1, max(1, (plan.heute - tag).days)))
            plan.trail.changed(plan.moment(min(geaendert, plan.heute)), Person.__table__, ident, actor,
                               {"telefon": [vorher, row["telefon"]]})
