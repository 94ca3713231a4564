"""The action tabs (Phasen & Etappenziele, Risiken & Entscheidungen) driven through the real main window:
unsaved input, the small forms, refusals next to their field, tab order, sorting, the risk matrix's words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from iq_desktop.db.audit import Actor
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.enums import EntscheidungsArt, EntscheidungsStatus, EtappenzielStatus, PhasenStatus, RisikoStatus
from iq_desktop.errors import VersionKonflikt
from iq_desktop.services import decisions, milestones, risks
from iq_desktop.services import portfolio as portfolio_service
from iq_desktop.services.errors import DomainError
from iq_desktop.ui import dialogs
from iq_desktop.ui.editor.phases_tab import PhasesTab
from iq_desktop.ui.editor.risks_tab import RisksTab
from iq_desktop.ui.main_window import MainWindow

from .conftest import Portfolio
from .keys import replace_text
from .modal import discard, in_modal

BOOSTER = "Digital Booster"

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


@pytest.fixture
def editor(window: MainWindow, portfolio: Portfolio):
    assert window.open_project(portfolio.projekte[BOOSTER])
    yield window.editor
    window.editor.undo_stack.setClean()
    window.editor.reports.clear_draft()


@pytest.fixture
def phasen(editor) -> PhasesTab:
    editor.tabs.setCurrentWidget(editor.phases)
    return editor.phases


@pytest.fixture
def risiken(editor) -> RisksTab:
    editor.tabs.setCurrentWidget(editor.risks)
    return editor.risks


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second desk on the same database file."""
    andere = Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                      actor=Actor(login="mueller", rechner="KA-PC-0815"))
    yield andere
    andere.close()


def _stored(db: Database, portfolio: Portfolio):
    return portfolio_service.get_leitprojekt(db, portfolio.projekte[BOOSTER])


def _select(table, ident: int) -> None:
    model = table.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).id == ident]
    assert rows, f"no row for {ident}"
    table.selectRow(rows[0])


def _texts(table, column: int) -> list[str]:
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _below(label: QLabel, field: QWidget, tab: QWidget) -> None:
    """The message stands right under the field it names (not at the bottom of the tab)."""
    QApplication.processEvents()  # the grid makes room for the shown message
    assert label.isVisibleTo(tab) and label.text().startswith("⚠ ")
    top = label.mapTo(tab, QPoint(0, 0))
    field_top = field.mapTo(tab, QPoint(0, 0))
    assert abs(top.x() - field_top.x()) <= 4, (top, field_top)
    assert 0 <= top.y() - (field_top.y() + field.height()) <= 16, (top, field_top, field.height())


def _phase(db: Database, portfolio: Portfolio, name: str):
    return next(p for p in _stored(db, portfolio).phasen if p.name == name)


def _ziel(db: Database, portfolio: Portfolio, titel: str):
    return next(z for z in _stored(db, portfolio).etappenziele if z.titel == titel)


def _risk(db: Database, portfolio: Portfolio, titel: str):
    return next(r for r in _stored(db, portfolio).risiken if r.titel == titel)


# --- item 3: typed input is named, and never carried over to the next project --------------------------------


def test_typed_input_on_the_phase_tab_is_named_and_emptied_for_the_next_project(
        window: MainWindow, phasen: PhasesTab, portfolio: Portfolio, db: Database, confirmed_drops: list[str]) -> None:
    assert phasen.pending_input() is None
    replace_text(phasen.new_title, "Blaupause für weitere Ämter")
    umsetzung = _phase(db, portfolio, "Umsetzungsphase")
    _select(phasen.phase_table, umsetzung.id)
    phasen.plan_bis.set_value(dt.date(2027, 6, 30))
    pending = phasen.pending_input()
    assert pending == ("ein neues Etappenziel „Blaupause für weitere Ämter“ und eine geänderte Planung der Phase "
                       "„Umsetzungsphase“")
    assert window.open_project(portfolio.projekte["E-Akte für alle Ämter"])
    assert confirmed_drops == [pending]
    assert phasen.new_title.text() == "" and phasen.pending_input() is None
    assert phasen.new_due.value() is None and phasen.new_phase.currentData() is None


