"""The project editor page: a Leitprojekt's header, its tabs, Speichern and Verwerfen.

Saving goes through the services with the version the form was loaded with.
A stale save opens the compare dialog; a database that cannot be reached
leaves everything typed in the form and offers to try again; a refused
input is shown next to its field. Unsaved changes are asked about before the
page is left (:meth:`ask_to_leave`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from iq_desktop.errors import DatenbankFehler, IQError, VersionKonflikt
from iq_desktop.formatting import format_date
from iq_desktop.services import portfolio, projects
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.errors import DomainError
from iq_desktop.services.read_models import LeitprojektDetail
from iq_desktop.services.steckbrief_choices import steckbrief_choices
from iq_desktop.ui import dialogs
from iq_desktop.ui.conflict_dialog import ConflictDialog, Entscheidung, FeldVergleich
from iq_desktop.ui.editor.phases_tab import PhasesTab
from iq_desktop.ui.editor.reports_tab import ReportsTab
from iq_desktop.ui.editor.risks_tab import RisksTab
from iq_desktop.ui.editor.staffing_tab import StaffingTab
from iq_desktop.ui.editor.steckbrief_tab import SteckbriefTab
from iq_desktop.ui.widgets.ampel import ampel_word
from iq_desktop.ui.widgets.labels import style_hint, style_section

if TYPE_CHECKING:
    from iq_desktop.db.database import Database


class ProjectEditor(QWidget):
    #: a save went through (project id): lists elsewhere are now stale
    saved = Signal(int)
    #: the user asks to go back to the list
    close_requested = Signal()

    def __init__(self, terms: Begriffe, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._projekt_id: int | None = None
        self._version: int | None = None
        self._terms = terms
        self.undo_stack = QUndoStack(self)

        self.heading = style_section(QLabel(self))
        self.heading.setObjectName("editor_titel")
        self.subheading = style_hint(QLabel(self))
        self.back_button = QPushButton(self.tr("← Zur &Liste"), self)
        self.back_button.setAccessibleName(self.tr("Zurück zur Liste"))
        self.discard_button = QPushButton(self.tr("&Verwerfen"), self)
        self.discard_button.setAccessibleName(self.tr("Änderungen verwerfen"))
        self.save_button = QPushButton(self.tr("&Speichern"), self)
        self.save_button.setAccessibleName(self.tr("Änderungen speichern"))
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        header.addWidget(self.back_button)
        header.addLayout(titles, 1)
        header.addWidget(self.discard_button)
        header.addWidget(self.save_button)

        self.tabs = QTabWidget(self)
        self.steckbrief = SteckbriefTab(self.undo_stack, terms, self)
        self.tabs.addTab(self.steckbrief, self.tr("Steckbrief"))
        self.staffing = StaffingTab(self)
        self.tabs.addTab(self.staffing, self.tr("Mitwirkung"))
        self.staffing.changed.connect(self._phases_changed)
        self.phases = PhasesTab(self)
        self.tabs.addTab(self.phases, self.tr("Phasen && Etappenziele"))
        self.phases.changed.connect(self._phases_changed)
        self.risks = RisksTab(self)
        self.tabs.addTab(self.risks, self.tr("Risiken && Entscheidungen"))
        self.risks.changed.connect(self._phases_changed)
        self.reports = ReportsTab(self)
        self.tabs.addTab(self.reports, self.tr("Sachstände"))
        self.reports.changed.connect(self._phases_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        self.save_button.clicked.connect(self._save_clicked)
        self.discard_button.clicked.connect(self.discard)
        self.back_button.clicked.connect(self.close_requested)
        self.undo_stack.cleanChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_back_label(self, text: str) -> None:
        """The back button names where it leads ("← Zur Liste", "← Zurück: Start").

        Every letter is taken on some tab; the way back always has Alt+← (Ansicht → Zurück).
        """
        self.back_button.setText(text)
        self.back_button.setToolTip(self.tr("Zurück (Alt+←)"))
        self.back_button.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&")
                                           .removeprefix("← "))

    def _save_clicked(self) -> None:
        try:
            self.save()
        except Exception:  # a bug: logged, named, and the input stays in the form
            import logging

            logging.getLogger(__name__).exception("saving the Steckbrief failed")
            dialogs.show_unexpected_error(self, self.tr("Das Speichern"))

    # --- state ----------------------------------------------------------------------------------------
    @property
    def projekt_id(self) -> int | None:
        return self._projekt_id

    def is_dirty(self) -> bool:
        return self._projekt_id is not None and not self.undo_stack.isClean()

    def _update_buttons(self) -> None:
        # Speichern stays available: a goal still open in its editor is a change the undo stack
        # has not seen yet, and Ctrl+S must take it along (saving nothing is harmless)
        self.save_button.setEnabled(self._projekt_id is not None)
        self.discard_button.setEnabled(self.is_dirty())

    # --- loading --------------------------------------------------------------------------------------
    def open_project(self, db: Database, projekt_id: int) -> None:
        """Load a project into the form; an IQError (gone, unreachable) propagates to the caller."""
        detail = portfolio.get_leitprojekt(db, projekt_id)
        self.steckbrief.set_choices(steckbrief_choices(db, keep_strategie=detail.strategie_ids))
        self._db, self._projekt_id = db, projekt_id
        self._show(detail)

    def _show(self, detail: LeitprojektDetail, *, steckbrief: bool = True) -> None:
        if steckbrief:
            self._version = detail.version
            self.steckbrief.load(detail)
            self.undo_stack.clear()
            self.undo_stack.setClean()
        assert self._db is not None
        self.staffing.load(self._db, detail)
        self.phases.load(self._db, detail)
        self.risks.load(self._db, detail)
        self.reports.load(self._db, detail)
        self.heading.setText(detail.titel)
        ampel = ampel_word(detail.ampel) if detail.ampel is not None else self.tr("keine Ampel")
        self.subheading.setText(self.tr("{korridor} · {status} · Ampel: {ampel} · aktualisiert am {datum}").format(
            korridor=detail.korridorthema, status=detail.status.label, ampel=ampel,
            datum=format_date(detail.aktualisiert_am.date())))
        self._update_buttons()

    def _phases_changed(self) -> None:
        """A staffing, phase, milestone, risk or decision was saved: show it.

        The Steckbrief keeps what is being typed there; its version is untouched by these rows.
        """
        assert self._db is not None and self._projekt_id is not None
        try:
            detail = portfolio.get_leitprojekt(self._db, self._projekt_id)
        except IQError as exc:
            dialogs.show_error(self, exc.message)
            return
        self._show(detail, steckbrief=not self.is_dirty())
        self.saved.emit(self._projekt_id)

    def reload(self) -> None:
        assert self._db is not None and self._projekt_id is not None
        self._show(portfolio.get_leitprojekt(self._db, self._projekt_id))

    # --- saving ---------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the Steckbrief; True when it is saved (or nothing was to save)."""
        self.steckbrief.commit_pending()  # a goal still being typed belongs to the save
        if not self.is_dirty():
            return True
        return self._save(self.steckbrief.values(), self._version, self.steckbrief.base_detail())

    def _save(self, values: dict[str, Any], version: int | None, base: LeitprojektDetail) -> bool:
        """Save ``values`` over ``base`` (the stored state they were made against) at ``version``."""
        assert self._db is not None and self._projekt_id is not None
        self.steckbrief.clear_errors()
        while True:
            try:
                new_version = projects.save_steckbrief(
                    self._db, projekt_id=self._projekt_id, daten=self.steckbrief.steckbrief(values, base),
                    expected_version=version)
            except VersionKonflikt as konflikt:
                return self._resolve_conflict(konflikt, values)
            except DomainError as exc:
                if not self.steckbrief.show_error(exc.feld, exc.message):
                    dialogs.show_error(self, exc.message)
                return False
            except DatenbankFehler as exc:
                if dialogs.ask_retry(self, exc.message + "\n\n" + self.tr(
                        "Ihre Eingaben bleiben im Formular erhalten.")):
                    continue
                return False
            except IQError as exc:
                dialogs.show_error(self, exc.message)
                return False
            break
        self._version = new_version  # saved: even if the display cannot be refreshed, the next save is ours
        self.undo_stack.setClean()
        try:
            self.reload()
        except IQError as exc:
            dialogs.show_error(self, self.tr("Gespeichert; die Anzeige konnte nicht aktualisiert werden: {grund}")
                               .format(grund=exc.message))
        self.saved.emit(self._projekt_id)
        return True

    def _resolve_conflict(self, konflikt: VersionKonflikt, mine: dict[str, Any]) -> bool:
        """Someone saved first. Fields the user did not touch take the stored value (three-way merge);
        the dialog shows the fields the user changed, beside what is stored now."""
        assert self._db is not None and self._projekt_id is not None
        try:
            stored_detail = portfolio.get_leitprojekt(self._db, self._projekt_id)
        except IQError as exc:
            dialogs.show_error(self, exc.message)
            return False
        base = SteckbriefTab.values_of(self.steckbrief.base_detail())
        stored = SteckbriefTab.values_of(stored_detail)
        merged = {key: mine[key] if mine[key] != base.get(key) else stored.get(key) for key in mine}
        labels = self.steckbrief.labels()
        mine_changed = {key: labels[key] for key in labels if mine[key] != base.get(key)}
        display = self.steckbrief.display
        rows = [FeldVergleich(labels[key], display(key, merged[key]), display(key, stored.get(key)))
                for key in (mine_changed or labels)]
        wer = konflikt.geaendert_von or self.tr("jemand anderem")
        dialog = ConflictDialog(konflikt, rows, self, message=self.tr(
            "„{titel}“ wurde inzwischen von {wer} gespeichert; überschrieben wurde nichts. Ihre Änderungen "
            "stehen links, der gespeicherte Stand rechts. Was Sie nicht geändert haben, bleibt wie gespeichert."
        ).format(titel=stored_detail.titel, wer=wer))
        self.conflict_dialog = dialog
        dialog.exec()
        self.conflict_dialog = None
        choice = dialog.entscheidung
        dialog.deleteLater()
        if choice is Entscheidung.GESPEICHERTEN_UEBERNEHMEN:
            self._show(stored_detail)
            return False
        if choice is Entscheidung.MEINE_DARUEBER:
            return self._save(merged, stored_detail.version, stored_detail)
        return False  # cancelled: the form keeps the user's input, still unsaved

    def discard(self) -> None:
        """Back to the stored state (read again: someone may have saved meanwhile), after asking."""
        self.steckbrief.commit_pending()
        if self.is_dirty() and not dialogs.confirm_discard(self, self.heading.text()):
            return
        try:
            self.reload()
        except IQError as exc:
            dialogs.show_error(self, exc.message)

    def pending_inputs(self) -> list[str]:
        """Input typed into the tabs' entry rows (a new risk, a person chosen, …) but not added yet."""
        return [text for tab in (self.staffing, self.phases, self.risks) if (text := tab.pending_input())]

    def ask_to_leave(self) -> bool:
        """Before the page is left: unsaved changes (the Steckbrief, a Sachstand being written) are
        saved, dropped, or the leaving is cancelled."""
        self.steckbrief.commit_pending()
        pending = self.pending_inputs()
        if pending and not dialogs.confirm_drop_inputs(self, "; ".join(pending)):
            return False  # back to the entry rows
        for tab in (self.staffing, self.phases, self.risks):
            tab.clear_inputs()
        draft = self.reports.has_draft()
        if not self.is_dirty() and not draft:
            return True
        answer = dialogs.ask_unsaved(self, self.heading.text())
        if answer == QMessageBox.StandardButton.Save:
            saved = self.save() if self.is_dirty() else True
            return saved and (self.reports.record() if draft else True)
        if answer == QMessageBox.StandardButton.Discard:
            self.undo_stack.clear()
            self.undo_stack.setClean()
            self.reports.clear_draft()
            self._update_buttons()
            return True
        return False
