"""The Mitwirkung tab after review: warnings in sight, rows that can be changed, refusals beside their field,
sortable tables that still find the right record, typed input that never moves to another project."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from iq_desktop.db.database import Database
from iq_desktop.enums import Rolle
from iq_desktop.errors import VersionKonflikt
from iq_desktop.services import people, rules, staffing, status_reports
from iq_desktop.services import portfolio as portfolio_service
from iq_desktop.services.errors import DomainError
from iq_desktop.ui import dialogs
from iq_desktop.ui.main_window import MainWindow

from .conftest import Portfolio
from .keys import replace_text

BOOSTER = "Digital Booster"
OTHER = "Agiles Arbeiten"

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


@pytest.fixture
def tab(window: MainWindow, portfolio: Portfolio):
    """The Mitwirkung tab of Digital Booster in the real main window."""
    window.projects.select_project(portfolio.projekte[BOOSTER])
    window.open_selected_project()
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.staffing)
    yield editor.staffing
    editor.staffing.clear_inputs()


def _stored(db: Database, portfolio: Portfolio, titel: str = BOOSTER):
    return portfolio_service.get_leitprojekt(db, portfolio.projekte[titel])


def _row_of(db: Database, portfolio: Portfolio, person: str):
    return next(m for m in _stored(db, portfolio).mitwirkungen if m.person == person)


def _choose(tab, person: str) -> None:
    """Click the row of ``person`` in the table as it is sorted now."""
    view_row = tab.proxy.view_row(lambda m: m.person == person)
    assert view_row is not None, person
    tab.table.selectRow(view_row)


def _pick(tab, name: str) -> None:
    index = next(i for i in range(tab.person.count()) if tab.person.itemText(i).startswith(name))
    replace_text(tab.person.lineEdit(), tab.person.itemText(index))


def _hint_cell(tab, person: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
    view_row = tab.proxy.view_row(lambda m: m.person == person)
    return tab.proxy.index(view_row, tab.proxy.columnCount() - 1).data(role) or ""


# --- item 6: the warning in sight, and rows that can be changed ---------------------------------------------
def test_adding_someone_from_another_project_chooses_the_new_row_and_shows_warning_and_exception(
        tab, db: Database, portfolio: Portfolio) -> None:
    """Sabine Öztürk leads E-Akte: right after Hinzufügen her row is chosen, the warning and the override show."""
    _pick(tab, "Sabine Öztürk")
    tab.rolle.setCurrentIndex(tab.rolle.findData(Rolle.MITGLIED))
    tab.add_button.click()

    chosen = tab._chosen(tab.table)
    assert chosen is not None and chosen.person == "Sabine Öztürk"
    assert tab.table.selectionModel().isRowSelected(tab.table.currentIndex().row())
    assert tab.warning.isVisibleTo(tab)
    assert tab.hint.text().startswith("⚠ ") and "E-Akte für alle Ämter" in tab.hint.text()  # in full
    assert tab.begruendung.isEnabled() and tab.override_button.isEnabled()
    assert tab.begruendung.isVisibleTo(tab) and tab.override_button.isVisibleTo(tab)
    assert "Sabine Öztürk" in tab.row_box.title()
    # the cell is short; its tooltip says it all
    assert _hint_cell(tab, "Sabine Öztürk") == "⚠ Regel 2, 3"  # 3: not named, no consents yet
    assert "E-Akte für alle Ämter" in _hint_cell(tab, "Sabine Öztürk", Qt.ItemDataRole.ToolTipRole)
    # the picker is empty again: nothing typed is left behind
    assert tab.person.currentText() == "" and tab.pending_input() is None

    replace_text(tab.begruendung, "Frau Öztürk bringt die E-Akte-Erfahrung für ein halbes Jahr ein.")
    assert tab.override()
    assert _hint_cell(tab, "Sabine Öztürk") == "Ausnahme"
    assert tab._chosen(tab.table).person == "Sabine Öztürk"  # still chosen after the reload
    assert "Ausnahme von" in tab.hint.text() and "halbes Jahr" in tab.hint.text()
    assert not tab.override_button.isVisibleTo(tab)


def test_the_role_period_and_share_of_a_row_are_changed(tab, db: Database, portfolio: Portfolio) -> None:
    before = _row_of(db, portfolio, "Jonas Weber")
    assert before.rolle is Rolle.PROJEKTLEITUNG
    _choose(tab, "Jonas Weber")
    assert not tab.change_button.isEnabled()  # nothing changed yet
    tab.sel_rolle.setCurrentIndex(tab.sel_rolle.findData(Rolle.MITGLIED))
    tab.sel_von.set_value(dt.date(2024, 3, 1))
    tab.sel_bis.set_value(dt.date(2026, 6, 30))
    tab.sel_anteil.setValue(40)
    assert tab.change_button.isEnabled()
    assert "Jonas Weber" in (tab.pending_input() or "")
    tab.change_button.click()

    after = _row_of(db, portfolio, "Jonas Weber")
    assert (after.rolle, after.von, after.bis, after.anteil_prozent) == (
        Rolle.MITGLIED, dt.date(2024, 3, 1), dt.date(2026, 6, 30), 40)
    assert after.version > before.version and after.id == before.id
    assert tab._chosen(tab.table).id == after.id  # the row stays chosen
    assert not tab.change_button.isEnabled() and tab.pending_input() is None
    assert "Mitglied der Projektgruppe" in tab.row_box.title()


def test_a_row_changed_at_another_desk_is_not_overwritten(tab, db: Database, portfolio: Portfolio,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    row = _row_of(db, portfolio, "Jonas Weber")
    _choose(tab, "Jonas Weber")
    staffing.update_mitwirkung(db, mitwirkung_id=row.id, rolle=row.rolle, von=row.von, bis=row.bis,
                               anteil_prozent=70)  # the other desk
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    tab.sel_anteil.setValue(10)
    assert not tab.change()
    assert shown and "inzwischen" in shown[0]
    assert _row_of(db, portfolio, "Jonas Weber").anteil_prozent == 70
    assert tab.sel_anteil.value() == 70  # the tab shows what is stored now


# --- item 9: refusals beside their field, nothing written ---------------------------------------------------
def test_an_end_before_the_start_is_refused_beside_bis_and_nothing_is_written(tab, db: Database,
                                                                             portfolio: Portfolio) -> None:
    row = _row_of(db, portfolio, "Jonas Weber")
    staffing.update_mitwirkung(db, mitwirkung_id=row.id, rolle=row.rolle, von=dt.date(2025, 3, 1), bis=None,
                               anteil_prozent=None)
    tab.window().editor.reload()
    before = _row_of(db, portfolio, "Jonas Weber")
    _choose(tab, "Jonas Weber")
    tab.sel_bis.set_value(dt.date(2025, 1, 31))
    assert not tab.change()
    assert "liegt vor" in tab.field_error("sel_bis")
    assert not tab.error.isVisibleTo(tab)  # not at the bottom
    assert tab.sel_bis.hasFocus() or not tab.window().isActiveWindow()
    assert _row_of(db, portfolio, "Jonas Weber") == before
    assert tab.sel_bis.value() == dt.date(2025, 1, 31)  # the input stays to be corrected


def test_a_role_the_person_holds_already_is_refused_beside_the_role(tab, db: Database, portfolio: Portfolio) -> None:
    before = _stored(db, portfolio).mitwirkungen
    _pick(tab, "Jonas Weber")
    tab.rolle.setCurrentIndex(tab.rolle.findData(Rolle.PROJEKTLEITUNG))
    assert not tab.add_person()
    assert "bereits als Projektleitung" in tab.field_error("rolle")
    assert tab.field_error("person") == "" and not tab.error.isVisibleTo(tab)
    assert _stored(db, portfolio).mitwirkungen == before
    assert tab.person.currentText().startswith("Jonas Weber")  # kept for a second try


def test_a_short_reason_is_refused_beside_it_and_no_exception_is_recorded(tab, db: Database,
                                                                         portfolio: Portfolio) -> None:
    _pick(tab, "Sabine Öztürk")
    assert tab.add_person()
    replace_text(tab.begruendung, "passt")
    assert not tab.override()
    assert "ganzen Satz" in tab.field_error("begruendung")
    report = rules.check_rules(db, projekt_id=portfolio.projekte[BOOSTER])
    assert not report.uebergangen
    assert tab.begruendung.text() == "passt"


def test_ending_without_a_date_is_refused_beside_am(tab, db: Database, portfolio: Portfolio) -> None:
    before = _row_of(db, portfolio, "Jonas Weber")
    _choose(tab, "Jonas Weber")
    tab.am.set_value(None)
    assert not tab.end()
    assert "Datum" in tab.field_error("am")
    assert _row_of(db, portfolio, "Jonas Weber") == before
    row = _row_of(db, portfolio, "Jonas Weber")
    staffing.update_mitwirkung(db, mitwirkung_id=row.id, rolle=row.rolle, von=dt.date(2024, 2, 1), bis=None,
                               anteil_prozent=None, expected_version=row.version)
    tab.window().editor.reload()
    _choose(tab, "Jonas Weber")
    tab.am.set_value(dt.date(2023, 1, 1))
    assert not tab.end()
    assert "liegt vor" in tab.field_error("am")
    assert _row_of(db, portfolio, "Jonas Weber").bis is None


def test_a_name_not_in_the_list_is_said_beside_the_picker(tab) -> None:
    replace_text(tab.person.lineEdit(), "Niemand Bekanntes")
    assert not tab.add_person()
    assert "Bitte eine Person aus der Liste wählen" in tab.field_error("person")
    assert not tab.error.isVisibleTo(tab)


# --- item 3: typed input ------------------------------------------------------------------------------------
def test_typed_input_is_described_and_does_not_move_to_the_next_project(window: MainWindow, tab, db: Database,
                                                                        portfolio: Portfolio,
                                                                        confirmed_drops: list[str]) -> None:
    assert tab.pending_input() is None
    _pick(tab, "Sabine Öztürk")
    assert tab.pending_input() == "eine neue Mitwirkung „Sabine Öztürk“"
    tab.window().editor.reload()  # F5 on the same project keeps it
    assert tab.person.currentText() == "Sabine Öztürk"

    _pick(tab, "Sabine Öztürk")
    assert tab.add_person()
    replace_text(tab.begruendung, "Frau Öztürk bringt die E-Akte-Erfahrung für ein halbes Jahr mit ein.")
    _pick(tab, "Paul Zimmermann")
    pending = tab.pending_input()
    assert pending is not None
    assert "„Paul Zimmermann“" in pending and " und eine Begründung der Ausnahme „Frau Öztürk bringt" in pending
    assert pending.endswith("…“")  # long text is shortened

    window.projects.select_project(portfolio.projekte[OTHER])
    window.open_selected_project()
    assert confirmed_drops == [pending]  # asked, naming what goes
    assert window.editor.projekt_id == portfolio.projekte[OTHER]
    assert tab.person.currentText() == "" and tab.begruendung.text() == ""
    assert tab.pending_input() is None
    assert "Öztürk" not in {m.person for m in _stored(db, portfolio, OTHER).mitwirkungen}


def test_clear_inputs_empties_the_entry_rows(tab) -> None:
    _pick(tab, "Sabine Öztürk")
    tab.anteil.setValue(30)
    _choose(tab, "Jonas Weber")
    tab.sel_anteil.setValue(55)
    assert tab.pending_input()
    tab.clear_inputs()
    assert tab.pending_input() is None
    assert tab.person.currentText() == "" and tab.anteil.value() == 0
    assert tab.sel_anteil.value() == 0  # back to the stored row (no share)


# --- item 13: sorting -------------------------------------------------------------------------------------
def _staff_three(db: Database, portfolio: Portfolio) -> None:
    """Three more people whose dates sort differently as text and as dates, names with umlauts."""
    projekt = portfolio.projekte[BOOSTER]
    for vorname, nachname, von in (("Valentin", "Vogt", dt.date(2024, 1, 20)),
                                   ("Üzeyir", "Ünal", dt.date(2025, 3, 5)),
                                   ("Ursula", "Ulm", dt.date(2023, 12, 1))):
        person = people.add_person(db, vorname=vorname, nachname=nachname)
        staffing.staff_person(db, projekt_id=projekt, person_id=person, rolle=Rolle.MITGLIED, von=von)


def test_the_staffing_table_sorts_dates_as_dates_and_names_the_german_way(tab, db: Database,
                                                                         portfolio: Portfolio) -> None:
    _staff_three(db, portfolio)
    tab.window().editor.reload()
    model_order = [tab.staffing.row_at(n).person for n in range(tab.staffing.rowCount())]
    assert [tab.proxy.row_at(n).person for n in range(tab.proxy.rowCount())] == model_order  # as before

    von = 3
    tab.table.sortByColumn(von, Qt.SortOrder.AscendingOrder)
    dated = [tab.proxy.row_at(n) for n in range(tab.proxy.rowCount())]
    assert [m.person for m in dated[:3]] == ["Ursula Ulm", "Valentin Vogt", "Üzeyir Ünal"]  # 2023, 2024, 2025
    assert all(m.von is None for m in dated[3:])  # empty dates last

    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [tab.proxy.row_at(n).person for n in range(tab.proxy.rowCount())]
    assert names.index("Ursula Ulm") < names.index("Üzeyir Ünal") < names.index("Valentin Vogt")  # Ü with U

    # a click on a sorted row acts on that row's record
    tab.table.selectRow(names.index("Üzeyir Ünal"))
    assert tab._chosen(tab.table).person == "Üzeyir Ünal"
    assert "Üzeyir Ünal" in tab.row_box.title()
    tab.sel_anteil.setValue(25)
    assert tab.change()
    assert _row_of(db, portfolio, "Üzeyir Ünal").anteil_prozent == 25
    assert tab._chosen(tab.table).person == "Üzeyir Ünal"  # chosen again after the reload, wherever it sorts

    header = tab.table.horizontalHeader()
    assert header.isSortIndicatorClearable()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # what a third click does
    assert [tab.proxy.row_at(n).person for n in range(tab.proxy.rowCount())] == [
        tab.staffing.row_at(n).person for n in range(tab.staffing.rowCount())]


def test_the_sachstaende_list_sorts_by_date_and_still_shows_the_chosen_one(window: MainWindow, tab,
                                                                           db: Database,
                                                                           portfolio: Portfolio) -> None:
    projekt = portfolio.projekte[BOOSTER]
    for stichtag, text in ((dt.date(2025, 12, 1), "Dezember"), (dt.date(2026, 2, 3), "Februar"),
                           (dt.date(2025, 11, 30), "November")):
        status_reports.record_sachstand(db, projekt_id=projekt, stichtag=stichtag, erreicht=text)
    editor = window.editor
    editor.reload()
    reports = editor.reports
    editor.tabs.setCurrentWidget(reports)
    order = [reports.proxy.row_at(n).erreicht for n in range(reports.proxy.rowCount())]
    assert order == ["Februar", "Dezember", "November"]  # newest first, as before
    assert reports.table.isSortingEnabled()

    reports.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    order = [reports.proxy.row_at(n).erreicht for n in range(reports.proxy.rowCount())]
    assert order == ["November", "Dezember", "Februar"]  # 30.11. before 01.12. (as text it would not be)
    reports.table.selectRow(2)
    assert "Februar" in reports.shown.toPlainText() and "03.02.2026" in reports.shown.toPlainText()
    reports.table.selectRow(0)
    assert "November" in reports.shown.toPlainText()
    editor.reload()  # the chosen one stays chosen, wherever it sorts
    assert reports._chosen(reports.table).erreicht == "November"


# --- the look at 1280 × 800 ---------------------------------------------------------------------------------
def test_the_table_fits_1280_by_800_without_scrolling_sideways(window: MainWindow, tab, db: Database,
                                                               portfolio: Portfolio, qtbot) -> None:
    from iq_desktop.services import organisation

    window.resize(1280, 800)
    _staff_three(db, portfolio)
    kit = organisation.add_externe_organisation(db, name="Karlsruher Institut für Technologie (KIT)")
    person = people.add_person(db, vorname="Ulrike", nachname="Sternberg", titel="Prof. Dr.",
                               externe_organisation_id=kit)
    staffing.staff_person(db, projekt_id=portfolio.projekte[BOOSTER], person_id=person, rolle=Rolle.EXPERTE)
    row = _row_of(db, portfolio, "Ursula Ulm")
    staffing.end_mitwirkung(db, mitwirkung_id=row.id, bis=dt.date(2026, 6, 30))  # the "bis" column has dates
    tab.window().editor.reload()
    _pick(tab, "Sabine Öztürk")
    assert tab.add_person()
    qtbot.waitUntil(lambda: tab.table.viewport().width() > 0)
    header = tab.table.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(header.count()))
    assert total <= tab.table.viewport().width()
    assert tab.table.horizontalScrollBar().maximum() == 0
    # the short cells are whole; the tooltips carry the long ones
    for column in (3, 4, 6, 7, 8):
        assert header.sectionSize(column) >= tab.table.sizeHintForColumn(column), column
    consent = tab.proxy.index(0, 7)
    assert "✓" in consent.data() or "–" in consent.data() or "extern" in consent.data()
    assert ":" in consent.data(Qt.ItemDataRole.ToolTipRole)
    assert tab.warning.isVisibleTo(tab) and tab.hint.height() >= tab.hint.heightForWidth(tab.hint.width())


def test_the_new_fields_have_labels_and_accessible_names(tab) -> None:
    from PySide6.QtWidgets import QLabel

    buddies = {label.buddy() for label in tab.findChildren(QLabel) if label.buddy() is not None}
    for widget in (tab.person, tab.rolle, tab.von, tab.anteil, tab.sel_rolle, tab.sel_von, tab.sel_bis,
                   tab.sel_anteil, tab.am, tab.begruendung):
        assert widget in buddies
        assert widget.accessibleName()
    for button in tab.consent_buttons.values():
        assert button.accessibleName().startswith("Zustimmung")
    # Tab goes in reading order: the new person's row, then the chosen row's fields, dates and exception
    order = [tab.person, tab.rolle, tab.von, tab.anteil, tab.add_button, tab.sel_rolle, tab.sel_von, tab.sel_bis,
             tab.sel_anteil, tab.change_button, tab.am, tab.benannt_button, *tab.consent_buttons.values(),
             tab.end_button, tab.begruendung, tab.override_button]
    chain, widget = [], tab.table
    while (widget := widget.nextInFocusChain()) is not tab.table and len(chain) < 500:
        if widget in order:
            chain.append(widget)
    assert chain == order


# --- the models ---------------------------------------------------------------------------------------------
def test_the_staffing_and_sachstand_models_pass_qt_model_checks(tab, db: Database, portfolio: Portfolio,
                                                                qtmodeltester) -> None:
    from iq_desktop.ui.editor.reports_tab import ReportsModel
    from iq_desktop.ui.editor.sorted_rows import SORT_ROLE, SortProxy

    _pick(tab, "Sabine Öztürk")
    assert tab.add_person()  # a row with a finding
    qtmodeltester.check(tab.staffing)
    qtmodeltester.check(tab.proxy)
    tab.table.sortByColumn(8, Qt.SortOrder.DescendingOrder)
    assert tab.proxy.row_at(0).person == "Sabine Öztürk"  # the warning first
    qtmodeltester.check(tab.proxy)
    assert tab.staffing.index(0, 3).data(SORT_ROLE)[0] in (True, False)
    assert tab.staffing.headerData(7, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tab.staffing.headerData(99, Qt.Orientation.Horizontal) is None

    projekt = portfolio.projekte[BOOSTER]
    status_reports.record_sachstand(db, projekt_id=projekt, stichtag=dt.date(2026, 1, 5), erreicht="Januar")
    model = ReportsModel()
    model.set_rows(_stored(db, portfolio).sachstaende)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)


# --- the service ------------------------------------------------------------------------------------------
def test_update_mitwirkung_checks_like_staffing_and_refuses_a_stale_version(db: Database,
                                                                           portfolio: Portfolio) -> None:
    projekt = portfolio.projekte[BOOSTER]
    weber_id = portfolio.personen["Weber"]
    staffing.staff_person(db, projekt_id=projekt, person_id=weber_id, rolle=Rolle.MITGLIED)
    lead = next(m for m in _stored(db, portfolio).mitwirkungen
                if m.person == "Jonas Weber" and m.rolle is Rolle.PROJEKTLEITUNG)
    with pytest.raises(DomainError) as refused:  # he is a member already
        staffing.update_mitwirkung(db, mitwirkung_id=lead.id, rolle=Rolle.MITGLIED, von=None, bis=None,
                                   anteil_prozent=None, expected_version=lead.version)
    assert refused.value.feld == "rolle"
    with pytest.raises(DomainError) as refused:
        staffing.update_mitwirkung(db, mitwirkung_id=lead.id, rolle=lead.rolle, von=dt.date(2025, 2, 1),
                                   bis=dt.date(2025, 1, 1), anteil_prozent=None, expected_version=lead.version)
    assert refused.value.feld == "bis"
    with pytest.raises(DomainError) as refused:
        staffing.update_mitwirkung(db, mitwirkung_id=lead.id, rolle=lead.rolle, von=None, bis=None,
                                   anteil_prozent=101, expected_version=lead.version)
    assert refused.value.feld == "anteil_prozent"
    assert next(m for m in _stored(db, portfolio).mitwirkungen if m.id == lead.id) == lead  # nothing written

    staffing.update_mitwirkung(db, mitwirkung_id=lead.id, rolle=lead.rolle, von=None, bis=None, anteil_prozent=50,
                               expected_version=lead.version)  # its own role is no duplicate
    with pytest.raises(VersionKonflikt):
        staffing.update_mitwirkung(db, mitwirkung_id=lead.id, rolle=lead.rolle, von=None, bis=None,
                                   anteil_prozent=60, expected_version=lead.version)
    assert next(m for m in _stored(db, portfolio).mitwirkungen if m.id == lead.id).anteil_prozent == 50
