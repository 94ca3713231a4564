"""The columns of the people list and of a person's Mitwirkungen, and the German texts of their cells."""

from __future__ import annotations

from typing import Any

from iq_desktop.formatting import format_date, german_sort_key
from iq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.people_rows import PersonMitwirkung, PersonZeile
from iq_desktop.ui.record_table import Column, RecordTableModel

CONTEXT = "Personen"


def organisation_text(amt: str | None, dezernat: str | None, extern: str | None) -> str:
    """e.g. "OA · Dez. 2", "Dez. 2" or "Hochschule Karlsruhe (extern)"."""
    if extern:
        return translate("Personen", "{name} (extern)").format(name=extern)
    return " · ".join(part for part in (amt, dezernat) if part)


def _organisation_tooltip(row: PersonZeile, _terms: Begriffe) -> str:
    if row.extern:
        return translate("Personen", "Externe Organisation: {name}").format(name=row.externe_organisation)
    parts = [f"{row.amt_bezeichnung} ({row.amt})" if row.amt_bezeichnung else None, row.dezernat]
    return ", ".join(part for part in parts if part)


def mitwirkungen_text(mitwirkungen: tuple[PersonMitwirkung, ...], terms: Begriffe) -> str:
    """"Digital Booster (Projektleitung)"; with more than one project the count comes first, in words:
    "2 Leitprojekte: Digital Booster (Projektleitung); E-Akte (Mitglied der Projektgruppe)"."""
    roles: dict[int, tuple[str, list[str]]] = {}
    for m in mitwirkungen:
        roles.setdefault(m.projekt_id, (m.projekt, []))[1].append(m.rolle.label)
    text = "; ".join(f"{titel} ({', '.join(labels)})" for titel, labels in roles.values())
    if len(roles) > 1:
        return translate("Personen", "{n} {Leitprojekte}: {liste}").format(n=len(roles), liste=text,
                                                                         **terms.format_args())
    return text


def _mitwirkungen_tooltip(row: PersonZeile, _terms: Begriffe) -> str:
    return "\n".join(
        translate("Personen", "{projekt} – {rolle} ({korridor})").format(
            projekt=m.projekt, rolle=m.rolle.label, korridor=m.korridorthema)
        for m in row.mitwirkungen)


def _yes(flag: bool) -> str:
    return translate("Personen", "ja") if flag else ""


PEOPLE_COLUMNS: tuple[Column[PersonZeile], ...] = (
    Column(QT_TRANSLATE_NOOP("Personen", "Name"), lambda r, _t: r.name,
           sort_key=lambda r: (german_sort_key(r.nachname), german_sort_key(r.vorname), r.id)),
    Column(QT_TRANSLATE_NOOP("Personen", "Amt / Organisation"),
           lambda r, _t: organisation_text(r.amt, r.dezernat, r.externe_organisation),
           tooltip=_organisation_tooltip),
    Column(QT_TRANSLATE_NOOP("Personen", "Funktion"), lambda r, _t: r.funktion or ""),
    Column(QT_TRANSLATE_NOOP("Personen", "DCA"), lambda r, _t: _yes(r.ist_dca),
           sort_key=lambda r: (not r.ist_dca, german_sort_key(r.nachname)),
           tooltip=lambda r, _t: translate("Personen", "Digital Change Advisor") if r.ist_dca else ""),
    Column(QT_TRANSLATE_NOOP("Personen", "Mitwirkungen"), lambda r, t: mitwirkungen_text(r.mitwirkungen, t),
           sort_key=lambda r: (r.leitprojekte, german_sort_key(r.mitwirkungen[0].projekt) if r.mitwirkungen else ""),
           # bold: the one-project rule's cases stand out
           tooltip=_mitwirkungen_tooltip, bold=lambda r: r.projektgruppen > 1),
)


def _stand(m: PersonMitwirkung, terms: Begriffe) -> str:
    """"aktuell", "beendet", or e.g. "Leitprojekt abgeschlossen" when the project went to the archive."""
    if m.aktuell:
        return translate("Personen", "aktuell")
    if m.projektstatus.archiviert:
        return translate("Personen", "{Leitprojekt} {status}").format(status=m.projektstatus.label,
                                                                   **terms.format_args())
    return translate("Personen", "beendet")


MITWIRKUNG_COLUMNS: tuple[Column[PersonMitwirkung], ...] = (
    Column(QT_TRANSLATE_NOOP("Personen", "{Leitprojekt}"), lambda m, _t: m.projekt),
    Column(QT_TRANSLATE_NOOP("Personen", "{Korridorthema}"), lambda m, _t: m.korridorthema),
    Column(QT_TRANSLATE_NOOP("Personen", "Rolle"), lambda m, _t: m.rolle.label),
    Column(QT_TRANSLATE_NOOP("Personen", "von"), lambda m, _t: format_date(m.von),
           sort_key=lambda m: (m.von is None, m.von.toordinal() if m.von else 0)),
    Column(QT_TRANSLATE_NOOP("Personen", "bis"), lambda m, _t: format_date(m.bis),
           sort_key=lambda m: (m.bis is None, m.bis.toordinal() if m.bis else 0)),
    Column(QT_TRANSLATE_NOOP("Personen", "Stand"), _stand, sort_key=lambda m: (not m.aktuell,),
           bold=lambda m: m.aktuell),
)


def people_model(parent: Any = None) -> RecordTableModel[PersonZeile]:
    return RecordTableModel(PEOPLE_COLUMNS, CONTEXT, parent)


def mitwirkungen_model(parent: Any = None) -> RecordTableModel[PersonMitwirkung]:
    return RecordTableModel(MITWIRKUNG_COLUMNS, CONTEXT, parent)
