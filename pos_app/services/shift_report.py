"""The shift report: an X report while the shift is open, the Z report once it is closed.

Every figure is read from the rows the till wrote (cash movements, tenders, sales, refunds),
so the report adds up by construction: the float plus cash in less cash out is what the drawer
should hold, and the count less that is over (+) or short (−).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from pos_app.clock import now
from pos_app.domain import denominations
from pos_app.domain.denominations import CountLine
from pos_app.domain.money import Money
from pos_app.domain.roles import Actor, Permission
from pos_app.errors import NotFound, PermissionDenied, ValidationError
from pos_app.models import CashMovement, Counter, Refund, Sale, Shift, Store, User
from pos_app.models import Tender as TenderRow
from pos_app.services import shifts
from pos_app.services.store_db import StoreDB

# The drawer's movements in the order the report lists them; the rest follow if they occur.
MOVEMENT_ORDER = ("sale", "refund", "buy_back", "consignor_payout", "rental_deposit",
                  "rental_refund", "paid_in", "paid_out")
ALWAYS_LISTED = frozenset({"sale", "refund", "buy_back", "paid_in", "paid_out"})
TENDER_ORDER = ("cash", "card", "mobile", "transfer", "credit", "voucher")


@dataclass(frozen=True)
class MovementTotal:
    """Cash moved by one kind of movement: how many, and the signed sum."""

    kind: str
    count: int
    amount: Money


@dataclass(frozen=True)
class TenderTotal:
    """Takings by one means of payment: from sales (change netted out of cash), given back on
    refunds (negative), and the net."""

    kind: str
    sales: Money
    refunds: Money

    @property
    def net(self) -> Money:
        return self.sales + self.refunds


@dataclass(frozen=True)
class PaidEntry:
    """A paid-in (+) or paid-out (−) with its reason."""

    at: datetime
    kind: str
    amount: Money
    reason: str
    by: str


@dataclass(frozen=True)
class ShiftReport:
    kind: str  # "X" while the shift is open, "Z" once closed
    shift_id: int
    store_name: str
    store_code: str
    counter_name: str
    counter_number: int
    opened_by: str
    opened_at: datetime
    closed_by: str | None
    closed_at: datetime | None
    made_at: datetime
    currency: str
    opening_float: Money
    movements: tuple[MovementTotal, ...]
    cash_in: Money  # every movement into the drawer
    cash_out: Money  # every movement out of it, as a positive amount
    expected: Money  # opening float + cash in − cash out
    counted: Money | None
    count: tuple[CountLine, ...]  # by denomination, when the close was counted that way
    tenders: tuple[TenderTotal, ...]
    sales: int  # completed receipts of the shift (voided ones left out)
    sales_total: Money
    refunds: int  # returns and rental check-ins that gave money back
    refunds_total: Money
    voids: int
    voids_total: Money
    discounts: Money  # on the shift's sales, voided ones left out
    tax: Money
    paid: tuple[PaidEntry, ...]

    @property
    def over_short(self) -> Money | None:
        """Counted − expected: positive over, negative short; None until counted."""
        return None if self.counted is None else self.counted - self.expected

    @property
    def is_closed(self) -> bool:
        return self.kind == "Z"


def _shift(s: Session, actor: Actor, shift_id: int | None) -> Shift:
    if shift_id is None:
        if actor.counter_id is None:
            raise ValidationError("Log in at a counter to use its cash drawer.")
        shift = shifts.open_shift_at(s, actor.counter_id)
        if shift is None:
            raise ValidationError("This counter has no open shift; the X report is for an open "
                                  "shift. Choose a closed shift to see its Z report.")
        return shift
    shift = s.get(Shift, shift_id)
    if shift is None or shift.store_id != actor.store_id:
        raise NotFound("Shift {key} was not found.", key=str(shift_id))
    return shift


def shift_report(db: StoreDB, actor: Actor, shift_id: int | None = None) -> ShiftReport:
    """The X or Z report of `shift_id` (by default the open shift of the actor's counter)."""
    if not (actor.can(Permission.MANAGE_SHIFT) or actor.can(Permission.VIEW_REPORTS)):
        raise PermissionDenied(role=str(actor.role), action=str(Permission.MANAGE_SHIFT))
    with db.read() as s:
        shift = _shift(s, actor, shift_id)
        store = s.get(Store, shift.store_id)
        counter = s.get(Counter, shift.counter_id)
        currency = store.currency

        def money(minor: int | None) -> Money:
            return Money(int(minor or 0), currency)

        opener, closer = aliased(User), aliased(User)
        opened_by, closed_by = s.execute(
            select(opener.display_name, closer.display_name).select_from(Shift)
            .join(opener, opener.id == Shift.opened_by_id)
            .outerjoin(closer, closer.id == Shift.closed_by_id)
            .where(Shift.id == shift.id)).one()

        rows = s.execute(select(CashMovement.kind, func.count(), func.sum(CashMovement.amount_minor))
                         .where(CashMovement.shift_id == shift.id)
                         .group_by(CashMovement.kind)).all()
        by_kind = {kind: (count, money(total)) for kind, count, total in rows}
        order = [k for k in MOVEMENT_ORDER if k in ALWAYS_LISTED or k in by_kind]
        order += sorted(k for k in by_kind if k not in order)
        movements = tuple(MovementTotal(k, *by_kind.get(k, (0, money(0)))) for k in order)
        positive = case((CashMovement.amount_minor > 0, CashMovement.amount_minor), else_=0)
        negative = case((CashMovement.amount_minor < 0, -CashMovement.amount_minor), else_=0)
        cash_in, cash_out = (money(v) for v in s.execute(
            select(func.sum(positive), func.sum(negative))
            .where(CashMovement.shift_id == shift.id)).one())
        expected = money(shift.opening_float_minor) + cash_in - cash_out

        tender_rows = s.execute(
            select(TenderRow.kind, TenderRow.refund_id.is_(None), func.sum(TenderRow.amount_minor))
            .where(TenderRow.shift_id == shift.id)
            .group_by(TenderRow.kind, TenderRow.refund_id.is_(None))).all()
        taken: dict[str, dict[bool, Money]] = {}
        for kind, is_sale, total in tender_rows:
            taken.setdefault(kind, {})[bool(is_sale)] = money(total)
        tender_kinds = [k for k in TENDER_ORDER if k in taken or k == "cash"]
        tender_kinds += sorted(k for k in taken if k not in tender_kinds)
        tenders = tuple(TenderTotal(k, taken.get(k, {}).get(True, money(0)),
                                    taken.get(k, {}).get(False, money(0))) for k in tender_kinds)

        sales, sales_total, discounts, tax = s.execute(
            select(func.count(), func.sum(Sale.total_minor), func.sum(Sale.discount_minor),
                   func.sum(Sale.tax_minor))
            .where(Sale.shift_id == shift.id, Sale.status != "voided")).one()
        refunds = voids = 0
        refunds_total = voids_total = money(0)
        for kind, n, total in s.execute(
                select(Refund.kind, func.count(), func.sum(Refund.total_minor))
                .where(Refund.shift_id == shift.id).group_by(Refund.kind)).all():
            if kind == "void":
                voids, voids_total = voids + n, voids_total + money(total)
            else:
                refunds, refunds_total = refunds + n, refunds_total + money(total)

        paid = tuple(PaidEntry(at, kind, money(amount), reason, by) for at, kind, amount, reason, by
                     in s.execute(select(CashMovement.at, CashMovement.kind,
                                         CashMovement.amount_minor, CashMovement.reference,
                                         User.display_name)
                                  .join(User, User.id == CashMovement.user_id)
                                  .where(CashMovement.shift_id == shift.id,
                                         CashMovement.kind.in_(("paid_in", "paid_out")))
                                  .order_by(CashMovement.at, CashMovement.id)).all())

        closed = shift.closed_at is not None
        count: tuple[CountLine, ...] = ()
        if shift.counted_detail:
            count = denominations.read_count(
                {k: int(v) for k, v in shift.counted_detail.items()}, currency).lines
        return ShiftReport(
            kind="Z" if closed else "X", shift_id=shift.id, store_name=store.name,
            store_code=store.code, counter_name=counter.name, counter_number=counter.number,
            opened_by=opened_by, opened_at=shift.opened_at, closed_by=closed_by,
            closed_at=shift.closed_at, made_at=now(), currency=currency,
            opening_float=money(shift.opening_float_minor), movements=movements,
            cash_in=cash_in, cash_out=cash_out,
            expected=money(shift.expected_minor) if closed else expected,
            counted=money(shift.counted_minor) if shift.counted_minor is not None else None,
            count=count, tenders=tenders, sales=int(sales), sales_total=money(sales_total),
            refunds=refunds, refunds_total=refunds_total, voids=voids,
            voids_total=voids_total, discounts=money(discounts), tax=money(tax), paid=paid)
