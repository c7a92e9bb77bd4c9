"""The `pos-app` command: a thin shell over the services (the desktop app is its default)."""
from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pos_app.errors import DomainError

DEMO_ITEMS, DEMO_DAYS, DEMO_SEED = 2000, 30, 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pos-app",
        description="Circular POS: intake, grading, labels and the counter for second-hand stores. "
        "Without a command it opens the desktop app.",
    )
    parser.add_argument("--db", metavar="URL", help="database URL (default: a SQLite file in your data folder; "
                        "postgresql+psycopg://user@host/db for several counters)")
    parser.add_argument("--demo", action="store_true", help="fill a new database with demo data first")
    parser.add_argument("--language", choices=["en", "zh_CN"], help="language of the app")
    parser.add_argument("--kiosk", action="store_true", help="open in self-service kiosk mode")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = sub.add_parser("db", help="database schema").add_subparsers(dest="db_command", required=True)
    up = db.add_parser("upgrade", help="create or upgrade the schema to this version")
    up.add_argument("--db", metavar="URL", dest="sub_db")
    cur = db.add_parser("current", help="show the schema version of the database")
    cur.add_argument("--db", metavar="URL", dest="sub_db")

    audit = sub.add_parser("audit", help="the tamper-evident audit log").add_subparsers(
        dest="audit_command", required=True)
    ver = audit.add_parser("verify", help="check the hash chain; exits 1 naming the first bad entry")
    ver.add_argument("--db", metavar="URL", dest="sub_db")

    labels = sub.add_parser("labels", help="print item labels to a PDF file")
    labels.add_argument("--db", metavar="URL", dest="sub_db")
    labels.add_argument("--codes", nargs="+", required=True, metavar="CODE", help="item codes")
    labels.add_argument("--template", default="a4-3x8", help="label template (default a4-3x8)")
    labels.add_argument("--start", type=int, default=1, metavar="N",
                        help="first free label on a half-used sheet (default 1)")
    labels.add_argument("--lang", choices=["en", "zh_CN"], default="zh_CN", help="label language")
    labels.add_argument("--out", required=True, metavar="FILE.pdf")

    report = sub.add_parser("inspection-report", help="print an item's inspection report to a PDF file")
    report.add_argument("code", metavar="CODE")
    report.add_argument("--db", metavar="URL", dest="sub_db")
    report.add_argument("--size", choices=["a4", "receipt"], default="a4")
    report.add_argument("--lang", choices=["en", "zh_CN"], default="zh_CN", help="report language")
    report.add_argument("--out", required=True, metavar="FILE.pdf")

    stolen = sub.add_parser("stolen", help="the stolen-device list").add_subparsers(
        dest="stolen_command", required=True)
    imp = stolen.add_parser("import", help="import a CSV (serial,source,reported_at,notes)")
    imp.add_argument("file", metavar="FILE.csv")
    imp.add_argument("--db", metavar="URL", dest="sub_db")
    imp.add_argument("--user", required=True, help="a manager's user name")
    imp.add_argument("--pin", help="that manager's PIN (asked for when left out)")

    demo = sub.add_parser("demo", help="fill a database with a realistic demo store")
    demo.add_argument("--db", metavar="URL", dest="sub_db")
    demo.add_argument("--items", type=int, default=DEMO_ITEMS, help=f"number of items (default {DEMO_ITEMS})")
    demo.add_argument("--days", type=int, default=DEMO_DAYS, help=f"days of history (default {DEMO_DAYS})")
    demo.add_argument("--seed", type=int, default=DEMO_SEED, help="random seed: same seed, same data")
    for module in _command_modules():
        module.add_parsers(sub)
    return parser


# The manager's office commands, one module each under pos_app/commands: `COMMANDS` (the names
# it answers), `add_parsers(sub)` and `run(args) -> exit code`; heavy imports stay inside `run`.
COMMAND_MODULES = ("report", "export", "import_", "backup")


def _command_modules() -> list:
    import importlib

    return [importlib.import_module(f"pos_app.commands.{name}") for name in COMMAND_MODULES]


def _url(args: argparse.Namespace) -> str | None:
    return getattr(args, "sub_db", None) or args.db


def _db_command(args: argparse.Namespace) -> int:
    from pos_app.db import migrate
    from pos_app.db.engine import make_engine

    engine = make_engine(_url(args))
    try:
        if args.db_command == "upgrade":
            print(f"Schema upgraded to {migrate.upgrade(engine)}.")
        else:
            print(f"Schema {migrate.current_revision(engine) or 'none'} (this program: {migrate.head_revision()}).")
    finally:
        engine.dispose()
    return 0


def _audit_command(args: argparse.Namespace) -> int:
    from pos_app.services import journal
    from pos_app.services.store_db import open_store

    db = open_store(_url(args), upgrade=False)
    try:
        with db.read() as s:
            report = journal.verify_chain(s)
    finally:
        db.close()
    if report.ok:
        print(f"Audit log intact: {report.checked} entries checked.")
        return 0
    print(f"Audit log broken at entry {report.bad_seq}: {report.problem}.", file=sys.stderr)
    return 1


def _demo_command(args: argparse.Namespace) -> int:
    from pos_app.services import demo
    from pos_app.services.store_db import open_store

    db = open_store(_url(args))
    try:
        summary = demo.fill_demo_store(db, items=args.items, days=args.days, seed=args.seed,
                                       progress=_print_progress)
    finally:
        db.close()
    print()
    print(demo.describe(summary))
    return 0


def _labels_command(args: argparse.Namespace) -> int:
    from pos_app.printing.labels import render_labels
    from pos_app.services.store_db import open_store

    db = open_store(_url(args))
    try:
        pdf = render_labels(db, args.codes, template=args.template, start_position=args.start,
                            language=args.lang)
    finally:
        db.close()
    Path(args.out).write_bytes(pdf)
    print(f"{len(args.codes)} label(s) written to {args.out}.")
    return 0


def _report_command(args: argparse.Namespace) -> int:
    from pos_app.printing.inspection_report import render_inspection_report
    from pos_app.services.store_db import open_store

    db = open_store(_url(args))
    try:
        pdf = render_inspection_report(db, args.code, size=args.size, language=args.lang)
    finally:
        db.close()
    Path(args.out).write_bytes(pdf)
    print(f"Inspection report written to {args.out}.")
    return 0


def _stolen_command(args: argparse.Namespace) -> int:
    from pos_app.services import devices, users
    from pos_app.services.store_db import open_store

    db = open_store(_url(args))
    try:
        actor = users.login(db, args.user, args.pin or getpass.getpass("PIN: "))
        result = devices.import_stolen_csv(db, actor, Path(args.file))
    finally:
        db.close()
    print(f"Stolen-device list: {result.added} added, {result.updated} updated, "
          f"{result.skipped} unchanged.")
    return 0


def _print_progress(done: int, total: int) -> None:
    print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None,
         run_gui: Callable[[argparse.Namespace], int] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "db":
            return _db_command(args)
        if args.command == "audit":
            return _audit_command(args)
        if args.command == "demo":
            return _demo_command(args)
        if args.command == "labels":
            return _labels_command(args)
        if args.command == "inspection-report":
            return _report_command(args)
        if args.command == "stolen":
            return _stolen_command(args)
        for module in _command_modules():
            if args.command in module.COMMANDS:
                return module.run(args)
        if run_gui is None:
            print("The desktop app is not installed; give a command (see --help).", file=sys.stderr)
            return 2
        return run_gui(args)
    except DomainError as exc:
        print(exc.message, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
