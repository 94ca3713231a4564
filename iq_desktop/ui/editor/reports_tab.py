"""The Sachstände tab: the dated status snapshots of a project, what changed, and writing the next one.

A Sachstand freezes the project's state with the secretariat's four texts.
The list shows every earlier one, newest first (a header click sorts it,
dates as dates); choosing one shows its texts, the meeting
it was reported in, and what changed since the one before. Writing a new one
starts from what changed since the newest, and the project's outlook; typed
text counts as unsaved (the editor asks before it is lost). A new one may
name the meeting of its Gremium; an earlier one is linked to its meeting
afterwards ("Sitzung zuordnen …") without touching what it froze.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.enums import Ampel, ProjektStatus
from iq_desktop.errors import IQError
from iq_desktop.formatting import format_date
from iq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from iq_desktop.services import meetings, status_reports
from iq_desktop.services.audit_trail import value_text
from iq_desktop.services.read_models import SachstandZeile
from iq_desktop.services.status_reports import Aenderung, aenderung_was
from iq_desktop.ui import dialogs
from iq_desktop.ui.editor.action_tab import ActionTab, data_table
from iq_desktop.ui.editor.sorted_rows import SortableRowsModel, SortColumn, SortProxy, date_key, enable_sorting
from iq_desktop.ui.meetings.link_dialog import LinkSitzungDialog
from iq_desktop.ui.meetings.texts import sitzung_choice
from iq_desktop.ui.widgets.ampel import ampel_word
from iq_desktop.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from iq_desktop.db.database import Database
    from iq_desktop.services.read_models import LeitprojektDetail

_CONTEXT = "Sachstaende"
#: the texts of a Sachstand: field, name, label with its mnemonic
_TEXTS = (("erreicht", QT_TRANSLATE_NOOP("Sachstaende", "Erreicht"), QT_TRANSLATE_NOOP("Sachstaende", "E&rreicht:")),
          ("naechste_schritte", QT_TRANSLATE_NOOP("Sachstaende", "Nächste Schritte"),
           QT_TRANSLATE_NOOP("Sachstaende", "Nächste Schr&itte:")),
          ("entscheidungsbedarf", QT_TRANSLATE_NOOP("Sachstaende", "Entscheidungsbedarf"),
           QT_TRANSLATE_NOOP("Sachstaende", "Entscheidungsbedar&f:")),
          ("ausblick", QT_TRANSLATE_NOOP("Sachstaende", "Ausblick"), QT_TRANSLATE_NOOP("Sachstaende", "A&usblick:")))


_AMPEL_RANK = {Ampel.ROT: 0, Ampel.GELB: 1, Ampel.GRUEN: 2}
_STATUS_RANK = {status: rank for rank, status in enumerate(ProjektStatus)}


class ReportsModel(SortableRowsModel[SachstandZeile]):
    """The Sachstände, newest first; dates sort as dates, the Ampel from red to green."""

    context = _CONTEXT
    columns = (
        SortColumn(QT_TRANSLATE_NOOP("Sachstaende", "Stichtag"), lambda s: format_date(s.stichtag),
                   sort_key=lambda s: (*date_key(s.stichtag), s.id)),
        SortColumn(QT_TRANSLATE_NOOP("Sachstaende", "Gremium"), lambda s: s.gremium or "",
                   sort_key=lambda s: (s.gremium is None, s.gremium or "", *date_key(s.stichtag))),
        SortColumn(QT_TRANSLATE_NOOP("Sachstaende", "Ampel"), lambda s: ampel_word(s.ampel),
                   sort_key=lambda s: (_AMPEL_RANK.get(s.ampel, len(_AMPEL_RANK)), *date_key(s.stichtag))),
        SortColumn(QT_TRANSLATE_NOOP("Sachstaende", "Status"), lambda s: s.projektstatus.label,
                   sort_key=lambda s: (_STATUS_RANK[s.projektstatus], *date_key(s.stichtag))),
        SortColumn(QT_TRANSLATE_NOOP("Sachstaende", "Erfasst von"), lambda s: s.erstellt_von),
    )


def _changes_html(changes: list[Aenderung] | None, no_earlier: str, nothing: str) -> str:
    if changes is None:
        return f"<p>{html.escape(no_earlier)}</p>"
    if not changes:
        return f"<p>{html.escape(nothing)}</p>"
    items = "".join(
        f"<li><b>{html.escape(c.bereich)}</b> {html.escape(aenderung_was(c))}: "
        f"{html.escape(value_text(c.vorher))} → {html.escape(value_text(c.nachher))}</li>"
        for c in changes
    )
    return f"<ul>{items}</ul>"


class ReportsTab(ActionTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports = ReportsModel(self)
        #: sorts the list; every view row → Sachstand goes through it
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.reports)
        self.table = data_table(self, self.proxy, self.tr("Sachstände"))
        enable_sorting(self.table)
        self.shown = QTextBrowser(self)
        self.shown.setAccessibleName(self.tr("Der gewählte Sachstand und was sich seit dem vorherigen geändert hat"))
        self.link_button = QPushButton(self.tr("Sitzung zu&ordnen …"), self)
        self.link_button.setToolTip(self.tr("Die Sitzung angeben, in der der gewählte Sachstand berichtet wurde, "
                                            "oder die Zuordnung lösen"))
        chosen = QVBoxLayout()
        chosen.addWidget(self.shown, 1)
        chosen.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(chosen, 1)
        #: the meeting picker while it is open (tests answer it)
        self.link_dialog: LinkSitzungDialog | None = None

        new_box = QGroupBox(self.tr("Neuer Sachstand"), self)
        self.since = QTextBrowser(new_box)
        self.since.setAccessibleName(self.tr("Änderungen seit dem letzten Sachstand"))
        self.since.setMaximumHeight(90)
        self.stichtag = DateField(new_box)
        self.gremium = QComboBox(new_box)
        self.sitzung = QComboBox(new_box)
        self.sitzung.setToolTip(self.tr("Die Sitzung des Gremiums, in der der Sachstand berichtet wird (freiwillig)"))
        self.texts: dict[str, QPlainTextEdit] = {}
        form = QFormLayout(new_box)
        form.addRow(QLabel(self.tr("Seit dem letzten Sachstand geändert:"), new_box), self.since)
        for text, widget, name in ((self.tr("Stich&tag:"), self.stichtag, self.tr("Stichtag")),
                                   (self.tr("&Gremium:"), self.gremium, self.tr("Gremium")),
                                   (self.tr("Sit&zung:"), self.sitzung, self.tr("Sitzung"))):
            label = QLabel(text, new_box)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        for key, name, mnemonic in _TEXTS:
            box = QPlainTextEdit(new_box)
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
            box.setAccessibleName(translate(_CONTEXT, name))
            label = QLabel(translate(_CONTEXT, mnemonic), new_box)
            label.setBuddy(box)
            form.addRow(label, box)
            self.texts[key] = box
        self.save_button = QPushButton(self.tr("Sachstand spei&chern"), new_box)
        form.addRow("", self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(new_box)
        layout.addWidget(self.error)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chosen())
        self.save_button.clicked.connect(self.record)
        self.link_button.clicked.connect(self.link_sitzung)
        self.gremium.currentIndexChanged.connect(lambda _i: self._fill_sitzungen())
        self._prefilled: dict[str, str] = {}

    def has_draft(self) -> bool:
        """Text typed for a new Sachstand that is not saved yet."""
        return any(box.toPlainText().strip() != self._prefilled.get(key, "") for key, box in self.texts.items())

    def clear_draft(self) -> None:
        for key, box in self.texts.items():
            box.setPlainText(self._prefilled.get(key, ""))

    def load(self, db: Database, detail: LeitprojektDetail) -> None:
        keep_draft = self._detail is not None and self._detail.id == detail.id and self.has_draft()
        self._db, self._detail = db, detail
        shown = self._chosen(self.table)
        self.reports.set_rows(sorted(detail.sachstaende, key=lambda s: (s.stichtag, s.id), reverse=True))
        view_row = self.proxy.view_row(lambda s: s.id == shown.id) if shown is not None else None
        if view_row is not None:  # e.g. just linked to its meeting
            self.table.selectRow(view_row)
        chosen = self.gremium.currentData()
        self.gremium.blockSignals(True)  # the meetings are filled once, below
        self.gremium.clear()
        self.gremium.addItem(self.tr("kein Gremium"), None)
        for ident, name in meetings.list_gremien(db):
            self.gremium.addItem(name, ident)
        self.gremium.setCurrentIndex(max(self.gremium.findData(chosen), 0))
        self.gremium.blockSignals(False)
        self._fill_sitzungen()
        self.since.setHtml(_changes_html(status_reports.changes_for(db, projekt_id=detail.id),
                                         self.tr("Noch kein Sachstand – der erste hält den heutigen Stand fest."),
                                         self.tr("Seit dem letzten Sachstand hat sich nichts geändert.")))
        if not keep_draft:
            self._prefilled = {"ausblick": (detail.ausblick or "").strip()}
            self.stichtag.set_value(db.today())
            self.clear_draft()
        if self.reports.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._show_chosen()

    def _fill_sitzungen(self) -> None:
        """The meetings of the chosen Gremium; none without a Gremium."""
        chosen, gremium_id = self.sitzung.currentData(), self.gremium.currentData()
        self.sitzung.clear()
        self.sitzung.addItem(self.tr("keine Sitzung"), None)
        if gremium_id is not None and self._db is not None:
            for row in meetings.sitzungen_of(self._db, gremium_id):
                self.sitzung.addItem(sitzung_choice(row), row.id)
        self.sitzung.setCurrentIndex(max(self.sitzung.findData(chosen), 0) if chosen is not None else 0)
        self.sitzung.setEnabled(gremium_id is not None)

    def _reported_in(self, report: SachstandZeile) -> str:
        if report.sitzung_datum is None:
            return self.tr("Keiner Sitzung zugeordnet.")
        top = self.tr(", TOP {top}").format(top=report.sitzung_top) if report.sitzung_top else ""
        return self.tr("Berichtet in: {gremium}, Sitzung am {datum}{top}").format(
            gremium=report.gremium or "", datum=format_date(report.sitzung_datum), top=top)

    def _show_chosen(self) -> None:
        report = self._chosen(self.table)
        self.link_button.setEnabled(report is not None)
        if report is None or self._db is None or self._detail is None:
            self.shown.clear()
            return
        title = self.tr("Sachstand vom {datum}").format(datum=format_date(report.stichtag))
        parts = [f"<h3>{html.escape(title)}</h3>", f"<p><i>{html.escape(self._reported_in(report))}</i></p>"]
        for key, name, _label in _TEXTS:
            value = getattr(report, key)
            if value:
                parts.append(f"<p><b>{translate(_CONTEXT, name)}:</b> {html.escape(value)}</p>")
        changes = status_reports.changes_for(self._db, projekt_id=self._detail.id, sachstand_id=report.id)
        since = self.tr("Geändert seit dem vorherigen Sachstand")
        parts.append(f"<p><b>{since}:</b></p>")
        parts.append(_changes_html(changes, self.tr("– (der erste Sachstand)"), self.tr("nichts")))
        self.shown.setHtml("".join(parts))

    def record(self) -> bool:
        assert self._detail is not None
        projekt_id, stichtag, gremium_id = self._detail.id, self.stichtag.value(), self.gremium.currentData()
        sitzung_id = self.sitzung.currentData() if gremium_id is not None else None
        if stichtag is None:
            self.show_refusal(self.tr("Bitte den Stichtag des Sachstands angeben."))
            return False
        texts = {key: box.toPlainText() for key, box in self.texts.items()}
        done = self._act(lambda db: status_reports.record_sachstand(db, projekt_id=projekt_id, stichtag=stichtag,
                                                                   gremium_id=gremium_id, sitzung_id=sitzung_id,
                                                                   **texts))
        if done:
            self._prefilled = {"ausblick": (self._detail.ausblick or "").strip()}
            self.clear_draft()
        return done

    def link_sitzung(self) -> bool:
        """Say in which meeting the chosen Sachstand was reported (or in none); True when saved."""
        report = self._chosen(self.table)
        if report is None or self._db is None:
            return False
        try:
            choices = (meetings.sitzungen_of(self._db, report.gremium_id) if report.gremium_id is not None
                       else meetings.list_sitzungen(self._db))
        except IQError as exc:
            dialogs.show_error(self, exc.message)
            return False
        dialog = LinkSitzungDialog(choices, report.sitzung_id, gremium=report.gremium, parent=self)
        self.link_dialog = dialog
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            sitzung_id = dialog.sitzung_id()
        finally:
            self.link_dialog = None
            dialog.deleteLater()
        if not accepted or sitzung_id == report.sitzung_id:
            return False
        return self._act(lambda db: meetings.link_sachstand(db, sachstand_id=report.id, sitzung_id=sitzung_id,
                                                            expected_version=report.version))
