"""What the Excel overview's sheets hold: titles, columns and rows, free of openpyxl.

Each sheet is a :class:`Blatt`: the German texts above the table, its
columns (header and kind, which decides format and width) and its rows as
plain values, plus the markings that colour cells (the Ampel by its word, rule
findings, overdue milestones). ``excel_overview`` turns them into a workbook;
the benchmark's bare floor writes the very same cells.

The archive: archived Leitprojekte (abgeschlossen, abgebrochen) stay
reportable, so the Übersicht lists every Leitprojekt, one row each, the
archived ones greyed by their status word (a filter hides them). The other
sheets, the Ampel counts and the rule check are about the work in hand:
they hold the working projects only, and Mitwirkung only what has not ended
by the Stichtag (what the rules judge). Each sheet's note line says so.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from iq_desktop.enums import Ampel, EtappenzielStatus, ProjektStatus, RisikoStatus, Rolle
from iq_desktop.i18n import translate
from iq_desktop.services import derived
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.portfolio_tables import PortfolioTabellen
from iq_desktop.services.read_models import Befund, MitwirkungZeile, Regelbericht
from iq_desktop.services.rules import OBJEKT_KORRIDOR, OBJEKT_MITWIRKUNG, OBJEKT_PROJEKT
from iq_desktop.services.validate import format_date

Wert = str | int | dt.date | None

#: a risk's score from which the Risiken sheet marks it (probability × impact, 1–25)
HOHES_RISIKO = 15


class Art(enum.Enum):
    """How a column's cells are written and how wide the column may grow."""

    #: short text on one line (status words, names); ``breite`` is the most it may take
    TEXT = "text"
    #: text that wraps inside its column (titles, findings, measures)
    LANGTEXT = "langtext"
    DATUM = "datum"
    ZAHL = "zahl"


@dataclass(frozen=True, slots=True)
class Spalte:
    titel: str
    art: Art = Art.TEXT
    #: the widest the column gets, in characters (Excel's unit); narrower when its values are short
    breite: float = 18


class Markierung(enum.Enum):
    #: the cell's word (grün / gelb / rot) gives its colour
    AMPEL = "ampel"
    #: a rule finding: the cell is marked when it holds text
    REGELHINWEIS = "regelhinweis"
    #: the whole row greyed when ``spalte`` holds one of ``woerter`` (archived projects, overridden findings)
    GRAU = "grau"
    #: a date before the Stand while ``bezug`` holds ``woerter`` (an open milestone that fell due)
    UEBERFAELLIG = "ueberfaellig"
    #: a number from ``HOHES_RISIKO`` on
    HOCH = "hoch"


@dataclass(frozen=True, slots=True)
class Regel:
    """A conditional format on column ``spalte`` (0-based), keyed on the cells' own values."""

    art: Markierung
    spalte: int
    woerter: tuple[str, ...] = ()
    bezug: int | None = None


@dataclass(frozen=True, slots=True)
class Blatt:
    """One worksheet: a title line, a note line and one table."""

    name: str
    #: the worksheet table's name (unique in the workbook, ASCII, not a cell reference)
    tabelle: str
    titel: str
    hinweis: str
    spalten: tuple[Spalte, ...]
    zeilen: list[tuple[Wert, ...]]
    regeln: tuple[Regel, ...] = ()


@dataclass(frozen=True, slots=True)
class AmpelZaehlung:
    """Working Leitprojekte of one corridor by Ampel: the chart's data."""

    korridorthema: str
    gruen: int
    gelb: int
    rot: int
    ohne: int
    regelhinweise: str | None = None

    @property
    def summe(self) -> int:
        return self.gruen + self.gelb + self.rot + self.ohne


@dataclass(frozen=True, slots=True)
class Mappe:
    """The whole overview: its sheets in order and the counts behind the chart."""

    stichtag: dt.date
    begriffe: Begriffe
    blaetter: tuple[Blatt, ...]
    ampeln: tuple[AmpelZaehlung, ...] = field(default_factory=tuple)
    #: index of the sheet that carries the chart (the Ampeln sheet)
    diagramm_blatt: int = 1


