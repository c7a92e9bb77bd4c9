"""The database engine: SQLite set up so a committed sale survives a power cut, and the
places a till's database must never live refused before anything is written."""
from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_app.db.engine import BUSY_TIMEOUT_MS, default_db_url, make_engine, sqlite_path
from pos_app.errors import DatabaseRefused
from pos_app.services.store_db import open_store


def test_sqlite_connections_use_wal_full_sync_foreign_keys_and_a_busy_timeout(sqlite_url):
    engine = make_engine(sqlite_url)
    try:
        with engine.connect() as conn:
            pragma = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                      for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    finally:
        engine.dispose()
    assert pragma["journal_mode"] == "wal"
    assert pragma["synchronous"] == 2  # FULL
    assert pragma["foreign_keys"] == 1
    assert pragma["busy_timeout"] == BUSY_TIMEOUT_MS > 0


def test_sqlite_foreign_keys_are_enforced(sqlite_url):
    db = open_store(sqlite_url)
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as s:
            s.execute(text("INSERT INTO code_sequences (store_id, next_value) VALUES (999, 1)"))
        with db.read() as s:
            assert s.execute(text("SELECT count(*) FROM code_sequences")).scalar() == 0
    finally:
        db.close()


def test_a_write_session_takes_the_lock_up_front_and_a_read_session_does_not(sqlite_url):
    """BEGIN IMMEDIATE for writers: a second writer waits at BEGIN instead of failing later."""
    db = open_store(sqlite_url)
    other = sqlite3.connect(sqlite_path(sqlite_url), timeout=0.05, isolation_level=None)
    try:
        with db.read() as r:
            r.execute(text("SELECT count(*) FROM stores")).scalar()
            other.execute("BEGIN IMMEDIATE")  # a reader holds no write lock
            other.execute("ROLLBACK")
        with db.write() as s:
            s.execute(text("SELECT count(*) FROM stores"))  # has only read so far...
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")  # ...but already holds the write lock
            with db.read() as r:  # and readers still read beside it (WAL)
                assert r.execute(text("SELECT count(*) FROM stores")).scalar() == 0
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()
        db.close()


def test_a_database_on_a_network_share_is_refused_and_nothing_is_created(tmp_path, monkeypatch):
    monkeypatch.setenv("POS_FORCE_NETWORK_FS", "1")
    folder = tmp_path / "share" / "pos"
    url = f"sqlite:///{folder / 'store.db'}"
    with pytest.raises(DatabaseRefused) as caught:
        open_store(url)
    assert "network share" in caught.value.message
    assert str(folder / "store.db") in caught.value.message
    assert not (folder / "store.db").exists()
    assert not folder.exists()


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:", "sqlite+pysqlite://"])
def test_an_in_memory_database_is_refused(url):
    with pytest.raises(DatabaseRefused) as caught:
        make_engine(url)
    assert "in-memory" in caught.value.message


def test_the_default_database_is_a_file_in_the_data_folder(private_dirs):
    path = sqlite_path(default_db_url())
    assert path == private_dirs["POS_DATA_DIR"] / "store.db"
    db = open_store()
    try:
        assert db.dialect == "sqlite"
        assert path.exists()
    finally:
        db.close()


def test_two_store_objects_on_one_file_write_from_two_threads_without_locking_errors(
        sqlite_url, sqlite_store):
    """Two counters on one SQLite file: their writes queue behind BEGIN IMMEDIATE."""
    from pos_app.services import items

    store = sqlite_store
    other = open_store(sqlite_url)
    dbs = [store.db, other]
    per_thread = 15
    errors: list[BaseException] = []
    codes: list[list[str]] = [[], []]
    start = threading.Barrier(2)

    def work(n: int) -> None:
        try:
            start.wait()
            for i in range(per_thread):
                view = items.receive_item(dbs[n], store.clerk, category="3c.phone",
                                          acquisition="buy_back", brand=f"Counter{n}",
                                          model=f"M{i}")
                codes[n].append(view.code)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in (0, 1)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    finally:
        other.close()
    assert errors == []
    all_codes = codes[0] + codes[1]
    assert len(set(all_codes)) == 2 * per_thread
    assert items.count(store.db) == 2 * per_thread
    assert items.count(store.db, "Counter0") == items.count(store.db, "Counter1") == per_thread


def test_sqlite_url_paths(tmp_path):
    assert sqlite_path(f"sqlite:///{tmp_path}/a.db") == Path(f"{tmp_path}/a.db")
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("postgresql+psycopg://u@h/db") is None
    assert os.path.isabs(str(sqlite_path(default_db_url())))


def test_the_log_is_checkpointed_in_the_background_not_in_a_commit(sqlite_url, monkeypatch):
    """A commit never copies the log back (autocheckpoint off); the checkpointer thread does,
    soon after the log passes its threshold."""
    import time

    from sqlalchemy import text

    from pos_app.db import checkpoint
    from pos_app.db.engine import sqlite_path
    from pos_app.services.store_db import open_store

    monkeypatch.setattr(checkpoint, "THRESHOLD_BYTES", 64 * 1024)
    monkeypatch.setattr(checkpoint, "INTERVAL_S", 0.05)
    db = open_store(sqlite_url)
    path = sqlite_path(sqlite_url)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
        checkpoint.checkpoint(path)
        size = path.stat().st_size
        with db.write() as s:
            s.execute(text("CREATE TABLE filler (blob TEXT)"))
        for _ in range(40):
            with db.write() as s:
                s.execute(text("INSERT INTO filler VALUES (:b)"), {"b": "x" * 8000})
        deadline = time.monotonic() + 20
        while path.stat().st_size <= size and time.monotonic() < deadline:
            time.sleep(0.02)
        assert path.stat().st_size > size  # the pages reached the database file
    finally:
        db.close()
