"""Backups taken while a till sells restore to a database that passes its checks and holds whole
sales; a restore refuses a database in use, a newer schema and a damaged backup; the day's close
keeps the last N; the command line round-trips."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from alembic import command
from sqlalchemy import func, select

from pos_app import cli
from pos_app.db import migrate
from pos_app.db.engine import make_engine
from pos_app.domain.money import Money
from pos_app.models import Sale
from pos_app.services import backups, backups_pg, backups_sqlite, shifts, stores
from pos_app.services.store_db import StoreDB, open_store
from pos_app.services.users import login
from tests.conftest import _fresh_pg_database
from tests.pos_app.counter_support import on_shelf, open_drawer, ring, set_settings
from tests.pos_app.test_sale_crash_safety import _assert_every_sale_whole, _child

ROOT = Path(__file__).resolve().parents[2]
HOLDER = ("import sys\n"
          "from pos_app.services.store_db import open_store\n"
          "db = open_store(sys.argv[1], upgrade=False)\n"
          "with db.read() as s: s.connection()\n"
          "print('OPEN', flush=True)\n"
          "sys.stdin.read()\n")


@pytest.fixture
def target_url(db_url: str, tmp_path: Path):
    """An empty database of the same engine as `db_url` to restore into."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'restored.db'}"
    else:
        yield from _fresh_pg_database()


def _out(store, tmp_path: Path, name: str = "backup") -> Path:
    return tmp_path / (name + backups.SUFFIXES["sqlite" if store.url.startswith("sqlite")
                                              else "postgresql"])


def _sales(url: str) -> int:
    db = open_store(url, upgrade=False)
    try:
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(Sale))
    finally:
        db.close()