def _ja_nein(value: bool) -> str:
    return translate("Excel-Übersicht", "ja") if value else translate("Excel-Übersicht", "nein")


def _hinweis(befund: Befund) -> str:
    return translate("Excel-Übersicht", "Regel {n}: {text}").format(n=befund.regel, text=befund.text)


def _offene_befunde(bericht: Regelbericht) -> dict[tuple[str, int], list[Befund]]:
    by_object: dict[tuple[str, int], list[Befund]] = defaultdict(list)
    for befund in bericht.offen:
        by_object[(befund.objekt_typ, befund.objekt_id)].append(befund)
    return by_object


def _stand(stichtag: dt.date) -> str:
    return translate("Excel-Übersicht", "Stand {datum}").format(datum=format_date(stichtag))


def build_workbook_content(tabellen: PortfolioTabellen, bericht: Regelbericht) -> Mappe:
    """Every sheet's texts, columns and rows."""
    befunde = _offene_befunde(bericht)
    ampeln = _ampel_counts(tabellen, befunde)
    blaetter = (
        _uebersicht(tabellen, bericht, befunde),
        _ampel_blatt(tabellen, ampeln),
        _mitwirkung(tabellen, befunde),
        _etappenziele(tabellen),
        _risiken(tabellen),
        _phasen(tabellen),
        _regelpruefung(tabellen, bericht),
    )
    return Mappe(tabellen.stichtag, tabellen.begriffe, blaetter, ampeln, diagramm_blatt=1)


def _uebersicht(
    tabellen: PortfolioTabellen, bericht: Regelbericht, befunde: dict[tuple[str, int], list[Befund]]
) -> Blatt:
    t = tabellen.begriffe
    staff_findings = Counter(b.leitprojekt_id for b in bericht.offen if b.objekt_typ == OBJEKT_MITWIRKUNG)
    rows: list[tuple[Wert, ...]] = []
    for p in tabellen.projekte:
        hinweise = [_hinweis(b) for b in befunde.get((OBJEKT_PROJEKT, p.id), ())]
        if n := staff_findings.get(p.id):
            hinweise.append(
                translate("Excel-Übersicht", "Mitwirkung: 1 Befund, siehe Blatt „Mitwirkung“") if n == 1 else
                 translate("Excel-Übersicht", "Mitwirkung: {n} Befunde, siehe Blatt „Mitwirkung“").format(n=n))
        rows.append((
            p.korridorthema, p.buergermeister, p.titel, p.projektleitung, p.status.label,
            p.ampel.label if p.ampel else None, p.aktuelle_phase, p.naechstes_etappenziel,
            p.naechstes_etappenziel_am, p.top_risiko, derived.local_date(p.aktualisiert_am),
            "\n".join(hinweise) or None,
        ))
    archiv = sum(1 for p in tabellen.projekte if p.status.archiviert)
    hinweis = translate(
        "Excel-Übersicht", "{Leitprojekte}: {n}, davon im Archiv (abgeschlossen oder abgebrochen, grau): {a}. "
        "Regelhinweise aus der Regelprüfung zum Stichtag (Berichtszyklus {tage} Tage); das Archiv wird nicht geprüft."
    ).format(n=len(rows), a=archiv, tage=bericht.berichtszyklus_tage, **t.format_args())
    return Blatt(
        name=translate("Excel-Übersicht", "Übersicht"),
        tabelle="Tab_Uebersicht",
        titel=translate("Excel-Übersicht", "Übersicht der {Leitprojekte} – {stand}").format(
            stand=_stand(tabellen.stichtag), **t.format_args()),
        hinweis=hinweis,
        spalten=(
            Spalte(t.korridorthema, Art.LANGTEXT, 16),
            Spalte(translate("Excel-Übersicht", "Bürgermeister/in"), Art.LANGTEXT, 15),
            Spalte(t.leitprojekt, Art.LANGTEXT, 24),
            Spalte(translate("Excel-Übersicht", "Projektleitung"), Art.LANGTEXT, 15),
            Spalte(translate("Excel-Übersicht", "Status"), Art.TEXT, 14),
            Spalte(translate("Excel-Übersicht", "Ampel"), Art.TEXT, 9),
            Spalte(translate("Excel-Übersicht", "Aktuelle Phase"), Art.LANGTEXT, 17),
            Spalte(translate("Excel-Übersicht", "Nächstes Etappenziel"), Art.LANGTEXT, 22),
            Spalte(translate("Excel-Übersicht", "fällig am"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "Top-Risiko"), Art.LANGTEXT, 22),
            Spalte(translate("Excel-Übersicht", "Aktualisiert am"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "Regelhinweise"), Art.LANGTEXT, 32),
        ),
        zeilen=rows,
        regeln=(
            Regel(Markierung.GRAU, 4, tuple(s.label for s in ProjektStatus if s.archiviert)),
            Regel(Markierung.AMPEL, 5),
            Regel(Markierung.REGELHINWEIS, 11),
        ),
    )


