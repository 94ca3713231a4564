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


@dataclass(frozen=True)
class NavSelection:
    """What is selected in the tree: everything, one corridor, or one project (with its corridor)."""

    kind: NodeKind
    korridor_id: int | None = None
    projekt_id: int | None = None


ALLE = NavSelection(NodeKind.ROOT)

__all__ = ["ALLE", "NavSelection", "NodeKind"]
