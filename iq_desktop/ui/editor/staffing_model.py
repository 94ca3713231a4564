"""The staffing rows of a project as a sortable table model: short cells, the whole text in the tooltips.

The three consents share one column ("Dezernat ✓ · Amt – · Person ✓"); the
rule findings on a row show as "⚠ Regel 2" (the full text is the tooltip, and
the tab shows it below the table for the chosen row).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from iq_desktop.enums import Rolle
from iq_desktop.formatting import format_date
from iq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from iq_desktop.services.read_models import Befund, MitwirkungZeile
from iq_desktop.services.staffing import Zustimmung
from iq_desktop.ui.editor.sorted_rows import SortableRowsModel, SortColumn, date_key, number_key
from iq_desktop.ui.editor.steckbrief_tab import WARN

CONTEXT = "Mitwirkung"
#: each consent with its short name in the table and its full name
CONSENTS = (
    (Zustimmung.DEZERNAT, QT_TRANSLATE_NOOP("Mitwirkung", "Dezernat"),
     QT_TRANSLATE_NOOP("Mitwirkung", "Zustimmung des Dezernats")),
    (Zustimmung.AMTSLEITUNG, QT_TRANSLATE_NOOP("Mitwirkung", "Amt"),
     QT_TRANSLATE_NOOP("Mitwirkung", "Zustimmung der Amtsleitung")),
    (Zustimmung.PERSON, QT_TRANSLATE_NOOP("Mitwirkung", "Person"),
     QT_TRANSLATE_NOOP("Mitwirkung", "Zustimmung der Person")),
)
_ROLE_ORDER = {rolle: rank for rank, rolle in enumerate(Rolle)}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _full_hint(befunde: Mapping[int, Sequence[Befund]], row: MitwirkungZeile) -> str:
    """Every finding on the row in full, "·" between them (the Hinweis cell's tooltip)."""
    parts = []
    for befund in befunde.get(row.id, []):
        if befund.ausnahme is not None:
            parts.append(translate("Mitwirkung", "Ausnahme ({wer}): {text}").format(
                wer=befund.ausnahme.erfasst_von, text=befund.text))
        else:
            parts.append(f"{WARN} {befund.text}")
    return " · ".join(parts)


def _rules_of(befunde: Sequence[Befund], *, excepted: bool) -> list[int]:
    return sorted({b.regel for b in befunde if (b.ausnahme is not None) == excepted})


def _hint_short(befunde: Mapping[int, Sequence[Befund]], row: MitwirkungZeile) -> str:
    """``⚠ Regel 2, 3`` for open findings, ``Ausnahme`` for overridden ones (the tooltip says which)."""
    found = befunde.get(row.id, [])
    parts = []
    if open_rules := _rules_of(found, excepted=False):
        nummern = ", ".join(map(str, open_rules))
        parts.append(f"{WARN} " + translate("Mitwirkung", "Regel {nummern}").format(nummern=nummern))
    if _rules_of(found, excepted=True):
        parts.append(translate("Mitwirkung", "Ausnahme"))
    return " · ".join(parts)


def _consents(row: MitwirkungZeile) -> str:
    """``Dezernat ✓ · Amt – · Person ✓``; people from outside the city need none."""
    if row.extern:
        return translate("Mitwirkung", "entfällt (extern)")
    return " · ".join(f"{_tr(short)} {'✓' if getattr(row, z.value) else '–'}" for z, short, _long in CONSENTS)


def _consents_tooltip(row: MitwirkungZeile) -> str:
    if row.extern:
        return translate("Mitwirkung", "Wer nicht bei der Stadt arbeitet, braucht keine Zustimmungen.")
    lines = []
    for zustimmung, _short, name in CONSENTS:
        am = getattr(row, zustimmung.value)
        lines.append(translate("Mitwirkung", "{name}: am {datum}").format(name=_tr(name), datum=format_date(am)) if am
                     else translate("Mitwirkung", "{name}: fehlt").format(name=_tr(name)))
    return "\n".join(lines)


def _consents_key(row: MitwirkungZeile) -> tuple[Any, ...]:
    return (not row.extern, sum(getattr(row, z.value) is not None for z, _s, _n in CONSENTS))


class StaffingModel(SortableRowsModel[MitwirkungZeile]):
    """The staffing rows; the last column "Hinweis" marks the rule findings on each row."""

    context = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.befunde: dict[int, list[Befund]] = {}
        self.columns = (
            SortColumn(QT_TRANSLATE_NOOP("Mitwirkung", "Person"), lambda m: m.person),
            SortColumn(QT_TRANSLATE_NOOP("Mitwirkung", "Amt/Org."), lambda m: m.organisation or "",
                       header_tooltip=QT_TRANSLATE_NOOP("Mitwirkung", "Amt oder Organisation")),
            SortColumn(QT_TRANSLATE_NOOP("Mitwirkung", "Rolle"), lambda m: m.rolle.label,
                       sort_key=lambda m: (_ROLE_ORDER[m.rolle],)),
            SortColumn(QT_TRANSLATE_NOOP("Mitwirkung", "von"), lambda m: format_date(m.von),
                       sort_key=lambda m: date_key(m.von)),
            SortColumn(QT_TRANSLATE_NOOP("Mitwirkung", "bis"), lambda m: format_date(m.bis),
                       sort_key=lambda m: date_key(m.bis)),
            SortColumn(QT_TRANSLATE_NOOP("Mitwirkung", "Anteil"),
                       lambda m: f"{m.anteil_prozent} %" if m.anteil_prozent else "",
                       sort_key=lambda m: number_key(m.anteil_prozent),
                       header_tooltip=QT_TRANSLATE_NOOP("Mitwirkung", "Anteil der Arbeitszeit")),
            SortColumn(QT_TRANSLATE_NOOP("Mitwirkung", "Benannt"), lambda m: format_date(m.benannt_am),
                       sort_key=lambda m: date_key(m.benannt_am),
                       header_tooltip=QT_TRANSLATE_NOOP("Mitwirkung", "Benannt durch die/den Bürgermeister/in am")),
            SortColumn(QT_TRANSLATE_NOOP("Mitwirkung", "Zustimmungen"), _consents, sort_key=_consents_key,
                       tooltip=_consents_tooltip,
                       header_tooltip=QT_TRANSLATE_NOOP("Mitwirkung", "Zustimmung des Dezernats, der Amtsleitung und "
                                                                      "der Person (✓ erteilt, – fehlt)")),
            SortColumn(QT_TRANSLATE_NOOP("Mitwirkung", "Hinweis"), lambda m: _hint_short(self.befunde, m),
                       sort_key=lambda m: (len(_rules_of(self.befunde.get(m.id, []), excepted=False)),
                                           len(_rules_of(self.befunde.get(m.id, []), excepted=True))),
                       tooltip=lambda m: _full_hint(self.befunde, m),
                       header_tooltip=QT_TRANSLATE_NOOP("Mitwirkung", "Hinweise der Regelprüfung; der ganze Text "
                                                                      "steht unter der Tabelle")),
        )

    def set_staffing(self, rows: list[MitwirkungZeile], befunde: dict[int, list[Befund]]) -> None:
        self.befunde = befunde
        self.set_rows(rows)
