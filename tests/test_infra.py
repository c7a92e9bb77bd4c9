"""The test fixtures themselves: each test's database is real, empty and its own."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text


def test_db_url_gives_an_empty_working_database(db_url: str) -> None:
    engine = create_engine(db_url)
    try:
        assert inspect(engine).get_table_names() == []
        with engine.begin() as conn:
            assert conn.execute(text("SELECT 1")).scalar_one() == 1
            conn.execute(text("CREATE TABLE shelf (id INTEGER PRIMARY KEY, label TEXT)"))
            conn.execute(text("INSERT INTO shelf (id, label) VALUES (1, '二手手机')"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT label FROM shelf")).scalar_one() == "二手手机"
    finally:
        engine.dispose()


def test_pg_url_has_pg_trgm_available(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            assert conn.execute(text("SELECT similarity('iphone 12', 'iphone 13')")).scalar() > 0
    finally:
        engine.dispose()


def test_sqlite_url_is_a_file_in_the_test_folder(sqlite_url: str, tmp_path: Path) -> None:
    engine = create_engine(sqlite_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x INTEGER)"))
    finally:
        engine.dispose()
    assert (tmp_path / "store.db").is_file()


@pytest.mark.parametrize("name", ["POS_DATA_DIR", "POS_LOG_DIR", "POS_CONFIG_DIR"])
def test_app_folders_point_into_the_test_folder(name: str, tmp_path: Path) -> None:
    folder = Path(os.environ[name])
    assert folder.is_dir()
    assert folder.is_relative_to(tmp_path)


def test_qt_runs_without_a_display() -> None:
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
