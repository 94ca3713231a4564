"""The Regelprüfung page: all findings of the IQ rules, filtered; an override records who and why."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.errors import IQError
from iq_desktop.formatting import format_date
from iq_desktop.services import rules
from iq_desktop.services.errors import DomainError
from iq_desktop.ui import dialogs
from iq_desktop.ui.editor.action_tab import data_table
from iq_desktop.ui.editor.steckbrief_tab import ERROR_COLOUR, WARN
from iq_desktop.ui.rows_model import ROW_ROLE
from iq_desktop.ui.rules.model import Anzeige, FindingsModel, FindingsProxy, override_text
from iq_desktop.ui.widgets.labels import style_hint, style_section

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import Befund, Regelbericht
    from iq_desktop.ui.portfolio_loader import PortfolioStand


class RulesPage(QWidget):
    """Shows the window's newest rule report (made off the GUI thread); overrides go through the services."""

    project_requested = Signal(int)
    data_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._report: Regelbericht | None = None
        self.heading = style_section(QLabel(self.tr("Regelprüfung"), self))
        self.summary = style_hint(QLabel(self))
        self.summary.setWordWrap(True)

        self.anzeige = QComboBox(self)
        for anzeige in Anzeige:
            self.anzeige.addItem(anzeige.label, anzeige)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Regel, Projekt oder Text – filtert beim Tippen"))

        self.model = FindingsModel(self)
        self.proxy = FindingsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = data_table(self, self.proxy, self.tr("Befunde der Regelprüfung"))
        self.table.setObjectName("befunde")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        width = self.fontMetrics().averageCharWidth()
        # the finding's text gets the room; long rule titles and project names elide (the tooltip has them)
        for column, mode, chars in ((0, QHeaderView.ResizeMode.Interactive, 26),
                                    (1, QHeaderView.ResizeMode.ResizeToContents, 0),
                                    (2, QHeaderView.ResizeMode.Interactive, 20),
                                    (3, QHeaderView.ResizeMode.Interactive, 28),
                                    (4, QHeaderView.ResizeMode.Stretch, 0),
                                    (5, QHeaderView.ResizeMode.Interactive, 24)):
            header.setSectionResizeMode(column, mode)
            if chars:
                header.resizeSection(column, chars * width)
        self.table_label = QLabel(self.tr("Bef&unde"), self)

        self.detail = QLabel(self)
        self.detail.setObjectName("befund_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.begruendung = QLineEdit(self)
        self.begruendung.setPlaceholderText(self.tr("Warum trotz des Befunds? (ein ganzer Satz)"))
        self.override_button = QPushButton(self.tr("Ausnahme er&fassen"), self)
        self.withdraw_button = QPushButton(self.tr("Ausnahme &zurücknehmen"), self)
        self.open_button = QPushButton(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()

        top = QHBoxLayout()
        for text, widget, name in ((self.tr("Anz&eigen:"), self.anzeige, self.tr("Welche Befunde")),
                                   (self.tr("Fil&tern:"), self.filter_edit, self.tr("Befunde filtern"))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            top.addWidget(label)
            top.addWidget(widget, 1 if widget is self.filter_edit else 0)
        self.table_label.setBuddy(self.table)

        actions = QGridLayout()
        label = QLabel(self.tr("Be&gründung:"), self)
        label.setBuddy(self.begruendung)
        self.begruendung.setAccessibleName(self.tr("Begründung der Ausnahme"))
        actions.addWidget(label, 0, 0)
        actions.addWidget(self.begruendung, 0, 1)
        actions.addWidget(self.override_button, 0, 2)
        actions.addWidget(self.withdraw_button, 0, 3)
        actions.addWidget(self.open_button, 0, 4)
        actions.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        layout.addWidget(self.error)

        self.anzeige.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.filter_edit.textChanged.connect(lambda _t: self._filter_changed())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.table.activated.connect(lambda _index: self.open_project())
        self.override_button.clicked.connect(self.override)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.open_button.clicked.connect(self.open_project)
        self.set_report(None)
        self._filter_changed()

    # --- the page contract (ui/pages.py) ---------------------------------------------------------
    def set_portfolio(self, stand: PortfolioStand) -> None:
        args = stand.terms.format_args()
        self.model.header_args = args
        self.open_button.setText(self.tr("{Leitprojekt} &öffnen").format(**args))

    def set_report(self, report: Regelbericht | None) -> None:
        chosen = self.chosen()
        self._report = report
        self.model.set_rows(list(report.befunde) if report is not None else [])
        if report is None:
            self.summary.setText(self.tr("Die Regeln werden geprüft …"))
        else:
            self.summary.setText(self.tr(
                "Stichtag {datum} · Berichtszyklus {tage} Tage · {offen} offen, {ausnahmen} mit Ausnahme. "
                "Die Regeln sind Empfehlungen des IQ-Prozesses: wo es gute Gründe gibt, erfasst eine Ausnahme, "
                "wer sie wann und warum zugelassen hat.").format(
                datum=format_date(report.stichtag), tage=report.berichtszyklus_tage,
                offen=len(report.offen), ausnahmen=len(report.uebergangen)))
        if chosen is not None:
            self._select(chosen)
        self._update()

    def show_database(self, db: Database) -> None:
        """The report itself comes from the window (``set_report``); the page keeps the database to write."""
        self._db = db

    # --- selection ------------------------------------------------------------------------------
    def chosen(self) -> Befund | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _select(self, befund: Befund) -> bool:
        key = (befund.pruefung, befund.objekt_typ, befund.objekt_id)
        for row in range(self.proxy.rowCount()):
            candidate = self.proxy.index(row, 0).data(ROW_ROLE)
            if (candidate.pruefung, candidate.objekt_typ, candidate.objekt_id) == key:
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return False

    def _filter_changed(self) -> None:
        anzeige = self.anzeige.currentData()
        self.table.setColumnHidden(5, anzeige is Anzeige.OFFEN)  # open findings have no override to show
        self.proxy.set_anzeige(anzeige)
        self.proxy.set_text(self.filter_edit.text())
        self._update()

    def _update(self) -> None:
        befund = self.chosen()
        if befund is None:
            self.detail.setText(self.tr("Einen Befund wählen, um ihn hier ganz zu lesen."))
        else:
            text = f"{befund.regel} · {befund.regel_titel}\n{befund.text}"
            if befund.ausnahme is not None:
                text += "\n" + self.tr("Ausnahme: {text}").format(text=override_text(befund))
            self.detail.setText(text)
        can_write = self._db is not None and befund is not None
        self.begruendung.setEnabled(can_write and befund.ausnahme is None)
        self.override_button.setEnabled(can_write and befund.ausnahme is None)
        self.withdraw_button.setEnabled(can_write and befund.ausnahme is not None)
        self.open_button.setEnabled(befund is not None and befund.leitprojekt_id is not None)

    # --- actions ----------------------------------------------------------------------------------
    def open_project(self) -> None:
        befund = self.chosen()
        if befund is not None and befund.leitprojekt_id is not None:
            self.project_requested.emit(befund.leitprojekt_id)

    def override(self) -> bool:
        befund, text = self.chosen(), self.begruendung.text()
        if befund is None or befund.ausnahme is not None:
            return False
        done = self._act(lambda db: rules.override_finding(
            db, pruefung=befund.pruefung, objekt_typ=befund.objekt_typ, objekt_id=befund.objekt_id,
            begruendung=text))
        if done:
            self.begruendung.clear()
        return done

    def withdraw(self) -> bool:
        befund = self.chosen()
        if befund is None or befund.ausnahme is None or befund.ausnahme.id is None:
            return False
        ausnahme_id = befund.ausnahme.id
        return self._act(lambda db: rules.withdraw_override(db, ausnahme_id=ausnahme_id))

    def _act(self, work: Callable[[Database], object]) -> bool:
        if self._db is None:
            return False
        self.error.hide()
        try:
            work(self._db)
        except DomainError as exc:
            self.error.setText(f"{WARN} {exc.message}")
            self.error.show()
            return False
        except IQError as exc:
            dialogs.show_error(self, exc.message)
            return False
        self.data_changed.emit()  # the window reads again and checks the rules anew
        return True

