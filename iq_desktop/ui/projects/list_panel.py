"""The project list pane: heading, labelled filter field and the sortable, read-only table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.services.begriffe import Begriffe
from iq_desktop.ui.projects.table_model import (
    COLUMN_KEYS,
    COLUMNS,
    PROJEKT_ID_ROLE,
    ProjectFilterProxy,
    ProjectTableModel,
)

if TYPE_CHECKING:
    from iq_desktop.services.read_models import ProjektZeile

#: rows beyond the visible ones that column fitting looks at (Qt's default is 1,000)
_FIT_SAMPLE_ROWS = 50

#: widest a column grows when fitted to its contents (pixels); the user may widen it further
_MAX_WIDTH = {
    "korridorthema": 220,
    "leitprojekt": 380,
    "status": 110,
    "ampel": 130,
    "aktuelle_phase": 160,
    "naechstes_etappenziel": 300,
    "projektleitung": 200,
    "aktualisiert_am": 180,
}
#: when the table is narrow, these give up width (elided, with a tooltip): first the secondary
#: free texts, down to the floor given here, then the title
_SHRINK_ORDER: tuple[tuple[str, ...], ...] = (
    ("naechstes_etappenziel", "korridorthema", "projektleitung"),
    ("leitprojekt",),
    ("aktuelle_phase",),
)
_FLOOR = {"naechstes_etappenziel": 120, "korridorthema": 100, "projektleitung": 90, "leitprojekt": 150}


class ProjectListPanel(QWidget):
    """Shows ``ProjektZeile`` rows; tells the window which project is selected (or None)."""

    current_project_changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terms = Begriffe.original()
        self._scope_name: str | None = None
        self._emitted: int | None = None
        self._state = "loading"  # "loading", "unavailable" or "ready"

        self.model = ProjectTableModel(self)
        self.proxy = ProjectFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.heading = QLabel(self)
        self.heading.setObjectName("bereichstitel")
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(self.tr("Titel, Phase, Projektleitung …"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Leitprojekte filtern"))
        self.filter_edit.setAccessibleDescription(
            self.tr("Zeigt nur Zeilen, in denen alle eingegebenen Wörter vorkommen.")
        )
        self.filter_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        self.filter_label = QLabel(self.tr("&Filtern:"), self)
        self.filter_label.setBuddy(self.filter_edit)

        self.message = QLabel(self)
        self.message.setObjectName("hinweis")
        self.message.setWordWrap(True)
        self.message.hide()

        self.table = QTableView(self)
        self.table.setObjectName("projektliste")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Liste der Leitprojekte"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the details
        self.table.setIconSize(QSize(12, 12))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setAccessibleName(self.tr("Zeilennummern"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Spaltenköpfe – zum Sortieren anklicken"))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        # fitting a column measures the visible rows and at most this many more: a
        # portfolio of a thousand projects must not be measured cell by cell on every load
        header.setResizeContentsPrecision(_FIT_SAMPLE_ROWS)
        self._auto_fit = True  # until the user drags a column border
        self._fitting = False
        header.sectionResized.connect(self._on_section_resized)
        self.table.viewport().installEventFilter(self)
        # Start in the corridors' published order, projects by title as a German reader sorts.
        header.setSortIndicator(COLUMN_KEYS.index("korridorthema"), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        filter_row = QHBoxLayout()
        filter_row.setSpacing(6)
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_edit)
        filter_row.addStretch(1)
        filter_row.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addLayout(filter_row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        self.filter_edit.textChanged.connect(self._on_filter_text)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._update_heading()

    # --- states --------------------------------------------------------------------------------
    def set_loading(self) -> None:
        self._state = "loading"
        self.model.set_rows([], berichtszyklus_tage=self.model.row_context().berichtszyklus_tage)
        self._fit_columns()

    def set_unavailable(self) -> None:
        self._state = "unavailable"
        self.model.set_rows([], berichtszyklus_tage=self.model.row_context().berichtszyklus_tage)

    def set_rows(self, rows: Sequence[ProjektZeile], *, berichtszyklus_tage: int, terms: Begriffe) -> None:
        self._state = "ready"
        self._terms = terms
        self.model.set_terms(terms)
        self.model.set_rows(rows, berichtszyklus_tage=berichtszyklus_tage)
        self.table.setAccessibleName(self.tr("Liste der {Leitprojekte}").format(**terms.format_args()))
        self.filter_edit.setAccessibleName(self.tr("{Leitprojekte} filtern").format(**terms.format_args()))
        self._fit_columns()
        self._update_heading()
        self._update_count()

    def set_scope(self, korridor_id: int | None, name: str | None) -> None:
        """Show the projects of one Korridorthema (None: all)."""
        self._scope_name = name
        # the same scope again (a reload): set_rows has just fitted the columns for these rows
        refit = korridor_id != self.proxy.korridor_id
        self.proxy.set_korridor(korridor_id)
        # one corridor: its name is in the heading, the column would only repeat it
        self._fitting = True
        try:
            self.table.setColumnHidden(COLUMN_KEYS.index("korridorthema"), korridor_id is not None)
        finally:
            self._fitting = False
        if self._auto_fit and refit:
            self._fit_columns()
        self._update_heading()
        self._update_count()

    # --- selection -----------------------------------------------------------------------------
    def current_project_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(PROJEKT_ID_ROLE) if rows else None

    def select_project(self, projekt_id: int) -> bool:
        """Select (and scroll to) the project's row; False when the filter hides it."""
        source_row = self.model.row_of_project(projekt_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def clear_selection(self) -> None:
        self.table.selectionModel().clearSelection()

    def visible_count(self) -> int:
        return self.proxy.rowCount()

    # --- internals -----------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_filter_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        current = self.current_project_id()
        if current != self._emitted:
            self._emitted = current
            self.current_project_changed.emit(current)

    def _update_heading(self) -> None:
        plural = self._terms.leitprojekte.replace("&", "&&")
        if self._scope_name:
            text = self.tr("&{Leitprojekte} – {name}").format(
                Leitprojekte=plural, name=self._scope_name.replace("&", "&&")
            )
        else:
            text = self.tr("&{Leitprojekte} – alle {Korridorthemen}").format(
                Leitprojekte=plural, Korridorthemen=self._terms.korridorthemen.replace("&", "&&")
            )
        self.heading.setText(text)
        self.heading.setBuddy(self.table)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("Angezeigt: {n} von {gesamt}").format(n=shown, gesamt=total) if total else ""
        )
        if self._state == "loading":
            self._show_message(self.tr("Wird geladen …"))
        elif self._state == "unavailable":
            self._show_message(self.tr("Keine Datenbank geöffnet."))
        elif total == 0:
            self._show_message(
                self.tr("Noch keine {Leitprojekte} erfasst. Ein neues legen Sie mit „Neues {Leitprojekt} …“ "
                        "(Strg+N) an.").format(**self._terms.format_args())
            )
        elif shown == 0:
            self._show_message(
                self.tr("Keine {Leitprojekte} passen zur Auswahl oder zum Filter.").format(
                    **self._terms.format_args()
                )
            )
        else:
            self._show_message("")

    def _on_section_resized(self, _section: int, _old: int, _new: int) -> None:
        # only a border dragged with the mouse ends the automatic fit; showing or hiding a
        # column, sorting or a new scroll bar resize sections too
        if not self._fitting and QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._auto_fit = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize and self._auto_fit:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Fit the visible columns to their contents and headers, then to the table's width.

        Headers are never clipped; when space is short, the long free-text columns
        (title, milestone, corridor, lead) give up width and elide, with a tooltip.
        """
        header = self.table.horizontalHeader()
        visible = [i for i in range(len(COLUMNS)) if not self.table.isColumnHidden(i)]
        minimum: dict[int, int] = {}
        wanted: dict[int, int] = {}
        for i in visible:
            key = COLUMNS[i].key
            minimum[i] = max(header.sectionSizeFromContents(i).width() + 6, _FLOOR.get(key, 0))
            content = self.table.sizeHintForColumn(i) + 12
            wanted[i] = max(minimum[i], min(content, _MAX_WIDTH[key]))
        excess = sum(wanted.values()) - self.table.viewport().width()
        for group in _SHRINK_ORDER:
            if excess <= 0:
                break
            columns = [i for i in visible if COLUMNS[i].key in group]
            slack = {i: wanted[i] - minimum[i] for i in columns}
            total = sum(slack.values())
            if total <= 0:
                continue
            cut = min(excess, total)
            for i in columns:
                part = min(slack[i], -(-cut * slack[i] // total))  # rounded up: no 1-pixel scroll bar
                wanted[i] -= part
                excess -= part
        title = COLUMN_KEYS.index("leitprojekt")
        if excess < 0 and title in wanted:
            wanted[title] -= excess  # the title takes what is left
        self._fitting = True
        try:
            for i, width in wanted.items():
                header.resizeSection(i, width)
        finally:
            self._fitting = False
