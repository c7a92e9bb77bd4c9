"""Backups of the store database, taken while the counters sell and checked before they count;
a restore checks the backup first and refuses a database in use or newer than the backup.

A backup is two files: the copy (SQLite's online backup, or `pg_dump --format=custom`) and
`<copy>.json` beside it saying what it is (engine, schema revision, store, when, size,
sha256). A copy without its description is not a backup. The engine parts live in
backups_sqlite.py and backups_pg.py.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.script.revision import RevisionError
from alembic.util import CommandError
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from pos_app.db import migrate
from pos_app.db.engine import data_dir, default_db_url, sqlite_path
from pos_app.errors import DomainError
from pos_app.models import Shift, Store
from pos_app.services import journal, settings
from pos_app.services.store_db import StoreDB

log = logging.getLogger(__name__)

FORMAT = 1  # the description file's layout
DAY_FOLDER = "backups"  # under the data folder: the day-close backups
SUFFIXES = {"sqlite": ".db", "postgresql": ".dump"}
Progress = Callable[[int, int], None]


class BackupError(DomainError):
    template = "The backup could not be completed."


class BackupNotVerified(BackupError):
    template = ("The backup failed its check ({problem}) and was not kept; try again, and check "
                "the disk if it fails again.")


class BackupOverDatabase(BackupError):
    template = "A backup cannot be written over the database itself; choose another file."


class BackupNotWritten(BackupError):
    template = "The backup could not be written to {path} ({problem}); check the folder and the disk."


class BackupToolMissing(BackupError):
    template = ("{tool} was not found; install the PostgreSQL client programs to back up or "
                "restore a PostgreSQL database.")


class BackupToolFailed(BackupError):
    template = "{tool} failed: {detail}"


class BackupDescriptionMissing(BackupError):
    template = ("The backup {path} has no description file {sidecar} beside it, so it cannot be "
                "checked; copy that file together with the backup.")


class BackupDamaged(BackupError):
    template = "The backup {path} is damaged ({problem}); nothing was restored. Use another backup."


class BackupWrongEngine(BackupError):
    template = "The backup {path} is of a {engine} database; restore it into a {engine} database."


class BackupFromNewerVersion(BackupError):
    template = ("The backup was taken by a newer version of Circular POS (schema {found}); "
                "install that version to restore it.")


class DatabaseInUse(BackupError):
    template = ("The database {target} is open in another program or at another counter; close "
                "Circular POS everywhere before restoring, or force the restore.")


class DatabaseSessionsOpen(DatabaseInUse):
    template = ("The database {target} has {sessions} other open connections; close Circular POS "
                "everywhere before restoring, or force the restore.")


class TargetNewerThanBackup(BackupError):
    template = ("The database {target} has a newer schema ({found}) than the backup ({backup}); "
                "restoring it would undo that upgrade. Force the restore only if you mean to.")


class RestoreNotVerified(BackupError):
    template = ("The database was restored but failed its check afterwards ({problem}); restore "
                "another backup.")


class CheckFailed(Exception):
    """A copy failed a check; `problem` says which (turned into one of the errors above)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


@dataclass(frozen=True)
class Facts:
    """What a checked copy holds: its schema revision, store and audit entries verified."""

    schema_revision: str | None
    store_code: str | None
    audit_entries: int | None  # None when the copy could not be read entry by entry (pg_dump)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    engine: str  # "sqlite" | "postgresql"
    schema_revision: str | None
    store_code: str | None
    taken_at: datetime
    size: int
    sha256: str
    audit_entries: int | None

    @property
    def sidecar(self) -> Path:
        return sidecar_path(self.path)


def sidecar_path(path: Path | str) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".json")


def read_facts(engine: Engine) -> Facts:
    """Verify the audit chain of the database behind `engine` and read what it holds."""
    try:
        with Session(engine) as s:
            report = journal.verify_chain(s)
            code = s.scalar(select(Store.code).order_by(Store.id).limit(1))
        revision = migrate.current_revision(engine)
    except SQLAlchemyError as exc:
        raise CheckFailed(f"not a store database: {type(exc).__name__}") from exc
    if not report.ok:
        raise CheckFailed(f"audit log: {report.problem}")
    return Facts(revision, code, report.checked)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _engine_of(url: str) -> str:
    return "sqlite" if sqlite_path(url) is not None else "postgresql"


def _part(engine: str):  # the engine's module: backups_sqlite or backups_pg
    if engine == "sqlite":
        from pos_app.services import backups_sqlite
        return backups_sqlite
    from pos_app.services import backups_pg
    return backups_pg


def _write_sidecar(info: BackupInfo) -> None:
    data = {"format": FORMAT, "file": info.path.name, "engine": info.engine,
            "schema_revision": info.schema_revision, "store_code": info.store_code,
            "taken_at": info.taken_at.isoformat(), "size": info.size, "sha256": info.sha256,
            "audit_entries": info.audit_entries}
    tmp = info.sidecar.with_name(info.sidecar.name + ".partial")
    tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, info.sidecar)


