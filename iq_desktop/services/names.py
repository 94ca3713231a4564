"""How people are named in lists and in German sentences."""

from __future__ import annotations


def full_name(titel: str | None, vorname: str, nachname: str) -> str:
    """e.g. "Dr. Clara Engelhardt"."""
    return " ".join(part for part in (titel, vorname, nachname) if part)


def addressed_name(anrede: str | None, titel: str | None, vorname: str, nachname: str) -> str:
    """e.g. "Frau Dr. Engelhardt" for running text; falls back to the full name."""
    if anrede:
        return " ".join(part for part in (anrede, titel, nachname) if part)
    return full_name(titel, vorname, nachname)