def test_typed_input_on_the_risk_tab_is_named_and_emptied_for_the_next_project(
        window: MainWindow, risiken: RisksTab, portfolio: Portfolio, db: Database, confirmed_drops: list[str]) -> None:
    replace_text(risiken.new_risk, "Datenschutz-Folgenabschätzung dauert länger als gedacht")
    replace_text(risiken.new_decision, "Finanzierung ab 2027")
    _select(risiken.risk_table, _risk(db, portfolio, "Budget knapp").id)
    risiken.w.setValue(4)
    assert risiken.pending_input() == (
        "ein neues Risiko „Datenschutz-Folgenabschätzung dauert lä…“, eine neue Bewertung des Risikos "
        "„Budget knapp“ und ein neuer Eintrag „Finanzierung ab 2027“")
    assert window.open_project(portfolio.projekte["Agiles Arbeiten"])
    assert len(confirmed_drops) == 1 and "Finanzierung ab 2027" in confirmed_drops[0]
    assert (risiken.new_risk.text(), risiken.new_decision.text()) == ("", "")
    assert risiken.pending_input() is None and risiken._chosen(risiken.risk_table) is None


def test_typed_plan_dates_survive_another_action_on_the_tab(phasen: PhasesTab, portfolio: Portfolio,
                                                            db: Database) -> None:
    umsetzung = _phase(db, portfolio, "Umsetzungsphase")
    _select(phasen.phase_table, umsetzung.id)
    phasen.plan_bis.set_value(dt.date(2027, 6, 30))  # typed, not saved
    phasen.phase_status.setCurrentIndex(phasen.phase_status.findData(PhasenStatus.ABGESCHLOSSEN))
    phasen.phase_am.set_value(dt.date(2026, 3, 1))
    assert phasen.set_phase_status()  # a new version of the same phase comes back
    assert phasen._chosen(phasen.phase_table).id == umsetzung.id
    assert phasen.plan_bis.value() == dt.date(2027, 6, 30)  # still what was typed
    assert phasen.phase_status.currentData() == PhasenStatus.ABGESCHLOSSEN
    assert "geänderte Planung" in (phasen.pending_input() or "")


# --- item 4: phases added and renamed; milestones changed, communicated, dropped; decisions taken ------------


def test_a_phase_is_added_after_the_chosen_one_and_renamed(phasen: PhasesTab, portfolio: Portfolio, db: Database,
                                                          qtbot) -> None:
    _select(phasen.phase_table, _phase(db, portfolio, "Initiierungsphase").id)

    def name_it(dialog) -> None:
        assert dialog.windowTitle() == "Neue Phase"
        assert any("nach „Initiierungsphase“ eingefügt" in label.text() for label in dialog.findChildren(QLabel))
        replace_text(dialog.name, "Pilotphase")
        dialog.save_button.click()

    failures = in_modal(lambda: phasen.dialog, name_it)
    assert phasen.add_phase()
    assert not failures, failures
    assert [p.name for p in _stored(db, portfolio).phasen] == [
        "Initiierungsphase", "Pilotphase", "Umsetzungsphase", "Abschlussphase"]
    assert phasen._chosen(phasen.phase_table).name == "Pilotphase"
    assert "Pilotphase" in phasen.timeline.accessibleDescription()

    def rename(dialog) -> None:
        assert dialog.name.text() == "Pilotphase"
        replace_text(dialog.name, "Pilot im Bürgerbüro")
        dialog.save_button.click()

    failures = in_modal(lambda: phasen.dialog, rename)
    assert phasen.rename_phase()
    assert not failures, failures
    assert [p.name for p in _stored(db, portfolio).phasen][1] == "Pilot im Bürgerbüro"


def test_an_empty_phase_name_is_said_next_to_the_field_and_nothing_is_written(
        phasen: PhasesTab, portfolio: Portfolio, db: Database) -> None:
    before = _stored(db, portfolio).phasen
    _select(phasen.phase_table, before[0].id)
    seen: dict[str, object] = {}

    def clear_name(dialog) -> None:
        replace_text(dialog.name, " ")
        dialog.save_button.click()
        error = dialog.field_errors["name"]
        seen["error"], seen["open"] = error.text(), dialog.isVisible()
        seen["visible"] = error.isVisibleTo(dialog)
        discard(dialog)  # Abbrechen, the dropping confirmed

    failures = in_modal(lambda: phasen.dialog, clear_name)
    assert not phasen.rename_phase()
    assert not failures, failures
    assert seen == {"error": "⚠ Bitte „Name der Phase“ ausfüllen.", "open": True, "visible": True}
    assert _stored(db, portfolio).phasen == before


