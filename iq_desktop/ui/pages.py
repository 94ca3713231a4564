"""The pages behind the navigation's page nodes (Start, Personen, …): built on first visit, kept current.

Every page is a widget with ``show_database(db)`` that (re)reads what it shows
and keeps its selection; pages that build on the portfolio lists or the rule
report also take ``set_portfolio(stand)`` / ``set_report(report)`` (no database
read). Optional signals: ``project_requested(int)`` opens a Leitprojekt,
``page_requested(NodeKind)`` goes to another page, ``sitzung_requested(int)`` to
one Sitzung on the meetings page, ``data_changed()`` after a
write makes the window read everything again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from iq_desktop.ui.nav_selection import NodeKind

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import Regelbericht
    from iq_desktop.ui.portfolio_loader import PortfolioStand


def _start(parent: QWidget) -> QWidget:
    from iq_desktop.ui.start.page import StartPage

    return StartPage(parent)


def _rules(parent: QWidget) -> QWidget:
    from iq_desktop.ui.rules.page import RulesPage

    return RulesPage(parent)


def _people(parent: QWidget) -> QWidget:
    from iq_desktop.ui.people.people_page import PeoplePage

    return PeoplePage(parent)


def _organisation(parent: QWidget) -> QWidget:
    from iq_desktop.ui.people.organisation_page import OrganisationPage

    return OrganisationPage(parent)


def _meetings(parent: QWidget) -> QWidget:
    from iq_desktop.ui.meetings.page import MeetingsPage

    return MeetingsPage(parent)


#: how each page is built (imported on first visit: the start of the program need not wait for them)
FACTORIES: dict[NodeKind, Callable[[QWidget], QWidget]] = {
    NodeKind.START: _start,
    NodeKind.PERSONEN: _people,
    NodeKind.ORGANISATION: _organisation,
    NodeKind.SITZUNGEN: _meetings,
    NodeKind.REGELN: _rules,
}


class PageHost(QObject):
    """Builds the pages into the window's stack and passes them what they show."""

    project_requested = Signal(int)
    page_requested = Signal(object)  # NodeKind
    sitzung_requested = Signal(int)
    data_changed = Signal()

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self._stack = stack
        self.pages: dict[NodeKind, QWidget] = {}
        self._stand: PortfolioStand | None = None
        self._report: Regelbericht | None = None

    def page(self, kind: NodeKind) -> QWidget:
        """The page for ``kind``, built and wired on first use."""
        page = self.pages.get(kind)
        if page is None:
            page = FACTORIES[kind](self._stack)
            page.setObjectName(f"seite_{kind.value}")
            self._stack.addWidget(page)
            for name in ("project_requested", "page_requested", "sitzung_requested", "data_changed"):
                signal = getattr(page, name, None)
                if signal is not None:
                    signal.connect(getattr(self, name))
            self.pages[kind] = page
            if self._stand is not None and hasattr(page, "set_portfolio"):
                page.set_portfolio(self._stand)
            if hasattr(page, "set_report"):
                page.set_report(self._report)
        return page

    def current_kind(self) -> NodeKind | None:
        """The page on screen, None when the stack shows something else (lists, editor, error)."""
        current = self._stack.currentWidget()
        return next((kind for kind, page in self.pages.items() if page is current), None)

    def show(self, kind: NodeKind, db: Database) -> QWidget:
        """Read the page's data and put it on screen; a database error propagates (the window says it)."""
        page = self.page(kind)
        page.show_database(db)
        self._stack.setCurrentWidget(page)
        return page

    def refresh(self, db: Database) -> None:
        """After a reload: the page on screen reads again (the others do when next shown)."""
        kind = self.current_kind()
        if kind is not None:
            self.pages[kind].show_database(db)

    def set_portfolio(self, stand: PortfolioStand) -> None:
        self._stand = stand
        for page in self.pages.values():
            if hasattr(page, "set_portfolio"):
                page.set_portfolio(stand)

    def set_report(self, report: Regelbericht | None) -> None:
        """The newest rule report (None while it is being made, or when it failed)."""
        self._report = report
        for page in self.pages.values():
            if hasattr(page, "set_report"):
                page.set_report(report)
