"""The budget lines per Doppelhaushalt and the yearly Zielvereinbarungen as editable table models.

The models hold plain ``BudgetZeile`` / ``ZielvereinbarungZeile`` records and
replace a whole record when a cell is edited, so the table's value is a tuple
that the form's undo stack can keep. An input the model cannot read is refused
with a German message (``refused``); what only the service can judge (negative
amounts, a Doppelhaushalt twice, the year range, an empty Vereinbarung) is
checked when saving. Rows keep the order in which they were entered until the
next save or load, which brings the stored chronological order; there is no
sort proxy, since a row jumping away while it is being typed would be worse
than an unsorted moment.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal

from iq_desktop.formatting import format_amount, format_euro, parse_amount
from iq_desktop.i18n import QT_TRANSLATE_NOOP, translate
from iq_desktop.services.read_models import BudgetZeile, ZielvereinbarungZeile

_CONTEXT = "Ressourcen"
Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row", BudgetZeile, ZielvereinbarungZeile)
#: the largest amount a database integer column holds everywhere (SQL Server's INT)
MAX_BETRAG = 2_147_483_647
#: the years a Zielvereinbarung may have (the service's range)
JAHR_VON, JAHR_BIS = 2000, 2100


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class Abgelehnt(ValueError):
    """An input that cannot become a cell's value; ``message`` says why, in German."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Eingabe(enum.Enum):
    """Which editor a column's cells open."""

    TEXT = "text"
    BETRAG = "betrag"
    DOPPELHAUSHALT = "doppelhaushalt"
    JAHR = "jahr"
    ERREICHT = "erreicht"


#: a cell's new row and, perhaps, a note for the user (an amount rounded to whole euros)
Uebernahme = tuple[Any, str | None]


@dataclass(frozen=True)
class Spalte:
    """One column: header, text shown, value handed to the editor, and how an edit makes a new row."""

    header: str
    show: Callable[[Any], str]
    edit: Callable[[Any], Any]
    put: Callable[[Any, Any], Uebernahme]
    eingabe: Eingabe = Eingabe.TEXT
    #: takes the width the other columns leave
    stretch: bool = False
    #: a starting width the user may drag (for a column that would otherwise squeeze a stretching one)
    width: int | None = None
    #: amounts are right-aligned, so their digits line up
    right: bool = False


# --- reading inputs ---------------------------------------------------------------------------------
def whole_euros(text: Any) -> tuple[int | None, str | None]:
    """An amount typed in German, in whole euros (the database keeps euros), and a note if it was rounded."""
    typed = "" if text is None else str(text)
    try:
        amount = parse_amount(typed)
    except ValueError:
        raise Abgelehnt(translate("Ressourcen", "„{eingabe}“ ist kein Betrag. Bitte in Euro eingeben, z. B. 12500, "
                                  "12.500 oder 12.500,50.").format(eingabe=typed.strip())) from None
    if amount is None:
        return None, None
    euros = int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if abs(euros) > MAX_BETRAG:
        raise Abgelehnt(translate("Ressourcen", "Der Betrag {betrag} ist zu groß.").format(betrag=format_euro(amount)))
    if euros == amount:
        return euros, None
    return euros, translate("Ressourcen", "Budgets werden in ganzen Euro geführt: {eingabe} wurde auf {gerundet} "
                            "gerundet.").format(eingabe=format_euro(amount), gerundet=format_euro(euros))


def doppelhaushalt(text: Any) -> str:
    """"2027", "2027/28" or "2027/2028" as "2027/2028"; the service checks that the years follow each other."""
    typed = "".join(str(text or "").split())
    match = re.fullmatch(r"(\d{4})(?:/(\d{2}|\d{4}))?", typed)
    if match is None:
        raise Abgelehnt(translate("Ressourcen", "„{eingabe}“ ist kein Doppelhaushalt. Bitte z. B. 2027/2028 oder kurz "
                                  "2027 eingeben.").format(eingabe=typed))
    start, end = match.group(1), match.group(2)
    if end is None:
        return f"{start}/{int(start) + 1}"
    if len(end) == 2:
        return f"{start}/{start[:2]}{end}"
    return typed


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())  # one line: the cell editor cannot hold line breaks anyway