def test_a_milestone_is_changed_and_its_communication_recorded(phasen: PhasesTab, portfolio: Portfolio,
                                                               db: Database) -> None:
    pilot = _ziel(db, portfolio, "Pilot im Bürgerbüro")
    umsetzung = _phase(db, portfolio, "Umsetzungsphase")
    _select(phasen.milestone_table, pilot.id)

    def change(dialog) -> None:
        assert dialog.titel.text() == "Pilot im Bürgerbüro"
        assert not dialog.kommuniziert_am.isEnabled()  # not reached yet
        replace_text(dialog.titel, "Pilot in zwei Bürgerbüros")
        dialog.faellig_am.set_value(dt.date(2027, 1, 15))
        dialog.phase.setCurrentIndex(dialog.phase.findData(umsetzung.id))
        dialog.intern.setChecked(True)
        dialog.extern.setChecked(True)
        replace_text(dialog.wie, "Pressemitteilung und Intranet")
        dialog.save_button.click()

    failures = in_modal(lambda: phasen.dialog, change)
    assert phasen.edit_milestone()
    assert not failures, failures
    ziel = next(z for z in _stored(db, portfolio).etappenziele if z.id == pilot.id)
    assert (ziel.titel, ziel.faellig_am, ziel.phase, ziel.kommunikation_intern, ziel.kommunikation_extern,
            ziel.kommunikation_wie) == ("Pilot in zwei Bürgerbüros", dt.date(2027, 1, 15), "Umsetzungsphase",
                                        True, True, "Pressemitteilung und Intranet")
    assert "intern, extern" in _texts(phasen.milestone_table, 5)

    milestones.reach_etappenziel(db, etappenziel_id=pilot.id, erreicht_am=dt.date(2027, 1, 10))
    phasen.changed.emit()  # as after any action: the editor reads the project again

    def communicate(dialog) -> None:
        assert dialog.kommuniziert_am.isEnabled()
        dialog.kommuniziert_am.set_value(dt.date(2027, 1, 12))
        dialog.save_button.click()

    failures = in_modal(lambda: phasen.dialog, communicate)
    assert phasen.edit_milestone()
    assert not failures, failures
    assert next(z for z in _stored(db, portfolio).etappenziele if z.id == pilot.id).kommuniziert_am == dt.date(
        2027, 1, 12)


def test_communicated_before_reached_is_said_next_to_the_field_and_nothing_is_written(
        phasen: PhasesTab, portfolio: Portfolio, db: Database) -> None:
    pilot = _ziel(db, portfolio, "Pilot im Bürgerbüro")
    milestones.reach_etappenziel(db, etappenziel_id=pilot.id, erreicht_am=dt.date(2026, 5, 4))
    phasen.changed.emit()
    before = _ziel(db, portfolio, "Pilot im Bürgerbüro")
    _select(phasen.milestone_table, pilot.id)
    seen: dict[str, object] = {}

    def too_early(dialog) -> None:
        dialog.intern.setChecked(True)
        dialog.kommuniziert_am.set_value(dt.date(2026, 5, 1))
        dialog.save_button.click()
        seen["error"] = dialog.field_errors["kommuniziert_am"].text()
        seen["open"] = dialog.isVisible()
        discard(dialog)  # Abbrechen, the dropping confirmed

    failures = in_modal(lambda: phasen.dialog, too_early)
    assert not phasen.edit_milestone()
    assert not failures, failures
    assert seen == {"error": "⚠ Das Etappenziel wurde erst am 04.05.2026 erreicht.", "open": True}
    assert _ziel(db, portfolio, "Pilot im Bürgerbüro") == before


