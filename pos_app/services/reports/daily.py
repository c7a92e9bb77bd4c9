"""The daily report: everything the till, the intake desk and the drawers did in a day (or
on one counter), read with SQL aggregates from the rows they wrote, and the checks that show
it reconciles to the ledger exactly (each check carries both sides).

"Sales rung" are all receipts written that day, voided ones included: a void is money given
back (a refund of kind void), so takings by tender = sales rung − refunds − voids.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import and_, func, select, true
from sqlalchemy.orm import Session, aliased

from pos_app.clock import now
from pos_app.domain.money import Money
from pos_app.errors import NotFound
from pos_app.models import (
    CashMovement,
    Category,
    ConsignorPayout,
    Counter,
    Intake,
    IntakeLine,
    ItemEvent,
    ManagerAuthorisation,
    Refund,
    RefundLine,
    Rental,
    Sale,
    SaleLine,
    Shift,
    Store,
    User,
)
from pos_app.models import Tender as TenderRow
from pos_app.services.reports import Period, day_bounds, step

TENDER_ORDER = ("cash", "card", "mobile", "transfer", "credit", "voucher")
# the drawer movements a cash tender writes: a sale's cash less change, a refund's cash back
TENDER_CASH_KINDS = ("sale", "refund", "rental_refund")
STEPS = 9


@dataclass(frozen=True)
class TenderTotal:
    """Takings by one means of payment: taken on sales (change netted out of cash), given back
    on refunds and voids (negative), and the net."""

    kind: str
    sales: Money
    refunds: Money

    @property
    def net(self) -> Money:
        return self.sales + self.refunds


@dataclass(frozen=True)
class Group:
    """A row of a breakdown: a category, channel, member of staff or payment method, with
    how many (receipts, lines or intakes) and how much."""

    key: str
    name: str
    name_zh: str
    count: int
    amount: Money


@dataclass(frozen=True)
class RefundEntry:
    number: str
    kind: str  # return | void | rental_return
    sale_number: str
    amount: Money
    by: str
    authorised_by: str | None
    reason: str


@dataclass(frozen=True)
class StaffDiscount:
    """Discounts given on one member of staff's sales: on lines and on whole sales."""

    by: str
    sales: int
    line: Money
    sale: Money

    @property
    def total(self) -> Money:
        return self.line + self.sale


@dataclass(frozen=True)
class Authorisation:
    """A manager's PIN given at a counter for a clerk: what for, who asked, who authorised."""

    at: datetime
    permission: str
    requested_by: str
    manager: str
    reason: str


@dataclass(frozen=True)
class IntakeTotal:
    """Intakes of one kind completed, by payment method: intakes, items and amount."""

    method: str
    intakes: int
    items: int
    amount: Money


@dataclass(frozen=True)
class Rentals:
    out: int
    rent: Money
    deposits_taken: Money
    returned: int
    deposits_returned: Money
    late_fees: Money
    damage_fees: Money


@dataclass(frozen=True)
class ShiftCash:
    """A shift closed that day: expected in the drawer, counted, and over (+) or short (−)."""

    shift_id: int
    counter: str
    closed_by: str
    closed_at: datetime
    expected: Money
    counted: Money

    @property
    def over_short(self) -> Money:
        return self.counted - self.expected


@dataclass(frozen=True)
class Check:
    """One reconciliation: two sums that must be equal, each from a different ledger."""

    key: str
    left: Money
    right: Money

    @property
    def ok(self) -> bool:
        return self.left == self.right


