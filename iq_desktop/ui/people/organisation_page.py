"""The Organisation page: Dezernate → Ämter → Abteilungen with their head counts, and the external organisations.

New entries and renames go through small forms (``organisation_dialogs``);
"Bearbeiten …" edits what is selected in the view used last.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.errors import IQError
from iq_desktop.formatting import german_sort_key
from iq_desktop.i18n import QT_TRANSLATE_NOOP
from iq_desktop.services.organisation import (
    AbteilungKnoten,
    AmtKnoten,
    DezernatKnoten,
    ExterneOrganisationZeile,
    OrganisationBaum,
    organisation_tree,
)
from iq_desktop.ui.people.organisation_dialogs import (
    AbteilungDialog,
    AmtDialog,
    DezernatDialog,
    ExterneOrganisationDialog,
)
from iq_desktop.ui.people.record_dialog import RecordDialog
from iq_desktop.ui.record_table import ROW_ROLE, Column, RecordTableModel, WordFilterProxy
from iq_desktop.ui.widgets.labels import style_hint, style_section

if TYPE_CHECKING:
    from iq_desktop.db.database import Database

_CONTEXT = "Organisation"
#: widest the "Art" column of the external organisations grows when fitted (pixels)
_ART_WIDTH = 150
#: the node record behind a tree row (DezernatKnoten, AmtKnoten, AbteilungKnoten or None for a group)
NODE_ROLE = Qt.ItemDataRole.UserRole + 1

EXTERNE_COLUMNS: tuple[Column[ExterneOrganisationZeile], ...] = (
    Column(QT_TRANSLATE_NOOP("Organisation", "Name"), lambda o, _t: o.name),
    Column(QT_TRANSLATE_NOOP("Organisation", "Art"), lambda o, _t: o.art or ""),
    Column(QT_TRANSLATE_NOOP("Organisation", "Ort"), lambda o, _t: o.ort or ""),
    Column(QT_TRANSLATE_NOOP("Organisation", "Personen"), lambda o, _t: str(o.personen),
           sort_key=lambda o: (o.personen, german_sort_key(o.name)), align_right=True),
)


def _key(node: Any) -> tuple[str, int] | None:
    """What identifies a tree row across reloads."""
    return (type(node).__name__, node.id) if node is not None else None


class OrganisationPage(QWidget):
    #: something was saved: other views (people, staffing pickers) may be stale
    data_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._tree_data: OrganisationBaum | None = None
        #: the view "Bearbeiten …" acts on: the one used last
        self._active: QAbstractItemView | None = None
        #: the open form while it runs (tests fill it in)
        self.dialog: RecordDialog | None = None

        self.heading = style_section(QLabel(self.tr("Organisation"), self))
        self.heading.setObjectName("bereichstitel")
        self.message = style_hint(QLabel(self))
        self.message.setWordWrap(True)
        self.message.hide()

        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("organisationsbaum")
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Dezernate, Ämter und Abteilungen mit der Zahl ihrer Personen"))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(False)
        self.tree_label = QLabel(self.tr("Dezernate, Ämter und Abte&ilungen"), self)
        self.tree_label.setBuddy(self.tree)

        self.externe = RecordTableModel(EXTERNE_COLUMNS, _CONTEXT, self)
        self.externe_proxy = WordFilterProxy(self)
        self.externe_proxy.setSourceModel(self.externe)
        self.table = QTableView(self)
        self.table.setObjectName("externe_organisationen")
        self.table.setModel(self.externe_proxy)
        self.table.setAccessibleName(self.tr("Externe Organisationen mit der Zahl ihrer Personen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # the name takes what is left; Art is fitted when filled (at most _ART_WIDTH), the short ones fit
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSortingEnabled(True)
        self.table_label = QLabel(self.tr("Externe &Organisationen"), self)
        self.table_label.setBuddy(self.table)

        self.new_dezernat = QPushButton(self.tr("Neues De&zernat …"), self)
        self.new_amt = QPushButton(self.tr("Neues A&mt …"), self)
        self.new_abteilung = QPushButton(self.tr("Neue Abteilun&g …"), self)
        self.new_extern = QPushButton(self.tr("Neue &externe Organisation …"), self)
        self.edit_button = QPushButton(self.tr("Bea&rbeiten …"), self)
        self.edit_button.setToolTip(self.tr("Den gewählten Eintrag umbenennen oder zuordnen"))
        buttons = QHBoxLayout()
        for button in (self.new_dezernat, self.new_amt, self.new_abteilung, self.new_extern):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree_label)
        left_layout.addWidget(self.tree, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table_label)
        right_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        order = (self.new_dezernat, self.new_amt, self.new_abteilung, self.new_extern, self.edit_button,
                 self.tree, self.table)
        for before, after in pairwise(order):
            self.setTabOrder(before, after)

        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._used(self.tree))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._used(self.table))
        for view in (self.tree, self.table):
            view.installEventFilter(self)
            view.activated.connect(lambda *_args: self.edit_selected())
        self.new_dezernat.clicked.connect(self.add_dezernat)
        self.new_amt.clicked.connect(self.add_amt)
        self.new_abteilung.clicked.connect(self.add_abteilung)
        self.new_extern.clicked.connect(self.add_externe_organisation)
        self.edit_button.clicked.connect(self.edit_selected)
        self._update_buttons()

    # --- loading ---------------------------------------------------------------------------------
    def show_database(self, db: Database) -> None:
        """(Re)load the organisation; what was expanded and selected stays so."""
        self._db = db
        try:
            tree = organisation_tree(db)
        except IQError as exc:
            self._show_message(self.tr("Die Organisation konnte nicht geladen werden: {grund}").format(
                grund=exc.message))
            self._update_buttons()
            return
        self._show_message("")
        active = self._active  # restoring the selections below must not change which view was used last
        expanded = self._expanded_keys() if self._tree_data is not None else None
        selected = _key(self.selected_node())
        self._tree_data = tree
        self._fill_tree(tree, expanded)
        if selected is not None:
            self._select_in_tree(selected)
        chosen = self.selected_externe()
        self.externe.set_rows(tree.externe)
        self.table.resizeColumnToContents(1)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), _ART_WIDTH))
        if chosen is not None:
            self._select_externe(chosen.id)
        self._active = active
        self._update_buttons()

    def _fill_tree(self, tree: OrganisationBaum, expanded: set[tuple[str, int] | None] | None) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Bezeichnung"), self.tr("Kürzel"), self.tr("Personen"),
                                              self.tr("Bürgermeister/in")])
        root = self.model.invisibleRootItem()
        for dezernat in tree.dezernate:
            total = dezernat.personen_ohne_amt + sum(a.personen for a in dezernat.aemter)
            item = self._append(root, dezernat, dezernat.bezeichnung, dezernat.kuerzel, total,
                                dezernat.buergermeister or "")
            for amt in dezernat.aemter:
                self._append_amt(item, amt)
        if tree.aemter_ohne_dezernat:
            group = self._append(root, None, self.tr("Ämter ohne Dezernat"), "",
                                 sum(a.personen for a in tree.aemter_ohne_dezernat), "")
            for amt in tree.aemter_ohne_dezernat:
                self._append_amt(group, amt)
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if expanded is None or _key(index.data(NODE_ROLE)) in expanded:
                self.tree.expand(index)
            for child in range(self.model.rowCount(index)):
                amt_index = self.model.index(child, 0, index)
                if expanded is not None and _key(amt_index.data(NODE_ROLE)) in expanded:
                    self.tree.expand(amt_index)
        # the name takes what is left; the others are fitted once (a ResizeToContents section
        # re-measured every row on each change: seconds at scale 30); clear() forgets the modes
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.tree.resizeColumnToContents(column)

    def _append_amt(self, parent: QStandardItem, amt: AmtKnoten) -> None:
        item = self._append(parent, amt, amt.bezeichnung, amt.kuerzel, amt.personen, "")
        for abteilung in amt.abteilungen:
            self._append(item, abteilung, abteilung.bezeichnung, abteilung.kuerzel or "", abteilung.personen, "")

    def _append(self, parent: QStandardItem, node: Any, bezeichnung: str, kuerzel: str, personen: int,
                buergermeister: str) -> QStandardItem:
        cells = [QStandardItem(bezeichnung), QStandardItem(kuerzel), QStandardItem(str(personen)),
                 QStandardItem(buergermeister)]
        cells[0].setToolTip(bezeichnung)
        cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        cells[2].setToolTip(self.tr("{n} Personen").format(n=personen) if personen != 1 else self.tr("1 Person"))
        for cell in cells:
            cell.setEditable(False)
            cell.setData(node, NODE_ROLE)
        parent.appendRow(cells)
        return cells[0]

    def _expanded_keys(self) -> set[tuple[str, int] | None]:
        keys: set[tuple[str, int] | None] = set()

        def visit(parent: QModelIndex) -> None:
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    keys.add(_key(index.data(NODE_ROLE)))
                    visit(index)

        visit(QModelIndex())
        return keys

    # --- selection -------------------------------------------------------------------------------
    def selected_node(self) -> DezernatKnoten | AmtKnoten | AbteilungKnoten | None:
        rows = self.tree.selectionModel().selectedRows()
        return rows[0].data(NODE_ROLE) if rows else None

    def selected_externe(self) -> ExterneOrganisationZeile | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _select_in_tree(self, key: tuple[str, int]) -> bool:
        matches = self._find(key)
        if not matches:
            return False
        self.tree.selectionModel().setCurrentIndex(
            matches[0], QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(matches[0])
        return True

    def _find(self, key: tuple[str, int]) -> list[QModelIndex]:
        found: list[QModelIndex] = []

        def visit(parent: QModelIndex) -> None:
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if _key(index.data(NODE_ROLE)) == key:
                    found.append(index)
                    return
                visit(index)

        visit(QModelIndex())
        return found

    def _select_externe(self, organisation_id: int) -> bool:
        row = self.externe.row_where(lambda o: o.id == organisation_id)
        if row is None:
            return False
        index = self.externe_proxy.mapFromSource(self.externe.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _used(self, view: QAbstractItemView) -> None:
        self._active = view
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.tree, self.table):
            self._used(watched)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _editable(self) -> Any:
        """The record "Bearbeiten …" would open, from the view used last."""
        if self._active is self.table:
            return self.selected_externe()
        if self._active is self.tree:
            return self.selected_node()
        return None

    def _update_buttons(self) -> None:
        ready = self._tree_data is not None
        for button in (self.new_dezernat, self.new_amt, self.new_extern):
            button.setEnabled(ready)
        self.new_abteilung.setEnabled(ready and self._has_aemter())
        self.edit_button.setEnabled(ready and self._editable() is not None)

    def _has_aemter(self) -> bool:
        tree = self._tree_data
        return tree is not None and (bool(tree.aemter_ohne_dezernat) or any(d.aemter for d in tree.dezernate))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- writing ---------------------------------------------------------------------------------
    def _context_ids(self) -> tuple[int | None, int | None]:
        """The Dezernat and Amt the selection lies in, to preselect them in a new Amt or Abteilung."""
        node = self.selected_node()
        if isinstance(node, DezernatKnoten):
            return node.id, None
        if isinstance(node, AmtKnoten):
            return node.dezernat_id, node.id
        if isinstance(node, AbteilungKnoten):
            amt = next((a for a in self._all_aemter() if a.id == node.amt_id), None)
            return (amt.dezernat_id if amt else None), node.amt_id
        return None, None

    def _all_aemter(self) -> list[AmtKnoten]:
        tree = self._tree_data
        if tree is None:
            return []
        return [*(a for d in tree.dezernate for a in d.aemter), *tree.aemter_ohne_dezernat]

    def add_dezernat(self) -> None:
        if self._db is not None and self._tree_data is not None:
            self._run(DezernatDialog(self._db, self._tree_data, None, self), "DezernatKnoten")

    def add_amt(self) -> None:
        if self._db is not None and self._tree_data is not None:
            dezernat_id, _amt = self._context_ids()
            self._run(AmtDialog(self._db, self._tree_data, None, dezernat_id, self), "AmtKnoten")

    def add_abteilung(self) -> None:
        if self._db is not None and self._tree_data is not None:
            _dezernat, amt_id = self._context_ids()
            self._run(AbteilungDialog(self._db, self._tree_data, None, amt_id, self), "AbteilungKnoten")

    def add_externe_organisation(self) -> None:
        if self._db is not None and self._tree_data is not None:
            self._run(ExterneOrganisationDialog(self._db, self._tree_data, None, self), None)

    def edit_selected(self) -> None:
        record, db, tree = self._editable(), self._db, self._tree_data
        if record is None or db is None or tree is None:
            return
        if isinstance(record, DezernatKnoten):
            self._run(DezernatDialog(db, tree, record, self), "DezernatKnoten")
        elif isinstance(record, AmtKnoten):
            self._run(AmtDialog(db, tree, record, record.dezernat_id, self), "AmtKnoten")
        elif isinstance(record, AbteilungKnoten):
            self._run(AbteilungDialog(db, tree, record, record.amt_id, self), "AbteilungKnoten")
        elif isinstance(record, ExterneOrganisationZeile):
            self._run(ExterneOrganisationDialog(db, tree, record, self), None)

    def _run(self, dialog: RecordDialog, kind: str | None) -> None:
        """Show the form; after a save reload, select what was saved and announce the change.

        ``kind`` names the tree node type of the record, None for an external organisation.
        """
        assert self._db is not None
        self.dialog = dialog
        try:
            dialog.exec()
        finally:
            self.dialog = None
            dialog.deleteLater()
        if dialog.saved_id is None and not dialog.conflict_seen:
            return
        self.show_database(self._db)
        if dialog.saved_id is None:
            return
        view = self.table if kind is None else self.tree
        if kind is None:
            self._select_externe(dialog.saved_id)
        else:
            self._select_in_tree((kind, dialog.saved_id))
        view.setFocus()
        self._used(view)
        self.data_changed.emit()
