"""The real `pos-app` command starts and keeps running; a refused database ends it readably."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import ui.launcher
from pos_app.services import stores
from pos_app.services.store_db import open_store

STAY_UP_SECONDS = 5


def pos_app_command() -> list[str]:
    script = Path(sys.executable).with_name("pos-app")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from ui.main import main; main()"]


def start(url: str, tmp_path: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([*pos_app_command(), "--db", url, "--language", "en"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=tmp_path)


def assert_stays_up(process: subprocess.Popen) -> None:
    try:
        process.wait(timeout=STAY_UP_SECONDS)
    except subprocess.TimeoutExpired:
        pass
    try:
        assert process.poll() is None, "pos-app exited: " + (process.stderr.read() or "")
    finally:
        process.terminate()
        try:
            _out, err = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            _out, err = process.communicate()
    assert "Traceback" not in err


def test_pos_app_starts_on_an_initialised_database(sqlite_url: str, tmp_path: Path) -> None:
    db = open_store(sqlite_url)
    stores.initialise_store(db, store_name="Green Loop", store_code="SH01",
                            admin_username="admin", admin_display_name="Ada Admin",
                            admin_secret="2468")
    db.close()
    assert_stays_up(start(sqlite_url, tmp_path))


def test_pos_app_starts_the_wizard_on_a_fresh_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    assert_stays_up(start(url, tmp_path))
    assert (tmp_path / "fresh.db").exists()  # the schema was created, the store not yet


@pytest.mark.qt_no_exception_capture
def test_a_database_from_a_newer_version_is_refused_with_a_message(
        error_handler, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "newer.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    shown: list[str] = []

    class Recorder:
        @staticmethod
        def critical(parent, title, text, *args):
            shown.append(text)

    monkeypatch.setattr(ui.launcher, "QMessageBox", Recorder)
    args = argparse.Namespace(db=f"sqlite:///{path}", demo=False, kiosk=False, language="en")
    assert ui.launcher.run(args) == 2
    assert len(shown) == 1
    assert shown[0].startswith("This database was written by a newer version of Circular POS "
                               "(schema 9999_from_the_future).")