@dataclass(frozen=True)
class DailyReport:
    store_name: str
    currency: str
    first: date
    last: date
    counter: str | None  # the counter reported on, or None for the whole store
    made_at: datetime
    tenders: tuple[TenderTotal, ...]
    sales_count: int
    sales_total: Money  # every receipt rung, voided ones included
    rounding: Money  # cash rounding on those receipts (in sales_total, on no line)
    categories: tuple[Group, ...]  # sale lines by category, by line total
    channels: tuple[Group, ...]
    online_tracked: bool  # False: no online pick-up seen, so the counter channel is all
    staff: tuple[Group, ...]
    refunds: tuple[RefundEntry, ...]  # returns and rental check-ins, and voids
    discounts: tuple[StaffDiscount, ...]
    authorisations: tuple[Authorisation, ...]
    buy_backs: tuple[IntakeTotal, ...]
    consignments: tuple[IntakeTotal, ...]
    payouts: tuple[Group, ...]  # consignor payouts by method
    payout_bonus: Money  # store-credit bonus given on top of payouts
    rentals: Rentals
    deals: int
    deal_fees: Money
    shifts: tuple[ShiftCash, ...]
    sales_tax: Money
    refunded_tax: Money
    checks: tuple[Check, ...]

    @property
    def takings(self) -> Money:
        return Money.sum((t.net for t in self.tenders), self.currency)

    @property
    def returns_total(self) -> Money:
        return Money.sum((r.amount for r in self.refunds if r.kind != "void"), self.currency)

    @property
    def voids_total(self) -> Money:
        return Money.sum((r.amount for r in self.refunds if r.kind == "void"), self.currency)

    @property
    def discounts_total(self) -> Money:
        return Money.sum((d.total for d in self.discounts), self.currency)

    @property
    def tax(self) -> Money:
        return self.sales_tax - self.refunded_tax

    @property
    def reconciled(self) -> bool:
        return all(c.ok for c in self.checks)


class _Query:
    """The day's window and counter as SQL conditions, and money in the store's currency."""

    def __init__(self, s: Session, period: Period, counter_id: int | None, currency: str) -> None:
        self.s = s
        self.start, self.end = day_bounds(period)
        self.counter_id = counter_id
        self.currency = currency

    def money(self, minor: int | None) -> Money:
        return Money(int(minor or 0), self.currency)

    def within(self, column):
        return and_(column >= self.start, column < self.end)

    def at_counter(self, column):
        """`column` (a counter id) is the counter reported on; always true for the store."""
        return true() if self.counter_id is None else column == self.counter_id

    def in_counter_shift(self, column):
        """`column` (a shift id) is a shift of the counter reported on."""
        if self.counter_id is None:
            return true()
        return column.in_(select(Shift.id).where(Shift.counter_id == self.counter_id))

    def sales(self, *extra):
        return and_(self.within(Sale.created_at), self.at_counter(Sale.counter_id), *extra)

    def refunds(self, *extra):
        return and_(self.within(Refund.created_at), self.at_counter(Refund.counter_id), *extra)


def build(db, period: Period, *, counter_id: int | None = None, progress=None,
          cancelled=None) -> DailyReport:
    """The daily report of `period` (normally one day), for the store or one counter."""
    with db.read() as s:
        store, counter = _store(s, counter_id)
        q = _Query(s, period, counter_id, store.currency)
        step(progress, 0, STEPS, cancelled)
        tenders = _tenders(q)
        sales_count, sales_total, rounding, sales_tax = s.execute(
            select(func.count(), func.sum(Sale.total_minor), func.sum(Sale.rounding_minor),
                   func.sum(Sale.tax_minor)).where(q.sales())).one()
        step(progress, 1, STEPS, cancelled)
        categories = _categories(q)
        channels, online = _channels(q, int(sales_count), q.money(sales_total))
        staff = _staff(q)
        step(progress, 2, STEPS, cancelled)
        refunds = _refunds(q)
        refunded_tax = s.scalar(select(func.sum(RefundLine.tax_minor))
                                .join(Refund, Refund.id == RefundLine.refund_id)
                                .where(q.refunds()))
        step(progress, 3, STEPS, cancelled)
        discounts, authorisations = _discounts(q), _authorisations(q)
        step(progress, 4, STEPS, cancelled)
        buy_backs, consignments = _intakes(q, "buy_back"), _intakes(q, "consignment")
        step(progress, 5, STEPS, cancelled)
        payouts, bonus = _payouts(q)
        rentals = _rentals(q)
        deals, deal_fees = s.execute(select(func.count(), func.sum(Sale.total_minor))
                                     .where(q.sales(Sale.kind == "deal"))).one()
        step(progress, 6, STEPS, cancelled)
        shifts = _shifts(q)
        step(progress, 7, STEPS, cancelled)
        report = DailyReport(
            store_name=store.name, currency=store.currency, first=period.first, last=period.last,
            counter=counter, made_at=now(), tenders=tenders, sales_count=int(sales_count),
            sales_total=q.money(sales_total), rounding=q.money(rounding), categories=categories,
            channels=channels, online_tracked=online, staff=staff, refunds=refunds,
            discounts=discounts, authorisations=authorisations, buy_backs=buy_backs,
            consignments=consignments, payouts=payouts, payout_bonus=bonus, rentals=rentals,
            deals=int(deals), deal_fees=q.money(deal_fees), shifts=shifts,
            sales_tax=q.money(sales_tax), refunded_tax=q.money(refunded_tax), checks=())
        checks = _checks(q, report)
        step(progress, STEPS, STEPS, cancelled)
    return replace(report, checks=checks)


