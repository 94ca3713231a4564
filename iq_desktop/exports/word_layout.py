"""How a Sachstandsbericht reads: title block, overview table, then per corridor and project its sections.

Headings: 1 for the overview and each corridor (a new page each), 2 for a
project, 3 for its sections, so Word's navigation pane lists corridors and
projects. Every non-public item in an internal report is marked
"(nicht öffentlich)"; a report for a public session has none of them
(:mod:`iq_desktop.exports.report_content` left them out).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from types import ModuleType

from iq_desktop.enums import Ampel, Rolle
from iq_desktop.exports.docx_builder import Cell, DocxBuilder, GroupRow
from iq_desktop.exports.report_content import BerichtInhalt, ProjektAbschnitt, Rahmen
from iq_desktop.formatting import format_date, format_euro
from iq_desktop.i18n import translate
from iq_desktop.presentation import AMPEL_HINTERGRUND, ampel_word, score_word
from iq_desktop.services import derived
from iq_desktop.services.audit_trail import value_text
from iq_desktop.services.read_models import LeitprojektDetail
from iq_desktop.services.status_reports import aenderung_was

#: soft hyphens, so narrow table headers break where German does
_SILBEN = {"Wahrscheinlichkeit": "Wahr\u00adschein\u00adlich\u00adkeit", "Auswirkung": "Aus\u00adwir\u00adkung"}


def _hyphenated(word: str) -> str:
    return _SILBEN.get(word, word)


def nicht_oeffentlich(text: str, marked: bool) -> str:
    """``text`` with the marker an internal report puts on non-public items."""
    return "{} ({})".format(text, translate("Sachstandsbericht", "nicht öffentlich")) if marked else text


def _ampel_cell(ampel: Ampel | None, extra: str = "") -> Cell:
    return Cell(ampel_word(ampel) + extra, fill=AMPEL_HINTERGRUND.get(ampel) if ampel else None)


def sitzung_text(rahmen: Rahmen) -> str:
    """"04.12.2026, TOP 2, Vorlage Nr. 2026/412"."""
    sitzung = rahmen.sitzung
    if sitzung is None:
        return "–"
    parts = [format_date(sitzung.datum)]
    if sitzung.top:
        parts.append(translate("Sachstandsbericht", "TOP {top}").format(top=sitzung.top))
    if sitzung.vorlage_nr:
        parts.append(translate("Sachstandsbericht", "Vorlage Nr. {nr}").format(nr=sitzung.vorlage_nr))
    return ", ".join(parts)


def art_text(rahmen: Rahmen) -> tuple[str, str]:
    """The kind of report for the title block and the note below it."""
    if rahmen.sitzung is None:
        return (translate("Sachstandsbericht", "interner Bericht ohne Sitzungsbezug"),
                translate("Sachstandsbericht", "Interner Bericht: Er enthält auch Inhalte, die als nicht öffentlich "
                          "gekennzeichnet sind; sie sind mit „(nicht öffentlich)“ markiert. Nicht zur "
                          "Veröffentlichung bestimmt."))
    if rahmen.oeffentlich:
        return (translate("Sachstandsbericht", "öffentliche Sitzung (ö)"),
                translate("Sachstandsbericht", "Bericht für eine öffentliche Sitzung: Inhalte, die als nicht "
                          "öffentlich gekennzeichnet sind ({Leitprojekte}, Risiken, Entscheidungsbedarfe und "
                          "Sachstandstexte), sind nicht enthalten.")
                .format(**rahmen.begriffe.format_args()))
    return (translate("Sachstandsbericht", "nichtöffentliche Sitzung (nö)"),
            translate("Sachstandsbericht", "Bericht für eine nichtöffentliche Sitzung: Er enthält auch Inhalte, die "
                      "als nicht öffentlich gekennzeichnet sind; sie sind mit „(nicht öffentlich)“ markiert. Nicht zur "
                      "Veröffentlichung bestimmt."))


def header_line(rahmen: Rahmen) -> str:
    parts = [rahmen.titel]
    if rahmen.gremium:
        parts.append(rahmen.gremium + (f" {format_date(rahmen.sitzung.datum)}" if rahmen.sitzung else ""))
    parts.append(translate("Sachstandsbericht", "Stand {d}").format(d=format_date(rahmen.stichtag)))
    parts.append(art_word(rahmen))
    return " · ".join(parts)


def art_word(rahmen: Rahmen) -> str:
    """One word for the kind of report: öffentlich, nichtöffentlich, intern."""
    if rahmen.sitzung is None:
        return translate("Sachstandsbericht", "intern")
    if rahmen.oeffentlich:
        return translate("Sachstandsbericht", "öffentlich")
    return translate("Sachstandsbericht", "nichtöffentlich")


def write_document(builder: DocxBuilder, inhalt: BerichtInhalt, progress: Callable[[int], None]) -> None:
    """The whole body; ``progress`` hears the number of projects written so far."""
    rahmen = inhalt.rahmen
    _title_block(builder, inhalt)
    _overview(builder, inhalt)
    done = 0
    for korridor in inhalt.korridore:
        builder.heading(korridor.name, 1, page_break=True)
        lead = rahmen.begriffe.korridorthema
        if korridor.buergermeister:
            lead += " · " + translate("Sachstandsbericht", "Bürgermeister/in: {name}").format(
                name=korridor.buergermeister)
        builder.paragraph(lead, "caption", keep_next=True)
        if not korridor.projekte:
            builder.paragraph(translate("Sachstandsbericht", "Keine {Leitprojekte} im Umfang dieses Berichts.").format(
                **rahmen.begriffe.format_args()))
        for projekt in korridor.projekte:
            _project(builder, projekt, rahmen)
            done += 1
            builder.flush()
            progress(done)


def _title_block(builder: DocxBuilder, inhalt: BerichtInhalt) -> None:
    rahmen = inhalt.rahmen
    builder.paragraph(rahmen.titel, "title")
    builder.paragraph(rahmen.umfang[:1].upper() + rahmen.umfang[1:], "subtitle")
    art, hinweis = art_text(rahmen)
    n = len(inhalt.projekte)
    anzahl = (translate("Sachstandsbericht", "ein {Leitprojekt}") if n == 1
              else translate("Sachstandsbericht", "{n} {Leitprojekte}")).format(n=n, **rahmen.begriffe.format_args())
    rows = [
        (translate("Sachstandsbericht", "Gremium"), rahmen.gremium or "–"),
        (translate("Sachstandsbericht", "Sitzung"), sitzung_text(rahmen)),
        (translate("Sachstandsbericht", "Art"), art),
        (translate("Sachstandsbericht", "Stand"), format_date(rahmen.stichtag)),
        (translate("Sachstandsbericht", "Umfang"), f"{rahmen.umfang} ({anzahl})"),
        (translate("Sachstandsbericht", "Erstellt von"),
         translate("Sachstandsbericht", "{autor} am {datum}").format(autor=rahmen.autor,
                                                                    datum=format_date(rahmen.erstellt_am))),
    ]
    if rahmen.organisation:
        rows.insert(0, (translate("Sachstandsbericht", "Herausgeber"), rahmen.organisation))
    builder.table((4.0, 12.5), rows, role="facts")
    builder.paragraph(hinweis, "note")


def _overview(builder: DocxBuilder, inhalt: BerichtInhalt) -> None:
    begriffe = inhalt.rahmen.begriffe
    builder.heading(translate("Sachstandsbericht", "Übersicht"), 1)
    projekte = inhalt.projekte
    if not projekte:
        builder.paragraph(translate("Sachstandsbericht", "Im Umfang dieses Berichts gibt es keine {Leitprojekte}.")
                          .format(**begriffe.format_args()))
        return
    counts = Counter(p.zeile.ampel for p in projekte)
    parts = [f"{ampel_word(a)} {counts[a]}" for a in (Ampel.GRUEN, Ampel.GELB, Ampel.ROT) if counts[a]]
    if counts[None]:
        parts.append(f"{ampel_word(None)} {counts[None]}")
    builder.paragraph(", ".join(parts) + ".", lead=translate("Sachstandsbericht", "Ampel: "))
    rows: list[Sequence[Cell | str] | GroupRow] = []
    several = len(inhalt.korridore) > 1
    for korridor in inhalt.korridore:
        if several:
            rows.append(GroupRow(korridor.name))
        for p in korridor.projekte:
            z = p.zeile
            naechstes = derived.next_milestone(p.detail.etappenziele)
            rows.append((
                nicht_oeffentlich(z.titel, z.nicht_oeffentlich),
                _ampel_cell(z.ampel),
                z.aktuelle_phase or "–",
                f"{naechstes.titel} ({format_date(naechstes.faellig_am)})" if naechstes else "–",
                format_date(derived.local_date(z.aktualisiert_am)),
            ))
    builder.table((4.9, 1.5, 3.2, 4.8, 2.1), rows, header=(
        begriffe.leitprojekt, translate("Sachstandsbericht", "Ampel"), translate("Sachstandsbericht", "Aktuelle Phase"),
        translate("Sachstandsbericht", "Nächstes Etappenziel"), translate("Sachstandsbericht", "Aktualisiert am")))
    builder.paragraph(translate("Sachstandsbericht", "„Aktualisiert am“: die letzte Änderung am {Leitprojekt} oder an "
                                "etwas, das dazu gehört.").format(**begriffe.format_args()), "caption")


def _project(builder: DocxBuilder, p: ProjektAbschnitt, rahmen: Rahmen) -> None:
    """A project's sections: what the meeting reads first (Sachstand, changes) before the details."""
    from iq_desktop.charts import report_images  # QtGui only once a picture is drawn

    d = p.detail
    builder.heading(nicht_oeffentlich(d.titel, d.nicht_oeffentlich), 2)
    builder.table((4.0, 12.5), _facts(p), role="facts")
    if d.beschreibung:
        builder.text(d.beschreibung)
    if d.ziele:
        builder.paragraph("", lead=translate("Sachstandsbericht", "Ziele:"), keep_next=True)
        _goals(builder, d)

    _sachstand(builder, p)
    _changes(builder, p)

    builder.heading(translate("Sachstandsbericht", "Phasen und Etappenziele"), 3)
    chart = report_images.timeline_chart(d.phasen, d.etappenziele, rahmen.stichtag)
    builder.picture(chart.png, chart.width_cm, chart.height_cm, chart.alt,
                    translate("Sachstandsbericht", "Zeitleiste {titel}").format(titel=d.titel))
    if d.phasen:
        builder.table((5.0, 3.5, 4.0, 4.0), [
            (ph.name, ph.status.label, _period(ph.geplant_von, ph.geplant_bis), _period(ph.ist_von, ph.ist_bis))
            for ph in sorted(d.phasen, key=lambda ph: ph.position)
        ], header=(translate("Sachstandsbericht", "Phase"), translate("Sachstandsbericht", "Status"),
                   translate("Sachstandsbericht", "Geplant"), translate("Sachstandsbericht", "Tatsächlich")))
    seit = p.seit_text or translate("Sachstandsbericht", "bisher")
    if p.erreicht:
        builder.paragraph("", lead=translate("Sachstandsbericht", "Erreichte Etappenziele {seit}:").format(seit=seit),
                          keep_next=True)
        erreicht_am = translate("Sachstandsbericht", "erreicht am {d}")
        builder.bullets(f"{z.titel} ({erreicht_am.format(d=format_date(z.erreicht_am))})" for z in p.erreicht)
    else:
        builder.paragraph(translate("Sachstandsbericht", "keine"),
                          lead=translate("Sachstandsbericht", "Erreichte Etappenziele {seit}: ").format(seit=seit))
    if p.naechste:
        builder.paragraph("", lead=translate("Sachstandsbericht", "Als Nächstes fällig:"), keep_next=True)
        ueberfaellig = " ({})".format(translate("Sachstandsbericht", "überfällig"))
        builder.table((8.5, 4.0, 4.0), [
            (z.titel, format_date(z.faellig_am) + (ueberfaellig if z.faellig_am < rahmen.stichtag else ""),
             z.phase or "–")
            for z in p.naechste
        ], header=(translate("Sachstandsbericht", "Etappenziel"), translate("Sachstandsbericht", "Fällig am"),
                   translate("Sachstandsbericht", "Phase")))
    else:
        builder.paragraph(translate("Sachstandsbericht", "kein offenes Etappenziel"),
                          lead=translate("Sachstandsbericht", "Als Nächstes fällig: "))

    builder.heading(translate("Sachstandsbericht", "Mitwirkung"), 3)
    if p.mitwirkungen:
        builder.table((5.0, 5.0, 4.5, 2.0), [
            (m.person, m.rolle.label, m.organisation or "–", f"{m.anteil_prozent} %" if m.anteil_prozent else "–")
            for m in p.mitwirkungen
        ], header=(translate("Sachstandsbericht", "Person"), translate("Sachstandsbericht", "Rolle"),
                   translate("Sachstandsbericht", "Organisation"), translate("Sachstandsbericht", "Zeitanteil")))
    else:
        builder.paragraph(translate("Sachstandsbericht", "Zum Stichtag wirkt niemand mit."))

    _risks(builder, p, report_images)

    builder.heading(translate("Sachstandsbericht", "Ausblick"), 3)
    ausblick = (p.sachstand.ausblick if p.sachstand else None) or d.ausblick
    builder.text(ausblick or translate("Sachstandsbericht", "Kein Ausblick erfasst."))

    _decisions(builder, p)


