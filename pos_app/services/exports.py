"""The store's records as files a spreadsheet opens: sales lines, items, intakes, consignor
payouts and the audit log for a period, in CSV (UTF-8 with a BOM, so Excel reads Chinese) or
Excel (.xlsx).

Rows are streamed from one query in batches and written as they come, so a million rows are
never held in memory; the file appears under its name only once it is complete. Money is
written as exact decimal text ("1289.00" in CSV, a decimal number in .xlsx), never through
float; times are ISO 8601 in the store's local time with the offset, except the audit log's,
which stay in UTC exactly as they were hashed so the chain can be checked from the file.

Sales lines: one row per sale line (`record` = sale) and one row per refunded line (`record`
= refund, with the refund's number, date, counter and clerk, and negative quantity and
amounts). A voided sale's lines keep status "voided" and its void's rows cancel them, so the
`total` column sums to what the store took in the period.
"""
from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Select, func, literal, or_, select, true
from sqlalchemy.orm import Session, aliased

from pos_app.domain.masking import mask_name
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import DomainError, ValidationError
from pos_app.models import (
    AuditEntry,
    Category,
    ConsignorPayout,
    Counter,
    Intake,
    IntakeLine,
    Item,
    ItemEvent,
    Party,
    PriceChange,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    Shift,
    Store,
    User,
)
from pos_app.services import users
from pos_app.services.reports import Period, day_bounds
from pos_app.services.store_db import StoreDB

EXPORTS = ("sales", "items", "intakes", "payouts", "audit")
FORMATS = ("csv", "xlsx")
BATCH = 2000

Progress = Callable[[int, int], None]


class UnknownExport(ValidationError):
    template = "There is no export called “{name}”; choose sales, items, intakes, payouts or audit."


class UnknownFormat(ValidationError):
    template = "“{fmt}” is not a file format for exports; choose csv or xlsx."


class ExportNotWritten(DomainError):
    template = "The export could not be written to {path}."


@dataclass(frozen=True)
class ExportResult:
    what: str
    path: Path
    rows: int  # data rows written, the header not counted


@dataclass(frozen=True)
class _Context:
    store_id: int
    currency: str
    start: datetime | None  # UTC instants [start, end) of the period; None: everything
    end: datetime | None
    reveal: bool  # whether people's names are written whole


@dataclass(frozen=True)
class _Table:
    columns: tuple[str, ...]
    queries: Callable[[_Context], list[Select]]
    row: Callable[[_Context, tuple], tuple]  # a query row as the file's cells


def _in_period(column, ctx: _Context):
    if ctx.start is None:
        return true()
    return (column >= ctx.start) & (column < ctx.end)


def _money(ctx: _Context, minor: int | None) -> Money | None:
    return None if minor is None else Money(int(minor), ctx.currency)


# -- sales lines --------------------------------------------------------------------------

SALES_COLUMNS = ("record", "number", "sale_number", "date", "counter", "clerk", "sale_kind",
                 "status", "line_kind", "code", "description", "category", "grade", "quantity",
                 "unit_price", "discount", "net", "tax", "total", "consignor_share")