def test_a_milestone_changed_elsewhere_opens_the_compare_dialog(phasen: PhasesTab, portfolio: Portfolio,
                                                                db: Database, other: Database) -> None:
    pilot = _ziel(db, portfolio, "Pilot im Bürgerbüro")
    _select(phasen.milestone_table, pilot.id)
    seen: dict[str, object] = {}

    def change(dialog) -> None:
        milestones.update_etappenziel(other, etappenziel_id=pilot.id, expected_version=pilot.version,
                                      titel="Pilot (von Müller)", faellig_am=pilot.faellig_am, phase_id=None,
                                      kommunikation_intern=False, kommunikation_extern=False,
                                      kommunikation_wie=None, kommuniziert_am=None)
        replace_text(dialog.titel, "Mein Titel")

        def answer(conflict) -> None:
            seen["rows"] = [tuple(conflict.model.index(r, c).data() for c in range(3))
                            for r in range(conflict.model.rowCount())]
            conflict.take_stored.click()

        failures.extend(in_modal(lambda: conflict_of(dialog), answer))
        dialog.save_button.click()
        seen["title"] = dialog.titel.text()
        discard(dialog)  # Abbrechen, the dropping confirmed

    def conflict_of(dialog):
        from iq_desktop.ui.conflict_dialog import ConflictDialog

        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog) and w.isVisible()),
                    None)

    failures = in_modal(lambda: phasen.dialog, change)
    assert not phasen.edit_milestone()
    assert not failures, failures
    assert seen["rows"] == [("Titel des Etappenziels", "Mein Titel", "Pilot (von Müller)")]
    assert seen["title"] == "Pilot (von Müller)"  # the stored state, nothing overwritten
    assert _ziel(db, portfolio, "Pilot (von Müller)").version == pilot.version + 1
    assert "Pilot (von Müller)" in _texts(phasen.milestone_table, 0)  # the tab shows what is stored


def test_a_milestone_is_dropped_after_asking(phasen: PhasesTab, portfolio: Portfolio, db: Database,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    rollout = _ziel(db, portfolio, "Rollout in allen Ämtern")
    _select(phasen.milestone_table, rollout.id)
    answers = [False, True]
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, question, action: asked.append(question)
                        or answers.pop(0))
    assert not phasen.drop_milestone()
    assert _ziel(db, portfolio, "Rollout in allen Ämtern").status is EtappenzielStatus.OFFEN
    assert phasen.drop_milestone()
    assert _ziel(db, portfolio, "Rollout in allen Ämtern").status is EtappenzielStatus.ENTFALLEN
    assert "„Rollout in allen Ämtern“ entfällt?" in asked[0]
    assert not phasen.drop_button.isEnabled() and not phasen.reached_button.isEnabled()
    assert "Rollout" in phasen.timeline.accessibleDescription()  # told in words, no longer drawn


def test_a_decision_is_recorded_and_an_empty_result_is_refused(risiken: RisksTab, portfolio: Portfolio,
                                                               db: Database) -> None:
    entry_id = decisions.log_entscheidung(db, projekt_id=portfolio.projekte[BOOSTER],
                                          art=EntscheidungsArt.ENTSCHEIDUNGSBEDARF, titel="Finanzierung ab 2027",
                                          zu_entscheiden_durch="Lenkungsgruppe")
    risiken.changed.emit()
    _select(risiken.decision_table, entry_id)
    assert risiken.decide_button.isEnabled()
    seen: dict[str, object] = {}

    def decide(dialog) -> None:
        dialog.save_button.click()  # no result yet
        seen["error"] = dialog.field_errors["ergebnis"].text()
        seen["durch"] = dialog.entschieden_durch.text()
        replace_text(dialog.ergebnis, "Finanzierung aus dem Digitalisierungsbudget")
        dialog.entschieden_am.set_value(dt.date(2026, 12, 3))
        dialog.save_button.click()

    failures = in_modal(lambda: risiken.dialog, decide)
    assert risiken.record_decision()
    assert not failures, failures
    assert seen == {"error": "⚠ Bitte „Ergebnis“ ausfüllen.", "durch": "Lenkungsgruppe"}
    entry = next(e for e in _stored(db, portfolio).entscheidungen if e.id == entry_id)
    assert (entry.status, entry.ergebnis, entry.entschieden_am, entry.entschieden_durch) == (
        EntscheidungsStatus.ENTSCHIEDEN, "Finanzierung aus dem Digitalisierungsbudget", dt.date(2026, 12, 3),
        "Lenkungsgruppe")
    assert "entschieden am 03.12.2026" in _texts(risiken.decision_table, 6)
    assert not risiken.decide_button.isEnabled() and not risiken.clearing_button.isEnabled()


