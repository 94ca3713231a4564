"""A project's own history in the audit trail: set-up, start, phase moves, milestones, decisions.

The rows are planned first (portfolio, timeline, Steckbrief, decisions); :func:`project_history`
then tells how they came to be, one audit event per step, each by whoever edits the
project at the time. No event lies after the project's last update.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Table

from bench.scale_data import names as W
from bench.scale_data.dates import clip, days
from bench.scale_data.plan import Plan, Projekt
from bench.scale_data.users import Zugaenge, editor_of
from iq_desktop.enums import AuditAktion, EntscheidungsStatus, EtappenzielStatus, PhasenStatus, ProjektStatus
from iq_desktop.models import Entscheidung, Etappenziel, Leitprojekt, Phase


def project_history(plan: Plan, zugaenge: Zugaenge, p: Projekt) -> None:
    """Set-up, start, kick-off, phase moves, milestones, decisions, status change, last update."""
    rng, trail = plan.rng, plan.trail
    row = p.row
    actor = editor_of(plan, zugaenge, p)
    angelegt = plan.moment(p.angelegt)
    trail.created(angelegt, Leitprojekt.__table__, row, actor, projekt=p,
                  fields=("id", "titel", "korridorthema_id", "status", "beginn", "geplantes_ende",
                          "beschreibung", "internationalitaet", "digitalisierung", "partizipation",
                          "nicht_oeffentlich"),
                  overrides={"status": ProjektStatus.GEPLANT, "internationalitaet": False,
                             "digitalisierung": False, "partizipation": False, "nicht_oeffentlich": False})
    for phase in p.phasen:
        trail.created(angelegt, Phase.__table__, phase, actor, projekt=p,
                      fields=("id", "leitprojekt_id", "position", "name", "status"),
                      overrides={"status": PhasenStatus.NICHT_BEGONNEN})
        if phase["geplant_von"] is not None:
            trail.changed(plan.moment(min(p.angelegt + days(7), p.stand)), Phase.__table__, phase["id"],
                          actor, {"geplant_von": [None, phase["geplant_von"]],
                                  "geplant_bis": [None, phase["geplant_bis"]],
                                  "geplante_schritte": [None, phase["geplante_schritte"]]}, projekt=p)
    if p.beginn <= p.stand and p.status is not ProjektStatus.GEPLANT:
        trail.changed(plan.moment(p.beginn), Leitprojekt.__table__, p.id, editor_of(plan, zugaenge, p),
                      {"status": [ProjektStatus.GEPLANT, ProjektStatus.LAUFEND]}, projekt=p)
    if row["kickoff_am"] is not None:
        trail.changed(plan.moment(row["kickoff_am"]), Leitprojekt.__table__, p.id, editor_of(plan, zugaenge, p),
                      {"kickoff_am": [None, row["kickoff_am"]]}, projekt=p)
    for vorige, phase in zip([None, *p.phasen], p.phasen, strict=False):
        if phase["ist_von"] is None:
            continue
        moment = plan.moment(phase["ist_von"])
        trail.changed(moment, Phase.__table__, phase["id"], editor_of(plan, zugaenge, p),
                      {"status": [PhasenStatus.NICHT_BEGONNEN, PhasenStatus.LAUFEND],
                       "ist_von": [None, phase["ist_von"]]}, projekt=p)
        if vorige is not None and vorige["ist_bis"] is not None:
            trail.changed(moment, Phase.__table__, vorige["id"], editor_of(plan, zugaenge, p),
                          {"status": [PhasenStatus.LAUFEND, PhasenStatus.ABGESCHLOSSEN],
                           "ist_bis": [None, vorige["ist_bis"]]}, projekt=p)
    letzte = p.phasen[-1]
    if letzte["status"] is PhasenStatus.ABGESCHLOSSEN and letzte["ist_bis"] is not None:
        trail.changed(plan.moment(letzte["ist_bis"]), Phase.__table__, letzte["id"],
                      editor_of(plan, zugaenge, p),
                      {"status": [PhasenStatus.LAUFEND, PhasenStatus.ABGESCHLOSSEN],
                       "ist_bis": [None, letzte["ist_bis"]]}, projekt=p)
    for etappe, angelegt_am in zip(p.etappen, p.etappe_angelegt, strict=True):
        a = editor_of(plan, zugaenge, p)
        trail.created(plan.moment(angelegt_am), Etappenziel.__table__, etappe, a, projekt=p,
                      ausgenommen={"erreicht_am", "kommuniziert_am"}, overrides={"status": EtappenzielStatus.OFFEN})
        if etappe["erreicht_am"] is not None:
            trail.changed(plan.moment(etappe["erreicht_am"]), Etappenziel.__table__, etappe["id"], a,
                          {"erreicht_am": [None, etappe["erreicht_am"]],
                           "status": [EtappenzielStatus.OFFEN, EtappenzielStatus.ERREICHT]}, projekt=p)
        if etappe["kommuniziert_am"] is not None:
            trail.changed(plan.moment(etappe["kommuniziert_am"]), Etappenziel.__table__, etappe["id"], a,
                          {"kommuniziert_am": [None, etappe["kommuniziert_am"]]}, projekt=p)
        if etappe["status"] is EtappenzielStatus.ENTFALLEN:
            tag = clip(etappe["faellig_am"] + days(rng.randint(0, 30)), angelegt_am, p.stand)
            trail.changed(plan.moment(tag), Etappenziel.__table__, etappe["id"], a,
                          {"status": [EtappenzielStatus.OFFEN, EtappenzielStatus.ENTFALLEN]}, projekt=p)
    for e in p.entscheidungen:
        a = editor_of(plan, zugaenge, p)
        trail.created(plan.moment(e["erfasst_am"]), Entscheidung.__table__, e, a, projekt=p,
                      ausgenommen={"an_clearingstelle_am", "ergebnis", "entschieden_am", "entschieden_durch"},
                      overrides={"status": EntscheidungsStatus.OFFEN})
        if e["an_clearingstelle_am"] is not None:
            trail.changed(plan.moment(e["an_clearingstelle_am"]), Entscheidung.__table__, e["id"], a,
                          {"an_clearingstelle_am": [None, e["an_clearingstelle_am"]]}, projekt=p)
        if e["entschieden_am"] is not None:
            trail.changed(plan.moment(e["entschieden_am"]), Entscheidung.__table__, e["id"], a,
                          {"status": [EntscheidungsStatus.OFFEN, e["status"]], "ergebnis": [None, e["ergebnis"]],
                           "entschieden_am": [None, e["entschieden_am"]],
                           "entschieden_durch": [None, e["entschieden_durch"]]}, projekt=p)
        elif e["status"] is EntscheidungsStatus.ZURUECKGEZOGEN:
            tag = clip(e["erfasst_am"] + days(rng.randint(7, 60)), e["erfasst_am"], p.stand)
            trail.changed(plan.moment(tag), Entscheidung.__table__, e["id"], a,
                          {"status": [EntscheidungsStatus.OFFEN, e["status"]]}, projekt=p)
    if p.status_am is not None:
        trail.changed(plan.moment(p.status_am), Leitprojekt.__table__, p.id, editor_of(plan, zugaenge, p),
                      {"status": [ProjektStatus.LAUFEND, p.status]}, projekt=p)
    # the profile brought up to date: the project's latest change ("Aktualisiert am")
    vorher = rng.choice([t for t in W.AUSBLICK if t != row["ausblick"]])
    trail.event(p.last_update, Leitprojekt.__table__, p.id, AuditAktion.GEAENDERT, editor_of(plan, zugaenge, p),
                projekt=p, changes={"ausblick": [vorher, row["ausblick"]]})


def phantom(plan: Plan, zugaenge: Zugaenge, p: Projekt, table: Table, vorbild: dict[str, Any], tag: dt.date) -> None:
    """A row entered by mistake and deleted a few days later: an id gap and two audit rows."""
    row = {**vorbild, "id": plan.new_id(table)}
    actor = editor_of(plan, zugaenge, p)
    plan.trail.created(plan.moment(tag), table, row, actor, projekt=p)
    geloescht = min(tag + days(plan.rng.randint(0, 10)), p.stand)
    plan.trail.event(plan.moment(geloescht), table, row["id"], AuditAktion.GELOESCHT, actor, projekt=p, row=row)