def _ampel_counts(
    tabellen: PortfolioTabellen, befunde: dict[tuple[str, int], list[Befund]]
) -> tuple[AmpelZaehlung, ...]:
    counts: dict[int, Counter[Ampel | None]] = defaultdict(Counter)
    for p in tabellen.projekte:
        if not p.status.archiviert:
            counts[p.korridorthema_id][p.ampel] += 1
    result = []
    for korridor_id, name in tabellen.korridore:
        c = counts.get(korridor_id, Counter())
        hinweise = "\n".join(_hinweis(b) for b in befunde.get((OBJEKT_KORRIDOR, korridor_id), ())) or None
        result.append(AmpelZaehlung(name, c[Ampel.GRUEN], c[Ampel.GELB], c[Ampel.ROT], c[None], hinweise))
    return tuple(result)


def ampel_series_names() -> tuple[str, str, str, str]:
    """The chart's series, in stacking order."""
    return (Ampel.GRUEN.label, Ampel.GELB.label, Ampel.ROT.label, translate("Excel-Übersicht", "keine Angabe"))


def _ampel_blatt(tabellen: PortfolioTabellen, ampeln: tuple[AmpelZaehlung, ...]) -> Blatt:
    t = tabellen.begriffe
    gruen, gelb, rot, ohne = ampel_series_names()
    return Blatt(
        name=translate("Excel-Übersicht", "Ampeln"),
        tabelle="Tab_Ampeln",
        titel=translate("Excel-Übersicht", "Ampeln je {Korridorthema} – {stand}").format(
            stand=_stand(tabellen.stichtag), **t.format_args()),
        hinweis=translate("Excel-Übersicht", "Gezählt sind die {Leitprojekte} in Arbeit (geplant, laufend, "
                          "pausiert); das Archiv zählt nicht mit.").format(**t.format_args()),
        spalten=(
            Spalte(t.korridorthema, Art.LANGTEXT, 40),
            Spalte(gruen, Art.ZAHL),
            Spalte(gelb, Art.ZAHL),
            Spalte(rot, Art.ZAHL),
            Spalte(ohne, Art.ZAHL),
            Spalte(translate("Excel-Übersicht", "Summe"), Art.ZAHL),
            Spalte(translate("Excel-Übersicht", "Regelhinweise"), Art.LANGTEXT, 50),
        ),
        zeilen=[(a.korridorthema, a.gruen, a.gelb, a.rot, a.ohne, a.summe, a.regelhinweise) for a in ampeln],
        regeln=(Regel(Markierung.REGELHINWEIS, 6),),
    )


