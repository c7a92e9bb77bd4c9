"""`pos-app import items|parties FILE.csv --db URL --user NAME [--pin PIN] [--dry-run]`: a
spreadsheet's items or people, checked whole first; any problem imports nothing (exit 1)."""
from __future__ import annotations

import argparse
import getpass
import sys

COMMANDS = ("import",)


def add_parsers(sub) -> None:
    p = sub.add_parser("import", help="import items or people from a CSV file",
                       description="Check every row of a CSV file and import them all in one "
                       "go, or none: each problem is printed with its row and the command exits "
                       "1. The columns are described in the README.")
    p.add_argument("kind", choices=("items", "parties"))
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--db", metavar="URL", dest="sub_db")
    p.add_argument("--user", required=True, help="a manager's user name")
    p.add_argument("--pin", help="that manager's PIN (asked for when left out)")
    p.add_argument("--dry-run", action="store_true", help="only check the file")


def describe(problem) -> str:
    where = f"Row {problem.row}" if problem.row else "File"
    if problem.column:
        where += f", {problem.column}"
    return f"{where}: {problem.message}"


def run(args: argparse.Namespace) -> int:
    from pos_app.cli import _print_progress, _url
    from pos_app.services import imports, users
    from pos_app.services.store_db import open_store

    progress = _print_progress if sys.stderr.isatty() else None
    db = open_store(_url(args))
    try:
        actor = users.login(db, args.user, args.pin or getpass.getpass("PIN: "))
        checked = imports.preview(db, actor, args.kind, args.file, progress=progress)
        for problem in checked.problems:
            print(describe(problem), file=sys.stderr)
        if checked.problems:
            print(f"{len(checked.problems)} problems in {checked.rows_with_problems or 1} rows; "
                  "nothing was imported.", file=sys.stderr)
            return 1
        if args.dry_run:
            print(f"{len(checked.records)} rows of {args.kind} are ready to import.")
            return 0
        result = imports.import_rows(db, actor, checked, progress=progress)
    finally:
        db.close()
    print(f"{result.imported} {args.kind} imported.")
    return 0