def _sales_queries(ctx: _Context) -> list[Select]:
    lines = (select(literal("sale"), Sale.number, Sale.number, Sale.created_at, Counter.name,
                    User.display_name, Sale.kind, Sale.status, SaleLine.kind, SaleLine.code,
                    SaleLine.description, Category.code, SaleLine.grade, SaleLine.quantity,
                    SaleLine.unit_minor, SaleLine.line_discount_minor + SaleLine.sale_discount_minor,
                    SaleLine.net_minor, SaleLine.tax_minor, SaleLine.total_minor,
                    SaleLine.consignor_share_minor, literal(True))
             .select_from(SaleLine).join(Sale, Sale.id == SaleLine.sale_id)
             .outerjoin(Counter, Counter.id == Sale.counter_id)
             .join(User, User.id == Sale.created_by_id)
             .outerjoin(Category, Category.id == SaleLine.category_id)
             .where(Sale.store_id == ctx.store_id, _in_period(Sale.created_at, ctx))
             .order_by(Sale.created_at, Sale.id, SaleLine.position))
    refunds = (select(literal("refund"), Refund.number, Sale.number, Refund.created_at,
                      Counter.name, User.display_name, Sale.kind, Refund.kind, SaleLine.kind,
                      SaleLine.code, SaleLine.description, Category.code, SaleLine.grade,
                      -RefundLine.quantity, SaleLine.unit_minor, literal(0),
                      RefundLine.amount_minor, RefundLine.tax_minor, RefundLine.amount_minor,
                      RefundLine.consignor_reversed_minor, Sale.tax_inclusive)
               .select_from(RefundLine).join(Refund, Refund.id == RefundLine.refund_id)
               .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
               .join(Sale, Sale.id == Refund.sale_id)
               .outerjoin(Counter, Counter.id == Refund.counter_id)
               .join(User, User.id == Refund.created_by_id)
               .outerjoin(Category, Category.id == SaleLine.category_id)
               .where(Refund.store_id == ctx.store_id, _in_period(Refund.created_at, ctx))
               .order_by(Refund.created_at, Refund.id, RefundLine.id))
    return [lines, refunds]


def _sales_row(ctx: _Context, r: tuple) -> tuple:
    *head, unit, discount, net, tax, total, share, inclusive = r
    if head[0] == "refund":  # a refund line keeps its gross amount and its tax: give both back
        net, tax, total, share = -(net if inclusive else net - tax), -tax, -total, -share
    m = ctx.currency
    return (*head[:3], _local(head[3]), *head[4:],
            *(Money(int(v), m) for v in (unit, discount, net, tax, total, share)))


# -- items --------------------------------------------------------------------------------

ITEMS_COLUMNS = ("code", "category", "brand", "model", "serial", "grade", "acquisition", "state",
                 "cost", "price", "location", "notes", "received_at", "state_changed_at",
                 "sold_price", "sold_at")


def _items_queries(ctx: _Context) -> list[Select]:
    stmt = (select(Item.code, Category.code, Item.brand, Item.model, Item.serial, Item.grade,
                   Item.acquisition, Item.state, Item.cost_minor, Item.price_minor, Item.location,
                   Item.notes, Item.created_at, Item.state_changed_at, Item.sold_minor,
                   Item.sold_at)
            .join(Category, Category.id == Item.category_id)
            .where(Item.store_id == ctx.store_id).order_by(Item.id))
    if ctx.start is not None:  # items that moved or were repriced in the period
        moved = select(ItemEvent.item_id).where(_in_period(ItemEvent.at, ctx))
        repriced = select(PriceChange.item_id).where(_in_period(PriceChange.at, ctx))
        stmt = stmt.where(or_(Item.id.in_(moved), Item.id.in_(repriced)))
    return [stmt]


def _items_row(ctx: _Context, r: tuple) -> tuple:
    (code, category, brand, model, serial, grade, acquisition, state, cost, price, location,
     notes, received, changed, sold, sold_at) = r
    return (code, category, brand, model, serial, grade, acquisition, state, _money(ctx, cost),
            _money(ctx, price), location, notes, _local(received), _local(changed),
            _money(ctx, sold), _local(sold_at))


# -- intakes ------------------------------------------------------------------------------

INTAKES_COLUMNS = ("intake", "created_at", "completed_at", "kind", "status", "counter", "clerk",
                   "party_id", "party", "payment_method", "intake_total", "line", "category",
                   "brand", "model", "serial", "amount", "floor", "deposit", "item_code")


