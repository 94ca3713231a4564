"""Neues Leitprojekt: title, corridor and start; the editor opens on it afterwards for the rest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from iq_desktop.errors import IQError
from iq_desktop.services import projects
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.errors import DomainError
from iq_desktop.services.steckbrief_choices import steckbrief_choices
from iq_desktop.ui.editor.steckbrief_tab import ERROR_COLOUR, WARN
from iq_desktop.ui.widgets.date_field import DateField
from iq_desktop.ui.widgets.discard_guard import AsksBeforeDiscarding
from iq_desktop.ui.widgets.labels import style_hint

if TYPE_CHECKING:
    from iq_desktop.db.database import Database


class NewProjectDialog(AsksBeforeDiscarding, QDialog):
    """Modal; after ``exec()`` :attr:`projekt_id` is the new project's id, or None when cancelled."""

    def __init__(self, db: Database, terms: Begriffe, korridorthema_id: int | None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._db = db
        self.projekt_id: int | None = None
        args = terms.format_args()
        self.setWindowTitle(self.tr("Neues {Leitprojekt}").format(**args))
        self.titel = QLineEdit(self)
        self.titel.setAccessibleName(self.tr("Titel"))
        self.korridor = QComboBox(self)
        self.korridor.setAccessibleName(terms.korridorthema)
        for ident, name in steckbrief_choices(db).korridorthemen:
            self.korridor.addItem(name, ident)
        if korridorthema_id is not None:
            self.korridor.setCurrentIndex(max(self.korridor.findData(korridorthema_id), 0))
        self.beginn = DateField(self)
        self.beginn.setAccessibleName(self.tr("Beginn"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()

        form = QFormLayout()
        for text, widget in ((self.tr("&Titel:"), self.titel),
                             (self.tr("&{Korridorthema}:").format(**args), self.korridor),
                             (self.tr("&Beginn:"), self.beginn)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        hint = style_hint(QLabel(self.tr("Es wird als „geplant“ mit dem üblichen Phasenplan angelegt; alles Weitere "
                                         "steht danach im Steckbrief."), self))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Anlegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbre&chen"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def create(self) -> None:
        """Create the project; a refused input is said in the dialog, which stays open."""
        try:
            self.projekt_id = projects.set_up_leitprojekt(
                self._db, titel=self.titel.text(), korridorthema_id=self.korridor.currentData(),
                beginn=self.beginn.value())
        except (DomainError, IQError) as exc:
            self.error.setText(f"{WARN} {exc.message}")
            self.error.show()
            self.titel.setFocus()
            return
        self.accept()

    def values(self) -> tuple[object, ...]:
        """What leaving without creating would throw away (AsksBeforeDiscarding)."""
        return self.titel.text(), self.korridor.currentData(), self.beginn.value()