def take_backup(db: StoreDB, out_path: Path | str, *, progress: Progress | None = None) -> BackupInfo:
    """A consistent copy of the open store at `out_path` while the counters keep selling,
    verified before it is kept; the description file is written beside it last."""
    out = Path(out_path)
    url = db.engine.url.render_as_string(hide_password=False)
    source = sqlite_path(url)
    if source is not None and out.resolve() == source.resolve():
        raise BackupOverDatabase()
    partial = out.with_name(out.name + ".partial")
    engine = _engine_of(url)
    taken_at = datetime.now(UTC)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        facts = _part(engine).copy(db, partial, progress)
        size, digest = partial.stat().st_size, _sha256(partial)
        os.replace(partial, out)
        info = BackupInfo(out, engine, facts.schema_revision, facts.store_code, taken_at, size,
                          digest, facts.audit_entries)
        _write_sidecar(info)
    except CheckFailed as exc:
        raise BackupNotVerified(problem=exc.problem) from exc
    except (OSError, sqlite3.OperationalError) as exc:
        raise BackupNotWritten(path=str(out), problem=getattr(exc, "strerror", None) or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return info


def read_backup_info(path: Path | str) -> BackupInfo:
    """The backup's description, checked against the file (size and sha256)."""
    path = Path(path)
    sidecar = sidecar_path(path)
    if not path.is_file():
        raise BackupDamaged(path=str(path), problem="the file is missing")
    if not sidecar.is_file():
        raise BackupDescriptionMissing(path=str(path), sidecar=sidecar.name)
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        info = BackupInfo(path, data["engine"], data["schema_revision"], data["store_code"],
                          datetime.fromisoformat(data["taken_at"]), int(data["size"]),
                          data["sha256"], data.get("audit_entries"))
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupDamaged(path=str(path), problem="its description file cannot be read") from exc
    if info.engine not in SUFFIXES:
        raise BackupDamaged(path=str(path), problem="its description names no known engine")
    if path.stat().st_size != info.size or _sha256(path) != info.sha256:
        raise BackupDamaged(path=str(path), problem="it does not match its checksum")
    return info


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate.alembic_config(None))  # type: ignore[arg-type]


def is_known_revision(revision: str | None) -> bool:
    if revision is None:
        return True
    try:
        return _script().get_revision(revision) is not None
    except (CommandError, RevisionError):
        return False


def schema_is_newer(found: str | None, backup: str | None) -> bool:
    """Whether a database at revision `found` is ahead of a backup at `backup`."""
    if found is None or found == backup:
        return False
    if not is_known_revision(found):
        return True  # written by a newer program than this one
    if backup is None:
        return True
    return any(r.revision == backup for r in _script().iterate_revisions(found, "base"))


def restore_backup(url: str | None, backup_path: Path | str, *, force: bool = False) -> BackupInfo:
    """Put the backup back into the database at `url` (the local file when None) after checking
    it; refuses a database in use or newer than the backup unless `force`. Checked after."""
    url = url or default_db_url()
    info = read_backup_info(backup_path)
    if not is_known_revision(info.schema_revision):
        raise BackupFromNewerVersion(found=info.schema_revision)
    engine = _engine_of(url)
    if info.engine != engine:
        raise BackupWrongEngine(path=str(info.path), engine=info.engine)
    _part(engine).restore(url, info, force=force)
    return info


# -- the day's close ------------------------------------------------------------------------


@dataclass(frozen=True)
class DayBackup:
    """The outcome of the day-close backup: the backup taken, or the error that stopped it."""

    info: BackupInfo | None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.info is not None

    @property
    def problem(self) -> str:
        if self.error is None:
            return ""
        return self.error.message if isinstance(self.error, DomainError) else repr(self.error)


def backup_folder() -> Path:
    return data_dir() / DAY_FOLDER


def list_backups(folder: Path | None = None) -> list[Path]:
    """The counted backups in `folder` (those with a description), oldest first."""
    folder = folder or backup_folder()
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir()
             if p.suffix in SUFFIXES.values() and sidecar_path(p).is_file()]
    return sorted(found, key=lambda p: p.name)


def _prune(folder: Path, store_code: str, keep: int) -> None:
    mine = [p for p in list_backups(folder) if p.name.startswith(f"{store_code}-")]
    for old in mine[:-keep]:
        old.unlink(missing_ok=True)
        sidecar_path(old).unlink(missing_ok=True)


def day_close_backup(db: StoreDB, store_id: int, *, folder: Path | None = None) -> DayBackup | None:
    """After a shift closed: when none of the store's shifts is still open (the day is closed),
    back up into the data folder and keep the last `backup_keep`. None when the day is not
    closed yet. Never raises: a failed backup is logged and told, and never fails the close."""
    try:
        with db.read() as s:
            still_open = s.scalar(select(func.count()).select_from(Shift).where(
                Shift.store_id == store_id, Shift.closed_at.is_(None)))
            if still_open:
                return None
            code = s.scalar(select(Store.code).where(Store.id == store_id)) or "store"
            keep = int(settings.values(s, store_id, ("backup_keep",))["backup_keep"])
        folder = folder or backup_folder()
        engine = _engine_of(db.engine.url.render_as_string(hide_password=False))
        name = f"{code}-{datetime.now(UTC):%Y%m%d-%H%M%S-%f}{SUFFIXES[engine]}"
        info = take_backup(db, folder / name)
        _prune(folder, code, keep)
        log.info("day-close backup %s (%d bytes)", info.path, info.size)
        return DayBackup(info)
    except Exception as exc:  # the shift is closed already; the backup must not undo that
        log.exception("the day-close backup failed")
        return DayBackup(None, exc)
