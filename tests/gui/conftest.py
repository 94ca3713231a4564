"""GUI fixtures: a small portfolio built through the real services, and the real main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.ui.main_window import MainWindow


@dataclass
class Portfolio:
    """Ids of what :func:`build_portfolio` created, by name."""

    korridore: dict[str, int] = field(default_factory=dict)
    projekte: dict[str, int] = field(default_factory=dict)
    personen: dict[str, int] = field(default_factory=dict)


STALE_TITLE = "Kaiserstraße beleben"
ARCHIVED_TITLE = "Grüne Höfe"


def build_portfolio(db: Database) -> Portfolio:
    """Seven working projects in three corridors, one stale, one archived one; BMs, leads,
    phases, milestones and risks, all through the services."""
    from iq_desktop.enums import Ampel, PhasenStatus, ProjektStatus, Rolle
    from iq_desktop.services import (
        corridors,
        milestones,
        people,
        phases,
        projects,
        risks,
        staffing,
    )
    from iq_desktop.services.portfolio import get_leitprojekt

    result = Portfolio()
    today = db.today()
    for name in ("Zukunft Innenstadt", "Moderne Verwaltung", "Soziale Stadt", "Grüne Stadt", "Mobilität"):
        result.korridore[name] = corridors.korridorthema_id(db, name)

    def person(vorname: str, nachname: str, titel: str | None = None) -> int:
        ident = people.add_person(db, vorname=vorname, nachname=nachname, titel=titel)
        result.personen[nachname] = ident
        return ident

    for korridor, (vorname, nachname, titel) in {
        "Zukunft Innenstadt": ("Albert", "Käppele", None),
        "Moderne Verwaltung": ("Clara", "Engelhardt", "Dr."),
        "Soziale Stadt": ("Martin", "Lenz", None),
        "Grüne Stadt": ("Bettina", "Lisbach", None),
    }.items():
        corridors.describe_korridorthema(
            db, korridorthema_id=result.korridore[korridor], buergermeister_id=person(vorname, nachname, titel)
        )

    def project(
        titel: str,
        korridor: str,
        *,
        status: ProjektStatus = ProjektStatus.LAUFEND,
        ampel: Ampel | None = None,
        notiz: str | None = None,
        lead: tuple[str, str] | None = None,
        beschreibung: str | None = None,
    ) -> int:
        ident = projects.set_up_leitprojekt(
            db,
            titel=titel,
            korridorthema_id=result.korridore[korridor],
            beginn=dt.date(2024, 2, 1),
            geplantes_ende=dt.date(2027, 12, 31),
            status=status,
            beschreibung=beschreibung,
        )
        result.projekte[titel] = ident
        if ampel is not None:
            projects.set_ampel(db, projekt_id=ident, ampel=ampel, notiz=notiz)
        if lead is not None:
            staffing.staff_person(db, projekt_id=ident, person_id=person(*lead), rolle=Rolle.PROJEKTLEITUNG)
        return ident

    booster = project(
        "Digital Booster",
        "Moderne Verwaltung",
        ampel=Ampel.GELB,
        notiz="Personalengpass im Sommer",
        lead=("Jonas", "Weber"),
        beschreibung="Jedes Amt erhält eine eigene Digitalstrategie und digitale Werkzeuge.",
    )
    projects.record_kickoff(db, projekt_id=booster, datum=dt.date(2024, 2, 23))
    detail = get_leitprojekt(db, booster)
    phases.move_phase(db, phase_id=detail.phasen[1].id, status=PhasenStatus.LAUFEND, am=dt.date(2024, 6, 1))
    milestones.plan_etappenziel(
        db, projekt_id=booster, titel="Pilot im Bürgerbüro", faellig_am=today + dt.timedelta(days=40)
    )
    milestones.plan_etappenziel(
        db, projekt_id=booster, titel="Rollout in allen Ämtern", faellig_am=today + dt.timedelta(days=200)
    )
    risks.log_risiko(db, projekt_id=booster, titel="Datenschutzprüfung verzögert sich",
                     wahrscheinlichkeit=3, auswirkung=4)
    risks.log_risiko(db, projekt_id=booster, titel="Budget knapp", wahrscheinlichkeit=2, auswirkung=2)

    project("E-Akte für alle Ämter", "Moderne Verwaltung", ampel=Ampel.GRUEN, lead=("Sabine", "Öztürk"))
    project("Übergreifendes Wissensmanagement", "Moderne Verwaltung", status=ProjektStatus.GEPLANT)
    project("Agiles Arbeiten", "Moderne Verwaltung", ampel=Ampel.GRUEN, lead=("Paul", "Zimmermann"))
    project("Innenstadt-Management", "Zukunft Innenstadt", ampel=Ampel.ROT, notiz="Leerstand steigt",
            lead=("Maria", "Schulz"))
    project("Quartiersarbeit stärken", "Soziale Stadt", status=ProjektStatus.PAUSIERT, ampel=Ampel.GELB)
    project(ARCHIVED_TITLE, "Grüne Stadt", status=ProjektStatus.ABGESCHLOSSEN, ampel=Ampel.GRUEN)

    original = db.clock
    db.clock = lambda: original() - dt.timedelta(days=60)
    try:
        project(STALE_TITLE, "Zukunft Innenstadt", ampel=Ampel.GELB, lead=("Thomas", "Brenner"))
    finally:
        db.clock = original
    return result


@pytest.fixture
def portfolio(db: Database) -> Portfolio:
    return build_portfolio(db)


@pytest.fixture
def make_window(qtbot: object) -> Iterator[Callable[..., MainWindow]]:
    """Build real main windows; afterwards close them and check no top-level widget is left."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QMessageBox

    from iq_desktop.app import make_application
    from iq_desktop.context import AppContext
    from iq_desktop.settings import Settings
    from iq_desktop.ui.main_window import MainWindow

    make_application()
    windows: list[MainWindow] = []

    def make(db: Database | None = None, *, settings: Settings | None = None,
             stichtag: dt.date | None = None) -> MainWindow:
        context = AppContext(settings=settings or Settings(), database=db, stichtag=stichtag)
        window = MainWindow(context)
        window.resize(1440, 880)
        window.show()
        windows.append(window)
        if db is not None:
            window.set_database(db)
            qtbot.waitUntil(lambda: not window.rules_pending)  # the deferred rule check
        return window

    yield make

    from iq_desktop.ui import background

    # a rule count still running must deliver before its database is closed
    qtbot.waitUntil(lambda: background.pending() == 0, timeout=10_000)
    from iq_desktop.ui import dialogs

    # what a test left typed in a form is thrown away without the questions a user would get
    asked = (dialogs.confirm_drop_inputs, dialogs.ask_unsaved)
    dialogs.confirm_drop_inputs = lambda *_args: True
    dialogs.ask_unsaved = lambda *_args: QMessageBox.StandardButton.Discard
    try:
        for window in windows:
            if shiboken6.isValid(window):  # a test may have closed and deleted it itself
                window.close()
                window.deleteLater()
    finally:
        dialogs.confirm_drop_inputs, dialogs.ask_unsaved = asked
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not left, f"windows left open: {left}"


@pytest.fixture
def window(make_window: Callable[..., MainWindow], db: Database, portfolio: Portfolio) -> MainWindow:
    """The main window on the fixture portfolio."""
    return make_window(db)


@pytest.fixture
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box would wait for a click for ever offscreen; a test that expects one replaces it itself."""
    from iq_desktop.ui import dialogs

    def unexpected(*args: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:]}")

    for name in ("show_error", "show_info", "show_unexpected_error", "ask_retry", "ask_unsaved", "confirm_discard",
                 "confirm_drop_inputs", "confirm_delete", "confirm"):
        monkeypatch.setattr(dialogs, name, unexpected)


@pytest.fixture
def confirmed_drops(monkeypatch: pytest.MonkeyPatch, no_modal_dialogs: None) -> list[str]:
    """Leaving a project with input typed into an entry row: the user confirms dropping it; what was named."""
    from iq_desktop.ui import dialogs

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm_drop_inputs", lambda parent, was: asked.append(was) or True)
    return asked
