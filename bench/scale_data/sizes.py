"""How big a scale is, and in which shares its projects are troubled.

Sizes grow with the scale; the shares stay fixed, so every scale shows every rule
the same way. Shares are split into whole numbers exactly (largest remainder), never
drawn at random, and a defect always hits at least one project.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from iq_desktop.enums import ProjektStatus

#: the mix of project statuses (exact shares, by largest remainder)
STATUS_ANTEILE: dict[ProjektStatus, float] = {
    ProjektStatus.GEPLANT: 0.10, ProjektStatus.LAUFEND: 0.64, ProjektStatus.PAUSIERT: 0.05,
    ProjektStatus.ABGESCHLOSSEN: 0.15, ProjektStatus.ABGEBROCHEN: 0.06,
}
#: defects of active projects the rules find, as exact shares (at least one project each);
#: the order is the order they are handed out in, which matters because problems cluster
MAENGEL: dict[str, float] = {
    "veraltet": 0.08,  # rule 7: last update older than the reporting cycle
    "ohne_leitung": 0.04,  # rule 4: no Projektleitung (new projects more often)
    "ohne_kickoff": 0.04,  # rule 4: started without a recorded kick-off
    "ohne_ende": 0.03,  # rule 6: no planned end
    "ohne_etappen": 0.025,  # rule 6: no milestones
    "ohne_aspekt": 0.05,  # rule 5: an aspect neither considered nor explained
}
#: share of people in an active project group who sit in a second one at once (rule 2)
ANTEIL_DOPPELROLLE = 0.02
#: share of such double roles overridden with a reason
ANTEIL_AUSNAHME = 0.3


@dataclass(frozen=True)
class Sizes:
    """The fixed sizes of a scale; the rest (milestones, risks, …) follows per project.

    Scale 1 is the base city (30 projects, 300 people); each further unit adds a bit
    more (33.3 projects, 333 people) so that scale 30 has about 1,000 projects and
    10,000 people.
    """

    scale: int
    korridorthemen: int
    leitprojekte: int
    personen: int
    mitwirkungen: int
    sitzungen: int
    audit_eintraege: int

    @classmethod
    def for_scale(cls, scale: int) -> Sizes:
        if scale < 1:
            raise ValueError("scale must be at least 1")
        weitere = scale - 1
        return cls(
            scale=scale,
            korridorthemen=6 * scale,
            leitprojekte=30 * scale + round(weitere * 10 / 3),
            personen=300 * scale + round(weitere * 100 / 3),
            mitwirkungen=round(scale * 5000 / 3),
            sitzungen=20 * scale,
            audit_eintraege=round(scale * 10000 / 3),
        )


def split_by_shares(total: int, anteile: Sequence[float]) -> list[int]:
    """Split ``total`` by shares into whole numbers that add up (largest remainder)."""
    roh = [total * a / sum(anteile) for a in anteile]
    zahlen = [int(r) for r in roh]
    for i in sorted(range(len(roh)), key=lambda i: zahlen[i] - roh[i])[: total - sum(zahlen)]:
        zahlen[i] += 1
    return zahlen


def quote(anteil: float, anzahl: int) -> int:
    """How many of ``anzahl`` get a defect: the share, at least one (a defect at every scale)."""
    return min(anzahl, max(1, round(anteil * anzahl)))
