"""The project table model, its proxy and the navigation model: Qt's model checks, roles, sorting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from iq_desktop.enums import Ampel, ProjektStatus
from iq_desktop.services.read_models import KorridorKnoten, ProjektKnoten, ProjektZeile

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


def _row(ident: int, titel: str, *, korridor: int = 1, ampel: Ampel | None = Ampel.GELB,
         veraltet: bool = False) -> ProjektZeile:
    return ProjektZeile(
        id=ident,
        titel=titel,
        korridorthema_id=korridor,
        korridorthema="Moderne Verwaltung" if korridor == 1 else "Mobilität",
        buergermeister="Dr. Clara Engelhardt",
        projektleitung="Jonas Weber" if ident % 2 else None,
        status=ProjektStatus.LAUFEND,
        ampel=ampel,
        aktuelle_phase="Umsetzungsphase",
        naechstes_etappenziel="Pilot im Bürgerbüro" if ident % 2 else None,
        naechstes_etappenziel_am=dt.date(2026, 3, 15) if ident % 2 else None,
        top_risiko=None,
        top_risiko_score=None,
        aktualisiert_am=dt.datetime(2026, 1, 10, 9, 30),
        veraltet=veraltet,
        nicht_oeffentlich=False,
    )


ROWS = [
    _row(1, "Zentrale Dienste"),
    _row(2, "Übergreifendes Wissensmanagement", ampel=None),
    _row(3, "apfelbäume pflanzen", korridor=2, ampel=Ampel.ROT),
    _row(4, "Ärztlicher Dienst digital", veraltet=True),
    _row(5, "Bürgerbüro online", korridor=2, ampel=Ampel.GRUEN),
]


@pytest.fixture
def table(qapp: object) -> tuple:
    from iq_desktop.ui.projects.table_model import ProjectFilterProxy, ProjectTableModel

    model = ProjectTableModel()
    model.set_rows(ROWS, berichtszyklus_tage=30)
    proxy = ProjectFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _exercise(model: object, proxy: object) -> None:
    """Changes a window makes: new rows, filters, sorting."""
    model.set_rows(ROWS[:2], berichtszyklus_tage=30)
    model.set_rows(ROWS, berichtszyklus_tage=30)
    proxy.set_text("zentrale")
    proxy.set_korridor(1)
    proxy.set_text("")
    proxy.set_korridor(None)
    proxy.sort(1)
    proxy.sort(3, Qt.SortOrder.DescendingOrder)


def test_table_model_passes_qts_model_tester(qtmodeltester: object, table: tuple) -> None:
    model, proxy = table
    qtmodeltester.check(model)
    _exercise(model, proxy)


def test_table_model_passes_the_python_model_tester(qtmodeltester: object, table: tuple) -> None:
    model, proxy = table
    qtmodeltester.check(model, force_py=True)
    _exercise(model, proxy)


def test_filter_proxy_passes_the_model_tester(qtmodeltester: object, table: tuple) -> None:
    model, proxy = table
    qtmodeltester.check(proxy, force_py=True)
    _exercise(model, proxy)


def test_headers_are_german_and_follow_the_terms(table: tuple) -> None:
    from PySide6.QtCore import Qt

    from iq_desktop.services.begriffe import Begriffe

    model, _ = table
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Korridorthema", "Leitprojekt", "Status", "Ampel", "Phase",
        "Nächstes Etappenziel", "Projektleitung", "Aktualisiert am",
    ]
    # the short header explains itself in a tooltip (and to screen readers)
    assert model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).startswith("Aktuelle Phase")
    model.set_terms(Begriffe("Zukunftsthema", "Zukunftsthemen", "Zukunftsthemas", "Zukunftsprojekt",
                             "Zukunftsprojekte", "Zukunftsprojekts", "Zukunftsbeauftragte",
                             "Zukunftsbeauftragten"))
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Zukunftsthema"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Zukunftsprojekt"


def test_ampel_cell_shows_the_german_word_and_a_dot(table: tuple) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QIcon

    model, _ = table
    column = model.column_of("ampel")
    assert model.index(0, column).data(Qt.ItemDataRole.DisplayRole) == "gelb"
    assert model.index(2, column).data(Qt.ItemDataRole.DisplayRole) == "rot"
    assert model.index(4, column).data(Qt.ItemDataRole.DisplayRole) == "grün"
    assert model.index(1, column).data(Qt.ItemDataRole.DisplayRole) == "keine Angabe"
    icon = model.index(0, column).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert model.index(0, column).data(Qt.ItemDataRole.AccessibleTextRole) == "Ampel gelb"


def test_dates_are_german_and_stale_rows_say_so(table: tuple) -> None:
    from PySide6.QtCore import Qt

    model, _ = table
    column = model.column_of("aktualisiert_am")
    fresh, stale = model.index(0, column), model.index(3, column)
    assert fresh.data(Qt.ItemDataRole.DisplayRole).startswith(("10.01.2026", "11.01.2026"))
    assert "veraltet" not in fresh.data(Qt.ItemDataRole.DisplayRole)
    assert stale.data(Qt.ItemDataRole.DisplayRole).endswith(" · veraltet")
    assert "30 Tagen" in stale.data(Qt.ItemDataRole.ToolTipRole)
    assert stale.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b71c1c"
    assert fresh.data(Qt.ItemDataRole.ForegroundRole) is None
    milestone = model.index(0, model.column_of("naechstes_etappenziel"))
    assert milestone.data(Qt.ItemDataRole.DisplayRole) == "15.03.2026 · Pilot im Bürgerbüro"


def test_titles_sort_like_a_german_reader(table: tuple) -> None:
    from PySide6.QtCore import Qt

    model, proxy = table
    title = model.column_of("leitprojekt")
    proxy.sort(title, Qt.SortOrder.AscendingOrder)
    titles = [proxy.index(r, title).data() for r in range(proxy.rowCount())]
    assert titles == [
        "apfelbäume pflanzen",
        "Ärztlicher Dienst digital",
        "Bürgerbüro online",
        "Übergreifendes Wissensmanagement",
        "Zentrale Dienste",
    ]
    proxy.sort(model.column_of("ampel"), Qt.SortOrder.AscendingOrder)
    words = [proxy.index(r, model.column_of("ampel")).data() for r in range(proxy.rowCount())]
    assert words == ["rot", "gelb", "gelb", "grün", "keine Angabe"]


def test_proxy_filters_by_corridor_and_by_words_in_any_column(table: tuple) -> None:
    model, proxy = table
    title = model.column_of("leitprojekt")
    proxy.set_korridor(2)
    assert {proxy.index(r, title).data() for r in range(proxy.rowCount())} == {
        "apfelbäume pflanzen", "Bürgerbüro online"
    }
    proxy.set_korridor(None)
    proxy.set_text("WEBER pilot")  # person and milestone, any case
    assert proxy.rowCount() == 3
    proxy.set_text("veraltet")
    assert [proxy.index(r, title).data() for r in range(proxy.rowCount())] == ["Ärztlicher Dienst digital"]
    proxy.set_text("")
    assert proxy.rowCount() == len(ROWS)


def test_navigation_model_passes_the_model_tester(qtmodeltester: object, qapp: object) -> None:
    from PySide6.QtCore import Qt

    from iq_desktop.services.begriffe import Begriffe
    from iq_desktop.ui.navigation import NavigationModel, NodeKind

    model = NavigationModel()
    model.show_message("Wird geladen …")
    qtmodeltester.check(model, force_py=True)
    model.populate(
        [
            KorridorKnoten(1, "Moderne Verwaltung", "Dr. Clara Engelhardt", (
                ProjektKnoten(10, "Digital Booster", ProjektStatus.LAUFEND, Ampel.GELB),
                ProjektKnoten(11, "Übergreifendes Wissen", ProjektStatus.GEPLANT, None),
                ProjektKnoten(12, "Agiles Arbeiten", ProjektStatus.ABGESCHLOSSEN, Ampel.GRUEN),
            )),
            KorridorKnoten(2, "Mobilität", None, ()),
        ],
        Begriffe.original(),
    )
    root = model.root_index()
    assert root.data() == "Korridorthemen"
    assert [model.index(r, 0, root).data() for r in range(model.rowCount(root))] == [
        "Moderne Verwaltung (3)", "Mobilität (0)"
    ]
    corridor = model.find(NodeKind.KORRIDOR, 1)
    assert [model.index(r, 0, corridor).data() for r in range(model.rowCount(corridor))] == [
        "Agiles Arbeiten (abgeschlossen)", "Digital Booster", "Übergreifendes Wissen"
    ]
    booster = model.find(NodeKind.PROJEKT, 10)
    assert "Ampel gelb" in booster.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Ampel: gelb" in booster.data(Qt.ItemDataRole.ToolTipRole)
    assert not booster.data(Qt.ItemDataRole.DecorationRole).isNull()


def test_navigation_model_passes_qts_model_tester(qtmodeltester: object, qapp: object) -> None:
    from iq_desktop.services.begriffe import Begriffe
    from iq_desktop.ui.navigation import NavigationModel

    model = NavigationModel()
    qtmodeltester.check(model)
    model.show_message("Wird geladen …")
    model.populate(
        [KorridorKnoten(1, "Soziale Stadt", None, (ProjektKnoten(3, "Quartiere", ProjektStatus.PAUSIERT, None),))],
        Begriffe.original(),
    )
    model.show_message("Keine Datenbank geöffnet")


def _audit_rows():
    import datetime as dt

    from iq_desktop.enums import AuditAktion
    from iq_desktop.services.audit_trail import AuditZeile

    return [
        AuditZeile(id=i, zeitpunkt=dt.datetime(2026, 11, 20, 8, i), benutzer=f"nutzer{i % 3}", rechner="KA-PC-0815",
                   programmversion="0.1.0", entitaet="Leitprojekt", entitaet_id=str(i), aktion=AuditAktion.GEAENDERT,
                   projekt="Grüne Höfe" if i % 2 else None, aenderungen={"ampel": ["gruen", "rot"]})
        for i in range(1, 8)
    ]


@pytest.mark.parametrize("force_py", [False, True])
def test_audit_models_pass_the_model_tester(qtmodeltester: object, qapp: object, force_py: bool) -> None:
    from iq_desktop.ui.audit.table_model import AuditProxyModel, AuditTableModel

    model = AuditTableModel("Leitprojekt")
    model.set_rows(_audit_rows())
    proxy = AuditProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0)
    qtmodeltester.check(model, force_py=force_py)
    qtmodeltester.check(proxy, force_py=force_py)


@pytest.mark.parametrize("force_py", [False, True])
def test_editor_and_compare_models_pass_the_model_tester(qtmodeltester: object, qapp: object, force_py: bool) -> None:
    # the widgets own their models; they must outlive the tester's teardown, which disconnects
    _KEEP.clear()
    from PySide6.QtWidgets import QWidget

    from iq_desktop.ui.conflict_dialog import FeldVergleich, _CompareModel
    from iq_desktop.ui.editor.list_widgets import CheckList, OrderedTextList

    goals = OrderedTextList("Ziel")
    goals.set_value(["Eins", "Zwei", "Drei"])
    qtmodeltester.check(goals.model, force_py=force_py)
    checks = CheckList()
    checks.set_entries([("Handlungsfelder", [(1, "Bürgerservice"), (2, "Innovation")])])
    qtmodeltester.check(checks.model, force_py=force_py)
    parent = QWidget()
    compare = _CompareModel([FeldVergleich("Titel", "A", "B"), FeldVergleich("Ampel", "rot", "rot")], parent)
    qtmodeltester.check(compare, force_py=force_py)
    _KEEP.extend([goals, checks, parent])


_KEEP: list[object] = []


@pytest.mark.parametrize("force_py", [False, True])
def test_phase_and_milestone_models_pass_the_model_tester(qtmodeltester: object, qapp: object, force_py: bool) -> None:
    import datetime as dt

    from iq_desktop.enums import EtappenzielStatus, PhasenStatus
    from iq_desktop.services.read_models import EtappenzielZeile, PhaseZeile
    from iq_desktop.ui.editor.phase_models import MilestonesModel, PhasesModel

    phases = PhasesModel()
    phases.set_rows([PhaseZeile(i, 1, i, f"Phase {i}", None, PhasenStatus.LAUFEND, dt.date(2026, i, 1), None,
                                None, None) for i in range(1, 4)])
    milestones = MilestonesModel()
    milestones.set_rows([EtappenzielZeile(i, 1, f"Ziel {i}", None, dt.date(2026, i, 15), None,
                                          EtappenzielStatus.OFFEN, i % 2 == 0, True, None, None) for i in range(1, 5)])
    qtmodeltester.check(phases, force_py=force_py)
    qtmodeltester.check(milestones, force_py=force_py)



@pytest.mark.parametrize("force_py", [False, True])
def test_risk_models_pass_the_model_tester(qtmodeltester: object, qapp: object, force_py: bool) -> None:
    import datetime as dt

    from iq_desktop.enums import EntscheidungsArt, EntscheidungsStatus, RisikoStatus
    from iq_desktop.services.read_models import EntscheidungZeile, RisikoZeile
    from iq_desktop.ui.editor.risk_models import DecisionsModel, RiskMatrixModel, RisksModel

    rows = [RisikoZeile(i, 1, f"Risiko {i}", None, i, 6 - i, None, None, RisikoStatus.OFFEN, dt.date(2026, 1, i),
                        None, False) for i in range(1, 6)]
    risks, matrix, decisions = RisksModel(), RiskMatrixModel(), DecisionsModel()
    risks.set_rows(rows)
    matrix.set_risks(rows)
    decisions.set_rows([EntscheidungZeile(1, 1, EntscheidungsArt.PROBLEM, "Budget", None, dt.date(2026, 2, 1), None,
                                          None, None, EntscheidungsStatus.OFFEN, None, False)])
    for model in (risks, matrix, decisions):
        qtmodeltester.check(model, force_py=force_py)



@pytest.mark.parametrize("force_py", [False, True])
def test_staffing_model_passes_the_model_tester(qtmodeltester: object, qapp: object, force_py: bool) -> None:
    import datetime as dt

    from iq_desktop.enums import Rolle
    from iq_desktop.services.read_models import MitwirkungZeile
    from iq_desktop.ui.editor.staffing_tab import StaffingModel

    model = StaffingModel()
    model.set_staffing([MitwirkungZeile(i, 1, i, f"Person {i}", "OA", False, Rolle.MITGLIED, dt.date(2026, 1, 1),
                                        None, 20, None, None, None, None) for i in range(1, 4)], {})
    qtmodeltester.check(model, force_py=force_py)



@pytest.mark.parametrize("force_py", [False, True])
def test_reports_model_passes_the_model_tester(qtmodeltester: object, qapp: object, force_py: bool) -> None:
    import datetime as dt

    from iq_desktop.enums import Ampel, ProjektStatus
    from iq_desktop.services.read_models import SachstandZeile
    from iq_desktop.ui.editor.reports_tab import ReportsModel

    model = ReportsModel()
    model.set_rows([SachstandZeile(i, dt.date(2026, i, 1), "IQ-Lenkungsgruppe", None, Ampel.GELB,
                                   ProjektStatus.LAUFEND, "Erreicht", None, None, None, False, "eva", 1, 3, None, None)
                    for i in range(1, 4)])
    qtmodeltester.check(model, force_py=force_py)
