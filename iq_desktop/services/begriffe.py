"""The organisation's names for the IQ terms, as the screens and exports use them.

Its own small module (re-exported by ``read_models``) because the main window
needs the original terms before the first frame, long before any read model.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from iq_desktop import reference


class _Forms(Protocol):
    singular: str
    plural: str
    genitiv: str


@dataclass(frozen=True, slots=True)
class Begriffe:
    """The organisation's IQ terms; ``format_args`` feeds German text templates."""

    korridorthema: str
    korridorthemen: str
    korridorthemas: str
    leitprojekt: str
    leitprojekte: str
    leitprojekts: str
    korridorbeauftragte: str
    korridorbeauftragten: str

    @classmethod
    def original(cls) -> Begriffe:
        """The terms of the 2017 rules (Korridorthema, Leitprojekt, Korridorbeauftragte)."""
        return cls.from_forms({b.schluessel: b for b in reference.BEGRIFFE_ORIGINAL})

    @classmethod
    def from_forms(cls, forms: Mapping[str, _Forms]) -> Begriffe:
        """From the stored (or reference) forms, keyed by "korridorthema", "leitprojekt", …"""
        k, lp, kb = forms["korridorthema"], forms["leitprojekt"], forms["korridorbeauftragte"]
        return cls(
            korridorthema=k.singular,
            korridorthemen=k.plural,
            korridorthemas=k.genitiv,
            leitprojekt=lp.singular,
            leitprojekte=lp.plural,
            leitprojekts=lp.genitiv,
            korridorbeauftragte=kb.singular,
            korridorbeauftragten=kb.genitiv,
        )

    def format_args(self) -> dict[str, str]:
        return {
            "Korridorthema": self.korridorthema,
            "Korridorthemen": self.korridorthemen,
            "Korridorthemas": self.korridorthemas,
            "Leitprojekt": self.leitprojekt,
            "Leitprojekte": self.leitprojekte,
            "Leitprojekts": self.leitprojekts,
            "Korridorbeauftragte": self.korridorbeauftragte,
            "Korridorbeauftragten": self.korridorbeauftragten,
        }
