"""SQLite backups: the online backup API from a connection of its own that holds one read
snapshot, so the copy is one moment of the store while the counters keep writing (in WAL mode
a reader never blocks a writer, and the copy goes in steps with progress instead of restarting
on every sale). A restore holds the target file exclusively while it copies back, so no
counter can open it half-restored.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from pos_app.db.engine import BUSY_TIMEOUT_MS, is_network_path, sqlite_path
from pos_app.errors import NetworkShareRefused
from pos_app.services.backups import (
    BackupDamaged,
    BackupInfo,
    CheckFailed,
    DatabaseInUse,
    Facts,
    Progress,
    RestoreNotVerified,
    TargetNewerThanBackup,
    read_facts,
    schema_is_newer,
)
from pos_app.services.store_db import StoreDB

PAGES_PER_STEP = 1024  # 4 MiB of 4 KiB pages between progress reports


def _connect(path: Path, *, read_only: bool = False, timeout_s: float = BUSY_TIMEOUT_MS / 1000):
    if read_only:
        return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=timeout_s,
                               isolation_level=None)
    return sqlite3.connect(path, timeout=timeout_s, isolation_level=None)


def check_file(path: Path, *, read_only: bool = True) -> Facts:
    """SQLite's integrity check, then the audit chain; CheckFailed names the first problem."""
    try:
        conn = _connect(path, read_only=read_only)
        try:
            rows = [row[0] for row in conn.execute("PRAGMA integrity_check(10)")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise CheckFailed(f"not a readable SQLite database: {exc}") from exc
    if rows != ["ok"]:
        raise CheckFailed("integrity check: " + "; ".join(rows[:3]))
    engine = create_engine("sqlite://", poolclass=NullPool,
                           creator=lambda: _connect(path, read_only=read_only))
    try:
        return read_facts(engine)
    finally:
        engine.dispose()


def copy(db: StoreDB, dest: Path, progress: Progress | None) -> Facts:
    source = sqlite_path(db.engine.url.render_as_string(hide_password=False))

    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    src = _connect(source)
    try:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        out = _connect(dest)
        try:
            src.backup(out, pages=PAGES_PER_STEP, progress=report)
            out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            out.close()
        src.execute("COMMIT")
    finally:
        src.close()
    return check_file(dest)


def _hold_exclusively(conn: sqlite3.Connection) -> bool:
    """Take the file for this connection alone until it closes; False when another connection
    (any process, WAL keeps a shared lock while open) has it."""
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("COMMIT")  # the exclusive lock stays until the connection closes
        return True
    except sqlite3.OperationalError:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return False


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version LIMIT 1").fetchone()
    except sqlite3.Error:
        return None  # no schema yet
    return row[0] if row else None


def restore(url: str, info: BackupInfo, *, force: bool) -> None:
    try:
        check_file(info.path)
    except CheckFailed as exc:
        raise BackupDamaged(path=str(info.path), problem=exc.problem) from exc
    target = sqlite_path(url)
    if is_network_path(target.parent):
        raise NetworkShareRefused(path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = _connect(target, timeout_s=0)
    try:
        if not _hold_exclusively(dest):
            if not force:
                raise DatabaseInUse(target=str(target))
            dest.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            dest.execute("PRAGMA locking_mode=NORMAL")
        found = _revision(dest)
        if not force and schema_is_newer(found, info.schema_revision):
            raise TargetNewerThanBackup(target=str(target), found=found,
                                        backup=info.schema_revision or "none")
        src = _connect(info.path, read_only=True)
        try:
            src.backup(dest, pages=PAGES_PER_STEP)
        finally:
            src.close()
    finally:
        dest.close()
    try:
        facts = check_file(target, read_only=False)
    except CheckFailed as exc:
        raise RestoreNotVerified(problem=exc.problem) from exc
    if facts.schema_revision != info.schema_revision:
        raise RestoreNotVerified(problem=f"schema {facts.schema_revision}, "
                                         f"not {info.schema_revision}")
