"""The issue's whole task, as a Sekretariatsleitung does it, in the real main window; then a new window finds it all."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer

from iq_desktop.db.location import resolve_location
from iq_desktop.db.open import Zugriff, open_database
from iq_desktop.enums import EtappenzielStatus, PhasenStatus, Rolle
from iq_desktop.services import people
from iq_desktop.services import portfolio as portfolio_service

from .conftest import build_portfolio
from .keys import replace_text

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


def test_a_secretariat_sets_up_and_runs_a_leitprojekt_and_finds_it_all_again(make_window, tmp_path, qtbot) -> None:
    path = tmp_path / "iq.sqlite"
    database, _ = open_database(resolve_location(str(path)), Zugriff.ZUM_ARBEITEN)
    portfolio = build_portfolio(database)  # Sabine Öztürk leads "E-Akte für alle Ämter"
    for vorname, nachname in (("Jonas", "Weber"), ("Mara", "Klein"), ("Till", "Brandt"), ("Ida", "Fuchs")):
        people.add_person(database, vorname=vorname, nachname=nachname)
    window = make_window(database)

    # 1. create the Leitprojekt (Ctrl+N) and write its profile
    def create() -> None:
        dialog = window.new_project_dialog
        dialog.korridor.setCurrentIndex(dialog.korridor.findText("Moderne Verwaltung"))
        replace_text(dialog.titel, "Digitale Bürgerdienste")
        dialog.beginn.set_value(dt.date(2026, 1, 12))
        dialog.create()

    QTimer.singleShot(0, create)
    window.action_new_project.trigger()
    editor = window.editor
    tab = editor.steckbrief
    replace_text(tab.beschreibung, "Bürgerdienste Ende-zu-Ende digital.")
    tab.geplantes_ende.set_value(dt.date(2027, 12, 31))
    tab.bindings["geplantes_ende"].changed()
    tab.aspekte["digitalisierung"][0].setChecked(True)
    window.action_save.trigger()
    assert not editor.is_dirty()
    projekt_id = editor.projekt_id

    # 2. staff five people; one already works in another Leitprojekt: warned, then overridden
    staffing = editor.staffing
    editor.tabs.setCurrentWidget(staffing)
    for name in ("Jonas Weber", "Mara Klein", "Till Brandt", "Ida Fuchs", "Sabine Öztürk"):
        index = next(i for i in range(staffing.person.count()) if staffing.person.itemText(i).startswith(name))
        replace_text(staffing.person.lineEdit(), staffing.person.itemText(index))
        staffing.rolle.setCurrentIndex(staffing.rolle.findData(Rolle.MITGLIED))
        assert staffing.add_person(), staffing.error.text()
    row = next(r for r in range(staffing.staffing.rowCount()) if staffing.staffing.row_at(r).person == "Sabine Öztürk")
    staffing.table.selectRow(row)
    assert "E-Akte für alle Ämter" in staffing.hint.text()
    replace_text(staffing.begruendung, "Frau Öztürk bringt ihre Erfahrung aus der E-Akte für die Einführung ein.")
    assert staffing.override()

    # 3. the first phase starts; a milestone is planned and reached
    phases = editor.phases
    editor.tabs.setCurrentWidget(phases)
    phases.phase_table.selectRow(0)
    phases.phase_status.setCurrentIndex(phases.phase_status.findData(PhasenStatus.LAUFEND))
    phases.phase_am.set_value(dt.date(2026, 1, 12))
    assert phases.set_phase_status()
    replace_text(phases.new_title, "Online-Termine in allen Bürgerbüros")
    phases.new_due.set_value(dt.date(2026, 6, 30))
    assert phases.add_milestone()
    phases.milestone_table.selectRow(0)
    phases.reached_am.set_value(dt.date(2026, 6, 20))
    assert phases.mark_reached()

    # 4. a risk
    risks = editor.risks
    editor.tabs.setCurrentWidget(risks)
    replace_text(risks.new_risk, "Fachkräfte für die Umsetzung fehlen")
    risks.new_w.setValue(3)
    risks.new_a.setValue(4)
    assert risks.log_risk()

    # 5. a Sachstand for the steering group
    reports = editor.reports
    editor.tabs.setCurrentWidget(reports)
    reports.gremium.setCurrentIndex(reports.gremium.findText("IQ-Lenkungsgruppe", Qt.MatchFlag.MatchStartsWith))
    replace_text(reports.texts["erreicht"], "Online-Termine laufen in allen Bürgerbüros.")
    assert reports.record()

    # 6. close the window and the database; a new window on the file finds everything
    window.close()
    database.close()
    again, _ = open_database(resolve_location(str(path)), Zugriff.ZUM_ARBEITEN)
    second = make_window(again)
    assert second._stand.row(projekt_id).titel == "Digitale Bürgerdienste"
    second.projects.select_project(projekt_id)
    second.open_selected_project()
    assert second.editor.steckbrief.beschreibung.toPlainText() == "Bürgerdienste Ende-zu-Ende digital."
    detail = portfolio_service.get_leitprojekt(again, projekt_id)
    assert detail.digitalisierung and detail.geplantes_ende == dt.date(2027, 12, 31)
    assert {m.person for m in detail.mitwirkungen} >= {"Jonas Weber", "Mara Klein", "Till Brandt", "Ida Fuchs",
                                                        "Sabine Öztürk"}
    sabine = next(r for r in range(second.editor.staffing.staffing.rowCount())
                  if second.editor.staffing.staffing.row_at(r).person == "Sabine Öztürk")
    hint = second.editor.staffing.staffing.index(sabine, second.editor.staffing.staffing.columnCount() - 1).data(
        Qt.ItemDataRole.ToolTipRole)
    assert hint.startswith("Ausnahme (")
    assert detail.phasen[0].status is PhasenStatus.LAUFEND
    assert [(z.titel, z.status) for z in detail.etappenziele] == [
        ("Online-Termine in allen Bürgerbüros", EtappenzielStatus.ERREICHT)]
    assert [(r.titel, r.score) for r in detail.risiken] == [("Fachkräfte für die Umsetzung fehlen", 12)]
    assert [s.erreicht for s in detail.sachstaende] == ["Online-Termine laufen in allen Bürgerbüros."]
    assert second.editor.reports.reports.rowCount() == 1
    assert portfolio.projekte  # the fixture portfolio is still there beside it
    again.close()
