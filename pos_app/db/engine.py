"""Engines for the store database: SQLite embedded by default, PostgreSQL for several counters.

SQLite is set up for a till that must never lose a committed sale: WAL, synchronous=FULL,
foreign keys, a busy timeout, and writes that take the lock up front (BEGIN IMMEDIATE) so
two counters queue instead of failing half-way with "database is locked"; the log is
checkpointed in the background (pos_app/db/checkpoint.py), not inside a sale's commit.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import platformdirs
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url

from pos_app.db.checkpoint import THRESHOLD_BYTES, start_checkpointer
from pos_app.errors import InMemoryRefused, NetworkShareRefused

APP_NAME = "circular-pos"
BUSY_TIMEOUT_MS = 15_000
READ_ONLY = "pos_read_only"  # execution option: a deferred BEGIN for sessions that only read
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "afs", "9p", "fuse.sshfs", "davfs", "ncpfs", "glusterfs", "ceph"}
)


def data_dir() -> Path:
    path = Path(os.environ.get("POS_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'store.db'}"


def filesystem_type(path: Path) -> str | None:
    """The mount type holding `path` (Linux /proc/mounts; `None` where unknown)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3:
            mount_point = parts[1].replace("\\040", " ")
            if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
                mount_point
            ) >= len(best):
                best, best_type = mount_point, parts[2]
    return best_type


def is_network_path(path: Path) -> bool:
    if os.name == "nt":
        return str(path.resolve()).startswith("\\\\")
    if os.environ.get("POS_FORCE_NETWORK_FS"):  # lets tests exercise the refusal
        return True
    fs = filesystem_type(path)
    if fs is None and path.exists() and os.uname().sysname == "Darwin":
        out = subprocess.run(["df", "-T", str(path)], capture_output=True, text=True).stdout
        return any(name in out for name in NETWORK_FILESYSTEMS)
    return fs in NETWORK_FILESYSTEMS


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def make_engine(url: str | None = None, *, echo: bool = False) -> Engine:
    """An engine for `url` (the local SQLite file when None), with the store's settings applied."""
    url = url or default_db_url()
    path = sqlite_path(url)
    if path is not None:
        return _sqlite_engine(url, path, echo)
    if make_url(url).drivername.startswith("sqlite"):
        raise InMemoryRefused(path=url)
    return create_engine(url, echo=echo, pool_pre_ping=True, future=True)


def _sqlite_engine(url: str, path: Path, echo: bool) -> Engine:
    if is_network_path(path.parent):  # checked before anything is created on the share
        raise NetworkShareRefused(path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "isolation_level": None}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA wal_autocheckpoint=0")  # checkpoint.py does it off the commit path
        # a log reset after a checkpoint shrinks back under the checkpointer's threshold
        cur.execute(f"PRAGMA journal_size_limit={THRESHOLD_BYTES // 4}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        read_only = conn.get_execution_options().get(READ_ONLY, False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    start_checkpointer(engine, path)
    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