# --- Budget -----------------------------------------------------------------------------------------
def _amount_column(header: str, name: str) -> Spalte:
    def put(row: BudgetZeile, value: Any) -> Uebernahme:
        euros, note = whole_euros(value)
        return dataclasses.replace(row, **{name: euros}), note

    return Spalte(header, lambda r: format_euro(getattr(r, name)), lambda r: format_amount(getattr(r, name)), put,
                  Eingabe.BETRAG, right=True, stretch=True)


BUDGET_SPALTEN = (
    Spalte(QT_TRANSLATE_NOOP("Ressourcen", "Doppelhaushalt"), lambda r: r.doppelhaushalt, lambda r: r.doppelhaushalt,
           lambda r, v: (dataclasses.replace(r, doppelhaushalt=doppelhaushalt(v)), None), Eingabe.DOPPELHAUSHALT),
    _amount_column(QT_TRANSLATE_NOOP("Ressourcen", "Geplant"), "geplant"),
    _amount_column(QT_TRANSLATE_NOOP("Ressourcen", "Bewilligt"), "bewilligt"),
    _amount_column(QT_TRANSLATE_NOOP("Ressourcen", "Ausgegeben"), "ausgegeben"),
)


# --- Zielvereinbarungen -----------------------------------------------------------------------------
#: the editor's keys of "erreicht" and their stored values
ERREICHT: dict[str, bool | None] = {"offen": None, "ja": True, "nein": False}
ERREICHT_WORTE = {
    "offen": QT_TRANSLATE_NOOP("Ressourcen", "offen"),
    "ja": QT_TRANSLATE_NOOP("Ressourcen", "ja"),
    "nein": QT_TRANSLATE_NOOP("Ressourcen", "nein"),
}


def erreicht_key(value: bool | None) -> str:
    return next(key for key, stored in ERREICHT.items() if stored is value)


def erreicht_word(value: bool | None) -> str:
    return _tr(ERREICHT_WORTE[erreicht_key(value)])


def _jahr(row: ZielvereinbarungZeile, value: Any) -> Uebernahme:
    try:
        jahr = int(str(value).strip())
    except ValueError:
        raise Abgelehnt(translate("Ressourcen", "„{eingabe}“ ist kein Jahr.").format(eingabe=value)) from None
    return dataclasses.replace(row, jahr=jahr), None


def _erreicht(row: ZielvereinbarungZeile, value: Any) -> Uebernahme:
    if value not in ERREICHT:
        raise Abgelehnt(translate("Ressourcen", "Bitte „ja“, „nein“ oder „offen“ wählen."))
    return dataclasses.replace(row, erreicht=ERREICHT[value]), None


ZIELVEREINBARUNG_SPALTEN = (
    Spalte(QT_TRANSLATE_NOOP("Ressourcen", "Jahr"), lambda r: str(r.jahr), lambda r: r.jahr, _jahr, Eingabe.JAHR),
    Spalte(QT_TRANSLATE_NOOP("Ressourcen", "Vereinbarung"), lambda r: r.text, lambda r: r.text,
           lambda r, v: (dataclasses.replace(r, text=_text(v)), None), stretch=True),
    Spalte(QT_TRANSLATE_NOOP("Ressourcen", "Erreicht"), lambda r: erreicht_word(r.erreicht),
           lambda r: erreicht_key(r.erreicht), _erreicht, Eingabe.ERREICHT),
    Spalte(QT_TRANSLATE_NOOP("Ressourcen", "Bemerkung"), lambda r: r.bemerkung or "", lambda r: r.bemerkung or "",
           lambda r, v: (dataclasses.replace(r, bemerkung=_text(v) or None), None), width=220),
)


