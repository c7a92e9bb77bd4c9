"""Intake and buy-back spend over a period: the drop-offs completed in it by kind (buy-back,
consignment, lease stock, matchmaking), the items they brought in, what buy-backs paid by
payment method, and both by category. Only a buy-back pays at intake; the others pay later
(a consignor's share, a matchmaking deal) and show in other reports."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from pos_app.domain.money import Money
from pos_app.models import Intake, IntakeLine
from pos_app.services.intake_terms import PAYMENT_METHODS
from pos_app.services.reports import Period, day_bounds, step
from pos_app.services.reports.basis import (
    Heading,
    Name,
    category_names,
    heading,
    money,
    unknown_category,
)

KINDS = ("buy_back", "consignment", "lease_stock", "matchmaking")
BUY_BACK = "buy_back"
STEPS = 2


@dataclass(frozen=True)
class KindIntake:
    kind: str
    intakes: int
    items: int
    paid: Money  # what the store paid the sellers (buy-backs only)


@dataclass(frozen=True)
class MethodPaid:
    method: str  # cash | transfer | credit
    intakes: int
    paid: Money


@dataclass(frozen=True)
class CategoryIntake:
    category: Name
    items: tuple[int, ...]  # items taken in, one count per KINDS
    paid: Money  # bought back in this category

    @property
    def total_items(self) -> int:
        return sum(self.items)


@dataclass(frozen=True)
class IntakeReport:
    heading: Heading
    by_kind: tuple[KindIntake, ...]  # every kind of KINDS, in that order
    by_method: tuple[MethodPaid, ...]  # every payment method, in order
    by_category: tuple[CategoryIntake, ...]  # most items first
    intakes: int
    items: int
    paid: Money


def build(db, period: Period, *, counter_id: int | None = None,
          progress: Callable[[int, int], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> IntakeReport:
    start, end = day_bounds(period)
    step(progress, 0, STEPS, cancelled)
    with db.read() as s:
        head = heading(s, period, counter_id)
        names = category_names(s)
        where = [Intake.store_id == head.store_id, Intake.status == "completed",
                 Intake.completed_at >= start, Intake.completed_at < end]
        if counter_id is not None:
            where.append(Intake.counter_id == counter_id)
        drops = s.execute(select(Intake.kind, Intake.payment_method, func.count(),
                                 func.sum(Intake.total_minor))
                          .where(*where).group_by(Intake.kind, Intake.payment_method)).all()
        step(progress, 1, STEPS, cancelled)
        lines = s.execute(select(Intake.kind, IntakeLine.category_id, func.count(IntakeLine.item_id),
                                 func.sum(IntakeLine.amount_minor))
                          .join(Intake, Intake.id == IntakeLine.intake_id)
                          .where(*where, IntakeLine.item_id.is_not(None))
                          .group_by(Intake.kind, IntakeLine.category_id)).all()
    cur = head.currency
    count = {k: 0 for k in KINDS}
    items = {k: 0 for k in KINDS}
    by_method = {m: [0, 0] for m in PAYMENT_METHODS}
    paid = 0
    for kind, method, n, total in drops:
        count[kind] = count.get(kind, 0) + n
        if kind == BUY_BACK:
            paid += int(total or 0)
            cell = by_method.setdefault(method or "—", [0, 0])
            cell[0] += n
            cell[1] += int(total or 0)
    categories: dict[int, tuple[list[int], list[int]]] = {}
    for kind, category_id, n, amount in lines:
        items[kind] = items.get(kind, 0) + n
        counts, bought = categories.setdefault(category_id, ([0] * len(KINDS), [0]))
        if kind in KINDS:
            counts[KINDS.index(kind)] += n
        if kind == BUY_BACK:
            bought[0] += int(amount or 0)
    report = IntakeReport(
        head,
        tuple(KindIntake(k, count[k], items[k], money(paid if k == BUY_BACK else 0, cur))
              for k in count),
        tuple(MethodPaid(m, n, money(amount, cur)) for m, (n, amount) in by_method.items()),
        tuple(sorted((CategoryIntake(names.get(cid) or unknown_category(cid), tuple(c),
                                     money(b[0], cur))
                      for cid, (c, b) in categories.items()),
                     key=lambda c: (-c.total_items, c.category.code))),
        sum(count.values()), sum(items.values()), money(paid, cur))
    step(progress, STEPS, STEPS, cancelled)
    return report