def _goals(builder: DocxBuilder, d: LeitprojektDetail) -> None:
    """Numbered goals; a sub-point (level 1) under its goal as a), b), …"""
    number = letter = 0
    for ziel in sorted(d.ziele, key=lambda z: z.position):
        if ziel.ebene == 0 or number == 0:
            number, letter = number + 1, 0
            builder.numbered(f"{number}.", ziel.text)
        else:
            letter += 1
            builder.numbered(f"{chr(ord('a') + (letter - 1) % 26)})", ziel.text, level=1)


def _facts(p: ProjektAbschnitt) -> list[tuple[str, Cell | str]]:
    d, z = p.detail, p.zeile
    leitung = ", ".join(m.person for m in p.mitwirkungen if m.rolle is Rolle.PROJEKTLEITUNG) or "–"
    ampel_extra = f" – {d.ampel_notiz}" if d.ampel_notiz else ""
    dimensionen = [f"{name} {ampel_word(value)}" for name, value in (
        (translate("Sachstandsbericht", "Zeit"), d.ampel_zeit),
        (translate("Sachstandsbericht", "Budget"), d.ampel_budget),
        (translate("Sachstandsbericht", "Personal"), d.ampel_personal))
        if value is not None]
    if dimensionen:
        ampel_extra += "\n" + ", ".join(dimensionen)
    rows: list[tuple[str, Cell | str]] = [
        (translate("Sachstandsbericht", "Auftraggeber/in"), d.buergermeister or "–"),
        (translate("Sachstandsbericht", "Projektleitung"), leitung),
        (translate("Sachstandsbericht", "Status"), d.status.label),
        (translate("Sachstandsbericht", "Ampel"), _ampel_cell(d.ampel, ampel_extra)),
        (translate("Sachstandsbericht", "Aktuelle Phase"), z.aktuelle_phase or "–"),
        (translate("Sachstandsbericht", "Laufzeit"), _laufzeit(d)),
        (translate("Sachstandsbericht", "Kick-off"),
         format_date(d.kickoff_am) or translate("Sachstandsbericht", "noch nicht")),
    ]
    ressourcen = [d.personal] if d.personal else []
    if d.budgets:
        b = d.budgets[-1]
        ressourcen.append(translate("Sachstandsbericht",
                                    "Budget {dhh}: geplant {g}, bewilligt {bw}, ausgegeben {a}").format(
            dhh=b.doppelhaushalt, g=format_euro(b.geplant) or "–", bw=format_euro(b.bewilligt) or "–",
            a=format_euro(b.ausgegeben) or "–"))
    if ressourcen:
        rows.append((translate("Sachstandsbericht", "Ressourcen"), "\n".join(ressourcen)))
    rows.append((translate("Sachstandsbericht", "Aktualisiert am"), format_date(derived.local_date(d.aktualisiert_am))))
    return rows


