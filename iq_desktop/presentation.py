"""Words and colours for the Ampel, risk scores and phase states: one definition for window, charts and exports.

Free of Qt, so the Word report and the command line use the same words and
colours as the screens without loading a GUI toolkit.
"""

from __future__ import annotations

from iq_desktop.enums import Ampel, PhasenStatus
from iq_desktop.i18n import translate

#: fill colours, chosen to stay readable on white and for common colour-vision deficiencies
AMPEL_FARBEN: dict[Ampel, str] = {
    Ampel.GRUEN: "#2e7d32",
    Ampel.GELB: "#f9a825",
    Ampel.ROT: "#c62828",
}
#: outline of the empty dot for "keine Angabe"
OHNE_ANGABE_FARBE = "#757575"
#: light tints of the Ampel colours, for the background of a table cell that also says the word
AMPEL_HINTERGRUND: dict[Ampel, str] = {
    Ampel.GRUEN: "#c8e6c9",
    Ampel.GELB: "#ffecb3",
    Ampel.ROT: "#ffcdd2",
}

#: a phase's bar in the timeline
PHASEN_FARBEN: dict[PhasenStatus, str] = {
    PhasenStatus.NICHT_BEGONNEN: "#cfd8dc",
    PhasenStatus.LAUFEND: "#64b5f6",
    PhasenStatus.ABGESCHLOSSEN: "#81c784",
}

#: background of a risk-matrix cell by the band of its score
BAND_FARBEN: dict[str, str] = {"hoch": "#ef9a9a", "mittel": "#ffe082", "gering": "#c5e1a5"}


def ampel_word(ampel: Ampel | None) -> str:
    """The German word: "grün", "gelb", "rot" or "keine Angabe"."""
    return ampel.label if ampel is not None else translate("Ampel", "keine Angabe")


def score_band(score: int) -> str:
    """The band of a risk score (probability × impact) as a key of :data:`BAND_FARBEN`."""
    return "hoch" if score >= 15 else "mittel" if score >= 8 else "gering"


def score_word(score: int) -> str:
    """The band of a score in words, so a matrix never says it by colour alone."""
    band = score_band(score)
    if band == "hoch":
        return translate("Risiken", "hoch")
    if band == "mittel":
        return translate("Risiken", "mittel")
    return translate("Risiken", "gering")