def _intakes_queries(ctx: _Context) -> list[Select]:
    line_category = aliased(Category)
    line_item = aliased(Item)
    return [select(Intake.id, Intake.created_at, Intake.completed_at, Intake.kind, Intake.status,
                   Counter.name, User.display_name, Intake.party_id, Party.name,
                   Intake.payment_method, Intake.total_minor, IntakeLine.position,
                   line_category.code, IntakeLine.brand, IntakeLine.model, IntakeLine.serial,
                   IntakeLine.amount_minor, IntakeLine.floor_minor, IntakeLine.deposit_minor,
                   line_item.code)
            .select_from(Intake)
            .outerjoin(IntakeLine, IntakeLine.intake_id == Intake.id)
            .outerjoin(line_category, line_category.id == IntakeLine.category_id)
            .outerjoin(line_item, line_item.id == IntakeLine.item_id)
            .outerjoin(Counter, Counter.id == Intake.counter_id)
            .join(User, User.id == Intake.created_by_id)
            .outerjoin(Party, Party.id == Intake.party_id)
            .where(Intake.store_id == ctx.store_id, _in_period(Intake.created_at, ctx))
            .order_by(Intake.created_at, Intake.id, IntakeLine.position)]


def _intakes_row(ctx: _Context, r: tuple) -> tuple:
    (intake, created, completed, kind, status, counter, clerk, party_id, party, method, total,
     line, category, brand, model, serial, amount, floor, deposit, item_code) = r
    return (intake, _local(created), _local(completed), kind, status, counter, clerk, party_id,
            _name(ctx, party), method, _money(ctx, total), line, category, brand, model, serial,
            _money(ctx, amount), _money(ctx, floor), _money(ctx, deposit), item_code)


# -- consignor payouts --------------------------------------------------------------------

PAYOUTS_COLUMNS = ("payout", "at", "party_id", "party", "method", "amount", "bonus", "reference",
                   "counter", "user")


def _payouts_queries(ctx: _Context) -> list[Select]:
    return [select(ConsignorPayout.id, ConsignorPayout.at, ConsignorPayout.party_id, Party.name,
                   ConsignorPayout.method, ConsignorPayout.amount_minor,
                   ConsignorPayout.bonus_minor, ConsignorPayout.reference, Counter.name,
                   User.display_name)
            .select_from(ConsignorPayout)
            .join(Party, Party.id == ConsignorPayout.party_id)
            .outerjoin(Shift, Shift.id == ConsignorPayout.shift_id)
            .outerjoin(Counter, Counter.id == Shift.counter_id)
            .join(User, User.id == ConsignorPayout.user_id)
            .where(ConsignorPayout.store_id == ctx.store_id, _in_period(ConsignorPayout.at, ctx))
            .order_by(ConsignorPayout.at, ConsignorPayout.id)]


def _payouts_row(ctx: _Context, r: tuple) -> tuple:
    payout, at, party_id, party, method, amount, bonus, reference, counter, user = r
    return (payout, _local(at), party_id, _name(ctx, party), method, _money(ctx, amount),
            _money(ctx, bonus), reference, counter, user)


# -- the audit log ------------------------------------------------------------------------

AUDIT_COLUMNS = ("seq", "at", "store", "counter", "user", "action", "entity_type", "entity_id",
                 "data", "prev_hash", "hash")


def _audit_queries(ctx: _Context) -> list[Select]:
    a = AuditEntry
    return [select(a.seq, a.at, Store.code, Counter.name, User.username, a.action, a.entity_type,
                   a.entity_id, a.data, a.prev_hash, a.hash)
            .select_from(a)
            .outerjoin(Store, Store.id == a.store_id)
            .outerjoin(Counter, Counter.id == a.counter_id)
            .outerjoin(User, User.id == a.user_id)
            .where(_in_period(a.at, ctx)).order_by(a.seq)]


def _audit_row(_ctx: _Context, r: tuple) -> tuple:
    seq, at, *rest = r
    return (seq, at.isoformat(timespec="microseconds"), *rest)


TABLES = {
    "sales": _Table(SALES_COLUMNS, _sales_queries, _sales_row),
    "items": _Table(ITEMS_COLUMNS, _items_queries, _items_row),
    "intakes": _Table(INTAKES_COLUMNS, _intakes_queries, _intakes_row),
    "payouts": _Table(PAYOUTS_COLUMNS, _payouts_queries, _payouts_row),
    "audit": _Table(AUDIT_COLUMNS, _audit_queries, _audit_row),
}


