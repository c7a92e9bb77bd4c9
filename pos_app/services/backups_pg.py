"""PostgreSQL backups with pg_dump and pg_restore (the client programs, newest installed).

pg_dump reads one snapshot, so the dump is one moment of the store while the counters keep
selling. The connection's details and password go to the programs through libpq's
environment variables, never on the command line where other users of the machine see them.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import NullPool

from pos_app.db import migrate
from pos_app.models import AuditEntry, Store
from pos_app.services.backups import (
    BackupDamaged,
    BackupInfo,
    BackupToolFailed,
    BackupToolMissing,
    CheckFailed,
    DatabaseSessionsOpen,
    Facts,
    Progress,
    RestoreNotVerified,
    TargetNewerThanBackup,
    read_facts,
    schema_is_newer,
)
from pos_app.services.store_db import StoreDB

# URL query parameters libpq also reads from the environment
LIBPQ_ENV = {"host": "PGHOST", "port": "PGPORT", "sslmode": "PGSSLMODE",
             "sslrootcert": "PGSSLROOTCERT", "sslcert": "PGSSLCERT", "sslkey": "PGSSLKEY",
             "application_name": "PGAPPNAME", "connect_timeout": "PGCONNECT_TIMEOUT",
             "options": "PGOPTIONS", "passfile": "PGPASSFILE", "service": "PGSERVICE"}
TABLE_ENTRY = re.compile(r"^\d+; \d+ \d+ TABLE (\S+) (\S+) ")
EXTENSION_COMMENT = re.compile(r"^\d+; \d+ \d+ COMMENT \S+ EXTENSION ")


def tool(name: str) -> str:
    """The newest `name` installed: POS_PG_BIN, Debian's /usr/lib/postgresql/N/bin, or PATH."""
    if os.environ.get("POS_PG_BIN"):
        candidate = Path(os.environ["POS_PG_BIN"]) / name
        if candidate.is_file():
            return str(candidate)
    versions = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if versions:
        return str(versions[-1])
    found = shutil.which(name)
    if found is None:
        raise BackupToolMissing(tool=name)
    return found


def _env(url: str) -> dict[str, str]:
    parsed = make_url(url)
    env = dict(os.environ)
    for key, value in (("PGHOST", parsed.host), ("PGPORT", parsed.port),
                       ("PGUSER", parsed.username), ("PGPASSWORD", parsed.password),
                       ("PGDATABASE", parsed.database)):
        if value is not None:
            env[key] = str(value)
    for key, value in parsed.query.items():
        if key in LIBPQ_ENV:
            env[LIBPQ_ENV[key]] = value if isinstance(value, str) else value[-1]
    return env


def _run(name: str, args: list[str], url: str | None = None) -> str:
    done = subprocess.run([tool(name), "--no-password", *args], check=False, capture_output=True,
                          text=True, env=_env(url) if url else None, stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        detail = " ".join(done.stderr.strip().splitlines()[-3:])[:400] or f"exit {done.returncode}"
        raise BackupToolFailed(tool=name, detail=detail)
    return done.stdout


def check_dump(path: Path) -> str:
    """The dump's table of contents (`pg_restore --list`), after reading it through to the end
    (every table's data decompressed) so a truncated or damaged dump fails here, not mid-restore."""
    try:
        out = _run("pg_restore", ["--list", str(path)])
        _run("pg_restore", [f"--file={os.devnull}", str(path)])
    except BackupToolFailed as exc:
        raise CheckFailed(f"pg_restore: {exc.params['detail']}") from exc
    tables = {m.group(2) for m in map(TABLE_ENTRY.match, out.splitlines()) if m}
    if AuditEntry.__tablename__ not in tables:
        raise CheckFailed("the dump holds no audit log")
    return out


def copy(db: StoreDB, dest: Path, progress: Progress | None) -> Facts:
    url = db.engine.url.render_as_string(hide_password=False)
    revision = migrate.current_revision(db.engine)
    with db.read() as s:
        code = s.scalar(select(Store.code).order_by(Store.id).limit(1))
    if progress is not None:
        progress(0, 1)
    _run("pg_dump", ["--format=custom", f"--file={dest}"], url)
    check_dump(dest)
    if progress is not None:
        progress(1, 1)
    return Facts(revision, code, None)


def _engine(url: str) -> Engine:
    return create_engine(url, poolclass=NullPool)


def _drop_tables_not_in(engine: Engine, dump_listing: str) -> None:
    """Tables of a newer schema that the dump does not hold would outlive --clean; drop them."""
    kept = {m.group(2) for m in map(TABLE_ENTRY.match, dump_listing.splitlines()) if m}
    with engine.begin() as conn:
        names = conn.scalars(text("SELECT tablename FROM pg_tables "
                                  "WHERE schemaname = current_schema()")).all()
        for name in sorted(set(names) - kept):
            quoted = conn.dialect.identifier_preparer.quote(name)
            conn.execute(text(f"DROP TABLE IF EXISTS {quoted} CASCADE"))


def restore(url: str, info: BackupInfo, *, force: bool) -> None:
    try:
        dump_listing = check_dump(info.path)
    except CheckFailed as exc:
        raise BackupDamaged(path=str(info.path), problem=exc.problem) from exc
    database = make_url(url).database
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            sessions = conn.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"))
        if sessions and not force:
            raise DatabaseSessionsOpen(target=database, sessions=sessions)
        found = migrate.current_revision(engine)
        newer = schema_is_newer(found, info.schema_revision)
        if newer and not force:
            raise TargetNewerThanBackup(target=database, found=found,
                                        backup=info.schema_revision or "none")
        if newer:
            _drop_tables_not_in(engine, dump_listing)
        # a comment on an extension needs its owner; the store does not need it back
        wanted = "\n".join(line for line in dump_listing.splitlines()
                           if not EXTENSION_COMMENT.match(line))
        with tempfile.TemporaryDirectory() as folder:
            use_list = Path(folder) / "restore.list"
            use_list.write_text(wanted + "\n", encoding="utf-8")
            _run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges",
                                "--single-transaction", "--exit-on-error",
                                f"--use-list={use_list}", f"--dbname={database}",
                                str(info.path)], url)
        try:
            facts = read_facts(engine)
        except CheckFailed as exc:
            raise RestoreNotVerified(problem=exc.problem) from exc
    finally:
        engine.dispose()
    if facts.schema_revision != info.schema_revision:
        raise RestoreNotVerified(problem=f"schema {facts.schema_revision}, "
                                         f"not {info.schema_revision}")