def _store(s: Session, counter_id: int | None) -> tuple[Store, str | None]:
    if counter_id is None:
        return s.scalars(select(Store).order_by(Store.id).limit(1)).one(), None
    counter = s.get(Counter, counter_id)
    if counter is None:
        raise NotFound("Counter {key} was not found.", key=str(counter_id))
    return s.get(Store, counter.store_id), f"{counter.name} ({counter.number})"


def _tenders(q: _Query) -> tuple[TenderTotal, ...]:
    rows = q.s.execute(
        select(TenderRow.kind, TenderRow.refund_id.is_(None), func.sum(TenderRow.amount_minor))
        .where(q.within(TenderRow.at), q.in_counter_shift(TenderRow.shift_id))
        .group_by(TenderRow.kind, TenderRow.refund_id.is_(None))).all()
    taken: dict[str, dict[bool, Money]] = {}
    for kind, is_sale, total in rows:
        taken.setdefault(kind, {})[bool(is_sale)] = q.money(total)
    kinds = [k for k in TENDER_ORDER if k in taken or k == "cash"]
    kinds += sorted(k for k in taken if k not in kinds)
    zero = q.money(0)
    return tuple(TenderTotal(k, taken.get(k, {}).get(True, zero), taken.get(k, {}).get(False, zero))
                 for k in kinds)


def _categories(q: _Query) -> tuple[Group, ...]:
    rows = q.s.execute(
        select(Category.code, Category.name, Category.name_zh, func.sum(SaleLine.quantity),
               func.sum(SaleLine.total_minor))
        .select_from(SaleLine).join(Sale, Sale.id == SaleLine.sale_id)
        .outerjoin(Category, Category.id == SaleLine.category_id)
        .where(q.sales()).group_by(Category.code, Category.name, Category.name_zh)).all()
    # lines with no category (deposits, vouchers) are shown together as "other"
    groups = [Group(code or "other", name or "", zh or "", int(n or 0), q.money(total))
              for code, name, zh, n, total in rows]
    return tuple(sorted(groups, key=lambda g: (-g.amount.minor, g.key)))


def _online_lines(q: _Query):
    """Sale lines of items that were reserved online before the sale: picked up at the
    counter after an online order (the item went reserved → sold that day)."""
    return select(ItemEvent.item_id).where(ItemEvent.from_state == "reserved",
                                           ItemEvent.to_state == "sold", q.within(ItemEvent.at))


def _channels(q: _Query, count: int, all_total: Money) -> tuple[tuple[Group, ...], bool]:
    online = SaleLine.item_id.in_(_online_lines(q))
    n, total = q.s.execute(
        select(func.count(func.distinct(Sale.id)), func.sum(SaleLine.total_minor))
        .select_from(SaleLine).join(Sale, Sale.id == SaleLine.sale_id)
        .where(q.sales(), SaleLine.kind == "item", online)).one()
    online_total = q.money(total)
    counter = Group("counter", "Counter", "门店", count - int(n or 0), all_total - online_total)
    if not n:
        return (counter,), False
    return (counter, Group("online_pickup", "Online pick-up", "线上订单到店自提", int(n),
                           online_total)), True