def _bestaetigt(m: MitwirkungZeile) -> str:
    """Whether the three consents are given; rule 3 asks them of city staff in the project group only."""
    if m.extern or m.rolle in (Rolle.AUFTRAGGEBER, Rolle.ANSPRECHPERSON):
        return translate("Excel-Übersicht", "entfällt")
    return _ja_nein(m.bestaetigt)


def _mitwirkung(tabellen: PortfolioTabellen, befunde: dict[tuple[str, int], list[Befund]]) -> Blatt:
    t = tabellen.begriffe
    rows: list[tuple[Wert, ...]] = []
    for eintrag in tabellen.mitwirkungen:
        m = eintrag.zeile
        hinweise = befunde.get((OBJEKT_MITWIRKUNG, m.id))
        rows.append((
            eintrag.korridorthema, eintrag.leitprojekt, m.person, m.organisation, m.rolle.label, m.von, m.bis,
            m.anteil_prozent, m.benannt_am, m.zustimmung_dezernat_am, m.zustimmung_amtsleitung_am,
            m.zustimmung_person_am, _bestaetigt(m),
            "\n".join(_hinweis(b) for b in hinweise) if hinweise else None,
        ))
    return Blatt(
        name=translate("Excel-Übersicht", "Mitwirkung"),
        tabelle="Tab_Mitwirkung",
        titel=translate("Excel-Übersicht", "Mitwirkung – {stand}").format(stand=_stand(tabellen.stichtag)),
        hinweis=translate("Excel-Übersicht", "Mitwirkungen, die am Stichtag nicht beendet sind; {Leitprojekte} im "
                          "Archiv sind nicht enthalten. Regelhinweise: Regeln 2 und 3 (eine Person, ein {Leitprojekt}; "
                          "Benennung und Zustimmung).").format(**t.format_args()),
        spalten=(
            Spalte(t.korridorthema, Art.LANGTEXT, 16),
            Spalte(t.leitprojekt, Art.LANGTEXT, 26),
            Spalte(translate("Excel-Übersicht", "Person"), Art.LANGTEXT, 22),
            Spalte(translate("Excel-Übersicht", "Organisation"), Art.LANGTEXT, 16),
            Spalte(translate("Excel-Übersicht", "Rolle"), Art.LANGTEXT, 18),
            Spalte(translate("Excel-Übersicht", "von"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "bis"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "Anteil %"), Art.ZAHL),
            Spalte(translate("Excel-Übersicht", "benannt am"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "Zustimmung Dezernat"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "Zustimmung Amtsleitung"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "Zustimmung Person"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "bestätigt"), Art.TEXT, 12),
            Spalte(translate("Excel-Übersicht", "Regelhinweise"), Art.LANGTEXT, 40),
        ),
        zeilen=rows,
        regeln=(Regel(Markierung.REGELHINWEIS, 13),),
    )


def _kommunikation(intern: bool, extern: bool) -> str | None:
    if intern and extern:
        return translate("Excel-Übersicht", "intern und extern")
    if intern:
        return translate("Excel-Übersicht", "intern")
    if extern:
        return translate("Excel-Übersicht", "extern")
    return None