# --- item 5: a risk's full details ---------------------------------------------------------------------------


def test_a_new_risk_is_logged_with_all_its_details(risiken: RisksTab, portfolio: Portfolio, db: Database) -> None:
    replace_text(risiken.new_risk, "Schnittstelle zum Fachverfahren fehlt")
    risiken.new_w.setValue(4)
    weber = portfolio.personen["Weber"]

    def details(dialog) -> None:
        assert (dialog.titel.text(), dialog.wahrscheinlichkeit.value()) == ("Schnittstelle zum Fachverfahren fehlt",
                                                                            4)
        replace_text(dialog.beschreibung, "Der Hersteller liefert die Schnittstelle erst 2027.")
        dialog.auswirkung.setValue(3)
        dialog.verantwortlich.setCurrentIndex(dialog.verantwortlich.findData(weber))
        replace_text(dialog.massnahmen, "Übergangslösung mit CSV-Export")
        dialog.naechste_pruefung.set_value(dt.date(2027, 3, 1))
        dialog.nicht_oeffentlich.setChecked(True)
        dialog.save_button.click()

    failures = in_modal(lambda: risiken.dialog, details)
    assert risiken.log_risk_with_details()
    assert not failures, failures
    risk = _risk(db, portfolio, "Schnittstelle zum Fachverfahren fehlt")
    assert (risk.beschreibung, risk.wahrscheinlichkeit, risk.auswirkung, risk.verantwortlich, risk.massnahmen,
            risk.naechste_pruefung, risk.nicht_oeffentlich, risk.status) == (
        "Der Hersteller liefert die Schnittstelle erst 2027.", 4, 3, "Jonas Weber", "Übergangslösung mit CSV-Export",
        dt.date(2027, 3, 1), True, RisikoStatus.OFFEN)
    assert risiken.new_risk.text() == "" and risiken._chosen(risiken.risk_table).id == risk.id
    assert "01.03.2027" in _texts(risiken.risk_table, 4)  # Nächste Prüfung


def test_every_detail_of_a_chosen_risk_can_be_changed(risiken: RisksTab, portfolio: Portfolio,
                                                      db: Database) -> None:
    budget = _risk(db, portfolio, "Budget knapp")
    _select(risiken.risk_table, budget.id)

    def change(dialog) -> None:
        replace_text(dialog.titel, "Budget 2027 knapp")
        replace_text(dialog.massnahmen, "Mittel im Doppelhaushalt anmelden")
        dialog.status.setCurrentIndex(dialog.status.findData(RisikoStatus.IN_BEARBEITUNG))
        dialog.verantwortlich.setCurrentIndex(dialog.verantwortlich.findData(portfolio.personen["Weber"]))
        dialog.save_button.click()

    failures = in_modal(lambda: risiken.dialog, change)
    assert risiken.edit_risk()
    assert not failures, failures
    risk = next(r for r in _stored(db, portfolio).risiken if r.id == budget.id)
    assert (risk.titel, risk.massnahmen, risk.status, risk.verantwortlich, risk.version) == (
        "Budget 2027 knapp", "Mittel im Doppelhaushalt anmelden", RisikoStatus.IN_BEARBEITUNG, "Jonas Weber",
        budget.version + 1)


def test_the_next_review_is_set_when_a_risk_is_reassessed(risiken: RisksTab, portfolio: Portfolio,
                                                          db: Database) -> None:
    budget = _risk(db, portfolio, "Budget knapp")
    _select(risiken.risk_table, budget.id)
    risiken.a.setValue(3)
    risiken.next_review.set_value(dt.date(2027, 1, 31))
    assert risiken.assess_risk()
    risk = _risk(db, portfolio, "Budget knapp")
    assert (risk.auswirkung, risk.naechste_pruefung) == (3, dt.date(2027, 1, 31))
    assert risiken.pending_input() is None


# --- item 9: the message stands next to the field ------------------------------------------------------------


