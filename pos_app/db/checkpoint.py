"""SQLite's WAL checkpoints off the till's commit path.

Left to itself SQLite copies the write-ahead log back into the database inside whichever
commit pushes the log past 1,000 pages, so one sale in a dozen waits 10–15 ms for it. The
app's connections turn that off, and this thread does the same copy in the background a
moment later, PASSIVE so it never blocks a counter that is writing.
"""
from __future__ import annotations

import sqlite3
import threading
import weakref
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

INTERVAL_S = 0.5
THRESHOLD_BYTES = 4 * 1024 * 1024  # about SQLite's own 1,000 pages of 4 KiB


def start_checkpointer(engine: Engine, path: Path) -> threading.Thread:
    """Checkpoint `path`'s WAL whenever it grows past THRESHOLD_BYTES, until the engine is
    disposed or collected (a daemon thread: it never keeps the program alive)."""
    stop = threading.Event()
    alive = weakref.ref(engine, lambda _ref: stop.set())
    event.listen(engine, "engine_disposed", lambda _engine: stop.set())
    wal = Path(f"{path}-wal")

    def run() -> None:
        while not stop.wait(INTERVAL_S) and alive() is not None:
            try:
                if wal.stat().st_size < THRESHOLD_BYTES:
                    continue
            except FileNotFoundError:
                if not path.exists():
                    return  # the store is gone (a test's folder removed)
                continue
            checkpoint(path)

    thread = threading.Thread(target=run, name=f"checkpoint {path.name}", daemon=True)
    thread.start()
    return thread


def checkpoint(path: Path) -> None:
    """One PASSIVE checkpoint: as much of the log as no reader still needs, without waiting."""
    try:
        conn = sqlite3.connect(path, timeout=1, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except sqlite3.Error:
        pass  # busy or locked: the next round tries again
    finally:
        conn.close()
