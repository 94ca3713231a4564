"""The Steckbrief tab: every profile field of a Leitprojekt, as the city publishes it.

The form reads a ``LeitprojektDetail`` and hands back a ``projects.Steckbrief``;
saving is the editor's job. The Ampel (overall, its note, Zeit, Budget,
Personal) and the resources (staff summary, budget lines per Doppelhaushalt,
yearly Zielvereinbarungen) are fields like any other: bound to the form's undo
stack, part of the dirty state and of the three-way merge.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.enums import ProjektStatus, StrategieArt
from iq_desktop.formatting import format_date
from iq_desktop.i18n import translate
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.projects import Steckbrief
from iq_desktop.services.read_models import LeitprojektDetail, ZielZeile
from iq_desktop.services.steckbrief_choices import STANDARD_KANAELE, SteckbriefAuswahl
from iq_desktop.ui.editor.bindings import (
    Binding,
    bind_ampel,
    bind_check,
    bind_choice,
    bind_date,
    bind_line,
    bind_text,
    bind_widget,
)
from iq_desktop.ui.editor.list_widgets import CheckList, OrderedTextList
from iq_desktop.ui.editor.resource_models import (
    BudgetModel,
    ZielvereinbarungModel,
    budgets_text,
    zielvereinbarungen_text,
)
from iq_desktop.ui.editor.resource_table import ResourceTable
from iq_desktop.ui.widgets.ampel import AmpelAuswahl, ampel_word
from iq_desktop.ui.widgets.date_field import DateField
from iq_desktop.ui.widgets.labels import style_section

#: shown before a field's error, so the message does not rely on its colour
WARN = "⚠"
ERROR_COLOUR = "#b71c1c"
#: the Ampel choices: overall, then the three dimensions
AMPEL_KEYS = ("ampel", "ampel_zeit", "ampel_budget", "ampel_personal")


def _mnemonic(word: str, position: int) -> str:
    """``word`` with its Alt+letter before the character at ``position`` (terms differ per city)."""
    return f"{word[:position]}&{word[position:]}" if 0 <= position < len(word) else word


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)  # Tab leaves the field, as in every other field
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class SteckbriefTab(QScrollArea):
    def __init__(self, stack: QUndoStack, terms: Begriffe, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._stack = stack
        self.bindings: dict[str, Binding] = {}
        self.errors: dict[str, QLabel] = {}
        self._detail: LeitprojektDetail | None = None
        page = QWidget(self)
        self.setWidget(page)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(12, 12, 12, 12)

        # --- Grunddaten --------------------------------------------------------------------------
        self.titel = QLineEdit(page)
        self.korridor = QComboBox(page)
        self.status = QComboBox(page)
        for status in ProjektStatus:
            self.status.addItem(status.label, status)
        self.beginn = DateField(page)
        self.geplantes_ende = DateField(page)
        self.kickoff_am = DateField(page)
        self.nicht_oeffentlich = QCheckBox(self.tr("nicht öffentlich (bleibt in Berichten für öffentliche "
                                                   "Sitzungen weg)"), page)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self._grid_field(grid, 0, 0, "titel", self.tr("&Titel:"), self.tr("Titel"), self.titel, span=3)
        # Alt+O: the corridor's own first letter often clashes with other fields, its second seldom
        self._grid_field(grid, 0, 3, "korridorthema_id", _mnemonic(terms.korridorthema, 1) + ":",
                         terms.korridorthema, self.korridor)
        self._grid_field(grid, 1, 0, "beginn", self.tr("Beg&inn:"), self.tr("Beginn"), self.beginn)
        self._grid_field(grid, 1, 1, "geplantes_ende", self.tr("&Geplantes Ende:"), self.tr("Geplantes Ende"),
                         self.geplantes_ende)
        self._grid_field(grid, 1, 2, "kickoff_am", self.tr("Kick-o&ff am:"), self.tr("Kick-off am"), self.kickoff_am)
        self._grid_field(grid, 1, 3, "status", self.tr("Stat&us:"), self.tr("Status"), self.status)
        grid.addWidget(self.nicht_oeffentlich, 6, 0, 1, 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        for first, second in ((self.titel, self.korridor), (self.korridor, self.beginn),
                              (self.beginn, self.geplantes_ende), (self.geplantes_ende, self.kickoff_am),
                              (self.kickoff_am, self.status), (self.status, self.nicht_oeffentlich)):
            QWidget.setTabOrder(first, second)  # as the fields are read: left to right, top to bottom
        outer.addWidget(style_section(QLabel(self.tr("Grunddaten"), page)))
        outer.addLayout(grid)

        # --- Ampel: what the steering group reads first ------------------------------------------
        self.ampel = AmpelAuswahl(page)
        self.ampel_zeit = AmpelAuswahl(page)
        self.ampel_budget = AmpelAuswahl(page)
        self.ampel_personal = AmpelAuswahl(page)
        self.ampel_notiz = _text_box(page, 2)
        self.ampel_notiz.setPlaceholderText(self.tr("Begründung, z. B. „Personalengpass im Sommer“"))
        ampel = QGridLayout()
        ampel.setHorizontalSpacing(16)
        # Alt+P: the Ampel is set before every Sachstand; Zielgruppe gave its letter up for it
        self._grid_field(ampel, 0, 0, "ampel", self.tr("Am&pel gesamt:"), self.tr("Ampel gesamt"), self.ampel)
        self._grid_field(ampel, 0, 1, "ampel_zeit", self.tr("Zeit:"), self.tr("Ampel Zeit"), self.ampel_zeit)
        self._grid_field(ampel, 0, 2, "ampel_budget", self.tr("Budget:"), self.tr("Ampel Budget"),
                         self.ampel_budget)
        self._grid_field(ampel, 0, 3, "ampel_personal", self.tr("Personal:"), self.tr("Ampel Personal"),
                         self.ampel_personal)
        self._grid_field(ampel, 1, 0, "ampel_notiz", self.tr("Notiz zur Ampel:"), self.tr("Notiz zur Ampel"),
                         self.ampel_notiz, span=4)
        for column in range(4):
            ampel.setColumnStretch(column, 1)
        for first, second in ((self.nicht_oeffentlich, self.ampel), (self.ampel, self.ampel_zeit),
                              (self.ampel_zeit, self.ampel_budget), (self.ampel_budget, self.ampel_personal),
                              (self.ampel_personal, self.ampel_notiz)):
            QWidget.setTabOrder(first, second)
        outer.addWidget(style_section(QLabel(self.tr("Ampel"), page)))
        outer.addLayout(ampel)

        # --- Inhalt ------------------------------------------------------------------------------
        self.beschreibung = _text_box(page, 4)
        self.ziele = OrderedTextList(self.tr("Ziel"), page)
        self.beitrag_korridor = _text_box(page, 3)
        self.zielgruppe = _text_box(page, 2)
        self.zielgruppe_aktiv = QComboBox(page)
        for text, value in ((self.tr("keine Angabe"), None), (self.tr("ja"), True), (self.tr("nein"), False)):
            self.zielgruppe_aktiv.addItem(text, value)
        self.chancen_nutzen = _text_box(page, 3)
        inhalt = QFormLayout()
        self._form_field(inhalt, "beschreibung", self.tr("B&eschreibung:"), self.tr("Beschreibung"),
                         self.beschreibung)
        self._form_field(inhalt, "ziele", self.tr("&Ziele:"), self.tr("Ziele"), self.ziele)
        self._form_field(inhalt, "beitrag_korridor", self.tr("Beit&rag zum {Korridorthema}:").format(
            Korridorthema=terms.korridorthema), self.tr("Beitrag zum {Korridorthema}").format(
            Korridorthema=terms.korridorthema), self.beitrag_korridor)
        self._form_field(inhalt, "zielgruppe", self.tr("Zielgruppe:"), self.tr("Zielgruppe"), self.zielgruppe)
        self._form_field(inhalt, "zielgruppe_aktiv_eingebunden", self.tr("Zielgruppe aktiv eingebunden:"),
                         self.tr("Zielgruppe aktiv eingebunden"), self.zielgruppe_aktiv)
        self._form_field(inhalt, "chancen_nutzen", self.tr("&Chancen und Nutzen:"), self.tr("Chancen und Nutzen"),
                         self.chancen_nutzen)
        outer.addWidget(style_section(QLabel(self.tr("Inhalt und Ziele"), page)))
        outer.addLayout(inhalt)

        # --- Kommunikation -----------------------------------------------------------------------
        self.kanal_boxes = [QCheckBox(translate("Kanäle", name), page) for name in STANDARD_KANAELE]
        self.weitere_kanaele = QLineEdit(page)
        self.weitere_kanaele.setPlaceholderText(self.tr("mehrere durch Semikolon trennen"))
        self.einbindung_zielgruppe = QLineEdit(page)
        self.einbindung_intern = QLineEdit(page)
        self.einbindung_extern = QLineEdit(page)
        kommunikation = QFormLayout()
        boxes = QHBoxLayout()
        for box in self.kanal_boxes:
            boxes.addWidget(box)
        boxes.addStretch(1)
        kanal_label = QLabel(self.tr("Kanäle und Formate:"), page)
        kommunikation.addRow(kanal_label, boxes)
        self._form_field(kommunikation, "weitere_kanaele", self.tr("&Weitere Kanäle und Formate:"),
                         self.tr("Weitere Kanäle und Formate"), self.weitere_kanaele)
        self._form_field(kommunikation, "einbindung_zielgruppe", self.tr("Einbindung der Zielgruppe:"),
                         self.tr("Einbindung der Zielgruppe"), self.einbindung_zielgruppe)
        self._form_field(kommunikation, "einbindung_intern", self.tr("Stadtinterne Kommunikation:"),
                         self.tr("Stadtinterne Kommunikation und Mitwirkung"), self.einbindung_intern)
        self._form_field(kommunikation, "einbindung_extern", self.tr("Kommunikation nach außen:"),
                         self.tr("Kommunikation und Mitwirkung nach außen"), self.einbindung_extern)
        outer.addWidget(style_section(QLabel(self.tr("Kommunikation und Beteiligung"), page)))
        outer.addLayout(kommunikation)

        # --- Aspekte -----------------------------------------------------------------------------
        aspekte = QFormLayout()
        self.aspekte: dict[str, tuple[QCheckBox, QPlainTextEdit]] = {}
        for key, name in (("internationalitaet", self.tr("Internationalität")),
                          ("digitalisierung", self.tr("Digitalisierung")),
                          ("partizipation", self.tr("Partizipation"))):
            box = QCheckBox(self.tr("{aspekt} berücksichtigt").format(aspekt=name), page)
            note = _text_box(page, 2)
            self.aspekte[key] = (box, note)
            aspekte.addRow(box)
            self._form_field(aspekte, f"{key}_wie", self.tr("Wie ({aspekt}):").format(aspekt=name),
                             self.tr("Wie wird {aspekt} berücksichtigt").format(aspekt=name), note)
        outer.addWidget(style_section(QLabel(self.tr("Internationalität, Digitalisierung, Partizipation"), page)))
        outer.addLayout(aspekte)

        # --- Strategie --------------------------------------------------------------------------
        self.strategie = CheckList(page)
        strategie = QFormLayout()
        self._form_field(strategie, "strategie", self.tr("Bezug zur Digitalstrategie:"),
                         self.tr("Handlungsfelder und Gestaltungsprinzipien der Digitalstrategie"), self.strategie)
        outer.addWidget(style_section(QLabel(self.tr("Digitalstrategie"), page)))
        outer.addLayout(strategie)

        # --- Ressourcen --------------------------------------------------------------------------
        self.personal = QLineEdit(page)
        self.personal.setPlaceholderText(self.tr("z. B. 1 PM IT, 1 PM OA"))
        self.budgets = ResourceTable(BudgetModel(), self.tr("Budgetzeile"), page)
        self.zielvereinbarungen = ResourceTable(ZielvereinbarungModel(), self.tr("Zielvereinbarung"), page)
        ressourcen = QFormLayout()
        self._form_field(ressourcen, "personal", self.tr("Personelle Ressourcen:"), self.tr("Personelle Ressourcen"),
                         self.personal)
        # Alt+M and Alt+J: the only letters this page and the window leave free
        self._form_field(ressourcen, "budgets", self.tr("Haushalts&mittel je Doppelhaushalt:"),
                         self.tr("Haushaltsmittel je Doppelhaushalt"), self.budgets)
        self._form_field(ressourcen, "zielvereinbarungen", self.tr("Zielvereinbarungen je &Jahr:"),
                         self.tr("Zielvereinbarungen je Jahr"), self.zielvereinbarungen)
        outer.addWidget(style_section(QLabel(self.tr("Ressourcen und Zielvereinbarungen"), page)))
        outer.addLayout(ressourcen)
        for key, table in (("budgets", self.budgets), ("zielvereinbarungen", self.zielvereinbarungen)):
            table.refused.connect(lambda message, key=key: self._show_message(key, message))
            table.changed.connect(lambda key=key: self.clear_errors([key]))  # corrected: the old reason goes

        # --- Ausblick ----------------------------------------------------------------------------
        self.ausblick = _text_box(page, 3)
        rest = QFormLayout()
        self._form_field(rest, "ausblick", self.tr("Ausblic&k:"), self.tr("Ausblick"), self.ausblick)
        outer.addWidget(style_section(QLabel(self.tr("Ausblick"), page)))
        outer.addLayout(rest)
        outer.addStretch(1)
        self._bind(stack)

    # --- layout helpers ---------------------------------------------------------------------------
    def _error_label(self, key: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {ERROR_COLOUR};")
        label.setObjectName(f"fehler_{key}")
        label.hide()
        self.errors[key] = label
        return label

    def _grid_field(self, grid: QGridLayout, row: int, column: int, key: str, text: str, accessible: str,
                    widget: QWidget, *, span: int = 1) -> None:
        label = QLabel(text, self.widget())
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        base = row * 3 if row else 0
        grid.addWidget(label, base, column, 1, span)
        grid.addWidget(widget, base + 1, column, 1, span)
        grid.addWidget(self._error_label(key, self.widget()), base + 2, column, 1, span)

    def _form_field(self, form: QFormLayout, key: str, text: str, accessible: str, widget: QWidget) -> None:
        label = QLabel(text, self.widget())
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        if isinstance(widget, OrderedTextList | CheckList | ResourceTable):
            widget.view.setAccessibleName(accessible)  # the list view is what takes the focus
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self._error_label(key, self.widget()))
        form.addRow(label, column)

    def _bind(self, stack: QUndoStack) -> None:
        b = self.bindings
        b["titel"] = bind_line("titel", self.tr("Titel"), self.titel, stack)
        b["korridorthema_id"] = bind_choice("korridorthema_id", self.korridor.accessibleName(), self.korridor, stack)
        b["status"] = bind_choice("status", self.tr("Status"), self.status, stack)
        for key in ("beginn", "geplantes_ende", "kickoff_am"):
            field: DateField = getattr(self, key)
            b[key] = bind_date(key, field.accessibleName(), field, stack)
        b["nicht_oeffentlich"] = bind_check("nicht_oeffentlich", self.tr("nicht öffentlich"), self.nicht_oeffentlich,
                                            stack)
        for key in AMPEL_KEYS:
            choice: AmpelAuswahl = getattr(self, key)
            b[key] = bind_ampel(key, choice.accessibleName(), choice, stack)
        b["ampel_notiz"] = bind_text("ampel_notiz", self.tr("Notiz zur Ampel"), self.ampel_notiz, stack)
        for key in ("beschreibung", "beitrag_korridor", "zielgruppe", "chancen_nutzen", "ausblick"):
            box: QPlainTextEdit = getattr(self, key)
            b[key] = bind_text(key, box.accessibleName(), box, stack)
        b["ziele"] = bind_widget("ziele", self.tr("Ziele"), self.ziele, stack)
        b["zielgruppe_aktiv_eingebunden"] = bind_choice("zielgruppe_aktiv_eingebunden",
                                                        self.tr("Zielgruppe aktiv eingebunden"),
                                                        self.zielgruppe_aktiv, stack)
        for name, box in zip(STANDARD_KANAELE, self.kanal_boxes, strict=True):  # keyed by the stored German name
            b[f"kanal:{name}"] = bind_check(f"kanal:{name}", box.text(), box, stack)
        for key in ("weitere_kanaele", "einbindung_zielgruppe", "einbindung_intern", "einbindung_extern",
                    "personal"):
            line: QLineEdit = getattr(self, key)
            b[key] = bind_line(key, line.accessibleName(), line, stack)
        for key, (box, note) in self.aspekte.items():
            b[key] = bind_check(key, box.text(), box, stack)
            b[f"{key}_wie"] = bind_text(f"{key}_wie", note.accessibleName(), note, stack)
        b["strategie"] = bind_widget("strategie", self.tr("Digitalstrategie"), self.strategie, stack)
        b["budgets"] = bind_widget("budgets", self.tr("Haushaltsmittel je Doppelhaushalt"), self.budgets, stack)
        b["zielvereinbarungen"] = bind_widget("zielvereinbarungen", self.tr("Zielvereinbarungen"),
                                              self.zielvereinbarungen, stack)

    # --- data ---------------------------------------------------------------------------------------
    def set_choices(self, auswahl: SteckbriefAuswahl) -> None:
        self.korridor.blockSignals(True)
        self.korridor.clear()
        for ident, name in auswahl.korridorthemen:
            self.korridor.addItem(name, ident)
        self.korridor.blockSignals(False)
        headings = {StrategieArt.HANDLUNGSFELD: self.tr("Handlungsfelder"),
                    StrategieArt.GESTALTUNGSPRINZIP: self.tr("Gestaltungsprinzipien")}
        groups = [
            (headings[art], [(e.id, e.bezeichnung) for e in auswahl.strategie if e.art is art])
            for art in StrategieArt
        ]
        self.strategie.set_entries(groups)

    def load(self, detail: LeitprojektDetail) -> None:
        """Show ``detail`` as stored: no undo step, no error marks."""
        self._detail = detail
        values = self.values_of(detail)
        for key, binding in self.bindings.items():
            binding.load(values[key])
        self.clear_errors()

    @staticmethod
    def values_of(detail: LeitprojektDetail) -> dict[str, Any]:
        """The form's values for a stored project (also the "stored" side of the compare dialog)."""
        standard = {name.casefold() for name in STANDARD_KANAELE}
        weitere = [k for k in detail.kanaele if k.casefold() not in standard]
        values: dict[str, Any] = {
            "titel": detail.titel, "korridorthema_id": detail.korridorthema_id, "status": detail.status,
            "beginn": detail.beginn, "geplantes_ende": detail.geplantes_ende, "kickoff_am": detail.kickoff_am,
            "nicht_oeffentlich": detail.nicht_oeffentlich, "beschreibung": detail.beschreibung,
            "beitrag_korridor": detail.beitrag_korridor, "zielgruppe": detail.zielgruppe,
            "chancen_nutzen": detail.chancen_nutzen, "ausblick": detail.ausblick,
            "ziele": tuple(z.text for z in detail.ziele),
            "zielgruppe_aktiv_eingebunden": detail.zielgruppe_aktiv_eingebunden,
            "weitere_kanaele": "; ".join(weitere) or None,
            "einbindung_zielgruppe": detail.einbindung_zielgruppe, "einbindung_intern": detail.einbindung_intern,
            "einbindung_extern": detail.einbindung_extern, "personal": detail.personal,
            "internationalitaet": detail.internationalitaet, "internationalitaet_wie": detail.internationalitaet_wie,
            "digitalisierung": detail.digitalisierung, "digitalisierung_wie": detail.digitalisierung_wie,
            "partizipation": detail.partizipation, "partizipation_wie": detail.partizipation_wie,
            "strategie": tuple(sorted(detail.strategie_ids)),
            "budgets": tuple(detail.budgets), "zielvereinbarungen": tuple(detail.zielvereinbarungen),
            "ampel": detail.ampel, "ampel_zeit": detail.ampel_zeit, "ampel_budget": detail.ampel_budget,
            "ampel_personal": detail.ampel_personal, "ampel_notiz": detail.ampel_notiz,
        }
        chosen = {k.casefold() for k in detail.kanaele}
        for name in STANDARD_KANAELE:
            values[f"kanal:{name}"] = name.casefold() in chosen
        return values

    def display(self, key: str, value: Any) -> str:
        """A field's value in words, for the compare dialog (names, not ids)."""
        if key in AMPEL_KEYS:
            return ampel_word(value)  # "keine Angabe" is a value here, not an empty field
        if value is None or value == "" or value == ():
            return ""
        if key == "korridorthema_id":
            index = self.korridor.findData(value)
            return self.korridor.itemText(index) if index >= 0 else str(value)
        if key == "strategie":
            names = self.strategie.names()
            return "; ".join(names.get(ident, str(ident)) for ident in value)
        if key == "budgets":
            return budgets_text(value)
        if key == "zielvereinbarungen":
            return zielvereinbarungen_text(value)
        if isinstance(value, bool):
            return self.tr("ja") if value else self.tr("nein")
        if isinstance(value, dt.date):
            return format_date(value)
        if isinstance(value, enum.Enum):
            return getattr(value, "label", str(value.value))
        if isinstance(value, tuple):
            return "; ".join(str(v) for v in value)
        return str(value)

    def values(self) -> dict[str, Any]:
        return {key: binding.value() for key, binding in self.bindings.items()}

    def base_detail(self) -> LeitprojektDetail:
        """The stored state the form was loaded with."""
        assert self._detail is not None
        return self._detail

    def commit_pending(self) -> None:
        """A goal or a table cell still open in its editor becomes part of the value (before save or leave)."""
        self.ziele.commit_pending()
        self.budgets.commit_pending()
        self.zielvereinbarungen.commit_pending()

    def steckbrief(self, values: dict[str, Any] | None = None, base: LeitprojektDetail | None = None) -> Steckbrief:
        """The profile to save: the form's values (or ``values``) over ``base`` (default: as loaded).

        What the user left alone (the channels' exact spelling and order, a goal's level)
        comes from ``base``.
        """
        base = base or self.base_detail()
        v = values if values is not None else self.values()
        stored = self.values_of(base)
        kanal_keys = [f"kanal:{name}" for name in STANDARD_KANAELE] + ["weitere_kanaele"]
        if all(v[key] == stored[key] for key in kanal_keys):
            kanaele = list(base.kanaele)
        else:
            kanaele = [name for name in STANDARD_KANAELE if v[f"kanal:{name}"]]
            kanaele += [part.strip() for part in (v["weitere_kanaele"] or "").split(";") if part.strip()]
        by_text = {z.text: z.ebene for z in base.ziele}
        by_place = [z.ebene for z in base.ziele]

        def ebene(place: int, text: str) -> int:
            """A goal keeps its level when its text changes in place; a new goal is a main goal."""
            if text in by_text:
                return by_text[text]
            return by_place[place] if place < len(by_place) else 0

        daten = Steckbrief.from_detail(base, base.strategie_ids)
        return dataclasses.replace(
            daten,
            titel=v["titel"] or "", korridorthema_id=v["korridorthema_id"], status=v["status"],
            beginn=v["beginn"], geplantes_ende=v["geplantes_ende"], kickoff_am=v["kickoff_am"],
            beschreibung=v["beschreibung"], beitrag_korridor=v["beitrag_korridor"], zielgruppe=v["zielgruppe"],
            zielgruppe_aktiv_eingebunden=v["zielgruppe_aktiv_eingebunden"], chancen_nutzen=v["chancen_nutzen"],
            einbindung_zielgruppe=v["einbindung_zielgruppe"], einbindung_intern=v["einbindung_intern"],
            einbindung_extern=v["einbindung_extern"], internationalitaet=v["internationalitaet"],
            internationalitaet_wie=v["internationalitaet_wie"], digitalisierung=v["digitalisierung"],
            digitalisierung_wie=v["digitalisierung_wie"], partizipation=v["partizipation"],
            partizipation_wie=v["partizipation_wie"], personal=v["personal"], ausblick=v["ausblick"],
            nicht_oeffentlich=v["nicht_oeffentlich"],
            ziele=[ZielZeile(i, ebene(i - 1, text), text) for i, text in enumerate(v["ziele"], 1)],
            kanaele=kanaele, strategie_ids=v["strategie"],
            budgets=v["budgets"], zielvereinbarungen=v["zielvereinbarungen"],
            ampel=v["ampel"], ampel_notiz=v["ampel_notiz"], ampel_zeit=v["ampel_zeit"],
            ampel_budget=v["ampel_budget"], ampel_personal=v["ampel_personal"],
        )

    def labels(self) -> dict[str, str]:
        """Field key → German name, for the compare dialog."""
        return {key: binding.label for key, binding in self.bindings.items()}

    # --- errors -------------------------------------------------------------------------------------
    def show_error(self, key: str | None, message: str) -> bool:
        """Show ``message`` under the field ``key`` and focus it; False when the form has no such field."""
        label = self.errors.get(key or "")
        if label is None:
            return False
        label.setText(f"{WARN} {message}")
        label.show()
        binding = self.bindings.get(key or "")
        if binding is not None:
            self.ensureWidgetVisible(binding.widget)
            binding.widget.setFocus()
        return True

    def _show_message(self, key: str, message: str) -> None:
        """An input a table refused: the reason beside it; the focus stays where the user types."""
        label = self.errors[key]
        label.setText(f"{WARN} {message}")
        label.show()

    def clear_errors(self, keys: Sequence[str] | None = None) -> None:
        for key, label in self.errors.items():
            if keys is None or key in keys:
                label.hide()
                label.clear()
