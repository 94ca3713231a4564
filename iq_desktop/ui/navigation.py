"""The navigation tree on the left: all Korridorthemen, each with its Leitprojekte."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from iq_desktop.i18n import translate
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.ui.collation import COLLATOR
from iq_desktop.ui.nav_selection import ALLE, PAGES, NavSelection, NodeKind
from iq_desktop.ui.widgets.ampel import ampel_icon, ampel_word

if TYPE_CHECKING:
    from iq_desktop.services.read_models import KorridorKnoten, ProjektKnoten


KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
KORRIDOR_ID_ROLE = Qt.ItemDataRole.UserRole + 3

#: grey of archived projects (still 4.5:1 on white)
ARCHIV_FARBE = "#616161"



def page_title(kind: NodeKind, findings: int | None = None) -> str:
    """The German name of a page node; the Regelprüfung's carries its open findings, e.g. "Regelprüfung (3)"."""
    titles = {
        NodeKind.START: translate("Navigation", "Start"),
        NodeKind.PERSONEN: translate("Navigation", "Personen"),
        NodeKind.ORGANISATION: translate("Navigation", "Organisation"),
        NodeKind.SITZUNGEN: translate("Navigation", "Gremien & Sitzungen"),
        NodeKind.REGELN: translate("Navigation", "Regelprüfung"),
    }
    title = titles[kind]
    if kind is NodeKind.REGELN and findings:
        title = translate("Navigation", "{titel} ({n})").format(titel=title, n=findings)
    return title


class NavigationModel(QStandardItemModel):
    """Start; root node "<Korridorthemen>", one child per Korridorthema, under it its Leitprojekte;
    then the pages Personen, Organisation, Gremien & Sitzungen, Regelprüfung."""

    def show_message(self, text: str) -> None:
        """A single, unselectable line such as "Wird geladen …"."""
        self.clear()
        item = QStandardItem(text)
        item.setData(NodeKind.HINWEIS.value, KIND_ROLE)
        item.setFlags(Qt.ItemFlag.ItemNeverHasChildren)  # shown, but neither selectable nor current
        item.setData(text, Qt.ItemDataRole.AccessibleTextRole)
        self.appendRow(item)

    def populate(self, corridors: Sequence[KorridorKnoten], terms: Begriffe) -> None:
        self.clear()
        args = terms.format_args()
        root = _item(terms.korridorthemen, NodeKind.ROOT)
        font = QFont(root.font())
        font.setBold(True)
        root.setFont(font)
        total = sum(len(c.projekte) for c in corridors)
        root.setToolTip(
            translate("Navigation", "Alle {Korridorthemen}: {n} {Leitprojekte}").format(n=total, **args)
        )
        root.setData(root.toolTip(), Qt.ItemDataRole.AccessibleTextRole)
        for corridor in corridors:
            node = _item(f"{corridor.name} ({len(corridor.projekte)})", NodeKind.KORRIDOR, corridor.id)
            node.setData(corridor.id, KORRIDOR_ID_ROLE)
            owner = corridor.buergermeister or translate("Navigation", "nicht eingetragen")
            node.setToolTip(
                translate("Navigation", "{name}\nBürgermeister/in: {bm}").format(name=corridor.name, bm=owner)
            )
            node.setData(
                translate("Navigation", "{Korridorthema} {name}, {n} {Leitprojekte}").format(
                    name=corridor.name, n=len(corridor.projekte), **args
                ),
                Qt.ItemDataRole.AccessibleTextRole,
            )
            for project in sorted(corridor.projekte, key=lambda p: COLLATOR.sortKey(p.titel)):
                node.appendRow(_project_item(project, corridor.id))
            root.appendRow(node)
        self.appendRow(self._page_item(NodeKind.START))
        self.appendRow(root)
        for kind in PAGES[1:]:
            self.appendRow(self._page_item(kind))

    def _page_item(self, kind: NodeKind) -> QStandardItem:
        item = _item(page_title(kind), kind)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemNeverHasChildren)
        return item

    def set_findings(self, count: int | None) -> None:
        """Show the open rule findings beside "Regelprüfung" (None: not yet counted)."""
        index = self.find(NodeKind.REGELN)
        if index.isValid():
            item = self.itemFromIndex(index)
            item.setText(page_title(NodeKind.REGELN, count))
            item.setData(item.text() if count else None, Qt.ItemDataRole.AccessibleTextRole)

    # --- lookup --------------------------------------------------------------------------------
    def _top_level(self, kind: NodeKind) -> QModelIndex:
        for row in range(self.rowCount()):
            index = self.index(row, 0)
            if index.data(KIND_ROLE) == kind.value:
                return index
        return QModelIndex()

    def root_index(self) -> QModelIndex:
        return self._top_level(NodeKind.ROOT)

    def find(self, kind: NodeKind, ident: int | None = None) -> QModelIndex:
        if kind.is_page:
            return self._top_level(kind)
        root = self.root_index()
        if not root.isValid() or kind is NodeKind.ROOT:
            return root
        for row in range(self.rowCount(root)):
            corridor = self.index(row, 0, root)
            if kind is NodeKind.KORRIDOR and corridor.data(ID_ROLE) == ident:
                return corridor
            if kind is NodeKind.PROJEKT:
                for child in range(self.rowCount(corridor)):
                    project = self.index(child, 0, corridor)
                    if project.data(ID_ROLE) == ident:
                        return project
        return QModelIndex()

    @staticmethod
    def selection_of(index: QModelIndex) -> NavSelection | None:
        if not index.isValid():
            return None
        kind = NodeKind(index.data(KIND_ROLE))
        if kind is NodeKind.HINWEIS:
            return None
        if kind is NodeKind.ROOT:
            return ALLE
        if kind.is_page:
            return NavSelection(kind)
        if kind is NodeKind.KORRIDOR:
            return NavSelection(kind, korridor_id=index.data(ID_ROLE))
        return NavSelection(kind, korridor_id=index.data(KORRIDOR_ID_ROLE), projekt_id=index.data(ID_ROLE))