def _local(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone()


def _name(ctx: _Context, name: str | None) -> str | None:
    return name if ctx.reveal or name is None else mask_name(name)


# -- writing ------------------------------------------------------------------------------

def _csv_cell(value: object) -> object:
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


class _CsvFile:
    def __init__(self, path: Path) -> None:
        self._file = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._file)

    def write(self, cells: Iterable[object]) -> None:
        self._writer.writerow([_csv_cell(c) for c in cells])

    def close(self) -> None:
        self._file.close()


class _XlsxFile:
    """A write-only workbook: rows go to a temporary sheet file as they come."""

    def __init__(self, path: Path, title: str, columns: tuple[str, ...]) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        self._path = path
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet(title)
        self._sheet.freeze_panes = "A2"
        self._cell = WriteOnlyCell
        bold = Font(bold=True)
        header = []
        for name in columns:
            cell = WriteOnlyCell(self._sheet, value=name)
            cell.font = bold
            header.append(cell)
        self._sheet.append(header)

    def _value(self, value: object) -> object:
        if isinstance(value, Money):
            # a number cell holding the decimal's own digits: openpyxl would pass a Decimal
            # through float ("%.16g") on its way into the file
            cell = self._cell(self._sheet, value=str(value.amount))
            cell.data_type = "n"
            cell.number_format = "0." + "0" * value.exponent if value.exponent else "0"
            return cell
        if isinstance(value, datetime):
            cell = self._cell(self._sheet, value=value.replace(tzinfo=None))
            cell.number_format = "yyyy-mm-dd hh:mm:ss"
            return cell
        return value

    def write(self, cells: Iterable[object]) -> None:
        self._sheet.append([self._value(c) for c in cells])

    def close(self) -> None:
        self._book.save(self._path)


def _period_bounds(date_from: date | None, date_to: date | None):
    if date_from is None and date_to is None:
        return None, None
    if date_from is None or date_to is None:
        raise ValidationError("Give both the first and the last day of the period.")
    return day_bounds(Period(date_from, date_to))


def _count(s: Session, stmt: Select) -> int:
    return s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0


def _table(actor: Actor, what: str) -> _Table:
    if what not in TABLES:
        raise UnknownExport(name=what)
    users.require(actor, Permission.VERIFY_AUDIT if what == "audit" else Permission.VIEW_REPORTS)
    return TABLES[what]


def _context(s: Session, actor: Actor, start, end) -> _Context:
    currency = s.scalar(select(Store.currency).where(Store.id == actor.store_id))
    return _Context(actor.store_id, currency, start, end,
                    actor.can(Permission.REVEAL_PERSONAL_DATA))


def export(db: StoreDB, actor: Actor, what: str, date_from: date | None, date_to: date | None,
           path: str | Path, fmt: str = "csv", progress: Progress | None = None) -> ExportResult:
    """Write export `what` for the local days `date_from`..`date_to` (both None: all of it;
    items then means every item, else the items that moved or were repriced in the period)
    to `path` as `fmt` (csv or xlsx). `progress(done, total)` hears of every batch."""
    if fmt not in FORMATS:
        raise UnknownFormat(fmt=fmt)
    table = _table(actor, what)
    start, end = _period_bounds(date_from, date_to)
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    done = 0
    try:
        out = _CsvFile(partial) if fmt == "csv" else _XlsxFile(partial, what, table.columns)
        try:
            if fmt == "csv":
                out.write(table.columns)
            with db.read() as s:
                ctx = _context(s, actor, start, end)
                queries = table.queries(ctx)
                total = sum(_count(s, q) for q in queries)
                if progress is not None:
                    progress(0, total)
                for stmt in queries:
                    for part in s.execute(stmt.execution_options(yield_per=BATCH)).partitions():
                        for r in part:
                            out.write(table.row(ctx, tuple(r)))
                        done += len(part)
                        if progress is not None:
                            progress(done, max(total, done))
        finally:
            out.close()
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise ExportNotWritten(path=str(path)) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return ExportResult(what, path, done)