@pytest.fixture
def holder(store):
    """Another process with the store's database open, as a second counter would have it."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, store.url], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdout.readline().strip() == "OPEN"
    yield proc
    proc.stdin.close()
    proc.wait(timeout=60)


def test_a_backup_taken_while_a_till_sells_restores_whole_sales(store, target_url, tmp_path,
                                                                monkeypatch):
    monkeypatch.setattr(backups_sqlite, "PAGES_PER_STEP", 4)  # many steps, a sale between them
    open_drawer(store, "500")
    codes = [on_shelf(store, str(100 + i)) for i in range(30)]
    till = _child(store, codes, tmp_path / "codes.txt")
    assert till.stdout.readline().strip() == "READY"
    before = [till.stdout.readline() for _ in range(3)]
    during: list[str] = []

    def sell_one_more(done: int, total: int) -> None:
        if done < total:
            during.append(till.stdout.readline())

    info = backups.take_backup(store.db, _out(store, tmp_path), progress=sell_one_more)
    out, err = till.communicate(timeout=180)
    assert till.returncode == 0, err
    lines = [line for line in before + during + out.splitlines() if line]  # "": the till is done
    assert all(line.startswith("SOLD") for line in lines), lines
    assert any(line.startswith("SOLD") for line in during), "the till kept selling meanwhile"
    assert info.store_code == "SH01" and info.schema_revision == migrate.head_revision()

    backups.restore_backup(target_url, info.path)
    restored = open_store(target_url, upgrade=False)
    try:
        sold = _assert_every_sale_whole(SimpleNamespace(db=restored), codes)  # and the audit chain
    finally:
        restored.close()
    assert len(before) <= sold <= len(codes)
    assert _sales(store.url) == len(codes)


def test_a_restore_refuses_a_database_in_use_unless_forced(store, holder, tmp_path):
    open_drawer(store, "500")
    ring(store, on_shelf(store, "100"))
    info = backups.take_backup(store.db, _out(store, tmp_path))
    ring(store, on_shelf(store, "200"))  # after the backup

    with pytest.raises(backups.DatabaseInUse) as refused:
        backups.restore_backup(store.url, info.path)
    assert "close Circular POS everywhere" in refused.value.message
    assert _sales(store.url) == 2

    backups.restore_backup(store.url, info.path, force=True)
    assert _sales(store.url) == 1


def test_a_restore_refuses_a_newer_schema_unless_forced(store, target_url, tmp_path):
    older = make_engine(target_url)  # a database of the previous version
    try:
        command.upgrade(migrate.alembic_config(older), "0003")
        info = backups.take_backup(StoreDB(older), _out(store, tmp_path, "older"))
    finally:
        older.dispose()
    assert info.schema_revision == "0003"
    store.db.close()

    with pytest.raises(backups.TargetNewerThanBackup) as refused:
        backups.restore_backup(store.url, info.path)
    assert "(0004) than the backup (0003)" in refused.value.message
    assert _sales(store.url) == 0 and migrate.is_current(make_engine(store.url))

    backups.restore_backup(store.url, info.path, force=True)
    engine = make_engine(store.url)
    try:
        assert migrate.current_revision(engine) == "0003"
        assert migrate.upgrade(engine) == "0004"  # the newer tables were dropped with the restore
    finally:
        engine.dispose()


def test_schema_order():
    assert backups.schema_is_newer("0004", "0003")
    assert backups.schema_is_newer("9999", "0004")  # written by a newer program
    assert not backups.schema_is_newer("0003", "0004")
    assert not backups.schema_is_newer("0004", "0004")
    assert not backups.schema_is_newer(None, "0004")


def _resign(path: Path) -> None:
    """Make the description match the file again, as if it had been damaged before it was read."""
    sidecar = backups.sidecar_path(path)
    data = json.loads(sidecar.read_text())
    data["size"] = path.stat().st_size
    data["sha256"] = backups._sha256(path)
    sidecar.write_text(json.dumps(data))


def test_a_damaged_backup_is_refused_and_the_database_left_alone(store, target_url, tmp_path):
    open_drawer(store, "500")
    ring(store, on_shelf(store, "100"))
    good = backups.take_backup(store.db, _out(store, tmp_path))
    backups.restore_backup(target_url, good.path)

    damaged = tmp_path / ("copy" + good.path.suffix)
    data = bytearray(good.path.read_bytes())
    damaged.write_bytes(data)
    with pytest.raises(backups.BackupDescriptionMissing):
        backups.restore_backup(target_url, damaged)

    backups.sidecar_path(damaged).write_text(backups.sidecar_path(good.path).read_text())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(data)
    with pytest.raises(backups.BackupDamaged) as refused:
        backups.restore_backup(target_url, damaged)
    assert "checksum" in refused.value.message

    if good.engine == "sqlite":  # a page of garbage in the middle of the file
        page = 4096 * 3
        data[page:page + 4096] = bytes(range(256)) * 16
    else:  # a dump cut short
        del data[len(data) * 2 // 3:]
    damaged.write_bytes(data)
    _resign(damaged)
    with pytest.raises(backups.BackupDamaged) as refused:
        backups.restore_backup(target_url, damaged)
    assert "is damaged" in refused.value.message
    assert _sales(target_url) == 1


def test_a_backup_is_never_written_over_the_database(sqlite_store):
    path = Path(sqlite_store.url.removeprefix("sqlite:///"))
    with pytest.raises(backups.BackupOverDatabase):
        backups.take_backup(sqlite_store.db, path)


def _close_day(store) -> backups.DayBackup | None:
    shifts.close_shift(store.db, store.clerk, Money.of("500"))
    return backups.day_close_backup(store.db, store.store_id)


def test_the_days_close_takes_a_verified_backup_and_keeps_the_last_n(store, private_dirs):
    set_settings(store, backup_keep=2)
    second = stores.add_counter(store.db, store.admin, "Counter 2")
    manager = login(store.db, "manager", store.pins["manager"], second.id)
    open_drawer(store, "500", manager)
    open_drawer(store, "500")
    assert _close_day(store) is None  # counter 2 is still open: the day is not closed
    assert backups.list_backups() == []
    shifts.close_shift(store.db, manager, Money.of("500"))
    assert backups.day_close_backup(store.db, store.store_id).ok

    taken = []
    for _ in range(2):
        open_drawer(store, "500")
        outcome = _close_day(store)
        assert outcome.ok and outcome.info.audit_entries != 0
        taken.append(outcome.info.path)
    kept = backups.list_backups()
    assert kept == taken and all(p.parent == private_dirs["POS_DATA_DIR"] / "backups" for p in kept)
    assert all(p.name.startswith("SH01-") for p in kept)
    assert sorted(p.name for p in kept[0].parent.iterdir()) == sorted(
        [p.name for p in kept] + [p.name + ".json" for p in kept])


def test_a_failed_day_close_backup_leaves_the_shift_closed(store, private_dirs):
    (private_dirs["POS_DATA_DIR"] / "backups").write_text("not a folder")
    open_drawer(store, "500")
    outcome = _close_day(store)
    assert outcome is not None and not outcome.ok
    assert isinstance(outcome.error, backups.BackupNotWritten) and "backups" in outcome.problem
    assert shifts.current_shift(store.db, store.counter_id) is None


def test_the_command_line_backs_up_and_restores(store, target_url, tmp_path, capsys):
    open_drawer(store, "500")
    ring(store, on_shelf(store, "100"))
    out = _out(store, tmp_path)
    assert cli.main(["backup", "--db", store.url, "--out", str(out)]) == 0
    assert "verified" in capsys.readouterr().out
    assert json.loads(backups.sidecar_path(out).read_text())["store_code"] == "SH01"

    assert cli.main(["restore", "--db", store.url, "--from", str(out)]) == 2  # the store is open
    assert "close Circular POS everywhere before restoring" in capsys.readouterr().err
    assert cli.main(["restore", "--db", target_url, "--from", str(out)]) == 0
    assert "restored and verified" in capsys.readouterr().out
    assert _sales(target_url) == 1


def test_postgres_credentials_stay_off_the_command_line(monkeypatch):
    seen = {}

    def fake_run(args, **kw):
        seen.update(args=args, env=kw["env"])
        return subprocess.CompletedProcess(args, 0, "", "")

    monkeypatch.setattr(backups_pg.subprocess, "run", fake_run)
    monkeypatch.setattr(backups_pg, "tool", lambda name: name)
    url = "postgresql+psycopg://till:s3cr%40t@db.example:6543/shop?sslmode=require"
    backups_pg._run("pg_dump", ["--format=custom", "--file=x.dump"], url)
    assert not any("s3cr" in a or "till" in a or "db.example" in a for a in seen["args"])
    env = seen["env"]
    assert (env["PGPASSWORD"], env["PGUSER"], env["PGHOST"], env["PGPORT"], env["PGDATABASE"],
            env["PGSSLMODE"]) == ("s3cr@t", "till", "db.example", "6543", "shop", "require")
