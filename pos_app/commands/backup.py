"""`pos-app backup` and `pos-app restore`: a checked copy of the store taken while it is in
use, and putting one back after a check."""
from __future__ import annotations

import argparse
import sys

COMMANDS = ("backup", "restore")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="back the store up while it is in use (verified)")
    backup.add_argument("--db", metavar="URL", dest="sub_db")
    backup.add_argument("--out", required=True, metavar="FILE",
                        help="the backup file; its description FILE.json is written beside it")
    restore = sub.add_parser("restore", help="put a backup back after checking it")
    restore.add_argument("--db", metavar="URL", dest="sub_db")
    restore.add_argument("--from", required=True, metavar="FILE", dest="source",
                         help="the backup file (with its FILE.json beside it)")
    restore.add_argument("--force", action="store_true",
                         help="restore even over a database in use or newer than the backup")


def _progress(done: int, total: int) -> None:
    print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from pos_app.cli import _url
    from pos_app.services import backups

    if args.command == "backup":
        from pos_app.services.store_db import open_store

        db = open_store(_url(args), upgrade=False)
        try:
            info = backups.take_backup(db, args.out, progress=_progress)
        finally:
            db.close()
        print(file=sys.stderr)
        print(f"Backup of {info.store_code or 'the store'} written to {info.path} "
              f"({info.size} bytes, schema {info.schema_revision}), verified.")
        return 0
    info = backups.restore_backup(_url(args), args.source, force=args.force)
    print(f"Backup of {info.store_code or 'the store'} taken {info.taken_at:%Y-%m-%d %H:%M} UTC "
          f"restored and verified.")
    return 0
