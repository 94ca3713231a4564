"""The portfolio lists (terms, project rows, corridor tree) from a handful of plain SQL queries.

Written once and run two ways: by SQLAlchemy (``services.portfolio``, every
backend) and, for the first frame after start, by the standard library's
``sqlite3`` (``services.quick_start``) before SQLAlchemy is even imported.
That is why this module imports neither SQLAlchemy nor the models: the SQL
below is plain, portable SELECTs (SQLite, PostgreSQL, SQL Server), one per
kind of record, and the derived values come from ``services.derived`` as
everywhere else. A test compares both ways on the same database.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, Protocol

from iq_desktop import reference
from iq_desktop.enums import Ampel, EtappenzielStatus, PhasenStatus, ProjektStatus, RisikoStatus, Rolle
from iq_desktop.formatting import german_sort_key
from iq_desktop.services import derived
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.names import full_name
from iq_desktop.services.read_models import KorridorKnoten, ProjektKnoten, ProjektZeile

ARCHIV = (ProjektStatus.ABGESCHLOSSEN, ProjektStatus.ABGEBROCHEN)


class RowReader(Protocol):
    """Runs one SELECT and returns its rows as tuples, columns in the order of the statement."""

    def rows(self, sql: str) -> Sequence[Sequence[Any]]: ...


def _in(values: Iterable[Any]) -> str:
    # our own enum values, never user input: safe to write as literals
    return ", ".join(f"'{v.value}'" for v in values)


TERMS_SQL = "SELECT schluessel, singular, plural, genitiv FROM begriff"
LATEST_CHANGE_SQL = "SELECT max(id) FROM audit_eintrag"

_PROJECTS_SQL = (
    "SELECT p.id, p.titel, p.korridorthema_id, k.name, k.position, bm.titel, bm.vorname, bm.nachname, "
    "p.status, p.ampel, p.aktualisiert_am, p.nicht_oeffentlich "
    "FROM leitprojekt p JOIN korridorthema k ON k.id = p.korridorthema_id "
    "LEFT JOIN person bm ON bm.id = k.buergermeister_id"
)
ACTIVE_PROJECTS_SQL = f"{_PROJECTS_SQL} WHERE p.status NOT IN ({_in(ARCHIV)})"
CORRIDORS_SQL = (
    "SELECT k.id, k.name, bm.titel, bm.vorname, bm.nachname FROM korridorthema k "
    "LEFT JOIN person bm ON bm.id = k.buergermeister_id ORDER BY k.position, k.name"
)
PHASES_SQL = "SELECT leitprojekt_id, position, name, status FROM phase"
OPEN_MILESTONES_SQL = (
    "SELECT leitprojekt_id, id, titel, faellig_am, status FROM etappenziel "
    f"WHERE status = '{EtappenzielStatus.OFFEN.value}'"
)
OPEN_RISKS_SQL = (
    "SELECT leitprojekt_id, id, titel, wahrscheinlichkeit, auswirkung, status, erkannt_am FROM risiko "
    f"WHERE status <> '{RisikoStatus.GESCHLOSSEN.value}'"
)
LEADS_SQL = (
    "SELECT m.leitprojekt_id, m.bis, pe.titel, pe.vorname, pe.nachname FROM mitwirkung m "
    f"JOIN person pe ON pe.id = m.person_id WHERE m.rolle = '{Rolle.PROJEKTLEITUNG.value}'"
)


# --- values as the drivers return them --------------------------------------------------------------
def as_date(value: Any) -> dt.date | None:
    """SQLite returns ISO text, the server drivers return dates."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def as_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


class _Phase(NamedTuple):
    position: int
    name: str
    status: PhasenStatus


class _Milestone(NamedTuple):
    id: int
    titel: str
    faellig_am: dt.date
    status: EtappenzielStatus


class _Risk(NamedTuple):
    id: int
    titel: str
    wahrscheinlichkeit: int
    auswirkung: int
    status: RisikoStatus
    erkannt_am: dt.date


class _Project(NamedTuple):
    id: int
    titel: str
    korridorthema_id: int
    korridor: str
    korridor_position: int
    buergermeister: str | None
    status: ProjektStatus
    ampel: Ampel | None
    aktualisiert_am: dt.datetime
    nicht_oeffentlich: bool


class _Form(NamedTuple):
    schluessel: str
    singular: str
    plural: str
    genitiv: str


def _name(titel: str | None, vorname: str | None, nachname: str | None) -> str | None:
    return full_name(titel, vorname, nachname) if nachname else None


def _projects(reader: RowReader, *, mit_archiv: bool) -> list[_Project]:
    projects = [
        _Project(r[0], r[1], r[2], r[3], r[4], _name(r[5], r[6], r[7]), ProjektStatus(r[8]),
                 Ampel(r[9]) if r[9] else None, as_datetime(r[10]), bool(r[11]))
        for r in reader.rows(_PROJECTS_SQL if mit_archiv else ACTIVE_PROJECTS_SQL)
    ]
    # titles in dictionary order (umlauts with their base letter), corridors in their order
    projects.sort(key=lambda p: (p.korridor_position, p.korridor, german_sort_key(p.titel)))
    return projects


# --- the three lists -------------------------------------------------------------------------------
def read_terms(reader: RowReader) -> Begriffe:
    """The stored terms, completed by the originals where one is missing."""
    forms: dict[str, Any] = {b.schluessel: b for b in reference.BEGRIFFE_ORIGINAL}
    for row in reader.rows(TERMS_SQL):
        form = _Form(*row)
        forms[form.schluessel] = form
    return Begriffe.from_forms(forms)


#: the reporting cycle everyone working with the database shares (Einstellungen), if one is set
BERICHTSZYKLUS = "berichtszyklus_tage"
CYCLE_SQL = f"SELECT wert FROM datenbank_eigenschaft WHERE schluessel = '{BERICHTSZYKLUS}'"