def _item(text: str, kind: NodeKind, ident: int | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(kind.value, KIND_ROLE)
    if ident is not None:
        item.setData(ident, ID_ROLE)
    return item


def _project_item(project: ProjektKnoten, korridor_id: int) -> QStandardItem:
    text = project.titel
    if project.status.archiviert:
        text = translate("Navigation", "{titel} ({status})").format(titel=project.titel, status=project.status.label)
    item = _item(text, NodeKind.PROJEKT, project.id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemNeverHasChildren)
    item.setData(korridor_id, KORRIDOR_ID_ROLE)
    item.setIcon(ampel_icon(project.ampel))
    word = ampel_word(project.ampel)
    item.setToolTip(
        translate("Navigation", "{titel}\nAmpel: {ampel} · Status: {status}").format(
            titel=project.titel, ampel=word, status=project.status.label
        )
    )
    item.setData(
        translate("Navigation", "{titel}, Ampel {ampel}, {status}").format(
            titel=project.titel, ampel=word, status=project.status.label
        ),
        Qt.ItemDataRole.AccessibleTextRole,
    )
    if project.status.archiviert:
        item.setForeground(QColor(ARCHIV_FARBE))
    return item


class NavigationPanel(QWidget):
    """A labelled tree; tells the window what the user selected."""

    selection_changed = Signal(object)  # NavSelection

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NavigationModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("navigation")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.header().setAccessibleName(self.tr("Spaltenkopf der Navigation"))
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setIconSize(QSize(12, 12))
        self.tree.setIndentation(14)
        self.tree.setAccessibleName(self.tr("Navigation: Korridorthemen und Leitprojekte"))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.label = QLabel(self.tr("&Navigation"), self)
        self.label.setBuddy(self.tree)
        self.label.setObjectName("bereichstitel")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.tree)

        self._quiet = False
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # --- states --------------------------------------------------------------------------------
    def show_loading(self) -> None:
        self._quietly(lambda: self.model.show_message(self.tr("Wird geladen …")))

    def show_unavailable(self) -> None:
        self._quietly(lambda: self.model.show_message(self.tr("Keine Datenbank geöffnet")))

    def populate(self, corridors: Sequence[KorridorKnoten], terms: Begriffe) -> None:
        """Fill the tree (all expanded); the caller restores the selection with :meth:`select`."""
        self.tree.setAccessibleName(
            self.tr("Navigation: {Korridorthemen} und {Leitprojekte}").format(**terms.format_args())
        )

        def fill() -> None:
            self.model.populate(corridors, terms)
            self.tree.expandAll()

        self._quietly(fill)

    def set_findings(self, count: int | None) -> None:
        """"Regelprüfung (3)": the open rule findings; None while they are being counted."""
        self.model.set_findings(count)

    # --- selection -----------------------------------------------------------------------------
    def current_selection(self) -> NavSelection | None:
        indexes = self.tree.selectionModel().selectedIndexes()
        return self.model.selection_of(indexes[0]) if indexes else None

    def select(self, selection: NavSelection, *, notify: bool = True) -> bool:
        """Select the node for ``selection``; False when it no longer exists."""
        index = self.model.find(selection.kind, selection.projekt_id or selection.korridor_id)
        if not index.isValid():
            return False
        if notify:
            self._set_current(index)
        else:
            self._quietly(lambda: self._set_current(index))
        self.tree.scrollTo(index)
        return True

    def _set_current(self, index: QModelIndex) -> None:
        self.tree.selectionModel().setCurrentIndex(
            index, self.tree.selectionModel().SelectionFlag.ClearAndSelect
        )

    def _quietly(self, action: Callable[[], None]) -> None:
        self._quiet = True
        try:
            action()
        finally:
            self._quiet = False

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._quiet:
            return
        selection = self.current_selection()
        if selection is not None:
            self.selection_changed.emit(selection)
