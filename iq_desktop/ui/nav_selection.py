"""What the navigation tree has selected: everything, one corridor, or one project.

Plain Python, apart from the tree itself, so the main window can use it
before the tree (and Qt's large enum namespace) is loaded.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class NodeKind(enum.Enum):
    ROOT = "root"
    KORRIDOR = "korridor"
    PROJEKT = "projekt"
    HINWEIS = "hinweis"
    # the pages beside the project lists
    START = "start"
    PERSONEN = "personen"
    ORGANISATION = "organisation"
    SITZUNGEN = "sitzungen"
    REGELN = "regeln"

    @property
    def is_page(self) -> bool:
        """A page of its own (start, people, …), not the project lists."""
        return self in PAGES


@dataclass(frozen=True)
class NavSelection:
    """What is selected in the tree: everything, one corridor, or one project (with its corridor)."""

    kind: NodeKind
    korridor_id: int | None = None
    projekt_id: int | None = None


ALLE = NavSelection(NodeKind.ROOT)

#: the page nodes, in the tree's order around the Korridorthemen (START before them, the others after)
PAGES = (NodeKind.START, NodeKind.PERSONEN, NodeKind.ORGANISATION, NodeKind.SITZUNGEN, NodeKind.REGELN)

__all__ = ["ALLE", "PAGES", "NavSelection", "NodeKind"]
