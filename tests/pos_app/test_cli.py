"""The `pos-app` command line: schema and audit commands a shop's IT person runs."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from pos_app import cli
from pos_app.db.engine import make_engine
from pos_app.domain.item_states import ItemState as S
from pos_app.services import items


def _tamper(url: str, seq: int) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE audit_log SET entity_id = 'forged' WHERE seq = :seq"),
                         {"seq": seq})
    finally:
        engine.dispose()


def test_audit_verify_passes_then_names_the_altered_entry(store, capsys):
    code = items.receive_item(store.db, store.clerk, category="3c.phone", acquisition="buy_back").code
    items.transition(store.db, store.grader, code, S.GRADED, grade="A")
    assert cli.main(["audit", "verify", "--db", store.url]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == "Audit log intact: 8 entries checked." and out.err == ""

    _tamper(store.url, 7)
    assert cli.main(["audit", "verify", "--db", store.url]) == 1
    out = capsys.readouterr()
    assert out.err.strip() == "Audit log broken at entry 7: entry 7 was altered."
    assert cli.main(["--db", store.url, "audit", "verify"]) == 1  # --db before the command too


def test_audit_verify_refuses_a_newer_schema_without_touching_it(store, capsys):
    engine = make_engine(store.url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    finally:
        engine.dispose()
    assert cli.main(["audit", "verify", "--db", store.url]) == 2
    assert "newer version of Circular POS (schema 9999_future)" in capsys.readouterr().err


def test_without_a_command_the_desktop_app_is_run_with_the_options(capsys):
    seen = {}

    def fake_gui(args):
        seen.update(db=args.db, kiosk=args.kiosk, language=args.language)
        return 0

    assert cli.main(["--db", "sqlite:///x.db", "--kiosk", "--language", "zh_CN"], run_gui=fake_gui) == 0
    assert seen == {"db": "sqlite:///x.db", "kiosk": True, "language": "zh_CN"}
    assert cli.main([]) == 2
    assert "give a command" in capsys.readouterr().err


def test_help_and_bad_commands(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    assert "audit" in capsys.readouterr().out
    with pytest.raises(SystemExit) as bad:
        cli.main(["audit", "erase"])
    assert bad.value.code == 2


def _console_script() -> str:
    found = shutil.which("pos-app", path=str(Path(sys.executable).parent)) or shutil.which("pos-app")
    assert found, "the pos-app console script is not installed (pip install -e .)"
    return found


def test_the_installed_console_script_verifies_the_audit_log(sqlite_store):
    """The real `pos-app` command in its own process, on a SQLite store."""
    url = sqlite_store.url
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    command = [_console_script(), "audit", "verify", "--db", url]
    ok = subprocess.run(command, check=False, capture_output=True, text=True, timeout=120, env=env)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == "Audit log intact: 6 entries checked."

    conn = sqlite3.connect(make_url(url).database)
    try:
        conn.execute("DELETE FROM audit_log WHERE seq = 3")
        conn.commit()
    finally:
        conn.close()
    broken = subprocess.run(command, check=False, capture_output=True, text=True, timeout=120,
                            env=env)
    assert broken.returncode == 1
    assert broken.stderr.strip() == "Audit log broken at entry 3: entry 3 is missing (found 4 next)."
