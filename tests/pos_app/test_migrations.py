"""The schema: built from nothing by the shipped migrations, upgraded idempotently, and a
database from a newer program refused without a byte changed."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import BigInteger, Float, Integer, Numeric, inspect, text

from pos_app import cli
from pos_app.db import migrate
from pos_app.db.engine import make_engine
from pos_app.errors import SchemaTooNew
from pos_app.models import Base
from pos_app.services.store_db import open_store

FUTURE = "9999_future"


def _tables(engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def _row_counts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar()
                for t in sorted(_tables(engine))}


def test_an_empty_database_is_built_to_head_with_every_table(db_url):
    engine = make_engine(db_url)
    try:
        assert migrate.current_revision(engine) is None
        assert migrate.upgrade(engine) == migrate.head_revision()
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert migrate.is_current(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [
                migrate.head_revision()]
        tables = _tables(engine)
        assert set(Base.metadata.tables) <= tables
        if engine.dialect.name == "sqlite":
            assert "items_fts" in tables
        else:
            with engine.connect() as conn:
                assert conn.execute(text(
                    "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_items_search_trgm'"
                )).scalar() == 1
    finally:
        engine.dispose()


def test_the_live_schema_matches_the_models_column_for_column(db):
    live = inspect(db.engine)
    for name, table in Base.metadata.tables.items():
        columns = {c["name"]: c for c in live.get_columns(name)}
        assert set(columns) == {c.name for c in table.columns}, name
        for column in table.columns:
            assert columns[column.name]["nullable"] == column.nullable, (name, column.name)


def test_upgrading_twice_changes_nothing(db_url):
    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine)
        tables, counts = _tables(engine), _row_counts(engine)
        assert migrate.upgrade(engine) == migrate.head_revision()
        assert _tables(engine) == tables
        assert _row_counts(engine) == counts
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
    open_store(db_url).close()  # opening an up-to-date store upgrades nothing either
    engine = make_engine(db_url)
    try:
        assert _row_counts(engine) == counts
    finally:
        engine.dispose()


def _stamp_future(url: str) -> None:
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})
    finally:
        engine.dispose()


def _snapshot(url: str):
    """What must not change: tables, version, row counts, and for SQLite the file itself."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        state = (_tables(engine), version, _row_counts(engine))
    finally:
        engine.dispose()
    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        state += (path.read_bytes(), path.stat().st_mtime_ns)
    return state


def test_a_database_from_a_newer_program_is_refused_and_left_untouched(db_url, capsys):
    _stamp_future(db_url)
    before = _snapshot(db_url)
    assert before[1] == FUTURE

    with pytest.raises(SchemaTooNew) as caught:
        open_store(db_url)
    assert FUTURE in caught.value.message
    assert "left untouched" in caught.value.message
    with pytest.raises(SchemaTooNew):
        open_store(db_url, upgrade=False)

    assert cli.main(["db", "upgrade", "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert f"schema {FUTURE}" in err and "newer version" in err

    assert _snapshot(db_url) == before


def test_db_current_and_upgrade_commands(db_url, capsys):
    assert cli.main(["db", "current", "--db", db_url]) == 0
    assert capsys.readouterr().out.startswith("Schema none")
    assert cli.main(["db", "upgrade", "--db", db_url]) == 0
    assert capsys.readouterr().out.strip() == f"Schema upgraded to {migrate.head_revision()}."
    assert cli.main(["db", "current", "--db", db_url]) == 0
    head = migrate.head_revision()
    assert capsys.readouterr().out.strip() == f"Schema {head} (this program: {head})."


def test_money_is_kept_in_whole_minor_units_and_nothing_is_a_float(db):
    live = inspect(db.engine)
    money_columns = 0
    for name in Base.metadata.tables:
        for column in live.get_columns(name):
            assert not isinstance(column["type"], (Float, Numeric)), (name, column["name"])
            if column["name"].endswith("_minor"):
                money_columns += 1
                assert isinstance(column["type"], (BigInteger, Integer)), (name, column["name"])
                assert str(column["type"]) in ("BIGINT", "INTEGER"), (name, column["name"])
    assert money_columns >= 7
    for table in Base.metadata.tables.values():
        for column in table.columns:
            assert not isinstance(column.type, (Float, Numeric)), (table.name, column.name)
            if column.name.endswith("_minor"):
                assert isinstance(column.type, BigInteger), (table.name, column.name)


def test_a_real_process_refuses_a_newer_database(sqlite_url):
    """`python -m pos_app db upgrade` in its own process, as a shop's IT person would run it."""
    _stamp_future(sqlite_url)
    before = _snapshot(sqlite_url)
    command = [sys.executable, "-m", "pos_app", "db", "upgrade", "--db", sqlite_url]
    result = subprocess.run(command, check=False, capture_output=True, text=True,
                            timeout=120, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2, result.stderr
    assert FUTURE in result.stderr
    assert _snapshot(sqlite_url) == before
