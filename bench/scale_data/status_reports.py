"""Sachstände: dated status reports for the Gremien's meetings, each freezing the project's state.

A project reports to a few of the meetings between its set-up and its last record;
its traffic light drifts from report to report (each change an audit event) and ends
where the Steckbrief has it now.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Any

from bench.scale_data import names as W
from bench.scale_data.dates import days, iso
from bench.scale_data.meetings import Berichtstermin
from bench.scale_data.plan import Plan, Projekt
from bench.scale_data.users import Zugaenge, editor_of
from iq_desktop.enums import Ampel, EntscheidungsStatus, EtappenzielStatus, PhasenStatus, ProjektStatus, RisikoStatus
from iq_desktop.models import Leitprojekt, Sachstand
from iq_desktop.services.status_reports import STAND_FORMAT


def plan_sachstaende(plan: Plan, zugaenge: Zugaenge, projekte: list[Projekt], berichtstermine: list[Berichtstermin],
                namen: dict[int, str]) -> None:
    """Several dated Sachstände per project, each for a meeting, with the frozen state.

    ``berichtstermine`` are in date order; ``namen`` are the people's display names.
    """
    rng = plan.rng
    stichtage = [t[0] for t in berichtstermine]
    for p in projekte:
        lo = max(p.angelegt + days(14), p.beginn - days(60))
        kandidaten = berichtstermine[bisect.bisect_left(stichtage, lo):bisect.bisect_right(stichtage, p.stand)]
        anzahl = rng.randint(0, 1) if p.beginn > p.stand else rng.randint(2, 6)
        anzahl = min(anzahl, len(kandidaten))
        if not anzahl:
            continue
        termine = sorted(rng.sample(kandidaten[-3 * anzahl:], anzahl))
        # the traffic lights backwards from today's: the newest report shows the Steckbrief's
        ampeln = [(p.row["ampel"], p.row["ampel_notiz"])]
        for _ in termine[1:]:
            ampel, notiz = ampeln[0]
            if rng.random() < 0.3:
                ampel = plan.pick_weighted(list(Ampel), [0.6, 0.3, 0.1])
                notiz = None if ampel is Ampel.GRUEN else rng.choice(
                    W.AMPEL_NOTIZ_GELB if ampel is Ampel.GELB else W.AMPEL_NOTIZ_ROT)
            ampeln.insert(0, (ampel, notiz))
        vorher: tuple[dt.date, Ampel | None, str | None] | None = None
        for nr, ((stichtag, sitzung, gremium), (ampel, notiz)) in enumerate(zip(termine, ampeln, strict=True)):
            if vorher is not None and (vorher[1], vorher[2]) != (ampel, notiz):
                plan.trail.changed(plan.moment(max(vorher[0], stichtag - days(2))), Leitprojekt.__table__, p.id,
                                   editor_of(plan, zugaenge, p),
                                   {"ampel": [vorher[1], ampel], "ampel_notiz": [vorher[2], notiz]}, projekt=p)
            _sachstand(plan, p, namen, stichtag, sitzung, gremium, ampel, notiz, vorher[0] if vorher else None,
                       letzter=nr == anzahl - 1)
            vorher = (stichtag, ampel, notiz)


def _sachstand(plan: Plan, p: Projekt, namen: dict[int, str], stichtag: dt.date, sitzung: int, gremium: int,
               ampel: Ampel | None, notiz: str | None, vorher: dt.date | None, *, letzter: bool) -> None:
    """One report, written by the corridor's Korridorbeauftragte: reached since ``vorher``, next, to decide."""
    rng = plan.rng
    actor = p.korridor.actor
    assert actor is not None
    seit = vorher or stichtag - days(180)
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
    row = plan.add(Sachstand.__table__, {
        "id": plan.new_id(Sachstand.__table__), "leitprojekt_id": p.id, "stichtag": stichtag,
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
        "stand": _stand(p, namen, stichtag, status, ampel, notiz),
        "erstellt_am": min(plan.moment(stichtag), p.last_update),
        "erstellt_von": actor.login, "version": 1,
    })
    plan.trail.created(row["erstellt_am"], Sachstand.__table__, row, actor, projekt=p)


def _stand(p: Projekt, namen: dict[int, str], tag: dt.date, status: ProjektStatus, ampel: Ampel | None,
           notiz: str | None) -> dict[str, Any]:
    """The structured copy a Sachstand freezes (the shape of status_reports.snapshot), as of ``tag``."""
    phasen = []
    for phase in p.phasen:
        von = phase["ist_von"] if phase["ist_von"] is not None and phase["ist_von"] <= tag else None
        bis = phase["ist_bis"] if von is not None and phase["ist_bis"] is not None and phase["ist_bis"] <= tag \
            else None
        status_phase = (PhasenStatus.NICHT_BEGONNEN if von is None
                        else PhasenStatus.ABGESCHLOSSEN if bis is not None else PhasenStatus.LAUFEND)
        phasen.append({"name": phase["name"], "status": status_phase.value, "ist_von": iso(von),
                       "ist_bis": iso(bis)})
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
        etappen.append({"titel": e["titel"], "faellig_am": iso(e["faellig_am"]), "erreicht_am": iso(erreicht),
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
        {"person": namen[m["person_id"]], "rolle": m["rolle"].value, "von": iso(m["von"]),
         "bis": iso(m["bis"]) if m["bis"] is not None and m["bis"] <= tag else None}
        for m, besetzt in zip(p.mitwirkungen, p.mitwirkung_angelegt, strict=True)
        if besetzt <= tag
    ]
    return {
        "format": STAND_FORMAT, "titel": p.row["titel"], "status": status.value,
        "ampel": ampel.value if ampel else None, "ampel_notiz": notiz, "geplantes_ende": iso(p.ende),
        "aktuelle_phase": aktuelle, "phasen": phasen, "etappenziele": etappen, "risiken": risiken,
        "mitwirkungen": mitwirkungen,
    }