def _laufzeit(d: LeitprojektDetail) -> str:
    if d.beginn and d.geplantes_ende:
        return translate("Sachstandsbericht", "{von} bis {bis} (geplant)").format(
            von=format_date(d.beginn), bis=format_date(d.geplantes_ende))
    if d.beginn:
        return translate("Sachstandsbericht", "seit {von}, Ende noch offen").format(von=format_date(d.beginn))
    return translate("Sachstandsbericht", "noch nicht festgelegt")


def _period(von: dt.date | None, bis: dt.date | None) -> str:
    if von is None and bis is None:
        return "–"
    return f"{format_date(von) or '…'} – {format_date(bis) or '…'}"


def _sachstand(builder: DocxBuilder, p: ProjektAbschnitt) -> None:
    s = p.sachstand
    if s is None:
        builder.heading(translate("Sachstandsbericht", "Sachstand"), 3)
        builder.paragraph(translate("Sachstandsbericht", "Zum Stichtag liegt kein Sachstand vor. Die Angaben dieses "
                                    "Abschnitts stammen aus dem Steckbrief und den Projektdaten."), "note")
        return
    titel = translate("Sachstandsbericht", "Sachstand vom {d}").format(d=format_date(s.stichtag))
    builder.heading(nicht_oeffentlich(titel, s.nicht_oeffentlich), 3)
    herkunft = []
    if s.gremium:
        herkunft.append(translate("Sachstandsbericht", "geschrieben für {g}").format(g=s.gremium))
    if s.sitzung_datum:
        herkunft.append(translate("Sachstandsbericht", "berichtet in der Sitzung am {d}").format(
            d=format_date(s.sitzung_datum)))
    herkunft.append(translate("Sachstandsbericht", "Ampel {a}").format(a=ampel_word(s.ampel)))
    builder.paragraph(" · ".join(herkunft), "caption", keep_next=True)
    if s.erreicht:
        builder.text(s.erreicht, lead=translate("Sachstandsbericht", "Erreicht: "))
    if s.naechste_schritte:
        builder.text(s.naechste_schritte, lead=translate("Sachstandsbericht", "Nächste Schritte: "))
    if not (s.erreicht or s.naechste_schritte):
        builder.paragraph(translate("Sachstandsbericht",
                                    "Der Sachstand nennt kein Erreichtes und keine nächsten Schritte."))


