"""The Sachstände tab and meetings: a new Sachstand names the Sitzung of its Gremium; an earlier one is linked later."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer

from iq_desktop.db.audit import Actor
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.models import Sachstand
from iq_desktop.services import meetings, status_reports
from iq_desktop.services import portfolio as portfolio_service
from iq_desktop.ui import dialogs
from iq_desktop.ui.main_window import MainWindow

from .conftest import Portfolio
from .keys import replace_text

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")

BOOSTER = "Digital Booster"
LG, LK = "IQ-Lenkungsgruppe", "IQ-Lenkungskreis"


@pytest.fixture
def sitzungen(db: Database, portfolio: Portfolio) -> dict[str, int]:
    today = db.today()
    lg, lk = meetings.gremium_id(db, LG), meetings.gremium_id(db, LK)
    return {
        "lg_frueher": meetings.plan_sitzung(db, gremium_id=lg, datum=today - dt.timedelta(days=20), top="2"),
        "lg_naechste": meetings.plan_sitzung(db, gremium_id=lg, datum=today + dt.timedelta(days=9), top="3"),
        "lk": meetings.plan_sitzung(db, gremium_id=lk, datum=today + dt.timedelta(days=30), top="1"),
    }


@pytest.fixture
def tab(window: MainWindow, portfolio: Portfolio, sitzungen: dict[str, int]) -> Iterator:
    """The Sachstände tab of Digital Booster, opened in the real window."""
    assert window.open_project(portfolio.projekte[BOOSTER])
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.reports)
    yield editor.reports
    editor.reports.clear_draft()


def _reports(db: Database, portfolio: Portfolio):
    return portfolio_service.get_leitprojekt(db, portfolio.projekte[BOOSTER]).sachstaende


def _frozen(db: Database, ident: int) -> tuple:
    with db.reading() as session:
        s = session.get(Sachstand, ident)
        return s.stichtag, s.erreicht, s.ausblick, s.ampel, s.projektstatus, s.stand, s.erstellt_am


def _earlier(db: Database, portfolio: Portfolio, window: MainWindow, **kwargs) -> int:
    """A Sachstand written before, shown in the open editor."""
    ident = status_reports.record_sachstand(db, projekt_id=portfolio.projekte[BOOSTER],
                                            stichtag=db.today() - dt.timedelta(days=22),
                                            erreicht="Blaupause in drei Ämtern", **kwargs)
    window.editor.reload()
    return ident


def _choose_in_link_dialog(tab, text: str, seen: dict[str, object] | None = None) -> None:
    def answer() -> None:
        dialog = tab.link_dialog
        if seen is not None:
            seen["choices"] = [dialog.sitzung.itemText(i) for i in range(dialog.sitzung.count())]
            seen["current"] = dialog.sitzung.currentText()
        dialog.sitzung.setCurrentIndex(dialog.sitzung.findText(text, Qt.MatchFlag.MatchStartsWith))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)


def test_a_new_sachstand_names_a_meeting_of_its_gremium(tab, db: Database, portfolio: Portfolio,
                                                        sitzungen: dict[str, int]) -> None:
    assert not tab.sitzung.isEnabled() and tab.sitzung.currentText() == "keine Sitzung"
    tab.gremium.setCurrentIndex(tab.gremium.findText(LG))
    choices = [tab.sitzung.itemText(i) for i in range(tab.sitzung.count())]
    naechste = (db.today() + dt.timedelta(days=9)).strftime("%d.%m.%Y")
    assert tab.sitzung.isEnabled() and len(choices) == 3 and choices[2] == f"{naechste} · TOP 3"
    tab.sitzung.setCurrentIndex(2)
    replace_text(tab.texts["erreicht"], "Roadmap für die Ämter abgestimmt")
    tab.save_button.click()
    [newest] = _reports(db, portfolio)
    assert (newest.sitzung_id, newest.gremium) == (sitzungen["lg_naechste"], LG)
    assert "Berichtet in: IQ-Lenkungsgruppe, Sitzung am " + naechste + ", TOP 3" in tab.shown.toPlainText()
    # another Gremium offers only its own meetings
    tab.gremium.setCurrentIndex(tab.gremium.findText(LK))
    assert tab.sitzung.count() == 2 and tab.sitzung.currentText() == "keine Sitzung"


def test_an_earlier_sachstand_is_linked_and_unlinked_and_keeps_what_it_froze(
        tab, window: MainWindow, db: Database, portfolio: Portfolio, sitzungen: dict[str, int], qtbot) -> None:
    ident = _earlier(db, portfolio, window, gremium_id=meetings.gremium_id(db, LG))
    frozen = _frozen(db, ident)
    assert "Keiner Sitzung zugeordnet." in tab.shown.toPlainText() and tab.link_button.isEnabled()
    seen: dict[str, object] = {}
    frueher = (db.today() - dt.timedelta(days=20)).strftime("%d.%m.%Y")
    _choose_in_link_dialog(tab, frueher, seen)
    with qtbot.waitSignal(window.editor.saved):
        assert tab.link_sitzung()
    assert seen["current"] == "keine Sitzung (Zuordnung lösen)"
    assert len(seen["choices"]) == 3 and all(LK not in c for c in seen["choices"])  # only the Lenkungsgruppe's
    [row] = _reports(db, portfolio)
    assert row.sitzung_id == sitzungen["lg_frueher"]
    assert f"Sitzung am {frueher}, TOP 2" in tab.shown.toPlainText()
    assert meetings.get_sitzung(db, sitzungen["lg_frueher"]).sachstaende[0].id == ident

    _choose_in_link_dialog(tab, "keine Sitzung")
    assert tab.link_sitzung()
    [row] = _reports(db, portfolio)
    assert row.sitzung_id is None and row.gremium == LG
    assert _frozen(db, ident) == frozen


def test_a_sachstand_without_gremium_takes_the_gremium_of_its_meeting(
        tab, window: MainWindow, db: Database, portfolio: Portfolio, sitzungen: dict[str, int]) -> None:
    _earlier(db, portfolio, window)
    seen: dict[str, object] = {}
    _choose_in_link_dialog(tab, LK, seen)
    assert tab.link_sitzung()
    assert any(c.startswith(LG) for c in seen["choices"]) and any(c.startswith(LK) for c in seen["choices"])
    [row] = _reports(db, portfolio)
    assert (row.sitzung_id, row.gremium) == (sitzungen["lk"], LK)
    assert tab.reports.index(0, 1).data() == LK


def test_cancelling_the_link_writes_nothing(tab, window: MainWindow, db: Database, portfolio: Portfolio) -> None:
    _earlier(db, portfolio, window)
    before = _reports(db, portfolio)
    QTimer.singleShot(0, lambda: tab.link_dialog.reject())
    assert not tab.link_sitzung()
    assert _reports(db, portfolio) == before


def test_a_link_made_meanwhile_elsewhere_is_not_overwritten(
        tab, window: MainWindow, db: Database, portfolio: Portfolio, sitzungen: dict[str, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    ident = _earlier(db, portfolio, window, gremium_id=meetings.gremium_id(db, LG))
    other = Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                     actor=Actor(login="mueller", rechner="KA-PC-0815"))
    meetings.link_sachstand(other, sachstand_id=ident, sitzung_id=sitzungen["lg_naechste"], expected_version=1)
    other.close()
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    _choose_in_link_dialog(tab, (db.today() - dt.timedelta(days=20)).strftime("%d.%m.%Y"))
    assert not tab.link_sitzung()
    assert shown and "Der Sachstand wurde inzwischen von mueller am PC KA-PC-0815" in shown[0]
    assert _reports(db, portfolio)[0].sitzung_id == sitzungen["lg_naechste"]
    assert "TOP 3" in tab.shown.toPlainText()  # the tab shows what is stored now
