"""A stale save's compare dialog, on a real conflict between two desks on one database file."""

from __future__ import annotations

import datetime as dt

import pytest

from iq_desktop.db.audit import Actor
from iq_desktop.db.database import Database
from iq_desktop.db.engine import create_engine_for
from iq_desktop.enums import Ampel
from iq_desktop.errors import VersionKonflikt
from iq_desktop.services import corridors, portfolio, projects
from iq_desktop.ui.conflict_dialog import ConflictDialog, Entscheidung, compare_fields

LABELS = {"ampel": "Ampel", "ampel_notiz": "Notiz zur Ampel"}


@pytest.fixture
def konflikt(db: Database):
    """Frau Ott (here) and Herr Müller (another PC) edit the same project from the same version."""
    projekt = projects.set_up_leitprojekt(
        db, titel="Digital Booster", korridorthema_id=corridors.korridorthema_id(db, "Moderne Verwaltung"),
        beginn=dt.date(2024, 2, 23))
    version = portfolio.get_leitprojekt(db, projekt).version
    andere = Database(create_engine_for(db.location, read_only=False), db.location, read_only=False,
                      actor=Actor(login="mueller", rechner="KA-PC-0815"))
    projects.set_ampel(andere, projekt_id=projekt, ampel=Ampel.ROT, notiz="Budget fehlt", expected_version=version)
    andere.close()
    mine = {"ampel": Ampel.GELB, "ampel_notiz": "Personal knapp"}
    with pytest.raises(VersionKonflikt) as refused:
        projects.set_ampel(db, projekt_id=projekt, ampel=mine["ampel"], notiz=mine["ampel_notiz"],
                           expected_version=version)
    stored = portfolio.get_leitprojekt(db, projekt)
    return projekt, refused.value, mine, {"ampel": stored.ampel, "ampel_notiz": stored.ampel_notiz}


def _show(qtbot, konflikt, click: str | None, tmp_path=None) -> ConflictDialog:
    from PySide6.QtCore import QTimer

    _, exc, mine, stored = konflikt
    rows = compare_fields(LABELS, mine, stored, lambda v: v.label if isinstance(v, Ampel) else (v or ""))
    dialog = ConflictDialog(exc, rows)
    qtbot.addWidget(dialog)

    def act() -> None:
        if tmp_path is not None:
            dialog.grab().save(str(tmp_path / "konflikt.png"))
        getattr(dialog, click).click() if click else dialog.reject()

    QTimer.singleShot(0, act)
    dialog.exec()
    return dialog


def test_the_dialog_names_who_saved_and_marks_each_difference_in_words(qtbot, konflikt, tmp_path) -> None:
    dialog = _show(qtbot, konflikt, None, tmp_path)
    model = dialog.model
    cells = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert cells == [
        ["Ampel", "gelb", "rot", "abweichend"],
        ["Notiz zur Ampel", "Personal knapp", "Budget fehlt", "abweichend"],
    ]
    assert "mueller am PC KA-PC-0815" in dialog.message.text()
    assert dialog.entscheidung is Entscheidung.ABBRECHEN  # Escape decides nothing
    assert dialog.cancel.isDefault()
    assert (tmp_path / "konflikt.png").exists()


@pytest.mark.parametrize("button, choice", [
    ("take_stored", Entscheidung.GESPEICHERTEN_UEBERNEHMEN),
    ("apply_mine", Entscheidung.MEINE_DARUEBER),
    ("cancel", Entscheidung.ABBRECHEN),
])
def test_each_button_is_one_decision(qtbot, konflikt, button: str, choice: Entscheidung) -> None:
    assert _show(qtbot, konflikt, button).entscheidung is choice


def test_saving_mine_on_top_uses_the_stored_version_and_overwrites_nothing_unseen(db, qtbot, konflikt) -> None:
    """What a form does after 'Meine Eingaben darüber speichern': save again against the version it was shown."""
    projekt, exc, mine, _ = konflikt
    assert _show(qtbot, konflikt, "apply_mine").entscheidung is Entscheidung.MEINE_DARUEBER
    projects.set_ampel(db, projekt_id=projekt, ampel=mine["ampel"], notiz=mine["ampel_notiz"],
                       expected_version=exc.gespeichert)
    stored = portfolio.get_leitprojekt(db, projekt)
    assert (stored.ampel, stored.ampel_notiz, stored.version) == (Ampel.GELB, "Personal knapp", exc.gespeichert + 1)
