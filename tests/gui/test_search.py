"""The toolbar's search over Leitprojekte and people, as a user types into it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from iq_desktop.ui.search import Art

from .conftest import Portfolio
from .keys import send_keys

if TYPE_CHECKING:
    from iq_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


def _type(window: MainWindow, text: str) -> None:
    window.focus_search()
    assert window.search.field.hasFocus() or window.focusWidget() is window.search.field
    send_keys(window.search.field, text)


def test_ctrl_f_goes_to_the_search_and_typing_offers_projects_and_people(window: MainWindow) -> None:
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.search.field
    send_keys(window.search.field, "ä")
    texts = [t.text for t in window.search.matches()]
    assert "Albert Käppele – Person" in texts  # people are read when the search is entered
    assert "E-Akte für alle Ämter – Leitprojekt · Moderne Verwaltung" in texts  # "ä" finds "Ä" too
    assert "Quartiersarbeit stärken – Leitprojekt · Soziale Stadt" in texts
    assert not any("Öztürk" in text for text in texts)
    assert window.search.completer.popup().isVisible()


def test_enter_opens_the_first_matching_project(window: MainWindow, portfolio: Portfolio) -> None:
    _type(window, "booster")
    assert [t.art for t in window.search.matches()] == [Art.PROJEKT]
    QTest.keyClick(window.search.field, Qt.Key.Key_Return)
    assert window.right.currentWidget() is window.editor
    assert window.editor.projekt_id == portfolio.projekte["Digital Booster"]
    assert window.search.field.text() == ""


def test_choosing_from_the_popup_with_the_arrow_keys(window: MainWindow, portfolio: Portfolio) -> None:
    _type(window, "ämter")
    popup = window.search.completer.popup()
    assert popup.isVisible()
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert window.right.currentWidget() is window.editor
    assert window.editor.projekt_id == portfolio.projekte["E-Akte für alle Ämter"]


def test_a_text_that_matches_nothing_changes_nothing(window: MainWindow) -> None:
    _type(window, "gibt es nicht")
    assert window.search.matches() == []
    assert not window.search.choose_first()
    assert window.right.currentWidget() is window.work_splitter


def test_choosing_a_person_shows_them_on_the_people_page_with_their_projects(
        window: MainWindow, portfolio: Portfolio) -> None:
    from iq_desktop.ui.nav_selection import NavSelection, NodeKind

    _type(window, "weber")
    [treffer] = window.search.matches()
    assert treffer.art is Art.PERSON and treffer.text == "Jonas Weber – Person"
    QTest.keyClick(window.search.field, Qt.Key.Key_Return)
    page = window.pages.pages[NodeKind.PERSONEN]
    assert window.right.currentWidget() is page
    assert window.navigation.current_selection() == NavSelection(NodeKind.PERSONEN)
    assert page.current_person_id() == portfolio.personen["Weber"]
    # his Mitwirkung leads on to the project
    panel = page.panel
    assert panel.model.rowCount() == 1
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.right.currentWidget() is window.editor
    assert window.editor.projekt_id == portfolio.projekte["Digital Booster"]