def test_an_end_before_the_start_is_said_under_geplant_bis_and_nothing_is_written(
        phasen: PhasesTab, portfolio: Portfolio, db: Database) -> None:
    first = _stored(db, portfolio).phasen[0]
    _select(phasen.phase_table, first.id)
    phasen.plan_von.set_value(dt.date(2026, 5, 1))
    phasen.plan_bis.set_value(dt.date(2026, 4, 1))
    assert not phasen.save_plan()
    label = phasen.plan_row.errors["geplant_bis"]
    assert label.text() == "⚠ „geplant bis“ (01.04.2026) liegt vor „geplant von“ (01.05.2026)."
    _below(label, phasen.plan_bis, phasen)
    assert not phasen.error.isVisibleTo(phasen)
    assert _stored(db, portfolio).phasen[0] == first
    phasen.plan_bis.set_value(dt.date(2026, 9, 30))
    assert phasen.save_plan()  # corrected: saved, and the message is gone
    assert not label.isVisibleTo(phasen)


def test_a_missing_title_is_said_under_the_title_field(phasen: PhasesTab, risiken: RisksTab, editor,
                                                       portfolio: Portfolio, db: Database) -> None:
    before = _stored(db, portfolio)
    editor.tabs.setCurrentWidget(phasen)
    phasen.new_due.set_value(dt.date(2027, 1, 1))
    assert not phasen.add_milestone()
    _below(phasen.new_row.errors["titel"], phasen.new_title, phasen)
    assert phasen.new_title.hasFocus() or QApplication.focusWidget() is phasen.new_title
    editor.tabs.setCurrentWidget(risiken)
    assert not risiken.log_decision()
    _below(risiken.decision_row.errors["titel"], risiken.new_decision, risiken)
    risiken.new_risk.setText("Fachkräfte fehlen")
    risiken.next_review.set_value(None)
    _select(risiken.risk_table, before.risiken[0].id)
    risiken.next_review.set_value(dt.date(2000, 1, 1))  # before the risk was found
    assert not risiken.assess_risk()
    _below(risiken.assess_row.errors["naechste_pruefung"], risiken.next_review, risiken)
    after = _stored(db, portfolio)
    assert (after.etappenziele, after.risiken, after.entscheidungen) == (
        before.etappenziele, before.risiken, before.entscheidungen)


def test_a_milestone_reached_without_a_date_is_said_under_the_date(phasen: PhasesTab, portfolio: Portfolio,
                                                                   db: Database) -> None:
    pilot = _ziel(db, portfolio, "Pilot im Bürgerbüro")
    _select(phasen.milestone_table, pilot.id)
    phasen.reached_am.set_value(None)
    assert not phasen.mark_reached()
    _below(phasen.reached_row.errors["erreicht_am"], phasen.reached_am, phasen)
    assert _ziel(db, portfolio, "Pilot im Bürgerbüro") == pilot


# --- item 12: the Tab key follows the screen -----------------------------------------------------------------


