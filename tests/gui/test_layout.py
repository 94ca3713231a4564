"""The window at its default size on the demo portfolio: columns fit, headers are not clipped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def demo_db(db):
    from iq_desktop.services.demo import fill_demo

    fill_demo(db)
    return db


@pytest.mark.parametrize("size", [(1280, 800), (1440, 880), (1920, 1040)])
def test_project_columns_fit_without_horizontal_scrolling(qtbot, demo_db, size) -> None:
    from iq_desktop.app import make_application
    from iq_desktop.context import AppContext
    from iq_desktop.settings import Settings
    from iq_desktop.ui.main_window import MainWindow

    make_application()
    window = MainWindow(AppContext(settings=Settings()))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()  # as at start-up: shown first, the data arrives afterwards
    QApplication.processEvents()
    window.set_database(demo_db)
    QApplication.processEvents()
    table = window.projects.table
    header = table.horizontalHeader()
    for scope in ("alle", "korridor"):
        if scope == "korridor":
            root = window.navigation.model.index(0, 0)
            window.navigation.tree.setCurrentIndex(window.navigation.model.index(1, 0, root))
            QApplication.processEvents()
        assert table.horizontalScrollBar().maximum() == 0, f"{size} {scope}: the table scrolls sideways"
        for column in range(header.count()):
            if not table.isColumnHidden(column):
                assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width(), (
                    f"{size} {scope}: header of column {column} is clipped"
                )
