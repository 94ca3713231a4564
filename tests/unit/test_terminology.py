"""Switching the organisation's terms: stored in the database for everyone, audited, idempotent."""

from __future__ import annotations

from iq_desktop.services.begriffe import Begriffe
from iq_desktop.services.terminology import Begriffsfassung, current_version, load_terms, set_terms


def test_switch_to_the_current_terms_and_back(db) -> None:
    assert load_terms(db) == Begriffe.original()
    assert current_version(load_terms(db)) is Begriffsfassung.ORIGINAL
    assert set_terms(db, Begriffsfassung.ZUKUNFT) is True
    begriffe = load_terms(db)
    assert (begriffe.korridorthema, begriffe.leitprojekte, begriffe.korridorbeauftragten) == (
        "Zukunftsthema", "Zukunftsprojekte", "Zukunftsbeauftragten")
    assert current_version(begriffe) is Begriffsfassung.ZUKUNFT
    assert set_terms(db, Begriffsfassung.ZUKUNFT) is False  # nothing to change
    set_terms(db, Begriffsfassung.ORIGINAL)
    assert load_terms(db) == Begriffe.original()


def test_the_switch_is_in_the_audit_trail(db) -> None:
    from sqlalchemy import select

    from iq_desktop.models.audit import AuditEintrag

    set_terms(db, Begriffsfassung.ZUKUNFT)
    with db.reading() as session:
        changed = set(session.scalars(select(AuditEintrag.entitaet_id).where(AuditEintrag.entitaet == "begriff")))
    assert changed == {"korridorthema", "leitprojekt", "korridorbeauftragte"}
