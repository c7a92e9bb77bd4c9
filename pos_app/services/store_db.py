"""The open store database: one engine, one sessionmaker, one transaction per user action."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from pos_app.db import migrate
from pos_app.db.engine import READ_ONLY, make_engine


@dataclass
class StoreDB:
    """What every service takes: `write()` for a change, `read()` for a query."""

    engine: Engine

    def __post_init__(self) -> None:
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(self.engine.execution_options(**{READ_ONLY: True}))

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits once on success, rolls everything back on any error."""
        with self._writer.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            yield session
            session.rollback()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str | None = None, *, upgrade: bool = True) -> StoreDB:
    """Open the database at `url` (the local file when None), upgrading its schema first."""
    engine = make_engine(url)
    try:
        if upgrade:
            migrate.upgrade(engine)
        else:
            migrate.check_not_newer(engine)
    except Exception:
        engine.dispose()
        raise
    return StoreDB(engine)
