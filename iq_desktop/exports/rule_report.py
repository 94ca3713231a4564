"""The rule report as plain text, for the command line and scheduled jobs."""

from __future__ import annotations

from itertools import groupby

from iq_desktop.i18n import translate
from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.read_models import Befund, Regelbericht
from iq_desktop.services.validate import format_date


def format_rule_report(bericht: Regelbericht, terms: Begriffe) -> str:
    """Findings grouped by corridor and project; overridden ones marked and not counted."""
    offen, uebergangen = len(bericht.offen), len(bericht.uebergangen)
    head = translate("Regelbericht", "Regelprüfung zum Stichtag {datum} (Berichtszyklus {tage} Tage)").format(
        datum=format_date(bericht.stichtag), tage=bericht.berichtszyklus_tage
    )
    if offen == 0 and uebergangen == 0:
        return head + "\n" + translate("Regelbericht", "Keine Befunde: alle Regeln eingehalten.")
    summary = (
        translate("Regelbericht", "1 offener Befund") if offen == 1
        else translate("Regelbericht", "{n} offene Befunde").format(n=offen)
    ) + ", " + translate("Regelbericht", "{n} mit Begründung übergangen").format(n=uebergangen)
    lines = [head, summary, ""]
    for (korridor, projekt), befunde in groupby(
        bericht.befunde, key=lambda b: (b.korridorthema, b.leitprojekt)
    ):
        lines.append(f"{korridor} › {projekt}" if projekt else f"{korridor} ({terms.korridorthema})")
        for befund in befunde:
            lines.extend(_befund_lines(befund))
        lines.append("")
    return "\n".join(lines).rstrip()


def _befund_lines(befund: Befund) -> list[str]:
    marker = befund.schwere.label
    if befund.ausnahme is not None:
        marker = translate("Regelbericht", "übergangen")
    first = "  [{m}] {regel} {n} – {titel}: {text}".format(
        m=marker, regel=translate("Regelbericht", "Regel"), n=befund.regel,
        titel=befund.regel_titel, text=befund.text,
    )
    lines = [first]
    if befund.ausnahme is not None:
        lines.append(
            "      " + translate("Regelbericht", "Begründung ({wer}, {wann}): {text}").format(
                wer=befund.ausnahme.erfasst_von,
                wann=format_date(befund.ausnahme.erfasst_am.date()),
                text=befund.ausnahme.begruendung,
            )
        )
    return lines