def _risks(builder: DocxBuilder, p: ProjektAbschnitt, report_images: ModuleType) -> None:
    builder.heading(translate("Sachstandsbericht", "Risiken"), 3)
    if not p.risiken:
        builder.paragraph(translate("Sachstandsbericht", "Kein offenes Risiko."))
        return
    labelled = [(f"R{i}", r) for i, r in enumerate(p.risiken, start=1)]
    chart = report_images.risk_matrix_chart([(label, r.titel, r.wahrscheinlichkeit, r.auswirkung)
                                             for label, r in labelled])
    builder.picture(chart.png, chart.width_cm, chart.height_cm, chart.alt,
                    translate("Sachstandsbericht", "Risikomatrix {titel}").format(titel=p.detail.titel))
    builder.table((1.1, 5.2, 1.9, 1.7, 2.0, 4.6), [
        (label, nicht_oeffentlich(r.titel, r.nicht_oeffentlich), str(r.wahrscheinlichkeit), str(r.auswirkung),
         f"{r.score} ({score_word(r.score)})",
         "\n".join(x for x in (r.massnahmen,
                               translate("Sachstandsbericht", "verantwortlich: {p}").format(p=r.verantwortlich)
                               if r.verantwortlich else None) if x) or "–")
        for label, r in labelled
    ], header=(translate("Sachstandsbericht", "Nr."), translate("Sachstandsbericht", "Risiko"),
               _hyphenated(translate("Sachstandsbericht", "Wahrscheinlichkeit")),
               _hyphenated(translate("Sachstandsbericht", "Auswirkung")),
               translate("Sachstandsbericht", "Wert"), translate("Sachstandsbericht", "Maßnahmen")))
    if p.weitere_risiken:
        builder.paragraph(translate("Sachstandsbericht", "Dazu {n} weitere offene Risiken mit kleinerem Risikowert.")
                          .format(n=p.weitere_risiken) if p.weitere_risiken > 1
                          else translate("Sachstandsbericht", "Dazu ein weiteres offenes Risiko mit kleinerem "
                                         "Risikowert."), "caption")