def _tab_order(start: QWidget, fields: list[QWidget]) -> list[QWidget]:
    """The fields in the order the Tab key reaches them (an inner line edit counts as its field)."""
    wanted = set(fields)
    order, widget = [start], start
    for _ in range(200):
        widget = widget.nextInFocusChain()
        field = widget
        while field is not None and field not in wanted:
            field = field.parentWidget()
        if (field is not None and field is not order[-1] and field not in order
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            order.append(field)
        if len(order) == len(fields):
            break
    return order


def test_the_tab_key_follows_the_phase_tab_as_it_reads(phasen: PhasesTab) -> None:
    t = phasen
    expected = [t.phase_table, t.new_phase_button, t.rename_button, t.phase_status, t.phase_am,
                t.phase_status_button, t.plan_von, t.plan_bis, t.plan_button, t.milestone_table,
                t.edit_milestone_button, t.drop_button, t.new_title, t.new_due, t.new_phase, t.new_button,
                t.reached_am, t.reached_button]
    assert _tab_order(t.phase_table, expected) == expected


def test_the_tab_key_follows_the_risk_tab_as_it_reads(risiken: RisksTab) -> None:
    t = risiken
    expected = [t.risk_table, t.new_details_button, t.edit_risk_button, t.matrix_view, t.new_risk, t.new_w,
                t.new_a, t.new_risk_button, t.risk_status, t.w, t.a, t.next_review, t.assess_button,
                t.decision_table, t.decide_button, t.clearing_button, t.new_art, t.new_decision, t.new_due,
                t.new_decision_button]
    assert _tab_order(t.risk_table, expected) == expected


# --- item 13: the tables sort, German and by date --------------------------------------------------------------


def test_milestones_sort_by_date_not_by_text_and_titles_in_german_order(phasen: PhasesTab, portfolio: Portfolio,
                                                                        db: Database) -> None:
    projekt = portfolio.projekte[BOOSTER]
    for titel, due in (("Zwischenbericht", dt.date(2027, 1, 2)), ("Änderungsbedarf klären", dt.date(2026, 12, 10)),
                       ("Abnahme", dt.date(2030, 1, 1))):
        milestones.plan_etappenziel(db, projekt_id=projekt, titel=titel, faellig_am=due)
    phasen.changed.emit()
    table = phasen.milestone_table
    model_order = [phasen.milestones.row_at(r).titel for r in range(phasen.milestones.rowCount())]
    assert _texts(table, 0) == model_order  # unsorted at first: as the project lists them
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # Fällig am
    dates = [dt.datetime.strptime(text, "%d.%m.%Y").date() for text in _texts(table, 2)]
    assert dates == sorted(dates) and _texts(table, 2)[-1] == "01.01.2030"
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = _texts(table, 0)
    assert titles.index("Abnahme") < titles.index("Änderungsbedarf klären") < titles.index("Pilot im Bürgerbüro")
    assert titles[-1] == "Zwischenbericht"
    # the chosen row is the record it shows: marking it reached changes that one
    table.selectRow(0)
    assert phasen._chosen(table).titel == "Abnahme"
    phasen.reached_am.set_value(dt.date(2026, 11, 30))
    assert phasen.mark_reached()
    assert _ziel(db, portfolio, "Abnahme").status is EtappenzielStatus.ERREICHT
    assert phasen._chosen(table).titel == "Abnahme"  # still chosen after the reload
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # back to the project's order
    assert _texts(table, 0) == [z.titel for z in _stored(db, portfolio).etappenziele]


def test_a_matrix_cell_chooses_its_risk_in_a_sorted_table(risiken: RisksTab, portfolio: Portfolio,
                                                          db: Database) -> None:
    risiken.risk_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # "Budget knapp" first now
    datenschutz = _risk(db, portfolio, "Datenschutzprüfung verzögert sich")
    risiken.select_cell(risiken.matrix.index(5 - 3, 4 - 1))
    assert risiken._chosen(risiken.risk_table).id == datenschutz.id
    assert (risiken.w.value(), risiken.a.value()) == (3, 4)
    risiken.risk_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by score, highest first
    assert _texts(risiken.risk_table, 1) == ["3 × 4 = 12 (mittel)", "2 × 2 = 4 (gering)"]


@pytest.mark.parametrize("force_py", [False, True])
@pytest.mark.parametrize("table", ["phase_table", "milestone_table", "risk_table", "decision_table"])
def test_the_sorting_proxies_pass_the_model_tester(editor, table: str, force_py: bool, qtmodeltester) -> None:
    """One model per test (the tester follows the model it last checked); the tester goes before the window."""
    tab = editor.phases if table in ("phase_table", "milestone_table") else editor.risks
    view = getattr(tab, table)
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(view.model(), force_py=force_py)
    tab.changed.emit()  # reloaded while the tester watches


# --- item 14: the matrix says the level in words -------------------------------------------------------------


def test_every_matrix_cell_writes_its_level_and_the_legend_is_plain_german(risiken: RisksTab) -> None:
    matrix = risiken.matrix
    words = {(5 - row, column + 1): matrix.index(row, column).data() for row in range(5) for column in range(5)}
    assert words[(1, 1)] == "gering" and words[(5, 5)] == "hoch" and words[(2, 4)] == "mittel"
    assert words[(3, 4)] == "1\nmittel"  # Datenschutzprüfung: 3 × 4 = 12
    legends = " ".join(label.text() for label in risiken.findChildren(QLabel))
    assert "Tooltip" not in legends and "gering, mittel oder hoch" in legends


# --- the screen ----------------------------------------------------------------------------------------------


def test_both_tabs_fit_1280_by_800_without_sideways_scrolling(window: MainWindow, phasen: PhasesTab,
                                                              risiken: RisksTab, editor) -> None:
    window.resize(1280, 800)
    for tab, tables in ((phasen, (phasen.phase_table, phasen.milestone_table)),
                        (risiken, (risiken.risk_table, risiken.decision_table))):
        editor.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        assert tab.minimumSizeHint().width() <= tab.width(), tab
        assert tab.minimumSizeHint().height() <= tab.height(), tab
        for table in tables:
            assert table.horizontalScrollBar().maximum() == 0, table.accessibleName()


# --- the services behind the forms ---------------------------------------------------------------------------


def test_update_risiko_checks_its_input_and_the_version(db: Database, portfolio: Portfolio) -> None:
    risk = _risk(db, portfolio, "Budget knapp")
    fields = dict(titel="Budget knapp", beschreibung=None, wahrscheinlichkeit=2, auswirkung=2,
                  verantwortlich_id=None, massnahmen=None, status=RisikoStatus.OFFEN, naechste_pruefung=None,
                  nicht_oeffentlich=False)
    with pytest.raises(DomainError) as refused:
        risks.update_risiko(db, risiko_id=risk.id, expected_version=risk.version, **{**fields, "auswirkung": 7})
    assert refused.value.feld == "auswirkung"
    with pytest.raises(DomainError) as refused:
        risks.update_risiko(db, risiko_id=risk.id, expected_version=risk.version,
                            **{**fields, "naechste_pruefung": risk.erkannt_am - dt.timedelta(days=1)})
    assert refused.value.feld == "naechste_pruefung"
    assert _risk(db, portfolio, "Budget knapp") == risk
    risks.update_risiko(db, risiko_id=risk.id, expected_version=risk.version,
                        **{**fields, "status": RisikoStatus.GESCHLOSSEN, "naechste_pruefung": dt.date(2030, 1, 1)})
    closed = _risk(db, portfolio, "Budget knapp")
    assert (closed.status, closed.naechste_pruefung) == (RisikoStatus.GESCHLOSSEN, None)  # closed: no review
    with pytest.raises(VersionKonflikt):
        risks.update_risiko(db, risiko_id=risk.id, expected_version=risk.version, **fields)


def test_update_etappenziel_checks_its_input_and_the_version(db: Database, portfolio: Portfolio) -> None:
    ziel = _ziel(db, portfolio, "Pilot im Bürgerbüro")
    fields = dict(titel=ziel.titel, faellig_am=ziel.faellig_am, phase_id=None, kommunikation_intern=True,
                  kommunikation_extern=False, kommunikation_wie=None, kommuniziert_am=None)
    for change, feld in (({"titel": " "}, "titel"), ({"faellig_am": None}, "faellig_am"),
                         ({"kommuniziert_am": dt.date(2026, 1, 1)}, "kommuniziert_am"),
                         ({"phase_id": _stored(db, portfolio).phasen[0].id + 1000}, None)):
        with pytest.raises(DomainError) as refused:
            milestones.update_etappenziel(db, etappenziel_id=ziel.id, expected_version=ziel.version,
                                          **{**fields, **change})
        assert refused.value.feld == feld
    assert _ziel(db, portfolio, "Pilot im Bürgerbüro") == ziel
    milestones.update_etappenziel(db, etappenziel_id=ziel.id, expected_version=ziel.version, **fields)
    assert _ziel(db, portfolio, "Pilot im Bürgerbüro").kommunikation_intern
    with pytest.raises(VersionKonflikt):
        milestones.update_etappenziel(db, etappenziel_id=ziel.id, expected_version=ziel.version, **fields)
    with pytest.raises(DomainError, match="anderen Leitprojekt"):
        other_phase = portfolio_service.get_leitprojekt(db, portfolio.projekte["Agiles Arbeiten"]).phasen[0]
        milestones.update_etappenziel(db, etappenziel_id=ziel.id, **{**fields, "phase_id": other_phase.id})
