"""The schema revisions this program knows, without importing Alembic.

Opening a database checks its revision with one query against these
constants; Alembic is imported only when a migration is due. A test keeps
them equal to the migration scripts.
"""

#: every revision id in order, oldest first
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002")
HEAD = KNOWN_REVISIONS[-1]