# --- the models -------------------------------------------------------------------------------------
class ResourceModel(QAbstractTableModel, Generic[Row]):
    """Editable rows of one record type; every accepted edit replaces the row's record."""

    #: an input was refused: the German reason
    refused = Signal(str)
    #: an input was taken: a note about it ("" for none), e.g. that an amount was rounded
    noted = Signal(str)

    columns: Sequence[Spalte] = ()
    #: the column a new row's editor opens in
    first_edit_column = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def new_row(self) -> Row:
        raise NotImplementedError

    def rows(self) -> tuple[Row, ...]:
        return tuple(self._rows)

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows``; with the same number of rows only the changed ones repaint (the current cell stays)."""
        rows = list(rows)
        if len(rows) != len(self._rows):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        for number, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
            if old != new:
                self._rows[number] = new
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.columns[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def header(self, column: int) -> str:
        return _tr(self.columns[column].header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.show(row)
        if role == Qt.ItemDataRole.EditRole:
            return column.edit(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        old = self._rows[index.row()]
        try:
            new, note = self.columns[index.column()].put(old, value)
        except Abgelehnt as refusal:
            self.refused.emit(refusal.message)
            return False
        self.noted.emit(note or "")
        if new != old:
            self._rows[index.row()] = new
            self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(len(self.columns) - 1))
        return True

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for offset in range(count):
            self._rows.insert(row + offset, self.new_row())
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        return True


def _this_year() -> int:
    return QDate.currentDate().year()


class BudgetModel(ResourceModel[BudgetZeile]):
    """Planned, approved and spent euros per Doppelhaushalt."""

    columns = BUDGET_SPALTEN
    first_edit_column = 1  # the Doppelhaushalt is proposed; the planned amount is what is typed first

    def new_row(self) -> BudgetZeile:
        """The Doppelhaushalt after the latest one, or the one running now (Karlsruhe's start in even years)."""
        starts = [int(r.doppelhaushalt[:4]) for r in self._rows if r.doppelhaushalt[:4].isdigit()]
        start = max(starts) + 2 if starts else _this_year() - _this_year() % 2
        return BudgetZeile(f"{start}/{start + 1}", None, None, None)


class ZielvereinbarungModel(ResourceModel[ZielvereinbarungZeile]):
    """One line per yearly target agreement: year, text, reached (ja / nein / offen), remark."""

    columns = ZIELVEREINBARUNG_SPALTEN
    first_edit_column = 1

    def new_row(self) -> ZielvereinbarungZeile:
        """Next year's agreement after the latest one, or this year's."""
        years = [r.jahr for r in self._rows]
        return ZielvereinbarungZeile(min(max(years) + 1, JAHR_BIS) if years else _this_year(), "", None, None)


# --- in words, for the compare dialog ----------------------------------------------------------------
def budgets_text(rows: Sequence[BudgetZeile]) -> str:
    """e.g. "2025/2026: geplant 120.000,00 €, bewilligt 100.000,00 €, ausgegeben –"."""
    parts = []
    for row in rows:
        amounts = ", ".join(f"{_tr(spalte.header).lower()} {spalte.show(row) or '–'}" for spalte in BUDGET_SPALTEN[1:])
        parts.append(f"{row.doppelhaushalt}: {amounts}")
    return "; ".join(parts)


def zielvereinbarungen_text(rows: Sequence[ZielvereinbarungZeile]) -> str:
    """e.g. "2026: Pilot im Bürgerbüro (erreicht: ja)"."""
    parts = []
    for row in rows:
        text = translate("Ressourcen", "{jahr}: {text} (erreicht: {erreicht})").format(
            jahr=row.jahr, text=row.text, erreicht=erreicht_word(row.erreicht))
        parts.append(f"{text} – {row.bemerkung}" if row.bemerkung else text)
    return "; ".join(parts)
