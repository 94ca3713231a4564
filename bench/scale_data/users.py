"""Benutzer: the logins of the audit trail, and who of them edits a project.

IT's administrator, VME, every Korridorbeauftragte and a few readers get a login at
go-live; some project leads get one later, once their projects are staffed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bench.scale_data.audit import ADMIN_LOGIN, Actor
from bench.scale_data.people import Personen, ascii_fold
from bench.scale_data.plan import Korridor, Plan, Projekt
from iq_desktop.enums import BenutzerRolle, Rolle
from iq_desktop.models import Benutzer


@dataclass
class Zugaenge:
    """The actors the audit trail names, by person, and the logins taken."""

    vme: list[Actor] = field(default_factory=list)
    nach_person: dict[int, Actor] = field(default_factory=dict)
    logins: set[str] = field(default_factory=set)

    def neuer_login(self, vorname: str, nachname: str) -> str:
        """``jmueller``, or ``jmueller2`` when that is taken."""
        base = ascii_fold(vorname[0] + nachname)
        login, n = base, 1
        while login in self.logins:
            n += 1
            login = f"{base}{n}"
        self.logins.add(login)
        return login


def _benutzer(plan: Plan, zugaenge: Zugaenge, login: str, anzeigename: str, rolle: BenutzerRolle,
              person_id: int | None, korridor_id: int | None = None) -> None:
    plan.add(Benutzer.__table__, {
        "id": plan.new_id(Benutzer.__table__), "login": login, "anzeigename": anzeigename,
        "rolle": rolle, "korridorthema_id": korridor_id, "person_id": person_id, "aktiv": True,
        "version": 1,
    })
    zugaenge.logins.add(login)


def plan_users(plan: Plan, personen: Personen, korridore: list[Korridor]) -> Zugaenge:
    """IT, VME, the Korridorbeauftragte (the first of a corridor edits it) and a few readers."""
    rng = plan.rng
    zugaenge = Zugaenge()

    def add(login: str, anzeigename: str, rolle: BenutzerRolle, person_id: int | None,
            korridor_id: int | None = None) -> Actor:
        _benutzer(plan, zugaenge, login, anzeigename, rolle, person_id, korridor_id)
        return Actor(login, f"KA-PC{rng.randint(10000, 99999)}")

    def login(person: int) -> str:
        return zugaenge.neuer_login(personen.row[person]["vorname"], personen.row[person]["nachname"])

    # IT's PC number is drawn but never used (the seed's audit rows name the server);
    # the draw stays, as every later choice depends on it
    add(ADMIN_LOGIN, "IT-Administration IQ Desktop", BenutzerRolle.ADMINISTRATION, None)
    for person in personen.vme:
        actor = add(login(person), personen.name[person], BenutzerRolle.VME, person)
        zugaenge.nach_person[person] = actor
        zugaenge.vme.append(actor)
    for korridor in korridore:
        for person in korridor.beauftragte:
            actor = add(login(person), personen.name[person], BenutzerRolle.KORRIDORBEAUFTRAGTE, person, korridor.id)
            zugaenge.nach_person[person] = actor
            korridor.actor = korridor.actor or actor
    for person in rng.sample(personen.staff, max(1, plan.sizes.scale)):
        add(login(person), personen.name[person], BenutzerRolle.LESEND, person)
    return zugaenge


def project_leads_as_users(plan: Plan, zugaenge: Zugaenge, personen: Personen,
                                  projekte: list[Projekt]) -> None:
    """Some project leads keep their own project (an optional role)."""
    rng = plan.rng
    for p in projekte:
        if not p.aktiv or rng.random() > 0.2:
            continue
        leitung = next((m["person_id"] for m in p.mitwirkungen if m["rolle"] is Rolle.PROJEKTLEITUNG), None)
        if leitung is None or leitung in zugaenge.nach_person:
            continue
        row = personen.row[leitung]
        login = zugaenge.neuer_login(row["vorname"], row["nachname"])
        _benutzer(plan, zugaenge, login, personen.name[leitung], BenutzerRolle.PROJEKTLEITUNG, leitung)
        zugaenge.nach_person[leitung] = p.pl_actor = Actor(login, f"KA-NB{rng.randint(10000, 99999)}")


def editor_of(plan: Plan, zugaenge: Zugaenge, p: Projekt) -> Actor:
    """Who edits ``p``: mostly the corridor's Korridorbeauftragte, sometimes VME or the project lead."""
    r = plan.rng.random()
    if r < 0.12 and p.pl_actor is not None:
        return p.pl_actor
    if r < 0.3:
        return plan.rng.choice(zugaenge.vme)
    assert p.korridor.actor is not None
    return p.korridor.actor