def _decisions(builder: DocxBuilder, p: ProjektAbschnitt) -> None:
    builder.heading(translate("Sachstandsbericht", "Entscheidungsbedarf"), 3)
    text = p.sachstand.entscheidungsbedarf if p.sachstand else None
    if text:
        builder.text(text)
    if p.entscheidungen:
        builder.table((3.4, 5.4, 3.2, 2.1, 2.4), [
            (e.art.label, nicht_oeffentlich(e.titel, e.nicht_oeffentlich), e.zu_entscheiden_durch or "–",
             format_date(e.faellig_bis) or "–",
             translate("Sachstandsbericht", "seit {d}").format(d=format_date(e.an_clearingstelle_am))
             if e.an_clearingstelle_am else "–")
            for e in p.entscheidungen
        ], header=(translate("Sachstandsbericht", "Art"), translate("Sachstandsbericht", "Gegenstand"),
                   translate("Sachstandsbericht", "Zu entscheiden durch"), translate("Sachstandsbericht", "Fällig bis"),
                   translate("Sachstandsbericht", "Clearingstelle")))
    if not (text or p.entscheidungen):
        builder.paragraph(translate("Sachstandsbericht", "Kein Entscheidungsbedarf."))


def _changes(builder: DocxBuilder, p: ProjektAbschnitt) -> None:
    if p.aenderungen is None:
        builder.heading(translate("Sachstandsbericht", "Veränderungen"), 3)
        builder.paragraph(translate("Sachstandsbericht",
                                    "Es gibt keinen früheren Sachstand, mit dem sich dieser vergleichen ließe."))
        return
    builder.heading(translate("Sachstandsbericht", "Veränderungen {seit}").format(seit=p.seit_text), 3)
    if p.aenderungen_bis_heute:
        builder.paragraph(translate("Sachstandsbericht", "Seitdem liegt kein neuer Sachstand vor; verglichen wird mit "
                                    "dem heutigen Stand der Projektdaten."), "caption", keep_next=True)
    if not p.aenderungen:
        builder.paragraph(translate("Sachstandsbericht", "Keine Veränderung bei Status, Ampel, Phasen, Etappenzielen, "
                                    "Risiken und Mitwirkung."))
        return
    builder.table((2.8, 6.9, 3.4, 3.4), [
        (a.bereich, aenderung_was(a), value_text(a.vorher), value_text(a.nachher)) for a in p.aenderungen
    ], header=(translate("Sachstandsbericht", "Bereich"), translate("Sachstandsbericht", "Was"),
               translate("Sachstandsbericht", "Vorher"), translate("Sachstandsbericht", "Nachher")))
