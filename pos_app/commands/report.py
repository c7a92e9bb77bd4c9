"""`pos-app report NAME --db URL [--date D | --from D --to D] [--counter N] --out FILE.pdf`:
any of the manager's reports as a PDF, so the daily report can be scheduled."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from pos_app.errors import NotFound, ValidationError

COMMANDS = ("report",)


def add_parsers(sub) -> None:
    from pos_app.services.reports import REPORT_NAMES

    p = sub.add_parser("report", help="build a report as a PDF file",
                       description="Build one of the manager's reports as a PDF. The daily report "
                       "is for --date (default today); the others for --from/--to (or --date).")
    p.add_argument("name", metavar="NAME", help="one of: " + ", ".join(REPORT_NAMES))
    p.add_argument("--db", metavar="URL", dest="sub_db")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="one day (default today)")
    p.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="first day of a period")
    p.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="last day of a period")
    p.add_argument("--counter", type=int, metavar="N", help="only this counter (by its number)")
    p.add_argument("--lang", choices=["en", "zh_CN"], default="zh_CN", help="report language")
    p.add_argument("--out", required=True, metavar="FILE.pdf")


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("{option} “{text}” is not a date; write it as YYYY-MM-DD.",
                              option=option, text=text) from None


def period_of(args: argparse.Namespace, today: date | None = None):
    """The period the options name: --date D, or --from D --to D (either alone is one day)."""
    from pos_app.services.reports import Period

    if args.date and (args.first or args.last):
        raise ValidationError("Give either --date or --from and --to, not both.")
    if args.date:
        return Period.day(_day(args.date, "--date"))
    if args.first or args.last:
        first = _day(args.first or args.last, "--from" if args.first else "--to")
        last = _day(args.last, "--to") if args.last else first
        return Period(first, last)
    return Period.day(today or date.today())


def run(args: argparse.Namespace) -> int:
    from pos_app.cli import _url
    from pos_app.printing import reports as printed
    from pos_app.services import reports
    from pos_app.services.store_db import open_store

    reports.report_module(args.name)  # an unknown name is refused before the database opens
    period = period_of(args)
    db = open_store(_url(args))
    try:
        counter_id = _counter_id(db, args.counter) if args.counter is not None else None
        data = reports.build(db, args.name, period, counter_id=counter_id)
        pdf = printed.render(args.name, data, args.lang)
    finally:
        db.close()
    Path(args.out).write_bytes(pdf)
    print(f"Report {args.name} written to {args.out}.")
    return 0


def _counter_id(db, number: int) -> int:
    from sqlalchemy import select

    from pos_app.models import Counter

    with db.read() as s:
        found = s.scalar(select(Counter.id).where(Counter.number == number))
    if found is None:
        raise NotFound("Counter {key} was not found.", key=str(number))
    return found
