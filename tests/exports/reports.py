"""A small portfolio for the report tests, built through the real services, and helpers to read a .docx back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument

from iq_desktop.db.database import Database
from iq_desktop.enums import Ampel, EntscheidungsArt, ProjektStatus
from iq_desktop.services import decisions, meetings, milestones, portfolio, projects, risks, status_reports
from tests.unit.builders import TODAY, compliant_project, make_org

__all__ = ["TODAY", "Bericht", "body_text", "build_report_portfolio", "headings", "read"]


@dataclass(frozen=True)
class Bericht:
    """Ids of the portfolio :func:`build_report_portfolio` writes."""

    booster: int
    schule: int
    hoefe: int
    archiv: int
    #: Sachstände of the booster: reported in the September Hauptausschuss; public; non-public
    s1: int
    s2: int
    s3: int
    #: the non-public project's Sachstand
    s_hoefe: int
    ha_september: int
    ha_dezember: int
    gr_dezember: int


def _gremium(db: Database, name: str) -> int:
    return meetings.gremium_id(db, name)


def _mark_nicht_oeffentlich(db: Database, projekt: int) -> None:
    detail = portfolio.get_leitprojekt(db, projekt)
    daten = dataclasses.replace(projects.Steckbrief.from_detail(detail, detail.strategie_ids), nicht_oeffentlich=True)
    projects.save_steckbrief(db, projekt_id=projekt, daten=daten)


def build_report_portfolio(db: Database) -> Bericht:
    """Two corridors; a project with public and non-public risks, decisions and Sachstände; one without a
    Sachstand; a non-public project; an archived one; two Hauptausschuss meetings and a public council one."""
    org = make_org(db)
    booster = compliant_project(db, org, "Digital Booster")
    schule = compliant_project(db, org, "Digitale Schule")
    hoefe = compliant_project(db, org, "Grüne Höfe", korridor="Grüne Stadt")
    archiv = compliant_project(db, org, "Altes Projekt", status=ProjektStatus.ABGESCHLOSSEN)
    _mark_nicht_oeffentlich(db, hoefe)
    ha = _gremium(db, "Hauptausschuss")
    ha_september = meetings.plan_sitzung(db, gremium_id=ha, datum=dt.date(2026, 9, 15), top="5")
    ha_dezember = meetings.plan_sitzung(db, gremium_id=ha, datum=dt.date(2026, 12, 8), top="7", vorlage_nr="2026/412")
    gr_dezember = meetings.plan_sitzung(db, gremium_id=_gremium(db, "Gemeinderat"), datum=dt.date(2026, 12, 15),
                                        top="11", oeffentlich=True)

    risks.log_risiko(db, projekt_id=booster, titel="OA kann keinen PM stellen", wahrscheinlichkeit=3, auswirkung=4,
                     massnahmen="Stelle ausschreiben", erkannt_am=dt.date(2026, 1, 10))
    risks.log_risiko(db, projekt_id=booster, titel="Vertrauliche Personalfrage", wahrscheinlichkeit=4, auswirkung=4,
                     erkannt_am=dt.date(2026, 2, 1), nicht_oeffentlich=True)
    decisions.log_entscheidung(db, projekt_id=booster, art=EntscheidungsArt.ENTSCHEIDUNGSBEDARF,
                               titel="Budget für Schulungen", zu_entscheiden_durch="BMK",
                               faellig_bis=dt.date(2027, 1, 31), erfasst_am=dt.date(2026, 10, 1))
    decisions.log_entscheidung(db, projekt_id=booster, art=EntscheidungsArt.DISSENS,
                               titel="Verhandlung mit dem Personalrat", erfasst_am=dt.date(2026, 10, 5),
                               nicht_oeffentlich=True)
    s1 = status_reports.record_sachstand(db, projekt_id=booster, stichtag=dt.date(2026, 9, 1),
                                         sitzung_id=ha_september, erreicht="Workshops mit allen Abteilungen")
    projects.set_ampel(db, projekt_id=booster, ampel=Ampel.GELB, notiz="Stelle noch offen")
    [workshop] = portfolio.get_leitprojekt(db, booster).etappenziele
    milestones.reach_etappenziel(db, etappenziel_id=workshop.id, erreicht_am=dt.date(2026, 10, 20))
    milestones.plan_etappenziel(db, projekt_id=booster, titel="Roadmap für alle Ämter",
                                faellig_am=dt.date(2027, 3, 1))
    s2 = status_reports.record_sachstand(db, projekt_id=booster, stichtag=dt.date(2026, 11, 1),
                                         erreicht="Öffentlicher Zwischenstand: Roadmap im Entwurf",
                                         ausblick="Rollout in allen Ämtern ab Frühjahr 2027")
    s3 = status_reports.record_sachstand(db, projekt_id=booster, stichtag=dt.date(2026, 11, 10),
                                         erreicht="Geheimer Zwischenstand mit dem Personalrat",
                                         entscheidungsbedarf="Freigabe der Stelle durch die BMK",
                                         nicht_oeffentlich=True)
    s_hoefe = status_reports.record_sachstand(db, projekt_id=hoefe, stichtag=dt.date(2026, 11, 5),
                                              erreicht="Innenhöfe in der Südstadt begrünt")
    return Bericht(booster, schule, hoefe, archiv, s1, s2, s3, s_hoefe, ha_september, ha_dezember, gr_dezember)


def read(path: Path) -> DocxDocument:
    return Document(str(path))


def headings(document: DocxDocument, level: int) -> list[str]:
    """The texts of the paragraphs in Word's heading style of that level."""
    name = f"Heading {level}"
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == name]


def body_text(document: DocxDocument) -> str:
    """Every text of the body: paragraphs, table cells and the pictures' alternative texts."""
    body = document.element.body
    texts = ["".join(t.text or "" for t in p.iter("{*}t")) for p in body.iter("{*}p")]
    texts += [d.get("descr", "") for d in body.iter("{*}docPr")]
    return "\n".join(texts)
