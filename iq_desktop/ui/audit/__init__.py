"""The Änderungsprotokoll: the audit trail filtered by project, person, user and period."""
