"""A Leitprojekt's Steckbrief: the profile, traffic light, goals, channels, budget lines,
target agreements and strategy tags, as saved a week after the project was set up."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.scale_data import names as W
from bench.scale_data.audit import Actor
from bench.scale_data.dates import days, dhh
from bench.scale_data.plan import Plan, Projekt
from bench.scale_data.users import Zugaenge, editor_of
from iq_desktop.enums import Ampel, EtappenzielStatus, ProjektStatus
from iq_desktop.models import (
    Leitprojekt,
    ProjektBudget,
    ProjektKanal,
    ProjektZiel,
    Zielvereinbarung,
    projekt_strategie,
)
from iq_desktop.reference import KANAELE

#: the profile fields the first save fills in (the rest came with the project)
_PROFIL = ("beitrag_korridor", "zielgruppe", "zielgruppe_aktiv_eingebunden", "chancen_nutzen",
           "einbindung_zielgruppe", "einbindung_intern", "einbindung_extern", "internationalitaet_wie",
           "digitalisierung_wie", "partizipation_wie", "personal")


def plan_steckbrief(plan: Plan, zugaenge: Zugaenge, p: Projekt, amt_kuerzel: list[str]) -> None:
    """The profile fields, goals, channels, budget lines, target agreements and strategy tags.

    Needs the project's milestones (the target agreements list those due each year).
    """
    rng = plan.rng
    row = p.row
    kickoff = None
    if p.beginn <= plan.heute and p.status is not ProjektStatus.GEPLANT:
        kickoff = p.beginn + days(rng.randint(0, 21))
        if kickoff > p.stand or "ohne_kickoff" in p.maengel:
            kickoff = None  # rule 4
    ampel, notiz = _ampel(plan, p)
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
    a, b = rng.sample(amt_kuerzel, 2)
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
    actor = editor_of(plan, zugaenge, p)
    gespeichert = plan.moment(min(p.angelegt + days(7), p.stand))
    changes = {key: [None, row[key]] for key in _PROFIL if row[key] is not None}
    for key in ("internationalitaet", "digitalisierung", "partizipation"):
        if row[key]:
            changes[key] = [False, True]
    strategie = sorted(rng.sample(plan.ref.strategie_ids, rng.randint(1, 4)))
    changes["strategie"] = [[], strategie]
    plan.trail.changed(gespeichert, Leitprojekt.__table__, p.id, actor, changes, projekt=p)
    for element in strategie:
        plan.add(projekt_strategie, {"leitprojekt_id": p.id, "strategie_element_id": element})

    position = 0
    for _ in range(rng.randint(2, 5)):
        position += 1
        ziel = plan.add(ProjektZiel.__table__, {
            "id": plan.new_id(ProjektZiel.__table__), "leitprojekt_id": p.id, "position": position,
            "ebene": 0, "text": rng.choice(W.ZIELE), "version": 1,
        })
        plan.trail.created(gespeichert, ProjektZiel.__table__, ziel, actor, projekt=p)
        if rng.random() < 0.15:
            position += 1
            ziel = plan.add(ProjektZiel.__table__, {
                "id": plan.new_id(ProjektZiel.__table__), "leitprojekt_id": p.id, "position": position,
                "ebene": 1, "text": rng.choice(W.UNTERZIELE), "version": 1,
            })
            plan.trail.created(gespeichert, ProjektZiel.__table__, ziel, actor, projekt=p)
    kanaele = rng.sample(KANAELE, rng.randint(1, 3))
    if rng.random() < 0.3:
        kanaele.append(rng.choice(W.KANAELE_FREI))
    for position, bezeichnung in enumerate(kanaele, start=1):
        kanal = plan.add(ProjektKanal.__table__, {
            "id": plan.new_id(ProjektKanal.__table__), "leitprojekt_id": p.id, "position": position,
            "bezeichnung": bezeichnung, "version": 1,
        })
        plan.trail.created(gespeichert, ProjektKanal.__table__, kanal, actor, projekt=p)
    _budgets(plan, zugaenge, p, actor, gespeichert)
    _zielvereinbarungen(plan, p, actor, gespeichert)


def _ampel(plan: Plan, p: Projekt) -> tuple[Ampel | None, str | None]:
    """The traffic light and its note: finished projects mostly green, cancelled ones mostly red."""
    rng = plan.rng
    if p.status is ProjektStatus.GEPLANT and rng.random() < 0.5:
        return None, None
    if p.status is ProjektStatus.ABGESCHLOSSEN:
        ampel = plan.pick_weighted(list(Ampel), [0.85, 0.12, 0.03])
    elif p.status is ProjektStatus.ABGEBROCHEN:
        ampel = plan.pick_weighted(list(Ampel), [0.1, 0.3, 0.6])
    else:
        ampel = plan.pick_weighted([*Ampel, None], [0.6, 0.28, 0.09, 0.03])
    if ampel is Ampel.GELB:
        return ampel, rng.choice(W.AMPEL_NOTIZ_GELB) if rng.random() < 0.8 else None
    if ampel is Ampel.ROT:
        return ampel, rng.choice(W.AMPEL_NOTIZ_ROT)
    return ampel, None


def _budgets(plan: Plan, zugaenge: Zugaenge, p: Projekt, actor: Actor, gespeichert: dt.datetime) -> None:
    """One line per Doppelhaushalt from the start to the one running on the project's last day."""
    rng = plan.rng
    betrag = rng.randint(5, 200) * 10_000
    stand = min(p.stand, p.status_am or p.stand)
    erster = dhh(p.beginn.year)
    zeilen = []
    for jahr in range(erster, max(dhh(stand.year), erster) + 1, 2):
        if p.status_am_tag(stand) is ProjektStatus.GEPLANT:
            werte = (betrag, None, None)
        else:
            anfang, ende = max(dt.date(jahr, 1, 1), p.beginn), dt.date(jahr + 1, 12, 31)
            verstrichen = min(1.0, max(0.0, (stand - anfang).days / max(1, (ende - anfang).days)))
            werte = (betrag, betrag, round(betrag * rng.uniform(0.7, 1.0) * verstrichen, -3))
        row = plan.add(ProjektBudget.__table__, {
            "id": plan.new_id(ProjektBudget.__table__), "leitprojekt_id": p.id,
            "doppelhaushalt": f"{jahr}/{jahr + 1}", "geplant": werte[0], "bewilligt": werte[1],
            "ausgegeben": None if werte[2] is None else int(werte[2]), "version": 1,
        })
        zeilen.append(row)
        tag = max(gespeichert.date(), dt.date(jahr, 1, 15))
        plan.trail.created(plan.moment(tag) if tag > gespeichert.date() else gespeichert, ProjektBudget.__table__,
                           row, actor, projekt=p, ausgenommen={"ausgegeben"})
    letzte = zeilen[-1]
    if letzte["ausgegeben"]:
        vorher = int(round(letzte["ausgegeben"] * rng.uniform(0.6, 0.95), -3))
        plan.trail.changed(p.last_update, ProjektBudget.__table__, letzte["id"], editor_of(plan, zugaenge, p),
                           {"ausgegeben": [vorher, letzte["ausgegeben"]]}, projekt=p)


def _zielvereinbarungen(plan: Plan, p: Projekt, actor: Actor, gespeichert: dt.datetime) -> None:
    """One agreement per year: the milestones due that year; past years judged."""
    rng = plan.rng
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
        row = plan.add(Zielvereinbarung.__table__, {
            "id": plan.new_id(Zielvereinbarung.__table__), "leitprojekt_id": p.id, "jahr": jahr,
            "text": text, "erreicht": erreicht, "bemerkung": bemerkung, "version": 1,
        })
        tag = max(gespeichert.date(), dt.date(jahr, 1, 20))
        plan.trail.created(plan.moment(tag) if tag > gespeichert.date() else gespeichert,
                           Zielvereinbarung.__table__, row, actor, projekt=p, ausgenommen={"erreicht", "bemerkung"})
        if erreicht is not None and dt.date(jahr + 1, 1, 25) <= p.stand:
            plan.trail.changed(plan.moment(dt.date(jahr + 1, 1, 25)), Zielvereinbarung.__table__, row["id"], actor,
                               {"erreicht": [None, erreicht], "bemerkung": [None, bemerkung]}, projekt=p)
