"""`pos-app export sales|items|intakes|payouts|audit --db URL [--from D --to D] --out FILE`:
the store's records as CSV (or .xlsx, by the file's suffix) for a spreadsheet or an auditor."""
from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date

from pos_app.errors import ValidationError

COMMANDS = ("export",)
EXPORTS = ("sales", "items", "intakes", "payouts", "audit")


def add_parsers(sub) -> None:
    p = sub.add_parser("export", help="export records to a CSV or Excel file",
                       description="Write sales lines, items, intakes, consignor payouts or the "
                       "audit log for a period to a CSV file (UTF-8, for Excel) or, for a name "
                       "ending .xlsx, an Excel workbook. Without --from/--to: everything (items: "
                       "every item; with a period, the items that changed in it).")
    p.add_argument("what", choices=EXPORTS)
    p.add_argument("--db", metavar="URL", dest="sub_db")
    p.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="first day of the period")
    p.add_argument("--to", dest="last", metavar="YYYY-MM-DD",
                   help="last day of the period (default: the first)")
    p.add_argument("--user", help="export as this user (a manager); by default the command "
                   "line reads as the store's owner, as anyone holding the database can")
    p.add_argument("--pin", help="that user's PIN (asked for when left out)")
    p.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx")


def day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("{option} “{text}” is not a date; write it as YYYY-MM-DD.",
                              option=option, text=text) from None


def period(args: argparse.Namespace) -> tuple[date | None, date | None]:
    if args.last and not args.first:
        raise ValidationError("Give --from with --to.")
    if not args.first:
        return None, None
    first = day(args.first, "--from")
    return first, day(args.last, "--to") if args.last else first


def actor_for(db, args: argparse.Namespace):
    """The user named by --user (after their PIN), else the store's owner."""
    from pos_app.domain.roles import Actor, Role
    from pos_app.services import stores, users

    if args.user:
        return users.login(db, args.user, args.pin or getpass.getpass("PIN: "))
    store = stores.get_store(db)
    return Actor(user_id=0, username="pos-app", display_name="pos-app", role=Role.ADMIN,
                 store_id=store.id)


def run(args: argparse.Namespace) -> int:
    from pos_app.cli import _print_progress, _url
    from pos_app.services import exports
    from pos_app.services.store_db import open_store

    first, last = period(args)
    fmt = "xlsx" if args.out.lower().endswith(".xlsx") else "csv"
    db = open_store(_url(args), upgrade=False)
    try:
        result = exports.export(db, actor_for(db, args), args.what, first, last, args.out,
                                fmt=fmt, progress=_print_progress if sys.stderr.isatty() else None)
    finally:
        db.close()
    print(f"{result.rows} rows of {args.what} written to {args.out}.")
    return 0
