"""Sitzung zuordnen: choose the meeting a Sachstand was reported in, or none."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from iq_desktop.services.read_models import SitzungZeile
from iq_desktop.ui.meetings.texts import sitzung_choice
from iq_desktop.ui.widgets.labels import style_hint


class LinkSitzungDialog(QDialog):
    """Modal; after an accepted ``exec()`` :meth:`sitzung_id` is the chosen meeting (None: no meeting)."""

    def __init__(self, choices: Sequence[SitzungZeile], current: int | None, *, gremium: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sitzung zuordnen"))
        self.sitzung = QComboBox(self)
        self.sitzung.setAccessibleName(self.tr("Sitzung, in der der Sachstand berichtet wurde"))
        self.sitzung.addItem(self.tr("keine Sitzung (Zuordnung lösen)"), None)
        for row in choices:
            self.sitzung.addItem(sitzung_choice(row, with_gremium=gremium is None), row.id)
        self.sitzung.setCurrentIndex(max(self.sitzung.findData(current), 0) if current is not None else 0)
        label = QLabel(self.tr("&Sitzung:"), self)
        label.setBuddy(self.sitzung)
        form = QFormLayout()
        form.addRow(label, self.sitzung)
        hint = style_hint(QLabel(
            self.tr("Nur die Sitzungen von {g}: für dieses Gremium wurde der Sachstand geschrieben.").format(g=gremium)
            if gremium is not None else
            self.tr("Der Sachstand nennt noch kein Gremium; er übernimmt das Gremium der Sitzung."), self))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Zuordnen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbre&chen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def sitzung_id(self) -> int | None:
        return self.sitzung.currentData()
