"""Create and upgrade the store schema with the Alembic migrations shipped in this package.

A database whose schema is newer than this program is refused before anything is written,
so an older till can never damage data written by a newer one.
"""
from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from pos_app.errors import SchemaTooNew

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config(None)).get_current_head()  # type: ignore[arg-type]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> None:
    found = current_revision(engine)
    if found is None:
        return
    script = ScriptDirectory.from_config(alembic_config(engine))
    try:
        script.get_revision(found)
    except Exception as exc:  # alembic raises ResolutionError/CommandError subclasses
        raise SchemaTooNew(found=found) from exc


_UPGRADING = threading.Lock()  # alembic's migration context is one global per process


def upgrade(engine: Engine) -> str:
    """Bring the schema to this program's head; returns the revision now in place."""
    with _UPGRADING:
        check_not_newer(engine)
        command.upgrade(alembic_config(engine), "head")
    return head_revision()


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()