def read_cycle(reader: RowReader, fallback: int) -> int:
    """The database's reporting cycle in days; ``fallback`` (the settings') when it names none.

    The cycle decides which projects count as stale and what rule 7 finds, so
    every desk on the same data must use the same one.
    """
    rows = reader.rows(CYCLE_SQL)
    if rows:
        try:
            days = int(rows[0][0])
        except (TypeError, ValueError):
            days = 0
        if 1 <= days <= 366:
            return days
    return fallback


def read_project_rows(
    reader: RowReader, *, stichtag: dt.date, berichtszyklus_tage: int, mit_archiv: bool
) -> list[ProjektZeile]:
    """One row per Leitprojekt, ordered by corridor and title; archived ones only on request.

    ``berichtszyklus_tage`` applies where the database names no cycle of its own.
    """
    return _project_rows(reader, _projects(reader, mit_archiv=mit_archiv), stichtag,
                         read_cycle(reader, berichtszyklus_tage))


def read_corridor_tree(reader: RowReader, *, mit_archiv: bool) -> list[KorridorKnoten]:
    """Every Korridorthema (also those without projects) with its Leitprojekte in title order."""
    return _corridor_tree(reader, _projects(reader, mit_archiv=mit_archiv))


class PortfolioLists(NamedTuple):
    """What the main window shows, read in one transaction."""

    terms: Begriffe
    rows: list[ProjektZeile]
    corridors: list[KorridorKnoten]
    #: the newest audit row when read: a later one means someone changed something since
    latest_change: int
    #: the reporting cycle the rows were judged by (the database's, else the settings')
    berichtszyklus_tage: int


def read_latest_change(reader: RowReader) -> int:
    """The newest audit row's id (0 in an empty database); one indexed lookup."""
    rows = reader.rows(LATEST_CHANGE_SQL)
    return int(rows[0][0] or 0) if rows else 0


def read_portfolio_lists(
    reader: RowReader, *, stichtag: dt.date, berichtszyklus_tage: int, mit_archiv: bool
) -> PortfolioLists:
    """Terms, project rows and corridor tree together, reading the projects once."""
    projects = _projects(reader, mit_archiv=mit_archiv)
    zyklus = read_cycle(reader, berichtszyklus_tage)
    return PortfolioLists(
        read_terms(reader),
        _project_rows(reader, projects, stichtag, zyklus),
        _corridor_tree(reader, projects),
        read_latest_change(reader),
        zyklus,
    )


def _project_rows(
    reader: RowReader, projects: list[_Project], stichtag: dt.date, berichtszyklus_tage: int
) -> list[ProjektZeile]:
    phases: dict[int, list[_Phase]] = defaultdict(list)
    for r in reader.rows(PHASES_SQL):
        phases[r[0]].append(_Phase(r[1], r[2], PhasenStatus(r[3])))
    milestones: dict[int, list[_Milestone]] = defaultdict(list)
    for r in reader.rows(OPEN_MILESTONES_SQL):
        milestones[r[0]].append(_Milestone(r[1], r[2], as_date(r[3]), EtappenzielStatus(r[4])))
    risks: dict[int, list[_Risk]] = defaultdict(list)
    for r in reader.rows(OPEN_RISKS_SQL):
        risks[r[0]].append(_Risk(r[1], r[2], r[3], r[4], RisikoStatus(r[5]), as_date(r[6])))
    leads: dict[int, list[str]] = defaultdict(list)
    # names in German dictionary order ("Özdemir" with the O), not the database's collation
    for r in sorted(reader.rows(LEADS_SQL), key=lambda r: (german_sort_key(r[4] or ""), german_sort_key(r[3] or ""))):
        if derived.not_ended(as_date(r[1]), stichtag):
            leads[r[0]].append(full_name(r[2], r[3], r[4]))

    rows = []
    for p in projects:
        phase = derived.current_phase(phases.get(p.id, ()))
        milestone = derived.next_milestone(milestones.get(p.id, ()))
        risk = derived.top_risk(risks.get(p.id, ()))
        rows.append(
            ProjektZeile(
                id=p.id,
                titel=p.titel,
                korridorthema_id=p.korridorthema_id,
                korridorthema=p.korridor,
                buergermeister=p.buergermeister,
                projektleitung=", ".join(leads.get(p.id, ())) or None,
                status=p.status,
                ampel=p.ampel,
                aktuelle_phase=phase.name if phase else None,
                naechstes_etappenziel=milestone.titel if milestone else None,
                naechstes_etappenziel_am=milestone.faellig_am if milestone else None,
                top_risiko=risk.titel if risk else None,
                top_risiko_score=derived.risk_score(risk) if risk else None,
                aktualisiert_am=p.aktualisiert_am,
                veraltet=(
                    p.status not in ARCHIV
                    and derived.is_stale(p.aktualisiert_am, stichtag, berichtszyklus_tage)
                ),
                nicht_oeffentlich=p.nicht_oeffentlich,
            )
        )
    return rows


def _corridor_tree(reader: RowReader, all_projects: list[_Project]) -> list[KorridorKnoten]:
    corridors = reader.rows(CORRIDORS_SQL)
    projects: dict[int, list[ProjektKnoten]] = defaultdict(list)
    for p in sorted(all_projects, key=lambda p: german_sort_key(p.titel)):
        projects[p.korridorthema_id].append(ProjektKnoten(p.id, p.titel, p.status, p.ampel))
    return [
        KorridorKnoten(id=c[0], name=c[1], buergermeister=_name(c[2], c[3], c[4]),
                       projekte=tuple(projects.get(c[0], ())))
        for c in corridors
    ]

