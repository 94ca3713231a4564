"""The city's organisation: one Dezernat per corridor, its Ämter and Abteilungen, external organisations."""

from __future__ import annotations

from dataclasses import dataclass, field

from bench.scale_data import names as W
from bench.scale_data.plan import Plan
from iq_desktop.models import Abteilung, Amt, Dezernat, ExterneOrganisation


@dataclass
class Organisation:
    """The ids the later stages place people in."""

    dezernate: list[int] = field(default_factory=list)
    #: (Amt id, Dezernat id, Abteilung ids)
    aemter: list[tuple[int, int, list[int]]] = field(default_factory=list)
    #: the VME office of each city area (scale unit), where the process office sits
    vme_amt: list[int] = field(default_factory=list)
    amt_kuerzel: list[str] = field(default_factory=list)
    organisationen: list[int] = field(default_factory=list)


def plan_organisation(plan: Plan) -> Organisation:
    """One Dezernat per corridor, its Ämter (a district suffix beyond the first city), Abteilungen."""
    org = Organisation()
    for i in range(plan.sizes.korridorthemen):
        bereich, vorlage = divmod(i, len(W.DEZERNATE))
        thema, aemter = W.DEZERNATE[vorlage]
        dezernat = plan.add(Dezernat.__table__, {
            "id": plan.new_id(Dezernat.__table__), "kuerzel": f"Dez. {i + 1}",
            "bezeichnung": f"Dezernat {i + 1} – {thema}", "buergermeister_id": None,
            "position": i + 1, "version": 1,
        })
        org.dezernate.append(dezernat["id"])
        for kuerzel, bezeichnung in aemter:
            amt = plan.add(Amt.__table__, {
                "id": plan.new_id(Amt.__table__),
                "kuerzel": kuerzel if bereich == 0 else f"{kuerzel}{bereich + 1}",
                "bezeichnung": bezeichnung if bereich == 0 else f"{bezeichnung} – Bereich {bereich + 1}",
                "dezernat_id": dezernat["id"], "version": 1,
            })
            org.amt_kuerzel.append(amt["kuerzel"])
            if kuerzel == "VME":
                org.vme_amt.append(amt["id"])
            abteilungen = []
            for nr, name in enumerate(plan.rng.sample(W.ABTEILUNGEN, 2), start=1):
                abteilungen.append(plan.add(Abteilung.__table__, {
                    "id": plan.new_id(Abteilung.__table__), "amt_id": amt["id"], "bezeichnung": name,
                    "kuerzel": f"{amt['kuerzel']}-{nr}", "version": 1,
                })["id"])
            org.aemter.append((amt["id"], dezernat["id"], abteilungen))
    for i in range(8 * plan.sizes.scale):
        standort, vorlage = divmod(i, len(W.ORGANISATIONEN))
        name, art = W.ORGANISATIONEN[vorlage]
        org.organisationen.append(plan.add(ExterneOrganisation.__table__, {
            "id": plan.new_id(ExterneOrganisation.__table__),
            "name": name if standort == 0 else f"{name} – Standort {standort + 1}",
            "art": art, "ort": "Karlsruhe", "version": 1,
        })["id"])
    return org
