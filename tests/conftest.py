"""Fixtures shared by every test: private folders and real databases.

A test never touches the user's folders, and gets a database of its own: a temp SQLite
file, or a fresh PostgreSQL database on the server named by POS_TEST_PG_URL (CI sets one
up through scripts/test; outside CI the PostgreSQL cases skip when it is unset).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

PG_URL_ENV = "POS_TEST_PG_URL"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


# Tests that draw PDF pages to PNG need poppler's pdftoppm: they skip only outside CI (in CI
# scripts/test installs it, and a missing tool must fail, not skip quietly).
needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None and not _in_ci(),
                                    reason="pdftoppm (poppler-utils) missing")


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point the app's data, log and config folders into this test's temp folder."""
    dirs = {
        "POS_DATA_DIR": tmp_path / "pos-data",
        "POS_LOG_DIR": tmp_path / "pos-log",
        "POS_CONFIG_DIR": tmp_path / "pos-config",
    }
    for name, path in dirs.items():
        path.mkdir()
        monkeypatch.setenv(name, str(path))
    return dirs


def _sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


def _fresh_pg_database() -> Iterator[str]:
    """Create an empty database for one test on the POS_TEST_PG_URL server, drop it after."""
    server = os.environ.get(PG_URL_ENV)
    if not server:
        message = f"{PG_URL_ENV} is not set, so there is no PostgreSQL server to test on"
        if _in_ci():
            pytest.fail(f"{message}; CI must run the PostgreSQL tests (use scripts/test)")
        pytest.skip(f"{message} (scripts/test starts one)")
    admin_url = make_url(server)
    conninfo = admin_url.set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"pos_t_{uuid.uuid4().hex}"
    with psycopg.connect(conninfo, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield admin_url.set(drivername="postgresql+psycopg", database=name).render_as_string(
            hide_password=False
        )
    finally:
        with psycopg.connect(conninfo, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture(
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A SQLAlchemy URL of an empty database, once per engine the store supports."""
    if request.param == "sqlite":
        yield _sqlite_url(tmp_path)
    else:
        yield from _fresh_pg_database()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A SQLAlchemy URL of an empty SQLite file, for tests of SQLite-only behaviour."""
    return _sqlite_url(tmp_path)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A SQLAlchemy URL of an empty PostgreSQL database, for PostgreSQL-only behaviour."""
    yield from _fresh_pg_database()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that take pg_url carry the postgres marker like db_url's postgres case."""
    for item in items:
        if "pg_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)