def _staff(q: _Query) -> tuple[Group, ...]:
    rows = q.s.execute(select(User.username, User.display_name, func.count(),
                              func.sum(Sale.total_minor))
                       .join(User, User.id == Sale.created_by_id).where(q.sales())
                       .group_by(User.username, User.display_name)
                       .order_by(User.display_name)).all()
    return tuple(Group(u, name, name, int(n), q.money(t)) for u, name, n, t in rows)


def _refunds(q: _Query) -> tuple[RefundEntry, ...]:
    clerk, manager = aliased(User), aliased(User)
    rows = q.s.execute(
        select(Refund.number, Refund.kind, Sale.number, Refund.total_minor, clerk.display_name,
               manager.display_name, Refund.reason)
        .join(Sale, Sale.id == Refund.sale_id).join(clerk, clerk.id == Refund.created_by_id)
        .outerjoin(ManagerAuthorisation, ManagerAuthorisation.id == Refund.authorisation_id)
        .outerjoin(manager, manager.id == ManagerAuthorisation.manager_id)
        .where(q.refunds()).order_by(Refund.created_at, Refund.id)).all()
    return tuple(RefundEntry(n, k, sn, q.money(t), by, auth, reason)
                 for n, k, sn, t, by, auth, reason in rows)


def _discounts(q: _Query) -> tuple[StaffDiscount, ...]:
    discounted = select(Sale.id).where(q.sales(Sale.discount_minor != 0))
    rows = q.s.execute(
        select(User.display_name, func.count(func.distinct(Sale.id)),
               func.sum(SaleLine.line_discount_minor), func.sum(SaleLine.sale_discount_minor))
        .select_from(SaleLine).join(Sale, Sale.id == SaleLine.sale_id)
        .join(User, User.id == Sale.created_by_id)
        .where(Sale.id.in_(discounted)).group_by(User.display_name)
        .order_by(User.display_name)).all()
    return tuple(StaffDiscount(by, int(n), q.money(line), q.money(sale))
                 for by, n, line, sale in rows)


def _authorisations(q: _Query) -> tuple[Authorisation, ...]:
    clerk, manager = aliased(User), aliased(User)
    rows = q.s.execute(
        select(ManagerAuthorisation.at, ManagerAuthorisation.permission, clerk.display_name,
               manager.display_name, ManagerAuthorisation.reason)
        .join(clerk, clerk.id == ManagerAuthorisation.requested_by_id)
        .join(manager, manager.id == ManagerAuthorisation.manager_id)
        .where(q.within(ManagerAuthorisation.at), q.at_counter(ManagerAuthorisation.counter_id))
        .order_by(ManagerAuthorisation.at, ManagerAuthorisation.id)).all()
    return tuple(Authorisation(*row) for row in rows)


def _intakes(q: _Query, kind: str) -> tuple[IntakeTotal, ...]:
    lines = (select(IntakeLine.intake_id, func.count().label("n"))
             .group_by(IntakeLine.intake_id).subquery())
    rows = q.s.execute(
        select(Intake.payment_method, func.count(), func.sum(lines.c.n), func.sum(Intake.total_minor))
        .outerjoin(lines, lines.c.intake_id == Intake.id)
        .where(Intake.kind == kind, Intake.status == "completed", q.within(Intake.completed_at),
               q.at_counter(Intake.counter_id))
        .group_by(Intake.payment_method).order_by(Intake.payment_method)).all()
    return tuple(IntakeTotal(method or "none", int(n), int(items or 0), q.money(total))
                 for method, n, items, total in rows)