def _etappenziele(tabellen: PortfolioTabellen) -> Blatt:
    t = tabellen.begriffe
    rows: list[tuple[Wert, ...]] = [
        (e.korridorthema, e.leitprojekt, z.titel, z.phase, z.faellig_am, z.erreicht_am, z.status.label,
         _kommunikation(z.kommunikation_intern, z.kommunikation_extern), z.kommunikation_wie, z.kommuniziert_am)
        for e in tabellen.etappenziele
        for z in (e.zeile,)
    ]
    return Blatt(
        name=translate("Excel-Übersicht", "Etappenziele"),
        tabelle="Tab_Etappenziele",
        titel=translate("Excel-Übersicht", "Etappenziele – {stand}").format(stand=_stand(tabellen.stichtag)),
        hinweis=translate("Excel-Übersicht", "Alle Etappenziele der {Leitprojekte} in Arbeit, nach Fälligkeit; "
                          "offene, deren Termin vor dem Stichtag lag, sind rot markiert.").format(**t.format_args()),
        spalten=(
            Spalte(t.korridorthema, Art.LANGTEXT, 16),
            Spalte(t.leitprojekt, Art.LANGTEXT, 26),
            Spalte(translate("Excel-Übersicht", "Etappenziel"), Art.LANGTEXT, 34),
            Spalte(translate("Excel-Übersicht", "Phase"), Art.LANGTEXT, 17),
            Spalte(translate("Excel-Übersicht", "fällig am"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "erreicht am"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "Status"), Art.TEXT, 12),
            Spalte(translate("Excel-Übersicht", "Kommunikation"), Art.TEXT, 18),
            Spalte(translate("Excel-Übersicht", "Kommunikation wie"), Art.LANGTEXT, 22),
            Spalte(translate("Excel-Übersicht", "kommuniziert am"), Art.DATUM),
        ),
        zeilen=rows,
        regeln=(Regel(Markierung.UEBERFAELLIG, 4, (EtappenzielStatus.OFFEN.label,), bezug=6),),
    )


def _risiken(tabellen: PortfolioTabellen) -> Blatt:
    t = tabellen.begriffe
    rows: list[tuple[Wert, ...]] = [
        (e.korridorthema, e.leitprojekt, r.titel, r.wahrscheinlichkeit, r.auswirkung, r.score, r.status.label,
         r.verantwortlich, r.massnahmen, r.erkannt_am, r.naechste_pruefung)
        for e in tabellen.risiken
        for r in (e.zeile,)
    ]
    return Blatt(
        name=translate("Excel-Übersicht", "Risiken"),
        tabelle="Tab_Risiken",
        titel=translate("Excel-Übersicht", "Risiken – {stand}").format(stand=_stand(tabellen.stichtag)),
        hinweis=translate("Excel-Übersicht", "Risiken der {Leitprojekte} in Arbeit; je {Leitprojekt} die nicht "
                          "geschlossenen zuerst, nach Risikowert (Wahrscheinlichkeit × Auswirkung, je 1–5); ab {hoch} "
                          "rot markiert.")
        .format(hoch=HOHES_RISIKO, **t.format_args()),
        spalten=(
            Spalte(t.korridorthema, Art.LANGTEXT, 16),
            Spalte(t.leitprojekt, Art.LANGTEXT, 26),
            Spalte(translate("Excel-Übersicht", "Risiko"), Art.LANGTEXT, 30),
            Spalte(translate("Excel-Übersicht", "Wahrscheinlichkeit"), Art.ZAHL),
            Spalte(translate("Excel-Übersicht", "Auswirkung"), Art.ZAHL),
            Spalte(translate("Excel-Übersicht", "Risikowert"), Art.ZAHL),
            Spalte(translate("Excel-Übersicht", "Status"), Art.TEXT, 15),
            Spalte(translate("Excel-Übersicht", "Verantwortlich"), Art.LANGTEXT, 20),
            Spalte(translate("Excel-Übersicht", "Maßnahmen"), Art.LANGTEXT, 40),
            Spalte(translate("Excel-Übersicht", "erkannt am"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "nächste Prüfung"), Art.DATUM),
        ),
        zeilen=rows,
        regeln=(
            Regel(Markierung.HOCH, 5),
            Regel(Markierung.GRAU, 6, (RisikoStatus.GESCHLOSSEN.label,)),
        ),
    )


