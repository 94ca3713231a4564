"""The read-only detail panel of the selected Leitprojekt (profile, state, dates, description)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.services.begriffe import Begriffe
from iq_desktop.ui import formatting
from iq_desktop.ui.projects.table_model import VERALTET_FARBE
from iq_desktop.ui.widgets.ampel import ampel_accessible, ampel_pixmap, ampel_word

if TYPE_CHECKING:
    from iq_desktop.services.read_models import LeitprojektDetail

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
_EMPTY = "–"


def _value_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(_SELECTABLE)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab, not only by click
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


class DetailPanel(QWidget):
    """Shows one ``LeitprojektDetail``; before a selection it says what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terms = Begriffe.original()
        self.projekt_id: int | None = None

        self.section_label = QLabel(self.tr("D&etails"), self)
        self.section_label.setObjectName("bereichstitel")

        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("hinweis")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.content = QWidget(self)
        self.title = _value_label(self.content, self.tr("Titel"))
        self.title.setObjectName("projekttitel")
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setBold(True)
        self.title.setFont(title_font)

        self.subtitle = _value_label(self.content, self.tr("Einordnung"))
        self.subtitle.setWordWrap(False)
        self.ampel_dot = QLabel(self.content)
        self.ampel_text = _value_label(self.content, self.tr("Ampel"))
        subtitle_row = QHBoxLayout()
        subtitle_row.setSpacing(6)
        subtitle_row.addWidget(self.subtitle)
        subtitle_row.addWidget(self.ampel_dot)
        subtitle_row.addWidget(self.ampel_text, 1)

        self.fields: dict[str, QLabel] = {}
        left = self._form(
            ("beginn", self.tr("Beginn:")),
            ("geplantes_ende", self.tr("Geplantes Ende:")),
            ("kickoff", self.tr("Kick-off:")),
            ("projektleitung", self.tr("Projektleitung:")),
            ("auftraggeber", self.tr("Auftraggeber/in:")),
        )
        right = self._form(
            ("aktuelle_phase", self.tr("Aktuelle Phase:")),
            ("naechstes_etappenziel", self.tr("Nächstes Etappenziel:")),
            ("top_risiko", self.tr("Top-Risiko:")),
            ("aktualisiert_am", self.tr("Aktualisiert am:")),
        )
        columns = QHBoxLayout()
        columns.setSpacing(40)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)

        self.description_label = QLabel(self.tr("Beschreibung:"), self.content)
        self.description = _value_label(self.content, self.tr("Beschreibung"))
        self.description_label.setBuddy(self.description)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setMaximumWidth(self.fontMetrics().averageCharWidth() * 120)  # readable lines

        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(12, 10, 12, 12)
        content_layout.setSpacing(8)
        content_layout.addWidget(self.title)
        content_layout.addLayout(subtitle_row)
        line = QFrame(self.content)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        content_layout.addWidget(line)
        content_layout.addLayout(columns)
        content_layout.addSpacing(4)
        content_layout.addWidget(self.description_label)
        content_layout.addWidget(self.description)
        content_layout.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("details")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.content)
        self.scroll.setBackgroundRole(QPalette.ColorRole.Base)  # a white card, like the list above
        self.content.setBackgroundRole(QPalette.ColorRole.Base)
        self.content.setAutoFillBackground(True)
        self.scroll.setAccessibleName(self.tr("Details zum Leitprojekt"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its labels take the focus
        self.section_label.setBuddy(self.title)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.scroll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.section_label)
        layout.addWidget(self.stack, 1)
        self.show_message(self.tr("Wird geladen …"))

    def _form(self, *rows: tuple[str, str]) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        for key, text in rows:
            value = _value_label(self.content, text.rstrip(":"))
            label = QLabel(text, self.content)
            label.setBuddy(value)
            form.addRow(label, value)
            self.fields[key] = value
        return form

    # --- states --------------------------------------------------------------------------------
    def set_terms(self, terms: Begriffe) -> None:
        self._terms = terms
        self.scroll.setAccessibleName(self.tr("Details zum {Leitprojekt}").format(**terms.format_args()))

    def show_message(self, text: str) -> None:
        """No project shown: the text says why (loading, nothing selected, no database)."""
        self.projekt_id = None
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)

    def show_nothing_selected(self) -> None:
        self.show_message(
            self.tr("Bitte links oder in der Liste ein {Leitprojekt} wählen.").format(**self._terms.format_args())
        )

    def show_project(
        self,
        detail: LeitprojektDetail,
        *,
        veraltet: bool,
        berichtszyklus_tage: int,
        stichtag: dt.date,
    ) -> None:
        from iq_desktop.services import derived

        self.projekt_id = detail.id
        self.title.setText(detail.titel)
        self.subtitle.setText(f"{detail.korridorthema} · {detail.status.label} ·")
        self.subtitle.setAccessibleName(
            self.tr("{Korridorthema} und Status").format(**self._terms.format_args())
        )
        self.ampel_dot.setPixmap(ampel_pixmap(detail.ampel, 12))
        self.ampel_dot.setAccessibleName(ampel_accessible(detail.ampel))
        ampel = ampel_word(detail.ampel)
        self.ampel_text.setText(f"{ampel} – {detail.ampel_notiz}" if detail.ampel_notiz else ampel)
        self.ampel_text.setAccessibleName(ampel_accessible(detail.ampel))

        leads = [m.person for m in detail.projektleitung if derived.not_ended(m.bis, stichtag)]
        phase = derived.current_phase(detail.phasen)
        milestone = derived.next_milestone(detail.etappenziele)
        risk = derived.top_risk(detail.risiken)
        values = {
            "beginn": formatting.format_date(detail.beginn),
            "geplantes_ende": formatting.format_date(detail.geplantes_ende),
            "kickoff": formatting.format_date(detail.kickoff_am),
            "projektleitung": ", ".join(leads),
            "auftraggeber": detail.buergermeister or "",
            "aktuelle_phase": phase.name if phase else "",
            "naechstes_etappenziel": formatting.milestone_text(
                milestone.titel if milestone else None, milestone.faellig_am if milestone else None
            ),
            "top_risiko": (
                self.tr("{titel} (Risikowert {wert})").format(titel=risk.titel, wert=derived.risk_score(risk))
                if risk
                else ""
            ),
            "aktualisiert_am": formatting.updated_text(detail.aktualisiert_am, veraltet),
        }
        for key, text in values.items():
            self.fields[key].setText(text or _EMPTY)
        updated = self.fields["aktualisiert_am"]
        updated.setStyleSheet(f"color: {VERALTET_FARBE};" if veraltet else "")
        updated.setToolTip(formatting.stale_tooltip(berichtszyklus_tage) if veraltet else "")
        self.description.setText(detail.beschreibung or self.tr("Keine Beschreibung erfasst."))
        self.stack.setCurrentWidget(self.scroll)
        self.scroll.verticalScrollBar().setValue(0)
