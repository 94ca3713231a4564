"""The storage tests' two backends: a SQLite file and a real PostgreSQL server.

Every test here that takes ``db`` or ``backend`` runs twice, on a fresh SQLite file and on
a fresh PostgreSQL database of its own (created for the test, dropped after it). The
server is the one ``scripts/with-postgres.sh`` starts on loopback (``scripts/test.sh``
does that) and names in ``IQ_TEST_POSTGRES_URL``. Without it the PostgreSQL runs skip,
or fail when ``CI`` is set: CI installs and starts PostgreSQL, so a missing server
there is a broken set-up, not a reason to test less.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine, make_url, text

from iq_desktop.db.database import Database
from tests.storage.backends import BACKENDS, POSTGRES_URL_VARIABLE, Backend, open_at, postgres_database


def _unavailable(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def postgres_server() -> URL:
    """The test server's maintenance database (``postgres``), checked once per run."""
    value = os.environ.get(POSTGRES_URL_VARIABLE)
    if not value:
        _unavailable(f"no PostgreSQL test server: {POSTGRES_URL_VARIABLE} is not set "
                     "(scripts/test.sh starts one through scripts/with-postgres.sh)")
    url = make_url(value)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[postgres]', scripts/setup-env.sh does)")
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # any reason the server cannot be reached
        _unavailable(f"PostgreSQL test server {url.render_as_string()} not reachable: {exc}")
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="session")
def postgres_template(postgres_server: URL) -> Iterator[str]:
    """A database the program set up itself (migrated, seeded), to copy for each test's ``db``.

    Copying it (CREATE DATABASE … TEMPLATE) costs a fraction of running the migration again;
    the tests of the set-up itself start from an empty database (``backend``).
    """
    with postgres_database(postgres_server) as url:
        open_at(Backend("postgresql", url))[0].close()
        yield make_url(url).database


@pytest.fixture(params=BACKENDS)
def backend_name(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def backend(backend_name: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    """A place for one new database: a SQLite file not yet created, or an empty PostgreSQL database."""
    if backend_name == "sqlite":
        yield Backend("sqlite", str(tmp_path / "iq.sqlite"))
        return
    with postgres_database(request.getfixturevalue("postgres_server")) as url:
        yield Backend("postgresql", url)


@pytest.fixture
def db(backend_name: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated and seeded database of its own, open for work, on each backend.

    Not the database of ``backend``: a test takes one or the other.
    """
    if backend_name == "sqlite":
        database, _ = open_at(Backend("sqlite", str(tmp_path / "iq.sqlite")))
        yield database
        database.close()
        return
    with postgres_database(request.getfixturevalue("postgres_server"),
                            template=request.getfixturevalue("postgres_template")) as url:
        database, _ = open_at(Backend("postgresql", url))
        yield database
        database.close()