def _payouts(q: _Query) -> tuple[tuple[Group, ...], Money]:
    rows = q.s.execute(
        select(ConsignorPayout.method, func.count(), func.sum(ConsignorPayout.amount_minor),
               func.sum(ConsignorPayout.bonus_minor))
        .where(q.within(ConsignorPayout.at), q.in_counter_shift(ConsignorPayout.shift_id))
        .group_by(ConsignorPayout.method).order_by(ConsignorPayout.method)).all()
    groups = tuple(Group(m, m, m, int(n), q.money(t)) for m, n, t, _ in rows)
    return groups, Money.sum((q.money(b) for *_, b in rows), q.currency)


def _rentals(q: _Query) -> Rentals:
    out, rent, deposits = q.s.execute(
        select(func.count(), func.sum(Rental.rent_minor), func.sum(Rental.deposit_minor))
        .join(Sale, Sale.id == Rental.sale_id)
        .where(q.within(Rental.out_at), q.at_counter(Sale.counter_id))).one()
    # a rental checked in at the counter that gave its deposit back (else where it went out)
    back = aliased(Refund)
    returned, given, late, damage = q.s.execute(
        select(func.count(), func.sum(back.total_minor), func.sum(Rental.late_fee_minor),
               func.sum(Rental.damage_fee_minor))
        .join(Sale, Sale.id == Rental.sale_id).outerjoin(back, back.id == Rental.refund_id)
        .where(q.within(Rental.returned_at),
               q.at_counter(func.coalesce(back.counter_id, Sale.counter_id)))).one()
    return Rentals(int(out), q.money(rent), q.money(deposits), int(returned), q.money(given),
                   q.money(late), q.money(damage))


def _shifts(q: _Query) -> tuple[ShiftCash, ...]:
    rows = q.s.execute(
        select(Shift.id, Counter.name, Counter.number, User.display_name, Shift.closed_at,
               Shift.expected_minor, Shift.counted_minor)
        .join(Counter, Counter.id == Shift.counter_id).join(User, User.id == Shift.closed_by_id)
        .where(q.within(Shift.closed_at), q.at_counter(Shift.counter_id))
        .order_by(Shift.closed_at, Shift.id)).all()
    return tuple(ShiftCash(sid, f"{name} ({number})", by, at, q.money(exp), q.money(cnt))
                 for sid, name, number, by, at, exp, cnt in rows)


def _drawer(q: _Query, *kinds: str) -> Money:
    return q.money(q.s.scalar(
        select(func.sum(CashMovement.amount_minor))
        .where(CashMovement.kind.in_(kinds), q.within(CashMovement.at),
               q.in_counter_shift(CashMovement.shift_id))))


def _checks(q: _Query, r: DailyReport) -> tuple[Check, ...]:
    """The ways the report must add up, each side from a different table."""
    refunded = q.money(q.s.scalar(select(func.sum(Refund.total_minor)).where(q.refunds())))
    cash = next(t for t in r.tenders if t.kind == "cash").net
    lines = Money.sum((g.amount for g in r.categories), q.currency)
    buy_back_cash = Money.sum((b.amount for b in r.buy_backs if b.method == "cash"), q.currency)
    payout_cash = Money.sum((p.amount for p in r.payouts if p.key == "cash"), q.currency)
    return (
        Check("takings", r.takings, r.sales_total - refunded),
        Check("cash_takings", cash, _drawer(q, *TENDER_CASH_KINDS)),
        Check("categories", lines + r.rounding, r.sales_total),
        Check("staff", Money.sum((g.amount for g in r.staff), q.currency), r.sales_total),
        Check("channels", Money.sum((g.amount for g in r.channels), q.currency), r.sales_total),
        Check("buy_back_cash", -buy_back_cash, _drawer(q, "buy_back")),
        Check("payout_cash", -payout_cash, _drawer(q, "consignor_payout")),
    )


__all__ = ["Check", "DailyReport", "Group", "IntakeTotal", "RefundEntry", "Rentals", "ShiftCash",
           "StaffDiscount", "TenderTotal", "build"]
