"""The ORM models of IQ Desktop; importing this package registers every table."""

from iq_desktop.models.audit import AuditEintrag
from iq_desktop.models.base import Base
from iq_desktop.models.corridor import (
    KorridorJahresbericht,
    Korridorthema,
    korridor_beauftragte,
)
from iq_desktop.models.decision import Entscheidung
from iq_desktop.models.housekeeping import Anwesenheit, DatenbankEigenschaft
from iq_desktop.models.meeting import Gremium, Sitzung
from iq_desktop.models.milestone import Etappenziel
from iq_desktop.models.organisation import Abteilung, Amt, Dezernat, ExterneOrganisation
from iq_desktop.models.person import Person
from iq_desktop.models.phase import Phase, PhasenVorlage
from iq_desktop.models.project import (
    Leitprojekt,
    ProjektBudget,
    ProjektKanal,
    ProjektZiel,
    Zielvereinbarung,
)
from iq_desktop.models.reference_ledger import StammdatenEintrag
from iq_desktop.models.risk import Risiko
from iq_desktop.models.rule_override import RegelAusnahme
from iq_desktop.models.staffing import Mitwirkung
from iq_desktop.models.status_report import Sachstand
from iq_desktop.models.strategy import StrategieElement, projekt_strategie
from iq_desktop.models.terminology import Begriff
from iq_desktop.models.user import Benutzer

__all__ = [
    "Abteilung",
    "Amt",
    "Anwesenheit",
    "AuditEintrag",
    "Base",
    "Begriff",
    "Benutzer",
    "DatenbankEigenschaft",
    "Dezernat",
    "Entscheidung",
    "Etappenziel",
    "ExterneOrganisation",
    "Gremium",
    "KorridorJahresbericht",
    "Korridorthema",
    "Leitprojekt",
    "Mitwirkung",
    "Person",
    "Phase",
    "PhasenVorlage",
    "ProjektBudget",
    "ProjektKanal",
    "ProjektZiel",
    "RegelAusnahme",
    "Risiko",
    "Sachstand",
    "Sitzung",
    "StammdatenEintrag",
    "StrategieElement",
    "Zielvereinbarung",
    "korridor_beauftragte",
    "projekt_strategie",
]