def _phasen(tabellen: PortfolioTabellen) -> Blatt:
    t = tabellen.begriffe
    rows: list[tuple[Wert, ...]] = [
        (e.korridorthema, e.leitprojekt, p.position, p.name, p.status.label, p.geplant_von, p.geplant_bis,
         p.ist_von, p.ist_bis, p.geplante_schritte)
        for e in tabellen.phasen
        for p in (e.zeile,)
    ]
    return Blatt(
        name=translate("Excel-Übersicht", "Phasen"),
        tabelle="Tab_Phasen",
        titel=translate("Excel-Übersicht", "Phasen – {stand}").format(stand=_stand(tabellen.stichtag)),
        hinweis=translate("Excel-Übersicht", "Die Phasen der {Leitprojekte} in Arbeit in ihrer Reihenfolge, mit "
                          "geplanten und tatsächlichen Daten.").format(**t.format_args()),
        spalten=(
            Spalte(t.korridorthema, Art.LANGTEXT, 16),
            Spalte(t.leitprojekt, Art.LANGTEXT, 26),
            Spalte(translate("Excel-Übersicht", "Nr."), Art.ZAHL),
            Spalte(translate("Excel-Übersicht", "Phase"), Art.LANGTEXT, 20),
            Spalte(translate("Excel-Übersicht", "Status"), Art.TEXT, 19),
            Spalte(translate("Excel-Übersicht", "geplant von"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "geplant bis"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "begonnen am"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "beendet am"), Art.DATUM),
            Spalte(translate("Excel-Übersicht", "Geplante Schritte"), Art.LANGTEXT, 45),
        ),
        zeilen=rows,
    )


def _regelpruefung(tabellen: PortfolioTabellen, bericht: Regelbericht) -> Blatt:
    t = tabellen.begriffe
    offen, uebergangen = translate("Excel-Übersicht", "offen"), translate("Excel-Übersicht", "übergangen")
    rows: list[tuple[Wert, ...]] = [
        (b.regel, b.regel_titel, b.schwere.label, b.korridorthema, b.leitprojekt, b.text,
         offen if b.ausnahme is None else uebergangen,
         b.ausnahme.begruendung if b.ausnahme else None,
         b.ausnahme.erfasst_von if b.ausnahme else None,
         derived.local_date(b.ausnahme.erfasst_am) if b.ausnahme else None)
        for b in bericht.befunde
    ]
    if bericht.befunde:
        hinweis = translate("Excel-Übersicht", "Offene Befunde: {offen}; mit Begründung übergangen (grau): "
                            "{uebergangen}. Berichtszyklus {tage} Tage; {Leitprojekte} im Archiv werden nicht geprüft.")
    else:
        hinweis = translate("Excel-Übersicht", "Keine Befunde: alle Regeln eingehalten. Berichtszyklus {tage} Tage.")
    return Blatt(
        name=translate("Excel-Übersicht", "Regelprüfung"),
        tabelle="Tab_Regelpruefung",
        titel=translate("Excel-Übersicht", "Regelprüfung zum Stichtag {datum}").format(
            datum=format_date(bericht.stichtag)),
        hinweis=hinweis.format(offen=len(bericht.offen), uebergangen=len(bericht.uebergangen),
                               tage=bericht.berichtszyklus_tage, **t.format_args()),
        spalten=(
            Spalte(translate("Excel-Übersicht", "Nr."), Art.ZAHL),
            Spalte(translate("Excel-Übersicht", "Regel"), Art.LANGTEXT, 26),
            Spalte(translate("Excel-Übersicht", "Schwere"), Art.TEXT, 10),
            Spalte(t.korridorthema, Art.LANGTEXT, 16),
            Spalte(t.leitprojekt, Art.LANGTEXT, 24),
            Spalte(translate("Excel-Übersicht", "Befund"), Art.LANGTEXT, 46),
            Spalte(translate("Excel-Übersicht", "Stand"), Art.TEXT, 12),
            Spalte(translate("Excel-Übersicht", "Begründung"), Art.LANGTEXT, 32),
            Spalte(translate("Excel-Übersicht", "übergangen von"), Art.TEXT, 16),
            Spalte(translate("Excel-Übersicht", "übergangen am"), Art.DATUM),
        ),
        zeilen=rows,
        regeln=(Regel(Markierung.GRAU, 6, (uebergangen,)),),
    )
